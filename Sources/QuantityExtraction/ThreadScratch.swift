#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory a thread keeps from one article to the next for the quantity pass's per-article buffers: allocated and
/// freed an article, each cost some 400 instructions in `malloc` and 150 in `free` (they are kilobytes, past the
/// allocator's caches). One per thread, so the stage, which threads share, needs no lock.
final class ThreadScratch {
    /// The buffers, one per use.
    enum Slot: Int {
        case tokenText = 0
        case openings = 1
    }

    // (Unchecked: each access was a dynamic exclusivity check, and only the scratch's thread uses it.)
    @exclusivity(unchecked) private var buffers: (Buffer, Buffer) = (Buffer(), Buffer())
    /// Room for a `TokenText`'s strings, empty, or no room while a text holds it.
    @exclusivity(unchecked) var strings: [String] = []
    /// Likewise for `TokenText.loweredScalars` (its last word's scalars), and the extractor's quantities of a
    /// sentence and their first tokens.
    @exclusivity(unchecked) var scalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) var found: [FoundQuantity] = []
    @exclusivity(unchecked) var starts: [Int] = []

    private struct Buffer {
        var pointer: UnsafeMutableRawPointer?
        var byteCount = 0
        /// Lent out and not given back yet: a second user at once (two `TokenText`s alive) gets memory of its own.
        var lent = false
    }

    /// This thread's scratch, made on first use and freed with the thread.
    static var current: ThreadScratch {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ThreadScratch>.fromOpaque(pointer).takeUnretainedValue()
        }
        let scratch = ThreadScratch()
        pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ThreadScratch>.fromOpaque(pointer).release()
        }
        return key
    }()

    deinit {
        buffers.0.pointer?.deallocate()
        buffers.1.pointer?.deallocate()
    }

    /// At least `byteCount` bytes aligned for `UInt64`, uninitialised, until given back with `giveBack`.
    func take(_ slot: Slot, byteCount: Int) -> UnsafeMutableRawPointer {
        let needed = max(byteCount, 8)
        return withBuffer(slot) { buffer in
            guard !buffer.lent else {
                return UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: MemoryLayout<UInt64>.alignment)
            }
            if buffer.byteCount < needed {
                buffer.pointer?.deallocate()
                // Room for the next few articles' growth at once.
                buffer.byteCount = needed * 2
                buffer.pointer = UnsafeMutableRawPointer.allocate(
                    byteCount: buffer.byteCount, alignment: MemoryLayout<UInt64>.alignment)
            }
            buffer.lent = true
            return buffer.pointer.unsafelyUnwrapped
        }
    }

    /// Gives back memory `take` lent for `slot` (or freed, where `take` made it apart).
    func giveBack(_ slot: Slot, _ pointer: UnsafeMutableRawPointer) {
        withBuffer(slot) { buffer in
            if buffer.lent && buffer.pointer == pointer {
                buffer.lent = false
            } else {
                pointer.deallocate()
            }
        }
    }

    @inline(__always)
    private func withBuffer<R>(_ slot: Slot, _ body: (inout Buffer) -> R) -> R {
        switch slot {
        case .tokenText: return body(&buffers.0)
        case .openings: return body(&buffers.1)
        }
    }
}
