import Foundation

/// A tab-separated lexicon file read straight from its UTF-8 bytes: lists of 100k+ rows load in milliseconds
/// because no `String` is made per row or field; a caller decodes only the fields it keeps.
///
/// Rows are the lines that are neither blank nor `#` comments (the rules of `LexiconDirectory.rows(of:)`);
/// fields are byte ranges into `bytes`.
public struct TSVFile: Sendable {
    /// The path relative to `Lexicons/`, for messages.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads `file` (relative to `lexicons`) with one `read` into the array: `FileManager` would copy it twice.
    public init(lexicons: LexiconDirectory, file: String) throws {
        let fullPath = lexicons.url.appendingPathComponent(file).path
        let failure = NewsGraphError(.badLexicon, path: fullPath, message: "cannot read lexicon file")
        let descriptor = open(fullPath, O_RDONLY)
        guard descriptor >= 0 else { throw failure }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got <= 0 {
                    complete = got == 0
                    break
                }
                count += got
            }
        }
        guard complete else { throw failure }
        self.init(path: file, bytes: bytes)
    }

    /// Number of lines, to size tables once; eight bytes at a time, as the big lists are megabytes long.
    public var lineCount: Int {
        bytes.withUnsafeBytes { raw in
            var count = 0
            var offset = 0
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ (ones &* 0x0A)
                // High bit of each byte that is zero, exactly (no borrow from a neighbouring byte).
                let zero = ~(((word & low7) &+ low7) | word) & high
                count &+= zero.nonzeroBitCount
                offset += 8
            }
            while offset < raw.count {
                if raw[offset] == 0x0A { count += 1 }
                offset += 1
            }
            return count + 1
        }
    }

    /// One row: its 1-based line number and its fields as byte ranges into `bytes` (a trailing `\r` dropped).
    /// Valid only inside the `forEachRow` call that hands it out, whose buffer it reads.
    public struct Row {
        public let line: Int
        private let fields: UnsafeBufferPointer<Range<Int>>

        fileprivate init(line: Int, fields: UnsafeBufferPointer<Range<Int>>) {
            self.line = line
            self.fields = fields
        }

        public var count: Int { fields.count }
        public subscript(index: Int) -> Range<Int> { fields[index] }
    }

    /// The offset of the first byte below 0x0B (tab, newline, another control byte) at or after `from`, or the
    /// end: eight bytes at a time. Inlinable, so loaders in other modules scan list files without a call per row.
    @inlinable
    public static func nextBreak(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return count }
        var end = from
        while end + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: end, as: UInt64.self)
            // High bit set in the first byte below 0x0B (bits above it may be set by the borrow).
            let low = (word &- 0x0B0B_0B0B_0B0B_0B0B) & ~word & 0x8080_8080_8080_8080
            if low != 0 { return end + low.trailingZeroBitCount >> 3 }
            end += 8
        }
        while end < count && bytes[end] > 0x0A { end += 1 }
        return end
    }

    /// Calls `body` with each row. Lines are found eight bytes at a time and fields go to one reused buffer, so
    /// a row costs neither a byte-by-byte scan of its text nor an array.
    public func forEachRow(_ body: (Row) throws -> Void) rethrows {
        var fields = FieldBuffer()
        defer { fields.deallocate() }
        try bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var line = 0
            var start = 0
            while start < count {
                line += 1
                fields.count = 0
                var fieldStart = start
                var end = start
                // Tab and newline are the only bytes below 0x0B a list holds: find the next one a word at a time.
                while true {
                    end = Self.nextBreak(in: bytes, from: end)
                    guard end < count, bytes[end] != 0x0A else { break }
                    if bytes[end] == 0x09 {
                        fields.append(fieldStart..<end)
                        fieldStart = end + 1
                    }
                    end += 1
                }
                var lineEnd = end
                if lineEnd > fieldStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if end > start && bytes[start] != 0x23 && !(fields.count == 0 && lineEnd == start) {
                    fields.append(fieldStart..<lineEnd)
                    try body(Row(line: line, fields: UnsafeBufferPointer(start: fields.base, count: fields.count)))
                }
                start = end + 1
            }
        }
    }

    /// The field's byte range without ASCII spaces around it.
    public func trimmed(_ range: Range<Int>) -> Range<Int> { ListField.trimmed(range, in: bytes) }

    /// The field as text, ASCII spaces around it dropped.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[trimmed(range)], as: UTF8.self)
    }

    /// Whether the field is empty or only ASCII spaces.
    public func isEmpty(_ range: Range<Int>) -> Bool {
        trimmed(range).isEmpty
    }

    /// Whether the field (spaces around it ignored) equals the ASCII text `word`.
    public func equals(_ range: Range<Int>, _ word: StaticString) -> Bool { ListField.equals(range, word, in: bytes) }

    /// Whether the field ends in the ASCII text `suffix`, spaces around it ignored.
    public func hasSuffix(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
        ListField.hasSuffix(range, suffix, in: bytes)
    }

    /// The field as a non-negative decimal number.
    public func integer(_ range: Range<Int>) -> Int? { ListField.integer(range, in: bytes) }
}

/// The field ranges of the row being read, in memory `forEachRow` owns: a plain struct, so that appending costs
/// no uniqueness or exclusivity check.
private struct FieldBuffer {
    private(set) var base = UnsafeMutablePointer<Range<Int>>.allocate(capacity: 16)
    private var capacity = 16
    var count = 0

    mutating func append(_ field: Range<Int>) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Range<Int>>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: field)
        count += 1
    }

    func deallocate() { base.deallocate() }
}
