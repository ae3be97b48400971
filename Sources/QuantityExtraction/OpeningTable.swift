/// A table of (first scalar, length) pairs of a word list: one array read tells that a token cannot be in the list,
/// before any string is hashed.
struct OpeningTable: Sendable {
    private static let maxLength = 32
    /// Bits, not `Bool`s: the table is read for every word and should stay in cache.
    private let cells: [UInt64]

    init<S: Sequence>(words: S) where S.Element == String {
        var cells = Array(repeating: UInt64(0), count: (256 * (Self.maxLength + 1) + 63) / 64)
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            let cell = Self.cell(first, word.unicodeScalars.count)
            cells[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        self.cells = cells
    }

    /// The same over (last scalar, length), for `mayEnd`. Only when every word ends in a code point below U+0300
    /// (else every cell is set): two such code points are canonically equal only when they are the same, so a
    /// token whose last code point is below U+0300 as well equals a word only if it ends in the same one.
    init<S: Sequence>(lastScalarsOf words: S) where S.Element == String {
        var cells = Array(repeating: UInt64(0), count: (256 * (Self.maxLength + 1) + 63) / 64)
        for word in words {
            guard let last = word.unicodeScalars.last else { continue }
            guard last.value < 0x300 else {
                cells = Array(repeating: ~0, count: cells.count)
                break
            }
            let cell = Self.cell(last, word.unicodeScalars.count)
            cells[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        self.cells = cells
    }

    /// For a table made by `init(lastScalarsOf:)`: whether a token whose scalars end with `last` and number
    /// `length` may be one of the words (always, when `last` is U+0300 or above).
    func mayEnd(with last: Unicode.Scalar, length: Int) -> Bool {
        last.value >= 0x300 || mayContain(first: last, length: length)
    }

    /// Whether a token whose scalars start with `first` and number `length` may be one of the words. (Inlined: a
    /// table read, asked of some 13,000 tokens a pass, that cost less than the call.)
    @inline(__always)
    func mayContain(first: Unicode.Scalar, length: Int) -> Bool {
        let cell = Self.cell(first, length)
        return cells[cell >> 6] & (1 << UInt64(cell & 63)) != 0
    }

    private static func cell(_ first: Unicode.Scalar, _ length: Int) -> Int {
        Int(first.value & 0xFF) * (maxLength + 1) + min(length, maxLength)
    }
}
