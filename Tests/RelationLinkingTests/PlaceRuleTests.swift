import NewsGraphCore
import Testing

/// locatedIn between places, and between an organisation and its seat.
struct PlaceRuleTests {
    @Test(arguments: [
        ("Der Unfall geschah in Bastia auf Korsika.", "Bastia", "Korsika"),
        ("Die Messe findet in Wels (Oberösterreich) statt.", "Wels", "Oberösterreich"),
        ("Das Fest in Lienz in Osttirol war gut besucht.", "Lienz", "Osttirol"),
        ("Die Bombe explodierte in Maiduri im Bundesstaat Borno.", "Maiduri", "Borno"),
        ("Er wohnt in Tarn in der kleinen Provinz Veluna.", "Tarn", "Veluna"),
        ("Sie stammt aus Edo im Süden Nigerias.", "Edo", "Nigerias"),
        ("Die Kämpfe in Cizre, im Osten der Türkei, dauern an.", "Cizre", "Türkei"),
    ])
    func placeInPlace(_ text: String, _ inner: String, _ outer: String) throws {
        let out = try Fixture.describe(text, [.loc(inner), .loc(outer)])
        #expect(out == ["\(inner) locatedIn \(outer)"])
    }

    /// A university, college or clinic, or a designation with its field, lies in the place after `in` whatever the
    /// clause goes on with.
    @Test(arguments: [
        ("Forscher der Velora University in Tarn untersuchten das.", "Velora University"),
        ("Das Team vom Velora College in Tarn beschäftigt sich damit.", "Velora College"),
        ("Er bringt beim Landesgericht für Strafsachen in Tarn einen Antrag ein.", "Landesgericht für Strafsachen"),
    ])
    func seatedInstitutionLiesInThePlaceAfterIn(_ text: String, _ body: String) throws {
        let out = try Fixture.describe(text, [.org(body), .loc("Tarn")])
        #expect(out.contains("\(body) locatedIn Tarn"))
    }

    /// An organisation past its acronym in brackets, or the speaker right after the verb, lies in the place after
    /// `in` (`Das National Center … (NCMEC) in den USA`, `teilte das Ministerium in Peking am Montag mit`).
    @Test func organisationInPlacePastItsAcronymOrAfterTheVerb() throws {
        let acronym = try Fixture.describe(
            "Koordiniert wurde der Einsatz von der Velora-Agentur (Velora) in Den Haag.",
            [.org("Velora-Agentur", key: "V"), .org("Velora", key: "V"), .loc("Den Haag")])
        #expect(acronym.contains("V locatedIn Den Haag"))
        let speaker = try Fixture.describe(
            "Das teilte das Ministerium für Sicherheit in Peking am Montag mit.",
            [.org("Ministerium für Sicherheit"), .loc("Peking")])
        #expect(speaker.contains("Ministerium für Sicherheit locatedIn Peking"))
    }

    /// A way from one place to another is no chain (`aus dem Gazastreifen im Süden Israels eingeschlagen`).
    /// `Kornfeld & Klipstein (Bern)`: a place alone in brackets after an organisation is its seat; not a place in
    /// brackets with more words.
    @Test func placeInBracketsAfterAnOrganisationIsItsSeat() throws {
        let out = try Fixture.describe("Er verkaufte die Werke an Velora & Partner (Tarn).",
                                       [.org("Velora & Partner"), .loc("Tarn")])
        #expect(out == ["Velora & Partner locatedIn Tarn"])
        let more = try Fixture.describe("Er verkaufte die Werke an Velora & Partner (heute in Tarn).",
                                        [.org("Velora & Partner"), .loc("Tarn")])
        #expect(more.isEmpty)
    }

    /// `aus Thüringen in Deutschland`: after `aus` a state of the country named after it lies in it, by their ISO
    /// codes; another place does not (`Flüchtlinge aus Syrien in Österreich`).
    @Test func stateOfTheCountryAfterAusLiesInIt() throws {
        let state = Fixture.Mark(text: "Tarnland", type: .place, key: nil, ids: ["iso:VL-TA"],
                                 source: "places/subdivisions.tsv:1")
        let out = try Fixture.describe("Die Gruppe aus Tarnland in Velonien warnt.",
                                       [state, .country("Velonien", iso: "VL")])
        #expect(out == ["Tarnland locatedIn Velonien"])
        let foreign = try Fixture.describe("Die Gruppe aus Tarnland in Oskarien warnt.",
                                           [state, .country("Oskarien", iso: "OK")])
        #expect(foreign.isEmpty)
    }

    @Test func areaOfAPlaceAfterAMovementIsNoChain() throws {
        let out = try Fixture.describe(
            "Eine Rakete aus dem Gazastreifen im Süden Israels schlug ein.", [.loc("Gazastreifen"), .loc("Israels")])
        #expect(out.isEmpty)
    }

    @Test func placesListedInBracketsLieInThePlaceBefore() throws {
        let text = "Sie kommen aus dem Maghreb (Marokko, Tunesien und Algerien)."
        let out = try Fixture.describe(text, [.loc("Maghreb"), .loc("Marokko"), .loc("Tunesien"), .loc("Algerien")])
        #expect(out == ["Marokko locatedIn Maghreb", "Tunesien locatedIn Maghreb", "Algerien locatedIn Maghreb"])
    }

    @Test func organisationAfterACountryAdjectiveAndTypeWordIsPlaced() throws {
        // Development sets disagree (sessions 2–9: two of three left such bodies unplaced; set g, 2026-12-04,
        // places them); the guideline's `makes it plain` and the low relation recall decide for it.
        let text = "Katar schweigt. Drei Journalisten des katarischen Fernsehsenders Al Jazeera sind in Haft."
        #expect(try Fixture.describe(text, [.country("Katar", iso: "QA"), .org("Al Jazeera")])
            == ["Al Jazeera locatedIn Katar"])
    }

    @Test(arguments: [
        ("Kämpfe in der nordsyrischen Provinz Idlib. Syrien schweigt.", "Idlib locatedIn Syrien"),
        ("Kämpfe in der indischen Stadt Agra. Indien und Indonesien schweigen.", "Agra locatedIn Indien"),
        ("Kämpfe am serbisch-kroatischen Grenzübergang Tovarnik. Kroatien schweigt.", nil),
        ("Kämpfe in der syrischen Stadt Idlib. Der Iran schweigt.", nil),
        // No country of the adjective named: a region of it.
        ("Kämpfe in der korsischen Hauptstadt Ajaccio. Korsika schweigt.", "Ajaccio locatedIn Korsika"),
        ("Kämpfe in der korsischen Hauptstadt Ajaccio. Kroatien schweigt.", nil),
        // The adjective right before the name, after an article or preposition.
        ("Das Treffen im syrischen Idlib. Syrien schweigt.", "Idlib locatedIn Syrien"),
        ("Das Treffen im syrischen Idlib-Gebiet. Syrien schweigt.", nil),
        // A preposition fused with the article (`ins`, `vom`, `zum`, `beim`).
        ("Die Fahrt ins syrische Idlib. Syrien schweigt.", "Idlib locatedIn Syrien"),
        ("Die Fahrt vom indischen Agra. Indien und Indonesien schweigen.", "Agra locatedIn Indien"),
        // The name must share nearly all of the adjective's stem: `niederösterreichisch` is no `Niederlande`.
        ("Das Treffen im niederösterreichischen Agra. Die Niederlande schweigen.", nil),
    ])
    func countryAdjectiveBeforePlaceType(_ text: String, _ expected: String?) throws {
        let out = try Fixture.describe(text, [
            .loc("Idlib"), .loc("Agra"), .loc("Tovarnik"), .loc("Ajaccio"), .loc("Korsika"),
            .country("Syrien", iso: "SY"), .country("Indien", iso: "IN"), .country("Niederlande", iso: "NL"),
            .country("Indonesien", iso: "ID"), .country("Kroatien", iso: "HR"), .country("Iran", iso: "IR"),
        ])
        #expect(out == (expected.map { [$0] } ?? []))
    }

    @Test func everyNameListedAfterTheAdjectiveAndPluralTypeIsPlaced() throws {
        let text = "Sie warten in den syrischen Grenzstädten Idlib und Agra. Syrien schweigt."
        let out = try Fixture.describe(text, [.loc("Idlib"), .loc("Agra"), .country("Syrien", iso: "SY")])
        #expect(out == ["Idlib locatedIn Syrien", "Agra locatedIn Syrien"])
    }

    /// `in mehreren indischen Bundesstaaten wie Kerala oder Goa`: places given as examples of the type, joined by
    /// `oder` too.
    @Test func examplesAfterWieAreInTheAdjectivesCountry() throws {
        let text = "Indien streitet. In mehreren indischen Bundesstaaten wie Kerala, Assam oder Goa gilt das Verbot."
        let out = try Fixture.describe(
            text, [.country("Indien", iso: "IN"), .loc("Kerala"), .loc("Assam"), .loc("Goa")])
        #expect(out == ["Kerala locatedIn Indien", "Assam locatedIn Indien", "Goa locatedIn Indien"])
    }

    @Test func islandCompoundIsAPlaceType() throws {
        let text = "Griechenland schweigt. Sie kamen auf der griechischen Ägäisinsel Lesbos an."
        let out = try Fixture.describe(text, [.loc("Lesbos"), .country("Griechenland", iso: "GR")])
        #expect(out == ["Lesbos locatedIn Griechenland"])
    }

    @Test func countryIsNotLocatedInAnotherPlace() throws {
        let out = try Fixture.describe(
            "Auch wenn die Türkei in Griechenland gestrandete Menschen zurücknimmt, bleibt es schwierig.",
            [.country("Türkei", iso: "TR"), .country("Griechenland", iso: "GR")])
        #expect(out.isEmpty)
    }

    @Test(arguments: [
        "Bronze ging an Benjamin Thorne (Kanada).",
        "Sie schieden gegen Valencia in der Europa League aus.",
    ])
    func namesThatLookLikePlacesGiveNoLocation(_ text: String) throws {
        let out = try Fixture.describe(text, [.loc("Thorne"), .loc("Kanada"), .loc("Valencia"), .loc("Europa")])
        #expect(out.isEmpty)
    }

    @Test func movementBetweenPlacesIsNoLocation() throws {
        let out = try Fixture.describe("Der Zug fuhr von Salzburg in die Schweiz.", [.loc("Salzburg"), .loc("Schweiz")])
        #expect(out.isEmpty)
    }

    @Test func organisationWithDesignationInPlace() throws {
        let out = try Fixture.describe(
            "Die Tafel Österreich e. V. in Graz verteilt Lebensmittel.",
            [.org("Tafel Österreich e. V."), .loc("Graz")])
        #expect(out == ["Tafel Österreich e. V. locatedIn Graz"])
    }

    @Test(arguments: [
        "Der Papst besucht die Caritas in Graz und spricht dort.",
        "Es brannte bei der Caritas in Graz (Steiermark) am Montag.",
        "Sie wollen notfalls bis zur Caritas in Graz zu gehen versuchen.",
    ])
    func organisationInPlaceEndingItsPhrase(_ text: String) throws {
        let out = try Fixture.describe(text, [.org("Caritas"), .loc("Graz"), .loc("Steiermark")])
        #expect(out.contains("Caritas locatedIn Graz"))
    }

    @Test func organisationActingInPlaceIsNoLocation() throws {
        let out = try Fixture.describe(
            "Danach investiert Siemens in China weiter.", [.org("Siemens"), .loc("China")])
        #expect(out.isEmpty)
    }

    @Test func placesListedAfterACountrySceneLieInIt() throws {
        let text = "Die Caritas hilft seit Jahren in Rumänien. Projekte laufen in Cluj, Iasi und Brasov."
        let out = try Fixture.describe(
            text, [.org("Caritas"), .country("Rumänien", iso: "RO"), .loc("Cluj"), .loc("Iasi"), .loc("Brasov")])
        #expect(out == ["Cluj locatedIn Rumänien", "Iasi locatedIn Rumänien", "Brasov locatedIn Rumänien"])
    }

    /// Places listed after the one country their own sentence sets its scene in (also as the destination, `nach`)
    /// lie in it; not places listed before it, nor after a country of origin (`aus`).
    @Test func placesListedAfterACountrySceneOfTheirOwnSentence() throws {
        let marks: [Fixture.Mark] = [.country("Rumänien", iso: "RO"), .loc("Cluj"), .loc("Iasi")]
        let after = try Fixture.describe(
            "Der Prozess begann. Sie brachten Frauen nach Rumänien und zwangen sie in Cluj und Iasi zur Arbeit.", marks)
        #expect(after == ["Cluj locatedIn Rumänien", "Iasi locatedIn Rumänien"])
        let before = try Fixture.describe(
            "Der Prozess begann. Sie arbeiteten in Cluj und Iasi und kamen dann nach Rumänien.", marks)
        #expect(before.isEmpty)
        let origin = try Fixture.describe(
            "Der Prozess begann. Frauen aus Rumänien arbeiteten in Cluj und Iasi.", marks)
        #expect(origin.isEmpty)
    }

    /// A state or province listed after a country's scene lies in that country only if it is one of its own.
    @Test func stateOfAnotherCountryIsNotInTheScene() throws {
        func state(_ name: String, _ iso: String) -> Fixture.Mark {
            Fixture.Mark(text: name, type: .place, key: nil, ids: ["iso:" + iso], source: "places/subdivisions.tsv:1")
        }
        let other = try Fixture.describe(
            "Die Ermittler fanden einen Server in den Niederlanden. Durchsuchungen gab es in Hessen und Bayern.",
            [.country("Niederlanden", iso: "NL"), state("Hessen", "DE-HE"), state("Bayern", "DE-BY")])
        #expect(other.isEmpty)
        let own = try Fixture.describe(
            "Die Caritas hilft seit Jahren in Rumänien. Projekte laufen in Cluj und Iasi.",
            [.org("Caritas"), .country("Rumänien", iso: "RO"), state("Cluj", "RO-CJ"), state("Iasi", "RO-IS")])
        #expect(own == ["Cluj locatedIn Rumänien", "Iasi locatedIn Rumänien"])
    }

    @Test(arguments: [
        "Die Caritas hilft seit Jahren in Rumänien. Projekte laufen in Cluj.",
        "Die Caritas hilft in Rumänien und Polen. Projekte laufen in Cluj, Iasi und Brasov.",
        "Die Caritas hilft seit Jahren in Rumänien. Danach reisten sie nach Cluj, Iasi und Brasov.",
    ])
    func noSceneOrNoListGivesNoLocation(_ text: String) throws {
        let out = try Fixture.describe(text, [
            .org("Caritas"), .country("Rumänien", iso: "RO"), .country("Polen", iso: "PL"), .loc("Cluj"),
            .loc("Iasi"), .loc("Brasov"),
        ])
        #expect(out.isEmpty)
    }

    @Test func organisationWithGenitivePlace() throws {
        let out = try Fixture.describe(
            "Das Verfassungsgericht Polens hat entschieden.",
            [.org("Verfassungsgericht"), .loc("Polens", key: "Polen")])
        #expect(out == ["Verfassungsgericht locatedIn Polen"])
    }

    @Test func townFacilityLiesInItsTown() throws {
        let text = "Linz – Die Feier auf dem Linzer Hauptplatz wurde abgesagt."
        let facility = Fixture.Mark(text: "Linzer Hauptplatz", type: .place, key: nil, source: Provenance.townFacility)
        #expect(try Fixture.describe(text, [.loc("Linz"), facility]) == ["Linzer Hauptplatz locatedIn Linz"])
        let named = Fixture.Mark(text: "Taubenplatz", type: .place, key: nil, source: Provenance.townFacility)
        #expect(try Fixture.describe("Linz – Die Feier auf dem Linzer Taubenplatz.", [.loc("Linz"), named])
            == ["Taubenplatz locatedIn Linz"])
        // Only where the entity stage made the place so; a town named with an adjective is its own place.
        #expect(try Fixture.describe("Linz – Die Feier in Linzer Hauptplatz.", [.loc("Linz"), .loc("Linzer Hauptplatz")])
            .isEmpty)
    }

    /// A body named with its town's or land's adjective is one body with its seat: no locatedIn, where the article
    /// names the place too. A country's adjective places the state's body in the country.
    @Test func seatAdjectiveOfAnInstitutionGivesNoPlaceButACountrysDoes() throws {
        let body = Fixture.Mark(text: "Kärntner Landtag", type: .organization, key: nil,
                                source: Provenance.institutionSeatAdjective)
        #expect(try Fixture.describe("Kärnten spart. Der Kärntner Landtag beschloss das.", [.loc("Kärnten"), body])
            .isEmpty)
        // The country's adjective after the crown's.
        let royal = Fixture.Mark(text: "Königlich Tarvonischen Polizei", type: .organization, key: nil,
                                 source: Provenance.institutionSeatAdjective)
        #expect(try Fixture.describe("Tarvonien hilft. Die Königlich Tarvonischen Polizei kam.",
                                     [.country("Tarvonien", iso: "TV"), royal])
            == ["Königlich Tarvonischen Polizei locatedIn Tarvonien"])
        #expect(try Fixture.describe("Die Königlich Tarvonischen Polizei kam.", [royal]).isEmpty)
    }

    /// A name that opens with its town's adjective (a paper, a party's branch, a court) gives no locatedIn, where
    /// the article names the town too; an organisation in the town by `in` does.
    @Test func organisationNamedWithItsTownsAdjectiveIsNotPlaced() throws {
        #expect(try Fixture.describe(
            "Berlin – Das meldete der Berliner Kurier.", [.loc("Berlin"), .org("Berliner Kurier")]).isEmpty)
        #expect(try Fixture.describe(
            "Das meldete die Kurier GmbH in Berlin.", [.loc("Berlin"), .org("Kurier GmbH")])
            == ["Kurier GmbH locatedIn Berlin"])
    }

    /// A place-type word after a place in the genitive, or after a place and `mit der`, places the name after it.
    @Test(arguments: [
        ("Er starb in Tarvoniens Hauptstadt Ardova.", "Ardova locatedIn Tarvonien"),
        ("Tarvoniens zweitgrößte Stadt Ardova ist umkämpft.", "Ardova locatedIn Tarvonien"),
        ("In Tarvonien mit der Hauptstadt Ardova leben viele.", "Ardova locatedIn Tarvonien"),
    ])
    func typeWordAfterAGenitivePlace(_ text: String, _ expected: String) throws {
        let marks: [Fixture.Mark] = [.loc("Tarvoniens", key: "Tarvonien"), .loc("Tarvonien"), .loc("Ardova")]
        #expect(try Fixture.describe(text, marks) == [expected])
    }

    /// A country set off by commas after a place is its country; a list of places is not.
    @Test func countryInAppositionAfterAPlace() throws {
        let marks: [Fixture.Mark] = [.loc("Ardova"), .country("Tarvonien", iso: "TV"), .country("Ungarn", iso: "HU")]
        #expect(try Fixture.describe("Er wurde 1981 in Ardova, Tarvonien, geboren.", marks)
            == ["Ardova locatedIn Tarvonien"])
        #expect(try Fixture.describe("Sie kam aus Ardova, Tarvonien.", marks) == ["Ardova locatedIn Tarvonien"])
        #expect(try Fixture.describe("Er war in Ardova, Tarvonien und Ungarn.", marks).isEmpty)
        #expect(try Fixture.describe("Er war in Ardova, Tarvonien, Ungarn.", marks).isEmpty)
    }

    /// `in Cleveland, Ohio`: a state after a town and a comma holds it, as a country does; not a state after a
    /// state.
    @Test func stateAfterATownAndAComma() throws {
        let marks: [Fixture.Mark] = [
            .loc("Tarvo"), Fixture.Mark(text: "Ardovia", type: .place, key: nil, source: "places/subdivisions.tsv:12"),
            Fixture.Mark(text: "Belvia", type: .place, key: nil, source: "places/subdivisions.tsv:13"),
        ]
        #expect(try Fixture.describe("Der Test fand in Tarvo, Ardovia, statt.", marks) == ["Tarvo locatedIn Ardovia"])
        #expect(try Fixture.describe("Der Test fand in Belvia, Ardovia, statt.", marks).isEmpty)
    }

    /// `Argentinierstraße 30a in Wien-Wieden`: past a street's house number; not past a year.
    @Test func streetWithItsHouseNumberInAPlace() throws {
        #expect(try Fixture.describe("Er wohnt in der Ardovagasse 30a in Tarvo.", [.loc("Ardovagasse"), .loc("Tarvo")])
            == ["Ardovagasse locatedIn Tarvo"])
        #expect(try Fixture.describe("Er war in Ardova 2015 in Tarvo.", [.loc("Ardova"), .loc("Tarvo")]).isEmpty)
    }

    /// `Ostautobahn (A4)`: the road's number in brackets names the road, no place it lies in.
    @Test func roadNumberInBracketsIsTheRoadItself() throws {
        let number = Fixture.Mark(text: "A4", type: .place, key: nil, source: Provenance.roadNumber)
        #expect(try Fixture.describe("Der Stau auf der Ostautobahn (A4) wuchs.", [.loc("Ostautobahn"), number])
            .isEmpty)
    }

    /// `im Burgenland (Eisenstadt)`: a Land or a country with its capital in brackets lies in no town; a town with
    /// its Land in brackets lies in the Land.
    @Test func landWithItsCapitalInBracketsLiesInNoTown() throws {
        let land = Fixture.Mark(text: "Burgenland", type: .place, key: nil, source: "places/subdivisions.tsv:12")
        #expect(try Fixture.describe("Es kamen 50 ins Burgenland (Eisenstadt).", [land, .loc("Eisenstadt")])
            .isEmpty)
        #expect(try Fixture.describe("Es kamen 50 nach Eisenstadt (Burgenland).", [.loc("Eisenstadt"), land])
            == ["Eisenstadt locatedIn Burgenland"])
        #expect(try Fixture.describe("Es kamen 50 nach Ungarn (Budapest).",
                                     [.country("Ungarn", iso: "HU"), .loc("Budapest")]).isEmpty)
    }

    /// A place type before the town is no name before a nationality (`Benjamin Thorne (Kanada)`).
    @Test func placeTypeWordBeforeATownWithItsLandInBrackets() throws {
        #expect(try Fixture.describe("Sie wohnten in der Gemeinde Traiskirchen (Niederösterreich).",
                                     [.loc("Traiskirchen"), .loc("Niederösterreich")])
            == ["Traiskirchen locatedIn Niederösterreich"])
    }

    @Test func placeTypeWordInsideTheBrackets() throws {
        #expect(try Fixture.describe("Das Feuer in Traiskirchen (Bezirk Baden) brannte.",
                                     [.loc("Traiskirchen"), .loc("Baden")])
            == ["Traiskirchen locatedIn Baden"])
    }

    @Test(arguments: [
        ("Deutschland zahlt. Der deutsche Technologieriese Velora zahlt auch.", "Velora locatedIn Deutschland"),
        ("Deutschland zahlt. Die deutsche Velora zahlt auch.", "Velora locatedIn Deutschland"),
        // A hyphenated noun, and one adjective before the country's.
        ("Deutschland zahlt. Der staatliche deutsche TV-Sender Velora zahlt.", "Velora locatedIn Deutschland"),
        // The adjective of a compound, not of the name; the country never named.
        ("Deutschland zahlt. Der deutsche Velora-Chef zahlt auch.", nil),
        ("Der deutsche Technologieriese Velora zahlt.", nil),
    ])
    func countryAdjectiveBeforeAnOrganisation(_ text: String, _ expected: String?) throws {
        let out = try Fixture.describe(text, [.country("Deutschland", iso: "DE"), .org("Velora")])
        #expect(out == (expected.map { [$0] } ?? []))
    }

    /// A continent's adjective says what a body serves, not where it sits.
    @Test func continentAdjectiveGivesNoLocation() throws {
        let europe = Fixture.Mark(text: "Europa", type: .place, key: nil, source: "places/regions.tsv:1")
        #expect(try Fixture.describe("Europa hilft. Die europäische Polizeibehörde Velora warnte.",
                                     [europe, .org("Velora")]).isEmpty)
    }

    /// `das US-Magazin Wired`: a country fused by a hyphen to the noun for what the body is; not a role compound.
    @Test func countryCompoundBeforeAnOrganisation() throws {
        #expect(try Fixture.describe("Das Tarvonien-Magazin Velora berichtete.",
                                     [.country("Tarvonien", iso: "TV"), .org("Velora")])
            == ["Velora locatedIn Tarvonien"])
        #expect(try Fixture.describe("Der Tarvonien-Chef Velora berichtete.",
                                     [.country("Tarvonien", iso: "TV"), .org("Velora")]).isEmpty)
    }

    @Test func townAdjectiveBeforeAnOrganisation() throws {
        let text = "Linz – Beteiligt war die Linzer Anwaltskanzlei Huber, die half."
        #expect(try Fixture.describe(text, [.loc("Linz"), .org("Anwaltskanzlei Huber")])
            == ["Anwaltskanzlei Huber locatedIn Linz"])
        // Not a compound's adjective, and not a branch of a body named by its acronym.
        #expect(try Fixture.describe("Linz – Das Linzer ORF-Büro schloss.", [.loc("Linz"), .org("ORF")]).isEmpty)
        #expect(try Fixture.describe("Linz – Die Linzer SPÖ wählte.", [.loc("Linz"), .org("SPÖ")]).isEmpty)
    }

    /// `Auch das Bundesamt (BA) in Bern erhält …`: `auch` before the subject; `in der Provinz Pampanga Anfang Juni`:
    /// a date after the place ends no longer name.
    @Test func seatAfterAuchAndPlaceBeforeADate() throws {
        #expect(try Fixture.describe("Auch das Bundesamt für Sicherheit (BAS) in Bern erhält Meldungen.",
                                     [.org("Bundesamt für Sicherheit"), .org("BAS", key: "Bundesamt für Sicherheit"),
                                      .loc("Bern")])
            == ["Bundesamt für Sicherheit locatedIn Bern"])
        #expect(try Fixture.describe("Bei einer Razzia in Porac in der Provinz Pampanga Anfang Juni fand man Waffen.",
                                     [.loc("Porac"), .loc("Pampanga"), .date("Anfang Juni")])
            == ["Porac locatedIn Pampanga"])
        #expect(try Fixture.describe("Bei einer Razzia in Porac in der Provinz Pampanga Arena fand man Waffen.",
                                     [.loc("Porac"), .loc("Pampanga")]).isEmpty)
    }

    /// `Auch die EU-Polizeibehörde Europol in Den Haag schätzt …`: a compound type word between the article and the
    /// subject; not past a source's preposition (`leben laut dem UN-Hilfswerk Velora in Tarn`: the verb's subject).
    @Test func seatAfterACompoundTypeWord() throws {
        #expect(try Fixture.describe("Auch die EU-Polizeibehörde Velora in Den Haag schätzt, dass es mehr werden.",
                                     [.org("EU"), .org("Velora"), .loc("Den Haag")])
            == ["Velora locatedIn Den Haag"])
        #expect(try Fixture.describe("Viele Flüchtlinge leben laut dem UN-Hilfswerk Velora in Tarn.",
                                     [.org("UN"), .org("Velora"), .loc("Tarn")]).isEmpty)
        #expect(try Fixture.describe("Festnahmen gab es nach Angaben von Velora in Tarn, in Lerin und in Kosk.",
                                     [.org("Velora"), .loc("Tarn"), .loc("Lerin"), .loc("Kosk")]).isEmpty)
        #expect(try Fixture.describe("Das sind nach Angaben der Velora GmbH in Tarn weitere Fälle.",
                                     [.org("Velora GmbH"), .loc("Tarn")]) == ["Velora GmbH locatedIn Tarn"])
    }

    @Test func organisationsSeatInAPlace() throws {
        #expect(try Fixture.describe("Sie berieten am AU-Sitz in Addis Abeba.", [.org("AU"), .loc("Addis Abeba")])
            == ["AU locatedIn Addis Abeba"])
    }

    /// Two places joined by `und` after an organisation are where something happened, no one seat.
    @Test func organisationBeforeTwoPlacesHasNoSeat() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .loc("Rom"), .loc("Tripolis")]
        #expect(try Fixture.describe("Sie hat für die Velora in Rom und Tripolis gearbeitet.", marks).isEmpty)
        #expect(try Fixture.describe("Sie hat für die Velora in Rom gearbeitet.", marks) == ["Velora locatedIn Rom"])
    }

    @Test func organisationFromAPlace() throws {
        let out = try Fixture.describe(
            "Über das Vermögen der Firma Huber Bau GmbH aus Amstetten wurde ein Verfahren eröffnet.",
            [.org("Huber Bau GmbH"), .loc("Amstetten")])
        #expect(out == ["Huber Bau GmbH locatedIn Amstetten"])
        // People from a place are no organisation in it.
        #expect(try Fixture.describe("Karl Huber aus Amstetten klagt.", [.per("Karl Huber"), .loc("Amstetten")]).isEmpty)
    }

    @Test(arguments: ["Die in Genf ansässige Velora half.", "Die in Genf ansässige Organisation Velora half."])
    func organisationBasedInAPlace(_ text: String) throws {
        #expect(try Fixture.describe(text, [.org("Velora"), .loc("Genf")]) == ["Velora locatedIn Genf"])
    }

    @Test func participlePhraseBeforeTheSpeaker() throws {
        let out = try Fixture.describe(
            "Die in Genf ansässige Velora teilte mit, es gebe Opfer.", [.org("Velora"), .loc("Genf")])
        #expect(out.sorted() == ["Velora locatedIn Genf", "Velora said es gebe Opfer"])
        // Not a person from the place (`aus`), nor a place not opened by `in`.
        #expect(try Fixture.describe("Die aus Genf ansässige Velora half.", [.org("Velora"), .loc("Genf")]).isEmpty)
    }
}

/// A designation that is an organisation through its seat lies in that seat.
struct SeatDesignationTests {
    @Test(arguments: [
        "Die Regierung in Madrid lehnte ab.",
        "Das sagte die Präfektur des Departements Madrid.",
        "Die Staatsanwaltschaft der spanischen Stadt Madrid ermittelt.",
    ])
    func designationLiesInItsSeat(_ text: String) throws {
        let designation = ["Regierung", "Präfektur", "Staatsanwaltschaft"].first { text.contains($0) }!
        let out = try Fixture.describe(
            text, [.seatDesignation(designation, key: designation + " Madrid"), .loc("Madrid")])
        #expect(out.contains("\(designation) Madrid locatedIn Madrid"))
    }
}

/// locatedIn read from a compound or from an organisation's own name.
struct PlaceInNameTests {
    @Test(arguments: [
        ("Im Ozean-Inselstaat Tarvonia wurde gewählt.", "Tarvonia locatedIn Ozean"),
        ("Auf der Nordmeer-Insel Kelby landeten Flüchtlinge.", "Kelby locatedIn Nordmeer"),
        // A compound ending in a place-type word is one too.
        ("In der Nordmeer-Ostküstenstadt Kelby schoss er.", "Kelby locatedIn Nordmeer"),
        // A hyphen alone is no place-type word: `Ozean-Gipfel Tarvonia` names no place in a place.
        ("Beim Ozean-Gipfel Tarvonia wurde gewählt.", nil),
    ])
    func placeFusedToATypeWordHoldsTheNameAfterIt(_ text: String, _ expected: String?) throws {
        let out = try Fixture.describe(text, [
            .loc("Ozean"), .loc("Nordmeer"), .country("Tarvonia", iso: "TV"), .loc("Kelby"),
        ])
        #expect(out == (expected.map { [$0] } ?? []))
    }

    /// `Landesgericht Innsbruck`: a designation named with its seat is one body, placed by no relation, though the
    /// article names the place on its own too (four development sets' annotators leave it so).
    @Test func designationWithAPlaceNameIsNotPlacedThere() throws {
        let seat = Fixture.Mark(text: "Landesgericht Velden", type: .organization, key: nil,
                                source: Provenance.institutionSeatName)
        let text = "Velden – Der Prozess am Landesgericht Velden endete mit einem Vergleich."
        #expect(try Fixture.describe(text, [seat, .loc("Velden")]) == [])
    }

    /// An organisation `in` a place as the sentence's subject before its verb, before a participle that closes the
    /// clause, or `mit Sitz in` a place; not before a separable particle.
    @Test func organisationInPlaceByClauseShape() throws {
        let marks: [Fixture.Mark] = [.org("Velora"), .loc("Linz")]
        #expect(try Fixture.describe("Die Velora in Linz kündigte an, zu helfen.", marks) == ["Velora locatedIn Linz"])
        #expect(try Fixture.describe("Sie hatte sich an die Beratungsstelle Velora in Linz gewandt.", marks)
            == ["Velora locatedIn Linz"])
        #expect(try Fixture.describe("Er ist Teil des Netzwerks Velora mit Sitz in Linz.", marks)
            == ["Velora locatedIn Linz"])
        #expect(try Fixture.describe("Die Armee griff Stützpunkte der Velora in Linz an, die kämpft.", marks) == [])
        // A relative clause that gives the seat, for two bodies joined by `und` too.
        let both = try Fixture.describe("Velora und Norden, die beide ihren Sitz in Linz haben, halfen.",
                                        marks + [.org("Norden")])
        #expect(both == ["Velora locatedIn Linz", "Norden locatedIn Linz"])
    }

    /// An adjective that parts early from its country's name finds the country by the list (`zyprisch` → Zypern).
    @Test func adjectiveOfACountryFromTheList() throws {
        let out = try Fixture.describe("Zypern ist betroffen. Die Callcenter im zyprischen Limassol riefen an.",
                                       [.country("Zypern", iso: "CY"), .loc("Limassol")])
        #expect(out == ["Limassol locatedIn Zypern"])
        // A long adjective shares too little of its name for the shared-start rule (`thailändisch`: 5 of 12).
        let thai = try Fixture.describe("Thailand ist betroffen. Sie kamen im thailändischen Mae Sot an.",
                                        [.country("Thailand", iso: "TH"), .loc("Mae Sot")])
        #expect(thai == ["Mae Sot locatedIn Thailand"])
    }
}

/// `in Südostasien, vor allem in Kambodscha, Myanmar und Laos`: places given as examples of a larger one lie in it.
struct PlacesGivenAsExamplesTests {
    static let region = Fixture.Mark(text: "Velorasien", type: .place, key: nil, source: "places/regions.tsv:1")

    @Test func countriesGivenAsExamplesOfARegionLieInIt() throws {
        let out = try Fixture.describe(
            "Opfer wurden in Velorasien gefunden, vor allem in Tarvonien, Ardovia und Lumen.",
            [Self.region, .country("Tarvonien", iso: "TV"), .country("Ardovia", iso: "AR"),
             .country("Lumen", iso: "LU")])
        #expect(out.sorted() == ["Ardovia locatedIn Velorasien", "Lumen locatedIn Velorasien",
                                 "Tarvonien locatedIn Velorasien"])
    }

    /// A compass point fused to a continent names a region too; a town given as an example of a country lies in it.
    @Test func compassRegionAndCountryHoldTheirExamples() throws {
        let west = Fixture.Mark(text: "Westafrika", type: .place, key: nil, source: Provenance.compassPlace)
        #expect(try Fixture.describe("Sie stammen aus Westafrika, etwa aus Tarvonien.",
                                     [west, .country("Tarvonien", iso: "TV")])
            == ["Tarvonien locatedIn Westafrika"])
        #expect(try Fixture.describe("Er lebte in Tarvonien, unter anderem in Velo.",
                                     [.country("Tarvonien", iso: "TV"), .loc("Velo")])
            == ["Velo locatedIn Tarvonien"])
    }

    /// Two of a kind, a place that is no region, country or land, or a marker word cut in half, give nothing.
    @Test func noRelationWithoutALargerPlaceAndAMarker() throws {
        #expect(try Fixture.describe("Sie leben in Tarvonien, etwa in Ardovia.",
                                     [.country("Tarvonien", iso: "TV"), .country("Ardovia", iso: "AR")]).isEmpty)
        #expect(try Fixture.describe("Sie leben in Velo, etwa in Tarn.", [.loc("Velo"), .loc("Tarn")]).isEmpty)
        #expect(try Fixture.describe("Sie leben in Tarvonien, vor Velo.",
                                     [.country("Tarvonien", iso: "TV"), .loc("Velo")]).isEmpty)
        #expect(try Fixture.describe("Sie leben in Tarvonien, in Velo.",
                                     [.country("Tarvonien", iso: "TV"), .loc("Velo")]).isEmpty)
    }
}
