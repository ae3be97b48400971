/// One place in the text where an entity is named.
public struct EntityMention: Hashable, Sendable {
    public let span: TextSpan
    public let type: EntityType
    /// Key of the entity in `Document.entities`.
    public var entityKey: String
    public let provenance: Provenance

    public init(span: TextSpan, type: EntityType, entityKey: String, provenance: Provenance) {
        self.span = span
        self.type = type
        self.entityKey = entityKey
        self.provenance = provenance
    }
}
