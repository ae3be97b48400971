/// Turns the counted noun after a number into its singular nominative (`Telefone` → `Telefon`, `Kindern` → `Kind`):
/// the unit list first, then the noun lexicon, then the noun lexicon on the last part of a compound
/// (`Mobiltelefone` → `Mobil` + `Telefon`), else the form minus a dative-plural `-n` the lexicon confirms.
struct UnitLemmatizer: Sendable {
    let lexicon: QuantityLexicon

    func lemma(of form: String) -> String {
        if let entry = lexicon.units[form] { return entry.unit }
        return lemma(ofNonUnit: form)
    }

    /// `lemma(of:)` for a form the caller has found in the unit list already and not there; `nounLemma` the noun
    /// table's answer for it where the caller has looked that up too (nil: not asked).
    func lemma(ofNonUnit form: String, nounLemma known: String?? = nil) -> String {
        if let lemma = known ?? lexicon.nounLemmas[form] {
            // `Feuerwehrleute`, `Geschäftsleute`: Wiktionary lists the plural as a word of its own; the counted
            // singular is the compound on `Mann`.
            if lemma.utf8.count > 6, Self.endsInBytes(lemma, "leute") { return String(lemma.dropLast(5)) + "mann" }
            // `in zwei Spielen`: a form that is its own lemma as a verb's noun (`das Spielen`), which no one counts,
            // and the dative plural of a noun whose plural the form without `n` is (`Spiele` → `Spiel`).
            if lemma == form, Self.endsInEN(form), case let plural = String(form.dropLast()),
               let singular = lexicon.nounLemmas[plural], singular != plural {
                return singular
            }
            return Self.citationForm(lemma, of: form)
        }
        // (A hyphen is its own byte: most forms hold none, and are not searched code point by code point. The bytes
        // are read in place: searching the UTF-8 view took hundreds of instructions a form.)
        if Self.withBytes(form, "-", { form, _ in form.contains(UInt8(ascii: "-")) }), WordFilter.contains(form, "-"),
           let last = Self.lastPart(form), last.count > 1 {
            let head = String(last)
            let lemma = lemma(of: head)
            return String(form.dropLast(head.count)) + lemma
        }
        // Regular plurals of derivational suffixes the lexicon does not list (`Einreichungen`, `Expertinnen`).
        // Each ends in `en`, and a string ends in those characters only if its bytes end in them: most forms are
        // turned away before `hasSuffix`, which compares characters.
        if !Self.pluralsEndInEN || Self.endsInEN(form) {
            // A simple form's characters are its code points: its bytes are compared, as `hasSuffix` took hundreds
            // of instructions a plural.
            let simple = Self.pluralsAreSimple && WordFilter.isSimple(form)
            for (plural, singular) in Self.suffixPlurals
            where simple ? Self.endsInBytes(form, plural) && form.unicodeScalars.count > plural.count + 2
                : form.hasSuffix(plural) && form.count > plural.count + 2 {
                return String(form.dropLast(plural.count)) + singular
            }
        }
        // A compound: the longest known head noun at its end, re-capitalised (`Onlinekontakte` → `Kontakte`).
        let scalars = Array(form.unicodeScalars)
        if !lexicon.nounLemmas.isEmpty && scalars.count > 5 {
            // From the back, the longest run of scalars below U+0300: heads inside it are looked up by their bytes.
            var simpleFrom = scalars.count
            while simpleFrom > 0 && WordFilter.isSimple(scalars[simpleFrom - 1]) { simpleFrom -= 1 }
            var bytes: [UInt8] = []
            for cut in 2..<(scalars.count - 3) {
                if cut >= simpleFrom, lexicon.unitsAreNFC, let upper = Self.simpleUppercase(scalars[cut]) {
                    if let lemma = headLemma(upper, scalars[(cut + 1)...], bytes: &bytes) {
                        return Self.citationForm(String(encoding: scalars[..<cut]) + lemma.lowercased(), of: form)
                    }
                    continue
                }
                let capital: String
                // (The head encoded from the scalars at once: a scalar view appended to cost thousands of instructions
                // a cut.)
                if let upper = Self.simpleUppercase(scalars[cut]), WordFilter.isSimple(scalars[cut + 1]) {
                    // The head's first character is its first scalar alone: upper-cased without making strings.
                    capital = String(upper) + String(encoding: scalars[(cut + 1)...])
                } else {
                    let head = String(encoding: scalars[cut...])
                    capital = head.prefix(1).uppercased() + head.dropFirst()
                }
                if let lemma = lexicon.nounLemmas[capital] ?? lexicon.units[capital]?.unit {
                    // (`Schutzsuchende` on `Suchender`: a nominalised adjective's head keeps its citation form.)
                    return Self.citationForm(String(encoding: scalars[..<cut]) + lemma.lowercased(), of: form)
                }
            }
        }
        return Self.nominalisedParticiple(form) ?? form
    }

    /// `Befragten` → `Befragte`, `Inhaftierten` → `Inhaftierte`: a participle used as a noun that the lexicon does
    /// not list, by its prefix or `-iert`, in its citation form (as `Betroffene`, `Verletzte` are). The dative
    /// plural after a figure ends in `-ten` or `-enen`; the form without its `n` is the citation form.
    static func nominalisedParticiple(_ form: String) -> String? {
        // (Bytes compared, as `citationForm` does: the endings and prefixes are ASCII, so a string ends or starts in
        // their characters only if its bytes do.)
        guard form.utf8.count >= 8, endsInBytes(form, "ten") || endsInBytes(form, "enen"),
              participlePrefixes.contains(where: { startsWithBytes(form, $0, dropping: 0) })
                || endsInBytes(form, "ierten") else { return nil }
        return String(form.dropLast())
    }

    /// The prefixes of past participles (`Befragte`, `Geflüchtete`, `Vermisste`, `Entführte`, `Erkrankte`).
    private static let participlePrefixes = ["Be", "Ge", "Ver", "Er", "Ent", "Zer"]

    /// `nounLemmas[head] ?? units[head]?.unit` for the head `upper` + `rest`, all below U+0300, without making its
    /// string: the noun table is read by UTF-8 bytes (below 0xCC, so no composing), the unit words through their
    /// key filter (exact here: see `QuantityLexicon.unitsAreNFC`) before any string is made.
    private func headLemma(_ upper: Unicode.Scalar, _ rest: ArraySlice<Unicode.Scalar>, bytes: inout [UInt8])
        -> String? {
        bytes.removeAll(keepingCapacity: true)
        UTF8.encode(upper) { bytes.append($0) }
        var key = WordFilter.key(WordFilter.keySeed, adding: upper)
        for scalar in rest {
            UTF8.encode(scalar) { bytes.append($0) }
            key = WordFilter.key(key, adding: scalar)
        }
        if let lemma = bytes.withUnsafeBufferPointer({ lexicon.nounLemmas.lemma(utf8: $0) }) { return lemma }
        guard lexicon.unitFilter.mayContain(WordFilter.finishedKey(key)) else { return nil }
        return lexicon.units[String(decoding: bytes, as: UTF8.self)]?.unit
    }

    /// A nominalised adjective in its Duden citation form, `der Tote` (the seed gold's `Pädokriminelle`), where
    /// the lexicon has Wiktionary's strong form `Toter`: a lemma in `-er` whose form drops the `r` (`Tote`, `Toten`)
    /// rather than keeping it (`Lehrer`, `Lehrern`; `Mütter` of `Mutter` shares no such start).
    static func citationForm(_ lemma: String, of form: String) -> String {
        // A string ends in the characters `e`, `r` only if its bytes do: most lemmas are turned away before
        // `hasSuffix`, which compares characters.
        guard endsInER(lemma) else { return lemma }
        if WordFilter.isSimple(lemma) && WordFilter.isSimple(form) {
            // Characters are code points here: the same tests on the bytes, as `hasPrefix` and `hasSuffix` took
            // hundreds of instructions each. (The lemma ends in the byte `r`, a character of its own.)
            guard !startsWithBytes(form, lemma, dropping: 0), !endsInBytes(lemma, "beamter") else { return lemma }
            return startsWithBytes(form, lemma, dropping: 1) ? String(lemma.dropLast()) : lemma
        }
        // (`Beamter` is the citation form itself, GUIDELINES: `2.000 [Beamte]`: Beamter; so are its compounds.)
        guard lemma.hasSuffix("er"), !form.hasPrefix(lemma), !lemma.hasSuffix("beamter") else {
            return lemma
        }
        let weak = String(lemma.dropLast())
        return form.hasPrefix(weak) ? weak : lemma
    }

    /// Whether `text`'s bytes start with those of `prefix` but its last `dropping`.
    private static func startsWithBytes(_ text: String, _ prefix: String, dropping: Int) -> Bool {
        withBytes(text, prefix) { text, prefix in
            let count = prefix.count - dropping
            return text.count >= count && equal(text, from: 0, prefix, count: count)
        }
    }

    /// Whether `text`'s bytes end with those of `suffix`.
    private static func endsInBytes(_ text: String, _ suffix: String) -> Bool {
        withBytes(text, suffix) { text, suffix in
            text.count >= suffix.count && equal(text, from: text.count - suffix.count, suffix, count: suffix.count)
        }
    }

    /// `body` of the two strings' UTF-8, read in place: comparing the UTF-8 views element by element took hundreds
    /// of instructions a word. (Native strings, as all here, lend their bytes; others are copied.)
    private static func withBytes(
        _ first: String, _ second: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { first in second.withUTF8 { second in body(first, second) } }
    }

    /// Whether `count` bytes of `text` from `start` are the first `count` of `other`.
    private static func equal(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, _ other: UnsafeBufferPointer<UInt8>, count: Int
    ) -> Bool {
        for offset in 0..<count where text[start + offset] != other[offset] { return false }
        return true
    }

    /// `form.split(separator: "-").last`: the last part of the form between hyphens that is not empty. Found in
    /// the bytes of a simple form (whose characters are its code points, a hyphen the byte 2D), where `split` took
    /// thousands of instructions a compound.
    private static func lastPart(_ form: String) -> Substring? {
        guard WordFilter.isSimple(form) else { return form.split(separator: "-").last }
        let bytes = form.utf8
        let hyphen = UInt8(ascii: "-")
        guard let lastByte = bytes.lastIndex(where: { $0 != hyphen }) else { return nil }
        let end = bytes.index(after: lastByte)
        let start = bytes[..<end].lastIndex(of: hyphen).map { bytes.index(after: $0) } ?? bytes.startIndex
        return form[start..<end]
    }

    /// The upper case of a scalar below U+0100 whose upper case is one scalar of that range (itself for most),
    /// else nil (`ß`, `ÿ`, `µ`, code points outside Latin-1).
    static func simpleUppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return value >= 97 && value <= 122 ? Unicode.Scalar(value - 32) : scalar }
        if value < 0xA0 || value == 0xB5 || value == 0xDF || value == 0xFF || value >= 0x100 { return nil }
        if value >= 0xE0 && value != 0xF7 { return Unicode.Scalar(value - 32) }
        return scalar
    }

    private static let suffixPlurals = [("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"),
                                        ("schaften", "schaft"), ("innen", "in"), ("ionen", "ion"), ("täten", "tät")]

    /// Whether every plural of `suffixPlurals` is simple, so that a simple form's bytes may be compared with it.
    private static let pluralsAreSimple = suffixPlurals.allSatisfy { WordFilter.isSimple($0.0) }

    /// Whether every plural of `suffixPlurals` ends in `en`, so that `endsInEN` may turn a form away.
    private static let pluralsEndInEN = suffixPlurals.allSatisfy { $0.0.utf8.reversed().starts(with: "ne".utf8) }

    /// Whether the form's last two bytes are `e` and `n`.
    private static func endsInEN(_ form: String) -> Bool {
        var bytes = form.utf8.reversed().makeIterator()
        return bytes.next() == UInt8(ascii: "n") && bytes.next() == UInt8(ascii: "e")
    }

    /// Whether the word's last two bytes are `e` and `r`.
    private static func endsInER(_ word: String) -> Bool {
        var bytes = word.utf8.reversed().makeIterator()
        return bytes.next() == UInt8(ascii: "r") && bytes.next() == UInt8(ascii: "e")
    }

    /// The kind, and currency, a unit noun implies.
    func entry(of form: String) -> QuantityLexicon.UnitEntry? {
        lexicon.units[form]
    }
}
