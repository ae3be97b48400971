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

    /// `Mittwoch` and `Menschen`: same first letter and length, other second letter.
    @Test func aSimpleWordIsToldByItsSecondLetter() throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        #expect(lexicon.dateOpeners.contains("Mittwoch"))
        #expect(!Self.mayOpen("Menschen", simple: true, in: lexicon))
        #expect(Self.mayOpen("Menschen", simple: false, in: lexicon))
    }
}
