@testable import JSONLD
import NewsGraphCore
import Testing

/// The writer spells the core enums from compile-time strings: each must be the case's raw value, or files and
/// trees would name different terms.
@Suite struct TermSpellingsTests {
    @Test func matchesAreTheirRawValues() {
        let all: [Provenance.Match] = [.exact, .inflected, .compoundPart, .caseVariant, .rule, .coreference]
        for match in all { #expect(TermSpellings.match(match).string == match.rawValue) }
    }

    @Test func quantityTermsAreTheirRawValues() {
        let kinds: [Quantity.Kind] = [.count, .money, .percentage, .age, .duration]
        for kind in kinds { #expect(TermSpellings.kind(kind).string == kind.rawValue) }
        for modifier in Quantity.Modifier.allCases { #expect(TermSpellings.modifier(modifier).string == modifier.rawValue) }
        for event in Quantity.Event.allCases { #expect(TermSpellings.event(event).string == event.rawValue) }
    }

    @Test func predicatesAreNewsGraphTerms() {
        for predicate in Relation.Predicate.allCases {
            #expect(TermSpellings.predicate(predicate).string == "ng:" + predicate.rawValue)
        }
    }
}
