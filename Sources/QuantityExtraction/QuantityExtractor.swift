import NewsGraphCore

/// Finds counts, money, percentages, ages, durations and dates, with what they count and what happened.
public struct QuantityExtractor: Stage {
    public let name = "QuantityExtractor"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.quantities, .dates]

    let lexicon: QuantityLexicon

    public init(lexicons: LexiconDirectory) throws {
        lexicon = try QuantityLexicon(lexicons: lexicons)
    }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let tokens = TokenText(document: document)
        let lemmatizer = UnitLemmatizer(lexicon: lexicon)
        let resolver = DateResolver(publicationDate: document.publicationDate)
        var quantities: [Quantity] = []
        var dates: [TemporalExpression] = []
        for sentence in document.sentences {
            let range = sentence.tokenRange
            let dateRules = DateRecognizer(lexicon: lexicon, tokens: tokens, sentence: range)
            let quantityRules = QuantityRecognizer(lexicon: lexicon, lemmatizer: lemmatizer, tokens: tokens,
                                                   sentence: range)
            let events = EventTriggerMatcher(lexicon: lexicon, tokens: tokens, sentence: range)
            var found: [(quantity: Quantity, tokens: ClosedRange<Int>)] = []
            var index = range.lowerBound
            while index < range.upperBound {
                if let date = dateRules.match(at: index) {
                    dates.append(TemporalExpression(
                        span: tokens.span(date.first, date.last), normalized: date.normalized,
                        resolved: date.relative.flatMap { resolver?.resolve($0) },
                        provenance: Provenance(match: .rule, source: date.rule)))
                    index = date.last + 1
                    continue
                }
                switch quantityRules.match(at: index) {
                case .quantity(let quantity, let span):
                    found.append((quantity, span))
                    index = span.upperBound + 1
                case .skip(let through):
                    index = through + 1
                case nil:
                    index += 1
                }
            }
            let sharing = UnitSharing(lexicon: lexicon, tokens: tokens)
            sharing.share(&found)
            sharing.shareBackwards(&found, previous: quantities.last { $0.kind == .count && $0.unit != nil })
            let ranges = found.map(\.tokens)
            for (quantity, span) in found {
                guard let (event, source) = events.event(for: quantity, tokens: span, others: ranges) else {
                    quantities.append(quantity)
                    continue
                }
                quantities.append(Quantity(
                    span: quantity.span, value: quantity.value, minValue: quantity.minValue,
                    maxValue: quantity.maxValue, unit: quantity.unit, currency: quantity.currency,
                    modifier: quantity.modifier, event: event, kind: quantity.kind,
                    provenance: Provenance(match: .rule, source: quantity.provenance.source + "+event:" + source)))
            }
        }
        document.quantities = quantities.sorted { $0.span < $1.span }
        document.dates = dates.sorted { $0.span < $1.span }
        document.completedLayers.formUnion(produces)
    }
}
