import NewsGraphCore

/// locatedIn where the text places one thing in another: `Palermo auf Sizilien`, `Passau (Bayern)`,
/// `IJM Deutschland e. V. in Berlin`, `Oberste Gerichtshof Thailands`.
///
/// A class, as `RoleRules`: a call on a struct that holds the lexicon copied its tables to the stack first.
final class PlaceRules: Sendable {
    let lexicon: LinkingLexicon

    init(lexicon: LinkingLexicon) {
        self.lexicon = lexicon
    }

    func apply(_ view: ArticleView, into out: inout [Relation]) {
        for mention in view.mentions where mention.type != .person {
            let first = mention.tokens.lowerBound
            let end = mention.tokens.upperBound
            let sentence = view.sentenceOf[first]
            guard sentence >= 0 else { continue }
            // (The sentence's summary first: few hold a word such as `etwa` or `vor allem`.)
            if mention.type == .place, view.sentence(sentence, hasAny: WordClass.exampleMarker.bit) {
                // `in Südostasien, vor allem in Kambodscha, Myanmar und Laos`: the places given as examples of a
                // larger one lie in it. (Before the rules below, which pass over a country.)
                for part in placesGivenAsExamples(of: mention, in: view) where part.key != mention.key {
                    out.append(Relation(
                        subject: .entity(key: part.key), predicate: .locatedIn, object: .entity(key: mention.key),
                        sentenceIndex: sentence,
                        provenance: Provenance(match: .rule, source: "places-given-as-examples")))
                }
            }
            var container: ArticleView.MentionRef?
            var rule = ""
            if mention.type == .place, view.isPlaceType(first - 1), view.matches(first - 2, .hyphen),
               let place = view.mention(at: first - 3), place.type == .place, place.tokens.upperBound == first - 2 {
                // `im Pazifik-Inselstaat Nauru`, `auf der Mittelmeer-Insel Lampedusa`: the place fused to the type
                // word holds the one named after it, a country too.
                container = place
                rule = "place-fused-type"
            } else if mention.type == .place {
                // A country lies in no other place the news would name (`die Türkei in Griechenland gestrandete`).
                if isCountry(mention, in: view) { continue }
                // `Flüchtlinge aus Syrien in Österreich` is no chain, but a place-type word shows one
                // (`der Mann aus Gadebusch im Kreis Nordwestmecklenburg`; not `südöstlich von Bethlehem in der
                // Siedlung Tekoa`).
                // (`Argentinierstraße 30a in Wien-Wieden`: past a street's house number.)
                let chain = isHouseNumber(end, in: view) ? end + 1 : end
                // (`aus Thüringen in Deutschland`: a state of the country named after it, by their ISO codes.)
                if view.matches(chain, in: Self.chainPrepositions),
                   let place = placeAfterPreposition(chain + 1, in: view),
                   !view.hasCue(.notPlaceChain, first - 1)
                    || view.matches(first - 1, .aus)
                    && (typedPlaceFollows(chain + 1, in: view) || isSubdivision(mention, ofCountry: place, in: view)) {
                    container = place
                    rule = "place-in-place"
                } else if !(view.hasCue(.determiner, first - 1) && view.hasCue(.notPlaceChain, first - 2)),
                          let place = placeOfArea(after: end, in: view) {
                    // (`Die Frauen stammen aus Edo im Süden Nigerias`, but not `eine Rakete aus dem Gazastreifen im
                    // Süden Israels eingeschlagen`, a way from a region to a place, which takes an article.)
                    container = place
                    rule = "place-in-area"
                } else if let place = placeOfGenitiveTypeAfter(end, in: view) {
                    container = place
                    rule = "place-genitive-type-after"
                } else if let place = placeOfAdjective(before: first, in: view) {
                    container = place
                    rule = "place-adjective-type"
                } else if let place = placeOfGenitiveType(before: first, in: view) {
                    container = place
                    rule = "place-genitive-type"
                } else if Self.isRule(mention.source, Provenance.townFacility),
                          let place = view.placeNamed(byAdjective: first)
                            ?? view.placeNamed(byAdjective: first - 1) {
                    // `Wiener Justizpalast`, `Vomper Kaserne`, `Wiener Schwedenplatz`: a place named with its town's
                    // adjective lies in that town (an organisation so named is one body with its seat, and no
                    // relation).
                    container = place
                    rule = "place-own-adjective"
                } else if view.matches(end, .openParen),
                          // (`Traiskirchen (Bezirk Baden)`: the type word before the name too.)
                          let place = view.mention(startingAt: end + 1)
                            ?? (view.isPlaceType(end + 1) ? view.mention(startingAt: end + 2) : nil),
                          place.type == .place,
                          view.matches(place.tokens.upperBound, .closeParen), !followsName(mention, in: view),
                          // (`Ostautobahn (A4)`: the road's number names the road itself.)
                          !Self.isRule(place.source, Provenance.roadNumber),
                          // (`im Burgenland (Eisenstadt)`: a Land or country with its capital in brackets lies in
                          // no town.)
                          !(mention.isSubdivision || isCountry(mention, in: view))
                            || place.isSubdivision || isCountry(place, in: view) {
                    container = place
                    rule = "place-in-brackets"
                } else if let place = countryInApposition(after: mention, in: view) {
                    container = place
                    rule = "place-comma-country"
                }
            } else {
                let source = mention.source
                if Self.isRule(source, Provenance.designationWithSeat), let place = seat(after: end, in: view) {
                    // The entity stage made the designation an organisation because of this seat.
                    container = place
                    rule = "designation-seat"
                } else if Self.isRule(source, Provenance.institutionSeatAdjective),
                          let place = view.mayBeCountryAdjective(first) ? view.countryOfAdjective(first)
                            // (`der Königlich Thailändischen Polizei`: the country's adjective after the crown's.)
                            : mention.tokens.count >= 3 && view.lower(first, hasPrefix: "königlich")
                                && view.mayBeCountryAdjective(first + 1) ? view.countryOfAdjective(first + 1) : nil {
                    // `die Thailändische Polizei` in an article that names Thailand: the state's body, as `die
                    // deutsche Bundespolizei` is.
                    container = place
                    rule = "designation-country-adjective"
                } else if Self.isRule(source, Provenance.institutionSeatAdjective) || mention.tokens.count >= 2,
                          view.placeNamed(byAdjective: first) != nil {
                    // `Der Kärntner Landtag`, `die Innsbrucker SPÖ`, `des Berliner Tagesspiegels`: a body named with
                    // its town's or land's adjective is one body with its seat, as a designation fused with its place
                    // is (`Landgericht München`), and no relation: annotators give none (five of five in the
                    // development sets). (One word is no adjective and a name: `Twitter`, `Bundesheer`.)
                    // The branch stands so that the rules below (a country's adjective before it, `in` after it) do
                    // not place it either.
                    container = nil
                } else if !view.matches(end, .hyphen), let place = countryOfAdjective(before: first, in: view),
                          // (`die europäische Polizeibehörde Europol`: a continent's adjective says what the body
                          // serves, not where it sits.)
                          !place.isWorldRegion, !lexicon.partySources.contains(source) {
                    // (The adjective first: hashing the source string cost more than the byte tests that turn most
                    // names away.)
                    // `Der deutsche Technologieriese Siemens`, `der panamaischen Anwaltskanzlei Mossack Fonseca`.
                    // (Not the compound's: `Der steirische FPÖ-Chef`; nor a party's branch: `der
                    // niederösterreichischen ÖVP`.)
                    container = place
                    rule = "organisation-country-adjective"
                } else if let place = countryOfCompound(before: first, in: view),
                          !lexicon.partySources.contains(source) {
                    // `das US-Magazin Wired`, `die US-Raumfahrtbehörde Nasa`.
                    container = place
                    rule = "organisation-country-compound"
                } else if case let seatStart = view.pastBracketedMention(end),
                          view.matches(seatStart, in: Self.seatPrepositions),
                          let place = placeAfterPreposition(seatStart + 1, in: view),
                   hasDesignation(mention, in: view) || isSeatedInstitution(mention, in: view)
                    || standsAlone(mention, place: place, in: view),
                   // (Past its acronym: `Das National Center … (NCMEC) in den USA`.)
                   // (Not a source's: `leben laut dem UNHCR in Uganda` puts the verb's subject there; also past a
                   // compound type word, `laut dem UN-Flüchtlingshochkommissariat UNHCR in Uganda`.)
                   !(max(0, first - 6)..<first).contains(where: { view.hasCue(.sourcePreposition, $0) }),
                   // (`Festnahmen gab es nach Angaben von Europol in der Ukraine, in Rumänien …`: a list of places
                   // where things happened, not one seat.)
                   !opensListOfPlaces(after: place, in: view) {
                    container = place
                    rule = "organisation-in-place"
                } else if let place = view.mention(startingAt: end), place.type == .place,
                          place.tokens.count == 1, view.lower(end, hasSuffix: "s"), !view.isCapitalized(end + 1) {
                    container = place
                    rule = "organisation-genitive-place"
                } else if view.matches(end, .openParen), let place = view.mention(startingAt: end + 1),
                          place.type == .place, view.matches(place.tokens.upperBound, .closeParen) {
                    // `Kornfeld & Klipstein (Bern)`, `mit der Hoerner Bank (Heidelberg)`: the seat in brackets, as
                    // a place's container is in `Passau (Bayern)`.
                    container = place
                    rule = "organisation-place-in-brackets"
                } else if let place = seatAfterMitSitz(end, in: view) {
                    // `ECPAT International mit Sitz in Bangkok`.
                    container = place
                    rule = "organisation-seat"
                } else if view.matches(end, .aus), let place = view.mention(startingAt: end + 1), place.type == .place {
                    // `der Firma Limbach Installtec GmbH aus Amstetten`, `der Amadeu Antonio Stiftung aus Berlin`.
                    container = place
                    rule = "organisation-from-place"
                } else if !view.matches(end, .hyphen),
                          let typeWord = view.isOrganisationType(first - 1) ? first - 1
                            : mention.tokens.count >= 2 && view.isOrganisationType(first) ? first : nil,
                          let place = view.placeNamed(byAdjective: typeWord - 1) {
                    // `die Vorarlberger Firma Häusle`, `die Wiener Anwaltskanzlei Lansky`: the town's adjective before
                    // the type word, outside the name or inside it. Right before the name it belongs to the name
                    // (`Berliner Tagesspiegel`, `Wiener Krankenanstaltenverbund`, as the annotators mark them) or
                    // names a branch (`die Innsbrucker SPÖ`); nor is it a compound's (`das Kiewer ORF-Büro`).
                    container = place
                    rule = "organisation-town-adjective"
                } else if let place = placeOfBasedParticiple(before: first, in: view) {
                    // `die in Genf ansässige Internationale Organisation für Migration`, `die in London ansässige
                    // Beobachtungsstelle für Menschenrechte`.
                    container = place
                    rule = "organisation-based-in-place"
                } else if view.matches(end, .hyphen), view.hasCue(.seatWord, end + 1),
                          view.matches(end + 2, in: Self.seatPrepositions),
                          let place = placeAfterPreposition(end + 3, in: view) {
                    // `am AU-Sitz in Addis Abeba`, `im UN-Hauptquartier in New York`.
                    container = place
                    rule = "organisation-seat-in-place"
                }
            }
            if mention.type == .place, view.matches(end, .openParen) {
                // `aus dem Maghreb (Marokko, Tunesien und Algerien)`: places listed in brackets after a place lie
                // in it (one place in brackets is the container instead: `Passau (Bayern)`).
                for part in bracketedPlaces(after: end, in: view) where part.key != mention.key {
                    out.append(Relation(
                        subject: .entity(key: part.key), predicate: .locatedIn, object: .entity(key: mention.key),
                        sentenceIndex: sentence,
                        provenance: Provenance(match: .rule, source: "places-listed-in-brackets")))
                }
            }
            if let container, container.key != mention.key {
                out.append(Relation(
                    subject: .entity(key: mention.key), predicate: .locatedIn, object: .entity(key: container.key),
                    sentenceIndex: sentence, provenance: Provenance(match: .rule, source: rule)))
            }
        }
    }

    /// `source == rule` for one of the entity stage's rule names (`Provenance.townFacility`, …), which are lower-case
    /// ASCII letters and hyphens: no other code point is canonically equivalent to one of those (the code points
    /// that decompose to ASCII alone are `K`, `;` and `` ` ``), so text equal to the name has its bytes, and a
    /// different byte count answers without comparing (most sources are lexicon lines, `file:line`).
    @inline(__always)
    static func isRule(_ source: String, _ rule: String) -> Bool {
        source.utf8.count == rule.utf8.count && source == rule
    }

    /// Two or more places listed in the brackets opening at `open`, joined by commas and `und`, and nothing else.
    private func bracketedPlaces(after open: Int, in view: ArticleView) -> [ArticleView.MentionRef] {
        var places: [ArticleView.MentionRef] = []
        var token = open + 1
        while let place = view.mention(startingAt: token), place.type == .place {
            places.append(place)
            token = place.tokens.upperBound
            if view.matches(token, .closeParen) { return places.count >= 2 ? places : [] }
            guard view.matches(token, .comma) || view.matches(token, .und) else { return [] }
            token += 1
        }
        return []
    }

    // The sets that `apply` asks are constants: written as literals there, each built its array at every test and
    // released it (the test itself was folded to a mask), some eleven thousand allocations a pass.
    /// The prepositions before the place that holds the one before them (`Palermo auf Sizilien`, `in Wien`).
    private static let chainPrepositions: RuleWordSet = [.`in`, .auf, .im]
    /// The prepositions before an organisation's seat (`in Berlin`, `im Kanton Bern`).
    private static let seatPrepositions: RuleWordSet = [.`in`, .im]

    /// The prepositions before a place where something is, comes from or goes to.
    private static let placePrepositions: RuleWordSet = [.`in`, .im, .nach, .aus]

    /// The ends of continents' names, which a compass point makes a region (`Westafrika`, `Südostasien`).
    private static let continentStems: [StaticString] = ["afrika", "asien", "europa", "amerika", "ozeanien"]

    /// Words that give what follows as examples of what came before (`vor allem`, `etwa`, `darunter`).
    /// The word that ends such a phrase: a whole one, or the second of `vor allem`, `unter anderem`, `zum Beispiel`,
    /// `allen voran` (the first words, common alone, are asked only before one of these).
    static let exampleMarkers: Set<String> = [
        "etwa", "allem", "insbesondere", "darunter", "besonders", "anderem", "beispiel", "voran", "namentlich",
        "vorwiegend", "hauptsächlich", "vornehmlich", "speziell",
    ]

    /// The places after `, vor allem in` that a place before the comma holds: a world region holds countries and
    /// smaller places, a country its lands and towns, a land its towns (`in Westafrika, etwa nach Nigeria oder Côte
    /// d'Ivoire`; `in Südostasien identifiziert worden, vor allem in Kambodscha, Myanmar und Laos`).
    @inline(never)
    private func placesGivenAsExamples(
        of place: ArticleView.MentionRef, in view: ArticleView
    ) -> [ArticleView.MentionRef] {
        // A few lower-case words may close the clause after the place (`identifiziert worden`).
        var comma = place.tokens.upperBound
        while comma < place.tokens.upperBound + 4, !view.matches(comma, .comma) {
            guard view.isWord(comma), !view.isCapitalized(comma), !view.hasMention(at: comma) else { return [] }
            comma += 1
        }
        guard view.matches(comma, .comma) else { return [] }
        let markerEnd = view.isIn(.exampleMarker, comma + 1) ? comma + 2
            : view.isIn(.exampleMarker, comma + 2)
                && ["vor", "unter", "zum", "allen"].contains(where: { view.lower(comma + 1, is: $0) }) ? comma + 3 : nil
        guard let markerEnd else { return [] }
        return placesGivenAsExamplesSearch(of: place, from: markerEnd, in: view)
    }

    /// `placesGivenAsExamples` past the comma and the marker phrase, from `start`.
    private func placesGivenAsExamplesSearch(
        of place: ArticleView.MentionRef, from start: Int, in view: ArticleView
    ) -> [ArticleView.MentionRef] {
        // The place is where something is or comes from or goes to, not a subject (`Deutschland, etwa, …`).
        guard view.matches(place.tokens.lowerBound - 1, in: Self.placePrepositions) else { return [] }
        // (`Westafrika`, `Osteuropa`: a compass point fused to a continent names a region as well.)
        let region = place.isWorldRegion || Self.isRule(place.source, Provenance.compassPlace)
            && Self.continentStems.contains { view.lower(place.tokens.upperBound - 1, hasSuffix: $0) }
        let country = !region && isCountry(place, in: view)
        guard region || country || place.isSubdivision else { return [] }
        var token = start
        if view.matches(token, in: Self.placePrepositions) { token += 1 }
        var places: [ArticleView.MentionRef] = []
        while let part = view.mention(startingAt: token), part.type == .place {
            // Only what is smaller than the place: `in Europa, vor allem in Asien` compares two of a kind.
            if part.isWorldRegion { break }
            if !region && isCountry(part, in: view) { break }
            if !region && !country && part.isSubdivision { break }
            places.append(part)
            token = part.tokens.upperBound
            guard view.matches(token, .comma) || view.matches(token, in: [.und, .oder, .sowie]) else { break }
            token += 1
            if view.matches(token, in: Self.placePrepositions) { token += 1 }
        }
        return places
    }

    /// The place in `in X ansässige` right before an organisation's name or its type word.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func placeOfBasedParticiple(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.hasCue(.basedParticiple, first - 1) || view.hasCue(.basedParticiple, first - 2) else { return nil }
        return placeOfBasedParticipleSearch(before: first, in: view)
    }

    /// `placeOfBasedParticiple` where the participle may stand before the name or its type word.
    @inline(never)
    private func placeOfBasedParticipleSearch(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var participle = first - 1
        if view.isOrganisationType(participle), !view.hasMention(at: participle) { participle -= 1 }
        guard view.hasCue(.basedParticiple, participle), let place = view.mention(at: participle - 1),
              place.type == .place, place.tokens.upperBound == participle,
              view.matches(place.tokens.lowerBound - 1, .in) else { return nil }
        return place
    }

    /// The first place within six tokens after a designation, before any punctuation: `in Rom`, `Thailands`,
    /// `des Departements Pas-de-Calais`, `der toskanischen Stadt Grosseto`.
    private func seat(after end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = end
        while token < min(end + 6, view.tokenCount), view.sentenceOf[token] == view.sentenceOf[end - 1] {
            if let place = view.mention(startingAt: token), place.type == .place { return place }
            if view.isPunctuation(token) && !view.matches(token, .hyphen) { return nil }
            token += 1
        }
        return nil
    }

    /// `das Viertel Jardins de LEmpereur der korsischen Hauptstadt Ajaccio`, `Andritz des Bezirks Graz`: a genitive
    /// article, at most two lower-case adjectives and a place-type word right after a place, then a place, hold it.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func placeOfGenitiveTypeAfter(_ end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.matches(end, .der) || view.lower(end, is: "des") else { return nil }
        return placeOfGenitiveTypeAfterSearch(end, in: view)
    }

    /// `placeOfGenitiveTypeAfter` where a genitive article follows the place.
    @inline(never)
    private func placeOfGenitiveTypeAfterSearch(_ end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.matches(end, .der) || view.lower(end, is: "des") else { return nil }
        var token = end + 1
        while token < end + 3, view.isWord(token), !view.isCapitalized(token), !view.hasMention(at: token) {
            token += 1
        }
        guard isPlaceType(token, in: view), let place = view.mention(startingAt: token + 1), place.type == .place
        else { return nil }
        return place
    }

    /// `im Grazer Stadtteil Andritz`: a place adjective before a place-type word names the place the name lies
    /// in, when the article names that place (`Grazer` → `Graz`, `Wiener` → `Wien`).
    /// A listed place-type word, or a compound on a plural one that no list holds (`Grenzstädten`, `Bergdörfern`),
    /// or on `Insel` (`Mittelmeerinsel`).
    private func isPlaceType(_ token: Int, in view: ArticleView) -> Bool {
        if view.isPlaceType(token) { return true }
        guard view.isCapitalized(token) else { return false }
        return view.lower(token, hasSuffix: "städten") || view.lower(token, hasSuffix: "städte")
            || view.lower(token, hasSuffix: "dörfern") || view.lower(token, hasSuffix: "dörfer")
            || view.lower(token, hasSuffix: "provinzen") || view.lower(token, hasSuffix: "gemeinden")
            // (`der französischen Mittelmeerinsel Korsika`: an island's compound, singular too.)
            || view.lower(token, hasSuffix: "insel") && view.lowerCount(token) >= 8
    }

    /// The prepositions that stand for an article before a place's adjective (`im türkischen Antalya`,
    /// `placeOfAdjective`): a constant, where the literal at the test was built word by word at every call; stored
    /// with the rules, where a static one's every read called `swift_once`.
    private let articlePrepositions: RuleWordSet = [.im, .`in`, .aus, .vom, .zum, .beim]

    private func placeOfAdjective(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        // `im türkischen Antalya`, `das syrische Aleppo`: a country's adjective right before the name, after an
        // article or preposition.
        // (`der griechischen Ägäis-Inseln`: the adjective is the compound's, not the name's.)
        // (`ins bayerische Freilassing`, `vom steirischen Leoben`: a preposition fused with the article too.)
        if first >= 2, !view.isCapitalized(first - 1), view.isWord(first - 1), !view.hasMention(at: first - 1),
           view.hasCue(.determiner, first - 2) || view.matches(first - 2, in: articlePrepositions)
            || view.lower(first - 2, is: "ins"),
           let mention = view.mention(startingAt: first), !view.matches(mention.tokens.upperBound, .hyphen) {
            return view.countryOfAdjective(first - 1)
        }
        // `in den serbischen Grenzstädten Subotica und Kanjiža`: a later name of the list the type word opens.
        var head = first
        while view.matches(head - 1, in: [.comma, .und, .oder]), let previous = view.mention(at: head - 2),
              previous.type == .place, previous.tokens.upperBound == head - 1 {
            head = previous.tokens.lowerBound
        }
        if head != first, isPlaceType(head - 1, in: view) { return placeOfAdjective(before: head, in: view) }
        // `in mehreren indischen Bundesstaaten wie Uttar Pradesh`: places named as examples of the type.
        if head >= 3, view.matches(head - 1, .wie), isPlaceType(head - 2, in: view) {
            return placeOfAdjective(before: head - 1, in: view)
        }
        let adjective = first - 2
        guard adjective >= 0, isPlaceType(first - 1, in: view), !view.hasMention(at: adjective) else { return nil }
        // `serbisch-kroatischen Grenzübergang`: a border between two countries lies in neither alone.
        if !view.isCapitalized(adjective) {
            return view.matches(adjective - 1, .hyphen) ? nil : view.countryOfAdjective(adjective)
        }
        return view.placeNamed(byAdjective: adjective)
    }

    /// The country (or region) the article names whose lower-case adjective stands right before an organisation
    /// or before a noun for it (`die türkische AKP`, `der deutsche Konzern Siemens`); not one fused by a hyphen
    /// (`US-amerikanische`) nor one that is the organisation's own (`Die Deutsche Bank`, capitalised).
    private func countryOfAdjective(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var adjective = first - 1
        // (`der deutsche Technologieriese Siemens`: any noun for what the body is, also a hyphenated one: `der
        // serbische TV-Sender RTS`.)
        if view.isWord(adjective), view.isCapitalized(adjective), !view.hasMention(at: adjective) {
            adjective -= 1
            if view.matches(adjective, .hyphen), view.isWord(adjective - 1), !view.hasMention(at: adjective - 1) {
                adjective -= 2
            }
        }
        // (`-isch` asked of the bytes first: most words before an organisation are no country's adjective.)
        guard adjective >= 1, view.isWord(adjective), !view.isCapitalized(adjective), !view.hasMention(at: adjective),
              view.mayBeCountryAdjective(adjective), !view.matches(adjective - 1, .hyphen)
        else { return nil }
        // (`der staatliche serbische TV-Sender`: one adjective may come first.)
        let leads: RuleWordSet = [.im, .`in`, .aus, .vom, .zum, .beim]
        let lead = adjective >= 2 && view.isWord(adjective - 1) && !view.isCapitalized(adjective - 1)
            && !view.hasCue(.determiner, adjective - 1) && !view.matches(adjective - 1, in: leads)
            && (view.lower(adjective - 1, hasSuffix: "e") || view.lower(adjective - 1, hasSuffix: "en"))
            ? adjective - 2 : adjective - 1
        guard view.hasCue(.determiner, lead) || view.matches(lead, in: leads) else { return nil }
        return view.countryOfAdjective(adjective)
    }

    /// The country fused by a hyphen to the noun for what the organisation right after it is (`das US-Magazin
    /// Wired`, `der China-Konzern Huawei`); not a role (`US-Präsident`), which names a person's office.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func countryOfCompound(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard first >= 3, view.matches(first - 2, .hyphen) else { return nil }
        return countryOfCompoundSearch(before: first, in: view)
    }

    /// `countryOfCompound` where a hyphen stands before the noun before the name.
    @inline(never)
    private func countryOfCompoundSearch(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let noun = first - 1
        // (The hyphen and the country first: the role look-up costs more, and most names have neither before them.)
        guard noun >= 2, view.matches(noun - 1, .hyphen), view.isWord(noun), view.isCapitalized(noun),
              !view.hasMention(at: noun), let country = view.mention(at: noun - 2), country.type == .place,
              country.tokens.upperBound == noun - 1, isCountry(country, in: view), view.role(noun) == nil
        else { return nil }
        return country
    }

    /// A house number after a street's name: a token of up to three digits, perhaps with a letter (`12`, `30a`);
    /// not a year (`Syrien 2015 in …`).
    private func isHouseNumber(_ token: Int, in view: ArticleView) -> Bool {
        guard token < view.tokenCount, !view.isPunctuation(token) else { return false }
        let span = view.document.tokens[token].span
        guard span.length <= 4, view.document.scalars[span.begin].value &- 0x30 < 10 else { return false }
        // (A letter after the digits, `30a`: ASCII only, as house numbers are written.)
        return span.length <= 3 || (view.document.scalars[span.end - 1].value | 0x20) &- 0x61 < 26
    }

    /// `IJM arbeitet auf den Philippinen …` followed by `… in Cebu, Manila und Pampanga …`: places listed in
    /// the sentence right after one that set the scene in a single country lie in that country.
    func applyCountryScene(_ view: ArticleView, into out: inout [Relation]) {
        let sentences = view.document.sentences
        guard sentences.count > 1, view.hasCountries else { return }
        // The scene of the sentence before, worked out once a sentence: as its own scene, then for the next.
        var sceneBefore: ArticleView.MentionRef?
        for index in 0..<sentences.count {
            let range = sentences[index].tokenRange
            let scene = sceneCountry(in: index, view: view)
            defer { sceneBefore = scene }
            var country: ArticleView.MentionRef
            var places: [ArticleView.MentionRef]
            if let before = sceneBefore {
                country = before
                places = view.mentions(startingIn: range).filter { $0.type == .place }
                guard !places.contains(where: { isCountry($0, in: view) }) else { continue }
            } else if let own = scene ?? (view.sentence(index, hasAny: [.nach])
                        ? sceneCountry(in: index, view: view, destination: true) : nil) {
                // `… nach Österreich gebracht und in Graz, Linz und Wien zur Prostitution gezwungen`: the places
                // listed after the one country the sentence sets its scene in.
                country = own
                places = view.mentions(startingIn: own.tokens.upperBound..<range.upperBound).filter {
                    $0.type == .place }
            } else {
                continue
            }
            for list in enumerations(of: places, in: view) {
                // (`in Hessen, Bayern und Nordrhein-Westfalen` after a scene in the Netherlands: a state of another
                // country lies in that one.)
                for place in list where place.key != country.key
                    && (!place.isSubdivision || isSubdivision(place, ofCountry: country, in: view)) {
                    out.append(Relation(
                        subject: .entity(key: place.key), predicate: .locatedIn, object: .entity(key: country.key),
                        sentenceIndex: index, provenance: Provenance(match: .rule, source: "places-listed-in-scene")))
                }
            }
        }
    }

    /// The one country a sentence places its action in (`in`/`auf` + country; also `nach` + country where
    /// `destination`), if it names only one.
    // The preposition's test inlined where `applyCountryScene` calls, the search out of line: a sentence the test
    // turned away still cost the search's saving and restoring of registers.
    @inline(__always)
    private func sceneCountry(in sentence: Int, view: ArticleView, destination: Bool = false)
        -> ArticleView.MentionRef? {
        let range = view.document.sentences[sentence].tokenRange
        // The preposition stands at most two tokens before a mention that starts in the sentence: in the sentence,
        // whose summary tells at once, or in the two tokens before it. Most sentences end here, before their
        // mentions are searched and their keys compared.
        let prepositions: RuleWordSet = destination ? [.`in`, .auf, .im, .nach] : [.`in`, .auf, .im]
        guard view.sentence(sentence, hasAny: prepositions) || view.matches(range.lowerBound - 1, in: prepositions)
            || view.matches(range.lowerBound - 2, in: prepositions) else { return nil }
        return sceneCountry(in: range, view: view, destination: destination)
    }

    /// `sceneCountry(in:view:destination:)` of a sentence with a scene preposition, given by its tokens.
    @inline(never)
    private func sceneCountry(in range: Range<Int>, view: ArticleView, destination: Bool)
        -> ArticleView.MentionRef? {
        // The first country must follow the preposition: where no country does, the sentence has no scene, and
        // its mentions are not all asked whether they are countries (a look-up of the key the first time).
        let mentions = view.mentions(startingIn: range)
        guard mentions.contains(where: {
            afterScenePreposition($0, destination: destination, in: view) && isCountry($0, in: view) }) else {
            return nil
        }
        // The first country, and every other one the same entity; no array of them is made (this runs for every
        // sentence).
        var found: ArticleView.MentionRef?
        for mention in mentions where isCountry(mention, in: view) {
            guard let first = found else {
                found = mention
                continue
            }
            if mention.key != first.key { return nil }
        }
        guard let country = found else { return nil }
        return afterScenePreposition(country, destination: destination, in: view) ? country : nil
    }

    /// `in`, `auf` or `im` right before the mention (also `nach` where `destination`), or before an article before
    /// it (`auf den Philippinen`).
    private func afterScenePreposition(
        _ mention: ArticleView.MentionRef, destination: Bool = false, in view: ArticleView
    ) -> Bool {
        var before = mention.tokens.lowerBound - 1
        if view.matches(before, in: [.den, .der, .dem]) { before -= 1 }
        return view.matches(before, in: [.`in`, .auf, .im]) || destination && view.matches(before, .nach)
    }

    private func isCountry(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        view.isCountry(mention)
    }

    /// Runs of two or more places joined only by commas and `und`/`sowie`/`oder`, after `in`.
    private func enumerations(
        of places: [ArticleView.MentionRef], in view: ArticleView
    ) -> [[ArticleView.MentionRef]] {
        var out: [[ArticleView.MentionRef]] = []
        var current: [ArticleView.MentionRef] = []
        func flush() {
            if current.count >= 2, let first = current.first,
               view.matches(first.tokens.lowerBound - 1, in: [.`in`, .im, .auf]) {
                out.append(current)
            }
            current = []
        }
        for place in places {
            if let last = current.last {
                let gap = last.tokens.upperBound..<place.tokens.lowerBound
                let joined = !gap.isEmpty && gap.count <= 2
                    && gap.allSatisfy { view.matches($0, in: [.comma, .und, .sowie, .oder]) }
                if !joined { flush() }
            }
            current.append(place)
        }
        flush()
        return out
    }

    private func placeAfterPreposition(_ start: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = start
        // `in Den Haag`: the article may belong to the name.
        if view.mention(startingAt: token) == nil, view.matches(token, in: [.der, .den, .dem]) { token += 1 }
        // `Yola im Bundesstaat Adamawa`, `in der toskanischen Provinz Grosseto`: a place-type word, perhaps after
        // an adjective, before the name.
        if view.mention(startingAt: token) == nil, !view.isCapitalized(token), view.isPlaceType(token + 1) {
            token += 1
        }
        if view.mention(startingAt: token) == nil, view.isPlaceType(token) { token += 1 }
        guard let place = view.mention(startingAt: token), place.type == .place,
              view.sentenceOf[token] == view.sentenceOf[start] else { return nil }
        // `in der Europa League`: a capitalised word right after makes the place part of a longer name.
        let after = place.tokens.upperBound
        // (Not a date: `in der Provinz Pampanga Anfang Juni`.)
        if after < view.tokenCount, view.document.tokens[after].kind == .word, view.isCapitalized(after),
           !view.hasMention(at: after), view.dateAt[after] == nil {
            return nil
        }
        return place
    }

    /// Whether another `in`-phrase follows the place after a comma or `und` (`in der Ukraine, in Rumänien`), or
    /// another place after `und` (`in Rom und Tripolis`).
    private func opensListOfPlaces(after place: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        let next = place.tokens.upperBound
        // (`für das UNHCR in Rom und Tripolis gearbeitet`: two places joined where the person worked, no seat.)
        if view.matches(next, .und), view.mention(startingAt: next + 1)?.type == .place { return true }
        guard view.matches(next, .comma) || view.matches(next, .und) else { return false }
        return view.matches(next + 1, in: Self.seatPrepositions)
    }

    /// `Edo im Süden Nigerias`, `Raqqa, im Norden Syriens`, `im Osten der Türkei`: the place whose part a compass
    /// word or `Zentrum` names right after a place, in the genitive.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func placeOfArea(after end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.matches(end, .im) || view.matches(end, .comma) && view.matches(end + 1, .im) else { return nil }
        return placeOfAreaSearch(after: end, in: view)
    }

    /// `placeOfArea` where `im` follows the place.
    @inline(never)
    private func placeOfAreaSearch(after end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = end
        if view.matches(token, .comma) { token += 1 }
        guard view.matches(token, .im), Self.areaNouns.contains(where: { view.lower(token + 1, is: $0) }) else {
            return nil
        }
        var start = token + 2
        if view.mention(startingAt: start) == nil, view.matches(start, .der) || view.lower(start, is: "des") {
            start += 1
        }
        guard let place = view.mention(startingAt: start), place.type == .place,
              start > token + 2 || view.lower(place.tokens.upperBound - 1, hasSuffix: "s"),
              view.sentenceOf[start] == view.sentenceOf[end] else { return nil }
        return place
    }

    /// Words for a part of a place (`im Süden Nigerias`).
    private static let areaNouns: [StaticString] = ["norden", "süden", "osten", "westen", "nordosten", "nordwesten",
                                                    "südosten", "südwesten", "zentrum", "landesinneren"]

    /// The place after `mit Sitz in`, `, mit Hauptsitz in`, `mit Sitz im`, `, die ihren Sitz in` right after an
    /// organisation, else nil.
    private func seatAfterMitSitz(_ end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = end
        // `Eurojust und Europol, die beide ihren Sitz in Den Haag haben`: the first of two bodies too.
        if view.matches(token, .und), let other = view.mention(startingAt: token + 1), other.type == .organization {
            token = other.tokens.upperBound
        }
        if view.matches(token, .comma) { token += 1 }
        if view.matches(token, in: [.die, .der, .das]) {
            // `…, die ihren Sitz in Den Haag hat`, `…, das seinen Hauptsitz in Lyon hat`.
            token += view.lower(token + 1, is: "beide") ? 2 : 1
            guard view.lower(token, is: "ihren") || view.lower(token, is: "seinen") else { return nil }
        } else if !view.matches(token, .mit) {
            return nil
        }
        guard view.lower(token + 1, is: "sitz") || view.lower(token + 1, is: "hauptsitz"),
              view.matches(token + 2, in: [.`in`, .im]) else { return nil }
        return placeAfterPreposition(token + 3, in: view)
    }

    /// `im Kreis X`, `in der Provinz X`: a place-type word right after the preposition (and its article).
    private func typedPlaceFollows(_ start: Int, in view: ArticleView) -> Bool {
        view.isPlaceType(start) || view.matches(start, in: [.der, .den, .dem]) && view.isPlaceType(start + 1)
    }

    /// `Kenias Hauptstadt Nairobi`, `Syriens zweitgrößte Stadt Aleppo`, `das Latium mit der Hauptstadt Rom`: a
    /// place-type word (perhaps after one adjective) between a place in the genitive, or a place and `mit der`,
    /// and the name places the name in that place, as the adjective does in `der kenianischen Hauptstadt Nairobi`.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func placeOfGenitiveType(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard first >= 2, isPlaceType(first - 1, in: view) else { return nil }
        return placeOfGenitiveTypeSearch(before: first, in: view)
    }

    /// `placeOfGenitiveType` where a place-type word stands before the name.
    @inline(never)
    private func placeOfGenitiveTypeSearch(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard first >= 2, isPlaceType(first - 1, in: view) else { return nil }
        var before = first - 2
        // (One adjective: `zweitgrößte`, `nördliche`; not a preposition, `aus Lagos am Flughafen Frankfurt`.)
        if view.isWord(before), !view.isCapitalized(before), !view.hasMention(at: before),
           !view.hasCue(.determiner, before), view.hasAdjectiveEnding(before) {
            before -= 1
        }
        // `mit der Hauptstadt Rom`, `mit ihrer Hauptstadt Kiew`: the place before `mit`.
        if before >= 2, view.hasCue(.determiner, before) || view.lower(before, is: "ihrer")
            || view.lower(before, is: "seiner"), view.lower(before - 1, is: "mit"),
           let place = view.mention(at: before - 2), place.type == .place, place.tokens.upperBound == before - 1 {
            return place
        }
        guard before >= 0, view.lower(before, hasSuffix: "s"), let place = view.mention(at: before),
              place.type == .place, place.tokens.upperBound == before + 1,
              view.sentenceOf[before] == view.sentenceOf[first]
        else { return nil }
        return place
    }

    /// `in Kirkenes, Norwegen, …`, `aus Mae Sot, Thailand.`: a country (or a state after a town: `in Cleveland,
    /// Ohio`) set off by commas right after a place named after a preposition is the one the place lies in. Not in
    /// a list (`in Wien, Ungarn und Deutschland`, `in Graz, Ungarn, Polen`), where the comma joins places side by
    /// side.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every mention, and the
    // test turns most away, after the call had saved the registers of the whole rule.
    @inline(__always)
    private func countryInApposition(
        after mention: ArticleView.MentionRef, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        guard view.matches(mention.tokens.upperBound, .comma) else { return nil }
        return countryInAppositionSearch(after: mention, in: view)
    }

    /// `countryInApposition` where a comma follows the place.
    @inline(never)
    private func countryInAppositionSearch(
        after mention: ArticleView.MentionRef, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        let first = mention.tokens.lowerBound
        let end = mention.tokens.upperBound
        guard view.matches(end, .comma), view.matches(first - 1, in: [.`in`, .aus, .nach, .bei, .im]),
              let country = view.mention(startingAt: end + 1), country.type == .place,
              view.sentenceOf[end + 1] == view.sentenceOf[first]
        else { return nil }
        // A country, or a state after a town (`in Cleveland, Ohio`).
        guard isCountry(country, in: view) || country.isSubdivision && !mention.isSubdivision
        else { return nil }
        let after = country.tokens.upperBound
        let sentence = view.sentenceOf[first]
        if after >= view.document.sentences[sentence].tokenRange.upperBound || view.matches(after, .period) {
            return country
        }
        guard view.matches(after, .comma) else { return nil }
        // (The comma after the country closes the apposition, unless another place or `und` goes on the list.)
        if view.hasMention(at: after + 1) || view.matches(after + 1, in: [.und, .oder]) { return nil }
        return country
    }

    /// Whether `mention` is a state, province or Land of the country `country` by their ISO 3166 codes
    /// (`iso:DE-TH` of `iso:DE`).
    private func isSubdivision(
        _ mention: ArticleView.MentionRef, ofCountry country: ArticleView.MentionRef, in view: ArticleView
    ) -> Bool {
        guard mention.isSubdivision, isCountry(country, in: view),
              let code = view.document.entities[country.key]?.externalIDs.first(where: {
                  $0.hasPrefix("iso:") && $0.count == 6 }),
              let ids = view.document.entities[mention.key]?.externalIDs else { return false }
        return ids.contains { $0.hasPrefix(code + "-") }
    }

    /// `Benjamin Thorne (Kanada)`: a capitalised word before the "place" shows a person's name, and the
    /// brackets give a nationality (not a place type: `der Gemeinde Strasshof (Niederösterreich)`).
    private func followsName(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before >= 0, view.sentenceOf[before] == view.sentenceOf[mention.tokens.lowerBound] else { return false }
        return view.document.tokens[before].kind == .word && view.isCapitalized(before)
            && !view.hasMention(at: before) && !view.isPlaceType(before)
    }

    /// An organisation whose name ends in a designation (`e. V.`, `GmbH`, `Landgericht`) names a seat.
    private func hasDesignation(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        // The words' tokens, compared by their lower-cased bytes where those decide (`lower(_:equals:)`,
        // `lower(_:endsInOneOf:)`): a string made of each word and `hasSuffix` on it cost more than all the rest.
        let words = mention.tokens.filter { view.document.tokens[$0].kind == .word }
        guard let last = words.last else { return false }
        // (A word that is a one-word designation ends in it.)
        if view.lower(last, endsInOneOf: lexicon.designationEndings) { return true }
        for designation in lexicon.designations where designation.count >= 2 && words.count >= designation.count {
            // (Compared in place: an array made of the suffix for every designation cost an allocation each.)
            if zip(words.suffix(designation.count), designation).allSatisfy({ view.lower($0, equals: $1) }) {
                return true
            }
        }
        return false
    }

    /// `Forscher der Macquarie University in Sydney`, `beim Landesgericht für Zivilrechtssachen in Graz`: a
    /// university, college, institute or clinic, or a designation with its field, is where it stands; the place
    /// after it is its seat, not where an act happened.
    private func isSeatedInstitution(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        let words = mention.tokens.filter { view.document.tokens[$0].kind == .word }
        guard let last = words.last else { return false }
        if Self.seatedHeads.contains(where: { view.lower(last, hasSuffix: $0) }) { return true }
        guard words.count >= 3, view.matches(words[1], .fuer) else { return false }
        return view.lower(words[0], endsInOneOf: lexicon.designationEndings)
    }

    private static let seatedHeads: [StaticString] = [
        "university", "college", "institute", "universität", "hochschule", "klinik", "klinikum",
    ]

    /// `die Caritas in Wien,` inside a noun phrase (article or preposition before, punctuation after),
    /// not `investiert Siemens in China`.
    private func standsAlone(
        _ mention: ArticleView.MentionRef, place: ArticleView.MentionRef, in view: ArticleView
    ) -> Bool {
        let before = mention.tokens.lowerBound - 1
        let after = place.tokens.upperBound
        let sentenceStart = view.document.sentences[view.sentenceOf[mention.tokens.lowerBound]].tokenRange.lowerBound
        // (`an die Beratungsstelle Phoenix in Hannover`: a type word after the article; `die EU-Polizeibehörde
        // Europol`: a compound one.)
        let compound = before >= 3 && view.matches(before - 1, .hyphen) && view.isCapitalized(before - 2)
        let typedAfterArticle = before >= 1 && view.isCapitalized(before) && !view.hasMention(at: before)
            && view.document.tokens[before].kind == .word
            && view.hasCue(.determiner, compound ? before - 3 : before - 1)
        let beforeOK = before < 0 || view.sentenceOf[before] != view.sentenceOf[mention.tokens.lowerBound]
            || view.hasCue(.determiner, before) || typedAfterArticle
            || view.matches(before, in: [.von, .vom, .bei, .beim, .mit, .fuer, .gegen, .zum, .zur])
        // A phrase that ends there: punctuation, a bracket (`die Caritas in Traiskirchen (Bezirk Baden)`), `und`
        // joining the next phrase (`besucht die UNO in New York und richtet …`), or `zu` before an infinitive
        // (`bis zum Europäischen Gerichtshof für Menschenrechte in Straßburg zu ziehen`).
        // (`Das Ministerium für Öffentliche Sicherheit in Peking kündigte an`: the sentence's subject before its
        // verb; `… an die Beratungsstelle Phoenix in Hannover gewandt hatte.`: the participle closing the clause.)
        // (`Auch das Bundesamt für Cybersicherheit (BACS) in Bern erhält …`: a conjunction or `auch` first.)
        let opener = view.matches(sentenceStart, in: [.auch, .und, .aber, .doch]) ? sentenceStart + 1 : sentenceStart
        // (`Auch die EU-Polizeibehörde Europol in Den Haag schätzt …`: a type word, a compound perhaps, between.)
        let opensSentence = mention.tokens.lowerBound == opener
            || view.hasCue(.determiner, opener) && mention.tokens.lowerBound <= opener + 4
                && (opener + 1..<mention.tokens.lowerBound).allSatisfy {
                    view.isCapitalized($0) || view.matches($0, .hyphen)
                }
        // (A participle in `-t`, not a separable particle (`Stützpunkte der PKK im Nordirak an,` names where the
        // bases are) nor an infinitive (`sich dem IS im Irak anzuschließen`), whose place is the act's.)
        let closingVerb = after + 1 < view.tokenCount && view.isWord(after) && !view.isCapitalized(after)
            && view.lowerCount(after) >= 5 && view.lower(after, hasSuffix: "t")
            && (view.isPunctuation(after + 1)
                || after + 2 < view.tokenCount && view.isWord(after + 1) && !view.isCapitalized(after + 1)
                    && view.isPunctuation(after + 2))
        // (`teilte das Ministerium für Öffentliche Sicherheit in Peking am Montag mit`: the speaker right after the
        // verb, which a time may follow.)
        let speakerAfterVerb = before >= 1 && view.hasCue(.determiner, before) && view.isVerbForm(before - 1)
        let afterOK = after >= view.tokenCount
            || view.matches(after, in: [.comma, .period, .closeParen, .semicolon, .colon, .openParen, .und, .zu])
            || opensSentence && view.isWord(after) && !view.isCapitalized(after)
            || closingVerb || speakerAfterVerb
        return beforeOK && afterOK
    }
}
