import NewsGraphCore

/// The word lists the name rules read (common nouns, role words, first names, designations, …), as sets of
/// case-folded keys, each loaded from the list `lists.def` gives for its role.
struct WordLists: Sendable {
    var commonNouns: KeySet = []
    var roles: KeySet = []
    var firstNames: KeySet = []
    var surnames: KeySet = []
    var orgDesignations: KeySet = []
    var orgTypeWords: KeySet = []
    var placeTypes: KeySet = []
    /// Place types, for compounds that end in one (`Küstenstadt`, `Hafenstadt`).
    var placeTypeSuffixes = SuffixSet()
    /// Role words, for compounds that end in one (`Polizeisprecher`, `Privatbeteiligtenvertreterin`).
    var roleSuffixes = SuffixSet()
    var personTitles: KeySet = []
    var nationalityAdjectives: KeySet = []
    var speechVerbs: KeySet = []
    /// Legal forms without white space, as written (`GmbH`, `e.V.`, `GmbH&Co.KG`).
    var legalForms: [[Unicode.Scalar]] = [] {
        didSet {
            legalFormInitials = [Bool](repeating: false, count: 0x250)
            for form in legalForms {
                if let first = form.first, first.value < 0x250 { legalFormInitials[Int(first.value)] = true }
            }
        }
    }
    /// First letters of legal forms (Latin only): most tokens are ruled out by one array read.
    private var legalFormInitials = [Bool](repeating: false, count: 0x250)

    func mayStartLegalForm(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x250 && legalFormInitials[Int(scalar.value)]
    }
    /// Roles of word lists this build knows; a `lists.def` row with another role is an error.
    static let knownRoles: Set<String> = [
        "common-nouns", "roles", "first-names", "surnames", "org-designations", "org-type-words", "place-types",
        "person-titles", "nationality-adjectives", "speech-verbs", "legal-forms",
    ]

    private static func merge(_ target: inout KeySet, _ keys: KeySet) {
        if target.isEmpty { target = keys } else { target.formUnion(keys) }
    }

    mutating func load(_ list: ListIndex.Entry, lexicons: LexiconDirectory) throws {
        let reader = try TSVReader(lexicons: lexicons, file: list.file)
        var keys = KeySet(capacity: reader.byteCount / 16)
        var texts: [String] = []
        let keepText = list.role == "place-types" || list.role == "legal-forms" || list.role == "roles"
        var previous = WordKey(raw: 0)
        try reader.forEachRow { _, fields in
            guard !reader.isEmpty(fields[0]) else { return }
            // Speech verbs: separable-verb rows and their bare particles (`mit`, `aus`) are no cue on their own.
            if list.role == "speech-verbs" {
                if fields.count > 1 && reader.string(fields[1]) == "particle" { return }
                let form = reader.string(fields[0])
                if form.hasPrefix("separable:") || form.contains(" ") { return }
            }
            // Inflection tables repeat a form on neighbouring rows; skipping repeats saves random memory writes.
            let key = reader.key(fields[0], folded: true)
            if key != previous { keys.insert(key) }
            previous = key
            if keepText { texts.append(reader.string(fields[0])) }
        }
        switch list.role {
        case "common-nouns": Self.merge(&commonNouns, keys)
        case "roles":
            Self.merge(&roles, keys)
            for text in texts where text.unicodeScalars.count >= 5 { roleSuffixes.insert(text.unicodeScalars) }
        case "first-names": Self.merge(&firstNames, keys)
        case "surnames": Self.merge(&surnames, keys)
        case "org-designations": Self.merge(&orgDesignations, keys)
        case "org-type-words": Self.merge(&orgTypeWords, keys)
        case "place-types":
            Self.merge(&placeTypes, keys)
            for text in texts where text.unicodeScalars.count >= 4 { placeTypeSuffixes.insert(text.unicodeScalars) }
        case "person-titles": Self.merge(&personTitles, keys)
        case "nationality-adjectives": Self.merge(&nationalityAdjectives, keys)
        case "speech-verbs": Self.merge(&speechVerbs, keys)
        case "legal-forms":
            legalForms += texts.map { Array($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
            legalForms.sort { $0.count > $1.count }
        default:
            throw NewsGraphError(
                .badLexicon, path: "\(ListIndex.file):\(list.line)", message: "unknown list role \(list.role)")
        }
    }
}
