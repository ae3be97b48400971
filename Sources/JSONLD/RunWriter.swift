/// Writes the pieces of one run (a member, a node's opening) one after another into memory reserved for all of
/// them by `ByteBuffer.appendRun`: one capacity check for the run, and a pointer that moves on, not an index that
/// is checked for overflow at every piece.
struct RunWriter {
    /// Where the buffer's bytes start: copies of runs written before are read from here.
    let base: UnsafeMutablePointer<UInt8>
    /// Where the next piece goes.
    private(set) var at: UnsafeMutablePointer<UInt8>

    init(base: UnsafeMutablePointer<UInt8>, at: UnsafeMutablePointer<UInt8>) {
        self.base = base
        self.at = at
    }

    @inline(__always)
    mutating func byte(_ byte: UInt8) {
        at.pointee = byte
        at += 1
    }

    /// Two bytes in one store (`,\n`, `"}`).
    @inline(__always)
    mutating func bytes(_ first: UInt8, _ second: UInt8) {
        let pair = UInt16(first) | UInt16(second) << 8
        UnsafeMutableRawPointer(at).storeBytes(of: pair.littleEndian, as: UInt16.self)
        at += 2
    }

    @inline(__always)
    mutating func literal(_ text: StaticString) {
        at += ByteBuffer.copy(text, to: at)
    }

    /// `,"key":`, the opening of every member after a node's first.
    @inline(__always)
    mutating func member(_ key: StaticString) {
        bytes(UInt8(ascii: ","), UInt8(ascii: "\""))
        literal(key)
        bytes(UInt8(ascii: "\""), UInt8(ascii: ":"))
    }

    /// The bytes at `range` of those written before this run. Its count taken wrapping: a range of the buffer's
    /// places, far from overflowing, copied for every node.
    @inline(__always)
    mutating func copy(_ range: Range<Int>) {
        let count = range.upperBound &- range.lowerBound
        ByteBuffer.copy(UnsafePointer(base + range.lowerBound), count, to: at)
        at += count
    }

    @inline(__always)
    mutating func copy(_ source: UnsafePointer<UInt8>, _ count: Int) {
        ByteBuffer.copy(source, count, to: at)
        at += count
    }

    /// A number's digits as `JSONBytes.digitWord` gives them: all eight bytes stored, `count` kept (the run
    /// reserves eight for each).
    @inline(__always)
    mutating func digits(_ digits: (word: UInt64, count: Int)) {
        UnsafeMutableRawPointer(at).storeBytes(of: digits.word.littleEndian, as: UInt64.self)
        at += digits.count
    }

    /// The first `count` bytes of `word` in memory order: all four stored (the run reserves one more than it
    /// keeps), `count` kept.
    @inline(__always)
    mutating func word(_ word: UInt32, keeping count: Int) {
        UnsafeMutableRawPointer(at).storeBytes(of: word.littleEndian, as: UInt32.self)
        at += count
    }
}
