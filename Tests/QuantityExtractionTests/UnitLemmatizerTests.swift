@testable import QuantityExtraction
import Testing

/// The lemmatizer's byte comparisons for simple words answer as the character comparisons they stand for.
struct UnitLemmatizerTests {
    /// `citationForm` as it was written with `hasPrefix` and `hasSuffix` on characters.
    private static func citationFormByCharacters(_ lemma: String, of form: String) -> String {
        guard lemma.hasSuffix("er"), !form.hasPrefix(lemma), !lemma.hasSuffix("beamter") else { return lemma }
        let weak = String(lemma.dropLast())
        return form.hasPrefix(weak) ? weak : lemma
    }

    /// Nominalised adjectives lose the strong `-r` (`Tote`), other nouns in `-er` keep it (`Lehrer`, `Beamter`),
    /// and a decomposed umlaut in the form is compared by its characters.
    @Test(arguments: [
        ("Toter", "Tote", "Tote"), ("Toter", "Toten", "Tote"), ("Lehrer", "Lehrern", "Lehrer"),
        ("Lehrer", "Lehrer", "Lehrer"), ("Justizbeamter", "Justizbeamte", "Justizbeamter"),
        ("Mutter", "Mütter", "Mutter"), ("Pädokrimineller", "Pädokriminelle", "Pädokriminelle"),
        ("Pädokrimineller", "Pa\u{308}dokriminelle", "Pädokriminelle"), ("Haus", "Häuser", "Haus"),
        ("Angehöriger", "Angehörigen", "Angehörige"), ("Fußgänger", "Fußgänger", "Fußgänger"),
    ])
    func citationForm(lemma: String, form: String, expected: String) {
        #expect(UnitLemmatizer.citationForm(lemma, of: form) == expected)
        #expect(UnitLemmatizer.citationForm(lemma, of: form) == Self.citationFormByCharacters(lemma, of: form))
    }

    /// A hyphenated compound keeps what stands before its last part and lemmatises that part; hyphens at its end
    /// are no part (as `split` omits empty parts).
    @Test func hyphenatedCompound() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let lemmatizer = UnitLemmatizer(lexicon: lexicon)
        #expect(lemmatizer.lemma(ofNonUnit: "SIM-Karten") == "SIM-Karte")
        #expect(lemmatizer.lemma(ofNonUnit: "Anti-Terror-Einheiten") == "Anti-Terror-Einheit")
        #expect(lemmatizer.lemma(ofNonUnit: "Bu\u{308}ro-Ha\u{308}user") == lemmatizer.lemma(ofNonUnit: "Büro-Häuser"))
    }

    /// A verb's noun (`das Spielen`) that is also a dative plural (`in zwei Spielen`) counts the plural's noun;
    /// a noun in `-en` whose form without `n` is no plural keeps its own lemma.
    @Test func verbNounThatIsADativePlural() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let lemmatizer = UnitLemmatizer(lexicon: lexicon)
        #expect(lemmatizer.lemma(ofNonUnit: "Spielen") == "Spiel")
        #expect(lemmatizer.lemma(ofNonUnit: "Kriegen") == "Krieg")
        #expect(lemmatizer.lemma(ofNonUnit: "Abkommen") == "Abkommen")
    }

    /// `-leute` compounds, which Wiktionary lists as words of their own, count their singular on `-mann`.
    @Test func leuteCompoundsCountMen() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let lemmatizer = UnitLemmatizer(lexicon: lexicon)
        #expect(lemmatizer.lemma(ofNonUnit: "Feuerwehrleute") == "Feuerwehrmann")
        #expect(lemmatizer.lemma(ofNonUnit: "Seeleute") == "Seemann")
        #expect(lemmatizer.lemma(ofNonUnit: "Leute") == "Leute")
    }
}
