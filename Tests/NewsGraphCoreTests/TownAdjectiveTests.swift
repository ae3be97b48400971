import Testing
import NewsGraphCore

/// The town names a place adjective may come from.
struct TownAdjectiveTests {
    private func names(_ word: String) -> [String] {
        TownAdjective.names(of: word.unicodeScalars).map { String(String.UnicodeScalarView($0)) }
    }

    @Test func stemAndItsEnNames() {
        #expect(names("Grazer") == ["Graz", "Grazen"])
        #expect(names("Münchner") == ["Münchn", "Münchnen", "München"])
    }

    @Test func noAdjectiveGivesNoNames() {
        #expect(names("Wien").isEmpty)
        #expect(names("Oder").isEmpty)
    }
}
