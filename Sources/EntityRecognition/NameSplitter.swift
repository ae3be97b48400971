/// Splits a listed name into the tokens ICU's word breaker would make of it in running text:
/// `UN-Hauptquartier` → `UN` `-` `Hauptquartier`, `e. V.` → `e` `.` `V` `.`, `e.V.` → `e.V` `.`.
enum NameSplitter {
    static func tokens(of name: String) -> [[Unicode.Scalar]] {
        let scalars = Array(name.unicodeScalars)
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = []
        }
        for (index, scalar) in scalars.enumerated() {
            if ScalarClass.isSpace(scalar) {
                flush()
            } else if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
                || (scalar.value >= 0x300 && scalar.properties.isDiacritic)
            {
                current.append(scalar)
            } else if isMidWord(scalar), !current.isEmpty, index + 1 < scalars.count,
                ScalarClass.isLetter(scalars[index + 1]) || ScalarClass.isDigit(scalars[index + 1])
            {
                current.append(scalar)
            } else {
                flush()
                tokens.append([scalar])
            }
        }
        flush()
        return tokens
    }

    /// Marks ICU keeps inside a word when letters or digits stand on both sides.
    private static func isMidWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "'" || scalar == "\u{2019}"
    }
}
