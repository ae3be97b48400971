import Foundation
import NewsGraphCore

/// Finds people, organisations and places and gives each a stable identity in the article.
///
/// Name lists (indexed by `Lexicons/lists.def`) are compiled once into a `NameLexicon` trie; `NameRules` add
/// names no list holds; `MentionResolver` settles overlaps and links later short forms to earlier full ones.
public struct EntityRecognizer: Stage {
    public let name = "EntityRecognizer"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.entities]

    let lexicon: NameLexicon
    let words: WordLists
    private let matcher: LexiconMatcher
    private let cueWords: KeySet

    /// Lists named in `lists.def` that are not there; the stage runs without them.
    public let missingLists: [String]
    /// Number of names compiled into the trie.
    public var nameCount: Int { lexicon.count }

    public init(lexicons: LexiconDirectory) throws {
        let index = try ListIndex(lexicons: lexicons)
        var missing: [String] = []
        var nameLists: [(ListIndex.Entry, EntityType)] = []
        var wordLists: [ListIndex.Entry] = []
        for list in index.entries {
            let path = lexicons.url.appendingPathComponent(list.file).path
            guard FileManager.default.fileExists(atPath: path) else {
                missing.append(list.file)
                continue
            }
            if let type = list.entityType { nameLists.append((list, type)) } else { wordLists.append(list) }
        }
        // The name trie and the word sets are independent: build them on two threads, halving load time.
        let (nameListsToLoad, wordListsToLoad) = (nameLists, wordLists)
        let names = LoadResult<NameLexicon>()
        let words = LoadResult<WordLists>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                names.run {
                    var lexicon = NameLexicon()
                    for (list, type) in nameListsToLoad {
                        let rows = try TSVFile(lexicons: lexicons, file: list.file)
                        // Names are 35 bytes a row and more; counting lines first would cost a pass over megabytes.
                        lexicon.reserve(rows: rows.bytes.count / 32)
                        lexicon.load(list, rows: rows, type: type)
                    }
                    lexicon.compile()
                    return lexicon
                }
            } else {
                words.run {
                    var words = WordLists()
                    for list in wordListsToLoad { try words.load(list, lexicons: lexicons) }
                    return words
                }
            }
        }
        self.init(lexicon: try names.value(), words: try words.value(), missingLists: missing)
    }

    init(lexicon: NameLexicon, words: WordLists, missingLists: [String] = []) {
        var lexicon = lexicon
        lexicon.compile()
        self.lexicon = lexicon
        var words = words
        words.indexClasses()
        self.words = words
        self.missingLists = missingLists
        cueWords = words.speechVerbs.union(words.roles).union(words.personTitles).union([WordKey("so", folded: true)])
        matcher = LexiconMatcher(
            lexicon: lexicon, words: words, facilityWords: Self.keys(Self.facilityWords),
            unitWords: Self.keys(Self.unitWords))
    }

    /// `UN-Hauptquartier` names a place, not the organisation (guidelines: name + facility word).
    static let facilityWords = ["Hauptquartier", "Hauptsitz", "Zentrale", "Gelände"]
    /// `US-Dollar` is a currency, so `US` in it is no name.
    static let unitWords = ["Dollar"]

    private static func keys(_ words: [String]) -> KeySet { KeySet(words.map { WordKey($0, folded: true) }) }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let facts = TokenFacts.facts(of: document, words: words)
        let listMatches = matcher.candidates(in: document, facts: facts)
        let rules = NameRules(
            document: document, facts: facts, words: words, lexicon: lexicon, listMatches: listMatches)
        let candidates = listMatches + rules.candidates()
        let resolver = MentionResolver(
            document: document, facts: facts, commonNouns: words.commonNouns, cueWords: cueWords)
        let resolved = resolver.resolve(candidates)
        document.mentions = resolved.mentions
        document.entities = resolved.entities
        document.completedLayers.formUnion(produces)
    }
}

/// The outcome of one loading thread, handed back to the initialiser once both threads are done.
private final class LoadResult<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?

    func run(_ body: () throws -> Value) { result = Result(catching: body) }

    func value() throws -> Value {
        guard let result else { throw NewsGraphError(.badLexicon, path: ListIndex.file, message: "lexicon not loaded") }
        return try result.get()
    }
}
