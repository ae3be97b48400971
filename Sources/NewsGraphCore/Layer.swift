/// A kind of annotation a stage can add to a document; stages declare which layers they need and add.
public enum Layer: String, CaseIterable, Hashable, Sendable, Comparable {
    case tokens
    case sentences
    case entities
    case quantities
    case dates
    case relations

    /// The layer's place in the pipeline's order: what equality, hashing and order compare. (A raw-value enum
    /// otherwise hashes and compares its name's string, which each stage paid for every article.)
    var ordinal: Int {
        switch self {
        case .tokens: return 0
        case .sentences: return 1
        case .entities: return 2
        case .quantities: return 3
        case .dates: return 4
        case .relations: return 5
        }
    }

    public static func == (lhs: Layer, rhs: Layer) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.ordinal < rhs.ordinal }
}
