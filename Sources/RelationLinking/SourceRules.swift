import NewsGraphCore

/// accordingTo: figures attributed to a named source by `laut X`, `X zufolge`, `nach Angaben von X`,
/// `gemessen von X`, or by a said or belief of X; a figure in the next sentence that refers back
/// (`die Hälfte von ihnen`) shares the source.
///
/// A class, as `RoleRules`: a call on a struct that holds the lexicon copied its tables to the stack first.
final class SourceRules: Sendable {
    let lexicon: LinkingLexicon
    /// Asked whether a sentence goes on in reported speech, which carries a named source on.
    let speechRules: SpeechRules

    init(lexicon: LinkingLexicon, speechRules: SpeechRules) {
        self.lexicon = lexicon
        self.speechRules = speechRules
    }

    /// The particle of `aus … hervorgehen` in the forms `emergingSource(in:view:)` takes (`geht … hervor`, `wie …
    /// hervorgeht`): a `WordClass`, so that a sentence without one is not searched for it.
    static let emergingParticles: Set<String> = ["hervor", "hervorgeht", "hervorging", "hervorgehe", "hervorgehen"]

    /// Words for a company as the first part of `Konzern-Angaben`.
    static let companyWords: Set<String> = ["konzern", "unternehmen", "firmen", "firma", "bank"]

    static let timeUnits: Set<String> = [
        "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen",
        "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "jahrzehnt", "jahrzehnte", "jahrzehnten",
    ]

    /// `key.hasPrefix("literal:")`: a source named by text, not by an entity (`pronounSource`). Read from the bytes
    /// where they decide: the prefix's, and a character boundary after it, which any byte below 0xCC opens (no
    /// code point below U+0300 joins the one before it).
    static func isLiteral(_ key: String) -> Bool {
        var key = key
        let decided: Bool? = key.withUTF8 { bytes in
            // The eight bytes of `literal:` as one load (a generic `starts(with:)` cost a hundred instructions).
            guard bytes.count >= 8, let start = bytes.baseAddress,
                  UnsafeRawPointer(start).loadUnaligned(as: UInt64.self) == literalPrefix else { return false }
            return bytes.count == 8 || bytes[8] < 0xCC ? true : nil
        }
        return decided ?? key.hasPrefix("literal:")
    }

    /// Verbs after `Das`/`Dies` that restate the figure before as another (`Das sind 25 Prozent mehr`).
    private static let restatingVerbs: [StaticString] = ["sind", "ist", "waren", "war", "entspricht", "entsprach"]

    /// The UTF-8 of `literal:` read as a little-endian `UInt64`.
    private static let literalPrefix: UInt64 = "literal:".utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }

    /// The words that cue an explicit source besides the cue bits (`explicitSources`): a literal in that function
    /// was built word by word for every sentence of the text, the compiler folding it to its masks no longer. A
    /// stored constant of the rules, not a static one, whose every read (some 48,000 a pass) called `swift_once`.
    private let cueWords: RuleWordSet = [.nach, .gemessen, .sprach, .spricht, .sprachen]

    /// A figure attributed and its speaker, each pair once in `apply`. A struct, not a tuple: an array of tuples
    /// was freed through the runtime's generic tuple witness, tens of instructions each.
    private struct AttributedFigure {
        let quantity: Int
        let speaker: String
    }

    /// `all` holds the speech rules' attributions; the sources found here are appended to it in place (appending to
    /// a copy of the caller's array copied it in every article), and the caller keeps its room for the next article.
    func apply(_ view: ArticleView, attributions all: inout [Attribution], into out: inout [Relation]) {
        var explicit: [Attribution] = []
        for sentence in view.document.sentences.indices {
            explicitSources(sentence, in: view, into: &explicit)
        }
        all += explicit
        let takenUp = sourcesTakenUp(after: all, in: view)
        all += takenUp
        // (A source taken up goes on in Konjunktiv as a named one does: `Dem Bericht zufolge stieg … Im
        // vergangenen Jahr seien 173 Fälle gezählt worden`.)
        if !takenUp.isEmpty {
            explicit += takenUp
            explicit.sort(by: { ($0.sentence, $0.scope.lowerBound) < ($1.sentence, $1.scope.lowerBound) })
        }
        all += konjunktivChains(after: explicit, attributed: all, in: view)
        // The source of the first figure attributed in each sentence, by index: made at the first such figure (most
        // articles attribute none), where a dictionary by sentence was asked about every sentence of the others.
        // Each is the position in `out` of the relation whose object it is, -1 for none: an array of optional
        // sources was destroyed through the runtime's generic optional witness, a sentence at a time.
        var firstSource: [Int] = []
        // The figures attributed, each with its speaker, each pair once: compared by their parts, which is how the
        // strings `quantity|speaker` once hashed here compare (the number's digits hold no `|`, and a mark after
        // `|` composes with nothing). An article attributes a handful.
        var seen: [AttributedFigure] = []
        // Sorted in place (`sorted` runs the same sort on a copy) and read by position: a sorted copy and a loop
        // over it copied every attribution, its two strings retained and released.
        all.sort(by: { ($0.sentence, $0.scope.lowerBound) < ($1.sentence, $1.scope.lowerBound) })
        for index in all.indices {
            let attribution = all[index]
            let node: Relation.Node = Self.isLiteral(attribution.speakerKey)
                ? .literal(String(attribution.speakerKey.dropFirst("literal:".count)))
                : .entity(key: attribution.speakerKey)
            for quantity in quantities(in: attribution.scope, view: view) {
                let speaker = attribution.speakerKey
                guard !seen.contains(where: { $0.quantity == quantity && $0.speaker == speaker }) else { continue }
                seen.append(AttributedFigure(quantity: quantity, speaker: speaker))
                let sentence = view.sentenceOf[view.document.firstToken(endingAfter:
                    view.document.quantities[quantity].span.begin)]
                out.append(Relation(
                    subject: .quantity(index: quantity), predicate: .accordingTo, object: node,
                    sentenceIndex: sentence, provenance: Provenance(match: .rule, source: attribution.rule)))
                if sentence >= 0 && sentence < view.document.sentences.count {
                    if firstSource.isEmpty {
                        // (Room reserved, then filled: `Array(repeating:count:)` allocated through the runtime's
                        // unspecialised path, some 600 instructions.)
                        firstSource.reserveCapacity(view.document.sentences.count)
                        firstSource.append(contentsOf: repeatElement(-1, count: view.document.sentences.count))
                    }
                    if firstSource[sentence] < 0 { firstSource[sentence] = out.count - 1 }
                }
            }
        }
        // A figure in the next sentence that refers back to an attributed one. (Most articles attribute no figure:
        // then no sentence is looked up.)
        guard !firstSource.isEmpty else { return }
        for sentence in view.document.sentences.indices.dropFirst() {
            guard firstSource[sentence - 1] >= 0, firstSource[sentence] < 0 else { continue }
            let source = out[firstSource[sentence - 1]].object
            let range = view.document.sentences[sentence].tokenRange
            // `Hinzu kommen etwa 620 Vietnamesen, 410 Indonesier und 280 Thailänder`: the sentence adds to the figures
            // before, every figure of it with their source.
            if range.count > 2, view.lower(range.lowerBound, is: "hinzu") || view.matches(range.lowerBound, .dazu),
               view.lower(range.lowerBound + 1, hasPrefix: "k") {
                for quantity in quantities(in: range, view: view) {
                    out.append(Relation(
                        subject: .quantity(index: quantity), predicate: .accordingTo, object: source,
                        sentenceIndex: sentence, provenance: Provenance(match: .rule, source: "source-added")))
                }
                continue
            }
            // `Die Präfektur zählte 3.900 Menschen. Im März waren es 3.500`: a bare figure counting what the figure
            // before counted goes on with its source.
            for quantity in quantities(in: range, view: view)
            where view.document.quantities[quantity].provenance.source.hasSuffix(Provenance.unitFromAntecedent) {
                out.append(Relation(
                    subject: .quantity(index: quantity), predicate: .accordingTo, object: source,
                    sentenceIndex: sentence, provenance: Provenance(match: .rule, source: "source-antecedent")))
            }
            // `… registrierten 69.000 Betroffene. Das sind rund 25 Prozent mehr als 2019`: the sentence opens by
            // taking up the figure before and restates it as the figure right after the verb, perhaps after the
            // noun of a change (`Das entspricht einem Anstieg um 38 Prozent`), before any punctuation.
            let first = range.lowerBound
            if range.count > 3, view.matches(first, .das) || view.matches(first, .dies),
               Self.restatingVerbs.contains(where: { view.lower(first + 1, is: $0) }) {
                let window = min(first + 7, range.upperBound)
                let end = (first + 2..<window).first(where: { view.isPunctuation($0) }) ?? window
                for quantity in quantities(in: first + 2..<end, view: view) {
                    out.append(Relation(
                        subject: .quantity(index: quantity), predicate: .accordingTo, object: source,
                        sentenceIndex: sentence, provenance: Provenance(match: .rule, source: "source-restated")))
                }
                continue
            }
            // (Not after a comma, where it takes up a noun of its own sentence: `stellten Beweismaterial sicher,
            // darunter 310 Mobiltelefone`.)
            var anaphors = view.tokens(in: range, withAny: UInt64(LinkingLexicon.Cue.anaphor.bit))
            guard let cue = anaphors.next(), !view.matches(cue - 1, .comma)
            else { continue }
            // Only a figure right after the back-reference: `von ihnen (5,3 Prozent)`.
            for quantity in quantities(in: cue + 1..<min(cue + 5, range.upperBound), view: view) {
                out.append(Relation(
                    subject: .quantity(index: quantity), predicate: .accordingTo, object: source,
                    sentenceIndex: sentence, provenance: Provenance(match: .rule, source: "source-anaphor")))
            }
        }
    }

    /// Whether `von` or `vom` follows the verb of `sprach von` (perhaps after a time: `sprach am Sonntag von`) and
    /// a figure follows that, perhaps after a modifier or an adjective (`von mehr als 200 Festnahmen`, `vom
    /// schlimmsten Regen seit 1.000 Jahren`), all without punctuation between.
    private func spokenFigure(after verb: Int, in sentence: Range<Int>, view: ArticleView) -> Bool {
        guard let von = (verb + 1..<min(verb + 5, sentence.upperBound)).first(where: {
            view.matches($0, in: [.von, .vom]) || !view.isWord($0) }), view.matches(von, in: [.von, .vom])
        else { return false }
        return (von + 1..<min(von + 6, sentence.upperBound)).first(where: {
            view.quantityAt[$0] != nil || !view.isWord($0) }).map { view.quantityAt[$0] != nil } ?? false
    }

    /// `nach diesen Angaben`, `nach seinen Angaben`, `Der Statistik zufolge`: a sentence with no source of its own
    /// whose figures come from the named source of one of the sentences before (five for a demonstrative or an
    /// article, two for a pronoun). (Not `demnach`, which the annotated articles do not read as a source: 12 of 14
    /// figures after it are unattributed there.)
    private func sourcesTakenUp(after attributions: [Attribution], in view: ArticleView) -> [Attribution] {
        // The named attributions are asked of in place: filtered into an array of their own, each was copied (its
        // two strings retained and released) and the array grown append by append.
        guard attributions.contains(where: { !Self.isLiteral($0.speakerKey) }) else { return [] }
        let attributedSentences = SentenceMarks(
            count: view.document.sentences.count, marking: attributions.lazy.map(\.sentence))
        var out: [Attribution] = []
        // The cue below starts with one of these bits or with `nach`.
        let cueBits = UInt64(LinkingLexicon.Cue.anaphor.bit | LinkingLexicon.Cue.sourcePostposition.bit)
        for sentence in view.document.sentences.indices where !attributedSentences.contains(sentence) {
            let range = view.document.sentences[sentence].tokenRange
            // `Demnach wurden 14 Aufständische … getötet` after `Wie die Organisation mitteilte, …`: an adverb that
            // says `according to that` takes up the source of the sentence right before.
            // (The sentence before attributed first, a bit's test: the words' are asked only after one.)
            // (`Rund 38 Prozent wurden demnach …`: also inside the main clause, before any comma.)
            if !range.isEmpty, sentence > 0, attributedSentences.contains(sentence - 1),
               let adverb = (range.lowerBound..<min(range.lowerBound + 8, range.upperBound)).lazy.prefix(while: {
                   !view.matches($0, .comma) }).first(where: {
                       view.lower($0, is: "demnach") || view.lower($0, is: "demzufolge") }),
               !range.contains(where: { $0 != adverb && hasSourceCue($0, in: view) }),
               let source = attributions.last(where: {
                   $0.sentence == sentence - 1 && !Self.isLiteral($0.speakerKey)
               }) {
                out.append(Attribution(speakerKey: source.speakerKey, sentence: sentence, scope: range,
                                       rule: "source-taken-up"))
                continue
            }
            guard view.sentence(sentence, hasAny: cueBits) || view.sentence(sentence, hasAny: [.nach]) else { continue }
            // (`pronounSource` answers only at `nach` or a postposition: asked after that test, not called for every
            // token of the sentence.)
            guard let cue = view.tokens(in: range, withAny: cueBits, orIn: [.nach]).first(where: { token in
                view.matches(token, .nach) && view.hasCue(.anaphor, token + 1)
                    && view.hasCue(.sourceNoun, token + 2)
                    || view.hasCue(.anaphor, token) && view.hasCue(.sourceNoun, token + 1)
                    && view.hasCue(.sourcePostposition, token + 2)
                    // (`Der Statistik zufolge` after `Das geht aus einer Erhebung des BKA hervor`: a definite source
                    // noun names a document named before.)
                    || view.hasCue(.sourcePostposition, token) && definiteSourceNoun(before: token, in: view) != nil
                    || (view.matches(token, .nach) || view.hasCue(.sourcePostposition, token))
                    && pronounSource(at: token, in: view) != nil
            }) else { continue }
            // The nearest sentence before that names any source is the one referred to; an unnamed one
            // (`einer neuen Umfrage zufolge`) gives nothing, and so does a sentence with a source cue of its own.
            // (The cue's own `nach` and `zufolge` are no source of the sentence's own.)
            guard !range.contains(where: {
                !(cue...cue + 2).contains($0) && hasSourceCue($0, in: view) && pronounSource(at: $0, in: view) == nil
            }) else { continue }
            // (`nach seinen Angaben` takes up a man or an organisation, `ihr zufolge` a woman or an organisation.)
            let feminine = pronounSource(at: cue, in: view)
            // `Dem Bericht vom Donnerstag zufolge` after `nach einem Bericht von Spiegel online` and a body's figures:
            // the source that came with the same noun, where one of the sentences in reach has it.
            if feminine == nil, let noun = sourceNoun(at: cue, in: view),
               let named = sourceNamed(withNoun: noun, before: sentence, attributions: attributions, in: view) {
                out.append(Attribution(speakerKey: named.speakerKey, sentence: sentence,
                                       scope: clause(around: cue, in: range, view: view), rule: "source-taken-up"))
                continue
            }
            // `nach diesen Angaben` points at the last source named, though sentences on its figures came between
            // (five sentences back in a 10kGNAD article); a pronoun at a person or body of the last two.
            let reach = feminine == nil ? 5 : 2
            var back = sentence - 1
            while back >= 0, sentence - back <= reach, !attributedSentences.contains(back),
                  !view.document.sentences[back].tokenRange.contains(where: {
                      hasSourceCue($0, in: view) && pronounSource(at: $0, in: view) == nil }) {
                back -= 1
            }
            // (A document a definite article points at is a body's, not what a person said: `Die meisten gehen der
            // Umfrage zufolge …` after `erklärte Bitkom-Expertin Julia Miosga` takes up no one.)
            let document = feminine == nil && view.hasCue(.sourcePostposition, cue)
            // (Nor a statement: `Weltweit wurden dem Bericht zufolge …` after `Nach Angaben der IOM kamen …`, where
            // the report is another body's.)
            if document, back >= 0, !view.lower(cue - 1, is: "angaben"),
               view.document.sentences[back].tokenRange.contains(where: {
                   view.matches($0, .nach) && view.lower($0 + 1, is: "angaben") }) {
                continue
            }
            guard back >= 0, sentence - back <= reach, let source = attributions.last(where: {
                attribution in attribution.sentence == back && !Self.isLiteral(attribution.speakerKey)
                    && (feminine.map { view.pronounFits(attribution.speakerKey, feminine: $0) } ?? true)
                    && !(document && view.personKeys.contains(attribution.speakerKey))
            }) else {
                continue
            }
            out.append(Attribution(speakerKey: source.speakerKey, sentence: sentence,
                                   scope: clause(around: cue, in: range, view: view), rule: "source-taken-up"))
        }
        return out
    }

    /// The noun of `Der Statistik zufolge`, `dem Bericht vom Donnerstag zufolge` before the postposition at `token`:
    /// after a definite article, with a weekday or month after `vom` between.
    private func definiteSourceNoun(before token: Int, in view: ArticleView) -> Int? {
        let noun = view.matches(token - 2, .vom) && view.isCapitalized(token - 1) ? token - 3 : token - 1
        guard noun >= 1, view.hasCue(.sourceNoun, noun), view.hasCue(.determiner, noun - 1),
              !view.hasCue(.indefinite, noun - 1) else { return nil }
        return noun
    }

    /// The source noun of the take-up cue at `cue` (`diesem Bericht zufolge`, `nach diesen Angaben`, `Der Statistik
    /// zufolge`).
    private func sourceNoun(at cue: Int, in view: ArticleView) -> Int? {
        if view.matches(cue, .nach) { return view.hasCue(.sourceNoun, cue + 2) ? cue + 2 : nil }
        if view.hasCue(.anaphor, cue) { return view.hasCue(.sourceNoun, cue + 1) ? cue + 1 : nil }
        return definiteSourceNoun(before: cue, in: view)
    }

    /// The last named attribution of the five sentences before `sentence` that names the noun at `noun` as a
    /// source noun too (`Bericht`, `Berichts`).
    private func sourceNamed(
        withNoun noun: Int, before sentence: Int, attributions: [Attribution], in view: ArticleView
    ) -> Attribution? {
        let word = view.word(noun)
        for back in stride(from: sentence - 1, through: max(0, sentence - 5), by: -1) {
            let names = view.document.sentences[back].tokenRange.contains { token in
                view.hasCue(.sourceNoun, token) && Self.sameNoun(view.word(token), word)
            }
            guard names, let named = attributions.last(where: {
                $0.sentence == back && !Self.isLiteral($0.speakerKey)
            }) else { continue }
            return named
        }
        return nil
    }

    /// Two forms of one noun: equal, or one the other's genitive in `-s`, `-es`.
    private static func sameNoun(_ one: String, _ other: String) -> Bool {
        let (short, long) = one.utf8.count <= other.utf8.count ? (one, other) : (other, one)
        return long == short || long == short + "s" || long == short + "es"
    }

    /// `Laut Spiegel Online gab es mehr als tausend Angriffe. 2014 seien es 28 gewesen.`: the Konjunktiv sentences
    /// right after a sentence whose last clause has a named source report that source's figures, as they go on
    /// with a said; the chain ends at the first sentence with an attribution of its own or none in Konjunktiv.
    private func konjunktivChains(
        after explicit: [Attribution], attributed: [Attribution], in view: ArticleView
    ) -> [Attribution] {
        guard !explicit.isEmpty else { return [] }
        let taken = SentenceMarks(count: view.document.sentences.count, marking: attributed.lazy.map(\.sentence))
        var out: [Attribution] = []
        for (index, source) in explicit.enumerated() {
            // The last source of its sentence, standing in the clause that closes it.
            if index + 1 < explicit.count, explicit[index + 1].sentence == source.sentence { continue }
            guard source.scope.upperBound == view.document.sentences[source.sentence].tokenRange.upperBound else {
                continue
            }
            var next = source.sentence + 1
            while next < view.document.sentences.count, !taken.contains(next),
                  speechRules.continuesReportedSpeech(next, in: view) {
                out.append(Attribution(speakerKey: source.speakerKey, sentence: next,
                                       scope: view.document.sentences[next].tokenRange,
                                       rule: "source-konjunktiv-chain"))
                next += 1
            }
        }
        return out
    }

    /// `laut`, `zufolge`, `nach Angaben`: a source cue, whether or not it names anyone.
    private func hasSourceCue(_ token: Int, in view: ArticleView) -> Bool {
        view.hasCue(.sourcePreposition, token) || view.hasCue(.sourcePostposition, token)
            || view.matches(token, .nach) && (view.hasCue(.sourceNoun, token + 1)
                                              || view.hasCue(.sourceNoun, token + 2))
    }

    /// Quantities starting in `scope`, minus durations that frame the claim (`binnen zehn Monaten`).
    private func quantities(in scope: Range<Int>, view: ArticleView) -> [Int] {
        var out: [Int] = []
        var token = scope.lowerBound
        while token < scope.upperBound {
            if let quantity = view.quantityAt[token] {
                if !isFrame(quantity, first: token, in: view) && !isNamedPersonsAge(first: token, in: view)
                    && !out.contains(quantity) {
                    out.append(quantity)
                }
                while token < scope.upperBound && view.quantityAt[token] == quantity { token += 1 }
            } else {
                token += 1
            }
        }
        return out
    }

    /// `sagte der 28-Jährige`, `Der 54-Jährige versprach:`: the age that names the speaker, right after the
    /// speech verb or right before it, is no figure the speaker gives (an age inside what was said is:
    /// `laut X …, dass das 23-jährige Opfer …`).
    private func isNamedPersonsAge(first: Int, in view: ArticleView) -> Bool {
        // (`zwölfjährige`: an age in words is one token.)
        guard var after = view.ageEnd(at: first) ?? (view.lower(first, hasSuffix: "jährige")
                || view.lower(first, hasSuffix: "jährigen") ? first + 1 : nil),
              view.hasCue(.determiner, first - 1), !view.hasCue(.indefinite, first - 1) else { return false }
        // `Der zwölfjährige Dimitri kommt aus Luhansk und erzählt: …`: the age opening the sentence, the name
        // right after it.
        if view.mention(startingAt: after)?.type == .person,
           view.document.sentences[view.sentenceOf[first]].tokenRange.lowerBound == first - 1 { return true }
        // `meinte der 69-jährige Niederländer`
        if view.lower(first + 2, is: "jährige") || view.lower(first + 2, is: "jährigen"), view.isCapitalized(after),
           !view.isCapitalized(first + 2) {
            after += 1
        }
        // (`…, so der 42-jährige TV-Moderator Mazza`)
        return view.verbs(first - 2) != nil || view.matches(first - 2, .so) || view.verbs(after) != nil
    }

    private func isFrame(_ quantity: Int, first: Int, in view: ArticleView) -> Bool {
        // The cue before the figure first: most figures have none, and their unit is then never lower-cased and
        // hashed.
        guard view.hasCue(.frame, first - 1) || view.hasCue(.frame, first - 2) else { return false }
        var last = first
        while last + 1 < view.tokenCount && view.quantityAt[last + 1] == quantity { last += 1 }
        // The last word first, by its bit; the unit only where it is not that word (as written, lower-cased).
        return view.isIn(.timeUnit, last)
            || view.document.quantities[quantity].unit.map({ Self.timeUnits.contains($0.quickLowercased()) }) ?? false
    }

    /// `laut X`, `X zufolge`, `nach Angaben des X`, `gemessen von X` in one sentence.
    /// (Appended to `out`, not returned: an array for every sentence was 26,000 allocations a corpus pass.)
    // The summary's test inlined where `apply` calls, the search out of line (as `PlaceRules.sceneCountry`): a
    // sentence with none of the words the search asks for (nine in ten) still cost the call's saving and
    // restoring of registers.
    @inline(__always)
    private func explicitSources(_ sentence: Int, in view: ArticleView, into out: inout [Attribution]) {
        let cueBits = LinkingLexicon.Cue.sourcePreposition.bit | LinkingLexicon.Cue.sourcePostposition.bit
            | LinkingLexicon.Cue.figureVerb.bit
        guard view.sentence(sentence, hasAny: UInt64(cueBits) | WordClass.emergingParticle.bit)
            || view.sentence(sentence, hasAny: cueWords) else { return }
        explicitSourcesSearch(sentence, in: view, into: &out)
    }

    /// `explicitSources(_:in:into:)` of a sentence that may hold a source.
    @inline(never)
    private func explicitSourcesSearch(_ sentence: Int, in view: ArticleView, into out: inout [Attribution]) {
        let range = view.document.sentences[sentence].tokenRange
        // `Aus dem Abschlussbericht des BSI geht hervor, dass …`, `…, geht aus einer Umfrage des Bitkom hervor.`,
        // `Wie aus einem Bericht von Europol hervorgeht, …`: the document's body is the source of the sentence.
        // (Only a sentence with both words is searched: each of some fourteen hundred with `aus` a pass was walked
        // for the particle, which few of them hold.)
        if view.sentence(sentence, hasAny: [.aus]), view.sentence(sentence, hasAny: WordClass.emergingParticle.bit),
           let source = emergingSource(in: range, view: view) {
            // `Das geht aus einer Erhebung des BKA hervor.`: the figures the sentence before gave.
            let first = range.lowerBound
            let takesUp = sentence > 0 && (view.matches(first, .das) || view.matches(first, .dies))
                && (view.lower(first + 1, is: "geht") || view.lower(first + 1, is: "ging"))
            let scope = takesUp ? view.document.sentences[sentence - 1].tokenRange.lowerBound..<range.upperBound : range
            out.append(Attribution(speakerKey: source, sentence: sentence, scope: scope, rule: "source-geht-hervor"))
        }
        // Each cue below is one of these bits or words.
        guard view.sentence(sentence, hasAny: UInt64(LinkingLexicon.Cue.sourcePreposition.bit
                | LinkingLexicon.Cue.sourcePostposition.bit | LinkingLexicon.Cue.figureVerb.bit))
            || view.sentence(sentence, hasAny: cueWords) else { return }
        // Every test below asks for one of these bits or for `nach`, `gemessen` or `sprach` at the token
        // (`ownStatement` and `pronounSource` too): a word with only other bits (most listed words) finds no source.
        let cueBits = LinkingLexicon.Cue.sourcePreposition.bit | LinkingLexicon.Cue.sourcePostposition.bit
            | LinkingLexicon.Cue.figureVerb.bit
        for token in view.tokens(in: range, withAny: UInt64(cueBits),
                                 orIn: cueWords)
        where view.isWord(token) {
            let bits = UInt32(truncatingIfNeeded: view.bits[token])
            var source: String?
            var rule = ""
            if let own = ownStatement(at: token, in: view) {
                // `Allein Check24 hat nach eigenen Angaben 750.000 Verträge vermittelt`: the clause's subject.
                source = subject(around: token, ownStatementEnd: own, in: range, view: view)
                rule = "source-own-statement"
            } else if let feminine = pronounSource(at: token, in: view) {
                // `Die EU-Kommission hat die nach ihren Schätzungen …`: the clause's subject; with none, the source
                // the sentence before names (`sourcesTakenUp`).
                source = speaker(before: token, feminine: feminine, in: range, view: view)
                rule = "source-pronoun"
            } else if bits & LinkingLexicon.Cue.sourcePreposition.bit != 0 {
                source = sourceAfter(token + 1, allowBare: true, in: view)
                rule = "source-laut"
            } else if bits & LinkingLexicon.Cue.sourcePostposition.bit != 0 {
                var before = token - 1
                if view.isQuote(before) { before -= 1 }
                // (`des Büros … (UNODC) zufolge`: the acronym in brackets that closes the body's long form.)
                if view.matches(before, .closeParen), let acronym = view.mention(at: before - 1),
                   acronym.type == .organization, acronym.tokens.upperBound == before,
                   view.matches(acronym.tokens.lowerBound - 1, .openParen) {
                    before -= 1
                }
                if let mention = view.mention(at: before), mention.type != .place,
                   mention.tokens.upperBound == before + 1 {
                    source = mention.key
                } else if view.hasCue(.sourceNoun, before), view.matches(before - 1, .hyphen),
                          let body = view.mention(at: before - 2), body.type != .place,
                          body.tokens.upperBound == before - 1 {
                    // `Einer Forsa-Umfrage zufolge`: the body a source noun is fused to.
                    source = body.key
                } else if view.hasCue(.determiner, before - 1), !view.hasCue(.indefinite, before - 1),
                          view.isCapitalized(before), !view.hasMention(at: before),
                          let body = view.organisationIntroducedByType(before: before, lexicon: lexicon) {
                    // `Dem Digitalverband zufolge` after `des Digitalverbands Bitkom`: the type word takes up the
                    // body it introduced.
                    source = body.key
                }
                rule = "source-zufolge"
            } else if view.matches(token, .nach), let body = view.mention(startingAt: token + 1),
                      body.type != .place, view.matches(body.tokens.upperBound, .hyphen),
                      view.hasCue(.sourceNoun, body.tokens.upperBound + 1) {
                // `nach UNO-Angaben`
                source = body.key
                rule = "source-nach-angaben"
            } else if view.matches(token, .nach), view.isIn(.companyWord, token + 1),
                      view.matches(token + 2, .hyphen), view.hasCue(.sourceNoun, token + 3),
                      let body = (view.onlyOrganisation(in: view.document.sentences[sentence].tokenRange,
                                                        excluding: [lexicon.partySources, lexicon.mediaSources])
                        ?? view.onlyOrganisationNamed(before: token,
                                                      excluding: [lexicon.partySources, lexicon.mediaSources]))?.key {
                // `nach Konzern-Angaben rund fünf Prozent der Siemens-Aktien`, or after `Siemens will …`: the one
                // company the sentence, else the last sentences, name.
                source = body
                rule = "source-nach-angaben"
            } else if view.matches(token, .nach), view.hasCue(.sourceNoun, token + 1)
                        || view.hasCue(.determiner, token + 1)
                        && view.hasCue(.sourceNoun, sourceNoun(afterAdjectivesFrom: token + 2, in: view)) {
                source = sourceAfter(token + 1, allowBare: false, in: view)
                rule = "source-nach-angaben"
            } else if view.matches(token, in: [.sprach, .spricht, .sprachen]),
                      spokenFigure(after: token, in: range, view: view) {
                // `Die IG Metall sprach von 45.000 Teilnehmern`: who puts a figure so gives it (a speech act with no
                // content, so no said).
                source = figureSource(verb: token, in: range, view: view)
                rule = "source-spricht-von"
            } else if bits & LinkingLexicon.Cue.figureVerb.bit != 0 {
                source = figureSource(verb: token, in: range, view: view)
                rule = "source-figure-verb"
            } else if view.matches(token, .gemessen), view.matches(token + 1, .von) || view.matches(token + 1, .vom) {
                source = sourceAfter(token + 2, allowBare: true, in: view)
                rule = "source-gemessen"
            }
            guard let source else { continue }
            // A counting verb reports the figures of its whole sentence (`…1,9 Promille, berechnet Denk`); an own
            // statement ends at a colon too (`in den nach eigenen Angaben größten Windpark: Auf der Handalm …`).
            var scope = rule == "source-figure-verb" ? range : clause(around: token, in: range, view: view)
            // (Not a colon in brackets, whose figures are the statement's too: `46 Schleuser festgenommen
            // (Vorjahreszeitraum: 88)`.)
            if rule == "source-own-statement",
               let colon = (token..<scope.upperBound).first(where: {
                   view.matches($0, .colon) && !view.isInBrackets($0, from: token) }) {
                scope = scope.lowerBound..<colon
            }
            out.append(Attribution(speakerKey: source, sentence: sentence, scope: scope, rule: rule))
            // `Nach Schätzungen von ILO, der IOM und der Stiftung Walk Free`: the bodies joined to the source are
            // sources too.
            if rule == "source-nach-angaben" || rule == "source-laut" {
                for other in coordinatedSources(after: source, from: token + 1, in: scope, view: view) {
                    out.append(Attribution(speakerKey: other, sentence: sentence, scope: scope, rule: rule))
                }
            }
        }
    }

    /// The organisations joined by commas, `und` or `sowie` to the source `key` named first after `start`, each with
    /// its article and a type word (`der Stiftung Walk Free`).
    private func coordinatedSources(after key: String, from start: Int, in scope: Range<Int>, view: ArticleView)
        -> [String] {
        guard let first = (start..<min(start + 12, scope.upperBound)).lazy.compactMap({ view.mention(startingAt: $0) })
            .first(where: { $0.key == key }) else { return [] }
        var out: [String] = []
        var next = view.pastBracketedMention(first.tokens.upperBound)
        while next + 1 < scope.upperBound, view.matches(next, .comma) || view.matches(next, .und)
                || view.lower(next, is: "sowie") {
            var token = next + 1
            if view.hasCue(.determiner, token) { token += 1 }
            // (A noun that says what the body is: `der Stiftung Walk Free`, where `Stiftung` heads names too.)
            if view.isCapitalized(token), !view.hasMention(at: token), view.role(token) == nil,
               view.mention(startingAt: token + 1)?.type == .organization {
                token += 1
            }
            guard let body = view.mention(startingAt: token), body.type == .organization, body.key != key,
                  !out.contains(body.key) else { break }
            out.append(body.key)
            next = view.pastBracketedMention(body.tokens.upperBound)
        }
        return out
    }

    /// `nach seinen Angaben`, `nach ihrer Schätzung`, `ihren Schätzungen zufolge`, `ihm zufolge`: a pronoun stands
    /// for the source. Whether it is feminine (`ihren`, `ihr`), or nil when `token` opens no such cue.
    private func pronounSource(at token: Int, in view: ArticleView) -> Bool? {
        if view.matches(token, .nach) {
            // `nach seinen Angaben`, `nach ihrer Schätzung`; `seiner Schätzung nach` after the noun.
            if view.hasCue(.sourceNoun, token + 2) {
                if view.lower(token + 1, is: "seinen") || view.lower(token + 1, is: "seiner") { return false }
                if view.lower(token + 1, is: "ihren") || view.lower(token + 1, is: "ihrer") { return true }
            }
            if token >= 2, view.hasCue(.sourceNoun, token - 1), !view.hasCue(.sourceNoun, token + 1) {
                if view.lower(token - 2, is: "seiner") { return false }
                if view.lower(token - 2, is: "ihrer") { return true }
            }
            return nil
        }
        guard view.hasCue(.sourcePostposition, token) else { return nil }
        if view.lower(token - 1, is: "ihm") { return false }
        if view.lower(token - 1, is: "ihr") { return true }
        guard view.hasCue(.sourceNoun, token - 1) else { return nil }
        if view.lower(token - 2, is: "seinen") { return false }
        return view.lower(token - 2, is: "ihren") ? true : nil
    }

    /// The person or organisation named last before a pronoun source in its clause that the pronoun can stand for.
    private func speaker(before token: Int, feminine: Bool, in range: Range<Int>, view: ArticleView) -> String? {
        let clause = clause(around: token, in: range, view: view)
        for start in stride(from: token - 1, through: clause.lowerBound, by: -1) {
            if let mention = view.mention(at: start), mention.type != .place {
                return view.pronounFits(mention.key, feminine: feminine) ? mention.key : nil
            }
        }
        return nil
    }


    /// The token after `nach eigenen Angaben`, `laut eigener Schätzung` or `eigenen Angaben zufolge` when `token`
    /// is its preposition or postposition: the statement of the clause's own subject.
    private func ownStatement(at token: Int, in view: ArticleView) -> Int? {
        if view.matches(token, .nach) || view.hasCue(.sourcePreposition, token) {
            return view.lower(token + 1, hasPrefix: "eigene") && view.hasCue(.sourceNoun, token + 2) ? token + 3 : nil
        }
        if view.hasCue(.sourcePostposition, token) {
            return view.lower(token - 2, hasPrefix: "eigene") && view.hasCue(.sourceNoun, token - 1) ? token + 1 : nil
        }
        return nil
    }

    /// The organisation or person the clause around an own-statement cue is about: the nearest named before it in
    /// the clause, else the first after it.
    private func subject(
        around token: Int, ownStatementEnd: Int, in range: Range<Int>, view: ArticleView
    ) -> String? {
        let clause = clause(around: token, in: range, view: view)
        if let named = nearestSubject(before: token, from: clause.lowerBound, in: view) { return named }
        for start in ownStatementEnd..<clause.upperBound {
            if let mention = view.mention(startingAt: start), mention.type != .place { return mention.key }
        }
        // `Das DGB-Projekt Faire Mobilität, das in Mannheim eine Beratungsstelle betreibt, zählt nach eigenen
        // Angaben …`: the subject stands before a relative clause set off right before the clause.
        if clause.lowerBound > range.lowerBound + 1, view.matches(clause.lowerBound - 1, .comma),
           let open = (range.lowerBound..<clause.lowerBound - 1).last(where: { view.matches($0, .comma) }),
           view.matches(open + 1, in: Self.definiteArticles) {
            return nearestSubject(before: open, from: range.lowerBound, in: view)
        }
        // `Betreut wurden die Frauen von der Interventionsstelle … (IBF). Die Einrichtung hat nach eigenen Angaben
        // …`: a bare type word opening the sentence takes up the one body the sentence and the two before name.
        let opener = range.lowerBound + 1
        if clause.lowerBound == range.lowerBound, !view.isCapitalized(opener + 1),
           let body = bodyTakenUp(byTypeWord: opener, in: view) {
            return body
        }
        // (`Insgesamt bearbeitete die Meldestelle nach eigenen Angaben …`: the same after the verb, right before
        // the cue.)
        if token - 2 >= clause.lowerBound, let body = bodyTakenUp(byTypeWord: token - 1, in: view) { return body }
        return nil
    }

    /// The one organisation named before a bare type word with its definite article (`die Einrichtung`, `die
    /// Meldestelle`), which the type word takes up; not a party, medium or agency.
    private func bodyTakenUp(byTypeWord noun: Int, in view: ArticleView) -> String? {
        guard view.matches(noun - 1, in: Self.definiteArticles), view.isCapitalized(noun), !view.hasMention(at: noun),
              view.isOrganisationType(noun) || view.lower(noun, is: "einrichtung") else { return nil }
        return view.onlyOrganisationNamed(before: noun, excluding: [
            lexicon.partySources, lexicon.mediaSources, lexicon.agencySources])?.key
    }

    /// The definite articles of a type word that takes up a body (`die Meldestelle`) or open a relative clause.
    private static let definiteArticles: RuleWordSet = [.der, .die, .das]

    /// The organisation or person named nearest before `token` from `lower` on, taken up as a clause's subject.
    private func nearestSubject(before token: Int, from lower: Int, in view: ArticleView) -> String? {
        for start in stride(from: token - 1, through: lower, by: -1) {
            guard var mention = view.mention(at: start), mention.type != .place else { continue }
            // `Die Beratungsstelle Faire Mobilität des Deutschen Gewerkschaftsbundes (DGB) registrierte nach eigenen
            // Angaben …`: a body in the genitive (and its acronym) after a named one is whose that one is; so is one
            // after `bei` (`Das Europäische Zentrum zur Bekämpfung der Cyberkriminalität bei Europol`).
            if view.matches(mention.tokens.lowerBound - 1, .openParen),
               let long = view.mention(at: mention.tokens.lowerBound - 2), long.key == mention.key {
                mention = long
            }
            let article = mention.tokens.lowerBound - 1
            if article > lower,
               view.hasCue(.genitive, article) || view.matches(article, in: [.bei, .beim]),
               let head = view.mention(at: article - 1), head.type == .organization {
                return head.key
            }
            return mention.key
        }
        return nil
    }

    /// Past up to two lower-case words (`jüngsten globalen`) from `token` to a source noun after them; `token` where
    /// none follows.
    private func sourceNoun(afterAdjectivesFrom token: Int, in view: ArticleView) -> Int {
        var probe = token
        while probe < token + 2, view.isWord(probe), !view.isCapitalized(probe), !view.hasMention(at: probe),
              !view.hasCue(.determiner, probe) {
            probe += 1
        }
        return view.hasCue(.sourceNoun, probe) ? probe : token
    }

    /// The source named at `start`: a mention (`Unicef`, `BKA-Schätzungen`), a source noun with a genitive
    /// (`Angaben des BKA`, `einem Bericht der Zeitung Kurier`), or a named study (`MiKADO-Studie`).
    private func sourceAfter(_ start: Int, allowBare: Bool, in view: ArticleView) -> String? {
        var token = start
        if view.hasCue(.determiner, token) { token += 1 }
        // `laut medizinischem Sachverständigen Wolfgang Denk`: adjectives and a person noun before the person.
        if allowBare, !view.hasMention(at: token) {
            var probe = token
            while probe < token + 2, !view.isCapitalized(probe), view.document.tokens.indices.contains(probe),
                  view.document.tokens[probe].kind == .word, !view.hasMention(at: probe) { probe += 1 }
            // `laut dem internationalen Gewerkschaftsverband Industriall`: a type word before an organisation.
            if view.isCapitalized(probe), !view.hasMention(at: probe),
               let named = view.mention(startingAt: view.skippingHonorifics(from: probe + 1)),
               named.type == .person || named.type == .organization && named.tokens.lowerBound == probe + 1
                && view.isOrganisationType(probe),
               !view.hasCue(.sourceNoun, probe) {
                return named.key
            }
        }
        if allowBare, let mention = view.mention(startingAt: token) {
            // `laut dem UN-Büro für Drogen- und Verbrechensbekämpfung (UNODC)`: a compound on a name, whose own
            // acronym follows in brackets, is that body.
            if view.matches(mention.tokens.upperBound, .hyphen), let acronym = view.bracketedAcronym(after: token) {
                return acronym.key
            }
            if let named = nameAfterCompound(mention, in: view) { return named.key }
            // `laut Prieths Anwalt Mathias Kapferer`: the genitive names whose agent speaks, not the source.
            let after = mention.tokens.upperBound
            // `laut Müllers Angaben` keeps Müller; `laut Müllers Anwalt` names someone else.
            if view.lower(after - 1, hasSuffix: "s"), view.isCapitalized(after), !view.hasMention(at: after),
               view.document.tokens[after].kind == .word, !view.hasCue(.sourceNoun, after) {
                if let person = view.mention(startingAt: after + 1), person.type == .person { return person.key }
                return nil
            }
            return mention.type == .place ? nil : mention.key
        }
        if view.matches(token + 1, .hyphen), view.hasCue(.namedSourceHead, token + 2),
           Self.looksNamed(view.original(token)) {
            return "literal:" + view.original(token) + "-" + view.original(token + 2)
        }
        if allowBare, let body = view.mediaNamed(by: token, sources: lexicon.mediaSources) { return body.key }
        // `laut dem Verband` after `des Digitalverbands Bitkom`: a bare type word takes up the body it introduced.
        if allowBare, token == start + 1, !view.hasCue(.indefinite, start), view.isCapitalized(token),
           !view.hasMention(at: token), !view.hasMention(at: token + 1), !view.isCapitalized(token + 1),
           !view.hasCue(.genitive, token + 1),
           let body = view.organisationIntroducedByType(before: token, lexicon: lexicon) {
            return body.key
        }
        // `laut Arbeitsklimaindex der AK Oberösterreich`, `laut Studie des Instituts X`: the body whose document the
        // noun is (not a role's or a person's: `laut Chef der AK` names someone).
        // (`laut dem Bundeslagebild Menschenhandel des BKA`: a word of the document's title between.)
        // (`laut dem aktuellen Lagebild des LKA`: adjectives before the noun; `laut dem Jahresbericht der Meldestelle
        // Stopline`: a type word before the name.)
        var noun = token
        while allowBare, noun < token + 2, view.isWord(noun), !view.isCapitalized(noun), !view.hasMention(at: noun),
              !view.hasCue(.determiner, noun) {
            noun += 1
        }
        if allowBare, !view.hasCue(.sourceNoun, noun), view.isCapitalized(noun), !view.hasMention(at: noun),
           view.role(noun) == nil, !lexicon.isPersonNoun(utf8: view.lowerUTF8(noun)) {
            let titled = view.isCapitalized(noun + 1) && view.isWord(noun + 1) && !view.hasMention(at: noun + 1)
                && view.role(noun + 1) == nil
            let genitive = titled ? noun + 2 : noun + 1
            var name = genitive + 1
            if view.isOrganisationType(name), !view.hasMention(at: name) { name += 1 }
            if view.hasCue(.genitive, genitive), let body = view.mention(startingAt: name),
               body.type == .organization {
                return body.key
            }
        }
        // `laut dem am Mittwoch in Wien präsentierten Lagebericht des Bundeskriminalamts`: a participle phrase before
        // the document's noun.
        if allowBare, !view.hasMention(at: token),
           // (The range is empty where `laut` closes the text.)
           let noun = (token + 2..<max(token + 2, min(token + 8, view.tokenCount))).first(where: {
               view.isCapitalized($0) && view.isWord($0 - 1) && !view.isCapitalized($0 - 1)
                   && view.lower($0 - 1, hasSuffix: "en") && view.hasCue(.genitive, $0 + 1) }),
           (token..<noun).allSatisfy({ !view.isPunctuation($0) && !view.hasMention(at: $0) || view.hasMention(at: $0)
               && view.mention(at: $0)?.type == .place }),
           !view.hasMention(at: noun), view.role(noun) == nil,
           !lexicon.isPersonNoun(utf8: view.lowerUTF8(noun)),
           let body = view.mention(startingAt: view.isOrganisationType(noun + 2) && !view.hasMention(at: noun + 2)
                                   ? noun + 3 : noun + 2),
           body.type == .organization {
            return body.key
        }
        // `Laut dem Minister` after `Innenminister Klaus Brandstätter`: the one who held the role before.
        if allowBare, token == start + 1, let holder = roleHolder(at: token, in: view) {
            return holder
        }
        // `laut Generalinspekteur der Geheimdienste, Charles McCullough,`: a role phrase, the person set off after.
        if allowBare, view.isCapitalized(token), !view.hasMention(at: token), view.role(token) != nil,
           let person = speechRules.roleRules.appositionPerson(after: token, sentence: view.sentenceOf[token],
                                                              in: view) {
            return person.key
        }
        // (`nach den jüngsten globalen Schätzungen von ILO`, `laut dem aktuellen Lagebild des BKA`: adjectives
        // before the noun.)
        token = sourceNoun(afterAdjectivesFrom: token, in: view)
        guard view.hasCue(.sourceNoun, token) else { return nil }
        token += 1
        if view.hasCue(.genitive, token) { token += 1 }
        if view.hasCue(.determiner, token) { token += 1 }
        for _ in 0..<2
        where !view.isCapitalized(token) && !view.isPunctuation(token) && !view.hasMention(at: token) {
            token += 1
        }
        if view.isQuote(token) { token += 1 }
        // `nach Angaben des Ministers` after `Innenminister Klaus Brandstätter`.
        if let holder = roleHolder(at: token, in: view) {
            return holder
        }
        // `nach Worten des Staatssekretärs im Berliner Arbeitsministerium, Thorben Albrecht,`: the person set off
        // after the role phrase.
        if view.isCapitalized(token), !view.hasMention(at: token), view.role(token) != nil,
           let person = speechRules.roleRules.appositionPerson(after: token, sentence: view.sentenceOf[token],
                                                              in: view) {
            return person.key
        }
        // `Angaben der türkischen Menschenrechtsstiftung TIHV`: a type word before the organisation's own name;
        // `nach Angaben von Staatsanwalt Molins`: a role before the person's.
        // (`nach Angaben von Oberstaatsanwalt Dr. Walter Pichlmaier`: past an academic title.)
        if view.isCapitalized(token), !view.hasMention(at: token),
           let body = view.mention(startingAt: view.skippingHonorifics(from: token + 1)),
           body.type == .organization && body.tokens.lowerBound == token + 1
            || body.type == .person && view.role(token) != nil {
            return body.key
        }
        // `nach Angaben der Beobachtungsstelle` after `die Syrische Beobachtungsstelle für Menschenrechte`: the bare
        // head word takes up the organisation named with it before.
        if !view.hasMention(at: token), let body = view.organisationNamed(by: token, lexicon: lexicon) {
            return body.key
        }
        // `nach Angaben des Vereins` after `der Verein Phoenix`: the type word takes up the body it introduced.
        if !view.hasMention(at: token), view.isCapitalized(token),
           let body = view.organisationIntroducedByType(before: token, lexicon: lexicon) {
            return body.key
        }
        guard let mention = view.mention(startingAt: token), mention.type != .place else { return nil }
        // `nach Angaben des UN-Büros für Drogen- und Verbrechensbekämpfung (UNODC)`: the body the compound names.
        if view.matches(mention.tokens.upperBound, .hyphen), let acronym = view.bracketedAcronym(after: token) {
            return acronym.key
        }
        if let body = view.bodyTakenUp(byCompound: mention, excluding: [lexicon.partySources, lexicon.mediaSources,
                                                                        lexicon.agencySources]) {
            return body.key
        }
        return (nameAfterCompound(mention, in: view) ?? mention).key
    }

    /// The holder of the role word at `token` standing alone after a definite article in the singular (no name, no
    /// genitive after it): the one the article named with that role before (`SpeechRules.holderOfRole`).
    private func roleHolder(at token: Int, in view: ArticleView) -> String? {
        // One person: `dem Minister`, `der Ministerin`, `des Ministers`; not a group (`der Ermittler`, `den
        // Ermittlern`).
        let article = token - 1
        guard view.lower(article, is: "dem") || view.lower(article, is: "der") && view.lower(token, hasSuffix: "in")
                || view.lower(article, is: "des") && view.lower(token, hasSuffix: "s"),
              view.isCapitalized(token), view.isWord(token), !view.hasMention(at: token),
              !view.hasMention(at: token + 1), !view.isCapitalized(token + 1) || view.isPunctuation(token + 1),
              !view.hasCue(.genitive, token + 1), !view.matches(token + 1, .hyphen),
              let hit = speechRules.roleRules.role(at: token, in: view), !hit.former else { return nil }
        return speechRules.holderOfRole(hit.title, before: token, in: view)
    }

    /// The body whose document a sentence's `aus … hervor` (`hervorgeht`, `hervorging`) names: the first source
    /// noun after `aus` with a genitive or `von` and a name (`einer am Mittwoch vorgestellten Umfrage des
    /// Digitalverbands Bitkom`), else the document phrase right after `aus`.
    private func emergingSource(in range: Range<Int>, view: ArticleView) -> String? {
        // From each `aus`: the particle within 36 words after (a document's title and its body's long name may stand
        // between).
        var found: (aus: Int, particle: Int)?
        for aus in range where view.matches(aus, .aus) {
            if let particle = (aus + 1..<min(aus + 37, range.upperBound)).first(where: {
                view.isIn(.emergingParticle, $0)
            }) {
                found = (aus, particle)
            }
        }
        guard let (aus, particle) = found else { return nil }
        // `Das geht aus einem Bericht hervor, den die Organisation am Dienstag vorgestellt hat`: a relative clause
        // after the particle says whose document it is, by name or by a type word for the one body named before.
        if view.hasCue(.sourceNoun, particle - 1), view.matches(particle + 1, .comma),
           view.matches(particle + 2, in: [.den, .die, .das]) {
            var subject = particle + 3
            if view.hasCue(.determiner, subject) { subject += 1 }
            // (`die UN-Organisation`: a type word on a name stands for a body of it named before.)
            var typeWord = subject
            if let named = view.mention(startingAt: subject), named.type == .organization {
                guard view.matches(named.tokens.upperBound, .hyphen) else { return named.key }
                typeWord = named.tokens.upperBound + 1
            }
            if subject == particle + 4, view.isOrganisationType(typeWord), !view.hasMention(at: typeWord + 1),
               let body = view.onlyOrganisationNamed(before: subject, excluding: [lexicon.partySources,
                                                                                  lexicon.mediaSources]) {
                return body.key
            }
        }
        for noun in (aus + 1)..<particle where view.hasCue(.sourceNoun, noun) {
            var next = noun + 1
            // `Globalen Bericht über Menschenhandel des Büros …`: the document's topic between it and whose it is.
            if view.matches(next, .zum) || view.matches(next, .zur) || view.lower(next, is: "über"),
               view.isCapitalized(next + 1), !view.hasMention(at: next + 1) {
                next += 2
            }
            guard view.hasCue(.genitive, next) || view.matches(next, .von) || view.matches(next, .vom) else { break }
            next += 1
            if view.hasCue(.determiner, next) { next += 1 }
            // (A type word before the name, in the genitive too: `des Digitalverbands Bitkom`; not a role.)
            if view.isCapitalized(next), !view.hasMention(at: next), view.role(next) == nil { next += 1 }
            guard let named = view.mention(startingAt: next), named.type != .place else { break }
            return named.key
        }
        // `aus dem am Mittwoch veröffentlichten „Global Report on Trafficking in Persons“ des Büros der Vereinten
        // Nationen … hervor`: the document's title in quotation marks, then whose it is in the genitive.
        for close in (aus + 2)..<max(aus + 2, particle) where view.isQuote(close) && view.hasCue(.genitive, close + 1) {
            if let named = view.mention(startingAt: close + 2), named.type != .place { return named.key }
        }
        return documentBody(after: aus + 1, in: view)
    }

    /// `dem vertraulichen Abschlussbericht des BSI`, `Zahlen der Statistik Austria`: whose document it is
    /// (an article, adjectives, the document's noun, a genitive article, the name); or a name right away.
    private func documentBody(after start: Int, in view: ArticleView) -> String? {
        if let named = view.mention(startingAt: start), named.type != .place { return named.key }
        var token = start
        if view.hasCue(.determiner, token) { token += 1 }
        while token < start + 4, !view.isCapitalized(token), view.isWord(token) { token += 1 }
        guard view.isCapitalized(token), !view.hasMention(at: token), view.hasCue(.genitive, token + 1),
              let named = view.mention(startingAt: token + 2), named.type != .place else { return nil }
        return named.key
    }

    /// `des UN-Flüchtlingshilfswerks UNHCR`: a compound on a name, then the body's own name, is that body; a role
    /// compound, then a person's name, that person (`laut BKA-Präsident Holger Münch`).
    private func nameAfterCompound(
        _ mention: ArticleView.MentionRef, in view: ArticleView
    ) -> ArticleView.MentionRef? {
        let end = mention.tokens.upperBound
        guard view.matches(end, .hyphen), view.isCapitalized(end + 1), !view.hasMention(at: end + 1),
              let named = view.mention(startingAt: end + 2) else { return nil }
        // (`laut BKA-Präsident Holger Münch`: a role compound names the person after it.)
        return named.type == .organization || named.type == .person && view.role(end + 1) != nil ? named : nil
    }

    /// `Im Vorjahr registrierte Eurostat 5000 Anträge`, `Die Arbeiterkammer berechnet …`: who counted or
    /// estimated, named right after the verb or as the sentence's first phrase before it.
    private func figureSource(verb: Int, in range: Range<Int>, view: ArticleView) -> String? {
        // A capitalised form inside a sentence is a noun (`Schätzt`), not the verb.
        guard verb > range.lowerBound, !view.isCapitalized(verb) else { return nil }
        // `Das Team berechnet Karl Huber mit …`: after a common-noun subject the name is the object.
        let start = range.lowerBound
        if verb == start + 2, view.hasCue(.determiner, start), !view.hasMention(at: start + 1) {
            return nil
        }
        var after = verb + 1
        if view.hasCue(.determiner, after) && !view.hasCue(.indefinite, after) { after += 1 }
        // `rechnet der VW-Rivale mit …`: a name fused to a noun is not who counts.
        if let mention = view.mention(startingAt: after), mention.type != .place,
           !view.matches(mention.tokens.upperBound, .hyphen) { return mention.key }
        // `beziffert die Organisation …`: a type word takes up the one organisation the last sentences name; not
        // after a plural verb (`registrierten die Behörden`: authorities at large).
        if after == verb + 2, view.isOrganisationType(after), !view.hasMention(at: after + 1),
           !view.lower(verb, hasSuffix: "en"),
           let body = view.onlyOrganisationNamed(before: after, excluding: [lexicon.partySources,
                                                                            lexicon.mediaSources]) {
            return body.key
        }
        var first = range.lowerBound
        // `Sie sprach von …` right after a sentence on Nikki Haley: a pronoun subject of a verb in the singular
        // stands for the last person the sentence before names, where the pronoun fits.
        // (A token in no sentence before it has sentence -1: none to take up.)
        if verb == first + 1, first > 0, !view.lower(verb, hasSuffix: "en"),
           view.lower(first, is: "er") || view.lower(first, is: "sie"), view.sentenceOf[first - 1] >= 0,
           let person = view.mentions(startingIn: view.document.sentences[view.sentenceOf[first - 1]].tokenRange)
            .last(where: { $0.type == .person }),
           view.pronounFits(person.key, feminine: view.lower(first, is: "sie")) {
            return person.key
        }
        if view.hasCue(.determiner, first) { first += 1 }
        // (`Gouverneurin Nikki Haley sprach von …`: past a role word before a person's name.)
        if view.isCapitalized(first), !view.hasMention(at: first), view.mention(startingAt: first + 1)?.type == .person,
           view.role(first) != nil {
            first += 1
        }
        // (`Die Internationale Arbeitsorganisation (ILO) schätzt`: past the acronym in brackets.)
        if let mention = view.mention(startingAt: first), mention.type != .place,
           mention.tokens.upperBound == verb || view.pastBracketedMention(mention.tokens.upperBound) == verb {
            return mention.key
        }
        return nil
    }

    /// A name-like prefix of a study: an acronym or inner capitals (`PISA`, `MiKADO`).
    private static func looksNamed(_ word: String) -> Bool {
        word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
    }

    /// The whole sentence when the cue stands in its first clause, else the comma-bounded clause around it.
    private func clause(around token: Int, in sentence: Range<Int>, view: ArticleView) -> Range<Int> {
        // A semicolon joins two sentences in one: the source covers its own (`umfasst laut Zeitung 270 Seiten;
        // dem Landgericht liegen zudem 204 Aktenordner vor`).
        var lower = sentence.lowerBound
        var upper = sentence.upperBound
        if let before = (sentence.lowerBound..<token).last(where: { view.matches($0, .semicolon) }) { lower = before + 1 }
        if let after = (token..<sentence.upperBound).first(where: { view.matches($0, .semicolon) }) { upper = after }
        let range = lower..<upper
        var start = token
        // A colon closes the clause before it too (`… im Parlament: Nach Angaben von Anadolu gehören 27 …`).
        while start > range.lowerBound && !view.matches(start - 1, in: [.comma, .colon]) { start -= 1 }
        if start == range.lowerBound { return range }
        var end = token
        while end < range.upperBound {
            // `gehören 27 zur AKP, 51 zur CHP …`: after a comma a list of figures goes on under the same source.
            if view.matches(end, .comma), !(end + 1 < range.upperBound && view.quantityAt[end + 1] != nil) { break }
            end += 1
        }
        // `So hätten 18 Prozent einen All-in-Vertrag, laut Arbeitsklimaindex der AK.`: a source phrase set off at
        // the end of the sentence, no clause of its own (`…, laut Einsatzleiter X sei es jedoch …`), is the
        // sentence's.
        if end >= range.upperBound - 1, end - start <= 7,
           !(start..<end).contains(where: { view.quantityAt[$0] != nil }) {
            return range
        }
        return start..<end
    }
}
