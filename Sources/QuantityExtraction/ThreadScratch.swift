import NewsGraphCore

/// Memory a thread keeps from one article to the next for the quantity pass's per-article buffers (`LentBuffer`).
/// One per thread, so the stage, which threads share, needs no lock.
final class ThreadScratch {
    /// The buffers, one per use.
    enum Slot: Int {
        case tokenText = 0
        case openings = 1
    }

    // (Unchecked: each access was a dynamic exclusivity check, and only the scratch's thread uses it.)
    @exclusivity(unchecked) private var buffers: (LentBuffer, LentBuffer) = (LentBuffer(), LentBuffer())
    /// Room for a `TokenText`'s strings, empty, or no room while a text holds it.
    @exclusivity(unchecked) var strings: [String] = []
    /// Likewise for `TokenText.loweredScalars` (its last word's scalars), and the extractor's quantities of a
    /// sentence and their first tokens.
    @exclusivity(unchecked) var scalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) var found: [FoundQuantity] = []
    @exclusivity(unchecked) var starts: [Int] = []

    private static let threads = ThreadLocal<ThreadScratch>()

    /// This thread's scratch, made on first use and freed with the thread.
    static var current: ThreadScratch { threads.value { ThreadScratch() } }

    deinit {
        buffers.0.free()
        buffers.1.free()
    }

    /// At least `byteCount` bytes aligned for `UInt64`, uninitialised, until given back with `giveBack`.
    func take(_ slot: Slot, byteCount: Int) -> UnsafeMutableRawPointer {
        switch slot {
        case .tokenText: buffers.0.take(byteCount: byteCount)
        case .openings: buffers.1.take(byteCount: byteCount)
        }
    }

    /// Gives back memory `take` lent for `slot` (or freed, where `take` made it apart).
    func giveBack(_ slot: Slot, _ pointer: UnsafeMutableRawPointer) {
        switch slot {
        case .tokenText: buffers.0.giveBack(pointer)
        case .openings: buffers.1.giveBack(pointer)
        }
    }
}
