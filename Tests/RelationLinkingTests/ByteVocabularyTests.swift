@testable import RelationLinking
import Testing

/// The byte-keyed vocabulary answers as the `String` dictionary it is made from, through its tag bytes and
/// linear probing, for short and long keys, the empty word, and only for the tokens asked about.
struct ByteVocabularyTests {
    /// Enough words that home slots collide and probes run past neighbours; several share a first byte and length
    /// with words that are absent, so that the length filter lets them through to the tags.
    static let vocabulary: [String: Int32] = {
        var words: [String: Int32] = ["": 0, "sagte": 1, "präsident": 2, "bundesverteidigungsminister": 3]
        for number in 0..<3000 { words["w\(number)x"] = Int32(words.count) }
        return words
    }()

    static let table = ByteVocabulary(vocabulary)

    /// Looks up `words` back to back, as `ArticleView` does, asking only where `asked` is true.
    static func ids(_ words: [String], asked: [Bool]) -> [Int32] {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for word in words {
            bytes += Array(word.utf8)
            starts.append(Int32(bytes.count))
        }
        let flags: [UInt8] = asked.map { $0 ? 16 : 0 }
        var ids = [Int32](repeating: -1, count: words.count)
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                flags.withUnsafeBufferPointer { flags in
                    ids.withUnsafeMutableBufferPointer { ids in
                        table.lookUp(bytes, starts: starts, flags: flags, wanted: 16, into: ids)
                    }
                }
            }
        }
        return ids
    }

    @Test func everyListedWordFindsItsID() {
        let words = Array(Self.vocabulary.keys)
        let ids = Self.ids(words, asked: words.map { _ in true })
        for (word, id) in zip(words, ids) {
            #expect(id == Self.vocabulary[word], "\(word)")
        }
    }

    @Test func absentWordsFindNothing() {
        // Same first byte and length as listed words, a prefix of a long key, and a long key one byte off.
        let words = ["w3000x", "w99y", "sagtE", "präsidenT", "bundesverteidigungsministe", "bundesverteidigungsministex"]
        #expect(Self.ids(words, asked: words.map { _ in true }) == words.map { _ in -1 })
    }

    @Test func onlyAskedTokensAreLookedUp() {
        let words = ["sagte", "präsident", "", "w17x"]
        #expect(Self.ids(words, asked: [true, false, true, false]) == [1, -1, 0, -1])
    }

    @Test func singleLookupsAgreeWithTheBatch() {
        for word in ["sagte", "bundesverteidigungsminister", "w2999x", "nichts", ""] {
            let id = Array(word.utf8).withUnsafeBufferPointer { Self.table.id(of: $0) }
            #expect(id == Self.vocabulary[word], "\(word)")
        }
    }
}
