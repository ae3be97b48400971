import NewsGraphCore

/// Finds counts, money, percentages, ages, durations and dates, with what they count and what happened.
public struct QuantityExtractor: Stage {
    public let name = "QuantityExtractor"
    /// Entities too: a date word inside a name is part of the name (`Welt am Sonntag`).
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let produces: Set<Layer> = [.quantities, .dates]

    let lexicon: QuantityLexicon

    public init(lexicons: LexiconDirectory) throws {
        lexicon = try QuantityLexicon(lexicons: lexicons)
    }

    public func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let tokens = TokenText(document: document)
        let lemmatizer = UnitLemmatizer(lexicon: lexicon)
        let resolver = DateResolver(publicationDate: document.publicationDate)
        // Room for the quantities and dates of most articles at once: grown by doublings, each growth copied every
        // element and retained and released its strings.
        var quantities: [Quantity] = []
        quantities.reserveCapacity(16)
        var dates: [TemporalExpression] = []
        dates.reserveCapacity(16)
        // One buffer for the quantities of every sentence, emptied in place: a new array a sentence was allocated
        // and grown again each time.
        // (The thread's, kept from the article before where no other pass holds it.)
        let scratch = tokens.scratch
        var found: [FoundQuantity] = []
        swap(&found, &scratch.found)
        if found.capacity < 8 { found.reserveCapacity(8) }
        // Their first tokens, for the event rules: refilled in place, as `found` is.
        var starts: [Int] = []
        swap(&starts, &scratch.starts)
        if starts.capacity < 8 { starts.reserveCapacity(8) }
        defer {
            // Given back emptied, from the end as in the loop.
            while !found.isEmpty { found.removeLast() }
            if scratch.found.capacity == 0 { swap(&found, &scratch.found) }
            if scratch.starts.capacity == 0 { swap(&starts, &scratch.starts) }
        }
        // The unit of the last quantity with a counted noun, for `neun davon` in a later sentence: the unit alone,
        // as a whole quantity copied and dropped every string it holds.
        var lastCountedUnit: String?
        // The last sentence that held a quantity, whose last one closes `quantities` so far.
        var lastSentenceWithQuantities = -2
        // The unit of the last count with one (`Flüchtling`) and its sentence, for a bare number standing for the
        // people it may count; nil where the last quantity with a unit is no count.
        var lastPeople: (unit: String, sentence: Int)?
        let (opens, candidates) = openings(tokens, document: document)
        // (One buffer of the thread's scratch memory holds both, the candidates first.)
        defer { tokens.scratch.giveBack(.openings, UnsafeMutableRawPointer(candidates.baseAddress!)) }
        // The next of the candidates, which are in the order of the sentences.
        var cursor = 0
        // The rules made once for the article and given each sentence in turn.
        var dateRules = DateRecognizer(lexicon: lexicon, tokens: tokens, sentence: 0..<0)
        var quantityRules = QuantityRecognizer(lexicon: lexicon, lemmatizer: lemmatizer, tokens: tokens,
                                               sentence: 0..<0)
        // Made for the first sentence with a quantity: most sentences with a candidate token hold none.
        var eventRules: EventTriggerMatcher?
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let range = sentence.tokenRange
            // Most sentences hold no digit, number word or date word: they are passed over before any rule runs.
            while cursor < candidates.count && candidates[cursor] < range.lowerBound { cursor += 1 }
            guard cursor < candidates.count && candidates[cursor] < range.upperBound else { continue }
            dateRules.sentence = range
            quantityRules.sentence = range
            // Emptied from the end, keeping its buffer: `removeAll(keepingCapacity:)` went through the generic
            // `replaceSubrange` (over 200 instructions), for the one or two quantities a sentence holds.
            while !found.isEmpty { found.removeLast() }
            // The sentence's candidates one by one, not its every token: those inside a date or quantity found
            // before, or a span the rules skip, up to `next`, are passed over.
            var next = range.lowerBound
            while cursor < candidates.count && candidates[cursor] < range.upperBound {
                let index = candidates[cursor]
                cursor += 1
                if index < next { continue }
                let opening = opens[index]
                if opening == Opening.article
                    && Self.isBareArticle(index, in: range, tokens: tokens, lexicon: lexicon, dates: dateRules) {
                    continue
                }
                if let date = dateRules.match(at: index) {
                    // `von Mitte September bis Ende Oktober`: two dates joined by `bis` are one span of time.
                    if let joined = Self.range(joining: dates, to: date, tokens: tokens, resolver: resolver) {
                        dates[dates.count - 1] = joined
                        next = date.last + 1
                        continue
                    }
                    dates.append(TemporalExpression(
                        span: tokens.span(date.first, date.last), normalized: date.normalized,
                        resolved: date.relative.flatMap { resolver?.resolve($0) }, timeOfDay: date.timeOfDay,
                        provenance: Provenance(match: .rule, source: date.rule)))
                    next = date.last + 1
                    continue
                }
                switch quantityRules.match(at: index,
                                           mayBeNumberWord: opening == Opening.numberWord || opening == Opening.article,
                                           isArticleForm: opening == Opening.article, into: &found) {
                case .quantity(let span):
                    next = span.upperBound + 1
                case .skip(let through):
                    next = through + 1
                case nil:
                    break
                }
            }
            if found.isEmpty { continue }
            let events: EventTriggerMatcher
            if let made = eventRules {
                made.start(range)
                events = made
            } else {
                events = EventTriggerMatcher(lexicon: lexicon, tokens: tokens, sentence: range)
                eventRules = events
            }
            let sharing = UnitSharing(lexicon: lexicon, tokens: tokens)
            sharing.share(&found)
            sharing.shareCountedGroup(&found, in: range, lemmatizer: lemmatizer)
            sharing.shareApposedNoun(&found, in: range, lemmatizer: lemmatizer)
            // (The sentence before's last figure, where it is money, for a list of millions in this one: read from
            // the quantities written so far only where such a list asks, as a copy of it retained its strings.)
            let previous = lastSentenceWithQuantities
            lastCountedUnit = sharing.shareBackwards(&found, previousUnit: lastCountedUnit, previousMoney: {
                guard sentenceIndex - previous == 1, let last = quantities.last, last.kind == .money,
                      last.currency != nil else { return nil }
                return last
            })
            lastSentenceWithQuantities = sentenceIndex
            let named = sharing.shareElidedPeople(&found, antecedent: lastPeople.flatMap {
                sentenceIndex - $0.sentence <= 2 ? $0.unit : nil })
            if named.unitNamed { lastPeople = named.people.map { ($0, sentenceIndex) } }
            // (Emptied from the end, as `found` is: `removeAll(keepingCapacity:)` went through `replaceSubrange`.)
            while !starts.isEmpty { starts.removeLast() }
            // (By index: a loop over the elements copied each, retaining its strings.)
            for position in found.indices { starts.append(found[position].tokens.lowerBound) }
            var previousHit: (event: Quantity.Event, source: String)?
            // (By index, the quantity copied once: a copy of each whole entry retained its strings a second time.)
            for position in found.indices {
                let quantity = found[position].quantity
                let span = found[position].tokens
                var hit = events.event(for: quantity, tokens: span, starts: starts)
                if hit == nil, position > 0, let previous = previousHit,
                   let how = Self.sharesEvent(position, in: found, sentence: range, tokens: tokens, events: events),
                   quantity.kind != .money || previous.event == .seized || previous.event == .paid {
                    hit = (previous.event, .joining(previous.source, how))
                }
                previousHit = hit
                guard let (event, source) = hit else {
                    quantities.append(quantity)
                    continue
                }
                quantities.append(Quantity(
                    span: quantity.span, value: quantity.value, minValue: quantity.minValue,
                    maxValue: quantity.maxValue, unit: quantity.unit, currency: quantity.currency,
                    modifier: quantity.modifier, event: event, kind: quantity.kind,
                    provenance: Provenance(match: .rule,
                                           source: .joining(quantity.provenance.source, "+event:", source))))
            }
        }
        // Sorted and filtered in place: `sorted` and `filter` copied every quantity and date (retaining its strings)
        // and then dropped the originals.
        // Each sorted only where it is out of order (the sort is stable, so one in order stays as it is): most come
        // in order, and the sort cost hundreds of instructions an array even so.
        if !Self.inOrder(quantities.count, { quantities[$0].span }) { quantities.sort { $0.span < $1.span } }
        document.quantities = quantities
        // The names' spans only for an article with dates (one in ten has none), sorted in place: `sorted()` copied
        // them into a second array. Read from the mentions themselves where they come in order, as they mostly do:
        // the copy of their spans cost an allocation and some 15 instructions a name.
        if !dates.isEmpty {
            let mentions = document.mentions
            if Self.inOrder(mentions.count, { mentions[$0].span }) {
                let names = mentions.lazy.map { $0.span }
                dates.removeAll { Self.lies($0.span, inAnyOf: names) }
            } else {
                var names = mentions.map(\.span)
                names.sort()
                dates.removeAll { Self.lies($0.span, inAnyOf: names) }
            }
            if !Self.inOrder(dates.count, { dates[$0].span }) { dates.sort { $0.span < $1.span } }
        }
        document.dates = dates
        document.completedLayers.formUnion(produces)
    }

    /// The last of `dates` and `date` as one range where `bis` alone joins them and each names a month or a day
    /// with no range of its own (`Mitte September bis Ende Oktober` → `--09/--10`); nil otherwise.
    /// (Given the list, the last date is read only after `bis`: passed the last date itself, every date found
    /// copied the one before, retaining and releasing its strings, 1.2M instructions over 10kGNAD. The test for
    /// `bis` inlined, as most dates have none before them: the call alone cost some 40 instructions a date.)
    @inline(__always)
    static func range(
        joining dates: [TemporalExpression], to date: DateRecognizer.Found, tokens: TokenText,
        resolver: DateResolver?
    ) -> TemporalExpression? {
        guard date.first >= 2, tokens.isText(date.first - 1, "bis") else { return nil }
        return joinedRange(dates, to: date, tokens: tokens, resolver: resolver)
    }

    /// `range(joining:to:tokens:resolver:)` past its test for `bis`.
    private static func joinedRange(
        _ dates: [TemporalExpression], to date: DateRecognizer.Found, tokens: TokenText, resolver: DateResolver?
    ) -> TemporalExpression? {
        guard let previous = dates.last,
              tokens.span(date.first - 2, date.first - 2).end == previous.span.end,
              let start = previous.normalized, let end = date.normalized,
              !WordFilter.contains(start, "/"), !WordFilter.contains(end, "/"), start.count == end.count,
              // (Of one kind: not `im Juni bis 2019`, a month and the year a contract runs to.)
              start.hasPrefix("--") == end.hasPrefix("--")
        else { return nil }
        let resolvedEnd = date.relative.flatMap { resolver?.resolve($0) }
        return TemporalExpression(
            span: TextSpan(previous.span.begin, tokens.span(date.last, date.last).end), normalized: start + "/" + end,
            resolved: previous.resolved.flatMap { first in resolvedEnd.map { first + "/" + $0 } },
            timeOfDay: nil, provenance: Provenance(match: .rule, source: "date.joined-range"))
    }

    /// Whether none of `count` spans (`span(index)`) sorts before the one before it.
    @inline(__always)
    private static func inOrder(_ count: Int, _ span: (Int) -> TextSpan) -> Bool {
        var index = 1
        while index < count {
            if span(index) < span(index - 1) { return false }
            index += 1
        }
        return true
    }

    /// Whether `darunter` or `davon` stands right before the quantity starting at `first`, or one word (a modifier,
    /// `darunter rund 800`) before it: a part of the figure named before.
    static func isPart(_ first: Int, in range: Range<Int>, tokens: TokenText) -> Bool {
        for back in 1...2 where first - back >= range.lowerBound {
            if tokens.isText(first - back, "darunter") || tokens.isText(first - back, "davon") { return true }
        }
        return false
    }

    /// How the quantity at `position` shares the event of the one before it in `found` (the provenance suffix),
    /// or nil where it does not.
    static func sharesEvent(
        _ position: Int, in found: [FoundQuantity], sentence range: Range<Int>, tokens: TokenText,
        events: EventTriggerMatcher
    ) -> String? {
        // (The fields read in place: a copy of either quantity retained and released its strings.)
        let kind = found[position].quantity.kind
        // Ages, durations and percentages name no event of their own (seed notes), nor one shared
        // (`zwei Tatverdächtige (34, 41) festgenommen`).
        switch kind {
        case .age, .duration, .percentage: return nil
        case .count, .money: break
        }
        let span = found[position].tokens
        let previousTokens = found[position - 1].tokens
        // `rund 2.000 Verdächtige fest, darunter 800 Chinesen`: a part of the figure before shares its event.
        if isPart(span.lowerBound, in: range, tokens: tokens) { return "+darunter" }
        // `4,6 Millionen Pesos (umgerechnet etwa 80.000 US-Dollar)`: the same sum converted.
        if isConversion(span.lowerBound, after: previousTokens.upperBound, tokens: tokens) { return "+conversion" }
        let joint = previousTokens.upperBound + 1
        // `vier Personen – drei Männer und eine Frau – festgenommen`: a count right after a dash that follows the
        // count before names who they are.
        if kind == .count, found[position - 1].quantity.kind == .count, span.lowerBound == joint + 1,
           ["–", "—", "-"].contains(tokens.text(joint)) {
            return "+itemised"
        }
        // `236 Chinesen, 87 Vietnamesen und 41 Indonesier`: items of one enumeration share what happened where only
        // the first is within reach of the trigger.
        // (Not from an item that names its own event: `3 Festnahmen, 20 Durchsuchungen`.)
        // (`mehr als 2.200 Palästinenser und mehr als 70 Israelis`: a modifier may open the next item.)
        if found[position - 1].quantity.kind == kind, span.lowerBound > joint,
           events.isModifierPhrase(joint + 1..<span.lowerBound),
           ["," , "und", "sowie", "oder"].contains(tokens.text(joint)), !events.namesItsOwnEvent(previousTokens) {
            return "+enumeration"
        }
        // `1.150 Computer sowie Bargeld im Wert von umgerechnet 2,4 Millionen US-Dollar`: a sum that values the next
        // item of the enumeration (named, not counted) was seized or paid as the items before it were.
        if kind == .money, ["," , "und", "sowie"].contains(tokens.text(joint)),
           isValue(of: joint + 1, before: span.lowerBound, tokens: tokens, events: events),
           !events.namesItsOwnEvent(previousTokens) {
            return "+valued"
        }
        // `vier Server in Rumänien sowie zwei weitere bei einem Anbieter`: more of the same things, counted with
        // their noun left out, share what happened to the first.
        if let unit = found[position].quantity.unit, unit == found[position - 1].quantity.unit,
           found[position].quantity.provenance.source.hasSuffix(Provenance.unitFromAntecedent) {
            return "+antecedent"
        }
        return nil
    }

    /// Whether the words from `noun` to `first` are a noun and the phrase that gives its value: `Bargeld im Wert
    /// von umgerechnet`, `Kryptowährungen im Wert von rund`, `Schmuck in Höhe von`.
    static func isValue(of noun: Int, before first: Int, tokens: TokenText, events: EventTriggerMatcher) -> Bool {
        guard first - noun >= 4, tokens.isCapitalized(noun), tokens.kind(noun) == .word,
              events.isAmountPhrase(after: noun) else { return false }
        var rest = noun + 4
        if rest < first, tokens.isText(rest, "umgerechnet") { rest += 1 }
        return events.isModifierPhrase(rest..<first)
    }

    /// Whether the quantity starting at `first` opens a bracket right after the quantity ending at `previousEnd`,
    /// with at most the words of a conversion between (`(umgerechnet etwa 80.000 US-Dollar)`, `(rund 5.000 Euro)`).
    static func isConversion(_ first: Int, after previousEnd: Int, tokens: TokenText) -> Bool {
        guard previousEnd >= 0, first - previousEnd >= 2, first - previousEnd <= 4,
              tokens.isText(previousEnd + 1, "(") else { return false }
        return (previousEnd + 2..<first).allSatisfy {
            Self.conversionWords.contains(tokens.text($0))
        }
    }

    private static let conversionWords: Set<String> = ["umgerechnet", "etwa", "rund", "ca.", "ca", "knapp", "gut",
                                                       "fast", "mehr", "als"]

    /// Whether `span` lies inside one of `names` (sorted), by binary search for the last name starting at or
    /// before it.
    static func lies<Names: RandomAccessCollection>(_ span: TextSpan, inAnyOf names: Names) -> Bool
    where Names.Element == TextSpan, Names.Index == Int {
        var low = 0
        var high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].begin <= span.begin { low = mid + 1 } else { high = mid }
        }
        // Names may nest or overlap: look back over the few that start before.
        var index = low - 1
        while index >= 0 && index >= low - 4 {
            if names[index].begin <= span.begin && span.end <= names[index].end { return true }
            index -= 1
        }
        return false
    }

    /// For every token, whether a date or a quantity may start there: the same tests that `DateRecognizer.match`
    /// and `QuantityRecognizer.match` make first, so that `false` here is `nil` there. One pass over the token and
    /// scalar buffers, with the tables held locally. Also the tokens that may (`candidates`), in the order of the
    /// sentences, so that the rules' loop reads those alone and not every token of a sentence again. Both lie in
    /// one allocation, which the caller deallocates through the candidates' base address.
    private func openings(_ tokens: TokenText, document: Document)
        -> (opens: UnsafeMutableBufferPointer<UInt8>, candidates: UnsafeMutableBufferPointer<Int>) {
        let numbers = lexicon.numbers
        let table = lexicon.dateOpenerTable
        let endings = lexicon.dateOpenerEndings
        let edges = lexicon.dateOpenerEdges
        let initialEdges = lexicon.sentenceInitialDateEdges
        let filter = lexicon.dateOpenerFilter
        let small = lexicon.dateOpenerSmallFilter
        let screen = lexicon.openerScreen
        // A buffer, not an array: an array of an article's length was allocated through the runtime's generic
        // metadata look-up, hundreds of instructions an article.
        // The tokens listed for `classify`, then those of them that may open something, in place; `opens` after
        // them in the same allocation (made apart, each took an allocation and a release of its own, some 300
        // instructions an article).
        let room = max(1, tokens.count)
        let listed = tokens.scratch.take(.openings, byteCount: (room + (room + 7) / 8) * MemoryLayout<Int>.stride)
            .bindMemory(to: Int.self, capacity: room + (room + 7) / 8)
        let opens = UnsafeMutableBufferPointer(
            start: UnsafeMutableRawPointer(listed + room).bindMemory(to: UInt8.self, capacity: tokens.count),
            count: tokens.count)
        opens.initialize(repeating: Opening.none)
        var kept = 0
        do {
            document.tokens.withUnsafeBufferPointer { tokenBuffer in
                document.scalars.withUnsafeBufferPointer { scalars in
                    // The tests for a token the screen lets through, or that it does not read (the article's last
                    // token, a first scalar from U+0100 up), or a sentence's first token (`turnedAway`: the screen
                    // turns it away).
                    func classify(_ index: Int, isStart: Bool, turnedAway: Bool) {
                        let token = tokenBuffer[index]
                        let first = scalars[token.span.begin]
                        if first.value &- 48 < 10 {
                            opens[index] = Opening.other
                            return
                        }
                        guard token.kind == .word else { return }
                        let length = token.span.length
                        let text = UnsafeBufferPointer(rebasing: scalars[token.span.begin..<token.span.end])
                        // A sentence's first word is listed whatever the screen says, for the lower-case date word it
                        // may be (`Gestern`): where the screen turns it away, as it does most, that test alone is left.
                        if turnedAway {
                            opens[index] = opensLoweredDate(index, text) ? Opening.other : Opening.none
                            return
                        }
                        // `verdreifacht`, `verzehnfachen`: a multiple's verb, read as its number.
                        if first == "v", length > 10,
                           Self.isMultipleVerb(scalars[token.span.begin..<token.span.end], numbers: numbers) {
                            opens[index] = numbers.isArticleForm(text) ? Opening.article : Opening.numberWord
                            return
                        }
                        // The tests one by one, cheapest first, each read only for the words the one before
                        // lets through: seven words in ten of 10kGNAD fail every first test.
                        // A weekday compound (`Montagabend`).
                        if Self.mayStartWeekdayCompound(first, length: length)
                            && DateRecognizer.startsWithWeekday(scalars: text) {
                            opens[index] = Opening.other
                            return
                        }
                        // A number word. An article form (`ein`, `einen`) is one, an atom itself: its atoms
                        // need not be read.
                        if length >= 3 && numbers.mayOpen(first, text[1]) {
                            if numbers.isArticleForm(text) {
                                opens[index] = Opening.article
                                return
                            }
                            if numbers.mayStartWithAtom(scalars: text) {
                                opens[index] = Opening.numberWord
                                return
                            }
                        }
                        guard isStart || table.mayContain(first: first, length: length) else { return }
                        let last = text[length - 1]
                        let second = text[length > 1 ? 1 : 0]
                        // A date word. The small filter is exact for simple tokens (see `TokenText.mayBe`);
                        // others take the test `DateRecognizer.match` makes. A word that is no date word but
                        // passes the filters only reaches the tests below in `DateRecognizer.match` too, so
                        // narrowing the first test keeps `false` meaning nil. The edge table rules out most
                        // words that pass the first two tables; being sure only for simple tokens, it leaves the
                        // others to the key filters, as before.
                        if table.mayContain(first: first, length: length)
                            && endings.mayEnd(with: last, length: length)
                            && (edges.mayContain(first: first, second: second, last: last, length: length)
                                || !tokens.isSimple(index))
                            && (tokens.isSimple(index) && small.simpleWordsOnly
                                ? small.mayContain(tokens.key(index)) : filter.mayContain(tokens.key(index))) {
                            opens[index] = Opening.other
                            return
                        }
                        opens[index] = isStart && opensLoweredDate(index, text) ? Opening.other : Opening.none
                    }
                    // At the start of a sentence a relative or deictic date word in lower case (`Gestern`,
                    // `Vergangene Woche`), the only words `DateRecognizer.match` looks up so. The small filter
                    // first, over the key segmentation made: it turns most first words away too, and for less than
                    // the edge table's hash of three lower-cased scalars (some 40 instructions a sentence less).
                    func opensLoweredDate(_ index: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
                        let length = text.count
                        return tokens.mayBeLowered(index, in: small)
                            && !tokens.isText(index, "Morgen")
                            && (initialEdges.mayContain(first: Self.lowerLatin1(text[0]),
                                                        second: Self.lowerLatin1(text[length > 1 ? 1 : 0]),
                                                        last: Self.lowerLatin1(text[length - 1]), length: length)
                                || !(tokens.isSimple(index) && tokens.isLatin1(index)))
                    }
                    // Most tokens start with a Latin-1 code point and open nothing: one table read turns them away
                    // (see `OpenerScreen.mayOpen`). The tokens it lets through, and every sentence's first, are
                    // listed first and classified after, so that the loop over every token holds nothing else live
                    // (with the tests inlined in it, their values were spilled and reloaded for every token).
                    // (Made by the screen in a function of its own, with the buffers passed in: in the closures
                    // here, the loop's pointers were spilled and reloaded for every token.)
                    let count = document.forms.withUnsafeBufferPointer { forms in
                        document.sentences.withUnsafeBufferPointer { sentences in
                            screen.list(sentences, tokens: tokenBuffer, scalars: scalars, forms: forms, into: listed)
                        }
                    }
                    for position in 0..<count {
                        let index = listed[position] &>> 2
                        classify(index, isStart: listed[position] & OpenerScreen.Listed.start != 0,
                                 turnedAway: listed[position] & OpenerScreen.Listed.turnedAway != 0)
                        if opens[index] != Opening.none {
                            listed[kept] = index
                            kept &+= 1
                        }
                    }
                }
            }
        }
        return (opens, UnsafeMutableBufferPointer(start: listed, count: kept))
    }

    /// What `openings` found a token may open: a date or quantity (`other`) or, from its first letters, a number
    /// word, which `QuantityRecognizer.match` need not test again; `article` for one that is an article form
    /// (`ein`, `einen`, the commonest candidates), `numberWord` for one that is not, which `match` need not test
    /// either.
    enum Opening {
        static let none: UInt8 = 0
        static let other: UInt8 = 1
        static let numberWord: UInt8 = 2
        static let article: UInt8 = 3
    }

    /// `length > 7 && (first == "M" || first == "D" || first == "F" || first == "S")` as one test: the chain of
    /// comparisons was the pass's most mispredicted branch, on a question most words answer no to.
    @inline(__always)
    /// `ver` + a number word + `fach` (`verdreifacht`, `verzehnfachen`), asked of words opening with `v`.
    private static func isMultipleVerb(
        _ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>, numbers: GermanNumberParser
    ) -> Bool {
        let start = word.startIndex
        guard word[start] == "v", word[start + 1] == "e", word[start + 2] == "r" else { return false }
        // (Read in place: the words asked are few, but an array for each was still an allocation.)
        guard (start + 4..<word.endIndex - 3).contains(where: { cut in
            word[cut] == "f" && word[cut + 1] == "a" && word[cut + 2] == "c" && word[cut + 3] == "h"
        }) else { return false }
        return numbers.mayStartWithAtom(scalars: UnsafeBufferPointer(rebasing: word[(start + 3)...]))
    }

    private static func mayStartWeekdayCompound(_ first: Unicode.Scalar, length: Int) -> Bool {
        // Bits 4 (D), 6 (F), 13 (M) and 19 (S) of the block 64–127.
        let initials: UInt64 = 1 << 4 | 1 << 6 | 1 << 13 | 1 << 19
        let value = first.value
        let initial = (value &>> 6 == 1 ? initials &>> UInt64(value & 63) : 0) & 1
        return initial & (length > 7 ? 1 : 0) != 0
    }

    /// A scalar in lower case as `TokenText.lowered` makes it for a Latin-1 token: capitals 32 up, but `×`.
    @inline(__always)
    private static func lowerLatin1(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let capital = value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7
        return capital ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) : scalar
    }
}
