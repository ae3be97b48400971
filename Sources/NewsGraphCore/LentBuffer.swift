/// A block of raw memory a thread lends to one user at a time and keeps from one article to the next: allocated
/// and freed an article, a stage's buffers (kilobytes, past the allocator's caches) cost some 500 instructions in
/// `malloc` and `free`. A second user while the block is lent gets memory of its own, freed when given back.
public struct LentBuffer {
    @usableFromInline var pointer: UnsafeMutableRawPointer?
    @usableFromInline var byteCount = 0
    @usableFromInline var lent = false

    public init() {}

    /// At least `byteCount` bytes aligned for `UInt64`, uninitialised, until given back with `giveBack`.
    @inlinable
    public mutating func take(byteCount: Int) -> UnsafeMutableRawPointer {
        let needed = max(byteCount, 8)
        guard !lent else {
            return UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: MemoryLayout<UInt64>.alignment)
        }
        if self.byteCount < needed {
            pointer?.deallocate()
            // Room for the next few articles' growth at once.
            self.byteCount = needed * 2
            pointer = UnsafeMutableRawPointer.allocate(
                byteCount: self.byteCount, alignment: MemoryLayout<UInt64>.alignment)
        }
        lent = true
        return pointer.unsafelyUnwrapped
    }

    /// Gives back memory `take` lent (or frees it, where `take` made it apart).
    @inlinable
    public mutating func giveBack(_ memory: UnsafeMutableRawPointer) {
        if lent && memory == pointer {
            lent = false
        } else {
            memory.deallocate()
        }
    }

    /// Frees the kept block; for the owner's `deinit`.
    public mutating func free() {
        pointer?.deallocate()
        pointer = nil
        byteCount = 0
    }
}
