import Foundation

/// Each thread's freed scratch blocks, handed out again to the next article: an article's token-sized buffers are
/// a few kilobytes, past the sizes `malloc` keeps per thread, and each `malloc` and `free` of them cost some five
/// hundred instructions between them, several times an article. The blocks are kept in a few slots of a plain
/// array found through a pthread key (no object, so no reference counting), and freed when the thread ends.
enum ScratchPool {
    /// Blocks kept per thread at most: about as many as an article's buffers live at once.
    private static let slotCount = 8
    /// Bytes before each block's memory, where its capacity is kept; a multiple of 16 keeps `malloc`'s alignment.
    private static let header = 16

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        // The kept blocks and their slots go when their thread does.
        let made = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            let slots = pointer.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
            for index in 0..<ScratchPool.slotCount { if let block = slots[index] { free(block) } }
            free(pointer)
        }
        guard made == 0 else { fatalError("no thread-specific key for scratch memory") }
        return key
    }()

    /// The calling thread's slots, made on its first call.
    @inline(__always)
    private static func slots() -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        let key = threadKey
        if let pointer = pthread_getspecific(key) {
            return pointer.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        }
        let size = slotCount * MemoryLayout<UnsafeMutableRawPointer?>.stride
        guard let memory = malloc(size) else { fatalError("out of memory for scratch slots") }
        let slots = memory.bindMemory(to: UnsafeMutableRawPointer?.self, capacity: slotCount)
        slots.initialize(repeating: nil, count: slotCount)
        pthread_setspecific(key, memory)
        return slots
    }

    /// At least `byteCount` bytes: a kept block of this thread's that is large enough, else a new one.
    static func take(byteCount: Int) -> UnsafeMutableRawPointer {
        let slots = slots()
        for index in 0..<slotCount {
            guard let block = slots[index], block.load(as: Int.self) >= byteCount else { continue }
            slots[index] = nil
            return block + header
        }
        // Rounded up to a kilobyte, so that a block fits articles a little longer than the one it was made for.
        let capacity = (max(byteCount, 1) + 1023) & ~1023
        guard let block = malloc(header + capacity) else { fatalError("out of memory for \(byteCount) bytes") }
        block.storeBytes(of: capacity, as: Int.self)
        return block + header
    }

    /// Gives back memory `take(byteCount:)` gave: kept in an empty slot, or in place of a smaller block, which is
    /// freed (so the blocks kept grow with the articles), or freed when every kept block is larger.
    static func give(_ memory: UnsafeMutableRawPointer) {
        let block = memory - header
        let slots = slots()
        var smallest = -1
        var smallestCapacity = block.load(as: Int.self)
        for index in 0..<slotCount {
            guard let kept = slots[index] else {
                slots[index] = block
                return
            }
            let capacity = kept.load(as: Int.self)
            if capacity < smallestCapacity {
                smallest = index
                smallestCapacity = capacity
            }
        }
        if smallest < 0 {
            free(block)
        } else {
            free(slots[smallest])
            slots[smallest] = block
        }
    }
}
