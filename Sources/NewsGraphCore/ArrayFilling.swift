extension Array {
    /// An array of the elements `fill` writes at the start of uninitialised storage for at least `capacity` of them
    /// (it returns how many), as `init(unsafeUninitializedCapacity:initializingWith:)` makes one, at less cost: the
    /// standard library allocates that array's storage in a function it keeps from being specialised, which looks
    /// the storage class's generic metadata up in the runtime's cache at every call (about 450 instructions, more
    /// than the allocation). `reserveCapacity` and `append(contentsOf:)`, specialised in the calling module (these
    /// are inlinable), reach it through an accessor that caches it; the two sequences appended tell where the free
    /// storage is and then claim what `fill` wrote there (with no closure kept in them: kept, a closure's context
    /// was allocated at every call).
    @inlinable
    public init(fillingCapacity capacity: Int, _ fill: (UnsafeMutableBufferPointer<Element>) throws -> Int) rethrows {
        self = []
        try refill(capacity: capacity, fill)
    }

    /// Empties the array and fills it as `init(fillingCapacity:_:)` fills a new one, in the storage it has where
    /// that has room: an array kept from one article to the next is filled without an allocation.
    @inlinable
    public mutating func refill(
        capacity: Int, _ fill: (UnsafeMutableBufferPointer<Element>) throws -> Int
    ) rethrows {
        emptyKeepingCapacity()
        reserveCapacity(capacity)
        var storage = UnsafeMutableBufferPointer<Element>(start: nil, count: 0)
        withUnsafeMutablePointer(to: &storage) { append(contentsOf: StorageProbe(found: $0)) }
        let count = try fill(storage)
        precondition(count >= 0 && count <= storage.count)
        append(contentsOf: StorageClaim<Element>(count: count))
    }

    /// Empties the array and keeps its room, with no work if it is empty already: `removeAll(keepingCapacity:)`
    /// replaces a range, about 70 instructions, even then, and the stages' kept arrays come empty from their
    /// keeping (`KeptArray.take`) several times an article.
    @inlinable @inline(__always)
    public mutating func emptyKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}

/// Appends nothing, and notes the free storage `Array.append(contentsOf:)` offers it.
@usableFromInline
struct StorageProbe<Element>: Sequence {
    @usableFromInline let found: UnsafeMutablePointer<UnsafeMutableBufferPointer<Element>>

    @inlinable init(found: UnsafeMutablePointer<UnsafeMutableBufferPointer<Element>>) { self.found = found }

    @inlinable func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    @inlinable func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
        found.pointee = buffer
        return (makeIterator(), 0)
    }
}

/// Appends the `count` elements already written at the start of the free storage `StorageProbe` found.
@usableFromInline
struct StorageClaim<Element>: Sequence {
    @usableFromInline let count: Int

    @inlinable init(count: Int) { self.count = count }

    @inlinable func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection.Iterator() }

    @inlinable func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
        (makeIterator(), count)
    }
}
