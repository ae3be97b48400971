import NewsGraphCore

/// Open addressing over `WordKey`s, the layout `KeyTable` and `KeySet` share: word keys are already well-mixed
/// 64-bit hashes, so this skips `Hasher`'s per-lookup SipHash, which dominated both lexicon loading and matching.
///
/// A power-of-two number of slots, linear probing, 0 marking an empty slot (a key that hashes to 0 is stored as 1).
struct SlotLayout: Sendable {
    let count: Int
    let mask: Int
    private let shift: UInt64

    /// The fewest slots (at least 16) that hold `capacity` keys filled up to `load`.
    init(capacity: Int, load: Double) {
        var size = 16
        var bits: UInt64 = 4
        while Double(size) * load < Double(capacity) {
            size <<= 1
            bits += 1
        }
        count = size
        mask = size - 1
        shift = 64 - bits
    }

    @inline(__always)
    static func stored(_ key: WordKey) -> UInt64 { key.raw == 0 ? 1 : key.raw }

    /// Fibonacci hashing: the high bits of a multiply spread keys whose low bits are alike.
    /// The mask keeps the start slot inside the table whatever the shift, as the probes read without bounds checks.
    /// The shift is below 64 (at least four bits of slots), so the masking shift `&>>` is the same as `>>`, without
    /// the test for a shift of 64 or more that `>>` makes on every look-up.
    @inline(__always)
    func home(_ raw: UInt64) -> Int {
        Int(truncatingIfNeeded: (raw &* 0x9e37_79b9_7f4a_7c15) &>> shift) & mask
    }

    /// Indices of `keys` in the order of their home slots (by their top ten bits): inserted in this order, the
    /// writes move through the table instead of jumping across megabytes, which made bulk loads memory-bound.
    func homeOrder(_ keys: [WordKey]) -> [Int32] {
        let bucketBits = 10
        let slotBits = mask.nonzeroBitCount
        let bucketShift = slotBits > bucketBits ? slotBits - bucketBits : 0
        var starts = [Int](filled: 0, count: (1 << bucketBits) + 1)
        for key in keys { starts[home(Self.stored(key)) >> bucketShift + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        var order = [Int32](filled: 0, count: keys.count)
        for (index, key) in keys.enumerated() {
            let bucket = home(Self.stored(key)) >> bucketShift
            order[starts[bucket]] = Int32(index)
            starts[bucket] += 1
        }
        return order
    }
}

/// A hash table from `WordKey` to `Int32`, filled up to half (a lookup mostly misses, and misses stop sooner).
struct KeyTable: Sendable {
    /// Key and value side by side, so a lookup touches one cache line.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private static let load = 0.5
    private var slots: [Slot]
    private var layout: SlotLayout
    private(set) var count = 0

    init(capacity: Int = 8) {
        layout = SlotLayout(capacity: capacity, load: Self.load)
        // The smallest tables start as one shared empty array, copied on the first `set`: an article makes a
        // dozen of them and leaves most empty, and each allocation of a `Slot` array asked for its metadata.
        slots = layout.count == Self.emptySlots.count
            ? Self.emptySlots : [Slot](filled: Slot(key: 0, value: 0), count: layout.count)
    }

    private static let emptySlots = [Slot](
        filled: Slot(key: 0, value: 0), count: SlotLayout(capacity: 8, load: load).count)

    @inline(__always)
    subscript(key: WordKey) -> Int32? {
        let raw = SlotLayout.stored(key)
        var index = layout.home(raw)
        let mask = layout.mask
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

    /// The value of each of `keys`, `absent` where there is none, handed to `body` with the key's position, in two
    /// passes: the first only reads each key's home slot, so the cache misses of all keys are under way at once
    /// instead of one after another between other work; the second finishes the few probes that go past the home
    /// slot. Buffers, not arrays: this runs for every article, where allocating arrays (their run-time type looked
    /// up each time) cost more than the probes; a callback, not a buffer of values, as the callers scatter them.
    @inline(__always)
    func forEachValue(of keys: UnsafeBufferPointer<WordKey>, absent: Int32, _ body: (Int, Int32) -> Void) {
        let layout = layout
        slots.withUnsafeBufferPointer { slots in
            withScratch(of: Slot.self, capacity: keys.count) { homeSlots in
                guard let base = homeSlots.baseAddress else { return }
                // Read through pointers, without bounds checks: this runs for most words of every article.
                for index in 0..<keys.count {
                    (base + index).initialize(to: slots[layout.home(SlotLayout.stored(keys[index]))])
                }
                for index in 0..<keys.count {
                    let stored = SlotLayout.stored(keys[index])
                    let first = homeSlots[index]
                    var value = absent
                    if first.key == stored {
                        value = first.value
                    } else if first.key != 0 {
                        value = self[keys[index]] ?? absent
                    }
                    body(index, value)
                }
            }
        }
    }

    /// Inlined: the resolver sets keys tens of thousands of times a batch, and a call's set-up, the table's fields
    /// loaded and stored through memory, cost about as much as the probe.
    @inline(__always)
    mutating func set(_ key: WordKey, _ value: Int32) {
        // `reserve`'s test, in integers: a table is set far more often than it grows.
        if (count + 1) * 2 > layout.count { reserve(count + 1) }
        let raw = SlotLayout.stored(key)
        var index = layout.home(raw)
        let mask = layout.mask
        // Probed and written through a pointer, as `value(for:insertingIfAbsent:)` does: indexing the array checked
        // bounds and uniqueness on every step.
        let added = slots.withUnsafeMutableBufferPointer { buffer -> Bool in
            while buffer[index].key != 0 && buffer[index].key != raw { index = (index + 1) & mask }
            let added = buffer[index].key == 0
            buffer[index] = Slot(key: raw, value: value)
            return added
        }
        if added { count += 1 }
    }

    mutating func insert(_ key: WordKey) { set(key, 0) }

    /// The value stored for `key`, or `value` stored now: one probe sequence for both, as a trie build asks
    /// this once per edge.
    mutating func value(for key: WordKey, insertingIfAbsent value: Int32) -> (value: Int32, inserted: Bool) {
        reserve(count + 1)
        let raw = SlotLayout.stored(key)
        var index = layout.home(raw)
        let mask = layout.mask
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

    /// The value of each of `keys`, absent ones stored with the numbers `next`, `next + 1`, … in the order they
    /// are met (`next` advances past them). Keys go in in home-slot order (`SlotLayout.homeOrder`), so the numbers
    /// follow that order, not the order of `keys`.
    mutating func values(for keys: [WordKey], numberingNewFrom next: inout Int32) -> [Int32] {
        reserve(count + keys.count)
        var values = [Int32](filled: 0, count: keys.count)
        for index in layout.homeOrder(keys) {
            let (value, inserted) = value(for: keys[Int(index)], insertingIfAbsent: next)
            if inserted { next += 1 }
            values[Int(index)] = value
        }
        return values
    }

    /// Makes room for `capacity` keys in all, rehashing once now instead of doubling step by step later.
    mutating func reserve(_ capacity: Int) {
        guard Double(capacity) > Double(layout.count) * Self.load else { return }
        // (Only the slots of the layout: `removeAll(reservingCapacity:)` may leave stale ones past it.)
        let old = slots[..<layout.count]
        layout = SlotLayout(capacity: max(capacity, layout.count), load: Self.load)
        slots = [Slot](filled: Slot(key: 0, value: 0), count: layout.count)
        count = 0
        for slot in old where slot.key != 0 { set(WordKey(raw: slot.key), slot.value) }
    }

    /// Empties the table for `capacity` keys. The slots are kept where there are enough of them, and only as many
    /// as `capacity` wants are used and cleared: a table that one long article grew is cleared no further than the
    /// next article needs (the slots past the layout are stale and never read), where making it anew for each
    /// article allocated and filled every slot.
    mutating func removeAll(reservingCapacity capacity: Int) {
        let wanted = SlotLayout(capacity: capacity, load: Self.load)
        guard wanted.count <= slots.count else {
            self = KeyTable(capacity: capacity)
            return
        }
        // An empty table's slots up to its layout are clear (it may still share `emptySlots`, which stays as it is).
        let clean = count == 0 && wanted.count <= layout.count
        layout = wanted
        count = 0
        guard !clean else { return }
        // Only the keys: a value is read only under its key.
        slots.withUnsafeMutableBufferPointer { slots in
            for index in 0..<wanted.count { slots[index].key = 0 }
        }
    }

    mutating func formUnion(_ other: KeyTable) {
        // Room first: `other` hands its keys over in the order of its slots, which a smaller table would pile up.
        reserve(count + other.count)
        for slot in other.slots[..<other.layout.count] where slot.key != 0 { set(WordKey(raw: slot.key), slot.value) }
    }
}

/// A set of word keys: the same layout with keys only (8 bytes a slot, filled up to 3/4), because the
/// common-noun set has a quarter of a million forms and its memory traffic was most of the load time.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private static let load = 0.75
    private var keys: [UInt64]
    private var layout: SlotLayout
    private(set) var count = 0

    init(capacity: Int = 12) {
        layout = SlotLayout(capacity: capacity, load: Self.load)
        // Shared until the first insert, as `KeyTable`'s smallest tables are.
        keys = layout.count == Self.emptyKeys.count ? Self.emptyKeys : [UInt64](filled: 0, count: layout.count)
    }

    private static let emptyKeys = [UInt64](filled: 0, count: SlotLayout(capacity: 12, load: load).count)

    init(arrayLiteral elements: WordKey...) { self.init(elements) }

    /// A set of many keys at once, inserted in home-slot order (`SlotLayout.homeOrder`).
    init(bulk keys: [WordKey]) {
        self.init(capacity: keys.count)
        for index in layout.homeOrder(keys) { insert(keys[Int(index)]) }
    }

    /// A small set (literal words, at most `sparseLimit` keys) gets room for four times its keys: the rules ask
    /// such sets of thousands of tokens, mostly not in them, and a miss probes on to the next empty slot, which in
    /// a set filled up to 3/4 (as growing by doubling leaves it) took four or five probes.
    init<S: Sequence>(_ elements: S) where S.Element == WordKey {
        let keys = Array(elements)
        self.init(capacity: keys.count <= Self.sparseLimit ? 3 * keys.count : keys.count)
        for key in keys { insert(key) }
    }

    private static let sparseLimit = 1024

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        let raw = SlotLayout.stored(key)
        var index = layout.home(raw)
        let mask = layout.mask
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
        if Double(count + 1) > Double(layout.count) * Self.load { grow() }
        let raw = SlotLayout.stored(key)
        var index = layout.home(raw)
        let mask = layout.mask
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

    /// Room for `other` is made first: its keys come in its slot order, which packs them more densely than this
    /// smaller table's slots, and growing on the way built runs that every later insert probed to the end of
    /// (merging the second first-name list into the first was a tenth of the lexicon load).
    mutating func formUnion(_ other: KeySet) {
        reserve(count + other.count)
        for key in other.keys where key != 0 { insert(WordKey(raw: key)) }
    }

    /// Makes room for `capacity` keys in all, rehashing once now instead of doubling step by step later.
    mutating func reserve(_ capacity: Int) {
        guard Double(capacity) > Double(layout.count) * Self.load else { return }
        let old = keys
        layout = SlotLayout(capacity: capacity, load: Self.load)
        keys = [UInt64](filled: 0, count: layout.count)
        count = 0
        for key in old where key != 0 { insert(WordKey(raw: key)) }
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
        layout = SlotLayout(capacity: layout.count * 2, load: 1)
        keys = [UInt64](filled: 0, count: layout.count)
        count = 0
        for key in old where key != 0 { insert(WordKey(raw: key)) }
    }
}
