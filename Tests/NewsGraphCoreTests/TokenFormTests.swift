import NewsGraphCore
import Testing

/// Token forms, worked out once for every stage, agree with the same facts read off the token's text slowly.
@Suite struct TokenFormTests {
    /// Each word as one token of a document of its own.
    private static func form(of word: String) -> TokenForm {
        let document = Document(name: "t", text: word)
        let tokens = [Token(span: TextSpan(0, document.scalars.count), kind: .word)]
        return TokenForm.forms(of: tokens, scalars: document.scalars)[0]
    }

    @Test(arguments: [
        "UN", "BfV", "McDonald", "Müller", "ÄRZTE", "Öl", "x", "A", "ab-c", "İstanbul", "Ελλάδα", "ΑΘΗΝΑ",
        "e\u{301}", "„", "\u{7}", "\u{7F}", "a\u{85}", "Straße", "×", "12", "Check24", "ǅ", "\u{2013}", "«", "ÇÀ",
        "Çà", "\u{9F}", "ÿ", "ÄÖÜß",
    ])
    func agreesWithTheTextReadSlowly(_ word: String) {
        let form = Self.form(of: word)
        let scalars = Array(word.unicodeScalars)
        #expect(form.exact == TokenForm.key(of: scalars, folded: false))
        #expect(form.folded == TokenForm.key(of: scalars, folded: true))
        let letters = scalars.filter { $0.properties.isAlphabetic }
        let capitals = letters.filter { $0.properties.isUppercase }
        let first = scalars[0]
        let capitalised = first.properties.isAlphabetic && first.properties.isUppercase
        #expect(form.isCapitalised == capitalised)
        #expect(form.isAllCaps == (letters.count >= 2 && capitals.count == letters.count))
        #expect(form.hasInnerCaps == (capitals.count > (capitalised ? 1 : 0)))
        #expect(form.isLatin1 == scalars.allSatisfy { $0.value < 0x100 })
        #expect(form.isPlain == scalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
        #expect(form.isSimple == scalars.allSatisfy {
            $0.value >= 0x20 && $0.value < 0x300 && !($0.value >= 0x7F && $0.value < 0xA0)
        })
        let lowerKnown = scalars.allSatisfy { $0.value < 0x100 || !$0.properties.changesWhenLowercased }
        #expect(form.isLowerKnown == lowerKnown)
        if lowerKnown {
            // Then the folded key is that of the full lower case.
            #expect(form.folded == TokenForm.key(of: word.lowercased().unicodeScalars, folded: false))
        }
    }

    @Test func foldedKeysIgnoreCaseAndExactKeysDoNot() {
        #expect(Self.form(of: "Müller").folded == Self.form(of: "MÜLLER").folded)
        #expect(Self.form(of: "Müller").exact != Self.form(of: "MÜLLER").exact)
        #expect(Self.form(of: "Müller").folded != Self.form(of: "Muller").folded)
    }

    @Test func aDocumentWithoutFormsWorksThemOut() {
        var document = Document(name: "t", text: "Die UN tagen.")
        document.tokens = [
            Token(span: TextSpan(0, 3), kind: .word), Token(span: TextSpan(4, 6), kind: .word),
            Token(span: TextSpan(7, 12), kind: .word), Token(span: TextSpan(12, 13), kind: .punctuation),
        ]
        #expect(document.tokenForms.isEmpty)
        let forms = document.forms
        #expect(forms.count == 4)
        #expect(forms[1].isAllCaps)
        #expect(!forms[2].isCapitalised)
        #expect(forms == TokenForm.forms(of: document.tokens, scalars: document.scalars))
    }
}
