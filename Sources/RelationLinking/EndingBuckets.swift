/// Word endings as UTF-8 bytes, grouped by their last two bytes: a word is compared only with the endings that end
/// in its own last two, not with the whole list (`isOrganisationType` asks this of many capitalised words). By the
/// last byte alone, a word ending in `n` or `e` was compared with a large share of the list.
struct EndingBuckets: Sendable {
    /// Endings of two bytes or more, by `slot(_:_:)` of their last two (different pairs may share a slot: every
    /// ending in it is still compared whole).
    private var buckets = [[[UInt8]]](repeating: [], count: 1 << 12)
    /// Endings of one byte, by that byte.
    private var singleBytes = [Bool](repeating: false, count: 256)
    /// An empty ending was added: every word ends in it.
    private var hasEmpty = false

    @inline(__always)
    private static func slot(_ secondLast: UInt8, _ last: UInt8) -> Int {
        (Int(secondLast) &* 31 &+ Int(last)) & (1 << 12 - 1)
    }

    mutating func append(_ ending: [UInt8]) {
        guard let last = ending.last else {
            hasEmpty = true
            return
        }
        guard ending.count >= 2 else {
            singleBytes[Int(last)] = true
            return
        }
        buckets[Self.slot(ending[ending.count - 2], last)].append(ending)
    }

    /// Whether `word` ends in one of the endings with at least `rest` bytes before it.
    func containsEnding(of word: UnsafeBufferPointer<UInt8>, leaving rest: Int) -> Bool {
        if hasEmpty && word.count >= rest { return true }
        guard let last = word.last else { return false }
        let count = word.count
        if singleBytes[Int(last)] && count >= 1 + rest { return true }
        guard count >= 2 else { return false }
        return buckets[Self.slot(word[count - 2], last)].contains { ending in
            guard count >= ending.count + rest else { return false }
            var offset = 0
            let start = count - ending.count
            while offset < ending.count && word[start + offset] == ending[offset] { offset += 1 }
            return offset == ending.count
        }
    }
}
