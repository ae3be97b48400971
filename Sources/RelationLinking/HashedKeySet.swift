/// A set of 64-bit keys that are hashes already (`LinkingLexicon.endKey`), asked about with a multiply and a probe
/// or two: `Set<UInt64>` hashed every key asked about with SipHash, about a hundred instructions a question.
struct HashedKeySet: Sendable {
    /// Open addressing with linear probing, half full at most; 0 marks an empty slot.
    private var slots = [UInt64](repeating: 0, count: 16)
    private var shift: UInt64 = 60
    private var count = 0
    /// Whether the set holds the key 0, which no slot can.
    private var holdsZero = false

    init() {}

    init<Keys: Sequence<UInt64>>(_ keys: Keys) {
        for key in keys { insert(key) }
    }

    /// Room for `capacity` keys without a rehash.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        var shift = shift
        while size < capacity * 2 {
            size *= 2
            shift -= 1
        }
        if size > slots.count { rehash(size: size, shift: shift) }
    }

    mutating func insert(_ key: UInt64) {
        guard key != 0 else {
            holdsZero = true
            return
        }
        if (count + 1) * 2 > slots.count { rehash(size: slots.count * 2, shift: shift - 1) }
        let mask = slots.count &- 1
        var slot = Self.home(key, shift)
        while slots[slot] != 0 {
            if slots[slot] == key { return }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = key
        count += 1
    }

    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return holdsZero }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var slot = Self.home(key, shift)
            while true {
                let found = slots[slot]
                if found == key { return true }
                if found == 0 { return false }
                slot = (slot &+ 1) & mask
            }
        }
    }

    private mutating func rehash(size: Int, shift: UInt64) {
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        self.shift = shift
        count = 0
        for key in old where key != 0 { insert(key) }
    }

    @inline(__always)
    private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}
