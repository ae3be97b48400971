/// A block of `Int32` that a thread lends to one `ArticleView` at a time and keeps at -1 between articles: the view
/// sets back to -1 what it wrote (the tokens of its mentions, quantities, dates and quotes, a few in ten), where
/// filling its columns of -1 for every token was the largest write of an article's view, sixteen bytes a token.
/// A second user while the block is lent gets a block of its own, filled, and freed when given back.
struct ClearedColumns {
    private var pointer: UnsafeMutablePointer<Int32>?
    private var capacity = 0
    private var lent = false

    /// At least `count` values, every one -1, until given back with `giveBack`.
    mutating func take(count: Int) -> UnsafeMutablePointer<Int32> {
        let needed = max(count, 1)
        guard !lent else {
            let apart = UnsafeMutablePointer<Int32>.allocate(capacity: needed)
            apart.initialize(repeating: -1, count: needed)
            return apart
        }
        if capacity < needed {
            pointer?.deallocate()
            // Room for the next few articles' growth at once.
            capacity = needed * 2
            let made = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            made.initialize(repeating: -1, count: capacity)
            pointer = made
        }
        lent = true
        return pointer.unsafelyUnwrapped
    }

    /// Gives back a block `take` lent, which the user has set to -1 again (or frees one made apart).
    mutating func giveBack(_ block: UnsafeMutablePointer<Int32>) {
        guard lent && block == pointer else {
            block.deallocate()
            return
        }
        // A value left over would be read by the next article's view as its own: checked in debug builds.
        assert(UnsafeBufferPointer(start: block, count: capacity).allSatisfy { $0 == -1 })
        lent = false
    }

    /// Frees the kept block; for the owner's `deinit`.
    mutating func free() {
        pointer?.deallocate()
        pointer = nil
        capacity = 0
    }
}
