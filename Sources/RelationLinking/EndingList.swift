/// A list of word endings (`relations/cues.tsv` no-title, kept-title, …) that a lower-cased title is tested
/// against, giving `String.hasSuffix`'s answers. A title and endings made of `ByteVocabulary.isStable` code
/// points other than CR are NFC with one code point a character, so there a byte comparison gives the same
/// answer without breaking either into characters for every ending of the list.
struct EndingList: Sendable {
    private(set) var endings: [String] = []
    /// Every ending is byte-comparable (`isByteComparable`).
    private var allComparable = true
    /// The endings' UTF-8 with their indices, by last byte and in list order, an empty ending in every bucket: a
    /// title is compared with the endings that end in its own last byte, not with the whole list. Bucket 256 holds
    /// the empty endings, the only ones an empty title ends in. (One table, not two: the rules pass the lexicon
    /// by copying its bytes, each field of each list.)
    private var buckets = [[(index: Int, bytes: [UInt8])]](repeating: [], count: 257)

    mutating func append(_ ending: String) {
        let entry = (index: endings.count, bytes: Array(ending.utf8))
        endings.append(ending)
        if !Self.isByteComparable(ending) { allComparable = false }
        if let last = ending.utf8.last {
            buckets[Int(last)].append(entry)
        } else {
            for bucket in buckets.indices { buckets[bucket].append(entry) }
        }
    }

    var isEmpty: Bool { endings.isEmpty }

    /// Code points below U+0300 (every UTF-8 byte below 0xCC) and no CR, which joins a following LF into one
    /// character: each code point is a character of its own, in NFC.
    @inline(__always)
    static func isByteComparable(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    /// Whether `text` ends in any of the endings (`contains { text.hasSuffix($0) }`).
    func containsEnding(of text: String) -> Bool { Self.callsBody { forEachEnding(of: text, $0) } }

    /// Whether `forEach` calls its body at all (stopping it at the first call).
    @inline(__always)
    private static func callsBody(_ forEach: ((Int) -> Bool) -> Void) -> Bool {
        var found = false
        forEach { _ in
            found = true
            return false
        }
        return found
    }

    /// `containsEnding(of:)` of the text whose UTF-8 is `text`, nil where the bytes do not decide (text or an ending
    /// that is not byte-comparable).
    func containsEnding(ofUTF8 text: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard allComparable && text.allSatisfy({ $0 < 0xCC && $0 != 0x0D }) else { return nil }
        return buckets[text.last.map(Int.init) ?? 256].contains { _, ending in
            guard ending.count <= text.count else { return false }
            var offset = 0
            let start = text.count - ending.count
            while offset < ending.count && text[start + offset] == ending[offset] { offset += 1 }
            return offset == ending.count
        }
    }

    /// `containsEnding(of: title.quickLowercased())`, without the lower-cased copy (`forEachEnding(ofLowerCased:)`).
    func containsEnding(ofLowerCased title: String) -> Bool {
        Self.callsBody { forEachEnding(ofLowerCased: title, $0) }
    }

    /// `forEachEnding(of: title.quickLowercased())`. Where `quickLowercased` folds the bytes itself (all below 0xC4),
    /// they are folded the same way as they are compared: a title of more than 15 bytes lower-cased is a new string
    /// on the heap, made for a few comparisons of its last bytes.
    func forEachEnding(ofLowerCased title: String, _ body: (Int) -> Bool) {
        var title = title
        let decided = allComparable && title.withUTF8 { text -> Bool in
            guard text.allSatisfy({ $0 < 0xC4 && $0 != 0x0D }) else { return false }
            let bucket = text.isEmpty ? 256 : Int(text.quickLowercased(at: text.count - 1))
            for (index, ending) in buckets[bucket] where ending.count <= text.count {
                var offset = 0
                let start = text.count - ending.count
                while offset < ending.count && text.quickLowercased(at: start + offset) == ending[offset] {
                    offset += 1
                }
                if offset == ending.count && !body(index) { return true }
            }
            return true
        }
        if !decided { forEachEnding(of: title.quickLowercased(), body) }
    }

    /// Calls `body` with the index of each ending `text` ends in, in list order, until it returns false.
    func forEachEnding(of text: String, _ body: (Int) -> Bool) {
        var text = text
        // The text's bytes lent once, for the test that they decide and for the comparisons: the test through the
        // string's UTF-8 view cost several times as much as the comparisons.
        let decided = allComparable && text.withUTF8 { text -> Bool in
            guard text.allSatisfy({ $0 < 0xCC && $0 != 0x0D }) else { return false }
            for (index, ending) in buckets[text.last.map(Int.init) ?? 256] where ending.count <= text.count {
                var offset = 0
                let start = text.count - ending.count
                while offset < ending.count && text[start + offset] == ending[offset] { offset += 1 }
                if offset == ending.count && !body(index) { return true }
            }
            return true
        }
        if decided { return }
        for (index, ending) in endings.enumerated() where text.hasSuffix(ending) {
            if !body(index) { return }
        }
    }
}
