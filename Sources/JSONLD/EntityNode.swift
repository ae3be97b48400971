import NewsGraphCore

/// An entity as a graph node; nodes of the same entity from several articles merge into one.
public struct EntityNode: Sendable {
    public private(set) var entity: Entity
    public private(set) var alternateNames: Set<String>

    public init(entity: Entity, alternateNames: Set<String>) {
        self.entity = entity
        self.alternateNames = alternateNames
    }

    /// Adds another article's names and identifiers for the same entity.
    public mutating func merge(_ other: EntityNode) {
        alternateNames.formUnion(other.alternateNames)
        alternateNames.remove(entity.canonicalName)
        entity.externalIDs = Array(Set(entity.externalIDs).union(other.entity.externalIDs)).sorted()
    }

    public var json: JSONValue {
        var sink = TreeSink(document: nil, articleIRI: "")
        describe(into: &sink)
        return sink.nodes[0]
    }

    /// The one description of an entity node, whichever sink receives it.
    func describe<Sink: NodeSink>(into sink: inout Sink) {
        sink.beginNode(.entity(entity.key))
        sink.types(JSONLDWriter.schemaClass(entity.type))
        sink.string("schema:name", entity.canonicalName)
        if !alternateNames.isEmpty { sink.strings("schema:alternateName", alternateNames.sorted()) }
        // Most entities have no identifiers: sorting even an empty array allocates.
        guard !entity.externalIDs.isEmpty else { return sink.endNode() }
        let ids = entity.externalIDs.sorted()
        let sameAs = ids.compactMap { id -> NodeRef? in
            // `hasPrefix` walks graphemes; it can only hold where the bytes match, so those are compared first.
            if id.utf8.starts(with: "wd:".utf8) && id.hasPrefix("wd:") {
                return .external("http://www.wikidata.org/entity/", id.dropFirst(3), "")
            }
            if id.utf8.starts(with: "gn:".utf8) && id.hasPrefix("gn:") {
                return .external("https://sws.geonames.org/", id.dropFirst(3), "/")
            }
            return nil
        }
        if !sameAs.isEmpty { sink.refs("schema:sameAs", sameAs) }
        sink.strings("schema:identifier", ids)
        sink.endNode()
    }
}
