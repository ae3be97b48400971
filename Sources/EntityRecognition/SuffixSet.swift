import NewsGraphCore

/// Words to find at the end of compounds (`Küstenstadt` ends in `stadt`, `Polizeisprecher` in `sprecher`):
/// keys of the reversed, case-folded words, so one backward pass over a token tries every suffix length.
struct SuffixSet: Sendable {
    private var keys = KeySet()
    /// One bit per reversed ending of a listed word (every length, the whole word too), by the key's top bits:
    /// a clear bit means no listed word ends so, and the backward pass stops there. Most tokens stop after two or
    /// three letters, and the bits fit in the cache where a probe per suffix length into `keys` did not.
    private var endings = [UInt64](filled: 0, count: SuffixSet.endingWords)
    private(set) var shortest = Int.max

    private static let endingBits = 16
    private static let endingWords = (1 << endingBits) / 64

    mutating func insert<S: BidirectionalCollection>(_ word: S) where S.Element == Unicode.Scalar {
        var hash = WordKey.Builder()
        for scalar in word.reversed() {
            hash.append(scalar, folded: true)
            let bit = Self.endingBit(hash.key)
            endings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        keys.insert(hash.key)
        shortest = min(shortest, word.count)
    }

    @inline(__always)
    private static func endingBit(_ key: WordKey) -> Int {
        Int(truncatingIfNeeded: (key.raw &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - endingBits))
    }

    /// Whether `word` ends in a listed word at least `minimum` long, with at least `prefix` scalars before it.
    /// Generic so that the rules pass a slice of a buffer pointer: a slice of the scalar array retained and released
    /// the document's storage for every word asked.
    func matchesEnd<Word: RandomAccessCollection>(of word: Word, minimum: Int, prefix: Int) -> Bool
    where Word.Element == Unicode.Scalar, Word.Index == Int {
        // An empty set has no shortest word; `shortest + prefix` would overflow.
        guard shortest <= word.count else { return false }
        let least = max(minimum, shortest)
        guard word.count >= least + prefix else { return false }
        return endings.withUnsafeBufferPointer { endings in
            var hash = WordKey.Builder()
            var length = 0
            var index = word.endIndex
            while index > word.startIndex + prefix {
                index -= 1
                hash.append(word[index], folded: true)
                length += 1
                let bit = Self.endingBit(hash.key)
                if endings[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
                if length >= least && keys.contains(hash.key) { return true }
            }
            return false
        }
    }

    /// Whether `word` is a listed word, or ends in one with at least `prefix` scalars before it.
    func isOrEndsIn<Word: RandomAccessCollection>(_ word: Word, prefix: Int) -> Bool
    where Word.Element == Unicode.Scalar, Word.Index == Int {
        guard shortest <= word.count else { return false }
        return endings.withUnsafeBufferPointer { endings in
            var hash = WordKey.Builder()
            var length = 0
            var index = word.endIndex
            while index > word.startIndex {
                index -= 1
                hash.append(word[index], folded: true)
                length += 1
                let bit = Self.endingBit(hash.key)
                if endings[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
                if length >= shortest && (length == word.count || word.count - length >= prefix)
                    && keys.contains(hash.key) {
                    return true
                }
            }
            return false
        }
    }
}
