import NewsGraphCore

/// Finding the token at a sentence boundary without walking every token to it: the splitter and the heading rule
/// look for one at each sentence end, and a walk paid a compare and a branch at every token of the text.
extension UnsafeBufferPointer where Element == Token {
    /// The first index from `start` on whose token satisfies `isPast`, which holds for every token after one it holds
    /// for (tokens are in text order), or the count: by steps that double from `start`, then halving, so a sentence
    /// of n tokens costs about 2 log n tests.
    @inline(__always)
    func firstIndex(from start: Int, where isPast: (Token) -> Bool) -> Int {
        var low = start
        var step = 1
        // Every token before `low` fails `isPast`.
        while low &+ step <= count && !isPast(self[low &+ step &- 1]) {
            low &+= step
            step &<<= 1
        }
        // The answer is in `low...high`.
        var high = Swift.min(low &+ step, count)
        while low < high {
            let middle = (low &+ high) >> 1
            if isPast(self[middle]) { high = middle } else { low = middle &+ 1 }
        }
        return low
    }
}
