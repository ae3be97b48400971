/// A growing run of bytes written through a pointer, for the writer's hot path: it appends a few bytes at a
/// time, and `Array.append` checks uniqueness and capacity on each call. Whoever creates one must
/// `deallocate()` it. Its counts, of bytes in memory, are far from overflowing: they are summed wrapping, without
/// a check on each of the few sums of every append.
struct ByteBuffer: ByteOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// False while the bytes go into memory lent by the caller (`init(lending:)`), which is not freed here.
    private(set) var ownsMemory = true

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    /// Writes into `memory` until it is full, then into memory of its own: a caller that gets back the bytes in
    /// the memory it lent (`ownsMemory` still false) needs no copy of them.
    init(lending memory: UnsafeMutableBufferPointer<UInt8>) {
        if let start = memory.baseAddress, memory.count > 0 {
            base = start
            capacity = memory.count
            ownsMemory = false
        } else {
            capacity = 256
            base = .allocate(capacity: capacity)
        }
    }

    func deallocate() {
        if ownsMemory { base.deallocate() }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        if count &+ length > capacity { grow(toAtLeast: count + length) }
        Self.copy(source, length, to: base + count)
        count &+= length
    }

    /// Appends `,"key":`, the start of every member after the first, with one capacity check for its three parts.
    @inline(__always)
    mutating func appendKey(_ key: StaticString) {
        key.withUTF8Buffer { key in
            let length = key.count &+ 4
            if count &+ length > capacity { grow(toAtLeast: count + length) }
            let target = base + count
            target[0] = UInt8(ascii: ",")
            target[1] = UInt8(ascii: "\"")
            if let source = key.baseAddress { Self.copy(source, key.count, to: target + 2) }
            target[key.count + 2] = UInt8(ascii: "\"")
            target[key.count + 3] = UInt8(ascii: ":")
            count &+= length
        }
    }

    /// Copies `length` bytes from `source` to `target`, which do not overlap.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, _ length: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        // Most runs are keys, digits and short words: two overlapping word moves beat a call to memmove. Split at
        // sixteen bytes first, so that a longer run is told apart in two tests, not six.
        if length <= 16 {
            if length >= 8 {
                let head = from.loadUnaligned(as: UInt64.self)
                let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
                to.storeBytes(of: head, as: UInt64.self)
                to.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
            } else if length >= 4 {
                let head = from.loadUnaligned(as: UInt32.self)
                let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
                to.storeBytes(of: head, as: UInt32.self)
                to.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
            } else {
                for index in 0..<length { target[index] = source[index] }
            }
        } else if length <= 128 {
            // The IRIs, openings and headers copied back within an article: sixteen-byte moves from each end, two,
            // four or eight, overlapping, with no loop.
            func move(_ offset: Int) {
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self),
                              toByteOffset: offset, as: SIMD16<UInt8>.self)
            }
            move(0)
            move(length - 16)
            if length > 32 {
                move(16)
                move(length - 32)
            }
            if length > 64 {
                move(32)
                move(48)
                move(length - 64)
                move(length - 48)
            }
        } else {
            target.initialize(from: source, count: length)
        }
    }

    /// Copies a literal's bytes to `target` and returns how many there are.
    @inline(__always)
    static func copy(_ text: StaticString, to target: UnsafeMutablePointer<UInt8>) -> Int {
        text.withUTF8Buffer { bytes in
            if let source = bytes.baseAddress { copy(source, bytes.count, to: target) }
            return bytes.count
        }
    }

    /// Stores all eight bytes, so short runs such as numbers cost one move; only `count` of them are kept.
    @inline(__always)
    mutating func append(word: UInt64, count length: Int) {
        if count &+ 8 > capacity { grow(toAtLeast: count + 8) }
        UnsafeMutableRawPointer(base + count).storeBytes(of: word.littleEndian, as: UInt64.self)
        count &+= length
    }

    @inline(__always)
    mutating func append(upTo maxCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maxCount > capacity { grow(toAtLeast: count + maxCount) }
        let written = write(base + count)
        precondition(written >= 0 && written <= maxCount)
        count += written
    }

    /// Lets `write` fill up to `maxCount` bytes after the `count` bytes written so far at `base`, copying from those
    /// as it likes, and keeps the count it returns: one capacity check for a run of pieces.
    @inline(__always)
    mutating func appendInPlace(
        upTo maxCount: Int, _ write: (_ base: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int
    ) {
        if count &+ maxCount > capacity { grow(toAtLeast: count + maxCount) }
        let newCount = write(base, count)
        precondition(newCount >= count && newCount &- count <= maxCount)
        count = newCount
    }

    /// Lets `write` put up to `maxCount` bytes after those written so far, piece by piece (`RunWriter`), and keeps
    /// what it wrote: one capacity check for a run of pieces.
    @inline(__always)
    mutating func appendRun(upTo maxCount: Int, _ write: (inout RunWriter) -> Void) {
        if count &+ maxCount > capacity { grow(toAtLeast: count + maxCount) }
        var run = RunWriter(base: base, at: base + count)
        write(&run)
        let newCount = run.at - base
        precondition(newCount >= count && newCount &- count <= maxCount)
        count = newCount
    }

    /// Appends a copy of bytes already written, at `range`: IRIs and references that repeat within an article.
    @inline(__always)
    mutating func appendCopy(of range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        let length = range.upperBound &- range.lowerBound
        if count &+ length > capacity { grow(toAtLeast: count + length) }
        // The copy lies wholly before `count`, where the bytes go: the ranges never overlap.
        Self.copy(UnsafePointer(base + range.lowerBound), length, to: base + count)
        count &+= length
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    @inline(never)
    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        if ownsMemory { base.deallocate() }
        base = newBase
        capacity = newCapacity
        ownsMemory = true
    }

    /// Lends the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes in `range` as an array, in one move: `Array(UnsafeBufferPointer)` copies byte by byte.
    func bytes(_ range: Range<Int>) -> [UInt8] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return [UInt8](unsafeUninitializedCapacity: range.count) { bytes, initialized in
            if let target = bytes.baseAddress { target.initialize(from: base + range.lowerBound, count: range.count) }
            initialized = range.count
        }
    }
}
