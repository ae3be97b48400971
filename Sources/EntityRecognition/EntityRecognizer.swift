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
    /// The same lexicon behind a reference, for the rules (`SharedLexicon`).
    private let sharedLexicon: SharedLexicon
    let words: WordLists
    private let matcher: LexiconMatcher
    /// The lists the rules read, apart (`RuleWords`).
    private let ruleWords: RuleWords
    /// What the resolver reads, with lexicon entries' entities and sources made once for all the articles this
    /// stage reads.
    private let resolverLists: ResolverLists

    /// Lists named in `lists.def` that are not there; the stage runs without them.
    public let missingLists: [String]
    /// Number of names compiled into the trie.
    public var nameCount: Int { lexicon.count }
    /// Number of country codes whose country the name lists hold (`MentionResolver.markCountryCodes`).
    var countryCodeCount: Int { resolverLists.countryCodes.count }
    /// Number of Swiss canton codes whose canton the name lists hold (`MentionResolver.markCantonCodes`).
    var cantonCodeCount: Int { resolverLists.cantonCodes.count }

    public init(lexicons: LexiconDirectory) throws {
        let index = try ListIndex(lexicons: lexicons)
        var missing: [String] = []
        var nameLists: [(list: ListIndex.Entry, type: EntityType, bytes: Int)] = []
        var wordLists: [ListIndex.Entry] = []
        for list in index.entries {
            let path = lexicons.url.appendingPathComponent(list.file).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                missing.append(list.file)
                continue
            }
            let bytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
            if let type = list.entityType { nameLists.append((list, type, bytes)) } else { wordLists.append(list) }
        }
        // Two threads: one reads the name lists, the other the word sets and then the last name lists, whose
        // names join the first thread's before the trie is compiled. A name costs about three times what a word
        // costs per byte, so the second thread takes the last name lists up to a quarter of the name bytes.
        let nameBytes = nameLists.reduce(0) { $0 + $1.bytes }
        var split = nameLists.count
        var tailBytes = 0
        while split > 0 && (tailBytes + nameLists[split - 1].bytes) * 4 <= nameBytes {
            split -= 1
            tailBytes += nameLists[split].bytes
        }
        let (headNames, tailNames, wordListsToLoad) = (nameLists[..<split], nameLists[split...], wordLists)
        let names = LoadResult<NameLexicon>()
        let words = LoadResult<(WordLists, NameLexicon)>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                names.run {
                    // Compiled here while the other thread still reads; its names are compiled in after.
                    var lexicon = try Self.collect(headNames, lexicons: lexicons)
                    lexicon.compile()
                    return lexicon
                }
            } else {
                words.run {
                    var words = WordLists()
                    for list in wordListsToLoad { try words.load(list, lexicons: lexicons) }
                    return (words, try Self.collect(tailNames, lexicons: lexicons))
                }
            }
        }
        var lexicon = try names.take()
        let (wordSets, tail) = try words.take()
        lexicon.append(collected: tail)
        lexicon.compile()
        self.init(lexicon: lexicon, words: wordSets, missingLists: missing)
    }

    /// The names of `lists`, collected but not compiled.
    private static func collect(
        _ lists: ArraySlice<(list: ListIndex.Entry, type: EntityType, bytes: Int)>, lexicons: LexiconDirectory
    ) throws -> NameLexicon {
        var lexicon = NameLexicon()
        for (list, type, bytes) in lists {
            // Names are 35 bytes a row and more; counting lines first would cost a pass over megabytes.
            lexicon.reserve(rows: bytes / 32)
            lexicon.load(list, rows: try TSVFile(lexicons: lexicons, file: list.file), type: type)
        }
        return lexicon
    }

    init(lexicon: NameLexicon, words: WordLists, missingLists: [String] = []) {
        var lexicon = lexicon
        lexicon.compile()
        self.lexicon = lexicon
        sharedLexicon = SharedLexicon(lexicon, eastAsianNames: words.eastAsianNames)
        var words = words
        words.indexClasses()
        words.addClass(WordClass.lowercaseNameStart, to: lexicon.lowercaseNameStarts)
        self.words = words
        ruleWords = RuleWords(words)
        self.missingLists = missingLists
        let cueWords = words.speechVerbs.union(words.roles).union(words.personTitles)
            .union([WordKey("so", folded: true)])
        // Codes whose country the lists do not hold by that canonical name are left out.
        func placeCodes(_ codes: [(code: WordKey, country: String)]) -> KeyTable {
            var table = KeyTable(capacity: codes.count)
            for (code, place) in codes {
                if let entry = lexicon.entry(named: place), lexicon.entries[Int(entry)].type == .place {
                    table.set(code, entry)
                }
            }
            return table
        }
        resolverLists = ResolverLists(
            words: words, cueWords: cueWords, lexicon: lexicon.entryTable, entryStrings: EntryStrings(),
            countryCodes: placeCodes(words.countryCodes), cantonCodes: placeCodes(words.cantonCodes))
        matcher = LexiconMatcher(
            lexicon: lexicon, words: words, facilityWords: Self.keys(Self.facilityWords),
            unitWords: Self.keys(Self.unitWords), competitionWords: Self.keys(Self.competitionWords))
    }

    /// `UN-Hauptquartier` names a place, not the organisation (guidelines: name + facility word).
    static let facilityWords = ["Hauptquartier", "Hauptsitz", "Zentrale", "Gelände"]
    /// `US-Dollar` is a currency, so `US` in it is no name.
    static let unitWords = ["Dollar"]
    /// `Europa League`, `Europa-League-Gruppe`, `Asia Cup`: a competition, an event, whose name holds a place's.
    static let competitionWords = ["League", "Cup"]

    private static func keys(_ words: [String]) -> KeySet { KeySet(words.map { WordKey($0, folded: true) }) }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        // The arrays of facts and candidates are this thread's from earlier articles, emptied, and given back after.
        let arrays = resolverLists.candidateArrays.local()
        let table = TokenFacts.facts(
            of: document, classFilter: words.classFilter, classTable: words.classTable, keeping: arrays)
        let facts = table.facts
        let extras = CandidateExtras()
        var listMatches = KeptArray.takeEmptied(&arrays.listMatches)
        matcher.candidates(in: document, facts: table, extras: extras, into: &listMatches)
        // The document's fields, not the document: a copy of it for the rules retained and released its every array.
        let rules = NameRules(
            scalars: document.scalars, sentences: document.sentences, facts: facts, words: ruleWords,
            lexicon: sharedLexicon, listMatches: listMatches, extras: extras, kept: &arrays.startingMatches)
        // Room for the rules' candidates made once, generously: the list matches are copied into it once instead of
        // the array doubling on the way and being copied again to follow them.
        var candidates = KeptArray.takeEmptied(&arrays.candidates)
        candidates.reserveCapacity(listMatches.count + facts.count / 12 + 8)
        candidates.append(contentsOf: listMatches)
        rules.appendCandidates(to: &candidates)
        rules.handBackStartingMatches(to: &arrays.startingMatches)
        DateExtent.removeDates(from: &candidates, facts: facts)
        let resolver = MentionResolver(
            document: document, facts: facts, capitalised: table.capitalised, lists: resolverLists, extras: extras)
        let resolved = resolver.resolve(candidates)
        KeptArray.handBack(&candidates, into: &arrays.candidates)
        KeptArray.handBack(&listMatches, into: &arrays.listMatches)
        arrays.facts = facts
        arrays.capitalised = table.capitalised
        document.mentions = resolved.mentions
        document.entities = resolved.entities
        document.completedLayers.formUnion(produces)
    }
}

/// The outcome of one loading thread, handed back to the initialiser once both threads are done.
private final class LoadResult<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?

    func run(_ body: () throws -> Value) { result = Result(catching: body) }

    /// The value, moved out: a copy left behind here would make the caller's first change copy every array.
    func take() throws -> Value {
        guard let result else { throw NewsGraphError(.badLexicon, path: ListIndex.file, message: "lexicon not loaded") }
        self.result = nil
        return try result.get()
    }
}
