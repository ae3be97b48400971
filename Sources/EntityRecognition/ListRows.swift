import NewsGraphCore

/// The rows of a list file, split from its bytes as `TSVFile.forEachRow` splits them (the same rows, fields and
/// line numbers) but inside this module, so the loaders' per-row code is inlined into the scan: called across
/// the module boundary, every row cost a closure call, a call per field appended and one per field trimmed,
/// more than the loaders' own work on a word.
struct ListRows {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Fields kept per row; a row may have more (`count` says how many), but no list reads past the sixth.
    static let storedFields = 8

    /// One row: its 1-based line number and the byte ranges of its first `storedFields` fields.
    struct Row {
        let line: Int
        /// Number of fields in the row.
        let count: Int
        fileprivate let fields: UnsafeMutablePointer<Range<Int>>

        @inline(__always)
        subscript(index: Int) -> Range<Int> {
            precondition(index < min(count, ListRows.storedFields), "field \(index) not stored")
            return fields[index]
        }
    }

    /// Calls `body` with each row that is not empty and not a `#` comment, as `TSVFile.forEachRow` does.
    @inline(__always)
    func forEachRow(_ body: (Row) throws -> Void) rethrows {
        let fields = UnsafeMutablePointer<Range<Int>>.allocate(capacity: Self.storedFields)
        defer { fields.deallocate() }
        let count = bytes.count
        var line = 0
        var start = 0
        while start < count {
            line += 1
            var fieldCount = 0
            var fieldStart = start
            var end = start
            // Tab and newline are the only bytes below 0x0B a list holds: find the next one a word at a time.
            while true {
                end = TSVFile.nextBreak(in: bytes, from: end)
                guard end < count, bytes[end] != 0x0A else { break }
                if bytes[end] == 0x09 {
                    if fieldCount < Self.storedFields { fields[fieldCount] = fieldStart..<end }
                    fieldCount += 1
                    fieldStart = end + 1
                }
                end += 1
            }
            var lineEnd = end
            if lineEnd > fieldStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if end > start && bytes[start] != 0x23 && !(fieldCount == 0 && lineEnd == start) {
                if fieldCount < Self.storedFields { fields[fieldCount] = fieldStart..<lineEnd }
                fieldCount += 1
                try body(Row(line: line, count: fieldCount, fields: fields))
            }
            start = end + 1
        }
    }

    /// The field's byte range without ASCII spaces around it.
    @inline(__always)
    func trimmed(_ range: Range<Int>) -> Range<Int> { ListField.trimmed(range, in: bytes) }

    /// Whether the field is empty or only ASCII spaces.
    func isEmpty(_ range: Range<Int>) -> Bool { trimmed(range).isEmpty }

    /// The field as text, ASCII spaces around it dropped.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed(range)]), as: UTF8.self)
    }

    /// Whether the field (spaces around it ignored) equals the ASCII text `word`.
    func equals(_ range: Range<Int>, _ word: StaticString) -> Bool { ListField.equals(range, word, in: bytes) }

    /// Whether the field ends in the ASCII text `suffix`, spaces around it ignored.
    func hasSuffix(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
        ListField.hasSuffix(range, suffix, in: bytes)
    }

    /// The field as a non-negative decimal number.
    func integer(_ range: Range<Int>) -> Int? { ListField.integer(range, in: bytes) }
}
