import NewsGraphCore

/// The core enums' raw values as compile-time strings: the writer spells them on every node, and a `StaticString`
/// goes out as one copy, where a `String` raw value is built, checked for escapes and released each time.
/// The spellings are the raw values (`TermSpellingsTests` holds them to that).
enum TermSpellings {
    static func match(_ match: Provenance.Match) -> StaticString {
        switch match {
        case .exact: return "exact"
        case .inflected: return "inflected"
        case .compoundPart: return "compound-part"
        case .caseVariant: return "case-variant"
        case .rule: return "rule"
        case .coreference: return "coreference"
        }
    }

    static func kind(_ kind: Quantity.Kind) -> StaticString {
        switch kind {
        case .count: return "count"
        case .money: return "money"
        case .percentage: return "percentage"
        case .age: return "age"
        case .duration: return "duration"
        }
    }

    static func modifier(_ modifier: Quantity.Modifier) -> StaticString {
        switch modifier {
        case .moreThan: return "more_than"
        case .lessThan: return "less_than"
        case .about: return "about"
        case .atLeast: return "at_least"
        case .atMost: return "at_most"
        }
    }

    static func event(_ event: Quantity.Event) -> StaticString {
        switch event {
        case .seized: return "seized"
        case .arrested: return "arrested"
        case .rescued: return "rescued"
        case .convicted: return "convicted"
        case .closed: return "closed"
        case .killed: return "killed"
        case .trafficked: return "trafficked"
        case .victims: return "victims"
        case .paid: return "paid"
        }
    }

    /// The predicate's compact IRI, `ng:` and its raw value.
    static func predicate(_ predicate: Relation.Predicate) -> StaticString {
        switch predicate {
        case .memberOf: return "ng:memberOf"
        case .represents: return "ng:represents"
        case .hasTitle: return "ng:hasTitle"
        case .locatedIn: return "ng:locatedIn"
        case .said: return "ng:said"
        case .accordingTo: return "ng:accordingTo"
        }
    }
}
