/// Word endings as UTF-8 bytes, grouped by their last byte: a word is compared only with the endings that end
/// in its own last byte, not with the whole list (`isOrganisationType` asks this of many capitalised words).
struct EndingBuckets: Sendable {
    private var buckets = [[[UInt8]]](repeating: [], count: 256)
    /// An empty ending was added: every word ends in it.
    private var hasEmpty = false

    mutating func append(_ ending: [UInt8]) {
        guard let last = ending.last else {
            hasEmpty = true
            return
        }
        buckets[Int(last)].append(ending)
    }

    /// Whether `word` ends in one of the endings with at least `rest` bytes before it.
    func containsEnding(of word: UnsafeBufferPointer<UInt8>, leaving rest: Int) -> Bool {
        if hasEmpty && word.count >= rest { return true }
        guard let last = word.last else { return false }
        let count = word.count
        return buckets[Int(last)].contains { ending in
            guard count >= ending.count + rest else { return false }
            var offset = 0
            let start = count - ending.count
            while offset < ending.count && word[start + offset] == ending[offset] { offset += 1 }
            return offset == ending.count
        }
    }
}
