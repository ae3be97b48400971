import NewsGraphCore

/// An entity as a graph node; nodes of the same entity from several articles merge into one.
public struct EntityNode: Sendable {
    public private(set) var entity: Entity
    /// The alternate names sorted as they are written, kept so rather than as a set: the writer collects
    /// them without hashing `String`s (see `AlternateNames`) and need not sort them again.
    private var sortedAlternateNames: [String]

    public var alternateNames: Set<String> { Set(sortedAlternateNames) }

    public init(entity: Entity, alternateNames: Set<String>) {
        self.init(entity: entity, sortedAlternateNames: alternateNames.sorted())
    }

    init(entity: Entity, sortedAlternateNames: [String]) {
        self.entity = entity
        self.sortedAlternateNames = sortedAlternateNames
    }

    /// Adds another article's names and identifiers for the same entity.
    public mutating func merge(_ other: EntityNode) {
        var names = alternateNames
        names.formUnion(other.sortedAlternateNames)
        names.remove(entity.canonicalName)
        sortedAlternateNames = names.sorted()
        entity.externalIDs = Array(Set(entity.externalIDs).union(other.entity.externalIDs)).sorted()
    }

    public var json: JSONValue {
        var sink = TreeSink(document: nil, articleIRI: "")
        describe(into: &sink)
        return sink.nodes[0]
    }

    /// The one description of an entity node, whichever sink receives it; `slot` is its place among the
    /// article's entities, or -1.
    func describe<Sink: NodeSink>(into sink: inout Sink, slot: Int = -1) {
        // A one-element array: the tree sinks this serves build a tree of values for every node anyway.
        Self.describe([entity], 0, sortedAlternateNames: sortedAlternateNames, into: &sink, slot: slot)
    }

    /// The description of the node `EntityNode(entity: entities[index], sortedAlternateNames:)` would make, without
    /// making it: the byte writer reads the article's own entities in place, field by field, rather than a copy of
    /// each (which retains every string and array it holds, and releases them after). Alternate names nil: the
    /// entity's own, as they are, read in place (nearly always none) rather than passed (retained and released).
    static func describe<Sink: NodeSink>(
        _ entities: [Entity], _ index: Int, sortedAlternateNames: [String]?, into sink: inout Sink, slot: Int
    ) {
        sink.beginEntityNode(of: entities, at: index, slot: slot, type: JSONLDWriter.schemaClass(entities[index].type))
        if let sortedAlternateNames {
            if !sortedAlternateNames.isEmpty { sink.strings("schema:alternateName", sortedAlternateNames) }
        } else if !entities[index].alternateNames.isEmpty {
            sink.strings("schema:alternateName", entities[index].alternateNames)
        }
        // Most entities have no identifiers: sorting even an empty array allocates.
        guard !entities[index].externalIDs.isEmpty else { return sink.endNode() }
        // Nearly every entity with identifiers has one, or a few already in order: those sort to themselves (the
        // sort is stable), and sorting allocates.
        let ids = entities[index].externalIDs
        let sorted = isSorted(ids) ? ids : ids.sorted()
        sink.identifiers(sorted)
        sink.endNode()
    }

    /// Whether no identifier comes before the one ahead of it.
    private static func isSorted(_ ids: [String]) -> Bool {
        var index = 1
        while index < ids.count {
            if ids[index] < ids[index - 1] { return false }
            index += 1
        }
        return true
    }

    /// The Wikidata or GeoNames page of an identifier (`wd:Q424`, `gn:1831142`), nil for other identifiers.
    static func externalRef(_ id: String) -> NodeRef? {
        if hasPrefix(id, "wd:") { return .external("http://www.wikidata.org/entity/", droppingPrefix(id), "") }
        if hasPrefix(id, "gn:") { return .external("https://sws.geonames.org/", droppingPrefix(id), "/") }
        return nil
    }

    /// `id.hasPrefix(prefix)` for an ASCII prefix of three characters (`wd:`), by bytes where they decide it:
    /// `hasPrefix` walks graphemes, and it can only hold where the bytes match; the third character is the third
    /// byte alone when nothing or an ASCII byte follows (a combining mark would join it), and otherwise
    /// `hasPrefix` says.
    private static func hasPrefix(_ id: String, _ prefix: StaticString) -> Bool {
        var id = id
        let byBytes: Bool? = id.withUTF8 { bytes in
            prefix.withUTF8Buffer { prefix in
                guard bytes.count >= 3 && bytes[0] == prefix[0] && bytes[1] == prefix[1] && bytes[2] == prefix[2]
                else { return false }
                return bytes.count == 3 || bytes[3] < 0x80 ? true : nil
            }
        }
        return byBytes ?? id.hasPrefix(prefix.string)
    }

    /// `id.dropFirst(3)` for an id that `hasPrefix` says starts with three ASCII characters, hence three bytes.
    private static func droppingPrefix(_ id: String) -> Substring {
        id[id.utf8.index(id.utf8.startIndex, offsetBy: 3)...]
    }
}
