import Testing

@testable import Segmentation

/// German by default; English only on a clear signal, even in one short line.
@Suite struct LanguageGuesserTests {
    @Test(arguments: [
        "Hello World.", "I can see it from here.", "Were Jane and co. at the party?",
        "The police raided the compound on Monday.",
    ])
    func shortEnglishIsEnglish(_ text: String) {
        #expect(LanguageGuesser().language(of: Array(text.unicodeScalars)) == "en")
    }

    @Test(arguments: [
        "", "12.", "s. vorherige Anmerkung.", "Razzia in Wien", "Die Polizei kam am Montag.",
        "Team Austria gewinnt die Bank Austria Party.", "Die Band The Who spielt.",
        "Der Sprecher sagte auf Englisch: \"We will find them.\" Die Ermittlungen dauern an, hieß es aus "
            + "dem Ministerium.",
    ])
    func germanOrUnclearIsGerman(_ text: String) {
        #expect(LanguageGuesser().language(of: Array(text.unicodeScalars)) == "de")
    }
}
