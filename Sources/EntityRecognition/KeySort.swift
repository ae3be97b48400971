/// Sorting of the packed integer keys the resolver orders candidates by (`MentionResolver.acceptanceOrder(_:into:)`,
/// `sortInDocumentOrder(_:byType:)`, `entityOrder(_:into:)`): each key ends in its candidate's position, so no two are
/// equal and any sort gives the one order a stable sort gives.
///
/// A quicksort, not the standard library's stable sort: that one sorts up to 64 keys by insertion alone, a number of
/// steps that grows with the square of the count, and most articles have some dozens of candidates.
enum KeySort {
    /// Sorts `keys`, all distinct, in ascending order.
    static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard let base = keys.baseAddress, keys.count > 1 else { return }
        sort(base, keys.count, depth: 2 * (Int.bitWidth - keys.count.leadingZeroBitCount))
    }

    /// Below this count, insertion: fewer steps than partitioning.
    private static let insertionCount = 16

    private static func sort(_ start: UnsafeMutablePointer<UInt64>, _ total: Int, depth: Int) {
        var base = start
        var count = total
        var depth = depth
        while count > insertionCount {
            // Median of three for the pivot; past the depth a quicksort reaches on any usual input, or where a
            // partition came out empty (it cannot, with distinct keys), the standard library's sort takes the rest.
            let first = base[0], middle = base[count / 2], last = base[count - 1]
            let pivot = max(min(first, middle), min(max(first, middle), last))
            var low = -1
            var high = count
            while true {
                repeat { low += 1 } while base[low] < pivot
                repeat { high -= 1 } while base[high] > pivot
                if low >= high { break }
                (base[low], base[high]) = (base[high], base[low])
            }
            let split = high + 1
            guard depth > 0, split > 0, split < count else {
                var rest = UnsafeMutableBufferPointer(start: base, count: count)
                rest.sort()
                return
            }
            depth -= 1
            // The smaller part by recursion, the larger by the loop: the stack stays shallow.
            if split < count - split {
                sort(base, split, depth: depth)
                base += split
                count -= split
            } else {
                sort(base + split, count - split, depth: depth)
                count = split
            }
        }
        for index in 1..<max(count, 1) {
            let key = base[index]
            var position = index
            while position > 0 && base[position - 1] > key {
                base[position] = base[position - 1]
                position -= 1
            }
            base[position] = key
        }
    }
}
