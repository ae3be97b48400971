import NewsGraphCore

/// Words, numbers and punctuation marks from ICU's word breaker, white space left out.
struct Tokenizer: Sendable {
    func tokens(of document: Document, locale: String) throws -> [Token] {
        try tokens(of: document, text: UTF16Text(document), locale: locale)
    }

    func tokens(of document: Document, text: UTF16Text, locale: String) throws -> [Token] {
        let segments = try ICUBreaker(kind: .word, locale: locale).segments(of: text, name: document.name)
        var tokens: [Token] = []
        tokens.reserveCapacity(segments.count / 2)
        for segment in segments {
            let first = document.scalars[segment.span.begin]
            if segment.span.length == 1 && (first == " " || first == "\n" || first.properties.isWhitespace) {
                continue
            }
            let kind: Token.Kind
            switch segment.ruleStatus {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
                if document.scalars[segment.span.begin..<segment.span.end].allSatisfy(\.properties.isWhitespace) {
                    continue
                }
                kind = first.properties.isAlphabetic ? .word
                    : first.properties.generalCategory.isPunctuation ? .punctuation : .symbol
            }
            tokens.append(Token(span: segment.span, kind: kind))
        }
        return tokens
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
