import NewsGraphCore
import Testing

/// Date spans and their ISO 8601 values.
struct DateTests {
    @Test(arguments: [
        ("Die Wahl findet am 3. Oktober statt.", "3. Oktober", "--10-03"),
        ("Das Gesetz gilt seit 1. Jänner 2016.", "1. Jänner 2016", "2016-01-01"),
        ("Die Messe läuft vom 12. bis 15. März.", "12. bis 15. März", "--03-12/--03-15"),
        ("Die Konferenz tagt am 3. und 4. Juni.", "3. und 4. Juni", "--06-03/--06-04"),
        ("Im Spätsommer 2013 kam er an.", "Spätsommer 2013", "2013"),
        ("Der Vertrag endet im Juni 2019.", "Juni 2019", "2019-06"),
        ("Das Urteil fiel Anfang März.", "Anfang März", "--03"),
        ("Die Zahlen stammen aus Februar dieses Jahres.", "Februar dieses Jahres", "--02"),
        ("Der Plan gilt für 2021–2025.", "2021–2025", "2021/2025"),
        ("Die Saison 2018/19 war schwach.", "2018/19", "2018/2019"),
        ("In den 1980er-Jahren stieg die Zahl.", "1980er-Jahren", "1980/1989"),
        ("Seit Mitte der 1970er Jahre ruft sie auf.", "Mitte der 1970er Jahre", "1970/1979"),
        ("Anfang der 90er-Jahre stieg die Rate.", "Anfang der 90er-Jahre", "1990/1999"),
        ("In den Neunzigerjahren war das anders.", "Neunzigerjahren", "1990/1999"),
        ("Ende der Sechzigerjahre kam er.", "Ende der Sechzigerjahre", "1960/1969"),
        ("Das war in den späten 80er-Jahren so.", "späten 80er-Jahren", "1980/1989"),
        ("Der Brief kam am 24.12.2015 an.", "24.12.2015", "2015-12-24"),
        ("Er kam zu Heiligabend nach Hause.", "Heiligabend", "--12-24"),
        ("Er lebte zwischen März 2019 und Mai 2020 in Linz.", "März 2019 und Mai 2020", "2019-03/2020-05"),
        ("Die Razzien fanden zwischen dem 14. und 16. Oktober statt.", "14. und 16. Oktober", "--10-14/--10-16"),
        ("Zwischen 3. Mai und dem 9. Juli 2021 kamen 500.", "3. Mai und dem 9. Juli 2021", "2021-05-03/2021-07-09"),
        ("Die Ausstellung läuft vom 2. Juni bis zum 5. August.", "2. Juni bis zum 5. August", "--06-02/--08-05"),
        ("Die Firma wurde 1998 gegründet.", "1998", "1998"),
        ("Im ersten Quartal 2015 stieg der Umsatz.", "ersten Quartal 2015", "2015-01/2015-03"),
        ("Im zweiten Halbjahr 2016 sank er.", "zweiten Halbjahr 2016", "2016-07/2016-12"),
        ("Im 3. Quartal 2015 sank er.", "3. Quartal 2015", "2015-07/2015-09"),
        ("Im Jahr 2013 sank er.", "Jahr 2013", "2013"),
        ("Es kamen mehr als im gesamten Jahr 2014.", "gesamten Jahr 2014", "2014"),
        ("Die Bilanz des Jahres 2004 war gut.", "Jahres 2004", "2004"),
        ("In den Jahren 2014 bis 2016 sank er.", "Jahren 2014 bis 2016", "2014/2016"),
        ("Die 2015 und 2016 angefallenen Kosten stiegen.", "2015 und 2016", "2015/2016"),
        ("Im Jänner und Februar kamen viele.", "Jänner und Februar", "--01/--02"),
        ("Der Anschlag geschah am Abend des 13. November.", "Abend des 13. November", "--11-13"),
        ("Sie griffen in der Nacht zum 30. Oktober an.", "Nacht zum 30. Oktober", "--10-30"),
        ("Sie stritten in der Nacht auf den 3. März 2010.", "Nacht auf den 3. März 2010", "2010-03-03"),
        // Two dates after `zwischen` that give a year each, or a month each.
        ("Er tat es zwischen Frühjahr 2020 und Ende 2022.", "Frühjahr 2020 und Ende 2022", "2020/2022"),
        ("Gewählt wird zwischen Mitte Oktober und Anfang Dezember.", "Mitte Oktober und Anfang Dezember", "--10/--12"),
        ("Am frühen Morgen des 3. März 2016 brannte es.", "frühen Morgen des 3. März 2016", "2016-03-03"),
        ("Die Demo ist am 25. September abends geplant.", "25. September abends", "--09-25"),
        ("Im März abends regnet es.", "März", "--03"),
        ("Im März des Jahres 2015 kam er.", "März des Jahres 2015", "2015-03"),
        ("Im Juli des Vorjahres war es anders.", "Juli des Vorjahres", "--07"),
    ])
    func absolute(text: String, span: String, expected: String) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == span)
        #expect(date.normalized == expected)
    }

    /// A quarter or half without a year is a date the text gives no value for; a genitive period is in it.
    @Test(arguments: [
        ("Im ersten Quartal stieg der Umsatz.", "ersten Quartal"),
        ("Im dritten Quartal des Vorjahres fiel er.", "dritten Quartal des Vorjahres"),
        ("Im zweiten Halbjahr dieses Jahres wächst er.", "zweiten Halbjahr dieses Jahres"),
    ])
    func yearPartWithoutAYear(text: String, span: String) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == span)
        #expect(date.normalized == nil)
    }

    /// A deictic word at a sentence's start before no period noun is no date (`Diese Aussage`), nor before an
    /// adverb (`die diese heuer`).
    /// `Samstag-Ausgabe`: a weekday opening a compound noun is no date.
    @Test func weekdayOpeningACompoundIsNoDate() throws {
        let document = try Fixture.run("Das stand in der Samstag-Ausgabe. Das Freitag-Training fiel aus.")
        #expect(document.dates.isEmpty)
    }

    /// `Mai-Mai-Milizen`: a month doubled by a hyphen is a name; a range of two months is a date.
    @Test func doubledMonthIsAName() throws {
        let document = try Fixture.run("Die Mai-Mai-Milizen kämpfen. Von März-Mai war er fort.")
        #expect(document.dates.map { document.text(of: $0.span) } == ["März-Mai"])
    }

    /// After `seit` a four-digit number before a counted noun is the year the thing began; before a span of time
    /// it counts the span.
    @Test func yearAfterSeitBeforeACountedNoun() throws {
        let document = try Fixture.run(
            "Er soll seit 2019 Frauen zur Arbeit gezwungen haben. Das gibt es seit 2000 Jahren.")
        #expect(document.dates.map { document.text(of: $0.span) } == ["2019"])
        #expect(document.quantities.map { document.text(of: $0.span) } == ["2000 Jahren"])
        // Also with a modifier between (`seit mindestens 2019`); a modified number with no `seit` counts.
        let modified = try Fixture.run(
            "Sie brachte seit mindestens 2019 Minderjährige her. Es kamen mindestens 2019 Menschen.")
        #expect(modified.dates.map { modified.text(of: $0.span) } == ["2019"])
        #expect(modified.quantities.map { modified.text(of: $0.span) } == ["2019 Menschen"])
    }

    @Test func hourWordWithoutUhrIsNoTime() throws {
        let document = try Fixture.run("Neun Menschen kamen um zwölf an.")
        #expect(document.dates.isEmpty)
        #expect(document.quantities.map { document.text(of: $0.span) } == ["Neun Menschen"])
    }

    @Test(arguments: ["Diese Aussage ist falsch.", "Es sind die, die diese heuer brauchen."])
    func deicticWordWithoutAPeriodIsNoDate(_ text: String) throws {
        let document = try Fixture.run(text)
        #expect(!document.dates.contains { document.text(of: $0.span).contains("iese") })
    }

    /// `die diesjährige Ausgabe`, `die heurigen Festspiele`: an adjective of this or last year before a noun of no
    /// time is no date; before a month it stays in the month's span.
    @Test(arguments: [
        ("Die diesjährige Ausgabe war kurz.", nil, nil),
        ("Der letztjährige Sieger fehlt.", nil, nil),
        ("Die heurigen Festspiele beginnen.", nil, nil),
        ("Im diesjährigen März kamen sie.", "diesjährigen März", "--03"),
    ] as [(String, String?, String?)])
    func yearAdjectiveDatesOnlyATime(_ text: String, _ span: String?, _ value: String?) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.map { document.text(of: $0.span) } == (span.map { [$0] } ?? []))
        #expect(document.dates.first?.normalized == value)
    }

    /// `das gesamte Wochenende`, `die ganze Woche`: a word for the whole period stays in its span (guidelines);
    /// after an indefinite article the words measure a length of time, which is no date.
    @Test(arguments: [
        ("Der Druck war das gesamte Wochenende da.", ["gesamte Wochenende"]),
        ("Die ganze Woche regnete es.", ["ganze Woche"]),
        ("Er wartete ein ganzes Jahr.", []),
        ("Er blieb einen ganzen Monat lang.", []),
        ("Ein ganzes Jahr verging.", []),
    ])
    func wholePeriodWordStaysInTheSpan(_ text: String, _ spans: [String]) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.map { document.text(of: $0.span) } == spans)
    }

    @Test(arguments: [
        ("Das Lokal öffnet um 18 Uhr.", "18 Uhr", "18:00"),
        ("Der Zug stand um 23.40 Uhr still.", "23.40 Uhr", "23:40"),
        ("Geöffnet ist von 9 bis 17 Uhr.", "9 bis 17 Uhr", "09:00/17:00"),
        // An hour in words, with `Uhr` (no count of `Uhr`).
        ("Die Busse fuhren um neun Uhr ab.", "neun Uhr", "09:00"),
        // An adverb of the time of day after it is in the span.
        ("Der Streit endete gegen 1.15 Uhr früh.", "1.15 Uhr früh", "01:15"),
    ])
    func clockTimeFixesNoDay(text: String, span: String, time: String) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == span)
        #expect(date.normalized == nil)
        #expect(date.timeOfDay == time)
    }

    @Test(arguments: [
        ("Die Razzia fand am Donnerstag statt.", "Donnerstag"),
        ("Die Zahl stieg vergangene Woche.", "vergangene Woche"),
        ("Das Treffen ist nächsten Monat.", "nächsten Monat"),
        ("Er traf in dieser Saison zwölfmal.", "dieser Saison"),
        ("Er kam am Samstagabend zurück.", "Samstagabend"),
        ("Das Projekt begann ein Jahr zuvor.", "Jahr zuvor"),
        ("Nur eine Stunde später sagte er aus.", "eine Stunde später"),
        ("Im Sommer sinken die Preise.", "Sommer"),
        ("Gestern wurde der Bericht veröffentlicht.", "Gestern"),
        ("Er entschuldigte sich am nächsten Tag.", "nächsten Tag"),
        ("Sie starb am selben Tag.", "selben Tag"),
        ("Die Polizei kam am frühen Morgen.", "frühen Morgen"),
        ("Die Busse kamen in den späten Abendstunden.", "späten Abendstunden"),
        ("Seit dem Morgen passiert viel.", "Morgen"),
        ("Er war kurz nach Mitternacht zu schnell.", "Mitternacht"),
        ("Er gehört seit vergangenem Jahr dazu.", "vergangenem Jahr"),
        ("Die Partie ist am Gründonnerstag.", "Gründonnerstag"),
        ("Sie kamen in der Früh an.", "Früh"),
        ("Sie hatten die Nacht in Zelten verbracht.", "Nacht"),
        ("Im Laufe des Vormittags kamen sie.", "Vormittags"),
        ("Das teilte die Behörde zu Mittag mit.", "Mittag"),
        ("Es blieb nicht der letzte Transport an diesem Tag.", "diesem Tag"),
        ("Sie schlafen tagsüber.", "tagsüber"),
        ("Tags darauf trat das Gesetz in Kraft.", "Tags darauf"),
        ("Sie hatte dies bereits tags zuvor angekündigt.", "tags zuvor"),
        ("Vergangene Woche stieg die Zahl.", "Vergangene Woche"),
        ("Im gesamten Vorjahr stieg die Zahl.", "gesamten Vorjahr"),
        ("Es waren doppelt so viele wie im Vorjahreszeitraum.", "Vorjahreszeitraum"),
        ("Die Polizei erstattete im Berichtsjahr 101 Anzeigen.", "Berichtsjahr"),
        ("Die Betriebe sollen bis Ende Jahr schließen.", "Ende Jahr"),
        ("Geöffnet ist von Montag bis Freitag.", "Montag bis Freitag"),
        ("Von Sonntag auf Montag kamen 100 Menschen.", "Sonntag auf Montag"),
        ("Gesperrt war von 7 Uhr bis 10 Uhr.", "7 Uhr bis 10 Uhr"),
    ])
    func relativeHasNoValue(text: String, span: String) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span).contains(span))
        #expect(date.normalized == nil)
    }

    @Test(arguments: [
        ("Die Zahl stieg im letzten Monat.", "2025-10"),
        ("Der Bericht erschien am Dienstag.", "2025-11-25"),
        ("Die Polizei kam gestern.", "2025-11-27"),
        ("Das war im Februar dieses Jahres.", "2025-02"),
        ("Die Razzia war im vergangenen Jahr.", "2024"),
        ("Das Treffen ist am 3. Dezember.", "2025-12-03"),
        ("Er gehört seit vergangenem Jahr dazu.", "2024"),
        // A month after a deictic word: its last or next occurrence, a year away for the publication's own.
        ("Die Lücke fand er im vergangenen Dezember.", "2024-12"),
        ("Die Lücke fand er im vergangenen Oktober.", "2025-10"),
        ("Die Lücke fand er im vergangenen November.", "2024-11"),
        ("Die Wahl ist im kommenden März.", "2026-03"),
        ("Das geschah im diesjährigen März.", "2025-03"),
    ])
    func resolvedAgainstPublicationDate(text: String, expected: String) throws {
        let document = try Fixture.run(text, publicationDate: "2025-11-28")
        let date = try #require(document.dates.first)
        #expect(date.resolved == expected)
    }

    /// The deictic word before a month, a genitive period and the adjective of a weekday's time of day are in the
    /// span (`letzten Monat` keeps its word too); the month's value stays the month's.
    @Test(arguments: [
        ("Er kam im vergangenen Oktober.", "vergangenen Oktober", "--10"),
        ("Er kam im heurigen Mai.", "heurigen Mai", "--05"),
        ("Das galt bis Anfang des heurigen Jahres.", "Anfang des heurigen Jahres", nil),
        ("Er kam im Dezember heurigen Jahres.", "Dezember heurigen Jahres", "--12"),
        ("Er kam am späten Donnerstagabend.", "späten Donnerstagabend", nil),
        // `desselben Jahres`: the year named before, no value; a weekday's part of the day in its own phrase.
        ("Im Sommer desselben Jahres stimmten sie zu.", "Sommer desselben Jahres", nil),
        ("Im Februar desselben Jahres kam er.", "Februar desselben Jahres", "--02"),
        ("Sie kamen am Montag in der Früh an.", "Montag in der Früh", nil),
        ("Er kam am Montag am Abend.", "Montag am Abend", nil),
    ] as [(String, String, String?)])
    func deicticWordsStayInTheSpan(text: String, span: String, expected: String?) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == span)
        #expect(date.normalized == expected)
    }

    @Test func theStorysSameYearIsNotThePublicationYear() throws {
        let document = try Fixture.run("Im selben Jahr begann sie.", publicationDate: "2025-11-28")
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == "selben Jahr")
        #expect(date.resolved == nil)
    }

    @Test(arguments: [
        "Sie arbeiteten den ganzen Tag über.", "Das war der letzte Tag.",
    ])
    func aDayThatAnEventOrASpanGivesIsNoDate(_ text: String) throws {
        #expect(try Fixture.run(text).dates.isEmpty)
    }

    @Test func holidayNamedWithAPeriodWord() throws {
        let document = try Fixture.run("Am Tag der Arbeit ist frei.")
        #expect(document.dates.first?.normalized == "--05-01")
    }

    /// Only years or months in a row joined by `und` are one span; others stay two dates.
    @Test func yearsApartStayTwoDates() throws {
        let document = try Fixture.run("Die Wahlen 2014 und 2016 brachten wenig.")
        #expect(document.dates.map(\.normalized) == ["2014", "2016"])
    }

    /// `von Mitte September bis Ende Oktober`: two dates of one kind joined by `bis` are one range; a month and the
    /// year something runs to are not (`im Juni bis 2019 verlängert`).
    @Test func datesJoinedByBisAreOneRange() throws {
        let document = try Fixture.run("Die Operation lief von Mitte September bis Ende Oktober.")
        #expect(document.dates.map(\.normalized) == ["--09/--10"])
        let until = try Fixture.run("Er hatte den Vertrag im Juni bis 2019 verlängert.")
        #expect(until.dates.map(\.normalized) == ["--06", "2019"])
    }

    @Test func silvesternachtIsNewYearsEve() throws {
        #expect(try Fixture.run("In der Silvesternacht gab es Übergriffe.").dates.first?.normalized == "--12-31")
    }

    @Test(arguments: [
        "Seit Monaten warten die Familien.",
        "In den letzten Wochen stieg die Zahl.",
        "Die 2000 Menschen warteten.",
        "Es kamen mehr als 2000 zumeist junge Leute.",
        "Er lief 1500 Meter in Rekordzeit.",
        "Der August Schmidt kam zu spät.",
        "Die Morgenstunden sind kühl.",
    ])
    func notADate(text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.isEmpty, "\(document.dates.map { document.text(of: $0.span) })")
    }

    @Test func durationIsAQuantityNotADate() throws {
        let document = try Fixture.run("Er lebt seit 15 Jahren in Wien.")
        #expect(document.dates.isEmpty)
        #expect(document.quantities.count == 1)
    }
}

/// Dates made of several parts.
struct CompoundDateTests {
    @Test(arguments: [
        ("Die Firma schließt am Montag, dem 2. Mai, ihre Filiale.", "Montag, dem 2. Mai", "--05-02"),
        ("Die Frist endet Jahresende 2017 für alle.", "Jahresende 2017", "2017"),
        ("Der Prozess beginnt Anfang der Woche in Graz.", "Anfang der Woche", nil),
    ])
    func span(text: String, span: String, expected: String?) throws {
        let document = try Fixture.run(text)
        let date = try #require(document.dates.first)
        #expect(document.text(of: date.span) == span)
        #expect(date.normalized == expected)
    }
}

/// Four-digit numbers after a name.
struct YearAfterNameTests {
    @Test func yearAfterAName() throws {
        let document = try Fixture.run("Der Durchbruch gelang dem Forschungszentrum Cern 2012 nach langer Suche.")
        #expect(document.dates.first?.normalized == "2012")
    }

    /// A title won in a year is no count of title holders.
    @Test func yearBeforeATitleWon() throws {
        let document = try Fixture.run("Mit Frankreich wurde er 1998 Weltmeister.")
        #expect(document.dates.first?.normalized == "1998")
        #expect(document.quantities.isEmpty)
    }

    @Test func countBeforeAPluralNoun() throws {
        let document = try Fixture.run("Laut Polizei 2000 Menschen zogen durch die Stadt.")
        #expect(document.dates.isEmpty)
        #expect(Fixture.quantity("2000 Menschen", in: document)?.value == 2000)
    }
}

/// `heute` is the day, but inside a noun phrase, an idiom, with `schon`/`bereits` (already now), after `bis` (to
/// this day), before a colon, in a might-be or a comparison no date.
struct TodayTests {
    @Test(arguments: ["Der heute 19-jährige Sänger kam.", "Das heute bekannte Netz ist langsam.",
                      "Er kam mit seiner heute achtjährigen Tochter.", "Das ging von heute auf morgen.",
                      "Heute ist er Minister.", "Bereits heute würden viele kaufen.", "Es ist heute schon teurer.",
                      "Das Gesetz gilt bis heute.",
                      // Today's name, a might-be and a comparison with the past.
                      "Die BELIG (heute: Wirtschaft AG) wurde verkauft.", "Sie wäre heute in einer ähnlichen Lage.",
                      "Die Shops sehen heute professioneller aus als echte Händler."])
    func heuteInANounPhraseOrIdiomIsNoDate(_ text: String) throws {
        #expect(try Fixture.run(text).dates.isEmpty)
    }

    @Test(arguments: ["Ich war naiv, sagt er heute.", "Der Bus fuhr heute wieder schneller.",
                      "Noch heute betont er das.", "Es kamen heute 100 Menschen an."])
    func heuteAfterTheVerbIsTheDay(_ text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.map { document.text(of: $0.span) } == ["heute"])
        #expect(document.dates.first?.normalized == nil)
    }

    @Test(arguments: ["Seit Wochenbeginn kam niemand.", "Sie waren seit dem Vorabend unterwegs.",
                      "Das gilt nach den Osterferien."])
    func relativeWordsForParts(_ text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.count == 1)
        #expect(document.dates.first?.normalized == nil)
    }

    @Test func heuteWithAWeekdayIsTheDay() throws {
        let document = try Fixture.run("Das teilte heute, Freitag, die Behörde mit.")
        #expect(document.dates.contains { document.text(of: $0.span) == "heute" })
    }
}

/// Comparisons with a year.
struct YearComparisonTests {
    @Test func comparisonWithAYear() throws {
        let document = try Fixture.run("Die Zahl der Anzeigen war niedriger als 2014.")
        #expect(document.dates.first?.normalized == "2014")
        #expect(document.quantities.isEmpty)
    }

    @Test(arguments: [
        "Das kam überraschend, als 2014 ein starkes Jahr gewesen war.",
        "Es gab mehr Arbeitslose als 2014 – auch wegen des Winters.",
    ])
    func alsAfterNoComparativeWordComparesWithTheYear(_ text: String) throws {
        let document = try Fixture.run(text)
        #expect(document.dates.first?.normalized == "2014")
        #expect(document.quantities.isEmpty)
    }

    @Test func mehrAlsBeforeANounIsACount() throws {
        let document = try Fixture.run("Es kamen mehr als 2014 Menschen.")
        #expect(document.dates.isEmpty)
        #expect(Fixture.quantity("2014 Menschen", in: document)?.value == 2014)
    }
}

/// A date word inside a name belongs to the name.
struct DateInNameTests {
    @Test func weekdayInsideANewspaperNameIsNoDate() throws {
        #expect(try Fixture.run("Das sagte er der Welt am Sonntag.", organisations: ["Welt am Sonntag"]).dates.isEmpty)
        // Without the name the weekday is a date.
        #expect(try Fixture.run("Das sagte er am Sonntag.").dates.count == 1)
    }
}
