import NewsGraphCore

/// The tokens of one document with their text, made once so that rules compare strings, not scalar ranges.
/// A class: every rule of a sentence shares it without copying the document.
final class TokenText {
    let document: Document
    let texts: [String]

    init(document: Document) {
        self.document = document
        var texts: [String] = []
        texts.reserveCapacity(document.tokens.count)
        var text = document.text
        // Walk the UTF-8 bytes beside the code points once: token strings are then plain byte copies.
        text.withUTF8 { bytes in
            let scalars = document.scalars
            var scalarOffset = 0
            var byteOffset = 0
            for token in document.tokens {
                while scalarOffset < token.span.begin {
                    byteOffset += Self.utf8Length(scalars[scalarOffset])
                    scalarOffset += 1
                }
                let start = byteOffset
                while scalarOffset < token.span.end {
                    byteOffset += Self.utf8Length(scalars[scalarOffset])
                    scalarOffset += 1
                }
                texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<byteOffset]),
                                    as: UTF8.self))
            }
        }
        self.texts = texts
    }

    private static func utf8Length(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }

    var count: Int { texts.count }

    func token(_ index: Int) -> Token { document.tokens[index] }

    func text(_ index: Int) -> String { texts[index] }

    func kind(_ index: Int) -> Token.Kind { document.tokens[index].kind }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        let first = document.scalars[document.tokens[index].span.begin]
        if first.value < 0x80 { return first.value >= 65 && first.value <= 90 }
        return first.properties.isUppercase
    }

    /// Whether the token starts with an ASCII digit (`8.000`, not `G7` or `Ö3`).
    func isDigits(_ index: Int) -> Bool {
        let first = document.scalars[document.tokens[index].span.begin].value
        return first >= 48 && first <= 57
    }

    /// Whether two neighbouring tokens touch, with no space between them.
    func touches(_ left: Int, _ right: Int) -> Bool {
        document.tokens[left].span.end == document.tokens[right].span.begin
    }

    /// Whether the word could start with a number word (`acht`, `Zwölf`, `fünftägigen`), from its first two scalars.
    func mayBeNumberWord(_ index: Int, parser: GermanNumberParser) -> Bool {
        let span = document.tokens[index].span
        guard span.length >= 3 else { return false }
        return parser.mayOpen(document.scalars[span.begin], document.scalars[span.begin + 1])
    }

    /// Whether the token's scalars start with `prefix`, compared scalar by scalar.
    func hasPrefix(_ index: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        let span = document.tokens[index].span
        guard span.length >= prefix.count else { return false }
        var position = span.begin
        for scalar in prefix {
            if document.scalars[position] != scalar { return false }
            position += 1
        }
        return true
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
