import NewsGraphCore

/// A set of `TokenForm` keys (FNV-1a over a word's code points), in one open-addressing table: a token's form, which
/// the tokenizer has worked out already, is tested without reading its code points again.
struct FormKeySet: Sendable {
    /// The keys, 0 for an empty slot (the key 0 is kept aside in `hasZero`).
    private let slots: [UInt64]
    private let shift: UInt64
    private let hasZero: Bool

    init(_ keys: some Collection<UInt64>) {
        var size = 8
        var shift: UInt64 = 61
        while size < 2 * keys.count {
            size *= 2
            shift -= 1
        }
        var slots = [UInt64](repeating: 0, count: size)
        var hasZero = false
        for key in keys {
            guard key != 0 else {
                hasZero = true
                continue
            }
            var slot = Self.slot(of: key, shift: shift)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
        }
        self.slots = slots
        self.shift = shift
        self.hasZero = hasZero
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return hasZero }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(of: key, shift: shift)
            while true {
                let found = slots[slot]
                if found == key { return true }
                if found == 0 { return false }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    /// FNV-1a's low bits are its best mixed, but the table takes the top ones: multiplied once more.
    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
