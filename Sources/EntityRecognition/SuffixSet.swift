/// Words to find at the end of compounds (`Küstenstadt` ends in `stadt`, `Polizeisprecher` in `sprecher`):
/// keys of the reversed, case-folded words, so one backward pass over a token tries every suffix length.
struct SuffixSet: Sendable {
    private var keys = KeySet()
    private(set) var shortest = Int.max

    mutating func insert<S: BidirectionalCollection>(_ word: S) where S.Element == Unicode.Scalar {
        keys.insert(WordKey(word.reversed(), folded: true))
        shortest = min(shortest, word.count)
    }

    /// Whether `word` ends in a listed word at least `minimum` long, with at least `prefix` scalars before it.
    func matchesEnd(of word: ArraySlice<Unicode.Scalar>, minimum: Int, prefix: Int) -> Bool {
        // An empty set has no shortest word; `shortest + prefix` would overflow.
        guard shortest <= word.count else { return false }
        let least = max(minimum, shortest)
        guard word.count >= least + prefix else { return false }
        var hash = WordKey.Builder()
        var length = 0
        var index = word.endIndex
        while index > word.startIndex + prefix {
            index -= 1
            hash.append(word[index], folded: true)
            length += 1
            if length >= least && keys.contains(hash.key) { return true }
        }
        return false
    }
}
