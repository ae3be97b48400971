/// The canonical names and nested mentions of the few candidates that have them, kept for one document beside the
/// candidates: a candidate holds only their indices, so it holds no reference and copying one in sorts, filters
/// and appends is a plain copy of bytes, without reference counting.
final class CandidateExtras {
    // One article's stages use its extras, on one thread, and no access overlaps another: the run-time exclusivity
    // check on each read cost more than the read (the resolver asks canonical names of most of its candidates).
    @exclusivity(unchecked) private var canonicals: [String] = []
    @exclusivity(unchecked) private var nestedLists: [[Candidate]] = []

    /// The canonical name set for `candidate`, if any (not the lexicon entry's: `Candidate.canonicalName(in:_:)`).
    func canonical(of candidate: Candidate) -> String? {
        candidate.canonicalIndex >= 0 ? canonicals[Int(candidate.canonicalIndex)] : nil
    }

    func setCanonical(_ canonical: String, of candidate: inout Candidate) {
        candidate.canonicalIndex = Int32(canonicals.count)
        canonicals.append(canonical)
    }

    /// The mentions kept only together with `candidate`.
    func nested(of candidate: Candidate) -> [Candidate] {
        candidate.nestedIndex >= 0 ? nestedLists[Int(candidate.nestedIndex)] : []
    }

    func setNested(_ nested: [Candidate], of candidate: inout Candidate) {
        candidate.nestedIndex = Int32(nestedLists.count)
        nestedLists.append(nested)
    }
}
