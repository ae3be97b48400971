/// One thread's arrays of candidates and token facts, emptied and filled again for every article: each array made for
/// an article looked up its run-time type and took a block from `malloc`, some hundreds of instructions, nine times an
/// article.
final class CandidateArrays {
    // Only one article uses them at a time, on one thread: the run-time exclusivity checks would cost more than
    // the swaps.
    /// The list matches of `LexiconMatcher.candidates(in:facts:extras:into:)`.
    @exclusivity(unchecked) var listMatches: [Candidate] = []
    /// The unambiguous list matches of `NameRules`, where an article has ambiguous ones.
    @exclusivity(unchecked) var startingMatches: [Candidate] = []
    /// The rules' and lists' candidates of `EntityRecognizer.process`.
    @exclusivity(unchecked) var candidates: [Candidate] = []
    /// The mentions `MentionResolver.resolve` accepts.
    @exclusivity(unchecked) var accepted: [Candidate] = []
    /// The mentions the resolver's coreference scan finds.
    @exclusivity(unchecked) var coreferent: [Candidate] = []
    /// The facts of `TokenFacts.facts(of:classFilter:classTable:keeping:)`.
    @exclusivity(unchecked) var facts: [TokenFacts] = []
    /// The capitalised positions of `TokenFacts.facts(of:classFilter:classTable:keeping:)`.
    @exclusivity(unchecked) var capitalised: [Int32] = []
    /// The words of the resolver's `CoveredScalars`.
    @exclusivity(unchecked) var covered: [UInt64] = []
    /// The resolver's acceptance order (`MentionResolver.acceptanceOrder(_:into:)`).
    @exclusivity(unchecked) var order: [Int] = []
    /// The table of `MentionResolver.entities(of:keeping:)`, cleared for each article: made anew, its slots were
    /// allocated and filled one by one, several hundred instructions an article.
    @exclusivity(unchecked) var entityKeys = KeyTable()
}
