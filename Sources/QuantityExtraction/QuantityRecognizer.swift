import NewsGraphCore

/// Finds one quantity starting at a token: a number (digits or words, with a multiplier), a range, the modifier
/// before it and the counted noun after it; or a number inside a word (`fünftägigen`, `21-Jähriger`, `zweimal`).
struct QuantityRecognizer {
    /// A number as read from the text, before the counted noun.
    struct Reading {
        var value: Double
        var first: Int
        var last: Int
        var isWord: Bool
        var isArticle: Bool
        var multiplier: Double?
        /// Written in digits.
        var isDigits = false
        /// The digit tokens' text where a space separates thousands (`14 000`), for range scaling (`60- bis
        /// 100.000`); nil for one token, whose text is made only when a range is scaled.
        var joinedDigits: String?
    }

    /// What `match` found at a token.
    enum Outcome {
        /// A quantity over these tokens, appended to the caller's list. The quantity is not held here: inline, it
        /// made every `Outcome?` some 150 bytes, copied with `memcpy` at each return of the rules (over 100,000 a
        /// pass, most of them of a `nil`); boxed, each quantity was copied out of its box, retaining its strings, and
        /// the box dropped, releasing them (about 5,500 a pass).
        case quantity(tokens: ClosedRange<Int>)
        /// Tokens that are not quantities and must not be read again (`2:1`, `0664/123456`).
        case skip(through: Int)
    }

    let lexicon: QuantityLexicon
    let lemmatizer: UnitLemmatizer
    let tokens: TokenText
    /// The sentence's token range, set for each sentence (see `DateRecognizer.sentence`).
    var sentence: Range<Int>

    private static let adjectiveEndings: [String] = ["e", "en", "er", "es", "em"]
    /// Units of a difference or a factor, which `mehr als` after them compares (`zwei Prozentpunkte mehr als …`).
    private static let differenceUnits: Set<String> = ["Prozent", "Prozentpunkt", "Mal", "Drittel", "Viertel"]

    /// `mayBeNumberWord`: the word's first letters are known to pass the number-word tests below; then
    /// `isArticleForm` is known too (`GermanNumberParser.isArticleForm`). A quantity found is appended to `found`.
    func match(
        at index: Int, mayBeNumberWord: Bool = false, isArticleForm: Bool = false, into found: inout [FoundQuantity]
    ) -> Outcome? {
        let isWord = tokens.kind(index) == .word
        if isWord && !mayBeNumberWord && !(tokens.mayBeNumberWord(index, parser: lexicon.numbers)
                       && tokens.mayStartNumberWord(index, parser: lexicon.numbers)) { return nil }
        if isWord && articleWithoutNumber(at: index, isArticleForm: mayBeNumberWord ? isArticleForm : nil) {
            return nil
        }
        let lower = isWord ? tokens.loweredScalars(index) : []
        if isWord, let outcome = wordInternal(at: index, lower: lower, into: &found) { return outcome }
        // `Platz fünf`, `Artikel drei`: a label before a number word too.
        if isWord, index > sentence.lowerBound, lexicon.has(token: index - 1, of: tokens, .label) { return nil }
        if tokens.isDigits(index) {
            if let skip = notQuantity(at: index) { return skip }
            if let outcome = digitHyphenWord(at: index, into: &found) { return outcome }
        }
        guard var reading = readNumber(at: index, lower: isWord ? lower : nil) else { return nil }
        // `ein`, `einen` are articles unless a modifier ends right before them (`mindestens einen`): a cheap test
        // first, as these are among the most frequent words.
        if reading.isArticle && reading.multiplier == nil {
            let rangeFollows = reading.last + 1 < sentence.upperBound && tokens.isText(reading.last + 1, "bis")
            guard rangeFollows || index > sentence.lowerBound
                && lexicon.endsModifier(token: index - 1, of: tokens) else { return nil }
        }
        var rule = reading.isWord ? "quantity.number-word" : "quantity.digits"
        var minValue: Double?
        var maxValue: Double?
        var firstToken = reading.first
        var lastNumberToken = reading.last
        // Ranges: `zwei bis zehn`, `60- bis 100.000`, `10-20`, `zwischen 20 und 150`.
        if let range = readRange(after: reading) {
            var low = reading.value
            let high = range.value
            if reading.multiplier == nil, let factor = range.multiplier {
                low = GermanNumberParser.scaled(low, by: factor)
            }
            if range.multiplier == nil, range.isDigits, low < high, reading.isDigits {
                let digits = range.joinedDigits ?? tokens.text(range.first)
                var scaled = low
                var groups = digits.split(separator: ".").dropFirst().reversed().prefix { $0 == "000" }.count
                while groups > 0 && scaled * 1000 <= high { scaled *= 1000; groups -= 1 }
                low = scaled
            }
            // (`zwischen 64 und 50 Prozent`: the bounds as written may come high first.)
            minValue = min(low, high)
            maxValue = max(low, high)
            lastNumberToken = range.last
            rule = "quantity.range"
            reading.isArticle = false
        }
        if tokens.kind(index) == .word && reading.isArticle && reading.multiplier != nil { reading.isArticle = false }

        // The modifier, looking back past `zwischen`/`von` of a range.
        var modifierEnd = firstToken - 1
        if minValue != nil, modifierEnd >= sentence.lowerBound,
            lexicon.has(token: modifierEnd, of: tokens, .rangeOpen) {
            modifierEnd -= 1
        }
        let foundModifier = findModifier(endingAt: modifierEnd)
        var modifier = foundModifier?.modifier
        var modifierSource = foundModifier?.source
        // `über einen Film` is about a film: only unambiguous modifiers make `ein` a number; `über` only before a
        // span of time (`seit über einem Jahr`), checked once the unit is known.
        var overArticle = false
        if reading.isArticle {
            guard let foundModifier, !foundModifier.endsGood else {
                return nil
            }
            overArticle = foundModifier.mentionsOver
        }

        // `zwei Prozentpunkte mehr als zwei Jahre zuvor`: right after a quantity, `mehr als` compares it with the
        // number after, which it does not bound.
        // (A share or a factor: not `innerhalb von 24 Stunden mehr als 580 Menschen`.)
        if foundModifier?.isComparison == true, let previous = found.last,
           previous.tokens.upperBound == modifierEnd - 2, let unit = previous.quantity.unit,
           Self.differenceUnits.contains(unit) {
            modifier = nil
            modifierSource = nil
        }
        // A currency sign before the number (`€ 5`, `US$ 20`).
        var unitEntry: QuantityLexicon.UnitEntry?
        var unit: String?
        if firstToken - 1 >= sentence.lowerBound, let entry = lexicon.unit(token: firstToken - 1, of: tokens),
            entry.kind == .money, tokens.kind(firstToken - 1) != .word || tokens.text(firstToken - 1).count <= 3 {
            unitEntry = entry
            unit = entry.unit
            firstToken -= 1
        }
        var lastToken = lastNumberToken
        if unit == nil, let found = findUnit(after: lastNumberToken) {
            if found.fraction { return nil }
            unit = found.unit
            unitEntry = found.entry
            lastToken = found.last
        }
        // `mit 300 Metern pro Sekunde`, `120 Kilometern pro Stunde`: a measure per unit of time is one rate, as
        // `km/h` is. (`pro` after it first: hashing every unit for the set cost some 450 instructions a quantity.)
        if let measure = unit, lastToken + 2 < sentence.upperBound, tokens.isText(lastToken + 1, "pro"),
           Self.measures.contains(measure), let per = lexicon.unit(token: lastToken + 2, of: tokens),
           per.kind == .duration, per.unit == tokens.text(lastToken + 2) {
            unit = measure + " pro " + per.unit
            lastToken += 2
        }
        let bracketedAge = unit == nil && isAgeInBrackets(reading)
        let ageAfterMit = unit == nil && !bracketedAge && isAgeAfterMit(reading)
        let ageOfPerson = unit == nil && !bracketedAge && !ageAfterMit && isAgeAfterPersonNoun(reading)
        let age = bracketedAge || ageAfterMit || ageOfPerson || unit == nil && isAgeSetOffAfterPerson(reading)
        if unit == nil && maxValue == nil && !age
            && !bareNumberAllowed(reading, lastNumberToken: lastNumberToken, modifier: modifier) {
            return nil
        }
        var kind = unitEntry?.kind ?? (age ? .age : .count)
        if overArticle && kind != .duration { return nil }
        // (`etwa einer von drei Befragten` counts: a partitive after `ein` makes it a number.)
        if reading.isArticle, unitEntry == nil, let foundModifier,
           !(lastNumberToken + 1 < sentence.upperBound && tokens.isText(lastNumberToken + 1, "von")),
           !foundModifier.articleCounts {
            return nil
        }
        // An age counts years, as `15-jähriges` does (seed gold): `Jahr`.
        if age {
            rule = bracketedAge ? "quantity.age-in-brackets" : ageAfterMit ? "quantity.age-after-mit"
                : ageOfPerson ? "quantity.age-after-person" : "quantity.age-set-off"
            // (`Kinder unter 14`: younger than; `über` is a modifier already.)
            if ageOfPerson, modifier == nil, tokens.isText(reading.first - 1, "unter") {
                modifier = .lessThan
                modifierSource = "age-after-person:unter"
            }
            unit = "Jahr"
        }
        // `eine Befragung unter 2800 Asylberechtigten`: `unter` before persons in the dative plural means "among"
        // (`Gemeinden unter 10.000 Einwohner`, `Kinder unter 14 Jahren` are bounds).
        if foundModifier?.isUnder == true, let lemma = unit, tokens.scalars(lastToken).last == "n",
           lexicon.personUnits.contains(lemma) || lexicon.personNouns.contains(lemma) {
            modifier = nil
            modifierSource = nil
        }
        // `Rechnungen über 50.000 Euro`: über between a noun and an amount of money means "worth".
        if foundModifier?.isOverAfterNoun == true {
            if kind == .money {
                modifier = nil
                modifierSource = nil
            } else {
                modifierSource = "modifiers.tsv:über"
            }
        }
        // `100.000 Unterschriften oder mehr`, `20 Euro oder weniger`: a bound set after the quantity (not before a
        // noun, where `mehr` is its determiner: `drei Kinder und mehr Geld`; nor before `als`).
        if modifier == nil, lastToken + 2 < sentence.upperBound,
           tokens.isText(lastToken + 1, "oder") || tokens.isText(lastToken + 1, "und"),
           tokens.isText(lastToken + 2, "mehr") || tokens.isText(lastToken + 1, "oder")
            && tokens.isText(lastToken + 2, "weniger"),
           lastToken + 3 >= sentence.upperBound || !tokens.isCapitalized(lastToken + 3)
            && !tokens.isText(lastToken + 3, "als") {
            modifier = tokens.isText(lastToken + 2, "mehr") ? .atLeast : .atMost
            modifierSource = "bound-after"
        }
        if kind == .duration, lastToken + 1 < sentence.upperBound, tokens.isText(lastToken + 1, "alt") {
            kind = .age
        }
        let span = tokens.span(firstToken, lastToken)
        let quantity = Quantity(
            span: span, value: minValue == nil ? reading.value : nil, minValue: minValue, maxValue: maxValue,
            unit: unit, currency: unitEntry?.currency, modifier: modifier, kind: kind,
            provenance: Provenance(match: .rule, source: modifierSource.map { .joining(rule, "+", $0) } ?? rule))
        found.append(FoundQuantity(quantity: quantity, tokens: firstToken...lastToken))
        return .quantity(tokens: firstToken...lastToken)
    }

    /// `ein`, `einen` and the other article forms, the most frequent candidates, end here unless a multiplier,
    /// `bis` or a modifier makes them numbers: `match` would return nil for them further on, after lower-casing,
    /// `wordInternal` (which needs a longer word than these), the label test (nil either way) and `readNumber`
    /// (whose reading, an article without a multiplier, fails the same test of its neighbours).
    /// `isArticleForm`: `GermanNumberParser.isArticleForm` of the word where the caller knows it.
    /// (`QuantityExtractor.isBareArticle` makes the same tests for the commonest articles, with the date rule's.)
    private func articleWithoutNumber(at index: Int, isArticleForm: Bool?) -> Bool {
        let length = tokens.length(index)
        guard length < max(5, 3 + lexicon.shortestInternalStem),
            isArticleForm ?? tokens.withScalars(index, { lexicon.numbers.isArticleForm($0) }) else { return false }
        let next = index + 1
        if next < sentence.upperBound {
            if lexicon.multiplierFilter.mayContain(tokens.key(next))
                && lexicon.multipliers.value(token: next, of: tokens) != nil {
                return false
            }
            if tokens.isText(next, "bis") { return false }
            if isHalfBeforeMultiplier(next) { return false }
            // `ungefähr eine halbe Oktave`, `mehr als ein halbes Jahr`: a fraction after the modifier, no number
            // (GUIDELINES.md: fractions are no quantities).
            if isHalf(next) { return true }
        }
        return !(index > sentence.lowerBound && lexicon.endsModifier(token: index - 1, of: tokens))
    }

    /// `halbe`, `halben`, `halber`, `halbes` at `index`.
    private func isHalf(_ index: Int) -> Bool {
        let length = tokens.length(index)
        guard length == 5 || length == 6 else { return false }
        return tokens.withScalars(index) { word in
            word.starts(with: "halbe".unicodeScalars) && (length == 5 || "nrs".unicodeScalars.contains(word[5]))
        }
    }

    /// `halbe Million`, `halben Milliarde`, `halbes Dutzend`: `halbe` at `index` with a multiplier after it.
    private func isHalfBeforeMultiplier(_ index: Int) -> Bool {
        index + 1 < sentence.upperBound
            && (tokens.isText(index, "halbe") || tokens.isText(index, "halben") || tokens.isText(index, "halbes"))
            && lexicon.multiplierFilter.mayContain(tokens.key(index + 1))
            && lexicon.multipliers.value(token: index + 1, of: tokens) != nil
    }

    // MARK: numbers

    /// A number at `index`: digits or number words, with a following multiplier (`2 Millionen`, `1,5 Mrd.`).
    func readNumber(at index: Int, lower known: [Unicode.Scalar]? = nil) -> Reading? {
        guard sentence.contains(index) else { return nil }
        var reading: Reading
        if tokens.isDigits(index) {
            guard var value = GermanNumberParser.digitValue(tokens.scalars(index)) else { return nil }
            var last = index
            // `5, 3 Prozent`: a decimal comma with a stray space, only before a percent or currency unit.
            if index + 3 < sentence.upperBound, tokens.isText(index + 1, ","), tokens.touches(index, index + 1),
                !containsComma(index), tokens.isDigits(index + 2), tokens.text(index + 2).count <= 2,
                // (Not `30, 40 Prozent`: two digits ending in zero after the space are the next round figure.)
                !(tokens.text(index + 2).count == 2 && tokens.text(index + 2).hasSuffix("0")),
                let entry = lexicon.unit(token: index + 3, of: tokens),
                entry.kind == .percentage || entry.kind == .money,
                let decimal = Double(tokens.text(index).replacingOccurrences(of: ".", with: "") + "."
                                     + tokens.text(index + 2)) {
                value = decimal
                last = index + 2
            }
            // `14 000 Menschen`: one space as thousands separator before groups of exactly three digits.
            var joinedDigits: String?
            if last == index && tokens.characterCount(index) <= 3
                && (tokens.isPlain(index) ? !tokens.scalars(index).contains { $0 == "," || $0 == "." }
                    : !tokens.text(index).contains(",") && !tokens.text(index).contains(".")) {
                var next = last + 1
                while next < sentence.upperBound, tokens.isDigits(next), tokens.text(next).count == 3,
                    tokens.token(next).span.begin - tokens.token(last).span.end == 1,
                    [" ", "\u{A0}", "\u{202F}"].contains(tokens.scalar(at: tokens.token(last).span.end)),
                    let joined = Double((joinedDigits ?? tokens.text(index)) + tokens.text(next)) {
                    joinedDigits = (joinedDigits ?? tokens.text(index)) + tokens.text(next)
                    value = joined
                    last = next
                    next += 1
                }
            }
            reading = Reading(value: value, first: index, last: last, isWord: false, isArticle: false,
                              isDigits: true, joinedDigits: joinedDigits)
        } else if tokens.kind(index) == .word {
            guard tokens.mayBeNumberWord(index, parser: lexicon.numbers) else { return nil }
            if tokens.isCapitalized(index) && !isSentenceInitial(index) { return nil }
            let lower = known ?? tokens.loweredScalars(index)
            guard lexicon.numbers.mayStartNumber(lower[...]),
                let (value, isArticle) = lexicon.numbers.wordValue(lower[...]) else { return nil }
            reading = Reading(value: value, first: index, last: index, isWord: true, isArticle: isArticle)
            // `eine halbe Million Euro`: the article and `halbe` before a multiplier are its half.
            if isArticle, isHalfBeforeMultiplier(index + 1) {
                reading = Reading(value: 0.5, first: index, last: index + 1, isWord: true, isArticle: false)
            }
        } else {
            return nil
        }
        let next = reading.last + 1
        if next < sentence.upperBound, lexicon.multiplierFilter.mayContain(tokens.key(next)),
            let multiplier = lexicon.multipliers.value(token: next, of: tokens) {
            reading.value = GermanNumberParser.scaled(reading.value, by: multiplier.factor)
            reading.multiplier = multiplier.factor
            reading.last = next
            if multiplier.abbreviation, next + 1 < sentence.upperBound, tokens.isText(next + 1, "."),
                tokens.touches(next, next + 1) {
                reading.last = next + 1
            }
        }
        return reading
    }

    private func isSentenceInitial(_ index: Int) -> Bool {
        if index == sentence.lowerBound { return true }
        return tokens.kind(index - 1) == .punctuation && !tokens.isText(index - 1, ",") && !tokens.isText(index - 1, "-")
    }

    /// The second number of a range after `reading`, if there is one.
    private func readRange(after reading: Reading) -> Reading? {
        var next = reading.last + 1
        guard next + 1 < sentence.upperBound else { return nil }
        let isHyphen = tokens.isText(next, "-")
        // `60- bis 100.000`, `60. bis 100.000` (Ergänzungsstrich, or a period typed for it).
        if (isHyphen || tokens.isText(next, ".")) && tokens.touches(reading.last, next) && !tokens.isDigits(next + 1) {
            guard next + 2 < sentence.upperBound, tokens.isText(next + 1, "bis") else { return nil }
            next += 1
        } else if isHyphen || tokens.isScalar(next, "\u{2013}") {
            // `10-20` or `10 – 20` between digits only, rising, and not part of a longer digit chain (`1-999-367`).
            guard reading.isDigits, tokens.isDigits(next + 1), let second = readNumber(at: next + 1),
                second.isDigits, second.value > reading.value else { return nil }
            let after = second.last + 1
            if after + 1 < sentence.upperBound, tokens.isText(after, "-"), tokens.isDigits(after + 1) { return nil }
            return second
        } else if tokens.isText(next, "und") {
            let opener = reading.first - 1
            guard opener >= sentence.lowerBound, tokens.isLowered(opener, "zwischen") else { return nil }
        } else if tokens.isText(next, ",") && !tokens.touches(next, next + 1) || tokens.isText(next, "oder") {
            // `zwei, drei Tage`, `30, 40 Prozent`, `zehn, zwölf Jahren`, `sieben oder acht Torchancen`: the spoken
            // range of two near figures, rising by a step of at most a half (or two), with the unit after the
            // second; not a list (`1, 2 und 3`, `drei, vier, fünf Kinder`) nor figures far apart (`5 oder 10`).
            let step = (reading.value * 0.5).rounded(.down)
            guard reading.first == sentence.lowerBound || !tokens.isText(reading.first - 1, ","),
                  let second = readNumber(at: next + 1), !second.isArticle, second.multiplier == nil,
                  reading.multiplier == nil, second.isWord == reading.isWord,
                  second.value > reading.value, second.value - reading.value <= max(2, step),
                  second.last + 1 < sentence.upperBound, tokens.kind(second.last + 1) == .word,
                  !tokens.isText(second.last + 1, "und"), !tokens.isText(second.last + 1, "oder") else { return nil }
            return second
        } else if !lexicon.hasListed(token: next, of: tokens, .range) {
            return nil
        }
        guard let second = readNumber(at: next + 1), !second.isArticle else { return nil }
        // `bis 2. Mai` or a second ordinal is a date, not a range.
        if second.last + 1 < sentence.upperBound, tokens.isText(second.last + 1, "."), second.multiplier == nil,
            tokens.touches(second.last, second.last + 1), second.last + 2 < sentence.upperBound,
            tokens.kind(second.last + 2) == .word {
            return nil
        }
        return second
    }

    // MARK: context

    /// Numbers that are not quantities: scores and times, phone and file numbers, ordinals, labelled numbers
    /// (`Nr. 5`, `§ 3`), parts of names (`Covid-19`, `Formel 1` handled as bare numbers).
    private func notQuantity(at index: Int) -> Outcome? {
        let next = index + 1
        let previous = index - 1
        if previous >= sentence.lowerBound {
            if (tokens.isText(previous, "-") || tokens.isText(previous, "/")) && tokens.touches(previous, index) {
                return .skip(through: index)
            }
            // `+43 664 …` is a phone number; `+0,3 Prozent` a signed change.
            if tokens.isText(previous, "+") && tokens.touches(previous, index)
                && (next < sentence.upperBound && tokens.isDigits(next)
                    || tokens.characterCount(index) >= 5 && !containsComma(index)) {
                return .skip(through: index)
            }
            if tokens.isText(previous, ":") && tokens.touches(previous, index) { return .skip(through: index) }
            if tokens.mayBe(previous, in: lexicon.labelFilter) && lexicon.has(tokens.text(previous), .label) {
                return .skip(through: index)
            }
            if tokens.isText(previous, "."), previous - 1 >= sentence.lowerBound,
                lexicon.has(token: previous - 1, of: tokens, .label) {
                return .skip(through: index)
            }
        }
        if next + 1 < sentence.upperBound, tokens.touches(index, next), tokens.isDigits(next + 1),
            tokens.touches(next, next + 1), tokens.isText(next, ":") || tokens.isText(next, "/") {
            return .skip(through: next + 1)
        }
        if hasLeadingZero(index) { return .skip(through: index) }
        // `040 4286-56211`, `069 755-82115`: digits after an area code (a leading zero) are the rest of a phone
        // number, with the extension a hyphen joins; also after a slash (`0541 / 7101-0`).
        if previous >= sentence.lowerBound, tokens.isDigits(previous) && hasLeadingZero(previous)
            || previous - 1 >= sentence.lowerBound && tokens.isText(previous, "/") && tokens.isDigits(previous - 1)
                && hasLeadingZero(previous - 1) {
            let extended = next + 1 < sentence.upperBound && tokens.isText(next, "-") && tokens.touches(index, next)
                && tokens.touches(next, next + 1) && tokens.isDigits(next + 1)
            return .skip(through: extended ? next + 1 : index)
        }
        if isLongDigitRun(index) { return .skip(through: index) }
        // `1 R 77/15y`, `10 Cg 17/15b`, `6 U 12/14`: a court's file number (department, register, number/year).
        if next + 2 < sentence.upperBound, tokens.kind(next) == .word, tokens.characterCount(next) <= 3,
           tokens.isCapitalized(next), tokens.isDigits(next + 1), tokens.isText(next + 2, "/"),
           tokens.touches(next + 1, next + 2) {
            return .skip(through: next + 1)
        }
        // `POL-HH: 240315-2.`: five digits or more and a short number joined by a hyphen number a press release or
        // a file (a range rises and has no fewer digits after the hyphen: `12000-15000`).
        if next + 1 < sentence.upperBound, tokens.isText(next, "-"), tokens.touches(index, next),
           tokens.touches(next, next + 1), tokens.isDigits(index), tokens.isDigits(next + 1),
           tokens.characterCount(index) >= 5, tokens.characterCount(next + 1) <= 3 {
            return .skip(through: next + 1)
        }
        if next < sentence.upperBound && tokens.isText(next, "Uhr") { return .skip(through: next) }
        // `20.15`, `18.00`: a dot before exactly two digits is a clock time in German text, not a decimal; but
        // not before a currency (`20.80 Franken`: Swiss text writes the decimal point so).
        if isClockTime(index), !(next < sentence.upperBound && unitEntry(token: next)?.currency != nil) {
            return .skip(through: index)
        }
        // (Not a number with German separators, which no product name has: `will GE 6.500 Stellen streichen`,
        // `BIP 1,1 Prozent`; versions keep theirs: `iOS 9.3`, `TLS 1.2`.)
        // (A name-like word has a capital after its first code point: most words are turned away by their form.)
        // (Nor after an acronym that an article makes the end of a noun phrase, with people counted after the
        // number: `nach Angaben der PAOCC 298 Chinesen`; not `dem ORF 2 Abend für Abend`. Nor with any noun after a
        // figure of two digits or more, which numbers no channel or model: `registrierte das BKA 52 Verfahren`.)
        if previous >= sentence.lowerBound, tokens.kind(previous) == .word, tokens.mayHaveInnerCapitals(previous),
           isNameLike(tokens.scalars(previous)),
           !hasThousandsSeparator(index) && !containsComma(index),
           !(previous - 1 >= sentence.lowerBound && next < sentence.upperBound && tokens.kind(next) == .word
             && tokens.isCapitalized(next)
             && (Self.genitiveArticles.contains(tokens.text(previous - 1))
                    && lexicon.personNouns.contains(tokens.text(next))
                 || Self.definiteArticles.contains(tokens.text(previous - 1)) && tokens.isDigits(index)
                    && tokens.characterCount(index) >= 2 && tokens.scalars(index).first != "0")) {
            return .skip(through: index)
        }
        // `– 7. Kimi Räikkönen`, `165. Fall`: a small whole number whose period the splitter took as the end of
        // the sentence, before a capitalised word, is an ordinal (a rank, a list label).
        // (Not after a preposition of change, which takes a figure: `sank von 591 auf 395.`)
        // (Nor before an article or another word that opens a sentence: `2022 waren es 117. Die Zahl stieg …`.)
        if next < tokens.count, next == sentence.upperBound - 1, tokens.isText(next, "."), tokens.touches(index, next),
            tokens.characterCount(index) <= 3, !containsComma(index), next + 1 < tokens.count,
            tokens.kind(next + 1) == .word, tokens.isCapitalized(next + 1),
            !(previous >= sentence.lowerBound && Self.changePrepositions.contains(tokens.text(previous))),
            !(tokens.mayBeLowered(next + 1, in: lexicon.contextSmallFilter)
                && lexicon.has(tokens.lowered(next + 1), .stop)) {
            return .skip(through: next)
        }
        // `in der 56.` cut off by the sentence splitter before `Minute`: after an article, `N.` is an ordinal.
        if next < tokens.count, next >= sentence.upperBound - 1, tokens.isText(next, "."),
            tokens.touches(index, next), previous >= sentence.lowerBound,
            ["der", "die", "das", "dem", "den", "des", "zum", "zur", "im", "am", "vom", "beim", "in"]
                .contains(tokens.text(previous)) {
            return .skip(through: next)
        }
        // An ordinal: `3.` before a word (`1. FC`, `3. Liga`), unless a range follows (`60. bis 100.000`).
        if next + 1 < sentence.upperBound, tokens.isText(next, "."), tokens.touches(index, next),
            tokens.kind(next + 1) == .word || tokens.isText(next + 1, "-") {
            let rangeShorthand = tokens.isText(next + 1, "bis") && next + 2 < sentence.upperBound
                && tokens.isDigits(next + 2)
                && !(next + 3 < sentence.upperBound && tokens.isText(next + 3, "."))
            if !rangeShorthand { return .skip(through: next) }
        }
        return nil
    }

    // The digit-token tests of `notQuantity`: on the scalars of plain tokens, on the string otherwise.

    private func containsComma(_ index: Int) -> Bool {
        if tokens.isPlain(index) { return tokens.scalars(index).contains(",") }
        let text = tokens.text(index)
        return text.contains(",")
    }

    /// `0664`, not `0,5` or `0.5`.
    private func hasLeadingZero(_ index: Int) -> Bool {
        if tokens.isPlain(index) {
            let scalars = tokens.scalars(index)
            guard scalars.count > 1, scalars.first == "0" else { return false }
            let second = scalars[scalars.startIndex + 1]
            return second != "," && second != "."
        }
        let text = tokens.text(index)
        return text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0,") && !text.hasPrefix("0.")
    }

    /// Seven or more characters without a separator: a phone or file number. (Swiss thousands `380'000` have one.)
    private func isLongDigitRun(_ index: Int) -> Bool {
        if tokens.isPlain(index) {
            let scalars = tokens.scalars(index)
            return scalars.count >= 7 && !scalars.contains { $0 == "." || $0 == "," || $0 == "'" || $0 == "\u{2019}" }
        }
        let text = tokens.text(index)
        return text.count >= 7 && !text.contains(".") && !text.contains(",") && !text.contains("'")
            && !text.contains("\u{2019}")
    }

    /// An hour up to 24, a dot and two more characters, no comma.
    private func isClockTime(_ index: Int) -> Bool {
        if tokens.isPlain(index) {
            let scalars = tokens.scalars(index)
            guard let dot = scalars.firstIndex(of: "."), scalars.endIndex - dot == 3,
                !scalars.contains(","), let hour = PeriodParts.integer(scalars[..<dot]) else { return false }
            return hour <= 24
        }
        let text = tokens.text(index)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 3,
            !text.contains(","), let hour = Int(text[..<dot]), hour <= 24 {
            return true
        }
        return false
    }

    /// `Anna K. (34)`, `Jeremic (40)`: a whole number up to 110 in brackets right after a name is an age.
    private func isAgeInBrackets(_ reading: Reading) -> Bool {
        guard Self.mayBeAge(reading) else { return false }
        // `zwei Tatverdächtige (34, 41)`: several ages in one pair of brackets, each an age.
        var open = reading.first - 1
        while open - 2 >= sentence.lowerBound, tokens.isText(open, ",") || tokens.isText(open, "und"),
              tokens.isDigits(open - 1), tokens.characterCount(open - 1) <= 3 {
            open -= 2
        }
        var close = reading.last + 1
        while close + 2 < sentence.upperBound, tokens.isText(close, ",") || tokens.isText(close, "und"),
              tokens.isDigits(close + 1), tokens.characterCount(close + 1) <= 3 {
            close += 2
        }
        guard open - 1 >= sentence.lowerBound, close < sentence.upperBound, tokens.isText(open, "("),
              tokens.isText(close, ")") else { return false }
        // (Several numbers only after people: `Die Werte (12, 15)` are figures.)
        if close - open > 2 {
            let noun = open - 1
            guard tokens.kind(noun) == .word else { return false }
            if !tokens.endsPersonMention(noun) {
                let lemma = lemmatizer.lemma(of: tokens.text(noun))
                guard lexicon.personNouns.contains(lemma) || lexicon.personUnits.contains(lemma) else {
                    return false
                }
            }
        }
        let name = open - 1
        // (`Nigeria (64)` after `312 Opfer aus Deutschland, gefolgt von …`: a count for the place, no age; nor
        // has a club one: `Gent (7 Punkte) gegen Valencia (6)`.)
        if tokens.endsPlaceMention(name) || tokens.endsOrganisationMention(name) { return false }
        if tokens.isText(name, ".") && name - 1 >= sentence.lowerBound {
            return tokens.kind(name - 1) == .word && tokens.isCapitalized(name - 1)
        }
        return tokens.kind(name) == .word && tokens.isCapitalized(name)
    }

    /// `Agnieszka Wrona, 46, berät …`: a whole number up to 110 set off by commas right after a person the entity
    /// stage found is the person's age.
    private func isAgeSetOffAfterPerson(_ reading: Reading) -> Bool {
        let comma = reading.first - 1
        let close = reading.last + 1
        guard Self.mayBeAge(reading), comma - 1 >= sentence.lowerBound, close < sentence.upperBound,
              tokens.isText(comma, ","), tokens.isText(close, ",") else { return false }
        return tokens.endsPersonMention(comma - 1)
    }

    /// `Mit 13 fing er an`, `war schon mit 17 durch einen Hack aufgefallen`: a whole number from 10 to 99 after
    /// `mit`, with no noun after it, is the age at which something happened; not a vote or a count going on
    /// (`mit 17 zu 3 Stimmen`, `mit 20 bis 30`).
    private func isAgeAfterMit(_ reading: Reading) -> Bool {
        let before = reading.first - 1
        let after = reading.last + 1
        guard Self.mayBeAge(reading), reading.value >= 10, reading.value < 100, before >= sentence.lowerBound,
              after < sentence.upperBound, tokens.isText(before, "mit") || tokens.isText(before, "Mit")
        else { return false }
        // (`Die Zahl der Haftbefehle ist mit 17 gering`: the figure of a count the sentence names.)
        if (sentence.lowerBound..<before).contains(where: { Self.figureNouns.contains(tokens.text($0)) }) {
            return false
        }
        if tokens.kind(after) == .word {
            return !tokens.isCapitalized(after) && !Self.notAfterAge.contains(tokens.lowered(after))
        }
        // (`Heute, mit 68, kann …`; not `Mit 32, 64 und 128 GB`, a list of figures.)
        return tokens.isText(after, ",") && (after + 1 >= sentence.upperBound || tokens.kind(after + 1) != .number)
    }

    /// Nouns for a figure, whose value `mit` may give (`Die Zahl … ist mit 17 gering`).
    private static let figureNouns: Set<String> = [
        "Zahl", "Anzahl", "Summe", "Menge", "Quote", "Rate", "Anteil", "Wert", "Höhe", "Betrag", "Stand", "Niveau",
    ]

    /// Words after a number that make it no age: a vote, a range, a comparison, a count going on.
    private static let notAfterAge: Set<String> = [
        "zu", "von", "bis", "und", "oder", "bzw", "beziehungsweise", "statt", "gegen", "pro", "mal", "prozent",
        "weitere", "weiteren", "anderen", "neuen", "plus", "minus", "je", "zwischen", "über", "unter", "der", "die",
        "das", "den", "dem", "des",
    ]

    /// `Eine vierte Frau über 40 wurde bestraft`: a whole number after `über` or `unter` right after a noun for a
    /// person, with no noun after it, is that person's age.
    private func isAgeAfterPersonNoun(_ reading: Reading) -> Bool {
        let before = reading.first - 1
        let after = reading.last + 1
        guard Self.mayBeAge(reading), before - 1 >= sentence.lowerBound,
              tokens.isText(before, "unter") || tokens.text(before) == "über",
              lexicon.personUnits.contains(token: before - 1, of: tokens),
              after >= sentence.upperBound || tokens.kind(after) != .word || !tokens.isCapitalized(after)
        else { return false }
        return true
    }

    /// Units of length, volume, mass and data that a time unit after `pro` makes a rate of.
    private static let measures: Set<String> = [
        "Meter", "Kilometer", "Zentimeter", "Millimeter", "Meile", "Seemeile", "Knoten", "Liter", "Kubikmeter",
        "Gramm", "Kilogramm", "Tonne", "Bit", "Kilobit", "Megabit", "Gigabit", "Byte", "Kilobyte", "Megabyte",
        "Gigabyte", "Terabyte",
    ]

    /// One whole number in digits from 1 to 110: what an age given by itself can be.
    private static func mayBeAge(_ reading: Reading) -> Bool {
        reading.isDigits && reading.first == reading.last && reading.value >= 1 && reading.value <= 110
            && reading.value == reading.value.rounded()
    }

    /// `6.500`, `22.922.917`: groups of three digits after each period.
    private func hasThousandsSeparator(_ index: Int) -> Bool {
        let scalars = tokens.scalars(index)
        guard let first = scalars.firstIndex(of: ".") else { return false }
        var digits = 0
        for scalar in scalars[first...].dropFirst() {
            if scalar == "." {
                guard digits == 3 else { return false }
                digits = 0
            } else {
                digits += 1
            }
        }
        return digits == 3
    }

    /// `iPhone`, `ORF`, `ATV`: a word written with inner or all capitals names a product or station, and a number
    /// after it is part of that name.
    private func isNameLike(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= 2 else { return false }
        var inner = 0
        for scalar in scalars.dropFirst() where Self.isUppercase(scalar) { inner += 1 }
        return inner > 0 && (inner == scalars.count - 1 || !Self.isUppercase(scalars[scalars.startIndex]))
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 65 && scalar.value <= 90 : propertyIsUppercase(scalar)
    }

    /// The property read out of line (see `TokenText.isUppercase`).
    @inline(never)
    private static func propertyIsUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// Whether another number follows `last` as the other end or alternative of the count (`von sechs auf 12
    /// Prozent`, `drei oder vier`, `drei bzw. vier Jahren`, with the abbreviation's period).
    private func hasAlternative(after last: Int) -> Bool {
        let next = last + 1
        guard next < sentence.upperBound, tokens.isText(next, "auf") || tokens.isText(next, "oder")
                || tokens.isText(next, "bis") || tokens.isText(next, "bzw") || tokens.isText(next, "beziehungsweise")
        else { return false }
        let other = tokens.isText(next, "bzw") && next + 1 < sentence.upperBound && tokens.isText(next + 1, ".")
            ? next + 2 : next + 1
        return other < sentence.upperBound
            && (tokens.isDigits(other) || tokens.mayBeNumberWord(other, parser: lexicon.numbers))
    }

    /// A bare number (no counted noun) is a quantity unless it looks like part of a name (`Formel 1`, `ORF 2`)
    /// or a list label.
    private func bareNumberAllowed(_ reading: Reading, lastNumberToken: Int, modifier: Quantity.Modifier?) -> Bool {
        if reading.isArticle { return modifier != nil }
        if modifier != nil || reading.multiplier != nil { return true }
        let previous = reading.first - 1
        if previous >= sentence.lowerBound {
            // (`im Februar 50.000 und im März 30.000`: after a month a figure with a thousands separator is no
            // day and no year.)
            if tokens.kind(previous) == .word && tokens.isCapitalized(previous) && !isSentenceInitial(previous)
                && !lexicon.hasListed(token: previous, of: tokens, .rangeOpen)
                && !(lexicon.months.value(token: previous, of: tokens) != nil && hasThousandsSeparator(reading.first)) {
                return false
            }
            // (`gefolgt von Rumänien (147), Bulgarien (121)`: a whole number in brackets after a place counts for it,
            // in the things counted before, `UnitSharing`; so does one after a year or `Vorjahr` and a colon, right
            // after a word or figure of the sentence: `312 Opfer (2023: 268)`.)
            // (A share too, in a list of shares: `Israel (4,11 Prozent) und Japan (3,58)`.)
            if reading.isDigits, lastNumberToken + 1 < sentence.upperBound {
                let (first, last) = (reading.first, lastNumberToken)
                if first == last && tokens.isInBracketsAfterPlaceOrOrganisation(first: first, last: last)
                    || reading.value == reading.value.rounded()
                        && first - 4 >= sentence.lowerBound && tokens.isInBracketsAfterYear(first: first, last: last)
                        && (tokens.kind(first - 4) == .word || tokens.kind(first - 4) == .number) {
                    return true
                }
            }
            // (`(elf beziehungsweise sieben Mandate)`: a number word with another after it is no list label.)
            if tokens.kind(previous) == .number
                || tokens.isText(previous, "(") && !(reading.isWord && hasAlternative(after: lastNumberToken)) {
                return false
            }
        }
        let next = lastNumberToken + 1
        if next < sentence.upperBound {
            if tokens.isText(next, ")") || tokens.isText(next, ".") && next + 1 < sentence.upperBound { return false }
            if tokens.kind(next) == .word && tokens.isCapitalized(next) { return false }
        }
        if reading.isWord {
            // `zwei von ihnen`: a number word alone needs a partitive after it, or another number that names the
            // unit (`von sechs auf 12 Prozent`).
            // `Die drei flohen`, `nach dem Abtauchen der drei`, `alle vier sind in Haft`: after an article or `alle`
            // and before no noun the number counts a group the text has named.
            if previous >= sentence.lowerBound, Self.groupOpeners.contains(tokens.lowered(previous)),
               next >= sentence.upperBound || !(tokens.kind(next) == .word && tokens.isCapitalized(next)) {
                return true
            }
            guard next < sentence.upperBound else { return false }
            if tokens.isText(next, "von") || tokens.isText(next, "davon") || tokens.isText(next, "der")
                || tokens.isText(next, "weitere") {
                return true
            }
            if hasAlternative(after: lastNumberToken) { return true }
            // (`im Alter von vier, sieben und elf Jahren`: items of an enumeration of numbers; not neighbours,
            // which give a rough figure: `zwei, drei Jahre`, `drei, vier oder fünf Parteien`.)
            if tokens.isText(next, ",") || tokens.isText(next, "und"), next + 1 < sentence.upperBound,
               let following = numberValue(at: next + 1), following != reading.value + 1 {
                return true
            }
            // `von den anfangs zehn Bewohnern leben nur noch sechs dort`, `zu fünf Jahren Haft …, Fischer zu drei`:
            // what is left of a count before, or a second clause of the same kind, with its noun left out.
            if previous >= sentence.lowerBound, tokens.isText(previous, "noch") || tokens.isText(previous, "zu"),
               !(tokens.kind(next) == .word && tokens.isCapitalized(next)),
               (max(sentence.lowerBound, previous - 15)..<previous).contains(where: { numberValue(at: $0) != nil }) {
                return true
            }
            // `zwölf der Insassen aus Syrien, fünf aus Afghanistan und zwei aus dem Irak`: joined to a count
            // before, with a place of its own; or a part of it (`38 Verdächtige festgenommen, darunter neun in
            // Deutschland`).
            return previous >= sentence.lowerBound
                && (tokens.isText(previous, ",") || tokens.isText(previous, "und")
                    || tokens.isText(previous, "darunter") || tokens.isText(previous, "davon"))
                && Self.originPrepositions.contains(tokens.text(next))
                && (max(sentence.lowerBound, previous - 8)..<previous).contains { numberValue(at: $0) != nil }
        }
        return true
    }

    /// The value of a token written in digits or as a lower-case number word (not an article), else nil.
    private func numberValue(at index: Int) -> Double? {
        if tokens.isDigits(index) { return GermanNumberParser.digitValue(tokens.scalars(index)) }
        guard tokens.kind(index) == .word, !tokens.isCapitalized(index),
              tokens.mayBeNumberWord(index, parser: lexicon.numbers),
              let word = lexicon.numbers.wordValue(tokens.scalars(index)), !word.isArticle else { return nil }
        return word.value
    }

    /// Articles before a name in the genitive or dative (`der PAOCC`, `des BKA`, `dem ORF`).
    private static let genitiveArticles: Set<String> = ["der", "des", "dem"]
    private static let definiteArticles: Set<String> = ["der", "die", "das", "des", "dem", "den"]

    /// Prepositions of origin, place or belonging after a number word set in an enumeration (`fünf aus
    /// Afghanistan`, `51 zur CHP … und neun zur MHP`).
    private static let originPrepositions: Set<String> = ["aus", "in", "im", "nach", "von", "zur", "zum", "bei", "für"]

    /// Words before a number word alone that make it a group's count (`die drei`, `alle vier`).
    private static let groupOpeners: Set<String> = ["der", "die", "den", "dem", "des", "alle", "allen", "aller"]

    /// The longest modifier phrase ending at `end` (`mehr als`, `bis zu`, `ca.`), with its provenance.
    private func findModifier(endingAt end: Int) -> ModifierEntry? {
        guard end >= sentence.lowerBound, lexicon.endsModifier(token: end, of: tokens) else {
            return nil
        }
        // The words back from `end`, the last first, as their tokens (an abbreviation with its dot: `ca.`), so that
        // only a phrase whose first word opens a modifier is made as a string.
        return withUnsafeTemporaryAllocation(of: (token: Int, dotted: Bool).self,
                                             capacity: max(1, lexicon.modifierMaxWords)) { words in
            var count = 0
            var position = end
            while position >= sentence.lowerBound && count < lexicon.modifierMaxWords {
                if tokens.isText(position, ".") && position - 1 >= sentence.lowerBound
                    && tokens.touches(position - 1, position) {
                    words[count] = (position - 1, true)
                    position -= 2
                } else if tokens.kind(position) == .word {
                    words[count] = (position, false)
                    position -= 1
                } else {
                    break
                }
                count += 1
            }
            func word(_ slot: Int) -> String {
                words[slot].dotted ? tokens.lowered(words[slot].token) + "." : tokens.lowered(words[slot].token)
            }
            // The phrase's key, worked out from the tokens' scalars as `word` lower-cases them, when every word is
            // simple: then the filter is exact and a phrase it turns away is no modifier (0: not known).
            let phraseFilter = lexicon.modifierPhraseFilter
            func phraseKey(from start: Int) -> UInt64 {
                guard phraseFilter.simpleWordsOnly else { return 0 }
                var hash = WordFilter.keySeed
                var slot = count - 1 - start
                while slot >= 0 {
                    let token = words[slot].token
                    guard tokens.isSimple(token), tokens.lowerKey(token) != 0 else { return 0 }
                    if slot < count - 1 - start { hash = WordFilter.key(hash, adding: " ") }
                    for scalar in tokens.scalars(token) {
                        let value = scalar.value
                        let capital = value &- 65 < 26 || value &- 0xC0 < 0x1F && value != 0xD7
                        hash = (hash ^ UInt64(capital ? value + 32 : value)) &* 0x100_0000_01b3
                    }
                    if words[slot].dotted { hash = WordFilter.key(hash, adding: ".") }
                    slot -= 1
                }
                return WordFilter.finishedKey(hash)
            }
            // Whether the word in `slot` opens a modifier, looked up by its token's key where it has no dot: no
            // string made or hashed.
            func opens(_ slot: Int) -> Bool {
                words[slot].dotted ? lexicon.modifierFirstTable.contains(word(slot))
                    : lexicon.modifierFirstTable.value(loweredToken: words[slot].token, of: tokens) != nil
            }
            // From the earliest word on: the longest phrase first. The phrase's first word is asked first: most are
            // no modifier's, and the phrase's key, hashed over all its words for each start, cost more.
            for start in 0..<count where opens(count - 1 - start) && phraseFilter.mayContain(phraseKey(from: start)) {
                var phrase = word(count - 1 - start)
                var slot = count - 2 - start
                while slot >= 0 {
                    phrase += " "
                    phrase += word(slot)
                    slot -= 1
                }
                guard let entry = lexicon.modifierEntries[phrase] else { continue }
                if let afterNoun = entry.overAfterNoun {
                    // `Rechnungen über 50.000 Euro`: über after a noun means "worth", no modifier.
                    let before = end - (count - start)
                    if before >= sentence.lowerBound, tokens.kind(before) == .word, tokens.isCapitalized(before),
                        !isSentenceInitial(before) {
                        return afterNoun
                    }
                }
                return entry
            }
            return nil
        }
    }

    // MARK: units

    /// The counted noun after the number: a unit word or sign, else the first capitalised noun after at most three
    /// adjectives (`mindestens einen sexuellen Onlinekontakt`).
    private func findUnit(after last: Int) -> (unit: String?, entry: QuantityLexicon.UnitEntry?, last: Int,
                                               fraction: Bool)? {
        var position = last + 1
        guard position < sentence.upperBound else { return nil }
        let compoundEnd = tokens.compoundEnd(from: position, limit: sentence.upperBound)
        if compoundEnd > position, let entry = lexicon.units[tokens.joined(position, compoundEnd)] {
            return (entry.unit, entry, compoundEnd, false)
        }
        // `130 km/h`: a unit per unit written with a slash, listed whole.
        if compoundEnd == position, position + 2 < sentence.upperBound, tokens.isText(position + 1, "/"),
           tokens.touches(position, position + 1), tokens.touches(position + 1, position + 2),
           let entry = lexicon.units[tokens.joined(position, position + 2)] {
            return (entry.unit, entry, position + 2, false)
        }
        if compoundEnd == position, let entry = lexicon.unit(token: position, of: tokens) {
            return (entry.unit, entry, position, false)
        }
        // `3,1 Millionen Schweizer Franken`: a place's adjective in `-er` before a currency is part of its name.
        // (The currency after it first: the adjective's string is made only where one follows.)
        if compoundEnd == position, position + 1 < sentence.upperBound, tokens.kind(position) == .word,
           tokens.isCapitalized(position), let entry = lexicon.unit(token: position + 1, of: tokens),
           entry.kind == .money, tokens.text(position).hasSuffix("er") {
            let unit = tokens.text(position) + " " + entry.unit
            return (unit, QuantityLexicon.UnitEntry(unit: unit, kind: .money, currency: entry.currency,
                                                    source: entry.source), position + 1, false)
        }
        if tokens.isText(position, "-"), tokens.touches(last, position), position + 1 < sentence.upperBound,
            tokens.touches(position, position + 1), tokens.kind(position + 1) == .word {
            let lower = tokens.loweredScalars(position + 1)
            for stem in lexicon.internalStems where lower.starts(with: stem.stem)
                && Self.isInflection(lower[stem.stem.count...], stem: stem) {
                guard let unit = stem.unit else { continue }
                return (unit, QuantityLexicon.UnitEntry(unit: unit, kind: stem.kind, currency: nil,
                                                        source: "word-internal.tsv"), position + 1, false)
            }
            return nil
        }
        // (`19 der Betroffenen`: the span runs to the counted noun, as the guidelines' spans do; not over another
        // figure, `Drei der 20 Opfer`, which is a quantity of its own.)
        if let (partitive, noun) = partitiveUnit(after: last) {
            let otherFigure = (last + 2..<noun).contains {
                tokens.kind($0) == .number || lexicon.numbers.wordValue(tokens.loweredScalars($0)[...]) != nil
            }
            return (partitive, nil, otherFigure ? last : noun, false)
        }
        // `den drei im Burgenland eingerichteten Sammelstellen`, `20 vom Staat bezahlte Ärzte`: a prepositional
        // phrase inside the participle's phrase before the counted noun.
        if let participle = participleAfterPhrase(from: position) { position = participle }
        var skipped = 0
        var afterAdjective = false
        while position < sentence.upperBound && skipped < 6 {
            // (The token's string is made only where a test needs it: punctuation, numbers and most lower-case
            // words after a number are told by their scalars, and a string was made for each, some 1,800 a pass.)
            // `40 kleine und große Häuser`, `20 alte, kaputte Autos`: adjectives joined by `und`, `oder` or a comma;
            // after a comma with the same ending, as attributes agree (not `137 gewesen, bedauerte Deutsch`).
            if afterAdjective, position + 1 < sentence.upperBound,
               tokens.isText(position, "und") || tokens.isText(position, "oder") || tokens.isText(position, ","),
               tokens.kind(position + 1) == .word, !tokens.isCapitalized(position + 1),
               !tokens.isText(position, ",") || Self.sameEnding(tokens.text(position - 1), tokens.text(position + 1)) {
                afterAdjective = false
                position += 1
                skipped += 1
                continue
            }
            // `zwei 17-Jährige`: the age noun, a quantity of its own, is what is counted; the count's span is the
            // number. `drei 14-jährige Mädchen`: the age adjective stands before the noun as any adjective does.
            if let ageEnd = ageWordEnd(at: position) {
                if tokens.isCapitalized(ageEnd) {
                    return (lemmatizer.lemma(ofNonUnit: tokens.joined(position, ageEnd), nounLemma: nil), nil, last,
                            false)
                }
                afterAdjective = true
                position = ageEnd + 1
                skipped += 1
                continue
            }
            guard tokens.kind(position) == .word else { return nil }
            if tokens.isCapitalized(position) {
                let text = tokens.text(position)
                let context = tokens.mayBe(position, in: lexicon.contextSmallFilter)
                if context && lexicon.has(text, .fraction) { return (nil, nil, position, true) }
                let dateWord = tokens.mayBe(position, in: lexicon.dateOpenerSmallFilter)
                // (Each table asked by the token's key: `has(tokens.lowered(position), .stop)`, `months[text]`,
                // `dateWords[text]`.)
                if tokens.mayBeLowered(position, in: lexicon.contextSmallFilter)
                    && lexicon.has(loweredToken: position, of: tokens, .stop)
                    || dateWord && lexicon.months.value(token: position, of: tokens) != nil {
                    return nil
                }
                if dateWord, let role = lexicon.dateWords.value(token: position, of: tokens)?.role, role == .weekday {
                    return nil
                }
                var end = tokens.compoundEnd(from: position, limit: sentence.upperBound)
                // The noun table's lemma of the form, once looked up here, for `lemma(of:)` not to look it up again.
                var nounLemma: String?? = nil
                if end == position, !lexicon.nounLemmas.isEmpty {
                    let lemma = lexicon.nounLemmas[text]
                    nounLemma = .some(lemma)
                    // `elf Aktuelle Stunden`: a capitalised adjective of a name-like phrase before the noun.
                    if lemma == nil, unitEntry(token: position) == nil, hasAdjectiveEnding(position),
                        position + 1 < sentence.upperBound, tokens.kind(position + 1) == .word,
                        tokens.isCapitalized(position + 1), lexicon.nounLemmas[tokens.text(position + 1)] != nil {
                        position += 1
                        end = tokens.compoundEnd(from: position, limit: sentence.upperBound)
                        nounLemma = nil
                    }
                }
                // (One token's form is its text, made already; its unit is found by its key.)
                let form = end == position ? tokens.text(position) : tokens.joined(position, end)
                // `4'300 Bild- und Videodateien`: an elliptic pair of compounds counts their shared head.
                if let last = ellipticCompoundEnd(after: end), let head = sharedHead(tokens.text(last)) {
                    return (head, nil, last, false)
                }
                // `650 Polizistinnen und Polizisten`: the women's and the men's form of one noun are one count.
                let pairEnd = genderPairEnd(form, after: end) ?? end
                if let entry = end == position ? unitEntry(token: position) : lexicon.units[form] {
                    return (entry.unit, entry, pairEnd, false)
                }
                return (lemmatizer.lemma(ofNonUnit: form, nounLemma: nounLemma), nil, pairEnd, false)
            }
            // `33 leicht verletzten Flüchtlingen`: a degree adverb before the adjective.
            // (The word after tested first: hashing the word cost some 500 instructions, mostly before a noun.)
            if position + 1 < sentence.upperBound, tokens.kind(position + 1) == .word,
               !tokens.isCapitalized(position + 1), Self.degreeAdverbs.contains(token: position, of: tokens) {
                position += 1
                skipped += 1
                continue
            }
            // `7.300 neu ankommende Menschen`, `20 illegal eingereiste Männer`: an uninflected adverb before an
            // inflected adjective of six letters or more and its noun (not a number word: `einer jener drei
            // sozialen Gruppen`, `zwei statt vier Verstöße`; nor `so`: `5305 wäre so eine Regel`).
            if position + 2 < sentence.upperBound, tokens.kind(position + 1) == .word,
               !tokens.isCapitalized(position + 1), tokens.isCapitalized(position + 2),
               tokens.characterCount(position) >= 3, tokens.characterCount(position + 1) >= 6,
               !hasAdjectiveEnding(position), hasAdjectiveEnding(position + 1),
               !lexicon.numbers.mayStartWithAtom(tokens.loweredScalars(position)[...]),
               !lexicon.hasListed(token: position, of: tokens, .stop) {
                position += 1
                skipped += 1
                continue
            }
            guard !lexicon.hasListed(token: position, of: tokens, .stop),
                hasAdjectiveEnding(position), tokens.characterCount(position) > 3 else { return nil }
            // `32 Menschen starben, 80 weitere wurden verletzt`: `weitere` with its noun left out is in the span.
            // (Not `drei weitere kurze Kontakte`: adjectives that lead on to a noun.)
            if Self.elidingAdjectives.contains(token: position, of: tokens) {
                var ahead = position + 1
                while ahead < sentence.upperBound, ahead <= position + 3, tokens.kind(ahead) == .word,
                      !tokens.isCapitalized(ahead), hasAdjectiveEnding(ahead) {
                    ahead += 1
                }
                if !(ahead < sentence.upperBound && tokens.kind(ahead) == .word && tokens.isCapitalized(ahead)) {
                    return (nil, nil, position, false)
                }
            }
            afterAdjective = true
            position += 1
            skipped += 1
        }
        return nil
    }

    /// The last token of `17-Jährige`, `14-jährigen` starting at the digits at `index`, or nil.
    private func ageWordEnd(at index: Int) -> Int? {
        guard tokens.isDigits(index), index + 2 < sentence.upperBound, tokens.isText(index + 1, "-"),
              tokens.touches(index, index + 1), tokens.touches(index + 1, index + 2),
              tokens.kind(index + 2) == .word, tokens.loweredScalars(index + 2).starts(with: Self.jaehrig)
        else { return nil }
        return index + 2
    }

    private static let jaehrig = Array("jährig".unicodeScalars)

    /// `lexicon.units[tokens.text(index)]`, by the token's key: no string hashed, and none made for the tokens
    /// the unit filter turns away.
    private func unitEntry(token index: Int) -> QuantityLexicon.UnitEntry? {
        tokens.mayBe(index, in: lexicon.unitFilter) ? lexicon.units.value(token: index, of: tokens) : nil
    }

    /// The last token of `Bild- und Videodateien` where the noun ending at `end` is cut off by a hyphen before
    /// `und`/`oder` and a capitalised word; else nil.
    private func ellipticCompoundEnd(after end: Int) -> Int? {
        let hyphen = end + 1
        guard hyphen + 2 < sentence.upperBound, tokens.isText(hyphen, "-"), tokens.touches(end, hyphen),
              !tokens.touches(hyphen, hyphen + 1),
              tokens.isText(hyphen + 1, "und") || tokens.isText(hyphen + 1, "oder"),
              tokens.kind(hyphen + 2) == .word, tokens.isCapitalized(hyphen + 2) else { return nil }
        return hyphen + 2
    }

    /// The longest noun the lexicon knows at the end of the compound `form`, in its singular (`Videodateien` →
    /// `Datei`), or nil.
    private func sharedHead(_ form: String) -> String? {
        let lemma = lemmatizer.lemma(of: form)
        let scalars = Array(lemma.unicodeScalars)
        guard scalars.count > 3 else { return nil }
        for cut in 1..<(scalars.count - 2) {
            // (Encoded from the scalars at once: a scalar view appended to cost thousands of instructions a cut.)
            let text = String(encoding: scalars[cut...])
            let capital = text.prefix(1).uppercased() + text.dropFirst()
            if lexicon.nounLemmas[capital] == capital { return capital }
        }
        return nil
    }

    /// The last token of `Polizistinnen und Polizisten`, `Mitarbeiterinnen und Mitarbeiter`: after a feminine
    /// plural in `-innen`, `und` and the masculine form of the same stem; else nil.
    private func genderPairEnd(_ form: String, after end: Int) -> Int? {
        // `und` after the form first, its scalars compared: few forms have it. A string ends in the characters `innen`
        // only if its bytes do: most of the rest are turned away before `hasSuffix`, which compares characters.
        guard end + 2 < sentence.upperBound, tokens.isText(end + 1, "und"),
              form.utf8.reversed().starts(with: "nenni".utf8), form.hasSuffix("innen"),
              tokens.kind(end + 2) == .word, tokens.isCapitalized(end + 2) else { return nil }
        let stem = form.unicodeScalars.dropLast(5)
        guard stem.count >= 4 else { return nil }
        let other = tokens.text(end + 2).unicodeScalars
        // (`Ärztinnen und Ärzte`: the stems agree but for the plural's ending.)
        let shared = min(stem.count - 1, 5)
        return other.count >= shared && other.prefix(shared).elementsEqual(stem.prefix(shared)) ? end + 2 : nil
    }

    /// The participle after a short prepositional phrase opening at `start` (`im Burgenland eingerichteten`,
    /// `vom Staat bezahlte`), when a capitalised noun follows it; else nil. The phrase is a preposition, perhaps
    /// an article, and one or two capitalised words.
    private func participleAfterPhrase(from start: Int) -> Int? {
        // (A lower-case word of two to five letters first: the test runs after every number.)
        guard start + 3 < sentence.upperBound, tokens.kind(start) == .word, !tokens.isCapitalized(start),
              (2...5).contains(tokens.characterCount(start)),
              Self.phrasePrepositions.contains(token: start, of: tokens) else { return nil }
        var position = start + 1
        if Self.articles.contains(token: position, of: tokens) { position += 1 }
        // (Capitalised words only: `von ihnen`, `von zehn` take a part of a group, `10.000 von ihnen stellten …`.)
        // (No date: `sieben am Freitag getöteten Attentäter` keeps `Freitag` a date of its own.)
        var words = 0
        while position < sentence.upperBound, words < 2, tokens.kind(position) == .word, tokens.isCapitalized(position) {
            let text = tokens.text(position)
            if lexicon.months[text] != nil || lexicon.dateWords[text] != nil { return nil }
            position += 1
            words += 1
        }
        guard words >= 1, position + 1 < sentence.upperBound, tokens.kind(position) == .word,
              !tokens.isCapitalized(position), Self.participleEndings.contains(where: tokens.text(position).hasSuffix),
              tokens.kind(position + 1) == .word, tokens.isCapitalized(position + 1)
        else { return nil }
        return position
    }

    /// Prepositions that give the figure a change goes to or by (`auf 395`, `um 20`).
    private static let changePrepositions: Set<String> = ["auf", "um", "von", "bis", "über", "unter", "mit", "gegen"]

    private static let phrasePrepositions = StringTable(words: [
        "im", "in", "am", "an", "auf", "aus", "vom", "von", "bei", "beim", "nach", "zur", "zum", "seit", "unter",
    ])
    private static let articles = StringTable(words: ["der", "die", "das", "den", "dem", "des"])
    /// Endings of participles and adjectives in their inflected forms (`eingerichteten`, `bezahlte`, `lebende`).
    private static let participleEndings = ["ten", "tete", "ene", "enen", "ende", "enden", "te"]

    /// Whether two adjectives end alike (`alte`, `kaputte`; `großen`, `alten`).
    private static func sameEnding(_ first: String, _ second: String) -> Bool {
        let ending = { (word: String) in adjectiveEndings.last { word.hasSuffix($0) } }
        return ending(first) != nil && ending(first) == ending(second)
    }

    /// Adverbs that grade the adjective after them (`leicht verletzten`, `mutmaßlich gefälschte`, `schon länger
    /// eingebürgerte`).
    private static let degreeAdverbs = StringTable(words: [
        "leicht", "schwer", "schwerst", "lebensgefährlich", "tödlich", "mutmaßlich", "angeblich", "sehr",
        "besonders", "schon", "bereits", "noch", "teils", "meist", "überwiegend", "vorwiegend",
    ])

    /// Adjectives that stand for a noun left out after a number (`80 weitere`, `zwei andere`).
    private static let elidingAdjectives = StringTable(words: ["weitere", "weiteren", "andere", "anderen"])

    /// `901 der Taten`, `138 der 550 Abgeordneten`: a number taking a part of a plural noun in the genitive counts
    /// that noun, which stays outside the quantity's span. The noun must differ from its lemma (a plural), so that
    /// `Platz 3 der Weltrangliste` counts nothing.
    private func partitiveUnit(after last: Int) -> (unit: String, noun: Int)? {
        var position = last + 1
        guard position + 1 < sentence.upperBound, tokens.isText(position, "der") else { return nil }
        position += 1
        if tokens.kind(position) == .number { position += 1 }
        // (`97 der identifizierten Opfer`, `zwei der mutmaßlichen Täter`: adjectives before the noun.)
        var adjectives = 0
        while adjectives < 2, position + 1 < sentence.upperBound, tokens.kind(position) == .word,
              !tokens.isCapitalized(position), hasAdjectiveEnding(position) {
            position += 1
            adjectives += 1
        }
        guard position < sentence.upperBound, tokens.kind(position) == .word, tokens.isCapitalized(position),
              tokens.compoundEnd(from: position, limit: sentence.upperBound) == position else { return nil }
        // (A unit of people counts here too: `97 der Opfer`; not a measure: `die Hälfte der Prozent`.)
        if let unit = lexicon.units.value(token: position, of: tokens) {
            return lexicon.personUnits.contains(unit.unit) ? (unit.unit, position) : nil
        }
        let form = tokens.text(position)
        // (A noun of people whose plural is its singular counts too: `97 der Opfer`, `zwei der Täter`, and a compound
        // on one: `3,3 Millionen der Zwangsarbeiter`.)
        let lemma = lexicon.nounLemmas[form]
        if let lemma, lemma != form || lexicon.personUnits.contains(form) {
            return (lemmatizer.lemma(ofNonUnit: form, nounLemma: .some(lemma)), position)
        }
        return lexicon.endsInPersonUnit(form, prefix: 3, head: 5)
            ? (lemmatizer.lemma(ofNonUnit: form, nounLemma: .some(lemma)), position) : nil
    }

    /// Whether the word ends like an inflected adjective (`-e`, `-en`, `-er`, `-es`, `-em`).
    /// (On the scalars of a simple token, whose characters they are: `hasSuffix` took some 900 instructions a word
    /// with an umlaut; and no string is made for it.)
    private func hasAdjectiveEnding(_ index: Int) -> Bool {
        guard tokens.isSimple(index) else {
            let text = tokens.text(index)
            return Self.adjectiveEndings.contains(where: { text.hasSuffix($0) })
        }
        let scalars = tokens.scalars(index)
        guard let last = scalars.last else { return false }
        if last == "e" { return true }
        guard scalars.count >= 2, scalars[scalars.endIndex - 2] == "e" else { return false }
        return last == "n" || last == "r" || last == "s" || last == "m"
    }

    // MARK: numbers inside words

    private static let fach: [Unicode.Scalar] = Array("fach".unicodeScalars)
    private static let verbEndings: Set<String> = ["t", "te", "ten", "tes", "st", "e"]

    /// `fünftägigen`, `zweimal`, `dreistelligen`: a number word glued to a unit stem.
    private func wordInternal(
        at index: Int, lower whole: [Unicode.Scalar], into found: inout [FoundQuantity]
    ) -> Outcome? {
        // `verdreifacht`, `verzehnfachen`: a verb on a multiple, read as its number (the `ver-` left off).
        var lower = whole
        if whole.count > 10, whole[0] == "v", whole[1] == "e", whole[2] == "r", Self.find(Self.fach, in: whole) != nil {
            lower = Array(whole.dropFirst(3))
        }
        // A stem is found only from the fourth letter on (`cut >= 3` below).
        guard lower.count > 4, lower.count >= 3 + lexicon.shortestInternalStem,
            lexicon.numbers.mayStartNumber(lower[...]) else { return nil }
        // Only the stems whose first two scalars the word holds from the fourth on are searched for (in their
        // order, as all were): a stem met first before it is passed over below.
        let candidates = lexicon.internalStemCandidates(lower, from: 3)
        guard candidates != 0 else { return nil }
        for place in lexicon.internalStems.indices where candidates & (1 << UInt64(place & 63)) != 0 {
            let stem = lexicon.internalStems[place]
            guard let cut = Self.find(stem.stem, in: lower), cut >= 3 else { continue }
            let rest = lower[(cut + stem.stem.count)...]
            // (A verb's endings after `ver-`: `verdreifacht`, `verdreifachte`.)
            guard Self.isInflection(rest, stem: stem)
                || lower.count < whole.count && Self.verbEndings.contains(String(encoding: rest))
            else { continue }
            let prefix = lower[..<cut]
            guard let value = lexicon.numbers.compoundValue(prefix) else { continue }
            if !stem.allowsOne && value == 1 && prefix.count <= 4 { continue }
            var kind = stem.kind
            if stem.unit == "Jahr" && tokens.isCapitalized(index) && !isSentenceInitial(index) { kind = .age }
            let modifier = modifier(beforeAdjective: index)
            let quantity = Quantity(
                span: tokens.token(index).span, value: value, unit: stem.unit, modifier: modifier?.modifier,
                kind: kind, provenance: Provenance(
                    match: .rule, source: modifier.map { .joining(stem.source, "+", $0.source) } ?? stem.source))
            found.append(FoundQuantity(quantity: quantity, tokens: index...index))
            return .quantity(tokens: index...index)
        }
        return nil
    }

    /// The modifier before a number glued to its unit (`ein etwa vierjähriges Kind`, `ein rund 30-jähriger Mann`,
    /// `mehr als 800-mal`); not `um die` whose article goes with a noun after an adjective (`um die vierjährige
    /// Shaniya am Arm zu packen`).
    private func modifier(beforeAdjective index: Int) -> ModifierEntry? {
        guard index - 1 >= sentence.lowerBound, !tokens.isText(index - 1, "die") else { return nil }
        return findModifier(endingAt: index - 1)
    }

    /// `21-Jähriger`, `15-jähriges`, `10-mal`, `500-Euro-Scheine`, `3-Zimmer-Wohnung`.
    private func digitHyphenWord(at index: Int, into found: inout [FoundQuantity]) -> Outcome? {
        let word = index + 2
        guard word < sentence.upperBound, tokens.isText(index + 1, "-"), tokens.touches(index, index + 1),
            tokens.touches(index + 1, word), tokens.kind(word) == .word,
            let value = GermanNumberParser.digitValue(tokens.scalars(index)) else { return nil }
        // (The token text's lower case, scalar by scalar where it can be: `lowercased()` cost thousands of
        // instructions a word.)
        let lower = tokens.loweredScalars(word)
        for stem in lexicon.internalStems where lower.starts(with: stem.stem) {
            guard Self.isInflection(lower[stem.stem.count...], stem: stem) else { continue }
            var kind = stem.kind
            if stem.unit == "Jahr" && tokens.isCapitalized(word) { kind = .age }
            let modifier = modifier(beforeAdjective: index)
            let quantity = Quantity(
                span: tokens.span(index, word), value: value, unit: stem.unit, modifier: modifier?.modifier,
                kind: kind, provenance: Provenance(match: .rule, source: modifier.map {
                    .joining("quantity.digit-hyphen-stem", "+", $0.source) } ?? "quantity.digit-hyphen-stem"))
            found.append(FoundQuantity(quantity: quantity, tokens: index...word))
            return .quantity(tokens: index...word)
        }
        guard tokens.isCapitalized(word) else { return nil }
        let text = tokens.text(word)
        if lexicon.has(text, .fraction) { return .skip(through: word) }
        let entry = lexicon.units[text]
        // A noun in the middle of a compound (`500-Euro-Scheine`) counts; a final one only if it is a unit word.
        let continues = word + 1 < sentence.upperBound && tokens.isText(word + 1, "-") && tokens.touches(word, word + 1)
        guard entry != nil || continues else { return nil }
        let quantity = Quantity(
            span: tokens.span(index, word), value: value, unit: entry?.unit ?? lemmatizer.lemma(of: text),
            currency: entry?.currency, kind: entry?.kind ?? .count,
            provenance: Provenance(match: .rule, source: "quantity.digit-hyphen-noun"))
        found.append(FoundQuantity(quantity: quantity, tokens: index...word))
        return .quantity(tokens: index...word)
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start
            }
            start += 1
        }
        return nil
    }

    /// The endings after a stem, as scalars: ASCII, so comparing scalars is comparing strings.
    private static let malEndings = ["", "ig", "ige", "igen", "iger", "iges", "igem"].map { Array($0.unicodeScalars) }
    private static let stemEndings = ["", "e", "en", "er", "es", "em", "keit"].map { Array($0.unicodeScalars) }

    private static func isInflection(_ rest: ArraySlice<Unicode.Scalar>, stem: QuantityLexicon.InternalStem) -> Bool {
        (stem.unit == "Mal" ? malEndings : stemEndings).contains { $0.elementsEqual(rest) }
    }
}
