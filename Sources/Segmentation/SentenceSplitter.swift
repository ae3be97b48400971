import NewsGraphCore

/// Splits a document into tokens and sentences: ICU's boundaries first, German (or English) rules on top.
///
/// Tokens come from `Tokenizer`, a code-point scanner that draws ICU's word boundaries; ICU's sentence rules decide
/// the sentence boundaries, only around the places the tokenizer finds a sentence may end (`SentenceCandidates`):
/// applied by hand where the text there allows (`PlainStretch`, `SentenceBreakRules`), else by ICU's sentence
/// iterator. ICU's sentence rules end sentences after
/// ordinals and many abbreviations (`am 24. November`, `3. Okt.`); `BoundaryRules` takes those boundaries back,
/// and adds the ones ICU cannot see (headlines and other lines without final punctuation,
/// inline list items, a number or a web address after a stop). The language is the document's, else guessed
/// (`LanguageGuesser`: German unless the text is clearly English).
public struct SentenceSplitter: Stage {
    public let name = "SentenceSplitter"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.tokens, .sentences]

    private let german: BoundaryRules
    private let english: BoundaryRules
    private let languageGuesser = LanguageGuesser()

    public init(lexicons: LexiconDirectory) throws {
        german = try BoundaryRules(language: "de", lexicons: lexicons)
        english = try BoundaryRules(language: "en", lexicons: lexicons)
        Tokenizer.Tables.prepare()
    }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let language = document.language ?? languageGuesser.language(of: document.scalars)
        document.language = language
        // Rules passed as arguments are borrowed; taken out of a dictionary, each article copied the struct and
        // retained every table in it. Languages without rules of their own get the German ones.
        if language == "en" {
            try split(&document, rules: english)
        } else {
            try split(&document, rules: german)
        }
        document.completedLayers.formUnion(produces)
    }

    private func split(_ document: inout Document, rules: BoundaryRules) throws {
        // The steps' arrays are the thread's, kept from the article before with their room (`SplitScratch`).
        let scratch = SplitScratch.current
        var candidates = KeptArray.take(&scratch.candidates)
        defer { KeptArray.putBack(&candidates, into: &scratch.candidates) }
        var marks = KeptArray.take(&scratch.marks)
        defer { KeptArray.putBack(&marks, into: &scratch.marks) }
        // The forms come with the tokens: the tokenizer works most out while their code points are in cache.
        (document.tokens, document.tokenForms) = Tokenizer().tokensAndForms(
            of: document, sentenceCandidates: &candidates, markTokens: &marks)
        var icuEnds = KeptArray.take(&scratch.icuEnds)
        defer { KeptArray.putBack(&icuEnds, into: &scratch.icuEnds) }
        try ICUBreaker(kind: .sentence, locale: rules.language).sentenceEnds(
            of: document.scalars, candidates: candidates, name: document.name, into: &icuEnds,
            buffers: scratch.breakBuffers)
        var ends = KeptArray.take(&scratch.ends)
        defer { KeptArray.putBack(&ends, into: &scratch.ends) }
        var firstTokens = KeptArray.take(&scratch.firstTokens)
        defer { KeptArray.putBack(&firstTokens, into: &scratch.firstTokens) }
        rules.sentenceEnds(
            icuEnds: icuEnds, tokens: document.tokens, scalars: document.scalars, marks: (marks, candidates),
            forms: document.tokenForms, into: &ends, firstTokens: &firstTokens, scratch: scratch)
        document.sentences = Self.sentences(ending: ends, firstTokens: firstTokens, in: document)
    }

    /// Sentences between consecutive ends, trimmed of white space; empty ones dropped. `firstTokens`, if it has one
    /// for each end, holds the index of the first token at or after it (`BoundaryRules.sentenceEnds`).
    static func sentences(
        ending ends: [CodePointOffset], firstTokens: [Int] = [], in document: Document
    ) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ends.count)
        var start = 0
        var tokenIndex = 0
        let scalars = document.scalars
        // The token walk, a step a token, reads a buffer: through `document.tokens` each step paid a bounds check
        // and the array's count again.
        let known = firstTokens.count == ends.count
        document.tokens.withUnsafeBufferPointer { tokens in
            for (position, end) in ends.enumerated() {
                var begin = start
                var stop = end
                while begin < stop && BoundaryRules.isSpace(scalars[begin]) { begin += 1 }
                while stop > begin && BoundaryRules.isSpace(scalars[stop - 1]) { stop -= 1 }
                start = end
                guard begin < stop else { continue }
                tokenIndex = tokens.firstIndex(from: tokenIndex) { $0.span.begin >= begin }
                // The first token at or after the end closes the range unless the token before it runs past `stop`
                // (only spaces lie between `stop` and the end, and tokens hold none).
                let guess = known ? firstTokens[position] : -1
                let tokenEnd = guess >= 0 && (guess == 0 || tokens[guess - 1].span.end <= stop)
                    ? guess : tokens.firstIndex(from: tokenIndex) { $0.span.end > stop }
                sentences.append(Sentence(span: TextSpan(begin, stop), tokenRange: tokenIndex..<tokenEnd))
                tokenIndex = tokenEnd
            }
        }
        return sentences
    }
}
