/// Where the JSON primitives append bytes: a plain array, or the writer's own `ByteBuffer`.
protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    /// Appends the first `count` (at most 8) bytes of `word` in memory order.
    mutating func append(word: UInt64, count: Int)
    /// Lets `write` fill up to `maxCount` bytes in place and appends the number it returns: one capacity check
    /// for a run of bytes made one at a time.
    mutating func append(upTo maxCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int)
}

extension ByteOutput {
    mutating func append(upTo maxCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        let space = UnsafeMutablePointer<UInt8>.allocate(capacity: max(maxCount, 1))
        defer { space.deallocate() }
        append(contentsOf: UnsafeBufferPointer(start: space, count: write(space)))
    }

    mutating func append(word: UInt64, count: Int) {
        withUnsafeBytes(of: word.littleEndian) { append(contentsOf: UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<count])) }
    }
}

extension Array: ByteOutput where Element == UInt8 {}
