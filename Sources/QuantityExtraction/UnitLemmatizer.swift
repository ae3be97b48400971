/// Turns the counted noun after a number into its singular nominative (`Telefone` → `Telefon`, `Kindern` → `Kind`):
/// the unit list first, then the noun lexicon, then the noun lexicon on the last part of a compound
/// (`Mobiltelefone` → `Mobil` + `Telefon`), else the form minus a dative-plural `-n` the lexicon confirms.
struct UnitLemmatizer: Sendable {
    let lexicon: QuantityLexicon

    func lemma(of form: String) -> String {
        if let entry = lexicon.units[form] { return entry.unit }
        if let lemma = lexicon.nounLemmas[form] { return lemma }
        if form.contains("-"), let last = form.split(separator: "-").last, last.count > 1 {
            let head = String(last)
            let lemma = lemma(of: head)
            return String(form.dropLast(head.count)) + lemma
        }
        // A compound: the longest known head noun at its end, re-capitalised (`Onlinekontakte` → `Kontakte`).
        let scalars = Array(form.unicodeScalars)
        if !lexicon.nounLemmas.isEmpty && scalars.count > 5 {
            for cut in 2..<(scalars.count - 2) {
                var head = String.UnicodeScalarView()
                head.append(contentsOf: scalars[cut...])
                let capital = String(head).prefix(1).uppercased() + String(head).dropFirst()
                if let lemma = lexicon.nounLemmas[capital] ?? lexicon.units[capital]?.unit {
                    var prefix = String.UnicodeScalarView()
                    prefix.append(contentsOf: scalars[..<cut])
                    return String(prefix) + lemma.lowercased()
                }
            }
        }
        return form
    }

    /// The kind, and currency, a unit noun implies.
    func entry(of form: String) -> QuantityLexicon.UnitEntry? {
        lexicon.units[form]
    }
}
