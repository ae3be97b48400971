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
        var lexicon = NameLexicon()
        var words = WordLists()
        var missing: [String] = []
        for list in index.entries {
            let path = lexicons.url.appendingPathComponent(list.file).path
            guard FileManager.default.fileExists(atPath: path) else {
                missing.append(list.file)
                continue
            }
            if let type = list.entityType {
                try lexicon.load(list, type: type, lexicons: lexicons)
            } else {
                try words.load(list, lexicons: lexicons)
            }
        }
        self.init(lexicon: lexicon, words: words, missingLists: missing)
    }

    init(lexicon: NameLexicon, words: WordLists, missingLists: [String] = []) {
        self.lexicon = lexicon
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
        let facts = TokenFacts.facts(of: document)
        let listMatches = matcher.candidates(in: document, facts: facts)
        let rules = NameRules(document: document, facts: facts, words: words, lexicon: lexicon, listMatches: listMatches)
        let candidates = listMatches + rules.candidates()
        let resolved = MentionResolver(document: document, facts: facts, commonNouns: words.commonNouns, cueWords: cueWords)
            .resolve(candidates)
        document.mentions = resolved.mentions
        document.entities = resolved.entities
        document.completedLayers.formUnion(produces)
    }
}
