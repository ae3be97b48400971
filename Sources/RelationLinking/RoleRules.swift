import NewsGraphCore

/// Role words next to a person: memberOf (with an organisation), represents (with a place), hasTitle (alone).
///
/// Each role word gives one relation, and it attaches only to what the syntax hangs on it: a genitive or
/// `von` phrase after it (`Chef des BKA`), a genitive name before it (`Münchens Bürgermeister`), or an
/// organisation fused into it (`SPD-Bürgermeister`). An organisation elsewhere in the sentence is not enough.
///
/// A class: the speech rules ask it for role words thousands of times an article, and a call on a struct that holds
/// the lexicon copied the lexicon's tables to the stack first (a memcpy a call); an object is passed as one pointer.
final class RoleRules: Sendable {
    let lexicon: LinkingLexicon

    init(lexicon: LinkingLexicon) {
        self.lexicon = lexicon
    }

    /// A role word found in the text, with what it attaches to.
    struct RoleHit {
        let title: String
        let source: String
        let former: Bool
        var fused: ArticleView.MentionRef?
        var attached: ArticleView.MentionRef?
    }

    func apply(_ view: ArticleView, into out: inout [Relation]) {
        for mention in view.mentions where mention.type == .person {
            // (`Geschäftsführerin Dr. Miriam Albrecht`: the role reaches the name past its academic titles.)
            let first = view.honorificsStart(before: mention.tokens.lowerBound)
            let end = mention.tokens.upperBound
            let sentence = view.sentenceOf[first]
            guard sentence >= 0 else { continue }
            // Botschafter Keo Chhea, Münchens Bürgermeister Karl Huber; not `ein Sprecher Konvičkas`, where the
            // name in the genitive is whom the role serves.
            // (The role first: it was looked up for nearly every name anyway, few being in the genitive, and most
            // names have none, so the genitive's test, asked of every name, is asked only of those with a role.)
            if var hit = roleBefore(name: first, in: view), !isGenitive(mention, in: view),
               !isPluralRoleBefore(name: first, in: view) {
                var rule = "role-before-name"
                // `Der türkische Präsident Recep Tayyip Erdoğan`: a country's adjective before the role names the
                // place the person acts for, where the article names it (`die Türkei`).
                let adjective = view.isWord(first - 1) && !view.isCapitalized(first - 1) ? first - 1 : first - 2
                // (Only offices that act for a state: `der kroatische Schiedsrichter` names a nationality.)
                // (The cheap tests first: most roles have no `-isch` adjective before them.)
                if hit.fused == nil && hit.attached == nil, !hit.former, adjective >= 0,
                   view.sentenceOf[adjective] == sentence, view.isWord(adjective), !view.isCapitalized(adjective),
                   view.mayBeCountryAdjective(adjective), Self.isStateOffice(hit.title),
                   let place = view.countryOfAdjective(adjective) {
                    hit.attached = place
                    rule = "role-country-adjective"
                }
                // `der Radeburger Stadtrat Jens Kühn`, `der Wiener Bürgermeister`: a town's adjective before an office
                // of the town or state names the place the person acts for, where the article names it.
                // (The adjective's bytes first: most roles have none before them.)
                if hit.fused == nil && hit.attached == nil, !hit.former, first >= 2, view.isCapitalized(first - 2),
                   view.lower(first - 2, hasSuffix: "er"), view.sentenceOf[first - 2] == sentence,
                   !view.hasMention(at: first - 2), hasRole(at: first - 1, in: view),
                   Self.isStateOffice(hit.title) || Self.isLocalOffice(hit.title),
                   let place = view.placeNamed(byAdjective: first - 2) {
                    hit.attached = place
                    rule = "role-town-adjective"
                }
                // `Der republikanische Senator Jeff Sessions aus Alabama`, `Bürgermeister Karl Huber aus Kirchdorf`: an
                // office a place elects its holder to, held by one who comes from a place, is that place's.
                if hit.fused == nil && hit.attached == nil, !hit.former, view.matches(end, .aus),
                   let place = view.mention(startingAt: end + 1), place.type == .place,
                   view.sentenceOf[end + 1] == sentence, Self.isElectedForPlace(hit.title) {
                    hit.attached = place
                    rule = "role-name-from-place"
                }
                // `Der Grüne Abgeordnete Lambert Schönleitner`: an organisation's name right before the role word
                // (spaced, not fused) is the body the role is held in.
                if hit.fused == nil && hit.attached == nil, first >= 2,
                   let body = view.mention(at: first - 2), body.type == .organization,
                   body.tokens.upperBound == first - 1, view.sentenceOf[body.tokens.lowerBound] == sentence {
                    hit.attached = body
                    rule = "role-after-organisation"
                }
                // `Staatsanwalt Jan Holzner` after `die Staatsanwaltschaft Stuttgart`: the body the role names.
                // (Not where an apposition names the body the person serves in: `Oberstaatsanwältin Katrin Vollmer,
                // Sprecherin der Staatsanwaltschaft Dresden` holds the rank as a title, the office in the body.)
                if hit.fused == nil && hit.attached == nil, !hit.former,
                   let institution = institution(of: hit.title, near: first, in: view),
                   !appositionNamesBody(after: end, sentence: sentence, in: view) {
                    hit.attached = institution
                    rule = "role-takes-up-its-institution"
                }
                // `Slowenien müsse …, sagte Außenminister Karl Erjavec`, `Bulgarien baut …` + `…, sagte
                // Außenminister Daniel Mitrow`: an office of state acts for the country its sentence, or the one
                // before, opens with as its subject.
                // (The country first: a title's lower case is a new string.)
                if hit.fused == nil && hit.attached == nil, !hit.former,
                   let country = countryOpening(sentence, in: view) ?? countryOpening(sentence - 1, in: view),
                   Self.isStateOffice(hit.title), !Self.isEnvoy(hit.title) {
                    hit.attached = country
                    rule = "role-takes-up-country"
                }
                // `… im Burgenland … – so Landeshauptmannstellvertreter Johann Tschürtz`: an office of a Land's
                // government acts for the one state, province or Land its sentence names.
                if hit.fused == nil && hit.attached == nil, !hit.former, Self.isLandOffice(hit.title),
                   let land = onlySubdivision(inSentence: sentence, in: view) {
                    hit.attached = land
                    rule = "role-takes-up-land"
                }
                // `Ditech-Gründer`: a prefix that names some other body keeps the role from taking one up (a rank's,
                // `Co-Geschäftsleiterin`, does not).
                if hit.fused == nil && hit.attached == nil,
                   !Self.containsHyphen(hit.title) || Self.hasRankPrefix(hit.title),
                   let organisation = organisationOfPreviousSentence(
                    sentence, title: hit.title, role: first - 1, possessive: Self.isPossessive(first - 2, in: view),
                    in: view) {
                    hit.attached = organisation
                    rule = "role-takes-up-previous-organisation"
                }
                if hit.fused == nil && hit.attached == nil, !Self.containsHyphen(hit.title),
                   let organisation = organisationOfOwnSentence(sentence, title: hit.title, role: first - 1, in: view) {
                    hit.attached = organisation
                    rule = "role-of-speaking-organisation"
                }
                emit(hit, person: mention, sentence: sentence, rule: rule, in: view, into: &out)
                // `Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner`: a role joined to this one by `und` is held too.
                if let joined = coordinatedRole(before: hit, name: first, in: view) {
                    emit(joined, person: mention, sentence: sentence, rule: "role-coordinated-before-name",
                         in: view, into: &out)
                }
            }
            // `den Revolutionsführer und Ex-Machthaber Fidel Castro`: a role joined by `und` to a person noun no
            // role list has, right before the name, is held too.
            // (The cheap tests of the `und` first: most names have none before them, and the role look-up is asked
            // again only where one is.)
            if let joined = roleBeforeNoun(name: first, sentence: sentence, in: view), !isGenitive(mention, in: view),
               roleBefore(name: first, in: view) == nil {
                emit(joined, person: mention, sentence: sentence, rule: "role-coordinated-before-name", in: view,
                     into: &out)
            }
            if let country = colleagueCountry(before: first, sentence: sentence, in: view) {
                out.append(Self.relation(mention.key, .represents, .entity(key: country.key), sentence: sentence,
                                         rule: "colleague-country"))
            }
            if let body = memberNounBefore(name: first, in: view) {
                out.append(Self.relation(mention.key, .memberOf, .entity(key: body.key), sentence: sentence,
                                         rule: "member-noun-before-name"))
            }
            // Jeremy Douglas, regionaler Vertreter des UN-Büros
            if view.matches(end, .comma) {
                if let hit = apposition(at: end + 1, sentence: sentence, in: view) {
                    emit(hit, person: mention, sentence: sentence, rule: "role-apposition", in: view, into: &out)
                    if let joined = coordinatedApposition(after: end + 1, sentence: sentence, in: view) {
                        emit(joined, person: mention, sentence: sentence, rule: "role-apposition-coordinated",
                             in: view, into: &out)
                    }
                } else if let (noun, body) = professionApposition(at: end + 1, sentence: sentence, in: view) {
                    out.append(Self.relation(mention.key, .memberOf, .entity(key: body.key), role: noun,
                                             sentence: sentence, rule: "profession-apposition"))
                }
            }
            // `Jean-Guy Talamoni ist nun Präsident des Inselparlaments`: a role after a present copula is held.
            if let start = predicateStart(after: end, in: view),
               let hit = apposition(at: start, sentence: sentence, in: view) {
                emit(hit, person: mention, sentence: sentence, rule: "role-predicate", in: view, into: &out)
            }
            // `Auftritt Christian Kerns als designierter SPÖ-Vorsitzender`: the body the person acts for. A bare
            // title after `als` is as often wished or refused (`Ablehnung von Strache als Kanzler`) as held.
            if view.matches(end, .als), let hit = apposition(at: end + 1, sentence: sentence, in: view),
               hit.fused != nil || hit.attached != nil {
                emit(hit, person: mention, sentence: sentence, rule: "role-als", in: view, into: &out)
            }
            // Der Menschenrechtsbeauftragte der Vereinten Nationen für Kambodscha, Vitit Muntarbhorn,; also with a
            // title of the name's own after the comma (`Der Leiter der Zentralstelle, Oberstaatsanwalt Thomas Goger,`)
            // or a description (`der Chef von Vodafone Deutschland, der Österreicher Hannes Ametsreiter`)
            let comma = view.matches(first - 1, .comma) ? first - 1
                : view.matches(first - 2, .comma) && hasRole(at: first - 1, in: view) ? first - 2
                : view.matches(first - 3, .comma) && describedNameStart(first - 2, in: view) == first ? first - 3 : nil
            // (there, only a role held in a body counts: the name's own title gives the bare title).
            // (Or a role of an unnamed body in a source phrase: `Nach Angaben eines Sprechers der Junta,
            // Generalmajor Kyaw Zin Oo,` holds both titles.)
            // (`…, Jörg Lenzen (SPD).`: the name's party in brackets after it.)
            if let comma, view.matches(end, .comma) || view.isPunctuation(end) && !view.matches(end, .openParen)
                || isPartyInBrackets(end, in: view),
               let hit = fronted(comma: comma, sentence: sentence, in: view),
               comma == first - 1 || hit.fused != nil || hit.attached != nil
                || frontedInSourcePhrase(comma: comma, sentence: sentence, in: view) {
                emit(hit, person: mention, sentence: sentence, rule: "role-fronted-apposition", in: view, into: &out)
            }
            // Anna Berger von der Arbeiterkammer, Staatsanwalt Peter Lutz vom Landeskriminalamt
            // (`sagte Ursula Siebert von der … am Mittwoch`: right after a verb of saying the person is its
            // subject, as at the sentence's start.)
            // (`von` or `vom` first, which `bodyAfterVon` asks for: the subject's tests, worked out for the argument
            // before the call, cost more for every person named than all the rest of the rule.)
            if view.matches(end, .von) || view.matches(end, .vom),
               let body = bodyAfterVon(end, sentence: sentence, subject: opensSentence(first, in: view)
                                        || first > 0 && view.isIn(.verbOfSaying, first - 1)
                                        || isSourceNamed(first, in: view), in: view) {
                let role = roleBefore(name: first, in: view)
                out.append(Self.relation(mention.key, .memberOf, .entity(key: body.key),
                                         role: role.flatMap { $0.fused == nil && $0.attached == nil ? $0.title : nil },
                                         sentence: sentence, rule: "name-von-organisation"))
            }
            if view.matches(end, .openParen) {
                bracketedPartyAndCanton(of: mention, open: end, sentence: sentence, in: view, into: &out)
            }
            // `Andrä Rupprechter, Bauernbund-Präsident Jakob Auer und … Hermann Schultes (alle ÖVP)`.
            if let party = sharedParty(after: end, sentence: sentence, in: view) {
                out.append(Self.relation(mention.key, .memberOf, .entity(key: party.key), sentence: sentence,
                                         rule: "party-of-all-in-brackets"))
            }
            // `der Finanzminister (Hans Jörg Schelling, ÖVP)`: a name in brackets after its role, with its party.
            if view.matches(first - 1, .openParen), first >= 2, view.sentenceOf[first - 2] == sentence {
                if let hit = role(at: first - 2, in: view) {
                    emit(hit, person: mention, sentence: sentence, rule: "role-before-bracketed-name", in: view,
                         into: &out)
                }
                if view.matches(end, .comma), let party = view.mention(startingAt: end + 1),
                   party.type == .organization, view.matches(party.tokens.upperBound, .closeParen) {
                    out.append(Self.relation(mention.key, .memberOf, .entity(key: party.key), sentence: sentence,
                                             rule: "party-after-bracketed-name"))
                }
            }
            // `Für die Grünen sprach Miriam Okafor von …`, `Für die SPD hielt Jonas Reiser der Regierung vor, …`: in
            // a debate, who speaks for a party named at the sentence's start is its member.
            if let party = partySpokenFor(before: first, in: view) {
                out.append(Self.relation(mention.key, .memberOf, .entity(key: party.key), sentence: sentence,
                                         rule: "speaks-for-party"))
            }
            // `Orbans Fidesz`, `Erdogans islamisch-konservative AKP`, `Peter Stögers FC Köln`: a person's genitive
            // before a party or a club names its member.
            if let party = partyAfterGenitive(mention, in: view) {
                out.append(Self.relation(mention.key, .memberOf, .entity(key: party.key), sentence: sentence,
                                         rule: "genitive-party"))
            }
            // (Vorsitz: Eva Brandt)
            if view.matches(first - 1, .colon), view.matches(first - 3, .openParen),
               let role = view.role(first - 2) {
                out.append(Self.relation(mention.key, .hasTitle, .literal(role.lemma), sentence: sentence,
                                         rule: "role-colon-in-brackets"))
            }
        }
    }

    /// A person's name with a genitive `-s` its canonical name lacks (`Konvičkas` for `Martin Konvička`), or
    /// after an indefinite role word (`ein Sprecher Konvičkas`: a name can only follow it in the genitive).
    private func isGenitive(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        if view.hasCue(.indefinite, mention.tokens.lowerBound - 2), !view.hasMention(at: mention.tokens.lowerBound - 1) {
            return true
        }
        // A word whose last code point is no `s` ends in no character `s`: most names are turned away before their
        // string is made.
        let last = mention.tokens.upperBound - 1
        let lastSpan = view.document.tokens[last].span
        guard lastSpan.length > 0, view.document.scalars[lastSpan.end - 1] == "s" else { return false }
        // The canonical name read in place where the key is found: the table's subscript copied the whole entity
        // (its names and ids retained and released).
        let table = view.document.entities
        guard let position = table.position(of: mention.key) else { return false }
        let canonical = table.values.withUnsafeBufferPointer { $0[position].canonicalName }
        // Compared by bytes in place where both are simple (the written name's, ending in the byte `s`, from the
        // text): `hasSuffix` walked characters from the end, thousands of instructions a name, and the bytes were
        // copied into an array each.
        let byBytes: Bool?? = view.document.withUTF8(of: lastSpan) { surface in
            canonical.utf8.withContiguousStorageIfAvailable { canonical -> Bool? in
                guard Self.isSimple(surface), Self.isSimple(canonical) else { return nil }
                let stem = surface.dropLast()
                return canonical.last != UInt8(ascii: "s") && canonical.count >= stem.count
                    && canonical[(canonical.count - stem.count)...].elementsEqual(stem)
            }
        }
        if let decided = byBytes.flatMap({ $0 }) { return decided }
        let surface = view.original(last)
        return surface.hasSuffix("s") && !canonical.hasSuffix("s") && canonical.hasSuffix(surface.dropLast())
    }

    /// Whether every byte is below 0xCC and none is a carriage return: each code point is then a character of its
    /// own (no mark or line feed joins it to the one before) and NFC, so that suffixes by character are suffixes by
    /// byte, and a last character is a last byte where that is ASCII.
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    /// The organisation in `von der X`, `vom X`, `von X` right after a name, ending the phrase (a comma, a verb,
    /// the sentence end follow; not `von der Polizei festgenommen`, which a participle closes).
    private func bodyAfterVon(
        _ token: Int, sentence: Int, subject: Bool, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        var probe = token
        if view.matches(probe, .von) {
            probe += 1
            if view.matches(probe, .der) || view.matches(probe, .den) { probe += 1 }
        } else if view.matches(probe, .vom) {
            probe += 1
        } else {
            return nil
        }
        // `von der Hilfsorganisation Doctors for Refugees`
        if view.isOrganisationType(probe) { probe += 1 }
        guard probe < view.tokenCount, view.sentenceOf[probe] == sentence,
              let body = view.mention(startingAt: probe), body.type == .organization else { return nil }
        let after = body.tokens.upperBound
        // (`Bernd-Robert Schulz von der Bundespolizei in Rosenheim`: the body's seat may follow.)
        // (`Marcel A. Müller vom Institut für Virologie des Universitätsklinikums Bonn`: or the body it belongs to.)
        guard after >= view.tokenCount || view.sentenceOf[after] != sentence || view.isPunctuation(after)
                || view.isVerbForm(after) || view.matches(after, .und)
                || view.matches(after, in: [.`in`, .im]) && view.mention(startingAt: after + 1)?.type == .place
                || view.hasCue(.genitive, after) && view.mention(startingAt: after + 1)?.type == .organization
                // (`Der Schlafforscher Dieter Riemann vom Universitätsklinikum Freiburg findet …`: the sentence's
                // subject, its verb after it; not `Dann wurde Peter Maier von der Polizei festgenommen`.)
                || subject && view.isWord(after) && !view.isCapitalized(after)
        else { return nil }
        return body
    }

    /// `Nach Angaben von Oberstaatsanwältin Petra Lindner von der ZCB flossen …`, `laut Anna Roth vom BKA`: the
    /// person named at `first`, perhaps after a role word, is a source phrase's source, as a subject is the verb's.
    private func isSourceNamed(_ first: Int, in view: ArticleView) -> Bool {
        let before = first >= 1 && hasRole(at: first - 1, in: view) ? first - 1 : first
        guard before >= 1 else { return false }
        return view.hasCue(.sourcePreposition, before - 1)
            || before >= 2 && view.matches(before - 1, .von) && view.hasCue(.sourceNoun, before - 2)
    }

    /// Whether the person named at `first` opens the sentence, alone or after an article and a description
    /// (`Der Schlafforscher Dieter Riemann`): the sentence's subject.
    private func opensSentence(_ first: Int, in view: ArticleView) -> Bool {
        let start = view.document.sentences[view.sentenceOf[first]].tokenRange.lowerBound
        guard first > start else { return true }
        guard view.hasCue(.determiner, start), first - start <= 3 else { return false }
        return (start + 1..<first).allSatisfy {
            view.isWord($0) && !view.hasMention(at: $0) && (view.isCapitalized($0) || isAdjective($0, in: view))
        }
    }

    /// `Der Einzelhandelsverband Sachsen … berichtete …` + `…, sagte Geschäftsführer Tim Roth`: a role inside
    /// an organisation, in a sentence naming no organisation or place, takes up the organisation that the
    /// sentence right before starts with as its subject. (Names in what the person is reported to say do not
    /// count: `Zwar lasse sich diskutieren, ob die Branche in der EU …, erklärte Verbandschef Klaus Milke` after `Die
    /// Umweltorganisation Germanwatch hingegen beschuldigte …`.)
    private func organisationOfPreviousSentence(
        _ sentence: Int, title: String, role: Int, possessive: Bool, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        guard sentence > 0 else { return nil }
        guard lexicon.organisationRoles.containsEnding(ofLowerCased: title) else { return nil }
        // `Die Neos sind verhandlungsbereit.` + `Der grüne Bildungssprecher Walser sagt: …`: a party's adjective
        // names the role's own body.
        if Self.isPartyAdjective(role - 1, in: view) { return nil }
        let range = view.document.sentences[sentence].tokenRange
        let speaks = role >= range.lowerBound + 2 && view.matches(role - 2, .comma)
            && view.isIn(.verbOfSaying, role - 1) && !view.isCapitalized(role - 1)
        // (A place after the name is where the person spoke or works: `sagte Referentin Lena Ossenbrink in
        // Osnabrück`.)
        guard !view.mentions(startingIn: speaks ? role - 1..<range.upperBound : range).contains(where: {
            $0.type != .person && !($0.type == .place && $0.tokens.lowerBound > role + 1
                                    && view.matches($0.tokens.lowerBound - 1, in: [.`in`, .aus]))
        })
        else { return nil }
        // (`Der Bundesverband … wies die Vorwürfe zurück: …, erklärte Hauptgeschäftsführer Martin Beerwald`: the
        // body whose statement the colon opens is the speaker's own.)
        if speaks, (range.lowerBound..<role).contains(where: { view.matches($0, .colon) }),
           organisationSubject(at: subjectStart(of: range, in: view), in: view) != nil {
            return nil
        }
        let previous = view.document.sentences[sentence - 1].tokenRange
        let token = subjectStart(of: previous, in: view)
        // `Ähnlich äußerte sich der Zentralrat Deutscher Sinti und Roma.` + `…, erklärte sein Vorsitzender Romani
        // Rose`: after a possessive the one organisation of the sentence before, wherever it stands.
        if possessive, view.mention(startingAt: token)?.type != .organization {
            let named = view.mentions(startingIn: previous).filter { $0.type == .organization }
            return Set(named.map(\.key)).count == 1 ? named.first : nil
        }
        // `Laut LEFÖ-IBF wurden 312 Betroffene unterstützt.` + `…, sagte Sprecherin Nadia Obuya`: the body the
        // sentence before opens with as its source.
        if view.hasCue(.sourcePreposition, previous.lowerBound),
           let source = view.mention(startingAt: previous.lowerBound + 1), source.type == .organization {
            return source
        }
        // `Bei der FIZ zeigt man sich wenig überrascht.` + `…, sagte Co-Geschäftsleiterin Nadia Brügger`: the body
        // the sentence before opens with after `bei`, where people are at work.
        if view.matches(previous.lowerBound, in: [.bei, .beim]) {
            let at = previous.lowerBound + (view.hasCue(.determiner, previous.lowerBound + 1) ? 2 : 1)
            if let body = view.mention(startingAt: at), body.type == .organization { return body }
        }
        return organisationSubject(at: token, in: view)
    }

    /// `Der Verein Pro Nachbar betreut …, wie Obmann Karl L. Brunnbauer sagt`: a role of an organisation, with no
    /// body of its own, held by the one who speaks for the organisation its sentence opens with (the role right
    /// after `wie`, `so` or a verb of saying), where no other organisation is named before the role.
    private func organisationOfOwnSentence(
        _ sentence: Int, title: String, role: Int, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        guard role >= 1, view.matches(role - 1, in: [.wie, .so]) || view.isIn(.verbOfSaying, role - 1)
                && !view.isCapitalized(role - 1),
              lexicon.organisationRoles.containsEnding(ofLowerCased: title) else { return nil }
        let range = view.document.sentences[sentence].tokenRange
        guard let subject = organisationSubject(at: subjectStart(of: range, in: view), in: view),
              !view.mentions(startingIn: subject.tokens.upperBound..<role).contains(where: {
                  $0.type == .organization && $0.key != subject.key })
        else { return nil }
        return subject
    }

    /// The first token of a sentence's subject: past `Auch`, an article and a type word or a name's head before a
    /// name (`Auch die Stiftung Kinderschutz Schweiz fordert …`).
    private func subjectStart(of range: Range<Int>, in view: ArticleView) -> Int {
        var token = range.lowerBound
        if view.matches(token, .auch), range.count > 2 { token += 1 }
        if view.hasCue(.determiner, token) { token += 1 }
        if view.mention(startingAt: token) == nil, view.isCapitalized(token), !view.hasMention(at: token),
           token > range.lowerBound, !view.isIn(.preposition, token) {
            // (`Die Internet-Ombudsstelle Watchlist Internet`: a hyphenated type word.)
            var head = token
            while head < token + 4, view.matches(head + 1, .hyphen), view.isWord(head + 2),
                  !view.hasMention(at: head + 2) { head += 2 }
            if view.mention(startingAt: head + 1)?.type == .organization { token = head + 1 }
        }
        return token
    }

    /// The organisation named at `token` as a sentence's subject. (`STANDARD: …` labels an interview question; the
    /// sentence is not about the paper. Nor is a sentence about one body alone whose subject joins two: `Interpol
    /// und das UNODC warnten …`.)
    private func organisationSubject(at token: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard let subject = view.mention(startingAt: token), subject.type == .organization,
              !view.matches(subject.tokens.upperBound, .colon), !view.matches(subject.tokens.upperBound, .und)
        else { return nil }
        return subject
    }

    /// The country `sentence` opens with as its subject (`Slowenien müsse …`, `Die Türkei hat …`); not one fused
    /// to a noun (`EU-Land`), one of several (`Österreich und Slowenien`) or a dateline (`Vatikanstadt/Quito –`).
    private func countryOpening(_ sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard sentence >= 0 else { return nil }
        var start = view.document.sentences[sentence].tokenRange.lowerBound
        if view.hasCue(.determiner, start) { start += 1 }
        guard let country = view.mention(startingAt: start), country.type == .place, view.isCountry(country),
              view.isWord(country.tokens.upperBound), !view.matches(country.tokens.upperBound, .und)
        else { return nil }
        return country
    }

    /// Envoys act for the country that sends them, which the country in the news is often not.
    private static func isEnvoy(_ title: String) -> Bool {
        let lower = title.quickLowercased()
        return lower.hasPrefix("botschafter") || lower.quickHasSuffix("konsul") || lower.quickHasSuffix("konsulin")
    }

    /// Whether the token is a lower-case adjective that names a party or its colour (`grüne`, `freiheitlichen`,
    /// `roter`, Austrian usage).
    static func isPartyAdjective(_ token: Int, in view: ArticleView) -> Bool {
        guard token >= 0, token < view.tokenCount, !view.isCapitalized(token) else { return false }
        return view.lower(token, hasPrefix: "grün") || view.lower(token, hasPrefix: "sozialdemokrat")
            || view.lower(token, hasPrefix: "christdemokrat") || view.lower(token, hasPrefix: "christsozial")
            || view.lower(token, hasPrefix: "freiheitlich") || view.lower(token, hasPrefix: "konservativ")
            || view.lower(token, hasPrefix: "liberal") || view.lower(token, hasPrefix: "rote")
            || view.lower(token, hasPrefix: "schwarze") || view.lower(token, hasPrefix: "blaue")
    }

    /// `sein`, `ihre`, `seines` …: a possessive before a role word (`sein Vorsitzender`). A `WordClass`: a bit's test
    /// where comparing the token with each of fourteen words cost some two hundred instructions.
    static func isPossessive(_ token: Int, in view: ArticleView) -> Bool {
        view.isIn(.possessive, token)
    }

    /// The words of `isPossessive(_:in:)`, with the demonstratives' genitives, which point back the same way
    /// (`Deren Geschäftsführerin Julia Brandstetter`).
    static let possessives: Set<String> = [
        "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
        "deren", "dessen",
    ]

    /// The organisation, in the sentence of `token` or the one before, whose name holds the kind of body the role
    /// title is held in (`relations/role-institutions.tsv`); the nearest before `token` first, then after it.
    private func institution(of title: String, near token: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var parts: [String] = []
        // (The list taken out first: a closure that read it through `self` copied the rules, lexicon and all.)
        let institutionParts = lexicon.roleInstitutionParts
        lexicon.roleInstitutionEndings.forEachEnding(ofLowerCased: title) { index in
            parts.append(institutionParts[index])
            return true
        }
        guard !parts.isEmpty else { return nil }
        let sentence = view.sentenceOf[token]
        func holds(_ mention: ArticleView.MentionRef) -> Bool {
            guard mention.type == .organization else { return false }
            let name = mention.key.quickLowercased()
            return parts.contains { Self.contains(name, $0) }
        }
        let here = view.mentions(startingIn: view.document.sentences[sentence].tokenRange)
        if let before = here.last(where: { $0.tokens.upperBound <= token && holds($0) }) { return before }
        if let after = here.first(where: { $0.tokens.lowerBound > token && holds($0) }) { return after }
        guard sentence > 0 else { return nil }
        return view.mentions(startingIn: view.document.sentences[sentence - 1].tokenRange).last(where: holds)
    }

    /// `text.contains(part)` (Foundation's search, which finds nothing for an empty part and matches canonically
    /// equivalent text at composed-character boundaries), by bytes where both are of stable code points without a
    /// line break (NFC, each code point a composed character), as `ArticleView.lower(_:contains:)` searches:
    /// Foundation's search cost some eight thousand instructions a name.
    private static func contains(_ text: String, _ part: String) -> Bool {
        func isSimple(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { ByteVocabulary.isStable($0.value) && $0 != "\r" && $0 != "\n" }
        }
        guard isSimple(text), isSimple(part) else { return text.contains(part) }
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty, haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                    if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
                }
                return false
            }
        }
    }

    /// `Co-Leiterin`, `Vize-Sprecher`: a hyphenated prefix that says the rank, not another body.
    private static func hasRankPrefix(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["co-", "ko-", "vize-"].contains { lower.hasPrefix($0) } && lower.filter({ $0 == "-" }).count == 1
    }

    /// `title.contains("-")` (Foundation's search). A title without the byte 0x2D has no hyphen in any case (no
    /// character decomposes to one): nearly every title is answered by its bytes alone (read in place: `contains` on
    /// the UTF-8 view stepped through its indices), where each of its code points was decoded and tested first. With
    /// the byte, text of stable code points (NFC, one code point a composed character) has the hyphen.
    private static func containsHyphen(_ title: String) -> Bool {
        var title = title
        guard title.withUTF8({ $0.contains(0x2D) }) else { return false }
        return title.unicodeScalars.allSatisfy({ ByteVocabulary.isStable($0.value) }) || title.contains("-")
    }

    /// `Maria Lenz (CSU)`; `Sibel Arslan (Grüne/BS)`, a Swiss member of parliament's party and canton: the brackets
    /// opened at `open` right after the person's name. Out of line: few names have brackets after them, and inlined
    /// into `apply` the rules made it too large for the role look-ups it asks of every name to be inlined there.
    @inline(never)
    private func bracketedPartyAndCanton(
        of mention: ArticleView.MentionRef, open: Int, sentence: Int, in view: ArticleView, into out: inout [Relation]
    ) {
        if let party = view.mention(startingAt: open + 1), party.type == .organization,
           view.matches(party.tokens.upperBound, in: [.closeParen, .comma])
            || view.original(party.tokens.upperBound) == "/",
           !isAcronym(party, of: mention, in: view) {
            out.append(Self.relation(mention.key, .memberOf, .entity(key: party.key), sentence: sentence,
                                     rule: "party-in-brackets"))
        }
        if let canton = cantonInBrackets(after: open, in: view) {
            out.append(Self.relation(mention.key, .represents, .entity(key: canton.key), sentence: sentence,
                                     rule: "canton-in-brackets"))
        }
    }

    /// The relation of the person `subject` (an entity key) that rule `rule` found in sentence `sentence`.
    private static func relation(
        _ subject: String, _ predicate: Relation.Predicate, _ object: Relation.Node, role: String? = nil,
        sentence: Int, rule: String
    ) -> Relation {
        Relation(subject: .entity(key: subject), predicate: predicate, object: object, role: role,
                 sentenceIndex: sentence, provenance: Provenance(match: .rule, source: rule))
    }

    /// The canton whose code the recogniser found in the brackets opened at `open` after a name, alone or after the
    /// party (`(TG)`, `(Grüne/BS)`), which the person represents.
    private func cantonInBrackets(after open: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        for code in stride(from: open + 1, through: open + 3, by: 2) {
            if let canton = view.mention(startingAt: code), canton.type == .place, canton.source == Provenance.cantonCode,
               view.matches(canton.tokens.upperBound, .closeParen) {
                return canton
            }
        }
        return nil
    }

    /// `Islamischer Staat (IS)`: brackets that spell out the name before them are no party.
    private func isAcronym(
        _ short: ArticleView.MentionRef, of long: ArticleView.MentionRef, in view: ArticleView
    ) -> Bool {
        if let decided = Self.isPlainAcronym(short, of: long, in: view) { return decided }
        let initials = String(long.tokens.compactMap { view.original($0).first }.filter(\.isUppercase))
        let letters = short.tokens.map { view.original($0) }.joined()
        return !initials.isEmpty && letters.uppercased() == initials.uppercased()
    }

    /// `isAcronym(_:of:in:)` from the code points, where those it reads are ASCII or Latin-1: each initial a character
    /// of its own (no mark after it), its case told and the letters upper-cased by arithmetic (but `ß`, `ÿ`, `µ`,
    /// whose upper case is no Latin-1 code point); nil where one is not. Code points below U+0300 are NFC and none
    /// combines, so the strings are equal where the code points are. Made as strings, joined and upper-cased, the two
    /// cost some ten thousand instructions a pair.
    private static func isPlainAcronym(
        _ short: ArticleView.MentionRef, of long: ArticleView.MentionRef, in view: ArticleView
    ) -> Bool? {
        let tokens = view.document.tokens
        let scalars = view.document.scalars
        // The initials, the first in the lowest byte: eight at most.
        var initials: UInt64 = 0
        var initialCount = 0
        for token in long.tokens {
            let span = tokens[token].span
            guard span.begin < span.end else { continue }
            let first = scalars[span.begin].value
            guard first < 0x100, span.length == 1 || scalars[span.begin + 1].value < 0x300 else { return nil }
            guard first &- 65 < 26 || first >= 0xC0 && first <= 0xDE && first != 0xD7 else { continue }
            guard initialCount < 8 else { return nil }
            initials |= UInt64(first) << UInt64(8 * initialCount)
            initialCount += 1
        }
        guard initialCount > 0 else { return false }
        // Every letter first: a mark after one (`O` and U+0308) would make it equal to another initial (`Ö`).
        for token in short.tokens {
            let span = tokens[token].span
            guard !scalars[span.begin..<span.end].contains(where: {
                $0.value >= 0x100 || $0.value == 0xDF || $0.value == 0xFF || $0.value == 0xB5
            }) else { return nil }
        }
        var matched = 0
        for token in short.tokens {
            let span = tokens[token].span
            for offset in span.begin..<span.end {
                let value = scalars[offset].value
                guard matched < initialCount else { return false }
                let upper = value &- 97 < 26 || value >= 0xE0 && value != 0xF7 ? value - 32 : value
                guard UInt64(upper) == (initials >> UInt64(8 * matched)) & 0xFF else { return false }
                matched += 1
            }
        }
        return matched == initialCount
    }

    /// `…, erklärte der SPD-Politiker am Freitag` after `Heiko Maas`: where a sentence's said names its speaker only
    /// by a party or body fused to a role or person noun, and not by name, that speaker belongs to the body.
    func membershipsOfSpeakersNamedByBody(
        said: [Relation], in view: ArticleView, into out: inout [Relation]
    ) {
        func isBodyBeforeHyphen(_ body: ArticleView.MentionRef) -> Bool {
            body.type == .organization && view.matches(body.tokens.upperBound, .hyphen)
                && view.matches(body.tokens.lowerBound - 1, in: [.der, .die])
        }
        // By position: a loop over the relations copied each (its strings retained and released), where only its
        // subject, object and sentence are read.
        for index in said.indices where said[index].predicate == .said {
            guard case .entity(let person) = said[index].subject else { continue }
            let sentence = said[index].sentenceIndex
            let mentions = view.mentions(startingIn: view.document.sentences[sentence].tokenRange)
            // Most sentences name no such body, which is told before the speaker's key is looked up and compared
            // with every mention's.
            guard mentions.contains(where: isBodyBeforeHyphen), view.personKeys.contains(person),
                  !mentions.contains(where: { $0.key == person }) else { continue }
            // (A body named inside the content is someone else's: `Sollte der FPÖ-Chef …, so der Rechtsanwalt`.)
            var content: TextSpan?
            if case .quotation(let span) = said[index].object { content = span }
            for body in mentions where isBodyBeforeHyphen(body)
                && !(content.map { $0.contains(view.document.mentions[body.index].span) } ?? false) {
                let head = body.tokens.upperBound + 1
                // `der SPD-Politiker Josef Cap` names someone else: the role rules handle that.
                if view.mention(startingAt: head + 1)?.type == .person { continue }
                if let hit = role(at: head, in: view), hit.fused?.key == body.key {
                    emit(hit, personKey: person, sentence: sentence,
                         rule: "role-of-speaker-named-by-body", in: view, into: &out)
                } else if head < view.tokenCount, view.hasCue(.personNoun, head)
                            || view.lower(head, endsInOneOf: lexicon.personNounEndings) {
                    out.append(Self.relation(person, .memberOf, .entity(key: body.key), sentence: sentence,
                                             rule: "person-noun-of-speaker-named-by-body"))
                }
            }
        }
    }

    private func emit(
        _ hit: RoleHit, person: ArticleView.MentionRef, sentence: Int, rule: String, in view: ArticleView,
        into out: inout [Relation]
    ) {
        emit(hit, personKey: person.key, sentence: sentence, rule: rule, in: view, into: &out)
    }

    private func emit(
        _ hit: RoleHit, personKey: String, sentence: Int, rule: String, in view: ArticleView,
        into out: inout [Relation]
    ) {
        // A title no longer held is still the person's title (`Ex-Finanzchef Stefano Colombo`, `des ehemaligen
        // Kapitäns …, Francesco Schettino`: the annotated articles give it), and the body it was held in still names
        // whom the person belongs to (`Ex-Telekom-Vorstand Rudolf Fischer`); the rule's name says the role is a
        // former one.
        // Joined into one string sized for it: interpolation goes through generic printing, piece by piece.
        let source = hit.former ? String.joined(rule, " ", hit.source + " former") : .joined(rule, " ", hit.source)
        let provenance = Provenance(match: .rule, source: source)
        let subject = Relation.Node.entity(key: personKey)
        // `CHP-Abgeordneter`, `SPD-Bürgermeister`: an office held outside the party fused to it gives membership of
        // the party without a role, and no title apart: one role word, one relation (GUIDELINES; 12 of the 13 such
        // names in the development sets are annotated so).
        let officeOutsideParty = hit.fused.map { isParty($0, in: view) } == true && hit.attached == nil
            && !lexicon.partyOffices.containsEnding(ofLowerCased: hit.title)
        // (`Südosteuropa-Experte Florian Bieber`: a profession fused to a place is what the person knows about; no one
        // acts for the place. Nor for a continent: `die Asien-Direktorin von HRW` heads a body's region.)
        if let fused = hit.fused, !(fused.type == .place && lexicon.noTitles.containsEnding(ofLowerCased: hit.title)
                                    && !lexicon.keptTitles.containsEnding(ofLowerCased: hit.title)),
           !(fused.type == .place && fused.isWorldRegion) {
            out.append(Relation(
                subject: subject, predicate: fused.type == .place ? .represents : .memberOf,
                object: .entity(key: fused.key), role: hit.attached == nil && !officeOutsideParty ? hit.title : nil,
                sentenceIndex: sentence, provenance: provenance))
        }
        if let attached = hit.attached {
            out.append(Relation(
                subject: subject, predicate: attached.type == .place ? .represents : .memberOf,
                object: .entity(key: attached.key), role: hit.title, sentenceIndex: sentence, provenance: provenance))
            // `Leiter des European Cybercrime Centre (EC3) bei Europol`: a unit of an organisation named after it;
            // the person belongs to that organisation too.
            if attached.type == .organization {
                var after = attached.tokens.upperBound
                // (Past its acronym in brackets, listed or not: `(EC3)`.)
                if view.matches(after, .openParen),
                   let close = (after + 2..<max(after + 2, min(after + 5, view.tokenCount))).first(where: {
                       view.matches($0, .closeParen) }) {
                    after = close + 1
                }
                // (`Chef der Anti-Cybercrime Group (ACG) der PNP`: the genitive names it too.)
                if view.matches(after, in: [.bei, .beim, .im]) || view.hasCue(.genitive, after),
                   let parent = view.mention(startingAt: after + 1),
                   parent.type == .organization, parent.key != attached.key, view.sentenceOf[after + 1] == sentence,
                   !view.matches(parent.tokens.upperBound, .hyphen) {
                    out.append(Relation(
                        subject: subject, predicate: .memberOf, object: .entity(key: parent.key),
                        sentenceIndex: sentence, provenance: provenance))
                }
            }
            // `Leiter des Recherchenetzwerks von NDR, WDR und Süddeutscher Zeitung`: the role is held in every
            // organisation listed with the first.
            if attached.type == .organization {
                var token = attached.tokens.upperBound
                while view.matches(token, in: [.comma, .und]), let next = view.mention(startingAt: token + 1),
                      next.type == .organization, view.sentenceOf[token + 1] == sentence {
                    out.append(Relation(
                        subject: subject, predicate: .memberOf, object: .entity(key: next.key), role: hit.title,
                        sentenceIndex: sentence, provenance: provenance))
                    token = next.tokens.upperBound
                }
            }
        }
        if hit.fused == nil && hit.attached == nil,
           lexicon.keptTitles.containsEnding(ofLowerCased: hit.title)
            || !lexicon.noTitles.containsEnding(ofLowerCased: hit.title) {
            out.append(Relation(
                subject: subject, predicate: .hasTitle, object: .literal(hit.title), sentenceIndex: sentence,
                provenance: provenance))
        }
    }

    /// The party or club named after the person's genitive (`Gaulands AfD`, `Stögers FC Köln`), past up to three
    /// lower-case words of adjectives and their hyphens (`islamisch-konservative`).
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every person named, and
    // turns most away at once, after the call had saved the registers of the whole function.
    @inline(__always)
    private func partyAfterGenitive(_ mention: ArticleView.MentionRef, in view: ArticleView) -> ArticleView.MentionRef? {
        let end = mention.tokens.upperBound
        guard view.lower(end - 1, hasSuffix: "s"), end < view.tokenCount else { return nil }
        return partyAfterGenitive(end: end, in: view)
    }

    /// `partyAfterGenitive` of a name in `-s` that ends before `end`.
    @inline(never)
    private func partyAfterGenitive(end: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = end
        while token < end + 5, token < view.tokenCount, !view.isCapitalized(token),
              view.isWord(token) || view.matches(token, .hyphen) {
            // Adjectives only: an article starts another phrase (`der Ära Mao Zedongs kämpft die KP`).
            if view.hasCue(.determiner, token) { return nil }
            token += 1
        }
        // `Erdogans islamisch-konservativer Partei AKP`: the type word before the party's name; `Elon Musks
        // Unternehmen Space X`: a company noun right after the name makes any body after it the person's (not
        // `Varoufakis selbst schrieb im Kurznachrichtendienst Twitter`).
        var company = false
        if view.isOrganisationType(token), !view.hasMention(at: token) {
            company = token == end && (lexicon.companyTypes.contains(view.word(token))
                || Self.companyEndings.contains { view.lower(token, hasSuffix: $0) })
            token += 1
        }
        guard let party = view.mention(startingAt: token), isParty(party, in: view)
                // (A club only right after the name: in `Christian Fuchs mit Leicester City` the `-s` is the
                // name's, and `mit` no adjective.)
                || token == end && party.type == .organization && lexicon.clubSources.contains(party.source)
                || company && party.type == .organization,
              view.sentenceOf[token] == view.sentenceOf[end - 1] else { return nil }
        return party
    }

    private static let companyEndings: [StaticString] = ["firma", "konzern", "unternehmen"]

    /// `werfen die Abgeordneten Schaunig vor`: `die` and an adjectival role noun in `-ten` are several people, of
    /// whom the name after them is none (the name is the verb's object).
    private func isPluralRoleBefore(name first: Int, in view: ArticleView) -> Bool {
        first >= 2 && view.matches(first - 2, .die) && view.lower(first - 1, hasSuffix: "ten")
            && view.isCapitalized(first - 1)
    }

    /// The party of `Für die Grünen sprach …` when the verb right before the name `first` follows it and `Für`
    /// opens the sentence.
    @inline(__always)
    private func partySpokenFor(before first: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let verb = first - 1
        guard verb >= 2, view.isWord(verb), !view.isCapitalized(verb) else { return nil }
        return partySpokenFor(verb: verb, in: view)
    }

    private func partySpokenFor(verb: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard let party = view.mention(at: verb - 1), party.tokens.upperBound == verb, isParty(party, in: view)
        else { return nil }
        var opener = party.tokens.lowerBound - 1
        if view.hasCue(.determiner, opener) { opener -= 1 }
        guard view.matches(opener, .fuer),
              opener == view.document.sentences[view.sentenceOf[verb]].tokenRange.lowerBound else { return nil }
        return party
    }

    /// Whether a party's name alone in brackets opens at `open` (`Jörg Lenzen (SPD)`).
    private func isPartyInBrackets(_ open: Int, in view: ArticleView) -> Bool {
        guard view.matches(open, .openParen), let party = view.mention(startingAt: open + 1) else { return false }
        return view.matches(party.tokens.upperBound, .closeParen) && isParty(party, in: view)
    }

    /// Whether a curated row of kind `party` named the mention.
    private func isParty(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        mention.type == .organization
            && lexicon.partySources.contains(mention.source)
    }

    /// `der SPÖ-Politiker Josef Cap`, `FPÖ-Mandatarin Anna Berger`, `BA-Chefökonom Stefan Bruckbauer`: a person
    /// noun (of the list or the dictionary) or a profession fused to an organisation names a member, with no role
    /// (the noun is no title).
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every person named, and
    // turns most away at once, after the call had saved the registers of the whole function.
    @inline(__always)
    private func memberNounBefore(name: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard name >= 3, view.matches(name - 2, .hyphen) else { return nil }
        return memberNounBefore(hyphenedName: name, in: view)
    }

    /// `memberNounBefore` of a name after a word and a hyphen.
    @inline(never)
    private func memberNounBefore(hyphenedName name: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let noun = name - 1
        guard view.isWord(noun),
              view.document.tokens[noun - 1].span.begin == view.document.tokens[noun - 2].span.end,
              view.lower(noun, endsInOneOf: lexicon.personNounEndings)
                || view.lower(noun, endsInOneOf: lexicon.professionEndings)
                // `Werder-Mittelfeldspieler Junuzovic`, `NSU-Rechtsterroristin Beate Zschäpe`.
                || lexicon.isPersonNoun(utf8: view.lowerUTF8(noun)),
              view.role(noun) == nil,
              let body = view.mention(at: noun - 2), body.type == .organization,
              body.tokens.upperBound == noun - 1 else { return nil }
        return body
    }

    /// The role word at `token` with a fused prefix (`SPD-`, `Ex-`) and a genitive name before it.
    func role(at token: Int, in view: ArticleView, allowInMention: Bool = false) -> RoleHit? {
        let index = roleHitIndex(at: token, in: view, allowInMention: allowInMention)
        return index >= 0 ? view.roleHits[Int(index)] : nil
    }

    /// `role(at:in:allowInMention:) != nil`, without copying the hit (two strings and two mentions): most callers
    /// only ask whether a role word stands there.
    func hasRole(at token: Int, in view: ArticleView, allowInMention: Bool = false) -> Bool {
        roleHitIndex(at: token, in: view, allowInMention: allowInMention) >= 0
    }

    /// The index into `view.roleHits` of the role at `token`, or `ArticleView.noRole`; found once per token.
    private func roleHitIndex(at token: Int, in view: ArticleView, allowInMention: Bool) -> Int32 {
        guard token >= 0, token < view.tokenCount, allowInMention || !view.hasMention(at: token) else {
            return ArticleView.noRole
        }
        // The answer depends on the token alone: the speaker rules ask for the same tokens many times.
        let known = view.roleHitIndex[token]
        if known != ArticleView.unknown { return known }
        // (The role's filters first, inline: most tokens asked are no role word, and the call cost more.)
        guard view.isWord(token) && view.mayHaveRole(token), let hit = findRole(at: token, in: view) else {
            view.roleHitIndex[token] = ArticleView.noRole
            return ArticleView.noRole
        }
        let index = Int32(view.roleHits.count)
        view.roleHitIndex[token] = index
        // (Room for several, made with the first, as `ArticleView.role(_:)` makes for its roles.)
        if view.roleHits.isEmpty { view.roleHits.reserveCapacity(8) }
        view.roleHits.append(hit)
        return index
    }

    private func findRole(at token: Int, in view: ArticleView) -> RoleHit? {
        guard view.isWord(token), let role = view.role(token) else { return nil }
        var hit = RoleHit(title: role.lemma, source: role.source, former: false)
        var before = token - 1
        // A hyphen at `index` glued to the word before it (`SPD-Chef`, `Co-Leiterin`).
        func isGluedHyphen(_ index: Int) -> Bool {
            index >= 1 && view.matches(index, .hyphen)
                && view.document.tokens[index].span.begin == view.document.tokens[index - 1].span.end
        }
        if isGluedHyphen(before) {
            if let fused = view.mention(at: token - 2), fused.type != .person {
                hit.fused = fused
            } else if !view.isPunctuation(token - 2) {
                // `Pro-forma-Minister`, `Ex-Flughafen-Chef`, `Alt-Landeshauptmann`: every hyphen-joined part before
                // the role word is in the title as the text spells it; a title written with `Ex-` is a title of
                // its own, as the annotators read it (`Ex-Finanzministerin`, unlike `der frühere Minister`).
                var first = token - 2
                while first >= 2, isGluedHyphen(first - 1), !view.hasMention(at: first - 2) {
                    first -= 2
                }
                let prefix = view.document.text(of: TextSpan(
                    view.document.tokens[first].span.begin, view.document.tokens[token - 1].span.end))
                hit = RoleHit(title: prefix + hit.title, source: hit.source, former: false)
                // `FIZ-Co-Leiterin`: a body's name fused before a role word that is itself a compound (not a place's:
                // `Vatikan-Bank-Chef` heads the bank).
                if first >= 2, isGluedHyphen(first - 1), let body = view.mention(at: first - 2),
                   body.type == .organization, body.tokens.upperBound == first - 1 {
                    hit.fused = body
                }
            }
            before = token - 3
            if let fused = hit.fused {
                before = fused.tokens.lowerBound - 1
                // `Ex-SPÖ-Kanzler`: the prefix before the fused name.
                if view.matches(before, .hyphen), view.hasCue(.former, before - 1), !view.matches(before - 1, .alt) {
                    before -= 1
                }
            }
        }
        // `Chinas Staats- und Parteichef Xi Jinping`: a cut-off word coordinated with the role word is in the title.
        if before == token - 1, token >= 3, view.isEllipticHyphen(token - 2), !view.hasMention(at: token - 3) {
            let cut = view.document.text(of: TextSpan(
                view.document.tokens[token - 3].span.begin, view.document.tokens[token - 1].span.end))
            hit = RoleHit(title: cut + " " + hit.title, source: hit.source, former: false)
            before = token - 4
        }
        if view.hasCue(.former, before) {
            hit = RoleHit(title: hit.title, source: hit.source, former: true, fused: hit.fused, attached: hit.attached)
        }
        if hit.fused == nil, let genitive = view.mention(at: before), genitive.type != .person,
           genitive.tokens.upperBound == before + 1, view.lower(before, hasSuffix: "s") {
            hit.fused = genitive
        }
        // `…, wie deren Sprecher Konrad Kmetic erklärte`: the possessive points back to the last name before it,
        // an organisation's role when that name is one.
        if hit.fused == nil, view.matches(before, in: [.deren, .dessen]),
           let owner = lastMention(before: before, in: view), owner.type == .organization {
            hit.fused = owner
        }
        return hit
    }

    /// The nearest mention that ends before `token` in its sentence.
    private func lastMention(before token: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let sentence = view.sentenceOf[token]
        var probe = token - 1
        while probe >= 0, view.sentenceOf[probe] == sentence {
            if let mention = view.mention(at: probe) { return mention }
            probe -= 1
        }
        return nil
    }

    private func roleBefore(name: Int, in view: ArticleView) -> RoleHit? {
        // A role word the name mention swallowed (`Außenminister Sergej Lawrow` as one mention) counts too.
        let inside = view.mention(at: name).flatMap { $0.tokens.count > 1 ? role(at: name, in: view,
                                                                                   allowInMention: true) : nil }
        guard var hit = inside ?? role(at: name - 1, in: view) else { return nil }
        // A genitive before the role word belongs to the role (Spaniens Premier), not a fused part.
        if let fused = hit.fused, !view.matches(fused.tokens.upperBound, .hyphen) {
            hit.attached = fused
            hit.fused = nil
        }
        return hit
    }

    /// The role word right before `und` that opens the role phrase before a name: `Vizekanzler` in
    /// `Vizekanzler und ÖVP-Obmann Reinhold Mitterlehner`, `SPÖ-Chef` in `SPÖ-Chef und Kanzler Werner Faymann`.
    private func coordinatedRole(before hit: RoleHit, name: Int, in view: ArticleView) -> RoleHit? {
        // The phrase of the role found: its fused name (`ÖVP-Obmann`) or the word alone, perhaps `Ex-`.
        var start = name - 1
        if let fused = hit.fused, view.matches(fused.tokens.upperBound, .hyphen) {
            start = fused.tokens.lowerBound
        } else if let attached = hit.attached, attached.tokens.upperBound == start {
            // (`Der Grüne Abgeordnete X`: a body's name right before the role opens the phrase; one taken up from
            // elsewhere, `im Burgenland`, does not.)
            return nil
        }
        // `BK-Sprecher Oberst Dieter Csefan`: a role fused to a body right before a rank held as a title.
        if hit.fused == nil, hit.attached == nil, start == name - 1, let fronted = role(at: start - 1, in: view),
           fronted.fused?.type == .organization, fronted.title != hit.title {
            return fronted
        }
        if view.matches(start - 1, .hyphen) { start -= 2 }
        guard view.matches(start - 1, .und), view.sentenceOf[max(0, start - 2)] == view.sentenceOf[name],
              let joined = role(at: start - 2, in: view), joined.title != hit.title else { return nil }
        return joined
    }

    /// The role before `und` and a capitalised person noun (perhaps `Ex-`) right before the name at `name`.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every person named, and
    // turns most away at once, after the call had saved the registers of the whole function.
    // (`und` or the hyphen of `Ex-` two tokens before the name: the one test the two shapes share.)
    @inline(__always)
    private func roleBeforeNoun(name: Int, sentence: Int, in view: ArticleView) -> RoleHit? {
        guard view.matches(name - 2, .und) || view.matches(name - 2, .hyphen) else { return nil }
        return roleBeforeNoun(afterLink: name, sentence: sentence, in: view)
    }

    /// `roleBeforeNoun` of a name two tokens after `und` or a hyphen.
    @inline(never)
    private func roleBeforeNoun(afterLink name: Int, sentence: Int, in view: ArticleView) -> RoleHit? {
        let noun = name - 1
        guard noun >= 3, view.sentenceOf[noun] == sentence else { return nil }
        let start = view.matches(noun - 1, .hyphen) ? noun - 2 : noun
        guard start >= 2, view.matches(start - 1, .und), view.sentenceOf[start - 2] == sentence,
              view.isWord(noun), view.isCapitalized(noun), !view.hasMention(at: noun), isProfession(noun, in: view)
        else { return nil }
        return role(at: start - 2, in: view)
    }

    /// `Michael Pock, Vorsitzender des Petitionsausschusses und Gleichbehandlungssprecher der Neos`: a second role
    /// joined by `und` or `sowie` inside the apposition that starts at `start`, held in an organisation of its own.
    /// (A bare second title may be a noun the first role's body governs: `Leiter der Abteilung Forschung und
    /// Entwicklung`; a place may be a company's first word: `Geschäftsführer der Agentur Vienna Digital`.)
    private func coordinatedApposition(after start: Int, sentence: Int, in view: ArticleView) -> RoleHit? {
        let limit = min(start + 10, view.document.sentences[sentence].tokenRange.upperBound)
        var token = start + 1
        while token < limit {
            if view.matches(token, in: [.und, .sowie]) {
                guard let joined = apposition(at: token + 1, sentence: sentence, in: view),
                      (joined.fused ?? joined.attached)?.type == .organization else { return nil }
                return joined
            }
            if view.isPunctuation(token) && !view.matches(token, .hyphen)
                || view.mention(startingAt: token)?.type == .person {
                return nil
            }
            token += 1
        }
        return nil
    }

    /// The token after `ist`, `wird`, `wurde` or `bleibt` and up to two adverbs right after a name, where a role
    /// word follows that names no one else (`wird Präsident Obama treffen` gives Obama's title, not the subject's).
    private func predicateStart(after end: Int, in view: ArticleView) -> Int? {
        guard end < view.tokenCount, view.isWord(end), !view.isCapitalized(end),
              view.isIn(.presentCopula, end) else { return nil }
        var token = end + 1
        var adverbs = 0
        while adverbs < 2, token + 1 < view.tokenCount, view.isWord(token), !view.isCapitalized(token) {
            // (`ist seit 2010 Bürgermeister von Graz`: since when the role is held.)
            if view.lower(token, is: "seit"), view.isNumber(token + 1) {
                token += 2
            } else if view.isIn(.predicateAdverb, token) {
                token += 1
            } else {
                break
            }
            adverbs += 1
        }
        var role = token
        if view.hasCue(.determiner, role) { role += 1 }
        if view.isWord(role), !view.isCapitalized(role) { role += 1 }
        // Nor the first part of a compound (`der erste Premier-League-Trainer`), unless a name fused to the role
        // word (`ist EU-Kommissar`, `ist SPÖ-Chef`).
        let fusedName = view.mention(startingAt: role).map {
            $0.type != .person && $0.tokens.upperBound == role + 1 && view.matches(role + 1, .hyphen)
        } ?? false
        guard role + 1 < view.tokenCount, view.mention(startingAt: role + 1)?.type != .person,
              !view.hasCue(.personNoun, role + 1), fusedName || !view.matches(role + 1, .hyphen) else { return nil }
        return token
    }

    static let presentCopulas: Set<String> = ["ist", "wird", "wurde", "bleibt"]
    static let predicateAdverbs: Set<String> = [
        "nun", "jetzt", "derzeit", "bereits", "künftig", "weiterhin", "auch", "noch", "schon", "erneut", "wieder",
        "zudem", "seither",
    ]


    /// Offices held for a state: a head of state or government, a minister, an ambassador.
    static func isStateOffice(_ title: String) -> Bool {
        let lower = title.quickLowercased()
        return stateOffices.contains(lower) || lower.quickHasSuffix("minister") || lower.quickHasSuffix("ministerin")
    }

    /// `sein türkischer Amtskollege Ahmet Davutoğlu`, `Außenminister Mitrow … mit seinem deutschen Kollegen
    /// Frank-Walter Steinmeier`: the counterpart of an office holder acts for the country of the adjective, where the
    /// article names it (no role: the colleague word names none). A plain `Kollege` only after a state office in the
    /// sentence (`der Philosoph Habermas und sein kanadischer Kollege Charles Taylor` are no envoys).
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every person named, and
    // turns most away at once, after the call had saved the registers of the whole function.
    @inline(__always)
    private func colleagueCountry(
        before first: Int, sentence: Int, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        let noun = first - 1
        guard first >= 2, view.sentenceOf[first - 2] == sentence, view.isCapitalized(noun),
              view.lower(noun, hasSuffix: "kollege") || view.lower(noun, hasSuffix: "kollegen")
                || view.lower(noun, hasSuffix: "kollegin") else { return nil }
        return colleagueCountry(ofColleague: noun, sentence: sentence, in: view)
    }

    /// `colleagueCountry` of a name after a colleague word at `noun`.
    @inline(never)
    private func colleagueCountry(
        ofColleague noun: Int, sentence: Int, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        let adjective = noun - 1
        guard view.isWord(adjective), !view.isCapitalized(adjective), view.mayBeCountryAdjective(adjective)
        else { return nil }
        if !view.lower(noun, hasPrefix: "amtskolleg") {
            guard view.lower(noun, hasPrefix: "kolleg") else { return nil }
            let start = view.document.sentences[sentence].tokenRange.lowerBound
            guard (start..<adjective).contains(where: { view.isCapitalized($0) && Self.isStateOffice(view.word($0)) })
            else { return nil }
        }
        return view.countryOfAdjective(adjective)
    }

    /// Offices of a Land's government (`Landeshauptmann`, `Landesrätin`, `Landeshauptmannstellvertreter`).
    static func isLandOffice(_ title: String) -> Bool {
        // Most titles are told by their first byte, before a lower-cased copy and four literals are made: an ASCII
        // letter other than `L` lower-cases to no `l`.
        if let first = title.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "l") { return false }
        let lower = title.quickLowercased()
        return ["landeshauptm", "landeshauptfrau", "landesrat", "landesrät"].contains { lower.hasPrefix($0) }
    }

    /// The one state, province or Land (from the subdivisions list) that sentence `sentence` names, if only one.
    private func onlySubdivision(inSentence sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var found: ArticleView.MentionRef?
        for mention in view.mentions(startingIn: view.document.sentences[sentence].tokenRange)
        where mention.type == .place && mention.isSubdivision {
            if let found, found.key != mention.key { return nil }
            found = mention
        }
        return found
    }

    /// Offices a place elects its holder to: a senator, member of parliament or governor, and the local offices.
    static func isElectedForPlace(_ title: String) -> Bool {
        let lower = title.quickLowercased()
        return ["senator", "senatorin", "abgeordneter", "abgeordnete", "gouverneur", "gouverneurin"]
            .contains(where: { lower.quickHasSuffix($0) }) || isLocalOffice(title)
    }

    /// Offices of a town, district or county (`Bürgermeister`, `Stadtrat`, `Landrat`).
    static func isLocalOffice(_ title: String) -> Bool {
        let lower = title.quickLowercased()
        return localOffices.contains(where: { lower.quickHasSuffix($0) })
    }

    private static let localOffices = ["bürgermeister", "bürgermeisterin", "stadtrat", "stadträtin", "gemeinderat",
                                       "gemeinderätin", "landrat", "landrätin", "bezirksvorsteher",
                                       "bezirksvorsteherin", "bezirkshauptmann", "bezirkshauptfrau"]

    private static let stateOffices: Set<String> = [
        "präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "ministerpräsident", "ministerpräsidentin",
        "premier", "premierministerin", "regierungschef", "regierungschefin", "staatschef", "staatschefin", "kanzler",
        "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bundespräsident", "bundespräsidentin", "botschafter",
        "botschafterin", "könig", "königin", "außenamtssprecher", "außenamtssprecherin", "senator", "senatorin",
        "vizepräsident", "vizepräsidentin", "vizekanzler", "vizekanzlerin", "gouverneur", "gouverneurin", "konsul",
        "konsulin", "generalkonsul", "generalkonsulin", "regierungssprecher", "regierungssprecherin",
        // A state's (`der steirische Landeshauptmann`, `der burgenländische Polizeidirektor`).
        "landeshauptmann", "landeshauptfrau", "landeshauptmann-stellvertreter", "landeshauptmann-stellvertreterin",
        "landeshauptmannstellvertreter", "landeshauptmannstellvertreterin", "landesrat", "landesrätin",
        "landespolizeidirektor", "landespolizeidirektorin", "polizeidirektor", "polizeidirektorin",
        "polizeipräsident", "polizeipräsidentin",
    ]

    /// `, [det] [adjective] role [des|der|von X]` after a name.
    /// `Stefan Brändle, Frankreich-Korrespondent des STANDARD`: a profession or person noun (no role) set off after
    /// the name, with the organisation it works for in the genitive; the noun as written and the body.
    private func professionApposition(
        at start: Int, sentence: Int, in view: ArticleView
    ) -> (String, ArticleView.MentionRef)? {
        var token = start
        if view.hasCue(.determiner, token) { token += 1 }
        // `langjähriges Mitglied`: one adjective, not one of a time gone (`ehemaliger`, as `Ex-Klubkollege`).
        if !view.isCapitalized(token), isAdjective(token, in: view) {
            if view.hasCue(.former, token) { return nil }
            token += 1
        }
        let nounStart = token
        if view.hasCue(.former, nounStart) { return nil }
        // `Frankreich-Korrespondent`: a compound's parts before the noun.
        while view.isWord(token), view.matches(token + 1, .hyphen), view.isWord(token + 2) { token += 2 }
        guard view.sentenceOf.indices.contains(token), view.sentenceOf[token] == sentence, view.isWord(token),
              view.isCapitalized(nounStart), !view.hasMention(at: token), !hasRole(at: token, in: view),
              isProfession(token, in: view)
        else { return nil }
        // `Webentwickler und Autor bei The Next Web`: a second profession joined by `und`.
        if view.matches(token + 1, .und), view.isCapitalized(token + 2), !view.hasMention(at: token + 2),
           !hasRole(at: token + 2, in: view), isProfession(token + 2, in: view) {
            token += 2
        }
        // `bei` names where the profession is practised, as a genitive does; so does `an der` or `am` before a
        // school or institute (`Forscherin an der Hochschule Luzern`).
        // (An article and adjectives may come between: `bei der Deutschen Bank`, `am vietnamesischen Institut …`.)
        func bodyAfter(_ word: Int) -> ArticleView.MentionRef? {
            var word = word
            if view.matches(word, in: [.der, .dem]) { word += 1 }
            while word < view.tokenCount, !view.isCapitalized(word), isAdjective(word, in: view), word < token + 6 {
                word += 1
            }
            return view.mention(startingAt: word)
        }
        // (`Chefvolkswirt für Asien-Pazifik bei IHS Global Insight`: a field or region after `für` may come first.)
        // (Not past the text's end: `…, Chefvolkswirt für` may close it.)
        var bei = token + 1
        let reach = min(bei + 6, view.tokenCount)
        if bei + 2 < reach, view.lower(bei, is: "für"), let end = (bei + 2..<reach).first(where: {
            !view.isWord($0) && !view.matches($0, .hyphen) || view.matches($0, .bei) }), view.matches(end, .bei) {
            bei = end
        }
        var employer = view.matches(bei, .bei) ? bodyAfter(bei + 1) : nil
        if employer == nil, view.lower(token + 1, is: "an"), view.matches(token + 2, .der) {
            employer = bodyAfter(token + 3)
        } else if employer == nil, view.lower(token + 1, is: "am") {
            employer = bodyAfter(token + 2)
        }
        guard let body = employer ?? attachment(after: token, sentence: sentence, in: view),
              body.type == .organization, view.sentenceOf[body.tokens.lowerBound] == sentence
        else { return nil }
        let tokens = view.document.tokens
        let noun = view.document.text(of: TextSpan(tokens[nounStart].span.begin, tokens[token].span.end))
        return (noun, body)
    }

    /// A profession (`Ökonom`, `Webentwickler`) or a dictionary person noun (`Autor`).
    func isProfession(_ token: Int, in view: ArticleView) -> Bool {
        view.lower(token, endsInOneOf: lexicon.professionEndings) || lexicon.isPersonNoun(utf8: view.lowerUTF8(token))
    }

    private func apposition(at start: Int, sentence: Int, in view: ArticleView) -> RoleHit? {
        var token = start
        if view.hasCue(.determiner, token) { token += 1 }
        var adjective: String?
        if !view.isPunctuation(token), !view.hasMention(at: token), view.role(token) == nil,
           isAdjective(token, in: view) {
            adjective = view.original(token)
            token += 1
        }
        // `der ÖVP-Bürgermeister`: the role word comes after a fused name.
        if let fused = view.mention(startingAt: token), view.matches(fused.tokens.upperBound, .hyphen) {
            token = fused.tokens.upperBound + 1
        }
        // `Michael Häupl, Wiens Bürgermeister,`: a place in the genitive before the role is the one it acts for.
        var genitivePlace: ArticleView.MentionRef?
        if adjective == nil, let place = view.mention(startingAt: token), place.type == .place,
           view.lower(place.tokens.upperBound - 1, hasSuffix: "s"), !view.matches(place.tokens.upperBound, .hyphen) {
            genitivePlace = place
            token = place.tokens.upperBound
        }
        guard view.sentenceOf.indices.contains(token), view.sentenceOf[token] == sentence,
              var hit = role(at: token, in: view) else { return nil }
        // (`Andrä Rupprechter, Bauernbund-Präsident Jakob Auer und …`: a role right before a name is that name's, in a
        // list of people.)
        if view.mention(startingAt: token + 1)?.type == .person { return nil }
        if let genitivePlace, hit.fused == nil {
            hit.attached = genitivePlace
            return hit
        }
        if let adjective {
            if lexicon.isCue(.former, adjective.quickLowercased()) {
                hit = RoleHit(title: hit.title, source: hit.source, former: true, fused: hit.fused,
                              attached: hit.attached)
            }
            // Only adjectives that belong to the title (`regionaler Vertreter`, `stellvertretender Leiter`), in
            // the nominative, not `neue`, `britische`.
            if adjective.quickHasSuffix("er") || adjective.quickHasSuffix("e"),
               lexicon.isTitleAdjective(adjective.quickLowercased()) {
                hit = RoleHit(title: adjective + " " + hit.title, source: hit.source, former: hit.former,
                              fused: hit.fused, attached: hit.attached)
            }
        }
        hit.attached = attachment(after: token, sentence: sentence, in: view)
        return hit
    }

    /// The organisation of `(alle ÖVP)`, `(beide SPD)` closing a list of people that ends at `end` (a person's last
    /// token + 1) or goes on from there with commas, `und`, `sowie` and the others' capitalised names and roles only,
    /// and names at least one more person.
    // The first test inlined where `apply` calls, the rest out of line: `apply` asks this of every person named, and
    // turns most away at once, after the call had saved the registers of the whole function.
    @inline(__always)
    private func sharedParty(after end: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.matches(end, in: [.comma, .und, .sowie, .openParen]) else { return nil }
        return sharedPartyOfList(after: end, sentence: sentence, in: view)
    }

    /// `sharedParty` of a name followed by a comma, `und`, `sowie` or a bracket.
    @inline(never)
    private func sharedPartyOfList(after end: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let sentenceEnd = view.document.sentences[sentence].tokenRange.upperBound
        var token = end
        // (The list's last name: `alle` itself says there were others.)
        var others = view.matches(end, .openParen) ? 1 : 0
        while token < min(end + 30, sentenceEnd) {
            if let person = view.mention(startingAt: token), person.type == .person {
                others += 1
                token = person.tokens.upperBound
                continue
            }
            if view.matches(token, .openParen) { break }
            guard view.matches(token, in: [.comma, .und, .sowie, .hyphen])
                    || view.isWord(token) && view.isCapitalized(token) else { return nil }
            token += 1
        }
        guard others > 0, view.matches(token, .openParen),
              view.lower(token + 1, is: "alle") || view.lower(token + 1, is: "beide"),
              let party = view.mention(startingAt: token + 2), party.type == .organization,
              view.matches(party.tokens.upperBound, .closeParen) else { return nil }
        return party
    }

    /// A role phrase before `, Name`: `Der Menschenrechtsbeauftragte der Vereinten Nationen für Kambodscha, …`.
    /// Whether the role phrase before `comma` follows `nach Angaben` or `laut` (a source phrase).
    private func frontedInSourcePhrase(comma: Int, sentence: Int, in view: ArticleView) -> Bool {
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        return (max(start, comma - 7)..<comma).contains {
            view.hasCue(.sourceNoun, $0) || view.hasCue(.sourcePreposition, $0)
        }
    }

    private func fronted(comma: Int, sentence: Int, in view: ArticleView) -> RoleHit? {
        let sentenceStart = view.document.sentences[sentence].tokenRange.lowerBound
        var token = comma - 1
        var steps = 0
        while token >= sentenceStart && steps < 14 {
            if view.matches(token, .comma) || view.isQuote(token) { return nil }
            if var hit = role(at: token, in: view) {
                var start = hit.fused.map { $0.tokens.lowerBound } ?? token
                if view.matches(start - 1, .hyphen) { start -= 2 }
                // (`Die Klima- und Energieexpertin der Linksfraktion, Eva Bulling-Schröter`: a first part cut
                // short before `und` shares the role's head.)
                if view.matches(start - 1, in: [.und, .oder]), view.matches(start - 2, .hyphen),
                   start - 3 >= sentenceStart, view.isCapitalized(start - 3) {
                    start -= 3
                }
                while start > sentenceStart, isAdjective(start - 1, in: view) { start -= 1 }
                if view.hasCue(.determiner, start - 1) { start -= 1 }
                // `…, erklärte der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi`: after the speech verb the
                // phrase is the subject, as at the start of a clause.
                // `Nach Angaben des Chefredakteurs von Bugün TV, Tarik Toros,`, `laut dem Chef der X, Y,`: or in a
                // source phrase or after a preposition, where the name set off after it names the role's holder too.
                // (`…, so die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi`: after `so` as after a verb.)
                // (`hatte auch der Chef von Vodafone Deutschland, der Österreicher Hannes Ametsreiter,`: an adverb
                // between the verb and the phrase.)
                let adverb = view.matches(start - 1, .auch) || view.hasCue(.sentenceAdverb, start - 1) ? 1 : 0
                // (`Auch die Missbrauchsbeauftragte der Bundesregierung, X,`: an adverb opening the sentence.)
                guard start - adverb == sentenceStart
                    || view.matches(start - 1, in: [.comma, .colon, .dash, .hyphen, .so])
                    || (view.isVerbForm(start - 1 - adverb) && !view.isCapitalized(start - 1 - adverb))
                    || view.matches(start - 1 - adverb, in: Self.auxiliaries)
                    || view.hasCue(.sourceNoun, start - 1) || view.hasCue(.sourcePreposition, start - 1)
                    || view.hasCue(.oblique, start - 1)
                    // (`schickte daraufhin den stellvertretenden Minister für öffentliche Sicherheit, Liu Zhongyi,`:
                    // an article after a lower-case word opens the phrase; not after a noun, whose genitive it is:
                    // `der Sohn des Präsidenten, X,`.)
                    || view.hasCue(.determiner, start) && view.isWord(start - 1) && !view.isCapitalized(start - 1)
                else {
                    return nil
                }
                guard gapIsNominal(from: token + 1, to: comma, in: view) else { return nil }
                // `Kapitän Philipp Lahm, Thomas Müller und Thiago`: a name right after the role word holds it; the
                // names after the comma go on a list.
                if let named = view.mention(startingAt: token + 1), named.type == .person { return nil }
                hit.attached = attachment(after: token, sentence: sentence, in: view)
                // `Der Vorsitzende der Privatangestellten-Gewerkschaft (GPA-djp), Wolfgang Katzian`: where only the
                // acronym closing the phrase is a name, the role is held there.
                if hit.attached == nil, hit.fused == nil, view.matches(comma - 1, .closeParen),
                   let acronym = view.mention(at: comma - 2), acronym.type == .organization,
                   view.matches(acronym.tokens.lowerBound - 1, .openParen) {
                    hit.attached = acronym
                }
                return hit
            }
            token -= 1
            steps += 1
        }
        return nil
    }

    /// Whether `…, Sprecherin der Staatsanwaltschaft Dresden` follows the name ending before `end`: a role set off
    /// by a comma and held in a named body.
    private func appositionNamesBody(after end: Int, sentence: Int, in view: ArticleView) -> Bool {
        guard view.matches(end, .comma), let hit = apposition(at: end + 1, sentence: sentence, in: view) else {
            return false
        }
        return hit.attached?.type == .organization || hit.fused?.type == .organization
    }

    /// Finite auxiliaries after which a role phrase is the clause's subject (`hatte der Chef von X, Y, …`).
    private static let auxiliaries: RuleWordSet = [
        .hat, .hatte, .habe, .haette, .haben, .hatten, .wird, .werde, .will, .wollte, .sollte, .wuerde, .koennte,
    ]

    /// The organisation or place a role word hangs on, right after it: `Kambodschas`, `des BKA`,
    /// `von IJM Deutschland e. V.`, `der Vereinten Nationen`, `bei der UNO`.
    func attachment(after role: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = role + 1
        if let direct = view.mention(startingAt: token), direct.type != .person,
           view.lower(direct.tokens.upperBound - 1, hasSuffix: "s") {
            return direct
        }
        // (`Direktorin für Finanzkriminalität bei Interpol`: the field the role covers, then where it is held.)
        // (`Direktor für organisierte Kriminalität bei Interpol`: an adjective may open the field; `Professorin für
        // Entwicklungspsychologie an der Universität Wien`: a university's staff are `an` it.)
        var atUniversity = false
        // (`Direktorin für organisierte und neu aufkommende Kriminalität bei Interpol`: a longer field may hold any
        // words, adjectives joined by `und` and their adverbs, up to the noun before `bei`.)
        if view.matches(token, .fuer), token + 2 < view.tokenCount,
           let held = (token + 2..<min(token + 8, view.tokenCount)).first(where: {
            view.matches($0, in: [.bei, .beim]) || view.lower($0, is: "an") && view.matches($0 + 1, .der)
                || view.isPunctuation($0) && !view.matches($0, .hyphen) }),
           view.matches(held, in: [.bei, .beim]) || view.lower(held, is: "an"),
           (token + 1..<held).allSatisfy({
               (view.isCapitalized($0) || isAdjective($0, in: view) || held > token + 4 && view.isWord($0))
               && !view.hasMention(at: $0) }),
           view.isCapitalized(held - 1) {
            atUniversity = view.lower(held, is: "an")
            token = atUniversity ? held + 1 : held
        } else if view.isCapitalized(token), view.isWord(token), !view.hasMention(at: token),
                  view.matches(token + 1, in: [.bei, .beim]) {
            // (`Leiter Finanzkriminalität bei der Vereinigung`: the field right after the role, without `für`.)
            token += 1
        }
        // (`Sprecher eines der Senate im Presserat`: one of several units, the body they are part of after them.)
        if view.lower(token, is: "eines") || view.lower(token, is: "einer"), view.matches(token + 1, .der) {
            token += 1
        }
        // (`Staatssekretär im Berliner Arbeitsministerium`, `Klubchef im Gemeinderat`: a body the role is held in.)
        let located = view.matches(token, .im)
        let organisationOnly = view.matches(token, .bei) || view.matches(token, .beim) || located || atUniversity
        guard view.hasCue(.genitive, token) || organisationOnly else { return nil }
        token += 1
        if view.hasCue(.determiner, token) { token += 1 }
        // (Lower-case, or a town's in `-er`: `der Pekinger Kanzlei Qianqian`; not the noun in `der zuständigen
        // Ermittlungsgruppe`, which ends in an adjective's `-e` too.)
        for _ in 0..<2 where (!view.isCapitalized(token) || view.lower(token, hasSuffix: "er"))
            && isAdjective(token, in: view) { token += 1 }
        // `Anwalt der Reederei Costa Crociere`: the type word before the name; `Gouverneur der Provinz Tak`, a
        // place's.
        // (Only before a place's name: `Sprecher der Präfektur` names the prefecture itself.)
        // (Not a type word that opens the name: `Chefin des Kulturbüros Sachsen`.)
        var typeWord: Int?
        if view.mention(startingAt: token) == nil, view.isOrganisationType(token)
            || view.isPlaceType(token) && view.isCapitalized(token)
            && view.mention(startingAt: token + 1)?.type == .place {
            typeWord = token
            token += 1
        }
        guard view.sentenceOf.indices.contains(token), view.sentenceOf[token] == sentence else { return nil }
        guard let mention = view.mention(startingAt: token), mention.type != .person else {
            // `Wolfgang Lackner, der Vorstandschef des Unternehmens,` after `Der Versicherer Europäische …`: a
            // company noun in the genitive with no name after it takes up the one company named before.
            if let typeWord, !organisationOnly, !view.isCapitalized(token) || view.isPunctuation(token),
               lexicon.companyTypes.contains(view.word(typeWord)),
               let company = view.onlyOrganisationNamed(before: typeWord, excluding: [
                   lexicon.partySources, lexicon.mediaSources, SpeechRules.publicBodySources]),
               // (`Die Europäische, eine Generali-Tochter, …`: the company is the daughter, named by no entity.)
               !(view.matches(company.tokens.upperBound, .hyphen)
                 && view.lower(company.tokens.upperBound + 1, hasPrefix: "tochter")) {
                return company
            }
            // (`die Direktorin der Organisation, Dewi Lestari` after `die Menschenrechtsorganisation Ocean Justice
            // Alliance`: a type word with no name after it takes up the body it introduced.)
            // (Further back only as the one body the article names before: a role in a body is seldom another's.)
            if let typeWord, !view.isCapitalized(token) || view.isPunctuation(token),
               let body = view.organisationIntroducedByType(before: typeWord, lexicon: lexicon)
                ?? onlyBodyIntroduced(as: typeWord, in: view) {
                return body
            }
            // (`Leiter Finanzkriminalität bei der Vereinigung` after `Die Schweizerische Bankiervereinigung …`: a
            // bare designation takes up the body whose name holds it or ends in it.)
            if typeWord == nil, let body = view.organisationNamed(by: token, lexicon: lexicon) {
                return body
            }
            // (`Leiterin der zuständigen Ermittlungsgruppe beim LKA`: a type word with no name after it is the
            // unit.)
            return organisationPastUnit(typeWord ?? token, sentence: sentence, in: view)
        }
        if organisationOnly && mention.type != .organization { return nil }
        // (`Beraterin beim DGB-Projekt Faire Mobilität`: a body's type word on its name, then the unit's own name.)
        if view.matches(mention.tokens.upperBound, .hyphen), view.isOrganisationType(mention.tokens.upperBound + 1),
           let unit = view.mention(startingAt: mention.tokens.upperBound + 2), unit.type == .organization {
            return unit
        }
        // (Not a compound's first part: `Delegationsleiter im EU-Parlament` is held in the parliament.)
        if located && view.matches(mention.tokens.upperBound, .hyphen) { return nil }
        return mention
    }

    /// The one organisation the article names before the type word at `typeWord`, where a type word ending in it
    /// introduced that body (`der Organisation` after `die Menschenrechtsorganisation Ocean Justice Alliance`).
    private func onlyBodyIntroduced(as typeWord: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard let body = view.onlyOrganisation(in: 0..<typeWord, excluding: [lexicon.partySources,
                                                                            lexicon.mediaSources]),
              view.isOrganisationType(body.tokens.lowerBound - 1),
              view.word(body.tokens.lowerBound - 1).hasSuffix(view.word(typeWord)) else { return nil }
        return body
    }

    /// `Leiterin der Abteilung für Menschenhandel beim UNODC`, `Chef der Sektion IV im Innenministerium`: a unit
    /// with no name of its own, given by a noun and maybe its task, is part of the organisation named after it,
    /// in which the role is then held.
    private func organisationPastUnit(_ unit: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        guard view.isCapitalized(unit), view.isWord(unit), !view.hasMention(at: unit) else { return nil }
        var token = unit + 1
        // (`Leiter des Zentralen Kriminaldienstes der Polizeiinspektion Emsland`: the unit's name opens with a
        // capitalised adjective.)
        if isAdjective(unit, in: view), view.isCapitalized(token), view.isWord(token), !view.hasMention(at: token),
           view.hasCue(.genitive, token + 1) || view.matches(token + 1, in: [.bei, .beim, .im]) {
            token += 1
        }
        // (`Leiter des Ermittlungsbereichs Cybercrime im Landeskriminalamt`, `Leiterin des Projekts Missing Migrants
        // bei der IOM`: the unit's own name, of up to three words, after its noun.)
        // (`des Referats Cybercrime und Menschenhandel beim BKA`: two words joined by `und`.)
        var name = token
        while name < token + 3, view.isCapitalized(name), view.isWord(name), !view.hasMention(at: name) {
            name += 1
            if view.matches(name, .und), view.isCapitalized(name + 1), !view.hasMention(at: name + 1),
               view.matches(name + 2, in: [.bei, .beim, .im]) {
                name += 2
                break
            }
        }
        if name > token, view.matches(name, in: [.bei, .beim, .im]) { token = name }
        if view.matches(token, .fuer) {
            token += 1
            let limit = token + 5
            while token < limit, view.isWord(token) || view.matches(token, .hyphen), !view.hasMention(at: token),
                  !view.matches(token, in: [.bei, .beim, .im]), !view.hasCue(.genitive, token) {
                token += 1
            }
        }
        guard view.matches(token, in: [.bei, .beim, .im]) || view.hasCue(.genitive, token) else { return nil }
        token += 1
        if view.hasCue(.determiner, token) { token += 1 }
        // (`im chinesischen Ministerium für Öffentliche Sicherheit`: adjectives before the name.)
        var adjectives = 0
        while adjectives < 2, !view.isCapitalized(token), isAdjective(token, in: view) {
            token += 1
            adjectives += 1
        }
        guard view.sentenceOf.indices.contains(token), view.sentenceOf[token] == sentence,
              let body = view.mention(startingAt: token), body.type == .organization,
              // (Not a compound's first part: `Rektorin der Universität im STANDARD-Interview`.)
              !view.matches(body.tokens.upperBound, .hyphen) else { return nil }
        return body
    }

    private static let attachingPrepositions: RuleWordSet = [.fuer, .`in`, .im, .bei, .beim, .von, .vom]

    /// A word in an adjective's ending (`-e`, `-er`, `-en`, `-es`, `-em`) that is no article and no name.
    func isAdjective(_ token: Int, in view: ArticleView) -> Bool {
        guard token >= 0, token < view.tokenCount, view.isWord(token),
              !view.hasMention(at: token) else { return false }
        guard !view.hasCue(.determiner, token), !view.hasCue(.genitive, token) else { return false }
        return view.hasAdjectiveEnding(token)
    }

    /// The person named after a comma that closes the role phrase at `role`: `der UNO-Hochkommissar für
    /// Flüchtlinge, Filippo Grandi`. Only noun-phrase material may stand between, up to six tokens.
    func appositionPerson(after role: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var comma = role + 1
        while comma < view.tokenCount, comma <= role + 14, view.sentenceOf[comma] == sentence,
              !view.matches(comma, .comma) {
            comma += 1
        }
        guard comma < view.tokenCount, view.matches(comma, .comma), gapIsNominal(from: role + 1, to: comma, in: view),
              let person = view.mention(startingAt: describedNameStart(comma + 1, in: view)), person.type == .person,
              view.sentenceOf[person.tokens.lowerBound] == sentence else { return nil }
        return person
    }

    /// Past a description before the name: `der georgische Expräsident Michail Saakaschwili` (an article, up to two
    /// adjectives, one capitalised noun that names no one), else `token`.
    private func describedNameStart(_ token: Int, in view: ArticleView) -> Int {
        // `…, Dr. Emre Yıldız,`: an academic title.
        if view.isHonorific(token) { return view.skippingHonorifics(from: token) }
        // `…, Generalmajor Kyaw Zin Oo,`: the name's own title.
        if hasRole(at: token, in: view), view.mention(startingAt: token + 1)?.type == .person { return token + 1 }
        guard view.matches(token, in: [.der, .die]) else { return token }
        var noun = token + 1
        while noun < token + 3, !view.isCapitalized(noun), isAdjective(noun, in: view) { noun += 1 }
        guard view.isCapitalized(noun), view.isWord(noun), !view.hasMention(at: noun) else { return token }
        return noun + 1
    }

    /// Between a fronted role word and the comma before the name only noun-phrase material may stand:
    /// names, articles, prepositions of attachment, capitalised nouns and adjectives before them.
    private func gapIsNominal(from start: Int, to end: Int, in view: ArticleView) -> Bool {
        var token = start
        while token < end {
            if view.hasMention(at: token) || view.isCapitalized(token) || view.matches(token, .hyphen)
                || view.hasCue(.determiner, token) || view.matches(token, in: Self.attachingPrepositions)
                || (isAdjective(token, in: view) && view.isCapitalized(token + 1))
                // `Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)`: a name's `und`, and an
                // acronym in brackets; `für Südostasien und den Pazifik`: a second noun phrase with its article.
                || view.matches(token, .und) && (view.isCapitalized(token + 1)
                    || view.hasCue(.determiner, token + 1) && view.isCapitalized(token + 2)) {
                token += 1
            } else if view.pastBracketedMention(token) > token {
                token = view.pastBracketedMention(token)
            } else {
                return false
            }
        }
        return true
    }
}
