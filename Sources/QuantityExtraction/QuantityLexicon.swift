import Foundation
import NewsGraphCore

/// Every list the quantity and date rules read, loaded once from `Lexicons/quantities/` (and, when present,
/// `Lexicons/nouns/nouns-de.tsv` and `Lexicons/rules/events.tsv`).
final class QuantityLexicon: Sendable {
    /// A unit word: its singular nominative, its kind and, for money, the ISO 4217 code.
    ///
    /// A class: the recogniser passes an entry through optionals and tuples, and a struct of three strings was
    /// retained and released string by string at every copy.
    final class UnitEntry: Sendable {
        let unit: String
        let kind: Quantity.Kind
        let currency: String?
        let source: String

        init(unit: String, kind: Quantity.Kind, currency: String?, source: String) {
            self.unit = unit
            self.kind = kind
            self.currency = currency
            self.source = source
        }
    }

    /// A stem that turns a number word into a quantity inside one word (`fünf|tägig|en`).
    struct InternalStem: Sendable {
        let stem: [Unicode.Scalar]
        /// Nil where the stem names no counted thing (`-fach`: `das Achtfache`).
        let unit: String?
        let kind: Quantity.Kind
        let allowsOne: Bool
        /// The provenance of a quantity read on it, made once: made from the stem's scalars for each quantity, it
        /// cost some 6,000 instructions.
        let source: String
    }

    /// How a word takes part in a date expression.
    enum DateRole: String, Sendable {
        case weekday, daypart, season, holiday, relative, deictic, period, extent, hour
    }

    /// What a context word does for the rules (`context-words.tsv`).
    enum ContextRole: String, Sendable {
        case label, stop, clause, fraction, range, rangeOpen = "range-open", after
        case placePreposition = "place-preposition", auxiliary

        /// One bit per role, for `contextRoleBits`: a bit test where `has` read a `Set` per word.
        var bit: UInt16 {
            switch self {
            case .label: return 1 << 0
            case .stop: return 1 << 1
            case .clause: return 1 << 2
            case .fraction: return 1 << 3
            case .range: return 1 << 4
            case .rangeOpen: return 1 << 5
            case .after: return 1 << 6
            case .placePreposition: return 1 << 7
            case .auxiliary: return 1 << 8
            }
        }
    }

    /// An event trigger from `events.tsv`.
    ///
    /// A class: the event rules look triggers up and pass them through optionals and tuples, and a struct of two
    /// strings was retained and released string by string at every copy.
    final class Trigger: Sendable {
        let text: String
        let event: Quantity.Event
        let prefix: Bool
        let source: String
        /// Fires only when the counted noun names persons (`gefasst`, `befreit`, `gehandelt`).
        let personsOnly: Bool
        /// Fires only for an amount of money (`Vermögenswerte von 4,1 Millionen Euro gesichert`, not `2.000
        /// Arbeitsplätze gesichert`).
        let moneyOnly: Bool
        /// A `noun` row: the capitalised noun, not a lower-case word of the same letters (`64 Betroffene`, not `die
        /// betroffenen Firmen`).
        let nounOnly: Bool

        init(
            text: String, event: Quantity.Event, prefix: Bool, source: String, personsOnly: Bool = false,
            moneyOnly: Bool = false, nounOnly: Bool = false
        ) {
            self.text = text
            self.event = event
            self.prefix = prefix
            self.source = source
            self.personsOnly = personsOnly
            self.moneyOnly = moneyOnly
            self.nounOnly = nounOnly
        }
    }

    let numbers: GermanNumberParser
    let multipliers: StringTable<(factor: Double, abbreviation: Bool)>
    /// Modifier phrases in lower case, words joined by one space.
    let modifiers: StringTable<Quantity.Modifier>
    /// The same phrases with their provenance and its tests worked out.
    let modifierEntries: StringTable<ModifierEntry>
    let modifierMaxWords: Int
    /// The first word of every modifier phrase, looked up by bytes (a `Set<String>` hashed each word with SipHash):
    /// a phrase is joined and looked up only when its first word is one.
    let modifierFirstTable: StringTable<Bool>
    /// The last word of every modifier phrase (`als`, `zu`, `mindestens`), for a quick test before `ein`.
    let modifierLastTable: StringTable<Bool>
    /// The keys of the whole modifier phrases: a phrase of simple words whose key is not in it is no modifier, so
    /// `findModifier` makes no string for it.
    let modifierPhraseFilter: WordFilter
    let units: StringTable<UnitEntry>
    /// The singular nominatives of the unit list (`Mal`, `Kilometer`, `Euro`), looked up by bytes.
    let unitLemmaTable: StringTable<Bool>
    let internalStems: [InternalStem]
    /// The length of the shortest stem: a word shorter than it plus three letters of number holds none.
    let shortestInternalStem: Int
    /// The stems' first two scalars (low byte of each) as bits, for `internalStemCandidates`; nil where a stem is
    /// shorter than two or there are more than 64 stems.
    private let internalStemPairs: [UInt64]?
    /// The cell of each stem's first two scalars in `internalStemPairs`, in the stems' order.
    private let internalStemCells: [Int]
    let months: StringTable<Int>
    let dateWords: StringTable<(role: DateRole, value: String?)>
    /// Whether an article of `DateRecognizer.articles`, as written or in lower case, is also a date word.
    let articlesAreDateWords: Bool
    /// The words of `dateWords` for a time of day (`Abend`, `früh`), as scalars, for the weekday compounds
    /// (`Montagabend`); nil where one is not simple (`WordFilter.isSimple`), which only its string compares.
    let daypartWords: [[Unicode.Scalar]]?
    /// Every word a date expression can start with: one set lookup lets most tokens pass quickly.
    let dateOpeners: Set<String>
    /// `dateOpeners` looked up by bytes.
    let dateOpenerWords: StringTable<Bool>
    let dateOpenerTable: OpeningTable
    /// The pass over every token's first tests in one table read (date words, weekdays, number words).
    let openerScreen: OpenerScreen
    /// `dateOpenerTable` over the last scalar: with it, most words are passed over before they are hashed.
    let dateOpenerEndings: OpeningTable
    /// First scalar, last scalar and length together: narrower still, for the pass over every token.
    let dateOpenerEdges: EdgeTable
    /// The relative and deictic date words a sentence's first word may be in lower case (`Gestern`, `Vergangene
    /// Woche`), but `heute`, which `DateRecognizer.match` does not take so: most first words are none, and are
    /// passed over before their keys are worked out.
    let sentenceInitialDateEdges: EdgeTable
    /// Multi-word holidays (`Tag der Deutschen Einheit`), as word lists. `firstKey` is the `WordFilter` key of the
    /// first word where every code point of it is simple, else 0: a simple token with another key is not that word.
    let multiWordHolidays: [(words: [String], value: String?, firstKey: UInt64)]
    let contextRoles: [String: Set<ContextRole>]
    /// `contextRoles` as `ContextRole.bit`s, for `has`.
    private let contextRoleBits: StringTable<UInt16>
    let exactTriggers: StringTable<Trigger>
    /// Nouns that are triggers as the last part of a compound too (`Rekordkaution`, `Parteispende`), match `head`:
    /// their lower-case scalar values, longest first.
    let headTriggers: [(values: [UInt32], trigger: Trigger)]
    /// The heads' last two scalars as a bit table of their folded low bytes (`folded`): a word ending in none of
    /// those pairs ends in no head.
    let headTriggerEndings: [UInt64]
    /// The scalars of `headTriggers`, in their order, read without touching the triggers' strings.
    let headTriggerValues: [[UInt32]]
    /// The slots of `headTriggers` by their last three scalars: a noun ending in `-en` was compared with every head
    /// (14 in `events.tsv`), five of which end so.
    let headBuckets: TriggerBuckets
    let prefixTriggers: [Trigger]
    /// Prefix triggers by their first UTF-8 byte, so a word is tested only against triggers that can match.
    let prefixTriggersByFirstByte: [UInt8: [Trigger]]
    /// Word sequences by their first word (`tödlich verletzt`, `in u-haft`), longest first. `secondKey` is the
    /// `WordFilter` key of the second word where every code point of it is simple, else 0: a simple token after the
    /// first word whose lower-case key differs is not that word (see `EventTriggerMatcher.trigger(at:)`).
    let multiWordTriggers: StringTable<[(words: [String], trigger: Trigger, secondKey: UInt64)]>
    /// Separable verbs (`nahm … fest`, `stellte … sicher`).
    let separableTriggers: [(first: String, second: String, trigger: Trigger)]
    let separableFirstWords: Set<String>
    /// Counted nouns that name persons, for triggers that need persons.
    /// (Tables, not `Set`s: they are asked per quantity, and a `Set` hashed the unit with SipHash each time.)
    let personUnits: StringTable<Bool>
    /// Person lemmas of `nouns/person-nouns.txt` (demonyms, professions), asked by the person-only event triggers.
    let personNouns: StringTable<Bool>
    /// Lower-case heads of counted nouns that name suspects and offenders (`suspect-units.txt`).
    let suspectHeads: [String]
    /// Noun form → lemma, from `nouns/nouns-de.tsv` when another stage's list is there.
    let nounLemmas: NounLemmaTable
    /// Filters over token keys, so that most tokens are turned away before their strings are made and hashed.
    let dateOpenerFilter: WordFilter
    /// The same in 4096 bits, for the pass over every token: it stays in cache.
    let dateOpenerSmallFilter: WordFilter
    let contextFilter: WordFilter
    /// The same in 16,384 bits, for `TokenText.mayBe` (exact whatever its size): it stays in cache.
    let contextSmallFilter: WordFilter
    /// Label words only (`Nr`, `Artikel`): asked before every number.
    let labelFilter: WordFilter
    let unitFilter: WordFilter
    /// Every unit word is in NFC: then a word of code points below U+0300 (NFC too) equals a unit word exactly
    /// when their scalars are equal, and `unitFilter` is exact for it.
    let unitsAreNFC: Bool
    let multiplierFilter: WordFilter
    /// The words after an article that may make it a number or open a date with it: the multipliers (at the same
    /// size as `multiplierFilter`, so that every word it lets through this does too), `bis`, `halbe`, `halben`,
    /// `halbes` and the periods of `DateRecognizer.periodOffset` (see `QuantityExtractor.isBareArticle`).
    let articleNeighbourFilter: WordFilter
    /// Over lower-case keys.
    let modifierLastFilter: WordFilter
    /// Exact and multi-word trigger words, over lower-case keys.
    let triggerWordFilter: WordFilter
    /// First parts of separable verbs, over lower-case keys.
    let separableFilter: WordFilter
    /// The particles of the separable triggers (`fest`, `sicher`), over lower-case keys: most clauses hold none, and
    /// their verbs are not looked for.
    let separableParticleFilter: WordFilter
    /// Whether any prefix trigger starts with this byte.
    let prefixTriggerFirstBytes: [Bool]
    /// `prefixTriggersByFirstByte` flat, read without copying triggers: the entries for first byte `b` run from
    /// `prefixOffsets[b]` to `prefixOffsets[b + 1]`, each as its index in `prefixTriggers`, its scalar count and
    /// its scalars, in the same order.
    let prefixTable: [UInt32]
    let prefixOffsets: [Int]
    /// The entries of `prefixTable` (their places in it) by the first four scalars of their prefixes, for words of
    /// four scalars or more: a word was compared with every prefix sharing its first byte, some ten for `b`, `g`, `v`.
    let prefixBuckets: TriggerBuckets
    /// The first two scalars (folded low bytes, `folded`) of the prefix triggers as a bit table (and the first of
    /// one-scalar ones), so that most words skip the prefix search.
    private let prefixPairs: [UInt64]
    private let prefixSingles: [Bool]
    /// The first four scalars (low bytes) of the prefix triggers of four or more, hashed into a bit table: the
    /// first two let every `ge…`, `be…` and `ver…` word through to the search (14,500 a pass over 10kGNAD, for
    /// 140 found), four turn away most of them. `prefixShortOnly`: some prefix is two or three scalars long, which
    /// the table cannot tell.
    private let prefixQuads: [UInt64]
    private let prefixShortOnly: Bool
    private let hasEmptyPrefix: Bool
    /// The heads' last four scalars (folded low bytes) hashed into a bit table, as `prefixQuads` their first: the
    /// last two let most capitalised words in `-en` through to the whole search for a trigger (some 3,500 a pass
    /// over 10kGNAD that the last four turn away).
    /// `headShortest`: the scalars a word needs to end in a head (the shortest head and three before it); nil if
    /// some head has fewer than four scalars, which the table cannot tell.
    private let headQuads: [UInt64]
    private let headShortest: Int?
    /// `triggerWordFilter` in 16,384 bits, for simple tokens: it stays in cache.
    let triggerWordSmallFilter: WordFilter
    /// The two halves of `triggerWordFilter` apart, for simple tokens (`EventTriggerMatcher.isSurelyNone`): the
    /// exact triggers, and the first words of the word sequences. Most listed words of a sentence are a sequence's
    /// first word alone (`in`, `aus`, `zu`), which the pairs below turn away by the word after them.
    let exactTriggerSmallFilter: WordFilter
    let sequenceFirstSmallFilter: WordFilter
    /// A sequence's first and second word as one key (`sequencePairKey`), for the sequences whose second word is
    /// simple (every one, where `sequencesAllPaired`; else the filter is not asked).
    let sequencePairFilter: WordFilter
    let sequencesAllPaired: Bool

    init(lexicons: LexiconDirectory) throws {
        let folder = "quantities/"
        var atoms: [GermanNumberParser.Atom] = []
        for row in try lexicons.rows(of: folder + "numerals.tsv") where row.fields.count >= 3 {
            guard let value = Double(row.fields[1]), let role = GermanNumberParser.Role(rawValue: String(row.fields[2]))
            else { throw Self.bad(folder + "numerals.tsv", row.line) }
            atoms.append(.init(scalars: Array(String(row.fields[0]).lowercased().unicodeScalars), value: value,
                               role: role))
        }
        numbers = GermanNumberParser(atoms: atoms)

        var multipliers: [String: (factor: Double, abbreviation: Bool)] = [:]
        for row in try lexicons.rows(of: folder + "multipliers.tsv") where row.fields.count >= 3 {
            guard let factor = Double(row.fields[1]) else { throw Self.bad(folder + "multipliers.tsv", row.line) }
            multipliers[String(row.fields[0])] = (factor, row.fields[2] == "yes")
        }
        self.multipliers = StringTable(multipliers)

        var modifiers: [String: Quantity.Modifier] = [:]
        var maxWords = 1
        for row in try lexicons.rows(of: folder + "modifiers.tsv") where row.fields.count >= 2 {
            guard let modifier = Quantity.Modifier(rawValue: String(row.fields[1])) else {
                throw Self.bad(folder + "modifiers.tsv", row.line)
            }
            let phrase = String(row.fields[0]).lowercased()
            modifiers[phrase] = modifier
            maxWords = max(maxWords, phrase.split(separator: " ").count)
        }
        self.modifiers = StringTable(modifiers)
        modifierEntries = StringTable(Dictionary(uniqueKeysWithValues: modifiers.map {
            ($0.key, ModifierEntry(modifier: $0.value, phrase: $0.key))
        }))
        // With `.` for abbreviations (`ca. eine Stunde`); `findModifier` does the full test.
        let modifierLastWords = Set(modifiers.keys.compactMap { $0.split(separator: " ").last.map(String.init) } + ["."])
        modifierMaxWords = maxWords
        let modifierFirstWords = Set(modifiers.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        modifierFirstTable = StringTable(Dictionary(uniqueKeysWithValues: modifierFirstWords.map { ($0, true) }))
        modifierLastTable = StringTable(Dictionary(uniqueKeysWithValues: modifierLastWords.map { ($0, true) }))
        modifierPhraseFilter = WordFilter(words: modifiers.keys)

        var units: [String: UnitEntry] = [:]
        for row in try lexicons.rows(of: folder + "units.tsv") where row.fields.count >= 3 {
            guard let kind = Quantity.Kind(rawValue: String(row.fields[2])) else {
                throw Self.bad(folder + "units.tsv", row.line)
            }
            let currency = row.fields.count > 3 && !row.fields[3].isEmpty ? String(row.fields[3]) : nil
            units[String(row.fields[0])] = UnitEntry(unit: String(row.fields[1]), kind: kind, currency: currency,
                                                     source: "\(folder)units.tsv:\(row.line)")
        }
        // Currencies in use from CLDR (`Naira`, `Kenia-Schilling`), where the hand-kept list has no such form.
        let currencies = folder + "currencies.tsv"
        if FileManager.default.fileExists(atPath: lexicons.url.appendingPathComponent(currencies).path) {
            for row in try lexicons.rows(of: currencies)
            where row.fields.count >= 4 && units[String(row.fields[0])] == nil {
                guard row.fields[2] == "money" else { throw Self.bad(currencies, row.line) }
                units[String(row.fields[0])] = UnitEntry(
                    unit: String(row.fields[1]), kind: .money,
                    currency: row.fields[3].isEmpty ? nil : String(row.fields[3]), source: "\(currencies):\(row.line)")
            }
        }
        self.units = StringTable(units)
        let unitLemmas = Set(units.values.map(\.unit))
        unitLemmaTable = StringTable(Dictionary(uniqueKeysWithValues: unitLemmas.map { ($0, true) }))

        var stems: [InternalStem] = []
        for row in try lexicons.rows(of: folder + "word-internal.tsv") where row.fields.count >= 4 {
            guard let kind = Quantity.Kind(rawValue: String(row.fields[2])) else {
                throw Self.bad(folder + "word-internal.tsv", row.line)
            }
            let unit = row.fields[1] == "-" ? nil : String(row.fields[1])
            stems.append(InternalStem(stem: Array(String(row.fields[0]).unicodeScalars), unit: unit,
                                      kind: kind, allowsOne: row.fields[3] == "yes",
                                      source: "quantity.word-internal:" + String(row.fields[0])))
        }
        internalStems = stems
        shortestInternalStem = stems.map(\.stem.count).min() ?? 0
        var stemPairs: [UInt64]? = stems.count <= 64 ? Array(repeating: 0, count: 256 * 256 / 64) : nil
        var stemCells: [Int] = []
        for stem in stems where stemPairs != nil {
            guard stem.stem.count >= 2 else {
                stemPairs = nil
                break
            }
            let cell = Int(stem.stem[0].value & 0xFF) << 8 | Int(stem.stem[1].value & 0xFF)
            stemPairs?[cell >> 6] |= 1 << UInt64(cell & 63)
            stemCells.append(cell)
        }
        internalStemPairs = stemPairs
        internalStemCells = stemCells

        var months: [String: Int] = [:]
        for row in try lexicons.rows(of: folder + "months.tsv") where row.fields.count >= 2 {
            guard let month = Int(row.fields[1]) else { throw Self.bad(folder + "months.tsv", row.line) }
            months[String(row.fields[0])] = month
        }
        self.months = StringTable(months)

        var dateWords: [String: (DateRole, String?)] = [:]
        var multiWord: [([String], String?)] = []
        for row in try lexicons.rows(of: folder + "date-words.tsv") where row.fields.count >= 2 {
            guard let role = DateRole(rawValue: String(row.fields[1])) else {
                throw Self.bad(folder + "date-words.tsv", row.line)
            }
            let value = row.fields.count > 2 && !row.fields[2].isEmpty ? String(row.fields[2]) : nil
            let words = row.fields[0].split(separator: " ").map(String.init)
            if words.count > 1 { multiWord.append((words, value)) } else { dateWords[words[0]] = (role, value) }
        }
        self.dateWords = StringTable(dateWords)
        articlesAreDateWords = DateRecognizer.articles.contains { dateWords[$0] != nil || dateWords[$0.lowercased()] != nil }
        let dayparts = dateWords.filter { $0.value.0 == .daypart }.keys.map { Array($0.unicodeScalars) }
        daypartWords = dayparts.allSatisfy { !$0.isEmpty && $0.allSatisfy(WordFilter.isSimple) } ? dayparts : nil
        multiWordHolidays = multiWord.map { words, value in
            let first = words[0].unicodeScalars
            return (words, value, first.allSatisfy(WordFilter.isSimple) ? WordFilter.key(of: first) : 0)
        }
        dateOpeners = Set(dateWords.keys).union(months.keys).union(multiWord.map { $0.0[0] })
            .union(DateRecognizer.articles).union(["Jahr", "Jahres"])
        dateOpenerWords = StringTable(Dictionary(uniqueKeysWithValues: dateOpeners.map { ($0, true) }))
        dateOpenerTable = OpeningTable(words: dateOpeners)
        openerScreen = OpenerScreen(dateOpeners: dateOpeners, dateOpenerTable: dateOpenerTable, numbers: numbers)
        dateOpenerEndings = OpeningTable(lastScalarsOf: dateOpeners)
        dateOpenerEdges = EdgeTable(words: dateOpeners)
        sentenceInitialDateEdges = EdgeTable(
            words: dateWords.filter { $0.value.0 == .relative && $0.key != "heute" || $0.value.0 == .deictic }.keys)

        var roles: [String: Set<ContextRole>] = [:]
        for row in try lexicons.rows(of: folder + "context-words.tsv") where row.fields.count >= 2 {
            guard let role = ContextRole(rawValue: String(row.fields[1])) else {
                throw Self.bad(folder + "context-words.tsv", row.line)
            }
            roles[String(row.fields[0]), default: []].insert(role)
        }
        contextRoles = roles
        contextRoleBits = StringTable(roles.mapValues { $0.reduce(0) { $0 | $1.bit } })

        var exact: [String: Trigger] = [:]
        var multi: [String: [(words: [String], trigger: Trigger)]] = [:]
        var separable: [(first: String, second: String, trigger: Trigger)] = []
        var prefix: [Trigger] = []
        var heads: [(values: [UInt32], trigger: Trigger)] = []
        var personOnly: Set<String> = []
        var moneyOnly: Set<String> = []
        let fm = FileManager.default
        // The shared list wins; the own list fills gaps (both: trigger<TAB>event<TAB>exact|prefix, compared in
        // lower case; `a b` is a word sequence, `a … b` a separable verb with words between its parts).
        for file in ["rules/events.tsv", folder + "event-triggers.tsv"]
        where fm.fileExists(atPath: lexicons.url.appendingPathComponent(file).path) {
            // `# AMBIGUOUS (gefasst): ... - persons only` marks triggers that need persons; `weak` ones are left out.
            for line in try lexicons.text(of: file).split(separator: "\n") where line.hasPrefix("# AMBIGUOUS (") {
                guard let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") else { continue }
                let words = line[line.index(after: open)..<close].split(separator: "/")
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -")).lowercased() }
                let note = line[close...]
                if note.contains("weak") || note.contains("persons") && !note.contains("count") {
                    for word in words { personOnly.insert(note.contains("weak") ? "weak:" + word : word) }
                }
                if note.contains("money only") { moneyOnly.formUnion(words) }
            }
            for row in try lexicons.rows(of: file) where row.fields.count >= 2 {
                guard let event = Quantity.Event(rawValue: String(row.fields[1]).trimmingCharacters(in: .whitespaces))
                else { continue }
                let text = String(row.fields[0]).trimmingCharacters(in: .whitespaces).lowercased()
                let isPrefix = row.fields.count > 2 && row.fields[2].hasPrefix("prefix")
                if personOnly.contains("weak:" + text) { continue }
                let trigger = Trigger(text: text, event: event, prefix: isPrefix, source: "\(file):\(row.line)",
                                      personsOnly: personOnly.contains(text), moneyOnly: moneyOnly.contains(text),
                                      nounOnly: row.fields.count > 2 && row.fields[2].hasPrefix("noun"))
                if text.contains("…") {
                    let parts = text.split(separator: "…").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2,
                        !separable.contains(where: { $0.first == parts[0] && $0.second == parts[1] }) else { continue }
                    separable.append((parts[0], parts[1], trigger))
                } else if text.contains(" ") {
                    let words = text.split(separator: " ").map(String.init)
                    if !(multi[words[0]]?.contains { $0.words == words } ?? false) {
                        multi[words[0], default: []].append((words, trigger))
                    }
                } else if isPrefix {
                    if !prefix.contains(where: { $0.text == text }) { prefix.append(trigger) }
                } else {
                    if exact[text] == nil { exact[text] = trigger }
                    if row.fields.count > 2, row.fields[2].hasPrefix("head"),
                       !heads.contains(where: { $0.trigger.text == text }) {
                        heads.append((text.unicodeScalars.map(\.value), trigger))
                    }
                }
            }
        }
        exactTriggers = StringTable(exact)
        let sortedHeads = heads.sorted { $0.values.count > $1.values.count }
        headTriggers = sortedHeads
        var endings = Array(repeating: UInt64(0), count: 256 * 256 / 64)
        for head in heads {
            let values = head.values
            guard let last = values.last else {
                // An empty head ends every word.
                endings = Array(repeating: ~0, count: endings.count)
                break
            }
            // A one-scalar head may follow any scalar.
            let befores = values.count >= 2 ? [Int(values[values.count - 2] & 0xFF)] : Array(0..<256)
            for before in befores {
                let cell = Self.foldedPair(UInt32(before), last)
                endings[cell >> 6] |= 1 << UInt64(cell & 63)
            }
        }
        headTriggerEndings = endings
        var headQuadBits = Array(repeating: UInt64(0), count: Self.prefixQuadBits / 64)
        for head in heads where head.values.count >= 4 {
            let values = head.values
            let end = values.count
            let cell = Self.prefixQuadCell(values[end - 4], values[end - 3], values[end - 2], values[end - 1])
            headQuadBits[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        headQuads = headQuadBits
        headShortest = heads.contains { $0.values.count < 4 } ? nil : (heads.map(\.values.count).min() ?? 0) + 3
        headTriggerValues = sortedHeads.map(\.values)
        headBuckets = TriggerBuckets(keys: headTriggerValues.map { values in
            let count = values.count
            return count < 3 ? nil : TriggerBuckets.key(values[count - 3], values[count - 2], values[count - 1], 0)
        }, members: headTriggerValues.indices.map(Int32.init))
        multiWordTriggers = StringTable(multi.mapValues { sequences in
            sequences.sorted { $0.words.count > $1.words.count }.map { sequence in
                let second = sequence.words.count > 1 ? sequence.words[1].unicodeScalars : "".unicodeScalars
                let simple = !second.isEmpty && second.allSatisfy(WordFilter.isSimple)
                return (sequence.words, sequence.trigger, simple ? WordFilter.key(of: second) : 0)
            }
        })
        separableTriggers = separable
        separableFirstWords = Set(separable.map(\.first))
        prefixTriggers = prefix.sorted { $0.text.count > $1.text.count }
        prefixTriggersByFirstByte = Dictionary(grouping: prefixTriggers) { $0.text.utf8.first ?? 0 }

        let nounFile = "nouns/nouns-de.tsv"
        let nounURL = lexicons.url.appendingPathComponent(nounFile)
        nounLemmas = fm.fileExists(atPath: nounURL.path)
            ? NounLemmaTable(file: try TSVFile(lexicons: lexicons, file: nounFile)) : NounLemmaTable()

        var persons = Set(try lexicons.words(of: folder + "person-units.txt"))
        // The person nouns of the noun lexicon (`Kenianer`, `Lehrerin`, `Tatverdächtige`): for the events that
        // happen to persons only; as antecedents of bare numbers they reached too far (`12,55 der Arbeitgeber`).
        let personNounFile = "nouns/person-nouns.txt"
        var people = fm.fileExists(atPath: lexicons.url.appendingPathComponent(personNounFile).path)
            ? try lexicons.words(of: personNounFile) : []
        // The demonyms the entity stage keeps out of names (`Filipinos`, `Kenianer`, `Rohingya`) name persons too.
        let demonymFile = "rules/nationality-adjectives.txt"
        if fm.fileExists(atPath: lexicons.url.appendingPathComponent(demonymFile).path) {
            people += try lexicons.words(of: demonymFile).filter { $0.first?.isUppercase == true }
        }
        personNouns = StringTable(words: people)
        let rolesFile = "nouns/roles.tsv"
        if fm.fileExists(atPath: lexicons.url.appendingPathComponent(rolesFile).path) {
            for row in try lexicons.rows(of: rolesFile) where row.fields.count >= 2 {
                persons.insert(String(row.fields[1]))
            }
        }
        personUnits = StringTable(words: persons)
        let suspectFile = folder + "suspect-units.txt"
        suspectHeads = fm.fileExists(atPath: lexicons.url.appendingPathComponent(suspectFile).path)
            ? try lexicons.words(of: suspectFile).map { $0.lowercased() } : []
        dateOpenerFilter = WordFilter(words: dateOpeners)
        dateOpenerSmallFilter = WordFilter(words: dateOpeners, bitCount: 1 << 12)
        contextFilter = WordFilter(words: roles.keys)
        contextSmallFilter = WordFilter(words: roles.keys, bitCount: 1 << 14)
        labelFilter = WordFilter(words: roles.filter { $0.value.contains(.label) }.keys)
        unitFilter = WordFilter(words: units.keys)
        unitsAreNFC = units.keys.allSatisfy { $0.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual($0.unicodeScalars) }
        multiplierFilter = WordFilter(words: multipliers.keys)
        articleNeighbourFilter = WordFilter(words: Array(multipliers.keys) + QuantityExtractor.articleNeighbours)
        modifierLastFilter = WordFilter(words: modifierLastWords)
        triggerWordFilter = WordFilter(words: Array(exact.keys) + Array(multi.keys))
        separableFilter = WordFilter(words: separableFirstWords)
        separableParticleFilter = WordFilter(words: separable.map(\.second), bitCount: 1 << 12)
        var firstBytes = Array(repeating: false, count: 256)
        for trigger in prefixTriggers { firstBytes[Int(trigger.text.utf8.first ?? 0)] = true }
        prefixTriggerFirstBytes = firstBytes
        var table: [UInt32] = []
        var offsets: [Int] = []
        var prefixKeys: [Int?] = []
        var prefixPlaces: [Int32] = []
        for byte in 0..<256 {
            offsets.append(table.count)
            for (position, trigger) in prefixTriggers.enumerated() where Int(trigger.text.utf8.first ?? 0) == byte {
                // (An empty prefix, under byte 0, is met only by words starting with that byte, which are left to
                // the scan.)
                let values = trigger.text.unicodeScalars.map(\.value)
                if !values.isEmpty {
                    prefixKeys.append(values.count < 4 ? nil
                        : TriggerBuckets.key(values[0], values[1], values[2], values[3]))
                    prefixPlaces.append(Int32(table.count))
                }
                table.append(UInt32(position))
                table.append(UInt32(trigger.text.unicodeScalars.count))
                table.append(contentsOf: trigger.text.unicodeScalars.map(\.value))
            }
        }
        offsets.append(table.count)
        prefixTable = table
        prefixOffsets = offsets
        prefixBuckets = TriggerBuckets(keys: prefixKeys, members: prefixPlaces)
        var pairs = Array(repeating: UInt64(0), count: 256 * 256 / 64)
        var singles = Array(repeating: false, count: 256)
        var empty = false
        for trigger in prefixTriggers {
            let scalars = Array(trigger.text.unicodeScalars)
            if scalars.isEmpty {
                empty = true
            } else if scalars.count == 1 {
                singles[Self.folded(scalars[0].value)] = true
            } else {
                let cell = Self.foldedPair(scalars[0].value, scalars[1].value)
                pairs[cell >> 6] |= 1 << UInt64(cell & 63)
            }
        }
        prefixPairs = pairs
        prefixSingles = singles
        var quads = Array(repeating: UInt64(0), count: Self.prefixQuadBits / 64)
        var shortOnly = false
        for trigger in prefixTriggers {
            let scalars = Array(trigger.text.unicodeScalars)
            if scalars.count == 2 || scalars.count == 3 { shortOnly = true }
            guard scalars.count >= 4 else { continue }
            let cell = Self.prefixQuadCell(scalars[0].value, scalars[1].value, scalars[2].value, scalars[3].value)
            quads[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        prefixQuads = quads
        prefixShortOnly = shortOnly
        hasEmptyPrefix = empty
        triggerWordSmallFilter = WordFilter(words: Array(exact.keys) + Array(multi.keys), bitCount: 1 << 14)
        exactTriggerSmallFilter = WordFilter(words: exact.keys, bitCount: 1 << 14)
        sequenceFirstSmallFilter = WordFilter(words: multi.keys, bitCount: 1 << 12)
        var sequencePairs: [UInt64] = []
        var allPaired = true
        for (first, sequences) in multi {
            let firstKey = WordFilter.key(of: first.unicodeScalars)
            for sequence in sequences {
                // (As `multiWordTriggers` keys the second word.)
                let second = sequence.words.count > 1 ? sequence.words[1].unicodeScalars : "".unicodeScalars
                guard !second.isEmpty && second.allSatisfy(WordFilter.isSimple) else {
                    allPaired = false
                    continue
                }
                sequencePairs.append(Self.sequencePairKey(firstKey, WordFilter.key(of: second)))
            }
        }
        sequencePairFilter = WordFilter(keys: sequencePairs, bitCount: 1 << 12)
        sequencesAllPaired = allPaired
    }

    /// The key of a word and the word after it (their `WordFilter` keys) for `sequencePairFilter`.
    @inline(__always)
    static func sequencePairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        WordFilter.finishedKey((first &* 0x9E37_79B9_7F4A_7C15) ^ second)
    }

    /// Whether a word whose first scalars, in either case, are `first` … `fourth` (nil: the word is shorter) may
    /// start with a prefix trigger; `false` is sure.
    func mayStartPrefixTrigger(first: UInt32, second: UInt32?, third: UInt32?, fourth: UInt32?) -> Bool {
        let values = [first, second, third, fourth].compactMap { $0 }
        return mayStartPrefixTrigger(count: values.count) { values[$0] }
    }

    /// `mayStartPrefixTrigger(first:second:third:fourth:)` for a word of `count` scalars whose scalar at an offset
    /// `scalar` gives (asked for the first four at most, each only once the ones before let the word through).
    /// Either case will do: the tables hold folded bytes, so no scalar is lower-cased, which took some 25
    /// instructions a word for the three after the first, most of them never needed. (Inlined: asked of some
    /// 23,000 words a pass, the call cost as much.)
    @inline(__always)
    func mayStartPrefixTrigger(count: Int, scalar: (Int) -> UInt32) -> Bool {
        let first = scalar(0)
        if hasEmptyPrefix || prefixSingles[Self.folded(first)] { return true }
        guard count > 1 else { return false }
        let second = scalar(1)
        let cell = Self.foldedPair(first, second)
        guard prefixPairs[cell >> 6] & (1 << UInt64(cell & 63)) != 0 else { return false }
        if prefixShortOnly { return true }
        guard count > 3 else { return false }
        let quad = Self.prefixQuadCell(first, second, scalar(2), scalar(3))
        return prefixQuads[quad >> 6] & (1 << UInt64(quad & 63)) != 0
    }

    /// Whether a capitalised word of `count` scalars, read by `scalar` at an offset as written, may end in a head
    /// trigger (`EventTriggerMatcher.headTrigger`); `false` is sure. Inlined as `mayStartPrefixTrigger` is.
    @inline(__always)
    func mayEndInHeadTrigger(count: Int, scalar: (Int) -> UInt32) -> Bool {
        guard !headTriggers.isEmpty, count >= 2 else { return false }
        let last = scalar(count - 1)
        let beforeLast = scalar(count - 2)
        let cell = Self.foldedPair(beforeLast, last)
        guard headTriggerEndings[cell >> 6] & (1 << UInt64(cell & 63)) != 0 else { return false }
        guard let shortest = headShortest else { return true }
        guard count >= shortest else { return false }
        let quad = Self.prefixQuadCell(scalar(count - 4), scalar(count - 3), beforeLast, last)
        return headQuads[quad >> 6] & (1 << UInt64(quad & 63)) != 0
    }

    /// A scalar's low byte with bit 5 set: a Latin-1 capital (`A`–`Z`, `À`–`Þ` but `×`) and its lower case, 32
    /// above it, fold to the same byte, and no scalar that lower-casing one by one leaves alone changes its folded
    /// byte. The bit tables over folded bytes are read with a word's scalars as written, lower-cased or not, and
    /// turn away what they turned away over lower-cased low bytes but the few words that differ from a trigger in
    /// bit 5 alone (`[` for `{`), which the search after them turns away.
    @inline(__always)
    static func folded(_ value: UInt32) -> Int {
        Int(truncatingIfNeeded: value & 0xFF | 0x20)
    }

    /// The cell of two scalars in a bit table of folded byte pairs.
    @inline(__always)
    static func foldedPair(_ first: UInt32, _ second: UInt32) -> Int {
        folded(first) << 8 | folded(second)
    }

    private static let prefixQuadBits = 1 << 14

    private static func prefixQuadCell(_ first: UInt32, _ second: UInt32, _ third: UInt32, _ fourth: UInt32) -> Int {
        var hash = UInt32(folded(first)) &* 0x9E37_79B1 ^ UInt32(folded(second)) &* 0x85EB_CA6B
            ^ UInt32(folded(third)) &* 0xC2B2_AE35 ^ UInt32(folded(fourth)) &* 0x27D4_EB2F
        hash ^= hash >> 15
        return Int(truncatingIfNeeded: hash & UInt32(prefixQuadBits - 1))
    }

    func has(_ word: String, _ role: ContextRole) -> Bool {
        (contextRoleBits[word] ?? 0) & role.bit != 0
    }

    /// `has(tokens.lowered(index), role)`, looked up by the token's lower-case key where that is known: no string
    /// made and none hashed.
    func has(loweredToken index: Int, of tokens: TokenText, _ role: ContextRole) -> Bool {
        (contextRoleBits.value(loweredToken: index, of: tokens) ?? 0) & role.bit != 0
    }

    /// `has` for a token as written, its string made only when the filter lets it through.
    func has(token index: Int, of tokens: TokenText, _ role: ContextRole) -> Bool {
        (role == .label ? labelFilter : contextFilter).mayContain(tokens.key(index))
            && contextBits(token: index, of: tokens) & role.bit != 0
    }

    /// `tokens.mayBe(index, in: contextSmallFilter) && has(tokens.text(index), role)`: the token's roles worked out
    /// once and kept for it, as the event rules ask for the same tokens once per quantity near them.
    func hasListed(token index: Int, of tokens: TokenText, _ role: ContextRole) -> Bool {
        contextBits(token: index, of: tokens) & role.bit != 0
    }

    /// `contextRoleBits` of the token as written (exact: the filter only spares strings of tokens surely not listed).
    private func contextBits(token index: Int, of tokens: TokenText) -> UInt16 {
        tokens.contextBits(index) {
            tokens.mayBe(index, in: contextSmallFilter) ? contextRoleBits.value(token: index, of: tokens) ?? 0 : 0
        }
    }

    /// The stems that may occur in `scalars` from `start` on, as bits by their place in `internalStems` (every
    /// bit where the table cannot tell): those whose first two scalars (low bytes) stand next to each other there.
    /// Most number words hold no stem, and the rest one or two: each stem was searched for in every word whose
    /// pairs held any stem's, fourteen searches a word.
    func internalStemCandidates(_ scalars: [Unicode.Scalar], from start: Int) -> UInt64 {
        guard let pairs = internalStemPairs else { return ~0 }
        return pairs.withUnsafeBufferPointer { pairs in
            scalars.withUnsafeBufferPointer { scalars in
                var candidates: UInt64 = 0
                var position = start + 1
                while position < scalars.count {
                    let cell = Int(scalars[position - 1].value & 0xFF) << 8 | Int(scalars[position].value & 0xFF)
                    if pairs[cell >> 6] & (1 << UInt64(cell & 63)) != 0 {
                        for (stem, stemCell) in internalStemCells.enumerated() where stemCell == cell {
                            candidates |= 1 << UInt64(stem)
                        }
                    }
                    position += 1
                }
                return candidates
            }
        }
    }

    /// Whether the counted noun names suspects or offenders, also as a compound's head (`Tatverdächtige`).
    func isSuspect(_ unit: String) -> Bool {
        let lower = unit.lowercased()
        return suspectHeads.contains { lower.hasSuffix($0) }
    }

    /// The unit entry of a token as written.
    func unit(token index: Int, of tokens: TokenText) -> UnitEntry? {
        unitFilter.mayContain(tokens.key(index)) ? units.value(token: index, of: tokens) : nil
    }

    /// Whether the token in lower case ends a modifier phrase.
    func endsModifier(token index: Int, of tokens: TokenText) -> Bool {
        modifierLastFilter.mayContain(tokens.lowerKey(index))
            && modifierLastTable.value(loweredToken: index, of: tokens) != nil
    }

    private static func bad(_ file: String, _ line: Int) -> NewsGraphError {
        NewsGraphError(.badLexicon, path: file, message: "line \(line): unreadable row")
    }

    /// Whether `unit` ends in a listed noun of persons (`personUnits`) after `prefix` scalars at least, the head
    /// `head` scalars at least (`Zwangsarbeiter` on `Arbeiter`, `Bandenmitglied` on `Mitglied`).
    func endsInPersonUnit(_ unit: String, prefix: Int, head: Int) -> Bool {
        let scalars = unit.unicodeScalars
        let count = scalars.count
        guard count >= prefix + head else { return false }
        // A simple unit's heads are looked up from a copy of its scalars, each head's first upper-cased in place
        // (then a character is a code point, and upper-casing it one code point): made as strings, upper-cased,
        // joined and hashed, they cost some 300 instructions a cut.
        var simple = scalars.allSatisfy(WordFilter.isSimple) ? Array(scalars) : []
        // Each other head copied out of the unit's own scalars: appended scalar by scalar to a new view, it cost
        // thousands of instructions a cut.
        var start = scalars.index(scalars.startIndex, offsetBy: prefix)
        for cut in prefix...(count - head) {
            if !simple.isEmpty, let upper = UnitLemmatizer.simpleUppercase(simple[cut]) {
                let found = simple.withUnsafeMutableBufferPointer { heads in
                    let first = heads[cut]
                    heads[cut] = upper
                    defer { heads[cut] = first }
                    return personUnits.value(simpleScalars: UnsafeBufferPointer(rebasing: heads[cut...])) != nil
                }
                if found { return true }
            } else {
                let text = String(scalars[start...])
                if personUnits.contains(text.prefix(1).uppercased() + text.dropFirst()) { return true }
            }
            scalars.formIndex(after: &start)
        }
        return false
    }
}
