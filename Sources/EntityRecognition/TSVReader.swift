import Foundation
import NewsGraphCore

/// Reads a tab-separated list straight from its UTF-8 bytes: big lists (100k+ rows) load in milliseconds
/// because a row only becomes `String`s in the columns a caller asks for.
struct TSVReader {
    let path: String
    let bytes: [UInt8]

    init(lexicons: LexiconDirectory, file: String) throws {
        let url = lexicons.url.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NewsGraphError(.badLexicon, path: url.path, message: "cannot read lexicon file")
        }
        path = file
        bytes = [UInt8](data)
    }

    /// Calls `body` with each row that is not blank or a `#` comment: its 1-based line number and its
    /// fields as byte ranges.
    var byteCount: Int { bytes.count }

    /// Number of lines, to size a table once instead of guessing from the byte count.
    var lineCount: Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            // Branch-free, so the loop vectorises.
            for byte in buffer { count &+= byte == 0x0A ? 1 : 0 }
            return count + 1
        }
    }

    func forEachRow(_ body: (Int, [Range<Int>]) throws -> Void) rethrows {
        var line = 0
        var start = 0
        var fields: [Range<Int>] = []
        let count = bytes.count
        try bytes.withUnsafeBufferPointer { bytes in
            while start < count {
                line += 1
                var end = start
                while end < count && bytes[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd > start && bytes[start] != 0x23 {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = start
                    for index in start..<lineEnd where bytes[index] == 0x09 {
                        fields.append(fieldStart..<index)
                        fieldStart = index + 1
                    }
                    fields.append(fieldStart..<lineEnd)
                    try body(line, fields)
                }
                start = end + 1
            }
        }
    }

    func string(_ range: Range<Int>) -> String {
        let trimmed = self.trimmed(range)
        return String(decoding: bytes[trimmed], as: UTF8.self)
    }

    /// The field's byte range without ASCII spaces around it.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && bytes[lower] == 0x20 { lower += 1 }
        while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// The field's key without building a string (ASCII spaces around it ignored).
    func key(_ range: Range<Int>, folded: Bool) -> WordKey {
        WordKey(UTF8Scalars(bytes: bytes, range: trimmed(range)), folded: folded)
    }

    /// The field as a non-negative decimal number, read from its bytes.
    func integer(_ range: Range<Int>) -> Int? {
        let digits = trimmed(range)
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for index in digits {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether the field ends in `suffix` (ASCII), spaces around it ignored.
    func hasSuffix(_ range: Range<Int>, _ suffix: String) -> Bool {
        let field = trimmed(range)
        let tail = Array(suffix.utf8)
        guard field.count >= tail.count else { return false }
        return bytes[(field.upperBound - tail.count)..<field.upperBound].elementsEqual(tail)
    }

    func isEmpty(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 }
    }
}

/// Decodes UTF-8 bytes to code points lazily, for hashing without a `String`.
struct UTF8Scalars: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    var index: Int
    let end: Int

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        index = range.lowerBound
        end = range.upperBound
    }

    mutating func next() -> Unicode.Scalar? {
        guard index < end else { return nil }
        let lead = bytes[index]
        var value: UInt32
        var extra: Int
        switch lead {
        case 0..<0x80: value = UInt32(lead); extra = 0
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F); extra = 1
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); extra = 2
        default: value = UInt32(lead & 0x07); extra = 3
        }
        index += 1
        while extra > 0 && index < end {
            value = (value << 6) | UInt32(bytes[index] & 0x3F)
            index += 1
            extra -= 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
