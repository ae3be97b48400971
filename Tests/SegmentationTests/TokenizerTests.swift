import NewsGraphCore
import Testing

@testable import Segmentation

/// The code-point word scanner: the token shapes later stages rely on, and equality with ICU's word breaker.
@Suite struct TokenizerTests {
    /// Input and the expected token texts.
    static let shapes: [(String, [String])] = [
        ("UN-Büros", ["UN", "-", "Büros"]),
        ("8.000 Telefone", ["8.000", "Telefone"]),
        ("3,50 Euro", ["3,50", "Euro"]),
        ("1.250.000,50", ["1.250.000,50"]),
        ("z. B.", ["z", ".", "B", "."]),
        ("U.S.A.", ["U.S.A", "."]),
        ("don't", ["don't"]),
        ("Jahr10.", ["Jahr10", "."]),
        ("„Zitat“", ["„", "Zitat", "“"]),
        ("15-jähriges", ["15", "-", "jähriges"]),
    ]

    @Test(arguments: shapes)
    func tokenShape(_ example: (String, [String])) {
        let document = Document(name: "t", text: example.0)
        let tokens = Tokenizer().tokens(of: document)
        #expect(tokens.map { document.text(of: $0.span) } == example.1)
    }

    @Test func numberAndWordKinds() {
        let document = Document(name: "t", text: "Am 24. Mai: 8.000 Pässe, A1 + 5G!")
        let kinds = Tokenizer().tokens(of: document).map(\.kind)
        #expect(kinds == [
            .word, .number, .punctuation, .word, .punctuation, .number, .word, .punctuation, .number, .symbol,
            .word, .punctuation,
        ])
    }

    static let tricky: [String] =
        GoldenRules.german.map(\.text) + GoldenRules.english.map(\.text) + [
            "Bun\u{AD}des\u{AD}land, e\u{301}te, 10\u{202F}000 Euro, 10\u{A0}000 Euro",
            "@handle schrieb auf pic.twitter.com/oOo10gTVc2 um 12:30 Uhr; snake_case_name",
            "👍🏽 👨‍👩‍👧 🇦🇹 Österreich ½ ₂ ² ٣ 漢字 ｶﾀｶﾅ",
            "Mehr auf https://www.example.50.com/new-site/awesome_content.html. Jane.Doe@example.com",
            "Er sagte: ‚So geht’s‘. 5’000 Franken, 3·4, l·l",
            "A9-Prozessor, Ö1-Mittagsjournal, 65EF9500, m52, U23-Teamspieler, DiEM25",
        ]

    @Test(arguments: tricky)
    func sameTokensAsICU(_ text: String) throws {
        let document = Document(name: "t", text: text)
        let icu = try Tokenizer().icuTokens(of: document, locale: "de")
        #expect(Tokenizer().tokens(of: document) == icu)
    }

    /// ASCII letters are scanned eight at a time: words of every length around that width, ending in every
    /// kind of code point and at the text's end, must still end where ICU ends them.
    @Test func letterRunsOfEveryLengthEndWhereICUEndsThem() throws {
        for length in 1...20 {
            let word = String(repeating: "aBcDeFgHiJ", count: 2).prefix(length)
            for next in ["", " ", ".", "1", "ü", "’", "-", "\u{AD}x", "@", "[", "`", "{", "Z"] {
                let document = Document(name: "t", text: "x " + word + next + " " + word)
                let icu = try Tokenizer().icuTokens(of: document, locale: "de")
                #expect(Tokenizer().tokens(of: document) == icu, "\(word)\(next)")
            }
        }
    }

    /// The tokenizer's own scan (`formingScan`) hands only some tokens to the code-point scanner: random texts over
    /// the code points its rules tell apart (and some it hands over), so that words, numbers and middle marks meet
    /// every neighbour, must give the code-point scanner's tokens (which the tests above hold to ICU's).
    @Test func formingScanGivesTheCodePointScannersTokens() {
        let pieces: [String] = [
            "a", "B", "ü", "ß", "7", "0", ".", ",", ";", "'", "’", "·", " ", " ", " ", "\n", "-", "„", "“", "–", "(",
            "@", "€", "\u{AD}", "e\u{301}", "_", "\u{202F}", "👍🏽", "Wort", "Zahl", "12", "3.5", "U.S", "a.b",
        ]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<300 {
            // Some texts without the pieces that go to the code-point scanner.
            let choices = round % 3 == 0 ? pieces.count : 22
            let length = 200 + random.next(200)
            var text = ""
            while text.unicodeScalars.count < length {
                text += pieces[random.next(choices)]
                if random.next(4) == 0 { text += String(repeating: "x", count: random.next(70)) }
            }
            let document = Document(name: "t", text: text)
            #expect(
                Tokenizer().tokens(of: document) == Tokenizer().codePointTokens(of: document), "\(text.debugDescription)")
        }
    }

    /// Text with code points beyond the basic plane goes to ICU with surrogate pairs, mapped back to code points.
    @Test func sentencesAfterSurrogatePairsKeepCodePointOffsets() throws {
        let document = Document(name: "t", text: "Er lachte 😀. Dann ging er 𝔄𝔅. Ende.")
        let spans = try ICUBreaker(kind: .sentence, locale: "de").segments(of: document).map(\.span)
        #expect(spans.map { document.text(of: $0) } == ["Er lachte 😀. ", "Dann ging er 𝔄𝔅. ", "Ende."])
    }
}
