@testable import QuantityExtraction
import Testing

/// The shortcuts that spare strings and scans answer as the slow paths they stand for: a token's lower case made
/// scalar by scalar, and the three-scalar filter before the number atoms are scanned.
struct LowerCaseAndAtomFilterTests {
    @Test func loweredTokensEqualStringLowerCasing() throws {
        let text = "Ärger über ÖBB-Chef: ÞÓR, İstanbul, ΣΟΦΙΑ und die STRASSE × 3 kosten 5 Mio. € – sagt ǅemal."
        let document = try Fixture.run(text)
        let tokens = TokenText(document: document)
        #expect(tokens.count > 15)
        for index in 0..<tokens.count {
            let expected = tokens.text(index).lowercased()
            #expect(tokens.lowered(index) == expected, "\(expected)")
            #expect(tokens.loweredScalars(index) == Array(expected.unicodeScalars), "\(expected)")
        }
    }

    @Test(arguments: [
        ("sechzehnjährige", true), ("Einsatz", true), ("einhundert", true), ("Einen", true), ("eineinhalb", true), ("ACHTUNG", true), ("Elfmeter", true), ("zwölf", true),
        // A capital that only full lower-casing can fold answers yes, also in the third place.
        ("seÜber", true), ("Übel", true),
        // Through the filter (`sie` starts `sieben`, `zwa` starts `zwanzig`), then failed by the scan.
        ("Sieg", false), ("zwar", false),
        // Stopped by the filter.
        ("sein", false), ("seit", false), ("nicht", false), ("viel", false), ("el", false),
    ])
    func mayStartWithAtom(word: String, expected: Bool) throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        #expect(lexicon.numbers.mayStartWithAtom(Array(word.unicodeScalars)[...]) == expected)
    }

    /// The article test made once from the lexicon agrees with `wordValue` on whole words, in any ASCII case; a
    /// word with a scalar outside ASCII is never taken for one (the slow path decides).
    @Test(arguments: [
        ("ein", true), ("Ein", true), ("EINEN", true), ("eines", true), ("einer", true), ("einem", true),
        ("eins", true), ("eine", true), ("zwei", false), ("elf", false), ("einhundert", false), ("eineinhalb", false),
        ("einen1", false), ("ei", false), ("Eins\u{308}", false), ("déin", false),
    ])
    func articleFormsAreWordValueArticles(word: String, expected: Bool) throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let scalars = Array(word.unicodeScalars)
        let isArticle = lexicon.numbers.wordValue(Array(word.lowercased().unicodeScalars)[...])?.isArticle == true
        let ascii = scalars.allSatisfy { $0.value < 0x80 }
        #expect(ascii && isArticle == expected || !ascii && !expected)
        #expect(scalars.withUnsafeBufferPointer { lexicon.numbers.isArticleForm($0) } == expected)
    }

    /// `TokenText.isLowered(_:_:)` compares the scalars of simple tokens instead of making their lower case: it
    /// answers as `lowered(index) == word` does, for words with and without code points beyond ASCII.
    @Test func isLoweredAgreesWithTheLowerCaseString() throws {
        let document = try Fixture.run("Für über FÜR fürs Für. Unter unter ÜBER Öl für-den Zwischen zwischen.")
        let tokens = TokenText(document: document)
        let words: [StaticString] = ["für", "über", "unter", "zwischen", "öl", "fü", "fürs"]
        var matched = 0
        for index in 0..<tokens.count {
            for word in words {
                let expected = tokens.lowered(index) == String(describing: word)
                #expect(tokens.isLowered(index, word) == expected, "\(tokens.text(index)) \(word)")
                if expected { matched += 1 }
            }
        }
        #expect(matched >= 10)
    }
}
