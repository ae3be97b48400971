@testable import QuantityExtraction
import Testing

/// Number words and digit strings read in isolation.
struct GermanNumberParserTests {
    static let lexicon = try? QuantityLexicon(lexicons: Fixture.lexicons)

    @Test(arguments: [
        ("8.000", 8_000.0), ("5,3", 5.3), ("1.500", 1_500.0), ("100.000", 100_000.0), ("3.5", 3.5),
        ("12.000.000", 12_000_000.0), ("0,75", 0.75), ("42", 42.0),
        // Swiss thousands with an apostrophe, the dot after them a decimal point.
        ("11'800", 11_800.0), ("1\u{2019}420", 1_420.0), ("1'234.50", 1_234.5), ("2'500'000", 2_500_000.0),
    ])
    func digits(text: String, expected: Double) {
        #expect(GermanNumberParser.digitValue(Array(text.unicodeScalars)[...]) == expected)
    }

    @Test(arguments: ["1.2.3", "12a", "1..2", ",5", "1'23", "1234'500", "1,5'000", "1'5"])
    func badDigits(text: String) {
        #expect(GermanNumberParser.digitValue(Array(text.unicodeScalars)[...]) == nil)
    }

    @Test(arguments: [
        ("acht", 8.0), ("zwölf", 12.0), ("siebzehn", 17.0), ("zwanzig", 20.0), ("einundzwanzig", 21.0),
        ("neunundneunzig", 99.0), ("hundert", 100.0), ("einhundertfünfzig", 150.0), ("dreihundertzwei", 302.0),
        ("tausend", 1_000.0), ("dreitausendvierhundert", 3_400.0), ("zweieinhalb", 2.5), ("sechzig", 60.0),
    ])
    func words(text: String, expected: Double) throws {
        let lexicon = try #require(Self.lexicon)
        let value = lexicon.numbers.wordValue(Array(text.unicodeScalars)[...])
        #expect(value?.value == expected)
        #expect(value?.isArticle == false)
    }

    @Test(arguments: ["achtel", "zweite", "elfte", "zwanzigste", "undzwanzig", "dreizwanzig", "einszwei", "und"])
    func notNumberWords(text: String) throws {
        let lexicon = try #require(Self.lexicon)
        #expect(lexicon.numbers.wordValue(Array(text.unicodeScalars)[...]) == nil)
    }

    @Test(arguments: ["ein", "eine", "einen", "einem"])
    func articleForms(text: String) throws {
        let lexicon = try #require(Self.lexicon)
        #expect(lexicon.numbers.wordValue(Array(text.unicodeScalars)[...])?.isArticle == true)
    }
}
