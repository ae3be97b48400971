@testable import QuantityExtraction
import Testing

/// The screen of the pass over every token says no only where the tests one by one would: every date word, weekday
/// compound and number word gets through it; simple words that share only their first letter and length with a date
/// word are turned away, but a word that is not simple is let through on those.
struct OpenerScreenTests {
    private static func mayOpen(_ word: String, simple: Bool, in lexicon: QuantityLexicon) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return lexicon.openerScreen.mayOpen(
            first: scalars[0].value, second: scalars[scalars.count > 1 ? 1 : 0].value, length: scalars.count,
            simple: simple)
    }

    @Test func everyDateOpenerGetsThrough() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let simple = lexicon.dateOpeners.filter { $0.unicodeScalars.allSatisfy(WordFilter.isSimple) }
        #expect(simple.count > 50)
        for word in simple where word.unicodeScalars.first!.value < 0x100 {
            #expect(Self.mayOpen(word, simple: true, in: lexicon), "\(word)")
        }
    }

    @Test(arguments: ["Montagabend", "dreiundzwanzig", "Zwölf", "sieben", "Millionen"])
    func numberWordsAndWeekdayCompoundsGetThrough(word: String) throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        #expect(Self.mayOpen(word, simple: true, in: lexicon))
    }

    /// The first three scalars: `sich` opens like `sieben` and `sein` like `sechs` by their first two, but no number
    /// atom, date word or weekday starts with their first three; the words they stand for do.
    @Test(arguments: [("sich", false), ("sein", false), ("für", false), ("sieben", true), ("Sechzig", true),
                      ("fünf", true), ("Mittwoch", true), ("Montagabend", true), ("verdreifacht", true)])
    func theFirstThreeTell(word: String, opens: Bool) throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let scalars = Array(word.unicodeScalars)
        #expect(lexicon.openerScreen.mayOpen(
            first: scalars[0].value, second: scalars[1].value, third: scalars[2].value) == opens)
    }

    /// `Mittwoch` and `Menschen`: same first letter and length, other second letter.
    @Test func aSimpleWordIsToldByItsSecondLetter() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        #expect(lexicon.dateOpeners.contains("Mittwoch"))
        #expect(!Self.mayOpen("Menschen", simple: true, in: lexicon))
        #expect(Self.mayOpen("Menschen", simple: false, in: lexicon))
    }
}
