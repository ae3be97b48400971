import Foundation
import NewsGraphCore

/// A token-level index of one document for the relation rules: token texts and vocabulary ids, which mention
/// or quantity covers each token, and the quotation passages.
///
/// A class, so that the rules share one instance (and its lazily filled role caches) instead of copying a
/// struct of a dozen arrays.
final class ArticleView {
    /// An entity mention with the tokens it covers.
    ///
    /// Copied wherever a rule walks the mentions, so it holds no reference that copies must count: the entity
    /// key is read through an `unowned(unsafe)` reference to the view's table of the document's mentions. The
    /// view owns that table, and the rules use a `MentionRef` only while they hold the view that made it.
    struct MentionRef {
        /// Index into `document.mentions`.
        let index: Int
        let tokens: Range<Int>
        let type: EntityType
        private unowned(unsafe) let table: MentionTable

        init(index: Int, tokens: Range<Int>, type: EntityType, table: MentionTable) {
            self.index = index
            self.tokens = tokens
            self.type = type
            self.table = table
        }

        /// Read through the table as a guaranteed reference (the view keeps it alive): loaded from the
        /// `unowned(unsafe)` property for a call, the table was retained and released at every key read, some
        /// twenty thousand a pass.
        var key: String { Unmanaged.passUnretained(table)._withUnsafeGuaranteedRef { $0.key(index) } }

        /// The source of the mention's provenance (a lexicon line or a rule), read as `key` is: through the
        /// document's array (`document.mentions[index]`) the whole mention was copied, its strings retained and
        /// released.
        var source: String { Unmanaged.passUnretained(table)._withUnsafeGuaranteedRef { $0.source(index) } }

        /// A state, province or Land from the subdivisions list (`Ohio`, `Steiermark`).
        var isSubdivision: Bool { source.hasPrefix("places/subdivisions.tsv") }

        /// A continent or world region from the regions list (`Europa`, `Südostasien`).
        var isWorldRegion: Bool { source.hasPrefix("places/regions.tsv") }
    }

    /// The document's mentions, for `MentionRef.key`: the document's own array, shared, where a table of their keys
    /// mapped from it cost an allocation, and a retain and a release of every key, an article.
    final class MentionTable {
        let mentions: [EntityMention]

        init(_ mentions: [EntityMention]) { self.mentions = mentions }

        /// The key of the mention at `index`, read in place through a buffer: the array's subscript copied the
        /// whole mention (its strings retained and released) to read one of them.
        func key(_ index: Int) -> String { mentions.withUnsafeBufferPointer { $0[index].entityKey } }

        /// The provenance source of the mention at `index`, read in place as its key is.
        func source(_ index: Int) -> String { mentions.withUnsafeBufferPointer { $0[index].provenance.source } }
    }

    /// Owns what every `MentionRef` of this view reads its key from.
    private let mentionTable: MentionTable

    /// A quoted passage: the tokens of its marks, and the content between them.
    struct Quote {
        let open: Int
        let close: Int
        var content: TextSpan
    }

    let document: Document
    /// Lower-cased UTF-8 of the tokens (punctuation and numbers as they stand): token `i` is
    /// `lowerBytes[lowerStart[i]..<lowerEnd[i]]`, mostly its own place in a copy of the text, lower-cased token by
    /// token (`lowerCase`): the bytes between tokens are as written. `word(_:)` makes a `String` only where a rule
    /// needs one.
    let lowerBytes: UnsafeBufferPointer<UInt8>
    /// Where each token's lower-cased bytes start in `lowerBytes`.
    // Both ends are read through the one pointer to their pairs: a rule that reads both loads one from the view.
    var lowerStart: LowerBound { LowerBound(lowerBounds, end: false) }
    /// Where each token's lower-cased bytes end in `lowerBytes`.
    var lowerEnd: LowerBound { LowerBound(lowerBounds, end: true) }
    private let lowerBounds: UnsafeMutablePointer<Int32>
    /// Vocabulary id of each token (`LinkingLexicon.vocabulary`), -1 for words no rule or list names.
    let ids: UnsafeBufferPointer<Int32>
    /// Lexicon bits of each token (`LinkingLexicon.wordBits`).
    let bits: UnsafeBufferPointer<UInt64>
    /// `Flag` bits of each token.
    let flags: UnsafeBufferPointer<UInt8>
    /// Person mention keys, for "is this speaker a person named here" (`contains`, which asks `==`, the equality a
    /// set would); built on first use. An array: an article names a handful of people, and comparing a key with
    /// theirs costs less than hashing every key.
    private(set) lazy var personKeys: [String] = {
        var keys: [String] = []
        // Room for every mention: growing the array one append at a time cost two or three reallocations an article.
        keys.reserveCapacity(mentions.count)
        // Each key once, but for one written with other bytes that `==` finds equal (canonically equivalent), which
        // changes no answer of `contains`: a key is compared only with those of its UTF-8 length, where comparing it
        // with every key taken cost a string comparison each (a normalising one for non-ASCII keys).
        for mention in mentions where mention.type == .person {
            let key = mention.key
            let length = key.utf8.count
            if !keys.contains(where: { $0.utf8.count == length && $0 == key }) { keys.append(key) }
        }
        return keys
    }()
    /// The people whose first name is a woman's (`LinkingLexicon.femaleFirstNames`), and those named by one word
    /// only, whose gender the name does not tell; built on first use, in one walk over the entities (looking
    /// each person up by key would hash every key).
    private lazy var namesByGender: (women: [String], singleNames: [String]) = {
        var women: [String] = []
        var singleNames: [String] = []
        // By position, where a walk over (key, entity) pairs copied every entity: its names and ids retained and
        // released, most of the walk's cost.
        let table = document.entities
        let entities = table.values
        for index in entities.indices where entities[index].type == .person {
            let key = table.keys[index]
            var name = entities[index].canonicalName
            // The first name's key from the name's bytes where they tell where it ends (an `endKey` over the UTF-8
            // view stepped through the view's indices), else from its characters.
            let firstKey: UInt64?? = name.withUTF8 { bytes in
                Self.bytesBeforeFirstSpace(bytes).map { count in count.map { LinkingLexicon.endKey(bytes[..<$0]) } }
            }
            guard let first = firstKey ?? name.firstIndex(of: " ").map({ LinkingLexicon.endKey(name[..<$0].utf8) })
            else {
                singleNames.append(key)
                continue
            }
            if tables.femaleFirstNameKeys.contains(first) { women.append(key) }
        }
        // `eine Frau namens „Lina“`, `Mutter Gao Ying`, `Ministerin Anna Lenz`: a woman's noun or role right before a
        // name (or before `namens`) tells what her first name may not.
        // (The cheap tests of the word before first; the keys compared only for the few that pass.)
        for mention in mentions where mention.type == .person {
            var noun = mention.tokens.lowerBound - 1
            if noun >= 0, isQuote(noun) { noun -= 1 }
            if noun >= 0, lower(noun, is: "namens") { noun -= 1 }
            guard noun >= 0, isCapitalized(noun), !hasMention(at: noun) else { continue }
            // (`die Sozialwissenschaftlerin Maricel Santos`: also a feminine agent noun that is no role.)
            if isIn(.womanNoun, noun)
                || lowerCount(noun) >= 6 && lower(noun, hasSuffix: "in")
                    && (role(noun) != nil || Self.feminineAgentEndings.contains(where: { lower(noun, hasSuffix: $0) })),
               !women.contains(mention.key) {
                women.append(mention.key)
            }
        }
        return (women, singleNames)
    }()
    /// Endings of feminine agent nouns (`Forscherin`, `Journalistin`, `Senatorin`, `Studentin`, `Ärztin`).
    private static let feminineAgentEndings: [StaticString] = ["erin", "istin", "orin", "antin", "entin", "ärztin"]
    /// Nouns for a woman that stand before her name (`Frau`, `Mutter`): a `WordClass`, tested by a bit of the token
    /// where comparing it with each noun cost some three hundred instructions a name.
    static let womenNouns: Set<String> = [
        "frau", "mutter", "tochter", "schwester", "ehefrau", "witwe", "freundin", "großmutter", "tante", "nichte",
        "mädchen", "dame", "schauspielerin", "sängerin",
    ]
    /// `firstIndex(of: " ")` of a name as a byte count, where the bytes tell: the first space byte, when the bytes
    /// around it are ASCII (so that it is a character of its own), or `.some(nil)` for no space byte; nil where only
    /// characters tell. `firstIndex` walks grapheme clusters, thousands of instructions a name.
    private static func bytesBeforeFirstSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return .some(nil) }
        let before = space == 0 || bytes[space - 1] < 0x80
        let after = space + 1 == bytes.count || bytes[space + 1] < 0x80
        return before && after ? .some(space) : nil
    }
    /// People named with a woman's first name.
    var womanKeys: [String] { namesByGender.women }
    /// People named by one word only (`Bazack`).
    var singleNameKeys: [String] { namesByGender.singleNames }

    /// Whether a pronoun of the given gender (`sie`, `ihr` feminine; `er`, `sein` not) can stand for the entity
    /// `key`: an organisation for either, a person by the first name (one whose first name tells nothing is taken as
    /// a man's).
    func pronounFits(_ key: String, feminine: Bool) -> Bool {
        guard personKeys.contains(key) else { return true }
        return womanKeys.contains(key) == feminine
    }

    /// The first token from `start` on that ends a clause (comma, colon, semicolon, period) before the end of the
    /// sentence of `token`, else that end; `start` where `token` is in no sentence.
    func clauseEnd(from start: Int, inSentenceOf token: Int) -> Int {
        guard token >= 0, token < tokenCount, sentenceOf[token] >= 0 else { return start }
        let end = document.sentences[sentenceOf[token]].tokenRange.upperBound
        var index = start
        // (The dot of an ordinal inside the sentence ends no clause: `zum 1. Januar eine Abteilung einzurichten`.)
        while index < end && !(matches(index, in: [.comma, .colon, .semicolon])
                               || matches(index, .period) && !(isNumber(index - 1) && index + 1 < end)) {
            index += 1
        }
        return index
    }

    /// Whether a bracket opened after `start` is still open at `token` (`(Vorjahreszeitraum: 88)`).
    func isInBrackets(_ token: Int, from start: Int) -> Bool {
        guard let open = (start..<token).last(where: { matches($0, .openParen) }) else { return false }
        return !(open..<token).contains { matches($0, .closeParen) }
    }
    /// The lexicon's tables the view reads (`LinkingLexicon.viewTables`).
    private let tables: LexiconTables
    /// `LinkingLexicon.roleTable`, for `role(_:)`: a property of the view's own, which a call on it need not
    /// retain (read through `tables`, each of some seventeen thousand calls a pass retained and released it).
    private let roleTable: RoleTable
    /// `LinkingLexicon.countryAdjectives`.
    var countryAdjectives: [String: [String]] { tables.countryAdjectives }

    /// The tables of `LinkingLexicon` an `ArticleView` reads, in one object made with the lexicon: the view holds
    /// them by one reference, where it copied the five for every article (seven references retained, and released
    /// when it was freed).
    final class LexiconTables: Sendable {
        let femaleFirstNameKeys: HashedKeySet
        let countryAdjectives: [String: [String]]
        let verbsByID: [[LinkingLexicon.Verb]]
        let verbReadingsByID: [LinkingLexicon.VerbReadings]
        /// `verbReadingsByID` unretained, for `verbReadings(_:)` (the strong array keeps them).
        let verbReadingRefs: [Unmanaged<LinkingLexicon.VerbReadings>]
        let organisationTypeEndings: EndingBuckets
        let placeTypeEndings: EndingBuckets

        /// Empty tables, until the lexicon has made its own.
        init() {
            femaleFirstNameKeys = HashedKeySet()
            countryAdjectives = [:]
            verbsByID = []
            verbReadingsByID = []
            verbReadingRefs = []
            organisationTypeEndings = EndingBuckets()
            placeTypeEndings = EndingBuckets()
        }

        init(_ lexicon: LinkingLexicon) {
            femaleFirstNameKeys = lexicon.femaleFirstNameKeys
            countryAdjectives = lexicon.countryAdjectives
            verbsByID = lexicon.verbsByID
            verbReadingsByID = lexicon.verbReadingsByID
            verbReadingRefs = verbReadingsByID.map { Unmanaged.passUnretained($0) }
            organisationTypeEndings = lexicon.organisationTypeEndings
            placeTypeEndings = lexicon.placeTypeEndings
        }
    }
    // The per-token caches below are pointers into memory the view owns (freed in `deinit`): a class's `var`
    // arrays cost a dynamic exclusivity check on every read and write, and the rules read these thousands of
    // times an article.
    /// `role(_:)` per token, filled on first use: `unknown`, `noRole` or an index into `roleEntries`.
    private let roleIndex: UnsafeMutablePointer<Int32>
    // Unchecked: each access was a dynamic exclusivity check (`swift_beginAccess`), and the view is used by one
    // thread, whose accesses to these never overlap.
    @exclusivity(unchecked) private var roleEntries: [RoleEntry] = []
    /// A role of `roleEntries`. A struct, not a tuple: the view's deinit freed an array of tuples through the
    /// runtime's generic tuple witness, tens of instructions an element.
    struct RoleEntry {
        let lemma: String
        let source: String
    }
    /// `RoleRules.role(at:)` per token (mention test aside), filled on first use: `unknown`, `noRole` or an
    /// index into `roleHits`.
    let roleHitIndex: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var roleHits: [RoleRules.RoleHit] = []
    /// `isCountry` by a mention's index in the document: 0 unknown, 1 yes, -1 no.
    private let countryAt: UnsafeMutablePointer<Int32>
    /// The one allocation that holds every per-token and per-sentence table of the view (`Storage`), given back in
    /// `deinit`: a dozen arrays an article cost a dozen allocations, each with its runtime type lookup, and as many
    /// releases. Lent by the thread's `memory`, where the next article's view finds it.
    private let storage: UnsafeMutableRawPointer
    /// The mention, quantity, date and quote columns, lent by `memory` at -1 (`ViewMemory.takeCleared`) and set
    /// back to -1 in `deinit`.
    private let cleared: UnsafeMutablePointer<Int32>
    /// The tokens of each quantity, then of each date, as `fill` found them (two `Int32` a span), for `deinit` to
    /// clear without searching for them again.
    private let spanTokens: UnsafeMutablePointer<Int32>
    let memory: ViewMemory
    /// Keys of the article's entities that are countries, found when the view is made (nearly every article asks,
    /// `hasCountries`): a stored property, which `isCountryKey` reads without retaining the array, where a lazy
    /// one's getter returned it retained for every mention asked. Most articles have few or none, and comparing a
    /// mention's key with them costs less than hashing it for a dictionary lookup. With each, its UTF-8 length where
    /// its bytes are at hand and code points below U+0300, else -1 (`isCountryKey`): the bytes themselves are read
    /// in place from the key, where a copy of them cost an array an article.
    private let countryKeys: [CountryKey]

    private static func countryKeys(of table: EntityTable) -> [CountryKey] {
        var keys: [CountryKey] = []
        // By position, not by (key, entity) pairs, as `namesByGender`: only the ids are read, in place through a
        // buffer (the array's subscript copied each entity, its names and ids retained and released).
        table.values.withUnsafeBufferPointer { entities in
            // (Most entities have no ids: their count is read in place, where `contains` retained and released the
            // ids of every entity.)
            for index in entities.indices where !entities[index].externalIDs.isEmpty
                && entities[index].externalIDs.contains(where: Self.isCountryCode) {
                // Room for the few countries an article names, made with the first: the array grew from one.
                if keys.isEmpty { keys.reserveCapacity(4) }
                let key = table.keys[index]
                let plainCount = key.utf8.withContiguousStorageIfAvailable { bytes in
                    bytes.isBelowU0300 ? bytes.count : -1
                }
                keys.append(CountryKey(key: key, plainCount: plainCount ?? -1, position: index))
            }
        }
        return keys
    }
    /// A key of `countryKeys` with its plain UTF-8 length or -1 (a struct, not a tuple, as `RoleEntry`).
    private struct CountryKey {
        let key: String
        let plainCount: Int
        /// Where the key is in `document.entities`.
        let position: Int
    }
    /// The article's places in order, each with its entity's canonical name, found on first use by
    /// `placeNamed(byAdjective:)` or `countryOfAdjective(_:)`: they asked the entity table by string key for every
    /// place at every question.
    private(set) lazy var placesWithNames: [PlaceName] = {
        var places: [PlaceName] = []
        // Room for every mention at once: `compactMap` grew its array append by append.
        places.reserveCapacity(mentions.count)
        // The name read in place where the key is found: the table's subscript copied the whole entity.
        let table = document.entities
        table.values.withUnsafeBufferPointer { entities in
            for mention in mentions where mention.type == .place {
                let position = table.sharedPosition(of: mention.key)
                places.append(PlaceName(mention: mention, canonical: position.map { entities[$0].canonicalName }))
            }
        }
        return places
    }()
    /// A place mention of `placesWithNames` and its entity's canonical name.
    // A struct, not a tuple: the view's deinit freed an array of tuples with an optional through the runtime's
    // generic tuple and optional witnesses, tens of instructions an element.
    struct PlaceName {
        let mention: MentionRef
        let canonical: String?
    }
    /// `countryOfAdjective(_:)`'s answers by stem: an article asks again for a stem it asked for before (`deutschen`
    /// and `deutsche`), and each answer walked the article's places.
    var countriesByStem: [StemCountry] = []
    /// A stem and the place `countryOfAdjective(_:)` found for it (a struct, as `PlaceName` is).
    struct StemCountry {
        let stem: String
        let country: MentionRef?
    }

    /// Whether an entity id is `iso:` and two characters (`hasPrefix("iso:") && count == 6`).
    private static func isCountryCode(_ id: String) -> Bool {
        // `count` is at most the UTF-8 length, and text that starts with the character `i` starts with the byte:
        // most ids fail without counting characters or comparing them.
        // (Read through the UTF-8 view's storage: `withUTF8` on a copy of the id retained and released it.)
        let byBytes: Bool?? = id.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 6 && bytes[0] == UInt8(ascii: "i") else { return false }
            // In printable ASCII every byte is a character of its own, so prefix and length are byte tests.
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return bytes.count == 6 && bytes[1] == UInt8(ascii: "s") && bytes[2] == UInt8(ascii: "o")
                && bytes[3] == UInt8(ascii: ":")
        }
        // (Nil where the bytes are not at hand or do not decide.)
        if let decided = byBytes.flatMap({ $0 }) { return decided }
        return id.hasPrefix("iso:") && id.count == 6
    }

    static let unknown: Int32 = -2
    static let noRole: Int32 = -1

    enum Flag {
        static let punctuation: UInt8 = 1
        static let word: UInt8 = 2
        static let number: UInt8 = 4
        static let capitalized: UInt8 = 8
        /// Lower-cased text made of `ByteVocabulary.isStable` code points: NFC.
        static let stable: UInt8 = 16
    }
    let sentenceOf: SentenceColumn
    /// Per sentence, the lexicon bits of its tokens or-ed together, and the rule words among them: a rule that
    /// scans a sentence for a cue skips the sentences that hold none (`sentence(_:hasAny:)`).
    private let sentenceBits: UnsafeBufferPointer<UInt64>
    private let sentenceWords: UnsafeBufferPointer<RuleWordSet>
    /// Outermost mention covering each token.
    let mentionAt: TokenColumn
    /// The outermost mentions in order, in the view's storage: as an array, each rule's walk over them or over
    /// those of a range (`mentions(startingIn:)`, an `ArraySlice`) retained and released its buffer, and the view
    /// allocated and freed it.
    let mentions: UnsafeBufferPointer<MentionRef>
    /// Per sentence, the index in `mentions` of the first that starts at or after its first token; set only where
    /// `sentencesTile`: the sentences cover every token, in order.
    private let sentenceMentions: UnsafeBufferPointer<Int32>
    private let sentencesTile: Bool
    /// Quantity index (into `document.quantities`) covering each token.
    let quantityAt: TokenColumn
    /// Date index (into `document.dates`) covering each token.
    let dateAt: TokenColumn
    let quotes: [Quote]
    /// Quote index for tokens inside a passage, marks included.
    let quoteAt: TokenColumn

    /// `lexicon` is borrowed (`__shared`): an initializer owns its arguments by default, and copying the
    /// lexicon's two dozen tables for every article showed in profiles. So is `document`, which the view copies
    /// once: owned, it was copied for the call (the caller's is `inout`) and the copy destroyed after the view's own.
    init(document: __shared Document, lexicon: __shared LinkingLexicon) {
        self.document = document
        tables = lexicon.viewTables
        countryKeys = Self.countryKeys(of: document.entities)
        roleTable = lexicon.roleTable
        let tokens = document.tokens
        let scalars = document.scalars
        let count = tokens.count
        let sentenceCount = document.sentences.count
        let layout = Storage(tokens: count, sentences: sentenceCount, mentions: document.mentions.count,
                             spans: document.quantities.count + document.dates.count,
                             textBytes: document.text.utf8.count, scalars: scalars.count)
        memory = ViewMemory.current
        // The caches' arrays too, empty with the room the thread's last view left them (where no other view holds
        // them): made an article, each cost an allocation and a free.
        roleEntries = KeptArray.take(&memory.roleEntries)
        roleHits = KeptArray.take(&memory.roleHits)
        let raw = memory.take(byteCount: layout.byteCount)
        self.storage = raw
        let bits = layout.bits(in: raw)
        let ids = layout.ids(in: raw)
        let flags = layout.flags(in: raw)
        let bounds = layout.bounds(in: raw)
        let lowerStart = LowerBound(bounds, end: false)
        let lowerEnd = LowerBound(bounds, end: true)
        let buffer = layout.lowerBytes(in: raw)
        // The sentence column (written with the lower case where the sentences tile the tokens), the two role
        // caches, the country cache.
        let columns = layout.columns(in: raw)
        let sentenceBits = layout.sentenceBits(in: raw)
        let sentenceWords = layout.sentenceWords(in: raw)
        // Whether the sentences tile the tokens, in order: then a token's sentence holds it and no other does.
        var tiled = true
        var nextToken = 0
        for sentence in document.sentences {
            let range = sentence.tokenRange.clamped(to: 0..<count)
            tiled = tiled && range.lowerBound == nextToken
            nextToken = range.upperBound
        }
        let tiles = tiled && nextToken == count
        let others = layout.pending(in: raw)
        let tokenStarts = layout.tokenStarts(in: raw)
        let (written, allStable, otherCount) = document.sentences.withUnsafeBufferPointer { sentences in
            Self.lowerCase(
                tokens: tokens, scalars: scalars, document: document, lexicon: lexicon, into: buffer,
                bounds: bounds, flags: flags, ids: ids, bits: bits, others: others, starts: tokenStarts,
                summaries: SentenceSummaries(
                    sentences: tiles ? sentences : UnsafeBufferPointer(start: nil, count: 0), sentenceOf: columns,
                    bits: sentenceBits, words: sentenceWords))
        }
        // Tokens with a code point that may be outside NFC ask the `String` dictionary (canonical equivalence).
        // Most articles have none.
        if !allStable {
            for index in 0..<ids.count where flags[index] & Flag.stable == 0 {
                let text = String(decoding: buffer[Int(lowerStart[index])..<Int(lowerEnd[index])], as: UTF8.self)
                if let id = lexicon.vocabulary[text] {
                    ids[index] = id
                    bits[index] = lexicon.bitsByID[Int(id)]
                }
            }
        }
        let starts = UnsafeBufferPointer(tokenStarts)
        // The tokens looked up after the pass join their sentence's summary now that their ids are known.
        if tiles {
            for other in others[..<otherCount] {
                let sentence = Int(columns[Int(other)])
                sentenceBits[sentence] |= bits[Int(other)]
                sentenceWords[sentence].insert(id: ids[Int(other)])
            }
        }
        lowerBytes = UnsafeBufferPointer(rebasing: buffer[..<written])
        lowerBounds = bounds
        self.ids = UnsafeBufferPointer(ids)
        self.bits = UnsafeBufferPointer(bits)
        self.flags = UnsafeBufferPointer(flags)
        (columns + count).initialize(repeating: Self.unknown, count: count * 2)
        (columns + count * 3).initialize(repeating: 0, count: document.mentions.count)
        roleIndex = columns + count
        roleHitIndex = columns + count * 2
        countryAt = columns + count * 3
        func column(_ number: Int) -> TokenColumn { TokenColumn(storage: columns + count * number, count: count) }
        // The mention, quantity, date and quote columns, -1 until written.
        let cleared = memory.takeCleared(count: count * 4)
        self.cleared = cleared
        func clearedColumn(_ number: Int) -> TokenColumn {
            TokenColumn(storage: cleared + count * number, count: count)
        }

        let sentenceOf = SentenceColumn(column: column(0))
        self.sentenceOf = sentenceOf
        // Sentences that leave tokens out (or overlap): one pass over each sentence's tokens for its lexicon bits
        // and its rule words; those tokens are in no sentence, the others in the last that holds them.
        if !tiles {
            for (index, sentence) in document.sentences.enumerated() {
                var found: UInt64 = 0
                var words: RuleWordSet = []
                for token in sentence.tokenRange.clamped(to: 0..<count) {
                    found |= bits[token]
                    words.insert(id: ids[token])
                }
                sentenceBits.initializeElement(at: index, to: found)
                sentenceWords.initializeElement(at: index, to: words)
            }
            columns.initialize(repeating: -1, count: count)
            for (index, sentence) in document.sentences.enumerated() {
                for token in sentence.tokenRange.clamped(to: 0..<count) {
                    columns[token] = Int32(truncatingIfNeeded: index)
                }
            }
        }
        self.sentenceBits = UnsafeBufferPointer(sentenceBits)
        self.sentenceWords = UnsafeBufferPointer(sentenceWords)

        let mentionRefs = layout.mentionRefs(in: raw)
        var mentionCount = 0
        let mentionAt = clearedColumn(0)
        // Indices, not (index, mention) pairs, are sorted: no mention is copied.
        let allMentions = document.mentions
        let mentionTable = MentionTable(allMentions)
        self.mentionTable = mentionTable
        // The recogniser mostly hands the mentions over in order already: then the (stable) sort would leave them
        // as they are, and is not run.
        let inOrder = allMentions.withUnsafeBufferPointer { mentions in
            mentions.indices.dropFirst().allSatisfy { !(mentions[$0].span < mentions[$0 - 1].span) }
        }
        // (Sorted indices only where the order is not the array's: an array of the indices in order was made and
        // freed in every article.)
        let sorted: [Int]? = inOrder ? nil
            : allMentions.indices.sorted { allMentions[$0].span < allMentions[$1].span }
        // The mentions come by their start, so the first token of each is at or after that of the one before: it is
        // searched for from there (a token at a time, the walk passed over every token of the article, most between
        // mentions far apart).
        var first = 0
        for position in allMentions.indices {
            let index = sorted?[position] ?? position
            let span = allMentions[index].span
            first = tokens.withUnsafeBufferPointer {
                Self.firstToken(endingAfter: span.begin, from: first, in: $0, starts: starts)
            }
            var last = first
            while last < tokens.count && tokens[last].span.begin < span.end { last += 1 }
            guard first < last else { continue }
            let ref = MentionRef(index: index, tokens: first..<last, type: allMentions[index].type, table: mentionTable)
            // Outermost wins: an enclosing span comes first in the order and keeps its tokens.
            if (first..<last).allSatisfy({ mentionAt[$0] == nil }) {
                for token in first..<last { mentionAt[token] = mentionCount }
                (mentionRefs + mentionCount).initialize(to: ref)
                mentionCount += 1
            }
        }
        let mentions = UnsafeBufferPointer(start: mentionRefs, count: mentionCount)
        self.mentions = mentions
        self.mentionAt = mentionAt
        // Each sentence's first mention, where the sentences tile the tokens in order (then their starts and the
        // mentions' both ascend, and one merged walk finds them all).
        let sentenceMentions = layout.sentenceMentions(in: raw)
        sentencesTile = tiles
        if sentencesTile {
            var next = 0
            for (index, sentence) in document.sentences.enumerated() {
                let start = sentence.tokenRange.lowerBound
                while next < mentions.count && mentions[next].tokens.lowerBound < start { next += 1 }
                sentenceMentions[index] = Int32(truncatingIfNeeded: next)
            }
        }
        self.sentenceMentions = UnsafeBufferPointer(sentenceMentions)

        let quantityAt = clearedColumn(1)
        self.quantityAt = quantityAt
        let dateAt = clearedColumn(2)
        self.dateAt = dateAt
        // Each span read in place through a buffer, as the tokens are: a lazy map of the quantities and dates to
        // their spans copied each one whole, and `Document.firstToken(endingAfter:from:)`, a call into another
        // module, read the token array through its bounds checks.
        let spanTokens = layout.spanTokens(in: raw)
        self.spanTokens = spanTokens
        let quantityCount = document.quantities.count
        tokens.withUnsafeBufferPointer { tokens in
            document.quantities.withUnsafeBufferPointer { quantities in
                Self.fill(quantityAt, count: quantities.count, span: { quantities[$0].span }, tokens: tokens,
                          starts: starts, found: spanTokens)
            }
            document.dates.withUnsafeBufferPointer { dates in
                Self.fill(dateAt, count: dates.count, span: { dates[$0].span }, tokens: tokens,
                          starts: starts, found: spanTokens + quantityCount * 2)
            }
        }

        quoteAt = clearedColumn(3)
        let quotes = Self.quotes(
            ids: self.ids, flags: self.flags, tokens: tokens, sentenceOf: sentenceOf,
            tiling: tiles ? (document.sentences, self.sentenceWords) : nil, into: quoteAt)
        self.quotes = quotes
    }

    deinit {
        // The cleared columns back to -1 where `init` wrote them.
        for mention in mentions {
            for token in mention.tokens { mentionAt[token] = nil }
        }
        for quote in quotes {
            for token in quote.open...quote.close { quoteAt[token] = nil }
        }
        let quantityCount = document.quantities.count
        for index in 0..<quantityCount + document.dates.count {
            let column = index < quantityCount ? quantityAt : dateAt
            for token in Int(spanTokens[index * 2])..<Int(spanTokens[index * 2 + 1]) { column[token] = nil }
        }
        memory.giveBackCleared(cleared)
        memory.giveBack(storage)
        KeptArray.putBack(&roleEntries, into: &memory.roleEntries)
        KeptArray.putBack(&roleHits, into: &memory.roleHits)
    }

    // Inlined: read through a call from the speaker rules, some 25,000 times a pass, the call cost more than the read.
    @inline(__always)
    var tokenCount: Int { flags.count }

    /// Whether `token` is one of the text's (every per-token table has `tokenCount` entries): one unsigned compare
    /// where `token >= 0 && token < count` took two, in the helpers the rules call some million times a pass.
    @inline(__always)
    func inText(_ token: Int) -> Bool {
        UInt(bitPattern: token) < UInt(bitPattern: flags.count)
    }

    /// Sets each token of `column` to the index of the first of `count` spans (`span(index)`) that covers it, and
    /// writes each span's first and end token to `found` (two values a span).
    @inline(__always)
    private static func fill(
        _ column: TokenColumn, count: Int, span: (Int) -> TextSpan, tokens: UnsafeBufferPointer<Token>,
        starts: UnsafeBufferPointer<Int32>, found: UnsafeMutablePointer<Int32>
    ) {
        // The spans mostly come in text order: the search for each gallops from the first token of the one before,
        // where that begins no later (a binary search over the whole article each was most of this fill).
        var first = 0
        var previousBegin = 0
        for index in 0..<count {
            let span = span(index)
            if span.begin < previousBegin { first = 0 }
            previousBegin = span.begin
            first = firstToken(endingAfter: span.begin, from: first, in: tokens, starts: starts)
            var token = first
            while token < tokens.count && tokens[token].span.begin < span.end {
                if column[token] == nil { column[token] = index }
                token += 1
            }
            found[index * 2] = Int32(truncatingIfNeeded: first)
            found[index * 2 + 1] = Int32(truncatingIfNeeded: token)
        }
    }

    /// `Document.firstToken(endingAfter:from:)` on the tokens' buffer: the same gallop from `start`, then halving.
    /// The document's, a call into another module for every mention, read the token array through its bounds
    /// checks: about 120 instructions a call.
    ///
    /// Nearly every span begins where a token does: that token, read from `starts` (`Storage.tokenStarts`), is the
    /// first to end after the offset when it is not empty and the one before ends by then, and the search (some
    /// seventy instructions a span, 2.5M a pass) is left for the others. The tokens end in order, so the search
    /// from `start` finds the later of `start` and that token.
    @inline(__always)
    private static func firstToken(
        endingAfter offset: CodePointOffset, from start: Int, in tokens: UnsafeBufferPointer<Token>,
        starts: UnsafeBufferPointer<Int32>
    ) -> Int {
        if UInt(bitPattern: offset) < UInt(bitPattern: starts.count) {
            // (Checked: an entry where no token starts holds an earlier article's token, or nothing written.)
            let token = Int(starts[offset])
            if UInt(bitPattern: token) < UInt(bitPattern: tokens.count), tokens[token].span.begin == offset,
               tokens[token].span.end > offset, token == 0 || tokens[token &- 1].span.end <= offset {
                return max(start, token)
            }
        }
        var low = start
        var high = start
        var step = 1
        while high < tokens.count && tokens[high].span.end <= offset {
            low = high &+ 1
            high = low &+ step
            step &*= 2
        }
        high = min(high, tokens.count)
        while low < high {
            let mid = (low &+ high) / 2
            if tokens[mid].span.end <= offset { low = mid &+ 1 } else { high = mid }
        }
        return low
    }

    /// Whether a token of sentence `sentence` has a bit of `bits` (`LinkingLexicon` cue bits, `verbBit`, …).
    func sentence(_ sentence: Int, hasAny bits: UInt64) -> Bool {
        sentenceBits[sentence] & bits != 0
    }

    /// Whether a token of sentence `sentence` is one of `words`.
    func sentence(_ sentence: Int, hasAny words: RuleWordSet) -> Bool {
        sentenceWords[sentence].intersects(words)
    }

    /// The first token after the date expression that starts at `token`, or `token` where none starts there
    /// (`so Huber Freitagabend`, `sagte sie am Montag`).
    func pastDate(_ token: Int) -> Int {
        guard token < tokenCount, let date = dateAt[token] else { return token }
        var end = token
        while end < tokenCount && dateAt[end] == date { end += 1 }
        return end
    }

    /// The role word list entry a token is, or ends in.
    func role(_ token: Int) -> (lemma: String, source: String)? {
        guard inText(token) else { return nil }
        let known = roleIndex[token]
        if known >= 0 {
            let entry = roleEntries[Int(known)]
            return (entry.lemma, entry.source)
        }
        if known == Self.noRole { return nil }
        let found: (lemma: String, source: String)?
        // The written word is asked for only where a compound is found: captured unowned (the view outlives the
        // call), the closure retained and released the view at each of some seventeen thousand look-ups a pass.
        // (Written at each call: a closure kept in a constant was allocated for every look-up where the table's
        // function was not specialised for it.)
        if flags[token] & Flag.stable != 0 {
            let start = Int(lowerStart[token])
            let end = Int(lowerEnd[token])
            let bytes = UnsafeBufferPointer(rebasing: lowerBytes[start..<end])
            // (Most words are turned away by the table's filters, asked here before the call.)
            found = !roleTable.mayBeRole(nfcLower: bytes) ? nil
                : roleTable.role(nfcLower: bytes, capitalized: isCapitalized(token),
                                 original: { [unowned(unsafe) self] in original(token) })
        } else {
            found = roleTable.role(lower: word(token), capitalized: isCapitalized(token),
                                   original: { [unowned(unsafe) self] in original(token) })
        }
        if let found {
            roleIndex[token] = Int32(roleEntries.count)
            // Room for the roles an article names, made with the first: the array grew from one, two or three times.
            if roleEntries.isEmpty { roleEntries.reserveCapacity(8) }
            roleEntries.append(RoleEntry(lemma: found.lemma, source: found.source))
        } else {
            roleIndex[token] = Self.noRole
        }
        return found
    }

    /// Whether `role(_:)` may find a role at the token: false where it found none before, or where the role
    /// table's filters turn the token's bytes away (it finds none then). Inlined where the role rules ask before
    /// their look-up, so that most tokens make no call.
    @inline(__always)
    func mayHaveRole(_ token: Int) -> Bool {
        guard inText(token) else { return false }
        let known = roleIndex[token]
        if known >= 0 { return true }
        if known == Self.noRole { return false }
        guard flags[token] & Flag.stable != 0 else { return true }
        return roleTable.mayBeRole(
            nfcLower: UnsafeBufferPointer(rebasing: lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])]))
    }

    /// The token's text as written.
    func original(_ token: Int) -> String {
        inText(token) ? document.text(of: document.tokens[token].span) : ""
    }

    /// Whether two tokens are written the same (`String` equality): equal code points are, different code points
    /// below U+0300 are not, anything else asks `String`.
    func sameOriginal(_ one: Int, _ other: Int) -> Bool {
        let scalars = document.scalars
        let a = scalars[document.tokens[one].span.begin..<document.tokens[one].span.end]
        let b = scalars[document.tokens[other].span.begin..<document.tokens[other].span.end]
        // Most pairs differ at their first code point: where it and the one after it are below U+0300 in both (no
        // mark joins the first), the first characters differ, and so do the texts — without the walks below.
        if let first = a.first, let otherFirst = b.first, first != otherFirst, first.value < 0x300,
           otherFirst.value < 0x300, a.dropFirst().first.map({ $0.value < 0x300 }) ?? true,
           b.dropFirst().first.map({ $0.value < 0x300 }) ?? true {
            return false
        }
        if a.elementsEqual(b) { return true }
        // Code points below U+0300 are NFC, and none combines: such texts are canonically equivalent only where
        // their code points are equal.
        if a.allSatisfy({ $0.value < 0x300 }) && b.allSatisfy({ $0.value < 0x300 }) { return false }
        return original(one) == original(other)
    }

    /// `word(token).contains(String(decoding: needle, as: UTF8.self))`: Foundation's search, which finds
    /// nothing for an empty needle and matches canonically equivalent text at composed-character boundaries.
    /// Text of `ByteVocabulary.isStable` code points is NFC with one code point a composed character, so there
    /// a byte search gives the same answer.
    func lower(_ token: Int, contains needle: [UInt8]) -> Bool {
        // Outside the text `word(token)` is "", which contains nothing.
        guard !needle.isEmpty, inText(token) else { return false }
        let begin = Int(lowerStart[token])
        let end = Int(lowerEnd[token])
        // Bytes below 0xCC are code points below U+0300, stable: most needles need no decoding.
        guard flags[token] & Flag.stable != 0, needle.allSatisfy({ $0 < 0xCC })
            || String(decoding: needle, as: UTF8.self).unicodeScalars.allSatisfy({ ByteVocabulary.isStable($0.value) })
        else {
            return word(token).contains(String(decoding: needle, as: UTF8.self))
        }
        guard end - begin >= needle.count else { return false }
        let first = needle[0]
        for start in begin...(end - needle.count) where lowerBytes[start] == first {
            var offset = 1
            while offset < needle.count && lowerBytes[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    /// `word(token).hasSuffix(suffix)` without making the `String`. Text of `ByteVocabulary.isStable` code points
    /// is NFC and has no mark that joins the code point before it into one character, so there the bytes decide.
    @inline(__always)
    func lower(_ token: Int, hasSuffix suffix: StaticString) -> Bool {
        affix(of: token, suffix, atEnd: true) ?? word(token).hasSuffix(suffix.description)
    }

    /// Whether the token's lower-cased text starts with an initial's lower case, given as its UTF-8
    /// (`String(initial).lowercased().utf8`, worked out once by a caller that asks of many tokens), read from the
    /// token's bytes without a `String`.
    func startsLower(_ token: Int, withBytes initial: [UInt8]) -> Bool {
        guard inText(token) else { return false }
        let begin = Int(lowerStart[token])
        let end = Int(lowerEnd[token])
        var index = begin
        for byte in initial {
            guard index < end, lowerBytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// `word(token).hasPrefix(prefix)` without making the `String`, as `lower(_:hasSuffix:)`.
    @inline(__always)
    func lower(_ token: Int, hasPrefix prefix: StaticString) -> Bool {
        affix(of: token, prefix, atEnd: false) ?? word(token).hasPrefix(prefix.description)
    }

    /// `word(token).count` without making the `String` where the bytes decide: in text of stable code points each
    /// code point is a character (no mark or joiner among them), but a carriage return and the line feed after it.
    func lowerCount(_ token: Int) -> Int {
        guard inText(token) else { return 0 }
        guard flags[token] & Flag.stable != 0 else { return word(token).count }
        var count = 0
        var previous: UInt8 = 0
        for byte in lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])] {
            if byte & 0xC0 != 0x80 && !(byte == 0x0A && previous == 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }

    /// `list.containsEnding(of: word(token))` without making the `String` where the token's bytes decide.
    func lower(_ token: Int, endsInOneOf list: EndingList) -> Bool {
        if inText(token), flags[token] & Flag.stable != 0,
           let found = list.containsEnding(
            ofUTF8: UnsafeBufferPointer(rebasing: lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])])) {
            return found
        }
        return list.containsEnding(of: word(token))
    }

    /// The token's lower-cased UTF-8 (the bytes of `word(token)`), empty outside the text; it lives as long as the
    /// view.
    @inline(__always)
    func lowerUTF8(_ token: Int) -> UnsafeBufferPointer<UInt8> {
        guard inText(token) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])])
    }

    /// Whether the token's lower-cased text is of `ByteVocabulary.isStable` code points (`Flag.stable`): NFC, each
    /// code point a character of its own, so that its bytes (`lowerUTF8`) answer what its `String` would.
    @inline(__always)
    func isStable(_ token: Int) -> Bool {
        inText(token) && flags[token] & Flag.stable != 0
    }

    /// `word(token) == word` without making the `String`, as `lower(_:hasSuffix:)`.
    @inline(__always)
    func lower(_ token: Int, is word: StaticString) -> Bool {
        guard let prefix = affix(of: token, word, atEnd: false) else { return self.word(token) == word.description }
        return prefix && Int(lowerEnd[token]) - Int(lowerStart[token]) == word.utf8CodeUnitCount
    }

    /// `word(token) == text` without making the word's `String` where the bytes decide: a token of stable code points
    /// is NFC, and so is text of code points below U+0300 (bytes below 0xCC); NFC text is equal where its bytes are.
    func lower(_ token: Int, equals text: String) -> Bool {
        guard inText(token), flags[token] & Flag.stable != 0 else { return word(token) == text }
        let lower = lowerUTF8(token)
        let decided = Self.withBytes(of: text) { text -> Bool? in
            guard text.isBelowU0300 else { return nil }
            return text.count == lower.count && text.elementsEqual(lower)
        }
        return decided ?? (word(token) == text)
    }

    /// `word(token).hasSuffix(suffix)` without making the word's `String` where the bytes decide: a token of stable
    /// code points and a suffix of code points below U+0300 are NFC with each code point a character, and so
    /// `hasSuffix` compares their bytes, but for a suffix that opens with a line feed, which a carriage return before
    /// it would join into one character (`EndingList.isByteComparable`).
    func lower(_ token: Int, endsWith suffix: String) -> Bool {
        guard inText(token), flags[token] & Flag.stable != 0 else { return word(token).hasSuffix(suffix) }
        let lower = lowerUTF8(token)
        let decided = Self.withBytes(of: suffix) { suffix -> Bool? in
            guard suffix.allSatisfy({ $0 < 0xCC && $0 != 0x0D && $0 != 0x0A }) else { return nil }
            return lower.count >= suffix.count
                && suffix.elementsEqual(UnsafeBufferPointer(rebasing: lower[(lower.count - suffix.count)...]))
        }
        return decided ?? word(token).hasSuffix(suffix)
    }

    /// `body` of the text's UTF-8, read in place: the rules' texts are native strings, whose bytes are at hand (a
    /// test stepping through the UTF-8 view cost tens of instructions a byte); nil where they are not, or where
    /// `body` leaves the answer to the caller.
    @inline(__always)
    private static func withBytes(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable(body) ?? nil
    }

    /// Whether the token's lower-cased bytes end (or start) with `affix`'s, nil where the bytes may not decide it:
    /// for a token or an affix with a code point from U+0300 up (the affix's bytes below 0xCC).
    // Inlined, with `lower(_:hasSuffix:)`, `lower(_:hasPrefix:)` and `lower(_:is:)`, so that the literal's own tests
    // (its length, its bytes below 0xCC) fold away at each call site: the rules ask these thousands of times an
    // article. (Inlining this alone, under calls that were not, cost more than it saved.)
    @inline(__always)
    private func affix(of token: Int, _ affix: StaticString, atEnd: Bool) -> Bool? {
        guard affix.hasPointerRepresentation, affix.utf8CodeUnitCount > 0 else { return nil }
        // Outside the text the word is "", which has no affix but the empty one: told here, where the word's `String`
        // was made and asked.
        guard inText(token) else { return false }
        guard flags[token] & Flag.stable != 0 else { return nil }
        let count = affix.utf8CodeUnitCount
        let bytes = affix.utf8Start
        for offset in 0..<count where bytes[offset] >= 0xCC { return nil }
        let begin = Int(lowerStart[token])
        let end = Int(lowerEnd[token])
        guard end - begin >= count else { return false }
        let start = atEnd ? end - count : begin
        for offset in 0..<count where lowerBytes[start + offset] != bytes[offset] { return false }
        return true
    }

    /// Whether the article names a country at all (`isCountry` is false for every mention otherwise).
    var hasCountries: Bool { !countryKeys.isEmpty }

    /// Whether the mention names a country, cached per article.
    func isCountry(_ mention: MentionRef) -> Bool {
        let start = mention.index
        if countryAt[start] == 0 {
            countryAt[start] = isCountryKey(mention.key) ? 1 : -1
        }
        return countryAt[start] > 0
    }

    /// Whether `key` is one of `countryKeys` by `==`, the equality the entity table looks keys up by. Keys of code
    /// points below U+0300 are NFC, where equal text has equal bytes: compared so, two keys that differ (nearly all
    /// pairs) do not take `==`'s normalising path, which every key with an umlaut took.
    private func isCountryKey(_ key: String) -> Bool {
        let countries = countryKeys
        guard !countries.isEmpty else { return false }
        // A key that shares the storage of one of the table's equals that one alone (the table's keys differ), and
        // so a country's where that is one: told by two compares a key, where the key's bytes were read to see whether
        // they decide, and compared with each country's of their length.
        let shared = document.entities.keys.withUnsafeBufferPointer { keys in
            keys.firstIndex { $0.sharesStorage(with: key) }
        }
        if let shared { return countries.contains { $0.position == shared } }
        let decided: Bool?? = key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.isBelowU0300 else { return nil }
            return countries.contains { country in
                guard country.plainCount >= 0 else { return country.key == key }
                guard country.plainCount == bytes.count else { return false }
                let equal: Bool? = country.key.utf8.withContiguousStorageIfAvailable { countryBytes in
                    for index in 0..<bytes.count where countryBytes[index] != bytes[index] { return false }
                    return true
                }
                return equal ?? (country.key == key)
            }
        }
        return decided.flatMap { $0 } ?? countries.contains { $0.key == key }
    }

    // Inlined, as the one-line token tests below are (`mention(startingAt:)`, `verbs`, `lowerUTF8`, `isQuote` too):
    // the rules ask these tens of thousands of times a pass, and a call cost about what the look-up does.
    @inline(__always)
    func mention(at token: Int) -> MentionRef? {
        // (The column's raw read is -1 outside the text as well: the range was tested twice, and an optional made.)
        let index = mentionAt.raw(token)
        return index < 0 ? nil : mentions[index]
    }

    /// Whether a mention covers `token`.
    @inline(__always)
    func hasMention(at token: Int) -> Bool {
        mentionAt.raw(token) >= 0
    }

    /// The mentions that start in `range`, in order (`mentions` is sorted by first token).
    func mentions(startingIn range: Range<Int>) -> Slice<UnsafeBufferPointer<MentionRef>> {
        mentions[firstMention(startingAtOrAfter: range.lowerBound)..<firstMention(
            startingAtOrAfter: max(range.lowerBound, range.upperBound))]
    }

    /// The mentions that end at or before `token`, in order: those a rule looking back from `token` reads, nearest
    /// last. (The outermost mentions do not overlap, so all that start before `token` end by it but the one that
    /// covers it.) A walk back over all the mentions passed every one after `token` first.
    func mentions(endingBy token: Int) -> Slice<UnsafeBufferPointer<MentionRef>> {
        var end = firstMention(startingAtOrAfter: token)
        if end > 0 && mentions[end - 1].tokens.upperBound > token { end -= 1 }
        return mentions[..<end]
    }

    /// The index of the first mention that starts at or after `token` (`mentions.count` for none). Inlined, as it
    /// was where it was a local function of `mentions(startingIn:)` alone.
    @inline(__always)
    private func firstMention(startingAtOrAfter token: Int) -> Int {
        // From the first mention of the token's sentence, which holds a few: a binary search over the article's
        // mentions for both ends of every range cost some fifty instructions each.
        if sentencesTile {
            if token >= tokenCount { return mentions.count }
            if token >= 0 {
                var index = Int(sentenceMentions[sentenceOf[token]])
                while index < mentions.count && mentions[index].tokens.lowerBound < token { index += 1 }
                return index
            }
        }
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].tokens.lowerBound < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A mention that starts at `token`.
    @inline(__always)
    func mention(startingAt token: Int) -> MentionRef? {
        guard let mention = mention(at: token), mention.tokens.lowerBound == token else { return nil }
        return mention
    }

    // The one-line token tests (`isPunctuation` … `isCapitalized`, `matches`, `hasCue`) are inlined: the rules call
    // them a million times a pass, and the call cost as much as the test.
    @inline(__always)
    func isPunctuation(_ token: Int) -> Bool {
        inText(token) && flags[token] & Flag.punctuation != 0
    }

    /// A token of kind `.word`.
    @inline(__always)
    func isWord(_ token: Int) -> Bool {
        inText(token) && flags[token] & Flag.word != 0
    }

    /// A token of kind `.number`.
    @inline(__always)
    func isNumber(_ token: Int) -> Bool {
        inText(token) && flags[token] & Flag.number != 0
    }

    /// `83-Jährige`, `26-jährigen`: a number, a hyphen and an age word at `token`; the token after them, or nil.
    func ageEnd(at token: Int) -> Int? {
        guard isNumber(token), matches(token + 1, .hyphen), lower(token + 2, hasPrefix: "jährig") else { return nil }
        return token + 3
    }

    @inline(__always)
    func hasCue(_ cue: LinkingLexicon.Cue, _ token: Int) -> Bool {
        inText(token) && bits[token] & UInt64(cue.bit) != 0
    }

    @inline(__always)
    func isVerbForm(_ token: Int) -> Bool {
        inText(token) && bits[token] & LinkingLexicon.verbBit != 0
    }

    /// The speech verb readings of a token, nil when it is no listed form.
    @inline(__always)
    func verbs(_ token: Int) -> [LinkingLexicon.Verb]? {
        guard isVerbForm(token) else { return nil }
        return tables.verbsByID[Int(ids[token])]
    }

    /// The token's readings sorted for `SpeechRules.pick`, nil when it is no listed form: unretained, to be read as
    /// a guaranteed reference (the lexicon's tables keep them), where handing the object to `pick` retained and
    /// released it at each of 13,400 verb tokens a pass.
    @inline(__always)
    func verbReadings(_ token: Int) -> Unmanaged<LinkingLexicon.VerbReadings>? {
        guard isVerbForm(token) else { return nil }
        return tables.verbReadingRefs[Int(ids[token])]
    }

    /// Whether the token is a word of `wordClass` (lower-cased).
    @inline(__always)
    func isIn(_ wordClass: WordClass, _ token: Int) -> Bool {
        inText(token) && bits[token] & wordClass.bit != 0
    }

    @inline(__always)
    func isKonjunktivForm(_ token: Int) -> Bool {
        inText(token) && bits[token] & LinkingLexicon.konjunktivBit != 0
    }

    /// Whether the token ends in an adjective's ending (`-e`, `-en`, `-er`, `-es`, `-em`), by its lower-cased bytes
    /// where they decide (`lower(_:hasSuffix:)`), without a string.
    func hasAdjectiveEnding(_ token: Int) -> Bool {
        lower(token, hasSuffix: "e") || lower(token, hasSuffix: "er") || lower(token, hasSuffix: "en")
            || lower(token, hasSuffix: "es") || lower(token, hasSuffix: "em")
    }

    /// A Konjunktiv I form in `-te` of a verb whose stem ends in `-t` (`halte`, `bedeute`), by the word's bits.
    func isKonjunktivInTe(_ token: Int) -> Bool {
        inText(token) && bits[token] & LinkingLexicon.konjunktivInTeBit != 0
    }

    /// A place-type word (`Bezirk`, `Küstenstadt`), listed or a compound ending in a listed one (`Ostküstenstadt`).
    func isPlaceType(_ token: Int) -> Bool {
        guard inText(token) else { return false }
        if bits[token] & LinkingLexicon.placeTypeBit != 0 { return true }
        let begin = Int(lowerStart[token])
        let end = Int(lowerEnd[token])
        // (Not a name: `Deutschland` ends in `land`.)
        guard flags[token] & Flag.capitalized != 0, end - begin >= 7, !hasMention(at: token) else { return false }
        return tables.placeTypeEndings.containsEnding(
            of: UnsafeBufferPointer(rebasing: lowerBytes[begin..<end]), leaving: 3)
    }

    /// `Reederei`, `Hilfsorganisation`, `Gewerkschaftsverband`: a word that types the organisation name after
    /// it, listed or a compound ending in a listed word.
    func isOrganisationType(_ token: Int) -> Bool {
        guard inText(token) else { return false }
        if bits[token] & LinkingLexicon.organisationTypeBit != 0 { return true }
        let begin = Int(lowerStart[token])
        let end = Int(lowerEnd[token])
        guard flags[token] & Flag.capitalized != 0, end - begin >= 8 else { return false }
        // Three letters at least before the ending: a compound, not an inflected form.
        let word = UnsafeBufferPointer(rebasing: lowerBytes[begin..<end])
        return tables.organisationTypeEndings.containsEnding(of: word, leaving: 3)
    }

    /// The token after `(name)` when one opens at `token` (an acronym or a party after a name), else `token`;
    /// also after two names split by a slash or comma (a party and a canton: `(Grüne/BS)`, `(SP, ZH)`).
    func pastBracketedMention(_ token: Int) -> Int {
        guard matches(token, .openParen), let inside = mention(startingAt: token + 1) else { return token }
        let end = inside.tokens.upperBound
        if matches(end, .closeParen) { return end + 1 }
        guard matches(end, .comma) || original(end) == "/", let second = mention(startingAt: end + 1),
              matches(second.tokens.upperBound, .closeParen) else { return token }
        return second.tokens.upperBound + 1
    }

    /// `Staats- und`, `Kinder- und`: a hyphen that cuts off the capitalised word it is glued to, with a space and
    /// `und` after it, in an elliptic coordination.
    func isEllipticHyphen(_ token: Int) -> Bool {
        guard token >= 1, matches(token, .hyphen), matches(token + 1, .und), isCapitalized(token - 1) else {
            return false
        }
        let tokens = document.tokens
        return tokens[token].span.begin == tokens[token - 1].span.end
            && tokens[token].span.end < tokens[token + 1].span.begin
    }

    /// Whether the token is `word` (lower-cased).
    @inline(__always)
    func matches(_ token: Int, _ word: RuleWord) -> Bool {
        inText(token) && ids[token] == word.rawValue
    }

    /// Whether the token is one of `words` (lower-cased).
    @inline(__always)
    func matches(_ token: Int, in words: RuleWordSet) -> Bool {
        inText(token) && words.contains(id: ids[token])
    }

    /// The vocabulary id of a token, -1 outside the text or the vocabulary.
    @inline(__always)
    func id(_ token: Int) -> Int32 { inText(token) ? ids[token] : -1 }

    @inline(__always)
    func isQuote(_ token: Int) -> Bool { matches(token, in: quoteWords) }

    /// `quoteMarks`, stored with the view: read through the static, each of some 40,000 tests a pass called
    /// `swift_once`.
    private let quoteWords = ArticleView.quoteMarks

    /// The token's lower-cased text, "" outside the text.
    func word(_ token: Int) -> String {
        guard inText(token) else { return "" }
        return String(decoding: lowerBytes[Int(lowerStart[token])..<Int(lowerEnd[token])], as: UTF8.self)
    }

    @inline(__always)
    func isCapitalized(_ token: Int) -> Bool {
        inText(token) && flags[token] & Flag.capitalized != 0
    }

    static let quoteMarks: RuleWordSet = [
        .straightQuote, .lowQuote, .openGuillemet, .lowSingleQuote, .leftQuote, .rightQuote, .closeGuillemet,
        .leftSingleQuote,
    ]

    /// Lower-cases the tokens into one UTF-8 buffer (`out`, `Storage.lowerByteCount` bytes; returns how many it
    /// wrote), with where each token's bytes start and end (`bounds`, two a token), its `Flag`s, and for tokens in
    /// NFC (`Flag.stable`) its vocabulary id and lexicon bits. The text is copied whole first, and a token of ASCII
    /// and Latin-1 is its own span of the copy: only the tokens whose form has a capital (`TokenForm.flags`, worked
    /// out by segmentation) are lower-cased there (`foldCapitals`), the others are their own lower case already, and
    /// the bytes between tokens are never read. Tokens with other code points are folded one by one (`foldOther`)
    /// into the room after the copy. `allStable` tells that no token needs the `String` dictionary; the first
    /// `otherCount` of `others` are the tokens looked up after the pass, whose ids `summaries` leaves out.
    private static func lowerCase(
        tokens: [Token], scalars: [Unicode.Scalar], document: Document, lexicon: LinkingLexicon,
        into out: UnsafeMutableBufferPointer<UInt8>, bounds: UnsafeMutablePointer<Int32>,
        flags: UnsafeMutableBufferPointer<UInt8>,
        ids: UnsafeMutableBufferPointer<Int32>, bits: UnsafeMutableBufferPointer<UInt64>,
        others: UnsafeMutableBufferPointer<Int32>, starts: UnsafeMutableBufferPointer<Int32>,
        summaries: SentenceSummaries
    ) -> (written: Int, allStable: Bool, otherCount: Int) {
        document.withUTF8AndOffsets { utf8, offsets in
            scalars.withUnsafeBufferPointer { scalars in
                tokens.withUnsafeBufferPointer { tokens in
                    document.forms.withUnsafeBufferPointer { forms in
                        lexicon.bitsByID.withUnsafeBufferPointer { bitsByID in
                            lexicon.byteVocabulary.withProbe { probe in
                                lexicon.keyedVocabulary.withProbe { keyed in
                                    lowerCase(
                                        tokens, scalars, forms: forms, utf8: utf8, offsets: offsets, into: out,
                                        bounds: bounds, flags: flags, probe: probe, keyed: keyed, ids: ids,
                                        bitsByID: bitsByID, bits: bits, others: others, starts: starts,
                                        summaries: summaries)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The loop of `lowerCase(tokens:scalars:)` on unsafe buffers (it runs once per token), which writes every
    /// element of `bounds`, `flags`, `ids` and `bits`, and each token's index at its first code point in `starts`;
    /// returns the bytes written and whether every token is `Flag.stable`. `others` (room for a token each) holds the
    /// tokens looked up after the pass; their count is returned.
    private static func lowerCase(
        _ tokens: UnsafeBufferPointer<Token>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
        forms: UnsafeBufferPointer<TokenForm>, utf8: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>,
        into out: UnsafeMutableBufferPointer<UInt8>, bounds: UnsafeMutablePointer<Int32>,
        flags: UnsafeMutableBufferPointer<UInt8>, probe: ByteVocabulary.Probe,
        keyed: KeyedVocabulary.Probe, ids: UnsafeMutableBufferPointer<Int32>, bitsByID: UnsafeBufferPointer<UInt64>,
        bits: UnsafeMutableBufferPointer<UInt64>, others: UnsafeMutableBufferPointer<Int32>,
        starts: UnsafeMutableBufferPointer<Int32>, summaries: SentenceSummaries
    ) -> (written: Int, allStable: Bool, otherCount: Int) {
        let base = UnsafePointer(out.baseAddress!)
        let textCount = utf8.count
        if let text = utf8.baseAddress { out.baseAddress!.update(from: text, count: textCount) }
        // Zeroed, so that the eight-byte loads of the last tokens read no uninitialised memory.
        (out.baseAddress! + textCount).initialize(repeating: 0, count: 16)
        var written = textCount + 16
        var allStable = true
        // Latin-1 tokens (nearly all) whole in one pass: where their bytes are, their flags, and their id by their
        // key (`KeyedVocabulary`). The others are folded one by one after the copy, and looked up by their bytes
        // after the pass, when every token's bytes are followed by at least eight readable ones (the text's, or the
        // zeros after it or after the last token).
        var otherCount = 0
        // Sentence by sentence where they tile the tokens (else all in one run, summed up by the caller): each
        // token's sentence, lexicon bits and rule word are at hand here, and a pass of their own read them back.
        let sentences = summaries.sentences
        var index = 0
        for run in 0..<max(sentences.count, 1) {
            // (Clamped as the caller's test of the tiling clamps them.)
            let runEnd = sentences.isEmpty ? tokens.count : min(sentences[run].tokenRange.upperBound, tokens.count)
            let sentenceIndex = Int32(truncatingIfNeeded: run)
            var found: UInt64 = 0
            var words: RuleWordSet = []
            while index < runEnd {
                defer { index &+= 1 }
                summaries.sentenceOf[index] = sentenceIndex
                let span = tokens[index].span
                // (`firstToken(endingAfter:from:in:starts:)` reads it.)
                starts[span.begin] = Int32(truncatingIfNeeded: index)
                // The kind's flag with `Flag.stable`, which every Latin-1 token has: or-ed in apart, it cost an
                // instruction a token.
                let stableFlag: UInt8
                switch tokens[index].kind {
                case .punctuation: stableFlag = Flag.punctuation | Flag.stable
                case .word: stableFlag = Flag.word | Flag.stable
                case .number: stableFlag = Flag.number | Flag.stable
                case .symbol: stableFlag = Flag.stable
                }
                let form = forms[index]
                guard form.isLatin1 && !span.isEmpty else {
                    // A code point from U+0100 up (or no text): folded by code point, after the copy.
                    let folded = foldOther(span, scalars, into: out, at: written, flag: stableFlag & ~Flag.stable)
                    bounds[index &* 2] = Int32(truncatingIfNeeded: written)
                    written &+= folded.count
                    bounds[index &* 2 &+ 1] = Int32(truncatingIfNeeded: written)
                    flags[index] = folded.flag
                    allStable = allStable && folded.flag & Flag.stable != 0
                    others[otherCount] = Int32(truncatingIfNeeded: index)
                    otherCount &+= 1
                    continue
                }
                // ASCII and Latin-1 only: folded in the copy, where the token stands in the text.
                let start = Int(truncatingIfNeeded: offsets[span.begin])
                let end = Int(truncatingIfNeeded: offsets[span.end])
                bounds[index &* 2] = Int32(truncatingIfNeeded: start)
                bounds[index &* 2 &+ 1] = Int32(truncatingIfNeeded: end)
                if form.flags & (TokenForm.Flag.capitalised | TokenForm.Flag.innerCaps) != 0 {
                    foldCapitals(out.baseAddress! + start, count: end &- start, onlyFirst: !form.hasInnerCaps)
                }
                flags[index] = stableFlag | (form.isCapitalised ? Flag.capitalized : 0)
                let entry = keyed.entry(of: form.folded)
                ids[index] = entry.id
                bits[index] = entry.bits
                found |= entry.bits
                words.insert(id: entry.id)
            }
            if !sentences.isEmpty {
                summaries.bits.initializeElement(at: run, to: found)
                summaries.words.initializeElement(at: run, to: words)
            }
        }
        // Text made of stable code points is NFC, where byte equality is `String` equality.
        for other in others[..<otherCount] {
            let index = Int(other)
            if flags[index] & Flag.stable != 0 {
                let start = Int(bounds[index &* 2])
                let count = Int(bounds[index &* 2 &+ 1]) &- start
                let head = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                    & (count >= 8 ? UInt64.max : (1 &<< UInt64(count &* 8)) &- 1)
                if let id = probe.id(ofPadded: UnsafeBufferPointer(start: base + start, count: count), head: head) {
                    ids[index] = id
                    bits[index] = bitsByID[Int(id)]
                    continue
                }
            }
            ids[index] = -1
            bits[index] = 0
        }
        // Past the tokens folded one by one, the eight-byte loads of the last of them read zeros.
        (out.baseAddress! + written).initialize(repeating: 0, count: 16)
        return (written + 16, allStable, otherCount)
    }

    /// Where `lowerCase` writes, for sentences that tile the tokens (`sentences`, empty where they do not), each
    /// token's sentence and each sentence's lexicon bits and rule words.
    private struct SentenceSummaries {
        let sentences: UnsafeBufferPointer<Sentence>
        let sentenceOf: UnsafeMutablePointer<Int32>
        let bits: UnsafeMutableBufferPointer<UInt64>
        let words: UnsafeMutableBufferPointer<RuleWordSet>
    }

    /// The second byte of a Latin-1 capital after its lead byte 0xC3: U+00C0–U+00DE but `×` (U+00D7), whose lower
    /// case lies 0x20 up.
    @inline(__always)
    private static func isLatin1Capital(_ next: UInt8) -> Bool {
        next >= 0x80 && next <= 0x9E && next != 0x97
    }

    /// Lower-cases in place the UTF-8 of a token of ASCII and Latin-1 with a capital: ASCII capitals by arithmetic,
    /// Latin-1 capitals (C3 80–9E) by their second byte, whose lower case lies 0x20 up. With `onlyFirst` (no capital
    /// after the first code point, which is one) only the first code point changes.
    @inline(__always)
    private static func foldCapitals(_ bytes: UnsafeMutablePointer<UInt8>, count: Int, onlyFirst: Bool) {
        if onlyFirst {
            if bytes[0] < 0x80 { bytes[0] |= 0x20 } else { bytes[1] &+= 0x20 }
            return
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte &- 65 < 26 {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3 && index &+ 1 < count {
                if isLatin1Capital(bytes[index &+ 1]) { bytes[index &+ 1] &+= 0x20 }
                index &+= 1
            }
            index &+= 1
        }
    }

    /// Lower-cases a token with a code point from U+0100 up (or an empty one) into `out` from `start`: ASCII
    /// folded by arithmetic, other capitals by their Unicode lower-case mapping. Returns the byte count, the first
    /// eight bytes (the `ByteVocabulary` head) and the token's flags, `Flag.stable` for NFC code points only.
    @inline(never)
    private static func foldOther(
        _ span: TextSpan, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutableBufferPointer<UInt8>,
        at start: Int, flag kindFlag: UInt8
    ) -> (count: Int, head: UInt64, flag: UInt8) {
        let base = UnsafePointer(out.baseAddress!)
        var flag = kindFlag
        var written = start
        var isStable = true
        if isUppercase(scalars[span.begin]) { flag |= Flag.capitalized }
        // ASCII first, one compare a code point: most tokens are ASCII throughout. The key's first eight bytes
        // are gathered on the way: loading them back from the bytes just stored stalls on store forwarding.
        var offset = span.begin
        var asciiHead: UInt64 = 0
        var shift: UInt64 = 0
        let headEnd = min(span.end, span.begin &+ 8)
        while offset < headEnd {
            let value = scalars[offset].value
            guard value < 128 else { break }
            let byte = value &- 65 < 26 ? value | 0x20 : value
            out[written] = UInt8(truncatingIfNeeded: byte)
            asciiHead |= UInt64(byte) &<< shift
            shift &+= 8
            written &+= 1
            offset &+= 1
        }
        // The rest of a long word, while ASCII; a non-ASCII code point in the head leaves all to the loop below.
        if offset == headEnd {
            while offset < span.end {
                let value = scalars[offset].value
                guard value < 128 else { break }
                out[written] = UInt8(truncatingIfNeeded: value &- 65 < 26 ? value | 0x20 : value)
                written &+= 1
                offset &+= 1
            }
        }
        let isASCII = offset == span.end
        while offset < span.end {
            defer { offset += 1 }
            let scalar = scalars[offset]
            let value = scalar.value
            if value < 128 {
                out[written] = UInt8(truncatingIfNeeded: value >= 65 && value <= 90 ? value + 32 : value)
                written += 1
            } else if value < 0x100 {
                // Latin-1 capitals (`Ä`, not `×`) lower-case 0x20 up; all of it is stable.
                let folded = value >= 0xC0 && value <= 0xDE && value != 0xD7 ? value + 0x20 : value
                out[written] = UInt8(truncatingIfNeeded: 0xC0 | (folded >> 6))
                out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | (folded & 0x3F))
                written += 2
            } else if !isCaseless(value) && scalar.properties.isUppercase {
                for folded in scalar.properties.lowercaseMapping.unicodeScalars {
                    isStable = isStable && ByteVocabulary.isStable(folded.value)
                    precondition(written + 4 <= out.count)
                    UTF8.encode(folded) { out[written] = $0; written += 1 }
                }
            } else {
                isStable = isStable && ByteVocabulary.isStable(value)
                UTF8.encode(scalar) { out[written] = $0; written += 1 }
            }
        }
        // For other than ASCII tokens the key's first eight bytes are one load: the buffer reaches at least 16 bytes
        // past the text, the eight bytes after the token are zeroed first (the next token overwrites them), and
        // those past the token are masked off.
        let count = written - start
        let head: UInt64
        if isASCII {
            head = asciiHead
        } else {
            UnsafeMutableRawPointer(out.baseAddress! + written).storeBytes(of: 0, as: UInt64.self)
            head = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                & (count >= 8 ? UInt64.max : (1 &<< UInt64(count &* 8)) &- 1)
        }
        return (count, head, isStable ? flag | Flag.stable : flag)
    }

    /// General punctuation (U+2000–U+206F: `„`, `“`, `–`), which has no case: the quotation marks and dashes of
    /// German text skip the property lookup.
    @inline(__always)
    private static func isCaseless(_ value: UInt32) -> Bool {
        value >= 0x2000 && value < 0x2070
    }

    /// `Unicode.Scalar.Properties.isUppercase`, without the property lookup for ASCII and Latin-1.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 65 && value <= 90 }
        if value < 0x100 { return value >= 0xC0 && value <= 0xDE && value != 0xD7 }
        if isCaseless(value) { return false }
        return scalar.properties.isUppercase
    }

    /// Pairs quotation marks across the article. `"` toggles; `„`/`»` open; `“`/`”`/`«` close, except that
    /// `“` opens when the article uses no `„` (English-style marks) and `«` opens, `»` closes, where the article's
    /// first guillemet is `«` (Swiss style). A passage left open for more than
    /// three sentences is dropped as unbalanced. Each passage's tokens, marks included, get its index in `quoteAt`.
    private static func quotes(
        ids: UnsafeBufferPointer<Int32>, flags: UnsafeBufferPointer<UInt8>, tokens: [Token], sentenceOf: SentenceColumn,
        tiling: (sentences: [Sentence], words: UnsafeBufferPointer<RuleWordSet>)?, into quoteAt: TokenColumn
    ) -> [Quote] {
        // With no passage open, only a quotation mark (ids 9 to 16) changes anything: the scan starts at the first.
        func isQuoteMark(_ id: Int32) -> Bool {
            UInt32(bitPattern: id &- RuleWord.straightQuote.rawValue)
                <= UInt32(RuleWord.leftSingleQuote.rawValue - RuleWord.straightQuote.rawValue)
        }
        let marks = quoteMarks
        // Where the sentences tile the tokens, their summaries tell which hold a quotation mark: the scans pass over
        // the others whole (most sentences of most articles).
        var searchFrom = 0
        if let tiling {
            guard let sentence = tiling.words.firstIndex(where: { $0.intersects(marks) }) else { return [] }
            searchFrom = tiling.sentences[sentence].tokenRange.clamped(to: 0..<ids.count).lowerBound
        }
        guard let first = ids[searchFrom...].firstIndex(where: isQuoteMark) else { return [] }
        // The first mark is the first of its sentence's, so a `„` in its sentence or a later one comes after it.
        let germanMarks = tiling.map { tiling in
            tiling.words[sentenceOf[first]...].contains { $0.contains(id: RuleWord.lowQuote.rawValue) }
        } ?? ids[first...].contains(RuleWord.lowQuote.rawValue)
        // `«…»` (Swiss, French) where the article's first guillemet is `«`; else `»…«` (German books and papers).
        let swissGuillemets = ids[first...].first(where: {
            $0 == RuleWord.openGuillemet.rawValue || $0 == RuleWord.closeGuillemet.rawValue
        }) == RuleWord.closeGuillemet.rawValue
        var quotes: [Quote] = []
        var open: Int?
        var next = first
        while next < ids.count {
            let index = next
            next += 1
            let id = ids[index]
            if open == nil && !isQuoteMark(id) {
                // A token's sentence without a mark has none after it either.
                if let tiling, !tiling.words[sentenceOf[index]].intersects(marks) {
                    next = tiling.sentences[sentenceOf[index]].tokenRange.upperBound
                }
                continue
            }
            if flags[index] & Flag.word != 0 { continue }
            if let start = open, sentenceOf[index] - sentenceOf[start] > 3 { open = nil }
            let opening: Bool
            let closing: Bool
            switch RuleWord(rawValue: id) {
            case .straightQuote?: opening = open == nil; closing = open != nil
            case .lowQuote?: opening = true; closing = false
            case .openGuillemet?: opening = !swissGuillemets; closing = swissGuillemets && open != nil
            case .leftQuote?: opening = !germanMarks && open == nil; closing = open != nil
            case .rightQuote?: opening = false; closing = open != nil
            case .closeGuillemet?: opening = swissGuillemets; closing = !swissGuillemets && open != nil
            default: opening = false; closing = false
            }
            if closing, let start = open {
                let content = TextSpan(tokens[start].span.end, tokens[index].span.begin)
                if index > start + 1 {
                    for token in start...index { quoteAt[token] = quotes.count }
                    quotes.append(Quote(open: start, close: index, content: content))
                }
                open = nil
            } else if opening {
                open = index
            }
        }
        return quotes
    }
}
