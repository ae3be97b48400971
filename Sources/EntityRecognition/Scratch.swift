import Foundation

/// `withUnsafeTemporaryAllocation(of:capacity:_:)`, with `allocateScratch(byteCount:)` for what does not go on the
/// stack. The standard library puts a temporary of more than a kilobyte on the heap (on Linux always, as it cannot
/// tell how much stack is left) through `posix_memalign`, as `allocate(capacity:)` does too, so that freeing needs
/// no alignment: some 250 instructions a call. An article's token-sized buffers are mostly over a kilobyte. The
/// pool's blocks come from `malloc`, whose alignment (16 bytes) covers every type kept in them.
@inline(__always)
func withScratch<T, Result>(
    of type: T.Type, capacity: Int, _ body: (UnsafeMutableBufferPointer<T>) throws -> Result
) rethrows -> Result {
    let bytes = capacity * MemoryLayout<T>.stride
    if bytes <= 1024 { return try withUnsafeTemporaryAllocation(of: type, capacity: capacity, body) }
    let memory = allocateScratch(byteCount: bytes)
    defer { freeScratch(memory) }
    return try body(
        UnsafeMutableBufferPointer(start: memory.bindMemory(to: T.self, capacity: capacity), count: capacity))
}

/// `byteCount` bytes from this thread's `ScratchPool`, for memory an object keeps for an article
/// (`UnsafeMutableRawPointer.allocate` takes the `posix_memalign` road too); freed with `freeScratch(_:)`.
@inline(__always)
func allocateScratch(byteCount: Int) -> UnsafeMutableRawPointer { ScratchPool.take(byteCount: byteCount) }

/// Gives memory from `allocateScratch(byteCount:)` back (to the calling thread's pool).
@inline(__always)
func freeScratch(_ memory: UnsafeMutableRawPointer) { ScratchPool.give(memory) }
