import NewsGraphCore

/// An article's entities indexed for writing: the keys in the order their nodes are written, the table that finds a
/// key's slot by its bytes, each mention's entity and the chain of each entity's mentions, and room for the places
/// the byte sink notes as it writes. All in one array of words, the keys' bytes too, made and filled once an article:
/// six arrays were six allocations, each filled by the library's generic code.
struct EntityIndex {
    /// In turn: by slot, the key's position in the table of entities; the key table (`KeySlots`); by mention, its
    /// entity's slot, or -1 if its key does not have the very bytes of one; by slot, the entity's first mention, and
    /// by mention, the next of its entity (-1: none); the sink's places (-1: none); the keys' runs' starts and end;
    /// the keys' bytes, then eight zero bytes (`KeyOrder.Runs`).
    private var words: [Int]
    /// How many keys (slots), mentions and places in the key table.
    let count: Int
    private let mentionCount: Int
    private let tableCount: Int
    private let placeCount: Int

    /// The index of `keys` (an entity table's, each once) and of the mentions' keys among them, with `places` places
    /// for the byte sink.
    init(keys: [String], mentions: [EntityMention], places: Int = 0) {
        count = keys.count
        mentionCount = mentions.count
        tableCount = KeySlots.tableCount(keys: keys.count)
        placeCount = places
        // Every place filled at once (-1: no entity, no link; the table's places are zeroed below), then written in
        // one lending of the storage: an append a place checked the array's uniqueness and capacity each time.
        let byteWords = (KeyOrder.Runs.byteCount(keys) + 8 + 7) / 8
        let wordCount = count + tableCount + 2 * mentionCount + count + places + count + 1 + byteWords
        var words = [Int](filled: -1, count: wordCount)
        let (count, mentionCount, tableCount) = (count, mentionCount, tableCount)
        let table = count..<count + tableCount
        let slots = table.upperBound..<table.upperBound + mentionCount
        let firsts = slots.upperBound..<slots.upperBound + count
        let nexts = firsts.upperBound..<firsts.upperBound + mentionCount
        let starts = nexts.upperBound + places..<nexts.upperBound + places + count + 1
        let bytes = starts.upperBound..<starts.upperBound + byteWords
        // The entity of a mention whose key is equal to one only up to normalisation, by mention: its IRI may be
        // spelt otherwise, so it has no slot, but it is among its entity's mentions (rare: empty nearly always).
        var equivalentSlots: [Int: Int] = [:]
        var slotsByKey: [String: Int]?
        words.withUnsafeMutableBufferPointer { words in
            let startsWords = UnsafeMutableBufferPointer(rebasing: words[starts])
            let order = UnsafeMutableBufferPointer(rebasing: words[0..<count])
            let tableWords = UnsafeMutableBufferPointer(rebasing: words[table])
            tableWords.update(repeating: 0)
            UnsafeMutableBufferPointer(rebasing: words[bytes]).withMemoryRebound(to: UInt8.self) { bytes in
                let notPlain = KeyOrder.Runs.write(keys, starts: startsWords, bytes: bytes)
                let bytes = UnsafeBufferPointer(bytes)
                let runs = KeyOrder.Runs(bytes: bytes, starts: UnsafeBufferPointer(startsWords), notPlain: notPlain)
                KeyOrder.sort(keys, runs: runs, into: order)
                KeySlots.fill(tableWords, runs: runs, order: UnsafeBufferPointer(order))
                // By index, reading one field of each mention instead of copying it whole (and retaining all it
                // holds). Found by the bytes of its key (hashing a String normalises it first); a key equal only up
                // to normalisation still finds its entity by the dictionary.
                let lookup = KeySlots.Lookup(bytes: bytes, table: UnsafeBufferPointer(tableWords))
                for index in mentions.indices {
                    if let slot = lookup.slot(of: mentions[index].entityKey) {
                        words[slots.lowerBound + index] = slot
                        continue
                    }
                    if slotsByKey == nil {
                        slotsByKey = Dictionary(uniqueKeysWithValues: order.indices.map { (keys[order[$0]], $0) })
                    }
                    if let slot = slotsByKey?[mentions[index].entityKey] { equivalentSlots[index] = slot }
                }
            }
            // Each entity's mentions in text order, as a chain: one pass over the mentions instead of one per
            // entity.
            for index in (0..<mentionCount).reversed() {
                let exact = words[slots.lowerBound + index]
                let slot = exact >= 0 ? exact : equivalentSlots[index] ?? -1
                guard slot >= 0 else { continue }
                words[nexts.lowerBound + index] = words[firsts.lowerBound + slot]
                words[firsts.lowerBound + slot] = index
            }
        }
        self.words = words
    }

    /// The position, in the table of entities, of the key in `slot`.
    func position(_ slot: Int) -> Int { words[slot] }

    /// `body` given, in place, the keys' positions by slot, each entity's first mention by slot and each mention's
    /// next of its entity (-1: none), read with no check of the array's bounds at each link.
    func withChains<Result>(
        _ body: (
            _ positions: UnsafeBufferPointer<Int>, _ firstMentions: UnsafeBufferPointer<Int>,
            _ nextMentions: UnsafeBufferPointer<Int>
        ) -> Result
    ) -> Result {
        let (count, mentionCount) = (count, mentionCount)
        let firsts = count + tableCount + mentionCount
        return words.withUnsafeBufferPointer { words in
            body(
                UnsafeBufferPointer(rebasing: words[0..<count]),
                UnsafeBufferPointer(rebasing: words[firsts..<firsts + count]),
                UnsafeBufferPointer(rebasing: words[firsts + count..<firsts + count + mentionCount]))
        }
    }

    /// What `withLent` lends.
    struct Lent {
        /// The keys' slots by their bytes.
        let keys: KeySlots.Lookup
        /// By mention, its entity's slot, or -1 if its key does not have the very bytes of one.
        let mentionSlots: UnsafeBufferPointer<Int>
        /// By slot, the key's position in the table of entities.
        let positions: UnsafeBufferPointer<Int>
        /// The byte sink's places, -1 until it writes them.
        let places: UnsafeMutableBufferPointer<Int>
    }

    /// `body` given the index in place, and the sink's places to write.
    mutating func withLent<Result>(_ body: (Lent) -> Result) -> Result {
        let (count, mentionCount, tableCount, placeCount) = (count, mentionCount, tableCount, placeCount)
        return words.withUnsafeMutableBufferPointer { words in
            let table = UnsafeBufferPointer(rebasing: words[count..<count + tableCount])
            let slots = count + tableCount
            let mentionSlots = UnsafeBufferPointer(rebasing: words[slots..<slots + mentionCount])
            let places = slots + 2 * mentionCount + count
            let bytes = places + placeCount + count + 1
            return UnsafeBufferPointer(rebasing: words[bytes...]).withMemoryRebound(to: UInt8.self) { bytes in
                body(
                    Lent(
                        keys: KeySlots.Lookup(bytes: bytes, table: table), mentionSlots: mentionSlots,
                        positions: UnsafeBufferPointer(rebasing: words[0..<count]),
                        places: UnsafeMutableBufferPointer(rebasing: words[places..<places + placeCount])))
            }
        }
    }
}
