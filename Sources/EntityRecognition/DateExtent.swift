/// `Mitte Februar`, `Ende 2015`, `Anfang März`: a word for part of a period before a month or a year opens a date,
/// and is no name, though a list has it as one (`Mitte`, the Swiss party Die Mitte) or a type word precedes it
/// (`die Gruppe Mitte Februar`). The words are a closed set of the calendar, kept here with the month names.
enum DateExtent {
    static let extents: KeySet = KeySet(extentKeys)
    /// A one-word filter of `extents`: most candidates' first words fail it without a probe of the set.
    private static let extentBits = KeyBits(extentKeys)
    private static let extentKeys = ["Anfang", "Mitte", "Ende", "Beginn"].map { WordKey($0, folded: true) }

    static let months: KeySet = KeySet(
        """
        Jänner Januar Februar Feber März April Mai Juni Juli August September Oktober November Dezember
        """.unicodeScalars.split(whereSeparator: FunctionWords.isSpaceOrNewline).map { WordKey($0, folded: true) })

    /// Drops the candidates that open a date (`opensDate(_:facts:)`).
    static func removeDates(from candidates: inout [Candidate], facts: [TokenFacts]) {
        // The filter read once, not through its lazy initialisation check for every candidate.
        let extentBits = Self.extentBits
        candidates.removeAll { candidate in
            extentBits.mayContain(facts[candidate.tokens.lowerBound].folded) && opensDate(candidate, facts: facts)
        }
    }

    /// Whether the candidate opens with such a word before a month or a year of four digits (`Mitte`, `Ende
    /// Februar`).
    static func opensDate(_ candidate: Candidate, facts: [TokenFacts]) -> Bool {
        let token = candidate.tokens.lowerBound
        guard token + 1 < facts.count, extents.contains(facts[token].folded) else {
            return false
        }
        let next = facts[token + 1]
        return months.contains(next.folded) || next.kind == .number && next.span.length == 4
    }
}
