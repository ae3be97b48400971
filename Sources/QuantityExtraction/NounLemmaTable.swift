import Foundation
import NewsGraphCore

/// Noun form → lemma over the noun list's own bytes, so loading the 257,000 forms makes no `String` per row (a
/// `[String: String]` took most of the stage's start-up), and a look-up hashes the form's UTF-8 once instead of
/// building and hashing `String`s.
///
/// Rows are grouped by hash bucket with a counting sort: building an open-addressing table probed a megabyte
/// table and the rows it held at random for every row, and those cache misses were most of the load time. The
/// sort reads the rows in file order and only writes at random.
struct NounLemmaTable: Sendable {
    private struct Entry: Sendable {
        let form: Range<Int32>
        let lemma: Range<Int32>
    }

    private let bytes: [UInt8]
    /// Rows grouped by bucket, in file order within a bucket: bucket `b` is `entries[starts[b]..<starts[b + 1]]`.
    private let entries: [Entry]
    /// The high half of each entry's hash, compared before its bytes are.
    private let tags: [UInt32]
    private let starts: [Int32]
    /// Bucket count - 1 (a power of two - 1).
    private let mask: Int

    var isEmpty: Bool { entries.isEmpty }

    init() {
        bytes = []
        entries = []
        tags = []
        starts = [0, 0]
        mask = 0
    }

    /// Column 1 → column 2 of `file` (its rows as `TSVFile.forEachRow` reads them); the first row of a form wins,
    /// rows without a second column are skipped.
    init(file: TSVFile) {
        let bytes = file.bytes
        var rows: [Entry] = []
        var hashes: [UInt64] = []
        // About 28 bytes a row in the noun list: one reservation for most lists.
        rows.reserveCapacity(bytes.count / 24 + 16)
        hashes.reserveCapacity(bytes.count / 24 + 16)
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachPair(buffer) { form, lemma in
                rows.append(Entry(form: Int32(form.lowerBound)..<Int32(form.upperBound),
                                  lemma: Int32(lemma.lowerBound)..<Int32(lemma.upperBound)))
                hashes.append(Self.hash(UnsafeBufferPointer(rebasing: buffer[form])))
            }
        }
        var bucketCount = 1
        while bucketCount * 2 < rows.count { bucketCount <<= 1 }
        let mask = bucketCount - 1
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        var entries = [Entry]()
        var tags = [UInt32]()
        starts.withUnsafeMutableBufferPointer { starts in
            hashes.withUnsafeBufferPointer { hashes in
                for hash in hashes { starts[Int(truncatingIfNeeded: hash) & mask + 1] += 1 }
                for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
                // A stable scatter: within a bucket rows keep their file order, so a look-up meets the first row of
                // a form first.
                var next = [Int32](starts[0..<bucketCount])
                rows.withUnsafeBufferPointer { rows in
                    entries = [Entry](unsafeUninitializedCapacity: rows.count) { entries, entryCount in
                        tags = [UInt32](unsafeUninitializedCapacity: rows.count) { tags, tagCount in
                            next.withUnsafeMutableBufferPointer { next in
                                for row in 0..<rows.count {
                                    let bucket = Int(truncatingIfNeeded: hashes[row]) & mask
                                    let position = Int(next[bucket])
                                    next[bucket] += 1
                                    entries.initializeElement(at: position, to: rows[row])
                                    tags.initializeElement(at: position, to: UInt32(truncatingIfNeeded: hashes[row] >> 32))
                                }
                            }
                            tagCount = rows.count
                        }
                        entryCount = rows.count
                    }
                }
            }
        }
        self.bytes = bytes
        self.entries = entries
        self.tags = tags
        self.starts = starts
        self.mask = mask
    }

    /// Calls `body` with the trimmed first and second field of every row that has a non-empty second one: the
    /// rows of `TSVFile.forEachRow` (no blank lines, no `#` comments, a trailing `\r` dropped from the last
    /// field), read straight from the bytes without collecting each row's fields.
    private static func forEachPair(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Range<Int>) -> Void) {
        let count = bytes.count
        /// The first tab or newline at or after `from`, or `count`.
        func nextBreak(_ from: Int) -> Int {
            var end = from
            while true {
                end = TSVFile.nextBreak(in: bytes, from: end)
                if end >= count || bytes[end] == 0x0A || bytes[end] == 0x09 { return end }
                end += 1
            }
        }
        func trimmed(_ lower: Int, _ upper: Int) -> Range<Int> { ListField.trimmed(lower..<upper, in: bytes) }
        var start = 0
        while start < count {
            let firstBreak = nextBreak(start)
            guard firstBreak < count, bytes[firstBreak] == 0x09 else {
                // One field only (or a blank line): no lemma.
                start = firstBreak + 1
                continue
            }
            let secondStart = firstBreak + 1
            let secondBreak = nextBreak(secondStart)
            var secondEnd = secondBreak
            var lineEnd = secondBreak
            if secondBreak < count && bytes[secondBreak] == 0x09 {
                // Further fields: on to the end of the line.
                lineEnd = nextBreak(secondBreak + 1)
                while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd = nextBreak(lineEnd + 1) }
            } else if secondEnd > secondStart && bytes[secondEnd - 1] == 0x0D {
                // The second field is the last: its `\r` goes.
                secondEnd -= 1
            }
            if bytes[start] != 0x23 {
                let lemma = trimmed(secondStart, secondEnd)
                if !lemma.isEmpty { body(trimmed(start, firstBreak), lemma) }
            }
            start = lineEnd + 1
        }
    }

    /// The lemma of `form`, compared as the dictionary of `String`s compared it: by canonical equivalence, so a
    /// decomposed `ü` finds the composed entry (the list is NFC).
    subscript(form: String) -> String? {
        // The bytes read in place: `allSatisfy` over the UTF-8 view took hundreds of instructions a form.
        let found: String?? = form.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0xCC { return String??.none }
            return .some(lemma(utf8: bytes))
        } ?? nil
        if let found { return found }
        var text = form
        if !text.utf8.allSatisfy({ $0 < 0xCC }) {
            // Bytes from U+0300 up may be combining marks: compose before comparing bytes.
            text = text.precomposedStringWithCanonicalMapping
        }
        return text.withUTF8 { lemma(utf8: $0) }
    }

    /// Whether the two byte runs are the same: a loop over both, where the generic `elementsEqual` cost nearly
    /// 300 instructions a form found.
    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        var offset = 0
        while offset < first.count {
            if first[offset] != second[offset] { return false }
            offset &+= 1
        }
        return true
    }

    /// The lemma of the form with these UTF-8 bytes, all below 0xCC (code points below U+0300, no combining mark):
    /// what the subscript gives for the form's string, with no string made.
    func lemma(utf8 key: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = Self.hash(key)
        let bucket = Int(truncatingIfNeeded: hash) & mask
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return bytes.withUnsafeBufferPointer { buffer in
            for position in Int(starts[bucket])..<Int(starts[bucket + 1]) where tags[position] == tag {
                let entry = entries[position]
                let stored = UnsafeBufferPointer(rebasing: buffer[Int(entry.form.lowerBound)..<Int(entry.form.upperBound)])
                if Self.equal(stored, key) {
                    return String(
                        decoding: buffer[Int(entry.lemma.lowerBound)..<Int(entry.lemma.upperBound)], as: UTF8.self)
                }
            }
            return nil
        }
    }

    /// Eight bytes at a time (a form is a dozen bytes on average), each word mixed in by a multiply, with a final
    /// mix so that both the low bits (the bucket) and the high half (the tag) vary.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while offset + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count {
                word |= UInt64(bytes[offset]) &<< shift
                shift += 8
                offset += 1
            }
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        }
        hash ^= hash >> 32
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 29)
    }
}
