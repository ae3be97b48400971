import NewsGraphCore

/// Words, numbers and punctuation marks from ICU's word breaker, white space left out.
struct Tokenizer: Sendable {
    func tokens(of document: Document, locale: String) throws -> [Token] {
        try tokens(of: document, text: UTF16Text(document), locale: locale)
    }

    func tokens(of document: Document, text: UTF16Text, locale: String) throws -> [Token] {
        let scalars = document.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        try ICUBreaker(kind: .word, locale: locale).forEachSegment(of: text, name: document.name) { span, status in
            let first = scalars[span.begin]
            let kind: Token.Kind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
                // White space and punctuation come with status 0; white space is no token.
                if BoundaryRules.isSpace(first) {
                    if span.length == 1 { return }
                    if scalars[span.begin..<span.end].allSatisfy(BoundaryRules.isSpace) { return }
                }
                kind = Self.kind(of: first)
            }
            tokens.append(Token(span: span, kind: kind))
        }
        return tokens
    }

    private static func kind(of scalar: Unicode.Scalar) -> Token.Kind {
        let value = scalar.value
        if value < 128 {
            switch value {
            case 48...57: return .number
            case 65...90, 97...122: return .word
            case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return .punctuation
            default: return .symbol
            }
        }
        if scalar.properties.isAlphabetic { return .word }
        return scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
