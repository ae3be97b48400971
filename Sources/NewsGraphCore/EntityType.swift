/// The three kinds of named entity NewsGraph recognises.
public enum EntityType: String, CaseIterable, Hashable, Sendable, Comparable {
    case person = "PER"
    case organization = "ORG"
    case place = "LOC"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}
