/// An article's entity keys by their bytes, made once per article: every mention and every relation end names its
/// entity by key, and a hash of the key's first and last eight bytes finds it in a probe or two, where a search of
/// all the keys (of its length) compared run after run. The table is a run of words the caller lends
/// (`EntityIndex` keeps it with the article's other indices, one allocation for all).
enum KeySlots {
    /// The table's size for `keys` keys: a power of two, twice as many places as keys at least, so probes end soon.
    static func tableCount(keys: Int) -> Int {
        var bits = 3
        while 1 << bits < 2 * keys { bits += 1 }
        return 1 << bits
    }

    /// Fills `table` (`tableCount` places, all zero) with the keys of `runs`, found as their slots: where `order`
    /// puts each run's position. By hash, a key's run and slot: its start in the runs' bytes (high 32 bits), its byte
    /// count (16 bits) and its slot plus one (low 16 bits; 0: no key here), probed linearly.
    static func fill(_ table: UnsafeMutableBufferPointer<Int>, runs: KeyOrder.Runs, order: UnsafeBufferPointer<Int>) {
        let shift = shift(table.count)
        let mask = table.count - 1
        for (slot, position) in order.enumerated() {
            let (start, end) = (runs.starts[position], runs.starts[position + 1])
            // A key too long for its count's bits (none is) is left out: looked up, it is not found, and its IRI is
            // spelt anew rather than copied.
            guard end - start < 1 << 16, end <= UInt32.max, slot + 1 < 1 << 16 else { continue }
            var place = Int(hash(UnsafeBufferPointer(rebasing: runs.bytes[start..<end])) >> shift)
            while table[place] != 0 { place = (place + 1) & mask }
            table[place] = Int(bitPattern: UInt(start) << 32 | UInt(end - start) << 16 | UInt(slot + 1))
        }
    }

    /// The table's place for a hash: its top bits.
    @inline(__always)
    private static func shift(_ tableCount: Int) -> UInt64 { UInt64(64 - tableCount.trailingZeroBitCount) }

    /// The keys' slots by their bytes, for as long as their owner lends the runs' bytes and the table.
    struct Lookup {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let table: UnsafeBufferPointer<Int>
        fileprivate let shift: UInt64

        /// `table`, filled by `fill`, finding keys among `bytes`, the runs' bytes.
        init(bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<Int>) {
            (self.bytes, self.table, shift) = (bytes, table, KeySlots.shift(table.count))
        }

        /// The slot of the key with the very bytes of `key`, if there is one.
        @inline(__always)
        func slot(of key: String) -> Int? {
            // A native key lends its bytes in place, without the copy (and its retain and release) `withUTF8` needs.
            if let found = key.utf8.withContiguousStorageIfAvailable({ slot(ofBytes: $0) }) { return found }
            var key = key
            return key.withUTF8 { slot(ofBytes: $0) }
        }

        /// The slot of the key spelt by `key`'s bytes, if there is one.
        @inline(__always)
        func slot(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
            let mask = table.count - 1
            var place = Int(KeySlots.hash(key) >> shift)
            while true {
                let entry = UInt(bitPattern: table[place])
                if entry == 0 { return nil }
                if Int(entry >> 16 & 0xFFFF) == key.count {
                    let start = Int(entry >> 32)
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<start + key.count])
                    if JSONLDWriter.sameBytes(run, key) { return Int(entry & 0xFFFF) - 1 }
                }
                place = (place + 1) & mask
            }
        }
    }

    /// Mixes the key's length, first and last eight bytes (overlapping, or all of a shorter key, zero-padded).
    @inline(__always)
    fileprivate static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = key.count
        guard let base = UnsafeRawPointer(key.baseAddress), count > 0 else { return 0 }
        var first: UInt64
        var last: UInt64 = 0
        if count >= 8 {
            first = base.loadUnaligned(as: UInt64.self)
            last = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            first = JSONBytes.shortWord(base, count)
        }
        first = (first &+ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        return (first ^ last) &* 0xBF58_476D_1CE4_E5B9
    }
}
