import NewsGraphCore

/// The arrays and buffers `SentenceSplitter` fills and drops in every article, kept emptied from one article to
/// the next on each thread: made for every article, each cost an allocation and a free. One per thread, so the
/// splitter, which threads share, needs no lock.
final class SplitScratch {
    // (Unchecked: each access was a dynamic exclusivity check, and only the scratch's thread uses it.)
    /// The tokenizer's sentence candidates, ICU's ends, the ends before and after the inline-heading rule and the
    /// first token at each: empty, or no room while a split holds them (`KeptArray`).
    @exclusivity(unchecked) var candidates: [Int] = []
    @exclusivity(unchecked) var icuEnds: [Int] = []
    @exclusivity(unchecked) var unheadedEnds: [Int] = []
    @exclusivity(unchecked) var ends: [Int] = []
    @exclusivity(unchecked) var firstTokens: [Int] = []
    /// The tokenizer's mark tokens, and the list markers the boundary rules find among them, kept likewise.
    @exclusivity(unchecked) var marks: [Int] = []
    @exclusivity(unchecked) var listMarkers: [BoundaryRules.ListMarker] = []
    /// The sentence breaker's boundary and UTF-16 buffers.
    let breakBuffers = ICUBreaker.Buffers()

    private static let threads = ThreadLocal<SplitScratch>()

    /// This thread's scratch, made on first use and freed with the thread.
    static var current: SplitScratch { threads.value { SplitScratch() } }
}
