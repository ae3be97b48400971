import Foundation

/// `LinkingLexicon.vocabulary` keyed by UTF-8 bytes, so that a token needs neither a `String` nor Unicode-aware
/// hashing to find its id.
///
/// Keys are the NFC forms of the vocabulary words. Byte equality matches `String` equality (canonical
/// equivalence) only for text that is in NFC, so callers use this table for tokens made of code points that
/// are NFC on their own (`isStable`) and ask the `String` dictionary otherwise.
struct ByteVocabulary: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var ids: [Int32] = []
    private var bytes: [UInt8] = []
    /// Per first byte, a bit for each key length (63 for 63 and longer): most words miss without hashing.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init(_ vocabulary: [String: Int32]) {
        var size = 16
        while size < vocabulary.count * 3 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (word, id) in vocabulary {
            let key = Array(word.precomposedStringWithCanonicalMapping.utf8)
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(ids.count)
            starts.append(Int32(bytes.count))
            bytes += key
            ends.append(Int32(bytes.count))
            ids.append(id)
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
    private static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The id of the word whose NFC UTF-8 is `key`, or nil.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if let first = key.first, lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) == 0 { return nil }
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            let start = Int(starts[entry])
            if Int(ends[entry]) - start == key.count {
                var offset = 0
                while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
                if offset == key.count { return ids[entry] }
            }
            slot = (slot + 1) & mask
        }
    }
}
