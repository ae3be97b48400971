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
        var node: [(String, JSONValue)] = [
            ("@id", .string(IRIs.entity(key: entity.key))),
            ("@type", .string(JSONLDWriter.schemaClass(entity.type))),
            ("schema:name", .string(entity.canonicalName)),
        ]
        if !alternateNames.isEmpty {
            node.append(("schema:alternateName", .array(alternateNames.sorted().map { .string($0) })))
        }
        let ids = entity.externalIDs.sorted()
        let sameAs = ids.compactMap { id -> JSONValue? in
            guard id.hasPrefix("wd:") else {
                return id.hasPrefix("gn:") ? .object([("@id", .string("https://sws.geonames.org/\(id.dropFirst(3))/"))]) : nil
            }
            return .object([("@id", .string("http://www.wikidata.org/entity/\(id.dropFirst(3))"))])
        }
        if !sameAs.isEmpty { node.append(("schema:sameAs", .array(sameAs))) }
        if !ids.isEmpty { node.append(("schema:identifier", .array(ids.map { .string($0) }))) }
        return .object(node)
    }
}
