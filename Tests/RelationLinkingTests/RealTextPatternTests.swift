import NewsGraphCore
import Testing

/// Patterns of real news text: fronted content with a titled speaker, role-only speakers, Konjunktiv chains,
/// figures by source verbs, titles and places from adjectives.
struct RealTextPatternTests {
    @Test func titledSpeakerAfterFrontedContent() throws {
        let text = "Durch die Zusammenarbeit sei es gelungen, die Bande zu fassen, erklärte der stellvertretende "
            + "US-Justizminister Henry Block."
        let out = try Fixture.describe(text, [.per("Henry Block"), .country("US", iso: "US")])
        #expect(out.contains("Henry Block said Durch die Zusammenarbeit sei e"))
        #expect(out.contains("Henry Block represents US (Justizminister)"))
    }

    @Test(arguments: [
        "Sein Anwalt Tobias Reindl kündigte Berufung an. Das Urteil sei nicht haltbar, sagte der Anwalt.",
        "Sein Anwalt Tobias Reindl kündigte Berufung an. Am Abend berichtete der Anwalt, das Urteil sei falsch.",
    ])
    func roleNounTakesUpItsEarlierHolder(_ text: String) throws {
        let out = try Fixture.describe(text, [.per("Tobias Reindl")])
        #expect(out.count == 1 && out.first?.hasPrefix("Tobias Reindl said ") == true)
    }

    @Test func spokeswomanTakesUpHerOrganisation() throws {
        let text = "Eine Sprecherin der Landespolizeidirektion Kärnten bestätigte den Einsatz. Dem KURIER sagte "
            + "die Sprecherin, dass niemand verletzt wurde."
        let out = try Fixture.describe(text, [.org("Landespolizeidirektion Kärnten"), .org("KURIER")])
        #expect(out == ["Landespolizeidirektion Kärnten said niemand verletzt wurde"])
    }

    @Test func verbFirstConditionContinuesTheChain() throws {
        let text = "Die Ware sei gestohlen, sagte Karl Huber. Sollten die Behörden ihn laden, sei er bereit."
        let out = try Fixture.describe(text, [.per("Karl Huber")])
        #expect(out == ["Karl Huber said Die Ware sei gestohlen", "Karl Huber said Sollten die Behörden ihn laden"])
    }

    @Test func pluperfectTestimony() throws {
        let out = try Fixture.describe("Karl Huber hatte vor Gericht ausgesagt, dass er das Geld nie gesehen habe.",
                                       [.per("Karl Huber")])
        #expect(out == ["Karl Huber said er das Geld nie gesehen habe"])
    }

    @Test func captainIsATitle() throws {
        let out = try Fixture.describe("Kapitän Hans Egger blieb bis zuletzt an Bord.", [.per("Hans Egger")])
        #expect(out == ["Hans Egger hasTitle Kapitän"])
    }
}

extension RealTextPatternTests {
    @Test(arguments: [
        ("Staatsanwalt Igor Brandl erhob Anklage.", ["Igor Brandl hasTitle Staatsanwalt"]),
        ("Verteidiger Igor Brandl beantragte Freispruch.", []),
        ("Innenverteidiger Igor Brandl fehlt gesperrt.", []),
        ("Sein Anwalt Igor Brandl beantragte Freispruch.", []),
    ])
    func titlesAndProfessions(_ text: String, _ expected: [String]) throws {
        #expect(try Fixture.describe(text, [.per("Igor Brandl")]) == expected)
    }

    @Test func honoraryTitleKeepsItsPlace() throws {
        let out = try Fixture.describe("Tirols Alt-Landeshauptmann Georg Hell eröffnete die Messe.",
                                       [.per("Georg Hell"), .loc("Tirols", key: "Tirol")])
        #expect(out == ["Georg Hell represents Tirol (Alt-Landeshauptmann)"])
    }

    @Test func conditionalKonjunktivTwoEndsTheChain() throws {
        let text = "Die Ware sei weg, sagte Karl Huber. Sollte er gehen, könnte das teuer werden."
        #expect(try Fixture.describe(text, [.per("Karl Huber")]) == ["Karl Huber said Die Ware sei weg"])
    }

    /// A comma between two adjectives ends no clause: the Konjunktiv after them is the main clause's.
    @Test func adjectiveCommaKeepsTheChain() throws {
        let text = "Die Lage ist ernst, sagte Karl Huber. Durch neue, strengere Regeln werde alles besser."
        #expect(try Fixture.describe(text, [.per("Karl Huber")])
            == ["Karl Huber said Die Lage ist ernst", "Karl Huber said Durch neue, strengere Regeln w"])
    }

    /// A profession set off after the speaker at the sentence's end is no content (`…, meint X, Politologe an …`).
    @Test func appositionAtTheSentenceEndIsNoContent() throws {
        let text = "Die Lage wird ernster, meint Karl Huber, Politologe an der Universität in Linz."
        let out = try Fixture.describe(text, [.per("Karl Huber"), .org("Universität"), .loc("Linz")])
        #expect(out.contains("Karl Huber said Die Lage wird ernster"))
    }

    /// The comma of `nicht nur …, auch …` joins two subjects: the Konjunktiv after it is the main clause's.
    @Test func nichtNurCommaKeepsTheChain() throws {
        let text = "Die Lage ist ernst, sagte Karl Huber. Nicht nur Private, auch Firmen würden das spüren."
        #expect(try Fixture.describe(text, [.per("Karl Huber")]).count == 2)
    }

    /// A dateline is no part of what was said (`Wien – `, `Berlin (dpa) - `).
    @Test(arguments: [
        "Linz – Die Lage sei ernst, sagte Karl Huber.", "Linz (dpa) - Die Lage sei ernst, sagte Karl Huber.",
    ])
    func datelineIsNoContent(_ text: String) throws {
        let out = try Fixture.describe(text, [.loc("Linz"), .per("Karl Huber")])
        #expect(out == ["Karl Huber said Die Lage sei ernst"])
    }

    /// `indem` opens a subordinate clause like `wenn`: the Konjunktiv main clause after it goes on with the speaker.
    @Test func leadingIndemClauseKeepsTheChain() throws {
        let text = "Die Lage ist ernst, sagte Karl Huber. Indem die Stadt nichts tat, habe sie alles verschlimmert."
        #expect(try Fixture.describe(text, [.per("Karl Huber")]).count == 2)
    }

    @Test func spokesmanAfterASpeechVerbTakesNoOutlet() throws {
        let text = "Der Zug fahre wieder, erklärte ein Bahnsprecher der APA. Alles sei ruhig, sagte der Bahnsprecher."
        let relations = try Fixture.relations(text, [.org("APA")])
        #expect(!relations.contains { $0.predicate == .said && $0.sentenceIndex == 1 })
    }
}

extension RealTextPatternTests {
    @Test(arguments: [
        "Die Strecke ist wieder frei, so die Grazer Polizei am Montag.",
        "Die Strecke ist wieder frei, hieß es dazu von der Grazer Polizei.",
        "Am Abend hieß es von der Grazer Polizei, die Strecke sei wieder frei.",
    ])
    func namedSourceAfterContent(_ text: String) throws {
        let out = try Fixture.describe(text, [.org("Grazer Polizei")])
        #expect(out.count == 1 && out.first?.hasPrefix("Grazer Polizei said ") == true)
    }
}

extension RealTextPatternTests {
    @Test(arguments: [
        "Im Vorjahr registrierte Eurostat 5000 Anträge.",
        "Eurostat schätzt die Zahl auf 5000 Anträge.",
    ])
    func figureVerbNamesTheSource(_ text: String) throws {
        let out = try Fixture.describe(text, [.org("Eurostat"), .quantity("5000 Anträge")])
        #expect(out == ["5000 Anträge accordingTo Eurostat"])
    }

    /// `Agrarlandesrat Hans Seitinger bezifferte …`: a person's name after a role word opening the sentence is the
    /// subject.
    @Test func figureVerbAfterARoleAndAName() throws {
        let out = try Fixture.describe("Landesrat Karl Brandl bezifferte den Schaden auf 200 Millionen Euro.",
                                       [.per("Karl Brandl"), .quantity("200 Millionen Euro")])
        #expect(out.contains("200 Millionen Euro accordingTo Karl Brandl"))
    }

    /// The subject past its acronym in brackets counts; a type word after the verb takes up the one organisation
    /// named before (`beziffert die Organisation`).
    @Test func figureVerbWithAnAcronymOrATypeWord() throws {
        let text = "Die Welthandelsorganisation (WTO) schätzt das Plus auf drei Prozent. "
            + "Die illegalen Gewinne beziffert die Organisation auf 200 Millionen Euro."
        let out = try Fixture.describe(text, [
            .org("Welthandelsorganisation", key: "WTO"), .org("WTO", key: "WTO"), .quantity("drei Prozent"),
            .quantity("200 Millionen Euro"),
        ])
        #expect(out == ["drei Prozent accordingTo WTO", "200 Millionen Euro accordingTo WTO"])
        // A plural verb's type word is authorities at large (`registrierten die Behörden`).
        let plural = "UN-Bericht: Mehr Opfer. Im Jahr 2022 registrierten die Behörden 25 Prozent mehr Betroffene."
        #expect(try Fixture.describe(plural, [.org("UN"), .quantity("25 Prozent")]).isEmpty)
    }

    @Test(arguments: ["Im Vorjahr registrierte Graz 5000 Anträge.", "Das Amt schätzt Eurostat auf 5000 Anträge."])
    func noCounterNamed(_ text: String) throws {
        let out = try Fixture.describe(text, [.loc("Graz"), .org("Eurostat"), .quantity("5000 Anträge")])
        #expect(out.isEmpty)
    }
}

extension RealTextPatternTests {
    @Test(arguments: [
        ("Graz – Im Grazer Stadtteil Andritz brannte eine Halle.", ["Andritz locatedIn Graz"]),
        ("Im Grazer Stadtteil Andritz brannte eine Halle.", []),
        ("Graz – Im Grazer Lokal Andritz brannte eine Halle.", []),
    ])
    func placeAdjectiveBeforePlaceType(_ text: String, _ expected: [String]) throws {
        #expect(try Fixture.describe(text, [.loc("Graz"), .loc("Andritz")]) == expected)
    }

    /// A genitive type-word phrase right after a place names the place holding it.
    @Test(arguments: [
        ("Es brannte in Andritz der steirischen Landeshauptstadt Graz.", ["Andritz locatedIn Graz"]),
        ("Es brannte in Andritz der Firma von Graz.", []),
    ])
    func genitivePlaceTypeAfterAPlace(_ text: String, _ expected: [String]) throws {
        #expect(try Fixture.describe(text, [.loc("Graz"), .loc("Andritz")]) == expected)
    }

    @Test func germanCountryAdjectiveBeforePlaceType() throws {
        let text = "In Deutschland stieg die Zahl. Im deutschen Bundesland Sachsen-Anhalt sank sie."
        #expect(try Fixture.describe(text, [.country("Deutschland", iso: "DE"), .loc("Sachsen-Anhalt")])
            == ["Sachsen-Anhalt locatedIn Deutschland"])
    }

    @Test(arguments: [
        ("Der Mann aus Velden im Bezirk Villach-Land kam.", ["Velden locatedIn Villach-Land"]),
        ("Der Mann aus Velden in Villach-Land kam.", []),
        ("Es geschah östlich von Velden im Bezirk Villach-Land.", []),
    ])
    func placeTypeWordMakesAChainAfterAus(_ text: String, _ expected: [String]) throws {
        #expect(try Fixture.describe(text, [.loc("Velden"), .loc("Villach-Land")]) == expected)
    }
}

extension RealTextPatternTests {
    @Test func pronounSpeakerBeforeADativeOutlet() throws {
        let text = "Karl Huber verließ den Saal. Es sei vorbei, sagte er dem ORF."
        #expect(try Fixture.describe(text, [.per("Karl Huber"), .org("ORF")]) == ["Karl Huber said Es sei vorbei"])
    }

    @Test func konjunktivChainCarriesTheSourceOfFigures() throws {
        let text = "Die Lage sei ernst, sagte Karl Huber. Rund 5000 Menschen seien betroffen."
        let out = try Fixture.describe(text, [.per("Karl Huber"), .quantity("5000 Menschen")])
        #expect(out.contains("5000 Menschen accordingTo Karl Huber"))
    }

    @Test func speechVerbWithoutContentKeepsTheChain() throws {
        let text = "Die Lage sei ernst, sagte Karl Huber. Die Täter hätten 300 Prozent Gewinn versprochen."
        let out = try Fixture.describe(text, [.per("Karl Huber"), .quantity("300 Prozent")])
        #expect(out.contains("300 Prozent accordingTo Karl Huber"))
        let attributed = "Die Lage sei ernst, sagte Karl Huber. Die Täter hätten versprochen, dass 300 Prozent kommen."
        #expect(try !Fixture.describe(attributed, [.per("Karl Huber"), .quantity("300 Prozent")])
            .contains("300 Prozent accordingTo Karl Huber"))
    }
}

extension RealTextPatternTests {
    @Test func verbFormOfAnotherReadingKeepsTheChain() throws {
        let text = "Der Streik gehe weiter, sagte Karl Huber. Ohne Angebot müsse die Firma mit Streiks rechnen."
        let out = try Fixture.describe(text, [.per("Karl Huber")])
        #expect(out == ["Karl Huber said Der Streik gehe weiter", "Karl Huber said Ohne Angebot müsse die Firma m"])
    }
}

extension RealTextPatternTests {
    @Test func countingVerbAfterTheFigure() throws {
        let text = "Der Fahrer hatte rund 1,4 Promille, berechnet Huber aus dem Test."
        let out = try Fixture.describe(text, [.per("Huber"), .quantity("1,4 Promille")])
        #expect(out == ["1,4 Promille accordingTo Huber"])
    }

    @Test func lautWithATitledPerson() throws {
        let text = "Laut medizinischem Gutachter Paul Steiner lag der Wert bei 1,4 Promille."
        let out = try Fixture.describe(text, [.per("Paul Steiner"), .quantity("1,4 Promille")])
        #expect(out.contains("1,4 Promille accordingTo Paul Steiner"))
    }
}

extension RealTextPatternTests {
    @Test func bareSurnameTakesUpTheFullName() throws {
        let text = "Das dauert, sagte Jonas Brandt vom Verein. Die Unfälle kämen von Müdigkeit, sagte Brandt."
        let out = try Fixture.describe(text, [.per("Jonas Brandt")])
        #expect(out == ["Jonas Brandt said Das dauert", "Jonas Brandt said Die Unfälle kämen von Müdigkei"])
    }
}

extension RealTextPatternTests {
    @Test func adverbialClauseBeforeTheVerbIsNoContent() throws {
        let text = "Sobald das Boot angelegt hatte, bat Jonas Brandt die Helfer um Decken."
        #expect(try Fixture.describe(text, [.per("Jonas Brandt")]).isEmpty)
        // Nor is a purpose; a zu-infinitive after the speaker is the content then.
        let purpose = "Um die Versorgung zu sichern, forderte Jonas Brandt einen Plan."
        #expect(try Fixture.describe(purpose, [.per("Jonas Brandt")]).isEmpty)
        let advice = "Um dem Fluch zu entgehen, empfiehlt Jonas Brandt Reisenden, eigene Polster mitzunehmen."
        #expect(try Fixture.describe(advice, [.per("Jonas Brandt")])
            == ["Jonas Brandt said eigene Polster mitzunehmen"])
    }
}

extension RealTextPatternTests {
    @Test func sourceOfItsOwnEndsTheChain() throws {
        let text = "Die Lage sei ernst, sagte Karl Huber. Nach Meinung des Experten Paul Steiner sei das übertrieben."
        let out = try Fixture.describe(text, [.per("Karl Huber"), .per("Paul Steiner")])
        #expect(out == ["Karl Huber said Die Lage sei ernst"])
    }
}
