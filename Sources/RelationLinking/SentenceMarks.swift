/// Which of an article's sentences hold something (an attribution, say): a flag by sentence index, where a
/// `Set<Int>` hashed every index put in or asked about.
struct SentenceMarks {
    private var marked: [Bool]

    /// The sentences of `sentences` marked, of an article of `count` sentences.
    init<Sentences: Sequence<Int>>(count: Int, marking sentences: Sentences) {
        marked = [Bool](repeating: false, count: count)
        // An index outside the article (a token in no sentence gives -1) is not kept: no sentence asked about is.
        for sentence in sentences where sentence >= 0 && sentence < count { marked[sentence] = true }
    }

    /// Whether `sentence` is marked (never one outside the article).
    func contains(_ sentence: Int) -> Bool {
        sentence >= 0 && sentence < marked.count && marked[sentence]
    }
}
