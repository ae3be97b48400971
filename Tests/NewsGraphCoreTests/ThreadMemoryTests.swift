import Foundation
import NewsGraphCore
import Testing

/// The memory a thread keeps from one article to the next: lent to one user at a time, one object per thread.
struct ThreadMemoryTests {
    @Test func aBufferIsLentToOneUserAtATime() {
        var buffer = LentBuffer()
        let first = buffer.take(byteCount: 64)
        // While the block is lent, a second user gets memory of its own.
        let second = buffer.take(byteCount: 64)
        #expect(first != second)
        buffer.giveBack(second)
        buffer.giveBack(first)
        // Given back, the same block is lent again, also for a request that fits the room it grew to.
        #expect(buffer.take(byteCount: 100) == first)
        buffer.giveBack(first)
        // A larger request gets a larger block, whose bytes can all be written.
        let larger = buffer.take(byteCount: 4096)
        larger.initializeMemory(as: UInt8.self, repeating: 7, count: 4096)
        #expect(larger.load(fromByteOffset: 4095, as: UInt8.self) == 7)
        buffer.giveBack(larger)
        buffer.free()
    }

    @Test func aKeptArrayComesBackEmptiedWithItsRoom() {
        var kept: [Int] = []
        var first = KeptArray.take(&kept, reserving: 8)
        #expect(first.capacity >= 8 && kept.capacity == 0)
        first.append(contentsOf: 1...20)
        let room = first.capacity
        KeptArray.putBack(&first, into: &kept)
        #expect(kept.isEmpty && kept.capacity == room)
        // Taken again, the room is there; a second array put back while the first is kept is dropped.
        let again = KeptArray.take(&kept)
        #expect(again.capacity == room)
        var other = [1, 2, 3]
        KeptArray.putBack(&other, into: &kept)
        var late = [4]
        KeptArray.putBack(&late, into: &kept)
        #expect(kept.isEmpty && kept.capacity >= 3 && late == [4])
    }

    private final class Counter: @unchecked Sendable {
        var value = 0
    }

    @Test func eachThreadHasItsOwnObject() {
        let local = ThreadLocal<Counter>()
        let here = local.value { Counter() }
        here.value += 1
        #expect(local.value { Counter() } === here)
        // Another thread gets another object, made on its first call.
        let other = Counter()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let there = local.value { Counter() }
            other.value = there === here ? -1 : there.value
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(other.value == 0)
        #expect(here.value == 1)
    }
}
