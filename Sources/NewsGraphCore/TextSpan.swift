/// An offset into a document's text, counted in Unicode code points (scalars), as NIF and Python `str` count.
public typealias CodePointOffset = Int

/// A half-open range `[begin, end)` of code points in a document's text.
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let begin: CodePointOffset
    public let end: CodePointOffset

    public init(_ begin: CodePointOffset, _ end: CodePointOffset) {
        precondition(begin <= end, "span \(begin)..<\(end) is reversed")
        self.begin = begin
        self.end = end
    }

    /// The span `[begin, end)` for bounds the caller knows to be ordered (checked in debug builds only): the
    /// tokenizer makes one for every token, and the check of `init(_:_:)` cost a compare and a branch at each.
    @inlinable
    public init(ordered begin: CodePointOffset, _ end: CodePointOffset) {
        assert(begin <= end, "span \(begin)..<\(end) is reversed")
        self.begin = begin
        self.end = end
    }

    public var length: Int { end - begin }
    public var isEmpty: Bool { begin == end }

    public func contains(_ other: TextSpan) -> Bool { begin <= other.begin && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { begin < other.end && other.begin < end }

    /// Document order: earlier start first, then the longer span first, so that an enclosing span
    /// precedes what it encloses. This is the one total order every layer is sorted by.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.begin != rhs.begin ? lhs.begin < rhs.begin : lhs.end > rhs.end
    }

    public var description: String { "\(begin)..<\(end)" }
}
