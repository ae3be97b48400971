/// The (first scalar, second scalar, last scalar, length) of every word of a list, hashed into a bit table: one read
/// tells that a token of simple code points is none of the words, before its key is worked out. Narrower than two
/// `OpeningTable`s, which let through every word that shares its start with one listed word and its end with another;
/// the second scalar turns away the participles and plurals that share their edges with a listed word (`gewesen`).
struct EdgeTable: Sendable {
    /// 4 KB: stays in cache beside the other tables of the pass over every token.
    private static let bitCount = 1 << 15
    private let cells: [UInt64]

    /// Every cell is set when a word holds a code point that is not `WordFilter.isSimple`: then a token spelt
    /// differently may still equal it, and the table must let every token through.
    init<S: Sequence>(words: S) where S.Element == String {
        var cells = Array(repeating: UInt64(0), count: Self.bitCount / 64)
        for word in words {
            let scalars = word.unicodeScalars
            guard scalars.allSatisfy(WordFilter.isSimple) else {
                cells = Array(repeating: ~0, count: cells.count)
                break
            }
            guard let first = scalars.first, let last = scalars.last else { continue }
            let cell = Self.cell(first, Self.second(of: Array(scalars)), last, scalars.count)
            cells[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        self.cells = cells
    }

    /// Whether a token whose scalars start with `first` and `second`, end with `last` and number `length` may be one
    /// of the words. `false` is sure only for a token of simple code points (`WordFilter.isSimple`): two such strings
    /// are equal only when their scalars are.
    @inline(__always)
    func mayContain(first: Unicode.Scalar, second: Unicode.Scalar, last: Unicode.Scalar, length: Int) -> Bool {
        let cell = Self.cell(first, second, last, length)
        return cells.withUnsafeBufferPointer { $0[cell >> 6] } & (1 << UInt64(cell & 63)) != 0
    }

    /// The scalar a word's `second` is: its second, or its only one.
    @inline(__always)
    static func second<C: RandomAccessCollection>(of scalars: C) -> Unicode.Scalar where C.Element == Unicode.Scalar {
        scalars[scalars.index(scalars.startIndex, offsetBy: scalars.count > 1 ? 1 : 0)]
    }

    @inline(__always)
    private static func cell(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ last: Unicode.Scalar,
                             _ length: Int) -> Int {
        var hash = first.value &* 0x9E37_79B1 ^ second.value &* 0x27D4_EB2F ^ last.value &* 0x85EB_CA6B
            ^ UInt32(truncatingIfNeeded: length) &* 0xC2B2_AE35
        hash ^= hash >> 15
        hash = hash &* 0x2C1B_3C6D
        hash ^= hash >> 13
        return Int(hash) & (bitCount - 1)
    }
}
