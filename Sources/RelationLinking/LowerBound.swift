/// The start (or end) of each token's lower-cased bytes in `ArticleView.lowerBytes`, read by token
/// (`lowerStart[token]`) from the pairs of the view's storage, a token's start and end side by side.
///
/// One run of pairs, not an array for each end: the loop over every token that writes them (`ArticleView.lowerCase`)
/// had too few registers for its pointers, and reloaded each from the stack at every token.
struct LowerBound {
    /// The first token's bound: the pairs' start, or the element after it for the ends.
    private let first: UnsafePointer<Int32>

    @inline(__always)
    init(_ pairs: UnsafeMutablePointer<Int32>, end: Bool) {
        first = UnsafePointer(pairs + (end ? 1 : 0))
    }

    /// The bound of the token at `token`, which must be one of the text's (as an unsafe buffer's subscript, this
    /// one is unchecked).
    @inline(__always)
    subscript(token: Int) -> Int32 { first[token &* 2] }
}
