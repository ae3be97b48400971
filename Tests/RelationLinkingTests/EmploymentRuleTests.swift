import NewsGraphCore
import Testing

/// memberOf from a verb of employment (`arbeitet für`, `ist bei … beschäftigt`).
struct EmploymentRuleTests {
    private let marks: [Fixture.Mark] = [
        .per("Anna Roth"), .per("Karl Huber"), .org("Velora"), .org("Nordbank"), .org("Tessin AG"),
    ]

    /// The perfect of `arbeiten` (`hat … gearbeitet`) gives membership as the present does; `ist … gearbeitet`
    /// is no perfect of it.
    @Test func perfectOfArbeitenIsEmployment() throws {
        let marks: [Fixture.Mark] = [.per("Karl Huber"), .org("Velora")]
        #expect(try Fixture.describe("Karl Huber hat zuvor für die Velora gearbeitet.", marks)
            == ["Karl Huber memberOf Velora"])
        #expect(try Fixture.describe("Karl Huber ist für die Velora gearbeitet.", marks).isEmpty)
    }

    @Test(arguments: [
        "Anna Roth arbeitet seit 2019 für Velora.",
        "Anna Roth arbeitete als Juristin bei der Velora.",
        "Anna Roth ist seit Mai bei Velora beschäftigt.",
        "Damals war Anna Roth bei der Wiener Velora angestellt, sagte sie.",
    ])
    func namedPersonWorksForTheOrganisation(_ text: String) throws {
        #expect(try Fixture.describe(text, marks).contains("Anna Roth memberOf Velora"))
    }

    /// A relative clause on the person that ends in the verb of employment (`Mara Lindqvist, die für die IOM in Laos
    /// arbeitet`, `…, der bei Europol tätig ist`); not one on another noun.
    @Test(arguments: [
        "Das sagte Anna Roth, die für die Velora in Laos arbeitet.",
        "Anna Roth, die seit Jahren bei der Velora tätig ist, warnte.",
        // Researching or teaching is done at the institution.
        "Das sagte Anna Roth, die an der Velora über Geldwäsche forscht.",
        // The job done for the body (`die bei der Caritas Wien die Straßensozialarbeit leitet`), past a type word.
        "Das sagte Anna Roth, die bei der Velora das Programm gegen Zwangsarbeit leitet.",
        "Das sagte Anna Roth, die bei der Hilfsorganisation Velora in Tarn Frauen berät.",
    ])
    func relativeClauseOnThePerson(_ text: String) throws {
        #expect(try Fixture.describe(text, marks).contains("Anna Roth memberOf Velora"))
    }

    /// `forscht an der Universität Wien`; `an` is the place of work only for researching and teaching.
    @Test func researchAtTheInstitution() throws {
        #expect(try Fixture.describe("Anna Roth lehrt an der Velora.", marks).contains("Anna Roth memberOf Velora"))
        #expect(try !Fixture.describe("Anna Roth arbeitet an der Velora-Studie.", marks)
            .contains("Anna Roth memberOf Velora"))
    }

    @Test func relativeClauseOnAnotherNoun() throws {
        let out = try Fixture.describe("Anna Roth nannte die Firma, die für die Velora arbeitet.", marks)
        #expect(!out.contains { $0.hasPrefix("Anna Roth memberOf") })
    }

    @Test func organisationsJoinedByUndAreEachAnEmployer() throws {
        let out = try Fixture.describe("Anna Roth war bei Velora und Nordbank beschäftigt.", marks)
        #expect(out == ["Anna Roth memberOf Velora", "Anna Roth memberOf Nordbank"])
    }

    @Test func participleTakesTheLastBeiOfItsClause() throws {
        // `nach Stationen bei Velora`: where she was before, not where she is.
        let out = try Fixture.describe("Anna Roth ist nach Stationen bei Velora seit 2010 bei Nordbank tätig.", marks)
        #expect(out == ["Anna Roth memberOf Nordbank"])
    }

    @Test func pronounTakesUpThePersonOfItsGender() throws {
        let woman = try Fixture.describe("Anna Roth kam 2015. Später war sie bei Nordbank beschäftigt.", marks)
        #expect(woman == ["Anna Roth memberOf Nordbank"])
        // `er` is no woman: nobody here.
        let nobody = try Fixture.describe("Anna Roth kam 2015. Später war er bei Nordbank beschäftigt.", marks)
        #expect(nobody.isEmpty)
        // Two men named lately: whom `er` means is not plain.
        let two = try Fixture.describe("Karl Huber traf Max Berger. Er arbeitet für Velora.",
                                       marks + [.per("Max Berger")])
        #expect(two.isEmpty)
    }

    @Test func otherVerbsAndOtherClausesGiveNothing() throws {
        #expect(try Fixture.describe("Anna Roth sprach mit Velora über die Zukunft.", marks).isEmpty)
        // The clause with `beschäftigt` is not the one with the verb.
        #expect(try Fixture.describe("Anna Roth war müde, weil sie bei Velora beschäftigt ist.", marks).isEmpty)
        // A body's part fused to its name is not the body (`für die Velora-Sparte`).
        #expect(try Fixture.describe("Anna Roth arbeitet für die Velora-Sparte.", marks).isEmpty)
    }
}
