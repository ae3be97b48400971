import NewsGraphCore
import Testing
@testable import EntityRecognition

/// Profession and nationality nouns (`Lexicons/rules/description-nouns.txt`) before a name.
@Suite struct DescriptionNameTests {
    static func mentions(_ text: String) throws -> [String] { try RealLexiconTests.mentions(text) }

    static func sources(_ text: String) throws -> [String] {
        let recognizer = try #require(RealLexiconTests.recognizer)
        var document = Document(name: "real", text: text, language: "de")
        var diagnostics: [Diagnostic] = []
        try Fixture.splitter.process(&document, diagnostics: &diagnostics)
        try recognizer.process(&document, diagnostics: &diagnostics)
        return document.mentions.map(\.provenance.source)
    }

    @Test(arguments: [
        ("Der Sicherheitsforscher Jan Wendelin warnte vor der Lücke.", "Jan Wendelin/PER"),
        ("Laut der Journalistin Ilse Grubmüller stimmt das.", "Ilse Grubmüller/PER"),
        ("Der Brite Kowalczyk verlor das Finale.", "Kowalczyk/PER"),
        ("Gewonnen hat die Österreicherin Pichlbauer knapp.", "Pichlbauer/PER"),
        ("Im Finale schlug er den Kroaten Dragan Vukoja klar.", "Dragan Vukoja/PER"),
        ("Gestürzt ist der Radprofi Matt Brakowski gestern.", "Matt Brakowski/PER"),
        ("Daran arbeitet die Entwicklerin Priya Lakshmi Ramadoss seit Jahren.", "Priya Lakshmi Ramadoss/PER"),
    ])
    func descriptionNounThenName(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test func nameIsTaggedByTheDescriptionRule() throws {
        #expect(try Self.sources("Der Schauspieler Quorwin Obermoosleitner kam spät.") == ["description-name"])
    }

    @Test(arguments: [
        "Der Trainer Fußball spielt gern.",
        "Der Titelverteidiger Rapidwien verlor.",
        "Der Spieler Hinterholzer Verein kam.",
    ])
    func nounsAndTitlesAfterTheDescriptionAreNoName(text: String) throws {
        #expect(try Self.mentions(text).allSatisfy { !$0.hasSuffix("/PER") })
    }

    @Test func hyphenatedNameIsNotCut() throws {
        let mentions = try Self.mentions("Der Trainer Karl Moser-Boas sprach.")
        #expect(!mentions.contains("Karl Moser/PER"))
    }

    /// `Ernst`, `Frank`, `Wolf` are words too; an unknown capitalised word after them makes a name.
    @Test(arguments: ["Gestern sprach Ernst Obermoser lange.", "Dann lachte Wolf Hinterleitner laut."])
    func firstNameThatIsAWordWithUnknownSurname(text: String) throws {
        #expect(try Self.mentions(text).count == 1)
        #expect(try Self.mentions(text).allSatisfy { $0.hasSuffix("/PER") && $0.contains(" ") })
    }
}
