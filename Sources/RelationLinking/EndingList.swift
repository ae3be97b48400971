/// A list of word endings (`relations/cues.tsv` no-title, kept-title, …) that a lower-cased title is tested
/// against, giving `String.hasSuffix`'s answers. A title and endings made of `ByteVocabulary.isStable` code
/// points other than CR are NFC with one code point a character, so there a byte comparison gives the same
/// answer without breaking either into characters for every ending of the list.
struct EndingList: Sendable {
    private(set) var endings: [String] = []
    private var bytes: [[UInt8]] = []
    /// Every ending is byte-comparable (`isByteComparable`).
    private var allComparable = true

    mutating func append(_ ending: String) {
        endings.append(ending)
        bytes.append(Array(ending.utf8))
        if !Self.isByteComparable(ending) { allComparable = false }
    }

    var isEmpty: Bool { endings.isEmpty }

    /// Code points below U+0300 (every UTF-8 byte below 0xCC) and no CR, which joins a following LF into one
    /// character: each code point is a character of its own, in NFC.
    @inline(__always)
    static func isByteComparable(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    /// Whether `text` ends in any of the endings (`contains { text.hasSuffix($0) }`).
    func containsEnding(of text: String) -> Bool {
        var found = false
        forEachEnding(of: text) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `body` with the index of each ending `text` ends in, in list order, until it returns false.
    func forEachEnding(of text: String, _ body: (Int) -> Bool) {
        guard allComparable && Self.isByteComparable(text) else {
            for (index, ending) in endings.enumerated() where text.hasSuffix(ending) {
                if !body(index) { return }
            }
            return
        }
        var text = text
        text.withUTF8 { text in
            for (index, ending) in bytes.enumerated() where ending.count <= text.count {
                var offset = 0
                let start = text.count - ending.count
                while offset < ending.count && text[start + offset] == ending[offset] { offset += 1 }
                if offset == ending.count && !body(index) { return }
            }
        }
    }
}
