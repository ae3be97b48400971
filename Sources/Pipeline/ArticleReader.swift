import Foundation
import NewsGraphCore

/// Turns the bytes of an input into article text, or into an error that names the file and the reason.
///
/// Decisions (see `docs/batch.md`): invalid UTF-8, NUL bytes (binary), empty or whitespace-only input and
/// inputs over `maximumBytes` are refused; a UTF-8 BOM is dropped and CRLF/CR become `\n` (as Python's text
/// mode reads the file, so offsets agree with `text[begin:end]`); decomposed (NFD) text is kept exactly as
/// given, so offsets refer to the very text, with a note; HTML is processed as plain text with a warning.
public struct ArticleReader: Sendable {
    /// Larger inputs are refused: no news article comes near it, and it bounds memory per article.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 16 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// The bytes of a file, refused before reading when the file is too large or not a regular file.
    public func contents(ofFile path: String) throws -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw NewsGraphError(
                .unreadable, path: path, message: "cannot read file (\(String(cString: strerror(errno))))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw NewsGraphError(.unreadable, path: path, message: "not a regular file")
        }
        try checkSize(Int(info.st_size), path: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw NewsGraphError(.unreadable, path: path, message: "cannot read file (permission denied?)")
        }
        defer { try? handle.close() }
        // Read one byte past the limit so that a file that grew since `stat` is still refused.
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        try checkSize(data.count, path: path)
        return data
    }

    func checkSize(_ count: Int, path: String) throws {
        if count > maximumBytes {
            throw NewsGraphError(
                .tooLarge, path: path,
                message: "file is too large (\(count) bytes; the limit is \(maximumBytes) bytes)")
        }
    }

    /// Validated text of a `.txt` file's bytes.
    public func text(from data: Data, path: String) throws -> (text: String, diagnostics: [Diagnostic]) {
        try checkSize(data.count, path: path)
        return try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let nul = bytes.firstIndex(of: 0) {
                throw NewsGraphError(.binaryInput, path: path, message: "binary file (NUL byte at byte offset \(nul))")
            }
            if let bad = Self.firstInvalidUTF8Offset(bytes) {
                throw NewsGraphError(.invalidUTF8, path: path, message: "invalid UTF-8 at byte offset \(bad)")
            }
            var diagnostics: [Diagnostic] = []
            var body = UnsafeBufferPointer(rebasing: bytes[...])
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                body = UnsafeBufferPointer(rebasing: bytes[3...])
                diagnostics.append(Diagnostic(.note, source: path, message: "byte order mark dropped"))
            }
            let text = String(decoding: body, as: UTF8.self)
            return try validated(text, path: path, diagnostics: diagnostics)
        }
    }

    /// The checks shared by `.txt` files and the `text` of JSON Lines records, on decoded text.
    func validated(_ raw: String, path: String, diagnostics: [Diagnostic]) throws -> (String, [Diagnostic]) {
        var text = raw
        var diagnostics = diagnostics
        if text.utf8.contains(0) {
            throw NewsGraphError(.binaryInput, path: path, message: "binary text (contains a NUL character)")
        }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            diagnostics.append(Diagnostic(.note, source: path, message: "CRLF/CR line ends read as LF"))
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw NewsGraphError(
                .emptyInput, path: path, message: text.isEmpty ? "file is empty" : "file contains only whitespace")
        }
        if let offset = Self.firstDecomposedOffset(text) {
            diagnostics.append(
                Diagnostic(
                    .note, source: path,
                    message: "text is not in NFC (decomposed character at code point \(offset)); processed as given, "
                        + "offsets refer to the decomposed text"))
        }
        if Self.looksLikeHTML(text) {
            diagnostics.append(Diagnostic(.warning, source: path, message: "looks like HTML; processed as plain text"))
        }
        return (text, diagnostics)
    }

    /// Byte offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8Offset<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch byte {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
            default: return index - bytes.startIndex
            }
            guard index + length <= end else { return index - bytes.startIndex }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index - bytes.startIndex }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return index - bytes.startIndex
            }
            index += length
        }
        return nil
    }

    /// Code-point offset of the first combining mark that NFC would fold into the character before it.
    static func firstDecomposedOffset(_ text: String) -> Int? {
        var previous: Unicode.Scalar?
        var offset = 0
        for scalar in text.unicodeScalars {
            defer {
                previous = scalar
                offset += 1
            }
            guard scalar.value >= 0x300, scalar.properties.canonicalCombiningClass != .notReordered,
                let base = previous
            else { continue }
            var pair = String.UnicodeScalarView()
            pair.append(base)
            pair.append(scalar)
            if String(pair).precomposedStringWithCanonicalMapping.unicodeScalars.count == 1 { return offset }
        }
        return nil
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        // Nearly no article has a `<` at all; only those pay for lower-casing the head.
        guard text.utf8.prefix(8000).contains(UInt8(ascii: "<")) else { return false }
        let head = text.prefix(2000).lowercased()
        return head.contains("<html") || head.contains("<body") || head.contains("<!doctype html")
            || (head.contains("<p>") && head.contains("</p>")) || (head.contains("<div") && head.contains("</div>"))
    }
}
