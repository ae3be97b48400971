/// Up to four ranges kept inline: the letter groups of a dotted abbreviation (`z. B.`, `U.S.A.`), looked at
/// for every period ICU ends a sentence at, without allocating an array each time.
struct FewRanges: RandomAccessCollection {
    static let capacity = 4

    private var storage: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Range<Int> {
        get {
            precondition(position >= 0 && position < count, "FewRanges index out of range")
            switch position {
            case 0: return storage.0
            case 1: return storage.1
            case 2: return storage.2
            default: return storage.3
            }
        }
        set {
            precondition(position >= 0 && position < count, "FewRanges index out of range")
            switch position {
            case 0: storage.0 = newValue
            case 1: storage.1 = newValue
            case 2: storage.2 = newValue
            default: storage.3 = newValue
            }
        }
    }

    mutating func append(_ range: Range<Int>) {
        precondition(count < Self.capacity, "FewRanges holds four ranges")
        count += 1
        self[count - 1] = range
    }

    /// The same ranges, last first.
    func lastFirst() -> FewRanges {
        var out = FewRanges()
        for position in stride(from: count - 1, through: 0, by: -1) { out.append(self[position]) }
        return out
    }
}
