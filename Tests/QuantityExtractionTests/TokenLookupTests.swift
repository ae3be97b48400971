@testable import QuantityExtraction
import Testing

/// The look-ups that spare a token's string answer as the look-ups of its string.
struct TokenLookupTests {
    /// A table read straight from a token's scalars finds what the table finds for the token's text, for simple
    /// tokens (ASCII, `ä`, `ß`) and for the others, which go through the string (a decomposed `ü`, `€`).
    @Test func tableByTokenEqualsTableByText() throws {
        let text = "Über 5 Mio. Euro, 3 Tsd. Dollar, 12 Prozent, 40 Kilometer, Gramm, Ärzte, Straße, Bu\u{308}ro, 7 €."
        let document = try Fixture.run(text)
        let tokens = TokenText(document: document)
        let table = StringTable([
            "Mio": 1, "Euro": 2, "Tsd": 3, "Prozent": 4, "Kilometer": 5, "Ärzte": 6, "Straße": 7, "Büro": 8, "€": 9,
        ])
        // How many tokens the table holds, each answer by token checked against the answer by string.
        func agreeing(_ table: StringTable<Int>, key: (Int) -> String, byToken: (Int) -> Int?) -> Int {
            var found = 0
            for index in 0..<tokens.count {
                let expected = table[key(index)]
                #expect(byToken(index) == expected, "\(key(index))")
                if expected != nil { found += 1 }
            }
            return found
        }
        // Every listed word but none of the others is in the text once.
        #expect(agreeing(table, key: { tokens.text($0) }, byToken: { table.value(token: $0, of: tokens) }) == 9)
        // In lower case too: `über`, `ärzte`, `straße`, and `büro` through its string.
        let lowered = StringTable(["über": 1, "mio": 2, "ärzte": 3, "straße": 4, "büro": 5, "€": 6])
        #expect(agreeing(lowered, key: { tokens.lowered($0) },
                         byToken: { lowered.value(loweredToken: $0, of: tokens) }) == 6)
    }

    /// A table of simple keys answers for a key with a dash, quotation mark or currency sign, which it turns away
    /// without its dictionary, as the dictionary does; and for other keys, canonically equal ones too, as before.
    @Test func keyWithSteadyMarkAnswersAsDictionary() {
        let table = StringTable(["Nr": 1, "Büro": 2, "§": 3, "Seite": 4])
        for key in ["„", "–", "“Nr", "Nr–", "€", "…", "‰", "₿", "\u{2000}", "Nr", "Bu\u{308}ro", "§", "Büro"] {
            #expect(table[key] == table.dictionary[key], "\(key)")
        }
        #expect(table["Bu\u{308}ro"] == 2)
    }

    /// A token compared in lower case with a word scalar by scalar answers as its lower-case string does, also
    /// where the word or the token is not ASCII (a decomposed `ü`, `é` against `e` and a combining accent).
    @Test func loweredTokenEqualsWord() throws {
        let document = try Fixture.run("Über 5 Mio. STRASSE Bu\u{308}ro Café.")
        let tokens = TokenText(document: document)
        let words = ["über", "mio", "mi", "mio.", "strasse", "büro", "bu\u{308}ro", "café", "cafe\u{301}", "cafe", "5"]
        var equal = 0
        for index in 0..<tokens.count {
            for word in words {
                let expected = tokens.lowered(index) == word
                #expect(tokens.isLowered(index, equalTo: word) == expected, "\(tokens.text(index)) \(word)")
                if expected { equal += 1 }
            }
        }
        #expect(equal == 8)
    }

    /// The prefix screen lets through every word a prefix trigger starts (in any case) and turns away others
    /// that share only their first two or three letters with one.
    @Test(arguments: [
        ("verhaftet", true), ("Verhaftung", true), ("Festgenommen", true), ("überwiesen", true),
        ("vertraut", false), ("Verkehr", false), ("gestern", false), ("Fest", false), ("ver", false),
    ])
    func prefixScreen(word: String, expected: Bool) throws {
        let lexicon = try #require(GermanNumberParserTests.lexicon)
        let values = word.lowercased().unicodeScalars.map(\.value)
        func at(_ offset: Int) -> UInt32? { offset < values.count ? values[offset] : nil }
        let screened = lexicon.mayStartPrefixTrigger(first: values[0], second: at(1), third: at(2), fourth: at(3))
        let starts = lexicon.prefixTriggers.contains { word.lowercased().hasPrefix($0.text) }
        #expect(starts == expected)
        if starts { #expect(screened) }
        if !expected && word.count > 4 { #expect(!screened) }
    }
}
