import NewsGraphCore

/// The tokens of one document with their text, made once so that rules compare strings, not scalar ranges.
struct TokenText {
    let document: Document
    let texts: [String]

    init(document: Document) {
        self.document = document
        var texts: [String] = []
        texts.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: document.scalars[token.span.begin..<token.span.end])
            texts.append(String(view))
        }
        self.texts = texts
    }

    var count: Int { texts.count }

    func token(_ index: Int) -> Token { document.tokens[index] }

    func text(_ index: Int) -> String { texts[index] }

    func kind(_ index: Int) -> Token.Kind { document.tokens[index].kind }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        document.scalars[document.tokens[index].span.begin].properties.isUppercase
    }

    /// Whether the token starts with an ASCII digit (`8.000`, not `G7` or `Ö3`).
    func isDigits(_ index: Int) -> Bool {
        let first = document.scalars[document.tokens[index].span.begin]
        return first.isASCII && first.properties.numericType == .decimal
    }

    /// Whether two neighbouring tokens touch, with no space between them.
    func touches(_ left: Int, _ right: Int) -> Bool {
        document.tokens[left].span.end == document.tokens[right].span.begin
    }

    func scalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        let span = document.tokens[index].span
        return document.scalars[span.begin..<span.end]
    }

    /// A hyphenated compound written without spaces (`US-Dollar`, `SIM-Karten`), from `index` on: its last token.
    func compoundEnd(from index: Int, limit: Int) -> Int {
        var end = index
        while end + 2 < limit, texts[end + 1] == "-", touches(end, end + 1), touches(end + 1, end + 2),
            kind(end + 2) == .word || kind(end + 2) == .number {
            end += 2
        }
        return end
    }

    /// The text from token `first` through token `last`, as written.
    func joined(_ first: Int, _ last: Int) -> String {
        document.text(of: TextSpan(document.tokens[first].span.begin, document.tokens[last].span.end))
    }

    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(document.tokens[first].span.begin, document.tokens[last].span.end)
    }
}
