/// The (first three scalars, last scalar, scalar count) of every noun form and unit word, hashed into a bit table:
/// a compound's possible head (`UnitLemmatizer`) with other edges or another length than all of them is none of
/// them, and is not encoded and looked up. That look-up, made at every cut of a compound, cost more the longer the
/// head. (The last scalar, the same at every cut, turns away half the heads the start and count let through.)
struct HeadStartTable: Sendable {
    /// 128 KB for some 257,000 forms: about one cell in ten set.
    private static let bitCount = 1 << 20
    private let cells: [UInt64]

    /// Over the forms' and words' scalars: exact for heads whose strings are equal to one only when their scalars
    /// are (as `UnitLemmatizer` asks it: code points below U+0300, looked up by bytes or among NFC unit words).
    init<S: Sequence>(nouns: NounLemmaTable, words: S) where S.Element == String {
        var cells = Array(repeating: UInt64(0), count: Self.bitCount / 64)
        func insert(_ word: String) {
            var scalars = word.unicodeScalars.makeIterator()
            guard let first = scalars.next(), let second = scalars.next(), let third = scalars.next() else { return }
            var count = 3
            var last = third
            while let next = scalars.next() {
                last = next
                count += 1
            }
            let cell = Self.cell(first, second, third, last, count)
            cells[cell >> 6] |= 1 << UInt64(cell & 63)
        }
        // (Forms of 15 bytes or fewer, most, make no allocation as strings.)
        nouns.forEachForm { insert(String(decoding: $0, as: UTF8.self)) }
        for word in words { insert(word) }
        self.cells = cells
    }

    /// Whether a word that starts with these three scalars, ends with `last` and numbers `length` may be one of the
    /// words; `false` is sure.
    @inline(__always)
    func mayContain(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar,
                    last: Unicode.Scalar, length: Int) -> Bool {
        let cell = Self.cell(first, second, third, last, length)
        return cells.withUnsafeBufferPointer { $0[cell >> 6] } & (1 << UInt64(cell & 63)) != 0
    }

    @inline(__always)
    private static func cell(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar,
                             _ last: Unicode.Scalar, _ length: Int) -> Int {
        var hash = first.value &* 0x9E37_79B1 ^ second.value &* 0x27D4_EB2F ^ third.value &* 0x85EB_CA6B
            ^ last.value &* 0x1656_67B1 ^ UInt32(truncatingIfNeeded: length) &* 0xC2B2_AE35
        hash ^= hash >> 15
        hash = hash &* 0x2C1B_3C6D
        hash ^= hash >> 13
        return Int(hash) & (bitCount - 1)
    }
}
