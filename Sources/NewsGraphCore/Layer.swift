/// A kind of annotation a stage can add to a document; stages declare which layers they need and add.
public enum Layer: String, CaseIterable, Hashable, Sendable, Comparable {
    case tokens
    case sentences
    case entities
    case quantities
    case dates
    case relations

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
