extension Array {
    /// Empties the array and has `fill` write its elements at the start of its storage, made room for at least
    /// `capacity` of them (it returns how many): an array kept from one article to the next is filled in the storage
    /// it has, where `init(unsafeUninitializedCapacity:initializingWith:)` allocated anew every time, and looked the
    /// storage's generic metadata up in the runtime's cache too (some 450 instructions, more than the allocation).
    /// The two sequences appended tell where the free storage is and then claim what `fill` wrote there.
    mutating func refill(capacity: Int, _ fill: (UnsafeMutableBufferPointer<Element>) throws -> Int) rethrows {
        // `removeAll(keepingCapacity:)` replaces a range, about 70 instructions, even on an empty array.
        if !isEmpty { removeAll(keepingCapacity: true) }
        reserveCapacity(capacity)
        var storage = UnsafeMutableBufferPointer<Element>(start: nil, count: 0)
        withUnsafeMutablePointer(to: &storage) { append(contentsOf: StorageProbe(found: $0)) }
        let count = try fill(storage)
        precondition(count >= 0 && count <= storage.count)
        append(contentsOf: StorageClaim<Element>(count: count))
    }
}

/// Appends nothing, and notes the free storage `Array.append(contentsOf:)` offers it.
private struct StorageProbe<Element>: Sequence {
    let found: UnsafeMutablePointer<UnsafeMutableBufferPointer<Element>>

    func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
        found.pointee = buffer
        return (makeIterator(), 0)
    }
}

/// Appends the `count` elements already written at the start of the free storage `StorageProbe` found.
private struct StorageClaim<Element>: Sequence {
    let count: Int

    func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
        (makeIterator(), count)
    }
}
