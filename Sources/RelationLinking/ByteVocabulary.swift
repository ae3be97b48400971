import Foundation

/// `LinkingLexicon.vocabulary` keyed by UTF-8 bytes, so that a token needs neither a `String` nor Unicode-aware
/// hashing to find its id.
///
/// Keys are the NFC forms of the vocabulary words. Byte equality matches `String` equality (canonical
/// equivalence) only for text that is in NFC, so callers use this table for tokens made of code points that
/// are NFC on their own (`isStable`) and ask the `String` dictionary otherwise.
///
/// The table is read once per token while other stages run in between, so it is mostly out of cache. Probes
/// read `tags` first, a byte a slot (a fraction of the slots' size, so it stays in cache): most words are in no
/// list and miss there. A slot of 16 bytes holds a short key whole (its first eight bytes) and its id, so that a
/// hit reads one slot, and the key bytes only for keys longer than eight bytes.
struct ByteVocabulary: Sendable {
    fileprivate struct Slot: Sendable {
        /// The first eight key bytes, zero-padded.
        var head: UInt64 = 0
        /// Where the key's bytes start in `bytes`.
        var start: UInt32 = 0
        var id: UInt16 = 0
        /// Key length; 0 marks an empty slot.
        var count: UInt8 = 0
    }

    private var slots: [Slot]
    /// Per slot: 0 empty, else `tag(hash)` of its key.
    private var tags: [UInt8]
    private var mask: Int
    private var bytes: [UInt8] = []
    /// The id of the empty word, which no slot can hold.
    fileprivate var emptyID: Int32?
    /// Words a slot cannot hold (longer than 255 bytes, id above 65535), looked up when there are any.
    private var overflow: [[UInt8]: Int32] = [:]
    /// Per first byte, a bit for each key length (63 for 63 and longer): most words miss without hashing.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init(_ vocabulary: [String: Int32]) {
        var size = 16
        // At most a third full: a word not in the table (half the tokens of 10kGNAD) probes about two slots, not five.
        while size < vocabulary.count * 3 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        tags = [UInt8](repeating: 0, count: size)
        mask = size - 1
        for (word, id) in vocabulary {
            // Text of code points below U+0300 (no byte from 0xCC up) is NFC already: Foundation's
            // normalisation is most of the lexicon load otherwise.
            let key = word.utf8.allSatisfy({ $0 < 0xCC })
                ? Array(word.utf8) : Array(word.precomposedStringWithCanonicalMapping.utf8)
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
            tags[slot] = Self.tag(hash)
            slots[slot] = Slot(head: head, start: UInt32(bytes.count), id: UInt16(id), count: UInt8(key.count))
            bytes += key
        }
    }

    /// Code points with no decomposition and combining class 0, whose text is NFC whatever stands next to them:
    /// everything below the combining diacritics (U+0300), and general punctuation (`„`, `–`).
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x2010 && value < 0x2060)
    }

    /// A hash of the key and its first eight bytes.
    @inline(__always)
    fileprivate static func hash(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64) {
        let head = head(of: key)
        return (hash(key, head: head), head)
    }

    /// The key's first eight bytes, zero-padded.
    @inline(__always)
    static func head(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard key.count < 8 else { return UInt64(littleEndian: UnsafeRawPointer(key.baseAddress!).loadUnaligned(as: UInt64.self)) }
        var head: UInt64 = 0
        for offset in 0..<key.count { head |= UInt64(key[offset]) &<< UInt64(offset &* 8) }
        return head
    }

    /// A hash of the key whose `head(of:)` is `head`. Eight bytes at a time, each word mixed in by one multiply:
    /// most words are one word (their head), where byte-by-byte FNV was a multiply per byte for every token.
    @inline(__always)
    fileprivate static func hash(_ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        var (hash, offset) = mixWholeWords(key, head: head)
        if offset < key.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < key.count {
                word |= UInt64(key[offset]) &<< shift
                shift &+= 8
                offset &+= 1
            }
            hash = mix(hash, word)
        }
        return finish(hash)
    }

    /// `hash(_:head:)` for a key followed by at least eight readable bytes, which are masked off.
    @inline(__always)
    fileprivate static func hash(padded key: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        var (hash, offset) = mixWholeWords(key, head: head)
        if offset < key.count {
            // The bytes of `hash(_:head:)`'s byte loop, low byte first; those past the key masked off.
            let word = UInt64(littleEndian: UnsafeRawPointer(key.baseAddress!).loadUnaligned(
                fromByteOffset: offset, as: UInt64.self)) & ((1 &<< UInt64((key.count &- offset) &* 8)) &- 1)
            hash = mix(hash, word)
        }
        return finish(hash)
    }

    /// The hash's start from the head and the length, with every whole eight-byte word after the head mixed in, and
    /// the offset of the bytes left (the key's length where none are; the head alone covers a key of eight or less).
    @inline(__always)
    private static func mixWholeWords(_ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> (UInt64, Int) {
        let count = key.count
        var hash = (head ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        guard count > 8 else { return (hash, count) }
        let base = UnsafeRawPointer(key.baseAddress!)
        var offset = 8
        while offset + 8 <= count {
            hash = mix(hash, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        return (hash, offset)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        ((hash ^ (hash >> 29)) ^ word) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ (hash >> 32)) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed >> 29)
    }

    /// False when no key has the key's first byte and length.
    @inline(__always)
    private func passesLengthFilter(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = key.first else { return true }
        return lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) != 0
    }

    /// Seven bits of the hash with the top bit set: never 0, the mark of an empty slot.
    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: hash >> 57) | 0x80
    }

    /// `id(of:)` for the keys `bytes[starts[i]..<starts[i + 1]]` whose `flags[i]` has a bit of `wanted`, written
    /// to `ids[i]` where found.
    func lookUp(
        _ bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, flags: UnsafeBufferPointer<UInt8>,
        wanted: UInt8, into ids: UnsafeMutableBufferPointer<Int32>
    ) {
        withProbe { probe in
            for index in 0..<flags.count where flags[index] & wanted != 0 {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])])
                if let id = probe.id(of: key) { ids[index] = id }
            }
        }
    }

    /// The table lent through pointers, for a loop that looks up every token of an article: `id(of:)` without
    /// borrowing the arrays again per key.
    struct Probe {
        fileprivate let table: ByteVocabulary
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let tags: UnsafeBufferPointer<UInt8>
        fileprivate let lengths: UnsafeBufferPointer<UInt64>

        /// `ByteVocabulary.id(of:)`.
        @inline(__always)
        func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
            guard let first = key.first else { return table.emptyID }
            guard lengths[Int(first)] & (1 << UInt64(min(key.count, 63))) != 0 else { return nil }
            let (hash, head) = ByteVocabulary.hash(key)
            return table.resolve(key, hash: hash, head: head, slots: slots, tags: tags)
        }

        /// `id(of:)` for a key whose first eight bytes (`head(of:)`) the caller has at hand: an article's tokens.
        /// Without the length filter, which nineteen tokens in twenty pass (10kGNAD): for them it costs more than
        /// the probe it saves the twentieth, which mostly ends at an empty slot.
        @inline(__always)
        func id(of key: UnsafeBufferPointer<UInt8>, head: UInt64) -> Int32? {
            guard !key.isEmpty else { return table.emptyID }
            return table.resolve(key, hash: ByteVocabulary.hash(key, head: head), head: head, slots: slots, tags: tags)
        }

        /// `id(of:head:)` for a key followed by at least eight readable bytes (an article's lower-cased tokens, whose
        /// buffer runs on past the last): the last partial word of a long key is one masked load, not a byte loop.
        @inline(__always)
        func id(ofPadded key: UnsafeBufferPointer<UInt8>, head: UInt64) -> Int32? {
            guard !key.isEmpty else { return table.emptyID }
            return table.resolve(
                key, hash: ByteVocabulary.hash(padded: key, head: head), head: head, slots: slots, tags: tags)
        }
    }

    /// Calls `body` with the table lent as a `Probe`, valid only inside the call.
    func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try slots.withUnsafeBufferPointer { slots in
            try tags.withUnsafeBufferPointer { tags in
                try lengths.withUnsafeBufferPointer { lengths in
                    try body(Probe(table: self, slots: slots, tags: tags, lengths: lengths))
                }
            }
        }
    }

    /// Probes from the key's home slot.
    @inline(__always)
    fileprivate func resolve(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, head: UInt64, slots: UnsafeBufferPointer<Slot>,
        tags: UnsafeBufferPointer<UInt8>
    ) -> Int32? {
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while tags[slot] != 0 {
            if tags[slot] == tag {
                let entry = slots[slot]
                if Int(entry.count) == key.count && entry.head == head {
                    if key.count <= 8 { return Int32(entry.id) }
                    let start = Int(entry.start)
                    var offset = 8
                    while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
                    if offset == key.count { return Int32(entry.id) }
                }
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
        return slots.withUnsafeBufferPointer { slots in
            tags.withUnsafeBufferPointer { tags in resolve(key, hash: hash, head: head, slots: slots, tags: tags) }
        }
    }
}
