import NewsGraphCore
import Testing
@testable import EntityRecognition

@Suite struct LexiconMatchTests {
    @Test(arguments: [
        ("Die Regierung Frankreichs reagierte gelassen.", "Frankreichs/LOC"),
        ("Die Mitgliedstaaten der Europäischen Union berieten.", "Europäischen Union/ORG"),
        ("Der Bericht der Vereinten Nationen liegt vor.", "Vereinten Nationen/ORG"),
    ])
    func inflectedFormsMatchAsTheyStand(text: String, expected: String) throws {
        let document = try Fixture.run(text)
        let found = try Fixture.mentions(text)
        #expect(found.contains(expected))
        #expect(document.mentions.contains { $0.provenance.match == .inflected })
    }

    @Test(arguments: [
        ("Die EU-Kommission legte einen Entwurf vor.", "EU/ORG"),
        ("Drei Europol-Ermittler reisten nach Bayern.", "Europol/ORG"),
    ])
    func nameAsFirstPartOfCompound(text: String, expected: String) throws {
        let document = try Fixture.run(text)
        #expect(try Fixture.mentions(text).first == expected)
        #expect(document.mentions.first?.provenance.match == .compoundPart)
    }

    @Test func currencyCompoundIsNoName() throws {
        #expect(try Fixture.mentions("Das kostete 300 US-Dollar.").isEmpty)
    }

    @Test func shortAcronymNeedsExactCase() throws {
        #expect(try Fixture.mentions("Er gab uns die Zahlen, die US und die Un-Kosten.") == ["US/LOC"])
    }

    @Test func pronounceableAcronymAlsoCapitalised() throws {
        let document = try Fixture.run("Die Nato verlegt Truppen.")
        #expect(document.mentions.map(\.entityKey) == ["ORG/NATO"])
        #expect(document.mentions.first?.provenance.match == .caseVariant)
    }

    @Test func lowerCaseNameMatchesOnlyAsWritten() throws {
        #expect(try Fixture.mentions("Das meldete die dpa. DPA ist kein Name hier.") == ["dpa/ORG"])
    }

    @Test func commonNounIsNoPlace() throws {
        #expect(try Fixture.mentions("Das Essen war kalt.").isEmpty)
    }

    @Test func shortAndLongFormShareTheEntity() throws {
        let document = try Fixture.run("Die UN und die Vereinten Nationen sind dasselbe.")
        #expect(Set(document.mentions.map(\.entityKey)) == ["ORG/Vereinte Nationen"])
        #expect(document.entities["ORG/Vereinte Nationen"]?.externalIDs == ["wd:Q1065"])
    }

    @Test func nameWithFacilityWordIsPlaceWithOrganisationInside() throws {
        #expect(try Fixture.mentions("Sie trafen sich im UN-Hauptquartier.") == ["UN-Hauptquartier/LOC", "UN/ORG"])
    }

    @Test func provenanceNamesTheListLine() throws {
        let document = try Fixture.run("Sie reiste nach Frankreich.")
        #expect(document.mentions.first?.provenance == Provenance(match: .exact, source: "test.tsv:1"))
    }
}

@Suite struct AmbiguousNameTests {
    static let text = "Die Zeitung Tagblatt berichtete. Das Tagblatt war teuer. Ein Tagblatt kostet wenig."

    @Test func ambiguousNameNeedsContext() throws {
        #expect(try Fixture.mentions("Ein Tagblatt kostet wenig.").isEmpty)
    }

    /// After the type word names the paper, its later mentions are the paper, but not a noun after `ein`.
    @Test func typeWordSupportsAmbiguousNameAndItsLaterMentions() throws {
        #expect(try Fixture.mentions(Self.text) == ["Tagblatt/ORG", "Tagblatt/ORG"])
    }
}

@Suite struct AmbiguousNameBesidePlaceTests {
    /// The club `Bayern` needs context; the state of the same name is listed lower.
    static let recognizer: EntityRecognizer = {
        var lexicon = NameLexicon()
        lexicon.add(
            name: "Bayern", type: .organization, canonical: "FC Bayern München", kind: "club-ambiguous",
            file: "test.tsv", line: 1, priority: 95)
        lexicon.add(name: "FC Bayern München", type: .organization, canonical: "FC Bayern München", file: "test.tsv",
                    line: 2, priority: 95)
        lexicon.add(name: "Bayern", type: .place, canonical: "Bayern", file: "test.tsv", line: 3, priority: 65)
        var words = WordLists()
        words.commonNouns = KeySet(["Jahre"].map { WordKey($0, folded: true) })
        return EntityRecognizer(lexicon: lexicon, words: words)
    }()

    static func mentions(_ text: String) throws -> [String] {
        try Fixture.mentions(text, with: recognizer)
    }

    @Test func ambiguousNameDoesNotHideThePlaceOfTheSameName() throws {
        #expect(try Self.mentions("Viele Menschen kamen aus Bayern nach Wien.") == ["Bayern/LOC"])
    }

    @Test func supportedAmbiguousNameStillWins() throws {
        #expect(try Self.mentions("Der FC Bayern München gewann. Bayern führt die Tabelle an.")
            == ["FC Bayern München/ORG", "Bayern/ORG"])
    }
}

@Suite struct LongerNameTests {
    @Test func townAfterAnUnknownCapitalisedWordEndsALongerName() throws {
        // `die Costa Concordia` is a ship, `Benfica Lissabon` a club: no town of its own.
        #expect(try Fixture.mentions("Die Fähre Stella Graz lief aus.") == [])
    }

    @Test func townAfterANounOrACompoundOfOneStaysATown() throws {
        #expect(try Fixture.mentions("Die Industriebehörde Graz prüft.") == ["Graz/LOC"])
        #expect(try Fixture.mentions("Die Behörde Graz prüft.") == ["Graz/LOC"])
    }

    @Test func townAfterAListedPlaceOrAPlaceAdjectiveStaysATown() throws {
        #expect(try Fixture.mentions("Die Fahrt von Salzburg Graz dauert.").contains("Graz/LOC"))
        #expect(try Fixture.mentions("Die Fahrt ins Steirer Graz dauert.") == ["Graz/LOC"])
    }
}

/// A place's name that opens a competition's (`Europa League`, `Europa-League-Gruppe`) names no place.
struct CompetitionNameTests {
    @Test(arguments: [
        ("Rapid spielt in der Salzburg League.", false),
        ("Die Salzburg-League-Gruppe ist schwer.", false),
        ("Rapid spielt in Salzburg.", true),
    ])
    func placeBeforeACompetitionWordIsNoPlace(_ text: String, _ place: Bool) throws {
        #expect(try Fixture.mentions(text).contains("Salzburg/LOC") == place)
    }
}
