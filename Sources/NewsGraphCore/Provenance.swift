/// How an annotation was made: the rule or lexicon entry behind it, and how the text matched it.
public struct Provenance: Hashable, Sendable {
    /// The way a lexicon entry or rule matched the text.
    public enum Match: String, Hashable, Sendable {
        case exact, inflected, compoundPart = "compound-part", caseVariant = "case-variant", rule, coreference
    }

    public let match: Match
    /// `file:line` of a lexicon entry, or the name of a rule.
    public let source: String

    /// The rule that makes a generic designation an organisation through its seat (`Regierung in Rom`); later
    /// stages read it to relate the organisation to that seat.
    public static let designationWithSeat = "designation-with-place"

    /// The rule that makes a place's adjective and a designation one organisation (`Kärntner Landtag`, `Grazer
    /// Landesgericht`); the relation stage reads it to place the organisation in that place.
    public static let institutionSeatAdjective = "institution-seat-adjective"

    /// The rule that makes a designation and a place's name one organisation (`Landesgericht Innsbruck`,
    /// `Staatsanwaltschaft Bochum`); the relation stage reads it to place the organisation in that place.
    public static let institutionSeatName = "institution-seat-name"

    /// The rule that makes an organisation's head and its field one organisation (`das Bundesamt für
    /// Strahlenschutz`); the relation stage reads it to know a public body from a company.
    public static let bodyNamedByField = "field-name"

    /// The rule that makes a Swiss canton's code in brackets after a person's name a place (`Pascal Schmid (TG)`);
    /// the relation stage reads it to know the canton the person represents.
    public static let cantonCode = "canton-code"

    /// Appended to a quantity's source where the quantity stage took its unit from a figure before it (`Im März
    /// waren es 3.500` after `3.900 Menschen`); the relation stage reads it to carry that figure's source on.
    public static let unitFromAntecedent = "+unit-antecedent"

    /// The rule that makes a newspaper's title an organisation (`Kärntner Kurier`); the relation stage reads it
    /// to know which organisations are media.
    public static let mediaTitle = "media-title"

    /// The rule that makes a town's adjective and a facility word one place (`Wiener Flughafen`); the relation
    /// stage reads it to place the facility in that town.
    public static let townFacility = "town-facility"

    /// The rule that makes a road's number a place (`Ostautobahn (A4)`); the relation stage reads it to know the
    /// number in brackets names the road before it, not a place the road lies in.
    public static let roadNumber = "road-number"

    /// The rule that makes a compass point fused to a place one place (`Westafrika`, `Nordbayern`); the relation
    /// stage reads it to know a region fused to a continent's name.
    public static let compassPlace = "compass-place"

    public init(match: Match, source: String) {
        self.match = match
        self.source = source
    }
}
