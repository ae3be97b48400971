import Foundation
import NewsGraphCore

/// `LinkingLexicon.vocabulary` keyed by the tokens' own keys (`TokenForm.folded`), for tokens of ASCII and Latin-1:
/// segmentation has hashed every token already, so their id costs one probe, with no pass over their bytes.
///
/// Keys are FNV-1a over the code points of the words' NFC forms (`TokenForm.key(of:folded:)`); a Latin-1 token's
/// lower case is NFC, so it equals a word exactly when their code points, and so (but for a 64-bit collision) their
/// keys, are equal.
struct KeyedVocabulary: Sendable {
    fileprivate struct Slot: Sendable {
        var key: UInt64 = 0
        /// The word's lexicon bits (`LinkingLexicon.bitsByID`), 0 in an empty slot: held here, the loop over an
        /// article's tokens reads no other table for them.
        var bits: UInt64 = 0
        /// -1 marks an empty slot.
        var id: Int32 = -1
    }

    private var slots: [Slot]
    private var shift: UInt64

    /// `bitsByID`: each id's lexicon bits (none where it is short).
    init(_ vocabulary: [String: Int32], bitsByID: [UInt64] = []) {
        var size = 16
        var shift: UInt64 = 60
        // A quarter full at most: half the tokens of 10kGNAD are in no list, and their probes should end at once.
        while size < vocabulary.count * 4 {
            size *= 2
            shift -= 1
        }
        self.shift = shift
        slots = [Slot](repeating: Slot(), count: size)
        let mask = size - 1
        for (word, id) in vocabulary where id >= 0 {
            // Text of code points below U+0300 is NFC already (as `ByteVocabulary` keys it).
            let nfc = word.unicodeScalars.allSatisfy({ $0.value < 0x300 })
                ? word : word.precomposedStringWithCanonicalMapping
            let key = TokenForm.key(of: nfc.unicodeScalars, folded: false)
            var slot = Self.home(key, shift)
            while slots[slot].id >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, bits: Int(id) < bitsByID.count ? bitsByID[Int(id)] : 0, id: id)
        }
    }

    @inline(__always)
    private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        // `&>>`: `shift` is below 64, and the checked shift cost a compare and a select on every token.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The table lent through a pointer, for a loop over every token of an article.
    struct Probe {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let shift: UInt64

        /// The id of the word whose key is `key`, or -1.
        @inline(__always)
        func id(of key: UInt64) -> Int32 { entry(of: key).id }

        /// The id and lexicon bits of the word whose key is `key`, or -1 and 0.
        @inline(__always)
        func entry(of key: UInt64) -> (id: Int32, bits: UInt64) {
            let mask = slots.count &- 1
            var slot = KeyedVocabulary.home(key, shift)
            while true {
                let entry = slots[slot]
                // (Two tests, not one of the two joined: the compiler made the `||` four instructions more a token.)
                if entry.key == key { return (entry.id, entry.bits) }
                // (An empty slot's id and bits are -1 and 0.)
                if entry.id < 0 { return (entry.id, entry.bits) }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Calls `body` with the table lent as a `Probe`, valid only inside the call.
    func withProbe<R>(_ body: (Probe) throws -> R) rethrows -> R {
        try slots.withUnsafeBufferPointer { try body(Probe(slots: $0, shift: shift)) }
    }
}
