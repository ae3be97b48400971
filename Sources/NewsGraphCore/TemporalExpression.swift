/// A date or time expression, normalised to ISO 8601 where the text allows.
public struct TemporalExpression: Hashable, Sendable {
    public let span: TextSpan
    /// `2025-11-28`, `--11-24`, `2024-08`, `2024/2028`; nil when the text alone does not fix it.
    public var normalized: String?
    /// The value resolved against the publication date (`letzten Monat` → `2025-10`); nil without one.
    public var resolved: String?
    public let provenance: Provenance

    public init(span: TextSpan, normalized: String?, resolved: String? = nil, provenance: Provenance) {
        self.span = span
        self.normalized = normalized
        self.resolved = resolved
        self.provenance = provenance
    }
}
