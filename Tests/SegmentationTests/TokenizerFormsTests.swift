import NewsGraphCore
import Testing

@testable import Segmentation

/// The forms the tokenizer works out as it goes (`LatinTokenForm` for most tokens) are the general path's,
/// `TokenForm.forms(of:scalars:)`, which the other stages' tests pin.
@Suite struct TokenizerFormsTests {
    /// Pieces that give every shape `LatinTokenForm` tells apart (no capital, a first capital, more capitals,
    /// controls, ASCII and Latin-1 only, other scripts, General Punctuation marks) and some that the tokenizer hands
    /// to its code-point scanner.
    static let pieces: [String] = [
        "und", "Haus", "UN", "BfV", "Müller", "ÄRZTE", "Öl", "ß", "×", "÷", "µ", "ª", "@Spiegel", "@x", "A", "z",
        "x1", "A1", "8.000", "3,50", "U.S.A", "don't", "Land’s", "l·l", "É", "Çà", "ÿ", "Þorn", "İstanbul", "Ελλάδα",
        "ΑΘΗΝΑ", "Ǆemal", "ŁÓDŹ", "漢字", "„", "“", "–", "…", "«", "»", "¶", ",", ".", "-", "(", ")", "€", "$", "\u{7}",
        "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", " ", " ", " ", "\n", "\t", "€5",
        // The code-point scanner's.
        "e\u{301}", "snake_case", "\u{AD}", "👍🏽", "🇦🇹",
    ]

    static func randomTexts() -> [String] {
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        var texts: [String] = []
        for round in 0..<200 {
            // Some texts without the pieces that go to the code-point scanner.
            let choices = round % 3 == 0 ? pieces.count : pieces.count - 5
            let length = 1 + random.next(400)
            var text = ""
            while text.unicodeScalars.count < length {
                text += pieces[random.next(choices)]
                if random.next(3) != 0 { text += " " }
                if random.next(5) == 0 {
                    text += String(repeating: random.next(2) == 0 ? "a" : "B", count: random.next(70))
                }
            }
            texts.append(text)
        }
        return texts
    }

    @Test func formsAreTheGeneralPathsOnMixedTexts() {
        for text in Self.randomTexts() {
            let document = Document(name: "t", text: text)
            var candidates: [Int] = []
            var marks: [Int] = []
            let (tokens, forms) = Tokenizer().tokensAndForms(
                of: document, sentenceCandidates: &candidates, markTokens: &marks)
            #expect(forms == TokenForm.forms(of: tokens, scalars: document.scalars), "\(text.debugDescription)")
            let (pointTokens, pointForms) = Tokenizer().codePointTokensAndForms(of: document)
            #expect(pointForms == TokenForm.forms(of: pointTokens, scalars: document.scalars))
        }
    }

    /// Every piece as the last token of the text, and after words of many lengths.
    @Test(arguments: pieces)
    func formsAtTheEndAndAfterWords(_ piece: String) {
        for lead in 60...70 {
            let text = String(repeating: "a", count: lead) + " " + piece
            let document = Document(name: "t", text: text + " Und " + text)
            var candidates: [Int] = []
            var marks: [Int] = []
            let (tokens, forms) = Tokenizer().tokensAndForms(
                of: document, sentenceCandidates: &candidates, markTokens: &marks)
            #expect(forms == TokenForm.forms(of: tokens, scalars: document.scalars), "\(lead) \(piece)")
        }
    }

    /// `LatinTokenForm` on its own: every code point the flag table covers as a mark, and every Latin-1 one in
    /// words after a capital and a small letter.
    @Test func latinFormsAreTheGeneralPaths() {
        func general(_ scalars: [Unicode.Scalar]) -> TokenForm {
            TokenForm.forms(of: [Token(span: TextSpan(0, scalars.count), kind: .word)], scalars: scalars)[0]
        }
        for value in UInt32(0)..<UInt32(Tokenizer.Tables.size) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Letters and digits are never marks.
            if Tokenizer.Tables.flags[Int(value)] & (ScanFlags.letter | ScanFlags.digit) == 0 {
                let mark = LatinTokenForm.mark(value)
                #expect(mark == general([scalar]) || (mark == nil && value >= 0x100), "\(value)")
            }
            // Words hold no control code point: those are tokens of their own.
            guard value < 0x100, value >= 0x20, !(value >= 0x7F && value < 0xA0) else { continue }
            for word in [[scalar], ["h", scalar], ["Ä", "x", scalar], ["H", "1", scalar]] as [[Unicode.Scalar]] {
                let capitalised = ScanFlags.capital(word[0].value) != 0
                guard !word.dropFirst().contains(where: { ScanFlags.capital($0.value) != 0 }) else { continue }
                var exact = LatinTokenForm.firstKey(word[0].value)
                var folded = LatinTokenForm.firstKey(TokenForm.fold(word[0]))
                var all = word[0].value
                for scalar in word.dropFirst() {
                    exact = LatinTokenForm.key(exact, adding: scalar.value)
                    folded = LatinTokenForm.key(folded, adding: scalar.value)
                    all |= scalar.value
                }
                let form = LatinTokenForm.word(exact: exact, folded: folded, all: all, capitalised: capitalised)
                #expect(form == general(word), "\(word)")
            }
        }
    }
}
