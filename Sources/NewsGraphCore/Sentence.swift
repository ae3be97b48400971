/// A sentence (or headline) of the text; its span excludes surrounding white space.
public struct Sentence: Hashable, Sendable {
    public let span: TextSpan
    /// Range of indices into `Document.tokens` that lie inside the sentence.
    public let tokenRange: Range<Int>

    public init(span: TextSpan, tokenRange: Range<Int>) {
        self.span = span
        self.tokenRange = tokenRange
    }
}
