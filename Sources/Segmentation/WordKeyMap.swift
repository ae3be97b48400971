/// Word keys and a value for each, in an open-addressing table hashed by multiplication: a look-up at a
/// candidate boundary costs a multiply and a compare or two, where `Set<WordKey>` runs SipHash over 24 bytes.
///
/// A slot holds a key's two words and its value side by side, so that a probe touches one cache line: the
/// tables are cold at each article, after the later stages' lexicons have passed through the cache.
struct WordKeyMap<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var high: UInt64 = 0
        var low: UInt64 = 0
        /// nil for an empty slot.
        var value: Value?
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0

    /// An empty map with room for `capacity` keys at under half load.
    init(capacity: Int = 0) {
        var size = 8
        while size < 2 * capacity + 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The value of `key`, or nil.
    subscript(key: WordKey) -> Value? {
        @inline(__always) get {
            slots.withUnsafeBufferPointer { slots in
                // A key's code points are never 0, so its two words alone tell keys apart.
                var slot = Int(truncatingIfNeeded: key.mixedBits >> shift)
                while true {
                    let found = slots[slot]
                    guard let value = found.value else { return nil }
                    if found.low == key.low && found.high == key.high { return value }
                    slot = (slot + 1) & mask
                }
            }
        }
        set {
            guard let newValue else {
                // Nothing calls for removal; a map is built once at load.
                preconditionFailure("WordKeyMap does not remove keys")
            }
            if 2 * (count + 1) > slots.count { grow() }
            var slot = Int(truncatingIfNeeded: key.mixedBits >> shift)
            while slots[slot].value != nil {
                if slots[slot].low == key.low && slots[slot].high == key.high {
                    slots[slot].value = newValue
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(high: key.high, low: key.low, value: newValue)
            count += 1
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func grow() {
        var bigger = WordKeyMap(capacity: slots.count)
        for slot in slots {
            guard let value = slot.value else { continue }
            // Re-inserting needs the key's hash, which depends on its two words only.
            bigger.insert(high: slot.high, low: slot.low, value: value)
        }
        self = bigger
    }

    private mutating func insert(high: UInt64, low: UInt64, value: Value) {
        var slot = Int(truncatingIfNeeded: WordKey.mixedBits(high: high, low: low) >> shift)
        while slots[slot].value != nil { slot = (slot + 1) & mask }
        slots[slot] = Slot(high: high, low: low, value: value)
        count += 1
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

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { map[key] != nil }
}
