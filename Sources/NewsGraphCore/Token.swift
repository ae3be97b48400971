/// One word, number or punctuation mark, as the word breaker found it.
public struct Token: Hashable, Sendable {
    /// What a token is made of, from ICU's word-break rule status.
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    public let span: TextSpan
    public let kind: Kind

    public init(span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
