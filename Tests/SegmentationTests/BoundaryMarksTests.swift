import NewsGraphCore
import Testing

@testable import Segmentation

/// The boundary rules walk only the marks the tokenizer lists for them: the sentence ends must be those of the walk
/// over every token, on texts full of what the walk looks for (list markers, bullets, paragraphs, web addresses,
/// ellipses, brackets) and on random ones.
@Suite struct BoundaryMarksTests {
    static let pieces: [String] = [
        "Wort", "und", "Die", "1.", "2)", "b.", "3.)", "• ", "- ", "⁃9.", "\n", "\n\n", "  ", " ", " ", ".", "?", "!",
        "(", ")", "(APA, 18.3.2016)", "www.example.org", "@handle", ". . .", "....", "–", "a", "I", "12", "z. B.",
        "Dr.", "24. November", "e\u{301}", "snake_case", "😀", "„", "“", "\t",
    ]

    static func ends(_ text: String, rules: BoundaryRules) throws -> (listed: [Int], all: [Int]) {
        let document = Document(name: "t", text: text)
        var candidates: [Int] = []
        var marks: [Int] = []
        let (tokens, _) = Tokenizer().tokensAndForms(
            of: document, sentenceCandidates: &candidates, markTokens: &marks)
        let icuEnds = try ICUBreaker(kind: .sentence, locale: rules.language).sentenceEnds(
            of: document.scalars, candidates: candidates, name: "t")
        return (
            rules.sentenceEnds(
                icuEnds: icuEnds, tokens: tokens, scalars: document.scalars, marks: (marks, candidates)),
            rules.sentenceEnds(icuEnds: icuEnds, tokens: tokens, scalars: document.scalars)
        )
    }

    @Test func marksGiveTheEndsOfEveryToken() throws {
        let rules = try BoundaryRules(language: "de", lexicons: SegmentationFixture.lexicons)
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        // A blank line before a word starts a paragraph, and list markers chain only within one.
        var texts = TokenizerTests.tricky + [
            "Liste.\n1. Erstens ist das so\n\nWeiter geht es 2. Zweitens auch 3. Drittens",
            "Liste.\n1. Erstens ist das so \n \n Weiter geht es 2. Zweitens auch 3. Drittens",
            "Liste.\n1. Erstens ist das so\n\n\tWeiter geht es 2. Zweitens auch 3. Drittens",
            // A marker glued to its bullet.
            "Liste: •a. Die erste Sache •b. Die zweite Sache •c. Die dritte Sache",
            "Liste:\n•a. Die erste Sache\n•b. Die zweite Sache\n•c. Die dritte Sache",
            "Liste: •1. Die erste Sache •2. Die zweite Sache", "Liste: •a) Die erste •b) Die zweite •c) Die dritte",
        ]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(1 + random.next(60)) {
                text += Self.pieces[random.next(Self.pieces.count)]
                if random.next(2) == 0 { text += " " }
            }
            texts.append(text)
        }
        for text in texts {
            let ends = try Self.ends(text, rules: rules)
            #expect(ends.listed == ends.all, "\(text.debugDescription)")
        }
    }
}
