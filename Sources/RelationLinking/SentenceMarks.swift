/// Which of an article's sentences hold something (an attribution, say): a flag by sentence index, where a
/// `Set<Int>` hashed every index put in or asked about.
struct SentenceMarks {
    /// The flags of the first 256 sentences, a bit each, held in the value: an array of flags for each question was
    /// allocated (`[Bool](repeating:count:)` through the runtime's unspecialised path, some 600 instructions) and
    /// freed, more than the walk it served.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The flags of the sentences past the 256th, in the few articles that long.
    private var beyond: [Bool] = []
    private let count: Int

    /// The sentences of `sentences` marked, of an article of `count` sentences.
    init<Sentences: Sequence<Int>>(count: Int, marking sentences: Sentences) {
        self.count = count
        if count > Self.inline { beyond = [Bool](repeating: false, count: count - Self.inline) }
        // An index outside the article (a token in no sentence gives -1) is not kept: no sentence asked about is.
        for sentence in sentences where sentence >= 0 && sentence < count { mark(sentence) }
    }

    private static let inline = 256

    private mutating func mark(_ sentence: Int) {
        let bit: UInt64 = 1 &<< UInt64(sentence & 63)
        switch sentence >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        case 3: words.3 |= bit
        default: beyond[sentence - Self.inline] = true
        }
    }

    /// Whether `sentence` is marked (never one outside the article).
    func contains(_ sentence: Int) -> Bool {
        guard sentence >= 0 && sentence < count else { return false }
        let shift = UInt64(sentence & 63)
        switch sentence >> 6 {
        case 0: return (words.0 >> shift) & 1 != 0
        case 1: return (words.1 >> shift) & 1 != 0
        case 2: return (words.2 >> shift) & 1 != 0
        case 3: return (words.3 >> shift) & 1 != 0
        default: return beyond[sentence - Self.inline]
        }
    }
}
