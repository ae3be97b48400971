import NewsGraphCore

/// A 64-bit key for a word, case-folded or exact, so lexicons of 100k+ forms load and look up without
/// building a `String` per word.
///
/// FNV-1a over code points; a collision between two real German words is far less likely than a typo
/// in a list, and keys never leave the process.
struct WordKey: Hashable, Sendable {
    let raw: UInt64

    fileprivate static let offsetBasis = TokenForm.keySeed
    fileprivate static let prime = TokenForm.keyPrime

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

    /// The key of the word without its last code point, whose value (folded as the key was made) is `last`.
    /// FNV-1a's multiplier is odd, so one step is undone by multiplying with its inverse and the code point xored
    /// out again: no pass over the word.
    @inline(__always)
    func dropping(last: UInt32) -> WordKey {
        WordKey(raw: (raw &* Self.primeInverse) ^ UInt64(last))
    }

    /// `prime` × `primeInverse` = 1 modulo 2^64.
    fileprivate static let primeInverse: UInt64 = 0xce96_5057_aff6_957b

    init(_ text: Substring, folded: Bool) { self.init(text.unicodeScalars, folded: folded) }
    init(_ text: String, folded: Bool) { self.init(text.unicodeScalars, folded: folded) }

    /// This key followed by `other`, as if the two words were one sequence; trie edges use it.
    func combined(with other: WordKey) -> WordKey {
        WordKey(raw: (raw ^ (other.raw &* 0x9e37_79b9_7f4a_7c15)) &* Self.prime &+ 0x2545_f491_4f6c_dd1d)
    }

    /// Lower case of one code point (`TokenForm.fold(_:)`, which the tokens' keys were made with).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 { TokenForm.fold(scalar) }
}
