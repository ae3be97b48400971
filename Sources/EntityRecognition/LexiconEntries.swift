/// A `NameLexicon`'s entries and the list texts their canonical names, ids and sources are read from, apart from
/// the trie: each article's `MentionResolver` keeps a copy, and a copy of these four arrays is retained and
/// released four times where one of the whole lexicon was so for each of its dozen and more.
struct LexiconEntries: Sendable {
    var entries: [NameEntry] = []
    /// The exact key of each entry's canonical name, by entry: hashed once at load, where resolving hashed the
    /// same names' bytes again in every article that named them.
    var canonicalKeys: [WordKey] = []
    /// List files, so that entries keep a small index instead of a `file:line` string each.
    var files: [String] = []
    /// UTF-8 text of each list file (by `files` index), which entries point into: a loaded file is kept as read.
    var texts: [[UInt8]] = []

    /// `file:line` of an entry, for provenance.
    func source(of entry: NameEntry) -> String {
        // Written as bytes into the string's own storage: appending to the file name and converting the number
        // with `String(_:)` cost more than a thousand instructions for a dozen bytes.
        var file = files[Int(entry.file)]
        let line = Int(entry.line)
        var digitCount = 1
        var rest = line / 10
        while rest != 0 {
            digitCount += 1
            rest /= 10
        }
        // Line numbers count from 1: no sign to write.
        return file.withUTF8 { name in
            String(unsafeUninitializedCapacity: name.count + 1 + digitCount) { buffer in
                // The name copied whole: byte by byte, with a bounds check each, it was most of the work.
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(name))
                var count = name.count
                buffer[count] = UInt8(ascii: ":")
                count += 1
                var value = line.magnitude
                for position in stride(from: count + digitCount - 1, through: count, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                return count + digitCount
            }
        }
    }

    /// Whether `source(of: lhs) < source(of: rhs)`, worked out without making either string where the file names
    /// allow (ASCII, no `:`), else nil: overlapping list matches of equal rank are ordered by it, and the two
    /// strings made for each comparison cost more than the rest of the acceptance order.
    func sourcePrecedes(_ lhs: NameEntry, _ rhs: NameEntry) -> Bool? {
        if lhs.file == rhs.file {
            // `file:12` before `file:9`: the line numbers' digits compared as text.
            return Self.digitsPrecede(Int(lhs.line), Int(rhs.line))
        }
        // Different names without a `:` differ before either one's `:`, so the names with a `:` after each decide,
        // byte by byte as `String` compares ASCII.
        var left = files[Int(lhs.file)].utf8.makeIterator()
        var right = files[Int(rhs.file)].utf8.makeIterator()
        while true {
            let leftByte = left.next() ?? UInt8(ascii: ":")
            let rightByte = right.next() ?? UInt8(ascii: ":")
            guard leftByte < 0x80, rightByte < 0x80 else { return nil }
            if leftByte != rightByte {
                if leftByte == UInt8(ascii: ":") && rightByte == UInt8(ascii: ":") { return nil }
                return leftByte < rightByte
            }
            // Both names ended at once: the same name twice in `files`, which `fileIndex` never makes.
            if leftByte == UInt8(ascii: ":") { return nil }
        }
    }

    /// Whether the decimal digits of `lhs` come before those of `rhs` as text (`12` before `9`, `1` before `10`).
    static func digitsPrecede(_ lhs: Int, _ rhs: Int) -> Bool {
        var leftDigits = 1
        var rightDigits = 1
        var scale = 10
        while scale <= lhs { leftDigits += 1; scale *= 10 }
        scale = 10
        while scale <= rhs { rightDigits += 1; scale *= 10 }
        // Both padded with zeros to the same length: a difference there is the first differing digit; equal padded
        // values mean one's digits begin the other's, and the shorter comes first.
        var left = lhs
        var right = rhs
        for _ in leftDigits..<max(leftDigits, rightDigits) { left *= 10 }
        for _ in rightDigits..<max(leftDigits, rightDigits) { right *= 10 }
        return left != right ? left < right : leftDigits < rightDigits
    }

    /// The index of list file `file` in `files`, added (with an empty text) if it is not there yet.
    mutating func fileIndex(_ file: String) -> Int16 {
        if let index = files.firstIndex(of: file) { return Int16(index) }
        files.append(file)
        texts.append([])
        return Int16(files.count - 1)
    }

    /// The canonical name of an entry.
    func canonical(of entry: NameEntry) -> String { string(entry.canonicalBytes, in: entry.file) }

    /// The exact key of entry `entry`'s canonical name (an index into `entries`), as if hashed from the name.
    func canonicalKey(ofEntry entry: Int32) -> WordKey { canonicalKeys[Int(entry)] }

    /// The exact key of a canonical name in file `file`'s text, hashed from its bytes without making the string.
    func canonicalKey(_ range: Range<Int32>, in file: Int16) -> WordKey {
        texts[Int(file)].withUnsafeBufferPointer { bytes in
            WordKey(utf8: bytes, Int(range.lowerBound)..<Int(range.upperBound), folded: false)
        }
    }

    /// The external ids of an entry as listed.
    func idsField(of entry: NameEntry) -> String { string(entry.idsBytes, in: entry.file) }

    /// Whether entry `entry` (an index into `entries`) lists any external ids: bytes make a string that is not empty.
    func hasIDsField(_ entry: Int32) -> Bool { !entries[Int(entry)].idsBytes.isEmpty }

    /// Whether entries `entry` and `other` (indices into `entries`; -1 for none, whose field is empty) list equal
    /// ids fields, as their strings compare, without making the strings where the bytes settle it: equal bytes are
    /// equal strings, and ASCII bytes (as ids are written) that differ are different ones. Others are decoded and
    /// compared as strings, which compare by canonical equivalence and repair invalid bytes.
    func sameIDsField(_ entry: Int32, _ other: Int32) -> Bool {
        let left = entries[Int(entry)]
        guard other >= 0 else { return left.idsBytes.isEmpty }
        let right = entries[Int(other)]
        let settled: Bool? = texts[Int(left.file)].withUnsafeBufferPointer { leftText in
            texts[Int(right.file)].withUnsafeBufferPointer { rightText in
                let leftBytes = leftText[Int(left.idsBytes.lowerBound)..<Int(left.idsBytes.upperBound)]
                let rightBytes = rightText[Int(right.idsBytes.lowerBound)..<Int(right.idsBytes.upperBound)]
                if leftBytes.elementsEqual(rightBytes) { return true }
                return leftBytes.allSatisfy { $0 < 0x80 } && rightBytes.allSatisfy { $0 < 0x80 } ? false : nil
            }
        }
        return settled ?? (idsField(of: left) == idsField(of: right))
    }

    private func string(_ range: Range<Int32>, in file: Int16) -> String {
        String(decoding: texts[Int(file)][Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }
}
