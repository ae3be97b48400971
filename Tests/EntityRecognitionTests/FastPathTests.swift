import NewsGraphCore
import Testing
@testable import EntityRecognition

/// The shortcuts taken for speed give what the general code they replace gives.
@Suite struct FastPathTests {
    /// `NameRules.townKeys` hashes the names `TownAdjective.names(of:)` builds, in its order.
    @Test(arguments: ["Grazer", "Münchner", "Bremer", "Wiener", "Kölner", "Linzer", "Basler", "Zürcher", "Berliner"])
    func townKeysAreTheTownAdjectiveNames(word: String) {
        let scalars = Array(word.unicodeScalars)
        let expected = TownAdjective.names(of: scalars).map { WordKey($0, folded: true) }
        #expect(!expected.isEmpty)
        #expect(NameRules.townKeys(scalars, TextSpan(0, scalars.count)) == expected)
    }

    /// `TokenFacts.foldedStems(_:)`, made from the token's folded key, gives the keys of the word hashed again
    /// without its last code point and without its last two, beyond Latin-1 too.
    @Test(arguments: ["Kambodschas", "Amtes", "ÄRZTES", "Österreichs", "ΑΘΗΝΑΣ", "Łódźs", "as", "s"])
    func foldedStemsAreTheShortenedWordsKeys(word: String) throws {
        var document = Document(name: "test", text: word, language: "de")
        var diagnostics: [Diagnostic] = []
        try Fixture.splitter.process(&document, diagnostics: &diagnostics)
        let facts = TokenFacts.facts(of: document, words: Fixture.recognizer.words).facts
        try #require(facts.count == 1)
        let scalars = document.scalars
        let stems = facts[0].foldedStems(scalars)
        #expect(stems.stem1 == WordKey(scalars.dropLast(1), folded: true))
        #expect(stems.stem2 == WordKey(scalars.dropLast(2), folded: true))
    }

    /// The General Punctuation block has no letter, no capital and no case mapping, as `ScalarClass` and
    /// `WordKey.fold(_:)` take it to have without asking Unicode's tables.
    @Test func generalPunctuationHasNoCase() {
        for value in UInt32(0x2000)..<0x2070 {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarClass.isGeneralPunctuation(value))
            #expect(!scalar.properties.isAlphabetic && !scalar.properties.isUppercase)
            #expect(Array(scalar.properties.lowercaseMapping.unicodeScalars) == [scalar])
            #expect(!ScalarClass.isLetter(scalar) && !ScalarClass.isUpper(scalar) && WordKey.fold(scalar) == value)
        }
        #expect(!ScalarClass.isGeneralPunctuation(0x1FFF) && !ScalarClass.isGeneralPunctuation(0x2070))
    }
}
