import NewsGraphCore
import Testing

@testable import Segmentation

/// The forms the tokenizer works out as it goes (`LatinTokenForm` for most tokens) are the general path's,
/// `TokenForm.forms(of:scalars:)`, which the other stages' tests pin.
@Suite struct TokenizerFormsTests {
    /// Pieces that give every shape `LatinTokenForm` tells apart (no capital, a first capital, more capitals,
    /// controls, ASCII and Latin-1 only, other scripts, General Punctuation marks) and some that send a block to
    /// the code-point scanner.
    static let pieces: [String] = [
        "und", "Haus", "UN", "BfV", "Müller", "ÄRZTE", "Öl", "ß", "×", "÷", "µ", "ª", "@Spiegel", "@x", "A", "z",
        "x1", "A1", "8.000", "3,50", "U.S.A", "don't", "Land’s", "l·l", "É", "Çà", "ÿ", "Þorn", "İstanbul", "Ελλάδα",
        "ΑΘΗΝΑ", "Ǆemal", "ŁÓDŹ", "漢字", "„", "“", "–", "…", "«", "»", "¶", ",", ".", "-", "(", ")", "€", "$", "\u{7}",
        "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", " ", " ", " ", "\n", "\t", "e\u{301}", "snake_case", "\u{AD}",
        "👍🏽", "🇦🇹", "€5",
    ]

    static func randomTexts() -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func nextRandom(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var texts: [String] = []
        for round in 0..<200 {
            // Some texts without the pieces that send a block to the code-point scanner, so most blocks stay fast.
            let choices = round % 3 == 0 ? pieces.count : pieces.count - 7
            let length = 1 + nextRandom(400)
            var text = ""
            while text.unicodeScalars.count < length {
                text += pieces[nextRandom(choices)]
                if nextRandom(3) != 0 { text += " " }
                if nextRandom(5) == 0 { text += String(repeating: nextRandom(2) == 0 ? "a" : "B", count: nextRandom(70)) }
            }
            texts.append(text)
        }
        return texts
    }

    @Test func formsAreTheGeneralPathsOnMixedTexts() {
        for text in Self.randomTexts() {
            let document = Document(name: "t", text: text)
            var candidates: [Int] = []
            let (tokens, forms) = Tokenizer().tokensAndForms(of: document, sentenceCandidates: &candidates)
            #expect(forms == TokenForm.forms(of: tokens, scalars: document.scalars), "\(text.debugDescription)")
            let (pointTokens, pointForms) = Tokenizer().codePointTokensAndForms(of: document)
            #expect(pointForms == TokenForm.forms(of: pointTokens, scalars: document.scalars))
        }
    }

    /// Every piece as the last token of a text long enough for blocks, and on every block edge.
    @Test(arguments: pieces)
    func formsAtTheEndAndOnBlockEdges(_ piece: String) {
        for lead in 60...70 {
            let text = String(repeating: "a", count: lead) + " " + piece
            let document = Document(name: "t", text: text + " Und " + text)
            var candidates: [Int] = []
            let (tokens, forms) = Tokenizer().tokensAndForms(of: document, sentenceCandidates: &candidates)
            #expect(forms == TokenForm.forms(of: tokens, scalars: document.scalars), "\(lead) \(piece)")
        }
    }

    /// `LatinTokenForm` on its own: every Latin-1 code point alone, and after a capital and a small letter.
    @Test func latinFormsOfEveryLatin1CodePoint() {
        for value in UInt32(0)..<0x100 {
            let scalar = Unicode.Scalar(value)!
            // A control code point is a token of its own in `BlockScanner`, as `LatinTokenForm` assumes.
            let isControl = value < 0x20 || (value >= 0x7F && value < 0xA0)
            let tokens: [[Unicode.Scalar]] = isControl ? [[scalar]] : [[scalar], ["H", scalar], ["h", scalar], ["Ä", "x", scalar]]
            for scalars in tokens {
                let capitals = scalars.indices.reduce(UInt64(0)) {
                    $0 | (BlockFlags.capital(scalars[$1].value) != 0 ? 1 << UInt64($1) : 0)
                }
                let general = TokenForm.forms(
                    of: [Token(span: TextSpan(0, scalars.count), kind: .word)], scalars: scalars)[0]
                let latin = scalars.withUnsafeBufferPointer {
                    LatinTokenForm.form(of: $0.baseAddress!, count: scalars.count, capitals: capitals)
                }
                // Nil only where another capital follows the first.
                #expect(latin == general || (latin == nil && capitals & ~1 != 0), "\(scalars)")
            }
        }
    }
}
