/// An open-addressing hash table from `WordKey` to `Int32`: word keys are already well-mixed 64-bit hashes,
/// so this skips `Hasher`'s per-lookup SipHash, which dominated both lexicon loading and matching.
struct KeyTable: Sendable {
    /// Key and value side by side, so a lookup touches one cache line.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
        shift = 64 - bits
    }

    /// 0 marks an empty slot, so a key that hashes to 0 is stored as 1.
    private static func stored(_ key: WordKey) -> UInt64 { key.raw == 0 ? 1 : key.raw }

    /// Fibonacci hashing: the high bits of a multiply spread keys whose low bits are alike.
    /// The mask keeps the start slot inside the table whatever the shift, as the probes read without bounds checks.
    private func slot(_ raw: UInt64) -> Int {
        Int(truncatingIfNeeded: (raw &* 0x9e37_79b9_7f4a_7c15) >> shift) & mask
    }

    subscript(key: WordKey) -> Int32? {
        let raw = Self.stored(key)
        var index = slot(raw)
        return slots.withUnsafeBufferPointer { buffer in
            while true {
                let found = buffer[index]
                if found.key == raw { return found.value }
                if found.key == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    mutating func set(_ key: WordKey, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let raw = Self.stored(key)
        var index = slot(raw)
        while slots[index].key != 0 && slots[index].key != raw { index = (index + 1) & mask }
        if slots[index].key == 0 { count += 1 }
        slots[index] = Slot(key: raw, value: value)
    }

    mutating func insert(_ key: WordKey) { set(key, 0) }

    /// The value stored for `key`, or `value` stored now: one probe sequence for both, as a trie build asks
    /// this once per edge.
    mutating func value(for key: WordKey, insertingIfAbsent value: Int32) -> (value: Int32, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        let raw = Self.stored(key)
        var index = slot(raw)
        let mask = self.mask
        let found = slots.withUnsafeMutableBufferPointer { buffer -> Int32? in
            while true {
                let slot = buffer[index]
                if slot.key == raw { return slot.value }
                if slot.key == 0 {
                    buffer[index] = Slot(key: raw, value: value)
                    return nil
                }
                index = (index + 1) & mask
            }
        }
        if let found { return (found, false) }
        count += 1
        return (value, true)
    }

    /// Makes room for `capacity` keys in all, rehashing once now instead of doubling step by step later.
    mutating func reserve(_ capacity: Int) {
        guard capacity * 2 > slots.count else { return }
        var size = slots.count
        var bits = 64 - shift
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
        shift = 64 - bits
        count = 0
        for slot in old where slot.key != 0 { set(WordKey(raw: slot.key), slot.value) }
    }

    mutating func formUnion(_ other: KeyTable) {
        for slot in other.slots where slot.key != 0 { set(WordKey(raw: slot.key), slot.value) }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
        mask = slots.count - 1
        shift -= 1
        count = 0
        for slot in old where slot.key != 0 { set(WordKey(raw: slot.key), slot.value) }
    }
}

/// A set of word keys: the same open addressing with keys only (8 bytes a slot, filled up to 3/4), because the
/// common-noun set has a quarter of a million forms and its memory traffic was most of the load time.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private var keys: [UInt64]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        var bits: UInt64 = 4
        while size * 3 < capacity * 4 {
            size <<= 1
            bits += 1
        }
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
        shift = 64 - bits
    }

    init(arrayLiteral elements: WordKey...) { self.init(elements) }

    /// A set of many keys at once, inserted in the order of their home slots: the writes then move through
    /// the table instead of jumping across megabytes, which made building the noun set memory-bound.
    init(bulk keys: [WordKey]) {
        self.init(capacity: keys.count)
        let bucketBits: UInt64 = 10
        let bitsUsed = 64 - shift
        let bucketShift = bitsUsed > bucketBits ? bitsUsed - bucketBits : 0
        var counts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        for key in keys { counts[slot(Self.stored(key)) >> bucketShift + 1] += 1 }
        for index in counts.indices.dropFirst() { counts[index] += counts[index - 1] }
        var ordered = [UInt64](repeating: 0, count: keys.count)
        for key in keys {
            let raw = Self.stored(key)
            let bucket = slot(raw) >> bucketShift
            ordered[counts[bucket]] = raw
            counts[bucket] += 1
        }
        for raw in ordered { insert(WordKey(raw: raw)) }
    }

    /// 0 marks an empty slot, so a key that hashes to 0 is stored as 1.
    private static func stored(_ key: WordKey) -> UInt64 { key.raw == 0 ? 1 : key.raw }

    init<S: Sequence>(_ elements: S) where S.Element == WordKey {
        self.init()
        for element in elements { insert(element) }
    }

    var isEmpty: Bool { count == 0 }

    /// The mask keeps the start slot inside the table whatever the shift, as the probes read without bounds checks.
    private func slot(_ raw: UInt64) -> Int {
        Int(truncatingIfNeeded: (raw &* 0x9e37_79b9_7f4a_7c15) >> shift) & mask
    }

    func contains(_ key: WordKey) -> Bool {
        let raw = key.raw == 0 ? 1 : key.raw
        var index = slot(raw)
        return keys.withUnsafeBufferPointer { buffer in
            while true {
                let found = buffer[index]
                if found == raw { return true }
                if found == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }

    mutating func insert(_ key: WordKey) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let raw = key.raw == 0 ? 1 : key.raw
        var index = slot(raw)
        let mask = self.mask
        let added = keys.withUnsafeMutableBufferPointer { buffer -> Bool in
            while true {
                let found = buffer[index]
                if found == raw { return false }
                if found == 0 {
                    buffer[index] = raw
                    return true
                }
                index = (index + 1) & mask
            }
        }
        if added { count += 1 }
    }

    mutating func formUnion(_ other: KeySet) {
        for key in other.keys where key != 0 { insert(WordKey(raw: key)) }
    }

    func forEach(_ body: (WordKey) -> Void) {
        for key in keys where key != 0 { body(WordKey(raw: key)) }
    }

    func union(_ other: KeySet) -> KeySet {
        var out = self
        out.formUnion(other)
        return out
    }

    func union(_ other: [WordKey]) -> KeySet {
        var out = self
        for key in other { out.insert(key) }
        return out
    }

    private mutating func grow() {
        let old = keys
        keys = [UInt64](repeating: 0, count: old.count * 2)
        mask = keys.count - 1
        shift -= 1
        count = 0
        for key in old where key != 0 { insert(WordKey(raw: key)) }
    }
}
