/// Up to four ranges kept inline: the letter groups of a dotted abbreviation (`z. B.`, `U.S.A.`), looked at
/// for every period ICU ends a sentence at, without allocating an array each time.
struct FewRanges: RandomAccessCollection {
    static let capacity = 4

    private var storage: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    // The tuple read and written through a pointer: a switch over the position cost a jump table at every access,
    // and this type is read at every period ICU ends a sentence at.
    subscript(position: Int) -> Range<Int> {
        @inline(__always) get {
            precondition(position >= 0 && position < count, "FewRanges index out of range")
            return withUnsafeBytes(of: storage) {
                $0.load(fromByteOffset: position * MemoryLayout<Range<Int>>.stride, as: Range<Int>.self)
            }
        }
        @inline(__always) set {
            precondition(position >= 0 && position < count, "FewRanges index out of range")
            withUnsafeMutableBytes(of: &storage) {
                $0.storeBytes(
                    of: newValue, toByteOffset: position * MemoryLayout<Range<Int>>.stride, as: Range<Int>.self)
            }
        }
    }

    @inline(__always)
    mutating func append(_ range: Range<Int>) {
        precondition(count < Self.capacity, "FewRanges holds four ranges")
        count += 1
        self[count - 1] = range
    }

    /// The same ranges, last first.
    func lastFirst() -> FewRanges {
        var out = self
        var low = 0
        var high = count - 1
        while low < high {
            out[low] = self[high]
            out[high] = self[low]
            low += 1
            high -= 1
        }
        return out
    }
}
