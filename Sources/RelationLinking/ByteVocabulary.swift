import Foundation

/// `LinkingLexicon.vocabulary` keyed by UTF-8 bytes, so that a token needs neither a `String` nor Unicode-aware
/// hashing to find its id.
///
/// Keys are the NFC forms of the vocabulary words. Byte equality matches `String` equality (canonical
/// equivalence) only for text that is in NFC, so callers use this table for tokens made of code points that
/// are NFC on their own (`isStable`) and ask the `String` dictionary otherwise.
///
/// The table is read once per token while other stages run in between, so it is mostly out of cache: a slot
/// holds a fingerprint of the hash beside the entry, and an entry its bytes' place and its id, so that a miss
/// reads one slot and a hit one slot, one entry and the key bytes.
struct ByteVocabulary: Sendable {
    private struct Entry: Sendable {
        /// The first eight key bytes, zero-padded: a short key is compared in one go.
        let head: UInt64
        let start: Int32
        let count: Int32
        let id: Int32
    }

    /// 0 for empty, else the top 16 hash bits above the entry index + 1: 4 bytes a slot keep the table small.
    private var slots: [UInt32]
    private var mask: Int
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Per first byte, a bit for each key length (63 for 63 and longer): most words miss without hashing.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init(_ vocabulary: [String: Int32]) {
        precondition(vocabulary.count < 0xFFFF, "ByteVocabulary holds up to 65534 words")
        var size = 16
        while size * 2 < vocabulary.count * 3 { size *= 2 }
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (word, id) in vocabulary {
            let key = Array(word.precomposedStringWithCanonicalMapping.utf8)
            let (hash, head) = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(truncatingIfNeeded: hash >> 48) << 16 | UInt32(entries.count + 1)
            entries.append(Entry(head: head, start: Int32(bytes.count), count: Int32(key.count), id: id))
            bytes += key
            if let first = key.first { lengths[Int(first)] |= 1 << UInt64(min(key.count, 63)) }
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

    @inline(__always)
    private func passesLengthFilter(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = key.first else { return true }
        return lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) != 0
    }

    /// `id(of:)` for the keys `bytes[starts[i]..<starts[i + 1]]` with `wanted(i)`, written to `ids[i]` where
    /// found. The first slot of every key is read before any key is resolved, so that the cache misses
    /// overlap instead of queueing one behind the other.
    func lookUp(
        _ bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, wanted: (Int) -> Bool,
        into ids: UnsafeMutableBufferPointer<Int32>
    ) {
        let count = starts.count - 1
        // Per key: its hash, head and first slot (0 where there is nothing to look up).
        var hashes = [UInt64](repeating: 0, count: count)
        var heads = [UInt64](repeating: 0, count: count)
        var firstSlots = [UInt32](repeating: 0, count: count)
        slots.withUnsafeBufferPointer { slots in
            for index in 0..<count where wanted(index) {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
                guard passesLengthFilter(key) else { continue }
                let (hash, head) = Self.hash(key)
                hashes[index] = hash
                heads[index] = head
                firstSlots[index] = slots[Int(truncatingIfNeeded: hash) & mask]
            }
        }
        for index in 0..<count where firstSlots[index] != 0 {
            let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
            if let id = resolve(key, hash: hashes[index], head: heads[index], firstSlot: firstSlots[index]) {
                ids[index] = id
            }
        }
    }

    /// Probes from the key's home slot, whose value is `firstSlot`.
    @inline(__always)
    private func resolve(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, head: UInt64, firstSlot: UInt32) -> Int32? {
        let fingerprint = UInt32(truncatingIfNeeded: hash >> 48)
        var slot = Int(truncatingIfNeeded: hash) & mask
        var value = firstSlot
        while value != 0 {
            if value >> 16 == fingerprint {
                let entry = entries[Int(value & 0xFFFF) - 1]
                if Int(entry.count) == key.count && entry.head == head {
                    if key.count <= 8 { return entry.id }
                    let start = Int(entry.start)
                    var offset = 8
                    while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
                    if offset == key.count { return entry.id }
                }
            }
            slot = (slot + 1) & mask
            value = slots[slot]
        }
        return nil
    }

    /// The id of the word whose NFC UTF-8 is `key`, or nil.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard passesLengthFilter(key) else { return nil }
        let (hash, head) = Self.hash(key)
        return resolve(key, hash: hash, head: head, firstSlot: slots[Int(truncatingIfNeeded: hash) & mask])
    }
}
