import NewsGraphCore
import Testing

/// memberOf, represents and hasTitle from role words next to a person.
struct RoleRuleTests {
    /// Austria's members of parliament are named by the chamber (`Grüne-Nationalrat Matthias Köchl`).
    @Test func nationalratBeforeANameIsAnOffice() throws {
        let out = try Fixture.describe("Der Velora-Nationalrat Karl Huber kam.", [.org("Velora"), .per("Karl Huber")])
        #expect(out == ["Karl Huber memberOf Velora (Nationalrat)"])
        #expect(try Fixture.describe("Nationalrat Karl Huber kam.", [.per("Karl Huber")])
            == ["Karl Huber hasTitle Nationalrat"])
        #expect(try Fixture.describe("Mandatarin Anna Huber kam.", [.per("Anna Huber")])
            == ["Anna Huber hasTitle Mandatarin"])
    }

    /// `Sibel Arslan (Grüne/BS)`: a Swiss member of parliament's party and the canton the recogniser read from its
    /// code; the brackets do not part the speaker from the verb.
    @Test func partyAndCantonInBrackets() throws {
        let canton = Fixture.Mark(text: "BS", type: .place, key: "Basel-Stadt", source: Provenance.cantonCode)
        let out = try Fixture.describe(
            "Nationalrätin Sibel Arslan (Velora/BS) sagte im Rat: „Wer aussagt, darf nicht bestraft werden.“",
            [.per("Sibel Arslan"), .org("Velora"), canton])
        #expect(out.contains("Sibel Arslan memberOf Velora"))
        #expect(out.contains("Sibel Arslan represents Basel-Stadt"))
        #expect(out.contains { $0.hasPrefix("Sibel Arslan said Wer aussagt") })
        // A place the recogniser found otherwise names no constituency.
        let place = try Fixture.describe("Sibel Arslan (Basel) sagte nichts.", [.per("Sibel Arslan"), .loc("Basel")])
        #expect(!place.contains { $0.contains("represents") })
    }

    /// `FIZ-Co-Leiterin Mirjam Hostettler`: a body fused before a role word that is a compound itself.
    @Test func bodyFusedBeforeACompoundRole() throws {
        let out = try Fixture.describe(
            "„Die Betreuung ist schwer“, sagte Velora-Co-Leiterin Anna Roth.", [.org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Co-Leiterin)"))
        #expect(out.contains("Anna Roth said Die Betreuung ist schwer"))
        #expect(!out.contains { $0.hasPrefix("Velora said") })
        // A place's name there qualifies the noun after it (`Vatikan-Bank-Chef` heads the bank).
        let place = try Fixture.describe("Der Velorien-Bank-Chef Anna Roth kam.", [.loc("Velorien"), .per("Anna Roth")])
        #expect(!place.contains { $0.contains("represents") })
    }

    @Test func titleBeforeNameWithoutOrganisationIsHasTitle() throws {
        let out = try Fixture.describe(
            "Am Abend traf Bundeskanzler Olaf Krüger in Linz ein.", [.per("Olaf Krüger"), .loc("Linz")])
        #expect(out == ["Olaf Krüger hasTitle Bundeskanzler"])
    }

    /// `die Leiterin der Abteilung für Menschenhandel beim UNODC, Katharina Solberg`: a unit without a name of its
    /// own is part of the organisation after it; not a compound's first part (`im STANDARD-Interview`).
    @Test func roleInAnUnnamedUnitOfANamedOrganisation() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .per("Anna Roth")]
        let out = try Fixture.describe(
            "Das sei schlimm, sagte die Leiterin der Abteilung für Drogen- und Waffenhandel beim Velora, Anna Roth.",
            marks)
        #expect(out.contains("Anna Roth memberOf Velora (Leiterin)"))
        // Adjectives may stand before the organisation's name.
        let adjective = try Fixture.describe(
            "Anna Roth, Leiterin der Abteilung für Betrug im chinesischen Velora, sprach.", marks)
        #expect(adjective.contains("Anna Roth memberOf Velora (Leiterin)"))
        let compound = try Fixture.describe(
            "Das sei schlimm, sagte die Leiterin der Abteilung im Velora-Interview, Anna Roth.", marks)
        #expect(!compound.contains { $0.contains("memberOf Velora") })
        // An adjective before the unit's noun, which ends in `-e` too.
        let unit = try Fixture.describe(
            "Das sagte Anna Roth, Leiterin der zuständigen Ermittlungsgruppe beim Velora.", marks)
        #expect(unit.contains("Anna Roth memberOf Velora (Leiterin)"))
        // One of several units (`Sprecher eines der Senate im Presserat`).
        let oneOf = try Fixture.describe("Anna Roth, Sprecherin eines der Senate im Velora, sprach.", marks)
        #expect(oneOf.contains("Anna Roth memberOf Velora (Sprecherin)"))
    }

    /// A role in a sentence naming no body takes up the one the sentence before opens with, after a type word or a
    /// name's head too (`Die Stiftung Kinderschutz Schweiz fordert …`); not after a preposition (`Im KHM …`).
    @Test func roleTakesUpTheOrganisationOfTheSentenceBefore() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .per("Anna Roth")]
        let head = try Fixture.describe(
            "Die Stiftung Velora fordert mehr Schutz. Eltern sollten sprechen, empfiehlt Projektleiterin Anna Roth.",
            marks)
        #expect(head.contains("Anna Roth memberOf Velora (Projektleiterin)"))
        let also = try Fixture.describe(
            "Auch die Stiftung Velora fordert mehr Schutz. Geschäftsleiterin Anna Roth erklärte, es eile.", marks)
        #expect(also.contains("Anna Roth memberOf Velora (Geschäftsleiterin)"))
        let hyphenated = try Fixture.describe(
            "Die Internet-Ombudsstelle Velora warnt. Das sei strafbar, warnte Sprecherin Anna Roth.", marks)
        #expect(hyphenated.contains("Anna Roth memberOf Velora (Sprecherin)"))
        let preposition = try Fixture.describe(
            "Im Velora soll Geld fehlen. Das will Geschäftsführer Anna Roth nicht bestätigen.", marks)
        #expect(!preposition.contains { $0.hasPrefix("Anna Roth memberOf") })
        // After `bei`, where people are at work, the body is theirs; a rank's prefix keeps the role's own.
        let at = try Fixture.describe(
            "Bei der Velora zeigt man sich überrascht. Das sei neu, sagte Co-Geschäftsleiterin Anna Roth.", marks)
        #expect(at.contains("Anna Roth memberOf Velora (Co-Geschäftsleiterin)"))
        // (Two bodies joined as the subject: the sentence is about neither alone.)
        let joined = try Fixture.describe(
            "Velora und die Nordhilfe warnten vor Betrug. Der Gründer Anna Roth wurde angeklagt.",
            marks + [.org("Nordhilfe")])
        #expect(!joined.contains { $0.hasPrefix("Anna Roth memberOf") })
        // A body named in what the person says is not the one the role is held in.
        let said = try Fixture.describe(
            "Die Stiftung Velora fordert mehr Schutz. Ob die EU helfe, sei offen, erklärte Projektleiterin Anna Roth.",
            marks + [.org("EU")])
        #expect(said.contains("Anna Roth memberOf Velora (Projektleiterin)"))
        // A party's adjective before the role names the role's own body.
        let party = try Fixture.describe(
            "Die Velora ist verhandlungsbereit. Der grüne Bildungssprecher Anna Roth sagt: Wir warten.", marks)
        #expect(!party.contains { $0.hasPrefix("Anna Roth memberOf") })
    }

    /// `Ähnlich äußerte sich der Verein X.` + `…, erklärte sein Vorsitzender Y`: after a possessive the role takes
    /// up the one organisation of the sentence before, wherever it stands there.
    @Test func possessiveRoleTakesUpTheOrganisationOfTheSentenceBefore() throws {
        let out = try Fixture.describe(
            "Ähnlich äußerte sich die Velora. Das sei feige, erklärte ihr Vorsitzender Anna Roth.",
            [.org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Vorsitzender)"))
    }

    /// `Nach Angaben eines Sprechers der Junta, Generalmajor Kyaw Zin Oo,`: in a source phrase the role of an
    /// unnamed body is a title beside the name's own.
    @Test func roleOfAnUnnamedBodyInASourcePhrase() throws {
        let out = try Fixture.describe(
            "Nach Angaben eines Sprechers der Junta, Generalmajor Anna Roth, wurden 40 Männer festgenommen.",
            [.per("Anna Roth")])
        #expect(out.contains("Anna Roth hasTitle Sprecher"))
        #expect(out.contains("Anna Roth hasTitle Generalmajor"))
    }

    /// `Chefin des Kulturbüros Sachsen`: a type word that opens the organisation's name is no type word before it.
    @Test func typeWordOpeningTheName() throws {
        let office = Fixture.Mark(text: "Kulturbüros Sachsen", type: .organization, key: nil, source: "rule")
        let out = try Fixture.describe("Anna Roth, Chefin des Kulturbüros Sachsen, sprach.",
                                       [.per("Anna Roth"), office])
        #expect(out.contains("Anna Roth memberOf Kulturbüros Sachsen (Chefin)"))
    }

    /// `…, so die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi`: a fronted role phrase after `so`.
    @Test func frontedRolePhraseAfterSo() throws {
        let out = try Fixture.describe("Es kamen viele, so die Chefin der Velora in Linz, Anna Roth.",
                                       [.org("Velora"), .loc("Linz"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Chefin)"))
    }

    /// `der Staatssekretär im Bundesministerium der Justiz (BMJ), Jörg Lenzen (SPD).`: the name's party in brackets
    /// after it keeps the fronted role; the party is the person's too.
    @Test func frontedRolePhraseBeforeANameWithItsParty() throws {
        let out = try Fixture.describe("„Es reicht“, sagte der Staatssekretär im Velora-Amt (VA), Karl Brandl (SPÖ).",
                                       [.org("Velora-Amt", key: "VA"), .org("VA", key: "VA"), try .curated("SPÖ"),
                                        .per("Karl Brandl")])
        #expect(out.contains("Karl Brandl memberOf VA (Staatssekretär)"))
        #expect(out.contains("Karl Brandl memberOf SPÖ"))
    }

    /// `Auch die Missbrauchsbeauftragte der Bundesregierung, Kerstin Albers,`: a fronted role phrase after an adverb
    /// opening the sentence; the same phrase after a noun is that noun's genitive, no apposition.
    @Test func frontedRolePhraseAfterAnOpeningAdverb() throws {
        let out = try Fixture.describe("Auch die Beauftragte der Regierung, Anna Roth, mahnte eine Einigung an.",
                                       [.per("Anna Roth")])
        #expect(out == ["Anna Roth hasTitle Beauftragte"])
        let genitive = try Fixture.describe("Auch Besuch der Regierung, Anna Roth, kam.", [.per("Anna Roth")])
        #expect(genitive.isEmpty)
    }

    /// `Der UNODC-Regionalvertreter für Südostasien und den Pazifik, Masood Karimi,`: the role's phrase may join a
    /// second noun phrase with its article by `und`.
    @Test func frontedRolePhraseWithTwoRegions() throws {
        let out = try Fixture.describe(
            "Der Velora-Regionalvertreter für Südostasien und den Pazifik, Anna Roth, warnte.",
            [.org("Velora"), .loc("Südostasien"), .loc("Pazifik"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Regionalvertreter)"))
    }

    /// `Kapitän Philipp Lahm, Thomas Müller und Thiago`: the name right after the role holds it, the names after the
    /// comma are a list, not an apposition to the role.
    @Test func roleBeforeANameIsNoFrontedPhraseForTheListAfterIt() throws {
        let out = try Fixture.describe("Kapitän Karl Brandl, Paul Huber und Anna Roth saßen auf der Bank.",
                                       [.per("Karl Brandl"), .per("Paul Huber"), .per("Anna Roth")])
        #expect(out == ["Karl Brandl hasTitle Kapitän"])
    }

    /// `Die Klima- und Energieexpertin der Linksfraktion, Eva Bulling-Schröter`: a first part cut short before `und`
    /// shares the fronted role's head; a lone word before `und` does not open the phrase.
    @Test func frontedRolePhraseWithACoordinatedFirstPart() throws {
        let out = try Fixture.describe("Die Klima- und Energieexpertin der Velora, Anna Roth, klagte.",
                                       [.org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Klima- und Energieexpertin)"))
        let apart = try Fixture.describe("Klima und Energieexpertin der Velora, Anna Roth, klagte.",
                                         [.org("Velora"), .per("Anna Roth")])
        #expect(apart.isEmpty)
    }

    /// `Andrä Rupprechter, Bauernbund-Präsident Jakob Auer und Hermann Schultes (alle ÖVP)`: in a list of people a
    /// role right before a name is that name's, not an apposition of the one before; `(alle ÖVP)`, `(beide SPÖ)`
    /// closing the list gives every name in it the party.
    @Test func listOfPeopleWithTheirRolesAndOneParty() throws {
        let out = try Fixture.describe(
            "Minister Karl Huber, Velora-Präsident Jakob Auer und Anna Roth (alle ÖVP) wollen das prüfen.",
            [.per("Karl Huber"), .org("Velora"), .per("Jakob Auer"), .per("Anna Roth"), .org("ÖVP")])
        #expect(!out.contains("Karl Huber memberOf Velora (Präsident)"))
        #expect(out.contains("Jakob Auer memberOf Velora (Präsident)"))
        for name in ["Karl Huber", "Jakob Auer", "Anna Roth"] { #expect(out.contains("\(name) memberOf ÖVP")) }
        let one = try Fixture.describe("Karl Huber und Anna Roth (ÖVP) lachten.",
                                       [.per("Karl Huber"), .per("Anna Roth"), .org("ÖVP")])
        #expect(one == ["Anna Roth memberOf ÖVP"])
    }

    /// `Der Verein Pro Nachbar betreut …, wie Obmann Karl Brunnbauer sagt`: who speaks in a role of an organisation
    /// holds it in the organisation the sentence opens with; not one named in another part of speech.
    @Test func speakersRoleIsHeldInTheOrganisationTheSentenceOpensWith() throws {
        let out = try Fixture.describe("Die Velora hilft Frauen, wie Obmann Karl Huber sagt.",
                                       [.org("Velora"), .per("Karl Huber")])
        #expect(out.contains("Karl Huber memberOf Velora (Obmann)"))
        let arrested = try Fixture.describe("Die Velora nahm am Montag Obmann Karl Huber fest.",
                                            [.org("Velora"), .per("Karl Huber")])
        #expect(arrested == ["Karl Huber hasTitle Obmann"])
    }

    /// `Senator Jeff Sessions aus Alabama`: an office a place elects its holder to is that place's where the holder
    /// comes from it; a minister from a place holds the office for no place.
    @Test func electedOfficeOfThePlaceTheHolderComesFrom() throws {
        let out = try Fixture.describe("Senator Karl Huber aus Tarn lachte. Innenminister Anna Roth aus Linz lachte.",
                                       [.per("Karl Huber"), .loc("Tarn"), .per("Anna Roth"), .loc("Linz")])
        #expect(out.sorted() == ["Anna Roth hasTitle Innenminister", "Karl Huber represents Tarn (Senator)"])
    }

    /// `Südosteuropa-Experte Florian Bieber`: a profession fused to a place is what the person knows about, no office
    /// of the place; an office fused to it is (`Wien-Bürgermeister`).
    @Test func professionFusedToAPlaceActsForNoPlace() throws {
        let expert = try Fixture.describe("Tarn-Experte Karl Huber sprach.", [.loc("Tarn"), .per("Karl Huber")])
        #expect(!expert.contains { $0.contains("represents") })
        let mayor = try Fixture.describe("Tarn-Bürgermeister Karl Huber sprach.", [.loc("Tarn"), .per("Karl Huber")])
        #expect(mayor.contains("Karl Huber represents Tarn (Bürgermeister)"))
    }

    /// `Elon Musks Unternehmen Space X`: a company noun right after a person's genitive makes the body after it the
    /// person's; not where other words stand between (`Roth selbst schrieb im Dienst Velora`).
    @Test func companyNounAfterAPersonsGenitive() throws {
        let out = try Fixture.describe("Anna Roths Unternehmen Velora wächst.",
                                       [.per("Anna Roths", key: "Anna Roth"), .org("Velora")])
        #expect(out == ["Anna Roth memberOf Velora"])
        let apart = try Fixture.describe("Karl Weiss selbst schrieb im Kurznachrichtendienst Velora.",
                                         [.per("Karl Weiss"), .org("Velora")])
        #expect(apart.isEmpty)
    }

    /// `hatte auch der Chef von X, der Österreicher Y,`: a fronted role phrase after an auxiliary and an adverb,
    /// its holder named after a description.
    @Test func frontedRolePhraseAfterAnAuxiliaryAndADescription() throws {
        let out = try Fixture.describe(
            "Am Montag hatte auch der Chef der Velora, der Schweizer Anna Roth, das angekündigt.",
            [.org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Chef)"))
    }

    /// `Leiter des European Cybercrime Centre (EC3) bei Europol`: a member of the unit and of the body it is part of.
    @Test func roleInAUnitOfAnotherOrganisation() throws {
        let out = try Fixture.describe("Das sei gut, erklärte Anna Roth, Leiterin der Velora (VL) bei Europol.",
                                       [.per("Anna Roth"), .org("Velora"), .org("Europol")])
        #expect(out.contains("Anna Roth memberOf Velora (Leiterin)"))
        #expect(out.contains("Anna Roth memberOf Europol"))
        // The genitive after the unit names its body too.
        let genitive = try Fixture.describe("Das sei gut, erklärte Anna Roth, Leiterin der Velora (VL) der Europol.",
                                            [.per("Anna Roth"), .org("Velora"), .org("Europol")])
        #expect(genitive.contains("Anna Roth memberOf Europol"))
    }

    @Test func dictionaryPersonNounFusedToABodyNamesAMember() throws {
        let out = try Fixture.describe(
            "Nicht dabei war Velora-Mittelfeldspieler Karl Brandl.", [.org("Velora"), .per("Karl Brandl")])
        #expect(out == ["Karl Brandl memberOf Velora"])
    }

    @Test func professionSetOffAfterTheNameWithItsBody() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Frankreich-Korrespondent der Velora, schrieb. Olaf Krüger, ein Ex-Klubkollege bei Velora, "
                + "lachte.", [.per("Karl Brandl"), .loc("Frankreich"), .org("Velora"), .per("Olaf Krüger")])
        #expect(out.contains("Karl Brandl memberOf Velora (Frankreich-Korrespondent)"))
        #expect(!out.contains { $0.hasPrefix("Olaf Krüger memberOf") })
    }

    /// `an der` or `am` before a school or institute names where the profession is practised.
    @Test func professionAtASchoolOrInstitute() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Forscher an der Hochschule Velora, lachte. Olaf Krüger, Professor am Velora-Institut, auch.",
            [.per("Karl Brandl"), .org("Hochschule Velora"), .per("Olaf Krüger"), .org("Velora-Institut")])
        #expect(out.contains("Karl Brandl memberOf Hochschule Velora (Forscher)"))
        #expect(out.contains("Olaf Krüger memberOf Velora-Institut (Professor)"))
    }

    /// An article and adjectives may stand between the preposition and the body (`bei der Deutschen Bank`, `am
    /// vietnamesischen Institut`).
    @Test func professionWithArticleAndAdjectiveBeforeTheBody() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Chefvolkswirt bei der Velora Bank, lachte. Olaf Krüger, Wissenschafter am staatlichen "
                + "Nordo-Institut, auch.",
            [.per("Karl Brandl"), .org("Velora Bank"), .per("Olaf Krüger"), .org("Nordo-Institut")])
        #expect(out.contains("Karl Brandl memberOf Velora Bank (Chefvolkswirt)"))
        #expect(out.contains("Olaf Krüger memberOf Nordo-Institut (Wissenschafter)"))
    }

    /// `Chefvolkswirt für Asien-Pazifik bei IHS`: a field or region after `für` before `bei` and the body; not past
    /// a comma (`Experte für Sicherheit, sagte bei …`).
    @Test func professionWithAFieldBeforeTheBody() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Chefvolkswirt für Asien-Pazifik bei Velora, lachte.", [.per("Karl Brandl"), .org("Velora")])
        #expect(out == ["Karl Brandl memberOf Velora (Chefvolkswirt)"])
        let none = try Fixture.describe(
            "Karl Brandl, Experte für Sicherheit, sagte bei Velora aus.", [.per("Karl Brandl"), .org("Velora")])
        #expect(!none.contains("Karl Brandl memberOf Velora (Experte)"))
        // A text that ends after `für` leaves no room to look in.
        let cut = try Fixture.describe("Das sagte Karl Brandl, Chefvolkswirt für", [.per("Karl Brandl")])
        #expect(!cut.contains { $0.contains("memberOf") })
    }

    @Test func professionsJoinedByUndWithTheirBodyAfterBei() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Webentwickler und Autor bei Velora, lachte.", [.per("Karl Brandl"), .org("Velora")])
        #expect(out == ["Karl Brandl memberOf Velora (Webentwickler und Autor)"])
        // The body the named one belongs to may follow in the genitive.
        let parent = try Fixture.describe(
            "Das sei neu, sagt Karl Brandl vom Institut Velora des Klinikums Nordo.",
            [.per("Karl Brandl"), .org("Institut Velora"), .org("Klinikums Nordo")])
        #expect(parent.contains("Karl Brandl memberOf Institut Velora"))
    }

    /// `Nach Angaben von Oberstaatsanwältin Petra Lindner von der ZCB flossen …`: the source of a source phrase
    /// works where `von der` says, as a sentence's subject does; an agent after a passive does not.
    @Test func sourceWorksForTheBodyAfterVon() throws {
        let marks: [Fixture.Mark] = [.per("Anna Roth"), .org("Velora")]
        let source = try Fixture.describe(
            "Nach Angaben von Oberstaatsanwältin Anna Roth von der Velora flossen dort Gelder.", marks)
        #expect(source.contains("Anna Roth memberOf Velora (Oberstaatsanwältin)"))
        let laut = try Fixture.describe("Laut Anna Roth von der Velora stiegen die Fälle.", marks)
        #expect(laut.contains("Anna Roth memberOf Velora"))
        let agent = try Fixture.describe("Dann wurde Anna Roth von der Velora festgenommen.", marks)
        #expect(!agent.contains { $0.contains("memberOf") })
    }

    /// `Direktorin für Finanzkriminalität bei Interpol`: the field a role covers stands between it and the body.
    @Test func roleWithAFieldBeforeTheBody() throws {
        let out = try Fixture.describe("Das sagte Anna Roth, Direktorin für Finanzkriminalität bei Velora.",
                                       [.per("Anna Roth"), .org("Velora")])
        #expect(out.contains("Anna Roth memberOf Velora (Direktorin)"))
        // Adjectives joined by `und`, with an adverb; a unit named by two words joined by `und`.
        let long = try Fixture.describe(
            "Das sagte Anna Roth, Direktorin für organisierte und neu aufkommende Kriminalität bei Velora.",
            [.per("Anna Roth"), .org("Velora")])
        #expect(long.contains("Anna Roth memberOf Velora (Direktorin)"))
        let unit = try Fixture.describe(
            "Das sagte Anna Roth, Leiterin des Referats Cybercrime und Menschenhandel beim Velora.",
            [.per("Anna Roth"), .org("Velora")])
        #expect(unit.contains("Anna Roth memberOf Velora (Leiterin)"))
        // A clause after the field names no body the role is held at.
        let clause = try Fixture.describe("Das sagte Anna Roth, Direktorin für Kriminalität, bei Velora.",
                                          [.per("Anna Roth"), .org("Velora")])
        #expect(!clause.contains("Anna Roth memberOf Velora (Direktorin)"))
    }

    /// `die Asien-Direktorin von HRW`: a continent fused to a role is the region the person heads, not a place
    /// the person acts for.
    @Test func continentFusedToARoleIsNoRepresentation() throws {
        let asia = Fixture.Mark(text: "Asien", type: .place, key: nil, source: "places/regions.tsv:1")
        let out = try Fixture.describe("Das sagte die Asien-Direktorin von Velora, Anna Roth, am Montag.",
                                       [asia, .org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Direktorin)"))
        #expect(!out.contains { $0.contains("represents") })
    }

    @Test func roleHeldInEveryListedBody() throws {
        let out = try Fixture.describe(
            "Das sagte Karl Brandl, Leiter des Netzwerks Velora, Nordo und Westa, am Sonntag.",
            [.per("Karl Brandl"), .org("Velora"), .org("Nordo"), .org("Westa")])
        #expect(out.contains("Karl Brandl memberOf Velora (Leiter)"))
        #expect(out.contains("Karl Brandl memberOf Nordo (Leiter)"))
        #expect(out.contains("Karl Brandl memberOf Westa (Leiter)"))
    }

    @Test func pluralRoleBeforeANameHoldsNothing() throws {
        let out = try Fixture.describe("In der Begründung werfen die Abgeordneten Karl Brandl Untätigkeit vor.",
                                       [.per("Karl Brandl")])
        #expect(out.isEmpty)
        #expect(try Fixture.describe("Die Abgeordnete Karin Brandl sprach.", [.per("Karin Brandl")])
            == ["Karin Brandl hasTitle Abgeordnete"])
    }

    @Test func roleHeldInABodyAfterIm() throws {
        let out = try Fixture.describe(
            "Der Staatssekretär im Arbeitsministerium Velora, Karl Brandl, sprach. Der Leiter im EU-Parlament, "
                + "Olaf Krüger, sprach.", [.org("Arbeitsministerium Velora"), .per("Karl Brandl"), .org("EU"),
                                          .per("Olaf Krüger")])
        #expect(out.contains("Karl Brandl memberOf Arbeitsministerium Velora (Staatssekretär)"))
        #expect(!out.contains { $0.hasPrefix("Olaf Krüger memberOf") })
    }

    @Test func candidateIsARole() throws {
        let out = try Fixture.describe(
            "Spitzenkandidat Karl Brandl verlor. SPÖ-Kandidat Olaf Krüger gewann.",
            [.per("Karl Brandl"), .org("SPÖ"), .per("Olaf Krüger")])
        #expect(out.contains("Karl Brandl hasTitle Spitzenkandidat"))
        #expect(out.contains("Olaf Krüger memberOf SPÖ (Kandidat)"))
        // A party's candidate and campaign leader hold an office in the party: no title of their own beside it.
        let party = try Fixture.describe("SPÖ-Kandidat Olaf Krüger gewann. SPÖ-Kampagnenleiter Karl Brandl lachte.",
                                         [try .curated("SPÖ"), .per("Olaf Krüger"), .per("Karl Brandl")])
        #expect(party.sorted() == ["Karl Brandl memberOf SPÖ (Kampagnenleiter)",
                                   "Olaf Krüger memberOf SPÖ (Kandidat)"])
    }

    /// `Für die SPÖ sprach Karl Brandl …`: who speaks for a party at the sentence's start is its member; a party
    /// named elsewhere in the sentence, or a body that is no party, makes none.
    @Test func speakerForAPartyIsItsMember() throws {
        let marks: [Fixture.Mark] = [try .curated("SPÖ"), .per("Karl Brandl"), .org("Velora")]
        let party = try Fixture.describe("Für die SPÖ kritisierte Karl Brandl den Entwurf.", marks)
        #expect(party.contains("Karl Brandl memberOf SPÖ"))
        let later = try Fixture.describe("Im Rat kritisierte Karl Brandl den Entwurf für die SPÖ.", marks)
        #expect(!later.contains { $0.contains("memberOf") })
        let body = try Fixture.describe("Für die Velora sprach Karl Brandl.", marks)
        #expect(!body.contains { $0.contains("memberOf") })
    }

    @Test func memberOfABodyIsAMembershipAndNoTitle() throws {
        let out = try Fixture.describe(
            "Karl Brandl, Mitglied des Vereins Velora, kam. Olaf Krüger ist Mitglied der Velora. Mitglied Jonas Frei kam.",
            [.per("Karl Brandl"), .org("Velora"), .per("Olaf Krüger"), .per("Jonas Frei")])
        #expect(out.contains("Karl Brandl memberOf Velora (Mitglied)"))
        #expect(out.contains("Olaf Krüger memberOf Velora (Mitglied)"))
        #expect(!out.contains { $0.contains("hasTitle Mitglied") })
    }

    /// A town's adjective before an office of the town names the place it acts for (`der Radeburger Stadtrat Jens
    /// Kühn`), where the article names it; not before another role.
    @Test func townAdjectiveBeforeALocalOfficeRepresentsTheTown() throws {
        let marks: [Fixture.Mark] = [.loc("Graz"), .per("Jonas Frei")]
        let office = try Fixture.describe("Graz feiert. Das sagte der Grazer Bürgermeister Jonas Frei.", marks)
        #expect(office.contains("Jonas Frei represents Graz (Bürgermeister)"))
        let other = try Fixture.describe("Graz feiert. Das sagte der Grazer Trainer Jonas Frei.", marks)
        #expect(!other.contains { $0.contains("represents") })
    }

    /// A defence lawyer's job is a profession, no title (`Verteidiger Thomas Brügge`).
    @Test func defenceLawyerIsNoTitle() throws {
        let out = try Fixture.describe("Verteidiger Jonas Frei plädierte auf Freispruch.", [.per("Jonas Frei")])
        #expect(!out.contains { $0.contains("hasTitle") })
    }

    @Test func coachIsATitleAndOfAClubAMembership() throws {
        let out = try Fixture.describe(
            "Trainer Karl Brandl warnte. Velora-Cheftrainer Olaf Krüger lachte.",
            [.per("Karl Brandl"), .org("Velora"), .per("Olaf Krüger")])
        #expect(out.contains("Karl Brandl hasTitle Trainer"))
        #expect(out.contains("Olaf Krüger memberOf Velora (Cheftrainer)"))
    }

    @Test(arguments: ["Ein Sprecher Brandls widersprach.", "Der Sprecher Brandls widersprach."])
    func nameInTheGenitiveAfterARoleDoesNotHoldIt(_ sentence: String) throws {
        let out = try Fixture.describe(
            "Karl Brandl kam. " + sentence, [.per("Karl Brandl"), .per("Brandls", key: "Karl Brandl")])
        #expect(out.isEmpty)
    }

    @Test func frontedRoleInABodyBeforeTheNamesOwnTitle() throws {
        let out = try Fixture.describe(
            "Der Leiter der Zentralstelle Velora, Oberstaatsanwalt Karl Brandl, sprach.",
            [.org("Zentralstelle Velora"), .per("Karl Brandl")])
        #expect(out.contains("Karl Brandl memberOf Zentralstelle Velora (Leiter)"))
        #expect(out.contains("Karl Brandl hasTitle Oberstaatsanwalt"))
    }

    @Test func cutOffWordCoordinatedWithTheRoleIsInTheTitle() throws {
        let out = try Fixture.describe(
            "Chinas Staats- und Parteichef Karl Brandl reiste ab.", [.per("Karl Brandl"), .loc("Chinas", key: "China")])
        #expect(out == ["Karl Brandl represents China (Staats- und Parteichef)"])
        let bare = try Fixture.describe("Innen- und Sportminister Karl Brandl kam.", [.per("Karl Brandl")])
        #expect(bare == ["Karl Brandl hasTitle Innen- und Sportminister"])
    }

    @Test func roleJoinedByUndBeforeTheNameIsHeldToo() throws {
        let out = try Fixture.describe(
            "Vizekanzler und ÖVP-Obmann Karl Brandl kam.", [.org("ÖVP"), .per("Karl Brandl")])
        #expect(out.sorted() == ["Karl Brandl hasTitle Vizekanzler", "Karl Brandl memberOf ÖVP (Obmann)"])
    }

    /// `den Revolutionsführer und Ex-Machthaber Fidel Castro`: a role joined to a person noun that is no role.
    @Test func roleJoinedByUndToAPersonNounBeforeTheName() throws {
        let out = try Fixture.describe(
            "Er traf den Vizekanzler und Ex-Machthaber Karl Brandl.", [.per("Karl Brandl")])
        #expect(out == ["Karl Brandl hasTitle Vizekanzler"])
    }

    @Test func compoundRoleIsLemmatisedToItsListForm() throws {
        let out = try Fixture.describe(
            "Die Rede des Innenministers Karl Brandl wurde verschoben.", [.per("Karl Brandl")])
        #expect(out == ["Karl Brandl hasTitle Innenminister"])
    }

    @Test func appositionWithGenitiveOrganisationIsMemberOf() throws {
        let out = try Fixture.describe(
            "Petra Hauser, Direktorin des Roten Kreuzes, warnte vor Engpässen.",
            [.per("Petra Hauser"), .org("Roten Kreuzes", key: "Rotes Kreuz")])
        #expect(out == ["Petra Hauser memberOf Rotes Kreuz (Direktorin)"])
    }

    /// An office of a Land's government acts for the one state or Land its sentence names; a role joined to it by
    /// `und` is still found.
    @Test func landOfficeTakesUpTheOneLandOfItsSentence() throws {
        let land = Fixture.Mark(text: "Ardovia", type: .place, key: nil, source: "places/subdivisions.tsv:12")
        let out = try Fixture.describe(
            "Ein Projekt im Ardovia startet, so Sicherheitsreferent und Landesrat Karl Huber.",
            [land, .per("Karl Huber")])
        #expect(out.filter { !$0.contains(" said ") }.sorted()
            == ["Karl Huber hasTitle Sicherheitsreferent", "Karl Huber represents Ardovia (Landesrat)"])
        // Two Länder in the sentence: neither.
        let belvia = Fixture.Mark(text: "Belvia", type: .place, key: nil, source: "places/subdivisions.tsv:13")
        let two = try Fixture.describe(
            "Projekte im Ardovia und im Belvia starten, so Landesrat Karl Huber.", [land, belvia, .per("Karl Huber")])
        #expect(two.filter { !$0.contains(" said ") } == ["Karl Huber hasTitle Landesrat"])
    }

    /// A second role joined by `und` inside the apposition is held too, where it names an organisation of its own;
    /// a bare second noun may belong to the first role's body.
    @Test func secondRoleJoinedInsideTheAppositionIsHeldToo() throws {
        let out = try Fixture.describe(
            "Petra Hauser, Vorsitzende des Ausschusses und Sprecherin der Velora, warnte.",
            [.per("Petra Hauser"), .org("Velora")])
        #expect(out.sorted() == ["Petra Hauser hasTitle Vorsitzende", "Petra Hauser memberOf Velora (Sprecherin)"])
        let bare = try Fixture.describe(
            "Petra Hauser, Leiterin der Velora und Sprecherin, warnte.", [.per("Petra Hauser"), .org("Velora")])
        #expect(bare == ["Petra Hauser memberOf Velora (Leiterin)"])
        let sowie = try Fixture.describe(
            "Petra Hauser, Sprecherin der Velora sowie Vertreterin der Norda, warnte.",
            [.per("Petra Hauser"), .org("Velora"), .org("Norda")])
        #expect(sowie.sorted()
            == ["Petra Hauser memberOf Norda (Vertreterin)", "Petra Hauser memberOf Velora (Sprecherin)"])
    }

    /// `der Vorstandschef des Unternehmens`: a company noun takes up the one company named before, not a parent
    /// company named only in `-Tochter`.
    @Test(arguments: [
        ("Der Versicherer Velora wächst.", ["Petra Hauser memberOf Velora (Vorstandschefin)"]),
        ("Die Firma, eine Velora-Tochter, wächst.", ["Petra Hauser hasTitle Vorstandschefin"]),
    ])
    func companyNounInTheGenitiveTakesUpTheCompany(_ before: String, _ expected: [String]) throws {
        let text = before + " Petra Hauser, die Vorstandschefin des Unternehmens, warnte."
        #expect(try Fixture.describe(text, [.per("Petra Hauser"), .org("Velora")]) == expected)
    }

    @Test func appositionKeepsNominativeAdjective() throws {
        let out = try Fixture.describe(
            "Tom Berger, stellvertretender Leiter von Europol, reiste an.", [.per("Tom Berger"), .org("Europol")])
        #expect(out == ["Tom Berger memberOf Europol (stellvertretender Leiter)"])
    }

    @Test func descriptiveAdjectiveStaysOutOfTheRole() throws {
        let out = try Fixture.describe(
            "Tom Berger, neuer Leiter von Europol, reiste an.", [.per("Tom Berger"), .org("Europol")])
        #expect(out == ["Tom Berger memberOf Europol (Leiter)"])
    }

    @Test func genitivePlaceBeforeRoleIsRepresents() throws {
        let out = try Fixture.describe(
            "Grazs Bürgermeisterin Elke Kahr eröffnete die Messe.", [.per("Elke Kahr"), .loc("Grazs", key: "Graz")])
        #expect(out == ["Elke Kahr represents Graz (Bürgermeisterin)"])
        // Also in an apposition after the name.
        let apposed = try Fixture.describe(
            "Das sagte Elke Kahr, Grazs Bürgermeisterin, am Montag.", [.per("Elke Kahr"), .loc("Grazs", key: "Graz")])
        #expect(apposed.contains("Elke Kahr represents Graz (Bürgermeisterin)"))
    }

    @Test func partyFusedToAnOfficeOfAPlaceGivesMembershipAndRepresents() throws {
        // The guidelines' example: represents the town with the office, the party without a role.
        let text = "Das sagte Anton Moser, dem SPD-Bürgermeister von Kirchdorf."
        let out = try Fixture.describe(text, [.per("Anton Moser"), .org("SPD"), .loc("Kirchdorf")])
        #expect(Set(out) == ["Anton Moser memberOf SPD", "Anton Moser represents Kirchdorf (Bürgermeister)"])
    }

    @Test func placeTypeWordBetweenRoleAndPlaceStillRepresents() throws {
        let text = "Der Gouverneur der Provinz Tak, Pairoj Saengthong, sprach zuerst."
        #expect(try Fixture.describe(text, [.loc("Tak"), .per("Pairoj Saengthong")])
            == ["Pairoj Saengthong represents Tak (Gouverneur)"])
        // A place-type word that is the body itself, with no place after it, stays a title.
        let bare = "Der Sprecher der Provinz, Pairoj Saengthong, sprach zuerst."
        #expect(try Fixture.describe(bare, [.per("Pairoj Saengthong")]) == ["Pairoj Saengthong hasTitle Sprecher"])
    }

    @Test func placeAfterRoleIsRepresentsAndTitleBeforeNameStaysHasTitle() throws {
        let out = try Fixture.describe(
            "Botschafterin Ana Silva, Ständige Vertreterin Portugals bei der OSZE, sprach zuerst.",
            [.per("Ana Silva"), .loc("Portugals", key: "Portugal"), .org("OSZE")])
        #expect(out.contains("Ana Silva hasTitle Botschafterin"))
        #expect(out.contains("Ana Silva represents Portugal (Ständige Vertreterin)"))
        #expect(!out.contains { $0.contains("memberOf OSZE") })
    }

    @Test func partyInBracketsIsMemberOfWithoutRole() throws {
        let out = try Fixture.describe(
            "Den Antrag brachte Eva Glawischnig (Grüne) ein.", [.per("Eva Glawischnig"), .org("Grüne")])
        #expect(out == ["Eva Glawischnig memberOf Grüne"])
    }

    /// An office of state acts for the country its sentence, or the one before, opens with as its subject; not
    /// for one of several, nor an envoy, whose country sends him.
    @Test func stateOfficeTakesUpTheCountryItsSentenceOpensWith() throws {
        let marks: [Fixture.Mark] = [
            .country("Slowenien", iso: "SI"), .country("Bulgarien", iso: "BG"), .country("Kroatien", iso: "HR"),
            .per("Karl Erjavec"),
        ]
        let same = try Fixture.describe(
            "Slowenien müsse die Zahl anpassen, sagte Außenminister Karl Erjavec in Ljubljana.", marks)
        #expect(same.contains("Karl Erjavec represents Slowenien (Außenminister)"))
        let before = try Fixture.describe(
            "Bulgarien baut Zäune. Die Arbeiten begannen 2013, sagte Außenminister Karl Erjavec.", marks)
        #expect(before.contains("Karl Erjavec represents Bulgarien (Außenminister)"))
        let several = try Fixture.describe(
            "Slowenien und Kroatien streiten, sagte Außenminister Karl Erjavec.", marks)
        #expect(several.contains("Karl Erjavec hasTitle Außenminister"))
        let envoy = try Fixture.describe("Kroatien protestiert, sagte Botschafter Karl Erjavec.", marks)
        #expect(!envoy.contains { $0.contains("represents") })
    }

    /// `Geschäftsführerin Dr. Anna Roth`: academic titles between the role and the name; the speaker is the person.
    @Test func roleReachesTheNamePastAcademicTitles() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .per("Anna Roth")]
        let out = try Fixture.describe(
            "Velora warnt. Das sei schlimm, erklärte Velora-Geschäftsführerin Prof. Dr. Anna Roth am Montag.", marks)
        #expect(out.contains("Anna Roth memberOf Velora (Geschäftsführerin)"))
        #expect(out.contains("Anna Roth said Das sei schlimm"))
    }

    /// `sein türkischer Amtskollege X`: the counterpart acts for the adjective's country, with no role; a plain
    /// `Kollege` only where a state office stands before it in the sentence.
    @Test func colleagueOfAnOfficeHolderRepresentsTheAdjectivesCountry() throws {
        let marks: [Fixture.Mark] = [.loc("Türkei"), .per("Hans Moser"), .per("Eva Roth")]
        let official = try Fixture.describe(
            "Die Türkei zahlt. Eva Roth traf ihren türkischen Amtskollegen Hans Moser.", marks)
        #expect(official.contains("Hans Moser represents Türkei"))
        let afterOffice = try Fixture.describe(
            "Die Türkei zahlt. Außenministerin Eva Roth traf ihren türkischen Kollegen Hans Moser.", marks)
        #expect(afterOffice.contains("Hans Moser represents Türkei"))
        let plain = try Fixture.describe(
            "Die Türkei zahlt. Die Forscherin Eva Roth traf ihren türkischen Kollegen Hans Moser.", marks)
        #expect(!plain.contains { $0.hasPrefix("Hans Moser represents") })
    }

    /// `Der türkische Präsident X`: a state office after the country's adjective represents the country the
    /// article names; a nationality before another role (`der kroatische Schiedsrichter`) does not, nor an
    /// adjective whose country the article never names.
    @Test func countryAdjectiveBeforeAStateOfficeRepresentsTheCountry() throws {
        let marks: [Fixture.Mark] = [.loc("Türkei"), .loc("Kroatien"), .per("Hans Moser")]
        let office = try Fixture.describe("Die Türkei zahlt. Der türkische Präsident Hans Moser sagte das.", marks)
        #expect(office.contains("Hans Moser represents Türkei (Präsident)"))
        let nationality = try Fixture.describe(
            "Kroatien spielt. Der kroatische Schiedsrichter Hans Moser pfiff.", marks)
        #expect(!nationality.contains { $0.contains("represents") })
        let unnamed = try Fixture.describe("Der türkische Präsident Hans Moser sagte das.", marks)
        #expect(unnamed.contains("Hans Moser hasTitle Präsident"))
        // The adjective's umlaut is the name's plain vowel (`thailändisch` → `Thailand`).
        let umlaut = try Fixture.describe(
            "Thailand zahlt. Der thailändische Premierminister Hans Moser sagte das.",
            [.loc("Thailand"), .per("Hans Moser")])
        #expect(umlaut.contains("Hans Moser represents Thailand (Premierminister)"))
        // A state's offices after the state's adjective too.
        let land = try Fixture.describe(
            "Im Burgenland regnet es. Der burgenländische Landeshauptmann Hans Moser kam.",
            [.loc("Burgenland"), .per("Hans Moser")])
        #expect(land.contains("Hans Moser represents Burgenland (Landeshauptmann)"))
        // The name as the article writes it counts where the canonical name starts otherwise.
        let written = try Fixture.describe(
            "Moldau zahlt. Der moldauische Regierungschef Hans Moser sagte das.",
            [.country("Moldau", key: "Republik Moldau", iso: "MD"), .per("Hans Moser")])
        #expect(written.contains("Hans Moser represents Republik Moldau (Regierungschef)"))
        // A senator, governor or consul acts for the state too.
        let senator = try Fixture.describe(
            "Die Türkei zahlt. Die türkische Senatorin Hans Moser sagte das.", marks)
        #expect(senator.contains("Hans Moser represents Türkei (Senatorin)"))
    }

    /// `Der Grüne Abgeordnete X`: an organisation's name spaced before the role word is the body it is held in.
    @Test func organisationSpacedBeforeTheRoleIsTheBody() throws {
        let out = try Fixture.describe(
            "Der Grüne Abgeordnete Hans Moser erklärte das.", [.org("Grüne"), .per("Hans Moser")])
        #expect(out.contains("Hans Moser memberOf Grüne (Abgeordnete)"))
    }

    /// `Red-Bull-Boss X`: `Boss` is a leadership title like `Chef`.
    @Test func bossFusedToAnOrganisationIsMemberOf() throws {
        let out = try Fixture.describe(
            "Das sagte Red-Bull-Boss Hans Moser am Montag.", [.per("Hans Moser"), .org("Red-Bull")])
        #expect(out.contains("Hans Moser memberOf Red-Bull (Boss)"))
    }

    /// `der Finanzminister (Hans Jörg Schelling, ÖVP)`: the role before the bracket, the party after the name.
    @Test func bracketedNameWithItsPartyAfterItsRole() throws {
        let out = try Fixture.describe(
            "Darauf ist der Finanzminister (Hans Moser, ÖVP) gut vorbereitet.", [.per("Hans Moser"), .org("ÖVP")])
        #expect(out.contains("Hans Moser hasTitle Finanzminister"))
        #expect(out.contains("Hans Moser memberOf ÖVP"))
        // A bracket that holds a name with no role before it gives no title.
        let bare = try Fixture.describe(
            "Darauf ist der Mann (Hans Moser, ÖVP) gut vorbereitet.", [.per("Hans Moser"), .org("ÖVP")])
        #expect(bare == ["Hans Moser memberOf ÖVP"])
    }

    @Test func partyFusedIntoRoleGivesMemberOfAndPlaceGivesRepresents() throws {
        let out = try Fixture.describe(
            "Es sprach Hans Moser, der ÖVP-Bürgermeister von Tulln.",
            [.per("Hans Moser"), .org("ÖVP"), .loc("Tulln")])
        #expect(out.contains("Hans Moser memberOf ÖVP"))
        #expect(out.contains("Hans Moser represents Tulln (Bürgermeister)"))
    }

    @Test func frontedRolePhraseBeforeNameInCommas() throws {
        let out = try Fixture.describe(
            "Der Generalsekretär der NATO, Mark Rutte, landete in Riga.",
            [.per("Mark Rutte"), .org("NATO"), .loc("Riga")])
        #expect(out == ["Mark Rutte memberOf NATO (Generalsekretär)"])
    }

    @Test(arguments: [
        "Nach Angaben des Chefredakteurs von Radio Nord, Karl Huber, stürmte die Polizei das Haus.",
        "Laut dem Chefredakteur von Radio Nord, Karl Huber, stürmte die Polizei das Haus.",
        "Die Polizei sprach mit dem Chefredakteur von Radio Nord, Karl Huber, über den Einsatz.",
    ])
    func rolePhraseInASourceOrPrepositionalPhraseBeforeNameInCommas(_ text: String) throws {
        let out = try Fixture.describe(text, [.per("Karl Huber"), .org("Radio Nord")])
        #expect(out == ["Karl Huber memberOf Radio Nord (Chefredakteur)"])
    }

    @Test func punctuationBeforeAHyphenIsNoPartOfTheTitle() throws {
        // `B.Z.-Chefredakteur` with `B.Z.` not recognised: the title is the role word.
        #expect(try Fixture.describe("B.Z.-Chefredakteur Karl Huber hatte die Idee.", [.per("Karl Huber")])
            == ["Karl Huber hasTitle Chefredakteur"])
    }

    @Test func roleAfterAPresentCopulaIsHeld() throws {
        #expect(try Fixture.describe("Karl Huber ist nun Präsident der Caritas.", [.per("Karl Huber"), .org("Caritas")])
            == ["Karl Huber memberOf Caritas (Präsident)"])
        #expect(try Fixture.describe("Karl Huber wurde Regierungschef.", [.per("Karl Huber")])
            == ["Karl Huber hasTitle Regierungschef"])
        // The role of someone named after it, a relative's noun, or a compound's first part is not the subject's.
        #expect(try Fixture.describe("Karl Huber wird Präsident Olaf Brandl treffen.",
                                     [.per("Karl Huber"), .per("Olaf Brandl")]) == ["Olaf Brandl hasTitle Präsident"])
        #expect(try Fixture.describe("Karl Huber ist der Sohn des Präsidenten.", [.per("Karl Huber")]).isEmpty)
        #expect(try Fixture.describe("Karl Huber ist der erste Premier-League-Trainer.", [.per("Karl Huber")]).isEmpty)
    }

    @Test func roleAfterACopulaWithAFusedNameOrSinceWhenIsHeld() throws {
        #expect(try Fixture.describe("Karl Huber ist EU-Kommissar für Gesundheit.", [.per("Karl Huber"), .org("EU")])
            == ["Karl Huber memberOf EU (Kommissar)"])
        #expect(try Fixture.describe("Karl Huber ist seit 2010 Bürgermeister von Linz.",
                                     [.per("Karl Huber"), .loc("Linz")])
            == ["Karl Huber represents Linz (Bürgermeister)"])
        // A person fused to the role is not the body (`ist Merkel-Berater` names whom he advises).
        #expect(try Fixture.describe("Karl Huber ist Merkel-Berater.", [.per("Karl Huber"), .per("Merkel")]).isEmpty)
    }

    @Test func roleAfterAlsNamesTheBodyButNoBareTitle() throws {
        let marks: [Fixture.Mark] = [.per("Anna Gruber"), .org("SPÖ")]
        #expect(try Fixture.describe("Der Auftritt Anna Grubers als neue SPÖ-Vorsitzende war kurz.", marks
            + [.per("Anna Grubers", key: "Anna Gruber")]) == ["Anna Gruber memberOf SPÖ (Vorsitzende)"])
        #expect(try Fixture.describe("Sie lehnten Anna Gruber als Kanzlerin ab.", marks).isEmpty)
    }

    /// A role phrase set off before a name after a lower-case word (`schickte daraufhin den Minister für Sicherheit,
    /// Liu Zhongyi,`, `wie der Projektleiter vom DLR, X,`) is the name's; not after a noun whose genitive it is.
    @Test func rolePhraseBeforeANameInCommasAfterALowerCaseWord() throws {
        #expect(try Fixture.describe("Peking schickte daraufhin den Minister für Sicherheit, Karl Huber, nach Wien.",
                                     [.loc("Peking"), .per("Karl Huber"), .loc("Wien")])
            == ["Karl Huber hasTitle Minister"])
        #expect(try Fixture.describe("Er traf den Sohn des Ministers für Sicherheit, Karl Huber, in Wien.",
                                     [.per("Karl Huber"), .loc("Wien")]).isEmpty)
    }

    /// A negotiator is a role (`der Chefunterhändler der Regierung, Humberto de la Calle`), compounds too.
    @Test func negotiatorIsARole() throws {
        #expect(try Fixture.describe("Es war gut, sagte der Chefunterhändler der Regierung, Karl Huber, am Montag.",
                                     [.per("Karl Huber")])
            == ["Karl Huber hasTitle Chefunterhändler", "Karl Huber said Es war gut"])
    }

    @Test func rolePhraseAfterSpeechVerbBeforeNameInCommas() throws {
        let out = try Fixture.describe(
            "Die Lage sei ernst, sagte der NATO-Generalsekretär für Osteuropa, Mark Rutte, in Riga.",
            [.per("Mark Rutte"), .org("NATO"), .loc("Riga")])
        #expect(out.contains("Mark Rutte memberOf NATO (Generalsekretär)"))
        #expect(out.contains("Mark Rutte said Die Lage sei ernst"))
        #expect(!out.contains { $0.hasPrefix("NATO said") })
    }

    @Test func frontedRolePhraseWithANamesUndAndItsAcronym() throws {
        let out = try Fixture.describe(
            "Das sagte der Sprecher der unabhängigen Kommission für Recht und Freiheit (KRF), Olaf Huber, am Montag.",
            [.org("Kommission für Recht und Freiheit"), .org("KRF", key: "Kommission für Recht und Freiheit"),
             .per("Olaf Huber")])
        #expect(out.contains("Olaf Huber memberOf Kommission für Recht und Freiheit (Sprecher)"))
    }

    @Test func frontedRoleHeldInTheAcronymClosingThePhrase() throws {
        let out = try Fixture.describe(
            "Der Vorsitzende der Angestellten-Gewerkschaft (GdA), Olaf Huber, will mehr Geld.",
            [.org("GdA"), .per("Olaf Huber")])
        #expect(out == ["Olaf Huber memberOf GdA (Vorsitzende)"])
    }

    @Test func bracketsSpellingOutTheNameBeforeThemAreNoParty() throws {
        let out = try Fixture.describe(
            "Die Älteren Übernehmer (Äü) und der Islamische Staat (IS) trafen Maria Lenz (CSU).",
            [.per("Älteren Übernehmer"), .org("Äü"), .per("Islamische Staat"), .org("IS"), .per("Maria Lenz"),
             .org("CSU")])
        #expect(out == ["Maria Lenz memberOf CSU"])
    }

    /// A title no longer held is the person's title still, as annotators give it (`des ehemaligen Kapitäns …`).
    @Test func formerTitlesAreTitles() throws {
        let out = try Fixture.describe("Der frühere Kanzler Franz Vranitzky kam ebenfalls.", [.per("Franz Vranitzky")])
        #expect(out == ["Franz Vranitzky hasTitle Kanzler"])
        // The professions stay out, former or not.
        #expect(try Fixture.describe("Der frühere Politiker Franz Vranitzky kam.", [.per("Franz Vranitzky")]).isEmpty)
    }

    @Test func titleWrittenWithExIsATitleOfItsOwn() throws {
        #expect(try Fixture.describe("Ex-Kanzler Franz Vranitzky kam ebenfalls.", [.per("Franz Vranitzky")])
            == ["Franz Vranitzky hasTitle Ex-Kanzler"])
        #expect(try Fixture.describe("Ex-Flughafen-Chef Franz Vranitzky kam.", [.per("Franz Vranitzky")])
            == ["Franz Vranitzky hasTitle Ex-Flughafen-Chef"])
        // `Ex` fused to the role word, with no hyphen, too (`Exchef`; not `Exilpräsident`, a role of its own).
        #expect(try Fixture.describe("Exkanzler Franz Vranitzky kam.", [.per("Franz Vranitzky")])
            == ["Franz Vranitzky hasTitle Exkanzler"])
    }

    @Test(arguments: [
        "Ex-SPÖ-Kanzler Franz Vranitzky kam ebenfalls.",
        "Der ehemalige SPÖ-Geschäftsführer Franz Vranitzky kam ebenfalls.",
        "Franz Vranitzky, der frühere Vorsitzende der SPÖ, kam ebenfalls.",
    ])
    func formerRoleStillNamesTheBodyButNoTitle(_ text: String) throws {
        let out = try Fixture.describe(text, [.per("Franz Vranitzky"), .org("SPÖ")])
        #expect(out.count == 1)
        #expect(out.first?.hasPrefix("Franz Vranitzky memberOf SPÖ") == true)
        let relations = try Fixture.relations(text, [.per("Franz Vranitzky"), .org("SPÖ")])
        #expect(relations.first?.provenance.source.hasSuffix(" former") == true, "\(relations.first!.provenance)")
    }

    @Test(arguments: [
        ("Die Staatsanwaltschaft Linz ermittelt. Das sei Routine, sagte Staatsanwalt Peter Lutz.",
         "Staatsanwaltschaft Linz", "Peter Lutz memberOf Staatsanwaltschaft Linz (Staatsanwalt)"),
        ("Im Landesgericht Graz begann der Prozess unter Vorsitz von Richterin Eva Moser.",
         "Landesgericht Graz", "Eva Moser memberOf Landesgericht Graz (Richterin)"),
        ("Der Bundesverband Nordbau klagt. Das sei nötig, sagte Verbandspräsident Peter Lutz.",
         "Bundesverband Nordbau", "Peter Lutz memberOf Bundesverband Nordbau (Verbandspräsident)"),
    ])
    func roleTakesUpTheBodyItsWordNames(_ text: String, _ body: String, _ expected: String) throws {
        let person = expected.components(separatedBy: " memberOf").first!
        let out = try Fixture.describe(text, [.org(body), .per(person)])
        #expect(out.contains(expected))
        #expect(!out.contains { $0.contains("hasTitle") })
    }

    /// `Der Bundesverband … wies die Vorwürfe zurück: …, erklärte Hauptgeschäftsführer Martin Beerwald`: the body
    /// whose statement the colon opens is the speaker's, not the one of the sentence before.
    @Test func roleAfterAColonStatementIsTheStatingBodys() throws {
        let text = "Die Nordbank prüft Optionen. Die Velora wies das zurück: Alles sei korrekt, erklärte Chefin "
            + "Anna Roth."
        let out = try Fixture.describe(text, [.org("Nordbank"), .org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Chefin)"))
        #expect(!out.contains { $0.hasPrefix("Anna Roth memberOf Nordbank") })
    }

    /// `Direktor für organisierte Kriminalität bei Interpol`, `Professorin für Entwicklungspsychologie an der
    /// Universität Wien`: the field may open with an adjective, and a university's staff are `an der` it.
    @Test func fieldThenTheBodyTheRoleIsHeldIn() throws {
        let marks: [Fixture.Mark] = [.per("Anna Roth"), .org("Velora")]
        let adjective = try Fixture.describe(
            "Das sagte Anna Roth, Direktorin für organisierte Kriminalität bei Velora.", marks)
        #expect(adjective.contains("Anna Roth memberOf Velora (Direktorin)"))
        let university = try Fixture.describe(
            "Das sagte Anna Roth, Leiterin für Psychologie an der Velora.", marks)
        #expect(university.contains("Anna Roth memberOf Velora (Leiterin)"))
    }

    /// `sagte Referentin Lena Ossenbrink in Osnabrück` after a sentence about Terre des hommes: a place after the
    /// name keeps the role taking up the organisation.
    @Test func placeAfterTheNameKeepsTheTakeUp() throws {
        let text = "Die Organisation Velora begrüßte das. „Es reicht nicht“, sagte Referentin Anna Roth in Linz."
        let out = try Fixture.describe(text, [.org("Velora"), .per("Anna Roth"), .loc("Linz")])
        #expect(out.contains("Anna Roth memberOf Velora (Referentin)"))
    }

    /// `Kritik kam von der Plattform X. Deren Geschäftsführerin Julia Brandstetter bemängelte, dass …`: after
    /// `deren` the role is held in the one organisation of the sentence before, wherever it stands there; and the
    /// person speaks.
    @Test func roleAfterDerenTakesUpTheOrganisationBefore() throws {
        let text = "Kritik kam von der Velora. Deren Geschäftsführerin Anna Roth bemängelte, dass es zu wenig sei."
        let out = try Fixture.describe(text, [.org("Velora"), .per("Anna Roth")])
        #expect(out.contains("Anna Roth memberOf Velora (Geschäftsführerin)"))
        #expect(out.contains { $0.hasPrefix("Anna Roth said es zu wenig sei") })
    }

    /// `Oberstaatsanwältin Katrin Vollmer, Sprecherin der Staatsanwaltschaft Dresden`: where an apposition names the
    /// body the person serves in, the rank before the name is a title and the apposition's role the membership.
    @Test func rankBeforeTheNameIsATitleWhereAnAppositionNamesTheBody() throws {
        let text = "Das sei Routine, sagte Oberstaatsanwalt Peter Lutz, Sprecher der Staatsanwaltschaft Linz."
        let out = try Fixture.describe(text, [.per("Peter Lutz"), .org("Staatsanwaltschaft Linz")])
        #expect(out.contains("Peter Lutz hasTitle Oberstaatsanwalt"))
        #expect(out.contains("Peter Lutz memberOf Staatsanwaltschaft Linz (Sprecher)"))
    }

    /// `Kriminaloberrat Henrik Lüders, Leiter des Zentralen Kriminaldienstes der Polizeiinspektion Emsland`: a rank
    /// is a title, and a unit named with a capitalised adjective belongs to the body after it.
    @Test func rankAndUnitWithACapitalisedAdjective() throws {
        let text = "Das sagte Kriminaloberrat Peter Lutz, Leiter des Zentralen Kriminaldienstes der Velora."
        let out = try Fixture.describe(text, [.per("Peter Lutz"), .org("Velora")])
        #expect(out.contains("Peter Lutz hasTitle Kriminaloberrat"))
        #expect(out.contains("Peter Lutz memberOf Velora (Leiter)"))
    }

    /// `Leiter des Ermittlungsbereichs Cybercrime im Landeskriminalamt Oberösterreich`: a unit's own name after its
    /// noun, then the body it is part of.
    @Test func unitWithItsOwnNameBeforeTheBody() throws {
        let text = "Das sagte Peter Lutz, Leiter des Ermittlungsbereichs Cybercrime im Landeskriminalamt Velora."
        let out = try Fixture.describe(text, [.per("Peter Lutz"), .org("Landeskriminalamt Velora")])
        #expect(out.contains("Peter Lutz memberOf Landeskriminalamt Velora (Leiter)"))
        let project = "Das sagte Marta Ferreira, Leiterin des Projekts Missing Migrants bei der Velora."
        #expect(try Fixture.describe(project, [.per("Marta Ferreira"), .org("Velora")])
            .contains("Marta Ferreira memberOf Velora (Leiterin)"))
    }

    /// `die Direktorin der Organisation, Dewi Lestari`: a type word with no name after it takes up the body it
    /// introduced, far back where that is the one body the article names.
    @Test func typeWordAfterTheRoleTakesUpTheBodyItIntroduced() throws {
        let filler = String(repeating: "Das Wetter war gut. ", count: 4)
        let text = "Die Menschenrechtsorganisation Velora legte einen Bericht vor. " + filler
            + "Das sagte die Direktorin der Organisation, Dewi Lestari."
        let out = try Fixture.describe(text, [.org("Velora"), .per("Dewi Lestari")])
        #expect(out.contains("Dewi Lestari memberOf Velora (Direktorin)"))
        let two = "Die Menschenrechtsorganisation Velora legte einen Bericht vor. Die Norda schwieg. " + filler
            + "Das sagte die Direktorin der Organisation, Dewi Lestari."
        #expect(try !Fixture.describe(two, [.org("Velora"), .org("Norda"), .per("Dewi Lestari")])
            .contains { $0.contains("memberOf") })
    }

    /// `Leiter Finanzkriminalität bei Velora`: the field right after the role without `für`; `Beraterin beim
    /// UN-Hilfswerk Velora`: a body's type word on its name, then the unit's own name; `Leiter der Rapid-Amateure`
    /// … `Leiter der Staatsanwaltschaft` after `Staatsanwaltschaft Linz`: a bare designation takes up the body.
    @Test func fieldUnitAndDesignationAfterTheRole() throws {
        let field = try Fixture.describe("Das sagte Thomas Keller, Leiter Finanzkriminalität bei Velora.",
                                         [.per("Thomas Keller"), .org("Velora")])
        #expect(field.contains("Thomas Keller memberOf Velora (Leiter)"))
        let unit = try Fixture.describe("Das sagte Anna Roth, Beraterin beim UN-Hilfswerk Velora in Wien.",
                                        [.per("Anna Roth"), .org("UN", key: "Vereinte Nationen"), .org("Velora"),
                                         .loc("Wien")])
        #expect(unit.contains("Anna Roth memberOf Velora (Beraterin)"))
        let designation = try Fixture.describe(
            "Die Staatsanwaltschaft Linz ermittelt. Das sagte Anna Roth, Leiterin der Staatsanwaltschaft.",
            [.org("Staatsanwaltschaft Linz"), .per("Anna Roth")])
        #expect(designation.contains("Anna Roth memberOf Staatsanwaltschaft Linz (Leiterin)"))
    }

    /// `BK-Sprecher Oberst Dieter Csefan`: a role fused to a body before a rank gives the membership, the rank the title.
    @Test func roleFusedToABodyBeforeARank() throws {
        let out = try Fixture.describe("Das sagte Velora-Sprecher Oberst Dieter Csefan.",
                                       [.org("Velora"), .per("Dieter Csefan")])
        #expect(out.contains("Dieter Csefan memberOf Velora (Sprecher)"))
        #expect(out.contains("Dieter Csefan hasTitle Oberst"))
    }

    @Test func directorIsNoRectorOfTheUniversity() throws {
        // (The sentence before is about the university, which the role may take up as any role held in a body.)
        let text = "Die Universität Linz lädt ein. Das sei nötig, sagte Institutsdirektor Peter Lutz."
        let relations = try Fixture.relations(text, [.org("Universität Linz"), .per("Peter Lutz")])
        #expect(!relations.contains { $0.provenance.source.hasPrefix("role-takes-up-its-institution") })
    }

    @Test func bodyNamedTwoSentencesEarlierIsTooFarForTheRole() throws {
        let text = "Die Staatsanwaltschaft Linz ermittelt. Es geht um Betrug. Am Abend kam Staatsanwalt Peter Lutz."
        let out = try Fixture.describe(text, [.org("Staatsanwaltschaft Linz"), .per("Peter Lutz")])
        #expect(out == ["Peter Lutz hasTitle Staatsanwalt"])
    }

    @Test func roleOfAnotherKindTakesUpNoBody() throws {
        let out = try Fixture.describe(
            "Die Staatsanwaltschaft Linz ermittelt. Am Abend kam Bürgermeister Peter Lutz.",
            [.org("Staatsanwaltschaft Linz"), .per("Peter Lutz")])
        #expect(out == ["Peter Lutz hasTitle Bürgermeister"])
    }

    @Test(arguments: [
        "Das sei falsch, sagte Anna Berger von der Arbeiterkammer.",
        "Anna Berger von der Arbeiterkammer warnte davor.",
        "Kritik kam von Anna Berger von der Arbeiterkammer, die den Plan ablehnt.",
        // The body's seat may follow.
        "Das sei falsch, sagte Anna Berger von der Arbeiterkammer in Linz.",
        // The sentence's subject, its verb after the body.
        "Anna Berger von der Arbeiterkammer findet das falsch.",
        "Die Juristin Anna Berger von der Arbeiterkammer hält das für falsch.",
        // Right after a verb of saying, a time may follow the body.
        "Das sei falsch, sagte Anna Berger von der Arbeiterkammer am Mittwoch.",
    ])
    func nameFollowedByVonOrganisationIsMemberOf(_ text: String) throws {
        let out = try Fixture.describe(text, [.per("Anna Berger"), .org("Arbeiterkammer"), .loc("Linz")])
        #expect(out.contains("Anna Berger memberOf Arbeiterkammer"))
    }

    @Test(arguments: [
        ("Dabei war auch Marco Rossi, Anwalt der Reederei Costa Lines, anwesend.", "Marco Rossi memberOf Costa Lines (Anwalt)"),
        ("Das sei falsch, sagte Eva Brandt von der Hilfsorganisation Pro Asyl.", "Eva Brandt memberOf Pro Asyl"),
    ])
    func typeWordBeforeTheOrganisationNameIsSkipped(_ text: String, _ expected: String) throws {
        let names = expected.components(separatedBy: " memberOf ")
        let body = names[1].components(separatedBy: " (").first!
        let out = try Fixture.describe(text, [.per(names[0]), .org(body)])
        #expect(out.contains(expected))
    }

    @Test func titleHeldInANamedBodyIsNotRepeatedAsHasTitle() throws {
        let text = "Richterin Eva Moser vom Landesgericht Linz eröffnete. Später vertagte Richterin Eva Moser."
        let out = try Fixture.describe(text, [.per("Eva Moser"), .org("Landesgericht Linz")])
        #expect(out == ["Eva Moser memberOf Landesgericht Linz (Richterin)"])
    }

    @Test func vonPhraseClosedByAParticipleIsNoMembership() throws {
        let out = try Fixture.describe(
            "Gestern wurde Anna Berger von der Polizei Linz festgenommen.",
            [.per("Anna Berger"), .org("Polizei Linz")])
        #expect(out.isEmpty)
    }

    @Test(arguments: ["Finanzexperte", "Anwalt", "Wirtschaftsberaterin"])
    func professionsAndDescriptionsAreNoTitles(_ word: String) throws {
        let out = try Fixture.describe("Das bestätigte \(word) Paul Ried am Montag.", [.per("Paul Ried")])
        #expect(!out.contains { $0.contains("hasTitle") })
    }

    @Test func roleWithoutPersonGivesNothing() throws {
        let out = try Fixture.describe("Der Bürgermeister von Tulln lud ein.", [.loc("Tulln")])
        #expect(out.isEmpty)
    }

    @Test func titleStatedTwiceIsKeptOnceAtFirstSentence() throws {
        let text = "Richterin Maria Wolf eröffnete den Prozess. Am Nachmittag vertagte Richterin Maria Wolf "
            + "die Verhandlung."
        let relations = try Fixture.relations(text, [.per("Maria Wolf")])
        #expect(relations.count == 1)
        #expect(relations.first?.sentenceIndex == 0)
    }

    @Test func organisationRoleTakesUpThePreviousSentencesOrganisation() throws {
        let text = "Der Handelsverband meldete ein Umsatzplus. Das Weihnachtsgeschäft sei gut gelaufen, sagte "
            + "Geschäftsführer Rainer Will."
        let out = try Fixture.describe(text, [.org("Handelsverband"), .per("Rainer Will")])
        #expect(out.contains("Rainer Will memberOf Handelsverband (Geschäftsführer)"))
        // Or its source, where it opens with one.
        let source = "Laut Velora wurden 312 Betroffene unterstützt. Viele würden nicht aussagen, sagte Sprecherin "
            + "Nadia Obuya."
        #expect(try Fixture.describe(source, [.org("Velora"), .per("Nadia Obuya"), .quantity("312 Betroffene")])
            .contains("Nadia Obuya memberOf Velora (Sprecherin)"))
    }

    @Test(arguments: [
        "Der Handelsverband meldete ein Umsatzplus. Das Geschäft sei gut gelaufen, sagte Kanzler Karl Nehammer.",
        "Der Handelsverband meldete ein Umsatzplus. Es regnete. Das sei gut, sagte Geschäftsführer Karl Nehammer.",
    ])
    func politicalTitlesAndDistantOrganisationsStayTitles(_ text: String) throws {
        let out = try Fixture.describe(text, [.org("Handelsverband"), .per("Karl Nehammer")])
        #expect(out.contains { $0.hasPrefix("Karl Nehammer hasTitle") })
        #expect(!out.contains { $0.contains("memberOf") })
    }

    @Test func hyphenatedPrefixesStayInTheTitle() throws {
        let out = try Fixture.describe("Morgen spricht Vize-Regierungschef Jan Marek.", [.per("Jan Marek")])
        #expect(out == ["Jan Marek hasTitle Vize-Regierungschef"])
    }

    @Test func roleWordsInsideNameMentionCount() throws {
        let out = try Fixture.describe(
            "Gestern reiste Außenministerin Karin Kneissl ab.", [.per("Außenministerin Karin Kneissl")])
        #expect(out == ["Außenministerin Karin Kneissl hasTitle Außenministerin"])
    }
}

/// Role words added beside the generated list: board members hold a role in their company.
struct BoardRoleTests {
    @Test func boardMemberFusedWithItsCompanyIsMemberOf() throws {
        let out = try Fixture.describe(
            "Das bestätigte Siemens-Vorstand Karin Hohl am Montag.", [.org("Siemens"), .per("Karin Hohl")])
        #expect(out == ["Karin Hohl memberOf Siemens (Vorstand)"])
    }
}

/// A possessive before a role word points back to the organisation named just before it.
struct PossessiveRoleTests {
    @Test func derenSprecherBelongsToTheOrganisationBefore() throws {
        let out = try Fixture.describe(
            "Die Caritas will keine Angaben machen, wie deren Sprecher Paul Ried erklärte.",
            [.org("Caritas"), .per("Paul Ried")])
        #expect(out.contains("Paul Ried memberOf Caritas (Sprecher)"))
    }

    @Test func possessiveAfterAPersonGivesNoMembership() throws {
        let out = try Fixture.describe(
            "Das bestätigte Anna Huber, deren Sprecher Paul Ried am Montag anrief.",
            [.per("Anna Huber"), .per("Paul Ried")])
        #expect(!out.contains { $0.contains("memberOf") })
    }

    /// A mark for a party as the curated list names it: its row's `file:line`, which the party test reads.
    private static func party(_ name: String) throws -> Fixture.Mark { try Fixture.Mark.curated(name) }

    @Test(arguments: [
        "Deniz Baykal lachte. Es geht um Baykals CHP.",
        "Deniz Baykal lachte. Es geht um Baykals sozialdemokratische CHP.",
        "Deniz Baykal lachte. Es geht um Baykals sozialdemokratische Partei CHP.",
    ])
    func personsGenitiveBeforeAPartyNamesAMember(_ text: String) throws {
        let out = try Fixture.describe(text, [try Self.party("CHP"), .per("Baykals", key: "Deniz Baykal"),
                                              .per("Deniz Baykal")])
        #expect(out == ["Deniz Baykal memberOf CHP"])
    }

    /// A verb and an article between the genitive and the party start another phrase (`Seit der Ära Mao Zedongs
    /// kämpft die KP …`).
    @Test func partyPastAnArticleAfterAGenitiveNamesNoMember() throws {
        let out = try Fixture.describe("Deniz Baykal lachte. In der Ära Baykals kämpft die CHP.",
                                       [try Self.party("CHP"), .per("Baykals", key: "Deniz Baykal"),
                                        .per("Deniz Baykal")])
        #expect(out.isEmpty)
    }

    /// `Peter Stögers FC Köln`: a club right after the genitive names a member too; not a club past other words
    /// (`Christian Fuchs mit Leicester City`, whose `-s` is the name's).
    @Test func personsGenitiveBeforeAClubNamesAMember() throws {
        let out = try Fixture.describe(
            "Karl Brandls Hamburger SV gewann.", [try Self.party("Hamburger SV"), .per("Karl Brandls")])
        #expect(out == ["Karl Brandls memberOf Hamburger SV"])
        let apart = try Fixture.describe(
            "Karl Fuchs mit dem Hamburger SV gewann.", [try Self.party("Hamburger SV"), .per("Karl Fuchs")])
        #expect(apart.isEmpty)
    }

    /// One role word, one relation: an office held outside the party fused to it gives the membership without a
    /// role, and no title apart.
    @Test func officeOutsideAFusedPartyIsMembershipWithoutRole() throws {
        let out = try Fixture.describe(
            "Der CHP-Abgeordnete Deniz Baykal schwieg.", [try Self.party("CHP"), .per("Deniz Baykal")])
        #expect(out == ["Deniz Baykal memberOf CHP"])
        // The same office alone is a title.
        #expect(try Fixture.describe("Der Abgeordnete Deniz Baykal schwieg.", [.per("Deniz Baykal")])
            == ["Deniz Baykal hasTitle Abgeordnete"])
        // An office of the party itself is the membership's role.
        let chef = try Fixture.describe(
            "CHP-Chef Deniz Baykal schwieg.", [try Self.party("CHP"), .per("Deniz Baykal")])
        #expect(chef == ["Deniz Baykal memberOf CHP (Chef)"])
        // Fused to a body that is no party, every role is held in it.
        let body = try Fixture.describe(
            "Der Velora-Abgeordnete Deniz Baykal schwieg.", [.org("Velora"), .per("Deniz Baykal")])
        #expect(body == ["Deniz Baykal memberOf Velora (Abgeordnete)"])
    }

    @Test func personsGenitiveBeforeAPartyIsMembership() throws {
        let out = try Fixture.describe(
            "Sie stimmten für den Vorstoß von Baykals islamisch-konservativer CHP.",
            [.per("Baykals", key: "PER/Deniz Baykal"), try Self.party("CHP")])
        #expect(out == ["PER/Deniz Baykal memberOf CHP"])
        // Not before a body that is no party.
        #expect(try Fixture.describe(
            "Sie stimmten für Baykals Velora.", [.per("Baykals", key: "PER/Deniz Baykal"), .org("Velora")]).isEmpty)
    }

    @Test func personNounFusedToABodyIsMembershipWithoutRole() throws {
        let out = try Fixture.describe(
            "Auch der SPÖ-Politiker Josef Brandl kam.", [.org("SPÖ"), .per("Josef Brandl")])
        #expect(out == ["Josef Brandl memberOf SPÖ"])
        // A profession fused to a body: someone working for it, with no title.
        #expect(try Fixture.describe("Das sagte Velora-Chefökonom Jonas Brandl.", [.org("Velora"), .per("Jonas Brandl")])
            .contains("Jonas Brandl memberOf Velora"))
        // Not without the hyphen, and not a role word the person-noun ending also ends (`Obmann`).
        #expect(try Fixture.describe("Der Politiker Josef Brandl kam.", [.per("Josef Brandl")]).isEmpty)
        #expect(try Fixture.describe("SPÖ-Obmann Josef Brandl kam.", [.org("SPÖ"), .per("Josef Brandl")])
            == ["Josef Brandl memberOf SPÖ (Obmann)"])
    }

    /// A former office fused to a party gives what a current one gives: the membership.
    @Test func aFormerOfficeInAPartyGivesTheMembership() throws {
        let out = try Fixture.describe(
            "Er zitierte die einstigen FPÖ-Abgeordneten Susanne Brandl.",
            [try Self.party("FPÖ"), .per("Susanne Brandl")])
        #expect(out == ["Susanne Brandl memberOf FPÖ"])
    }
}
