import NewsGraphCore

/// The word lists the name rules read (common nouns, role words, first names, designations, …), as sets of
/// case-folded keys, each loaded from the list `lists.def` gives for its role.
struct WordLists: Sendable {
    var commonNouns: KeySet = []
    var roles: KeySet = []
    var firstNames: KeySet = []
    var surnames: KeySet = []
    var orgDesignations: KeySet = []
    /// A designation's forms (folded key) to its abbreviation's position in `designationAcronymKeys`
    /// (`Landeskriminalamts` → `LKA`).
    var designationAcronyms = KeyTable()
    /// The abbreviations' exact keys.
    var designationAcronymKeys: [WordKey] = []
    /// Noun forms in `-n` that are no lemma (`Bayern` of `Bayer`, `Hessen` of `Hesse`): plurals and weak forms,
    /// which take no genitive `-s`, so `Bayerns` can only be the place's genitive.
    var inflectedNounsInN: KeySet = []
    var orgTypeWords: KeySet = []
    var placeTypes: KeySet = []
    /// Place types, for compounds that end in one (`Küstenstadt`, `Hafenstadt`).
    var placeTypeSuffixes = SuffixSet()
    /// Organisation type words as the last part of a compound (`Islamistengruppe`, `Drogeriemarktkette`).
    var orgTypeSuffixes = SuffixSet()
    /// Role words, for compounds that end in one (`Polizeisprecher`, `Privatbeteiligtenvertreterin`).
    var roleSuffixes = SuffixSet()
    /// Professions and nationality nouns that cue a following name (`Forscher`, `Brite`), also as compound ends.
    var descriptionNouns: KeySet = []
    var descriptionSuffixes = SuffixSet()
    /// Nouns for people (`Archäologin`, `Angeklagte`), from the noun list: asked only where a phrase after a speech
    /// verb may describe its speaker (`berichtet die Archäologin Kat Szabo`), so they carry no word class.
    var personNouns: KeySet = []
    /// Facility and quarter words that make a town's adjective before them one place (`Wiener Flughafen`), also as
    /// compound ends (`Hauptbahnhof`).
    var facilityHeads = SuffixSet()
    /// Institution words that make a person's full name joined to them by hyphens one organisation
    /// (`Max-Planck-Institut`).
    var institutionHeads = SuffixSet()
    /// Last words of long forms before an acronym that name a thing, an event or an agreement, not a body
    /// (`Large Hadron Collider (LHC)`): whole words, and the longer ones also as compound ends (`Taktfahrplan`).
    var nonOrganisationHeads: KeySet = []
    var nonOrganisationHeadEnds = SuffixSet()
    var personTitles: KeySet = []
    var nationalityAdjectives: KeySet = []
    var speechVerbs: KeySet = []
    /// Country codes (`GER`, `FRA`; exact key) with the canonical name of their country, from the `country-codes`
    /// list, for `MentionResolver.markCountryCodes`.
    var countryCodes: [(code: WordKey, country: String)] = []
    /// Swiss canton codes (`ZH`, `BS`; exact key) with the canonical name of their canton, from the `canton-codes`
    /// list, for `MentionResolver.markCantonCodes`.
    var cantonCodes: [(code: WordKey, country: String)] = []
    /// East Asian family names and given-name syllables, from the `east-asian-names` list (nil without one).
    var eastAsianNames: EastAsianNames?
    /// Legal forms without white space, as written (`GmbH`, `e.V.`, `GmbH&Co.KG`).
    var legalForms: [[Unicode.Scalar]] = [] {
        didSet {
            legalFormsByInitial = [[[Unicode.Scalar]]](repeating: [], count: 0x250)
            legalFormPrefixes = []
            for form in legalForms {
                for end in form.indices { legalFormPrefixes.insert(WordKey(form[...end], folded: false)) }
                if let first = form.first, first.value < 0x250 { legalFormsByInitial[Int(first.value)].append(form) }
            }
        }
    }
    /// Every prefix of every legal form, exact case: a token that starts a legal form is one of them in full,
    /// so most tokens are ruled out by one look-up.
    private(set) var legalFormPrefixes = KeySet()
    /// Legal forms by first letter (Latin only): most tokens are ruled out by one array read
    /// (`RuleWords.legalForms(startingWith:)`).
    private(set) var legalFormsByInitial = [[[Unicode.Scalar]]](repeating: [], count: 0x250)
    /// Membership bits (`WordClass`) of the small lists and the function words by folded key: a token's classes
    /// cost one look-up instead of one per list. Filled by `indexClasses()` once all lists are loaded.
    private(set) var classTable = KeyTable()
    /// One bit per hash of a key in `classTable` (32 KB, stays in cache): most words of running text are in no
    /// list, and this answers them without a probe of the table, which was most of the cost of a token's facts.
    private(set) var classFilter = [UInt64](filled: 0, count: 1 << 12)

    /// The bit of `key` in `classFilter`: its top 18 bits.
    @inline(__always)
    static func filterBit(_ key: WordKey) -> Int { Int(truncatingIfNeeded: key.raw >> 46) }

    private static func addToFilter(_ filter: inout [UInt64], _ key: WordKey) {
        let bit = filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    /// Whether an end of `word` that starts at least `skipping` code points in and is at least `minimum` long is a
    /// common noun (`Industriehochburgen` ends in `burgen`, `Militär` in `militär`): a compound of a noun.
    func hasCommonNounEnd(_ word: ArraySlice<Unicode.Scalar>, skipping: Int, minimum: Int) -> Bool {
        Self.hasEnd(word, in: commonNouns, skipping: skipping, minimum: minimum)
    }

    /// `hasCommonNounEnd(_:skipping:minimum:)` for a set held apart (`RuleWords.commonNouns`).
    @inline(__always)
    static func hasEnd(_ word: ArraySlice<Unicode.Scalar>, in nouns: KeySet, skipping: Int, minimum: Int) -> Bool {
        var start = word.startIndex + skipping
        while word.endIndex - start >= minimum {
            if nouns.contains(WordKey(word[start...], folded: true)) { return true }
            start += 1
        }
        return false
    }

    func classes(of key: WordKey) -> UInt16 { UInt16(truncatingIfNeeded: classTable[key] ?? 0) }

    /// Adds `bit` to the classes of `keys`, after `indexClasses()`.
    mutating func addClass(_ bit: UInt16, to keys: KeySet) {
        keys.forEach { key in
            classTable.set(key, (classTable[key] ?? 0) | Int32(bit))
            Self.addToFilter(&classFilter, key)
        }
    }

    mutating func indexClasses() {
        var starts = KeySet()
        for form in legalForms {
            for end in form.indices { starts.insert(WordKey(form[...end], folded: true)) }
        }
        let sets: [(KeySet, UInt16)] = [
            (FunctionWords.keys, WordClass.function), (firstNames, WordClass.firstName), (surnames, WordClass.surname),
            (roles, WordClass.role), (descriptionNouns, WordClass.description),
            (orgTypeWords, WordClass.orgTypeWord), (placeTypes, WordClass.placeType),
            (nationalityAdjectives, WordClass.nationality), (personTitles, WordClass.personTitle),
            (speechVerbs, WordClass.speechVerb), (orgDesignations, WordClass.designation),
            (starts, WordClass.legalFormStart), (FunctionWords.personLinks, WordClass.personLink),
            (KeySet(NameRules.mastheadWords.split(separator: " ").map { WordKey($0, folded: true) }), WordClass.masthead),
            (KeySet(NameRules.clubPrefixWords.split(separator: " ").map { WordKey($0, folded: true) }),
                WordClass.clubPrefix),
        ]
        // Room for every key at once: the sets hand their keys over in the order of their own slots, and a
        // smaller table filled in that order piles them into one long run (the 45,000 first names made this a
        // quadratic three billion instructions).
        var table = KeyTable(capacity: sets.reduce(0) { $0 + $1.0.count })
        var filter = [UInt64](filled: 0, count: 1 << 12)
        // A loop here, not a nested function: one that captured the table and filter sent every key through the
        // run-time exclusivity checks, on the thread the other loading thread's work waits for.
        for (set, bit) in sets {
            set.forEach { key in
                table.set(key, (table[key] ?? 0) | Int32(bit))
                Self.addToFilter(&filter, key)
            }
        }
        classTable = table
        classFilter = filter
    }

    /// Roles of word lists this build knows; a `lists.def` row with another role is an error.
    static let knownRoles: Set<String> = [
        "common-nouns", "roles", "first-names", "surnames", "org-designations", "org-type-words", "place-types",
        "person-titles", "nationality-adjectives", "speech-verbs", "legal-forms",
        "description-nouns", "facility-heads", "institution-heads", "non-organisation-heads", "country-codes",
        "canton-codes", "east-asian-names",
    ]

    private static func merge(_ target: inout KeySet, _ keys: KeySet) {
        if target.isEmpty { target = keys } else { target.formUnion(keys) }
    }

    mutating func load(_ list: ListIndex.Entry, lexicons: LexiconDirectory) throws {
        try load(list, rows: try TSVFile(lexicons: lexicons, file: list.file))
    }

    /// Loads one word list already read.
    mutating func load(_ list: ListIndex.Entry, rows reader: TSVFile) throws {
        var collected: [WordKey] = []
        // Rows are 20 bytes and more; counting lines first would cost a pass over megabytes.
        collected.reserveCapacity(reader.bytes.count / 16)
        let isCommonNouns = list.role == "common-nouns"
        var inflectedInN: [WordKey] = []
        var texts: [String] = []
        let keepText = list.role == "place-types" || list.role == "legal-forms" || list.role == "roles"
            || list.role == "description-nouns" || list.role == "org-type-words" || list.role == "facility-heads"
            || list.role == "institution-heads" || list.role == "person-titles"
            || list.role == "non-organisation-heads"
        var previous = WordKey(raw: 0)
        let isSpeechVerbs = list.role == "speech-verbs"
        // The nationality list gives adjectives as lower-case stems (`griechisch`): every inflected form counts,
        // capitalised too (`Verband Griechischer Reeder`).
        let isAdjectiveStems = list.role == "nationality-adjectives"
        let isDesignations = list.role == "org-designations"
        var acronyms: [(form: WordKey, acronym: WordKey)] = []
        let isCountryCodes = list.role == "country-codes" || list.role == "canton-codes"
        var codes: [(code: WordKey, country: String)] = []
        let isEastAsianNames = list.role == "east-asian-names"
        var eastAsianRows: [(kind: String, text: String, tradition: String)] = []
        reader.bytes.withUnsafeBufferPointer { bytes in
            let rows = ListRows(bytes: bytes)
            rows.forEachRow { row in
                let form = rows.trimmed(row[0])
                guard !form.isEmpty else { return }
                if isCountryCodes {
                    if row.count > 1 { codes.append((WordKey(utf8: bytes, form, folded: false), rows.string(row[1]))) }
                    return
                }
                if isEastAsianNames {
                    if row.count > 2 {
                        eastAsianRows.append((rows.string(row[0]), rows.string(row[1]), rows.string(row[2])))
                    }
                    return
                }
                // Speech verbs: separable-verb rows and their bare particles (`mit`, `aus`) are no cue on their own.
                if isSpeechVerbs {
                    if row.count > 1 && rows.equals(row[1], "particle") { return }
                    let text = rows.string(row[0])
                    // (But the finite verb of `teilte … mit`, the commonest report, is one: `Das teilte Chou Bun Eng
                    // am Montag mit` names a person, as `Das sagte …` does.)
                    if text.hasPrefix("separable:"), text.hasSuffix(":mit") {
                        let finite = text.dropFirst("separable:".count).dropLast(":mit".count)
                        collected.append(WordKey(String(finite), folded: true))
                        return
                    }
                    if text.hasPrefix("separable:") || text.contains(" ") { return }
                }
                // Inflection tables repeat a form on neighbouring rows; skipping repeats saves random memory writes.
                let key = WordKey(utf8: bytes, form, folded: true)
                if key != previous { collected.append(key) }
                previous = key
                if isCommonNouns, row.count > 1, bytes[form.upperBound - 1] == UInt8(ascii: "n") {
                    let lemma = rows.trimmed(row[1])
                    if !bytes[form].elementsEqual(bytes[lemma]) { inflectedInN.append(key) }
                }
                if isAdjectiveStems, bytes[form.lowerBound] >= 0x61 {
                    let stem = rows.string(row[0])
                    guard stem.first?.isLowercase == true else { return }
                    for ending in ["e", "en", "er", "es", "em"] {
                        collected.append(WordKey(stem + ending, folded: true))
                    }
                }
                if keepText { texts.append(rows.string(row[0])) }
                if isDesignations, row.count > 2, case let acronym = rows.trimmed(row[2]), !acronym.isEmpty {
                    acronyms.append((key, WordKey(utf8: bytes, acronym, folded: false)))
                }
            }
        }
        let keys = KeySet(bulk: collected)
        switch list.role {
        case "common-nouns":
            Self.merge(&commonNouns, keys)
            Self.merge(&inflectedNounsInN, KeySet(bulk: inflectedInN))
        case "roles":
            Self.merge(&roles, keys)
            // Four letters are enough for `Chef`, `Emir`, `Imam`: every compound in them is a role (`Teamchef`,
            // `Eurogruppenchef`); the shorter `Rat` would take `Vorrat` and `Heirat`.
            for text in texts where text.unicodeScalars.count >= 4 { roleSuffixes.insert(text.unicodeScalars) }
        case "description-nouns":
            Self.merge(&descriptionNouns, keys)
            for text in texts where text.unicodeScalars.count >= 5 { descriptionSuffixes.insert(text.unicodeScalars) }
        case "first-names": Self.merge(&firstNames, keys)
        case "surnames": Self.merge(&surnames, keys)
        case "org-designations":
            Self.merge(&orgDesignations, keys)
            for (form, acronym) in acronyms {
                let position = designationAcronymKeys.firstIndex(of: acronym) ?? designationAcronymKeys.count
                if position == designationAcronymKeys.count { designationAcronymKeys.append(acronym) }
                designationAcronyms.set(form, Int32(position))
            }
        case "org-type-words":
            Self.merge(&orgTypeWords, keys)
            // `-stiftung`: an ending only (`Menschenrechtsstiftung`), as `Stiftung` alone heads a name.
            for text in texts where text.unicodeScalars.count >= 5 {
                orgTypeSuffixes.insert(text.hasPrefix("-") ? text.unicodeScalars.dropFirst() : text.unicodeScalars[...])
            }
        case "place-types":
            Self.merge(&placeTypes, keys)
            for text in texts where text.unicodeScalars.count >= 4 { placeTypeSuffixes.insert(text.unicodeScalars) }
        case "facility-heads": for text in texts { facilityHeads.insert(text.unicodeScalars) }
        case "institution-heads": for text in texts { institutionHeads.insert(text.unicodeScalars) }
        case "non-organisation-heads":
            Self.merge(&nonOrganisationHeads, keys)
            for text in texts where text.unicodeScalars.count >= 5 {
                nonOrganisationHeadEnds.insert(text.unicodeScalars)
            }
        case "person-nouns": Self.merge(&personNouns, keys)
        case "person-titles":
            Self.merge(&personTitles, keys)
            // Tokens are matched one by one: a title of several words (`Samdech Moha Borvor Thipadei`) counts
            // word by word, leaving out words of three letters or fewer (`Tan Sri`: `Tan` is a surname),
            // abbreviations and first names (`Sena`).
            var parts: [WordKey] = []
            // An abbreviated title is one word token without its period (`Mag. Andrea Hofbauer`: `Mag`, `.`); not
            // where that word is a first name too (`Ing.`, `Tsai Ing Wen`).
            for text in texts where text.count > 2 && text.hasSuffix(".") && !text.dropLast().contains(".")
                && !text.contains(" ") {
                let key = WordKey(String(text.dropLast()), folded: true)
                if !firstNames.contains(key) { parts.append(key) }
            }
            for text in texts where text.contains(" ") {
                for word in text.split(separator: " ") where word.unicodeScalars.count > 3
                    && word.first?.isUppercase == true && !word.contains(".") && !word.contains("(") {
                    let key = WordKey(word, folded: true)
                    if !firstNames.contains(key) { parts.append(key) }
                }
            }
            if !parts.isEmpty { personTitles.formUnion(KeySet(bulk: parts)) }
        case "nationality-adjectives": Self.merge(&nationalityAdjectives, keys)
        case "speech-verbs": Self.merge(&speechVerbs, keys)
        case "country-codes": countryCodes += codes
        case "canton-codes": cantonCodes += codes
        case "east-asian-names": eastAsianNames = EastAsianNames.load(rows: eastAsianRows)
        case "legal-forms":
            legalForms += texts.map { Array($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
            legalForms.sort { $0.count > $1.count }
        default:
            throw NewsGraphError(
                .badLexicon, path: "\(ListIndex.file):\(list.line)", message: "unknown list role \(list.role)")
        }
    }
}

/// Bits of `WordLists.classes(of:)`: which small lists hold a word.
enum WordClass {
    static let function: UInt16 = 1
    static let firstName: UInt16 = 2
    static let surname: UInt16 = 4
    static let role: UInt16 = 8
    static let orgTypeWord: UInt16 = 16
    static let placeType: UInt16 = 32
    static let nationality: UInt16 = 64
    static let personTitle: UInt16 = 128
    static let speechVerb: UInt16 = 256
    static let designation: UInt16 = 512
    /// Case-folded prefix of a legal form; the exact prefix is checked after.
    static let legalFormStart: UInt16 = 1024
    static let masthead: UInt16 = 2048
    /// First word of a name written lower-case (`dpa`, `al-Kaida`): set from the name lexicon, so the matcher
    /// reads it with the other classes instead of asking a set per lower-case token.
    static let lowercaseNameStart: UInt16 = 16384
    static let clubPrefix: UInt16 = 4096
    static let description: UInt16 = 8192
    /// A particle inside people's names (`FunctionWords.personLinks`): the capitalised-particle test runs for
    /// most capitalised words, and the bit rules them out before any set is asked.
    static let personLink: UInt16 = 32768
    /// Capitalised but no part of a person's name.
    static let descriptive = orgTypeWord | placeType | nationality | personTitle | speechVerb | designation
}
