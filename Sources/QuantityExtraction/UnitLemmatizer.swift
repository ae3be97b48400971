/// Turns the counted noun after a number into its singular nominative (`Telefone` → `Telefon`, `Kindern` → `Kind`):
/// the unit list first, then the noun lexicon, then the noun lexicon on the last part of a compound
/// (`Mobiltelefone` → `Mobil` + `Telefon`), else the form minus a dative-plural `-n` the lexicon confirms.
struct UnitLemmatizer: Sendable {
    let lexicon: QuantityLexicon

    func lemma(of form: String) -> String {
        if let entry = lexicon.units[form] { return entry.unit }
        if let lemma = lexicon.nounLemmas[form] { return Self.citationForm(lemma, of: form) }
        if WordFilter.contains(form, "-"), let last = form.split(separator: "-").last, last.count > 1 {
            let head = String(last)
            let lemma = lemma(of: head)
            return String(form.dropLast(head.count)) + lemma
        }
        // Regular plurals of derivational suffixes the lexicon does not list (`Einreichungen`, `Expertinnen`).
        for (plural, singular) in Self.suffixPlurals where form.hasSuffix(plural) && form.count > plural.count + 2 {
            return String(form.dropLast(plural.count)) + singular
        }
        // A compound: the longest known head noun at its end, re-capitalised (`Onlinekontakte` → `Kontakte`).
        let scalars = Array(form.unicodeScalars)
        if !lexicon.nounLemmas.isEmpty && scalars.count > 5 {
            for cut in 2..<(scalars.count - 3) {
                let capital: String
                if let upper = Self.simpleUppercase(scalars[cut]), WordFilter.isSimple(scalars[cut + 1]) {
                    // The head's first character is its first scalar alone: upper-cased without making strings.
                    var head = String.UnicodeScalarView()
                    head.append(upper)
                    head.append(contentsOf: scalars[(cut + 1)...])
                    capital = String(head)
                } else {
                    var head = String.UnicodeScalarView()
                    head.append(contentsOf: scalars[cut...])
                    capital = String(head).prefix(1).uppercased() + String(head).dropFirst()
                }
                if let lemma = lexicon.nounLemmas[capital] ?? lexicon.units[capital]?.unit {
                    var prefix = String.UnicodeScalarView()
                    prefix.append(contentsOf: scalars[..<cut])
                    return String(prefix) + lemma.lowercased()
                }
            }
        }
        return form
    }

    /// A nominalised adjective in its Duden citation form, `der Tote` (the seed gold's `Pädokriminelle`), where
    /// the lexicon has Wiktionary's strong form `Toter`: a lemma in `-er` whose form drops the `r` (`Tote`, `Toten`)
    /// rather than keeping it (`Lehrer`, `Lehrern`; `Mütter` of `Mutter` shares no such start).
    static func citationForm(_ lemma: String, of form: String) -> String {
        guard lemma.hasSuffix("er"), !form.hasPrefix(lemma) else { return lemma }
        let weak = String(lemma.dropLast())
        return form.hasPrefix(weak) ? weak : lemma
    }

    /// The upper case of a scalar below U+0100 whose upper case is one scalar of that range (itself for most),
    /// else nil (`ß`, `ÿ`, `µ`, code points outside Latin-1).
    private static func simpleUppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return value >= 97 && value <= 122 ? Unicode.Scalar(value - 32) : scalar }
        if value < 0xA0 || value == 0xB5 || value == 0xDF || value == 0xFF || value >= 0x100 { return nil }
        if value >= 0xE0 && value != 0xF7 { return Unicode.Scalar(value - 32) }
        return scalar
    }

    private static let suffixPlurals = [("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"),
                                        ("schaften", "schaft"), ("innen", "in"), ("ionen", "ion"), ("täten", "tät")]

    /// The kind, and currency, a unit noun implies.
    func entry(of form: String) -> QuantityLexicon.UnitEntry? {
        lexicon.units[form]
    }
}
