import NewsGraphCore
import Testing

/// Modifiers, counted nouns, kinds and events.
struct ModifierUnitEventTests {
    @Test(arguments: [
        ("Es kamen mehr als 300 Menschen.", "300 Menschen", Quantity.Modifier.moreThan),
        ("Es kamen über 300 Menschen.", "300 Menschen", .moreThan),
        ("Es kamen gut 300 Menschen.", "300 Menschen", .moreThan),
        ("Es kamen rund 300 Menschen.", "300 Menschen", .about),
        ("Es kamen ca. 300 Menschen.", "300 Menschen", .about),
        ("Es arbeiten schätzungsweise 300 Menschen dort.", "300 Menschen", .about),
        ("Es arbeiten geschätzt 300 Menschen dort.", "300 Menschen", .about),
        ("Es fehlen geschätzte 300 Menschen.", "300 Menschen", .about),
        // (After the number `geschätzt` is the verb: the figure is the estimate itself.)
        ("Der Schaden wird auf 300 Euro geschätzt.", "300 Euro", nil),
        ("Es kamen knapp 300 Menschen.", "300 Menschen", .lessThan),
        ("Es kamen beinahe 300 Menschen.", "300 Menschen", .lessThan),
        ("Es kamen weniger als 300 Menschen.", "300 Menschen", .lessThan),
        ("Es kamen mindestens 300 Menschen.", "300 Menschen", .atLeast),
        ("Die Quote liegt bei unter zehn Prozent.", "zehn Prozent", .lessThan),
        ("Die meisten waren älter als 60 Jahre.", "60 Jahre", .moreThan),
        ("Die Kinder waren jünger als 14 Jahre.", "14 Jahre", .lessThan),
        ("Es drohen bis zu fünf Jahre Haft.", "fünf Jahre", .atMost),
        ("Er blieb mehr als einen Monat.", "einen Monat", .moreThan),
        ("Er hat zumindest einen Fehler gemacht.", "einen Fehler", .atLeast),
        ("Die Sitzung dauerte ca. eine Stunde.", "eine Stunde", .about),
        ("Die Sitzung dauerte etwa eine Stunde.", "eine Stunde", .about),
        ("Es drohen bis zu einem Jahr Haft.", "einem Jahr", .atMost),
        ("Etwa einer von drei Befragten stimmte zu.", "einer von drei Befragten", .about),
        // A bound set after the quantity.
        ("Es müssten 100.000 Unterschriften oder mehr sein.", "100.000 Unterschriften", .atLeast),
        ("Der Anteil soll auf 40 Prozent und mehr steigen.", "40 Prozent", .atLeast),
        ("Es kostet 20 Euro oder weniger.", "20 Euro", .atMost),
    ])
    func modifier(text: String, span: String, expected: Quantity.Modifier?) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.modifier == expected)
    }

    /// A number glued to its unit takes the modifier before it (`ein etwa vierjähriges Kind`, `ein rund
    /// 30-jähriger Mann`), but `um die` before an adjective is `um` and the noun's article.
    @Test func modifierBeforeANumberGluedToItsUnit() throws {
        let document = try Fixture.run("Sie fanden ein etwa vierjähriges Kind. Ein rund 30-jähriger Mann floh.")
        #expect(try #require(Fixture.quantity("vierjähriges", in: document)).modifier == .about)
        #expect(try #require(Fixture.quantity("30-jähriger", in: document)).modifier == .about)
        let article = try Fixture.run("Er bückte sich, um die vierjährige Lena zu packen.")
        #expect(try #require(Fixture.quantity("vierjährige", in: article)).modifier == nil)
    }

    /// `mehr` before a noun is its determiner, no bound of the count before it.
    @Test func mehrBeforeANounIsNoBound() throws {
        let document = try Fixture.run("Er hat drei Kinder und mehr Geld.")
        let quantity = try #require(Fixture.quantity("drei Kinder", in: document))
        #expect(quantity.modifier == nil)
    }

    /// `mehr als` right after a share compares it (`zwei Prozentpunkte mehr als zwei Jahre zuvor`); after a span of
    /// time it bounds the next number (`innerhalb von 24 Stunden mehr als 580 Menschen`).
    @Test func moreThanAfterAShareIsAComparison() throws {
        let share = try Fixture.run("Der Anteil stieg um zwei Prozentpunkte mehr als zwei Jahre zuvor.")
        #expect(try #require(Fixture.quantity("zwei Jahre", in: share)).modifier == nil)
        let span = try Fixture.run("Es wurden innerhalb von 24 Stunden mehr als 580 Menschen gerettet.")
        #expect(try #require(Fixture.quantity("580 Menschen", in: span)).modifier == .moreThan)
    }

    /// `unter` before persons in the dative plural means "among" (`eine Befragung unter 2800 Flüchtlingen`), and
    /// `ein` after it is an article (`unter einer Decke`) except before a unit of measure.
    @Test func underMeaningAmong() throws {
        let among = try Fixture.run("Eine Befragung unter 2800 Flüchtlingen zeigt das.")
        #expect(try #require(Fixture.quantity("2800 Flüchtlingen", in: among)).modifier == nil)
        let asked = try Fixture.run("Eine Umfrage unter 500 Befragten zeigt das.")
        #expect(try #require(Fixture.quantity("500 Befragten", in: asked)).modifier == nil)
        let article = try Fixture.run("Sie fanden den Schlüssel unter einer Decke.")
        #expect(article.quantities.isEmpty)
        let duration = try Fixture.run("Er blieb unter einem Jahr.")
        #expect(try #require(Fixture.quantity("einem Jahr", in: duration)).modifier == .lessThan)
    }

    @Test func overMeaningWorth() throws {
        let document = try Fixture.run("Er legte Rechnungen über 50.000 Euro vor.")
        let quantity = try #require(Fixture.quantity("50.000 Euro", in: document))
        #expect(quantity.modifier == nil)
    }

    @Test(arguments: [
        ("Die Polizei fand 40 Gewehre.", "40 Gewehre", "Gewehr"),
        ("Es wurden 12 Kindern geholfen.", "12 Kindern", "Kind"),
        ("Sie besuchte 17 Ländern.", "17 Ländern", "Land"),
        ("Die Zahl stieg auf 25 Prozent.", "25 Prozent", "Prozent"),
        ("Er zahlte 40 US-Dollar.", "40 US-Dollar", "US-Dollar"),
        ("Er zahlte 3,1 Millionen Schweizer Franken.", "3,1 Millionen Schweizer Franken", "Schweizer Franken"),
        ("Er zahlte 950 Millionen Won.", "950 Millionen Won", "Won"),
        ("Es kamen 3.000 neue Mitglieder dazu.", "3.000 neue Mitglieder", "Mitglied"),
        ("Er besitzt 2 Häuser.", "2 Häuser", "Haus"),
        ("Die Strecke ist 42 km lang.", "42 km", "Kilometer"),
        // Nominalised adjectives in the Duden citation form (seed gold `Pädokriminelle`).
        ("Die Polizei sucht fünf Verdächtige.", "fünf Verdächtige", "Verdächtige"),
        ("Es gab 30 Toten zu beklagen.", "30 Toten", "Tote"),
        // Also as the head of a compound the lexicon does not hold.
        ("Es kamen 3.000 Schutzsuchende an.", "3.000 Schutzsuchende", "Schutzsuchende"),
        // And a participle as a noun that no list holds, by its prefix or `-iert`.
        ("Man sprach mit 500 Befragten.", "500 Befragten", "Befragte"),
        ("Es gab 40 Nominierten.", "40 Nominierten", "Nominierte"),
        // `Beamter` is its own citation form (GUIDELINES), and so are its compounds.
        ("Im Einsatz waren 300 Polizeibeamte.", "300 Polizeibeamte", "Polizeibeamter"),
        ("Sie unterrichtet 12 Lehrern.", "12 Lehrern", "Lehrer"),
        ("Es kamen drei Mütter.", "drei Mütter", "Mutter"),
        ("Es gab 2.000 SIM-Karten.", "2.000 SIM-Karten", "SIM-Karte"),
        // A unit per unit written with a slash, listed whole.
        ("Er fuhr mit 130 km/h durch den Ort.", "130 km/h", "km/h"),
        ("Das Netz schafft 50 Mbit/s im Download.", "50 Mbit/s", "Mbit/s"),
        // A measure per unit of time written out is one rate too; a price per month is the money.
        ("Die Kapsel fliegt mit 300 Metern pro Sekunde.", "300 Metern pro Sekunde", "Meter pro Sekunde"),
        ("Das Abo kostet 5 Euro pro Monat.", "5 Euro", "Euro"),
        // A part of a plural in the genitive: the noun is the unit, outside the span.
        ("Laut Statistik hatten 901 der Taten ein Motiv.", "901", "Tat"),
        ("Es stimmten 178 der 300 Gewehre.", "178", "Gewehr"),
        // A compound on a noun of people whose plural is its singular.
        ("Rund 3,3 Millionen der Zwangsarbeiter waren Kinder.", "3,3 Millionen", "Zwangsarbeiter"),
        ("Die Behörde sprach von 33 leicht verletzten Flüchtlingen.", "33 leicht verletzten Flüchtlingen", "Flüchtling"),
        ("Es folgten drei weitere kurze Kontakte.", "drei weitere kurze Kontakte", "Kontakt"),
        // An uninflected adverb before the adjective too, but no number word.
        ("Gezählt wurden 7.300 neu ankommende Menschen.", "7.300 neu ankommende Menschen", "Mensch"),
        ("Es blieben zwei statt vier Verstöße.", "vier Verstöße", "Verstoß"),
        // `weitere` with its noun left out: in the span, the noun from the count before.
        ("Zwei Menschen starben, 80 weitere wurden verletzt.", "80 weitere", "Mensch"),
        ("In Myanmar sind 120.000 Menschen gefangen, in Kambodscha weitere 100.000.", "100.000", "Mensch"),
        // A count joined by `und` and a modifier to the one before.
        ("50 Millionen Menschen sind Sklaven, davon 27 Millionen in Zwangsarbeit und etwa 22 Millionen in Ehen.",
         "22 Millionen", "Mensch"),
        // Millions left unnamed after an amount of money, the sentence's last figure with a unit.
        ("Der Gewinn betrug 571 Millionen Euro, nach einem Minus von 114 Millionen.", "114 Millionen", "Euro"),
        ("Es waren 236 Milliarden US-Dollar – 64 Milliarden mehr als 2014.", "64 Milliarden", "US-Dollar"),
        // Or a list of millions after `mit` that goes on from the sentence before, whose last figure was money.
        ("Europa lag bei 84 Milliarden US-Dollar. Es folgen Asien mit 62 Milliarden, Amerika mit 52 Milliarden.",
         "52 Milliarden", "US-Dollar"),
        // A plural noun right before a number set off by commas.
        ("Am meisten Beschwerden, nämlich 66, gab es dort.", "66", "Beschwerde"),
        ("Die meisten Opfer, rund 300, waren Frauen.", "300", "Opfer"),
        // The noun the clause's `Zahl der` names.
        ("Die Zahl der Opfer stieg im Vorjahr um 20 Prozent auf 1.230 an.", "1.230", "Opfer"),
        // A compound joined by a hyphen there is one noun.
        ("Die Zahl der Sextortion-Fälle stieg auf 2.180.", "2.180", "Sextortion-Fall"),
        // Adjectives joined by `und`, `oder` or a comma (with the same ending), and graded by an adverb.
        ("Es gibt 40 kleine und große Häuser.", "40 kleine und große Häuser", "Haus"),
        ("Man fand 20 alte, kaputte Autos.", "20 alte, kaputte Autos", "Auto"),
        ("Die Flora umfasst 3.600 heimische oder schon länger eingebürgerte Arten.",
         "3.600 heimische oder schon länger eingebürgerte Arten", "Art"),
    ])
    func unit(text: String, span: String, expected: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.unit == expected)
    }

    /// A singular noun before a number set off by commas counts nothing (`Lavanttal-Arena, 3.100,` in a result).
    @Test func singularNounBeforeASetOffNumberGivesNoUnit() throws {
        let document = try Fixture.run("Das Stadion, 3.100, war voll.")
        #expect(try #require(Fixture.quantity("3.100", in: document)).unit == nil)
    }

    @Test func furtherMillionsAreNoCountOfTheNounBefore() throws {
        let document = try Fixture.run("Es kamen 30 Besucher. Der Bau kostet weitere 30 bis 60 Millionen.")
        #expect(try #require(Fixture.quantity("30 bis 60 Millionen", in: document)).unit == nil)
    }

    @Test func commaBetweenWordsOfOtherEndingsJoinsNoAdjectives() throws {
        // `gewesen` and `bedauerte` do not agree: the comma ends the phrase, and `Deutsch` is no counted noun.
        let document = try Fixture.run("Es seien 137 gewesen, bedauerte Deutsch.")
        #expect(Fixture.quantity("137", in: document)?.unit != "Deutsch")
    }

    @Test func partOfAFigureSharesItsEvent() throws {
        let document = try Fixture.run("Die Polizei nahm 2.000 Verdächtige fest, darunter 800 Chinesen.")
        #expect(Fixture.quantity("800 Chinesen", in: document)?.event == .arrested)
    }

    /// A dot before two digits is a clock time, but before a currency the decimal point of Swiss text.
    @Test func dotBeforeTwoDigitsAndACurrencyIsADecimal() throws {
        let document = try Fixture.run("Der Mindestlohn liegt bei 20.80 Franken pro Stunde.")
        #expect(Fixture.quantity("20.80 Franken", in: document)?.value == 20.8)
        let clock = try Fixture.run("Die Sendung beginnt um 20.15 Uhr.")
        #expect(clock.quantities.isEmpty)
    }

    /// Money taken off a wage and an hourly wage named with its amount were paid; a statutory minimum is no
    /// payment, nor is a sum taken off something else.
    @Test func wagesAndDeductionsArePaid() throws {
        let document = try Fixture.run("Für ein Bett wurden ihnen 380 Euro vom Lohn abgezogen. Sie arbeiteten für "
            + "Stundenlöhne zwischen 8 und 12 Franken. Der Mindestlohn liegt bei 12,82 Euro. Ein Freibetrag von "
            + "3672 Euro wird von der Bemessungsgrundlage abgezogen.")
        #expect(Fixture.quantity("380 Euro", in: document)?.event == .paid)
        #expect(Fixture.quantity("8 und 12 Franken", in: document)?.event == .paid)
        #expect(Fixture.quantity("12,82 Euro", in: document)?.event == nil)
        #expect(Fixture.quantity("3672 Euro", in: document)?.event == nil)
    }

    /// A count right after a dash that follows a count names who they are, and shares what happened to them; not
    /// after a comma, where it may be other people.
    @Test func countAfterADashItemisesTheOneBefore() throws {
        let document = try Fixture.run(
            "Die vier Festgenommenen – zwei vietnamesische Staatsangehörige und ein Schweizer – sind in Haft.")
        #expect(Fixture.quantity("zwei vietnamesische Staatsangehörige", in: document)?.event == .arrested)
        let comma = try Fixture.run("Die vier Festgenommenen, zwei Zeugen und ein Anwalt kamen in den Saal.")
        #expect(Fixture.quantity("zwei Zeugen", in: comma)?.event == nil)
    }

    /// `darunter 19 wegen Menschenhandels`: a preposition after a bare number ends the search for its noun (the
    /// figure counts what the one before it counts), as an article or a verb does.
    @Test func prepositionEndsTheSearchForTheCountedNoun() throws {
        let document = try Fixture.run("Die Polizei nahm 47 Verdächtige fest, darunter 19 wegen Menschenhandels.")
        let part = Fixture.quantity("19", in: document)
        #expect(part?.unit == "Verdächtige")
        #expect(part?.event == .arrested)
    }

    /// A participle between an article and a noun is that noun's; a quantity outside the phrase gets no event from
    /// it, unless `sich um` makes the quantity the phrase's referent.
    @Test func attributiveParticipleBelongsToItsNoun() throws {
        let outside = try Fixture.run("Der Meister muss drei Verteidiger und den verletzten Torhüter ersetzen.")
        #expect(Fixture.quantity("drei Verteidiger", in: outside)?.event == nil)
        let identity = try Fixture.run("Bei den verletzten Personen handelte es sich um drei Frauen.")
        #expect(Fixture.quantity("drei Frauen", in: identity)?.event == .victims)
        let inside = try Fixture.run("Zwei festgenommene Männer kamen frei.")
        #expect(Fixture.quantity("Zwei festgenommene Männer", in: inside)?.event == .arrested)
        // Also after the phrase's other adjectives and adverbs.
        let adverb = try Fixture.run("Sie müssen in 5 Nächten die verschwundene, möglicherweise tote Familie finden.")
        #expect(Fixture.quantity("5 Nächten", in: adverb)?.event == nil)
        let verb = try Fixture.run("Bei dem Anschlag wurden 5 Menschen getötet.")
        #expect(Fixture.quantity("5 Menschen", in: verb)?.event == .killed)
    }

    /// `Auf 14 Baustellen fehlten Absturzsicherungen, zwei Gerüste mussten gesperrt werden`: a quantity after a
    /// comma with its auxiliary after it opens a clause of its own, whose verb says nothing of the one before; a
    /// list of quantities before one verb shares it.
    @Test func quantityWithItsOwnAuxiliaryAfterACommaOpensAClause() throws {
        let two = try Fixture.run("Auf 14 Baustellen fehlten Geländer, zwei Gerüste mussten gesperrt werden.")
        #expect(try #require(Fixture.quantity("14 Baustellen", in: two)).event == nil)
        #expect(Fixture.quantity("zwei Gerüste", in: two)?.event == .closed)
        let list = try Fixture.run("Drei Männer, zwei Frauen und fünf Kinder wurden befreit.")
        #expect(Fixture.quantity("Drei Männer", in: list)?.event == .rescued)
    }

    /// `griffen die Beamten 46 Menschen auf`: the separable verb of picking people up is an arrest; of things, not.
    @Test func separablePickingUpIsAnArrestOfPersons() throws {
        let people = try Fixture.run("Dabei griffen die Beamten 46 Menschen auf.")
        #expect(Fixture.quantity("46 Menschen", in: people)?.event == .arrested)
        let topics = try Fixture.run("Die Zeitung griff zwei Themen auf.")
        #expect(try #require(Fixture.quantity("zwei Themen", in: topics)).event == nil)
    }

    /// `wollte drei Menschen töten`: an infinitive under a verb of intent says what was meant to happen; a
    /// participle under one (`will 20 Verdächtige festgenommen haben`) claims it happened.
    @Test(arguments: [
        ("Der Mann wollte drei Menschen töten.", "drei Menschen", Quantity.Event?.none),
        ("Er habe 100 Menschen töten wollen, sagte der Staatsanwalt.", "100 Menschen", nil),
        ("Die Polizei will 20 Verdächtige festgenommen haben.", "20 Verdächtige", .arrested),
        ("Die Täter wollten fliehen, töteten aber 3 Menschen.", "3 Menschen", .killed),
    ])
    func intendedEventDidNotHappen(text: String, quantity: String, event: Quantity.Event?) throws {
        let document = try Fixture.run(text)
        #expect(Fixture.quantity(quantity, in: document)?.event == event)
    }

    /// `Drei Männer sollen Frauen … ausgebeutet haben`: a participle in the active perfect after a quantity that
    /// opens the clause says what the counted did; the counted object of one, or of a passive, had it done to them.
    @Test(arguments: [
        ("Drei Männer sollen junge Frauen gelockt und ausgebeutet haben.", "Drei Männer", Quantity.Event?.none),
        ("Die Polizei soll 20 Verdächtige festgenommen haben.", "20 Verdächtige", .arrested),
        ("20 Verdächtige wurden festgenommen.", "20 Verdächtige", .arrested),
    ])
    func activePerfectAfterTheSubjectIsWhatItDid(text: String, quantity: String, event: Quantity.Event?) throws {
        let document = try Fixture.run(text)
        #expect(Fixture.quantity(quantity, in: document)?.event == event)
    }

    /// `den Tod der 32 Menschen`, `28 Menschen mit in den Tod`: death governing the count or close after it kills
    /// them; not a death named apart (`Nach dem Tod der Mutter … die 3 Kinder`), nor one denied.
    @Test(arguments: [
        ("Er trägt für den Tod der 32 Menschen die Verantwortung.", "32 Menschen", Quantity.Event?.some(.killed)),
        ("Sie rissen 28 Menschen mit in den Tod.", "28 Menschen", .killed),
        ("Nach dem Tod der Mutter mussten die 3 Kinder ins Heim.", "3 Kinder", nil),
        ("Am Ende haben die 3 Helden nicht den Tod vor Augen.", "3 Helden", nil),
    ])
    func deathNoun(_ text: String, _ span: String, _ event: Quantity.Event?) throws {
        let document = try Fixture.run(text)
        #expect(try #require(Fixture.quantity(span, in: document)).event == event)
    }

    @Test func partOfASingularCountsNothing() throws {
        let document = try Fixture.run("Er stand 2015 auf Platz 3 der Weltrangliste und gewann 40 der Spiele.")
        #expect(!document.quantities.contains { $0.unit == "Weltrangliste" })
        #expect(Fixture.quantity("40", in: document)?.unit == "Spiel")
    }

    @Test(arguments: [
        ("Die Beamten stellten 50 Euro sicher.", "50 Euro", Quantity.Kind.money, Optional("EUR")),
        ("Das kostet 20 $ im Monat.", "20 $", .money, "USD"),
        ("Das kostet € 15 im Monat.", "€ 15", .money, "EUR"),
        // Currencies in use from CLDR: a one-word name, and an adjective's noun with its code where it names one.
        ("Sie zahlten 150.000 Kenia-Schilling.", "150.000 Kenia-Schilling", .money, "KES"),
        ("Er erhielt 500.000 Naira.", "500.000 Naira", .money, "NGN"),
        ("Das kostete 300 Zloty.", "300 Zloty", .money, "PLN"),
        ("Das kostete 300 Kronen.", "300 Kronen", .money, nil),
        ("Die Arbeitslosigkeit sank auf 5 Prozent.", "5 Prozent", .percentage, nil),
        ("Sie war 45 Jahre alt.", "45 Jahre", .age, nil),
        ("Der Prozess dauerte drei Wochen.", "drei Wochen", .duration, nil),
    ])
    func kind(text: String, span: String, kind: Quantity.Kind, currency: String?) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.kind == kind)
        #expect(quantity.currency == currency)
    }

    /// Suspects brought back are not rescued; money brought back neither.
    @Test(arguments: ["China holt 1.200 Verdächtige aus Myanmar zurück.", "Die Bank hat 500 Euro zurückgeholt."])
    func repatriationRescuesNoSuspectsAndNoMoney(_ text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.quantities.count == 1)
        #expect(document.quantities.first?.event == nil)
    }

    @Test(arguments: [
        ("In Graz wurden gestern 14 Verdächtige festgenommen.", "14 Verdächtige", Quantity.Event.arrested),
        ("Der Zoll hat 300 Kilogramm Kokain beschlagnahmt.", "300 Kilogramm", .seized),
        ("Die Miliz hat 140 Ausländer festgesetzt.", "140 Ausländer", .arrested),
        // A group named after `unter den`, a source phrase and a list between.
        ("Unter den Festgenommenen sind nach Angaben der Polizei 43 mutmaßliche Hintermänner.",
         "43 mutmaßliche Hintermänner", .arrested),
        ("Unter den Festgenommenen sind laut Polizei 98 Chinesen, 64 Vietnamesen und 31 Malaysier.",
         "31 Malaysier", .arrested),
        // A figure after an acronym in the genitive.
        ("Unter den Festgenommenen sind nach Angaben der PAOCC 298 Chinesen.", "298 Chinesen", .arrested),
        ("Die Einsatzkräfte haben 42 Menschen aus dem Wasser gerettet.", "42 Menschen", .rescued),
        ("Indonesien hat 554 Staatsbürger aus Myanmar zurückgeholt.", "554 Staatsbürger", .rescued),
        ("Die Regierung holte 300 Landsleute aus Kambodscha zurück.", "300 Landsleute", .rescued),
        ("Bei dem Anschlag wurden 17 Menschen getötet.", "17 Menschen", .killed),
        ("Im Prozess wurden drei Männer verurteilt.", "drei Männer", .convicted),
        ("Die Behörden haben 12 Bordelle geschlossen.", "12 Bordelle", .closed),
        ("Die Familie musste 5.000 Euro zahlen.", "5.000 Euro", .paid),
        // The verb in second place, an age and a time between it and the amount.
        ("In Gera zahlte ein 15-Jähriger innerhalb von drei Tagen mehr als 1.200 Euro.", "1.200 Euro", .paid),
        ("Bei dem Unfall gab es fünf Tote.", "fünf Tote", .killed),
        ("Mindestens 20 Personen wurden verletzt.", "20 Personen", .victims),
        ("Die Menge habe fünf Männer angegriffen, teilte die Polizei mit.", "fünf Männer", .victims),
        // Victims whose clause says what happened to them: the verb's event (the noun's where none does).
        ("Die Polizei hat 260 Opfer aus einem Lager befreit.", "260 Opfer", .rescued),
        ("Die meisten der 130 Opfer starben im Saal.", "130 Opfer", .killed),
        ("Es gab 40 Opfer und 12 Festnahmen.", "40 Opfer", .victims),
        // A demonym from the noun lexicon's person nouns counts persons for the person-only triggers.
        ("Seit 2022 wurden 1.100 Kenianer aus Myanmar zurückgeholt.", "1.100 Kenianer", .rescued),
        // A compound ending in a head trigger.
        ("Nach einer Rekordkaution von 12 Millionen Euro kam er frei.", "12 Millionen Euro", .paid),
        ("Er erhielt 300 Euro Geldstrafe.", "300 Euro", .paid),
        // Money received as pay.
        ("Die Männer hätten nur 4,50 Euro pro Stunde erhalten.", "4,50 Euro", .paid),
        // A price: what something costs or is charged.
        ("Die Kosten von 39.000 Euro wurden nicht gemeldet.", "39.000 Euro", .paid),
        ("Der Dienst soll zehn Dollar im Monat kosten.", "zehn Dollar", .paid),
        ("Der Händler verrechnet 14,99 Euro.", "14,99 Euro", .paid),
        ("Den Anlegern wurden 1.250 Euro ausbezahlt.", "1.250 Euro", .paid),
        // A trigger noun whose amount follows `in Höhe von`, `im Wert von`.
        ("Das Gericht verhängte eine Geldstrafe in Höhe von 10.000 Euro.", "10.000 Euro", .paid),
        ("Ihm droht eine Geldstrafe in Höhe von fast 2.000 Euro.", "2.000 Euro", .paid),
        // With whom it goes to between noun and amount.
        ("Es geht um eine Parteispende an die SPD in Höhe von 600.000 Euro.", "600.000 Euro", .paid),
        ("Es geht um eine Spende für Kinder in Höhe von rund 5.000 Euro.", "5.000 Euro", .paid),
        ("Das Gericht ordnete die Einziehung von Taterträgen in Höhe von rund 87.000 Euro an.", "87.000 Euro",
         .seized),
        // A verb right before the amount, past a distributive `je`.
        ("Die Flüchtlinge zahlten je 5.000 Euro an die Schlepper.", "5.000 Euro", .paid),
        // A purchase price after `für` or `um`: what was paid for what was bought.
        ("Die Firma wurde für 500 Millionen Dollar gekauft.", "500 Millionen Dollar", .paid),
        ("Sie hatten den Dienst um 2,5 Mrd. Euro von Nokia übernommen.", "2,5 Mrd. Euro", .paid),
    ])
    func event(text: String, span: String, expected: Quantity.Event) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.event == expected)
    }

    /// `erhalten` pays only money: persons received are no payment (`Die Heime erhielten 40 Kinder`).
    @Test func receivedPersonsAreNoPayment() throws {
        let document = try Fixture.run("Die Heime erhielten im Mai 40 neue Kinder.")
        #expect(try #require(Fixture.quantity("40 neue Kinder", in: document)).event == nil)
    }

    /// A price a thing is offered at is no payment: nothing was bought.
    @Test func offeredPriceIsNoPayment() throws {
        let document = try Fixture.run("Die Brille wird im April für 799 Dollar auf den Markt kommen.")
        let quantity = try #require(Fixture.quantity("799 Dollar", in: document))
        #expect(quantity.event == nil)
    }

    /// `festgesetzt` arrests persons only: a fine fixed at an amount is no arrest.
    @Test func fixedAmountIsNoArrest() throws {
        let document = try Fixture.run("Die Strafe wurde auf 500 Euro festgesetzt.")
        #expect(try #require(Fixture.quantity("500 Euro", in: document)).event == nil)
    }

    /// `schlossen … ab` concludes: the particle closing the clause makes another verb of the closing trigger.
    @Test func concludedIsNotClosed() throws {
        let document = try Fixture.run("Die Polizei schloss im Vorjahr 584 Verfahren ab.")
        #expect(try #require(Fixture.quantity("584 Verfahren", in: document)).event == nil)
        let closed = try Fixture.run("Die Behörden schlossen im Vorjahr 12 Bordelle.")
        #expect(try #require(Fixture.quantity("12 Bordelle", in: closed)).event == .closed)
    }

    @Test func capitalisedPluralAloneIsNoPayment() throws {
        let document = try Fixture.run("Er sammelte 300 Euro für Spenden.")
        let quantity = try #require(Fixture.quantity("300 Euro", in: document))
        #expect(quantity.event == nil)
    }

    @Test func enumerationSharesEvent() throws {
        let document = try Fixture.run("Zwölf Gewehre, 40 Messer und drei Autos wurden beschlagnahmt.")
        #expect(document.quantities.count == 3)
        #expect(document.quantities.allSatisfy { $0.event == .seized })
    }

    @Test func eventStopsAtRelativeClause() throws {
        let document = try Fixture.run("In der Stadt, die 30.000 Einwohner hat, wurden vier Männer festgenommen.")
        let town = try #require(Fixture.quantity("30.000 Einwohner", in: document))
        let men = try #require(Fixture.quantity("vier Männer", in: document))
        #expect(town.event == nil)
        #expect(men.event == .arrested)
    }

    @Test func passiveRelativeClauseOnTheNounNamesItsEvent() throws {
        let freed = try Fixture.run("Die Helfer betreuen 40 Frauen aus Nigeria, die aus Bordellen befreit wurden.")
        #expect(try #require(Fixture.quantity("40 Frauen", in: freed)).event == .rescued)
        // In the active the clause says what they did.
        let active = try Fixture.run("Es gibt 50 Männer, die Frauen verschleppt hatten.")
        #expect(try #require(Fixture.quantity("50 Männer", in: active)).event == nil)
        // Rescuing oneself says the same as being rescued; doing something else to oneself does not.
        let saved = try Fixture.run("An Bord waren 77 Österreicher, die sich alle retten konnten.")
        #expect(try #require(Fixture.quantity("77 Österreicher", in: saved)).event == .rescued)
        let hid = try Fixture.run("An Bord waren 77 Österreicher, die sich versteckt hatten.")
        #expect(try #require(Fixture.quantity("77 Österreicher", in: hid)).event == nil)
    }

    /// `zwei Frauen, die … eingeladen waren, kamen in Gewahrsam`: past a relative clause on the counted noun the main
    /// clause's verb says what happened to them; the relative clause's own trigger does not.
    @Test func mainClauseVerbPastARelativeClause() throws {
        let held = try Fixture.run("Drei Männer, die seit Jahren in Linz lebten, wurden festgenommen.")
        #expect(try #require(Fixture.quantity("Drei Männer", in: held)).event == .arrested)
        // (A short phrase between the noun and the comma.)
        let aged = try Fixture.run("Zwei Männer im Alter von 33 Jahren, die dort arbeiteten, wurden festgenommen.")
        #expect(try #require(Fixture.quantity("Zwei Männer", in: aged)).event == .arrested)
        let told = try Fixture.run("Es gibt 50 Männer, die Frauen verschleppt hatten, sagte die Polizei.")
        #expect(try #require(Fixture.quantity("50 Männer", in: told)).event == nil)
    }

    /// `32 der mehr als 4.200 Menschen an Bord kamen ums Leben`: the whole a counted part is taken from is not
    /// what happened to the part.
    @Test func wholeOfAPartitiveTakesNoEvent() throws {
        let document = try Fixture.run("Dabei kamen 32 der mehr als 4.200 Menschen an Bord ums Leben.")
        #expect(try #require(Fixture.quantity("32", in: document)).event == .killed)
        #expect(try #require(Fixture.quantity("4.200 Menschen", in: document)).event == nil)
        let plain = try Fixture.run("Dabei kamen mehr als 4.200 Menschen ums Leben.")
        #expect(try #require(Fixture.quantity("4.200 Menschen", in: plain)).event == .killed)
    }

    /// `…, bei denen …`: a preposition and a relative pronoun open a clause whose trigger is its own figure's.
    @Test func prepositionalRelativeClauseKeepsItsTrigger() throws {
        let document = try Fixture.run("Es gab 965 Delikte, bei denen mindestens 397 Menschen verletzt wurden.")
        #expect(try #require(Fixture.quantity("965 Delikte", in: document)).event == nil)
        #expect(try #require(Fixture.quantity("397 Menschen", in: document)).event == .victims)
        // An article after the preposition opens no clause.
        let arrested = try Fixture.run("Es wurden 30 Männer, bei der Razzia in Wien, festgenommen.")
        #expect(try #require(Fixture.quantity("30 Männer", in: arrested)).event == .arrested)
    }

    @Test func subjectOfATransitiveTriggerIsWhoDidIt() throws {
        let rescuers = try Fixture.run("Vier Polizisten retteten zwei Kinder aus dem Wasser.")
        #expect(try #require(Fixture.quantity("Vier Polizisten", in: rescuers)).event == nil)
        #expect(try #require(Fixture.quantity("zwei Kinder", in: rescuers)).event == .rescued)
        let killers = try Fixture.run("Zwei Männer erschossen einen Polizisten.")
        #expect(try #require(Fixture.quantity("Zwei Männer", in: killers)).event == nil)
        // Without an object the quantity is whom it happened to.
        let dead = try Fixture.run("Elf Menschen starben der Polizei zufolge bei dem Brand.")
        #expect(try #require(Fixture.quantity("Elf Menschen", in: dead)).event == .killed)
    }

    /// A verb after the quantity that `nicht` denies names no event; `nicht nur` denies nothing.
    @Test(arguments: [
        ("Drei Menschen konnten nicht gerettet werden.", "Drei Menschen", nil),
        ("Zwei Männer wurden nicht nur festgenommen, sondern angeklagt.", "Zwei Männer", Quantity.Event.arrested),
    ] as [(String, String, Quantity.Event?)])
    func deniedVerbNamesNoEvent(_ text: String, _ span: String, _ event: Quantity.Event?) throws {
        #expect(try #require(Fixture.quantity(span, in: try Fixture.run(text))).event == event)
    }

    /// A subordinate clause opening the sentence keeps its trigger to itself.
    @Test func openingSubordinateClauseKeepsItsTrigger() throws {
        let document = try Fixture.run(
            "Nachdem 1999 neun Bären im Trentino befreit wurden, sind bisher 77 Tiere zur Welt gekommen.")
        #expect(try #require(Fixture.quantity("neun Bären", in: document)).event == .rescued)
        #expect(try #require(Fixture.quantity("77 Tiere", in: document)).event == nil)
    }

    @Test func howOftenHasNoEvent() throws {
        let document = try Fixture.run("Er wurde zwei Mal wegen Dopings gesperrt.")
        #expect(try #require(Fixture.quantity("zwei Mal", in: document)).event == nil)
    }

    @Test func percentagesHaveNoEvent() throws {
        let document = try Fixture.run("Zehn Prozent der Häftlinge wurden verurteilt.")
        let quantity = try #require(Fixture.quantity("Zehn Prozent", in: document))
        #expect(quantity.event == nil)
    }

    @Test func provenanceNamesTheRule() throws {
        let document = try Fixture.run("Es kamen mehr als 300 Menschen.")
        let quantity = try #require(document.quantities.first)
        #expect(quantity.provenance.match == .rule)
        #expect(quantity.provenance.source.contains("quantity.digits"))
    }
}

/// Events when several clauses share a sentence.
struct EventScopeTests {
    @Test func verbBeforeTheNumberWins() throws {
        let document = try Fixture.run("Laut Polizei starben 12 Menschen, 40 weitere wurden verletzt.")
        let dead = try #require(Fixture.quantity("12 Menschen", in: document))
        #expect(dead.event == .killed)
    }

    @Test func coordinatedParticiples() throws {
        let document = try Fixture.run("Neun Schlepper wurden verurteilt und 14 Lokale geschlossen.")
        let men = try #require(Fixture.quantity("Neun Schlepper", in: document))
        let bars = try #require(Fixture.quantity("14 Lokale", in: document))
        #expect(men.event == .convicted)
        #expect(bars.event == .closed)
    }

    @Test func spaceAsThousandsSeparator() throws {
        let document = try Fixture.run("Seit 2009 wurden mindestens 14 000 Menschen getötet.")
        let quantity = try #require(Fixture.quantity("14 000 Menschen", in: document))
        #expect(quantity.value == 14_000)
        #expect(quantity.event == .killed)
    }

    /// The low end of a range takes the thousands the high end is written with (`60- bis 100.000`), but not past
    /// the high end (`9 bis 8.000`); thousands after a space (`30 000`) are no periods to scale by.
    @Test(arguments: [
        ("Es kamen 60- bis 100.000 Menschen.", "60- bis 100.000 Menschen", 60_000.0, 100_000.0),
        ("Es kamen 20 bis 30 000 Menschen.", "20 bis 30 000 Menschen", 20.0, 30_000.0),
        ("Es kamen 5 bis 8.000 Menschen.", "5 bis 8.000 Menschen", 5_000.0, 8_000.0),
        ("Es kamen 9 bis 8.000 Menschen.", "9 bis 8.000 Menschen", 9.0, 8_000.0),
    ])
    func rangeScaledToTheHighEnd(text: String, span: String, low: Double, high: Double) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.minValue == low)
        #expect(quantity.maxValue == high)
    }

    @Test func capitalisedAdjectiveBeforeTheNoun() throws {
        let document = try Fixture.run("Der Nationalrat hielt elf Aktuelle Stunden ab.")
        let quantity = try #require(Fixture.quantity("elf", in: document))
        #expect(quantity.unit == "Stunde")
    }
}

/// `über` as "more than" or as "worth".
struct OverTests {
    @Test func overAfterNounBeforePeopleIsMoreThan() throws {
        let document = try Fixture.run("Laut Polizei über 100 Personen kamen zur Kundgebung.")
        let quantity = try #require(Fixture.quantity("100 Personen", in: document))
        #expect(quantity.modifier == .moreThan)
    }

    @Test func overAfterNounBeforeArticleIsNoNumber() throws {
        let document = try Fixture.run("Der Landtag debattierte über einen Antrag der Opposition.")
        #expect(document.quantities.isEmpty)
    }

    @Test(arguments: [
        ("Zwei Männer wurden in der Nacht erschossen.", "Zwei Männer", Quantity.Event.killed),
        ("Die Polizei hat fünf festgenommene Verdächtige verhört.", "fünf festgenommene Verdächtige", .arrested),
        ("Am Ende wurden vier Angeklagte schuldig gesprochen.", "vier Angeklagte", .convicted),
        ("Die Behörde hat rund 130 Webseiten blockiert.", "130 Webseiten", .closed),
        ("Sie brachten ihn dazu, 1,9 Millionen Euro zu überweisen.", "1,9 Millionen Euro", .paid),
        ("Weltweit leben rund 50 Millionen Menschen in moderner Sklaverei.", "50 Millionen Menschen", .victims),
        // A demonym names persons, whom a persons-only trigger fits.
        ("Die Regierung teilte mit, 182 Filipinos seien zurückgeholt worden.", "182 Filipinos", .rescued),
    ])
    func moreTriggers(text: String, span: String, expected: Quantity.Event) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.event == expected)
    }
}

/// A number whose noun the text gives only after the next number.
struct UnitSharingTests {
    @Test(arguments: [
        ("Die Quote fiel von 20 auf 16 Prozent.", "20", "Prozent"),
        ("Sie verlangen 38 oder 39 Prozent.", "38", "Prozent"),
        ("Es ging um 600.000 beziehungsweise 960.000 Euro.", "600.000", "Euro"),
        // Number words before `beziehungsweise` or `bzw.`, also in brackets (no list label there).
        ("Sie bekamen drei beziehungsweise vier Jahre Haft.", "drei", "Jahr"),
        ("Sie bekamen drei bzw. vier Jahre Haft.", "drei", "Jahr"),
        ("ÖVP und Grüne (elf beziehungsweise sieben Mandate) verhandeln.", "elf", "Mandat"),
        ("Sie verkaufte drei der sechs Pavillons.", "drei", "Pavillon"),
        ("Nur sechs von zehn Schülern bestanden.", "sechs", "Schüler"),
        ("Dabei starben 32 der mehr als 4.200 Menschen an Bord.", "32", "Mensch"),
        ("Gezählt wurden 310 Geschleppte, nach 480 im Vorjahr.", "480", "Geschleppte"),
        ("Es kamen 9.100 Asylsuchende, gegenüber 7.400 im Jahr davor.", "7.400", "Asylsuchende"),
        ("Sie bot 80 statt bisher 40 Polizisten an.", "80", "Polizist"),
    ])
    func bareNumberTakesTheNextUnit(text: String, span: String, unit: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.unit == unit)
    }

    @Test func pluralSharedByTwoLemmasTakesTheCommonOne() throws {
        // german-nouns gives `Gemeinden` as the plural of `Gemeinde` and of the archaic `Gemein`.
        let document = try Fixture.run("In 96 Gemeinden fehlen 30 Pistolen.")
        #expect(try #require(Fixture.quantity("96 Gemeinden", in: document)).unit == "Gemeinde")
        #expect(try #require(Fixture.quantity("30 Pistolen", in: document)).unit == "Pistole")
    }

    /// `64 Milliarden oder 37 Prozent mehr`: a share after millions says the same figure again; its unit is not
    /// the millions'.
    @Test func shareAfterMillionsIsNoUnitOfThem() throws {
        let document = try Fixture.run("Sie verdienen 64 Milliarden oder 37 Prozent mehr als 2014.")
        #expect(try #require(Fixture.quantity("64 Milliarden", in: document)).unit == nil)
    }

    @Test func unitIsNotSharedAcrossAVerb() throws {
        let document = try Fixture.run("Es kamen 300, dann wurden 20 Prozent abgewiesen.")
        let quantity = try #require(Fixture.quantity("300", in: document))
        #expect(quantity.unit == nil)
    }
}

/// Triggers from the shared event list: separable verbs and word sequences.
struct SharedTriggerTests {
    @Test(arguments: [
        ("Die Polizei nahm am Montag 14 Männer fest.", "14 Männer", Quantity.Event.arrested),
        ("Die Beamten stellten 40 Kilogramm Heroin sicher.", "40 Kilogramm", .seized),
        ("Bei dem Unfall wurden drei Menschen tödlich verletzt.", "drei Menschen", .killed),
        ("Zwölf Verdächtige kamen in U-Haft.", "Zwölf Verdächtige", .arrested),
        // The finite verb far before the object in its clause.
        ("Laut Polizei stellten die Ermittler in dem als Lager bekannten alten Gebäude rund 2.900 Telefone sicher.",
         "2.900 Telefone", .seized),
        ("Wie die Zeitung berichtete, nahmen Soldaten und Polizisten in dem Komplex nahe der Grenze zudem "
            + "43 Männer fest.", "43 Männer", .arrested),
    ])
    func event(text: String, span: String, expected: Quantity.Event) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.event == expected)
    }

    @Test(arguments: [
        ("Unter den Festgenommenen seien 40 Frauen.", "40 Frauen", Quantity.Event.arrested),
        ("Unter den Toten sind auch drei Kinder.", "drei Kinder", .killed),
        ("Dem Arzt zufolge sind unter den Opfern mindestens zwei Kinder.", "zwei Kinder", .victims),
        ("Bei den Befreiten handele es sich um 40 Frauen.", "40 Frauen", .rescued),
    ])
    func countTakenFromAGroupSharesItsEvent(text: String, span: String, expected: Quantity.Event) throws {
        let document = try Fixture.run(text)
        #expect(try #require(Fixture.quantity(span, in: document)).event == expected)
    }

    @Test func itemsAfterDarunterShareTheEventOfTheClauseBefore() throws {
        let text = "Die Ermittler stellten Beweismaterial sicher, darunter 310 Telefone, 190 Computer und 40.000 Euro."
        let document = try Fixture.run(text)
        for span in ["310 Telefone", "190 Computer", "40.000 Euro"] {
            #expect(try #require(Fixture.quantity(span, in: document)).event == .seized)
        }
        // Without `darunter` the clause before says nothing about the figure.
        let other = try Fixture.run("Die Ermittler stellten Beweismaterial sicher, 310 Telefone lagen im Keller.")
        #expect(try #require(Fixture.quantity("310 Telefone", in: other)).event == nil)
    }

    /// Items of one enumeration share the event that reaches only the first; not from an item that names its
    /// own (`3 Festnahmen`).
    @Test func enumerationItemsShareTheEventOfTheFirst() throws {
        let document = try Fixture.run("Bei den Befreiten handele es sich um 236 Chinesen, 87 Vietnamesen und "
            + "41 Indonesier sowie um Staatsangehörige aus Malaysia.")
        for span in ["236 Chinesen", "87 Vietnamesen", "41 Indonesier"] {
            #expect(try #require(Fixture.quantity(span, in: document)).event == .rescued)
        }
        let own = try Fixture.run("Es gab 3 Festnahmen, 20 Durchsuchungen und 4 Anzeigen.")
        #expect(try #require(Fixture.quantity("20 Durchsuchungen", in: own)).event == nil)
        // A modifier may open the next item.
        let modified = try Fixture.run(
            "Im Krieg starben im Sommer 2014 mehr als 2.200 Palästinenser und mehr als 70 Israelis.")
        #expect(try #require(Fixture.quantity("70 Israelis", in: modified)).event == .killed)
        // `beziehungsweise` and `oder` join items as `und` does.
        let either = try Fixture.run("Die Abschöpfung von 600.000 beziehungsweise 960.000 Euro lehnt sie ab.")
        #expect(try #require(Fixture.quantity("960.000 Euro", in: either)).event == .seized)
    }

    /// An aside in brackets does not end the clause, and a sum converted in brackets shares the event.
    @Test func bracketedAsideAndConversion() throws {
        let document = try Fixture.run("Die Beamten stellten 310 Computer sowie Bargeld in Höhe von 4,6 Millionen "
            + "Pesos (umgerechnet etwa 80.000 US-Dollar) sicher.")
        #expect(try #require(Fixture.quantity("310 Computer", in: document)).event == .seized)
        #expect(try #require(Fixture.quantity("80.000 US-Dollar", in: document)).event == .seized)
    }

    /// A verb and `und` after the quantity close its clause: the verb after the next quantity is that one's.
    @Test func verbAndUndCloseTheClause() throws {
        let document = try Fixture.run(
            "Die Inspektion hat 1.184 Einreisen festgestellt und 46 mutmaßliche Schleuser festgenommen.")
        #expect(try #require(Fixture.quantity("1.184 Einreisen", in: document)).event == nil)
        #expect(try #require(Fixture.quantity("46 mutmaßliche Schleuser", in: document)).event == .arrested)
    }

    /// Money that flowed was paid; frozen assets are seized; the crime's noun names no trafficked proceedings.
    @Test(arguments: [
        ("Später seien Beträge von bis zu 400.000 Euro geflossen.", "400.000 Euro", Quantity.Event?.some(.paid)),
        ("Zudem wurden zwei Immobilien in Spanien arrestiert.", "zwei Immobilien", .some(.seized)),
        ("2023 wurden 528 Ermittlungsverfahren wegen Menschenhandels abgeschlossen.", "528 Ermittlungsverfahren",
         nil),
        ("Es gab 30 Opfer von Menschenhandel.", "30 Opfer", .some(.victims)),
    ])
    func flowsFreezesAndCrimeNouns(text: String, span: String, expected: Quantity.Event?) throws {
        let document = try Fixture.run(text)
        #expect(try #require(Fixture.quantity(span, in: document)).event == expected)
    }

    /// A noun of people with an adjective of its own after counted people names other people
    /// (`250 Mitarbeiter potenzielle Opfer angerufen`); bare it is what they are (`30 Kinder Opfer von Gewalt`).
    @Test func peopleNounAfterPeople() throws {
        let other = try Fixture.run("Es sollen 250 Mitarbeiter potenzielle Opfer angerufen haben.")
        #expect(try #require(Fixture.quantity("250 Mitarbeiter", in: other)).event == nil)
        let same = try Fixture.run("Es wurden 30 Kinder Opfer von Gewalt.")
        #expect(try #require(Fixture.quantity("30 Kinder", in: same)).event == .victims)
        // A verb before the noun is no adjective of its own; a part taken from the noun counts it.
        let verb = try Fixture.run("Zwölf Mädchen und fünf Jungen wurden Opfer des Trainers.")
        #expect(try #require(Fixture.quantity("Zwölf Mädchen", in: verb)).event == .victims)
        let part = try Fixture.run("Mehr als 60 der befragten Opfer mussten auf Feldern arbeiten.")
        #expect(try #require(Fixture.quantity("60", in: part)).event == .victims)
    }

    /// `Betroffene` as the counted noun are victims; the lower-case adjective names no harm (`die 20 betroffenen
    /// Firmen`).
    @Test func affectedPersonsAreVictims() throws {
        let noun = try Fixture.run("Die Beratungsstelle betreut derzeit 64 Betroffene.")
        #expect(try #require(Fixture.quantity("64 Betroffene", in: noun)).event == .victims)
        let adjective = try Fixture.run("Die 20 betroffenen Firmen klagen.")
        #expect(try #require(Fixture.quantity("20 betroffenen Firmen", in: adjective)).event == nil)
    }

    /// The smuggled are trafficked, as a noun or an adjective (`Geschleppte`, `geschleppte Männer`).
    @Test func smuggledPeople() throws {
        let noun = try Fixture.run("Im Burgenland wurden 1.240 Geschleppte aufgegriffen.")
        #expect(try #require(Fixture.quantity("1.240 Geschleppte", in: noun)).event == .trafficked)
        let adjective = try Fixture.run("Im Laderaum saßen 14 geschleppte Frauen.")
        #expect(try #require(Fixture.quantity("14 geschleppte Frauen", in: adjective)).event == .trafficked)
        let towed = try Fixture.run("Am Abend wurden drei Autos abgeschleppt.")
        #expect(try #require(Fixture.quantity("drei Autos", in: towed)).event == nil)
    }

    /// A part taken from a group of people in the genitive counts them (`97 der identifizierten Opfer`, the span
    /// running to the noun; not over another figure: `drei der vier Opfer`); the figure of a `Zahl der` group shares
    /// what its words say happened (`Zahl der festgenommenen Schlepper`).
    @Test func partsAndNumbersOfAGroup() throws {
        let part = try Fixture.run("Dabei wurden 97 der identifizierten Opfer befreit.")
        #expect(try #require(Fixture.quantity("97 der identifizierten Opfer", in: part)).unit == "Opfer")
        let ofFigure = try Fixture.run("Dabei wurden drei der vier Opfer befreit.")
        #expect(ofFigure.quantities.map { ofFigure.text(of: $0.span) } == ["drei", "vier Opfer"])
        let group = try Fixture.run("Auch die Zahl der festgenommenen Schlepper sank, und zwar von 591 auf 395.")
        #expect(try #require(Fixture.quantity("395", in: group)).event == .arrested)
    }

    /// A trigger noun with `für` or `von` right before the number names what happened (`Haftstrafen für drei
    /// Administratoren`, `Festnahme von 30 Verdächtigen`); not for a duration.
    @Test func triggerNounBeforeFuerOrVon() throws {
        let sentence = try Fixture.run("Lange Haftstrafen für drei Administratoren.")
        #expect(try #require(Fixture.quantity("drei Administratoren", in: sentence)).event == .convicted)
        let arrest = try Fixture.run("Die Festnahme von 30 Verdächtigen gelang.")
        #expect(try #require(Fixture.quantity("30 Verdächtigen", in: arrest)).event == .arrested)
        let duration = try Fixture.run("Er erhielt Haftstrafen von drei Jahren.")
        #expect(try #require(Fixture.quantity("drei Jahren", in: duration)).event == nil)
        // (Also past the number's modifier.)
        let many = try Fixture.run("Die Polizei meldete die Festnahme von mehr als 23 Verdächtigen.")
        #expect(try #require(Fixture.quantity("23 Verdächtigen", in: many)).event == .arrested)
        let upTo = try Fixture.run("Er soll Zahlungen von bis zu 15 Millionen Peso erhalten haben.")
        #expect(try #require(Fixture.quantity("15 Millionen Peso", in: upTo)).event == .paid)
    }

    /// Money secured in the passive or provisionally is seized (`gesichert wurden Vermögenswerte von 4,1 Millionen
    /// Euro`); jobs secured are not, nor money someone secured for himself.
    @Test func moneySecuredIsSeized() throws {
        let passive = try Fixture.run("Gesichert wurden Vermögenswerte von knapp 4,1 Millionen Euro.")
        #expect(try #require(Fixture.quantity("4,1 Millionen Euro", in: passive)).event == .seized)
        let provisional = try Fixture.run("Die Ermittler haben 9 Millionen Euro vorläufig gesichert.")
        #expect(try #require(Fixture.quantity("9 Millionen Euro", in: provisional)).event == .seized)
        let jobs = try Fixture.run("Durch den Verkauf wurden 2.000 Arbeitsplätze gesichert.")
        #expect(try #require(Fixture.quantity("2.000 Arbeitsplätze", in: jobs)).event == nil)
        let own = try Fixture.run("Die Firma sicherte sich 20 Millionen Euro.")
        #expect(try #require(Fixture.quantity("20 Millionen Euro", in: own)).event == nil)
    }

    /// A sum that values the next item of an enumeration was seized as the items before it were (`1.150 Computer
    /// sowie Bargeld im Wert von umgerechnet 2,4 Millionen US-Dollar`); not after arrested persons.
    @Test func valuedItemOfAnEnumerationSharesTheEvent() throws {
        let seized = try Fixture.run("Sie beschlagnahmten mehr als 9.000 Mobiltelefone, 1.150 Computer sowie "
            + "Bargeld im Wert von umgerechnet 2,4 Millionen US-Dollar.")
        #expect(try #require(Fixture.quantity("2,4 Millionen US-Dollar", in: seized)).event == .seized)
        let persons = try Fixture.run("Verhaftet wurden in Wien drei Kuriere und Goldbarren im Wert von 5.000 Euro.")
        #expect(try #require(Fixture.quantity("5.000 Euro", in: persons)).event == nil)
    }

    /// More of the same things with their noun left out share what happened to the first (`vier Server … sowie
    /// zwei weitere`).
    @Test func moreOfTheSameShareTheEvent() throws {
        let document = try Fixture.run(
            "Die Ermittler beschlagnahmten vier Server in Rumänien sowie zwei weitere bei einem Anbieter in Riga.")
        #expect(try #require(Fixture.quantity("zwei weitere", in: document)).event == .seized)
    }

    @Test func figuresAreNoPayment() throws {
        let document = try Fixture.run("Die Zahlen nennen 500.000 Euro Schaden.")
        let quantity = try #require(Fixture.quantity("500.000 Euro", in: document))
        #expect(quantity.event == nil)
    }
}

/// Triggers marked ambiguous in the shared list need persons.
struct PersonOnlyTriggerTests {
    @Test func decisionsAreNotArrested() throws {
        let document = try Fixture.run("Die Regierung hat bisher rund 170 Beschlüsse gefasst.")
        let quantity = try #require(Fixture.quantity("170 Beschlüsse", in: document))
        #expect(quantity.event == nil)
    }

    @Test func suspectsAreArrested() throws {
        let document = try Fixture.run("Die Polizei hat drei Schlepper gefasst.")
        let quantity = try #require(Fixture.quantity("drei Schlepper", in: document))
        #expect(quantity.event == .arrested)
    }

    @Test func sharesTradedAreNotTrafficked() throws {
        let document = try Fixture.run("An der Börse wurden 20.000 Aktien gehandelt.")
        let quantity = try #require(Fixture.quantity("20.000 Aktien", in: document))
        #expect(quantity.event == nil)
    }
}

/// A number without its noun counts what the text counted just before.
struct AntecedentUnitTests {
    @Test(arguments: [
        ("Die Polizei nahm drei mutmaßliche Täter fest. Zwei von ihnen sind Brüder.", "Zwei", "Täter"),
        ("Beamte durchsuchten 14 Lokale, neun davon wurden geschlossen.", "neun", "Lokal"),
        ("Bei dem Unglück starben 32 Menschen, 80 weitere wurden verletzt.", "80", "Mensch"),
        ("Der Verband zählte 450 Mitglieder, davon 120 in Graz.", "120", "Mitglied"),
        ("Im Jahr 2020 kamen 900 Besucher. Im Jahr davor waren es 700.", "700", "Besucher"),
        ("Es leben 120.000 Menschen in Linz und 100.000 in Graz.", "100.000", "Mensch"),
        ("Es kamen 900 Besucher. Im Jahr davor waren es in Graz rund 700.", "700", "Besucher"),
        ("Es flohen fast 534.000 Menschen übers Meer, mehr als 400.000 nach Griechenland.", "400.000", "Mensch"),
        ("Die Flora umfasst 3.600 Arten, von denen 32 nur hier wachsen.", "32", "Art"),
        ("Auch die Zahl der festgenommenen Schlepper sank, und zwar von 591 auf 395.", "395", "Schlepper"),
        ("Die Zahl der Haftbefehle ist mit 17 allerdings gering.", "17", "Haftbefehl"),
        ("Heute halten 145.000 Beschäftigte Aktien. Bis 2020 sollen es mehr als 200.000 sein.", "200.000",
         "Beschäftigte"),
    ])
    func antecedent(text: String, span: String, unit: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.unit == unit)
    }

    @Test(arguments: [
        ("Die Täter flohen. Die drei wurden später gefasst.", "drei", true),
        ("Das geschah nach dem Abtauchen der drei im Jahr 1998.", "drei", true),
        ("Alle vier sind in Haft.", "vier", true),
        // Without an article or `alle` a number word alone is no count (`Es ist drei vor zwölf`).
        ("Sie zählte bis drei und lief.", "drei", false),
    ])
    func numberWordAfterAnArticleCountsANamedGroup(text: String, span: String, found: Bool) throws {
        let document = try Fixture.run(text)
        #expect((Fixture.quantity(span, in: document) != nil) == found)
    }

    @Test(arguments: [
        ("Sie kamen in den drei im Burgenland eingerichteten Sammelstellen an.", "drei", "Sammelstelle"),
        ("Es wurden 20 vom Staat bezahlte Ärzte entlassen.", "20", "Arzt"),
    ])
    func countedNounAfterAParticiplePhrase(text: String, number: String, unit: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(document.quantities.first { document.text(of: $0.span).hasPrefix(number) })
        #expect(quantity.unit == unit)
    }

    /// A bare number standing for a noun counts the people counted last, in its sentence or the two before.
    @Test(arguments: [
        ("Seither kamen 150.000 Flüchtlinge. Die Zahlen sinken. Im Jänner kamen noch 70.000.", "70.000",
         "Flüchtling"),
        ("In Linz warteten 3.500 Menschen, in Graz warteten fast 1.000 auf die Weiterreise.", "1.000", "Mensch"),
        ("Es wohnen dort 104 Menschen. Früher hieß es, 176 lebten in der Kaserne.", "176", "Mensch"),
    ])
    func bareNumberStandsForPeopleCountedBefore(text: String, span: String, unit: String) throws {
        let document = try Fixture.run(text)
        let quantity = try #require(Fixture.quantity(span, in: document))
        #expect(quantity.unit == unit)
    }

    @Test(arguments: [
        // Too far back: three sentences lie between.
        ("Es kamen 150.000 Flüchtlinge. Es regnete. Es schneite. Es stürmte. Im Jänner kamen noch 70.000.",
         "70.000"),
        // The count named last counts other things.
        ("Es kamen 150.000 Flüchtlinge und 300 Busse. Im Jänner kamen noch 70.000.", "70.000"),
        // The number's own noun comes later, after a participle.
        ("Es kamen 900 Menschen. Man fand 100.000 elektronisch erfasste Unterschriften.", "100.000"),
        // A number after a preposition is a value, not a count of people.
        ("Es kamen 900 Menschen. Die Zahl stieg von 176 auf 200.", "176"),
    ])
    func bareNumberWithoutPeopleBefore(text: String, span: String) throws {
        let document = try Fixture.run(text)
        let quantity = Fixture.quantity(span, in: document)
        #expect(quantity?.unit != "Flüchtling" && quantity?.unit != "Mensch")
    }

    @Test func figureWithThousandsSeparatorAfterAMonthIsACount() throws {
        let document = try Fixture.run("Im Jänner kamen 70.000, im Februar 50.000 und im März 30.000.")
        #expect(Fixture.quantity("50.000", in: document) != nil)
        #expect(Fixture.quantity("30.000", in: document) != nil)
        // A year after a month stays part of the date.
        let year = try Fixture.run("Im Februar 2016 kamen viele.")
        #expect(Fixture.quantity("2016", in: year) == nil)
    }

    /// `650 Polizistinnen und Polizisten` is one count; `4'300 Bild- und Videodateien` counts the shared head.
    @Test(arguments: [
        ("Es stehen 650 Polizistinnen und Polizisten bereit.", "650 Polizistinnen und Polizisten", "Polizistin"),
        ("Es kamen 40 Ärztinnen und Ärzte.", "40 Ärztinnen und Ärzte", "Ärztin"),
        ("Man fand über 4.300 Bild- und Videodateien.", "4.300 Bild- und Videodateien", "Datei"),
    ])
    func pairsOfNounsAreOneCount(text: String, span: String, unit: String) throws {
        let document = try Fixture.run(text)
        #expect(try #require(Fixture.quantity(span, in: document)).unit == unit)
    }

    @Test func womenAndOthersAreTwoCounts() throws {
        let document = try Fixture.run("Es kamen 20 Schülerinnen und Lehrer.")
        #expect(Fixture.quantity("20 Schülerinnen", in: document) != nil)
    }

    /// Number words in an enumeration of numbers or of places are counts of their own; two neighbours are a spoken
    /// range, one quantity with the noun after the second.
    @Test func numberWordsInAnEnumeration() throws {
        let ages = try Fixture.run("Sie fanden drei Kinder im Alter von vier, sieben und elf Jahren.")
        #expect(try #require(Fixture.quantity("vier", in: ages)).unit == "Jahr")
        #expect(try #require(Fixture.quantity("sieben", in: ages)).unit == "Jahr")
        let places = try Fixture.run(
            "Es stammen zwölf der Insassen aus Syrien, fünf aus Afghanistan und zwei aus dem Irak.")
        #expect(Fixture.quantity("fünf", in: places) != nil)
        #expect(Fixture.quantity("zwei", in: places) != nil)
        let part = try Fixture.run("Es gab 38 Festnahmen, darunter neun in Polen und drei in Litauen.")
        #expect(try #require(Fixture.quantity("neun", in: part)).unit == "Festnahme")
        // `Die meisten Festnahmen gab es in Deutschland mit 21, gefolgt von Spanien (14)`: the group the sentence
        // opens with is what its bare numbers count, and what happened to it happened to them.
        let most = try Fixture.run(
            "Die meisten Festnahmen gab es in Deutschland mit 21, gefolgt von Spanien (14) und Italien (9).")
        for figure in ["21", "14", "9"] {
            let quantity = try #require(Fixture.quantity(figure, in: most))
            #expect(quantity.unit == "Festnahme" && quantity.event == .arrested)
        }
        // (Past a source phrase and a modifier.)
        let sourced = try Fixture.run("Es gab 380 Festnahmen, darunter nach BKA-Angaben rund 180 in Deutschland.")
        #expect(try #require(Fixture.quantity("180", in: sourced)).unit == "Festnahme")
        #expect(Fixture.quantity("neun", in: try Fixture.run("Es gab Festnahmen, darunter neun in Polen.")) == nil)
        let parties = try Fixture.run("Davon gehören 27 zur AKP, 51 zur CHP und neun zur MHP.")
        #expect(Fixture.quantity("neun", in: parties) != nil)
        #expect(Fixture.quantity("neun", in: try Fixture.run("Sie gehen um neun zur Schule.")) == nil)
        let rough = try Fixture.run("Dafür wären zwei, drei Jahre nötig.")
        let spoken = try #require(Fixture.quantity("zwei, drei Jahre", in: rough))
        #expect(spoken.minValue == 2 && spoken.maxValue == 3 && spoken.unit == "Jahr")
    }

    /// `von den zehn Bewohnern leben nur noch sechs dort`, `zu fünf Jahren Haft …, Fischer zu drei`: a number word
    /// whose noun is left out counts what the count before it counted.
    @Test func numberWordWithItsNounLeftOut() throws {
        let left = try Fixture.run("Von den anfangs zehn Bewohnern leben nur noch sechs in dem Haus.")
        #expect(try #require(Fixture.quantity("sechs", in: left)).unit == "Bewohner")
        let parallel = try Fixture.run("Huber wurde zu fünf Jahren Haft verurteilt, Berger zu drei.")
        #expect(try #require(Fixture.quantity("drei", in: parallel)).unit == "Jahr")
        // With no count before it, such a word is no quantity.
        #expect(Fixture.quantity("drei", in: try Fixture.run("Dann wollte er noch drei sagen.")) == nil)
    }

    @Test func dateInsideAParticiplePhraseStaysADate() throws {
        let document = try Fixture.run("Mehrere der sieben am Freitag getöteten Attentäter waren Franzosen.")
        #expect(document.dates.contains { document.text(of: $0.span) == "Freitag" })
    }

    @Test func partOfAGroupIsNoParticiplePhrase() throws {
        let document = try Fixture.run("Es kamen 20.000 Menschen. 10.000 von ihnen stellten Asylanträge.")
        let quantity = try #require(document.quantities.first { document.text(of: $0.span).hasPrefix("10.000") })
        #expect(quantity.unit == "Mensch")
    }

    @Test func bareNumberWithANounOfItsOwnKeepsIt() throws {
        let document = try Fixture.run("Es gibt 25 Millionen Verkäufer und 800 Millionen stets verfügbare Artikel.")
        #expect(try #require(Fixture.quantity("800 Millionen", in: document)).unit != "Verkäufer")
    }

    @Test func moneyBeforeDavonIsNoCountedAntecedent() throws {
        let document = try Fixture.run("Es kamen 300 Gäste. Das kostete 620 Millionen Euro, davon 570 Millionen aus Wien.")
        let quantity = try #require(Fixture.quantity("570 Millionen", in: document))
        #expect(quantity.unit != "Gast")
    }

    /// Millions after money take its currency only where the money is the last figure with a unit before them.
    @Test func millionsAfterACountAreNoMoney() throws {
        let document = try Fixture.run("Für 5 Millionen Euro wurden 3 Millionen Masken gekauft, dazu 2 Millionen.")
        #expect(try #require(Fixture.quantity("2 Millionen", in: document)).currency == nil)
        let money = try #require(Fixture.quantity("5 Millionen Euro", in: document))
        #expect(money.currency == "EUR")
    }

    @Test func locationNounBeforeIsNoEvent() throws {
        let document = try Fixture.run("Es gab 23 Festnahmen in drei Bundesländern.")
        let quantity = try #require(Fixture.quantity("drei Bundesländern", in: document))
        #expect(quantity.event == nil)
    }
}

/// Quantities in place phrases and long enumerations.
struct EventPlaceAndListTests {
    @Test func placePhraseHasNoEvent() throws {
        let document = try Fixture.run("Ermittler aus sieben Ländern haben das Netzwerk zerschlagen.")
        let quantity = try #require(Fixture.quantity("sieben Ländern", in: document))
        #expect(quantity.event == nil)
    }

    @Test func longEnumerationSharesTheVerb() throws {
        let document = try Fixture.run(
            "Es wurden 1,3 Millionen Euro in bar, 60 Laptops, mehr als 200 Handys sowie Kryptowährung im Wert von "
                + "etwa 4,5 Millionen US-Dollar beschlagnahmt.")
        #expect(document.quantities.count == 4)
        #expect(document.quantities.allSatisfy { $0.event == .seized })
    }

    @Test func asideBetweenDashesDoesNotEndTheClause() throws {
        let document = try Fixture.run("Mehr als 100 Flüchtlinge – die meisten aus Syrien – seien gerettet worden.")
        #expect(Fixture.quantity("100 Flüchtlinge", in: document)?.event == .rescued)
    }

    @Test func nounBeforeAnEnumerationGovernsEveryItem() throws {
        let document = try Fixture.run(
            "Dort wurden die Leichen von vier Männern, zwei Kindern und drei Frauen entdeckt.")
        #expect(document.quantities.count == 3)
        #expect(document.quantities.allSatisfy { $0.event == .killed })
        // Not a quantity after the list is closed by a verb of its own.
        let other = try Fixture.run("Die Leichen von vier Männern lagen dort, zwei Kinder spielten daneben.")
        #expect(Fixture.quantity("zwei Kinder", in: other)?.event == nil)
    }
}

/// Number words and signed numbers whose unit comes later.
struct LaterUnitTests {
    @Test func numberWordBeforeAnotherNumber() throws {
        let document = try Fixture.run("Der Anteil stieg von sechs auf 12 Prozent.")
        let quantity = try #require(Fixture.quantity("sechs", in: document))
        #expect(quantity.value == 6)
        #expect(quantity.unit == "Prozent")
    }

    @Test func signedChange() throws {
        let document = try Fixture.run("Das Wachstum lag bei +0,3 Prozent.")
        #expect(Fixture.quantity("0,3 Prozent", in: document)?.value == 0.3)
    }

    @Test func phoneNumberWithCountryCode() throws {
        let document = try Fixture.run("Die Hotline ist unter +43 664 1234567 erreichbar.")
        #expect(document.quantities.isEmpty)
    }
}

/// A later quantity with its own verb takes the trigger.
struct LaterQuantityTests {
    @Test func hotelsAreNotKilled() throws {
        let document = try Fixture.run("Bei dem Anschlag auf drei Hotels wurden 20 Menschen getötet.")
        #expect(Fixture.quantity("drei Hotels", in: document)?.event == nil)
        #expect(Fixture.quantity("20 Menschen", in: document)?.event == .killed)
    }

    /// A sentence after `zu` is the verb's complement, not a subject with a verb of its own: the persons before it
    /// were sentenced (the duration itself keeps no event).
    @Test func sentenceAfterZuLeavesTheVerbToThePersons() throws {
        let document = try Fixture.run("Zwei Mitglieder waren vom Landgericht zu sieben Jahren Haft verurteilt worden.")
        #expect(Fixture.quantity("Zwei Mitglieder", in: document)?.event == .convicted)
        #expect(Fixture.quantity("sieben Jahren", in: document)?.event == nil)
    }
}

/// Events fit what is counted.
struct EventSortTests {
    @Test func timesAreNotTrafficked() throws {
        let document = try Fixture.run("Er sei zweimal verschleppt worden.")
        #expect(Fixture.quantity("zweimal", in: document)?.event == nil)
    }

    @Test func personsAreNotSeized() throws {
        let document = try Fixture.run("Die Polizei hat 30 Kinder und 200 Pässe beschlagnahmt.")
        #expect(Fixture.quantity("30 Kinder", in: document)?.event == nil)
        #expect(Fixture.quantity("200 Pässe", in: document)?.event == .seized)
    }
}

/// Units of nouns the noun list does not know.
struct UnknownNounTests {
    @Test(arguments: [
        ("Es gab 40 Einreichungen beim Wettbewerb.", "40 Einreichungen", "Einreichung"),
        ("Beteiligt waren zwölf Kinderbetreuerinnen.", "zwölf Kinderbetreuerinnen", "Kinderbetreuerin"),
    ])
    func suffixPlural(text: String, span: String, unit: String) throws {
        let document = try Fixture.run(text)
        #expect(Fixture.quantity(span, in: document)?.unit == unit)
    }
}

/// `über` before `ein`.
struct OverOneTests {
    @Test func overOneYear() throws {
        let document = try Fixture.run("Er sitzt seit über einem Jahr in Haft.")
        let quantity = try #require(Fixture.quantity("einem Jahr", in: document))
        #expect(quantity.value == 1)
        #expect(quantity.modifier == .moreThan)
    }
}
