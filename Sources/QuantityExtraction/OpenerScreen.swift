/// The first tests of `QuantityExtractor`'s pass over every token, folded into two table reads for a word that
/// starts with a Latin-1 code point and is not its sentence's first: whether it may be a weekday compound or start
/// a date word (by first scalar and length), or start a number word (by its first two scalars). `false` is sure:
/// the tests one by one would all fail; most words of a text are turned away so, before the tests' tables are read.
struct OpenerScreen: Sendable {
    private static let maxLength = 32
    /// Per (first scalar, length up to `maxLength`): 1 where a weekday compound or a date opener may start.
    private let cells: [UInt8]
    /// Per (first scalar, second scalar's low byte), a bit: `GermanNumberParser.mayOpen`.
    private let pairs: [UInt64]

    init(dateOpeners: OpeningTable, numbers: GermanNumberParser) {
        var cells = [UInt8](repeating: 0, count: 256 * (Self.maxLength + 1))
        var pairs = [UInt64](repeating: 0, count: 256 * 256 / 64)
        for first in 0..<256 {
            let scalar = Unicode.Scalar(UInt8(first))
            // `QuantityExtractor.mayStartWeekdayCompound`: D, F, M or S and longer than seven.
            let weekdayInitial = scalar == "D" || scalar == "F" || scalar == "M" || scalar == "S"
            for length in 1...Self.maxLength {
                let opens = weekdayInitial && length > 7 || dateOpeners.mayContain(first: scalar, length: length)
                cells[first * (Self.maxLength + 1) + length] = opens ? 1 : 0
            }
            // `mayOpen` reads the second scalar's low byte only.
            for second in 0..<256 where numbers.mayOpen(scalar, Unicode.Scalar(UInt8(second))) {
                let cell = first << 8 | second
                pairs[cell >> 6] |= 1 << UInt64(cell & 63)
            }
        }
        self.cells = cells
        self.pairs = pairs
    }

    /// Whether a word of `length` scalars starting with `first` (below U+0100) and `second` (its second scalar, or
    /// its first again) may open a weekday compound, a number word or a date word.
    @inline(__always)
    func mayOpen(first: UInt32, second: UInt32, length: Int) -> Bool {
        let row = Int(truncatingIfNeeded: first)
        if cells[row &* (Self.maxLength + 1) &+ min(length, Self.maxLength)] != 0 { return true }
        let cell = row << 8 | Int(truncatingIfNeeded: second & 0xFF)
        return length >= 3 && pairs[cell >> 6] & (1 << UInt64(cell & 63)) != 0
    }
}
