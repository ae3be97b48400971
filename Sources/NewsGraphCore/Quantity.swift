/// A count, amount of money, percentage, age or duration, with what it counts and what happened to it.
public struct Quantity: Hashable, Sendable {
    /// Words like `mehr als` or `rund` that bound or blur the number (closed set of the guidelines).
    public enum Modifier: String, Hashable, Sendable, CaseIterable {
        case moreThan = "more_than", lessThan = "less_than", about, atLeast = "at_least", atMost = "at_most"
    }

    /// What the sentence says happened to the counted things (closed set of the guidelines).
    public enum Event: String, Hashable, Sendable, CaseIterable {
        case seized, arrested, rescued, convicted, closed, killed, trafficked, victims, paid
    }

    /// The broad kind of the quantity.
    public enum Kind: String, Hashable, Sendable {
        case count, money, percentage, age, duration
    }

    public let span: TextSpan
    public var value: Double?
    public var minValue: Double?
    public var maxValue: Double?
    /// The counted noun in the singular nominative (`Telefon`, `US-Dollar`).
    public var unit: String?
    /// ISO 4217 code for money.
    public var currency: String?
    public var modifier: Modifier?
    public var event: Event?
    public var kind: Kind
    public let provenance: Provenance

    public init(
        span: TextSpan, value: Double? = nil, minValue: Double? = nil, maxValue: Double? = nil, unit: String? = nil,
        currency: String? = nil, modifier: Modifier? = nil, event: Event? = nil, kind: Kind = .count,
        provenance: Provenance
    ) {
        self.span = span
        self.value = value
        self.minValue = minValue
        self.maxValue = maxValue
        self.unit = unit
        self.currency = currency
        self.modifier = modifier
        self.event = event
        self.kind = kind
        self.provenance = provenance
    }
}
