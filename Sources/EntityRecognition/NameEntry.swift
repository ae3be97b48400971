import NewsGraphCore

/// One name from a name list: what it names and where it was written down.
struct NameEntry: Sendable {
    /// How the text's letter case must agree with the entry.
    enum CaseMode: UInt8, Sendable {
        /// Acronyms and lower-case names (`UN`, `US`, `dpa`): exactly as listed, so `US` is not `uns`.
        case exact
        /// Pronounceable acronyms (`UNICEF`) also match capitalised (`Unicef`), unless that is a common noun.
        case acronym
        /// Ordinary names: the text starts upper-case.
        case capitalised
    }

    let type: EntityType
    let canonical: String
    /// External ids as listed (`iso:KH wd:Q424`); split only when a match uses them.
    let idsField: String
    let kind: String
    /// Index of the list file in `NameLexicon.files`, and the entry's line in it.
    let file: Int16
    let line: Int32
    let priority: Int
    let caseMode: CaseMode
    /// Exact-case key of the name's tokens, for `CaseMode.exact`.
    let exactKey: WordKey
    let tokenCount: Int
    /// Drop the match when it is one word that is also a common noun.
    let stopNouns: Bool
    /// Needs context (`kind` ends in `-ambiguous`): only counts where the document names it unambiguously too.
    let ambiguous: Bool

    var ids: [String] {
        idsField.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "|" }).map(String.init)
    }
}
