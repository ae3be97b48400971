import NewsGraphCore

/// Says what happened to counted things: the trigger (`beschlagnahmt`, `festgenommen`, `nahm … fest`, `Opfer`,
/// `zahlen`) nearest the quantity in its clause; a trigger inside the quantity or a verb right before it first,
/// then verbs after it, then nouns close by. Triggers come from `rules/events.tsv` and `quantities/event-triggers.tsv`.
final class EventTriggerMatcher {
    let lexicon: QuantityLexicon
    let tokens: TokenText
    /// Set for each sentence by `start(_:)`: one matcher an article.
    private(set) var sentence: Range<Int>
    /// Triggers found so far in the sentence, by token: quantities of one sentence share their neighbours. The
    /// slots (`TokenText.triggerSlots`) say per token: 0 not looked at yet, -1 no trigger, n > 0 the trigger
    /// `found[n - 1]` of the token's sentence. Integers, not `Hit?`s: an array of those cost a value-witness call
    /// per token to make and to drop.
    @exclusivity(unchecked) private var found: [Hit] = []
    /// `tokens.triggerSlots()`, fetched once: the matcher serves one article, and asking the token text for it at
    /// every token looked at cost a call and an access check each.
    private let slots: UnsafeMutablePointer<Int32>
    /// Whether the sentence holds a trigger or a word that may be a separable trigger's verb (`mayNameEvent`),
    /// nil until the first quantity asks.
    private var namesEvent: Bool?

    init(lexicon: QuantityLexicon, tokens: TokenText, sentence: Range<Int>) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.sentence = sentence
        slots = tokens.triggerSlots()
        clearSlots()
    }

    /// Goes on to the quantities of another sentence: its triggers are its own.
    func start(_ sentence: Range<Int>) {
        self.sentence = sentence
        namesEvent = nil
        // (From the end: `removeAll(keepingCapacity:)` went through the generic `replaceSubrange`.)
        while !found.isEmpty { found.removeLast() }
        clearSlots()
    }

    /// Sets the slots of the sentence's tokens, the only ones read while it lasts, to 0 (not looked at yet): the
    /// buffer is not zeroed as a whole, as most sentences name no quantity.
    private func clearSlots() {
        guard !sentence.isEmpty else { return }
        (slots + sentence.lowerBound).initialize(repeating: 0, count: sentence.count)
    }

    /// How far a trigger may be from the quantity, in tokens.
    private static let reachAfter = 30
    private static let reachBefore = 12
    private static let separableReachBefore = 25
    /// Nouns name what happened only close to the number (`100.000 Kinder sexueller Ausbeutung`).
    private static let nounReach = 6

    /// A trigger found in the text.
    struct Hit {
        let event: Quantity.Event
        let source: String
        let isNoun: Bool
        var personsOnly = false
        var moneyOnly = false

        init(event: Quantity.Event, source: String, isNoun: Bool, personsOnly: Bool = false, moneyOnly: Bool = false) {
            self.event = event
            self.source = source
            self.isNoun = isNoun
            self.personsOnly = personsOnly
            self.moneyOnly = moneyOnly
        }

        /// The hit of `trigger` with its restrictions.
        init(_ trigger: QuantityLexicon.Trigger, isNoun: Bool) {
            self.init(event: trigger.event, source: trigger.source, isNoun: isNoun, personsOnly: trigger.personsOnly,
                      moneyOnly: trigger.moneyOnly)
        }
    }

    /// The event of `quantity`; `starts` are the first tokens of the sentence's quantities (a handful: an array is
    /// searched faster than a set is made).
    func event(for quantity: Quantity, tokens range: ClosedRange<Int>, starts: [Int] = [])
        -> (Quantity.Event, String)? {
        switch quantity.kind {
        case .percentage, .age, .duration: return nil
        case .count, .money: break
        }
        // `zwei Mal wegen Dopings gesperrt`, `drei Mal am Arm getroffen`: how often counts no things it happened to.
        if quantity.unit == "Mal" { return nil }
        // Every event below comes from a trigger of the sentence or a separable verb in it: a sentence with
        // neither (most sentences with a count) names none, and its clauses are not walked.
        if namesEvent == nil { namesEvent = mayNameEvent() }
        if namesEvent == false { return nil }
        // Persons are arrested, rescued, killed …; things are seized or closed. A unit word from the unit list
        // (`Mal`, `Kilometer`, `Stimme`) names no person.
        // Worked out once, and only when a trigger is found: compound splitting is the costly part.
        // Local functions, not closures held in constants: those were allocated a context each call, with a box
        // for the cache and a copy of the quantity.
        var personCache: Bool?
        func person() -> Bool {
            if let known = personCache { return known }
            let value = isPerson(quantity.unit)
            personCache = value
            return value
        }
        // (Also worked out when first asked: most quantities meet no trigger, and the unit's look-up hashed it.)
        var thingCache: Bool?
        func thing() -> Bool {
            if let known = thingCache { return known }
            let value = quantity.unit.map { lexicon.unitLemmaTable.contains($0) } ?? false
            thingCache = value
            return value
        }
        func allowed(_ hit: Hit) -> Bool {
            if hit.personsOnly && !person() { return false }
            if hit.moneyOnly && quantity.kind != .money { return false }
            // (`528 Ermittlungsverfahren wegen Menschenhandels`: the crime's noun names no trafficked things.)
            if hit.isNoun && hit.event == .trafficked && !person() { return false }
            switch hit.event {
            case .seized, .closed, .paid: if person() { return false }
            case .arrested, .rescued, .convicted, .killed, .trafficked, .victims:
                if thing() && !person() { return false }
            }
            // (`China holt 1.200 Verdächtige aus Myanmar zurück`: suspects brought back are not rescued.)
            if hit.event == .rescued, let unit = quantity.unit, lexicon.isSuspect(unit) { return false }
            return quantity.kind == .money ? (hit.event == .paid || hit.event == .seized) : hit.event != .paid
        }
        // The counted noun or an adjective before it (`5 Tote`, `zwei festgenommene Männer`).
        for index in range where tokens.kind(index) == .word {
            guard let hit = cachedTrigger(at: index), allowed(hit) else { continue }
            // `260 Opfer … befreit`: a verb of the clause that says what happened to the victims wins over the noun.
            if hit.isNoun, hit.event == .victims, let verb = verbEvent(after: range, starts: starts, allowed: allowed) {
                return (verb.event, verb.source)
            }
            return (hit.event, hit.source)
        }
        // `Lange Haftstrafen für drei Administratoren`, `Festnahmen von 30 Verdächtigen`: a trigger noun with `für`
        // or `von` right before the number names what happened to them.
        if range.lowerBound - 2 >= sentence.lowerBound,
           tokens.isLowered(range.lowerBound - 1, "für") || tokens.isLowered(range.lowerBound - 1, "von"),
           tokens.isCapitalized(range.lowerBound - 2), let hit = cachedTrigger(at: range.lowerBound - 2), hit.isNoun,
           quantity.kind == .count || quantity.kind == .money, allowed(hit) {
            return (hit.event, hit.source)
        }
        // The three walks back below start at the word before the number and ask it whether it is a modifier word
        // (`rund`, `mehr`), most ending there: its answer kept, as the look-up is the costly part (some 100
        // instructions a word).
        var lastModifierAnswer = (index: Int.min, isModifier: false)
        func isModifier(_ index: Int) -> Bool {
            if lastModifierAnswer.index != index { lastModifierAnswer = (index, isModifierWord(index)) }
            return lastModifierAnswer.isModifier
        }
        // `starben 32 Menschen, 80 weitere wurden verletzt`: a verb right before the number is its own (also past
        // a distributive `je`: `zahlten je 5.000 Euro`).
        var near = range.lowerBound - 1
        while near >= sentence.lowerBound && near >= range.lowerBound - 3 {
            if let hit = cachedTrigger(at: near), allowed(hit), !hit.isNoun { return (hit.event, hit.source) }
            guard isModifier(near) || tokens.isLowered(near, "als") || tokens.isLowered(near, "zu")
                || tokens.isText(near, "je") else { break }
            near -= 1
        }
        // `aus sieben Ländern`, `in zehn Städten`: a quantity in a place or time phrase is not what the verb
        // is about.
        var lead = range.lowerBound - 1
        while lead >= sentence.lowerBound,
              isModifier(lead) || tokens.isText(lead, "als") || tokens.isText(lead, "zu") {
            lead -= 1
        }
        // `32 der mehr als 4.200 Menschen an Bord kamen ums Leben`: the whole a counted part is taken from is not
        // what happened to the part.
        var whole = range.lowerBound - 1
        // (`isModifierPhrase(whole..<whole + 1)`.)
        while whole > sentence.lowerBound, whole >= range.lowerBound - 3, isModifier(whole) || isPhraseWord(whole) {
            whole -= 1
        }
        if whole - 1 >= sentence.lowerBound, tokens.isText(whole, "der") || tokens.isText(whole, "von"),
           starts.contains(whole - 1) {
            return nil
        }
        // (Not `handelt es sich um 40 Frauen`, which names who they are; nor a price, `für 500 Euro gekauft`, `um
        // 500 Euro verkauft`, which is what was paid.)
        if lead >= sentence.lowerBound, tokens.mayBeLowered(lead, in: lexicon.contextSmallFilter),
            lexicon.has(loweredToken: lead, of: tokens, .placePreposition),
            !(tokens.isText(lead, "um") && lead - 1 >= sentence.lowerBound && tokens.isText(lead - 1, "sich")),
            !(quantity.kind == .money && (tokens.isLowered(lead, "für") || tokens.isText(lead, "um"))) {
            return nil
        }
        // (`Bei den verletzten Personen handelte es sich um drei Frauen`: after `sich um` the quantity is who the
        // phrase with the participle names.)
        let identity = lead - 1 >= sentence.lowerBound && tokens.isText(lead, "um") && tokens.isText(lead - 1, "sich")
        let clause = clauseRange(around: range)
        if let hit = groupBefore(range.lowerBound, in: clause), allowed(hit) { return (hit.event, hit.source) }
        if let hit = countedGroup(before: range.lowerBound), allowed(hit) { return (hit.event, hit.source) }
        if let hit = separable(in: clause, around: range), allowed(hit) { return (hit.event, hit.source) }
        if let hit = eventBeforeDarunter(range.lowerBound), allowed(hit) { return (hit.event, hit.source) }
        var nounAfter: Hit?
        // `Anschlag auf drei Hotels wurden 20 Menschen getötet`: a later quantity with its own verb takes the trigger.
        // Looked for only when a later quantity is reached, through it: most clauses hold none, and the look-up
        // of every token after the quantity in the auxiliary list cost over a hundred instructions a token.
        var sawAuxiliary = false
        var auxiliaryFrom = range.upperBound + 1
        // `1.184 Einreisen festgestellt und 46 Schleuser festgenommen`: a verb and `und` close this quantity's
        // clause; the next quantity has the verb after it.
        var sawVerbAndUnd = false
        // `Drei Menschen konnten sich nicht aus ihren Fahrzeugen retten`: a verb denied says it did not happen
        // (not `nicht nur`).
        var sawNegation = false
        // The next later quantity's start, worked out again as each is reached: asked whether it started one, at
        // every token the list was searched (some 25 instructions a token, for most quantities their sentence's last).
        func firstStart(after index: Int) -> Int {
            var first = Int.max
            for start in starts where start > index && start < first { first = start }
            return first
        }
        var laterStart = firstStart(after: range.upperBound)
        for index in (range.upperBound + 1)..<max(range.upperBound + 1, clause.upperBound) {
            if tokens.isText(index, "nicht"), !(index + 1 < sentence.upperBound && tokens.isText(index + 1, "nur")) {
                sawNegation = true
            }
            if tokens.isText(index, "und"), index - 1 > range.upperBound, tokens.kind(index - 1) == .word,
               !tokens.isCapitalized(index - 1), tokens.lowered(index - 1).hasSuffix("t") {
                sawVerbAndUnd = true
            }
            // (`Zwei Mitglieder waren zu sieben Jahren Haft verurteilt worden`: a sentence after `zu` is the verb's
            // complement, no subject with a verb of its own.)
            if index == laterStart, tokens.isText(index - 1, "zu") {
                laterStart = firstStart(after: index)
            } else if index == laterStart {
                laterStart = firstStart(after: index)
                // (`Auf 14 Baustellen fehlten Absturzsicherungen, zwei Gerüste mussten gesperrt werden`: after a
                // comma the later quantity opens a clause of its own, its auxiliary right after its noun.)
                if tokens.isText(index - 1, ","), opensOwnClause(index) { break }
                while !sawAuxiliary && !sawVerbAndUnd && auxiliaryFrom <= index {
                    sawAuxiliary = lexicon.hasListed(token: auxiliaryFrom, of: tokens, .auxiliary)
                    auxiliaryFrom += 1
                }
                if sawAuxiliary || sawVerbAndUnd { break }
            }
            guard let hit = cachedTrigger(at: index), allowed(hit), identity || !isAttributive(hit, at: index) else {
                continue
            }
            // `Drei Pfadfinder befreien einen Hund`, `Zwei Täter töteten drei Menschen`: a verb right after the
            // quantity with its object after it makes the quantity its subject, who did it, not to whom.
            if !hit.isNoun, index == range.upperBound + 1, index + 1 < sentence.upperBound,
               starts.contains(index + 1) || Self.accusativeArticles.contains(where: { tokens.isText(index + 1, $0) }) {
                return nil
            }
            if !hit.isNoun {
                // `Drei Männer sollen junge Frauen … gelockt und ausgebeutet haben`: a participle in the active perfect
                // after a quantity that opens the clause says what the counted did, not what happened to them.
                if isActivePerfect(participle: index),
                   (clause.lowerBound..<range.lowerBound).allSatisfy({ isModifierWord($0) }) {
                    return nil
                }
                return sawNegation || isIntended(index, in: clause) ? nil : (hit.event, hit.source)
            }
            // (`250 Mitarbeiter potenzielle Opfer angerufen`: a noun of people with its own adjective after people
            // names other people; not `400 Menschen zum Opfer gefallen`, `30 Kinder Opfer von Gewalt`.)
            // (`97 der identifizierten Opfer`: the noun a part is taken from is the counted noun itself; `wurden
            // Opfer`: a verb, not an adjective, before it.)
            // (`haben die drei nicht den Tod`: a noun denied as a verb is.)
            if nounAfter == nil && !sawNegation && index - range.upperBound <= Self.nounReach
                && !(person() && lexicon.personUnits.contains(token: index, of: tokens)
                     && index - 1 > range.upperBound
                     && tokens.kind(index - 1) == .word && !tokens.isCapitalized(index - 1)
                     && tokens.characterCount(index - 1) > 4
                     && (tokens.text(index - 1).hasSuffix("e") || tokens.text(index - 1).hasSuffix("en"))
                     && !tokens.isText(range.upperBound + 1, "der")
                     && !lexicon.hasListed(token: index - 1, of: tokens, .auxiliary)) {
                nounAfter = hit
            }
        }
        var nounBefore: Hit?
        var index = range.lowerBound - 1
        while index >= clause.lowerBound {
            if let hit = cachedTrigger(at: index), allowed(hit), identity || !isAttributive(hit, at: index) {
                if !hit.isNoun { return (hit.event, hit.source) }
                // `Festnahme von 23 Verdächtigen`, not `23 Festnahmen in drei Bundesländern`.
                let gap = range.lowerBound - index
                // (`Stundenlöhne zwischen 8 und 12 Franken`: a range's `zwischen` links as `von` does.)
                let linked = tokens.isText(index + 1, "von") || tokens.isText(index + 1, "der")
                    || tokens.isText(index + 1, "aller") || tokens.isText(index + 1, "zwischen")
                // (`Festnahme von mehr als 23 Verdächtigen`, `Zahlungen von bis zu 15 Millionen Peso`: the number's
                // modifier between.)
                let governs = gap == 1 || (gap == 2 || isModifierPhrase(index + 2..<range.lowerBound)) && linked
                    || linked && gap <= 14 && enumerationLeadsTo(range.lowerBound, from: index + 2, starts: starts)
                    || gap >= 4 && gap <= 6 && isAmountPhrase(after: index)
                        && (index + 4..<range.lowerBound).allSatisfy { isModifierWord($0) }
                    || gap >= 6 && gap <= 10 && amountPhraseAfterObject(noun: index, quantity: range.lowerBound)
                if nounBefore == nil && governs {
                    nounBefore = hit
                }
            }
            index -= 1
        }
        if let hit = nounAfter ?? nounBefore { return (hit.event, hit.source) }
        if let hit = passiveRelativeClause(after: range), allowed(hit) { return (hit.event, hit.source) }
        if let hit = verbPastRelativeClause(after: range), allowed(hit) { return (hit.event, hit.source) }
        return nil
    }

    /// `zwei Frauen, die zu einer Begegnung eingeladen waren, kamen in Gewahrsam`: past a relative clause on the
    /// counted noun, the main clause goes on with its verb right after the closing comma, and a trigger there before
    /// the next mark is what happened to them (the relative clause's own words are not looked at).
    private func verbPastRelativeClause(after range: ClosedRange<Int>) -> Hit? {
        // (`Zwei Männer im Alter von 33 und 45 Jahren, die …, wurden festgenommen`: a short phrase may stand
        // between the noun and the comma.)
        var comma = range.upperBound + 1
        while comma < min(range.upperBound + 9, sentence.upperBound), !tokens.isText(comma, ","), !isBoundary(comma) {
            comma += 1
        }
        guard comma + 2 < sentence.upperBound, tokens.isText(comma, ","),
              tokens.isText(comma + 1, "die") || tokens.isText(comma + 1, "der") || tokens.isText(comma + 1, "das")
        else { return nil }
        var close = comma + 2
        while close < sentence.upperBound && close <= comma + 20 && !tokens.isText(close, ",") {
            if isBoundary(close) { return nil }
            close += 1
        }
        // (The main clause's finite verb, lower-case, right after the comma: not another item or clause.)
        guard close + 1 < sentence.upperBound, tokens.isText(close, ","), tokens.kind(close + 1) == .word,
              !tokens.isCapitalized(close + 1), !hasClauseWord(close + 1) else { return nil }
        var index = close + 1
        while index < sentence.upperBound && index <= close + 8 && !isBoundary(index) && !tokens.isText(index, ",") {
            if let hit = cachedTrigger(at: index), !hit.isNoun { return hit }
            index += 1
        }
        return nil
    }

    /// `eine Geldstrafe in Höhe von 10.000 Euro`, `eine Spende im Wert von`, `im Ausmaß von`: the three words after a
    /// trigger noun that lead to its amount.
    func isAmountPhrase(after noun: Int) -> Bool {
        guard noun + 3 < sentence.upperBound, tokens.isText(noun + 3, "von") else { return false }
        return tokens.isText(noun + 1, "in") && tokens.isLowered(noun + 2, "höhe")
            || tokens.isText(noun + 1, "im")
                && (tokens.isLowered(noun + 2, "wert") || tokens.isLowered(noun + 2, "ausmaß"))
    }

    /// `eine Parteispende an die FPÖ in Höhe von 600.000 Euro`, `die Einziehung von Taterträgen in Höhe von rund
    /// 870.000 Euro`: a short phrase with `an`, `für` or `von` (a name or a noun, no punctuation) between the trigger
    /// noun and the amount phrase that leads to the quantity.
    private func amountPhraseAfterObject(noun: Int, quantity: Int) -> Bool {
        guard tokens.isText(noun + 1, "an") || tokens.isLowered(noun + 1, "für") || tokens.isText(noun + 1, "von")
        else { return false }
        for phrase in (noun + 3)...(noun + 5) where phrase + 3 <= quantity {
            guard tokens.kind(phrase) != .punctuation else { return false }
            if isAmountPhrase(after: phrase - 1) {
                return (phrase + 3..<quantity).allSatisfy { isModifierWord($0) }
            }
        }
        return false
    }

    /// A verb after the quantity in its clause, before the next quantity, that rescued, killed or trafficked what
    /// it counts (`260 Opfer wurden aus dem Lager befreit`).
    private func verbEvent(after range: ClosedRange<Int>, starts: [Int], allowed: (Hit) -> Bool) -> Hit? {
        let clause = clauseRange(around: range)
        for index in (range.upperBound + 1)..<max(range.upperBound + 1, clause.upperBound) {
            if starts.contains(index) { return nil }
            guard let hit = cachedTrigger(at: index), !hit.isNoun, allowed(hit) else { continue }
            return hit.event == .rescued || hit.event == .killed || hit.event == .trafficked ? hit : nil
        }
        return nil
    }

    /// `40 Frauen, die aus Zwangsprostitution befreit wurden`: where its own clause names nothing, a relative clause
    /// on the counted noun says what happened to them, in the passive (not `50 Männer, die Frauen verschleppt
    /// hatten`, what they did). The comma within a few words of the noun (`40 Frauen aus Nigeria, die …`).
    private func passiveRelativeClause(after range: ClosedRange<Int>) -> Hit? {
        var comma = range.upperBound + 1
        while comma < sentence.upperBound && comma <= range.upperBound + 4 && !tokens.isText(comma, ",") {
            if tokens.kind(comma) == .punctuation { return nil }
            comma += 1
        }
        guard comma + 2 < sentence.upperBound, tokens.isText(comma, ","),
              tokens.isText(comma + 1, "die") || tokens.isText(comma + 1, "der") || tokens.isText(comma + 1, "das")
        else { return nil }
        var index = comma + 2
        // (`77 Österreicher, die sich alle retten konnten`: rescuing oneself says the same in the active.)
        let reflexive = tokens.isText(comma + 2, "sich")
        while index + 1 < sentence.upperBound && index <= comma + 16 && tokens.kind(index) != .punctuation {
            if let hit = cachedTrigger(at: index), !hit.isNoun, Self.passiveAuxiliaries.contains(where: {
                tokens.isText(index + 1, $0) }) || reflexive && hit.event == .rescued {
                return hit
            }
            index += 1
        }
        return nil
    }

    /// `Der Mann wollte drei Menschen töten`, `… mehr als 100 Menschen töten wollen`: an infinitive under a verb of
    /// intent or attempt in its clause says what was meant to happen, not what did.
    private func isIntended(_ trigger: Int, in clause: Range<Int>) -> Bool {
        guard tokens.kind(trigger) == .word, !tokens.isCapitalized(trigger) else { return false }
        // (A participle in `-en` is no infinitive: `will 20 Verdächtige festgenommen haben` claims it happened.)
        guard endsInENNotAfterGE(trigger), trigger + 1 >= sentence.upperBound
                || !Self.perfectAuxiliaries.contains(where: { tokens.isLowered(trigger + 1, $0) }) else { return false }
        let from = max(sentence.lowerBound, clause.lowerBound - 4)
        return (from..<max(from, min(sentence.upperBound, clause.upperBound + 2))).contains { index in
            mayBeIntentVerb(index) && Self.intentVerbs.contains { tokens.isLowered(index, $0) }
        }
    }

    /// Whether the token in lower case ends in `en` and starts with no `ge`. A token whose scalars are its
    /// characters and whose lower case is known scalar by scalar (`TokenText.lowerKey`) is read so: its lower-case
    /// string cost some 500 instructions.
    private func endsInENNotAfterGE(_ index: Int) -> Bool {
        guard tokens.isPlain(index) || tokens.isSimple(index) && tokens.lowerKey(index) != 0 else {
            let word = tokens.lowered(index)
            return word.hasSuffix("en") && !word.hasPrefix("ge")
        }
        let span = tokens.token(index).span
        guard span.length >= 2 else { return false }
        func lower(_ position: Int) -> UInt32 {
            let value = tokens.scalar(at: position).value
            return value &- 65 < 26 ? value + 32 : value
        }
        return lower(span.end - 2) == 0x65 && lower(span.end - 1) == 0x6E
            && !(lower(span.begin) == 0x67 && lower(span.begin + 1) == 0x65)
    }

    /// Whether the token may be one of `intentVerbs`, all of four letters or more starting with `w`, `p` or `v`:
    /// compared with each verb, every token of the clause cost some 100 instructions.
    private func mayBeIntentVerb(_ index: Int) -> Bool {
        guard tokens.length(index) >= 4 else { return false }
        switch tokens.firstScalar(index) {
        case "w", "W", "p", "P", "v", "V": return true
        default: return false
        }
    }

    /// Whether `haben` follows the participle at `index`, perhaps after a second one joined by `und` (`gelockt und
    /// ausgebeutet haben`): the active perfect.
    private func isActivePerfect(participle index: Int) -> Bool {
        var next = index + 1
        if next + 1 < sentence.upperBound, tokens.isText(next, "und") || tokens.isText(next, "oder"),
           tokens.kind(next + 1) == .word, !tokens.isCapitalized(next + 1) {
            next += 2
        }
        return next < sentence.upperBound && Self.activeAuxiliaries.contains(where: { tokens.isText(next, $0) })
    }

    /// (ASCII only, as `isText` compares.)
    private static let activeAuxiliaries: [StaticString] = ["haben", "hat", "hatte", "hatten", "habe"]

    private static let perfectAuxiliaries: [StaticString] = ["haben", "hat", "hatte", "hatten", "habe", "worden",
                                                              "sein", "wurde", "wurden"]

    /// (`mayBeIntentVerb` knows their initials and shortest length.)
    private static let intentVerbs: [StaticString] = [
        "will", "wollen", "wolle", "wollte", "wollten", "plant", "plante", "planten", "versucht", "versuchte",
        "versuchten",
    ]

    /// (Not `der`, `dem`: `111 Personen starben der Polizei zufolge`; nor a bare number: `starben 2014`.)
    private static let accusativeArticles: [StaticString] = ["einen", "ein", "eine", "den", "die", "das"]

    /// `drei Innenverteidiger und den verletzten Torhüter`, `bei den festgenommenen Männern`: a participle between
    /// an article and a noun says what happened to that noun's referent, not to a quantity outside the phrase; so
    /// does one after other adjectives and adverbs of the phrase (`die verschwundene, möglicherweise tote Familie`).
    private func isAttributive(_ hit: Hit, at index: Int) -> Bool {
        guard !hit.isNoun, index - 1 >= sentence.lowerBound, index + 1 < sentence.upperBound,
              !tokens.isCapitalized(index), tokens.kind(index + 1) == .word, tokens.isCapitalized(index + 1)
        else { return false }
        var before = index - 1
        // (Up to three lower-case words and commas back: adjectives and adverbs, no verb between.)
        while before > index - 4, before > sentence.lowerBound,
              !Self.articles.contains(where: { tokens.isLowered(before, $0) }),
              tokens.kind(before) == .word && !tokens.isCapitalized(before) || tokens.isText(before, ",") {
            before -= 1
        }
        return Self.articles.contains { tokens.isLowered(before, $0) }
    }

    private static let articles: [StaticString] = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    ]

    private static let passiveAuxiliaries: [StaticString] = ["wurden", "wurde", "worden", "werden", "wird", "sind",
                                                              "seien", "sei", "waren", "war", "ist"]

    /// `die Leichen von vier Babys, zwei Kleinkindern und vier Frauen`: the quantity at `end` is a later item of an
    /// enumeration of quantities that opens at `first`, so the noun before the first governs it too. Between them
    /// only the items' numbers and nouns, commas and `und`/`sowie`/`oder`/`beziehungsweise` (`Abschöpfung von
    /// 600.000 beziehungsweise 960.000 Euro`).
    private func enumerationLeadsTo(_ end: Int, from first: Int, starts: [Int]) -> Bool {
        guard first < end, starts.contains(first) else { return false }
        var sawJoin = false
        for index in first..<end {
            if tokens.isText(index, ",") || tokens.isText(index, "und") || tokens.isText(index, "sowie")
                || tokens.isText(index, "oder") || tokens.isText(index, "beziehungsweise") {
                sawJoin = true
                continue
            }
            guard tokens.kind(index) == .number || tokens.kind(index) == .word
                    && (tokens.isCapitalized(index) || starts.contains(index)) else { return false }
        }
        return sawJoin
    }

    /// Whether the token in lower case is a one-word modifier (`mehr`, `rund`): `lexicon.modifiers[lower] != nil`.
    /// Whether `range` holds only a modifier's words (`mehr als`, `rund`, `bis zu`), as between an enumeration's
    /// `und` and its next number.
    func isModifierPhrase(_ range: Range<Int>) -> Bool {
        range.count <= 3 && range.allSatisfy { isModifierWord($0) || isPhraseWord($0) }
    }

    /// The words of a modifier phrase that are no modifier word on their own.
    private func isPhraseWord(_ index: Int) -> Bool {
        tokens.isLowered(index, "als") || tokens.isLowered(index, "zu") || tokens.isLowered(index, "mehr")
            || tokens.isLowered(index, "weniger") || tokens.isLowered(index, "bis")
    }

    private func isModifierWord(_ index: Int) -> Bool {
        // A one-word modifier is the last word of itself, so the filter over last words may tell no.
        tokens.mayBeLowered(index, in: lexicon.modifierLastFilter)
            && lexicon.modifiers.value(loweredToken: index, of: tokens) != nil
    }

    /// Whether the counted noun names persons, also as the head of a compound (`Bandenmitglied`, `Polizeibeamter`).
    private func isPerson(_ unit: String?) -> Bool {
        guard let unit else { return false }
        if lexicon.personUnits.contains(unit) || lexicon.personNouns.contains(unit) { return true }
        return lexicon.endsInPersonUnit(unit, prefix: 2, head: 3)
    }

    /// The tokens of the quantity's clause, within reach: up to `;`, `:`, brackets, dashes, and commas that open a
    /// subordinate clause; inside a subordinate clause (`die 30.000 Einwohner hat,`) the next comma ends it.
    private func clauseRange(around range: ClosedRange<Int>) -> Range<Int> {
        let subordinate = opensSubordinateClause(before: range.lowerBound)
        var end = range.upperBound + 1
        while end < sentence.upperBound && end <= range.upperBound + Self.reachAfter {
            // Every mark the tests below look for (dash, bracket, boundary, comma) is one code point: a longer token,
            // most of them, is passed by its length alone, where each test read it again (some 30 instructions).
            if tokens.length(end) != 1 {
                end += 1
                continue
            }
            // `Mehr als 100 Flüchtlinge – die meisten aus Afghanistan – seien gerettet worden`: an aside between
            // two dashes does not end the clause.
            if tokens.isScalar(end, "\u{2013}"),
               let close = (end + 2..<max(end + 2, min(end + 12, sentence.upperBound))).first(
                where: { tokens.isScalar($0, "\u{2013}") }) {
                end = close + 1
                continue
            }
            // (`Bargeld in Höhe von 4,6 Millionen Pesos (umgerechnet etwa 80.000 US-Dollar) sicher`: an aside in
            // brackets neither.)
            if tokens.isScalar(end, "("),
               let close = (end + 2..<max(end + 2, min(end + 12, sentence.upperBound))).first(
                where: { tokens.isScalar($0, ")") }) {
                end = close + 1
                continue
            }
            if isBoundary(end) || (subordinate && tokens.isText(end, ",")) { break }
            end += 1
        }
        var start = range.lowerBound
        while start - 1 >= sentence.lowerBound && start - 1 >= range.lowerBound - Self.reachBefore {
            // (One code point, as above: the two tests, the second a call, are made for marks only.)
            if tokens.length(start) == 1 {
                if isBoundary(start) && start < range.lowerBound { break }
                if closesOpeningSubordinateClause(start) { break }
            }
            start -= 1
        }
        return start..<end
    }

    /// `Nachdem 1999 neun Braunbären befreit wurden, sind bisher 77 Tiere zur Welt gekommen`: the first comma of a
    /// sentence that a subordinating conjunction opens ends that clause; the main clause after it is another.
    private func closesOpeningSubordinateClause(_ index: Int) -> Bool {
        guard tokens.isText(index, ","), Self.openingSubordinators.contains(token: sentence.lowerBound, of: tokens)
        else { return false }
        return !(sentence.lowerBound + 1..<index).contains { tokens.isText($0, ",") }
    }

    private static let openingSubordinators = StringTable(words: [
        "Nachdem", "Weil", "Obwohl", "Wenn", "Sobald", "Bevor", "Falls", "Obgleich",
    ])

    private func opensSubordinateClause(before index: Int) -> Bool {
        var position = index - 1
        while position >= sentence.lowerBound {
            if tokens.isText(position, ",") {
                return position + 1 < index && hasClauseWord(position + 1)
            }
            position -= 1
        }
        return false
    }

    /// (Inlined: the clause rules ask it of some 23,000 tokens a pass, and most are turned away by their length.)
    @inline(__always)
    private func isBoundary(_ index: Int) -> Bool {
        guard index < sentence.upperBound, index >= sentence.lowerBound else { return true }
        // Every boundary is one code point: longer tokens need no string.
        guard tokens.token(index).span.length == 1 else { return false }
        // `;` also as U+037E, which Swift strings hold equal to it.
        switch tokens.firstScalar(index) {
        case ";", "\u{037E}", ":", "(", ")", "\u{2013}", "\u{2014}", "?", "!": return true
        case ",":
            return index + 1 < sentence.upperBound
                && (hasClauseWord(index + 1) || opensPrepositionalRelative(index + 1))
        default: return false
        }
    }

    /// `965 Delikte …, bei denen mindestens 397 Menschen verletzt wurden`: a preposition and a relative pronoun that
    /// is no article (`denen`, `deren`, `welchen`) open a clause about something else.
    private func opensPrepositionalRelative(_ index: Int) -> Bool {
        index + 1 < sentence.upperBound && Self.relativePrepositions.contains(token: index, of: tokens)
            && Self.prepositionalRelatives.contains(token: index + 1, of: tokens)
    }

    private static let relativePrepositions = StringTable(words: [
        "bei", "in", "mit", "von", "an", "auf", "für", "gegen", "unter", "aus", "nach", "über", "zu", "durch", "vor",
        "hinter", "neben", "zwischen", "um", "wegen", "seit",
    ])
    private static let prepositionalRelatives = StringTable(words: [
        "denen", "deren", "dessen", "welchem", "welchen", "welcher", "welche", "welches",
    ])

    /// `lexicon.has(text, .clause)` for a token, filtered first.
    private func hasClauseWord(_ index: Int) -> Bool {
        lexicon.hasListed(token: index, of: tokens, .clause)
    }

    /// Whether a word of the quantity's own tokens names what happened (`30 Festnahmen`, `5 Tote`).
    func namesItsOwnEvent(_ range: ClosedRange<Int>) -> Bool {
        range.contains { tokens.kind($0) == .word && cachedTrigger(at: $0) != nil }
    }

    /// Whether an auxiliary follows the quantity starting at `start` within three tokens, before any punctuation.
    private func opensOwnClause(_ start: Int) -> Bool {
        for index in start + 1..<min(start + 4, sentence.upperBound) {
            if tokens.kind(index) != .word && tokens.kind(index) != .number { return false }
            if lexicon.hasListed(token: index, of: tokens, .auxiliary) { return true }
        }
        return false
    }

    /// `Die Polizei nahm 30 Personen fest`: both parts of a separable verb in the clause, in order.
    private func separable(in clause: Range<Int>, around range: ClosedRange<Int>) -> Hit? {
        guard !lexicon.separableTriggers.isEmpty else { return nil }
        let particles = (range.upperBound + 1)..<max(range.upperBound + 1, clause.upperBound)
        // (A particle first, before the walk back below: most clauses hold none, and the walk asked each token
        // whether it ends the clause.)
        guard hasParticle(in: particles) else { return nil }
        // The finite verb stands second in its clause, however long the object phrase after it (`stellten die
        // Ermittler in dem als KK Park bekannten Gelände rund 2.900 Mobiltelefone … sicher`): it is looked for
        // back to the clause's boundary, further than other triggers.
        var start = clause.lowerBound
        while start - 1 >= sentence.lowerBound, start - 1 >= range.lowerBound - Self.separableReachBefore,
              !isBoundary(start - 1) {
            start -= 1
        }
        return separable(verbIn: start..<max(start, min(range.lowerBound, clause.upperBound)), particleIn: particles)
    }

    /// A separable trigger whose verb stands in `verbs` and whose particle in `particles`.
    private func separable(verbIn verbs: Range<Int>, particleIn particles: Range<Int>) -> Hit? {
        // A particle first: most clauses hold none, and then no verb needs its key.
        guard hasParticle(in: particles) else { return nil }
        for first in verbs where tokens.kind(first) == .word
            && lexicon.separableFilter.mayContain(tokens.lowerKey(first)) {
            let word = tokens.lowered(first)
            guard lexicon.separableFirstWords.contains(word) else { continue }
            for entry in lexicon.separableTriggers where entry.first == word {
                for second in particles where tokens.lowered(second) == entry.second {
                    return Hit(entry.trigger, isNoun: false)
                }
            }
        }
        return nil
    }

    /// Whether a token of `particles` may be a separable trigger's particle (the filter may say yes wrongly).
    private func hasParticle(in particles: Range<Int>) -> Bool {
        particles.contains { tokens.mayBeLowered($0, in: lexicon.separableParticleFilter) }
    }

    /// `Unter den Festgenommenen seien 40 Frauen`, `Unter den Toten sind drei Kinder`: a count taken from a group
    /// the clause names with a trigger noun after `unter den` shares what happened to the group.
    /// (`Unter den Festgenommenen sind nach Angaben der PAOCC 298 Chinesen, 64 Vietnamesen …`: a source phrase and
    /// the items listed before may stand between; no clause's boundary.)
    private func groupBefore(_ quantityStart: Int, in clause: Range<Int>) -> Hit? {
        var index = quantityStart - 3
        while index >= sentence.lowerBound, quantityStart - index <= 20,
              index >= clause.lowerBound || !isBoundary(index) {
            if tokens.isLowered(index, "unter"), tokens.isText(index + 1, "den") || tokens.isText(index + 1, "der"),
               tokens.isCapitalized(index + 2), let hit = cachedTrigger(at: index + 2) {
                return hit
            }
            // `Bei den Befreiten handele es sich um 236 Chinesen`: the group named, then who is in it.
            if tokens.isLowered(index, "bei"), tokens.isText(index + 1, "den"), tokens.isCapitalized(index + 2),
               index + 3 < quantityStart, tokens.lowered(index + 3).hasPrefix("handel"),
               let hit = cachedTrigger(at: index + 2) {
                return hit
            }
            index -= 1
        }
        return nil
    }

    /// `Die Zahl der festgenommenen Schlepper sank, und zwar von 591 auf 395`: a figure of the number the sentence
    /// names with `Zahl der` shares what the words of that group say happened to it.
    private func countedGroup(before quantityStart: Int) -> Hit? {
        // (`Die meisten Festnahmen gab es in Deutschland mit 21`: the group the sentence opens with.)
        if let noun = UnitSharing.mostGroupNoun(in: sentence, tokens: tokens), noun < quantityStart,
           let hit = cachedTrigger(at: noun), hit.isNoun {
            return hit
        }
        var index = quantityStart - 2
        while index > sentence.lowerBound, quantityStart - index <= 16 {
            if tokens.isText(index, "der"), tokens.isText(index - 1, "Zahl") || tokens.isText(index - 1, "Anzahl") {
                for word in (index + 1)..<min(index + 4, quantityStart) where tokens.kind(word) == .word {
                    if let hit = cachedTrigger(at: word) { return hit }
                    if tokens.isCapitalized(word) { break }
                }
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// `stellten die Ermittler Beweismaterial sicher, darunter 310 Mobiltelefone, 190 Computer und …`: what
    /// happened to the whole the clause before `, darunter` names happened to the items after it. The trigger of
    /// that clause's verb, or nil.
    private func eventBeforeDarunter(_ quantityStart: Int) -> Hit? {
        var index = quantityStart - 1
        while index > sentence.lowerBound, quantityStart - index <= 20 {
            if tokens.isText(index, "darunter") { break }
            // Only the items of an enumeration may stand between.
            // (The comma tested first: for a comma, the boundary test looks up the word after it for nothing.)
            if !tokens.isText(index, ",") && isBoundary(index) { return nil }
            index -= 1
        }
        guard index > sentence.lowerBound + 1, tokens.isText(index, "darunter"), tokens.isText(index - 1, ",") else {
            return nil
        }
        let end = index - 1
        var start = end
        while start - 1 >= sentence.lowerBound, end - start < Self.separableReachBefore, !isBoundary(start - 1) {
            start -= 1
        }
        if let hit = separable(verbIn: start..<end, particleIn: (end - 1)..<end) { return hit }
        for position in stride(from: end - 1, through: start, by: -1) {
            if let hit = cachedTrigger(at: position), !hit.isNoun { return hit }
        }
        return nil
    }

    private func cachedTrigger(at index: Int) -> Hit? {
        precondition(sentence.contains(index))
        let known = slots[index]
        if known > 0 { return found[Int(known) - 1] }
        if known < 0 { return nil }
        guard !isSurelyNone(index), let hit = trigger(at: index) else {
            slots[index] = -1
            return nil
        }
        found.append(hit)
        slots[index] = Int32(found.count)
        return hit
    }

    /// Whether a word of the sentence is a trigger or may be the verb of a separable one (`separable(verbIn:…)`
    /// asks the same filter first). The triggers found stay in the slots for the quantities' own look-ups.
    private func mayNameEvent() -> Bool {
        // A separable trigger's first word counts only where one of the particles stands in the sentence too:
        // `wurden … gesichert` made every sentence with `wurden` one to walk. (Asked once, on the first such word.)
        var hasParticles: Bool?
        for index in sentence where tokens.kind(index) == .word {
            if cachedTrigger(at: index) != nil { return true }
            if lexicon.separableFilter.mayContain(tokens.lowerKey(index)) {
                if hasParticles == nil { hasParticles = hasParticle(in: sentence) }
                if hasParticles == true { return true }
            }
        }
        return false
    }

    /// Whether `trigger(at:)` turns the token away by its first tests: not a word; no head-trigger ending on a
    /// capitalised word; no hyphen after; in no word list; no prefix trigger opening as it does. The same tests
    /// over the token's buffers and form in one place: made in `trigger(at:)` one by one, through the scalars lent
    /// to a closure and optionals, they cost about 300 instructions a word, for some 26,000 words of 10kGNAD that
    /// are no trigger. A word with a first code point beyond ASCII, or passing a test, is left to `trigger(at:)`;
    /// but a listed word (`in`, `aus`) or one the prefix tables let through is asked the tests `trigger(at:)` would
    /// end with, which turn most of them away for half its cost. (Not inlined: in `cachedTrigger`, it kept that
    /// from being inlined in `mayNameEvent`.)
    @inline(never)
    private func isSurelyNone(_ index: Int) -> Bool {
        switch screen(index) {
        case .none: return true
        case .maybe: return false
        case .listed: return isSurelyNoListedTrigger(index) && isSurelyNoPrefixTrigger(index)
        case .prefix: return !startsPrefixTrigger(index)
        }
    }

    /// What `screen` tells of a token.
    private enum Screen {
        /// Surely no trigger.
        case none
        /// Left to `trigger(at:)`.
        case maybe
        /// A listed word with no hyphen after it and no head trigger it may end in: `isSurelyNoListedTrigger` and
        /// `isSurelyNoPrefixTrigger` tell.
        case listed
        /// A word that only the prefix search can tell (`startsPrefixTrigger`).
        case prefix
    }

    /// `isSurelyNone`'s tests that read the token's buffers and the lexicon's tables alone. (The calls for the
    /// words they cannot tell are made by the caller: made here, they cost a retain and a release of the lexicon's
    /// filter at every word.)
    @inline(__always)
    private func screen(_ index: Int) -> Screen {
        let token = tokens.token(index)
        guard token.kind == .word else { return .none }
        let span = token.span
        let first = tokens.firstScalar(index).value
        guard first < 0x80 else { return .maybe }
        let length = span.length
        // `headTrigger`: a capitalised word ending in no head has none. (The tables fold case: the scalars are read
        // as written.)
        if first &- 65 < 26
            && lexicon.mayEndInHeadTrigger(count: length, scalar: { tokens.scalar(at: span.begin + $0).value }) {
            return .maybe
        }
        // A hyphen after it may join a compound (`TokenText.compoundEnd`).
        if index + 1 < sentence.upperBound && tokens.isText(index + 1, "-") { return .maybe }
        let lowerKey = tokens.lowerKey(index)
        let small = lexicon.triggerWordSmallFilter
        let listed = tokens.isSimple(index) && small.simpleWordsOnly
            ? small.mayContain(lowerKey) : lexicon.triggerWordFilter.mayContain(lowerKey)
        if listed { return .listed }
        return prefixScreen(index, first: first, lowerKey: lowerKey, length: length)
    }

    /// The prefix tests of `screen`, for a word whose first scalar is ASCII.
    @inline(__always)
    private func prefixScreen(_ index: Int, first: UInt32, lowerKey: UInt64, length: Int) -> Screen {
        if !lexicon.prefixTriggerFirstBytes[Int(Self.lower(first))] { return .none }
        // (A lower case known scalar by scalar is the one the folded tables allow for.)
        guard lowerKey != 0 else { return .maybe }
        let begin = tokens.token(index).span.begin
        if !lexicon.mayStartPrefixTrigger(count: length, scalar: { tokens.scalar(at: begin + $0).value }) {
            return .none
        }
        // The prefix search itself, as `trigger(at:)` makes it last: most words the tables let through (`erste`,
        // `zahlreiche`, `Konferenz`) start no prefix trigger, and `trigger(at:)` went through its other tests
        // first. (Searched twice for the few words that start one.)
        return .prefix
    }

    /// `prefixScreen` for a listed word (see `Screen.listed`), the search made.
    private func isSurelyNoPrefixTrigger(_ index: Int) -> Bool {
        let span = tokens.token(index).span
        switch prefixScreen(index, first: tokens.firstScalar(index).value, lowerKey: tokens.lowerKey(index),
                            length: span.length) {
        case .none: return true
        case .maybe, .listed: return false
        case .prefix: return !startsPrefixTrigger(index)
        }
    }

    /// Whether the token (lower case known scalar by scalar, its first scalar ASCII) starts a prefix trigger.
    private func startsPrefixTrigger(_ index: Int) -> Bool {
        let lowered = Self.lower(tokens.firstScalar(index).value)
        return tokens.withScalars(index) { prefixTrigger(startingLowered: $0, firstByte: Int(lowered)) } != nil
    }

    /// Whether a listed word (`trigger(at:)`'s `listed`; simple, with no hyphen after it) is neither an exact trigger
    /// nor the first word of a sequence the word after it may go on: `in`, `aus`, `zu`, which start sequences and
    /// are among the commonest words, were looked up in both tables. `false` where it cannot tell.
    private func isSurelyNoListedTrigger(_ index: Int) -> Bool {
        let lowerKey = tokens.lowerKey(index)
        let exact = lexicon.exactTriggerSmallFilter
        let firsts = lexicon.sequenceFirstSmallFilter
        guard lowerKey != 0, tokens.isSimple(index), exact.simpleWordsOnly, firsts.simpleWordsOnly,
              !exact.mayContain(lowerKey) else { return false }
        guard firsts.mayContain(lowerKey) else { return true }
        // The next token's key as `trigger(at:)` works it out: 0 (any sequence may go on) unless it is a simple
        // word on its own.
        let next = index + 1
        guard lexicon.sequencesAllPaired, next < sentence.upperBound, tokens.isSimple(next),
              tokens.compoundEnd(from: next, limit: sentence.upperBound) == next else { return false }
        let nextKey = tokens.lowerKey(next)
        return nextKey != 0
            && !lexicon.sequencePairFilter.mayContain(QuantityLexicon.sequencePairKey(lowerKey, nextKey))
    }

    /// The longest trigger starting at a token: a word sequence, the word (or hyphenated compound), a prefix.
    private func trigger(at index: Int) -> Hit? {
        guard tokens.kind(index) == .word else { return nil }
        if let head = headTrigger(at: index) { return head }
        let compoundEnd = tokens.compoundEnd(from: index, limit: sentence.upperBound)
        let lowerKey = tokens.lowerKey(index)
        // Most words are in neither word list: the filter tells before the string is made. For simple tokens the
        // small filter tells the same (exact either way), and stays in cache.
        let listed = tokens.isSimple(index) && lexicon.triggerWordSmallFilter.simpleWordsOnly
            ? lexicon.triggerWordSmallFilter.mayContain(lowerKey) : lexicon.triggerWordFilter.mayContain(lowerKey)
        if compoundEnd == index && !listed {
            let first = tokens.firstScalar(index).value
            if first < 0x80 && !lexicon.prefixTriggerFirstBytes[Int(first >= 65 && first <= 90 ? first + 32 : first)] {
                return nil
            }
            // The prefix search below (scalar by scalar when `lowerKey != 0`) needs the first four scalars to match.
            if lowerKey != 0 {
                let span = tokens.token(index).span
                if !lexicon.mayStartPrefixTrigger(count: span.length, scalar: {
                    tokens.scalar(at: span.begin + $0).value
                }) { return nil }
            }
        }
        // A capitalised word inside the sentence is a noun (`Opfer`, `Festnahme`, `Zahlen`).
        let isNoun = tokens.isCapitalized(index) && index > sentence.lowerBound
        // The word tables are looked up from the token's scalars (`StringTable.value(loweredToken:of:)`): most
        // listed words are no trigger here, and their lower-case strings were made for nothing else.
        // (A sequence's first word is the token itself: a compound, longer by its hyphen, starts none. The entries are
        // read in place, by index: a copy of each held its words and its trigger's strings.)
        if listed, compoundEnd == index,
           let sequences = lexicon.multiWordTriggers.value(loweredToken: index, of: tokens) {
            // The next token's lower-case key, where it tells a sequence's second word apart: a simple word on its
            // own, no compound (0 otherwise). `in` starts nine sequences and is among the commonest words; the key
            // turns most of them away before their words are compared.
            let next = index + 1
            let nextKey = next < sentence.upperBound && tokens.isSimple(next)
                && tokens.compoundEnd(from: next, limit: sentence.upperBound) == next ? tokens.lowerKey(next) : 0
            for position in sequences.indices
            where nextKey == 0 || sequences[position].secondKey == 0 || sequences[position].secondKey == nextKey {
                guard matches(sequences[position].words, after: index) else { continue }
                let trigger = sequences[position].trigger
                return Hit(trigger, isNoun: false)
            }
        }
        // (A compound's key first: most are in neither word list, and their lower-case strings, some 800
        // instructions each, and look-ups were made for nothing.)
        if compoundEnd > index, lexicon.triggerWordFilter.mayContain(tokens.loweredJoinedKey(index, compoundEnd)),
           let trigger = lexicon.exactTriggers[tokens.loweredJoined(index, compoundEnd)] {
            return Hit(trigger, isNoun: isNoun)
        }
        if listed, let trigger = lexicon.exactTriggers.value(loweredToken: index, of: tokens),
           isNoun || !trigger.nounOnly {
            // `zahlen` is the verb; the capitalised noun `Zahlen` (figures) is no trigger.
            // (`Kosten` is the noun of what was paid.)
            if isNoun && trigger.event == .paid {
                let text = tokens.lowered(index)
                if text.hasSuffix("en") && !text.hasPrefix("zahlung") && !text.hasSuffix("kosten") { return nil }
            }
            // `schlossen die Polizeibehörden 584 Verfahren ab`: `ab` closing the clause makes the verb conclude.
            if !isNoun && trigger.event == .closed && clauseEndsWithAb(after: index) { return nil }
            return Hit(trigger, isNoun: isNoun)
        }
        if lowerKey != 0 {
            // Lower case known scalar by scalar (ASCII, Latin-1): prefixes compared without making a string.
            guard tokens.length(index) > 0 else { return nil }
            let lowered = Self.lower(tokens.firstScalar(index).value)
            let byte = lowered < 0x80 ? lowered : lowered < 0x800 ? 0xC0 | lowered >> 6
                : lowered < 0x10000 ? 0xE0 | lowered >> 12 : 0xF0 | lowered >> 18
            guard let found = tokens.withScalars(index, {
                prefixTrigger(startingLowered: $0, firstByte: Int(byte & 0xFF))
            }) else { return nil }
            let trigger = lexicon.prefixTriggers[found]
            return Hit(trigger, isNoun: isNoun)
        }
        let text = tokens.lowered(index)
        // Byte-wise prefix tests: `String.hasPrefix` compares by grapheme and is slow in this loop.
        for trigger in lexicon.prefixTriggersByFirstByte[text.utf8.first ?? 0] ?? []
        where text.utf8.starts(with: trigger.text.utf8) {
            return Hit(trigger, isNoun: isNoun)
        }
        return nil
    }

    /// Whether the separable particle `ab` is the last word of the clause after `index` (before a comma, colon,
    /// semicolon or the sentence's end).
    private func clauseEndsWithAb(after index: Int) -> Bool {
        var end = index + 1
        while end < sentence.upperBound, !tokens.isText(end, ","), !tokens.isText(end, ";"), !tokens.isText(end, ":"),
              !tokens.isText(end, ".") {
            end += 1
        }
        return end - 1 > index && tokens.isText(end - 1, "ab")
    }

    /// A capitalised compound ending in a head trigger, three letters or more before it (`Rekordkaution`,
    /// `Parteispende`, `Lösegeldzahlung`): German joins nouns freely, so the list cannot hold every compound.
    private func headTrigger(at index: Int) -> Hit? {
        guard !lexicon.headTriggers.isEmpty, tokens.isCapitalized(index) else { return nil }
        // The token's scalars lent as a buffer: a slice of the document's array was retained and released a call.
        guard let slot = tokens.withScalars(index, { headSlot(of: $0) }) else { return nil }
        let trigger = lexicon.headTriggers[slot].trigger
        return Hit(trigger, isNoun: true)
    }

    /// The index in `lexicon.headTriggers` of the first head the scalars end in, three scalars or more before it.
    private func headSlot(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        // Every head ends in its last two scalars: most words end in no such pair.
        if scalars.count >= 2 {
            let cell = QuantityLexicon.foldedPair(scalars[scalars.count - 2].value, scalars[scalars.count - 1].value)
            guard lexicon.headTriggerEndings[cell >> 6] & (1 << UInt64(cell & 63)) != 0 else { return nil }
        }
        // Every head needs three scalars before it.
        guard scalars.count >= 3 else { return nil }
        // Only the heads ending in the word's last three scalars, compared from the end.
        // (The heads read in place, by index: a loop over them retained and released each head's array.)
        let end = scalars.count
        let key = TriggerBuckets.key(Self.lower(scalars[end - 3].value), Self.lower(scalars[end - 2].value),
                                     Self.lower(scalars[end - 1].value), 0)
        let heads = lexicon.headTriggerValues
        return lexicon.headBuckets.withMembers(of: key) { slots in
            for member in slots {
                let slot = Int(member)
                let count = heads[slot].count
                guard end >= count + 3 else { continue }
                var position = end
                var offset = count
                while offset > 0 && Self.lower(scalars[position - 1].value) == heads[slot][offset - 1] {
                    position -= 1
                    offset -= 1
                }
                if offset == 0 { return slot }
            }
            return nil
        }
    }

    /// A code point in lower case, for tokens whose lower case is known scalar by scalar (see `TokenText`).
    private static func lower(_ value: UInt32) -> UInt32 {
        if value >= 65 && value <= 90 { return value + 32 }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 32 }
        return value
    }

    /// The first prefix trigger (index in `prefixTriggers`) with this first UTF-8 byte that the scalars, lower-cased
    /// one by one, start with.
    private func prefixTrigger(startingLowered text: UnsafeBufferPointer<Unicode.Scalar>, firstByte: Int) -> Int? {
        lexicon.prefixTable.withUnsafeBufferPointer { table in
            // Whether the entry at `place` is a prefix of the text.
            func starts(at place: Int) -> Bool {
                let count = Int(table[place + 1])
                guard count <= text.count else { return false }
                var offset = 0
                while offset < count && Self.lower(text[offset].value) == table[place + 2 + offset] { offset += 1 }
                return offset == count
            }
            // A word of four scalars or more: the entries its first four hash to (the others of its first byte
            // have other first four scalars, or are shorter and in that group too), in the table's order.
            if text.count >= 4 && firstByte != 0 {
                let key = TriggerBuckets.key(Self.lower(text[0].value), Self.lower(text[1].value),
                                             Self.lower(text[2].value), Self.lower(text[3].value))
                return lexicon.prefixBuckets.withMembers(of: key) { places in
                    for place in places where starts(at: Int(place)) { return Int(table[Int(place)]) }
                    return nil
                }
            }
            var position = lexicon.prefixOffsets[firstByte]
            let end = lexicon.prefixOffsets[firstByte + 1]
            while position < end {
                if starts(at: position) { return Int(table[position]) }
                position += 2 + Int(table[position + 1])
            }
            return nil
        }
    }

    /// Whether the words after the first (lower case; a hyphenated compound is one word) follow each other after
    /// `index`, the token that is the sequence's first word (the table's key).
    private func matches(_ words: [String], after index: Int) -> Bool {
        var position = index + 1
        for word in words.dropFirst() {
            guard position < sentence.upperBound else { return false }
            let end = tokens.compoundEnd(from: position, limit: sentence.upperBound)
            guard end > position ? tokens.loweredJoined(position, end) == word
                    : tokens.isLowered(position, equalTo: word) else { return false }
            position = end + 1
        }
        return true
    }
}
