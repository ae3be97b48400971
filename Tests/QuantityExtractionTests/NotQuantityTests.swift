import NewsGraphCore
import Testing

/// Numbers and number-like words that the guidelines say are not quantities.
struct NotQuantityTests {
    @Test(arguments: [
        "Rapid gewann das Spiel 2:1 gegen Salzburg.",
        "Die Sendung beginnt um 20.15 Uhr im Hauptabend.",
        "Der 1. FC Köln verlor am Wochenende.",
        "Das regelt § 3 des Gesetzes.",
        "Er wohnt in Zimmer Nr. 5 im Erdgeschoß.",
        "Sie erreichen uns unter 0664/1234567 jederzeit.",
        "Rückfragen bitte an die Pressestelle, Telefon: 040 4286-56211",
        "Pressekontakt: Telefon 0541 / 7101-0 oder 0221 / 123 45 67",
        "Sie sprach über einen Film aus Frankreich.",
        "Einen Monat später kam der Brief.",
        "Tausende Besucher kamen zum Konzert.",
        "Mehrere Millionen Euro fehlen in der Kasse.",
        "Etwa die Hälfte stimmte dagegen.",
        "Drei Viertel der Befragten waren zufrieden.",
        "Der Ton liegt ungefähr eine halbe Oktave tiefer.",
        "Er regierte mehr als ein halbes Jahrhundert lang.",
        "Das neue iPhone 7 kommt im Herbst.",
        "Er sah dem ORF 2 Abend für Abend zu.",
        "Einen Fix soll es mit iOS 9.3 geben.",
        "Die Partei gewann in der 3. Runde.",
        "Die Impfung gegen Covid-19 wirkt.",
        "Im Jahr 2016 kam er nach Wien.",
        "Einmal im Monat trifft sich der Verein.",
        "Die Partei landete auf Platz fünf.",
        "Besser wäre etwa ein Taschenalarm für die Nacht.",
        "Bis zu einem möglichen Prozess könnte es Monate dauern.",
        "POL-HH: 240315-2. Festnahme nach Raub in Altona.",
        "So steht es im Urteil (4 Ob 12/16y), das vorliegt.",
        "Das entschied das Gericht (10 Cg 17/15b-8).",
    ])
    func noQuantity(text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.quantities.isEmpty, "\(document.quantities.map { document.text(of: $0.span) })")
    }

    /// A small number whose period ends the sentence before a capitalised word is an ordinal, but not after a
    /// preposition of change, which takes a figure.
    @Test func figureAfterAufAtTheSentenceEnd() throws {
        let document = try Fixture.run("Die Zahl sank von 591 auf 395.\n\nPräsentiert wurde der Bericht am Montag.")
        #expect(Fixture.quantity("395", in: document) != nil)
        let ordinal = try Fixture.run("Der letzte und 165. Fall wurde gestern verhandelt.")
        #expect(Fixture.quantity("165", in: ordinal) == nil)
        // Nor before an article that opens the next sentence.
        let article = try Fixture.run("2023 wurden 140 Opfer gezählt, 2022 waren es 117. Die Zahl stieg damit.")
        #expect(Fixture.quantity("117", in: article) != nil)
    }
}
