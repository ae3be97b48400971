/// A one-probe bit table over word keys: `false` means the word is surely not in the list, so the rules skip
/// making its string and hashing it; `true` sends it to the exact lookup.
struct WordFilter: Sendable {
    private static let bitCount = 1 << 16
    private var bits: [UInt64]

    init<S: Sequence>(words: S) where S.Element == String {
        bits = Array(repeating: 0, count: Self.bitCount / 64)
        for word in words { insert(Self.key(of: word.unicodeScalars)) }
    }

    private mutating func insert(_ key: UInt64) {
        let bit = Self.bit(key)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the word with this key may be in the list; key 0 (not known) always may.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        if key == 0 { return true }
        let bit = Self.bit(key)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(bitCount - 1))
    }

    /// FNV-1a over the code points; never 0, which marks a key that could not be worked out.
    static func key<S: Sequence>(of scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }
}
