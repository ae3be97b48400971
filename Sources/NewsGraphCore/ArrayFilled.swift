extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, but allocated and filled by code the
    /// compiler specialises for the element type in the calling module (the initialiser is inlinable).
    /// `Array(repeating:count:)` allocates in the standard library's generic code, which looks up the array
    /// storage's run-time type every time (a few hundred instructions), and fills element by element; through
    /// `repeatElement` the fill is vectorised. The stages make a dozen such arrays an article.
    @inlinable @inline(__always)
    public init(filled value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
