import NewsGraphCore

/// `Document.sentenceIndex(containing:)` for the offsets of one article's nodes, which come mostly in text order:
/// the sentence found last, or the one after it, is checked before a binary search of what those probes leave.
struct SentenceFinder {
    private let sentences: [Sentence]
    private var last = 0

    init(_ sentences: [Sentence]) { self.sentences = sentences }

    /// The sentence that contains `offset`, as `Document.sentenceIndex(containing:)` finds it: the first sentence
    /// that ends after `offset`, if it starts at or before it.
    @inline(__always)
    mutating func index(containing offset: CodePointOffset) -> Int? {
        // The first sentence to end after `offset` is found between `low` and `high`. Two probes near the one
        // found last settle it for nearly every node; each also narrows the search that follows when they do not.
        var low = 0
        var high = sentences.count
        if last < high {
            if offset < sentences[last].span.end {
                high = last
                if last == 0 || sentences[last - 1].span.end <= offset { low = last }
            } else {
                low = last + 1
                if low < high && offset < sentences[low].span.end { high = low }
            }
        }
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count else { return nil }
        last = low
        return sentences[low].span.begin <= offset ? low : nil
    }
}
