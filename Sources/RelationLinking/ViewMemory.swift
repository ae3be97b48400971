import NewsGraphCore

/// The memory of a thread's `ArticleView` tables and the linker's arrays, kept from one article to the next
/// (`LentBuffer`). One per thread, so the linker, which threads share, needs no lock.
final class ViewMemory {
    // (Unchecked: each access was a dynamic exclusivity check, and only the memory's thread uses it.)
    @exclusivity(unchecked) private var tables = LentBuffer()
    @exclusivity(unchecked) private var cleared = ClearedColumns()
    /// The role caches' arrays of the last view and the linker's statements of the last article, empty, or no room
    /// while a view or the linker holds them.
    @exclusivity(unchecked) var roleEntries: [ArticleView.RoleEntry] = []
    @exclusivity(unchecked) var roleHits: [RoleRules.RoleHit] = []
    @exclusivity(unchecked) var said: [Relation] = []
    @exclusivity(unchecked) var attributions: [Attribution] = []
    /// The speech rules' sentences a said stands for, likewise.
    @exclusivity(unchecked) var saidSentences: [Int] = []

    private static let threads = ThreadLocal<ViewMemory>()

    /// This thread's memory, made on first use and freed with the thread.
    static var current: ViewMemory { threads.value { ViewMemory() } }

    deinit {
        tables.free()
        cleared.free()
    }

    /// At least `byteCount` bytes aligned for `UInt64`, uninitialised, until given back with `giveBack`.
    func take(byteCount: Int) -> UnsafeMutableRawPointer { tables.take(byteCount: byteCount) }

    /// Gives back memory `take` lent (or frees it, where `take` made it apart).
    func giveBack(_ memory: UnsafeMutableRawPointer) { tables.giveBack(memory) }

    /// At least `count` values of -1, until given back with `giveBackCleared`, every one -1 again.
    func takeCleared(count: Int) -> UnsafeMutablePointer<Int32> { cleared.take(count: count) }

    /// Gives back what `takeCleared` lent, set to -1 again where it was written.
    func giveBackCleared(_ block: UnsafeMutablePointer<Int32>) { cleared.giveBack(block) }
}
