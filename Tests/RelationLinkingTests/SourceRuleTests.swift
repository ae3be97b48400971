import NewsGraphCore
@testable import RelationLinking
import Testing

/// accordingTo: figures with a named source.
struct SourceRuleTests {
    @Test(arguments: ["Laut der Zeitung wurden 40 Menschen verletzt.", "Es wurden laut Zeitung 40 Menschen verletzt."])
    func mediaNounAfterLautTakesUpTheNewspaper(_ sentence: String) throws {
        let text = "Die Kronen Zeitung berichtete davon. " + sentence
        #expect(try Fixture.describe(text, [.media("Kronen Zeitung"), .quantity("40 Menschen")])
            == ["40 Menschen accordingTo Kronen Zeitung"])
    }

    /// `gemäß`, in Swiss spelling `gemäss`, names a source as `laut` does.
    @Test(arguments: ["Gemäß der Velora gab es 94 Straftaten.", "Gemäss dem Velora registrierte man 94 Straftaten."])
    func gemaessNamesTheSource(_ text: String) throws {
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("94 Straftaten")])
            == ["94 Straftaten accordingTo Velora"])
    }

    /// `Die IG Metall sprach von 45.000 Teilnehmern`: who speaks of a figure is its source; speaking of something else
    /// gives none to a figure later in the sentence.
    @Test func speakingOfAFigureMakesTheSpeakerItsSource() throws {
        let text = "Die Velora sprach von 45.000 Teilnehmern, davon 2.500 in Linz."
        let out = try Fixture.describe(text, [.org("Velora"), .quantity("45.000 Teilnehmern"), .quantity("2.500"),
                                              .loc("Linz")])
        #expect(out.contains("45.000 Teilnehmern accordingTo Velora"))
        #expect(out.contains("2.500 accordingTo Velora"))
        let other = try Fixture.describe("Die Velora sprach von einem Erfolg, 2.500 kamen.",
                                         [.org("Velora"), .quantity("2.500")])
        #expect(other.isEmpty)
        // A modifier or adjective before the figure, a time before `von`.
        let modified = try Fixture.describe("Die Velora sprach am Montag von mehr als 200 Festnahmen.",
                                            [.org("Velora"), .quantity("200 Festnahmen")])
        #expect(modified == ["200 Festnahmen accordingTo Velora"])
    }

    /// `Sie sprach von 300 Toten` after a sentence on a woman: the pronoun is she, the figure's source; not where
    /// the pronoun does not fit the person named before.
    @Test func pronounSubjectOfSprachVonTakesUpThePersonBefore() throws {
        let out = try Fixture.describe("Ministerin Anna Lenz kam nach Linz. Sie sprach von 300 Toten.",
                                       [.per("Anna Lenz"), .quantity("300 Toten")])
        #expect(out.contains("300 Toten accordingTo Anna Lenz"))
        let other = try Fixture.describe("Minister Karl Brandl kam nach Linz. Sie sprach von 300 Toten.",
                                         [.per("Karl Brandl"), .quantity("300 Toten")])
        #expect(!other.contains("300 Toten accordingTo Karl Brandl"))
    }

    /// `Der Statistik zufolge` after `Das geht aus einer Erhebung des BKA hervor`: a definite source noun takes up the
    /// body whose document the sentence before named; not a person's statement.
    @Test func definiteSourceNounTakesUpTheBodyNamedBefore() throws {
        let text = "Das geht aus einer Erhebung der Velora hervor. Der Statistik zufolge hatten 901 Taten Motive."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("901 Taten")])
            == ["901 Taten accordingTo Velora"])
        let person = "Das sei gut, erklärte Anna Roth. Der Umfrage zufolge kaufen 68 Prozent online."
        #expect(try Fixture.describe(person, [.per("Anna Roth"), .quantity("68 Prozent")])
            == ["Anna Roth said Das sei gut"])
        // Nor a body's statement: the report is another's.
        let statement = "Nach Angaben der Velora starben 900 Menschen. Dem Bericht zufolge gab es 7200 Urteile."
        #expect(try Fixture.describe(statement, [.org("Velora"), .quantity("900 Menschen"), .quantity("7200 Urteile")])
            == ["900 Menschen accordingTo Velora"])
    }

    /// `Dem Bericht vom Donnerstag zufolge` takes up the source that came with the same noun, past a body's
    /// figures named since, and goes on in Konjunktiv as a named source does.
    @Test func definiteSourceNounTakesUpTheSourceOfTheSameNoun() throws {
        let text = "Nach einem Bericht von Velora gab es 1000 Angriffe. Das geht aus einer Erhebung der Norda hervor. "
            + "Dem Bericht vom Donnerstag zufolge stieg der Anteil. Im Vorjahr seien 173 Fälle gezählt worden."
        let out = try Fixture.describe(
            text, [.org("Velora"), .org("Norda"), .quantity("1000 Angriffe"), .quantity("173 Fälle")])
        #expect(out.contains("173 Fälle accordingTo Velora"))
        #expect(!out.contains("173 Fälle accordingTo Norda"))
    }

    /// `Demnach …` takes up the source of the sentence right before; with none there it takes up nothing.
    @Test func demnachTakesUpTheSourceOfTheSentenceBefore() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .quantity("236 Milliarden Dollar")]
        let text = "Die Lage sei ernst, teilte die Velora mit. Demnach verdienen Täter 236 Milliarden Dollar."
        #expect(try Fixture.describe(text, marks).contains("236 Milliarden Dollar accordingTo Velora"))
        let none = "Die Velora tagte in Wien. Demnach verdienen Täter 236 Milliarden Dollar."
        #expect(try !Fixture.describe(none, marks).contains { $0.contains("accordingTo") })
    }

    /// `Nach den jüngsten Schätzungen von Velora, der Norda und der Stiftung Kestra`: adjectives before the source
    /// noun, and every body joined to the source.
    @Test func coordinatedBodiesAfterASourceNounAreSourcesToo() throws {
        let text = "Nach den jüngsten globalen Schätzungen von Velora, der Norda und der Stiftung Kestra leben "
            + "50 Millionen Menschen in Sklaverei."
        let out = try Fixture.describe(text, [.org("Velora"), .org("Norda"), .org("Kestra"),
                                              .quantity("50 Millionen Menschen")])
        #expect(out == ["50 Millionen Menschen accordingTo Velora", "50 Millionen Menschen accordingTo Norda",
                        "50 Millionen Menschen accordingTo Kestra"])
    }

    /// `Das geht aus dem „Global Report“ des Büros … hervor`: the body after the document's quoted title.
    @Test func bodyAfterAQuotedDocumentTitleIsTheSource() throws {
        let text = "Die Behörden zählten 25 Prozent mehr Opfer. Das geht aus dem am Mittwoch in Wien "
            + "veröffentlichten „Global Report on Trafficking in Persons 2024“ des Büros der Velora für Drogen hervor."
        let out = try Fixture.describe(text, [.org("Büros der Velora für Drogen"), .loc("Wien"),
                                              .quantity("25 Prozent")])
        #expect(out == ["25 Prozent accordingTo Büros der Velora für Drogen"])
        // `aus` right before the particle leaves no room for a title (and traps no empty range).
        #expect(try Fixture.describe("Es gab 25 Prozent mehr. Das geht aus hervor.", [.quantity("25 Prozent")]).isEmpty)
    }

    @Test func roleCompoundOnABodyNamesThePersonAfterIt() throws {
        let text = "Laut Velora-Präsident Karl Huber wurden 361 Verfahren abgeschlossen."
        #expect(try Fixture.describe(text, [.org("Velora"), .per("Karl Huber"), .quantity("361 Verfahren")])
            .contains("361 Verfahren accordingTo Karl Huber"))
    }

    @Test func typeWordInTheGenitiveTakesUpTheBodyItIntroduced() throws {
        let text = "Der Verein Velora hilft Frauen. Nach Angaben des Vereins betreut er 80 Betroffene."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("80 Betroffene")])
            == ["80 Betroffene accordingTo Velora"])
    }

    /// The type word the body was introduced with in the genitive, as `zufolge`'s or `laut`'s source: several
    /// sentences later for the whole compound, not for a shorter type word then.
    @Test(arguments: [
        ("Dem Digitalverband zufolge", "80 Prozent accordingTo Velora", 0),
        ("Laut dem Verband", "80 Prozent accordingTo Velora", 0),
        ("Dem Digitalverband zufolge", "80 Prozent accordingTo Velora", 4),
        ("Laut dem Verband", nil, 4),
    ] as [(String, String?, Int)])
    func typeWordTakesUpTheBodyItIntroducedInTheGenitive(_ cue: String, _ expected: String?, _ gap: Int) throws {
        let filler = String(repeating: "Das Wetter war gut. ", count: gap)
        let text = "Das zeigt eine Umfrage des Digitalverbands Velora. " + filler + cue + " sind 80 Prozent dafür."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("80 Prozent")]) == (expected.map { [$0] } ?? []))
    }

    @Test(arguments: [
        "Die Caritas betreut nach eigenen Angaben 300 Menschen.",
        "Eigenen Angaben zufolge betreut die Caritas 300 Menschen.",
        "Laut eigener Schätzung betreut die Caritas 300 Menschen.",
        "Die Caritas betreut nach eigener Schilderung 300 Menschen.",
        // (The subject before a relative clause set off right before the clause.)
        "Die Caritas, die in Linz ein Heim betreibt, betreut nach eigenen Angaben 300 Menschen.",
    ])
    func ownStatementIsTheSubjectsSource(_ text: String) throws {
        #expect(try Fixture.describe(text, [.org("Caritas"), .quantity("300 Menschen")])
            == ["300 Menschen accordingTo Caritas"])
    }

    /// `Die Einrichtung hat nach eigenen Angaben …`: a bare type word opening the sentence takes up the one body
    /// named just before; with two named, none.
    @Test func ownStatementOfABareTypeWordTakesUpTheBodyNamedBefore() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .org("Caritas"), .quantity("412 Betroffene")]
        let one = "Betreut wurden sie von der Velora. Die Einrichtung hat nach eigenen Angaben "
            + "412 Betroffene begleitet."
        #expect(try Fixture.describe(one, marks) == ["412 Betroffene accordingTo Velora"])
        let two = "Betreut wurden sie von der Velora und der Caritas. Die Einrichtung hat nach eigenen Angaben "
            + "412 Betroffene begleitet."
        #expect(try Fixture.describe(two, marks).isEmpty)
        // The same after the verb, right before the cue.
        let inverted = "Betreut wurden sie von der Velora. Insgesamt hat die Einrichtung nach eigenen Angaben "
            + "412 Betroffene begleitet."
        #expect(try Fixture.describe(inverted, marks) == ["412 Betroffene accordingTo Velora"])
    }

    /// A body in the genitive after the subject, its acronym too, is whose the subject is, not the source.
    @Test func ownStatementOfABodyWithAGenitiveIsTheBodys() throws {
        let text = "Die Beratungsstelle Velora des Deutschen Gewerkschaftsbundes (DGB) zählte nach eigenen Angaben "
            + "9.000 Gespräche."
        let marks: [Fixture.Mark] = [.org("Velora"), .org("Deutschen Gewerkschaftsbundes", key: "DGB"),
                                     .org("DGB", key: "DGB"), .quantity("9.000 Gespräche")]
        #expect(try Fixture.describe(text, marks) == ["9.000 Gespräche accordingTo Velora"])
        let alone = "Der Deutsche Gewerkschaftsbund (DGB) zählte nach eigenen Angaben 9.000 Gespräche."
        #expect(try Fixture.describe(alone, [.org("Deutsche Gewerkschaftsbund", key: "DGB"), .org("DGB", key: "DGB"),
                                             .quantity("9.000 Gespräche")])
            == ["9.000 Gespräche accordingTo DGB"])
        let unit = "Das Zentrum gegen Cyberkriminalität bei Europol half nach eigenen Angaben 340 Opfern."
        #expect(try Fixture.describe(unit, [.org("Zentrum gegen Cyberkriminalität"), .org("Europol"),
                                            .quantity("340 Opfern")])
            == ["340 Opfern accordingTo Zentrum gegen Cyberkriminalität"])
    }

    /// The byte test answers as `hasPrefix` does, a mark joined to the colon included (no prefix then).
    @Test(arguments: [
        "literal:PISA-Studie", "literal:", "literal", "literal:\u{301}PISA", "Literal:PISA", "person/Anna Roth", "",
    ])
    func literalKeyIsTheLiteralPrefix(_ key: String) {
        #expect(SourceRules.isLiteral(key) == key.hasPrefix("literal:"))
    }

    @Test func companyWordBeforeAngabenTakesUpTheCompany() throws {
        let text = "Mitarbeiter halten nach Konzern-Angaben 5 Prozent der Velora-Aktien."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("5 Prozent")])
            == ["5 Prozent accordingTo Velora"])
        let before = "Velora beteiligt die Belegschaft. Sie halten nach Konzern-Angaben 5 Prozent."
        #expect(try Fixture.describe(before, [.org("Velora"), .quantity("5 Prozent")])
            == ["5 Prozent accordingTo Velora"])
    }

    @Test func personSetOffAfterARoleInASourcePhrase() throws {
        let text = "Das ist nach Worten des Staatssekretärs im Ministerium, Karl Huber, gut. 2013 hätten 10 Prozent "
            + "der Firmen so gehandelt."
        #expect(try Fixture.describe(text, [.per("Karl Huber"), .quantity("10 Prozent")])
            .contains("10 Prozent accordingTo Karl Huber"))
    }

    @Test func documentOfABodyAfterLautNamesTheBody() throws {
        let text = "Laut Arbeitsklimaindex der Velora haben 18 Prozent einen Vertrag."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("18 Prozent")])
            == ["18 Prozent accordingTo Velora"])
        // A role before the genitive names a person, who is not given here.
        #expect(try Fixture.describe("Laut Chef der Velora haben 18 Prozent einen Vertrag.",
                                     [.org("Velora"), .quantity("18 Prozent")]).isEmpty)
        // A word of the document's title between (`laut dem Bundeslagebild Menschenhandel des BKA`).
        #expect(try Fixture.describe("Laut dem Lagebild Menschenhandel der Velora gab es 18 Prozent mehr Fälle.",
                                     [.org("Velora"), .quantity("18 Prozent")])
            == ["18 Prozent accordingTo Velora"])
        // Adjectives before the document, a type word before the body's name.
        #expect(try Fixture.describe("Laut dem aktuellen Lagebild der Velora gab es 18 Prozent mehr Fälle.",
                                     [.org("Velora"), .quantity("18 Prozent")])
            == ["18 Prozent accordingTo Velora"])
        #expect(try Fixture.describe("Laut dem Jahresbericht der Meldestelle Velora gab es 18 Prozent mehr Fälle.",
                                     [.org("Velora"), .quantity("18 Prozent")])
            == ["18 Prozent accordingTo Velora"])
    }

    /// `Laut dem Minister` after `Innenminister Karl Huber`: a role word alone in the singular takes up its holder;
    /// a group does not (`nach Schätzungen der Ermittler`).
    @Test func roleWordAloneTakesUpItsHolder() throws {
        let marks: [Fixture.Mark] = [.per("Karl Huber"), .quantity("400 Anzeigen")]
        #expect(try Fixture.describe("Innenminister Karl Huber sprach. Laut dem Minister gab es 400 Anzeigen.", marks)
            .contains("400 Anzeigen accordingTo Karl Huber"))
        #expect(try Fixture.describe(
            "Innenminister Karl Huber sprach. Nach Angaben des Ministers gab es 400 Anzeigen.", marks)
            .contains("400 Anzeigen accordingTo Karl Huber"))
        #expect(try !Fixture.describe(
            "Ermittler Karl Huber sprach. Nach Schätzungen der Ermittler gab es 400 Anzeigen.", marks)
            .contains("400 Anzeigen accordingTo Karl Huber"))
    }

    /// `Laut dem am Mittwoch in Wien präsentierten Lagebericht des BK`: a participle phrase before the document.
    @Test func documentAfterAParticiplePhraseNamesTheBody() throws {
        let text = "Laut dem am Mittwoch in Wien präsentierten Lagebericht der Velora wurden 400 Fälle registriert."
        #expect(try Fixture.describe(text, [.loc("Wien"), .org("Velora"), .quantity("400 Fälle")])
            == ["400 Fälle accordingTo Velora"])
        let typed = "Laut dem am Montag präsentierten Jahresbericht der Meldestelle Velora gingen 400 Hinweise ein."
        #expect(try Fixture.describe(typed, [.org("Velora"), .quantity("400 Hinweise")])
            == ["400 Hinweise accordingTo Velora"])
    }

    @Test func sourceSetOffAtTheEndCoversTheSentence() throws {
        let text = "So hätten bereits 18 Prozent einen Vertrag, laut Arbeitsklimaindex der Velora."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("18 Prozent")])
            == ["18 Prozent accordingTo Velora"])
        // A clause of its own after the source keeps the source in it.
        let own = "Es seien 18 Personen unterwegs gewesen, laut Chefin Karin Huber sei das jedoch ein Fehler gewesen."
        #expect(!(try Fixture.describe(own, [.per("Karin Huber"), .quantity("18 Personen")]))
            .contains("18 Personen accordingTo Karin Huber"))
    }

    @Test func ownStatementEndsAtAColon() throws {
        let text = "In Graz baut die Caritas das nach eigenen Angaben größte Heim: Dort wohnen 300 Menschen."
        #expect(try Fixture.describe(text, [.org("Caritas"), .quantity("300 Menschen")]).isEmpty)
        // A colon in brackets ends nothing: the figures in them are the statement's too.
        let bracket = "Die Caritas hat nach eigenen Angaben 300 Menschen betreut (Vorjahr: 250 Menschen)."
        #expect(try Fixture.describe(bracket, [.org("Caritas"), .quantity("300 Menschen"), .quantity("250 Menschen")])
            == ["300 Menschen accordingTo Caritas", "250 Menschen accordingTo Caritas"])
    }

    @Test func compoundOnANameWithItsOwnAcronymIsThatBody() throws {
        let text = "Laut dem UN-Büro für Drogen- und Verbrechensbekämpfung (UNODC) sind 120.000 Menschen betroffen."
        #expect(try Fixture.describe(text, [.org("UN"), .org("UNODC"), .quantity("120.000 Menschen")])
            == ["120.000 Menschen accordingTo UNODC"])
        #expect(try Fixture.describe("Laut UN-Angaben sind 120.000 Menschen betroffen.",
                                     [.org("UN"), .quantity("120.000 Menschen")]) == ["120.000 Menschen accordingTo UN"])
        // So after a source noun: `nach Angaben des UN-Büros … (UNODC)`.
        let noun = "Nach Angaben des UN-Büros für Drogen- und Verbrechensbekämpfung (UNODC) sind 120.000 Menschen "
            + "betroffen."
        #expect(try Fixture.describe(noun, [.org("UN"), .org("UNODC"), .quantity("120.000 Menschen")])
            == ["120.000 Menschen accordingTo UNODC"])
    }

    /// `Nach Angaben des UN-Flüchtlingshilfswerks UNHCR`: the body's own name after a compound on another name.
    @Test(arguments: [
        "Nach Angaben des UN-Flüchtlingshilfswerks UNHCR kamen 534.000 Menschen.",
        "Laut dem UN-Flüchtlingshilfswerk UNHCR kamen 534.000 Menschen.",
    ])
    func ownNameAfterACompoundOnANameIsTheSource(_ text: String) throws {
        let out = try Fixture.describe(text, [.org("UN"), .org("UNHCR"), .quantity("534.000 Menschen")])
        #expect(out == ["534.000 Menschen accordingTo UNHCR"])
    }

    /// `Aus dem Bericht des X geht hervor, dass …`: the body whose document it is gives the figures.
    @Test func documentFromWhichItEmergesIsTheSource() throws {
        let out = try Fixture.describe(
            "Aus dem vertraulichen Abschlussbericht des Landesamts geht hervor, dass 14 Server betroffen waren.",
            [.org("Landesamts"), .quantity("14 Server")])
        #expect(out == ["14 Server accordingTo Landesamts"])
        let other = try Fixture.describe(
            "Aus dem Bericht des Landesamts kamen neue Zahlen, dass 14 Server betroffen waren.",
            [.org("Landesamts"), .quantity("14 Server")])
        #expect(other.isEmpty)
    }

    /// `…, geht aus einer Umfrage des X hervor`, `Wie aus einem Bericht von X hervorgeht`: anywhere in the sentence,
    /// with a type word or a participle phrase before the document; `Das geht aus …` takes up the sentence before.
    @Test func documentFromWhichItEmergesAnywhereInTheSentence() throws {
        let after = try Fixture.describe(
            "Heute würden 37 Prozent ein solches Auto kaufen, geht aus einer am Mittwoch in Frankfurt vorgestellten "
                + "Umfrage des Digitalverbands Bitkom hervor.",
            [.loc("Frankfurt"), .org("Bitkom"), .quantity("37 Prozent")])
        #expect(after == ["37 Prozent accordingTo Bitkom"])
        let wie = try Fixture.describe(
            "Wie aus einem Bericht von Europol hervorgeht, wurden 300 Verdächtige festgenommen.",
            [.org("Europol"), .quantity("300 Verdächtige")])
        #expect(wie == ["300 Verdächtige accordingTo Europol"])
        let back = try Fixture.describe(
            "Im Vorjahr gab es 901 Angriffe. Das geht aus einer Erhebung des Bundeskriminalamts hervor.",
            [.org("Bundeskriminalamts"), .quantity("901 Angriffe")])
        #expect(back == ["901 Angriffe accordingTo Bundeskriminalamts"])
        // The document's topic may stand between it and whose it is.
        let topic = try Fixture.describe(
            "Wie aus dem Globalen Bericht über Menschenhandel des Büros der Vereinten Nationen hervorgeht, zählten "
                + "Behörden 69.000 Betroffene.",
            [.org("Büros der Vereinten Nationen"), .quantity("69.000 Betroffene")])
        #expect(topic == ["69.000 Betroffene accordingTo Büros der Vereinten Nationen"])
        // A relative clause after the particle names whose document it is, or takes up the one body named before.
        let relative = try Fixture.describe(
            "Die Velora betreute 312 Frauen. Das geht aus einem Bericht hervor, den die Velora vorgestellt hat.",
            [.org("Velora"), .quantity("312 Frauen")])
        #expect(relative == ["312 Frauen accordingTo Velora"])
        let typeWord = try Fixture.describe(
            "Die Velora betreute 312 Frauen. Das geht aus einem Bericht hervor, den die Organisation vorstellte.",
            [.org("Velora"), .quantity("312 Frauen")])
        #expect(typeWord == ["312 Frauen accordingTo Velora"])
        let compound = try Fixture.describe(
            "Die Velora betreute 312 Frauen. Das geht aus einem Bericht hervor, den die UN-Organisation vorstellte.",
            [.org("Velora"), .org("UN"), .quantity("312 Frauen")])
        #expect(compound == ["312 Frauen accordingTo Velora"])
        // Without `hervor` the document names no source.
        let none = try Fixture.describe(
            "Wie in einem Bericht von Europol steht, wurden 300 Verdächtige festgenommen.",
            [.org("Europol"), .quantity("300 Verdächtige")])
        #expect(none.isEmpty)
    }

    /// `nach Angaben von Staatsanwalt X`: a role before the person; `nach Angaben der Beobachtungsstelle`: a
    /// bare head word taking up the organisation named with it before.
    @Test func roleBeforeThePersonAndABareHeadWordAfterNachAngaben() throws {
        let person = try Fixture.describe(
            "Dort haben sich nach Angaben von Staatsanwalt Karl Brandl drei Explosionen ereignet.",
            [.per("Karl Brandl"), .quantity("drei Explosionen")])
        #expect(person.contains("drei Explosionen accordingTo Karl Brandl"))
        let findings = try Fixture.describe(
            "Gefordert werden nach Erkenntnissen der Velora meist Beträge zwischen 100 und 500 Euro.",
            [.org("Velora"), .quantity("100 und 500 Euro")])
        #expect(findings.contains("100 und 500 Euro accordingTo Velora"))
        let titled = try Fixture.describe(
            "Nach Angaben von Oberstaatsanwalt Dr. Karl Brandl drohen ihm bis zu zehn Jahre Haft.",
            [.per("Karl Brandl"), .quantity("zehn Jahre")])
        #expect(titled.contains("zehn Jahre accordingTo Karl Brandl"))
        let body = try Fixture.describe(
            "Die Syrische Beobachtungsstelle für Menschenrechte meldete Kämpfe. Dabei wurden nach Angaben der "
                + "Beobachtungsstelle 18 Zivilisten getötet.",
            [.org("Syrische Beobachtungsstelle für Menschenrechte"), .quantity("18 Zivilisten")])
        #expect(body.contains("18 Zivilisten accordingTo Syrische Beobachtungsstelle für Menschenrechte"))
    }

    @Test func theSpeakersAgeIsNoFigureButAnAgeInWhatWasSaidIs() throws {
        let speaker = try Fixture.describe(
            "Karl Brandl kam. Es werde dauern, sagte der 40-Jährige.", [.per("Karl Brandl"), .quantity("40-Jährige")])
        #expect(!speaker.contains { $0.contains("accordingTo") })
        let content = try Fixture.describe(
            "Gegen den 43-jährigen Ehemann werde ermittelt, sagte Karl Brandl.",
            [.per("Karl Brandl"), .quantity("43-jährigen Ehemann")])
        #expect(content.contains("43-jährigen Ehemann accordingTo Karl Brandl"))
        // The age of the named speaker opening the sentence, in figures or words, with the verb of saying later.
        for age in ["45-jährige", "zwölfjährige"] {
            let opening = try Fixture.describe(
                "Der \(age) Karl Brandl kommt aus Wien und erzählt: Wir haben 300 Euro bezahlt.",
                [.per("Karl Brandl"), .loc("Wien"), .quantity(age), .quantity("300 Euro")])
            #expect(opening.contains("300 Euro accordingTo Karl Brandl"))
            #expect(!opening.contains { $0.hasPrefix(age) })
        }
    }

    @Test func sourceCoversOnlyItsSideOfASemicolon() throws {
        let text = "Laut Velora kamen 40 Menschen; zudem gingen 30 Jobs verloren."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("40 Menschen"), .quantity("30 Jobs")])
            == ["40 Menschen accordingTo Velora"])
    }

    @Test func typeWordAfterAnAdjectiveBeforeTheSourcesName() throws {
        let text = "Laut dem internationalen Gewerkschaftsverband Velora wurden 40 Jobs gestrichen."
        #expect(try Fixture.describe(text, [.org("Velora"), .quantity("40 Jobs")]) == ["40 Jobs accordingTo Velora"])
    }

    @Test(arguments: [
        ("Laut Statistik Austria leben 9,1 Millionen Menschen im Land.", "Statistik Austria"),
        ("Der Wifo zufolge sinkt die Arbeitslosigkeit um 2 Prozent.", "Wifo"),
        ("Nach Angaben des Innenministeriums wurden 400 Anträge gestellt.", "Innenministeriums"),
        ("Nach Angaben von Frontex kamen 3.000 Menschen an.", "Frontex"),
        ("Nach Angaben der türkischen Ärztestiftung TAV kamen 3.000 Menschen an.", "TAV"),
        // A source noun fused to the body before `zufolge`.
        ("Einer Wifo-Umfrage zufolge sinkt die Arbeitslosigkeit um 2 Prozent.", "Wifo"),
    ])
    func explicitSource(_ text: String, _ source: String) throws {
        let marks: [Fixture.Mark] = [.org(source), .quantity("9,1 Millionen Menschen"), .quantity("2 Prozent"),
                                     .quantity("400 Anträge"), .quantity("3.000 Menschen")]
        let out = try Fixture.describe(text, marks)
        #expect(out.count == 1)
        #expect(out.first?.hasSuffix("accordingTo \(source)") == true)
    }

    @Test func personSetOffAfterARoleAfterLautIsTheSource() throws {
        let text = "Vier Nachrichten sollen laut Generalinspekteur der Dienste, Charles McCullough, geheim sein."
        let out = try Fixture.describe(text, [.per("Charles McCullough"), .quantity("Vier Nachrichten")])
        #expect(out.contains("Vier Nachrichten accordingTo Charles McCullough"))
    }

    @Test func personWithATitleSetOffAfterTheSourcesRoleIsTheSource() throws {
        let text = "Nach Angaben eines Sprechers der Junta, Generalmajor Kyaw Zin Oo, wurden 2.900 Telefone beschlagnahmt."
        let out = try Fixture.describe(text, [.per("Kyaw Zin Oo"), .quantity("2.900 Telefone")])
        #expect(out.contains("2.900 Telefone accordingTo Kyaw Zin Oo"))
    }

    @Test(arguments: [
        "Schätzungen zufolge leben 9,1 Millionen Menschen im Land.",
        "Nach Angaben der Polizei leben 9,1 Millionen Menschen im Land.",
        "Laut Anklage leben 9,1 Millionen Menschen im Land.",
    ])
    func unnamedSourceGivesNothing(_ text: String) throws {
        let out = try Fixture.describe(text, [.quantity("9,1 Millionen Menschen")])
        #expect(out.isEmpty)
    }

    @Test func countingVerbInThePastNamesItsSubject() throws {
        let out = try Fixture.describe(
            "Die Präfektur zählte am Montag 3.900 Menschen.", [.org("Präfektur"), .quantity("3.900 Menschen")])
        #expect(out == ["3.900 Menschen accordingTo Präfektur"])
    }

    @Test func forecastWithRechnetMitNamesItsSubject() throws {
        let out = try Fixture.describe(
            "Im kommenden Jahr rechnet der Fiskalrat mit Kosten von 800 Millionen Euro.",
            [.org("Fiskalrat"), .quantity("800 Millionen Euro")])
        #expect(out == ["800 Millionen Euro accordingTo Fiskalrat"])
        // A name fused to a noun after the verb is not who forecasts.
        let rival = try Fixture.describe(
            "In China rechnet der VW-Rivale mit drei Prozent Wachstum.", [.org("VW"), .quantity("drei Prozent")])
        #expect(rival.isEmpty)
    }

    @Test(arguments: [
        ("Karl Brandl erwartet für das kommende Jahr ein Wachstum von 0,3 Prozentpunkten.", "0,3 Prozentpunkten"),
        ("Die Caritas berichtete von mehr als 10.000 Flüchtlingskindern.", "10.000 Flüchtlingskindern"),
    ])
    func forecastsAndReportsOfAFigureNameTheirSubject(_ text: String, _ figure: String) throws {
        let out = try Fixture.describe(text, [.per("Karl Brandl"), .org("Caritas"), .quantity(figure)])
        #expect(out.count == 1 && out[0].hasPrefix("\(figure) accordingTo "))
    }

    @Test func sourceAfterAColonCoversTheFiguresListedAfterIt() throws {
        let text = "Die 138 Abgeordneten verteilen sich auf vier Parteien: Nach Angaben von Anadolu gehören 27 zur AKP, "
            + "51 zur CHP und neun zur MHP."
        let out = try Fixture.describe(text, [.org("Anadolu"), .quantity("138 Abgeordneten"), .quantity("vier Parteien"),
                                              .quantity("27"), .quantity("51"), .quantity("neun")])
        #expect(out == ["27 accordingTo Anadolu", "51 accordingTo Anadolu", "neun accordingTo Anadolu"])
    }

    @Test func fusedSourceNounAfterNachNamesTheSource() throws {
        let out = try Fixture.describe(
            "Nach UNO-Angaben kamen 3.000 Menschen an.", [.org("UNO"), .quantity("3.000 Menschen")])
        #expect(out == ["3.000 Menschen accordingTo UNO"])
    }

    /// `nach diesen Angaben` takes up the source of a sentence before; `demnach` inside the main clause only that of
    /// the sentence right before (the annotated articles attribute such figures then, and leave them otherwise).
    @Test func nachDiesenAngabenAndDemnachInsideTheClauseTakeUpTheSourceBefore() throws {
        let marks: [Fixture.Mark] = [.org("Europol"), .quantity("200 Waffen"), .quantity("40 Menschen")]
        let angaben = "Laut Europol wurden 200 Waffen gefunden. Nach diesen Angaben wurden 40 Menschen festgenommen."
        #expect(try Fixture.describe(angaben, marks).contains("40 Menschen accordingTo Europol"))
        let demnach = "Laut Europol wurden 200 Waffen gefunden. Dabei wurden demnach 40 Menschen festgenommen."
        #expect(try Fixture.describe(demnach, marks)
            == ["200 Waffen accordingTo Europol", "40 Menschen accordingTo Europol"])
        let gap = "Laut Europol wurden 200 Waffen gefunden. Es regnete. Dabei wurden demnach 40 Menschen festgenommen."
        #expect(try Fixture.describe(gap, marks) == ["200 Waffen accordingTo Europol"])
        let subordinate = "Laut Europol wurden 200 Waffen gefunden. Dabei wurden, wie es demnach heißt, 40 Menschen "
            + "festgenommen."
        #expect(try Fixture.describe(subordinate, marks) == ["200 Waffen accordingTo Europol"])
    }

    /// `nach diesen Angaben` takes up the last source named though it gave no figure and sentences came between
    /// (up to five back); a pronoun source only the last two sentences'.
    @Test(arguments: [
        ("Nach diesen Angaben", 3, "40 Menschen accordingTo Europol"),
        ("Nach diesen Angaben", 5, nil),
        ("Nach seinen Angaben", 1, "40 Menschen accordingTo Europol"),
        ("Nach seinen Angaben", 2, nil),
    ] as [(String, Int, String?)])
    func demonstrativeSourceReachesFurtherBack(_ cue: String, _ gap: Int, _ expected: String?) throws {
        let filler = String(repeating: "Das Wetter war gut. ", count: gap)
        let text = "Laut Europol ist die Zahl gestiegen. " + filler + cue + " wurden 40 Menschen festgenommen."
        #expect(try Fixture.describe(text, [.org("Europol"), .quantity("40 Menschen")])
            == (expected.map { [$0] } ?? []))
    }

    /// `nach seinen Angaben`, `ihm zufolge`: a pronoun for the source named in the sentence before, or for the
    /// clause's subject; `ihr` takes up no man.
    @Test func pronounSourceTakesUpTheNamedSource() throws {
        let before = try Fixture.describe(
            "Laut Europol wurden 200 Waffen gefunden. Dabei zahlten die Täter nach seinen Angaben 3.000 Euro.",
            [.org("Europol"), .quantity("200 Waffen"), .quantity("3.000 Euro")])
        #expect(before.contains("3.000 Euro accordingTo Europol"))
        let subject = try Fixture.describe(
            "Die Caritas hat die nach ihren Schätzungen 500 Obdachlosen versorgt.",
            [.org("Caritas"), .quantity("500 Obdachlosen")])
        #expect(subject == ["500 Obdachlosen accordingTo Caritas"])
        let man = try Fixture.describe(
            "Stefan Berger sagte, die Lage sei ernst. Ihr zufolge kamen 40 Menschen.",
            [.per("Stefan Berger"), .quantity("40 Menschen")])
        #expect(!man.contains("40 Menschen accordingTo Stefan Berger"))
        let him = try Fixture.describe(
            "Stefan Berger sagte, die Lage sei ernst. Ihm zufolge kamen 40 Menschen.",
            [.per("Stefan Berger"), .quantity("40 Menschen")])
        #expect(him.contains("40 Menschen accordingTo Stefan Berger"))
        // The singular noun too, before or after `nach`.
        let opinion = try Fixture.describe(
            "Stefan Berger sagte, die Lage sei ernst. Seiner Schätzung nach kamen 40 Menschen.",
            [.per("Stefan Berger"), .quantity("40 Menschen")])
        #expect(opinion.contains("40 Menschen accordingTo Stefan Berger"))
    }

    @Test func takenUpSourceAfterAnUnnamedSourceTakesUpNothing() throws {
        let text = "Laut Europol wurden 200 Waffen gefunden. Einer Umfrage zufolge ist die Lage ernst. "
            + "Nach diesen Angaben sind 40 Prozent besorgt."
        let out = try Fixture.describe(text, [.org("Europol"), .quantity("200 Waffen"), .quantity("40 Prozent")])
        #expect(out == ["200 Waffen accordingTo Europol"])
    }

    @Test func konjunktivSentencesAfterANamedSourceContinueIt() throws {
        let text = "Laut Europol wurden 200 Waffen gefunden. Zudem seien 40 Konten gesperrt worden. "
            + "Die Polizei nahm 12 Menschen fest."
        let out = try Fixture.describe(text, [.org("Europol"), .quantity("200 Waffen"), .quantity("40 Konten"),
                                              .quantity("12 Menschen")])
        #expect(out == ["200 Waffen accordingTo Europol", "40 Konten accordingTo Europol"])
    }

    @Test func konjunktivChainNeedsTheSourceInTheLastClause() throws {
        // A source in a middle clause does not reach past its clause, so it starts no chain either.
        let text = "Die Polizei fand 30 Pässe, und laut Europol wurden 200 Waffen gefunden, als die Razzia begann. "
            + "Zudem seien 40 Konten gesperrt."
        let out = try Fixture.describe(text, [.org("Europol"), .quantity("200 Waffen"), .quantity("30 Pässe"),
                                              .quantity("40 Konten")])
        #expect(out == ["200 Waffen accordingTo Europol"])
    }

    @Test func sourceInLaterClauseCoversOnlyItsClause() throws {
        let text = "Die Polizei fand 200 Waffen, und der Schaden beläuft sich laut Europol auf 3 Millionen Euro."
        let out = try Fixture.describe(text, [.org("Europol"), .quantity("200 Waffen"), .quantity("3 Millionen Euro")])
        #expect(out == ["3 Millionen Euro accordingTo Europol"])
    }

    @Test func genitiveOwnerBeforeRoleIsNotTheSource() throws {
        let text = "Die Kosten liegen laut Müllers Anwalt Peter Lang bei 6.000 Euro."
        let out = try Fixture.describe(text, [.per("Müllers", key: "Franz Müller"), .per("Peter Lang"),
                                              .quantity("6.000 Euro")])
        #expect(out.contains("6.000 Euro accordingTo Peter Lang"))
        #expect(!out.contains { $0.contains("Franz Müller") })
    }

    @Test func framingDurationIsNotAttributed() throws {
        let text = "Laut Europol wurden binnen zehn Monaten 500 Konten gesperrt."
        let out = try Fixture.describe(text, [.org("Europol"), .quantity("zehn Monaten"), .quantity("500 Konten")])
        #expect(out == ["500 Konten accordingTo Europol"])
        // A span right after `während` is what was claimed (`habe während elf Monaten keinen freien Tag gehabt`).
        let claimed = try Fixture.describe(
            "Laut Europol habe sie während elf Monaten keinen freien Tag gehabt.",
            [.org("Europol"), .quantity("elf Monaten")])
        #expect(claimed == ["elf Monaten accordingTo Europol"])
    }

    @Test func beliefVerbGivesSourceButNoSaid() throws {
        let text = "Die OECD geht davon aus, dass 40 Prozent der Jobs wegfallen."
        let out = try Fixture.describe(text, [.org("OECD"), .quantity("40 Prozent")])
        #expect(out == ["40 Prozent accordingTo OECD"])
    }

    @Test func namedStudyIsALiteralSource() throws {
        let out = try Fixture.describe(
            "Laut der PISA-Studie lesen 20 Prozent schlecht.", [.quantity("20 Prozent")])
        #expect(out == ["20 Prozent accordingTo PISA-Studie"])
    }

    @Test func figureReferringBackSharesTheSource() throws {
        let text = "Laut Unicef leiden 800 Kinder an Hunger. Ein Drittel von ihnen (270 Kinder) ist jünger als fünf."
        let out = try Fixture.describe(text, [.org("Unicef"), .quantity("800 Kinder"), .quantity("270 Kinder")])
        #expect(out == ["800 Kinder accordingTo Unicef", "270 Kinder accordingTo Unicef"])
        // After a comma `darunter` takes up a noun of its own sentence, not the figure before.
        let own = "Laut Unicef leiden 800 Kinder an Hunger. Die Polizei fand Beweise, darunter 30 Telefone."
        #expect(try Fixture.describe(own, [.org("Unicef"), .quantity("800 Kinder"), .quantity("30 Telefone")])
            == ["800 Kinder accordingTo Unicef"])
    }

    @Test func figureRestatingTheOneBeforeSharesTheSource() throws {
        let text = "Laut Unicef hungern 800 Kinder. Das sind rund 25 Prozent mehr als 2019."
        let out = try Fixture.describe(text, [.org("Unicef"), .quantity("800 Kinder"), .quantity("25 Prozent")])
        #expect(out == ["800 Kinder accordingTo Unicef", "25 Prozent accordingTo Unicef"])
        // The noun of a change may come between (`einem Anstieg um`).
        let change = "Laut Unicef hungern 800 Kinder. Das entspricht einem Anstieg um 38 Prozent."
        #expect(try Fixture.describe(change, [.org("Unicef"), .quantity("800 Kinder"), .quantity("38 Prozent")])
            == ["800 Kinder accordingTo Unicef", "38 Prozent accordingTo Unicef"])
        // A figure further on in such a sentence is its own, and `Das` after an unattributed sentence takes up none.
        let later = "Laut Unicef hungern 800 Kinder. Das ist schlimm, sagen Helfer mit 30 Jahren Erfahrung."
        #expect(try Fixture.describe(later, [.org("Unicef"), .quantity("800 Kinder"), .quantity("30 Jahren")])
            == ["800 Kinder accordingTo Unicef"])
        let unattributed = "Es hungern 800 Kinder. Das sind rund 25 Prozent mehr als 2019."
        #expect(try Fixture.describe(unattributed, [.org("Unicef"), .quantity("800 Kinder"), .quantity("25 Prozent")])
            .isEmpty)
    }

    @Test func saidOfANamedSpeakerAttributesItsFigures() throws {
        let text = "Rund 70 Menschen seien festgenommen worden, sagte Gerhard Karner."
        let out = try Fixture.describe(text, [.per("Gerhard Karner"), .quantity("70 Menschen")])
        #expect(out.contains("70 Menschen accordingTo Gerhard Karner"))
    }
}

/// A bare figure counting what an attributed figure before it counted goes on with that figure's source.
struct AntecedentSourceTests {
    @Test func bareFigureWithTheUnitOfAnAttributedOneKeepsItsSource() throws {
        var document = try Fixture.document(
            "Die Velora zählte 3.900 Menschen. Im März waren es 3.500.",
            [.org("Velora"), .quantity("3.900 Menschen"), .quantity("3.500")])
        // As the quantity stage marks a figure whose unit it took from the one before.
        let bare = try #require(document.quantities.firstIndex { document.text(of: $0.span) == "3.500" })
        document.quantities[bare] = Quantity(
            span: document.quantities[bare].span,
            provenance: Provenance(match: .rule, source: "quantity.digits" + Provenance.unitFromAntecedent))
        var diagnostics: [Diagnostic] = []
        try Fixture.linker.get().process(&document, diagnostics: &diagnostics)
        let out = document.relations.map { Fixture.describe($0, in: document) }
        #expect(out.contains("3.500 accordingTo Velora"))
    }

    /// `Hinzu kommen etwa 620 Vietnamesen, 410 Indonesier …` after an attributed figure: every figure the sentence
    /// adds has the source of the figures before.
    @Test func figuresAddedInTheNextSentenceKeepTheirSource() throws {
        let text = "Laut Velora kamen 1.200 Menschen aus China. Hinzu kommen 620 Vietnamesen und 410 Indonesier."
        let out = try Fixture.describe(text, [.org("Velora"), .quantity("1.200 Menschen"),
                                              .quantity("620 Vietnamesen"), .quantity("410 Indonesier")])
        #expect(out.contains("620 Vietnamesen accordingTo Velora"))
        #expect(out.contains("410 Indonesier accordingTo Velora"))
    }

    /// `Dem Bericht des Büros … (UNODC) zufolge`: the acronym in brackets before the postposition names the source.
    @Test func acronymInBracketsBeforeZufolgeIsTheSource() throws {
        let text = "Dem Bericht der Velora Agency (VA) zufolge verdient die Branche 37 Milliarden Dollar."
        let out = try Fixture.describe(text, [.org("Velora Agency", key: "ORG/VA"), .org("VA", key: "ORG/VA"),
                                              .quantity("37 Milliarden Dollar")])
        #expect(out.contains { $0.hasPrefix("37 Milliarden Dollar accordingTo") })
    }
}
