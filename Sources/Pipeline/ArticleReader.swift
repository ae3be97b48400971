import Foundation
import NewsGraphCore

/// Turns the bytes of an input file into article text, or into an error that names the file and the reason.
public struct ArticleReader: Sendable {
    /// Larger files are refused: no news article comes near it, and it bounds memory per article.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 16 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// Validated text: UTF-8 without NUL bytes, BOM dropped, line ends normalised to `\n`
    /// (as Python's text mode reads it, so offsets agree with `text[begin:end]`).
    public func text(from data: Data, path: String) throws -> (text: String, diagnostics: [Diagnostic]) {
        if data.count > maximumBytes {
            throw NewsGraphError(
                .tooLarge, path: path, message: "file is too large (\(data.count) bytes; the limit is \(maximumBytes))")
        }
        var bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            throw NewsGraphError(.binaryInput, path: path, message: "binary file (NUL byte at byte offset \(nul))")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = Self.firstInvalidUTF8Offset(bytes) {
            throw NewsGraphError(.invalidUTF8, path: path, message: "invalid UTF-8 at byte offset \(bad)")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw NewsGraphError(.emptyInput, path: path, message: "file is empty")
        }
        var diagnostics: [Diagnostic] = []
        if Self.looksLikeHTML(text) {
            diagnostics.append(Diagnostic(.warning, source: path, message: "looks like HTML; processed as plain text"))
        }
        return (text, diagnostics)
    }

    /// Byte offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }


    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        return head.contains("<html") || head.contains("<body") || head.contains("<!doctype html")
            || (head.contains("<p>") && head.contains("</p>"))
    }
}
