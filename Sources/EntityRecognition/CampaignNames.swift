import NewsGraphCore

extension NameRules {
    /// `der Initiative Qualität im Journalismus`, `Der Verein Pro Nachbar`, `des Vereins Neustart`, `des
    /// Aktionsbündnisses Stopp G7 Elmau`: a definite association's type word before capitalised words names it, though
    /// its name is made of common nouns and prepositions that no other organisation's would be. The words run to
    /// the first lower-case word that is no preposition between two of them, or to punctuation; the type word
    /// stays outside (GUIDELINES: `Initiative Netzschutz`). Asked where the ordinary name rule found no name.
    func campaignName(typeWord index: Int, in range: Range<Int>) -> Range<Int>? {
        guard index > range.lowerBound, words.contains(.definiteArticles, facts[index - 1].exact),
              Self.campaignTypes.contains(facts[index].exact) else { return nil }
        let start = index + 1
        var end = start
        while end < range.upperBound, end - start < 5 {
            let fact = facts[end]
            if fact.kind == .word && fact.capitalised || end > start && fact.kind == .number {
                end += 1
            } else if end > start, end + 1 < range.upperBound, fact.kind == .word,
                      Self.campaignConnectors.contains(fact.exact), facts[end + 1].kind == .word,
                      facts[end + 1].capitalised {
                end += 2
            } else {
                break
            }
        }
        // (`die Initiative Anfang Juni`: a time, not a name.)
        guard end > start, !DateExtent.extents.contains(facts[start].folded),
              !DateExtent.months.contains(facts[start].folded) else { return nil }
        // One word alone is the name only where punctuation ends it (`des Vereins Neustart, …`), not before more
        // words (`der Initiative Religion ist Privatsache`, a name whose verb the rule cannot read).
        if end == start + 1, end < range.upperBound, facts[end].kind == .word { return nil }
        return start..<end
    }

    /// Type words of associations, campaigns and alliances, whose names are phrases.
    private static let campaignTypes = Literal.keys(
        "Verein Vereins Vereines Initiative Bürgerinitiative Aktionsbündnis Aktionsbündnisses Bündnis Bündnisses")
    /// Prepositions inside such a name (`Heimat ohne Hass`, `Qualität im Journalismus`).
    private static let campaignConnectors = Literal.keys("im ohne für gegen mit statt am zum zur")
}
