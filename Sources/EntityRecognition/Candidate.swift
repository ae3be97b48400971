import NewsGraphCore

/// A possible mention, before overlaps are resolved.
struct Candidate {
    /// Token indices the mention covers.
    let tokens: Range<Int>
    let span: TextSpan
    let type: EntityType
    /// From `lists.def` for list matches, from `RulePriority` for rules; breaks ties between equal spans.
    let priority: Int
    let provenance: Provenance
    /// Canonical name of the entity; the mention's text when nil.
    var canonical: String?
    /// External ids as listed (`iso:KH wd:Q424`), split only for accepted mentions.
    var idsField = ""
    var ids: [String] {
        idsField.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "|" }).map(String.init)
    }
    /// Mentions kept only together with this one (`UN` inside `UN-Hauptquartier`).
    var nested: [Candidate] = []
    /// Same entity as the mention accepted at this span (an acronym and its long form).
    var link: TextSpan?
    /// A list match that only counts next to an unambiguous mention of the same entity.
    var ambiguous = false
    /// Matched through an inflected form of the last word (`Kambodschas`, `Thailands`).
    var genitive = false

    /// Overlaps resolve greedily in this total order: the longer span, then the higher priority, then the
    /// earlier start, then type and provenance source, so the result never depends on discovery order.
    static func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
        if lhs.span.length != rhs.span.length { return lhs.span.length > rhs.span.length }
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        if lhs.span.begin != rhs.span.begin { return lhs.span.begin < rhs.span.begin }
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        return lhs.provenance.source < rhs.provenance.source
    }
}

/// Priorities of rule-made candidates, on the same scale as `lists.def` priorities (0–100).
enum RulePriority {
    static let acronymDefinition = 100
    static let institutionWithSeat = 92
    static let legalForm = 90
    static let roleName = 60
    static let firstName = 55
    static let descriptionName = 52
    static let speech = 50
    static let placeType = 45
    static let designationWithPlace = 40
    static let street = 30
}
