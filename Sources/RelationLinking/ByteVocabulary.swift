import Foundation

/// `LinkingLexicon.vocabulary` keyed by UTF-8 bytes, so that a token needs neither a `String` nor Unicode-aware
/// hashing to find its id.
///
/// Keys are the NFC forms of the vocabulary words. Byte equality matches `String` equality (canonical
/// equivalence) only for text that is in NFC, so callers use this table for tokens made of code points that
/// are NFC on their own (`isStable`) and ask the `String` dictionary otherwise.
///
/// The table is read once per token while other stages run in between, so it is mostly out of cache: a slot
/// of 16 bytes holds a short key whole (its first eight bytes), its id and a hash fingerprint, so that a lookup
/// reads one slot, and the key bytes only for keys longer than eight bytes.
struct ByteVocabulary: Sendable {
    private struct Slot: Sendable {
        /// The first eight key bytes, zero-padded.
        var head: UInt64 = 0
        /// Where the key's bytes start in `bytes`.
        var start: UInt32 = 0
        var id: UInt16 = 0
        var fingerprint: UInt8 = 0
        /// Key length; 0 marks an empty slot.
        var count: UInt8 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private var bytes: [UInt8] = []
    /// The id of the empty word, which no slot can hold.
    private var emptyID: Int32?
    /// Words a slot cannot hold (longer than 255 bytes, id above 65535), looked up when there are any.
    private var overflow: [[UInt8]: Int32] = [:]
    /// Per first byte, a bit for each key length (63 for 63 and longer): most words miss without hashing.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init(_ vocabulary: [String: Int32]) {
        var size = 16
        while size * 2 < vocabulary.count * 3 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        for (word, id) in vocabulary {
            let key = Array(word.precomposedStringWithCanonicalMapping.utf8)
            guard let first = key.first else {
                emptyID = id
                continue
            }
            lengths[Int(first)] |= 1 << UInt64(min(key.count, 63))
            guard id >= 0 && id <= 0xFFFF && key.count <= 0xFF && bytes.count <= 0xFFFF_FFFF else {
                overflow[key] = id
                continue
            }
            let (hash, head) = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].count != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(head: head, start: UInt32(bytes.count), id: UInt16(id),
                               fingerprint: UInt8(truncatingIfNeeded: hash >> 56), count: UInt8(key.count))
            bytes += key
        }
    }

    /// Code points with no decomposition and combining class 0, whose text is NFC whatever stands next to them:
    /// everything below the combining diacritics (U+0300), and general punctuation (`„`, `–`).
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x2010 && value < 0x2060)
    }

    /// FNV-1a of the key, and its first eight bytes.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var head: UInt64 = 0
        for (offset, byte) in key.enumerated() {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if offset < 8 { head |= UInt64(byte) << UInt64(offset * 8) }
        }
        return (hash ^ (hash >> 29), head)
    }

    /// False when no key has the key's first byte and length.
    @inline(__always)
    private func passesLengthFilter(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = key.first else { return true }
        return lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) != 0
    }

    /// `id(of:)` for the keys `bytes[starts[i]..<starts[i + 1]]` with `wanted(i)`, written to `ids[i]` where
    /// found. The home slot of every key is read before any key is resolved, so that the cache misses
    /// overlap instead of queueing one behind the other.
    func lookUp(
        _ bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, wanted: (Int) -> Bool,
        into ids: UnsafeMutableBufferPointer<Int32>
    ) {
        let count = starts.count - 1
        // Per key: its hash and head, whether it was hashed, and its home slot's key length (a plain load, no
        // branch on it, so that the loads of all keys are under way together).
        var hashes = [UInt64](repeating: 0, count: count)
        var heads = [UInt64](repeating: 0, count: count)
        var hashed = [Bool](repeating: false, count: count)
        var homeCounts = [UInt8](repeating: 0, count: count)
        slots.withUnsafeBufferPointer { slots in
            for index in 0..<count where wanted(index) {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
                guard !key.isEmpty, passesLengthFilter(key) else { continue }
                let (hash, head) = Self.hash(key)
                hashes[index] = hash
                heads[index] = head
                hashed[index] = true
                homeCounts[index] = slots[Int(truncatingIfNeeded: hash) & mask].count
            }
        }
        let anyOverflow = !overflow.isEmpty
        for index in 0..<count {
            if homeCounts[index] != 0 || (anyOverflow && hashed[index]) {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
                if let id = resolve(key, hash: hashes[index], head: heads[index]) { ids[index] = id }
            } else if starts[index] == starts[index + 1], let emptyID, wanted(index) {
                ids[index] = emptyID
            }
        }
    }

    /// Probes from the key's home slot.
    @inline(__always)
    private func resolve(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, head: UInt64) -> Int32? {
        let fingerprint = UInt8(truncatingIfNeeded: hash >> 56)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].count != 0 {
            let entry = slots[slot]
            if entry.fingerprint == fingerprint && Int(entry.count) == key.count && entry.head == head {
                if key.count <= 8 { return Int32(entry.id) }
                let start = Int(entry.start)
                var offset = 8
                while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
                if offset == key.count { return Int32(entry.id) }
            }
            slot = (slot + 1) & mask
        }
        return overflow.isEmpty ? nil : overflow[Array(key)]
    }

    /// The id of the word whose NFC UTF-8 is `key`, or nil.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if key.isEmpty { return emptyID }
        guard passesLengthFilter(key) else { return nil }
        let (hash, head) = Self.hash(key)
        return resolve(key, hash: hash, head: head)
    }
}
