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

    /// The same index, found from `guess` (clamped to `start...count`), where it likely lies: by steps that double
    /// away from the guess, back towards `start` if the guess's token satisfies `isPast` (or the guess is the count),
    /// else on from the token after it. A guess a few tokens off costs a few tests, not the 2 log n from `start`.
    @inline(__always)
    func firstIndex(from start: Int, near guess: Int, where isPast: (Token) -> Bool) -> Int {
        let guess = Swift.min(Swift.max(guess, start), count)
        guard guess == count || isPast(self[guess]) else { return firstIndex(from: guess &+ 1, where: isPast) }
        // The answer is at most `high`.
        var high = guess
        var step = 1
        while high &- step >= start && isPast(self[high &- step]) {
            high &-= step
            step &<<= 1
        }
        // The token at `high - step`, if at or after `start`, fails `isPast`: the answer is in `low...high`.
        var low = Swift.max(high &- step &+ 1, start)
        while low < high {
            let middle = (low &+ high) >> 1
            if isPast(self[middle]) { high = middle } else { low = middle &+ 1 }
        }
        return low
    }
}
