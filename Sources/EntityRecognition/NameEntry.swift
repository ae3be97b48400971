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
    /// Canonical name and external ids as listed (`iso:KH wd:Q424`), as UTF-8 byte ranges in
    /// `NameLexicon`'s text store: decoded only for a match, so loading builds no strings per row.
    let canonicalBytes: Range<Int32>
    let idsBytes: Range<Int32>
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
    /// An ambiguous party name (`Grünen`, `Linke`: `kind` party-ambiguous), which a definite article inside a
    /// sentence supports: the capitalised adjective there is a noun, and a noun so spelt is the party.
    var partyName = false
    /// A party (`kind` party or party-ambiguous): after a town's adjective its name names the branch there, an
    /// organisation of its own (`die Innsbrucker SPÖ`).
    var party = false
    /// A place below the country (`kind` city, town or subdivision), which a match report may name a club by
    /// (`gegen Bremen`).
    var subnational = false
    /// A chamber whose name is also its members' title (`Nationalrat`, `Bundesrat`: `kind` government-ambiguous,
    /// written as a word), which an article before it supports: `Nationalrat Peter Pilz` is a member.
    var chamber = false

    /// The same entry with its text in file `file` of another lexicon, `offset` bytes further on.
    func moved(toFile file: Int16, byteOffset offset: Int32) -> NameEntry {
        NameEntry(
            type: type, canonicalBytes: (canonicalBytes.lowerBound + offset)..<(canonicalBytes.upperBound + offset),
            idsBytes: (idsBytes.lowerBound + offset)..<(idsBytes.upperBound + offset), file: file, line: line,
            priority: priority, caseMode: caseMode, exactKey: exactKey, tokenCount: tokenCount, stopNouns: stopNouns,
            ambiguous: ambiguous, partyName: partyName, party: party, subnational: subnational, chamber: chamber)
    }
}
