import NewsGraphCore

/// The word lists the name rules read (common nouns, role words, first names, designations, …), as sets of
/// case-folded keys, each loaded from the list `lists.def` gives for its role.
struct WordLists: Sendable {
    var commonNouns: Set<WordKey> = []
    var roles: Set<WordKey> = []
    var firstNames: Set<WordKey> = []
    var surnames: Set<WordKey> = []
    var orgDesignations: Set<WordKey> = []
    var orgTypeWords: Set<WordKey> = []
    var placeTypes: Set<WordKey> = []
    /// Place types as folded text, for compounds that end in one (`Küstenstadt`, `Hafenstadt`).
    var placeTypeSuffixes: [[UInt32]] = []
    var personTitles: Set<WordKey> = []
    var nationalityAdjectives: Set<WordKey> = []
    var speechVerbs: Set<WordKey> = []
    /// Legal forms without white space, as written (`GmbH`, `e.V.`, `GmbH&Co.KG`).
    var legalForms: [[Unicode.Scalar]] = []
    /// Roles of word lists this build knows; a `lists.def` row with another role is an error.
    static let knownRoles: Set<String> = [
        "common-nouns", "roles", "first-names", "surnames", "org-designations", "org-type-words", "place-types",
        "person-titles", "nationality-adjectives", "speech-verbs", "legal-forms",
    ]

    mutating func load(_ list: ListIndex.Entry, lexicons: LexiconDirectory) throws {
        let reader = try TSVReader(lexicons: lexicons, file: list.file)
        var keys: Set<WordKey> = []
        var texts: [String] = []
        let keepText = list.role == "place-types" || list.role == "legal-forms"
        try reader.forEachRow { _, fields in
            guard !reader.isEmpty(fields[0]) else { return }
            keys.insert(reader.key(fields[0], folded: true))
            if keepText { texts.append(reader.string(fields[0])) }
        }
        switch list.role {
        case "common-nouns": commonNouns.formUnion(keys)
        case "roles": roles.formUnion(keys)
        case "first-names": firstNames.formUnion(keys)
        case "surnames": surnames.formUnion(keys)
        case "org-designations": orgDesignations.formUnion(keys)
        case "org-type-words": orgTypeWords.formUnion(keys)
        case "place-types":
            placeTypes.formUnion(keys)
            placeTypeSuffixes += texts.filter { $0.unicodeScalars.count >= 4 }
                .map { $0.unicodeScalars.map(WordKey.fold) }
        case "person-titles": personTitles.formUnion(keys)
        case "nationality-adjectives": nationalityAdjectives.formUnion(keys)
        case "speech-verbs": speechVerbs.formUnion(keys)
        case "legal-forms":
            legalForms += texts.map { Array($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
            legalForms.sort { $0.count > $1.count }
        default:
            throw NewsGraphError(
                .badLexicon, path: "\(ListIndex.file):\(list.line)", message: "unknown list role \(list.role)")
        }
    }
}
