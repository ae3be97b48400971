import NewsGraphCore

/// The tokens of one document with their text, made once so that rules compare strings, not scalar ranges.
/// A class: every rule of a sentence shares it without copying the document.
final class TokenText {
    let document: Document
    /// Token strings, made on first use: most tokens are rejected from their scalars alone, and building a
    /// `String` for every token was a large part of the stage's time.
    private var texts: [String?]
    /// Each token's UTF-8 byte range in `utf8`.
    private let byteStarts: [Int]
    private let byteEnds: [Int]
    private let utf8: [UInt8]
    /// Copies of the token and scalar arrays, held directly so that hot reads do not go through `Document`.
    private let tokenArray: [Token]
    private let scalarArray: [Unicode.Scalar]

    init(document: Document) {
        self.document = document
        let tokens = document.tokens
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(tokens.count)
        ends.reserveCapacity(tokens.count)
        // Walk the UTF-8 bytes beside the code points once: token strings are then plain byte copies.
        let scalars = document.scalars
        var scalarOffset = 0
        var byteOffset = 0
        for token in tokens {
            while scalarOffset < token.span.begin {
                byteOffset += Self.utf8Length(scalars[scalarOffset])
                scalarOffset += 1
            }
            starts.append(byteOffset)
            while scalarOffset < token.span.end {
                byteOffset += Self.utf8Length(scalars[scalarOffset])
                scalarOffset += 1
            }
            ends.append(byteOffset)
        }
        byteStarts = starts
        byteEnds = ends
        utf8 = Array(document.text.utf8)
        texts = Array(repeating: nil, count: tokens.count)
        tokenArray = tokens
        scalarArray = scalars
    }

    private static func utf8Length(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }

    var count: Int { tokenArray.count }

    func token(_ index: Int) -> Token { tokenArray[index] }

    func text(_ index: Int) -> String {
        if let known = texts[index] { return known }
        let made = utf8.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[byteStarts[index]..<byteEnds[index]]), as: UTF8.self)
        }
        texts[index] = made
        return made
    }

    /// Whether the token is exactly `word`, compared byte by byte without making its string.
    func isText(_ index: Int, _ word: StaticString) -> Bool {
        let start = byteStarts[index]
        let length = byteEnds[index] - start
        guard length == word.utf8CodeUnitCount else { return false }
        let pattern = word.utf8Start
        for offset in 0..<length where utf8[start + offset] != pattern[offset] { return false }
        return true
    }

    func firstScalar(_ index: Int) -> Unicode.Scalar { scalarArray[tokenArray[index].span.begin] }

    func kind(_ index: Int) -> Token.Kind { tokenArray[index].kind }

    /// Whether the token starts with an upper-case letter.
    func isCapitalized(_ index: Int) -> Bool {
        let first = scalarArray[tokenArray[index].span.begin]
        if first.value < 0x80 { return first.value >= 65 && first.value <= 90 }
        return first.properties.isUppercase
    }

    /// Whether the token starts with an ASCII digit (`8.000`, not `G7` or `Ö3`).
    func isDigits(_ index: Int) -> Bool {
        let first = scalarArray[tokenArray[index].span.begin].value
        return first >= 48 && first <= 57
    }

    /// Whether two neighbouring tokens touch, with no space between them.
    func touches(_ left: Int, _ right: Int) -> Bool {
        tokenArray[left].span.end == tokenArray[right].span.begin
    }

    /// Whether the word could start with a number word (`acht`, `Zwölf`, `fünftägigen`), from its first two scalars.
    func mayBeNumberWord(_ index: Int, parser: GermanNumberParser) -> Bool {
        let span = tokenArray[index].span
        guard span.length >= 3 else { return false }
        return parser.mayOpen(scalarArray[span.begin], scalarArray[span.begin + 1])
    }

    /// Whether the word may be a number word: its first scalars (any case) spell a number atom.
    func mayStartNumberWord(_ index: Int, parser: GermanNumberParser) -> Bool {
        let span = tokenArray[index].span
        return parser.mayStartWithAtom(scalarArray[span.begin..<span.end])
    }

    /// Whether the token's scalars start with `prefix`, compared scalar by scalar.
    func hasPrefix(_ index: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        let span = tokenArray[index].span
        guard span.length >= prefix.count else { return false }
        var position = span.begin
        for scalar in prefix {
            if scalarArray[position] != scalar { return false }
            position += 1
        }
        return true
    }

    func scalars(_ index: Int) -> ArraySlice<Unicode.Scalar> {
        let span = tokenArray[index].span
        return scalarArray[span.begin..<span.end]
    }

    /// A hyphenated compound written without spaces (`US-Dollar`, `SIM-Karten`), from `index` on: its last token.
    func compoundEnd(from index: Int, limit: Int) -> Int {
        var end = index
        while end + 2 < limit, isText(end + 1, "-"), touches(end, end + 1), touches(end + 1, end + 2),
            kind(end + 2) == .word || kind(end + 2) == .number {
            end += 2
        }
        return end
    }

    /// The text from token `first` through token `last`, as written.
    func joined(_ first: Int, _ last: Int) -> String {
        document.text(of: TextSpan(tokenArray[first].span.begin, tokenArray[last].span.end))
    }

    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(tokenArray[first].span.begin, tokenArray[last].span.end)
    }
}
