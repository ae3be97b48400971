import Testing

@testable import Segmentation

/// The Pragmatic Segmenter's golden rules, English and German, with the language guessed from the text.
@Suite struct GoldenRuleTests {
    @Test(arguments: GoldenRules.english)
    func englishRule(_ rule: GoldenRule) throws {
        let sentences = try SegmentationFixture.sentences(of: rule.text)
        #expect(sentences == rule.sentences.map(SegmentationFixture.collapsingSpace))
    }

    @Test(arguments: GoldenRules.german)
    func germanRule(_ rule: GoldenRule) throws {
        let sentences = try SegmentationFixture.sentences(of: rule.text)
        #expect(sentences == rule.sentences.map(SegmentationFixture.collapsingSpace))
    }
}

/// Short one-line texts must still be told apart: the golden rules are English or German by construction.
@Suite struct GoldenRuleLanguageTests {
    @Test(arguments: GoldenRules.english)
    func englishRuleIsGuessedEnglish(_ rule: GoldenRule) {
        #expect(LanguageGuesser().language(of: Array(rule.text.unicodeScalars)) == "en")
    }

    @Test(arguments: GoldenRules.german)
    func germanRuleIsGuessedGerman(_ rule: GoldenRule) {
        #expect(LanguageGuesser().language(of: Array(rule.text.unicodeScalars)) == "de")
    }
}
