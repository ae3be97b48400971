/// A one-word filter over a few dozen keys: a key's top six bits choose its bit, so a clear bit means the key was
/// never inserted. A set bit may be another key's; the table behind it answers then.
struct KeyBits {
    private var word: UInt64 = 0

    init() {}

    /// A filter of `keys`.
    init(_ keys: [WordKey]) {
        for key in keys { insert(key) }
    }

    private init(word: UInt64) { self.word = word }

    @inline(__always)
    func mayContain(_ key: WordKey) -> Bool { word & Self.bit(key) != 0 }

    mutating func insert(_ key: WordKey) { word |= Self.bit(key) }

    /// A filter that may contain the keys of both.
    func union(_ other: KeyBits) -> KeyBits { KeyBits(word: word | other.word) }

    @inline(__always)
    private static func bit(_ key: WordKey) -> UInt64 { 1 &<< (key.raw &>> 58) }
}

/// `KeyBits` over two words, for some fifty keys, which leave one word's bits more than half set: a key's seventh
/// highest bit chooses the word, its top six the bit, as in `KeyBits`.
struct WideKeyBits {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// A filter of `keys`.
    init(_ keys: [WordKey]) {
        for key in keys {
            if key.raw & Self.choice == 0 { low |= Self.bit(key) } else { high |= Self.bit(key) }
        }
    }

    @inline(__always)
    func mayContain(_ key: WordKey) -> Bool { (key.raw & Self.choice == 0 ? low : high) & Self.bit(key) != 0 }

    private static let choice: UInt64 = 1 &<< 57

    @inline(__always)
    private static func bit(_ key: WordKey) -> UInt64 { 1 &<< (key.raw &>> 58) }
}
