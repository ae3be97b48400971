/// Word keys and a value for each, in an open-addressing table hashed by multiplication: a look-up at a
/// candidate boundary costs a multiply and a compare or two, where `Set<WordKey>` runs SipHash over 24 bytes.
struct WordKeyMap<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0

    /// An empty map with room for `capacity` keys at under half load.
    init(capacity: Int = 0) {
        var size = 8
        while size < 2 * capacity + 2 { size *= 2 }
        keys = Array(repeating: WordKey(), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The value of `key`, or nil.
    subscript(key: WordKey) -> Value? {
        @inline(__always) get {
            var slot = Int(truncatingIfNeeded: key.mixedBits >> shift)
            while true {
                guard let value = values[slot] else { return nil }
                if keys[slot].hasSameBits(as: key) { return value }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else {
                // Nothing calls for removal; a map is built once at load.
                preconditionFailure("WordKeyMap does not remove keys")
            }
            if 2 * (count + 1) > keys.count { grow() }
            var slot = Int(truncatingIfNeeded: key.mixedBits >> shift)
            while values[slot] != nil {
                if keys[slot].hasSameBits(as: key) {
                    values[slot] = newValue
                    return
                }
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            values[slot] = newValue
            count += 1
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func grow() {
        var bigger = WordKeyMap(capacity: keys.count)
        for (key, value) in zip(keys, values) {
            if let value { bigger[key] = value }
        }
        self = bigger
    }
}

/// A set of word keys on `WordKeyMap`'s table.
struct WordKeySet: Sendable {
    private var map: WordKeyMap<Bool>

    init(_ keys: some Sequence<WordKey>) {
        map = WordKeyMap(capacity: keys.underestimatedCount)
        for key in keys { map[key] = true }
    }

    var count: Int { map.count }

    func contains(_ key: WordKey) -> Bool { map[key] != nil }
}
