import Foundation

/// Reads German numbers: digit strings with German separators (`8.000`, `5,3`, `10.000,50`) and number words,
/// also compounds (`einhundertfünfzig`, `dreiundzwanzig`, `zweieinhalb`), from atoms listed in `numerals.tsv`.
struct GermanNumberParser: Sendable {
    /// The grammatical role of a number-word atom.
    enum Role: String, Sendable {
        case unit, teen, ten, hundred, thousand, and, half, article
    }

    struct Atom: Sendable {
        let scalars: [Unicode.Scalar]
        let value: Double
        let role: Role
    }

    /// Atoms by first scalar, longest first, so that `achtzehn` wins over `acht`.
    private let atomsByFirst: [Unicode.Scalar: [Atom]]
    /// The same for first scalars below 256, read without hashing (nil: no atom starts so).
    private let atomsByLatinFirst: [[Atom]?]
    /// The first two lower-case scalars of every atom (low bytes) as a table: a cheap test every word goes through;
    /// a false hit only costs the full parse.
    private let openings: [UInt64]
    /// The atoms other than `und` by first scalar below 256, flattened for `mayStartWithAtom`: from
    /// `atomOffsets[first]` to `atomOffsets[first + 1]`, each atom as its length and then its scalars.
    private let atomData: [UInt32]
    private let atomOffsets: [Int]
    /// The first three scalars of every atom in `atomData` (low five bits each) as bits: most words that pass
    /// `mayOpen` (`sein`, `nicht`, `viel`) fail here before the atoms are scanned. Nil when an atom is shorter.
    /// (`OpenerScreen` folds them into its own.)
    let triples: [UInt64]?

    init(atoms: [Atom]) {
        var byFirst: [Unicode.Scalar: [Atom]] = [:]
        for atom in atoms {
            guard let first = atom.scalars.first else { continue }
            byFirst[first, default: []].append(atom)
        }
        for key in byFirst.keys {
            byFirst[key]?.sort { $0.scalars.count > $1.scalars.count }
        }
        atomsByFirst = byFirst
        var latin = Array(repeating: [Atom](), count: 256)
        for (first, list) in byFirst where first.value < 256 { latin[Int(first.value)] = list }
        atomsByLatinFirst = (0..<256).map { byFirst[Unicode.Scalar(UInt8($0))] }
        var data: [UInt32] = []
        var offsets: [Int] = []
        for list in latin {
            offsets.append(data.count)
            // An atom that starts with a shorter atom of the list (`einen`, `einhundert` after `ein`) can change no
            // answer: the shorter one matches, or meets the same scalar that lower-casing changes, first.
            for atom in list where atom.role != .and && !list.contains(where: {
                $0.role != .and && $0.scalars.count < atom.scalars.count && atom.scalars.starts(with: $0.scalars)
            }) {
                data.append(UInt32(atom.scalars.count))
                data.append(contentsOf: atom.scalars.map(\.value))
            }
        }
        offsets.append(data.count)
        atomData = data
        atomOffsets = offsets
        var triples: [UInt64]? = Array(repeating: 0, count: (1 << 15) / 64)
        for list in latin {
            for atom in list where atom.role != .and {
                guard atom.scalars.count >= 3 else {
                    triples = nil
                    break
                }
                let cell = Self.triple(atom.scalars[0].value, atom.scalars[1].value, atom.scalars[2].value)
                triples?[cell >> 6] |= 1 << UInt64(cell & 63)
            }
        }
        self.triples = triples
        // `und` joins atoms but never starts a number: leaving it out spares the most frequent German word.
        // Bits, not `Bool`s: 8 KB stay in cache where 64 KB would not.
        var openings = Array(repeating: UInt64(0), count: 256 * 256 / 64)
        for atom in atoms where atom.scalars.count >= 2 && atom.role != .and {
            let cell = Int(atom.scalars[0].value & 0xFF) << 8 | Int(atom.scalars[1].value & 0xFF)
            openings[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        self.openings = openings
        var shortest = Array(repeating: Int.max, count: 256)
        for atom in atoms where atom.role != .and {
            guard let first = atom.scalars.first, first.value < 256 else { continue }
            shortest[Int(first.value)] = min(shortest[Int(first.value)], atom.scalars.count)
        }
        shortestAtoms = shortest
        articleForms = atoms.compactMap { atom in
            guard atom.role == .article || atom.role == .unit && atom.value == 1,
                atom.scalars.allSatisfy({ $0.value < 0x80 }) else { return nil }
            return atom.scalars.map { UInt8($0.value) }
        }
        // Kept only where `wordValue` reads the word as an article: the list is that test, made once.
        articleForms = articleForms.filter { form in
            wordValue(form.map { Unicode.Scalar($0) }[...])?.isArticle == true
        }
        articleKeys = articleForms.compactMap(Self.packed)
        for form in articleForms {
            articleLengths |= 1 << UInt64(min(form.count, 63))
            // Both cases, as `isArticleForm` folds them.
            for initial in form.prefix(1) + form.prefix(1).map({ $0 &- 97 < 26 ? $0 - 32 : $0 }) {
                if initial < 64 { articleInitialsLow |= 1 << UInt64(initial) }
                if initial >= 64 && initial < 128 { articleInitialsHigh |= 1 << UInt64(initial - 64) }
            }
        }
    }

    /// Bit `min(count, 63)` for the scalar counts of `articleForms`.
    private var articleLengths: UInt64 = 0
    /// Bits for the ASCII first bytes of `articleForms`, in either case: 0–63, then 64–127.
    private var articleInitialsLow: UInt64 = 0
    private var articleInitialsHigh: UInt64 = 0

    /// The forms of up to seven bytes of `articleForms` packed into integers (see `packed`).
    private(set) var articleKeys: [UInt64] = []

    /// Up to seven bytes and their count in one integer, nil for longer words.
    private static func packed<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count) << 56
        for (offset, byte) in bytes.enumerated() { key |= UInt64(byte) << UInt64(8 * offset) }
        return key
    }

    /// The ASCII lower-case words `wordValue` reads as articles (`ein`, `einen`, `eins`), as bytes.
    private(set) var articleForms: [[UInt8]] = []

    /// Whether the word's lower case is one of `articleForms`, without lower-casing it: only ASCII words are
    /// compared (a scalar outside ASCII could lower-case to ASCII), so `false` says nothing about other words.
    /// The length and the first scalar inline: half the words asked (those opening like a number, `sieht`, `andere`,
    /// `einige`) have no article form's, and the call alone cost as much as these tests.
    @inline(__always)
    func isArticleForm(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let count = scalars.count
        guard count > 0, articleLengths &>> UInt64(truncatingIfNeeded: min(count, 63)) & 1 != 0 else { return false }
        let first = scalars[0].value
        guard first < 0x80 else { return false }
        let initials = first < 64 ? articleInitialsLow : articleInitialsHigh
        guard initials &>> UInt64(truncatingIfNeeded: first & 63) & 1 != 0 else { return false }
        return isArticleFormOfInitial(scalars)
    }

    /// `isArticleForm` past its tests of the length and the first scalar (an ASCII one that a form starts with).
    @inline(never)
    private func isArticleFormOfInitial(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        if scalars.count <= 7 {
            // Forms of that length are all in `articleKeys`: one integer compared per form.
            var key = UInt64(scalars.count) << 56
            for offset in 0..<scalars.count {
                let value = scalars[offset].value
                guard value < 0x80 else { return false }
                key |= UInt64(value >= 65 && value <= 90 ? value + 32 : value) << UInt64(8 * offset)
            }
            // (A loop over the buffer: `contains` was a generic call, as costly as making the key.)
            return articleKeys.withUnsafeBufferPointer { keys in
                for known in keys where known == key { return true }
                return false
            }
        }
        forms: for form in articleForms where form.count == scalars.count {
            for offset in 0..<form.count {
                let value = scalars[offset].value
                guard value < 0x80 else { return false }
                if UInt8(value >= 65 && value <= 90 ? value + 32 : value) != form[offset] { continue forms }
            }
            return true
        }
        return false
    }

    /// `atomsByFirst[first]`, from the array for Latin-1.
    @inline(__always)
    private func atoms(startingWith first: Unicode.Scalar) -> [Atom]? {
        first.value < 256 ? atomsByLatinFirst[Int(first.value)] : atomsByFirst[first]
    }

    /// The fewest scalars of an atom other than `und` by first scalar below 256 (`Int.max`: none starts so).
    private let shortestAtoms: [Int]

    /// The fewest scalars a word starting with `first` (any case, below U+0100) needs for `isArticleForm` or
    /// `mayStartWithAtom` to say yes: both compare no atom longer than the word (`sie` is no `sieben`). A first
    /// scalar that lower-casing changes outside ASCII is let through unread by `mayStartWithAtom`: one, then. Nil
    /// where no atom starts so.
    func shortestOpening(first: Unicode.Scalar) -> Int? {
        if Self.changesWhenLowercased(first) { return 1 }
        let shortest = shortestAtoms[Int(Self.lower(first).value & 0xFF)]
        return shortest == Int.max ? nil : shortest
    }

    /// Whether a word whose first two scalars are these (any case) could start with a number word.
    @inline(__always)
    func mayOpen(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let cell = Int(Self.lower(first).value & 0xFF) << 8 | Int(second.value & 0xFF)
        return openings[cell >> 6] & (1 << UInt64(cell & 63)) != 0
    }

    /// ASCII inline (the filters call this for every scalar they compare), the rest in `lowerOutsideASCII`.
    @inline(__always)
    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) : scalar }
        return lowerOutsideASCII(scalar)
    }

    /// Out of line, and its property reads with it (see `TokenText.isUppercase`).
    @inline(never)
    private static func lowerOutsideASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // Latin-1 without the property tables: its capitals are `À`–`Þ` but `×`, each 32 below its small letter.
        if scalar.value < 0x100 {
            return changesWhenLowercased(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        if !scalar.properties.isUppercase { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Whether lower-casing changes a non-ASCII scalar (ASCII: false, as the callers treat ASCII themselves).
    @inline(__always)
    private static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return false }
        if scalar.value < 0x100 { return scalar.value >= 0xC0 && scalar.value <= 0xDE && scalar.value != 0xD7 }
        return ScalarProperty.changesWhenLowercased(scalar)
    }

    /// Whether `scalars` (lower case) could start with a number word: a cheap filter before `wordValue`.
    func mayStartNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        return atoms(startingWith: first) != nil
    }

    /// Whether the word, lower-cased, starts with a number atom other than `und`, as every number word does
    /// (`für`, `sie`, `hat` do not). A scalar that lower-casing would change outside ASCII answers yes: only the
    /// full lower-casing can tell then.
    func mayStartWithAtom(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.withUnsafeBufferPointer { mayStartWithAtom(scalars: $0) }
    }

    /// `mayStartWithAtom` on scalars lent as a buffer: the pass over every token of an article has them so, and a
    /// slice per token cost a retain and a release of the article's scalars.
    func mayStartWithAtom(scalars text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let first = text.first else { return false }
        if Self.changesWhenLowercased(first) { return true }
        let lowered = Self.lower(first)
        guard lowered.value < 256 else { return mayStartWithAtom(text, candidates: atomsByFirst[lowered] ?? []) }
        // Every atom is compared on its first three scalars before any later one: a word whose first three
        // (lower-cased, none that `changesWhenLowercased`) start no atom fails them all.
        if let triples, text.count >= 3 {
            let second = text[1]
            let third = text[2]
            if !Self.changesWhenLowercased(second) && !Self.changesWhenLowercased(third) {
                let cell = Self.triple(lowered.value, Self.lower(second).value, Self.lower(third).value)
                if triples[cell >> 6] & (1 << UInt64(cell & 63)) == 0 { return false }
            }
        }
        // The flat table, read through pointers: this runs for every word that passes `mayOpen`.
        let start = atomOffsets[Int(lowered.value)]
        let end = atomOffsets[Int(lowered.value) + 1]
        return atomData.withUnsafeBufferPointer { data in
            var position = start
            while position < end {
                let count = Int(data[position])
                let atom = position + 1
                position = atom + count
                guard count <= text.count else { continue }
                var offset = 0
                while offset < count {
                    let scalar = text[offset]
                    if Self.changesWhenLowercased(scalar) { return true }
                    if Self.lower(scalar).value != data[atom + offset] { break }
                    offset += 1
                }
                if offset == count { return true }
            }
            return false
        }
    }

    /// `mayStartWithAtom` for a first scalar outside Latin-1.
    private func mayStartWithAtom(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, candidates: [Atom]) -> Bool {
        atoms: for atom in candidates where atom.role != .and && atom.scalars.count <= scalars.count {
            var position = 0
            for expected in atom.scalars {
                let scalar = scalars[position]
                if Self.changesWhenLowercased(scalar) { return true }
                if Self.lower(scalar) != expected { continue atoms }
                position += 1
            }
            return true
        }
        return false
    }

    /// The cell of three scalars in `triples`: five bits of each (letters apart, a few other scalars share).
    @inline(__always)
    static func triple(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> Int {
        Int((first & 0x1F) << 10 | (second & 0x1F) << 5 | (third & 0x1F))
    }

    /// The value of a whole lower-case word made only of number atoms, and whether it is an article form (`einen`).
    func wordValue(_ scalars: ArraySlice<Unicode.Scalar>) -> (value: Double, isArticle: Bool)? {
        guard let first = scalars.first, let candidates = atoms(startingWith: first) else { return nil }
        // A whole-word article or listed atom first (`einen`, `eineinhalb`).
        if let found = Self.firstAtom(candidates, in: scalars, at: scalars.startIndex, whole: true, articles: true) {
            let atom = candidates[found]
            if atom.role == .and { return nil }
            // `ein` and `eins` alone are read like the article forms: numbers only after a modifier.
            return (atom.value, atom.role == .article || (atom.role == .unit && atom.value == 1))
        }
        return compoundValue(scalars).map { ($0, false) }
    }

    /// The index of the first of `candidates` whose scalars stand in `scalars` from `position` (and end there if
    /// `whole`), articles skipped unless `articles`. The atoms are read in place: a copy of each, made by a loop
    /// over them, retained and released its scalars.
    private static func firstAtom(
        _ candidates: [Atom], in scalars: ArraySlice<Unicode.Scalar>, at position: Int, whole: Bool, articles: Bool
    ) -> Int? {
        candidates.withUnsafeBufferPointer { atoms in
            for index in atoms.indices where articles || atoms[index].role != .article {
                let count = atoms[index].scalars.count
                guard whole ? position + count == scalars.endIndex : position + count <= scalars.endIndex else {
                    continue
                }
                let equal = atoms[index].scalars.withUnsafeBufferPointer { atom in
                    for offset in 0..<count where scalars[position + offset] != atom[offset] { return false }
                    return true
                }
                if equal { return index }
            }
            return nil
        }
    }

    /// Parses a compound of atoms covering all of `scalars`; nil if any part is not a number atom.
    func compoundValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        var position = scalars.startIndex
        var total = 0.0
        var current = 0.0
        var previous: Role?
        var atomCount = 0
        while position < scalars.endIndex {
            guard let candidates = atoms(startingWith: scalars[position]),
                  let found = Self.firstAtom(candidates, in: scalars, at: position, whole: false, articles: false)
            else { return nil }
            let atom = candidates[found]
            switch atom.role {
            case .unit:
                if previous == .unit || previous == .teen || previous == .ten || previous == .half { return nil }
                current += atom.value
            case .teen, .ten:
                if previous == .unit && atom.role == .teen { return nil }
                if previous == .teen || previous == .ten || previous == .half { return nil }
                if previous == .unit && atom.role == .ten { return nil }
                current += atom.value
            case .and:
                if previous != .unit { return nil }
            case .hundred:
                if previous == .hundred || previous == .and || previous == .half { return nil }
                current = (current == 0 ? 1 : current) * 100
            case .thousand:
                if previous == .thousand || previous == .and || previous == .half { return nil }
                total += (current == 0 ? 1 : current) * 1000
                current = 0
            case .half:
                if atom.value == 0.5 && previous == nil && atom.scalars.count < scalars.count { return nil }
                current += atom.value
            case .article:
                return nil
            }
            if previous == .and && atom.role != .ten { return nil }
            previous = atom.role
            atomCount += 1
            position += atom.scalars.count
        }
        if previous == .and || atomCount == 0 { return nil }
        return total + current
    }

    /// Reads a digit token: `8.000` → 8000, `5,3` → 5.3, `10.000,50` → 10000.5, `3.5` → 3.5 (a dot not
    /// followed by exactly three digits is a decimal point, as in English-style or sloppy input).
    static func digitValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard let first = scalars.first, first.value >= 48 && first.value <= 57 else { return nil }
        // One pass, no allocation: all digits go into one integer mantissa; the separators say how many of them
        // are decimals.
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var groupLength = 0
        var dots = 0
        var lastSeparator: Unicode.Scalar?
        var inFraction = false
        for scalar in scalars {
            let value = scalar.value
            if value >= 48 && value <= 57 {
                digits += 1
                guard digits <= 18 else { return nil }
                mantissa = mantissa * 10 + Int(value - 48)
                groupLength += 1
                if inFraction { fractionDigits += 1 }
            } else if scalar == "'" || scalar == "\u{2019}" {
                // Swiss thousands (`11'800`, `1’420`): groups of three after the first, never in a fraction.
                if groupLength == 0 || inFraction || lastSeparator == "." || lastSeparator == "," { return nil }
                if lastSeparator == nil ? groupLength > 3 : groupLength != 3 { return nil }
                lastSeparator = "'"
                groupLength = 0
            } else if scalar == "." || scalar == "," {
                if groupLength == 0 || inFraction { return nil }
                if lastSeparator == "." && groupLength != 3 { return nil }
                // (`1'234.50`: after Swiss thousands a dot is the decimal point.)
                if lastSeparator == "'" {
                    if groupLength != 3 { return nil }
                    inFraction = true
                } else if scalar == "," { inFraction = true } else { dots += 1 }
                lastSeparator = scalar
                groupLength = 0
            } else {
                return nil
            }
        }
        if groupLength == 0 { return nil }
        if lastSeparator == "'" && groupLength != 3 { return nil }
        if lastSeparator == "." && groupLength != 3 && !inFraction {
            // `3.5`: a single dot before other than three digits is a decimal point.
            guard dots == 1 else { return nil }
            fractionDigits = groupLength
        }
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        return Double(mantissa) / divisor
    }

    /// `value` times `factor` (a multiplier: `4,1 Millionen`), rounded to twelve significant digits: the binary
    /// product of 4.1 and a million is 4099999.9999999995, which the graph would show.
    static func scaled(_ value: Double, by factor: Double) -> Double {
        let product = value * factor
        guard product != 0, product.isFinite else { return product }
        let digits = 12 - Int(log10(abs(product)).rounded(.up))
        let scale = pow(10, Double(digits))
        return (product * scale).rounded() / scale
    }
}
