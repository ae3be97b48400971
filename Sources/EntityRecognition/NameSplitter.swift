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
        // One at a time: `removeAll(keepingCapacity:)` went through the general range replacement, which cost more
        // than splitting the name.
        while !ranges.isEmpty { ranges.removeLast() }
        var start = -1
        scalars.withUnsafeBufferPointer { scalars in
            for index in 0..<scalars.count {
                switch kind(of: scalars[index]) {
                case .space:
                    if start >= 0 { ranges.append(start..<index) }
                    start = -1
                case .wordPart:
                    if start < 0 { start = index }
                case .midWord where start >= 0 && index + 1 < scalars.count
                    && isLetterOrDigit(scalars[index + 1]):
                    continue
                default:
                    if start >= 0 { ranges.append(start..<index) }
                    ranges.append(index..<(index + 1))
                    start = -1
                }
            }
        }
        if start >= 0 { ranges.append(start..<scalars.count) }
    }

    private enum Kind {
        case space, wordPart, midWord, other
    }

    /// What a code point is to the splitter; ASCII, nearly all of the names, without the general tests.
    @inline(__always)
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 { return .wordPart }
            if value == 0x20 || (value >= 0x09 && value <= 0x0D) { return .space }
            return isMidWord(scalar) ? .midWord : .other
        }
        if ScalarClass.isSpace(scalar) { return .space }
        if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || isDiacritic(scalar) { return .wordPart }
        return isMidWord(scalar) ? .midWord : .other
    }

    @inline(__always)
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        return ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
    }

    private static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.isDiacritic
    }

    /// Marks ICU keeps inside a word when letters or digits stand on both sides.
    private static func isMidWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "'" || scalar == "\u{2019}"
    }
}
