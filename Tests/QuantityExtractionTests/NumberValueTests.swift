import NewsGraphCore
import Testing

/// Values of German numbers in running text.
struct NumberValueTests {
    @Test(arguments: [
        ("Die Polizei zählte 12.500 Demonstranten.", "12.500 Demonstranten", 12_500.0),
        ("Der Umsatz stieg um 3,7 Prozent.", "3,7 Prozent", 3.7),
        ("Das Land erhielt 2,4 Millionen Euro.", "2,4 Millionen Euro", 2_400_000.0),
        // (Exactly, not the binary product 4099999.9999999995.)
        ("Gesichert wurden 4,1 Millionen Euro.", "4,1 Millionen Euro", 4_100_000.0),
        ("Spotify wurde mit 8,2 Milliarden Dollar bewertet.", "8,2 Milliarden Dollar", 8_200_000_000.0),
        ("Es kamen zwei Dutzend Menschen.", "zwei Dutzend Menschen", 24.0),
        ("Europaweit will GE 6.500 Stellen streichen.", "6.500 Stellen", 6_500.0),
        // (After an acronym with its article a figure of two digits or more counts the noun after it.)
        ("Im Jahr registrierte das BKA 52 Verfahren.", "52 Verfahren", 52.0),
        ("In den USA ruft GM 1,4 Millionen Wagen zurück.", "1,4 Millionen Wagen", 1_400_000.0),
        ("Mehr als ein Dutzend Anzeigen gingen ein.", "ein Dutzend Anzeigen", 12.0),
        ("Die Schulden liegen bei 1,2 Mrd. Dollar.", "1,2 Mrd. Dollar", 1_200_000_000.0),
        ("Es kamen dreiundzwanzig Gäste.", "dreiundzwanzig Gäste", 23.0),
        ("Sie sammelten einhundertzwanzig Unterschriften.", "einhundertzwanzig Unterschriften", 120.0),
        ("Er hat zweitausendfünfhundert Bücher.", "zweitausendfünfhundert Bücher", 2_500.0),
        ("Der Bau dauert zweieinhalb Jahre.", "zweieinhalb Jahre", 2.5),
        ("Die Firma beschäftigt 1.234.567 Menschen.", "1.234.567 Menschen", 1_234_567.0),
        ("Die Miete beträgt 10.000,50 Euro.", "10.000,50 Euro", 10_000.5),
        ("Er war zwölf Tage unterwegs.", "zwölf Tage", 12.0),
        // The genitive forms of zwei and drei before their noun.
        ("Nach der Kollision zweier Züge gab es Verletzte.", "zweier Züge", 2.0),
        ("Sie ist die Mutter dreier Kinder.", "dreier Kinder", 3.0),
        ("Der Fonds verwaltet 300 Mio. Franken.", "300 Mio. Franken", 300_000_000.0),
        ("Sie warteten anderthalb Stunden.", "anderthalb Stunden", 1.5),
        ("Insgesamt fehlt eine halbe Milliarde Dollar.", "eine halbe Milliarde Dollar", 500_000_000.0),
        ("Sie spendeten mehr als einer halben Million Menschen.", "einer halben Million Menschen", 500_000.0),
        ("Er vergab ein halbes Dutzend Torchancen.", "ein halbes Dutzend Torchancen", 6.0),
        ("Es gibt 30 % mehr Anträge.", "30 %", 30.0),
        // Swiss thousands of seven characters and more are no file numbers.
        ("Die Opfer verloren 380'000 Franken.", "380'000 Franken", 380_000.0),
        ("Der Schaden beträgt 1'200'000 Franken.", "1'200'000 Franken", 1_200_000.0),
    ])
    func value(text: String, span: String, expected: Double) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.value == expected)
    }

    @Test(arguments: [
        ("Gesucht werden zwei bis drei Millionen Euro.", "zwei bis drei Millionen Euro", 2_000_000.0, 3_000_000.0),
        ("Die Kosten liegen zwischen 40 und 60 Euro.", "40 und 60 Euro", 40.0, 60.0),
        ("Betroffen sind 20- bis 30.000 Haushalte.", "20- bis 30.000 Haushalte", 20_000.0, 30_000.0),
        ("Das dauert 10-14 Tage.", "10-14 Tage", 10.0, 14.0),
        ("Die Kinder waren sechs bis zwölf Jahre alt.", "sechs bis zwölf Jahre", 6.0, 12.0),
        ("Es wurden von 500 bis 800 Teilnehmer erwartet.", "500 bis 800 Teilnehmer", 500.0, 800.0),
        ("Das dauert ein bis zwei Wochen.", "ein bis zwei Wochen", 1.0, 2.0),
        // The higher bound written first.
        ("Der Anteil pendelte zwischen 64 und 50 Prozent.", "64 und 50 Prozent", 50.0, 64.0),
        // The spoken range of neighbouring figures, with a comma.
        ("Dafür wären zwei, drei Jahre nötig.", "zwei, drei Jahre", 2.0, 3.0),
        ("Die Einkommen steigen um 30, 40 Prozent.", "30, 40 Prozent", 30.0, 40.0),
        ("So schwer war es nie in den letzten zehn, zwölf Jahren.", "zehn, zwölf Jahren", 10.0, 12.0),
        // Or with `oder`.
        ("Wir brauchen sieben oder acht Torchancen.", "sieben oder acht Torchancen", 7.0, 8.0),
        ("Man braucht 400 oder 500 Kilometer Reichweite.", "400 oder 500 Kilometer", 400.0, 500.0),
    ])
    func range(text: String, span: String, low: Double, high: Double) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.minValue == low)
        #expect(quantity.maxValue == high)
        #expect(quantity.value == nil)
    }

    /// A list of figures is no range (`drei, vier, fünf Kinder`), nor are figures far apart (`5 oder 10`); a digit
    /// after a stray space before a percent is a decimal (`5, 3 Prozent`).
    @Test func commaBetweenFiguresThatAreNoSpokenRange() throws {
        let list = try Fixture.run("Mütter mit drei, vier, fünf Kleinkindern warteten.")
        #expect(try #require(Fixture.quantity("fünf Kleinkindern", in: list)).value == 5)
        let apart = try Fixture.run("Es kamen 2, 7 Kinder.")
        #expect(try #require(Fixture.quantity("7 Kinder", in: apart)).value == 7)
        let alternatives = try Fixture.run("Er zahlte 5 oder 10 Euro.")
        #expect(try #require(Fixture.quantity("10 Euro", in: alternatives)).value == 10)
        let decimal = try Fixture.run("Etwa die Hälfte (5, 3 Prozent) war da.")
        #expect(try #require(Fixture.quantity("5, 3 Prozent", in: decimal)).value == 5.3)
    }

    @Test(arguments: [
        ("Sie feierte ihren dreißigjährigen Dienst.", "dreißigjährigen", 30.0, "Jahr"),
        ("Ein 34-Jähriger wurde verletzt.", "34-Jähriger", 34.0, "Jahr"),
        ("Nach einem zehntägigen Streik endete der Konflikt.", "zehntägigen", 10.0, "Tag"),
        ("Das Team gewann dreimal in Folge.", "dreimal", 3.0, "Mal"),
        ("Der Schaden ist sechsstellig.", "sechsstellig", 6.0, "Stelle"),
        ("Er verließ das 12-stöckige Gebäude.", "12-stöckige", 12.0, "Stock"),
        ("Gefunden wurden 200-Euro-Scheine.", "200-Euro", 200.0, "Euro"),
    ])
    func insideWords(text: String, span: String, value: Double, unit: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
    }

    /// `zwei 17-Jährige`: the age noun, a quantity of its own, is what the number counts; the count's span is the
    /// number alone. An age adjective stands before the counted noun like any adjective.
    @Test func countOfPeopleNamedByTheirAge() throws {
        let nouns = try Fixture.run("Die Polizei nahm zwei 19-Jährige fest.")
        let count = try #require(Fixture.quantity("zwei", in: nouns))
        #expect(count.value == 2)
        #expect(count.unit == "19-Jährige")
        #expect(try #require(Fixture.quantity("19-Jährige", in: nouns)).unit == "Jahr")
        let adjective = try Fixture.run("Drei 14-jährige Mädchen wurden befreit.")
        #expect(try #require(Fixture.quantity("Drei 14-jährige Mädchen", in: adjective)).unit == "Mädchen")
    }

    /// `312 Opfer (2023: 268)`: the count of another year in brackets counts the same; a decimal there is a part
    /// of an amount whose multiplier follows (`6,31 (2014: 4,86) Millionen Euro`) and no count.
    @Test func countOfAnotherYearInBrackets() throws {
        let document = try Fixture.run("Die Ermittler identifizierten 312 Opfer (2023: 268), ein Plus.")
        let earlier = try #require(Fixture.quantity("268", in: document))
        #expect(earlier.value == 268)
        #expect(earlier.unit == "Opfer")
        let decimal = try Fixture.run("Es blieb ein Gewinn von 6,31 (2014: 4,86) Millionen Euro.")
        #expect(Fixture.quantity("4,86", in: decimal) == nil)
    }

    /// `das Achtfache`, `zweifacher`, `das 27-fache`: the number alone, no counted thing; `einfach` is no number.
    @Test(arguments: [
        ("Der Verkehr wird um das Achtfache wachsen.", "Achtfache", 8.0),
        ("Er ist zweifacher Weltmeister.", "zweifacher", 2.0),
        ("Der Preis stieg auf das 27-fache.", "27-fache", 27.0),
        // A verb on a multiple, its `ver-` left off.
        ("Die Zahl könnte sich verzehnfachen.", "verzehnfachen", 10.0),
        ("Die Preise haben sich verdreifacht.", "verdreifacht", 3.0),
    ])
    func multiplicatives(text: String, span: String, value: Double) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.value == value)
        #expect(quantity.unit == nil)
    }

    @Test func einfachIsNoNumber() throws {
        #expect(try Fixture.run("Das ist ganz einfach zu lösen.").quantities.isEmpty)
        #expect(try Fixture.run("Das hat die Sache vereinfacht und verfälscht.").quantities.isEmpty)
    }
}

/// Ages written in brackets after a name.
struct AgeInBracketsTests {
    /// A whole number in brackets after a place counts for it, in the things counted before; after a person it
    /// is an age.
    @Test func countInBracketsAfterAPlace() throws {
        let document = try Fixture.run(
            "Laut Bericht stammten 312 Opfer aus Deutschland, gefolgt von Rumänien (147) und Nigeria (64).",
            places: ["Deutschland", "Rumänien", "Nigeria"])
        let count = try #require(Fixture.quantity("147", in: document))
        #expect(count.unit == "Opfer" && count.kind == .count && count.event == .victims)
        #expect(try #require(Fixture.quantity("64", in: document)).kind == .count)
    }

    /// So does one after an organisation, a party's or club's figure, no age.
    @Test func countInBracketsAfterAnOrganisation() throws {
        let document = try Fixture.run(
            "Es gab 3.378 Anfragen, die meisten von der FPÖ (2.496), gefolgt von den NEOS (418).",
            organisations: ["FPÖ", "NEOS"])
        let count = try #require(Fixture.quantity("418", in: document))
        #expect(count.kind == .count && count.unit == "Anfrage")
        let table = try Fixture.run("Gent liegt mit 7 Punkten vor Valencia (6).", organisations: ["Valencia"])
        #expect(try #require(Fixture.quantity("6", in: table)).kind != .age)
    }

    /// In a list of shares a figure in brackets after a place is a share too, the list's unit given before it or
    /// after it; a fraction in brackets beside counts counts none of them.
    @Test func shareInBracketsAfterAPlace() throws {
        let document = try Fixture.run(
            "Die Quote liegt in Polen bei 4,2 Prozent, vor Ungarn (3,9) und Tschechien (3,1).",
            places: ["Polen", "Ungarn", "Tschechien"])
        for figure in ["3,9", "3,1"] {
            let share = try #require(Fixture.quantity(figure, in: document))
            #expect(share.kind == .percentage && share.unit == "Prozent")
        }
        let before = try Fixture.run(
            "Vorne liegen Kärnten (22,5) und Tirol (21,0 Prozent).", places: ["Kärnten", "Tirol"])
        #expect(try #require(Fixture.quantity("22,5", in: before)).unit == "Prozent")
        let counts = try Fixture.run(
            "Mit Polen (3,16) und Ungarn (3,05) folgen zwei weitere Staaten.", places: ["Polen", "Ungarn"])
        let fraction = try #require(Fixture.quantity("3,16", in: counts))
        #expect(fraction.unit == nil && fraction.value == 3.16)
    }

    /// `Mit 13 fing er an`: a bare number from 10 to 99 after `mit` is an age; not a vote, a list of figures or the
    /// figure of a count the sentence names.
    @Test func ageAfterMit() throws {
        let ages = ["Mit 13 fing er an zu boxen.", "Er war schon mit 17 aufgefallen.", "Heute, mit 68, lebt er hier."]
        for text in ages {
            let document = try Fixture.run(text)
            let age = try #require(document.quantities.first)
            #expect(age.kind == .age && age.unit == "Jahr", "\(text)")
        }
        for text in [
            "Der Antrag wurde mit 17 zu 3 Stimmen angenommen.", "Es gibt ihn mit 32, 64 und 128 GB Speicher.",
            "Die Zahl der Haftbefehle ist mit 17 gering.",
        ] {
            let document = try Fixture.run(text)
            #expect(!document.quantities.contains { $0.kind == .age }, "\(text)")
        }
    }

    /// `Eine Frau über 40`, `Kinder unter 14`: a bare number after `über` or `unter` right after a noun for persons is
    /// their age, older or younger than it.
    @Test func ageAfterAPersonNoun() throws {
        let older = try #require(Fixture.run("Eine Frau über 40 wurde bestraft.").quantities.first)
        #expect(older.kind == .age && older.unit == "Jahr" && older.modifier == .moreThan && older.event == nil)
        let younger = try #require(Fixture.run("Kinder unter 14 dürfen nicht hinein.").quantities.first)
        #expect(younger.kind == .age && younger.modifier == .lessThan)
    }

    @Test func ageAfterAName() throws {
        let document = try Fixture.run("Der Angeklagte Markus T. (34) schwieg vor Gericht.")
        let quantity = try #require(Fixture.quantity("34", in: document))
        #expect(quantity.value == 34)
        #expect(quantity.kind == .age)
        #expect(quantity.unit == "Jahr")
    }

    @Test func severalAgesInOneBracketAfterPeople() throws {
        let document = try Fixture.run(
            "Die Polizei nahm zwei Tatverdächtige (34, 41) fest. Die Werte (12, 15) stiegen.")
        let ages = document.quantities.filter { $0.kind == .age }
        #expect(ages.map(\.value) == [34, 41])
        #expect(ages.allSatisfy { $0.unit == "Jahr" && $0.event == nil })
        #expect(try #require(Fixture.quantity("zwei Tatverdächtige", in: document)).event == .arrested)
    }

    @Test func ageSetOffByCommasAfterAPerson() throws {
        let text = "Anna Wrona, 46, berät seit elf Jahren. Dann kamen Männer, 46, an."
        let document = try Fixture.run(text, persons: ["Anna Wrona"])
        let age = try #require(Fixture.quantity("46", in: document))
        #expect(age.kind == .age)
        #expect(age.unit == "Jahr")
        // Not after a noun that names no one: a count set off is no age.
        #expect(document.quantities.filter { $0.kind == .age }.count == 1)
    }

    @Test func yearInBracketsIsNoAge() throws {
        let document = try Fixture.run("Der Film Funny Games (1997) lief im Kino.")
        #expect(document.quantities.isEmpty)
    }
}
