/// The tokens of a range that have a bit of a mask in `ArticleView.bits`, in order
/// (`ArticleView.tokens(in:withAny:)`).
///
/// A rule that looks for its cue word walks a whole sentence: filtered through the view's one-token tests, each
/// token cost its text-bounds check and the filter's closure besides its bits, about twice what this loop costs.
struct BitScan: Sequence, IteratorProtocol {
    private let bits: UnsafeBufferPointer<UInt64>
    private let mask: UInt64
    private var token: Int
    private let end: Int

    /// `range` clamped to the tokens of `bits`, so that the loop reads no token outside them.
    init(_ bits: UnsafeBufferPointer<UInt64>, _ range: Range<Int>, mask: UInt64) {
        self.bits = bits
        self.mask = mask
        token = Swift.max(range.lowerBound, 0)
        end = Swift.min(range.upperBound, bits.count)
    }

    mutating func next() -> Int? {
        while token < end {
            let current = token
            token &+= 1
            if bits[current] & mask != 0 { return current }
        }
        return nil
    }
}

extension ArticleView {
    /// The tokens of `range` (those in the text) with a bit of `mask`: `range.filter { bits[$0] & mask != 0 }`
    /// without an array.
    @inline(__always)
    func tokens(in range: Range<Int>, withAny mask: UInt64) -> BitScan {
        BitScan(bits, range, mask: mask)
    }
}

/// `BitScan` for the tokens that have a bit of the mask or are one of some rule words.
struct CueScan: Sequence, IteratorProtocol {
    private let bits: UnsafeBufferPointer<UInt64>
    private let ids: UnsafeBufferPointer<Int32>
    private let mask: UInt64
    private let words: RuleWordSet
    private var token: Int
    private let end: Int

    init(_ bits: UnsafeBufferPointer<UInt64>, _ ids: UnsafeBufferPointer<Int32>, _ range: Range<Int>, mask: UInt64,
         words: RuleWordSet) {
        self.bits = bits
        self.ids = ids
        self.mask = mask
        self.words = words
        token = Swift.max(range.lowerBound, 0)
        end = Swift.min(range.upperBound, bits.count)
    }

    mutating func next() -> Int? {
        while token < end {
            let current = token
            token &+= 1
            if bits[current] & mask != 0 || words.contains(id: ids[current]) { return current }
        }
        return nil
    }
}

extension ArticleView {
    /// The tokens of `range` (those in the text) with a bit of `mask` or one of `words`.
    @inline(__always)
    func tokens(in range: Range<Int>, withAny mask: UInt64, orIn words: RuleWordSet) -> CueScan {
        CueScan(bits, ids, range, mask: mask, words: words)
    }
}
