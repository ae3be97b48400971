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
        // The bytes copied into a string of the exact size: interpolation went through generic printing and grew
        // its buffer, several hundred instructions for every entity of every article.
        var prefix = type.rawValue
        var name = canonicalName
        return prefix.withUTF8 { prefix in
            name.withUTF8 { name in
                let count = prefix.count + 1 + name.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    let bytes = UnsafeMutableRawBufferPointer(buffer)
                    bytes.copyMemory(from: UnsafeRawBufferPointer(prefix))
                    bytes[prefix.count] = UInt8(ascii: "/")
                    UnsafeMutableRawBufferPointer(rebasing: bytes[(prefix.count + 1)...])
                        .copyMemory(from: UnsafeRawBufferPointer(name))
                    return count
                }
            }
        }
    }
}
