import NewsGraphCore

/// An article's entity keys by their bytes, made once per article: every mention and every relation end names its
/// entity by key, and a hash of the key's first and last eight bytes finds it in a probe or two, where a search of
/// all the keys (of its length) compared run after run.
struct KeySlots {
    /// The keys' bytes, `KeyOrder.Runs.bytes`.
    private let bytes: [UInt8]
    /// By hash, a key's run and slot: its start in `bytes` (high 32 bits), its byte count (16 bits) and its slot plus
    /// one (low 16 bits; 0: no key here). Probed linearly; twice as many places as keys at least, so probes end
    /// soon. One array, so the article's lookups cost one allocation.
    private let table: [UInt64]
    /// The table's place for a hash: its top bits.
    private let shift: UInt64

    /// The keys of `runs`, found as their slots: where `order` puts each run's position.
    init(runs: KeyOrder.Runs, order: [Int]) {
        bytes = runs.bytes
        var bits: UInt64 = 3
        while 1 << bits < 2 * order.count { bits += 1 }
        let shift = 64 - bits
        self.shift = shift
        let mask = (1 << Int(bits)) - 1
        var table = [UInt64](filled: 0, count: 1 << Int(bits))
        // Filled in one lending of the table's storage, not a uniqueness check a key.
        runs.bytes.withUnsafeBufferPointer { bytes in
            table.withUnsafeMutableBufferPointer { table in
                for (slot, position) in order.enumerated() {
                    let (start, end) = (runs.starts[position], runs.starts[position + 1])
                    // A key too long for its count's bits (none is) is left out: looked up, it is not found, and its
                    // IRI is spelt anew rather than copied.
                    guard end - start < 1 << 16, end <= UInt32.max, slot + 1 < 1 << 16 else { continue }
                    var place = Int(Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])) >> shift)
                    while table[place] != 0 { place = (place + 1) & mask }
                    table[place] = UInt64(start) << 32 | UInt64(end - start) << 16 | UInt64(slot + 1)
                }
            }
        }
        self.table = table
    }

    /// `body` given the lookup, which reads the keys in place.
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            table.withUnsafeBufferPointer { table in body(Lookup(bytes: bytes, table: table, shift: shift)) }
        }
    }

    /// The keys' slots by their bytes, for as long as `withLookup` lends them.
    struct Lookup {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let table: UnsafeBufferPointer<UInt64>
        fileprivate let shift: UInt64

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
                let entry = table[place]
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
