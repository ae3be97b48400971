/// Splits a listed name into the tokens ICU's word breaker would make of it in running text:
/// `UN-Hauptquartier` → `UN` `-` `Hauptquartier`, `e. V.` → `e` `.` `V` `.`, `e.V.` → `e.V` `.`.
enum NameSplitter {
    static func tokens(of name: String) -> [[Unicode.Scalar]] {
        let scalars = Array(name.unicodeScalars)
        return ranges(of: scalars).map { Array(scalars[$0]) }
    }

    /// Token ranges in `scalars`, without copying them.
    static func ranges(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        Self.ranges(of: scalars, into: &ranges)
        return ranges
    }

    /// Token ranges in `scalars`, written over `ranges`: a lexicon load reuses one array for all its names.
    static func ranges(of scalars: [Unicode.Scalar], into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var start = -1
        for (index, scalar) in scalars.enumerated() {
            if ScalarClass.isSpace(scalar) {
                if start >= 0 { ranges.append(start..<index) }
                start = -1
            } else if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
                || (scalar.value >= 0x300 && scalar.properties.isDiacritic)
            {
                if start < 0 { start = index }
            } else if isMidWord(scalar), start >= 0, index + 1 < scalars.count,
                ScalarClass.isLetter(scalars[index + 1]) || ScalarClass.isDigit(scalars[index + 1])
            {
                continue
            } else {
                if start >= 0 { ranges.append(start..<index) }
                ranges.append(index..<(index + 1))
                start = -1
            }
        }
        if start >= 0 { ranges.append(start..<scalars.count) }
    }

    /// Marks ICU keeps inside a word when letters or digits stand on both sides.
    private static func isMidWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "'" || scalar == "\u{2019}"
    }
}
