import Testing

@testable import Segmentation

/// One German news-style text and the sentences it must split into.
struct SentenceCase: Sendable, CustomStringConvertible {
    let text: String
    let sentences: [String]

    init(_ text: String, _ sentences: [String]) {
        self.text = text
        self.sentences = sentences
    }

    var description: String { String(text.prefix(50)) }
}

/// The German rules of the issue (abbreviations, ordinals and dates, initials, numbers, lists, quotes and brackets,
/// headlines and lines without final punctuation, single line breaks), on news-style examples of our own.
@Suite struct GermanNewsSentenceTests {
    static let abbreviations: [SentenceCase] = [
        SentenceCase(
            "Laut Dr. Anna Berger ist das z. B. in Graz anders.",
            ["Laut Dr. Anna Berger ist das z. B. in Graz anders."]),
        SentenceCase(
            "Der Verein Hilfe für Opfer e. V. in Linz berät kostenlos.",
            ["Der Verein Hilfe für Opfer e. V. in Linz berät kostenlos."]),
        SentenceCase("Prof. Huber sprach u.a. über Geldwäsche.", ["Prof. Huber sprach u.a. über Geldwäsche."]),
        // A figure's number after its abbreviation is no list item; its period ends the sentence.
        SentenceCase(
            "Das zeigt Abb. 3. Sie stammt aus dem Bericht.", ["Das zeigt Abb. 3.", "Sie stammt aus dem Bericht."]),
        SentenceCase(
            "Die Bande erbeutete rund 4,5 Mio. Euro. Die Polizei ermittelt.",
            ["Die Bande erbeutete rund 4,5 Mio. Euro.", "Die Polizei ermittelt."]),
        SentenceCase(
            "Der Schaden liegt bei 4,5 Mio. Die Versicherung zahlt nicht.",
            ["Der Schaden liegt bei 4,5 Mio.", "Die Versicherung zahlt nicht."]),
        SentenceCase(
            "Gefunden wurden Handys, Laptops, Pässe usw. Die Ermittler werten sie aus.",
            ["Gefunden wurden Handys, Laptops, Pässe usw.", "Die Ermittler werten sie aus."]),
        SentenceCase(
            "Der Prozess findet in Wr. Neustadt statt, bzw. im Landesgericht St. Pölten.",
            ["Der Prozess findet in Wr. Neustadt statt, bzw. im Landesgericht St. Pölten."]),
        SentenceCase(
            "Z. T. fehlen noch Unterlagen. Das Gericht vertagte.",
            ["Z. T. fehlen noch Unterlagen.", "Das Gericht vertagte."]),
        SentenceCase(
            "Der Luchs ist eine gefährdete Art. Wilderer jagen ihn trotzdem.",
            ["Der Luchs ist eine gefährdete Art.", "Wilderer jagen ihn trotzdem."]),
        SentenceCase(
            "Die Lieferung kam aus der Schweiz. Große Mengen wurden beschlagnahmt.",
            ["Die Lieferung kam aus der Schweiz.", "Große Mengen wurden beschlagnahmt."]),
        SentenceCase(
            "Die Datenrate liegt bei 10 Gbit/s. Das reicht nicht.",
            ["Die Datenrate liegt bei 10 Gbit/s.", "Das reicht nicht."]),
    ]

    static let ordinalsAndDates: [SentenceCase] = [
        SentenceCase(
            "Die Razzia fand am 24. November statt. Danach wurde Anklage erhoben.",
            ["Die Razzia fand am 24. November statt.", "Danach wurde Anklage erhoben."]),
        SentenceCase("Das Gesetz gilt ab 1. Februar 2026.", ["Das Gesetz gilt ab 1. Februar 2026."]),
        SentenceCase("Am 3. Okt. begann der Prozess.", ["Am 3. Okt. begann der Prozess."]),
        SentenceCase(
            "Die Frist endet am 3. Okt. Danach wird entschieden.",
            ["Die Frist endet am 3. Okt.", "Danach wird entschieden."]),
        SentenceCase("Das Kloster stammt aus dem 12. Jahrhundert.", ["Das Kloster stammt aus dem 12. Jahrhundert."]),
        SentenceCase("Sie belegte den 3. Platz im Finale.", ["Sie belegte den 3. Platz im Finale."]),
        SentenceCase("Der Verdächtige wohnt im 10. Bezirk.", ["Der Verdächtige wohnt im 10. Bezirk."]),
        SentenceCase("Nur jedes 100. Unternehmen zahlt.", ["Nur jedes 100. Unternehmen zahlt."]),
        SentenceCase("Der letzte und 165. Fall ist offen.", ["Der letzte und 165. Fall ist offen."]),
        SentenceCase(
            "Sie gewann den Titel und 100. Dann ging sie.", ["Sie gewann den Titel und 100.", "Dann ging sie."]),
        SentenceCase(
            "Kinder-Kostüm zum 1./2. Weltkrieg zurückgezogen.",
            ["Kinder-Kostüm zum 1./2. Weltkrieg zurückgezogen."]),
        SentenceCase("Die Tat geschah am 12.3.2025 in Linz.", ["Die Tat geschah am 12.3.2025 in Linz."]),
        SentenceCase(
            "Tore: Alba (5./Elfmeter), Iniesta (30.). Spanien führt die Gruppe an.",
            ["Tore: Alba (5./Elfmeter), Iniesta (30.).", "Spanien führt die Gruppe an."]),
        SentenceCase(
            "Weiter: 10. Bernhard Gruber, 11. Lukas Klapfer.", ["Weiter: 10. Bernhard Gruber, 11. Lukas Klapfer."]),
        SentenceCase(
            "Im Jahr 2015. Die Zahlen stiegen danach.", ["Im Jahr 2015.", "Die Zahlen stiegen danach."]),
    ]

    static let numbersInitialsQuotes: [SentenceCase] = [
        SentenceCase(
            "Die Ermittler stellten 8.000 Telefone sicher. Es ist der größte Fund.",
            ["Die Ermittler stellten 8.000 Telefone sicher.", "Es ist der größte Fund."]),
        SentenceCase("Der Schaden beträgt 1.250.000,50 Euro.", ["Der Schaden beträgt 1.250.000,50 Euro."]),
        SentenceCase(
            "Die Polizei nahm drei Verdächtige fest. 2 davon sind minderjährig.",
            ["Die Polizei nahm drei Verdächtige fest.", "2 davon sind minderjährig."]),
        // So after a bracket closing on a word.
        SentenceCase(
            "Das Geld lag bei der Landesbank (LBV). 2012 wurde sie umbenannt.",
            ["Das Geld lag bei der Landesbank (LBV).", "2012 wurde sie umbenannt."]),
        // A street cut after `str` goes on to its house number.
        SentenceCase(
            "Das Büro liegt in der Kirchenstr. 5 in Linz. Es ist neu.",
            ["Das Büro liegt in der Kirchenstr. 5 in Linz.", "Es ist neu."]),
        // A year is no ordinal: its period ends the sentence before a number too.
        SentenceCase(
            "Die Gruppe zerfiel im Jahr 2015. 2016 kam der Bruch.",
            ["Die Gruppe zerfiel im Jahr 2015.", "2016 kam der Bruch."]),
        SentenceCase(
            "Er kam 1990 nach Wien. 2014 zog er weiter.", ["Er kam 1990 nach Wien.", "2014 zog er weiter."]),
        SentenceCase(
            "Er hat auf Baustellen gearbeitet. - Eine Woche später kam er an.",
            ["Er hat auf Baustellen gearbeitet.", "- Eine Woche später kam er an."]),
        SentenceCase(
            "Das habe ich gehört. – Von welchen? – Kann ich nicht sagen.",
            ["Das habe ich gehört.", "– Von welchen?", "– Kann ich nicht sagen."]),
        SentenceCase(
            "Das Spiel geht an LeBron und Co. - Curry wirft daneben.",
            ["Das Spiel geht an LeBron und Co. - Curry wirft daneben."]),
        SentenceCase("Siehe Art. 5 des Gesetzes.", ["Siehe Art. 5 des Gesetzes."]),
        SentenceCase("Der Anwalt Thomas D. Berger widersprach.", ["Der Anwalt Thomas D. Berger widersprach."]),
        SentenceCase("Der Autor J. R. R. Tolkien schrieb viel.", ["Der Autor J. R. R. Tolkien schrieb viel."]),
        SentenceCase(
            "Festgenommen wurde Omar M. Dem Mann wird Betrug vorgeworfen.",
            ["Festgenommen wurde Omar M.", "Dem Mann wird Betrug vorgeworfen."]),
        SentenceCase(
            "„Wir machen weiter.“ Das sagte die Ministerin am Montag.",
            ["„Wir machen weiter.“", "Das sagte die Ministerin am Montag."]),
        SentenceCase(
            "„Das ist kein Zufall“, sagte sie. „Wir wissen es.“",
            ["„Das ist kein Zufall“, sagte sie.", "„Wir wissen es.“"]),
        SentenceCase(
            "„Hilfe!“, rief die Frau. Niemand kam.", ["„Hilfe!“, rief die Frau.", "Niemand kam."]),
        SentenceCase(
            "Die Zahl der Fälle stieg (das war erwartet). Sie sank später.",
            ["Die Zahl der Fälle stieg (das war erwartet).", "Sie sank später."]),
        SentenceCase(
            "Er nannte es „eine lebende Hölle.“ Die Opfer schwiegen.",
            ["Er nannte es „eine lebende Hölle.“", "Die Opfer schwiegen."]),
        SentenceCase("Woran aber dann?. Das bleibt offen.", ["Woran aber dann?.", "Das bleibt offen."]),
        SentenceCase(
            "Das Urteil (Zl. Ra 2019/01/0123) ist rechtskräftig. Die Frist lief ab.",
            ["Das Urteil (Zl. Ra 2019/01/0123) ist rechtskräftig.", "Die Frist lief ab."]),
    ]

    static let linesAndLists: [SentenceCase] = [
        SentenceCase(
            "Razzia gegen Callcenter\n\nDie Polizei durchsuchte am Montag zwölf Büros.",
            ["Razzia gegen Callcenter", "Die Polizei durchsuchte am Montag zwölf Büros."]),
        SentenceCase(
            "Razzia gegen Callcenter\nDie Polizei durchsuchte zwölf Büros.",
            ["Razzia gegen Callcenter", "Die Polizei durchsuchte zwölf Büros."]),
        SentenceCase(
            "Die Polizei durchsuchte am Montag\nzwölf Büros in drei Bezirken.",
            ["Die Polizei durchsuchte am Montag\nzwölf Büros in drei Bezirken."]),
        SentenceCase(
            "Die Opferzahlen steigen.\nQuelle: UNODC, Bericht 2025.",
            ["Die Opferzahlen steigen.", "Quelle: UNODC, Bericht 2025."]),
        SentenceCase(
            "Die Forderungen:\n1. Mehr Personal für die Polizei.\n2. Bessere Ausstattung.",
            ["Die Forderungen:", "1. Mehr Personal für die Polizei.", "2. Bessere Ausstattung."]),
        SentenceCase(
            "• Schutz für Opfer\n• Strafen für Täter", ["• Schutz für Opfer", "• Strafen für Täter"]),
        SentenceCase(
            "Razzia gegen Betrügerbande in Wien. Wien – Die Polizei hat am Montag zwölf Büros durchsucht.",
            ["Razzia gegen Betrügerbande in Wien.", "Wien – Die Polizei hat am Montag zwölf Büros durchsucht."]),
        SentenceCase(
            "Sieg in der Austrian Bowl XXXI. Klagenfurt – Die Vikings feierten.",
            ["Sieg in der Austrian Bowl XXXI.", "Klagenfurt – Die Vikings feierten."]),
        SentenceCase(
            "Mehr dazu auf der Website. www.beispiel.at", ["Mehr dazu auf der Website.", "www.beispiel.at"]),
        SentenceCase(
            "Infos unter www.beispiel.at. Die Seite ist neu.", ["Infos unter www.beispiel.at.", "Die Seite ist neu."]),
    ]

    /// Texts that lost their line breaks run a subheading into the next sentence.
    static let inlineHeadings: [SentenceCase] = [
        SentenceCase(
            "Die Polizei sucht Zeugen. Ermittler ratlos Nach wie vor fehlt jede Spur.",
            ["Die Polizei sucht Zeugen.", "Ermittler ratlos", "Nach wie vor fehlt jede Spur."]),
        SentenceCase(
            "Der Plan liegt vor. Strengere Regeln geplant Die Aufsicht will mehr Kapital sehen.",
            ["Der Plan liegt vor.", "Strengere Regeln geplant", "Die Aufsicht will mehr Kapital sehen."]),
        // Polite `Sie` is capitalised inside a sentence; a function word rules out a heading.
        SentenceCase(
            "Das ist neu. Dafür können Sie sich anmelden.", ["Das ist neu.", "Dafür können Sie sich anmelden."]),
        SentenceCase(
            "Das ist neu. Kritik an der Die Linke wächst.", ["Das ist neu.", "Kritik an der Die Linke wächst."]),
        // English openers do not count in German text (`The Hateful Eight`).
        SentenceCase(
            "Er dreht wieder. Tarantino zeigte zuletzt The Hateful Eight im Kino.",
            ["Er dreht wieder.", "Tarantino zeigte zuletzt The Hateful Eight im Kino."]),
        // One longer noun, or a heading with a figure and a preposition inside.
        SentenceCase(
            "Er stellt ihn ins Tor. Personalprobleme Die Abwehr ist dünn.",
            ["Er stellt ihn ins Tor.", "Personalprobleme", "Die Abwehr ist dünn."]),
        SentenceCase(
            "Das Wachstum steigt. 1,7 Milliarden im kommenden Jahr Zu den Details: Die Kosten sinken.",
            ["Das Wachstum steigt.", "1,7 Milliarden im kommenden Jahr", "Zu den Details: Die Kosten sinken."]),
        // A sentence adverb opens the sentence after the heading (`Angeblich`, `Dagegen`, `Ebenfalls`).
        SentenceCase(
            "Der Vertrag läuft aus. Hohe Boni Angeblich stiegen die Gehälter stark.",
            ["Der Vertrag läuft aus.", "Hohe Boni", "Angeblich stiegen die Gehälter stark."]),
        SentenceCase(
            "Er wurde berufen. Veto von oben Dagegen regt sich nun Widerstand.",
            ["Er wurde berufen.", "Veto von oben", "Dagegen regt sich nun Widerstand."]),
        // A negated noun opens a heading, though `Keine` opens sentences too; one with no opener after it stays
        // whole.
        SentenceCase(
            "Er wurde angeklagt. Kein Geständnis vor Gericht Im Prozess schwieg er.",
            ["Er wurde angeklagt.", "Kein Geständnis vor Gericht", "Im Prozess schwieg er."]),
        SentenceCase(
            "Zwei Menschen wurden verletzt. Keine Frage, die Lage ist ernst.",
            ["Zwei Menschen wurden verletzt.", "Keine Frage, die Lage ist ernst."]),
        // An article makes it a sentence running on into a name, not a heading.
        SentenceCase(
            "Sie hält sieben Mandate. Jankovics gehört zur Liste Die Unabhängigen, die wuchs.",
            ["Sie hält sieben Mandate.", "Jankovics gehört zur Liste Die Unabhängigen, die wuchs."]),
        SentenceCase(
            "Das ist neu. Ab 2016 läuft in der ARD Die Stadt und die Macht.",
            ["Das ist neu.", "Ab 2016 läuft in der ARD Die Stadt und die Macht."]),
    ]

    /// `orientieren.(András Szigetvari, 19.1.2016)`: a bracket glued to a final stop opens the next sentence.
    @Test func openingBracketGluedToAStopOpensTheNextSentence() throws {
        #expect(try Self.sentences(of: "Sie sollten sich orientieren.(Anna Berger, 19.1.2016)")
            == ["Sie sollten sich orientieren.", "(Anna Berger, 19.1.2016)"])
    }

    /// An article never follows an ordinal: after `N.` it opens the next sentence, where a noun or a name would
    /// have made `N.` an ordinal.
    @Test func articleAfterANumberOpensASentence() throws {
        #expect(try Self.sentences(of: "Sie siegte gegen die Weltranglisten-110. Der Sieg war knapp.")
            == ["Sie siegte gegen die Weltranglisten-110.", "Der Sieg war knapp."])
        #expect(try Self.sentences(of: "Die Frist endet am 3. Die Anwälte warten.")
            == ["Die Frist endet am 3.", "Die Anwälte warten."])
        #expect(try Self.sentences(of: "Die Weltranglisten-19. Anna Berg siegte am 3. Oktober.")
            == ["Die Weltranglisten-19. Anna Berg siegte am 3. Oktober."])
    }

    /// An agency's dated credit in brackets closes what it signs; the text after it opens a sentence.
    @Test func datedCreditClosesItsText() throws {
        #expect(try Self.sentences(of: "Rapid hatte einen Aussetzer. (APA, 18.3.2016) SV Ried – SK Rapid 2:1")
            == ["Rapid hatte einen Aussetzer.", "(APA, 18.3.2016)", "SV Ried – SK Rapid 2:1"])
        // Also before a results table that opens with a number.
        #expect(try Self.sentences(of: "Ogier siegte. (APA/dpa, 23.8.2015) 9. Lauf zur Rallye-WM: 1. Ogier")
            == ["Ogier siegte.", "(APA/dpa, 23.8.2015)", "9. Lauf zur Rallye-WM: 1. Ogier"])
        #expect(try Self.sentences(of: "Der Vertrag (gültig ab 1.3.2016) Teil zwei folgt.")
            == ["Der Vertrag (gültig ab 1.3.2016) Teil zwei folgt."])
    }

    /// A handle after a stop opens an embedded tweet; inside a sentence it opens nothing.
    @Test func handleAfterAStopOpensATweet() throws {
        #expect(try Self.sentences(of: "Das hält er für wichtig. @huber Player counts have grown.")
            == ["Das hält er für wichtig.", "@huber Player counts have grown."])
        #expect(try Self.sentences(of: "Er schrieb an @huber eine Nachricht.")
            == ["Er schrieb an @huber eine Nachricht."])
    }

    /// An embedded tweet ends with its picture link; only a capital after the link opens a sentence.
    @Test func tweetPictureLinkEndsTheTweet() throws {
        #expect(try Self.sentences(of: "Wir sind zurück in Wien pic.twitter.com/aB3xY9 Huber meinte, es sei ein Test.")
            == ["Wir sind zurück in Wien pic.twitter.com/aB3xY9", "Huber meinte, es sei ein Test."])
        #expect(try Self.sentences(of: "Das Bild pic.twitter.com/aB3xY9 zeigt die Halle.")
            == ["Das Bild pic.twitter.com/aB3xY9 zeigt die Halle."])
        #expect(try Self.sentences(of: "Siehe example.com/aB3xY9 Huber meinte das.")
            == ["Siehe example.com/aB3xY9 Huber meinte das."])
        #expect(try Self.sentences(of: "Beleidigen, dann relativieren. https://t.co/vDhb8 SPD-Chef Huber sagte das.")
            == ["Beleidigen, dann relativieren.", "https://t.co/vDhb8", "SPD-Chef Huber sagte das."])
        // After a stop the picture link is a sentence of its own, as the short link is.
        #expect(try Self.sentences(of: "Unverpixelt. Grauenhaft. pic.twitter.com/aB3xY9 Huber meinte das.")
            == ["Unverpixelt.", "Grauenhaft.", "pic.twitter.com/aB3xY9", "Huber meinte das."])
    }

    @Test(arguments: inlineHeadings)
    func inlineHeading(_ example: SentenceCase) throws {
        #expect(try Self.sentences(of: example.text) == example.sentences)
    }

    @Test(arguments: abbreviations)
    func abbreviation(_ example: SentenceCase) throws {
        #expect(try Self.sentences(of: example.text) == example.sentences)
    }

    @Test(arguments: ordinalsAndDates)
    func ordinalOrDate(_ example: SentenceCase) throws {
        #expect(try Self.sentences(of: example.text) == example.sentences)
    }

    @Test(arguments: numbersInitialsQuotes)
    func numberInitialOrQuote(_ example: SentenceCase) throws {
        #expect(try Self.sentences(of: example.text) == example.sentences)
    }

    @Test(arguments: linesAndLists)
    func lineOrList(_ example: SentenceCase) throws {
        #expect(try Self.sentences(of: example.text) == example.sentences)
    }

    /// The exact sentence texts (no white space collapsing): spans exclude the white space around them.
    static func sentences(of text: String) throws -> [String] {
        let document = try SegmentationFixture.segmented(text, language: "de")
        return document.sentences.map { document.text(of: $0.span) }
    }
}
