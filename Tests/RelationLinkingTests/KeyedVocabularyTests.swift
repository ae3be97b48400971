import NewsGraphCore
@testable import RelationLinking
import Testing

/// The vocabulary keyed by token keys answers as the `String` dictionary it is made from, for the lower case of a
/// Latin-1 token: through linear probing past colliding home slots, and for words stored decomposed.
struct KeyedVocabularyTests {
    static let vocabulary: [String: Int32] = {
        var words: [String: Int32] = ["sagte": 1, "präsident": 2, "bundesverteidigungsminister": 3, "cafe\u{301}": 4]
        for number in 0..<3000 { words["w\(number)x"] = Int32(words.count + 1) }
        return words
    }()

    static let table = KeyedVocabulary(vocabulary)

    /// The id found for `token`'s lower case, by its folded key as segmentation makes it.
    static func id(ofToken token: String) -> Int32 {
        let document = Document(name: "t", text: token)
        let forms = TokenForm.forms(
            of: [Token(span: TextSpan(0, document.scalars.count), kind: .word)], scalars: document.scalars)
        return table.withProbe { $0.id(of: forms[0].folded) }
    }

    @Test func everyWordIsFoundByItsTokensKey() {
        for (word, id) in Self.vocabulary where !word.contains("\u{301}") {
            #expect(Self.id(ofToken: word) == id)
        }
    }

    @Test func capitalisedTokensFindTheirLowerCase() {
        #expect(Self.id(ofToken: "Sagte") == 1)
        #expect(Self.id(ofToken: "PRÄSIDENT") == 2)
        // Stored decomposed, found composed (the token's NFC form).
        #expect(Self.id(ofToken: "Café") == 4)
    }

    @Test func otherWordsAreNotFound() {
        for word in ["sagt", "präsidenten", "w3000x", "", "x"] {
            #expect(Self.id(ofToken: word) == -1)
        }
    }
}
