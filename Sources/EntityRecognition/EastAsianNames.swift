import NewsGraphCore

/// Chinese, Korean and Vietnamese names put the family name first (`Xi Jinping`, `Park Geun-hye`, `Nguyen Phu
/// Trong`): their given names are in no first-name list, but they are written in a closed set of syllables. The
/// family names and each tradition's syllables of `persons/east-asian-names.tsv`.
final class EastAsianNames: Sendable {
    /// Where a family name comes from, which decides the syllables its given name is read in.
    enum Tradition: Int32, CaseIterable, Sendable {
        case chinese = 0, korean, vietnamese

        init?(code: String) {
            switch code {
            case "zh": self = .chinese
            case "ko": self = .korean
            case "vi": self = .vietnamese
            default: return nil
            }
        }
    }

    /// Exact key of a family name → its tradition's raw value. (A name of two traditions keeps the first row's.)
    private let families: KeyTable
    /// Folded keys of each tradition's syllables, by the tradition's raw value.
    private let syllables: [KeySet]
    /// The longest syllable of any tradition, in letters (`chuang`, `nghieng`): a longer piece is none.
    private let longestSyllable: Int

    init(families: KeyTable, syllables: [KeySet], longestSyllable: Int) {
        self.families = families
        self.syllables = syllables
        self.longestSyllable = longestSyllable
    }

    /// The tradition of the family name with this exact key, if it is one. Inlined: the rule loop asks it of every
    /// short capitalised word before another, and the call cost as much as the look-up.
    @inline(__always)
    func tradition(ofFamilyName key: WordKey) -> Tradition? {
        families[key].flatMap { Tradition(rawValue: $0) }
    }

    /// Whether `word`, letters of the Latin alphabet without diacritics, splits into one to `most` syllables of
    /// the tradition (`jinping` is `jin` `ping`; `hotel` is no Chinese name).
    func isGivenName(_ word: ArraySlice<Unicode.Scalar>, tradition: Tradition, most: Int) -> Bool {
        guard !word.isEmpty, word.count <= most * longestSyllable,
              word.allSatisfy({ ($0.value | 0x20) &- 0x61 < 26 }) else { return false }
        let set = syllables[Int(tradition.rawValue)]
        // Ends reachable in `parts` syllables, as a bit per position (words are short): a breadth-first split.
        var reachable: UInt64 = 1
        let count = word.count
        guard count < 63 else { return false }
        for _ in 0..<most {
            var next: UInt64 = 0
            for start in 0..<count where reachable & (1 << UInt64(start)) != 0 {
                for end in (start + 1)...min(count, start + longestSyllable) {
                    let piece = word[(word.startIndex + start)..<(word.startIndex + end)]
                    if set.contains(WordKey(piece, folded: true)) { next |= 1 << UInt64(end) }
                }
            }
            if next & (1 << UInt64(count)) != 0 { return true }
            reachable = next
            if reachable == 0 { return false }
        }
        return false
    }

    /// Reads the rows of `persons/east-asian-names.tsv` (kind, text, tradition).
    static func load(rows: [(kind: String, text: String, tradition: String)]) -> EastAsianNames {
        var families = KeyTable()
        var syllables = [[WordKey]](repeating: [], count: Tradition.allCases.count)
        var longest = 0
        for row in rows {
            guard let tradition = Tradition(code: row.tradition) else { continue }
            if row.kind == "family" {
                let key = WordKey(row.text, folded: false)
                if families[key] == nil { families.set(key, tradition.rawValue) }
            } else if row.kind == "syllable" {
                syllables[Int(tradition.rawValue)].append(WordKey(row.text, folded: true))
                longest = max(longest, row.text.unicodeScalars.count)
            }
        }
        return EastAsianNames(families: families, syllables: syllables.map { KeySet(bulk: $0) },
                              longestSyllable: longest)
    }
}
