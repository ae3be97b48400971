/// A person, organisation or place named in an article, with every name it goes by there.
public struct Entity: Hashable, Sendable {
    /// Stable across articles: derived from type and canonical name, so a batch merges the same entity.
    public let key: String
    public let type: EntityType
    public var canonicalName: String
    public var alternateNames: [String]
    /// External identifiers such as `wd:Q424`, `iso:KH`, `gn:1831142`.
    public var externalIDs: [String]

    public init(type: EntityType, canonicalName: String, alternateNames: [String] = [], externalIDs: [String] = []) {
        self.key = Entity.key(type: type, canonicalName: canonicalName)
        self.type = type
        self.canonicalName = canonicalName
        self.alternateNames = alternateNames
        self.externalIDs = externalIDs
    }

    /// The key an entity of this type and canonical name gets in every article.
    public static func key(type: EntityType, canonicalName: String) -> String {
        .joined(type.rawValue, "/", canonicalName)
    }
}
