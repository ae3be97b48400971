import NewsGraphCore

extension TextSpan {
    /// The span `[begin, end)` for bounds the caller knows to be ordered: the tokenizer's scan makes one for
    /// every token, and the check of `init(_:_:)` cost a compare and a branch at each (the compiler cannot see
    /// that a word's scan ends after its start).
    @inline(__always)
    init(ordered begin: CodePointOffset, _ end: CodePointOffset) {
        assert(begin <= end, "span \(begin)..<\(end) is reversed")
        self = unsafeBitCast((begin, end), to: TextSpan.self)
    }
}
