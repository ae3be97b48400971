import NewsGraphCore

/// `Document.sentenceIndex(containing:)` for the offsets of one article's nodes, which come mostly in text order:
/// the sentence found last, or the one after it, is checked before a binary search.
struct SentenceFinder {
    private let sentences: [Sentence]
    private var last = 0

    init(_ sentences: [Sentence]) { self.sentences = sentences }

    /// The sentence that contains `offset`, as `Document.sentenceIndex(containing:)` finds it: the first sentence
    /// that ends after `offset`, if it starts at or before it.
    mutating func index(containing offset: CodePointOffset) -> Int? {
        var candidate = last
        while candidate <= last + 1 && candidate < sentences.count {
            // The first to end after `offset`: the one before ends at or before it.
            if sentences[candidate].span.end > offset && (candidate == 0 || sentences[candidate - 1].span.end <= offset) {
                last = candidate
                return sentences[candidate].span.begin <= offset ? candidate : nil
            }
            candidate += 1
        }
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count else { return nil }
        last = low
        return sentences[low].span.begin <= offset ? low : nil
    }
}
