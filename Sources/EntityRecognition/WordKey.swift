/// A 64-bit key for a word, case-folded or exact, so lexicons of 100k+ forms load and look up without
/// building a `String` per word.
///
/// FNV-1a over code points; a collision between two real German words is far less likely than a typo
/// in a list, and keys never leave the process.
struct WordKey: Hashable, Sendable {
    let raw: UInt64

    fileprivate static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    fileprivate static let prime: UInt64 = 0x100_0000_01b3

    init(raw: UInt64) { self.raw = raw }

    /// The key of `scalars` lower-cased (`folded`) or as written.
    init<S: Sequence>(_ scalars: S, folded: Bool) where S.Element == Unicode.Scalar {
        var hash = Self.offsetBasis
        for scalar in scalars {
            let value = folded ? Self.fold(scalar) : scalar.value
            hash = (hash ^ UInt64(value)) &* Self.prime
        }
        raw = hash
    }

    /// Builds a key one code point at a time, the same as `init(_:folded:)` over the sequence.
    struct Builder {
        private var hash = WordKey.offsetBasis

        mutating func append(_ scalar: Unicode.Scalar, folded: Bool) {
            let value = folded ? WordKey.fold(scalar) : scalar.value
            hash = (hash ^ UInt64(value)) &* WordKey.prime
        }

        /// `append(_:folded:)` for an ASCII byte, without the general case-folding path.
        @inline(__always)
        mutating func append(ascii byte: UInt8, folded: Bool) {
            let value = folded && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            hash = (hash ^ UInt64(value)) &* WordKey.prime
        }

        /// Appends a code point value already folded as wanted.
        @inline(__always)
        mutating func append(value: UInt32) {
            hash = (hash ^ UInt64(value)) &* WordKey.prime
        }

        var key: WordKey { WordKey(raw: hash) }
    }

    init(_ text: Substring, folded: Bool) { self.init(text.unicodeScalars, folded: folded) }
    init(_ text: String, folded: Bool) { self.init(text.unicodeScalars, folded: folded) }

    /// This key followed by `other`, as if the two words were one sequence; trie edges use it.
    func combined(with other: WordKey) -> WordKey {
        WordKey(raw: (raw ^ (other.raw &* 0x9e37_79b9_7f4a_7c15)) &* Self.prime &+ 0x2545_f491_4f6c_dd1d)
    }

    /// Lower case of one code point; the Latin-1 block (umlauts) is done by offset because it is most of
    /// German text, the rest asks Unicode for a one-to-one mapping.
    /// Inlined up to Latin-1; rules fold single letters of words in their tests, where a call cost more than the fold.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 0x20 }
        if value < 0x100 { return value }
        return foldBeyondLatin1(scalar)
    }

    @inline(never)
    private static func foldBeyondLatin1(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        // Dashes and quotes have no case (`ScalarClass.isGeneralPunctuation(_:)`).
        if ScalarClass.isGeneralPunctuation(value) { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first?.value ?? value : value
    }
}
