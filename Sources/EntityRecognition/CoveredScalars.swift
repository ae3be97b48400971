import NewsGraphCore

/// Which code points of the text accepted mentions cover, one bit each.
///
/// A bit, not a `Bool`, per code point: the flags of a whole article are cleared once for every article, and at a
/// byte each that fill cost more than all the look-ups; a span's test and its marking are a few words' masks.
struct CoveredScalars {
    private var words: [UInt64]

    /// Room for code points `0..<count` and one more, all uncovered, in the memory of `storage` (the thread's words
    /// from its article before, `CandidateArrays.covered`, taken from it): words made for every article cost an
    /// allocation and its release. Given back with `handBack(to:)`.
    init(count: Int, reusing storage: inout [UInt64]) {
        words = KeptArray.take(&storage)
        let wordCount = count / 64 + 1
        words.refill(capacity: wordCount) { buffer in
            UnsafeMutableBufferPointer(rebasing: buffer[..<wordCount]).initialize(repeating: 0)
            return wordCount
        }
    }

    /// Hands the words' memory to `storage` for the thread's next article, leaving none here.
    mutating func handBack(to storage: inout [UInt64]) { KeptArray.handBack(&words, into: &storage) }

    /// Whether any code point of `begin..<end` is covered.
    @inline(__always)
    func any(_ begin: Int, _ end: Int) -> Bool {
        // Read through a pointer: the resolver and the coreference scan ask this of most candidates and capitalised
        // words, and each read of the array checked its bounds.
        words.withUnsafeBufferPointer { words in
            var covered = false
            Self.forEachMask(begin, end) { word, mask in covered = covered || words[word] & mask != 0 }
            return covered
        }
    }

    /// Inlined: the acceptance loop asks it of every candidate and the coreference scan of every word it keeps.
    @inline(__always)
    func any(_ span: TextSpan) -> Bool { any(span.begin, span.end) }

    @inline(__always)
    mutating func cover(_ begin: Int, _ end: Int) {
        // Written through a pointer: each write to the array checked its bounds and that it was unique.
        words.withUnsafeMutableBufferPointer { words in
            Self.forEachMask(begin, end) { word, mask in words[word] |= mask }
        }
    }

    mutating func uncover(_ span: TextSpan) {
        words.withUnsafeMutableBufferPointer { words in
            Self.forEachMask(span.begin, span.end) { word, mask in words[word] &= ~mask }
        }
    }

    /// The bits of `begin..<end`, word by word: an article's spans cross one word boundary at most, mostly none.
    @inline(__always)
    private static func forEachMask(_ begin: Int, _ end: Int, _ body: (Int, UInt64) -> Void) {
        guard begin < end else { return }
        let last = (end - 1) >> 6
        var word = begin >> 6
        var mask = UInt64.max << UInt64(begin & 63)
        while word < last {
            body(word, mask)
            word += 1
            mask = .max
        }
        body(word, mask & (UInt64.max >> UInt64(63 - ((end - 1) & 63))))
    }
}
