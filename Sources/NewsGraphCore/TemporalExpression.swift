/// A date or time expression, normalised to ISO 8601 where the text allows.
public struct TemporalExpression: Hashable, Sendable {
    public let span: TextSpan
    /// `2025-11-28`, `--11-24`, `2024-08`, `2024/2028`; nil when the text alone does not fix it.
    public var normalized: String?
    /// The value resolved against the publication date (`letzten Monat` → `2025-10`); nil without one.
    public var resolved: String?
    /// A clock time (`14 Uhr` → `14:00`, `9 bis 17 Uhr` → `09:00/17:00`). Its day is not in the expression, so
    /// `normalized` stays nil, as the annotation guidelines read it.
    public var timeOfDay: String?
    public let provenance: Provenance

    public init(
        span: TextSpan, normalized: String?, resolved: String? = nil, timeOfDay: String? = nil,
        provenance: Provenance
    ) {
        self.span = span
        self.normalized = normalized
        self.resolved = resolved
        self.timeOfDay = timeOfDay
        self.provenance = provenance
    }
}
