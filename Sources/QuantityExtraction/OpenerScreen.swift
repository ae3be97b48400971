/// The first tests of `QuantityExtractor`'s pass over every token, folded into one table read for a word that
/// starts with a Latin-1 code point and is not its sentence's first: whether it may be a weekday compound, start a
/// number word, or start a date word. `false` is sure: the tests one by one would all fail; most words of a text
/// are turned away so, before the tests' tables are read.
///
/// One cell per (first scalar, second scalar's low byte), holding a bit per length: the two tables read before (by
/// first scalar and length, and by the first two scalars) cost two bounds-checked reads a word, and the first let
/// every long word starting with D, F, M or S through as a possible weekday compound (`Menschen`, `Deutschland`),
/// where the first two scalars of a weekday's name (`Mo`, `Di`, …) tell.
struct OpenerScreen: Sendable {
    /// Bit `min(length, 31)` of a cell: lengths of 31 and more share the last bit.
    private static let lastBit = 31
    private let cells: [UInt32]

    init(dateOpeners: OpeningTable, numbers: GermanNumberParser) {
        // The weekday names' first two scalars, below U+0100 as the screen reads them.
        let weekdayPairs = Set(DateRecognizer.weekdayNames.map { Int($0.1[0].value) << 8 | Int($0.1[1].value) })
        var cells = [UInt32](repeating: 0, count: 256 * 256)
        for first in 0..<256 {
            let scalar = Unicode.Scalar(UInt8(first))
            // `OpeningTable.mayContain` by length, the same for every second scalar.
            var dates: UInt32 = 0
            for length in 1...(Self.lastBit + 1) where dateOpeners.mayContain(first: scalar, length: length) {
                dates |= Self.bit(length)
            }
            for second in 0..<256 {
                var cell = dates
                // `QuantityExtractor.mayStartWeekdayCompound` and `DateRecognizer.startsWithWeekday`: longer than
                // seven and starting with a weekday's name, compared scalar by scalar.
                if weekdayPairs.contains(first << 8 | second) {
                    for length in 8...(Self.lastBit + 1) { cell |= Self.bit(length) }
                }
                // `GermanNumberParser.mayOpen` (which reads the second scalar's low byte only), three scalars or more.
                if numbers.mayOpen(scalar, Unicode.Scalar(UInt8(second))) {
                    for length in 3...(Self.lastBit + 1) { cell |= Self.bit(length) }
                }
                cells[first << 8 | second] = cell
            }
        }
        self.cells = cells
    }

    @inline(__always)
    private static func bit(_ length: Int) -> UInt32 {
        1 << UInt32(truncatingIfNeeded: min(length, lastBit))
    }

    /// Whether a word of `length` scalars starting with `first` (below U+0100) and `second` (its second scalar, or
    /// its first again) may open a weekday compound, a number word or a date word.
    @inline(__always)
    func mayOpen(first: UInt32, second: UInt32, length: Int) -> Bool {
        let index = Int(truncatingIfNeeded: (first & 0xFF) << 8 | (second & 0xFF))
        // The index is below 65,536, the table's size, by construction.
        let cell = cells.withUnsafeBufferPointer { $0.baseAddress.unsafelyUnwrapped[index] }
        return cell & Self.bit(length) != 0
    }
}
