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
        let start: Int32
        let count: Int32
        let id: Int32
    }

    /// 0 for empty, else the upper 32 hash bits above the entry index + 1.
    private var slots: [UInt64]
    private var mask: Int
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Per first byte, a bit for each key length (63 for 63 and longer): most words miss without hashing.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init(_ vocabulary: [String: Int32]) {
        var size = 16
        while size < vocabulary.count * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (word, id) in vocabulary {
            let key = Array(word.precomposedStringWithCanonicalMapping.utf8)
            let hash = key.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(entries.count + 1)
            entries.append(Entry(start: Int32(bytes.count), count: Int32(key.count), id: id))
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

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }

    /// `id(of:)` for the keys `bytes[starts[i]..<starts[i + 1]]` with `wanted(i)`, written to `ids[i]` where
    /// found. The first slot of every key is read before any key is resolved, so that the cache misses
    /// overlap instead of queueing one behind the other.
    func lookUp(
        _ bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, wanted: (Int) -> Bool,
        into ids: UnsafeMutableBufferPointer<Int32>
    ) {
        let count = starts.count - 1
        // Per key: its hash and its first slot, 0 where there is nothing to look up.
        var hashes = [UInt64](repeating: 0, count: count)
        var firstSlots = [UInt64](repeating: 0, count: count)
        slots.withUnsafeBufferPointer { slots in
            for index in 0..<count where wanted(index) {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
                if let first = key.first, lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) == 0 { continue }
                let hash = Self.hash(key)
                hashes[index] = hash
                firstSlots[index] = slots[Int(truncatingIfNeeded: hash) & mask]
            }
        }
        for index in 0..<count where firstSlots[index] != 0 {
            let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
            if let id = resolve(key, hash: hashes[index], firstSlot: firstSlots[index]) { ids[index] = id }
        }
    }

    /// Probes from the key's home slot, whose value is `firstSlot`.
    @inline(__always)
    private func resolve(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, firstSlot: UInt64) -> Int32? {
        let fingerprint = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        var value = firstSlot
        while value != 0 {
            if value & 0xFFFF_FFFF_0000_0000 == fingerprint {
                let entry = entries[Int(value & 0xFFFF_FFFF) - 1]
                if Int(entry.count) == key.count {
                    let start = Int(entry.start)
                    var offset = 0
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
        if let first = key.first, lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) == 0 { return nil }
        let hash = Self.hash(key)
        let fingerprint = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value & 0xFFFF_FFFF_0000_0000 == fingerprint {
                let entry = entries[Int(value & 0xFFFF_FFFF) - 1]
                if Int(entry.count) == key.count {
                    let start = Int(entry.start)
                    var offset = 0
                    while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
                    if offset == key.count { return entry.id }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
