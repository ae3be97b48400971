import Foundation
import NewsGraphCore

/// Noun form → lemma over the noun list's own bytes: an open-addressing table of byte ranges, so loading the
/// 257,000 forms makes no `String` per row (a `[String: String]` took most of the stage's start-up), and a
/// look-up hashes the form's UTF-8 once instead of building and hashing `String`s.
struct NounLemmaTable: Sendable {
    private struct Entry: Sendable {
        let form: Range<Int32>
        let lemma: Range<Int32>
    }

    private let bytes: [UInt8]
    private let entries: [Entry]
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two long.
    private let slots: [Int32]

    var isEmpty: Bool { entries.isEmpty }

    init() {
        bytes = []
        entries = []
        slots = [0]
    }

    /// Column 1 → column 2 of `file`; the first row of a form wins, rows without a second column are skipped.
    init(file: TSVFile) {
        var entries: [Entry] = []
        entries.reserveCapacity(file.lineCount)
        var capacity = 1
        while capacity < file.lineCount * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        let bytes = file.bytes
        bytes.withUnsafeBufferPointer { buffer in
            file.forEachRow { row in
                guard row.count >= 2, !file.isEmpty(row[1]) else { return }
                let form = file.trimmed(row[0])
                var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: buffer[form]))) & mask
                while slots[slot] != 0 {
                    let other = entries[Int(slots[slot]) - 1].form
                    if buffer[Int(other.lowerBound)..<Int(other.upperBound)].elementsEqual(buffer[form]) { return }
                    slot = (slot + 1) & mask
                }
                let lemma = file.trimmed(row[1])
                entries.append(Entry(
                    form: Int32(form.lowerBound)..<Int32(form.upperBound),
                    lemma: Int32(lemma.lowerBound)..<Int32(lemma.upperBound)))
                slots[slot] = Int32(entries.count)
            }
        }
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
    }

    /// The lemma of `form`, compared as the dictionary of `String`s compared it: by canonical equivalence, so a
    /// decomposed `ü` finds the composed entry (the list is NFC).
    subscript(form: String) -> String? {
        var text = form
        if !text.utf8.allSatisfy({ $0 < 0xCC }) {
            // Bytes from U+0300 up may be combining marks: compose before comparing bytes.
            text = text.precomposedStringWithCanonicalMapping
        }
        return text.withUTF8 { key in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
            return bytes.withUnsafeBufferPointer { buffer in
                while slots[slot] != 0 {
                    let entry = entries[Int(slots[slot]) - 1]
                    let stored = UnsafeBufferPointer(rebasing: buffer[Int(entry.form.lowerBound)..<Int(entry.form.upperBound)])
                    if stored.elementsEqual(key) {
                        return String(
                            decoding: buffer[Int(entry.lemma.lowerBound)..<Int(entry.lemma.upperBound)], as: UTF8.self)
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// FNV-1a over the UTF-8 bytes, with a final mix so that the low bits used as the slot vary.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
