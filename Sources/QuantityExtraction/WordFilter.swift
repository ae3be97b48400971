/// A one-probe bit table over word keys: `false` means the word is surely not in the list, so the rules skip
/// making its string and hashing it; `true` sends it to the exact lookup.
///
/// A class over a buffer it owns, not a struct over an array: a struct read out of the lexicon for a test was
/// copied and dropped again (an outlined retain and release, about 100 instructions), tens of thousands of times a
/// pass over 10kGNAD; a class held by the lexicon is read in place. (Unchecked: the buffer is written only in
/// `init`.)
final class WordFilter: @unchecked Sendable {
    private let bits: UnsafeMutablePointer<UInt64>
    private let mask: UInt64
    /// Every word is made of code points below U+0300 (no combining marks, nothing a string compares canonically
    /// equal to another code point): then a token of such code points is in the list exactly when its key is.
    let simpleWordsOnly: Bool

    /// `bitCount` (a power of two, at least 64): 2^16 by default; a small table stays in cache, a large one lets
    /// fewer words through.
    init<S: Sequence>(words: S, bitCount: Int = 1 << 16) where S.Element == String {
        var keys: [UInt64] = []
        var simple = true
        for word in words {
            keys.append(Self.key(of: word.unicodeScalars))
            if !word.unicodeScalars.allSatisfy(Self.isSimple) { simple = false }
        }
        (bits, mask) = Self.table(of: keys, bitCount: bitCount)
        simpleWordsOnly = simple
    }

    /// A filter over keys made otherwise than of one word (`QuantityLexicon.sequencePairKey`): no token's key is
    /// asked of it, so `simpleWordsOnly` holds no meaning and is set.
    init(keys: [UInt64], bitCount: Int) {
        (bits, mask) = Self.table(of: keys, bitCount: bitCount)
        simpleWordsOnly = true
    }

    /// The bit table of `keys` in a buffer of its own, and its mask.
    private static func table(of keys: [UInt64], bitCount: Int) -> (UnsafeMutablePointer<UInt64>, UInt64) {
        var bits = Array(repeating: UInt64(0), count: bitCount / 64)
        let mask = UInt64(bitCount - 1)
        for key in keys {
            let bit = Self.bit(key, mask: mask)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: bits.count)
        buffer.initialize(from: bits, count: bits.count)
        return (buffer, mask)
    }

    deinit {
        bits.deallocate()
    }

    /// `text.contains(needle)` (Foundation's search), scalar by scalar when `text` is simple: then every scalar is
    /// a character of its own and the text is in NFC, so the two searches agree.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.allSatisfy(isSimple) else { return text.contains(needle) }
        // In the scalar views themselves: copying both into arrays cost more than the search.
        let pattern = needle.unicodeScalars
        guard let head = pattern.first else { return true }
        var start = scalars.startIndex
        while let found = scalars[start...].firstIndex(of: head) {
            if scalars[found...].starts(with: pattern) { return true }
            start = scalars.index(after: found)
        }
        return false
    }

    /// A dash, quotation mark or other general punctuation from U+2010 to U+205E, or a currency sign from U+20A0 to
    /// U+20C0: none decomposes, combines, is part of another's decomposition or changes case, so every string
    /// canonically equal to one holding it (in any case) holds it too, and none of them is simple.
    @inline(__always)
    static func isSteadyMark(_ value: UInt32) -> Bool {
        value >= 0x2010 && value <= 0x205E || value >= 0x20A0 && value <= 0x20C0
    }

    /// A printable code point below U+0300: one character on its own, in NFC, equal to no other code point.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value < 0x300 && !(scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Whether every code point these UTF-8 bytes (a string's) spell is `isSimple`: then the string's characters
    /// are its code points, in NFC, and comparing or cutting its bytes is comparing or cutting its characters.
    static func isSimple(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // (Valid UTF-8: a lead byte from C2 to CB and its continuation spell U+0080–U+02FF.)
        var afterC2 = false
        for byte in bytes {
            if byte &- 0x20 < 0x5F {
                afterC2 = false
                continue
            }
            if byte < 0x80 { return false }
            if byte >= 0xC0 {
                guard byte <= 0xCB else { return false }
                afterC2 = byte == 0xC2
                continue
            }
            // U+0080–U+009F, C1 controls.
            if afterC2 && byte < 0xA0 { return false }
            afterC2 = false
        }
        return true
    }

    /// `isSimple(utf8:)` of the string's bytes (false for a string with no contiguous UTF-8).
    static func isSimple(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isSimple(utf8: $0) } ?? false
    }

    /// Whether the word with this key may be in the list; key 0 (not known) always may.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        if key == 0 { return true }
        let bit = Self.bit(key, mask: mask)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(_ key: UInt64, mask: UInt64) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) & mask)
    }

    /// FNV-1a over the code points, as the tokens' keys (`TokenForm.exact`, which `TokenText.key` reads); never 0,
    /// which marks a key that could not be worked out.
    static func key<S: Sequence>(of scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = keySeed
        for scalar in scalars { hash = key(hash, adding: scalar) }
        return finishedKey(hash)
    }

    /// `key(of:)` a code point at a time, for callers that have no one sequence of the word's code points:
    /// start from `keySeed`, add each, and finish with `finishedKey`.
    static let keySeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func key(_ hash: UInt64, adding scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func finishedKey(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}
