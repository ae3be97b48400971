import NewsGraphCore

/// A token-level index of one document for the relation rules: token texts, which mention or quantity
/// covers each token, and the quotation passages.
struct ArticleView {
    /// An entity mention with the tokens it covers.
    struct MentionRef {
        let index: Int
        let tokens: Range<Int>
        let type: EntityType
        let key: String
    }

    /// A quoted passage: the tokens of its marks, and the content between them.
    struct Quote {
        let open: Int
        let close: Int
        var content: TextSpan
    }

    let document: Document
    /// Lower-cased token texts; punctuation and numbers as they stand.
    let lower: [String]
    /// Lexicon bits of each token (`LinkingLexicon.wordBits`).
    let bits: [UInt64]
    let sentenceOf: [Int]
    /// Outermost mention covering each token.
    let mentionAt: [Int?]
    let mentions: [MentionRef]
    /// Quantity index (into `document.quantities`) covering each token.
    let quantityAt: [Int?]
    let quotes: [Quote]
    /// Quote index for tokens inside a passage, marks included.
    let quoteAt: [Int?]

    init(document: Document, lexicon: LinkingLexicon) {
        self.document = document
        let tokens = document.tokens
        var lower: [String] = []
        lower.reserveCapacity(tokens.count)
        let scalars = document.scalars
        // One pass per token into a reused UTF-8 buffer: ASCII folded by arithmetic, other capitals by their
        // Unicode lower-case mapping.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        for token in tokens {
            buffer.removeAll(keepingCapacity: true)
            for scalar in scalars[token.span.begin..<token.span.end] {
                let value = scalar.value
                if value < 128 {
                    buffer.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value))
                } else if scalar.properties.isUppercase {
                    for folded in scalar.properties.lowercaseMapping.unicodeScalars {
                        UTF8.encode(folded) { buffer.append($0) }
                    }
                } else {
                    UTF8.encode(scalar) { buffer.append($0) }
                }
            }
            lower.append(String(decoding: buffer, as: UTF8.self))
        }
        self.lower = lower
        bits = lower.map { lexicon.wordBits[$0] ?? 0 }

        var sentenceOf = [Int](repeating: -1, count: tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokenRange where token < tokens.count { sentenceOf[token] = index }
        }
        self.sentenceOf = sentenceOf

        var mentions: [MentionRef] = []
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        let ordered = document.mentions.enumerated().sorted { $0.element.span < $1.element.span }
        for (index, mention) in ordered {
            let first = document.firstToken(endingAfter: mention.span.begin)
            var last = first
            while last < tokens.count && tokens[last].span.begin < mention.span.end { last += 1 }
            guard first < last else { continue }
            let ref = MentionRef(index: index, tokens: first..<last, type: mention.type, key: mention.entityKey)
            // Outermost wins: an enclosing span comes first in the order and keeps its tokens.
            if (first..<last).allSatisfy({ mentionAt[$0] == nil }) {
                for token in first..<last { mentionAt[token] = mentions.count }
                mentions.append(ref)
            }
        }
        self.mentions = mentions
        self.mentionAt = mentionAt

        var quantityAt = [Int?](repeating: nil, count: tokens.count)
        for (index, quantity) in document.quantities.enumerated() {
            var token = document.firstToken(endingAfter: quantity.span.begin)
            while token < tokens.count && tokens[token].span.begin < quantity.span.end {
                if quantityAt[token] == nil { quantityAt[token] = index }
                token += 1
            }
        }
        self.quantityAt = quantityAt

        let (quotes, quoteAt) = Self.quotes(words: lower, tokens: tokens, sentenceOf: sentenceOf)
        self.quotes = quotes
        self.quoteAt = quoteAt
    }

    var tokenCount: Int { lower.count }

    /// The role word list entry a token is, or ends in.
    func role(_ token: Int, in lexicon: LinkingLexicon) -> (lemma: String, source: String)? {
        guard token >= 0 && token < lower.count else { return nil }
        return lexicon.role(lower: lower[token], capitalized: isCapitalized(token)) { original(token) }
    }

    /// The token's text as written.
    func original(_ token: Int) -> String {
        token >= 0 && token < lower.count ? document.text(of: document.tokens[token].span) : ""
    }

    func mention(at token: Int) -> MentionRef? {
        guard token >= 0, token < mentionAt.count, let index = mentionAt[token] else { return nil }
        return mentions[index]
    }

    /// A mention that starts at `token`.
    func mention(startingAt token: Int) -> MentionRef? {
        guard let mention = mention(at: token), mention.tokens.lowerBound == token else { return nil }
        return mention
    }

    func isPunctuation(_ token: Int) -> Bool {
        token >= 0 && token < lower.count && document.tokens[token].kind == .punctuation
    }

    func hasCue(_ cue: LinkingLexicon.Cue, _ token: Int) -> Bool {
        token >= 0 && token < bits.count && bits[token] & UInt64(cue.bit) != 0
    }

    func isVerbForm(_ token: Int) -> Bool {
        token >= 0 && token < bits.count && bits[token] & LinkingLexicon.verbBit != 0
    }

    func isKonjunktivForm(_ token: Int) -> Bool {
        token >= 0 && token < bits.count && bits[token] & LinkingLexicon.konjunktivBit != 0
    }

    func isQuote(_ token: Int) -> Bool { token >= 0 && token < lower.count && Self.isQuoteMark(lower[token]) }

    func word(_ token: Int) -> String { token >= 0 && token < lower.count ? lower[token] : "" }

    func isCapitalized(_ token: Int) -> Bool {
        guard token >= 0, token < lower.count else { return false }
        let first = document.scalars[document.tokens[token].span.begin]
        if first.value < 128 { return first.value >= 65 && first.value <= 90 }
        return first.properties.isUppercase
    }

    static func isOpeningMark(_ word: String) -> Bool { word == "„" || word == "»" || word == "‚" }
    static func isClosingMark(_ word: String) -> Bool {
        word == "“" || word == "”" || word == "«" || word == "‘"
    }
    static func isQuoteMark(_ word: String) -> Bool {
        word == "\"" || isOpeningMark(word) || isClosingMark(word)
    }

    /// Pairs quotation marks across the article. `"` toggles; `„`/`»` open; `“`/`”`/`«` close, except that
    /// `“` opens when the article uses no `„` (English-style marks). A passage left open for more than
    /// three sentences is dropped as unbalanced.
    private static func quotes(words: [String], tokens: [Token], sentenceOf: [Int]) -> ([Quote], [Int?]) {
        let germanMarks = words.contains("„")
        var quotes: [Quote] = []
        var quoteAt = [Int?](repeating: nil, count: words.count)
        var open: Int?
        for (index, word) in words.enumerated() where tokens[index].kind != .word {
            if let start = open, sentenceOf[index] - sentenceOf[start] > 3 { open = nil }
            let opening: Bool
            let closing: Bool
            switch word {
            case "\"": opening = open == nil; closing = open != nil
            case "„", "»": opening = true; closing = false
            case "“": opening = !germanMarks && open == nil; closing = open != nil
            case "”", "«": opening = false; closing = open != nil
            default: opening = false; closing = false
            }
            if closing, let start = open {
                let content = TextSpan(tokens[start].span.end, tokens[index].span.begin)
                if index > start + 1 {
                    for token in start...index { quoteAt[token] = quotes.count }
                    quotes.append(Quote(open: start, close: index, content: content))
                }
                open = nil
            } else if opening {
                open = index
            }
        }
        return (quotes, quoteAt)
    }
}
