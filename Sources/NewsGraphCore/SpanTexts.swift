/// A document's UTF-8 and where each code point starts in it, apart from the document: a stage that makes strings
/// of many spans keeps these two arrays, where a copy of the whole document retained and released all of its own.
public struct SpanTexts: Sendable {
    @usableFromInline let utf8: [UInt8]
    @usableFromInline let offsets: [Int32]

    init(utf8: [UInt8], offsets: [Int32]) {
        self.utf8 = utf8
        self.offsets = offsets
    }

    /// The text `span` covers, as `Document.text(of:)` gives it: its bytes copied from the document's, where
    /// `String(encoding:)` encoded each code point again (two passes over them, several hundred instructions a name).
    @inlinable
    public func text(of span: TextSpan) -> String {
        String(decoding: utf8[Int(offsets[span.begin])..<Int(offsets[span.end])], as: UTF8.self)
    }
}
