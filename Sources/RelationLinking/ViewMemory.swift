import NewsGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of a thread's `ArticleView` tables, kept from one article to the next: allocated and freed an
/// article, the tables (tens of kilobytes, past the allocator's caches) cost some 600 instructions in `malloc` and
/// `free`. One per thread, so the linker, which threads share, needs no lock.
final class ViewMemory {
    // (Unchecked: each access was a dynamic exclusivity check, and only the memory's thread uses it.)
    @exclusivity(unchecked) private var pointer: UnsafeMutableRawPointer?
    @exclusivity(unchecked) private var byteCount = 0
    /// Lent to a view and not given back yet: a second view alive at once gets memory of its own.
    @exclusivity(unchecked) private var lent = false
    /// The role caches' arrays of the last view and the linker's statements of the last article, empty, or no room
    /// while a view or the linker holds them.
    @exclusivity(unchecked) var roleEntries: [ArticleView.RoleEntry] = []
    @exclusivity(unchecked) var roleHits: [RoleRules.RoleHit] = []
    @exclusivity(unchecked) var said: [Relation] = []
    @exclusivity(unchecked) var attributions: [Attribution] = []
    /// The speech rules' sentences a said stands for, likewise.
    @exclusivity(unchecked) var saidSentences: [Int] = []

    /// This thread's memory, made on first use and freed with the thread.
    static var current: ViewMemory {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ViewMemory>.fromOpaque(pointer).takeUnretainedValue()
        }
        let memory = ViewMemory()
        pthread_setspecific(key, Unmanaged.passRetained(memory).toOpaque())
        return memory
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ViewMemory>.fromOpaque(pointer).release()
        }
        return key
    }()

    deinit {
        pointer?.deallocate()
    }

    /// At least `byteCount` bytes aligned for `UInt64`, uninitialised, until given back with `giveBack`.
    func take(byteCount: Int) -> UnsafeMutableRawPointer {
        let needed = max(byteCount, 8)
        guard !lent else {
            return UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: MemoryLayout<UInt64>.alignment)
        }
        if self.byteCount < needed {
            pointer?.deallocate()
            // Room for the next few articles' growth at once.
            self.byteCount = needed * 2
            pointer = UnsafeMutableRawPointer.allocate(byteCount: self.byteCount,
                                                       alignment: MemoryLayout<UInt64>.alignment)
        }
        lent = true
        return pointer.unsafelyUnwrapped
    }

    /// Gives back memory `take` lent (or frees it, where `take` made it apart).
    func giveBack(_ memory: UnsafeMutableRawPointer) {
        if lent && memory == pointer {
            lent = false
        } else {
            memory.deallocate()
        }
    }
}
