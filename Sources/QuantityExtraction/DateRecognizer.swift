import NewsGraphCore

/// Finds one date or time expression starting at a token and normalises it to ISO 8601 where the text alone fixes
/// it (`24. bis 25. November` → `--11-24/--11-25`, `August 2024` → `2024-08`, `1990er-Jahren` → `1990/1999`).
/// Relative expressions (`letzten Monat`, `Dienstag`) get no value but a `RelativeDate` to resolve later.
struct DateRecognizer {
    /// What a date found in the text is, for the resolver.
    struct Found {
        var first: Int
        var last: Int
        var normalized: String?
        var relative: RelativeDate?
        var rule: String
        /// `14:00`: a clock time, which fixes no day.
        var timeOfDay: String? = nil
    }

    let lexicon: QuantityLexicon
    let tokens: TokenText
    /// Set for each sentence: the rules of an article are made once (made per sentence, they retained and
    /// released the lexicon and the tokens each time).
    var sentence: Range<Int>

    /// Words before a bare month, season or year that make it a date (`im März`, `seit 2015`).
    private static let dateLeads: Set<String> = [
        "im", "Im", "in", "In", "seit", "Seit", "bis", "Bis", "ab", "Ab", "vom", "Vom", "von", "Von", "zum", "nach",
        "Nach", "vor", "Vor", "für", "um", "zwischen", "Zwischen", "und", "oder", "am", "Am", "des", "zu", "Jahr",
        "Jahre", "Jahres", "Ende", "Anfang", "Mitte", "Beginn", "Frühjahr", "Sommer", "Herbst", "Winter", "Frühling",
        "Jänner", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "Feber", "Stand", "per", "/", "(", "–", "-",
    ]
    /// `dateLeads` but the en dash as a key filter: most words before a number are none, and are turned away
    /// before their strings are hashed. The en dash, a code point beyond U+0300 that would make the filter let every
    /// token through (see `WordFilter.simpleWordsOnly`), is compared as the one code point it is (no other equals it).
    private static let dateLeadFilter = WordFilter(words: dateLeads.subtracting(["\u{2013}"]), bitCount: 1 << 12)
    private static let dateLeadTable = StringTable(words: dateLeads)
    /// Articles that may open a period offset (`ein Jahr danach`).
    private static let articleList: [StaticString] = ["ein", "eine", "einen", "Ein", "Eine", "Einen"]
    static let articles = Set(articleList.map { "\($0)" })

    /// Whether the word at `index` is joined by a hyphen to the same word before or after it (`Mai-Mai`).
    /// (Inlined: asked of 20,000 words a pass, most of them followed by no hyphen.)
    @inline(__always)
    private func isDoubled(_ index: Int) -> Bool {
        if index + 2 < sentence.upperBound, tokens.isText(index + 1, "-"), tokens.touches(index, index + 1),
           tokens.touches(index + 1, index + 2), tokens.text(index + 2) == tokens.text(index) { return true }
        if index - 2 >= sentence.lowerBound, tokens.isText(index - 1, "-"), tokens.touches(index - 1, index),
           tokens.touches(index - 2, index - 1), tokens.text(index - 2) == tokens.text(index) { return true }
        return false
    }

    func match(at index: Int) -> Found? {
        guard var found = expression(at: index) else { return nil }
        if let range = periodsBetween(found) { return range }
        // `in den späten 80er-Jahren`: a word for the part of the decade is in the span (GUIDELINES.md); the value
        // stays the decade's.
        if found.rule == "date.decade", found.first > sentence.lowerBound,
           Self.decadeParts.contains(token: found.first - 1, of: tokens) {
            found.first -= 1
        }
        // `am 25. September abends`, `um neun Uhr vormittags`: an adverb of the time of day after a day or a clock
        // time is in the span, as `Abend` is in `Montag Abend` (the value stays the day's).
        // (The cheap tests first: most dates are followed by no lower-case word of the set.)
        let next = found.last + 1
        if isDaypartAdverb(next), found.timeOfDay != nil || found.normalized.map(Self.isDay) == true {
            found.last = next
        }
        // (Consumed: returned as it was, it was copied, retaining its strings, and the original destroyed.)
        return consume found
    }

    /// `zwischen Frühjahr 2020 und Ende 2022`, `zwischen Mitte Oktober und Anfang Dezember`: two dates after
    /// `zwischen` that each give a year, or each a month, are one interval of them. (`zwischen 2015 und 2018` is
    /// read as such by the year rule.)
    private func periodsBetween(_ found: Found) -> Found? {
        guard found.first > sentence.lowerBound, found.last + 2 < sentence.upperBound,
              tokens.isText(found.last + 1, "und"), tokens.isLowered(found.first - 1, "zwischen"),
              let from = found.normalized, from.utf8.count == 4,
              let end = expression(at: found.last + 2), let to = end.normalized, to.utf8.count == 4,
              from.hasPrefix("--") == to.hasPrefix("--"), from < to
        else { return nil }
        return Found(first: found.first, last: end.last, normalized: from + "/" + to, relative: nil,
                     rule: "date.periods-between")
    }

    /// Whether the token is one of `daypartAdverbs`. Not inlined: in `match`, which the extractor's loop inlines,
    /// it made that too large to be inlined itself.
    @inline(never)
    private func isDaypartAdverb(_ index: Int) -> Bool {
        guard index < sentence.upperBound, tokens.kind(index) == .word, !tokens.isCapitalized(index),
              Self.daypartAdverbEnds.contains(tokens.scalar(at: tokens.token(index).span.end - 1)) else {
            return false
        }
        return Self.daypartAdverbTable.contains(token: index, of: tokens)
    }

    /// `morgens`, `abends`, `früh` …: lower-case adverbs of a time of day.
    private static let daypartAdverbs: Set<String> = [
        "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "früh",
    ]
    /// The code points `daypartAdverbs` end in (`s`, `h`): a word ending in another is none of them, and its string
    /// is neither made nor hashed, which cost some 800 instructions for each of the 3,000 dates a pass with a word
    /// after them. (A string equal to one ends in the same code point: none decomposes into a letter at the end.)
    private static let daypartAdverbEnds = Array(Set(daypartAdverbs.compactMap(\.unicodeScalars.last)))
    /// The same words, asked by the token's key with no string made or hashed (`StringTable`).
    private static let daypartAdverbTable = StringTable(words: daypartAdverbs)

    /// Whether an ISO value names one day (`--09-25`, `2015-09-25`), not a month, year or interval.
    private static func isDay(_ value: String) -> Bool {
        !value.utf8.contains(UInt8(ascii: "/"))
            && value.utf8.count(where: { $0 == UInt8(ascii: "-") }) == (value.hasPrefix("--") ? 3 : 2)
    }

    private func expression(at index: Int) -> Found? {
        let kind = tokens.kind(index)
        if kind == .punctuation || kind == .symbol { return nil }
        if kind == .word {
            // `Mai-Mai-Milizen`: a word doubled by a hyphen is a name, no date.
            if isDoubled(index) { return nil }
            // The articles are the most frequent date openers: when no date word is spelt like one, the tests
            // below come to the period offset after it, so it is tried at once, without the token's string.
            if index + 1 < sentence.upperBound && !lexicon.articlesAreDateWords && isArticle(index) {
                return periodOffset(at: index + 1, first: index)
            }
            // `Gestern wurde ...`: a sentence-initial capital on a lower-case date word.
            if index == sentence.lowerBound && !tokens.isText(index, "Morgen")
                && tokens.mayBeLowered(index, in: lexicon.dateOpenerSmallFilter) {
                // (Looked up by the token's lower-case key, as `dateWords[tokens.lowered(index)]`.)
                let role = lexicon.dateWords.value(loweredToken: index, of: tokens)?.role
                // (`Heute` alone is nowadays, as below.)
                if role == .relative, tokens.lowered(index) != "heute" {
                    return Found(first: index, last: index, normalized: nil, relative: .word(tokens.lowered(index)),
                                 rule: "date.relative-word")
                }
                // `Vergangene Woche gab …`, `Letzte Woche kam …`: a deictic word with the sentence's capital.
                if role == .deictic, let found = deictic(at: index, loweredFirst: true) {
                    return found
                }
            }
            // The string is made only for words the opening table lets through.
            // (`QuantityExtractor.isBareArticle` repeats the tests down to the weekday compound for article forms.)
            let mayOpen = lexicon.dateOpenerTable.mayContain(first: tokens.firstScalar(index),
                                                             length: tokens.token(index).span.length)
                && lexicon.dateOpenerFilter.mayContain(tokens.key(index))
            // The word's entry found by its key; its string made only for the roles that keep it. Looked up first:
            // every date word opens a date, so for most words let through the opener list need not be asked too.
            let entry = mayOpen ? lexicon.dateWords.value(token: index, of: tokens) : nil
            let opens = entry != nil || mayOpen && lexicon.dateOpenerWords.value(token: index, of: tokens) != nil
            if !opens {
                if tokens.isDigits(index) { return decade(at: index) }
                if tokens.token(index).span.length >= 14, let found = spelledDecade(at: index) { return found }
                // `Montagabend`: only capitalised words longer than a weekday starting like one.
                let first = tokens.firstScalar(index)
                let weekdayLike = first == "M" || first == "D" || first == "F" || first == "S"
                if weekdayLike && tokens.token(index).span.length > 7,
                    let compound = weekdayCompound(at: index) {
                    // `am späten Donnerstagvormittag`: the adjective of the time of day is in the span, as in `am
                    // frühen Morgen`.
                    let timed = index > sentence.lowerBound + 1
                        && Self.earlyOrLate.contains(token: index - 1, of: tokens)
                        && Self.daypartLeads.contains(token: index - 2, of: tokens)
                    return weekday(at: index, first: timed ? index - 1 : index,
                                   relative: .weekday(name: compound, direction: 0))
                }
                return nil
            }
            if let role = entry?.role {
                switch role {
                case .extent:
                    if let core = core(at: index + 1) { return extended(core, to: index) }
                    if let core = genitivePeriod(at: index + 1) { return extended(core, to: index) }
                    // `Mitte der 1970er Jahre`, `Anfang der Neunzigerjahre`: the part of a decade.
                    if index + 2 < sentence.upperBound, tokens.isText(index + 1, "der"),
                       let core = tokens.isDigits(index + 2) ? decade(at: index + 2) : spelledDecade(at: index + 2) {
                        return extended(core, to: index)
                    }
                    return nil
                case .season:
                    if let core = core(at: index + 1) {
                        // `Sommer 2013`: the season lies in the year, the value as far as it is known.
                        let year = core.rule == "date.year" ? core.normalized : nil
                        return Found(first: index, last: core.last, normalized: year, relative: nil,
                                     rule: "date.season")
                    }
                    if let core = genitivePeriod(at: index + 1) { return extended(core, to: index) }
                    guard index > sentence.lowerBound, isDateLead(index - 1)
                        || dateWord(index - 1)?.role == .deictic else { return nil }
                    return Found(first: index, last: index, normalized: nil, relative: nil, rule: "date.season")
                case .deictic:
                    return deictic(at: index)
                case .weekday:
                    // `Samstag-Ausgabe`, `Freitag-Training`: the first part of a compound noun, no day (but
                    // `Sonntag-Abend` is one).
                    if index + 2 < sentence.upperBound, tokens.isText(index + 1, "-"), tokens.touches(index, index + 1),
                       tokens.kind(index + 2) == .word, dateWord(index + 2)?.role != .daypart {
                        return nil
                    }
                    return weekday(at: index, first: index,
                                   relative: .weekday(name: tokens.text(index), direction: 0))
                case .holiday:
                    return Found(first: index, last: index, normalized: entry?.value, relative: nil,
                                 rule: "date.holiday")
                case .relative:
                    let text = tokens.text(index)
                    // `Jahresende 2015`: a year after the word fixes it.
                    if let (year, yearLast) = yearNumber(at: index + 1) {
                        return Found(first: index, last: yearLast, normalized: String(year), relative: nil,
                                     rule: "date.relative-word-year")
                    }
                    var last = index
                    if index + 1 < sentence.upperBound, dateWord(index + 1)?.role == .daypart {
                        last = index + 1
                    }
                    // `heute` inside a noun phrase, before an attributive adjective or an age, is a vague now
                    // (`das heute bekannte LTE`, `seiner heute achtjährigen Tochter`, `der heute 19-jährige`);
                    // elsewhere the annotated articles give it as the day (7 of 10 in the gold sets: `sagt er
                    // heute`, `Noch heute betont er`, `lief heute wieder schneller`).
                    // (`von heute auf morgen`, `lieber heute als morgen`: idioms of no day.)
                    // (`Bereits heute würden 37 Prozent …`, `ist auch heute schon teurer`: already now, which both
                    // development articles with it leave undated.)
                    // (`ist bis heute ein Goldesel`: to this day, no day either.)
                    // (`die Wirtschaftsservice Burgenland AG (heute: Wirtschaft Burgenland AG)`, `wäre sie heute in
                    // einer ähnlichen Lage`, `Die Shops sehen heute professioneller aus als …`: today's name, a
                    // might-be, a comparison with the past; the annotated articles date none of them.)
                    if last == index, text == "heute", isAttributive(after: index)
                        || index + 2 < sentence.upperBound && tokens.isText(index + 2, "morgen")
                        || isAlready(index - 1) || isAlready(index + 1)
                        || index > sentence.lowerBound && tokens.isText(index - 1, "bis")
                        || index + 1 < sentence.upperBound && tokens.isText(index + 1, ":")
                        || isNowAgainstThen(index) {
                        return nil
                    }
                    if last == index, text == "morgen", index - 2 >= sentence.lowerBound,
                       tokens.isText(index - 2, "heute") {
                        return nil
                    }
                    return Found(first: index, last: last, normalized: nil, relative: .word(text),
                                 rule: "date.relative-word")
                case .daypart:
                    // `am frühen Morgen`, `an einem späten Abend`: an adjective of the time of day is in the span.
                    let timed = index > sentence.lowerBound + 1
                        && Self.daypartAdjectives.contains(token: index - 1, of: tokens)
                    let lead = timed ? index - 2 : index - 1
                    // (`in den frühen Morgenstunden`: `den` before the plural hours is no object.)
                    guard lead >= sentence.lowerBound, Self.daypartLeads.contains(token: lead, of: tokens)
                            || tokens.text(lead) == "den" && tokens.text(index).hasSuffix("stunden"),
                        tokens.isCapitalized(index),
                        !(index + 1 < sentence.upperBound && tokens.text(index + 1) == "-"
                          && tokens.touches(index, index + 1)) else { return nil }
                    let first = timed ? index - 1 : index
                    // `am Abend des 13. November`, `in der Nacht vom 3. März`, `in der Nacht zum 30. Oktober`, `auf
                    // den 3. März`: with the day it is part of (or ends in), one date of that day (GUIDELINES.md: a
                    // word for a part of a period stays in its span).
                    let dayStart = index + 2 < sentence.upperBound && (tokens.isText(index + 1, "des")
                        || tokens.isText(index + 1, "vom") || tokens.isText(index + 1, "zum")) ? index + 2
                        : index + 3 < sentence.upperBound && tokens.isText(index + 1, "auf")
                            && tokens.isText(index + 2, "den") ? index + 3 : nil
                    if let dayStart, let day = core(at: dayStart), day.first == dayStart, day.normalized != nil {
                        return extended(day, to: first)
                    }
                    var last = index
                    if index + 2 < sentence.upperBound, ["auf", "zum"].contains(tokens.text(index + 1)),
                        dateWord(index + 2)?.role == .weekday {
                        last = index + 2
                    }
                    return Found(first: first, last: last, normalized: nil, relative: nil, rule: "date.daypart")
                case .hour:
                    // `um neun Uhr`: an hour in words is a time only with `Uhr` after it.
                    guard index + 1 < sentence.upperBound, tokens.isText(index + 1, "Uhr"), let value = entry?.value
                    else { return nil }
                    return Found(first: index, last: index + 1, normalized: nil, relative: nil, rule: "date.time",
                                 timeOfDay: value)
                case .period:
                    if let part = yearPartWithoutYear(at: index) { return part }
                    // `Tag der Arbeit`: a holiday whose name starts with a period word.
                    return periodOffset(at: index, first: index) ?? multiWordHoliday(at: index)
                }
            }
            if isArticle(index), index + 1 < sentence.upperBound {
                return periodOffset(at: index + 1, first: index)
            }
            if let holiday = multiWordHoliday(at: index) { return holiday }
            if tokens.isText(index, "Jahr") || tokens.isText(index, "Jahres"), let year = core(at: index + 1),
               year.rule.hasPrefix("date.year") {
                return extended(year, to: index)
            }
        }
        return core(at: index)
    }

    /// Whether the words after `index` are an attributive adjective or an age before a noun (`bekannte LTE`,
    /// `achtjährigen Tochter`, `19-jährige`).
    private func isAttributive(after index: Int) -> Bool {
        let next = index + 1
        guard next < sentence.upperBound else { return false }
        // (`der heute 19-jährige`, not `kamen heute 100 Menschen`.)
        if tokens.isDigits(next) { return next + 1 < sentence.upperBound && tokens.isText(next + 1, "-") }
        guard next + 1 < sentence.upperBound, tokens.kind(next) == .word, !tokens.isCapitalized(next),
              tokens.kind(next + 1) == .word, tokens.isCapitalized(next + 1) else { return false }
        let word = tokens.text(next)
        return word.count >= 4 && Self.attributiveEndings.contains { word.hasSuffix($0) }
    }

    private static let attributiveEndings = ["e", "en", "er", "es", "em"]

    /// `schon` or `bereits` (also capitalised) at `index`, inside the sentence.
    /// Whether `heute` at `index` stands in a might-be (a Konjunktiv II right before or after it: `wäre sie heute`)
    /// or before a comparison (`sehen heute professioneller aus als`: a comparative in `-er`, then `als`).
    private func isNowAgainstThen(_ index: Int) -> Bool {
        let near = max(sentence.lowerBound, index - 2)..<min(sentence.upperBound, index + 3)
        if near.contains(where: { Self.konjunktivTwo.contains(token: $0, of: tokens) }) { return true }
        let after = index + 1..<min(sentence.upperBound, index + 5)
        return after.contains { comparative in
            let word = tokens.lowered(comparative)
            return word.count >= 6 && word.hasSuffix("er")
                && !Self.notComparatives.contains(token: comparative, of: tokens)
                && (comparative + 1..<min(sentence.upperBound, comparative + 4)).contains { tokens.isText($0, "als") }
        }
    }

    /// Forms of the Konjunktiv II that make a clause a might-be (`wäre sie heute …`).
    static let konjunktivTwo = StringTable(words: ["wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte",
                                                   "könnten"])
    /// Words in `-er` that are no comparative (`heute wieder …`).
    static let notComparatives = StringTable(words: ["wieder", "immer", "hinter", "darunter", "darüber"])

    private func isAlready(_ index: Int) -> Bool {
        guard index >= sentence.lowerBound, index < sentence.upperBound else { return false }
        return tokens.isText(index, "schon") || tokens.isText(index, "bereits") || tokens.isText(index, "Schon")
            || tokens.isText(index, "Bereits")
    }

    /// Whether the token is one of `articles`: `ein`, `eine`, `einen`, each also capitalised. Read scalar by scalar
    /// in one go: trying the listed forms one by one cost some 80 instructions a word, asked of 20,000 words a pass.
    func isArticle(_ index: Int) -> Bool {
        tokens.withScalars(index) { word in
            guard word.count >= 3 && word.count <= 5, word[0] == "e" || word[0] == "E", word[1] == "i",
                  word[2] == "n" else { return false }
            return word.count == 3 || word[3] == "e" && (word.count == 4 || word[4] == "n")
        }
    }

    // MARK: absolute dates

    /// A day, month or year expression, with its range if one follows.
    private func core(at index: Int) -> Found? {
        guard sentence.contains(index) else { return nil }
        if tokens.isDigits(index) { return numeral(at: index) }
        if tokens.kind(index) == .word, monthNumber(index) != nil { return monthYear(at: index) }
        return nil
    }

    /// The digit rules, each asked only where the token's shape lets it match: a clock time needs two characters at
    /// most or a period (`20`, `20.15`), a day two characters at most (`24.` is `24` and `.`), a numeric date a
    /// period, a year four characters. The shape read once: each rule read it again for itself (its length, a scan
    /// for a period), and most digit tokens (`30`, `1,5`, `300`) are turned away by every rule.
    private func numeral(at index: Int) -> Found? {
        let length = tokens.characterCount(index)
        let hasPeriod = tokens.hasPeriod(index)
        if hasPeriod || length <= 2, let time = time(at: index) { return time }
        if length <= 2, let day = dayMonth(at: index) { return day }
        if hasPeriod, let numeric = numericDate(at: index) { return numeric }
        return length == 4 ? year(at: index) : nil
    }

    /// `24. November`, `24. November 2025`, `24. bis 25. November`, `3. Okt.`, `2.-5. Mai`.
    private func dayMonth(at index: Int) -> Found? {
        guard let (day, dot) = dayOrdinal(at: index) else { return nil }
        var position = dot + 1
        var secondDay: Int?
        let afterBetween = (index - 1 >= sentence.lowerBound && tokens.isLowered(index - 1, "zwischen"))
            || (index - 2 >= sentence.lowerBound && tokens.isLowered(index - 2, "zwischen"))
        // `am 24. und 25. November`: two days of one month after `am` are one interval too.
        let afterAm = index - 1 >= sentence.lowerBound && tokens.isLowered(index - 1, "am")
        if position + 1 < sentence.upperBound,
            isRangeWord(position) || (afterBetween || afterAm) && tokens.isText(position, "und"),
            let (day2, dot2) = dayOrdinal(at: position + 1) {
            secondDay = day2
            position = dot2 + 1
        }
        guard let (month, monthLast) = monthWord(at: position) else {
            // `3. bis 5. Mai` and `vom 3. Mai bis 5. Juni` are handled from the first day only when a month follows.
            return nil
        }
        var last = monthLast
        var year: Int?
        if let (value, yearLast) = yearNumber(at: last + 1) {
            year = value
            last = yearLast
        }
        // `vom 3. Mai bis zum 5. Juni`, `zwischen 1. Jänner und dem 30. März 2016`: an article may stand before
        // the end.
        var endStart = last + 2
        if endStart < sentence.upperBound, tokens.isText(endStart, "dem") || tokens.isText(endStart, "zum") {
            endStart += 1
        }
        // (The end's value searched scalar by scalar, here and below: Foundation's search cost some 4,000
        // instructions a date.)
        if secondDay == nil, endStart < sentence.upperBound,
            isRangeWord(last + 1) || afterBetween && tokens.isText(last + 1, "und"),
            let end = dayMonth(at: endStart), let endValue = end.normalized, !WordFilter.contains(endValue, "/") {
            // `3. Mai bis 5. Juni 2024`: the year of the end applies to the start.
            let startYear = year ?? (endValue.hasPrefix("--") ? nil : Int(endValue.prefix(4)))
            return Found(first: index, last: end.last,
                         normalized: Self.day(year: startYear, month: month, day: day) + "/" + endValue,
                         relative: nil, rule: "date.day-month-range")
        }
        if let day2 = secondDay {
            return Found(first: index, last: last,
                         normalized: Self.day(year: year, month: month, day: day) + "/"
                            + Self.day(year: year, month: month, day: day2),
                         relative: nil, rule: "date.day-range")
        }
        let relative: RelativeDate? = year == nil ? .dayOfMonth(month: month, day: day) : nil
        return Found(first: index, last: last, normalized: Self.day(year: year, month: month, day: day),
                     relative: relative, rule: "date.day-month")
    }

    /// `24.11.2025`, `24.11.` after a lead word.
    private func numericDate(at index: Int) -> Found? {
        // Most digit tokens (`2015`, `30`, `1,5`) are one part: no date of two or three.
        guard tokens.hasPeriod(index) else { return nil }
        let parts = tokens.periodParts(index, omittingEmpty: false)
        if parts.count == 3, let day = parts.value(0), let month = parts.value(1), var year = parts.value(2),
            parts.length(0) <= 2, parts.length(1) <= 2, (1...31).contains(day), (1...12).contains(month),
            parts.length(2) == 4 || parts.length(2) == 2 {
            if parts.length(2) == 2 { year += year < 50 ? 2000 : 1900 }
            return Found(first: index, last: index, normalized: Self.day(year: year, month: month, day: day),
                         relative: nil, rule: "date.numeric")
        }
        if parts.count == 2, let day = parts.value(0), let month = parts.value(1), parts.length(0) <= 2,
            parts.length(1) == 2 || parts.length(1) == 1, (1...31).contains(day), (1...12).contains(month),
            index + 1 < sentence.upperBound, tokens.isText(index + 1, "."), tokens.touches(index, index + 1),
            index > sentence.lowerBound, ["am", "Am", "vom", "Vom", "bis", "ab", "seit", "zum", ","]
                .contains(tokens.text(index - 1)) {
            return Found(first: index, last: index + 1, normalized: Self.day(year: nil, month: month, day: day),
                         relative: .dayOfMonth(month: month, day: day), rule: "date.numeric-short")
        }
        return nil
    }

    /// `August 2024`, `März`, `Februar dieses Jahres`, `März 2019 bis Mai 2020`.
    private func monthYear(at index: Int) -> Found? {
        guard let (month, monthLast) = monthWord(at: index) else { return nil }
        var last = monthLast
        var year: Int?
        var yearOffset: Int?
        if let (value, yearLast) = yearNumber(at: last + 1) {
            year = value
            last = yearLast
        } else if last + 2 < sentence.upperBound, let offset = self.yearOffset(at: last + 1),
            tokens.text(last + 2) == "Jahres" {
            yearOffset = offset
            last += 2
        } else if last + 2 < sentence.upperBound, tokens.isText(last + 1, "desselben"),
                  tokens.isText(last + 2, "Jahres") {
            // `im Februar desselben Jahres`: the year named before, its value not known here.
            last += 2
        } else if last + 2 < sentence.upperBound, tokens.isText(last + 1, "des"),
                  let (genitiveYear, genitiveOffset, genitiveLast) = genitiveYear(at: last + 2) {
            // `Juli des Vorjahres`, `März des Jahres 2015`, `Mai des vergangenen Jahres`.
            year = genitiveYear
            yearOffset = genitiveOffset
            last = genitiveLast
        } else {
            let ledIn = index > sentence.lowerBound && (isDateLead(index - 1)
                || lexicon.dateWords.value(token: index - 1, of: tokens)?.role == .extent)
            // `August Schmidt`: a bare month needs a lead word or no capitalised word after it.
            let nameLike = last + 1 < sentence.upperBound && tokens.kind(last + 1) == .word
                && tokens.isCapitalized(last + 1) && dateWord(last + 1) == nil
            guard ledIn || !nameLike else { return nil }
            if !ledIn && index == sentence.lowerBound { return nil }
        }
        let value = year.map { Self.month(year: $0, month: month) } ?? Self.month(year: nil, month: month)
        // A range to a second month: `März bis Mai`, `März 2019 und Mai 2020` after `zwischen`.
        // (`im Jänner und Februar`: two months in a row joined by `und` are one span of time too.)
        let joinedMonth = last + 2 < sentence.upperBound && tokens.isText(last + 1, "und")
            && !(index > sentence.lowerBound && tokens.isLowered(index - 1, "zwischen"))
        if last + 2 < sentence.upperBound, isRangeWord(last + 1)
            || (tokens.isText(last + 1, "und") && index > sentence.lowerBound
                && tokens.isLowered(index - 1, "zwischen"))
            || joinedMonth && monthNumber(last + 2) == month % 12 + 1 && year == nil,
            monthNumber(last + 2) != nil, let end = monthYear(at: last + 2),
            let endValue = end.normalized, !WordFilter.contains(endValue, "/"),
            !joinedMonth || endValue.hasPrefix("--") {
            var startValue = value
            if year == nil, !endValue.hasPrefix("--") {
                startValue = Self.month(year: Int(endValue.prefix(4)), month: month)
            }
            return Found(first: index, last: end.last, normalized: startValue + "/" + endValue, relative: nil,
                         rule: "date.month-range")
        }
        let relative: RelativeDate? = year == nil ? .monthOfYear(month: month, yearOffset: yearOffset ?? 0) : nil
        return Found(first: index, last: last, normalized: value, relative: relative, rule: "date.month")
    }

    /// The year a genitive after `des` names (`Vorjahres`, `Jahres 2015`, `vergangenen Jahres`): its number or its
    /// offset from the article's year, and its last token.
    private func genitiveYear(at index: Int) -> (year: Int?, offset: Int?, last: Int)? {
        if tokens.isText(index, "Vorjahres") { return (nil, -1, index) }
        if tokens.isText(index, "Jahres"), let (value, last) = yearNumber(at: index + 1) { return (value, nil, last) }
        if index + 1 < sentence.upperBound, let offset = yearOffset(at: index), tokens.isText(index + 1, "Jahres") {
            return (nil, offset, index + 1)
        }
        return nil
    }

    /// `2016`, `2024–2028`, `2018/19`, `2015 bis 2018`, `zwischen 2015 und 2018`.
    private func year(at index: Int) -> Found? {
        guard let (year, last) = yearNumber(at: index) else { return nil }
        // The words before and after are made strings only where a test needs one: the others read their scalars.
        let hasLead = index > sentence.lowerBound
        let leadIsAls = hasLead && tokens.isText(index - 1, "als")
        // `Cern 2012`, `Wien 2015`: after a name a four-digit number is a year.
        let afterName = hasLead && tokens.kind(index - 1) == .word
            && tokens.isCapitalized(index - 1)
            && index - 1 > sentence.lowerBound && lexicon.units.value(token: index - 1, of: tokens) == nil
            && !lexicon.has(loweredToken: index - 1, of: tokens, .stop)
            && !pluralNounFollows(last)
        let ledByWord = index > sentence.lowerBound && (isDateLead(index - 1) || dateWord(index - 1) != nil)
            || afterName || isTitleWon(after: last)
        // `mehr als 2000`, `rund 2000`: a modifier makes it a count. (A one-word modifier is its own last word, so
        // the filter over last words may tell that the lead is none.)
        let modifierLead = index == sentence.lowerBound
            || tokens.mayBeLowered(index - 1, in: lexicon.modifierLastFilter)
        let leadModifier = modifierLead
            ? hasLead ? lexicon.modifiers.value(loweredToken: index - 1, of: tokens) : lexicon.modifiers[""] : nil
        // `seit mindestens 2019 Minderjährige`: after `seit` a modified number is a year, as an unmodified one is.
        let sinceModified = leadModifier != nil && index - 2 >= sentence.lowerBound
            && (tokens.isText(index - 2, "seit") || tokens.isText(index - 2, "Seit"))
        let ledIn = ledByWord || sinceModified
        if let modifier = leadModifier ?? (leadIsAls ? .moreThan : nil), !sinceModified,
           !hasLead || tokens.text(index - 1) != "über" {
            // `um 1900`, `zirka 1822 geboren` stay years; `mehr als 2000`, `rund 2000 Menschen` are counts.
            let nounFollows = last + 1 < sentence.upperBound && tokens.isCapitalized(last + 1)
            // `weniger als 2014.`: a comparison with a year at the end of the clause.
            let clauseEnds = last + 1 >= sentence.upperBound
                || [".", ",", ")", ";", "–"].contains(tokens.text(last + 1))
            // `überraschend, als 2014 ein starkes Jahr war`, `mehr Arbeitslose als 2014`: `als` after no
            // comparative word (`mehr als`, `weniger als`) compares with the year, unless a noun follows.
            let comparesYear = leadIsAls && !nounFollows && index - 1 > sentence.lowerBound
                && lexicon.modifiers.value(loweredToken: index - 2, of: tokens) == nil
                && !["mehr", "weniger"].contains(tokens.lowered(index - 2))
            if (modifier != .about || nounFollows) && !(leadIsAls && clauseEnds) && !comparesYear { return nil }
        }
        if last + 1 < sentence.upperBound {
            // `2000 Menschen`, `2016 Prozent`: a count, unless a lead word makes it a year.
            // (`seit 2019 Frauen zur Prostitution gezwungen`: after `seit` a year, unless what follows is a span
            // of time, `seit 2000 Jahren`.)
            if tokens.mayBe(last + 1, in: lexicon.unitFilter),
               let unit = lexicon.units.value(token: last + 1, of: tokens),
               unit.kind == .duration || unit.kind == .percentage || unit.kind == .money
                || !(hasLead && (tokens.isText(index - 1, "seit") || tokens.isText(index - 1, "Seit")))
                    && !sinceModified {
                return nil
            }
            if tokens.kind(last + 1) == .word && tokens.isCapitalized(last + 1) && !ledIn
                && dateWord(last + 1) == nil && monthNumber(last + 1) == nil
                && !lexicon.has(loweredToken: last + 1, of: tokens, .stop) {
                return nil
            }
            if tokens.isText(last + 1, ".") && last + 2 < sentence.upperBound && tokens.kind(last + 2) == .word
                && !tokens.isCapitalized(last + 2) {
                return nil
            }
            // Ranges.
            // (`2015 und 2016`: two years in a row joined by `und` are one span of time too.)
            let between = tokens.isText(last + 1, "und") && hasLead && tokens.isLowered(index - 1, "zwischen")
            let joined = tokens.isText(last + 1, "und") && !between
            if isRangeWord(last + 1) || tokens.isText(last + 1, "/") || between || joined {
                if last + 2 < sentence.upperBound, tokens.isDigits(last + 2) {
                    let second = tokens.text(last + 2)
                    if let (end, endLast) = yearNumber(at: last + 2), end > year, !joined || end == year + 1 {
                        return Found(first: yearWord(before: index) ?? index, last: endLast,
                                     normalized: "\(year)/\(end)", relative: nil, rule: "date.year-range")
                    }
                    if !joined, tokens.isText(last + 1, "/") || tokens.isText(last + 1, "-"), second.count == 2,
                        let short = Int(second), tokens.touches(last + 1, last + 2), (year % 100 + 1) % 100 == short {
                        return Found(first: index, last: last + 2, normalized: "\(year)/\(year - year % 100 + short)",
                                     relative: nil, rule: "date.year-span")
                    }
                }
            }
        }
        if let part = yearPart(before: index, year: year) {
            return Found(first: part.first, last: last, normalized: part.value, relative: nil, rule: "date.year-part")
        }
        return Found(first: yearWord(before: index) ?? index, last: last, normalized: String(year), relative: nil,
                     rule: "date.year")
    }

    /// `im Jahr 2013`, `des Jahres 2004`, `in den Jahren 2014 bis 2016`: the noun is part of the time expression
    /// (GUIDELINES: the span leaves out only preposition and article).
    /// (The forms compared with the token's scalars: an array of them made, and the token's string, for every year,
    /// cost some 500 instructions.)
    private func yearWord(before index: Int) -> Int? {
        let word = index - 1
        guard word >= sentence.lowerBound,
              tokens.isText(word, "Jahr") || tokens.isText(word, "Jahres") || tokens.isText(word, "Jahrs")
                || tokens.isText(word, "Jahren") || tokens.isText(word, "Jahre") else { return nil }
        return word
    }

    /// `ersten Quartal 2015` (2015-01/2015-03), `zweiten Halbjahr 2016` (2016-07/2016-12): an ordinal and a
    /// quarter or half before the year make the year an interval of months.
    private func yearPart(before index: Int, year: Int) -> (first: Int, value: String)? {
        guard index - 2 >= sentence.lowerBound else { return nil }
        // (Told by the token's key, then by its scalars: the switch over its string made and compared it for
        // every year.)
        guard Self.yearParts.contains(token: index - 1, of: tokens) else { return nil }
        let months = tokens.isText(index - 1, "Quartal") || tokens.isText(index - 1, "Quartals") ? 3 : 6
        var first = index - 2
        var ordinal = Self.partOrdinals[tokens.lowered(index - 2)]
        // `3. Quartal 2015`.
        if ordinal == nil, tokens.isText(index - 2, "."), index - 3 >= sentence.lowerBound,
           tokens.touches(index - 3, index - 2), let digit = tokens.integer(index - 3) {
            ordinal = digit
            first = index - 3
        }
        guard let ordinal, ordinal >= 1, ordinal * months <= 12 else { return nil }
        let start = (ordinal - 1) * months + 1
        return (first, "\(year)-\(Self.pad(start))/\(year)-\(Self.pad(start + months - 1))")
    }

    /// Period words a quarter or half is named by, and the words that open its genitive period.
    private static let yearParts = StringTable(words: ["Quartal", "Quartals", "Halbjahr", "Halbjahres", "Halbjahrs"])
    private static let periodGenitives = StringTable(words: ["des", "dieses", "vergangenen", "letzten"])

    /// `im ersten Quartal`, `im dritten Quartal des Vorjahres`, `im zweiten Halbjahr dieses Jahres`: a quarter or
    /// half by its ordinal with no year after it is a date whose value the text does not give (a year after it is
    /// `yearPart(before:year:)`'s); a genitive period (`des Vorjahres`, `dieses Jahres`) is in the span.
    private func yearPartWithoutYear(at index: Int) -> Found? {
        guard Self.yearParts.contains(token: index, of: tokens),
              index - 1 >= sentence.lowerBound, Self.partOrdinals[tokens.lowered(index - 1)] != nil,
              yearNumber(at: index + 1) == nil else { return nil }
        var last = index
        if index + 2 < sentence.upperBound,
           Self.periodGenitives.contains(token: index + 1, of: tokens) {
            let noun = tokens.text(index + 2)
            if noun == "Vorjahres" || noun == "Jahres" { last = index + 2 }
        }
        return Found(first: index - 1, last: last, normalized: nil, relative: nil, rule: "date.year-part")
    }

    private static let partOrdinals = ["ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "erste": 1,
                                       "zweite": 2, "dritte": 3, "vierte": 4]

    /// `Polizei 2000 Menschen`: a plural noun after the number makes it a count.
    private func pluralNounFollows(_ last: Int) -> Bool {
        guard last + 1 < sentence.upperBound, tokens.kind(last + 1) == .word, tokens.isCapitalized(last + 1) else {
            return false
        }
        let form = tokens.text(last + 1)
        guard let lemma = lexicon.nounLemmas[form] else { return false }
        return lemma != form
    }

    /// `wurde er 2010 Weltmeister`, `ist seit 2014 Olympiasiegerin`: a title won in a year, which no one counts by
    /// the thousand.
    private func isTitleWon(after last: Int) -> Bool {
        guard last + 1 < sentence.upperBound, tokens.kind(last + 1) == .word, tokens.isCapitalized(last + 1) else {
            return false
        }
        let word = tokens.lowered(last + 1)
        return Self.wonTitleEndings.contains { word.hasSuffix($0) }
    }

    private static let wonTitleEndings = ["meister", "meisterin", "sieger", "siegerin", "champion"]

    /// `20 Uhr`, `20.15 Uhr`, `9 bis 17 Uhr`.
    private func time(at index: Int) -> Found? {
        // Every time below ends in `Uhr` one, three, five or seven tokens on (`20 Uhr`, `20:15 Uhr`, `9 bis 17 Uhr`,
        // `9:30 bis 17:45 Uhr`; a clock is one token or three): most numbers have none there, and their clock
        // was read for nothing (some 500 instructions a number).
        guard stride(from: index + 1, to: min(index + 8, sentence.upperBound), by: 2).contains(where: {
            tokens.isText($0, "Uhr")
        }) else { return nil }
        guard let (start, startLast) = clock(at: index) else { return nil }
        if startLast + 1 < sentence.upperBound, tokens.isText(startLast + 1, "Uhr") {
            // `von 7 Uhr bis 10 Uhr`: the second time with its own `Uhr` ends the range.
            if startLast + 4 < sentence.upperBound, isRangeWord(startLast + 2),
               let (end, endLast) = clock(at: startLast + 3), endLast + 1 < sentence.upperBound,
               tokens.isText(endLast + 1, "Uhr") {
                return Found(first: index, last: endLast + 1, normalized: nil, relative: nil, rule: "date.time-range",
                             timeOfDay: Self.clockValue(start) + "/" + Self.clockValue(end))
            }
            return Found(first: index, last: startLast + 1, normalized: nil, relative: nil, rule: "date.time",
                         timeOfDay: Self.clockValue(start))
        }
        if startLast + 3 < sentence.upperBound, isRangeWord(startLast + 1),
            let (end, endLast) = clock(at: startLast + 2), endLast + 1 < sentence.upperBound,
            tokens.isText(endLast + 1, "Uhr") {
            return Found(first: index, last: endLast + 1, normalized: nil, relative: nil, rule: "date.time-range",
                         timeOfDay: Self.clockValue(start) + "/" + Self.clockValue(end))
        }
        return nil
    }

    /// A clock time (hour, minute) and its last token; its text is made only once `Uhr` confirms it.
    private func clock(at index: Int) -> ((hour: Int, minute: Int), Int)? {
        guard sentence.contains(index), tokens.isDigits(index) else { return nil }
        // A single part longer than two characters (`2015`, `300`) is no hour, and two parts need a period: most
        // digit tokens are turned away before their parts are read.
        let hasPeriod = tokens.hasPeriod(index)
        guard hasPeriod || tokens.characterCount(index) <= 2 else { return nil }
        // Without a period the token is its one part, of two characters at most: its value is read whole, not
        // split into parts (some 4,800 tokens a pass).
        let parts = hasPeriod ? tokens.periodParts(index) : nil
        let single = parts.map { $0.count == 1 && $0.length(0) <= 2 } ?? true
        if single, let hour = hasPeriod ? parts?.value(0) : tokens.integer(index), (0...24).contains(hour) {
            if index + 2 < sentence.upperBound, tokens.isText(index + 1, ":"), tokens.touches(index, index + 1),
                tokens.touches(index + 1, index + 2), let minute = tokens.integer(index + 2), minute < 60 {
                return ((hour, minute), index + 2)
            }
            return ((hour, 0), index)
        }
        if let parts, parts.count == 2, let hour = parts.value(0), let minute = parts.value(1), (0...24).contains(hour),
            parts.length(1) == 2, minute < 60 {
            return ((hour, minute), index)
        }
        return nil
    }

    private static func clockValue(_ time: (hour: Int, minute: Int)) -> String {
        pad(time.hour) + ":" + pad(time.minute)
    }

    /// `1990er-Jahren`, `80er Jahre`, `1990ern`.
    private func decade(at index: Int) -> Found? {
        // Two or four ASCII digits and then `er` or `ern`, nothing else, read from the scalars: the token's string
        // was made and read as characters (`6P`, `5G`, `3sat`, `15a-Vereinbarung`), some 2,500 instructions each.
        // (A digit with a combining mark after it is no ASCII character: neither way reads it as a digit.)
        let shape: (number: Int, digits: Int, isPlural: Bool)? = tokens.withScalars(index) { word in
            var digits = 0
            var number = 0
            // (No more than five read: a fifth is already too many, and a long run would overflow.)
            while digits < min(word.count, 5), word[digits].value &- 48 < 10 {
                number = number * 10 + Int(word[digits].value &- 48)
                digits += 1
            }
            guard digits == 2 || digits == 4, number % 10 == 0, word.count - digits == 2 || word.count - digits == 3,
                  word[digits] == "e", word[digits + 1] == "r" else { return nil }
            if word.count - digits == 3 && word[digits + 2] != "n" { return nil }
            return (number, digits, word.count - digits == 3)
        }
        guard let (number, digits, isPlural) = shape else { return nil }
        var last = index
        if !isPlural {
            if index + 2 < sentence.upperBound, tokens.isText(index + 1, "-"), tokens.touches(index, index + 1),
                tokens.text(index + 2).hasPrefix("Jahr") {
                last = index + 2
            } else if index + 1 < sentence.upperBound, tokens.text(index + 1).hasPrefix("Jahre") {
                last = index + 1
            } else {
                return nil
            }
        }
        let start = digits == 4 ? number : (number <= 20 ? 2000 + number : 1900 + number)
        return Found(first: index, last: last, normalized: "\(start)/\(start + 9)", relative: nil, rule: "date.decade")
    }

    /// `Neunzigerjahren`, `Achtzigerjahre`: a decade in words, a tens word of the numeral list (`neunzig`) before
    /// `-erjahre(n)`, of the twentieth century (the usual reading; this century's are written in figures,
    /// `2010er-Jahre`).
    private func spelledDecade(at index: Int) -> Found? {
        // The ending read from the scalars first: many long compounds reach here, and few end so.
        let stemLength = tokens.withScalars(index) { word -> Int? in
            let ending = Self.decadeEnding.count + (word.last == "n" ? 1 : 0)
            guard word.count > ending + 1 else { return nil }
            let stem = word.count - ending
            return Self.decadeEnding.indices.allSatisfy { word[stem + $0] == Self.decadeEnding[$0] } ? stem : nil
        }
        guard let stemLength,
              let (tens, _) = lexicon.numbers.wordValue(Array(tokens.lowered(index).unicodeScalars)[..<stemLength]),
              tens >= 20, tens <= 90, tens.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        let start = 1900 + Int(tens)
        return Found(first: index, last: index, normalized: "\(start)/\(start + 9)", relative: nil,
                     rule: "date.decade")
    }

    private static let decadeEnding = Array("erjahre".unicodeScalars)

    // MARK: relative dates

    /// `letzten Monat`, `diese Woche`, `gesamten vergangenen Jahr`, `nächsten Montag`, `diesen Sommer`. The word at
    /// `index` is a deictic date word (in lower case if `loweredFirst`): every caller has looked it up already.
    private func deictic(at index: Int, loweredFirst: Bool = false) -> Found? {
        var position = index
        var offset = 0
        var anaphoric = false
        // At the sentence's start the first word is asked in lower case, through its string; the rest as written,
        // through the filter and scalar by scalar.
        while position < sentence.upperBound, position < index + 2 {
            let lowered = loweredFirst && position == index
            // (The first word's role not looked up again: some 140 instructions for each of 2,200 a pass.)
            guard position == index || dateWord(position)?.role == .deictic else { break }
            if let value = lowered ? loweredYearOffset(at: position) : yearOffset(at: position), value != 0 {
                offset = value
            }
            if !lowered, isAnaphoricDeictic(position) { anaphoric = true }
            position += 1
        }
        guard position < sentence.upperBound, position > index else { return nil }
        // `ein ganzes Jahr`, `einen ganzen Monat lang`: after an indefinite article the words measure a span of time,
        // which names no date (`das ganze Wochenende` does).
        if index > sentence.lowerBound, tokens.hasPrefix(index, Self.ganz) || tokens.hasPrefix(index, Self.gesamt),
           Self.indefiniteArticles.contains(where: { tokens.isLowered(index - 1, $0) }) {
            return nil
        }
        // `im vergangenen Oktober`, `im diesjährigen März`, `den ganzen Jänner 2015`: a month after the deictic
        // word, which stays in the span (as with `letzten Monat`).
        if monthNumber(position) != nil, let month = monthYear(at: position), month.rule == "date.month" {
            let relative: RelativeDate? = month.relative.flatMap { relative in
                guard case .monthOfYear(let number, _) = relative, offset != 0 else {
                    return anaphoric ? nil : relative
                }
                return .monthInDirection(month: number, direction: offset)
            }
            return Found(first: index, last: month.last, normalized: month.normalized, relative: relative,
                         rule: "date.deictic-month")
        }
        // A day is a date only as the story's next, same or this day (`am nächsten Tag`, `am selben Tag`, `an
        // diesem Tag`); `den ganzen Tag`, `der letzte Tag` point at a span or an event, which are no dates.
        if tokens.isText(position, "Tag"), !anaphoric, !tokens.text(position - 1).hasPrefix("nächst"),
           !tokens.isText(position - 1, "diesem") { return nil }
        // (The word's string made only for the roles that keep it: after most deictic words, `diese Regierung`,
        // stands no date word.)
        switch lexicon.dateWords.value(token: position, of: tokens)?.role {
        case .period:
            // `im gesamten Jahr 2014`: the year named after the noun is the date, the words before it in its span.
            if yearWord(before: position + 1) != nil, let (year, last) = yearNumber(at: position + 1) {
                return Found(first: index, last: last, normalized: String(year), relative: nil,
                             rule: "date.deictic-year")
            }
            // `am gleichen Tag`, `im folgenden Jahr`: the story's time, which the publication date does not give.
            return Found(first: index, last: position, normalized: nil,
                         relative: anaphoric ? nil : .period(unit: tokens.text(position), offset: offset),
                         rule: "date.deictic-period")
        case .weekday:
            return weekday(at: position, first: index,
                           relative: .weekday(name: tokens.text(position), direction: offset))
        case .season:
            return Found(first: index, last: position, normalized: nil, relative: nil, rule: "date.deictic-season")
        case .relative where tokens.isCapitalized(position):
            // `im gesamten Vorjahr`: a word for the extent before a relative date noun stays in the span (not
            // before an adverb: `die diese heuer`).
            return Found(first: index, last: position, normalized: nil, relative: nil, rule: "date.deictic-relative")
        default:
            // (`der diesjährige Report`, `im diesjährigen Wahrnehmungsbericht`: an adjective of this or last year
            // before a noun of no time is no date; the annotated articles date it only with a month or `Jahr`.)
            return nil
        }
    }

    private static let ganz = Array("ganz".unicodeScalars)
    private static let gesamt = Array("gesamt".unicodeScalars)
    private static let indefiniteArticles: [StaticString] = ["ein", "eine", "einen", "einem", "einer", "eines"]

    /// `des Jahres`, `dieses Monats` after `Ende`/`Anfang`.
    private func genitivePeriod(at index: Int) -> Found? {
        guard index + 1 < sentence.upperBound else { return nil }
        let word = tokens.text(index)
        // (`Sommer desselben Jahres`: the year named before, which the text does not give here.)
        if word == "des" || word == "der" || word == "desselben" || word == "derselben",
           dateWord(index + 1)?.role == .period {
            return Found(first: index, last: index + 1, normalized: nil, relative: nil, rule: "date.extent-period")
        }
        // `bis Ende Jahr`, `Mitte Monat`: Swiss German leaves the article out.
        if word == "Jahr" || word == "Monat" || word == "Woche" {
            return Found(first: index, last: index, normalized: nil, relative: nil, rule: "date.extent-period")
        }
        // `Anfang des heurigen Jahres`, `Ende des vergangenen Monats`.
        if word == "des" || word == "der", dateWord(index + 1)?.role == .deictic, let period = deictic(at: index + 1) {
            return Found(first: index, last: period.last, normalized: period.normalized, relative: period.relative,
                         rule: period.rule)
        }
        return lexicon.dateWords.value(token: index, of: tokens)?.role == .deictic ? deictic(at: index) : nil
    }

    /// `Jahr zuvor`, `einen Monat später`, `eine Stunde später`: a relative date without a number.
    private func periodOffset(at index: Int, first: Int) -> Found? {
        guard index + 1 < sentence.upperBound else { return nil }
        guard tokens.isText(index, "Jahr") || tokens.isText(index, "Monat") || tokens.isText(index, "Woche")
            || tokens.isText(index, "Tag") || tokens.isText(index, "Stunde"),
            lexicon.hasListed(token: index + 1, of: tokens, .after) else {
            return nil
        }
        return Found(first: first, last: index + 1, normalized: nil, relative: nil, rule: "date.period-offset")
    }

    /// `am Montag in der Früh`, `am Freitag am Abend`: the day part's token in its own phrase right after a
    /// weekday, else nil.
    private func daypartPhrase(after index: Int) -> Int? {
        let inDer = index + 3 < sentence.upperBound && tokens.isText(index + 1, "in") && tokens.isText(index + 2, "der")
        let am = index + 2 < sentence.upperBound && tokens.isText(index + 1, "am")
        guard inDer || am else { return nil }
        let part = index + (inDer ? 3 : 2)
        return tokens.isCapitalized(part) && dateWord(part)?.role == .daypart ? part : nil
    }

    /// A weekday, with a following date (`Dienstag, 24. November`) or day part (`Montag Abend`).
    private func weekday(at index: Int, first: Int, relative: RelativeDate) -> Found {
        var position = index + 1
        if position < sentence.upperBound && tokens.isText(position, ",") { position += 1 }
        // `Montag, dem 2. Mai`, `Dienstag, den 3. März`.
        if position < sentence.upperBound && (tokens.isText(position, "dem") || tokens.isText(position, "den")) {
            position += 1
        }
        if position < sentence.upperBound, let date = core(at: position), date.rule.hasPrefix("date.day")
            || date.rule.hasPrefix("date.numeric") {
            return Found(first: first, last: date.last, normalized: date.normalized, relative: date.relative,
                         rule: "date.weekday-date")
        }
        var last = index
        if index + 1 < sentence.upperBound, dateWord(index + 1)?.role == .daypart,
            tokens.isCapitalized(index + 1) || tokens.text(index + 1) == "früh" {
            last = index + 1
        } else if let part = daypartPhrase(after: index) {
            last = part
        }
        // `von Montag bis Freitag`: a range of weekdays is one interval, which no day fixes.
        // (`von Sonntag auf Montag`: the night between the two.)
        if last + 2 < sentence.upperBound, tokens.isText(last + 1, "bis")
            || tokens.isText(last + 1, "auf") && first > sentence.lowerBound
            && (tokens.isText(first - 1, "von") || tokens.isText(first - 1, "Von")),
           dateWord(last + 2)?.role == .weekday {
            return Found(first: first, last: last + 2, normalized: nil, relative: nil, rule: "date.weekday-range")
        }
        return Found(first: first, last: last, normalized: nil, relative: relative, rule: "date.weekday")
    }

    static let weekdayNames = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        .map { ($0, Array($0.unicodeScalars)) }

    /// The weekday names flat, each as its scalar count and its scalars: read for many long words of every article,
    /// without copying a name's array per test.
    private static let weekdayTable: [UInt32] = weekdayNames.flatMap { [UInt32($0.1.count)] + $0.1.map(\.value) }

    /// Whether the token starts with a weekday's name, as `weekdayCompound` needs.
    static func startsWithWeekday(_ index: Int, of tokens: TokenText) -> Bool {
        tokens.withScalars(index) { startsWithWeekday(scalars: $0) }
    }

    /// The first two scalars of the weekday names, six low bits of each, as bits: most long words that start like a
    /// weekday (`Millionen`, `Deutschland`, `Staaten`) are turned away before the names are compared.
    private static let weekdayStarts: [UInt64] = weekdayNames.reduce(into: Array(repeating: 0, count: 64)) {
        bits, name in
        let cell = weekdayStartCell(name.1[0], name.1[1])
        bits[cell >> 6] |= 1 << UInt64(cell & 63)
    }

    @inline(__always)
    private static func weekdayStartCell(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int((first.value & 63) << 6 | (second.value & 63))
    }

    /// `startsWithWeekday` for a token's scalars.
    static func startsWithWeekday(scalars text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard text.count >= 2 else { return false }
        let cell = weekdayStartCell(text[0], text[1])
        guard weekdayStarts.withUnsafeBufferPointer({ $0[cell >> 6] }) & (1 << UInt64(cell & 63)) != 0 else {
            return false
        }
        return weekdayTable.withUnsafeBufferPointer { table in
            var position = 0
            while position < table.count {
                let count = Int(table[position])
                let name = position + 1
                position = name + count
                guard count <= text.count else { continue }
                var offset = 0
                while offset < count && text[offset].value == table[name + offset] { offset += 1 }
                if offset == count { return true }
            }
            return false
        }
    }

    /// `Montagabend`, `Samstagnachmittag`, `Sonntagfrüh`: the weekday's name, or nil.
    private func weekdayCompound(at index: Int) -> String? {
        for (name, scalars) in Self.weekdayNames where tokens.hasPrefix(index, scalars) {
            if let daypart = restIsDaypart(index, after: scalars.count) { return daypart ? name : nil }
            let text = tokens.text(index)
            let rest = String(text.dropFirst(name.count))
            guard !rest.isEmpty else { return nil }
            let capital = rest.prefix(1).uppercased() + rest.dropFirst()
            if lexicon.dateWords[capital]?.role == .daypart || lexicon.dateWords[rest]?.role == .daypart {
                return name
            }
            return nil
        }
        return nil
    }

    /// `weekdayCompound`'s test of the rest after the weekday's name, scalar by scalar where the token is simple and
    /// the rest starts with ASCII (nil elsewhere, for the strings to decide): whether the rest, or the rest with its
    /// first letter upper-cased, is a word for a time of day. Both are simple then, equal to a simple word exactly
    /// when their scalars are: the strings made, upper-cased and looked up cost some 3,000 instructions a word.
    private func restIsDaypart(_ index: Int, after count: Int) -> Bool? {
        guard let dayparts = lexicon.daypartWords, tokens.isSimple(index) else { return nil }
        return tokens.withScalars(index) { word -> Bool? in
            guard word.count > count, word[count].value < 0x80 else { return nil }
            let first = word[count].value
            let upper = first &- 97 < 26 ? first - 32 : first
            return dayparts.contains { daypart in
                daypart.count == word.count - count && (daypart[0].value == first || daypart[0].value == upper)
                    && daypart.dropFirst().elementsEqual(word[(count + 1)...])
            }
        }
    }

    private func multiWordHoliday(at index: Int) -> Found? {
        // The entries read in place, by index: a loop over them copied each, retaining its words and value, for
        // every word asked (800 a pass), most of which match no entry's first word.
        let holidays = lexicon.multiWordHolidays
        // The token's key tells a simple token from every entry's simple first word before its string is made and
        // compared with each (some 1,500 instructions a word asked).
        let key = tokens.isSimple(index) ? tokens.key(index) : 0
        for slot in holidays.indices where index + holidays[slot].words.count <= sentence.upperBound
            && (key == 0 || holidays[slot].firstKey == 0 || holidays[slot].firstKey == key)
            && tokens.text(index) == holidays[slot].words[0] {
            var matches = true
            for offset in 1..<holidays[slot].words.count
            where tokens.text(index + offset) != holidays[slot].words[offset] {
                matches = false
                break
            }
            if matches {
                return Found(first: index, last: index + holidays[slot].words.count - 1,
                             normalized: holidays[slot].value, relative: nil, rule: "date.holiday")
            }
        }
        return nil
    }

    // MARK: pieces

    /// `24.` as a day of the month: digits 1–31 and a touching period.
    private func dayOrdinal(at index: Int) -> (Int, Int)? {
        // (The period first: most numbers of one or two digits have none, and are turned away before being read.)
        guard index + 1 < sentence.upperBound, tokens.isDigits(index), tokens.characterCount(index) <= 2,
            tokens.isText(index + 1, "."), tokens.touches(index, index + 1),
            let day = tokens.integer(index), (1...31).contains(day) else { return nil }
        return (day, index + 1)
    }

    /// Month names of four letters or fewer that are written out, not abbreviated.
    private static let shortMonthNames = StringTable(words: ["März", "Mai", "Juni", "Juli"])
    /// The adjectives of a time of day before a weekday compound (`am späten Donnerstagvormittag`).
    private static let earlyOrLate = StringTable(words: ["frühen", "späten"])
    private static let decadeParts = StringTable(words: ["frühen", "späten", "späteren", "mittleren", "ausgehenden"])

    /// A month name, or an abbreviation with its period (`Okt.`).
    private func monthWord(at index: Int) -> (Int, Int)? {
        guard index < sentence.upperBound, tokens.kind(index) == .word, let month = monthNumber(index)
        else { return nil }
        let isAbbreviation = tokens.characterCount(index) <= 4
            && !Self.shortMonthNames.contains(token: index, of: tokens)
        if isAbbreviation {
            guard index + 1 < sentence.upperBound, tokens.isText(index + 1, "."), tokens.touches(index, index + 1)
            else { return nil }
            return (month, index + 1)
        }
        return (month, index)
    }

    /// A four-digit year 1000–2099 written without separators.
    private func yearNumber(at index: Int) -> (Int, Int)? {
        guard index < sentence.upperBound, tokens.isDigits(index), tokens.characterCount(index) == 4,
            let year = tokens.integer(index), (1000...2099).contains(year) else { return nil }
        if year < 1900 {
            let lead = index > sentence.lowerBound ? tokens.text(index - 1) : ""
            guard ["Jahr", "Jahre", "Jahres", "im", "seit", "bis", "um", "von", "ab", "Anno"].contains(lead)
                || lexicon.months[lead] != nil else { return nil }
        }
        return (year, index)
    }

    /// Whether the token is one of `dateLeads`, looked up only when the filter lets it through.
    private func isDateLead(_ index: Int) -> Bool {
        (tokens.isScalar(index, "\u{2013}") || tokens.mayBe(index, in: Self.dateLeadFilter))
            && Self.dateLeadTable.contains(token: index, of: tokens)
    }

    /// `lexicon.dateWords` for a token as written; the filter turns most words away before their string is hashed.
    private func dateWord(_ index: Int) -> (role: QuantityLexicon.DateRole, value: String?)? {
        tokens.mayBe(index, in: lexicon.dateOpenerSmallFilter) ? lexicon.dateWords.value(token: index, of: tokens) : nil
    }

    /// `lexicon.months` for a token as written (month names are date openers too).
    private func monthNumber(_ index: Int) -> Int? {
        tokens.mayBe(index, in: lexicon.dateOpenerSmallFilter) ? lexicon.months.value(token: index, of: tokens) : nil
    }

    /// `bis`, `-` or `–` between the two ends of a range.
    private func isRangeWord(_ index: Int) -> Bool {
        tokens.isText(index, "bis") || tokens.isText(index, "-") || tokens.isScalar(index, "\u{2013}")
    }

    private func extended(_ found: Found, to first: Int) -> Found {
        var copy = found
        copy.first = first
        return copy
    }

    /// Words before a part of the day that make it a time (`am Abend`, `seit dem Morgen`, `an einem Abend`); not
    /// `den`, which is as often an object (`den Abend genießen`).
    /// (`in der Früh`, `im Lauf des Abends`, `zu Mittag`, `verbrachten die Nacht`.)
    static let daypartLeads = StringTable(words: ["am", "Am", "der", "dem", "einem", "des", "zu", "die"])
    /// Adjectives of a part of the day that belong to its span (`am frühen Morgen`, `am nächsten Morgen`).
    static let daypartAdjectives = StringTable(words: ["frühen", "späten", "gleichen", "selben", "nächsten"])

    /// Whether the token is a deictic word that points back into the story (`gleichen`, `selben`, `folgenden`,
    /// `darauffolgenden`), compared scalar by scalar (ASCII without `K`, as `TokenText.isText` needs): a set of
    /// strings hashed the token's string, hundreds of instructions a deictic word.
    private func isAnaphoricDeictic(_ index: Int) -> Bool {
        tokens.isText(index, "gleichen") || tokens.isText(index, "selben") || tokens.isText(index, "folgenden")
            || tokens.isText(index, "darauffolgenden")
    }

    /// `yearOffset(tokens.text(index))`; for a simple token (`WordFilter.isSimple`) scalar by scalar, as its
    /// characters are then its scalars and equal another's only when they are the same: `String.hasPrefix`, six
    /// times a word, compared by grapheme.
    private func yearOffset(at index: Int) -> Int? {
        guard tokens.isSimple(index) else { return Self.yearOffset(tokens.text(index)) }
        for (prefix, offset) in Self.yearOffsetPrefixes where tokens.hasPrefix(index, prefix) { return offset }
        return nil
    }

    /// `yearOffset(tokens.lowered(index))`, as `yearOffset(at:)` does it, where the token's lower case is its
    /// scalars lower-cased one by one (`lowerKey` known), which keeps a simple token simple: the lower-case string
    /// made for a sentence's first word and compared by grapheme cost some 1,500 instructions a word.
    private func loweredYearOffset(at index: Int) -> Int? {
        guard tokens.isSimple(index), tokens.lowerKey(index) != 0 else { return Self.yearOffset(tokens.lowered(index)) }
        for (prefix, offset) in Self.yearOffsetPrefixes where tokens.hasLoweredPrefix(index, prefix) { return offset }
        return nil
    }

    /// The prefixes `yearOffset` tests, in its order, as scalars.
    private static let yearOffsetPrefixes: [([Unicode.Scalar], Int)] = [
        ("vergangen", -1), ("letzt", -1), ("vorig", -1), ("nächst", 1), ("kommend", 1), ("dies", 0), ("heurig", 0),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// `vergangenen` → -1, `nächsten` → +1, `dieses`, `heurigen` (Austrian: this year's) → 0; nil for other words.
    static func yearOffset(_ word: String) -> Int? {
        if word.hasPrefix("vergangen") || word.hasPrefix("letzt") || word.hasPrefix("vorig") { return -1 }
        if word.hasPrefix("nächst") || word.hasPrefix("kommend") { return 1 }
        if word.hasPrefix("dies") || word.hasPrefix("heurig") { return 0 }
        return nil
    }

    static func pad(_ number: Int) -> String {
        number >= 0 && number < 100 ? twoDigits[number] : number < 10 ? "0\(number)" : "\(number)"
    }

    /// `pad` of 0 to 99, made once: interpolating each month, day, hour and minute cost a few hundred instructions.
    private static let twoDigits: [String] = (0..<100).map { $0 < 10 ? "0\($0)" : "\($0)" }

    static func day(year: Int?, month: Int, day: Int) -> String {
        if let text = written(year: year, month: month, day: day) { return text }
        return (year.map { String($0) } ?? "-") + "-" + pad(month) + "-" + pad(day)
    }

    static func month(year: Int?, month: Int) -> String {
        if let text = written(year: year, month: month, day: nil) { return text }
        return (year.map { String($0) } ?? "-") + "-" + pad(month)
    }

    /// `day` or (without a day) `month` written digit by digit, for a year of four digits or none and a month and
    /// day below 100, as the rules' dates are; nil for others. Joined from its parts, a date cost some 550
    /// instructions: making the year's string, and each part appended checking and growing the string.
    private static func written(year: Int?, month: Int, day: Int?) -> String? {
        if let year, !(1000...9999).contains(year) { return nil }
        guard (0..<100).contains(month), (0..<100).contains(day ?? 0) else { return nil }
        let count = (year == nil ? 1 : 4) + 3 + (day == nil ? 0 : 3)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            func put(_ byte: UInt8) {
                buffer[end] = byte
                end += 1
            }
            func put(_ number: Int, digits: Int) {
                var divisor = digits == 4 ? 1000 : 10
                while divisor > 0 {
                    put(UInt8(truncatingIfNeeded: 48 + number / divisor % 10))
                    divisor /= 10
                }
            }
            if let year { put(year, digits: 4) } else { put(UInt8(ascii: "-")) }
            put(UInt8(ascii: "-"))
            put(month, digits: 2)
            if let day {
                put(UInt8(ascii: "-"))
                put(day, digits: 2)
            }
            return end
        }
    }
}
