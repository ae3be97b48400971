import NewsGraphCore
@testable import RelationLinking
import Testing

/// The entity stage's rule names that the place rules compare a mention's source with are lower-case ASCII letters
/// and hyphens, which `PlaceRules.isRule` relies on, and the test answers as `==` does.
struct RuleNameTests {
    static let names = [
        Provenance.townFacility, Provenance.designationWithSeat, Provenance.institutionSeatAdjective,
        Provenance.institutionSeatName, Provenance.roadNumber, Provenance.compassPlace,
    ]

    @Test func namesAreLowerCaseASCIILettersAndHyphens() {
        for name in Self.names {
            #expect(!name.isEmpty && name.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 &- 97 < 26 }, "\(name)")
        }
    }

    @Test func theTestAnswersAsEqualityDoes() {
        let sources = Self.names + ["Lexicons/orgs.tsv:12", "town-facilitx", "Town-facility", "town-facility ", ""]
        for name in Self.names {
            for source in sources {
                #expect(PlaceRules.isRule(source, name) == (source == name), "\(source) \(name)")
            }
            #expect(PlaceRules.isRule(String(name.unicodeScalars.map(Character.init)), name))
        }
    }
}
