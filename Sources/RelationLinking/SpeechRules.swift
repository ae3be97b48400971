import NewsGraphCore

/// said: a named person or organisation reports content, by a speech verb, `so X`, `wie X sagte`, a colon
/// after a clause with X as subject, or `Das meldete X` pointing back; Konjunktiv sentences and unmarked
/// quotes right after a said continue it.
///
/// A class: the rules' closures capture `self`, and a struct's capture copied its two lexicons' two dozen tables
/// (and released them) at every call, 3.5M instructions a pass over 10kGNAD.
final class SpeechRules: Sendable {
    let lexicon: LinkingLexicon
    let roleRules: RoleRules

    init(lexicon: LinkingLexicon, roleRules: RoleRules) {
        self.lexicon = lexicon
        self.roleRules = roleRules
    }

    /// Who a noun phrase names as speaker: an entity, or someone the text leaves unnamed.
    enum Speaker: Equatable {
        case entity(String)
        case unnamed
    }

    /// A found attribution: speaker, content, the sentences it covers, and the rule.
    ///
    /// A class: every sentence passes a `Finding?` from rule to rule, mostly nil, and dropping an optional struct
    /// with a string and an enum of one went through the runtime's tag look-up each time (1.8M instructions a pass
    /// over 10kGNAD); an optional reference is one test. A finding is made for one sentence and kept by no one.
    final class Finding {
        var speaker: Speaker
        var content: TextSpan?
        var evidence: Int
        var lastSentence: Int
        var scope: Range<Int>
        var rule: String
        var isBelief: Bool

        init(
            speaker: Speaker, content: TextSpan?, evidence: Int, lastSentence: Int, scope: Range<Int>, rule: String,
            isBelief: Bool = false
        ) {
            self.speaker = speaker
            self.content = content
            self.evidence = evidence
            self.lastSentence = lastSentence
            self.scope = scope
            self.rule = rule
            self.isBelief = isBelief
        }
    }

    struct State {
        var lastSpeaker: String?
        /// Names joined to the last speaker's by `und`, who said the same.
        var coSpeakers: [String] = []
        var lastSentence = -10
        /// Sentence that a said ended in, for Konjunktiv and quote chains.
        var chainSentence = -10
        /// Whether the article is an interview (a sentence opens with an interviewer's label): asked once.
        var isInterview = false
    }

    func apply(
        _ view: ArticleView, roles: [Relation], into out: inout [Relation], attributions: inout [Attribution]
    ) {
        var state = State()
        state.isInterview = isInterview(view)
        var coveredUntil = -1
        // The sentences a said stands for: a few an article, searched in order (a set hashed and grew for each),
        // with room for them made at once.
        // (The thread's, kept emptied from the article before.)
        var saidSentences = KeptArray.take(&view.memory.saidSentences, reserving: 8)
        defer { KeptArray.putBack(&saidSentences, into: &view.memory.saidSentences) }
        // A said of the headline, whose quoted words a later sentence may repeat unmarked.
        var headline: Finding?
        for sentence in view.document.sentences.indices where sentence > coveredUntil {
            let range = view.document.sentences[sentence].tokenRange
            guard !range.isEmpty else { continue }
            var finding = pointer(sentence, in: view, state: state, roles: roles)
                ?? heisstEs(sentence, in: view, state: state, roles: roles)
                ?? verbAttribution(sentence, in: view, state: state, roles: roles)
                ?? wieOrSo(sentence, in: view, state: state, roles: roles)
                ?? colon(sentence, in: view, state: state, roles: roles)
            // `Wenn der Kammerpräsident meint, dass …, hat er recht: …, so vida-Chef Gottfried Winkler`: a verb of
            // an unnamed subject in a leading clause gives way to a named speaker the sentence's end attributes to.
            // (A belief of an unnamed subject too: `Man darf davon ausgehen, dass …, so der Forscher`.)
            if let unnamed = finding, case .unnamed = unnamed.speaker,
               unnamed.rule.quickHasPrefix("said-verb") || unnamed.rule.quickHasPrefix("belief-verb"),
               let named = wieOrSo(sentence, in: view, state: state, roles: roles),
               case .entity(let key) = named.speaker,
               // Named there or taken up by a noun (`so der Forscher`), not by a pronoun (`…, obwohl seine Eltern,
               // wie er betont, …`: the sentence's subject, not the last speaker).
               view.mentions(startingIn: range).contains(where: { $0.key == key })
                || !range.contains(where: {
                    view.matches($0, in: [.wie, .so]) && view.matches($0 + 1, in: [.er, .sie]) }) {
                finding = named
            }
            var chained = false
            // `Dass er gleich vor Gericht landen würde, habe er sich nicht gedacht.` after a said of Prieth: a
            // belief the speaker reports of himself in the Konjunktiv is more of his words, not a belief of ours.
            if let belief = finding, belief.isBelief, case .entity(let key) = belief.speaker,
               key == state.lastSpeaker, state.chainSentence == sentence - 1,
               let content = belief.content, range.contains(where: {
                   // The attributing verb itself, outside what is believed (`glaubt Kawa` is his own belief).
                   let span = view.document.tokens[$0].span
                   return (span.end <= content.begin || span.begin >= content.end)
                       && (isKonjunktiv($0, in: view) || isKonjunktivOfStemInT($0, in: view))
               }) {
                finding?.isBelief = false
            }
            if finding == nil, state.chainSentence == sentence - 1, let speaker = state.lastSpeaker {
                finding = chain(sentence, speaker: speaker, in: view)
                chained = true
            } else if state.chainSentence == sentence - 1, let unnamed = finding, case .unnamed = unnamed.speaker,
                      // The rule's name last: `hasPrefix` costs more than the other tests together.
                      unnamed.rule.quickHasPrefix("said-verb"), let speaker = state.lastSpeaker,
                      let going = chain(sentence, speaker: speaker, in: view) {
                // `Wer gegen seinen Willen festgehalten worden sei, werde …` after a said: a speech verb's other
                // sense with no one named is no attribution of its own where the chain's test sees none (it
                // counts a verb only where it opens content).
                finding = going
                chained = true
            }
            guard let found = finding else {
                continue
            }
            if case .entity(let key) = found.speaker, let content = found.content {
                if found.rule == "said-pointer" && saidSentences.contains(found.evidence) { continue }
                // A chain goes on for everyone who spoke in the sentence that started it.
                let others = chained ? state.coSpeakers
                    : coSpeakers(of: key, in: sentence, outside: content, view: view)
                state.coSpeakers = others
                // The speaker, then the others (by position: `[key] + others` made an array for each finding).
                for position in -1..<others.count {
                    let speaker = position < 0 ? key : others[position]
                    if !found.isBelief {
                        out.append(Relation(
                            subject: .entity(key: speaker), predicate: .said, object: .quotation(span: content),
                            sentenceIndex: found.evidence, provenance: Provenance(match: .rule, source: found.rule)))
                        if !saidSentences.contains(found.evidence) { saidSentences.append(found.evidence) }
                    }
                    attributions.append(Attribution(
                        speakerKey: speaker, sentence: found.evidence, scope: found.scope, rule: found.rule))
                }
                if sentence == 0, !found.isBelief { headline = found }
                state.lastSpeaker = key
                state.lastSentence = found.lastSentence
                state.chainSentence = found.isBelief ? -10 : max(found.lastSentence, sentence)
                coveredUntil = max(coveredUntil, found.lastSentence)
            } else {
                found.speaker = .unnamed
                state.chainSentence = -10
            }
        }
        if let headline { repeatedHeadlineQuote(headline, in: view, saidSentences: saidSentences, into: &out) }
    }

    /// `berichteten die Zeitungen La Dernière Heure und Het Laatste Nieuws`: a name joined to the speaker's by
    /// `und` in the attributing sentence speaks too (the same kind of name, not a place).
    private func coSpeakers(of key: String, in sentence: Int, outside content: TextSpan, view: ArticleView)
        -> [String] {
        let range = view.document.sentences[sentence].tokenRange
        for mention in view.mentions(startingIn: range) where mention.key == key {
            // (`Einsatzkräfte der PAOCC und der PNP hätten …, teilte die PAOCC mit`: names joined in what is said
            // are no speakers.)
            let begin = view.document.tokens[mention.tokens.lowerBound].span.begin
            if begin >= content.begin && begin < content.end { continue }
            // (`das Bundeskriminalamt (BKA) und …`: past the acronym in brackets.)
            let joint = view.pastBracketedMention(mention.tokens.upperBound)
            guard view.matches(joint, .und), let other = joinedName(after: joint, in: view),
                  other.type == mention.type, other.key != key, view.sentenceOf[joint + 1] == sentence else { continue }
            // `X und Y sagten`/`sagten X und Y` only: a name right after `und` that opens a longer phrase is no
            // second speaker (`X und Y-Chef Z`).
            let after = other.tokens.upperBound
            if view.matches(after, .hyphen) { continue }
            return [other.key]
        }
        return []
    }

    /// The name after `und` at `joint`, past an article and up to two lower-case adjectives (`und die britische
    /// National Crime Agency`) and a type word before an organisation (`und die europäische Polizeibehörde
    /// Europol`); not a place, which speaks for no one.
    private func joinedName(after joint: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = joint + 1
        if view.hasCue(.determiner, token) { token += 1 }
        var adjectives = 0
        while adjectives < 2, view.isWord(token), !view.isCapitalized(token), roleRules.isAdjective(token, in: view) {
            token += 1
            adjectives += 1
        }
        if !view.hasMention(at: token), view.isOrganisationType(token),
           let body = view.mention(startingAt: token + 1), body.type == .organization {
            return body
        }
        guard let other = view.mention(startingAt: token), other.type != .place else { return nil }
        return other
    }

    // MARK: Patterns

    /// `Das meldete X.` / `Das teilte X mit.`: the sentence before is the content.
    // The opening word tested where `apply` calls, the search out of line (as for `verbAttribution`): both of the
    // search's patterns open with `das`, `dies`, `davor` or `darüber`, which few sentences do.
    @inline(__always)
    private func pointer(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        guard view.matches(view.document.sentences[sentence].tokenRange.lowerBound,
                           in: [.das, .dies, .davor, .darueber]) else { return nil }
        return pointerSearch(sentence, in: view, state: state, roles: roles)
    }

    /// `pointer` of a sentence that opens with one of its words.
    @inline(never)
    private func pointerSearch(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        // A long description of the speaker is no content (`Das sagte der Sprecher der oppositionellen Kommission
        // für Menschenrechte und Nationale Versöhnung (CCDHRN), Elizardo Sanchez, am Montag`): the tail test
        // below bounds the rest.
        guard sentence > 0, range.count <= 40 else { return nil }
        // `Davor hat die RTR am Freitag in einer Aussendung gewarnt.`: the auxiliary after the pointer, the speech
        // verb's participle last.
        let perfect = view.matches(range.lowerBound, in: [.das, .dies, .davor, .darueber])
            && view.matches(range.lowerBound + 1, in: [.hat, .hatte])
            && view.verbs(range.upperBound - 2)?.contains(where: { $0.kind == .speech }) ?? false
        guard perfect || view.matches(range.lowerBound, in: [.das, .dies])
                && view.verbs(range.lowerBound + 1)?.contains(where: { $0.kind == .speech }) ?? false,
              let (speaker, end) = speaker(at: pastDates(range.lowerBound + 2, in: view), sentence: sentence,
                                           plural: false, in: view, state: state, roles: roles) else { return nil }
        // (The perfect's participle and the final stop close the tail.)
        let tailEnd = perfect ? range.upperBound - 2 : range.upperBound
        // After the speaker only a short tail without content of its own (`am Montag der Deutschen Presse-Agentur`,
        // `mit`): no clause, colon or Konjunktiv (`Das habe das Gericht entschieden, meldete dpa` is a said itself).
        // The comma that closes a name set off after a role phrase is no clause (`Das sagte der Sprecher der
        // Kommission, Elizardo Sanchez, am Montag`).
        // (`Das teilte das Deutsche Zentrum für Luft- und Raumfahrt (DLR) am Sonntag in Köln mit`: the acronym in
        // brackets belongs to the name.)
        var tailStart = view.pastBracketedMention(end)
        if view.matches(end, .comma), let named = view.mention(at: end - 1),
           view.matches(named.tokens.lowerBound - 1, .comma) {
            tailStart = end + 1
        } else if view.matches(end, .comma),
                  let close = (end + 2..<max(end + 2, min(end + 10, tailEnd))).first(where: {
                      view.matches($0, .comma) }),
                  (end + 1..<close).contains(where: { roleRules.hasRole(at: $0, in: view) }),
                  !(end + 1..<close).contains(where: { view.isVerbForm($0) || isKonjunktiv($0, in: view) }) {
            // `Das teilte Chou Bun Eng, ständige Vizepräsidentin des NCCT, am Montag mit`: a role set off after the
            // name describes the speaker; the tail goes on after it.
            tailStart = close + 1
        }
        // (`Das sagte Bundespräsident Heinz Fischer am Donnerstag nach seinen Gesprächen in der deutschen
        // Hauptstadt`: a time and a place phrase may make the tail ten words long.)
        let tail = tailStart..<max(tailStart, tailEnd)
        guard tail.count <= 12, !tail.contains(where: {
            view.matches($0, in: [.comma, .colon, .dass, .ob]) || isKonjunktiv($0, in: view)
        }) else { return nil }
        let previous = sentence - 1
        let previousRange = view.document.sentences[previous].tokenRange
        guard let content = contentSpan(previousRange.lowerBound, previousRange.upperBound, in: view) else {
            return nil
        }
        return Finding(speaker: speaker, content: content, evidence: previous, lastSentence: sentence,
                       scope: previousRange, rule: "said-pointer")
    }

    /// A capitalised word with a suffix only feminine nouns have (`Nachrichtenagentur`, `Sprecherin`, `Zeitung`).
    private func isFeminineNoun(_ token: Int, in view: ArticleView) -> Bool {
        guard token < view.tokenCount, view.isCapitalized(token), view.isWord(token) else { return false }
        return view.lower(token, hasSuffix: "agentur") || view.lower(token, hasSuffix: "erin")
            || view.lower(token, hasSuffix: "zeitung") || view.lower(token, hasSuffix: "schaft")
            || view.lower(token, hasSuffix: "behörde") || view.lower(token, hasSuffix: "regierung")
    }

    /// The token after a date at `token` and a date set off by commas after it (`heute, Freitag,`).
    private func pastDates(_ token: Int, in view: ArticleView) -> Int {
        let end = view.pastDate(token)
        guard end > token, view.matches(end, .comma) else { return end }
        let second = view.pastDate(end + 1)
        return second > end + 1 && view.matches(second, .comma) ? second + 1 : end
    }

    /// A speech or belief verb with its speaker before or after it and its content.
    // The sentence's summary tested where `apply` calls (as for `heisstEs`, `wieOrSo` and `colon`), the search out of
    // line: a sentence the test turns away cost the search's saving and restoring of registers, some twenty
    // instructions a rule and sentence.
    @inline(__always)
    private func verbAttribution(
        _ sentence: Int, in view: ArticleView, state: State, roles: [Relation]
    ) -> Finding? {
        guard view.sentence(sentence, hasAny: LinkingLexicon.verbBit) else { return nil }
        return verbAttributionSearch(sentence, in: view, state: state, roles: roles)
    }

    /// `verbAttribution` of a sentence with a verb form.
    @inline(never)
    private func verbAttributionSearch(
        _ sentence: Int, in view: ArticleView, state: State, roles: [Relation]
    ) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        // A named speaker wins; an attribution without one only counts when no later verb names one.
        // (The first named one, unless a later verb frames it.)
        var unnamed: Finding?
        var named: Finding?
        // The scan skips the other tokens without carrying `unnamed` through each step of the loop.
        for verbToken in view.tokens(in: range, withAny: LinkingLexicon.verbBit) where view.quoteAt[verbToken] == nil {
            // After a named speaker only a verb right after a comma or quote near the sentence's end can frame the
            // sentence (below).
            if named != nil, range.upperBound - verbToken > 12
                || !view.matches(verbToken - 1, .comma) && !view.isQuote(verbToken - 1) { continue }
            guard let verb = pickVerb(at: verbToken, in: view)
            else { continue }
            if let finding = verb._withUnsafeGuaranteedRef({
                attribution(verb: $0, at: verbToken, sentence: sentence, in: view, state: state, roles: roles)
            }) {
                if case .entity(let key) = finding.speaker {
                    guard named != nil else {
                        named = finding
                        continue
                    }
                    // `Die Generalprokuratur moniert, dass …, erläuterte Generalanwalt Martin Ulrich.`: a person
                    // named after the verb that closes the sentence reports all of it, the earlier verb included.
                    if finding.rule.hasSuffix("-after-clause"), view.personKeys.contains(key),
                       let first = named, !first.rule.contains("-after-") { return finding }
                    break
                }
                if named == nil, unnamed == nil { unnamed = finding }
            }
        }
        return named ?? unnamed
    }

    /// `pick` of the token's readings, nil for no listed verb form. Unretained: the lexicon holds its readings for
    /// as long as the rules live, and a reference returned owned was retained and released for each of some
    /// thirteen thousand verbs a pass.
    private func pickVerb(at token: Int, in view: ArticleView) -> Unmanaged<LinkingLexicon.Verb>? {
        view.verbReadings(token)?._withUnsafeGuaranteedRef { pick($0, at: token, in: view) }
    }

    /// The verb reading whose particle (if any) follows in the clause. A clause that ends in another
    /// separable particle is another verb (`meldete sich zurück`, `sagte den Termin ab`).
    private func pick(
        _ readings: LinkingLexicon.VerbReadings, at token: Int, in view: ArticleView
    ) -> Unmanaged<LinkingLexicon.Verb>? {
        // A capitalised form inside a sentence is a noun (`Rate`, `Frage`), not the verb.
        let sentence = view.sentenceOf[token]
        if view.isCapitalized(token), sentence >= 0, view.document.sentences[sentence].tokenRange.lowerBound != token {
            return nil
        }
        let end = clauseEnd(after: token, in: view)
        if readings.mayWriteHistory, makesHistory(token, before: end, in: view) { return nil }
        for reading in readings.withParticle {
            let particle = reading.particleIDs
            let last = end - particle.count
            if last > token, (0..<particle.count).allSatisfy({ view.id(last + $0) == particle[$0] }) {
                return Unmanaged.passUnretained(reading.verb)
            }
        }
        for verb in readings.withSequence {
            if (0..<verb.sequenceIDs.count).allSatisfy({ view.id(token + 1 + $0) == verb.sequenceIDs[$0] }) {
                return Unmanaged.passUnretained(verb)
            }
        }
        if end - 1 > token, view.hasCue(.particle, end - 1) { return nil }
        return readings.bare.map { Unmanaged.passUnretained($0) }
    }

    /// `Frodeno schrieb damit Geschichte: …`: the idiom makes history, it writes nothing.
    private func makesHistory(_ verb: Int, before end: Int, in view: ArticleView) -> Bool {
        (view.lower(verb, hasPrefix: "schr") || view.lower(verb, is: "geschrieben"))
            && (max(0, verb - 3)..<min(end, verb + 4)).contains(where: { view.lower($0, is: "geschichte") })
    }

    private func attribution(
        verb: LinkingLexicon.Verb, at verbToken: Int, sentence: Int, in view: ArticleView, state: State,
        roles: [Relation]
    ) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        let start = range.lowerBound
        // (`Erdogan hat dazu aufgerufen, …`: a participle in `-en` takes its number from the auxiliary.)
        let plural = view.lower(verbToken, hasSuffix: "en")
            && !(max(start, verbToken - 8)..<verbToken).reversed().prefix(while: { !view.matches($0, .comma) })
                .contains(where: { view.matches($0, in: [.hat, .hatte, .habe, .haette]) })
        // Fronted content: `"…", sagte er.` / `Die Razzien seien …, sagte er.`
        // `…, sagte einst Witali Smirnow`, `teilte dann das University College London … mit`: an adverb before the
        // speaker.
        // (`…, kommentiert dies Markus Distelberger`: the pronoun object before the speaker too; `…, beklagt sich
        // Ali`: the reflexive pronoun of a reflexive verb.)
        // (`…, informierte am Sonntag die Landespolizeidirektion`, `…, sagte gestern Huber`: a date first, after a
        // clause only: in `X forderte am Montag die Regierung auf, …` the phrase after the date is the object.)
        let afterClause = verbToken > start && (view.matches(verbToken - 1, .comma) || view.isQuote(verbToken - 1))
        let datedStart = !afterClause ? verbToken + 1
            : view.matches(verbToken + 1, .am) && view.pastDate(verbToken + 2) > verbToken + 2
            ? view.pastDate(verbToken + 2) : view.pastDate(verbToken + 1)
        // (`attestiert denn auch das US-Magazin Wired`: two adverbs.)
        func isAdverb(_ token: Int) -> Bool {
            view.matches(token, in: adverbsBeforeSpeaker) || view.hasCue(.sentenceAdverb, token)
        }
        let speakerStart = isAdverb(datedStart) ? (isAdverb(datedStart + 1) ? datedStart + 2 : datedStart + 1)
            : view.matches(datedStart, .dies) && view.isCapitalized(datedStart + 1) ? datedStart + 1 : datedStart
        // (`Oberstaatsanwalt X, Leiter der Y, sagte der Deutschen Presse-Agentur, …`: the comma before the verb
        // closes an apposition of the named subject; the phrase after the verb is whom it was said to.)
        // (Not `Ostermayer, meint ein Experte, sei …`: there the verb and its speaker are set off inside.)
        // (The subject found here serves the subject-before path below, which would look for it again.)
        var apposedSubject: Speaker?
        // (`Der Vorsitzende des Verbands, Elhami Elsajat, sagte Reuters, …`: a role phrase first, the name set off.)
        if verbToken > start, view.matches(verbToken - 1, .comma),
           (start..<verbToken - 1).contains(where: { view.matches($0, .comma) }),
           view.hasMention(at: pastBasedPhrase(start, in: view)) || view.hasMention(at: start + 1)
            || view.hasCue(.determiner, start) && view.role(start + 1) != nil,
           let subject = subjectBefore(verbToken, sentence: sentence, plural: plural, in: view, state: state,
                                       roles: roles), case .entity = subject {
            apposedSubject = subject
        }
        if apposedSubject == nil, verbToken > start, view.matches(verbToken - 1, .comma) || view.isQuote(verbToken - 1),
           let (subject, subjectEnd) = speaker(at: speakerStart, sentence: sentence, plural: plural, in: view,
                                              state: state, roles: roles) {
            let who = quotedPerson(ofQuotingVerb: verbToken, after: subjectEnd, in: view) ?? subject
            var comma = verbToken - 1
            if !view.matches(comma, .comma) { comma += 1 }
            if let quote = quoteEnding(before: verbToken, in: view), quote.open <= start || view.sentenceOf[
                quote.open] < sentence {
                let first = view.sentenceOf[quote.open]
                return Finding(speaker: who, content: quote.content, evidence: first, lastSentence: sentence,
                               scope: view.document.sentences[first].tokenRange.lowerBound..<range.upperBound,
                               rule: verb.kind == .belief ? "belief-verb-after-quote" : "said-verb-after-quote",
                               isBelief: verb.kind == .belief)
            }
            // `…, sagte Beckenbauer nun, er habe …`: content after the speaker wins over the clause before.
            // (The speaker's phrase ends where the one found above does: asked again with the same arguments, the
            // rules gave the same answer, at the cost of a whole speaker search.)
            // (Only in the clause right after the speaker: in `…, betont Grundnig, es liegt in der Natur der Sache,
            // dass …` the `dass` is another verb's.)
            // (A zu-infinitive after the speaker is the content where a purpose opens the sentence: `Um dem Fluch
            // zu entgehen, empfiehlt Sasaki Reisenden, ihre Polster mitzunehmen`.)
            // `Vor einem Handy, sagt sie, habe sie Angst`: a short fronted phrase (no comma of its own) and the main
            // clause's Konjunktiv right after the speaker's comma; the speech clause is set off inside one clause,
            // all of which is said.
            if view.matches(subjectEnd, .comma), subjectEnd + 2 < range.upperBound,
               isKonjunktiv(subjectEnd + 1, in: view), verbToken - 1 - start <= 6,
               !(start..<verbToken - 1).contains(where: { view.isPunctuation($0) || isKonjunktiv($0, in: view) }),
               let whole = contentSpan(start, range.upperBound, in: view) {
                return Finding(speaker: who, content: whole, evidence: sentence, lastSentence: sentence, scope: range,
                               rule: verb.kind == .belief ? "belief-verb-inside" : "said-verb-inside",
                               isBelief: verb.kind == .belief)
            }
            if let after = contentAfter(subjectEnd, sentence: sentence, firstClauseOnly: true, in: view),
               after.kind != .zuInfinitive || view.matches(start, .um),
               // `Das ist schade, sagte Stöger: Ein Punkt hätte …`: one said per sentence, whose content starts
               // with the sentence where the clause before the verb is one (not `Auf die Frage, ob …,
               // erklärte X:`, a prepositional phrase).
               after.kind != .colon || !frontedClauseIsContent(start, verbToken, in: view) {
                return Finding(speaker: who, content: after.span, evidence: sentence, lastSentence: after.lastSentence,
                               scope: range, rule: after.kind.verbRule(belief: verb.kind == .belief),
                               isBelief: verb.kind == .belief)
            }
            // The content starts after a colon before it (`…nicht ganz sicher: Ich nehme an, …, antwortete er`).
            let colon = (start..<verbToken).last { view.matches($0, .colon) && view.quoteAt[$0] == nil }
            // `Was davor geschah, erzählt Netflix …`: a fronted object clause is what is told about, not said.
            // (`Was die Zahlen angeht, sei man zufrieden, sagte X` has a clause of its own after the comma; `Wer
            // erzählt denn sowas?, fragt Wieser` is a question asked.)
            if colon == nil, view.hasCue(.objectClause, start), !view.matches(verbToken - 2, .questionMark),
               !(start..<verbToken - 1).contains(where: { view.matches($0, .comma) }) { return nil }
            // `Sobald er festen Boden erreicht hatte, bat Green die Soldaten …`: a lone adverbial clause before
            // the verb is its circumstance, not what is said; so is a purpose (`Um die Versorgung zu sichern,
            // forderte die ÖVGW einen Plan`).
            if colon == nil, view.hasCue(.adverbialSubordinator, start) || isPurposeClause(start, in: view),
               !(start..<verbToken - 1).contains(where: { view.matches($0, .comma) || isKonjunktiv($0, in: view) }),
               !view.isQuote(verbToken - 1) { return nil }
            // `Zu Präferenzen der CHP … äußerte sich Baykal nicht.`: a denied statement reports nothing. (Right
            // after the speaker only: `sagt X und macht keinen Hehl aus …` denies something else.)
            if verb.kind == .speech,
               (subjectEnd..<max(subjectEnd, min(subjectEnd + 3, clauseEnd(after: subjectEnd, in: view))))
                .prefix(while: { !view.matches($0, .und) }).contains(where: { view.hasCue(.negation, $0) }) {
                return nil
            }
            // (`Immerhin, so der Sozialarbeiter, sei …: Das sind …, sagte Spindler`: the words before the colon are
            // the speaker's too, set off by his own `so`.)
            let soBefore = colon.map { colon in
                (start..<colon).contains { view.matches($0, .so) && view.matches($0 - 1, .comma)
                    && (view.hasCue(.determiner, $0 + 1) || view.mention(startingAt: $0 + 1)?.type == .person) }
            } ?? false
            let contentStart = soBefore ? start : colon.map { $0 + 1 } ?? start
            let content = insertedClauseContent(from: contentStart, speakerEnd: subjectEnd, verb: verb,
                                                sentence: sentence, in: view)
                ?? contentSpan(contentStart, verbToken - 1, in: view)
            // (The figures of the words before the verb: no content follows the speaker here, and a figure there
            // is the writer's, `freute sich Hayböck knapp zwei Wochen vor seinem 25. Geburtstag`.)
            return Finding(speaker: who, content: content, evidence: sentence, lastSentence: sentence,
                           scope: range.lowerBound..<verbToken,
                           rule: verb.kind == .belief ? "belief-verb-after-clause" : "said-verb-after-clause",
                           isBelief: verb.kind == .belief)
        }
        // `… das ist Vorwahlkampf sagte Verfassungsrechtler Heinz Mayer im ORF.`: a text that lost its quotation
        // marks lost the comma after them too. A verb of saying whose named speaker and a short tail close the
        // sentence reports the clause before it (a clause: it holds a lower-case word that is no article,
        // preposition or conjunction, unlike `Bei der Pressekonferenz in Wien sagte X nichts`).
        if verbToken - start >= 5, !view.isPunctuation(verbToken - 1), !view.isCapitalized(verbToken),
           verb.kind == .speech, view.isIn(.verbOfSaying, verbToken),
           let (subject, subjectEnd) = speaker(at: speakerStart, sentence: sentence, plural: plural, in: view,
                                              state: state, roles: roles),
           // (A speaker's end past the sentence's, in broken text, leaves no tail.)
           case .entity = subject, subjectEnd <= range.upperBound, range.upperBound - subjectEnd <= 8,
           !(subjectEnd..<range.upperBound).contains(where: {
               view.matches($0, in: [.comma, .colon, .dass, .ob]) || isKonjunktiv($0, in: view) }),
           (start..<verbToken).contains(where: { isClauseWord($0, in: view) }),
           !(start..<verbToken).contains(where: { view.isQuote($0) || view.matches($0, .colon) }) {
            return Finding(speaker: subject, content: contentSpan(start, verbToken, in: view), evidence: sentence,
                           lastSentence: sentence, scope: range,
                           rule: verb.kind == .belief
                            ? "belief-verb-after-clause-no-comma" : "said-verb-after-clause-no-comma")
        }
        // The perfect: `…, hatte Maria Navarro gesagt.` puts the auxiliary after the comma, the speaker between,
        // and the participle last.
        if let finding = perfectAfterClause(verb: verb, at: verbToken, sentence: sentence, in: view, state: state,
                                            roles: roles) {
            return finding
        }
        // Subject before the verb, or after it when something else comes first (`Am Montag sagte X`).
        var who: Speaker?
        var afterSpeaker = verbToken + 1
        if let subject = apposedSubject ?? subjectBefore(verbToken, sentence: sentence, plural: plural, in: view,
                                                         state: state, roles: roles) {
            who = subject
        } else if hasCommonNounSubject(before: verbToken, start: start, plural: plural, in: view) {
            // `Die Opposition warf Tsipras vor, …`, `Kritiker werfen Erdogan vor, …`: the name after the verb
            // is the object; the speaker is the unnamed subject.
            who = .unnamed
        } else if let auxiliary = perfectAuxiliary(before: verbToken, sentence: sentence, in: view),
                  // (The auxiliary's number is the subject's: `hatte sie bestritten`, not the participle's `-en`.)
                  let (inverted, end) = speaker(at: auxiliary + 1, sentence: sentence,
                                                plural: view.lower(auxiliary, hasSuffix: "en"), in: view,
                                                state: state, roles: roles), end <= verbToken {
            who = inverted
        } else if let (inverted, end) = speaker(at: speakerStart, sentence: sentence, plural: plural, in: view,
                                                state: state, roles: roles) {
            // `So sagte etwa Dorothy Bishop, …`: an adverb may stand between verb and speaker here too.
            who = inverted
            afterSpeaker = end
        }
        // A zu-infinitive is content only of verbs that announce or demand (`warf vor`, `forderte`), not of
        // `kritisierte die Entscheidung, … einreisen zu lassen`.
        var allowInfinitive = verb.particle != nil || view.hasCue(.infinitiveVerb, verbToken)
        // (`betonte das Recht eines Staates, sein Territorium zu verteidigen`: after an asserting verb a noun
        // before the comma takes the infinitive.)
        if allowInfinitive, verb.particle == nil, view.hasCue(.assertiveInfinitiveVerb, verbToken),
           (afterSpeaker..<clauseEnd(after: afterSpeaker, in: view)).contains(where: {
               view.hasCue(.determiner, $0) && view.isCapitalized($0 + 1) && !view.hasMention(at: $0 + 1) }) {
            allowInfinitive = false
        }
        // (Only with a named speaker, and not in `wie X sagte`, whose clause the wie rule reads.)
        var indicative = false
        if case .entity = who, verb.kind == .speech, view.isIn(.verbOfSaying, verbToken),
           !opensWieClause(before: verbToken, from: start, in: view) {
            indicative = true
        }
        guard let content = contentAfter(afterSpeaker, sentence: sentence, allowInfinitive: allowInfinitive,
                                         indicative: indicative, in: view)
            ?? pointedTo(after: afterSpeaker, verb: verbToken, sentence: sentence, in: view) else { return nil }
        // Content with an unnamed speaker (`Die Behörden erklärten, sie hätten …`) is still attributed:
        // it gives no said, and it ends a Konjunktiv chain.
        return Finding(speaker: who ?? .unnamed, content: content.span, evidence: sentence,
                       lastSentence: content.lastSentence, scope: range,
                       rule: content.kind.verbRule(belief: verb.kind == .belief),
                       isBelief: verb.kind == .belief)
    }

    /// `Nein, fügt Ali hinzu, wir werden …`, `Das Problem, sagte Spindler, liegt …`: a speech clause set off
    /// inside the sentence makes the whole sentence around it the content (as `Immerhin, so der Sozialarbeiter,
    /// sei …`).
    /// Nil where no clause follows the speaker's comma: a relative clause, an apposition, a reason or time clause
    /// (`…, sagte Huber, der seit 2010 …`, `…, sagte Huber, Chef der …`, `…, sagte er, als …`).
    private func insertedClauseContent(
        from start: Int, speakerEnd: Int, verb: LinkingLexicon.Verb, sentence: Int, in view: ArticleView
    ) -> TextSpan? {
        let range = view.document.sentences[sentence].tokenRange
        var comma = speakerEnd
        if let particle = verb.particleIDs, !particle.isEmpty,
           (0..<particle.count).allSatisfy({ view.id(comma + $0) == particle[$0] }) {
            comma += particle.count
        }
        let next = comma + 1
        guard view.matches(comma, .comma), range.upperBound - next >= 3 else { return nil }
        // The clause goes on with its verb or a pronoun subject (`…, wir werden`, `…, liegt woanders`), not with a
        // noun, a name, an article or an adjective, which set off an apposition or a relative clause
        // (`…, sagt Helmut Kalss, gebürtiger Altausseer`, `…, warnte Calaycay, der zahlreiche …`).
        let goesOn = view.matches(next, in: Self.subjectPronouns) || isKonjunktiv(next, in: view)
            || isClauseWord(next, in: view) && !view.hasCue(.adverbialSubordinator, next)
                && !view.hasCue(.subordinator, next) && !view.hasCue(.relative, next)
                && !view.matches(next, in: Self.infinitiveOpeners)
                && !(view.isCapitalized(next + 1) && isAdjectiveForm(next, in: view))
        return goesOn ? contentSpan(start, range.upperBound, in: view) : nil
    }

    private static let subjectPronouns: RuleWordSet = [.ich, .wir, .er, .sie, .es, .man]

    /// `Er verwies auf den Arbeitsmarktgipfel im Herbst, bei dem … sein werde`: what a named speaker points to
    /// with `verweisen auf` is what he said, the rest of the sentence from the object on, when a Konjunktiv
    /// clause in it reports something. A bare object is a speech act with no content (`verwies auf die
    /// Leistungen der Regierung`).
    private func pointedTo(
        after token: Int, verb: Int, sentence: Int, in view: ArticleView
    ) -> (span: TextSpan, lastSentence: Int, kind: ContentKind)? {
        let end = view.document.sentences[sentence].tokenRange.upperBound
        guard view.matches(token, .auf), view.lower(verb, hasPrefix: "verw"),
              (token + 1..<end).contains(where: { isKonjunktiv($0, in: view) }),
              let span = contentSpan(token + 1, end, in: view)
        else { return nil }
        return (span, sentence, .object)
    }

    /// Whether the stretch from `start` to the comma before `verbToken` reads as a clause of its own, which is then
    /// reported content: several words, no colon, not opened by a preposition or an oblique article, nor by a
    /// word that makes it an object or adverbial clause.
    private func frontedClauseIsContent(_ start: Int, _ verbToken: Int, in view: ArticleView) -> Bool {
        guard verbToken - 1 - start >= 3, view.matches(verbToken - 1, .comma),
              !(start..<verbToken).contains(where: { view.matches($0, .colon) }),
              // `Gerüchte, dass …, dementiert X:`: a noun with its clause is what the verb answers.
              let comma = (start..<verbToken).first(where: { view.matches($0, .comma) }), comma - start >= 3
        else { return false }
        guard !view.hasCue(.oblique, start), !view.hasCue(.objectClause, start),
              !view.matches(start, in: Self.infinitiveOpeners) else { return false }
        // A leading subordinate clause alone is the verb's circumstance (`Als er kam, sagte X:`); one with its
        // main clause after it, verb first and in the Konjunktiv, is content (`Wenn die Türkei …, wäre das noch
        // keine Lösung, sagte Faymann … und weiter: …`).
        if view.hasCue(.adverbialSubordinator, start) || view.hasCue(.subordinator, start) {
            return (comma..<verbToken - 1).contains { view.matches($0, .comma) && isKonjunktiv($0 + 1, in: view) }
        }
        return true
    }

    /// `…, zitiert die Zeitung den Polizeibeamten Thomas Pettersen`: the one quoted speaks, not the one who
    /// quotes; an object with no name (`zitierte die Zeitung einen Ermittler`) leaves the speaker unnamed. Nil
    /// where the verb is no form of `zitieren` or no object follows the subject.
    private func quotedPerson(ofQuotingVerb verb: Int, after subjectEnd: Int, in view: ArticleView) -> Speaker? {
        guard view.lower(verb, hasPrefix: "zitier"), subjectEnd < view.tokenCount,
              view.matches(subjectEnd, in: [.den, .die, .einen, .eine]) || view.hasMention(at: subjectEnd)
        else { return nil }
        var token = subjectEnd
        while token < min(subjectEnd + 6, view.tokenCount), !view.isPunctuation(token) {
            if let person = view.mention(startingAt: token), person.type == .person { return .entity(person.key) }
            token += 1
        }
        return .unnamed
    }

    /// `Die Strafe sei zu mild, hat die Staatsanwältin Petra Huber gesagt.`: fronted content, a comma, a perfect
    /// auxiliary, the speaker, and the speech verb's participle closing the sentence.
    private func perfectAfterClause(
        verb: LinkingLexicon.Verb, at verbToken: Int, sentence: Int, in view: ArticleView, state: State,
        roles: [Relation]
    ) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        guard verbToken + 1 >= range.upperBound || view.isPunctuation(verbToken + 1) else { return nil }
        var auxiliary = verbToken - 1
        while auxiliary > range.lowerBound + 1, verbToken - auxiliary <= 8,
              !view.matches(auxiliary, in: [.hat, .hatte, .habe, .haette]) {
            auxiliary -= 1
        }
        guard view.matches(auxiliary, in: [.hat, .hatte, .habe, .haette]), view.matches(auxiliary - 1, .comma)
        else { return nil }
        // (`…, hatte im März die ILO vorgerechnet`: a date, perhaps after `am` or `im`, before the speaker.)
        var subject = auxiliary + 1
        if view.matches(subject, in: [.am, .im]), view.dateAt[subject + 1] != nil {
            subject = view.pastDate(subject + 1)
        } else {
            subject = view.pastDate(subject)
        }
        guard let (who, end) = speaker(at: subject, sentence: sentence, plural: false, in: view, state: state,
                                       roles: roles),
              end <= verbToken, end == verbToken || !view.matches(verbToken + 1, .colon),
              // `…, hatte er seinem Gesprächspartner gesagt`: objects may stand between speaker and participle
              // (a colon after the participle introduces the content instead).
              !(end..<verbToken).contains(where: { view.matches($0, .comma) && $0 + 1 != verbToken })
        else { return nil }
        // (Literals, not joined: a rule name made for every finding was a hot spot.)
        let rule = verb.kind == .belief ? "belief-verb-perfect-after-clause" : "said-verb-perfect-after-clause"
        // `Vorwürfe, …, hatte Seehofer zurückgewiesen: Nicht diejenigen …`: the colon's clause is what is said,
        // the fronted clause what it answers.
        if view.matches(verbToken + 1, .colon), let after = contentAfterColon(verbToken + 1, sentence: sentence, in: view) {
            return Finding(speaker: who, content: after.span, evidence: sentence, lastSentence: after.lastSentence,
                           scope: range,
                           rule: verb.kind == .belief
                            ? "belief-verb-perfect-after-clause-colon" : "said-verb-perfect-after-clause-colon",
                           isBelief: verb.kind == .belief)
        }
        let content = contentSpan(range.lowerBound, auxiliary - 1, in: view)
        return Finding(speaker: who, content: content, evidence: sentence, lastSentence: sentence, scope: range,
                       rule: rule, isBelief: verb.kind == .belief)
    }

    /// Whether the words from `token` on are a role or profession that describes the speaker named before (`Leiter
    /// der Abteilung`, `der Sprecher des Ministeriums`, `Wissenschafter am Institut`), not more of what was said.
    private func describesSpeaker(from token: Int, in view: ArticleView) -> Bool {
        let noun = view.hasCue(.determiner, token) && !view.hasCue(.indefinite, token) ? token + 1 : token
        guard view.isCapitalized(noun), !view.hasMention(at: noun) else { return false }
        return roleRules.hasRole(at: noun, in: view) || roleRules.isProfession(noun, in: view)
    }

    /// The words `wieOrSo` looks for: one constant for the sentence's test and the token's, where the literal
    /// written twice was made an array at every call (written once it folded to its masks).
    private static let wieOrSoWords: RuleWordSet = [.wie, .so]

    /// `wie X sagte, …` / `…, wie er versicherte.` and `…, so X.`
    @inline(__always)
    private func wieOrSo(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        guard view.sentence(sentence, hasAny: Self.wieOrSoWords) else { return nil }
        return wieOrSoSearch(sentence, in: view, state: state, roles: roles)
    }

    /// `wieOrSo` of a sentence with a `wie` or `so`.
    @inline(never)
    private func wieOrSoSearch(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        // `Denn wie X verkündete, …`: a conjunction may open the sentence before the wie clause.
        let first = view.matches(range.lowerBound, in: [.und, .aber, .doch])
            || view.lower(range.lowerBound, is: "denn") ? range.lowerBound + 1 : range.lowerBound
        // The word first: a sentence holds a `wie` or `so` among dozens of tokens, and the quote column and the
        // clause-start tests below cost more than the id compare that rules out the others.
        for token in view.tokens(in: range, withAny: 0, orIn: Self.wieOrSoWords) where view.quoteAt[token] == nil {
            let isSo = view.matches(token, .so)
            // (`und sorgen – so FP-Sicherheitsreferent Johann Tschürtz – für …`: set off by dashes too.)
            let afterDash = isSo && view.matches(token - 1, .dash)
            let atClauseStart = token == range.lowerBound || token == first || view.matches(token - 1, .comma)
                || afterDash
            guard atClauseStart, view.matches(token, .wie) || (isSo && token > range.lowerBound) else { continue }
            // `Ohne Brot, so erinnert sich Straubinger, wurden …`: a verb of saying may stand between `so` and
            // the speaker.
            var speakerStart = token + 1
            // (Not a name that is also a verb form: `so Merkt`.)
            if isSo, !view.hasMention(at: speakerStart),
               view.verbs(speakerStart)?.contains(where: { $0.kind == .speech && $0.sequence.isEmpty }) ?? false {
                speakerStart += view.lower(speakerStart + 1, is: "sich") ? 2 : 1
            }
            guard let (who, end) = speaker(at: pastBasedPhrase(speakerStart, in: view), sentence: sentence,
                                           plural: false, in: view, state: state, roles: roles) else { continue }
            if isSo {
                var next = end
                if view.matches(next, .weiter) { next += 1 }
                // `so Foglar Freitagabend via Aussendung`: a date may come first.
                next = view.pastDate(next)
                // `so die Polizei am Samstag`, `so Huber gegenüber der APA`, `so Seehofer in einem Interview des
                // Bayerischen Fernsehens`: a time or outlet phrase.
                if view.matches(next, in: Self.soTail) {
                    var tail = next + 1
                    while tail < range.upperBound && tail < next + 8 && !view.isPunctuation(tail) { tail += 1 }
                    if tail >= range.upperBound || view.isPunctuation(tail) { next = tail }
                }
                guard next >= range.upperBound || view.isPunctuation(next) else { continue }
                if let quote = quoteEnding(before: token, in: view) {
                    let first = view.sentenceOf[quote.open]
                    return Finding(speaker: who, content: quote.content, evidence: first, lastSentence: sentence,
                                   scope: view.document.sentences[first].tokenRange.lowerBound..<range.upperBound,
                                   rule: "said-so")
                }
                // `Denn er war, so Luther, nicht bloß lieblich`: set off inside the sentence, all of it is said;
                // after a colon, what follows it (`… begründet: Bisher, so Schenk, habe Kurz …`).
                // (Not where a role or profession follows the comma, which describes the speaker to the sentence's
                // end: `…, so Nguyen Khac Giang, Wissenschafter am Institut für … in Hanoi.`)
                let apposition = view.matches(next, .comma) && describesSpeaker(from: next + 1, in: view)
                let setOff = next < range.upperBound - 1 && !apposition && (view.matches(next, .comma)
                                                             || afterDash && view.matches(next, .dash))
                let contentEnd = setOff ? range.upperBound : token - 1
                let contentStart = setOff ? clauseAfterColon(before: token, in: range, view: view) : range.lowerBound
                return Finding(speaker: who, content: contentSpan(contentStart, contentEnd, in: view),
                               evidence: sentence, lastSentence: sentence, scope: range, rule: "said-so")
            }
            // wie X sagte: a speech verb must close the clause, which may hold an acronym in brackets and a
            // phrase of time or channel (`Wie die Financial Times (FT) am Freitag unter Berufung auf Banker
            // berichtete`).
            var verbToken = view.pastBracketedMention(end)
            // `wie die Gründer Jan Koum und Brian Acton … sagten`: a second person joined by `und` speaks too
            // (`coSpeakers` adds them); the one before the verb is then no other speaker.
            if case .entity(let key) = who, view.personKeys.contains(key), view.matches(verbToken, .und),
               let other = view.mention(startingAt: verbToken + 1), other.type == .person {
                verbToken = other.tokens.upperBound
            }
            let afterSpeakers = verbToken
            // `wie Martijn van Hout, M7-Manager für Deutschland, am Dienstag sagte`: an apposition set off by
            // commas after the speaker.
            if view.matches(verbToken, .comma), case .entity = who,
               let close = (verbToken + 1..<min(verbToken + 10, range.upperBound)).first(where: {
                   view.isPunctuation($0) && !view.matches($0, .hyphen) }),
               view.matches(close, .comma), !isRelativeClause(at: verbToken + 1, in: view),
               !(verbToken + 1..<close).contains(where: { view.verbs($0) != nil }) {
                verbToken = close + 1
            }
            let limit = verbToken + 12
            while verbToken < range.upperBound && verbToken < limit && view.verbs(verbToken) == nil {
                // `wie die New York Times am Sonntag (Ortszeit) berichtete`: a short aside in brackets.
                if view.matches(verbToken, .openParen),
                   let close = (verbToken + 2..<max(verbToken + 2, min(verbToken + 5, range.upperBound))).first(where: {
                       view.matches($0, .closeParen) }) {
                    verbToken = close + 1
                    continue
                }
                // `Wie die Landespolizeidirektion am Montag, 17. November 2025, mitteilte`: a date set off by commas.
                if view.matches(verbToken, .comma), case let past = view.pastDate(verbToken + 1), past > verbToken + 1,
                   view.matches(past, .comma) {
                    verbToken = past + 1
                    continue
                }
                if view.isPunctuation(verbToken) && !view.matches(verbToken, .hyphen) { break }
                verbToken += 1
            }
            guard let verbs = view.verbs(verbToken), verbs.contains(where: { $0.kind == .speech }),
                  // `Wie Van der Bellens Wahlkampfleiter Lothar Lockl der APA erläuterte`: another person before
                  // the verb may be the one who speaks.
                  !(afterSpeakers..<verbToken).contains(where: { view.mention(startingAt: $0)?.type == .person })
            else { continue }
            var clauseEnd = verbToken + 1
            while clauseEnd < range.upperBound && !view.isPunctuation(clauseEnd) { clauseEnd += 1 }
            if token == first {
                guard view.matches(clauseEnd, .comma) else { continue }
                return Finding(speaker: who, content: contentSpan(clauseEnd + 1, range.upperBound, in: view),
                               evidence: sentence, lastSentence: sentence, scope: range, rule: "said-wie")
            }
            // `Valls ist, wie der Korrespondent schreibt, auf … angewiesen`: set off inside, all of it is said
            // (after a colon, what follows it).
            let setOff = clauseEnd < range.upperBound - 1 && view.matches(clauseEnd, .comma)
            let contentEnd = setOff ? range.upperBound : token - 1
            let contentStart = setOff ? clauseAfterColon(before: token, in: range, view: view) : range.lowerBound
            return Finding(speaker: who, content: contentSpan(contentStart, contentEnd, in: view),
                           evidence: sentence, lastSentence: sentence, scope: range, rule: "said-wie")
        }
        return nil
    }

    /// The token after the last colon before `token` in the sentence, or the sentence's first token.
    private func clauseAfterColon(before token: Int, in range: Range<Int>, view: ArticleView) -> Int {
        var colon = token - 1
        while colon > range.lowerBound, !view.matches(colon, .colon) { colon -= 1 }
        return colon > range.lowerBound ? colon + 1 : range.lowerBound
    }

    /// (`so Studienautorin Raya Muttarak vom IIASA`: where the speaker works.)
    private static let soTail: RuleWordSet = [.am, .im, .gegenueber, .auf, .bei, .zuletzt, .bereits, .dazu, .in,
                                              .zum, .via, .abschliessend, .von, .vom]

    /// Adverbs (and the reflexive `sich`) that may stand between a speech verb and its speaker (`sagte einst Witali
    /// Smirnow`, `beklagt sich Ali`).
    // The word sets the rules test per verb or per sentence are stored constants of the rules object: as static ones,
    // each read called `swift_once` (some 30,000 calls a pass).
    private let adverbsBeforeSpeaker: RuleWordSet = [.einst, .nun, .jetzt, .auch, .jedoch, .zudem,
                                                            .allerdings, .ebenfalls, .hingegen, .damals, .dazu,
                                                            .weiter, .etwa, .sich]

    /// `…, hieß es von der Polizei.` / `Von der Polizei hieß es, …` / `…, verlautete es aus dem Ministerium.` /
    /// `…, heißt es in einem Bericht des UNODC.` / `…, heißt es bei Zielpunkt.`: an impersonal report with a
    /// named source.
    @inline(__always)
    private func heisstEs(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        guard view.sentence(sentence, hasAny: UInt64(LinkingLexicon.Cue.impersonalReport.bit)) else { return nil }
        return heisstEsSearch(sentence, in: view, state: state, roles: roles)
    }

    /// `heisstEs` of a sentence with an impersonal report verb.
    @inline(never)
    private func heisstEsSearch(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        for token in view.tokens(in: range, withAny: UInt64(LinkingLexicon.Cue.impersonalReport.bit))
        where view.quoteAt[token] == nil && view.matches(token + 1, .es) {
            // The source: `von`/`vom`/`seitens`/`aus` a few words on, or just before the verb.
            var source: ArticleView.MentionRef?
            var probe = token + 2
            while probe < range.upperBound && probe < token + 9 && !view.isPunctuation(probe) {
                if view.matches(probe, in: [.von, .vom, .seitens, .aus]) {
                    var name = probe + 1
                    if view.hasCue(.determiner, name) { name += 1 }
                    source = view.mention(startingAt: name)
                    break
                }
                if view.matches(probe, in: [.in, .im, .bei, .beim]) {
                    source = documentSource(after: probe, in: view)
                    // (`hieß es zu Mittag in Brüssel aus der EU-Kommission`: a place says where, the source
                    // may follow.)
                    if let place = source, place.type == .place {
                        source = nil
                        probe = place.tokens.upperBound
                        continue
                    }
                    break
                }
                probe += 1
            }
            guard let source, source.type != .place else { continue }
            if token > range.lowerBound, view.matches(token - 1, .comma) {
                let content = contentSpan(range.lowerBound, token - 1, in: view)
                return Finding(speaker: .entity(source.key), content: content,
                               evidence: sentence, lastSentence: sentence, scope: range, rule: "said-heisst-es")
            }
            var comma = source.tokens.upperBound
            while comma < range.upperBound && comma < source.tokens.upperBound + 3 && !view.matches(comma, .comma) {
                comma += 1
            }
            // (The content of `hieß es …, dass …` is given without `dass`, as after a speech verb.)
            let contentStart = view.matches(comma + 1, .dass) ? comma + 2 : comma + 1
            guard view.matches(comma, .comma), let content = contentSpan(contentStart, range.upperBound, in: view)
            else { continue }
            return Finding(speaker: .entity(source.key), content: content, evidence: sentence,
                           lastSentence: sentence, scope: range, rule: "said-heisst-es")
        }
        return nil
    }

    /// The body or person a report comes from after `in`/`bei`: named at once (`bei Zielpunkt`, `in der ÖVP`),
    /// fused to the document word (`im BWB-Bericht`), or in the genitive after it (`in einer Aussendung der
    /// Arbeiterkammer`, `in dem Urteil des Landesgerichts Linz`). Only articles, lower-case adjectives and one
    /// document noun may stand between.
    private func documentSource(after preposition: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = preposition + 1
        var nouns = 0
        var limit = preposition + 7
        while token < view.tokenCount, token < limit, !view.isPunctuation(token) {
            if let mention = view.mention(startingAt: token) {
                // `des UN-Büros für Drogen- und Verbrechensbekämpfung (UNODC)`: a compound on a name, whose own
                // acronym follows in brackets, is that body.
                if view.matches(mention.tokens.upperBound, .hyphen), let acronym = view.bracketedAcronym(after: token) {
                    return acronym
                }
                return mention
            }
            // `in der neuen Ausgabe von Dabiq`: `von` stands for the genitive.
            if view.hasCue(.determiner, token) || view.matches(token, .von) {
                token += 1
                continue
            }
            if view.isCapitalized(token) {
                nouns += 1
                // (`des Kinderhilfswerks Unicef`: a type word before the name.)
                guard nouns == 1 || nouns == 2 && view.mention(startingAt: token + 1) != nil else { return nil }
            } else if nouns == 0, token == preposition + 2,
                      let participle = participleClosingPhrase(from: token, in: view) {
                // `in einem am Montag in Bangkok veröffentlichten Bericht des …`: a participle phrase before the
                // document noun.
                limit = participle + 6
                token = participle + 1
                continue
            } else if !(isAdjectiveBeforeNoun(token, in: view) && roleRules.isAdjective(token, in: view)) {
                // `hieß es im Innenministerium zur APA`: a preposition ends the phrase.
                return nil
            }
            token += 1
        }
        return nil
    }

    /// The participle (`veröffentlichten`, `vorgelegten`) that closes a phrase opening at `start` (`am Montag in
    /// Bangkok`) right before a noun, within six words and no punctuation.
    private func participleClosingPhrase(from start: Int, in view: ArticleView) -> Int? {
        var token = start + 1
        while token < view.tokenCount, token < start + 6, !view.isPunctuation(token) {
            if view.isWord(token), !view.isCapitalized(token), view.lower(token, hasSuffix: "ten"),
               view.isCapitalized(token + 1), !view.hasMention(at: token + 1) {
                return token
            }
            token += 1
        }
        return nil
    }

    /// `Auch Premier Ortega stellte sich gegen den Bürgermeister: Wenn Huber …`, headlines `Kurz: „…“`.
    @inline(__always)
    private func colon(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        guard view.sentence(sentence, hasAny: [.colon]) else { return nil }
        return colonSearch(sentence, in: view, state: state, roles: roles)
    }

    /// `colon` of a sentence with a colon.
    @inline(never)
    private func colonSearch(_ sentence: Int, in view: ArticleView, state: State, roles: [Relation]) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        guard let colon = view.tokens(in: range, withAny: 0, orIn: [.colon]).first(where: { view.quoteAt[$0] == nil }),
              colon > range.lowerBound, range.upperBound - colon > 4, isFreeColon(colon, in: view) else { return nil }
        // (`… betreut (Vorjahr: 250 Menschen).`: a colon in brackets labels a figure, it introduces no words.)
        if view.isInBrackets(colon, from: range.lowerBound) { return nil }
        var start = range.lowerBound
        if view.matches(start, .auch) { start += 1 }
        // `Dazu der Kommissar: …`, `Zudem Huber: …`: a linking adverb before the speaker.
        if start + 1 < colon, view.isIn(.colonLinker, start) { start += 1 }
        // `STANDARD: …`, `SPIEGEL: …`: the interviewer's label in capitals; its prompts report nothing.
        if colon == start + 1, isInterviewLabel(start, in: view) || state.isInterview && isCapitals(start, in: view) {
            return nil
        }
        if colon == start + 2, let said = statementOfLastSpeaker(colon, sentence: sentence, in: view, state: state) {
            return said
        }
        guard let (who, found) = speaker(at: start, sentence: sentence, plural: false, in: view, state: state,
                                         roles: roles), found <= colon else {
            return invertedColon(colon, sentence: sentence, in: view)
        }
        var end = pastDashedAside(found, before: colon, in: view)
        // `Gernot Rainer, Chef der Ärztegewerkschaft Asklepios, geht sogar weiter: …`: past a role or profession
        // set off by commas after a named person, where the clause goes on with a lower-case word.
        if case .entity(let key) = who, view.personKeys.contains(key), view.matches(end, .comma),
           describesSpeaker(from: end + 1, in: view),
           let close = (end + 2..<min(colon, end + 12)).first(where: { view.matches($0, .comma) }),
           close + 1 < colon, view.isWord(close + 1), !view.isCapitalized(close + 1),
           !view.matches(close + 1, in: [.und, .oder]) {
            end = close + 1
        }
        // A headline's `X: …` labels what the article reports (`Davies: Ziel sei, dass …`, `Facebook: …`); all
        // eight development articles with one leave it without a said.
        // So does a headline inside the text, a line without a closing stop (`Interpol: 3.400 Festnahmen bei …` in a
        // round-up of reports).
        // (Words in quotation marks after the name are the person's: `Justizminister Heiko Maas: "Wir dürfen nicht
        // abwarten …"`.)
        if end == colon, sentence == 0 && !isQuotedHeadline(colon, in: view)
            || sentence > 0 && !view.isPunctuation(range.upperBound - 1) { return nil }
        // `Apropos Tesla: Dessen Chef …`, `Stichwort Facebook:`: a topic, not a speaker.
        if end == colon, ["apropos", "stichwort", "thema", "beispiel"].contains(where: { view.lower(start, is: $0) }) {
            return nil
        }
        if end < colon {
            // A clause with a named speaker as subject: a finite verb (lower-case) right after the name, no
            // comma before the colon.
            guard view.hasMention(at: found - 1), !view.isCapitalized(end), view.document.tokens[end].kind == .word,
                  !(end..<colon).contains(where: { view.matches($0, .comma) }),
                  !(end..<colon).contains(where: { makesHistory($0, before: colon, in: view) }) else { return nil }
        }
        // A question after the colon (an interviewer's) reports nothing.
        guard let content = contentAfterColon(colon, sentence: sentence, in: view),
              !view.matches(range.upperBound - 1, .questionMark) else { return nil }
        // `Kogler: Es wächst schneller als alles … Im Vorjahr sind rund 24.000 Hinweise eingegangen …`: a name that
        // labels a line is an interview's answer, one said, and the figures of the whole answer are the speaker's
        // (the four development interviews annotated so; an earlier two left answers unattributed).
        // (In an interview printed without line breaks the label at the sentence's start is the answer's; a
        // headline's label is no answer.)
        let labelsLine = end == colon && sentence > 0 && (opensLine(sentence, in: view) || state.isInterview)
        // (`Anne Reichelt: Frau Kessler, …?`: a label that also opens questions is the interviewer's.)
        if labelsLine, labelAsksQuestions(start..<colon, in: view) { return nil }
        // (The answer's later sentences are the same words, no chain of reported speech: the answer is its last.)
        let last = labelsLine ? max(content.lastSentence, lastSentenceOfLine(sentence, in: view)) : content.lastSentence
        let scope = range.lowerBound..<view.document.sentences[last].tokenRange.upperBound
        return Finding(speaker: who, content: content.span, evidence: sentence, lastSentence: last,
                       scope: labelsLine ? scope : range, rule: "said-colon")
    }

    /// Whether `sentence` starts the text or a line.
    private func opensLine(_ sentence: Int, in view: ArticleView) -> Bool {
        let begin = view.document.sentences[sentence].span.begin
        let scalars = view.document.scalars
        var index = begin - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\t" { index -= 1 }
        return index < 0 || scalars[index] == "\n" || scalars[index] == "\r"
    }

    /// Whether the words `label` (then a colon) also open a line whose last sentence is a question.
    private func labelAsksQuestions(_ label: Range<Int>, in view: ArticleView) -> Bool {
        let sentences = view.document.sentences
        for other in sentences.indices {
            let range = sentences[other].tokenRange
            guard range.count > label.count + 1, view.matches(range.lowerBound + label.count, .colon),
                  (0..<label.count).allSatisfy({
                      view.word(range.lowerBound + $0) == view.word(label.lowerBound + $0) }),
                  opensLine(other, in: view) else { continue }
            let last = lastSentenceOfLine(other, in: view)
            if view.matches(sentences[last].tokenRange.upperBound - 1, .questionMark) { return true }
        }
        return false
    }

    /// The last sentence of the answer `sentence` opens: the sentences after it up to a line break or the next
    /// label (one to three capitalised words and a colon opening a sentence).
    private func lastSentenceOfLine(_ sentence: Int, in view: ArticleView) -> Int {
        let sentences = view.document.sentences
        var last = sentence
        while last + 1 < sentences.count, !opensLine(last + 1, in: view), !opensWithLabel(last + 1, in: view) {
            last += 1
        }
        return last
    }

    /// Whether `sentence` opens with one to three capitalised words and a colon (`STANDARD:`, `Anne Reichelt:`).
    private func opensWithLabel(_ sentence: Int, in view: ArticleView) -> Bool {
        let range = view.document.sentences[sentence].tokenRange
        guard let colon = (range.lowerBound..<min(range.lowerBound + 4, range.upperBound)).first(where: {
            !view.isWord($0) || !view.isCapitalized($0) }) else { return false }
        return colon > range.lowerBound && view.matches(colon, .colon)
    }

    /// `Sein Argument: Österreich habe …`, `Ihre Begründung: …`: a possessive and a noun for what someone said
    /// before the colon; the words after it are the last speaker's (of this sentence or the two before), who must
    /// be a person of the possessive's gender (`ihr` only for a woman named with her first name: it may be plural).
    private func statementOfLastSpeaker(_ colon: Int, sentence: Int, in view: ArticleView, state: State) -> Finding? {
        let start = colon - 2
        let masculine = view.lower(start, is: "sein") || view.lower(start, is: "seine")
        guard masculine || view.lower(start, is: "ihr") || view.lower(start, is: "ihre"),
              lexicon.statementNouns.contains(view.word(start + 1)),
              let last = state.lastSpeaker, sentence - state.lastSentence <= 2, view.personKeys.contains(last),
              masculine ? !isWoman(last, in: view) : isWoman(last, in: view),
              let content = contentAfterColon(colon, sentence: sentence, in: view),
              !view.matches(view.document.sentences[sentence].tokenRange.upperBound - 1, .questionMark)
        else { return nil }
        return Finding(speaker: .entity(last), content: content.span, evidence: sentence,
                       lastSentence: content.lastSentence, scope: view.document.sentences[sentence].tokenRange,
                       rule: "said-statement-noun")
    }

    /// Adverbs that link a sentence to the one before and may open it before a speaker and a colon.
    /// Linking adverbs before a colon's speaker (`Dazu der Kommissar: …`): a `WordClass`, one bit's test of the
    /// sentence's first word where comparing it with each word cost some hundred and fifty instructions a colon.
    static let colonLinkers: Set<String> = ["wobei", "dabei", "dazu", "darauf", "daraufhin", "zudem", "außerdem",
                                            "allerdings"]

    /// Whether a quotation that runs to the end of its headline opens right after the colon at `colon`.
    private func isQuotedHeadline(_ colon: Int, in view: ArticleView) -> Bool {
        guard let quoteIndex = view.quoteAt[colon + 1], view.quotes[quoteIndex].open == colon + 1 else { return false }
        let range = view.document.sentences[0].tokenRange
        let close = view.quotes[quoteIndex].close
        return close + 1 == range.upperBound || close + 2 == range.upperBound && view.isPunctuation(close + 1)
    }

    /// `Heiko Maas: "Wir dürfen nicht abwarten, bis es die ersten Toten gibt".` heading an article that later
    /// prints `…, wir dürfen nicht abwarten, bis es die ersten Toten gibt.` unmarked: the sentence with the
    /// headline's quoted words is the speaker's too, where it has no said of its own (GUIDELINES: quotes that lost
    /// their marks).
    private func repeatedHeadlineQuote(
        _ headline: Finding, in view: ArticleView, saidSentences: [Int], into out: inout [Relation]
    ) {
        guard headline.evidence == 0, headline.rule == "said-colon", case .entity(let key) = headline.speaker,
              let content = headline.content else { return }
        // The quote's words in lower case, compared token by token (a lower-cased string of every sentence: 9.7M
        // instructions a corpus pass, callgrind's count for this function then).
        var words: [String] = []
        var token = view.document.firstToken(endingAfter: content.begin)
        while token < view.tokenCount, view.document.tokens[token].span.end <= content.end {
            words.append(view.word(token))
            token += 1
        }
        guard words.count >= 4 else { return }
        for sentence in view.document.sentences.indices.dropFirst() where !saidSentences.contains(sentence) {
            let range = view.document.sentences[sentence].tokenRange
            guard range.count >= words.count,
                  (range.lowerBound...(range.upperBound - words.count)).contains(where: { start in
                      words.indices.allSatisfy { view.lower(start + $0, equals: words[$0]) }
                  }),
                  let span = contentSpan(range.lowerBound, range.upperBound, in: view) else { continue }
            out.append(Relation(
                subject: .entity(key: key), predicate: .said, object: .quotation(span: span), sentenceIndex: sentence,
                provenance: Provenance(match: .rule, source: "said-headline-quote-repeated")))
        }
    }

    /// `Ganz so drastisch sieht es Dambruoso nicht: Auch in Italien gebe es …`: a short clause without a comma
    /// whose subject, the one person it names, stands right after a verb of saying or a pronoun object (`zeigte
    /// sich Djokovic selbstkritisch:`; not `Eines ist Mateschitz nicht vorzuwerfen:`), then the colon.
    private func invertedColon(_ colon: Int, sentence: Int, in view: ArticleView) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        guard view.isCapitalized(range.lowerBound) else { return nil }
        // `Die Domain, auf der er Kopftücher verkaufen wollte, bezeichnete Prieth als Kunstprojekt: …`: a fronted
        // phrase set off by a comma, the verb right after it, the person right after the verb.
        var clause = range.lowerBound
        if let last = (range.lowerBound..<colon).last(where: {
            view.isPunctuation($0) && !view.matches($0, .hyphen) }) {
            guard view.matches(last, .comma), colon - range.lowerBound <= 30 else { return nil }
            clause = last + 1
        }
        guard colon - clause <= 12 else { return nil }
        var person: ArticleView.MentionRef?
        for mention in view.mentions(startingIn: clause..<colon) {
            guard mention.type == .person, person == nil else { return nil }
            person = mention
        }
        guard let person, clause == range.lowerBound ? person.tokens.lowerBound > clause + 1
                : person.tokens.lowerBound == clause + 1 else { return nil }
        let before = person.tokens.lowerBound - 1
        guard view.isWord(before), !view.isCapitalized(before),
              view.verbs(before)?.contains(where: { $0.kind == .speech && $0.sequence.isEmpty }) ?? false
                || view.isIn(.objectPronoun, before)
        else { return nil }
        guard let content = contentAfterColon(colon, sentence: sentence, in: view),
              !view.matches(range.upperBound - 1, .questionMark) else { return nil }
        return Finding(speaker: .entity(person.key), content: content.span, evidence: sentence,
                       lastSentence: content.lastSentence, scope: range, rule: "said-colon-inverted")
    }

    /// Pronoun objects between a verb and its subject (`sieht es X`, `zeigte sich X`); not `das`, `die`, which
    /// are as often the article of a noun phrase as the object.
    static let objectPronouns: Set<String> = ["es", "sich", "ihn", "ihm"]

    private static let konjunktivTwo: RuleWordSet = [
        .waere, .waeren, .haette, .haetten, .wuerde, .wuerden, .koennte, .koennten, .muesste, .muessten,
        .duerfte, .duerften, .gaebe, .gaeben, .laege, .laegen, .stuende, .stuenden, .ginge, .kaeme, .kaemen,
        .wuesste, .bliebe,
    ]

    private let conditionalVerbs: RuleWordSet = [
        .sollte, .sollten, .waere, .waeren, .haette, .haetten, .wuerde, .wuerden,
    ]

    /// A Konjunktiv form outside quotes and not with `ich` (`habe ich`, `ich werde` are indicative).
    // Inlined, with the token's own tests first (a listed form, or a word in `-e` as `isThirdPersonKonjunktiv` asks
    // first): the rules ask this of every token of a clause, and most are neither, where the tests of the quote and
    // the neighbours, and a call, cost more.
    @inline(__always)
    private func isKonjunktiv(_ token: Int, in view: ArticleView) -> Bool {
        let listed = view.isKonjunktivForm(token)
        guard listed || view.isWord(token) && view.lower(token, hasSuffix: "e") else { return false }
        return isKonjunktiv(token, listed: listed, in: view)
    }

    /// `isKonjunktiv(_:in:)` of a token that is a listed form (`listed`) or a word in `-e`.
    private func isKonjunktiv(_ token: Int, listed: Bool, in view: ArticleView) -> Bool {
        guard view.quoteAt[token] == nil, !view.matches(token - 1, .ich), !view.matches(token + 1, .ich) else {
            return false
        }
        return listed || isThirdPersonKonjunktiv(token, in: view)
    }

    /// `er hoffe`, `man bemühe sich` … `gebe es`: next to a third-person singular pronoun, a verb form in `-e`
    /// is the Konjunktiv I, whose indicative ends in `-t` (`hofft`). Not `-te`, the indicative past of weak
    /// verbs (`machte`), and not the determiners and adverbs in `-e` (`es keine`, `er gerne`).
    private func isThirdPersonKonjunktiv(_ token: Int, in view: ArticleView) -> Bool {
        // A word in `-e` first: most tokens are none, and the tests of their neighbours below cost more.
        guard view.isWord(token), view.lower(token, hasSuffix: "e") else { return false }
        // The pronoun before the verb opens its clause (`Man bemühe sich`; not `hatte man große Pläne`), or an
        // article and a noun do (`, die Polizeiaktion verstoße gegen …`; the word after is no noun, which would
        // make an adjective of it).
        func opensClause(_ first: Int) -> Bool {
            first == view.document.sentences[view.sentenceOf[first]].tokenRange.lowerBound
                || view.matches(first - 1, in: [.comma, .colon, .und])
        }
        // (`, sie male …`: `sie` in the plural takes `-en`, so a form in `-e` after it is the singular's.)
        let pronounBefore = view.matches(token - 1, in: Self.subjectPronounsBefore) && opensClause(token - 1)
        // (`Diese Entscheidung obliege dem Richter`: a demonstrative opens the noun phrase as an article does; `Ein
        // großer Teil sitze im Ausland`: an adjective may stand between.)
        func articleBefore(noun: Int) -> Int? {
            if view.hasCue(.determiner, noun - 1) || view.matches(noun - 1, in: [.diese, .dieser, .dieses]) {
                return noun - 1
            }
            guard view.isWord(noun - 1), !view.isCapitalized(noun - 1), view.hasAdjectiveEnding(noun - 1) else {
                return nil
            }
            // (`, zusätzliche Bürokratie treffe …`: an adjective with no article may open the phrase right after a
            // comma or colon; after `und` it is more often one of two adjectives, `sichere und legale Wege sowie`.)
            if !view.hasCue(.determiner, noun - 2) {
                return view.matches(noun - 2, .comma) || view.matches(noun - 2, .colon) ? noun - 1 : nil
            }
            return noun - 2
        }
        let sentenceStart = view.document.sentences[view.sentenceOf[token]].tokenRange.lowerBound
        // (`Der Erfolg der Operation beruhe …`: a noun in the genitive after the subject's.)
        let genitiveAfter = view.isCapitalized(token - 1)
            && (view.matches(token - 2, .der) || view.lower(token - 2, is: "des")) && view.isCapitalized(token - 3)
            && articleBefore(noun: token - 3).map(opensClause) == true
        // (`Ohne eine dauerhafte Rechtsgrundlage drohe …`: a fronted phrase after the sentence's first word, a
        // preposition, and the verb in second place.)
        func afterFrontedPreposition(_ article: Int) -> Bool {
            article == sentenceStart + 1
                && Self.frontedPrepositions.contains(where: { view.lower(sentenceStart, is: $0) })
        }
        let nounBefore = view.isCapitalized(token - 1)
            && articleBefore(noun: token - 1).map { opensClause($0) || genitiveAfter || afterFrontedPreposition($0) }
                == true
            && !view.isCapitalized(token + 1)
        // (`Dabei dauere der Krieg …`: the verb in second place after one fronted word, its subject after it.)
        // (`Gegenüber 2014 bedeute das ein Plus`: a demonstrative as the subject after the verb, no article of a
        // noun.)
        // (`Eine zentrale Rolle bei den Ermittlungen spiele das JOO`: a fronted object phrase ending in a noun, no
        // comma in it, and the subject's article and noun after the verb in second place.)
        let subjectAfter = view.matches(token + 1, in: Self.singularPronouns)
            || token == sentenceStart + 1 && view.isWord(sentenceStart) && view.hasCue(.determiner, token + 1)
            || view.matches(token + 1, in: Self.demonstratives) && view.isWord(token + 2)
                && !view.isCapitalized(token + 2) && token > sentenceStart
            || token > sentenceStart + 2 && view.isCapitalized(token - 1) && view.hasCue(.determiner, token + 1)
                && view.isCapitalized(token + 2) && view.isCapitalized(sentenceStart)
                && !(sentenceStart..<token).contains(where: { view.isPunctuation($0) })
        // (`wer der Industrie schade, verhindere Investitionen`: `wer` opens the clause whose verb ends it, and
        // the main clause's verb follows the comma after it.)
        let werClause = view.matches(token + 1, .comma) && opensWithWer(clauseEndingAt: token + 1, in: view)
            || view.matches(token - 1, .comma) && opensWithWer(clauseEndingAt: token - 1, in: view)
        // (`Dass es dazu nie kam, hänge damit zusammen`: the sentence opens with a subordinate clause, and the main
        // clause's verb comes first after the comma that closes it; not an adjective before its noun, `, die
        // mitteleuropäische Staaten`.)
        // (`Dass der Staat Daten abfrage, ohne zu fragen, lasse sich …`: an infinitive clause may close it.)
        let afterLeadingClause = view.matches(token - 1, .comma) && view.hasCue(.subordinator, sentenceStart)
            && !view.isCapitalized(token + 1)
            && token - 1 > sentenceStart
            && !(sentenceStart..<pastInfinitiveClause(endingAt: token - 1, in: view)).contains(where: {
                view.matches($0, in: [.comma, .colon]) })
        // (`Das lasse sich nicht vereinbaren`, `Dies gelte auch für …`: a demonstrative pronoun as the subject; not
        // an article before an adjective and its noun, `Das ganze Land`.)
        // (`und genau das befeuere …`: a focus adverb before it.)
        let demonstrativeBefore = view.matches(token - 1, in: [.das, .dies]) && !view.isCapitalized(token + 1)
            && (opensClause(token - 1) || (view.lower(token - 2, is: "genau") || view.lower(token - 2, is: "gerade")
                || view.matches(token - 2, .auch)) && opensClause(token - 2))
        guard pronounBefore || nounBefore || subjectAfter || werClause || afterLeadingClause || demonstrativeBefore,
              view.isWord(token), !view.isCapitalized(token) || token == view.document.sentences[
                view.sentenceOf[token]].tokenRange.lowerBound
        else { return false }
        // (`Die Zahl halte nicht Schritt`: a verb whose stem ends in `t` has its Konjunktiv in `-te`.)
        guard view.lower(token, hasSuffix: "e"),
              !view.lower(token, hasSuffix: "te") || view.isKonjunktivInTe(token),
              view.lowerCount(token) >= 4,
              !view.hasCue(.determiner, token), !view.hasCue(.notVerbInE, token) else { return false }
        return true
    }

    /// The comma that opens an infinitive clause (`, ohne zu fragen`) closed by the comma at `comma`, else `comma`.
    private func pastInfinitiveClause(endingAt comma: Int, in view: ArticleView) -> Int {
        guard let open = stride(from: comma - 2, to: max(comma - 12, 0), by: -1).first(where: {
            view.isPunctuation($0) && !view.matches($0, .hyphen) }),
              view.matches(open, .comma), view.matches(open + 1, in: Self.infinitiveOpeners),
              (open + 2..<comma).contains(where: { view.matches($0, .zu) }) else { return comma }
        return open
    }

    /// `erwarte er sich`, `bedeute sie`: a listed verb whose stem ends in `t` or `d` makes its Konjunktiv I in
    /// `-te`, the ending `isThirdPersonKonjunktiv` turns away as a weak verb's past; a listed present in `-et`
    /// (`erwartet`) tells the two apart (`glaubte er`: no `glaubtet`). Asked only of the few beliefs that follow a
    /// said, so the word's string is made.
    private func isKonjunktivOfStemInT(_ token: Int, in view: ArticleView) -> Bool {
        guard view.isVerbForm(token), view.matches(token + 1, in: Self.singularPronouns), view.quoteAt[token] == nil
        else { return false }
        let word = view.word(token)
        return word.hasSuffix("te") && lexicon.verbs[String(word.dropLast()) + "et"] != nil
    }

    private static let singularPronouns: RuleWordSet = [.er, .es, .man]
    /// Prepositions that open a sentence's fronted phrase before the verb (`Ohne eine Rechtsgrundlage drohe …`).
    private static let frontedPrepositions: [StaticString] = [
        "ohne", "mit", "für", "bei", "nach", "in", "auf", "aus", "vor", "unter", "trotz", "wegen", "seit", "durch",
        "gegen", "über", "neben", "statt",
    ]
    private static let demonstratives: RuleWordSet = [.das, .dies]
    private static let subjectPronounsBefore: RuleWordSet = [.er, .es, .man, .sie]

    /// Whether the clause that the comma at `comma` closes opens with `wer` (a dozen words back at most).
    private func opensWithWer(clauseEndingAt comma: Int, in view: ArticleView) -> Bool {
        let sentenceStart = view.document.sentences[view.sentenceOf[comma]].tokenRange.lowerBound
        var first = comma - 1
        while first > max(sentenceStart, comma - 12), !view.matches(first - 1, in: [.comma, .colon]) { first -= 1 }
        return view.lower(first, is: "wer")
    }

    /// A colon that ends a clause (space after it), not one inside a figure (`1:3,5`) or a time (`20:15`).
    private func isFreeColon(_ colon: Int, in view: ArticleView) -> Bool {
        let tokens = view.document.tokens
        guard colon + 1 < tokens.count else { return false }
        return tokens[colon + 1].span.begin > tokens[colon].span.end && tokens[colon - 1].kind != .number
    }

    /// Whether some sentence of the article opens with an interviewer's label in capitals and a colon, or two
    /// questions open with a short one (`SZ: Frau Wrona, wer meldet sich bei Ihnen?`).
    private func isInterview(_ view: ArticleView) -> Bool {
        var questions = 0
        for sentence in view.document.sentences {
            let first = sentence.tokenRange.lowerBound
            guard sentence.tokenRange.count > 2, view.matches(first + 1, .colon) else { continue }
            if isInterviewLabel(first, in: view) { return true }
            if isCapitals(first, in: view), view.matches(sentence.tokenRange.upperBound - 1, .questionMark) {
                questions += 1
                if questions >= 2 { return true }
            }
        }
        return false
    }

    /// A word of `minimum` or more capitals only (`SZ`, `FAZ`).
    private func isCapitals(_ token: Int, in view: ArticleView, minimum: Int = 2) -> Bool {
        let span = view.document.tokens[token].span
        let scalars = view.document.scalars[span.begin..<span.end]
        return scalars.count >= minimum && scalars.allSatisfy(ArticleView.isUppercase)
    }

    /// A word of six or more capitals (acronyms are shorter): an interview label such as `STANDARD`.
    private func isInterviewLabel(_ token: Int, in view: ArticleView) -> Bool {
        isCapitals(token, in: view, minimum: 6)
    }

    /// A Konjunktiv sentence or an unmarked quote right after a said of `speaker`.
    private func chain(_ sentence: Int, speaker: String, in view: ArticleView) -> Finding? {
        let range = view.document.sentences[sentence].tokenRange
        if let quoteIndex = view.quoteAt[range.lowerBound], view.quotes[quoteIndex].open == range.lowerBound {
            let quote = view.quotes[quoteIndex]
            let last = view.sentenceOf[quote.close]
            // The quote carries its own attribution after it: leave it to the verb rules of its last sentence.
            let lastRange = view.document.sentences[last].tokenRange
            if quote.close + 1 < lastRange.upperBound, !view.isPunctuation(quote.close + 1)
                || view.matches(quote.close + 1, .comma) { return nil }
            return Finding(speaker: .entity(speaker), content: quote.content, evidence: sentence,
                           lastSentence: last, scope: range.lowerBound..<lastRange.upperBound, rule: "said-quote-chain")
        }
        guard continuesReportedSpeech(sentence, in: view) else { return nil }
        return Finding(speaker: .entity(speaker), content: contentSpan(range.lowerBound, range.upperBound, in: view),
                       evidence: sentence, lastSentence: sentence, scope: range, rule: "said-konjunktiv-chain")
    }

    // Constants, not literals at the tests: in this function the compiler folded those literals' masks but still
    // built and freed each one's array on the stack, some two hundred instructions a test (0.6M a pass).
    private static let nachWord: RuleWordSet = [.nach]
    private static let mainClauseJoiners: RuleWordSet = [.und, .aber, .doch]
    /// Relative pronouns of a person (`Pascal Brunner, der …`, `Anna Roth, die …`).
    private static let relativePronouns: RuleWordSet = [.der, .die]
    /// Words opening reported content after a comma (`, dass …`, `, ob …`).
    private static let contentOpeners: RuleWordSet = [.dass, .ob]
    // (So too in `speaker` and `subjectBefore`, where the literals built their arrays some 3,500 times a pass.)
    private static let nameListJoiners: RuleWordSet = [.und, .sowie, .comma]
    private static let derOrDen: RuleWordSet = [.der, .den]
    private static let commaOrPeriod: RuleWordSet = [.comma, .period]
    private static let commaOrColon: RuleWordSet = [.comma, .colon]
    private static let undOrOder: RuleWordSet = [.und, .oder]
    private static let vonOrVom: RuleWordSet = [.von, .vom]
    private static let ausOrIn: RuleWordSet = [.aus, .`in`, .im]

    /// Whether `sentence` reads as reported speech going on from the sentence before: no question, no interview
    /// label, no attribution or source of its own, and a Konjunktiv in its main clause. A said's chain and a
    /// named source's chain (`Laut Spiegel Online … Im Jahr davor seien 28 Fälle gezählt worden.`) both ask this.
    func continuesReportedSpeech(_ sentence: Int, in view: ArticleView) -> Bool {
        let range = view.document.sentences[sentence].tokenRange
        guard !range.isEmpty else { return false }
        // Not a question (interviews), not an interview label (`STANDARD: …`), and the Konjunktiv in the main
        // clause: in the first clause, or after a leading `wenn`/`falls` clause.
        guard !view.matches(range.upperBound - 1, .questionMark),
              !(range.lowerBound..<min(range.lowerBound + 3, range.upperBound)).contains(where: {
                  view.matches($0, .colon)
              })
        else { return false }
        // A sentence with an attribution or source of its own (`heißt es`, `…, erklärte Seehofer`,
        // `Dem Bericht zufolge`) does not continue the chain, even where that attribution names no one.
        // A verb form counts only as the verb it is here: `mit Streiks rechnen` is not `rechnet damit`,
        // `Verfahren geben` not `gibt an`.
        // A speech verb counts only where it attributes content: after a comma or quote, or before a comma, colon,
        // `dass` or `ob` (`Die Täter hätten Gewinne von 300 Prozent versprochen` reports no one's words).
        // (Each test asks for one of these bits or for `nach` at the token: a sentence whose summary holds none has
        // no such token, and is not scanned; in the others only those tokens are tested.)
        let attributing = LinkingLexicon.verbBit
            | UInt64(LinkingLexicon.Cue.sourcePreposition.bit | LinkingLexicon.Cue.sourcePostposition.bit)
        guard !(view.sentence(sentence, hasAny: attributing) || view.sentence(sentence, hasAny: Self.nachWord))
            || !view.tokens(in: range, withAny: attributing, orIn: Self.nachWord).contains(where: { token in
            view.quoteAt[token] == nil && (view.hasCue(.sourcePreposition, token)
                || view.matches(token, .nach) && (view.hasCue(.sourceNoun, token + 1)
                    || view.hasCue(.sourceNoun, token + 2) && view.hasCue(.determiner, token + 1))
                || view.hasCue(.sourcePostposition, token) || view.isVerbForm(token)
                && pickVerb(at: token, in: view) != nil
                // (`Erst jetzt werde behauptet, dass …`, `von denen es geheißen habe, dass …`: a claim the speaker
                // reports in the Konjunktiv, in the passive or made by `es`, no one's, is more of his words.)
                && !(token > range.lowerBound && view.matches(token - 1, in: [.werde, .wuerde])
                    || token > range.lowerBound && token + 1 < range.upperBound && view.matches(token - 1, .es)
                    && isKonjunktiv(token + 1, in: view))
                // (`…, ohne um Genehmigung zu bitten, lasse sich …`: an infinitive with `zu` attributes nothing.)
                && !(token > range.lowerBound && view.matches(token - 1, .zu))
                && (view.matches(token - 1, in: [.comma, .colon]) || view.isQuote(token - 1)
                    || view.matches(token + 1, in: [.colon, .dass, .ob])
                    // (`sich erst melden, wenn …`: a comma before a time or reason clause opens no content.)
                    || view.matches(token + 1, .comma) && !view.hasCue(.adverbialSubordinator, token + 2)
                        && !isRelativeClause(at: token + 2, in: view)
                        // (`Die Anwerberinnen hätten … verlangt, umgerechnet rund 850 Euro`: a participle after a
                        // Konjunktiv auxiliary of its clause is the reported clause's own verb, where no `dass` or
                        // Konjunktiv clause, content of its own, follows the comma.)
                        && !(konjunktivBefore(token, from: range.lowerBound, in: view) && token + 2 < range.upperBound
                             && !view.matches(token + 2, in: Self.contentOpeners)
                             && !(token + 2..<clauseEnd(after: token + 2, in: view)).contains(where: {
                                 isKonjunktiv($0, in: view) }))))
        }) else { return false }
        let firstComma = range.first {
            view.matches($0, in: [.comma, .colon, .semicolon]) && !isAdjectiveComma($0, in: view)
                && !isNichtNurComma($0, from: range.lowerBound, in: view) && !isListComma($0, in: view)
        } ?? range.upperBound
        var mainClause = range.lowerBound..<firstComma
        // `Sollten die Richter ihn laden, sei er bereit`: a verb-first condition counts like `wenn`.
        let conditional = view.hasCue(.subordinator, range.lowerBound)
            || view.matches(range.lowerBound, in: conditionalVerbs)
        // `Parallel zur Kundgebung ein Fest zu feiern, habe die Partei unangemessen gefunden`: a leading
        // zu-infinitive is the object; the main clause follows it.
        // (Not `Jeder habe die Möglichkeit gehabt zu konvertieren, …`, whose Konjunktiv makes it the main clause.)
        let leadingInfinitive = firstComma > range.lowerBound + 2 && view.matches(firstComma, .comma)
            && (view.matches(firstComma - 2, .zu) || isFusedZuInfinitive(firstComma - 1, in: view))
            && !(range.lowerBound..<firstComma).contains(where: { isKonjunktiv($0, in: view) })
        if firstComma < range.upperBound, conditional || leadingInfinitive {
            mainClause = firstComma..<clauseEnd(after: firstComma + 1, in: view)
            // (`Dass der Staat Daten abfrage, ohne zu fragen, lasse sich …`: an infinitive clause after the
            // leading one comes before the main clause too.)
            let end = mainClause.upperBound
            if view.matches(firstComma + 1, in: Self.infinitiveOpeners), end < range.upperBound,
               view.matches(end, .comma), (firstComma + 2..<end).contains(where: { view.matches($0, .zu) }) {
                mainClause = end..<clauseEnd(after: end + 1, in: view)
            }
        } else if firstComma < range.upperBound, view.matches(firstComma, .comma),
                  view.hasCue(.determiner, firstComma + 1),
                  let second = (firstComma + 2..<max(firstComma + 2, min(firstComma + 11, range.upperBound)))
                    .first(where: { view.matches($0, .comma) }),
                  // `der`/`die` after a comma open relative clauses far more often: there the verb right after
                  // the second comma shows the main clause going on (`Der Kopf der Bande, der 52-jährige
                  // Geschäftsmann Liu Zhenhai, habe sich …`).
                  view.hasCue(.indefinite, firstComma + 1) || isKonjunktiv(second + 1, in: view) {
            // `Sein Vater, ein Bauarbeiter, habe ihn …`: an apposition set off by commas; the clause goes on
            // after it.
            mainClause = range.lowerBound..<clauseEnd(after: second + 1, in: view)
        }
        // After a verb-first condition a Konjunktiv II belongs to the condition (`Sollte er gehen, könnte das …`);
        // only a Konjunktiv I (`sei`, `werde`) marks reported speech.
        let verbFirst = !view.hasCue(.subordinator, range.lowerBound) && mainClause.lowerBound
            != range.lowerBound
        if mainClause.contains(where: {
            isKonjunktiv($0, in: view) && !(verbFirst && view.matches($0, in: Self.konjunktivTwo))
        }) { return true }
        // `Somit sollte dafür gesorgt sein, dass keiner im Freien übernachten müsse`: a main clause whose `sollte`
        // reads as either mood, and a Konjunktiv I after it that shows the sentence reported.
        if firstComma < range.upperBound, mainClause.contains(where: { view.matches($0, in: [.sollte, .sollten]) }),
           (mainClause.upperBound..<range.upperBound).contains(where: {
               isKonjunktiv($0, in: view) && !view.matches($0, in: Self.konjunktivTwo) }) {
            return true
        }
        // `Viele Opfer zahlten aus Scham, und genau das befeuere das Geschäftsmodell`: a second main clause joined
        // by `und`, `aber` or `doch`, one or two words before its verb, in Konjunktiv I.
        if firstComma + 4 < range.upperBound, view.matches(firstComma, .comma),
           view.matches(firstComma + 1, in: Self.mainClauseJoiners),
           !view.hasCue(.subordinator, firstComma + 2), !isRelativeClause(at: firstComma + 2, in: view),
           (firstComma + 3...firstComma + 4).contains(where: {
               isKonjunktiv($0, in: view) && !view.matches($0, in: Self.konjunktivTwo) }),
           !(firstComma + 2..<firstComma + 4).contains(where: { view.isPunctuation($0) }) {
            return true
        }
        // `Die Täter agierten grenzüberschreitend, darauf müsse die Strafverfolgung …`: a second main clause after
        // the comma, one word before its verb, in Konjunktiv I.
        let second = firstComma + 2
        // (Not after a pronoun or an article, whose subject may be someone the first clause names: `X nennt sich
        // keinen Verfechter, er wolle sie aber prüfen` reports X.)
        return second < range.upperBound && view.matches(firstComma, .comma) && view.isWord(firstComma + 1)
            && !view.hasCue(.subordinator, firstComma + 1) && !isRelativeClause(at: firstComma + 1, in: view)
            && !view.hasCue(.pronoun, firstComma + 1) && !view.hasCue(.determiner, firstComma + 1)
            && !view.lower(firstComma + 1, is: "es") && !view.lower(firstComma + 1, is: "man")
            && !view.isCapitalized(firstComma + 1)
            && isKonjunktiv(second, in: view) && !view.matches(second, in: Self.konjunktivTwo)
    }

    /// Whether a Konjunktiv stands between `start` and `token` with no comma between it and `token`.
    private func konjunktivBefore(_ token: Int, from start: Int, in view: ArticleView) -> Bool {
        var index = token - 1
        while index >= start, !view.matches(index, .comma) {
            if isKonjunktiv(index, in: view) { return true }
            index -= 1
        }
        return false
    }

    /// `Durch vernetzte, intelligente Fahrzeuge werde …`: a comma between two declined adjectives before their noun
    /// lists the adjectives; it ends no clause.
    private func isAdjectiveComma(_ comma: Int, in view: ArticleView) -> Bool {
        func declinedAdjective(_ token: Int) -> Bool {
            view.isWord(token) && !view.isCapitalized(token) && !view.hasCue(.subordinator, token)
                && !view.hasCue(.pronoun, token) && !view.hasCue(.determiner, token)
                && !isKonjunktiv(token, in: view) && !view.isVerbForm(token)
                && view.hasAdjectiveEnding(token)
        }
        return view.matches(comma, .comma) && declinedAdjective(comma - 1) && declinedAdjective(comma + 1)
            && view.isWord(comma + 2) && view.isCapitalized(comma + 2)
    }

    /// `in Nürnberg, München und Berlin`: a comma between two names of a list that `und` or `oder` closes; it ends
    /// no clause.
    private func isListComma(_ comma: Int, in view: ArticleView) -> Bool {
        // (`Für Reise, Vermittlung und Unterkunft seien …`: a list of single nouns, the last joined by `und`.)
        if view.matches(comma, .comma), view.isWord(comma - 1), view.isCapitalized(comma - 1),
           !view.hasMention(at: comma - 1), view.isWord(comma + 1), view.isCapitalized(comma + 1),
           !view.hasMention(at: comma + 1) {
            var end = comma + 2
            while view.matches(end, .comma), view.isWord(end + 1), view.isCapitalized(end + 1),
                  !view.hasMention(at: end + 1) { end += 2 }
            if view.matches(end, in: [.und, .oder]), view.isWord(end + 1), view.isCapitalized(end + 1),
               !view.hasMention(at: end + 1) { return true }
        }
        guard view.matches(comma, .comma), let before = view.mention(at: comma - 1),
              before.tokens.upperBound == comma, let after = view.mention(startingAt: comma + 1),
              after.type == before.type else { return false }
        var end = after.tokens.upperBound
        while view.matches(end, .comma), let next = view.mention(startingAt: end + 1), next.type == before.type {
            end = next.tokens.upperBound
        }
        // (`aus Österreich, Deutschland und der Schweiz`: the last item's article.)
        let last = view.hasCue(.determiner, end + 1) ? end + 2 : end + 1
        return view.matches(end, in: [.und, .oder]) && view.mention(startingAt: last)?.type == before.type
    }

    /// `Nicht nur Private, auch Geschäftsreisende würden …`: the comma of `nicht nur …, (sondern) auch` joins two
    /// subjects; it ends no clause.
    private func isNichtNurComma(_ comma: Int, from start: Int, in view: ArticleView) -> Bool {
        guard view.matches(comma, .comma), view.matches(comma + 1, .auch) || view.lower(comma + 1, is: "sondern")
        else { return false }
        return (start + 1..<comma).contains { view.lower($0, is: "nur") && view.lower($0 - 1, is: "nicht") }
    }

    // MARK: Speakers

    /// The speaker a noun phrase at `token` names, and the token after the phrase.
    func speaker(
        at token: Int, sentence: Int, plural: Bool, in view: ArticleView, state: State, roles: [Relation]
    ) -> (Speaker, Int)? {
        guard token < view.tokenCount, view.sentenceOf[token] == sentence else { return nil }
        // `meint Dr. Scot Refsland`: the academic titles stand outside the person's span.
        if view.isHonorific(token), let person = view.mention(startingAt: view.skippingHonorifics(from: token)),
           person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        if let mention = view.mention(startingAt: token) {
            // `…, drohen Demirtaş bis zu 24 Jahre Haft`: one person is no plural verb's subject but its object;
            // several are (`sagten Müller und Meier`).
            if plural, mention.type == .person,
               !view.matches(mention.tokens.upperBound, in: Self.nameListJoiners) { return nil }
            // `MKH-Geschäftsführer Günter Mayer`, `US-Präsident Obama`: the person behind the fused role speaks.
            let end = mention.tokens.upperBound
            if view.matches(end, .hyphen) {
                // `schätzt das UN-Büro für Drogen- und Verbrechensbekämpfung (UNODC)`: the body the compound names.
                if mention.type != .person, let acronym = view.bracketedAcronym(after: token) {
                    return (.entity(acronym.key), acronym.tokens.upperBound + 1)
                }
                if roleRules.hasRole(at: end + 1, in: view),
                   let person = view.mention(startingAt: view.skippingHonorifics(from: end + 2)),
                   person.type == .person {
                    return (.entity(person.key), person.tokens.upperBound)
                }
                // `so FP-Sicherheitsreferent und Landeshauptmannstellvertreter Johann Tschürtz`: a second role
                // joined by `und`.
                if roleRules.hasRole(at: end + 1, in: view), view.matches(end + 2, .und),
                   roleRules.hasRole(at: end + 3, in: view),
                   let person = view.mention(startingAt: end + 4), person.type == .person {
                    return (.entity(person.key), person.tokens.upperBound)
                }
                if let person = view.mention(startingAt: end + 1), person.type == .person {
                    return (.entity(person.key), person.tokens.upperBound)
                }
                // `Nasa-Ingenieur Gary Ruff`, `Guardian-Kolumnist Pfarrer Giles Fraser`, `FIZ-Co-Leiterin Mirjam
                // Hostettler`: a profession, a compound itself perhaps, (and a title) between the name and the person.
                if view.isCapitalized(end + 1), !view.hasMention(at: end + 1) {
                    var title = end + 2
                    while view.matches(title, .hyphen), view.isCapitalized(title + 1), !view.hasMention(at: title + 1) {
                        title += 2
                    }
                    if view.isCapitalized(title), !view.hasMention(at: title) { title += 1 }
                    if let person = view.mention(startingAt: title), person.type == .person {
                        return (.entity(person.key), person.tokens.upperBound)
                    }
                }
            }
            // `Firtaschs Anwalt Dieter Böhmdorfer`: a genitive name, then who belongs to it.
            if mention.type == .person, view.lower(end - 1, hasSuffix: "s"), view.isCapitalized(end),
               !view.hasMention(at: end), let person = view.mention(startingAt: end + 1), person.type == .person {
                return (.entity(person.key), person.tokens.upperBound)
            }
            // `Karners Sprecher sagte`: a person's spokesperson speaks for the person, as one of a body does; so
            // does the person's office (`Netanyahus Büro teilte mit`).
            if mention.type == .person, view.lower(end - 1, hasSuffix: "s"),
               view.isIn(.spokespersonTitle, end) || view.lower(end, is: "büro"), !view.hasMention(at: end + 1) {
                return (.entity(mention.key), end + 1)
            }
            // `sagt Vorarlbergs Jugendanwalt Michael Rauch`, `Odessas Gouverneur, der georgische Expräsident
            // Michail Saakaschwili`: after a place's genitive the role phrase names who speaks.
            // (`Thailands stellvertretender Innenminister Somchai Rattanakul`: an adjective before the role.)
            if mention.type == .place, view.lower(end - 1, hasSuffix: "s"),
               case let role = !view.isCapitalized(end) && roleRules.isAdjective(end, in: view) ? end + 1 : end,
               view.isCapitalized(role),
               !view.hasMention(at: role), roleRules.hasRole(at: role, in: view),
               let person = view.mention(startingAt: role + 1).flatMap({ $0.type == .person ? $0 : nil })
                ?? roleRules.appositionPerson(after: role, sentence: sentence, in: view) {
                return (.entity(person.key), person.tokens.upperBound)
            }
            // `sagte Argentiniens Defensiv-Routinier Javier Mascherano`: or a profession.
            if mention.type == .place, view.lower(end - 1, hasSuffix: "s"), view.isCapitalized(end),
               !view.hasMention(at: end), let person = view.mention(startingAt: professionEnd(end, in: view)),
               person.type == .person {
                return (.entity(person.key), person.tokens.upperBound)
            }
            // `sagte Österreichs Wirtschaftsdelegierter in London, Christian Kesberg`: a profession (with its seat)
            // after a place's genitive, then the name set off.
            if mention.type == .place, view.lower(end - 1, hasSuffix: "s"), view.isCapitalized(end),
               !view.hasMention(at: end),
               let person = roleRules.appositionPerson(after: end, sentence: sentence, in: view) {
                return (.entity(person.key), person.tokens.upperBound)
            }
            return (mention.type == .place ? .unnamed : .entity(mention.key), end)
        }
        if view.hasCue(.pronoun, token) {
            if plural { return (.unnamed, token + 1) }
            // `Ich habe sie gefragt, ob …`: after a first-person subject the pronoun is the object.
            if (max(0, token - 3)..<token).contains(where: { view.matches($0, in: [.ich, .wir]) }) { return nil }
            guard let person = resolvePronoun(before: token, feminine: view.matches(token, .sie), state: state,
                                              roles: roles, in: view) else {
                return (.unnamed, token + 1)
            }
            return (.entity(person), token + 1)
        }
        // `sagt van der Marel` after `Nienke van der Marel`: the recogniser's later mention leaves out the particle.
        if !view.isCapitalized(token), view.isIn(.nameParticle, token) {
            let surname = view.matches(token + 1, in: Self.derOrDen) ? token + 2 : token + 1
            if let person = view.mention(startingAt: surname), person.type == .person {
                return (.entity(person.key), person.tokens.upperBound)
            }
        }
        // A dative or genitive phrase is no speaker (`Dem Telegraph sagte er`, `warf dem Minister vor`), nor
        // `der` before a feminine noun (`sagte der Nachrichtenagentur AFP`, `der Sprecherin`).
        // (Nor `der` before a news agency, an `Agentur`: `sagte der APA`.)
        if view.hasCue(.oblique, token) || view.matches(token, .der) && (isFeminineNoun(token + 1, in: view)
            || view.mention(startingAt: token + 1).map({ lexicon.agencySources.contains($0.source) }) == true) {
            return nil
        }
        // `sagte Hecht` after `Christoph Hecht` earlier: a bare surname the recogniser left out.
        if let person = personBySurname(at: token, in: view) { return (.entity(person), token + 1) }
        var roleToken = token
        // The determiner's token.
        let determiner = view.hasCue(.determiner, token) ? token : nil
        // `erklärte ein überglücklicher Thiem`, `sagte der sichtlich gerührte Peter Huber`: adjectives (and an
        // adverb) before the name.
        // (Or before a place's adjective and a role: `so der designierte Wiener FPÖ-Klubchef Dominik Nepp`.)
        var adjectivesEnd = token + 1
        if determiner != nil {
            // (`Der 45-jährige Hans Müller erzählt`: an age in figures is an adjective too.)
            var word = view.ageEnd(at: token + 1) ?? token + 1
            while word < token + 4, view.isWord(word), !view.isCapitalized(word), !view.hasMention(at: word) {
                word += 1
            }
            // (The word before the name is an inflected adjective: not `der von Matthias Prückler verteidigte`,
            // `Der habe zu Hochegger gemeint`.)
            if word > token + 1, roleRules.isAdjective(word - 1, in: view),
               !(token + 1..<word).contains(where: { view.isIn(.preposition, $0) }) {
                if let person = view.mention(startingAt: word), person.type == .person {
                    return (.entity(person.key), person.tokens.upperBound)
                }
                if view.ageEnd(at: token + 1) == nil { adjectivesEnd = word }
            }
            // `Die chinesische Botschaft in Bangkok teilte mit`: an organisation after its adjective speaks too.
            if word == token + 2, roleRules.isAdjective(token + 1, in: view),
               !view.isIn(.preposition, token + 1),
               let body = view.mention(startingAt: word), body.type == .organization,
               !view.matches(body.tokens.upperBound, .hyphen) {
                return (.entity(body.key), body.tokens.upperBound)
            }
        }
        if determiner != nil { roleToken = pastPlacePhrase(adjectivesEnd, residence: true, in: view) }
        // `der Wiener SPÖ-Chef Michael Ludwig`: a place's adjective before a name fused to a role.
        if determiner != nil, view.isCapitalized(roleToken), view.lower(roleToken, hasSuffix: "er"),
           !view.hasMention(at: roleToken), let fused = view.mention(startingAt: roleToken + 1),
           fused.type == .organization, view.matches(fused.tokens.upperBound, .hyphen) {
            roleToken += 1
        }
        // `ein Clinton-Sprecher erklärte`: the person the spokesperson speaks for.
        if determiner != nil, let person = view.mention(startingAt: roleToken), person.type == .person,
           view.matches(person.tokens.upperBound, .hyphen),
           view.isIn(.spokespersonTitle, person.tokens.upperBound + 1) {
            return (.entity(person.key), person.tokens.upperBound + 2)
        }
        // `ÖGB-Präsident Erich Foglar` with the organisation not recognised as a name.
        if view.matches(roleToken + 1, .hyphen), view.isCapitalized(roleToken),
           roleRules.hasRole(at: roleToken + 2, in: view) {
            roleToken += 2
        }
        // `schätzt das UN-Büro für Drogen- und Verbrechensbekämpfung (UNODC)`: the body the compound names.
        if determiner != nil, let mention = view.mention(startingAt: roleToken), mention.type != .person,
           view.matches(mention.tokens.upperBound, .hyphen), let acronym = view.bracketedAcronym(after: roleToken) {
            return (.entity(acronym.key), acronym.tokens.upperBound + 1)
        }
        if determiner != nil, let mention = view.mention(startingAt: roleToken) {
            if mention.type == .organization, let body = view.bodyTakenUp(byCompound: mention, excluding: [
                lexicon.partySources, lexicon.mediaSources, lexicon.agencySources]) {
                return (.entity(body.key), mention.tokens.upperBound + 2)
            }
            // `der STANDARD-Korrespondent Stefan Brändle`: a profession fused to the name, then the person; `das
            // US-Magazin Wired`, `das UN-Flüchtlingshilfswerk UNHCR`: a type word, then the body.
            if view.matches(mention.tokens.upperBound, .hyphen), view.isCapitalized(mention.tokens.upperBound + 1),
               !view.hasMention(at: mention.tokens.upperBound + 1),
               let person = view.mention(startingAt: professionEnd(mention.tokens.upperBound + 1, in: view)),
               person.type != .place {
                return (.entity(person.key), person.tokens.upperBound)
            }
            // `der PiS-Vorsitzende`: the role decides below; the organisation only if no one holds it.
            if view.matches(mention.tokens.upperBound, .hyphen),
               roleRules.hasRole(at: mention.tokens.upperBound + 1, in: view) {
                roleToken = mention.tokens.upperBound + 1
            } else if view.matches(mention.tokens.upperBound, .hyphen),
                      let end = personNoun(at: mention.tokens.upperBound + 1, in: view) {
                // `der SPD-Politiker`: a person of the organisation, taken up from the last speaker, or where no
                // one spoke lately, the one person the last sentences name (`Minister Heiko Maas hat … verurteilt.`).
                // A person the sentence before names alone comes first (`Der Präsident des EU-Parlaments, Martin
                // Schulz, hat … gebracht. …, sagte der SPD-Politiker` after Manfred Weber spoke).
                if let named = onlyPersonNamed(inSentence: view.sentenceOf[token] - 1, in: view),
                   named != state.lastSpeaker {
                    return (.entity(named), end)
                }
                if let last = state.lastSpeaker, view.sentenceOf[token] - state.lastSentence <= 2,
                   view.personKeys.contains(last) {
                    return (.entity(last), end)
                }
                if !plural, view.matches(determiner ?? token, .der),
                   let person = onlyPersonNamed(before: token, in: view) {
                    return (.entity(person), end)
                }
                return (.unnamed, end)
            } else if roleRules.hasRole(at: mention.tokens.upperBound, in: view),
                      let person = view.mention(startingAt: mention.tokens.upperBound + 1), person.type == .person {
                // `Der Grüne Abgeordnete Lambert Schönleitner erklärte`: a party's name as the role's adjective.
                return (.entity(person.key), person.tokens.upperBound)
            } else {
                return (mention.type == .place ? .unnamed : .entity(mention.key), mention.tokens.upperBound)
            }
        }
        // `der Wiener Jurist Volker Frey`: a place adjective before a profession (not `der Lehrer Hans Maier`,
        // where the name follows the noun).
        if determiner != nil, view.isCapitalized(roleToken), view.lower(roleToken, hasSuffix: "er"),
           !view.hasMention(at: roleToken), !roleRules.hasRole(at: roleToken, in: view),
           view.isCapitalized(roleToken + 1), !view.hasMention(at: roleToken + 1) {
            roleToken += 1
        }
        // `so der 42-jährige TV-Moderator Mazza`: an age and a profession before the name.
        if determiner != nil, let age = view.ageEnd(at: roleToken), !view.isCapitalized(roleToken + 2),
           view.isCapitalized(age), !view.hasMention(at: age),
           let named = view.mention(startingAt: professionEnd(age, in: view)), named.type == .person {
            return (.entity(named.key), named.tokens.upperBound)
        }
        // `der serbische staatliche TV-Sender RTS`: a second adjective before the one below.
        if determiner != nil, !view.isCapitalized(roleToken), roleRules.isAdjective(roleToken, in: view),
           !view.isCapitalized(roleToken + 1), roleRules.isAdjective(roleToken + 1, in: view),
           view.isCapitalized(roleToken + 2) {
            roleToken += 1
        }
        // (The role's look-up last: the token tests turn most words away first.)
        // (A title's adjective is capitalised: `der Parlamentarische Staatssekretär`, `der Ständige Vertreter`.)
        if roleToken < view.tokenCount, !view.isPunctuation(roleToken), !view.hasMention(at: roleToken),
           view.isCapitalized(roleToken + 1),
           !view.isCapitalized(roleToken) || roleRules.isAdjective(roleToken, in: view)
            && roleRules.hasRole(at: roleToken + 1, in: view),
           !roleRules.hasRole(at: roleToken, in: view) {
            roleToken += 1  // one adjective: der regionale Sprecher
            // `der stellvertretende US-Justizminister Henry Block`: a fused name after the adjective.
            if let fused = view.mention(startingAt: roleToken), view.matches(fused.tokens.upperBound, .hyphen),
               roleRules.hasRole(at: fused.tokens.upperBound + 1, in: view) {
                roleToken = fused.tokens.upperBound + 1
            }
        }
        // `sagte die Aktivistin Maria Lopez`, `meldete die Nachrichtenagentur Anadolu`: a profession, description
        // or type word right before the name is no role, and the name speaks.
        if roleToken < view.tokenCount, !roleRules.hasRole(at: roleToken, in: view), view.isCapitalized(roleToken),
           !view.hasMention(at: roleToken) {
            // `die staatliche Zeitung „The Global New Light of Myanmar“`: a title in quotation marks.
            let nameStart = professionEnd(roleToken, in: view)
            let quoted = view.isQuote(nameStart)
            // (`der Analyst Dr. Ramon Villanueva`: an academic title before the name.)
            if let named = view.mention(startingAt: quoted ? nameStart + 1 : view.skippingHonorifics(from: nameStart)),
               named.type != .place,
               !quoted || view.isQuote(named.tokens.upperBound) {
                return (.entity(named.key), named.tokens.upperBound + (quoted ? 1 : 0))
            }
        }
        // `sagte der ausführende Produzent, Johannes Pollmann, der dpa`: the name set off after the profession.
        if determiner != nil, roleToken < view.tokenCount, !roleRules.hasRole(at: roleToken, in: view),
           view.isCapitalized(roleToken), !view.hasMention(at: roleToken),
           view.matches(professionEnd(roleToken, in: view), .comma),
           let person = view.mention(startingAt: professionEnd(roleToken, in: view) + 1), person.type == .person,
           view.matches(person.tokens.upperBound, in: Self.commaOrPeriod) {
            return (.entity(person.key), person.tokens.upperBound)
        }
        let roleHit = roleRules.role(at: roleToken, in: view)
        // `sagte der frühere Regierungschef Antonis Samaras`: a former title still names the person after it.
        if let roleHit, roleHit.former, let person = view.mention(startingAt: roleToken + 1), person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        guard let role = roleHit, !role.former else {
            guard let determiner else { return nil }
            // `erklärte das Wirtschaftsforschungsinstitut (Wifo)`: a description, then the body's acronym.
            if view.isCapitalized(roleToken), !view.hasMention(at: roleToken),
               let acronym = view.mention(startingAt: roleToken + 2), acronym.type == .organization,
               view.pastBracketedMention(roleToken + 1) == acronym.tokens.upperBound + 1 {
                return (.entity(acronym.key), acronym.tokens.upperBound + 1)
            }
            // `informiert die Staatsanwaltschaft` after `die Staatsanwaltschaft Mainz`: the bare designation
            // takes up the organisation named with it before.
            if !view.hasCue(.indefinite, determiner),
               let body = view.organisationNamed(by: roleToken, lexicon: lexicon) {
                // (`Die Organisation fordert` after `Die Hilfsorganisation SafeRoute Asia`, which came after the
                // `Internationale Organisation für Migration`: the nearer body its type word introduced.)
                if roleToken == determiner + 1, view.isOrganisationType(roleToken),
                   let typed = view.organisationIntroducedByType(before: roleToken, lexicon: lexicon),
                   typed.tokens.lowerBound > body.tokens.lowerBound {
                    return (.entity(typed.key), roleToken + 1)
                }
                return (.entity(body.key), roleToken + 1)
            }
            // `wie der Konzern mitteilte` after `der US-Autohersteller General Motors`: the type word takes up
            // the organisation a type word introduced before.
            // (`teilte der börsennotierte Konzern mit`: an adjective may stand between, but not one of a
            // country, which names another body: `der serbische Sender`.)
            if !plural, roleToken == determiner + 1
                || roleToken == determiner + 2 && !view.isCapitalized(determiner + 1)
                    && !view.mayBeCountryAdjective(determiner + 1),
               !view.hasCue(.indefinite, determiner),
               view.isOrganisationType(roleToken),
               let body = view.organisationIntroducedByType(before: roleToken, lexicon: lexicon)
                ?? companyTakenUp(at: roleToken, in: view)
                ?? organisationOpening(before: roleToken, in: view) {
                return (.entity(body.key), roleToken + 1)
            }
            // `…, forderte die Organisation` two sentences after `teilte jugendschutz.net mit`: a bare type word
            // takes up the body that spoke last, close before.
            if !plural, roleToken == determiner + 1, !view.hasCue(.indefinite, determiner),
               view.isOrganisationType(roleToken), !view.hasCue(.genitive, roleToken + 1),
               let last = state.lastSpeaker, view.sentenceOf[token] - state.lastSentence <= 2 {
                if !view.personKeys.contains(last) { return (.entity(last), roleToken + 1) }
                // (`Europol-Direktorin Catherine De Bolle warnte, … so die Behörde`: the body the person who spoke
                // last is a member of, where it is one.)
                if let body = onlyMembership(of: last, roles: roles) { return (.entity(body), roleToken + 1) }
            }
            if !plural, let body = view.mediaNamed(by: roleToken, sources: lexicon.mediaSources) {
                return (.entity(body.key), roleToken + 1)
            }
            // `so der Mann`, `sagte der 83-Jährige`: a definite person noun takes up the last speaker, or where
            // no one spoke yet, the one person the last sentences name (`Husam M. wartet … erzählt der Bub`).
            if !view.hasCue(.indefinite, determiner), let end = definitePersonNoun(at: roleToken, in: view) {
                // Only after `der`, or `die` before a woman's noun: `die Forscher` are several, `seine Frau` another.
                // (`die 34-Jährige`, `die Angeklagte`, a noun declined as an adjective, is a woman too; `die
                // 34-Jährigen` are several.)
                let noun = view.word(roleToken)
                let several = view.matches(determiner, .die) && !(noun.hasSuffix("in") || noun.hasSuffix("frau")
                    || view.lower(end - 1, is: "jährige") || noun.hasSuffix("e") && lexicon.isPersonNoun(noun + "r"))
                // `Eine junge Medizinstudentin protestierte … schrieb die Studentin`: someone the article brought in
                // without a name.
                // (`Der Hacker betont …` twice: the noun in the sentence where the named speaker last spoke stood
                // for that speaker.)
                let namedSpeech = state.lastSpeaker.map { view.personKeys.contains($0) } == true
                    ? state.lastSentence : nil
                if introducedUnnamed(noun, before: determiner, skipping: namedSpeech, in: view) {
                    return (.unnamed, end)
                }
                // `Auch Trainer Oscar Garcia sah … erklärte der Spanier` after Lazaro spoke: the one person the
                // sentence before names comes first, where a person spoke last or the noun follows the verb (not
                // `Seine Frau bestätigte der Nachrichtenagentur AFP, der Politiker sei …`), and only after `der`
                // or a woman's `die` (`Seine Frau` is someone else).
                let definite = view.matches(determiner, .der) || !several && view.matches(determiner, .die)
                // A woman's noun takes up no man named with his first name, and a man's no woman (`sagte die
                // Angeklagte` after `Beate Zschäpe … Uwe Mundlos`).
                let woman = !several && view.matches(determiner, .die)
                let fits = { (key: String) in woman ? self.isWoman(key, in: view) || self.isSurnameOnly(key, in: view)
                    : !self.isWoman(key, in: view) }
                // (The subject of the sentence before first: `Pinkelnig holte sich … vor der Weltmeisterin Carina
                // Vogt …, sagte die Vorarlbergerin`.)
                let opener = personOpening(view.sentenceOf[token] - 1, in: view)
                if woman, let named = opener.flatMap({ fits($0) ? $0 : nil }) ?? lastWoman(before: token, in: view) {
                    return (.entity(named), end)
                }
                if definite, end == roleToken + 1,
                   state.lastSpeaker.map({ view.personKeys.contains($0) }) ?? false || determiner <= token + 2,
                   let named = onlyPersonNamed(inSentence: view.sentenceOf[token] - 1, in: view),
                   named != state.lastSpeaker, fits(named) {
                    return (.entity(named), end)
                }
                if !several, let last = state.lastSpeaker, view.sentenceOf[token] - state.lastSentence <= 2,
                   view.personKeys.contains(last), fits(last) {
                    return (.entity(last), end)
                }
                // (`…, so der Polizist`: an officer's noun that is no listed title.)
                if definite, !several, !plural, let body = bodyOfOfficer(noun, before: token, state: state, in: view) {
                    return (.entity(body), end)
                }
                // (A possessive genitive names someone else's thing: in `Ich hätte sogar Justin Biebers Kommentare
                // entfernen können, sagte der Hacker` the hacker is not Bieber.)
                if definite, !plural, state.lastSpeaker == nil,
                   let person = onlyPersonNamed(before: token, skippingPossessives: true, in: view),
                   fits(person) {
                    return (.entity(person), end)
                }
                // `Sanktionen reichten nicht, warnt die Forscherin` some sentences after the researcher last spoke,
                // with no other person named since.
                // (Others of the noun's sex only: `die Forscherin` passes over `Zhao Wei` named since.)
                if definite, !several, !plural, let last = state.lastSpeaker, view.personKeys.contains(last),
                   fits(last), noOtherPerson(than: last, from: state.lastSentence + 1, before: token, fitting: fits,
                                             in: view) {
                    return (.entity(last), end)
                }
            }
            return (.unnamed, roleToken + 1)
        }
        if let person = view.mention(startingAt: view.skippingHonorifics(from: roleToken + 1)), person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        // `Die Vorsitzende Richterin Birte Meyerhoff sagte`: a role word before another role, then the name.
        if roleRules.hasRole(at: roleToken + 1, in: view), let person = view.mention(startingAt: roleToken + 2),
           person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        // `sagte die Präsidentin des Verbands Cinzia Franchini`: a genitive noun, then the name.
        // (Not `der Sprecher von Präsident Wladimir Putin, Dmitri Peskow`: a role there names another person.)
        if view.hasCue(.genitive, roleToken + 1), view.isCapitalized(roleToken + 2),
           !view.hasMention(at: roleToken + 2), !roleRules.hasRole(at: roleToken + 2, in: view),
           let person = view.mention(startingAt: roleToken + 3), person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        // `sagte der Sprecher von Präsident Wladimir Putin, Dmitri Peskow, am Freitag`: the person set off after
        // the whole phrase speaks.
        if let determiner, !view.hasCue(.indefinite, determiner),
           let person = roleRules.appositionPerson(after: roleToken, sentence: sentence, in: view),
           person.tokens.upperBound >= view.tokenCount
            || view.matches(person.tokens.upperBound, in: Self.commaOrPeriod) {
            return (.entity(person.key), person.tokens.upperBound)
        }
        // The title's lower case, made once for the tests below that ask whether it is a spokesperson's.
        let lowerTitle = role.title.quickLowercased()
        // Asked once for the tests below, each of which hashed the title into the set again.
        let isSpokesperson = Self.spokespersonTitles.contains(lowerTitle)
        // `sagte die Sprecherin der EU-Außenbeauftragten Federica Mogherini`: a spokesperson speaks for the person
        // whose role and name follow, as `eine Sprecherin des Bundeskriminalamts` speaks for the body.
        if role.fused == nil, isSpokesperson,
           let principal = personWithRole(after: roleToken, sentence: sentence, in: view) {
            return (.entity(principal.key), principal.tokens.upperBound)
        }
        // `Ein Sprecher von Erwin Pröll bestätigte`: the person named after the word, as for `Karners Sprecher`.
        if role.fused == nil, isSpokesperson,
           view.matches(roleToken + 1, .von), let person = view.mention(startingAt: roleToken + 2),
           person.type == .person {
            return (.entity(person.key), person.tokens.upperBound)
        }
        if let determiner, role.fused != nil, !view.hasCue(.indefinite, determiner),
           let person = resolveRole(role.title, before: token, state: state, roles: roles, in: view) {
            return (.entity(person), roleToken + 1)
        }
        // `Der CSU-Chef hatte gefordert` after `Horst Seehofer (CSU)`: the one member the article gave the party.
        if let determiner, let fused = role.fused, fused.type == .organization, !view.hasCue(.indefinite, determiner),
           let member = onlyMember(of: fused.key, before: token, roles: roles, in: view) {
            return (.entity(member), roleToken + 1)
        }
        if let fused = role.fused, fused.type == .organization {
            // `der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi`: the person named after the phrase.
            if let person = roleRules.appositionPerson(after: roleToken, sentence: sentence, in: view) {
                return (.entity(person.key), person.tokens.upperBound)
            }
            return (.entity(fused.key), roleToken + 1)
        }
        // `Ein Sprecher der Staatsanwaltschaft bestätigte` after `die Staatsanwaltschaft Köln`: a spokesperson of a
        // bare designation speaks for the body named with it before, as the designation alone does.
        if role.fused == nil, isSpokesperson, view.hasCue(.genitive, roleToken + 1),
           let body = view.organisationNamed(by: roleToken + 2, lexicon: lexicon) {
            return (.entity(body.key), roleToken + 3)
        }
        if let attached = roleRules.attachment(after: roleToken, sentence: sentence, in: view) {
            // `der Chef der Internet-Polizei (IIP), Kamal Hadiafar`: the acronym in brackets is part of the phrase.
            let end = view.pastBracketedMention(attached.tokens.upperBound)
            // `der Chef des BKA, Jonas Weber,`: the name after the comma is the speaker.
            if view.matches(end, .comma), let person = view.mention(startingAt: end + 1), person.type == .person {
                return (.entity(person.key), person.tokens.upperBound)
            }
            // `sagte ein Sprecher der dpa`: a news agency after the role is whom the unnamed spokesperson told.
            if attached.type == .organization,
               lexicon.agencySources.contains(attached.source) {
                return (.unnamed, end)
            }
            // `…, sagte der Innenpolitik-Chef der Salzburger Nachrichten` two sentences after `Andreas Koller, …`:
            // a definite role (not a spokesperson, who speaks for the body) takes up the one person the two
            // sentences before name (not one its own sentence names: `…, Präsident Assad …, sagte der Chef der
            // Gruppe X`).
            if attached.type == .organization, let determiner, !view.hasCue(.indefinite, determiner),
               !isSpokesperson, sentence > 0,
               let person = onlyPersonNamed(before: view.document.sentences[sentence].tokenRange.lowerBound,
                                            reach: 2, in: view) {
                return (.entity(person), end)
            }
            return attached.type == .organization ? (.entity(attached.key), end) : (.unnamed, end)
        }
        if let determiner, !view.hasCue(.indefinite, determiner),
           let person = resolveRole(role.title, before: token, state: state, roles: roles, in: view)
            ?? holderOfRole(role.title, before: roleToken, in: view) {
            return (.entity(person), roleToken + 1)
        }
        if let determiner, !view.hasCue(.indefinite, determiner), role.fused == nil,
           let body = bodyOfOfficer(lowerTitle, before: token, state: state, in: view) {
            return (.entity(body), roleToken + 1)
        }
        // `Die Bundestagsabgeordnete Katrin Albers (SPD) zeigte sich betroffen. …, sagte die Kinderschutzbeauftragte
        // ihrer Fraktion`: a definite role of no body named takes up the person the sentence before opens with, of
        // the article's sex, with no other person named since.
        if let determiner, !plural, view.matches(determiner, .der) || view.matches(determiner, .die), role.fused == nil,
           !isSpokesperson, sentence > 0,
           // (Not a role of a body in the genitive, another's: `sagte der Chefunterhändler der Regierung`.)
           !view.hasCue(.genitive, roleToken + 1),
           let opener = personOpening(sentence - 1, in: view),
           view.matches(determiner, .die) == isWoman(opener, in: view),
           noOtherPerson(than: opener, from: sentence, before: token, fitting: { _ in true }, in: view) {
            return (.entity(opener), roleToken + 1)
        }
        // `sagte der Sprecher` after `sagte ein Sprecher der Präfektur`: the body whose spokesperson spoke last.
        // (`…, sagte eine Sprecherin` right after the EU Commission's words: one of its spokespeople, so only
        // in the sentence after the body's.)
        if let determiner, role.fused == nil,
           // Only the bare word: `der Bahnsprecher` names a body of its own, which may not be the last speaker.
           isSpokesperson,
           let last = state.lastSpeaker, !view.personKeys.contains(last),
           view.sentenceOf[token] - state.lastSentence <= (view.hasCue(.indefinite, determiner) ? 1 : 3) {
            return (.entity(last), roleToken + 1)
        }
        // `Über die Eröffnung muss das Landgericht Stuttgart entscheiden. Eine Sprecherin sagte …`: a bare
        // spokesperson speaks for the one body the sentence before and this one name, newspapers left out (they are
        // whom it was told: `sagte der Welt am Sonntag`). Not with a genitive after it (`ein Sprecher der
        // Regierung`: another body), nor `der Sprecher`, who is one named before.
        if let determiner, view.hasCue(.indefinite, determiner), role.fused == nil,
           !view.hasCue(.genitive, roleToken + 1),
           isSpokesperson, view.sentenceOf[roleToken] > 0,
           let body = view.onlyOrganisation(
            in: view.document.sentences[view.sentenceOf[roleToken] - 1].tokenRange.lowerBound..<roleToken,
            excluding: [lexicon.mediaSources]) {
            return (.entity(body.key), roleToken + 1)
        }
        return (.unnamed, roleToken + 1)
    }

    static let spokespersonTitles: Set<String> = ["sprecher", "sprecherin"]

    /// Prepositions that open a phrase inside a noun phrase (`der von X verteidigte Mann`).
    static let prepositions: Set<String> = ["von", "vom", "mit", "für", "bei", "aus", "nach", "in", "im", "an",
                                                    "am", "auf", "zu", "zum", "zur", "über", "unter", "vor", "gegen",
                                                    "durch"]

    /// Lower-case particles that open a surname (`van der Marel`, `de Maizière`, `von Thurn`).
    static let nameParticles: Set<String> = ["van", "von", "de", "da", "di", "du", "le", "la", "al", "el",
                                                     "ter", "ten", "dos", "del"]

    /// `der EU-Außenbeauftragten Federica Mogherini`, `von Kanzlerin Angela Merkel` after the role at `role`: a
    /// genitive or `von`, a role (fused to a name or not), then a person whom no other name follows in apposition
    /// (`der Sprecher von Präsident Putin, Dmitri Peskow` is Peskow's).
    private func personWithRole(after role: Int, sentence: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = role + 1
        guard view.hasCue(.genitive, token) || view.matches(token, .von) else { return nil }
        token += 1
        if view.hasCue(.determiner, token) { token += 1 }
        // `Ein Sprecher der zuständigen Landesrätin Martina Berthold`: an adjective before the role.
        if !view.isCapitalized(token), roleRules.isAdjective(token, in: view) { token += 1 }
        if let fused = view.mention(startingAt: token), fused.type != .person,
           view.matches(fused.tokens.upperBound, .hyphen) {
            token = fused.tokens.upperBound + 1
        }
        guard roleRules.hasRole(at: token, in: view), let person = view.mention(startingAt: token + 1),
              person.type == .person, view.sentenceOf[person.tokens.lowerBound] == sentence else { return nil }
        let end = person.tokens.upperBound
        if view.matches(end, .comma), let next = view.mention(startingAt: end + 1), next.type == .person { return nil }
        return person
    }

    /// The one person `sentence` names, if it names exactly one.
    private func onlyPersonNamed(inSentence sentence: Int, in view: ArticleView) -> String? {
        guard sentence >= 0 else { return nil }
        return onlyPerson(in: view.document.sentences[sentence].tokenRange, in: view)
    }

    /// The one person the mentions starting in `tokens` name (by one key, however often), if only one.
    private func onlyPerson(in tokens: Range<Int>, in view: ArticleView) -> String? {
        var found: String?
        for mention in view.mentions(startingIn: tokens) where mention.type == .person {
            if let found, found != mention.key { return nil }
            found = mention.key
        }
        return found
    }

    /// `ECPAT fordert …` + `„…“, so Merkt.` + `Die Organisation erklärte zugleich, …`: a bare type word takes up
    /// the organisation one of the three sentences before opens with as its subject, the nearest (a type word
    /// with nothing after it: not `die Organisation Ärzte ohne Grenzen`, nor a genitive's).
    private func organisationOpening(before token: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        // (Only the singular nouns of associations and aid bodies: a company noun or `Gruppe` is read by the rules
        // before, a media noun takes up the last medium, a plural names several.)
        guard !view.isCapitalized(token + 1) || view.isPunctuation(token + 1), !view.hasCue(.genitive, token + 1),
              Self.associationNouns.contains(where: { view.lower(token, hasSuffix: $0) }) else { return nil }
        let sentence = view.sentenceOf[token]
        for previous in stride(from: sentence - 1, through: max(0, sentence - 3), by: -1) {
            var first = view.document.sentences[previous].tokenRange.lowerBound
            // (`Basel – Die Staatsanwaltschaft Basel-Stadt hat …`: past a dateline.)
            if let place = view.mention(startingAt: first), place.type == .place,
               view.matches(place.tokens.upperBound, in: [.dash, .hyphen]) {
                first = place.tokens.upperBound + 1
            }
            if view.hasCue(.determiner, first) { first += 1 }
            if view.mention(startingAt: first) == nil, view.isOrganisationType(first) { first += 1 }
            if let body = view.mention(startingAt: first), body.type == .organization {
                // The one organisation named since (`Die Lexa Holding …, Nordbau auch.` may mean either).
                let since = view.document.sentences[previous].tokenRange.lowerBound..<token
                return view.onlyOrganisation(in: since, excluding: [])?.key == body.key ? body : nil
            }
        }
        return nil
    }

    /// The nouns `organisationOpening` takes up a body by: associations and aid bodies, and `Behörde` for an authority
    /// (`Die Staatsanwaltschaft Basel-Stadt hat Anklage erhoben. … Das teilte die Behörde mit.`).
    private static let associationNouns: [StaticString] = ["organisation", "verein", "stiftung", "hilfswerk",
                                                          "verband", "initiative", "behörde"]

    /// Whether no person other than `key` that passes `fits` is named from the start of sentence `first` up to
    /// `token`.
    private func noOtherPerson(
        than key: String, from first: Int, before token: Int, fitting fits: (String) -> Bool, in view: ArticleView
    ) -> Bool {
        guard first < view.document.sentences.count else { return true }
        let start = view.document.sentences[first].tokenRange.lowerBound
        guard start < token else { return true }
        return !view.mentions(startingIn: start..<token).contains {
            $0.type == .person && $0.key != key && fits($0.key)
        }
    }

    /// The one person the sentence at `token` and the `reach` before it name (up to `token`), if only one.
    private func onlyPersonNamed(
        before token: Int, reach: Int = 4, skippingPossessives: Bool = false, in view: ArticleView
    ) -> String? {
        let sentence = view.sentenceOf[token]
        var found: String?
        for mention in view.mentions(endingBy: token).reversed() {
            guard sentence - view.sentenceOf[mention.tokens.lowerBound] <= reach else { break }
            guard mention.type == .person else { continue }
            let end = mention.tokens.upperBound
            if skippingPossessives, view.lower(end - 1, hasSuffix: "s"), view.isCapitalized(end),
               !view.hasMention(at: end) { continue }
            if let found, found != mention.key { return nil }
            found = mention.key
        }
        return found
    }

    /// The token after a profession at `token`, hyphenated parts and one coordinated noun included
    /// (`Ko-Autor`, `Jurist und Diskriminierungsexperte`).
    private func professionEnd(_ token: Int, in view: ArticleView) -> Int {
        var end = token + 1
        func compound() {
            while view.matches(end, .hyphen), view.isCapitalized(end + 1), !view.hasMention(at: end + 1) { end += 2 }
        }
        compound()
        if view.matches(end, .und), view.isCapitalized(end + 1), !view.hasMention(at: end + 1) {
            end += 2
            compound()
        } else if view.isEllipticHyphen(end), view.isCapitalized(end + 2), !view.hasMention(at: end + 2) {
            // `Kinder- und Jugendanwalt`: an elliptic coordination.
            end += 3
            compound()
        }
        return end
    }

    /// A company noun (`der Konzern`, `die Bank`) with no organisation introduced by a type word before it takes up
    /// the one organisation the last sentences name.
    private func companyTakenUp(at token: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        let noun = view.word(token)
        guard lexicon.companyTypes.contains(noun) else { return nil }
        // After `die` only a feminine noun is one company (`die Bank`, `die Versicherung`; not `die Autobauer`).
        if view.matches(token - 1, .die) || view.matches(token - 2, .die),
           !Self.feminineCompanyEndings.contains(where: { noun.hasSuffix($0) }) { return nil }
        return view.onlyOrganisationNamed(
            before: token, excluding: [lexicon.partySources, lexicon.mediaSources, Self.publicBodySources])
    }

    /// Rules that name public bodies, which no company noun takes up (`beim Landesgericht für Zivilrechtssachen`
    /// beside `Der Garnhersteller Borckenstein`: `das Unternehmen` is the firm).
    static let publicBodySources: Set<String> = [
        Provenance.designationWithSeat, Provenance.institutionSeatAdjective, Provenance.institutionSeatName,
        Provenance.bodyNamedByField,
    ]

    /// Endings of the feminine company nouns among the type words.
    private static let feminineCompanyEndings = ["bank", "firma", "ung", "kette", "schaft", "börse", "form", "rei",
                                                 "lei", "line"]

    /// The person named earlier in full whose surname the capitalised word at `token` repeats, followed by
    /// punctuation or a lower-case word (not the start of a longer name or a noun phrase).
    // The token tests inlined where `speaker` asks, the search out of line: half the words it asks of are no
    // capitalised word without a mention, and for them the call cost more than the tests.
    @inline(__always)
    private func personBySurname(at token: Int, in view: ArticleView) -> String? {
        guard view.isWord(token), view.isCapitalized(token), !view.hasMention(at: token) else { return nil }
        return personBySurnameSearch(at: token, in: view)
    }

    /// `personBySurname(at:in:)` of a capitalised word that no mention covers.
    @inline(never)
    private func personBySurnameSearch(at token: Int, in view: ArticleView) -> String? {
        guard !view.isCapitalized(token + 1) || view.isPunctuation(token + 1), view.lowerCount(token) >= 3
        else { return nil }
        for mention in view.mentions(endingBy: token).reversed() where mention.type == .person
            && mention.tokens.count >= 2 {
            if view.sameOriginal(mention.tokens.upperBound - 1, token) { return mention.key }
        }
        return nil
    }

    /// The end of a person noun at `token`: `Mann`, `Frau`, `83-Jährige`.
    private func personNoun(at token: Int, in view: ArticleView) -> Int? {
        if view.hasCue(.personNoun, token) || view.lower(token, endsInOneOf: lexicon.personNounEndings) {
            return token + 1
        }
        return view.ageEnd(at: token)
    }

    /// Whether a noun ending in `noun` stood in the three sentences up to `token` for someone it gave no name:
    /// `eine junge Medizinstudentin` for `die Studentin`, `laut Ankläger` for `so der Ankläger`. (Not
    /// `Der Botaniker Gerald Schneeweiß`, nor `ist Psychotherapeutin`, which says what a named person is; nor the
    /// noun in sentence `skipping`, where it named the last speaker.)
    private func introducedUnnamed(
        _ noun: String, before token: Int, skipping: Int?, in view: ArticleView
    ) -> Bool {
        guard noun.count >= 4, token > 0 else { return false }
        let first = view.sentenceOf[token] - 3
        // Whether the noun's bytes decide `lower(_:endsWith:)` for a stable token, worked out once and not for
        // every capitalised word of three sentences.
        let nounBytes = Array(noun.utf8)
        let bytesDecide = nounBytes.allSatisfy { $0 < 0xCC && $0 != 0x0D && $0 != 0x0A }
        func endsWithNoun(_ token: Int) -> Bool {
            guard bytesDecide, view.isStable(token) else { return view.lower(token, endsWith: noun) }
            let word = view.lowerUTF8(token)
            return word.count >= nounBytes.count && word[(word.count - nounBytes.count)...].elementsEqual(nounBytes)
        }
        var earlier = token - 1
        while earlier > 0, view.sentenceOf[earlier] >= first {
            defer { earlier -= 1 }
            guard view.isCapitalized(earlier), endsWithNoun(earlier),
                  view.mention(startingAt: earlier + 1)?.type != .person, !view.matches(earlier + 1, .comma),
                  view.sentenceOf[earlier] != skipping
            else { continue }
            let before = view.isCapitalized(earlier - 1) || view.hasCue(.determiner, earlier - 1)
                || view.hasCue(.indefinite, earlier - 1) ? earlier - 1 : earlier - 2
            if !view.isIn(.predicativeWord, before) { return true }
        }
        return false
    }

    /// Words after which a noun says what someone is rather than naming someone (`ist Psychotherapeutin`,
    /// `als Anwalt`).
    static let predicativeWords: Set<String> = ["ist", "war", "sei", "wäre", "als", "wird", "wurde", "bleibt"]

    /// `personNoun(at:in:)`, or the end of any person noun of the dictionary that ends its phrase (`so der
    /// Botaniker`, `sagte die Seismologin`; not `der Wiener Bürgermeister`, where the noun is an adjective). Only
    /// after a definite article: `ein Reuters-Reporter` is no one the article named.
    private func definitePersonNoun(at token: Int, in view: ArticleView) -> Int? {
        if let end = personNoun(at: token, in: view) { return end }
        // (`der Chefunterhändler der Regierung, Humberto de la Calle`: a genitive may lead to a name after it.)
        if view.isCapitalized(token), !view.isCapitalized(token + 1) || view.isPunctuation(token + 1),
           !view.hasCue(.genitive, token + 1), lexicon.isPersonNoun(utf8: view.lowerUTF8(token)) {
            return token + 1
        }
        return nil
    }

    /// `Die in Genf ansässige IOM`, `wie die in London ansässige Beobachtungsstelle`: the token after the article's
    /// participle phrase (the name's own), or `first` where there is none.
    private func pastBasedPhrase(_ first: Int, in view: ArticleView) -> Int {
        guard view.hasCue(.determiner, first) else { return first }
        let past = pastPlacePhrase(first + 1, residence: false, in: view)
        return past > first + 1 ? past : first
    }

    /// Past `in Genf ansässige` from `first` (the token after an article), and with `residence` also where a person
    /// was born, lives or works, perhaps after a year (`sagt der 1979 in Klagenfurt geborene Fotograf Laurent Mekul`,
    /// `der in Wien lebende Künstler`, `die in Klagenfurt tätige Politikwissenschaftlerin`); else `first`.
    private func pastPlacePhrase(_ first: Int, residence: Bool, in view: ArticleView) -> Int {
        var token = first
        if residence, view.document.tokens.indices.contains(token), view.document.tokens[token].kind == .number {
            token += 1
        }
        guard view.matches(token, .in), let place = view.mention(startingAt: token + 1), place.type == .place else {
            return first
        }
        let participle = place.tokens.upperBound
        guard participle < view.tokenCount, view.hasCue(.basedParticiple, participle)
                || residence && !view.isCapitalized(participle)
                    && Self.residenceParticiples.contains(where: { view.word(participle).hasPrefix($0) })
        else { return first }
        return participle + 1
    }

    private static let residenceParticiples = ["geboren", "lebend", "stammend", "wohnhaft", "aufgewachsen", "tätig",
                                               "arbeitend"]

    /// The quotation marks, and `dass`, `ob` and `wie`, none of which stands between a subject and its verb.
    private let quotesAndClauseWords = ArticleView.quoteMarks.union([.dass, .ob, .wie])

    /// The subject standing before a verb in second position, with an apposition between (`X, Chef der Y,`).
    private func subjectBefore(
        _ verbToken: Int, sentence: Int, plural: Bool, in view: ArticleView, state: State, roles: [Relation]
    ) -> Speaker? {
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        guard verbToken > start, verbToken - start <= 30 else { return nil }
        // (One scan of the ids for both kinds of word.)
        var marks = view.tokens(in: start..<verbToken, withAny: 0, orIn: quotesAndClauseWords)
        if marks.next() != nil {
            return plural ? exampleSpeaker(start, before: verbToken, sentence: sentence, in: view, state: state,
                                           roles: roles) : nil
        }
        // (`Wien – Bundeskanzler Werner Faymann sagte`: the place the story was filed from opens the sentence.)
        var first = pastDateline(start, before: verbToken, in: view)
        // `Und Arbeiterkammer-Präsident Rudolf Kaske meinte:`
        if view.matches(first, in: Self.mainClauseJoiners) { first += 1 }
        if view.matches(first, .auch) { first += 1 }
        first = pastBasedPhrase(first, in: view)
        var subject = speaker(at: first, sentence: sentence, plural: plural, in: view, state: state, roles: roles)
        // (`Deren Geschäftsführerin Julia Brandstetter bemängelte`, `Sein Sprecher Hans Meier sagte`: a possessive
        // before the role, where the phrase from the possessive names no one.)
        if subject == nil, first + 2 < verbToken, RoleRules.isPossessive(first, in: view),
           view.isCapitalized(first + 1) {
            first += 1
            subject = speaker(at: first, sentence: sentence, plural: plural, in: view, state: state, roles: roles)
        }
        if let (who, found) = subject {
            // `Die Internationale Organisation für Migration (IOM) erklärte`, `Rudolf Hundstorfer (SPÖ) betonte`.
            var end = pastDashedAside(view.pastBracketedMention(found), before: verbToken, in: view)
            // `Außenminister Sebastian Kurz hingegen meinte`: an adverb between the subject and its verb.
            if case .entity = who, end + 1 == verbToken, view.hasCue(.sentenceAdverb, end) { end += 1 }
            if end == verbToken || isAuxiliary(end, verbToken, in: view) { return who }
            // `Pascal Brunner, der den Bosnier verteidigt, hatte … argumentiert, …`: a relative clause on the subject
            // set off by commas, the verb (or its auxiliary) right after the second.
            if case .entity = who, end + 2 < verbToken, view.matches(end, .comma),
               view.matches(end + 1, in: Self.relativePronouns),
               let close = (end + 2..<verbToken).first(where: { view.isPunctuation($0) || view.isQuote($0) }),
               view.matches(close, .comma), close + 1 == verbToken || isAuxiliary(close + 1, verbToken, in: view) {
                return who
            }
            // `Gastgeberin Angela Merkel aber verteidigt den Aufwand und erklärt, …`: the subject of a first verb
            // speaks through a second one joined by `und` (a lower-case word after the subject is that verb; no
            // comma between, which would open a clause of its own).
            if case .entity = who, view.matches(verbToken - 1, .und), verbToken - end <= 12, view.isWord(end),
               !view.isCapitalized(end), !view.hasCue(.determiner, end), !view.isIn(.preposition, end),
               !view.matches(end, in: Self.undOrOder),
               !(end..<verbToken - 1).contains(where: { view.isPunctuation($0) || view.isQuote($0) }) {
                return who
            }
            // `Markus Feldhaus begrüßte den Entwurf, forderte aber, …`: or joined by a comma, where nothing but an
            // adverb stands between the second verb and the comma or colon that opens its content (not `…, erklärte
            // die Polizei`, whose verb has a subject of its own).
            if case .entity = who, view.matches(verbToken - 1, .comma), verbToken - end <= 12, view.isWord(end),
               !view.isCapitalized(end), !view.hasCue(.determiner, end), !view.isIn(.preposition, end),
               !view.matches(end, in: Self.undOrOder),
               !(end..<verbToken - 1).contains(where: { view.isPunctuation($0) || view.isQuote($0) }) {
                var next = verbToken + 1
                while next < verbToken + 3,
                      view.hasCue(.sentenceAdverb, next) || view.matches(next, in: [.aber, .auch]) {
                    next += 1
                }
                if view.matches(next, in: Self.commaOrColon) { return who }
            }
            // `Europol und die britische National Crime Agency (NCA) teilten mit`: two bodies or persons joined as
            // the subject of a plural verb; the first speaks here, the other as a co-speaker.
            if plural, case .entity = who, view.matches(end, .und), let other = joinedName(after: end, in: view),
               view.pastBracketedMention(other.tokens.upperBound) == verbToken {
                return who
            }
            // `Barri Phatarfod von der Hilfsorganisation Doctors for Refugees sagte`: the body the speaker is from.
            // (`Walter Fuchs vom Institut für Rechts- und Kriminalsoziologie (IRKS) sagt`: its acronym after it.)
            // (`… vom Inter-Agency Council Against Trafficking (IACAT) der Philippinen sagte`: with the body's
            // country in the genitive after it.)
            var bodyFollower = verbToken
            if let place = view.mention(at: verbToken - 1), place.type == .place,
               view.matches(place.tokens.lowerBound - 1, .der) {
                bodyFollower = place.tokens.lowerBound - 1
            }
            if case .entity = who, view.matches(end, in: Self.vonOrVom),
               let body = view.mention(at: bodyEnd(before: bodyFollower, in: view) - 1), body.type == .organization,
               body.tokens.lowerBound > end, body.tokens.lowerBound - end <= 3 { return who }
            // `Der republikanische Senator Jeff Sessions aus Alabama sagte`: where the speaker is from.
            // `Das Außenministerium in Moskau teilte mit`: or where it sits.
            if case .entity = who, view.matches(end, in: Self.ausOrIn),
               let place = view.mention(startingAt: end + 1),
               place.type == .place, place.tokens.upperBound == verbToken { return who }
            if view.matches(end, .comma), view.matches(verbToken - 1, .comma) {
                // `Der Vizevorsitzende des NCCT, Staatssekretär Chhun Sovannarith, sagte`: a person closing the
                // apposition (perhaps after a title) speaks, not the body the role phrase named.
                if case .entity(let key) = who, !view.personKeys.contains(key),
                   let person = view.mention(at: verbToken - 2), person.type == .person,
                   person.tokens.upperBound == verbToken - 1, person.tokens.lowerBound - end <= 3 {
                    return .entity(person.key)
                }
                // `Chhay Kim Khoeun, ein Sprecher der nationalen Polizei, sagte`: the apposition says who.
                if case .entity = who { return who }
                if let person = view.mention(startingAt: end + 1), person.type == .person,
                   person.tokens.upperBound == verbToken - 1 { return .entity(person.key) }
            }
        }
        // `Der Menschenrechtsbeauftragte der Vereinten Nationen für Kambodscha, Vitit Muntarbhorn, sagte`; also with a
        // title of the name's own (`Deren Leiter, Oberst Markus Leitgeb, sagte`).
        if view.matches(verbToken - 1, .comma), let person = view.mention(at: verbToken - 2), person.type == .person,
           view.matches(person.tokens.lowerBound - 1, .comma)
            || view.matches(person.tokens.lowerBound - 2, .comma)
                && roleRules.hasRole(at: person.tokens.lowerBound - 1, in: view) {
            return .entity(person.key)
        }
        // `Eine der Frauen, die 24-jährige Nebenklägerin Joy E., hatte im Prozess ausgesagt`: a described person set
        // off after the subject, then the auxiliary of the participle.
        if let person = appositionBeforeAuxiliary(of: verbToken, from: start, in: view) { return .entity(person) }
        // `Dort kam das gut an: Premierminister David Cameron sagte, …`: the subject opens the clause after a colon.
        if let colon = (start..<verbToken).last(where: { view.matches($0, .colon) && view.quoteAt[$0] == nil }),
           colon + 1 < verbToken,
           let (who, found) = speaker(at: colon + 1, sentence: sentence, plural: plural, in: view, state: state,
                                      roles: roles),
           case .entity = who, view.pastBracketedMention(found) == verbToken {
            return who
        }
        return nil
    }

    /// The person closing an apposition (`, die 24-jährige Nebenklägerin Joy E.,`) right before the auxiliary of
    /// the participle `verbToken` (`hatte im Prozess ausgesagt`).
    private func appositionBeforeAuxiliary(of verbToken: Int, from start: Int, in view: ArticleView) -> String? {
        var auxiliary = verbToken - 1
        while auxiliary > max(start, verbToken - 6), !view.isPunctuation(auxiliary),
              !view.matches(auxiliary, in: auxiliaries) {
            auxiliary -= 1
        }
        guard isAuxiliary(auxiliary, verbToken, in: view), view.matches(auxiliary - 1, .comma),
              let person = view.mention(at: auxiliary - 2), person.type == .person,
              person.tokens.upperBound == auxiliary - 1, view.isCapitalized(person.tokens.lowerBound - 1) else {
            return nil
        }
        // The apposition opens at a comma a few words before the name: an article, an age, a role or description.
        var open = person.tokens.lowerBound - 1
        while open > max(start, person.tokens.lowerBound - 7), !view.matches(open, .comma),
              !view.isPunctuation(open) || view.matches(open, .hyphen), !view.hasMention(at: open) {
            open -= 1
        }
        guard view.matches(open, .comma), open > start, view.hasCue(.determiner, open + 1)
                || roleRules.hasRole(at: open + 1, in: view) else { return nil }
        return person.key
    }

    /// `Experten wie Karl Huber warnen, dass …`, `Beobachter wie der in Manila tätige Analyst Dr. Ramon Villanueva
    /// geben zu bedenken, …`: the one name given as the example of a plural noun that opens the sentence speaks
    /// through its plural verb.
    private func exampleSpeaker(
        _ start: Int, before verbToken: Int, sentence: Int, in view: ArticleView, state: State, roles: [Relation]
    ) -> Speaker? {
        var first = pastDateline(start, before: verbToken, in: view)
        if view.matches(first, in: Self.mainClauseJoiners) { first += 1 }
        guard first + 2 < verbToken, view.isCapitalized(first), !view.hasMention(at: first),
              view.matches(first + 1, .wie) else { return nil }
        // (`der in Manila tätige Analyst`: where the example works or sits, past its article.)
        var example = first + 2
        if view.hasCue(.determiner, example) {
            let past = pastPlacePhrase(example + 1, residence: true, in: view)
            if past > example + 1 { example = past }
        }
        guard let (who, found) = speaker(at: example, sentence: sentence, plural: false, in: view, state: state,
                                         roles: roles),
              case .entity = who, view.pastBracketedMention(found) == verbToken
        else { return nil }
        return who
    }

    /// Where the name of a body ends that stands right before `token`, with its acronym in brackets or without.
    private func bodyEnd(before token: Int, in view: ArticleView) -> Int {
        guard view.matches(token - 1, .closeParen), let acronym = view.mention(at: token - 2),
              view.matches(acronym.tokens.lowerBound - 1, .openParen) else { return token }
        return acronym.tokens.lowerBound - 1
    }

    /// Past an aside set off by dashes right after the speaker (`Selahattin Demirtas – dem die Immunität entzogen
    /// werden soll – hatte gewarnt`), when it closes before `limit`; else `token`.
    private func pastDashedAside(_ token: Int, before limit: Int, in view: ArticleView) -> Int {
        guard view.matches(token, .dash) else { return token }
        var close = token + 2
        while close < limit {
            if view.matches(close, .dash) { return close + 1 }
            if view.isQuote(close) || view.matches(close, in: [.colon, .period]) { return token }
            close += 1
        }
        return token
    }

    /// The sentence opens with a subject noun phrase that names no one: a nominative article and a noun, or a
    /// bare plural noun before a plural verb.
    private func hasCommonNounSubject(before verbToken: Int, start: Int, plural: Bool, in view: ArticleView) -> Bool {
        guard verbToken > start, !view.hasMention(at: start) else { return false }
        if view.hasCue(.nominative, start) {
            return view.isCapitalized(start + 1) || (isAdjectiveBeforeNoun(start + 1, in: view)
                                                     && !view.hasCue(.determiner, start + 1))
        }
        return plural && verbToken - start <= 2 && view.isWord(start)
            && !view.isVerbForm(start) && !view.hasCue(.subordinator, start)
            && !view.hasCue(.pronoun, start) && !view.matches(start, .wir) && !view.matches(start, .ich)
            && !view.hasCue(.sentenceAdverb, start)
            && (start + 1 == verbToken || view.isCapitalized(start + 1))
    }

    private let auxiliaries: RuleWordSet = [
        .hat, .hatte, .habe, .haette, .haben, .hatten, .wird, .werde, .will, .wollte,
    ]
    /// The forms of `haben` that open a perfect (`perfectAuxiliary`): a constant, where the literal at the test was
    /// built word by word for every token it was asked of.
    private let perfectAuxiliaries: RuleWordSet = [.hat, .hatte, .habe, .haette, .haben, .hatten]

    private func isAuxiliary(_ token: Int, _ verbToken: Int, in view: ArticleView) -> Bool {
        // (A speaker found running past the verb, in broken text, has no auxiliary before it.)
        guard token < verbToken, view.matches(token, in: auxiliaries) else { return false }
        return (view.lower(verbToken, hasPrefix: "ge")
                || view.lower(verbToken, hasSuffix: "t") && hasGeAfterTwoCharacters(verbToken, in: view)
                || closesClause(verbToken, in: view))
            && !(token..<verbToken).contains(where: { view.matches($0, .comma) })
    }

    /// `word(token).dropFirst(2).contains("ge")` (`festgestellt`), read from the bytes of a stable token, where each
    /// code point is a character (but `\r\n`, left to `String`): `contains` on a substring cost a generic search
    /// and an allocation.
    private func hasGeAfterTwoCharacters(_ token: Int, in view: ArticleView) -> Bool {
        let bytes = view.lowerUTF8(token)
        guard view.isStable(token), !bytes.contains(0x0D) else {
            return view.word(token).dropFirst(2).contains("ge")
        }
        var offset = 0
        for _ in 0..<2 where offset < bytes.count {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        while offset + 1 < bytes.count {
            if bytes[offset] == UInt8(ascii: "g") && bytes[offset + 1] == UInt8(ascii: "e") { return true }
            offset += 1
        }
        return false
    }

    /// `hatte … bestätigt,`, `hatte … argumentiert:`: a verb form standing last in its clause after an auxiliary
    /// is the participle (`bestätigt` and `argumentiert` have no `ge`).
    private func closesClause(_ verbToken: Int, in view: ArticleView) -> Bool {
        verbToken + 1 >= view.tokenCount || view.sentenceOf[verbToken + 1] != view.sentenceOf[verbToken]
            || view.matches(verbToken + 1, in: [.comma, .colon])
    }

    /// `aufzuheben`, `einzuhalten`: a separable verb's zu-infinitive written as one word.
    /// `Um die Versorgung zu sichern, …`: `um` opens a purpose only with a zu-infinitive closing its clause (not
    /// the preposition of `Um den Nachwuchs will er sich kümmern, verriet er`).
    private func isPurposeClause(_ start: Int, in view: ArticleView) -> Bool {
        guard view.matches(start, .um) else { return false }
        let end = clauseEnd(after: start, in: view)
        // (`sicherzustellen`: any fused `zu` inside the last word, not only after a listed particle.)
        let last = end - 1
        return end - start >= 3 && view.matches(end - 2, .zu)
            || view.isWord(last) && !view.isCapitalized(last) && view.lower(last, hasSuffix: "n")
                && !view.lower(last, hasPrefix: "zu") && view.lower(last, contains: Self.zuBytes)
    }

    private static let zuBytes = Array("zu".utf8)

    private func isFusedZuInfinitive(_ token: Int, in view: ArticleView) -> Bool {
        guard view.isWord(token), !view.isCapitalized(token) else { return false }
        guard view.lower(token, hasSuffix: "en") || view.lower(token, hasSuffix: "ern")
            || view.lower(token, hasSuffix: "eln") else { return false }
        // A stable token's bytes answer for its characters (and the prefixes' bytes are below 0xCC): no `String`
        // is made, and a prefix costs a few byte compares.
        if view.isStable(token) {
            let bytes = view.lowerUTF8(token)
            return Self.separablePrefixBytes.contains { prefix in
                let count = prefix.bytes.count
                return bytes.count >= count + 2 && bytes.starts(with: prefix.bytes)
                    && bytes[count] == UInt8(ascii: "z") && bytes[count + 1] == UInt8(ascii: "u")
                    && view.lowerCount(token) > prefix.characters + 5
            }
        }
        let word = view.word(token)
        return Self.separablePrefixes.contains { prefix in
            word.hasPrefix(prefix) && word.dropFirst(prefix.count).hasPrefix("zu") && word.count > prefix.count + 5
        }
    }

    /// `separablePrefixes` as UTF-8, with their character counts.
    private static let separablePrefixBytes = separablePrefixes.map { (bytes: Array($0.utf8), characters: $0.count) }

    /// Words that open a zu-infinitive of purpose or manner (`um … zu`, `statt … zu`), which is no reported content.
    private static let infinitiveOpeners: RuleWordSet = [.um, .ohne, .statt, .anstatt, .anstelle]

    /// Words that open a noun's attribute (`Professorin für …`, `Leiterin der …`).
    private static let attributeOpeners: RuleWordSet = [.fuer, .der, .von, .vom, .bei, .beim, .am, .im, .`in`]

    /// Words that join a clause to the one before rather than open the object of a verb of saying.
    private static let clauseJoiners: RuleWordSet = [.und, .aber, .doch, .oder, .wie, .als, .so]

    private static let separablePrefixes = [
        "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her", "hin", "los", "mit",
        "nach", "statt", "teil", "um", "vor", "weg", "weiter", "wieder", "zurück", "zusammen", "zu",
    ]

    /// `In Österreich hatte der Oberste Gerichtshof im Sommer bestätigt, dass …`: the auxiliary in second
    /// position, the participle closing the clause; the speaker stands after the auxiliary.
    private func perfectAuxiliary(before verbToken: Int, sentence: Int, in view: ArticleView) -> Int? {
        guard closesClause(verbToken, in: view) else { return nil }
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        var token = verbToken - 1
        while token > start, verbToken - token <= 10 {
            if view.matches(token, .comma) || view.isQuote(token) { return nil }
            if view.matches(token, in: perfectAuxiliaries) {
                // What stands before the auxiliary is an adverbial (`Jetzt`, `In Österreich`), not a subject
                // that other rules missed (`HDP-Chef Demirtas – … – hatte die AKP gewarnt`: the AKP is the object).
                let named = (start..<token).contains { view.mention(at: $0).map { $0.type != .place } ?? false }
                return named ? nil : token
            }
            token -= 1
        }
        return nil
    }

    /// The one organisation `person` is a member of by the role relations found so far, if one.
    private func onlyMembership(of person: String, roles: [Relation]) -> String? {
        var found: String?
        for relation in roles where relation.predicate == .memberOf && relation.subject == .entity(key: person) {
            guard case .entity(let body) = relation.object, found == nil || found == body else { return nil }
            found = body
        }
        return found
    }

    /// `…, so der Ermittler` after `sagte der zuständige Oberstaatsanwalt der ZCB`: an investigator's or officer's
    /// noun takes up the body whose unnamed officer spoke last, within two sentences, where no person is named since
    /// (not `so der Angeklagte`, who is no member of it).
    private func bodyOfOfficer(_ noun: String, before token: Int, state: State, in view: ArticleView) -> String? {
        guard Self.isOfficerNoun(noun), let last = state.lastSpeaker, !view.personKeys.contains(last),
              view.sentenceOf[token] - state.lastSentence <= 2,
              noOtherPerson(than: last, from: state.lastSentence, before: token, fitting: { _ in true }, in: view)
        else { return nil }
        return last
    }

    /// Nouns for a body's investigators and officers (`Ermittler`, `Fahnderin`, `Beamte`, `Polizist`), compounds
    /// too (`Zollfahnder`, `Kriminalbeamter`).
    private static func isOfficerNoun(_ noun: String) -> Bool {
        officerNouns.containsEnding(ofLowerCased: noun)
    }

    /// An `EndingList`, which gives `hasSuffix`'s answers by the bytes where they decide: `hasSuffix` broke the
    /// lower-cased noun into characters for each of the eleven, some two hundred instructions each.
    private static let officerNouns: EndingList = {
        var list = EndingList()
        for noun in ["ermittler", "ermittlerin", "fahnder", "fahnderin", "beamte", "beamter", "beamtin", "polizist",
                     "polizistin", "kriminalist", "kriminalistin"] { list.append(noun) }
        return list
    }()

    /// `er`: the last speaker, else the last person named in the two sentences before, passing over women. `sie`:
    /// the last woman named (by her first name) there, else the last speaker.
    private func resolvePronoun(
        before token: Int, feminine: Bool, state: State, roles: [Relation], in view: ArticleView
    ) -> String? {
        let sentence = view.sentenceOf[token]
        // A first name tells a woman: `sie` takes up the last woman named, `er` passes over one; not where another
        // woman spoke lately, whom `sie` goes on with.
        let spokeLately = sentence - state.lastSentence <= 2
        if feminine, let woman = lastWoman(before: token, in: view),
           state.lastSpeaker.map({ $0 == woman || !isWoman($0, in: view) || !spokeLately }) ?? true {
            // (`Sozialarbeiterin Elif Demirtaş betreut … Betroffene wie Anna. „…“, sagt sie.`: the woman who opens
            // the sentence before as its subject, not one named later in it, unless she spoke last, lately, or is
            // named again in the pronoun's own sentence.)
            if sentence > 0, state.lastSpeaker != woman || !spokeLately,
               let opener = personOpening(sentence - 1, in: view),
               opener != woman, isWoman(opener, in: view),
               !view.mentions(startingIn: view.document.sentences[sentence].tokenRange.lowerBound..<token)
                .contains(where: { $0.key == woman }) {
                return opener
            }
            return woman
        }
        // `Vorsichtig gab sich auch Stürmer Marc Janko: …, erinnerte er an …`: the one person the pronoun's own
        // sentence named before a colon, a man for `er`, is meant, not the last speaker of the sentences before.
        if !feminine, let own = onlyPersonInSentence(before: token, in: view), !isWoman(own, in: view),
           state.lastSpeaker != nil, own != state.lastSpeaker {
            return own
        }
        if let last = state.lastSpeaker, sentence - state.lastSentence <= 2,
           view.personKeys.contains(last), feminine || !isWoman(last, in: view) {
            // `Prieth … zeigte sich zufrieden. Ich rechne mit …, sagte er` after his lawyer spoke: a person who
            // opens the sentence between, as its subject, is the one meant.
            if state.lastSentence < sentence - 1, let opener = personOpening(sentence - 1, in: view), opener != last,
               feminine || !isWoman(opener, in: view) {
                return opener
            }
            return last
        }
        // `Eine Ermittlerin des LKA … beschreibt das so: … „…“, sagt sie.`: the body whose unnamed member spoke last,
        // where the member's noun has the pronoun's gender.
        if let last = state.lastSpeaker, state.lastSentence >= 0, sentence - state.lastSentence <= 2,
           !view.personKeys.contains(last),
           // (The member is named where the said began, a Konjunktiv chain perhaps going on since.)
           (max(0, state.lastSentence - 3)...state.lastSentence).contains(where: {
               unnamedMemberSpoke(for: last, in: $0, feminine: feminine, view: view)
           }) {
            return last
        }
        // `sie` with a singular verb is a woman, but the name lists do not know whose names are women's: only the
        // one person the sentence opens with is taken, named first or after a woman's noun (`Die bisherige Chefin
        // …, Gabi Schiessling, …, erklärte sie`; not `Die Polizei stoppte Michael D., wie sie berichtete`).
        if feminine, let woman = womanOpeningTheSentence(before: token, in: view) { return woman }
        if !feminine, let man = lastPerson(before: token, in: view, where: { !isWoman($0, in: view) }) { return man }
        // `Die Innenministerin hatte dies bereits gesagt. … betonte sie`: a sentence of the two before that opens
        // with a definite role word, which takes up the role's holder named further back.
        for back in 1...2 where sentence - back >= 0 {
            if let holder = roleHolderOpening(sentence - back, feminine: feminine, state: state, roles: roles,
                                              in: view) {
                return holder
            }
        }
        // `Zu einer anderen Einschätzung kam die US-Plattform Global Forest Watch. Sie meldete, …`: with no person
        // named in the sentence before or this one, `sie` takes up the one organisation the sentence before names
        // right after a feminine type word.
        if feminine, sentence > 0, let body = feminineTypedOrganisation(inSentence: sentence - 1, in: view),
           noOtherPerson(than: body, from: sentence - 1, before: token, fitting: { _ in true }, in: view) {
            return body
        }
        return nil
    }

    /// The one organisation `sentence` names right after a feminine type word (`Plattform`, `Organisation`,
    /// `Behörde`, `Gruppe`), if one.
    private func feminineTypedOrganisation(inSentence sentence: Int, in view: ArticleView) -> String? {
        var found: String?
        for mention in view.mentions(startingIn: view.document.sentences[sentence].tokenRange)
        where mention.type == .organization {
            let type = mention.tokens.lowerBound - 1
            guard type >= 0, view.isOrganisationType(type),
                  Self.feminineTypeEndings.contains(where: { view.lower(type, hasSuffix: $0) }) else { continue }
            if found != nil && found != mention.key { return nil }
            found = mention.key
        }
        return found
    }

    /// Endings of feminine nouns for bodies (`Plattform`, `Hilfsorganisation`, `Polizeibehörde`, `Stiftung`).
    private static let feminineTypeEndings: [StaticString] = [
        "form", "ation", "ion", "behörde", "gruppe", "kammer", "partei", "agentur", "ung", "schaft", "initiative",
        "bank", "zeitung", "stelle", "allianz", "liga", "union",
    ]

    /// Whether `sentence` names an unnamed member of the body `key` by a role or person noun in the genitive's
    /// phrase (`Eine Ermittlerin des LKA`, `ein Sprecher der Polizei`), of the pronoun's gender (`-in` for `sie`).
    private func unnamedMemberSpoke(for key: String, in sentence: Int, feminine: Bool, view: ArticleView) -> Bool {
        guard sentence >= 0, sentence < view.document.sentences.count else { return false }
        let range = view.document.sentences[sentence].tokenRange
        return range.contains { noun in
            guard view.hasCue(.indefinite, noun - 1), view.isCapitalized(noun), !view.hasMention(at: noun),
                  view.lower(noun, hasSuffix: "in") == feminine else { return false }
            // (`…, sagte eine Sprecherin` after the body's words: the bare spokesperson was the body's.)
            if !view.hasCue(.genitive, noun + 1) {
                return view.lower(noun, is: "sprecher") || view.lower(noun, is: "sprecherin")
            }
            return view.mention(startingAt: noun + 2)?.key == key
                && (roleRules.hasRole(at: noun, in: view) || lexicon.isPersonNoun(utf8: view.lowerUTF8(noun)))
        }
    }

    /// The person a sentence's opening `der`/`die` and role word (`Die Innenministerin hatte …`) takes up: the one
    /// the article gave that title before; the role word in the pronoun's gender (`-in` for `sie`).
    private func roleHolderOpening(
        _ sentence: Int, feminine: Bool, state: State, roles: [Relation], in view: ArticleView
    ) -> String? {
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        guard view.matches(start, in: [.der, .die]), !view.hasMention(at: start + 1),
              let role = roleRules.role(at: start + 1, in: view), role.fused == nil, !role.former,
              view.lower(start + 1, hasSuffix: "in") == feminine,
              // The bare word: a name after it is the person named there (`Die Ministerin Maria Lenz`).
              !view.hasMention(at: start + 2), !view.hasCue(.genitive, start + 2)
        else { return nil }
        return resolveRole(role.title, before: start + 1, state: state, roles: roles, in: view)
    }

    /// The last person named before `token` in its sentence and the two before who passes `test`.
    private func lastPerson(before token: Int, in view: ArticleView, where test: (String) -> Bool) -> String? {
        let sentence = view.sentenceOf[token]
        var index = token - 1
        while index >= 0 && sentence - view.sentenceOf[index] <= 2 {
            // Someone named in another's words (`Und dass mein Freund Raschid …`) is no speaker here.
            if let mention = view.mention(at: index), mention.type == .person,
               view.sentenceOf[index] == sentence || !followsFirstPerson(index, in: view), test(mention.key) {
                return mention.key
            }
            index -= 1
        }
        return nil
    }

    /// The one person named in `token`'s sentence before a colon that comes before it (by one key, however
    /// often), if only one: who introduces the words after the colon (a person inside them is no speaker).
    private func onlyPersonInSentence(before token: Int, in view: ArticleView) -> String? {
        let start = view.document.sentences[view.sentenceOf[token]].tokenRange.lowerBound
        guard let colon = (start..<token).first(where: { view.matches($0, .colon) }) else { return nil }
        return onlyPerson(in: start..<colon, in: view)
    }

    /// The last woman named before `token` in its sentence and the two before, passing over men named with a
    /// first name, but not over someone named by a surname alone, who may be the woman meant (`Bazack spricht H.
    /// frei. …, stellt sie klar`).
    private func lastWoman(before token: Int, in view: ArticleView) -> String? {
        var surnameOnly = false
        let woman = lastPerson(before: token, in: view) { key in
            if isWoman(key, in: view) { return true }
            surnameOnly = surnameOnly || isSurnameOnly(key, in: view)
            return surnameOnly
        }
        return woman.flatMap { isWoman($0, in: view) ? $0 : nil }
    }

    /// Whether the article names the person by one word only (`Bazack`), which tells no gender.
    private func isSurnameOnly(_ key: String, in view: ArticleView) -> Bool {
        view.singleNameKeys.contains(key)
    }

    /// Whether the person's first name is a woman's (`Beate Zschäpe`); a surname alone tells nothing.
    private func isWoman(_ key: String, in view: ArticleView) -> Bool {
        view.womanKeys.contains(key)
    }

    /// The person whose name opens `sentence` (its subject, as a rule).
    private func personOpening(_ sentence: Int, in view: ArticleView) -> String? {
        guard sentence >= 0 else { return nil }
        let start = view.document.sentences[sentence].tokenRange.lowerBound
        // (`Der deutsche Außenminister Frank-Walter Steinmeier übte …`: an article, adjectives and a role word
        // before the name open the subject too.)
        var token = start
        while token < start + 4, view.mention(startingAt: token) == nil,
              view.hasCue(.determiner, token) || roleRules.hasRole(at: token, in: view)
                || !view.isCapitalized(token) && isAdjectiveForm(token, in: view)
                // (`Sozialarbeiterin Elif Demirtaş betreut …`: a profession right before the name.)
                || view.isCapitalized(token) && view.mention(startingAt: token + 1)?.type == .person
                    && lexicon.isPersonNoun(utf8: view.lowerUTF8(token)) {
            token += 1
        }
        guard let person = view.mention(startingAt: token), person.type == .person else { return nil }
        return person.key
    }

    /// A lower-case word with an adjective's ending (`deutsche`, `früheren`).
    private func isAdjectiveForm(_ token: Int, in view: ArticleView) -> Bool {
        view.isWord(token) && (view.lower(token, hasSuffix: "e") || view.lower(token, hasSuffix: "er")
            || view.lower(token, hasSuffix: "es") || view.lower(token, hasSuffix: "em")
            || view.lower(token, hasSuffix: "en"))
    }

    /// Whether the sentence is in the first person before `token` (`Und dass mein Freund Raschid …`): someone's
    /// own words, quoted without quotation marks. (`Varoufakis schrieb: Ich bin …` names its speaker first.)
    private func followsFirstPerson(_ token: Int, in view: ArticleView) -> Bool {
        let start = view.document.sentences[view.sentenceOf[token]].tokenRange.lowerBound
        return (start..<token).contains { view.hasCue(.firstPerson, $0) }
    }

    private func womanOpeningTheSentence(before token: Int, in view: ArticleView) -> String? {
        let start = view.document.sentences[view.sentenceOf[token]].tokenRange.lowerBound
        let people = view.mentions(startingIn: start..<token).filter {
            $0.type == .person && $0.tokens.upperBound <= token
        }
        guard let person = people.first, Set(people.map(\.key)).count == 1 else { return nil }
        let first = person.tokens.lowerBound
        if first == start { return person.key }
        let womansNoun = (start..<first).contains { view.isCapitalized($0) && view.lower($0, hasSuffix: "in")
            && view.lowerCount($0) > 4 }
        return womansNoun && view.hasCue(.determiner, start) ? person.key : nil
    }

    /// Whether a role word taken up later (`wanted`) names the one held earlier (`held`): the same word or a
    /// shorter one (`Staranwalt` … `der Anwalt`), or one that only spells the same office out (`Anwalt Mathias
    /// Kapferer` … `so der Rechtsanwalt`, `Sprecher` … `der Pressesprecher`). Most longer words name another
    /// office (`Präsident` … `der Vizepräsident`, `Anwalt` … `der Staatsanwalt`).
    /// Or a word the title lists give for the same office (`Premier` … `der Premierminister`).
    func namesSameRole(_ held: String, _ wanted: String) -> Bool {
        held.quickHasSuffix(wanted) || Self.spelledOut.contains { wanted == $0 + held }
            || lexicon.titlesTakenUp[wanted]?.contains(held) == true
    }

    private static let spelledOut = ["rechts", "presse"]

    /// `der Anwalt`, `die Sprecherin`: the nearest earlier mention of the same role word with its holder — the
    /// person right after it (`sein Anwalt Tobias Reindl`), else the organisation it speaks for
    /// (`Sprecherin der Landespolizeidirektion`, `ÖBB-Sprecherin`, an unnamed `Oberstaatsanwalt der ZCB`).
    /// Professions give no hasTitle, so the role relations cannot answer this.
    func holderOfRole(_ title: String, before roleToken: Int, in view: ArticleView) -> String? {
        let wanted = title.quickLowercased()
        let stem = Array(String(wanted.suffix(6).prefix(4)).utf8)
        var token = roleToken - 1
        var steps = 0
        while token >= 0 && steps < 600 {
            defer { token -= 1; steps += 1 }
            // Cheap tests first: the role table's filters (inline), which turn away most words and find no role
            // where they do; then the word must contain the role word's start (`Anwalt` in `Staranwalts`).
            guard view.isWord(token), view.isCapitalized(token), view.mayHaveRole(token),
                  view.lower(token, contains: stem),
                  let hit = roleRules.role(at: token, in: view),
                  namesSameRole(hit.title.quickLowercased(), wanted),
                  !hit.former else { continue }
            var next = token + 1
            // `Anwalt des Kapitäns, Marco Weiss`: skip one genitive phrase before the comma and name.
            if let person = view.mention(startingAt: next), person.type == .person { return person.key }
            // Only a spokesperson stands for the organisation itself (`der Generalsekretär` is a person).
            let spokesperson = wanted.quickHasSuffix("sprecher") || wanted.quickHasSuffix("sprecherin")
            if spokesperson, let fused = hit.fused, fused.type == .organization { return fused.key }
            let sentence = view.sentenceOf[token]
            if let attached = roleRules.attachment(after: token, sentence: sentence, in: view) {
                next = attached.tokens.upperBound
                if view.matches(next, .comma), let person = view.mention(startingAt: next + 1), person.type == .person {
                    return person.key
                }
                // `erklärte ein Heeressprecher der APA.`: after a speech verb the name is the dative outlet.
                let afterVerb = view.isVerbForm(token - 1) || view.isVerbForm(token - 2)
                if spokesperson, attached.type == .organization, !afterVerb { return attached.key }
                // `sagte der Oberstaatsanwalt` after `sagte der zuständige Oberstaatsanwalt der ZCB`: an unnamed
                // holder of another role spoke for the body too; not a news agency or paper, whom it was told.
                if !spokesperson, attached.type == .organization, !lexicon.agencySources.contains(attached.source),
                   !lexicon.mediaSources.contains(attached.source) {
                    return attached.key
                }
            }
            return nil
        }
        return nil
    }

    /// `Der Botschafter`: the person the article gave that title before. Where it gave the title to several
    /// (`US-Außenminister John Kerry` after `Außenminister Sergej Lawrow`), the one named last before the word:
    /// `Der Minister rief …` three sentences after `Lawrow sagte` goes on about Lawrow.
    private func resolveRole(
        _ title: String, before token: Int, state: State, roles: [Relation], in view: ArticleView
    ) -> String? {
        let sentence = view.sentenceOf[token]
        let wanted = title.quickLowercased()
        let variants = lexicon.titlesTakenUp[wanted]
        var holders: [String] = []
        for relation in roles.reversed() where relation.sentenceIndex <= sentence {
            let held: String?
            if case .literal(let literal) = relation.object { held = literal } else { held = relation.role }
            if let held, held.lowercasedHasSuffix(wanted) || variants?.contains(held.lowercased()) == true,
               case .entity(let key) = relation.subject,
               !holders.contains(key) {
                holders.append(key)
            }
        }
        guard holders.count > 1 else { return holders.first }
        let named = view.mentions(endingBy: token).last { holders.contains($0.key) }
        return named?.key ?? holders.first
    }

    /// The person the relations so far make a member of `organisation`, if there is exactly one.
    private func onlyMember(
        of organisation: String, before token: Int, roles: [Relation], in view: ArticleView
    ) -> String? {
        let sentence = view.sentenceOf[token]
        var member: String?
        for relation in roles where relation.sentenceIndex <= sentence && relation.predicate == .memberOf {
            guard case .entity(let body) = relation.object, body == organisation,
                  case .entity(let person) = relation.subject else { continue }
            if let member, member != person { return nil }
            member = person
        }
        return member
    }

    // MARK: Content

    /// Content after a speech verb and its speaker: `, dass …`, `, ob …`, `: …`, a quote, a Konjunktiv clause
    /// or a zu-infinitive after a comma.
    /// `, derzufolge …`, `, die er …`: a relative clause hangs on a noun, it is no reported content.
    private func isRelativeClause(at token: Int, in view: ArticleView) -> Bool {
        if view.hasCue(.relative, token) { return true }
        // `…, bei dem die Frage … sein werde`: a preposition before the relative pronoun.
        // (Not `, bei dem Treffen …`: a noun right after makes the article a plain one.)
        if view.isIn(.preposition, token), !view.isCapitalized(token), view.hasCue(.determiner, token + 1),
           !view.hasCue(.indefinite, token + 1), !view.isCapitalized(token + 2),
           !isAdjectiveBeforeNoun(token + 2, in: view) || view.hasCue(.determiner, token + 2),
           !opensWithPhraseBeforeKonjunktiv(token + 1, in: view) {
            return true
        }
        return view.hasCue(.determiner, token) && !view.hasCue(.indefinite, token)
            && !view.isCapitalized(token + 1) && !isAdjectiveBeforeNoun(token + 1, in: view)
            && !view.isKonjunktivForm(token + 1)
    }

    /// `, in den zehn alten Gebäuden seien Menschen festgehalten worden`: an article whose noun (a few words on)
    /// a Konjunktiv form follows, with more words after it, opens a fronted phrase, not a relative clause, whose
    /// verb would close it after a participle (`, in dem zehn Menschen gestorben seien,`).
    private func opensWithPhraseBeforeKonjunktiv(_ article: Int, in view: ArticleView) -> Bool {
        // (`auf dem rund zehn Hektar großen Gelände seien`: the phrase's words up to the noun before the verb.)
        var token = article + 1
        while token < min(article + 8, view.tokenCount), !view.isPunctuation(token) {
            if view.isKonjunktivForm(token) {
                return view.isCapitalized(token - 1) && token + 1 < view.tokenCount && !view.isPunctuation(token + 1)
                    && view.sentenceOf[token + 1] == view.sentenceOf[article]
            }
            token += 1
        }
        return false
    }

    private func isAdjectiveBeforeNoun(_ token: Int, in view: ArticleView) -> Bool {
        view.document.tokens.indices.contains(token) && view.isWord(token)
            && view.isCapitalized(token + 1)
    }

    /// A lower-case word of three letters or more that is no article, preposition or conjunction: a verb or an
    /// adverb, which a clause has and a fronted phrase of place and time does not.
    private func isClauseWord(_ token: Int, in view: ArticleView) -> Bool {
        view.isWord(token) && !view.isCapitalized(token) && !view.hasCue(.determiner, token)
            && !view.hasCue(.oblique, token) && !view.matches(token, in: Self.clauseJoiners)
            && !view.isIn(.preposition, token) && view.lowerCount(token) > 2
    }

    /// Whether the clause of the verb at `verbToken` opens with `wie` (`…, wie sie bei der Pressekonferenz sagte`).
    private func opensWieClause(before verbToken: Int, from start: Int, in view: ArticleView) -> Bool {
        var token = verbToken - 1
        while token > start, !view.matches(token, .comma) { token -= 1 }
        return view.matches(token == start ? start : token + 1, .wie)
    }

    /// Verbs of saying whose object may be a main clause in the indicative (`sagte, 2016 sollten …`).
    static let verbsOfSaying: Set<String> = [
        "sagt", "sagte", "sagten", "erklärt", "erklärte", "erklärten", "betont", "betonte", "betonten", "meint",
        "meinte", "meinten", "versichert", "versicherte", "versicherten", "bekräftigt", "bekräftigte", "bekräftigten",
    ]

    /// `sagte Faymann in Anspielung darauf, dass …`, `mit Blick darauf, dass …`: a `dass` clause after the
    /// pronominal adverb of a prepositional phrase is what its noun refers to, not what the verb says (unlike the
    /// verb's own, `begründete die Entscheidung damit, dass …`).
    private func isNounsDassClause(comma: Int, in view: ArticleView) -> Bool {
        comma >= 3 && view.isCapitalized(comma - 2) && !view.hasMention(at: comma - 2)
            && (view.lower(comma - 1, is: "darauf") || view.lower(comma - 1, is: "darüber"))
            && (view.matches(comma - 3, in: [.in, .im, .mit]) || view.lower(comma - 3, is: "unter"))
    }

    private func contentAfter(
        _ start: Int, sentence: Int, allowInfinitive: Bool = true, indicative: Bool = false,
        firstClauseOnly: Bool = false, in view: ArticleView
    ) -> (span: TextSpan, lastSentence: Int, kind: ContentKind)? {
        let range = view.document.sentences[sentence].tokenRange
        var token = start
        var commas = 0
        // Time, place and occasion may stand between speaker and content (`sagte am Dienstag auf dem Kongress des
        // Chaos Computer Clubs (CCC) in Hamburg, …`).
        while token < range.upperBound && token < start + 20 {
            // `äußerte sich nicht dazu, ob …`: a denied statement reports nothing.
            if commas == 0, view.hasCue(.negation, token) { return nil }
            // `…, scherzt er – wer weiß, ob …`: a dash opens a clause of the writer's, not the content; a short
            // aside closed by a second dash is passed (`weist übrigens – zurecht – darauf hin, dass`).
            if view.matches(token, .dash) {
                guard let close = (token + 1..<min(token + 6, range.upperBound)).first(where: {
                    view.isPunctuation($0) }), view.matches(close, .dash) else { return nil }
                token = close + 1
                continue
            }
            if view.matches(token, .colon) && isFreeColon(token, in: view) {
                return contentAfterColon(token, sentence: sentence, in: view).map {
                    ($0.span, $0.lastSentence, .colon)
                }
            }
            // (`sprach Miriam Okafor von einem „Verbrechen mitten unter uns“`: the quoted words spoken of.)
            if let quoteIndex = view.quoteAt[token], view.quotes[quoteIndex].open == token,
               token == start || view.matches(token - 1, in: [.comma, .colon])
                || view.matches(start, .von) && (token == start + 1
                                                 || token == start + 2 && view.hasCue(.determiner, start + 1))
                // (`sprach in der Urteilsbegründung von einem „…“`: after a phrase of occasion, with its article.)
                || token > start + 2 && token <= start + 6 && view.matches(token - 2, .von)
                    && view.hasCue(.indefinite, token - 1)
                    && !(start..<token - 2).contains(where: { view.isPunctuation($0) || view.hasMention(at: $0) }),
               view.quotes[quoteIndex].close - token > 3 {
                let quote = view.quotes[quoteIndex]
                return (quote.content, view.sentenceOf[quote.close], .quote)
            }
            if view.matches(token, .comma) {
                commas += 1
                if firstClauseOnly && commas > 1 { return nil }
                let next = token + 1
                if view.matches(next, .dass), isNounsDassClause(comma: token, in: view) { return nil }
                if view.matches(next, .dass), let span = contentSpan(next + 1, range.upperBound, in: view) {
                    return (span, sentence, .dass)
                }
                if view.matches(next, .ob), let span = contentSpan(next, range.upperBound, in: view) {
                    return (span, sentence, .ob)
                }
                if let quoteIndex = view.quoteAt[next], view.quotes[quoteIndex].open == next {
                    let quote = view.quotes[quoteIndex]
                    return (quote.content, view.sentenceOf[quote.close], .quote)
                }
                let end = clauseEnd(after: next, in: view)
                // `kritisierte …, weil sie …`, `zurückgewiesen, da dies …`: a reason or a time is no content.
                if !isRelativeClause(at: next, in: view), !view.hasCue(.adverbialSubordinator, next),
                   !view.lower(next, is: "da"),
                   (next..<end).contains(where: { isKonjunktiv($0, in: view) }),
                   let span = contentSpan(next, range.upperBound, in: view) {
                    return (span, sentence, .konjunktiv)
                }
                // (`Berufung einzulegen`: a fused infinitive and its object are two words.)
                if allowInfinitive, end - next >= 3 && view.matches(end - 2, .zu)
                    || end - next >= 2 && isFusedZuInfinitive(end - 1, in: view),
                   !view.matches(next, in: Self.infinitiveOpeners) {
                    // `rät Betroffenen, nicht zu zahlen, Beweise zu sichern und Anzeige zu erstatten`: the
                    // infinitives listed after the first are the same content.
                    var last = end
                    while view.matches(last, .comma), last + 1 < range.upperBound {
                        let following = clauseEnd(after: last + 1, in: view)
                        guard following - (last + 1) >= 2, view.matches(following - 2, .zu)
                                || isFusedZuInfinitive(following - 1, in: view) else { break }
                        last = following
                    }
                    if let span = contentSpan(next, last, in: view) { return (span, sentence, .zuInfinitive) }
                }
                // `Google verspricht viel, wir forschen nach, ob …`: a clause of the writer's own in the first
                // person; a dass or ob clause after it is its own.
                if view.matches(next, in: [.ich, .wir]), !(next..<end).contains(where: { isKonjunktiv($0, in: view) }),
                   !indicative {
                    return nil
                }
                // `Gagey sagte am Montag vor den Gewerkschaftsvertretern, 2016 sollten fünf Flugzeuge …`: after a
                // verb of saying, the main clause after the first comma is what was said, in the indicative too;
                // not a relative or adverbial clause, a joined clause, nor an apposition (`X, der Chef der Y, …`).
                // (An object (`den aktuellen Schwerpunkt`), an infinitive or a person set off
                // (`Professorin für …`) is none either.)
                if indicative, commas == 1, range.upperBound - next >= 4, !isRelativeClause(at: next, in: view),
                   !view.hasCue(.adverbialSubordinator, next), !view.hasCue(.subordinator, next),
                   !view.hasCue(.oblique, next), !view.matches(next, in: Self.clauseJoiners),
                   !view.lower(next, is: "sondern"), !view.matches(next, in: Self.infinitiveOpeners),
                   // (An article opens an apposition there, unless its noun goes on with a verb, `sagte, die
                   // Grenze bleibt geschlossen, was …`, not a participle, `sagte, das Argument entkräftend, dass`.)
                   !(view.hasCue(.determiner, next) && view.matches(end, .comma)
                     && !(view.isCapitalized(next + 1) && next + 2 < end && isClauseWord(next + 2, in: view)
                          && !view.lower(next + 2, hasSuffix: "end"))),
                   !view.matches(end - 2, .zu), !isFusedZuInfinitive(end - 1, in: view),
                   !(next...next + 1).contains(where: {
                       roleRules.hasRole(at: $0, in: view) || personNoun(at: $0, in: view) != nil }),
                   // (Nor at the sentence's end: `…, meint auch Claudio Couto, Politologe an der Universität X.`)
                   !(view.isCapitalized(next) && !view.hasMention(at: next)
                     && (view.matches(end, in: [.comma, .colon]) || end >= range.upperBound - 1)
                     && (view.matches(next + 1, in: Self.attributeOpeners) || view.lower(next + 1, is: "an"))),
                   let span = contentSpan(next, range.upperBound, in: view) {
                    return (span, sentence, .clause)
                }
                if commas >= 2 { return nil }
            }
            token += 1
        }
        return nil
    }

    private func contentAfterColon(
        _ colon: Int, sentence: Int, in view: ArticleView
    ) -> (span: TextSpan, lastSentence: Int)? {
        let next = colon + 1
        let range = view.document.sentences[sentence].tokenRange
        // (A quoted word the clause goes on after is part of the content, not all of it: `Facebook:
        // "Bürgerwehren" stellen … an den Pranger`.)
        if let quoteIndex = view.quoteAt[next], view.quotes[quoteIndex].open == next,
           !(view.quotes[quoteIndex].close + 1 < range.upperBound && view.isWord(view.quotes[quoteIndex].close + 1)) {
            let quote = view.quotes[quoteIndex]
            return (quote.content, view.sentenceOf[quote.close])
        }
        guard range.upperBound - next >= 3, let span = contentSpan(next, range.upperBound, in: view) else { return nil }
        return (span, sentence)
    }

    /// The quote that closes right before `token` (marks and a comma between allowed).
    private func quoteEnding(before token: Int, in view: ArticleView) -> ArticleView.Quote? {
        var index = token - 1
        while index >= 0 && view.matches(index, .comma) { index -= 1 }
        guard index >= 0, let quoteIndex = view.quoteAt[index], view.quotes[quoteIndex].close == index else {
            return nil
        }
        return view.quotes[quoteIndex]
    }

    /// The first token after `token` that ends its clause (comma, colon, sentence end).
    private func clauseEnd(after token: Int, in view: ArticleView) -> Int {
        view.clauseEnd(from: token, inSentenceOf: token)
    }

    /// Text of tokens `start..<end` without trailing punctuation and quote marks.
    /// Past a dateline at the sentence's start (`Wien – `, `Holguin/Vatikanstadt – `, `Berlin (dpa) - `): the
    /// place the story was filed from is no part of what anyone said.
    private func pastDateline(_ first: Int, before last: Int, in view: ArticleView) -> Int {
        guard first < last, first < view.tokenCount,
              first == view.document.sentences[view.sentenceOf[first]].tokenRange.lowerBound,
              view.mention(startingAt: first)?.type == .place else { return first }
        var token = first + 1
        while token < min(first + 6, last) {
            if view.matches(token, .dash) || view.matches(token, .hyphen) && view.matches(token - 1, .closeParen) {
                return token + 1
            }
            // (Places, a slash between two, an agency's short name in brackets: `(dpa)`, `(APA)`.)
            guard view.isCapitalized(token) || view.original(token) == "/"
                    || view.matches(token, in: [.openParen, .closeParen])
                    || view.matches(token - 1, .openParen) && view.lowerCount(token) <= 4
            else { return first }
            token += 1
        }
        return first
    }

    func contentSpan(_ start: Int, _ end: Int, in view: ArticleView) -> TextSpan? {
        var first = start
        var last = end - 1
        while first <= last && (view.isQuote(first) || view.matches(first, .comma)) { first += 1 }
        first = pastDateline(first, before: last, in: view)
        while last >= first && view.isPunctuation(last) && !view.matches(last, .closeParen) { last -= 1 }
        // (A question keeps its mark: `Wer erzählt denn sowas?`.)
        if last + 1 < end, view.matches(last + 1, .questionMark) { last += 1 }
        guard first <= last else { return nil }
        return TextSpan(view.document.tokens[first].span.begin, view.document.tokens[last].span.end)
    }
}
