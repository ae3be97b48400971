import NewsGraphCore

/// A possible mention, before overlaps are resolved.
struct Candidate {
    // (The fields are declared in this order so that the one-byte ones fill the byte after `link`'s span, where
    // padding was: 80 bytes a candidate, not 96, and candidates are copied often, appended, sorted and merged.)
    /// Token indices the mention covers.
    let tokens: Range<Int>
    let span: TextSpan
    /// Same entity as the mention accepted at this span (an acronym and its long form).
    var link: TextSpan?
    let type: EntityType
    let match: Provenance.Match
    /// The rule that made the candidate (its provenance source), nil for a list match.
    let rule: Rule?
    /// A list match that only counts next to an unambiguous mention of the same entity.
    var ambiguous = false
    /// Matched through an inflected form of the last word (`Kambodschas`, `Thailands`).
    var genitive = false
    /// From `lists.def` for list matches, from `RulePriority` for rules; breaks ties between equal spans.
    let priority: Int
    /// The lexicon entry whose `file:line` is the source, or -1 for `rule`: list matches build no string until
    /// they are accepted.
    let sourceEntry: Int32
    /// The lexicon entry that gives canonical name and ids, or -1 for a canonical name in `CandidateExtras`.
    var nameEntry: Int32 = -1
    /// The canonical name in `CandidateExtras`, or -1: the mention's text (or `nameEntry`'s name) is the name.
    var canonicalIndex: Int32 = -1
    /// Mentions in `CandidateExtras` kept only together with this one (`UN` inside `UN-Hauptquartier`), or -1.
    var nestedIndex: Int32 = -1

    static func ids(_ field: String) -> [String] {
        // Most rule-found entities have no ids: no bytes to look at.
        if field.isEmpty { return [] }
        // Ids are ASCII: splitting the UTF-8 bytes is the same as splitting the characters, without `Character`s.
        var out: [String] = []
        var field = field
        // Most fields hold one id: then it is the field itself, and no string is decoded again.
        let isOne = field.withUTF8 { bytes in !bytes.isEmpty && !bytes.contains(where: Self.isIDSeparator) }
        if isOne { return [field] }
        field.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count {
                guard index == bytes.count || Self.isIDSeparator(bytes[index]) else { continue }
                if index > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return out
    }

    private static func isIDSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|")
    }
    /// A candidate made by a rule (or coreference), with the rule's name as provenance source.
    init(
        tokens: Range<Int>, span: TextSpan, type: EntityType, priority: Int, match: Provenance.Match = .rule,
        rule: Rule
    ) {
        self.tokens = tokens
        self.span = span
        self.type = type
        self.priority = priority
        self.match = match
        self.rule = rule
        sourceEntry = -1
    }

    /// A list match of lexicon entry `entry`, which is its source and gives its canonical name and ids.
    init(tokens: Range<Int>, span: TextSpan, type: EntityType, priority: Int, match: Provenance.Match, entry: Int32) {
        self.tokens = tokens
        self.span = span
        self.type = type
        self.priority = priority
        self.match = match
        rule = nil
        sourceEntry = entry
        nameEntry = entry
    }

    /// The provenance of an accepted mention; a list match's `file:line` is built here.
    func provenance(in lexicon: LexiconEntries) -> Provenance {
        Provenance(match: match, source: sourceEntry >= 0 ? lexicon.source(of: lexicon.entries[Int(sourceEntry)]) : rule?.rawValue ?? "")
    }

    /// The canonical name, from the lexicon entry or as set.
    func canonicalName(in lexicon: LexiconEntries, _ extras: CandidateExtras) -> String? {
        nameEntry >= 0 ? lexicon.canonical(of: lexicon.entries[Int(nameEntry)]) : extras.canonical(of: self)
    }

    /// The external ids field of the lexicon entry; a rule's candidate has none.
    func idsField(in lexicon: LexiconEntries) -> String {
        nameEntry >= 0 ? lexicon.idsField(of: lexicon.entries[Int(nameEntry)]) : ""
    }

    /// Overlaps resolve greedily in this total order: the longer span, then the higher priority, then the
    /// earlier start, then type and provenance source, so the result never depends on discovery order.
    /// The source strings are built only for such a tie.
    static func precedes(_ lhs: Candidate, _ rhs: Candidate, in lexicon: LexiconEntries) -> Bool {
        if lhs.span.length != rhs.span.length { return lhs.span.length > rhs.span.length }
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        if lhs.span.begin != rhs.span.begin { return lhs.span.begin < rhs.span.begin }
        if lhs.type != rhs.type { return lhs.type.rank < rhs.type.rank }
        if let left = lhs.rule, let right = rhs.rule { return left.rawValue < right.rawValue }
        if lhs.sourceEntry >= 0 && rhs.sourceEntry >= 0, let order = lexicon.sourcePrecedes(
            lexicon.entries[Int(lhs.sourceEntry)], lexicon.entries[Int(rhs.sourceEntry)]) {
            return order
        }
        return lhs.provenance(in: lexicon).source < rhs.provenance(in: lexicon).source
    }
}

/// The rules and coreference steps that make candidates; the raw value is the provenance source.
enum Rule: String {
    case acronym
    case designation
    case surname
    case acronymDefinition = "acronym-definition"
    /// `der Kommunistischen Partei`: a capitalised adjective and an organisation's head after an article.
    case adjectiveName = "adjective-name"
    /// `die 23-jährige Maria`: a name word alone after an age.
    case agedName = "aged-name"
    /// `Aysha (Name geändert)`: a name word alone before a note that it was changed.
    case changedName = "changed-name"
    case apposition
    /// `SPÖ Oberösterreich`: an organisation's branch named with its seat (no relation to the seat follows).
    case branchWithSeat = "branch-with-seat"
    case compassPlace = "compass-place"
    /// `Eric Frenzel (GER)`: a country's code in brackets after a name in a results list (`CountryCodes`).
    case countryCode = "country-code"
    /// `Sibel Arslan (Grüne/BS)`: a Swiss canton's code in brackets after a person's name (`CantonCodes`); read by
    /// later stages as `Provenance.cantonCode` (a test holds the two equal).
    case cantonCode = "canton-code"
    case companyName = "company-name"
    case dateline
    case eastAsianName = "east-asian-name"
    case descriptionName = "description-name"
    case ellipticCoordination = "elliptic-coordination"
    /// Read by later stages as `Provenance.designationWithSeat` (a test holds the two equal).
    case designationWithPlace = "designation-with-place"
    case firstName = "first-name"
    case fullName = "full-name"
    case initialName = "initial-name"
    /// Read by later stages as `Provenance.institutionSeatAdjective` (a test holds the two equal).
    case institutionSeatAdjective = "institution-seat-adjective"
    /// Read by later stages as `Provenance.institutionSeatName` (a test holds the two equal).
    case institutionSeatName = "institution-seat-name"
    /// Read by later stages as `Provenance.bodyNamedByField` (a test holds the two equal).
    case fieldName = "field-name"
    case legalForm = "legal-form"
    /// Read by later stages as `Provenance.mediaTitle` (a test holds the two equal).
    case mediaTitle = "media-title"
    case namedAs = "named-as"
    case nameFacility = "name-facility"
    case organisationBeforeRole = "organisation-before-role"
    case particleName = "particle-name"
    case placeDistrict = "place-district"
    /// `Luxemburg-Stadt`: a place and `-Stadt`, the city of its name.
    case cityOfPlace = "city-of-place"
    case placeType = "place-type"
    /// An organisation's name found by a rule, again where no rule saw it.
    case repeatedName = "repeated-name"
    case roleName = "role-name"
    case speechVerbAfter = "speech-verb-after"
    /// `Paetongtarn Shinawatra sagte …`: words in no list opening the sentence, a speech verb right after them.
    case speechVerbBefore = "speech-verb-before"
    case sportsClub = "sports-club"
    case streetName = "street-name"
    /// `auf der A4`, `Ostautobahn A4`: a motorway's or federal road's number. Read by later stages as
    /// `Provenance.roadNumber` (a test holds the two equal).
    case roadNumber = "road-number"
    case townFacility = "town-facility"
    /// `gegen Bremen` in a match report: a club named by its town (`TownClubs`).
    case townClub = "town-club"
    /// A party's branch in a town (`die Innsbrucker SPÖ`).
    case townOrganisation = "town-organisation"
    /// `in Idomeni`: a word no list knows after `in` or `nach`.
    case unlistedPlace = "unlisted-place"
    case namedFacility = "named-facility"
    /// `Schloss Elmau`, `Kloster Melk`: a castle's or monastery's head word and its name, one place.
    case namedEstate = "named-estate"
    case namedInstitution = "named-institution"
    case englishOrganisation = "english-organisation"
    case titledName = "titled-name"
    case typeWordName = "type-word-name"
}

/// Priorities of rule-made candidates, on the same scale as `lists.def` priorities (0–100).
enum RulePriority {
    static let acronymDefinition = 100
    static let institutionWithSeat = 92
    /// As the country lists' (`lists.def`).
    static let countryCode = 90
    static let legalForm = 90
    static let roleName = 60
    /// `der Islamistengruppe Ansar Dine`: the type word outweighs a first name's guess of a person.
    static let typedOrganisation = 57
    static let firstName = 55
    static let descriptionName = 52
    static let speech = 50
    static let placeType = 45
    static let designationWithPlace = 40
    static let street = 30
}

extension EntityType {
    /// The order of the raw values (`LOC` < `ORG` < `PER`) as a number, so comparing types compares no strings.
    var rank: Int {
        switch self {
        case .place: 0
        case .organization: 1
        case .person: 2
        }
    }
}
