/// A value a `WordKeyMap` can hold: one of at most 255 values, stored as a byte beside its key.
protocol WordKeyValue: Sendable {
    /// 0 to 254.
    var wordKeyByte: UInt8 { get }
    init(wordKeyByte: UInt8)
}

extension Bool: WordKeyValue {
    var wordKeyByte: UInt8 { self ? 1 : 0 }
    init(wordKeyByte: UInt8) { self = wordKeyByte != 0 }
}

extension UInt8: WordKeyValue {
    var wordKeyByte: UInt8 {
        precondition(self < 255, "WordKeyMap holds bytes up to 254")
        return self
    }
    init(wordKeyByte: UInt8) { self = wordKeyByte }
}

/// Word keys and a value for each, in open-addressing tables hashed by multiplication: a look-up at a
/// candidate boundary costs a multiply and a compare or two, where `Set<WordKey>` runs SipHash over 24 bytes.
///
/// Keys of up to nine code points (all but the longest words) fit in 54 bits, so their slot is one word: key,
/// and value in the top byte. The tables are cold at each article, after the later stages' lexicons have
/// passed through the cache, and small slots keep the misses few. Longer keys go to a second table of their own.
struct WordKeyMap<Value: WordKeyValue>: Sendable {
    /// Short keys: `low | (value + 1) << 56`, 0 for an empty slot.
    private var short: [UInt64]
    private var shortShift: UInt64
    private var long: [LongSlot]
    private var longShift: UInt64
    private(set) var count = 0
    private var shortCount = 0
    private var longCount = 0

    private struct LongSlot: Sendable {
        var high: UInt64 = 0
        var low: UInt64 = 0
        /// Value + 1; 0 for an empty slot.
        var tag: UInt8 = 0
    }

    init() {
        short = Array(repeating: 0, count: 8)
        shortShift = 61
        long = Array(repeating: LongSlot(), count: 8)
        longShift = 61
    }

    /// The value of `key`, or nil.
    subscript(key: WordKey) -> Value? {
        @inline(__always) get {
            if key.high == 0 {
                return short.withUnsafeBufferPointer { slots in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: key.mixedBits >> shortShift)
                    while true {
                        let found = slots[slot]
                        if found == 0 { return nil }
                        if found & 0x00FF_FFFF_FFFF_FFFF == key.low {
                            return Value(wordKeyByte: UInt8(truncatingIfNeeded: found >> 56) &- 1)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
            guard longCount > 0 else { return nil }
            return long.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: key.mixedBits >> longShift)
                while true {
                    let found = slots[slot]
                    if found.tag == 0 { return nil }
                    if found.low == key.low && found.high == key.high { return Value(wordKeyByte: found.tag &- 1) }
                    slot = (slot + 1) & mask
                }
            }
        }
        set {
            guard let newValue else {
                // Nothing calls for removal; a map is built once at load.
                preconditionFailure("WordKeyMap does not remove keys")
            }
            let tag = newValue.wordKeyByte + 1
            if key.high == 0 {
                if 2 * (shortCount + 1) > short.count { growShort() }
                let mask = short.count - 1
                var slot = Int(truncatingIfNeeded: key.mixedBits >> shortShift)
                while short[slot] != 0 && short[slot] & 0x00FF_FFFF_FFFF_FFFF != key.low { slot = (slot + 1) & mask }
                if short[slot] == 0 {
                    shortCount += 1
                    count += 1
                }
                short[slot] = key.low | UInt64(tag) << 56
            } else {
                if 2 * (longCount + 1) > long.count { growLong() }
                let mask = long.count - 1
                var slot = Int(truncatingIfNeeded: key.mixedBits >> longShift)
                while long[slot].tag != 0 && !(long[slot].low == key.low && long[slot].high == key.high) {
                    slot = (slot + 1) & mask
                }
                if long[slot].tag == 0 {
                    longCount += 1
                    count += 1
                }
                long[slot] = LongSlot(high: key.high, low: key.low, tag: tag)
            }
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func growShort() {
        let old = short
        short = Array(repeating: 0, count: old.count * 2)
        shortShift -= 1
        let mask = short.count - 1
        for entry in old where entry != 0 {
            let low = entry & 0x00FF_FFFF_FFFF_FFFF
            var slot = Int(truncatingIfNeeded: WordKey.mixedBits(high: 0, low: low) >> shortShift)
            while short[slot] != 0 { slot = (slot + 1) & mask }
            short[slot] = entry
        }
    }

    private mutating func growLong() {
        let old = long
        long = Array(repeating: LongSlot(), count: old.count * 2)
        longShift -= 1
        let mask = long.count - 1
        for entry in old where entry.tag != 0 {
            var slot = Int(truncatingIfNeeded: WordKey.mixedBits(high: entry.high, low: entry.low) >> longShift)
            while long[slot].tag != 0 { slot = (slot + 1) & mask }
            long[slot] = entry
        }
    }
}

/// A set of word keys on `WordKeyMap`'s tables.
struct WordKeySet: Sendable {
    private var map = WordKeyMap<Bool>()

    init(_ keys: some Sequence<WordKey>) {
        for key in keys { map[key] = true }
    }

    var count: Int { map.count }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { map[key] != nil }
}
