import NewsGraphCore

/// Language rules on top of ICU's sentence boundaries: they take back boundaries after abbreviations,
/// ordinals, initials and list numbers, join lines broken inside a paragraph, and add the boundaries
/// ICU cannot see (headlines, inline list items, bullets, a URL after a stop, a stop before an ellipsis).
///
/// All work is on code points; strings are built only for the few lexicon look-ups at a candidate stop.
struct BoundaryRules: Sendable {
    /// How an abbreviation's period relates to sentence ends.
    enum AbbreviationKind: UInt8, WordKeyValue {
        /// Never ends a sentence (`Dr.`, `z. B.`): it always leads into more words.
        case prefix
        /// Ends a sentence only when a typical sentence opener follows (`Mio. Die …`).
        case plain
        /// Often ends a sentence (`usw.`, `etc.`): ICU's boundary before a capital stands.
        case final

        var wordKeyByte: UInt8 { rawValue }
        init(wordKeyByte: UInt8) { self = AbbreviationKind(rawValue: wordKeyByte) ?? .plain }
    }

    let language: String
    /// Abbreviations without inner spaces and with their last period (`z.B.`, `Dr.`, `e.V.`).
    private let abbreviations: WordKeyMap<AbbreviationKind>
    /// Every proper prefix, ending in a period, of an abbreviation with inner periods (`z.`, `e.`, `U.S.`).
    private let abbreviationPrefixes: WordKeySet
    /// The most code points of an abbreviation or prefix key: dotted groups any longer need no look-up.
    private let longestAbbreviation: Int
    /// For each key length, a bit for the code (`WordKey`'s) of every letter that comes before the final period
    /// in an abbreviation or prefix key of that length: most words before a period are ruled out without a key.
    private let lastLetters: [UInt64]
    /// The same for the code of every first letter: most plain words before a period that end like an abbreviation
    /// start like none of that length (`… sagte er.`, `… in Wien.`).
    private let firstLetters: [UInt64]
    /// For each key length and first letter's code (at `length * 64 + first`), a bit for the code of the letter before
    /// the final period of every key with both: a word that starts like one key and ends like another (`Bern.`,
    /// `Kurz.`) is ruled out too, where the two tests above let through one word in four. A key of twenty codes or
    /// more, whose first code `WordKey` cuts, counts for every first letter.
    private let edgeLetters: [UInt64]
    private let months: WordKeySet
    /// Lower-case words after which `N.` is an ordinal (`am 24.`, `zum 1.`).
    private let ordinalCues: WordKeySet
    /// Nouns that follow ordinals (`19. Jahrhundert`, `3. Platz`).
    private let ordinalNouns: WordKeySet
    /// Endings of compound nouns that follow ordinals (`-tag` in `Verhandlungstag`), in lower case.
    private let ordinalNounEndings: [String]
    /// The same endings as code points, if all are Latin-1 (then a Latin-1 word is matched without a `String`).
    private let latin1OrdinalNounEndings: [[Unicode.Scalar]]?
    /// Lower-case words a line cannot end with if its sentence goes on (`der`, `und`, `andere`).
    private let lineJoiners: WordKeySet
    /// Capitalised words that typically open a sentence (`Die`, `Er`, `The`, `How`).
    private let sentenceOpeners: WordKeySet
    /// The openers of this language alone, without the polite pronouns (`Sie`, `Ihr`) that are capitalised
    /// anywhere in a sentence: a word that only an opener can be.
    private let ownOpeners: WordKeySet
    /// For each pair of `WordKey` codes of a first and second letter (at `first * 64 + second`, 0: none), a bit for
    /// the code of the third letter (0: none) of every word of `ownOpeners`: most capitalised words (German nouns)
    /// are no opener, told so before their key is built. Two letters let through thousands of nouns (`Deutschland`).
    private let ownOpenerStarts: [UInt64]
    /// The same for `sentenceOpeners`, and the most code points of one: a sentence's first word, asked by the
    /// heading rule at every sentence end, is told an opener or not mostly without a key.
    private let openerStarts: [UInt64]
    private let longestOpener: Int
    /// The `TokenForm` keys of the openers of `sentenceOpeners` that are letters alone (`Die`, `Während`): a token
    /// whose form is one, and that no letter follows, is the opener's whole word, told without its letters' walk.
    private let openerForms: FormKeySet
    /// Whether `N.` is an ordinal in this language (German), not only a list number.
    private let hasOrdinalPeriods: Bool

    init(language: String, lexicons: LexiconDirectory) throws {
        self.language = language
        var abbreviations = WordKeyMap<AbbreviationKind>()
        var prefixes: Set<WordKey> = []
        var longest = 0
        var lastLetters = [UInt64](repeating: 0, count: 22)
        var firstLetters = [UInt64](repeating: 0, count: 22)
        var edgeLetters = [UInt64](repeating: 0, count: 22 * 64)
        func noteLetters(_ key: WordKey) {
            if key.count >= 2 {
                lastLetters[key.count] |= 1 << key.code(at: 1)
                firstLetters[key.count] |= 1 << key.code(at: key.count - 1)
                let first = Int(key.code(at: key.count - 1))
                for row in key.count < 20 ? first...first : 0...63 {
                    edgeLetters[key.count * 64 + row] |= 1 << key.code(at: 1)
                }
            }
        }
        for row in try lexicons.rows(of: "segmentation/abbreviations-\(language).txt") {
            let form = String(row.fields[0].unicodeScalars.filter { $0 != " " && $0 != "\t" })
            guard form.hasSuffix("."), form.count > 1 else { continue }
            let flag = row.fields.count > 1 ? row.fields[1].trimmingCharacters(in: .whitespaces) : ""
            guard let key = WordKey(form) else {
                throw NewsGraphError(
                    .badLexicon, path: "segmentation/abbreviations-\(language).txt:\(row.line)",
                    message: "abbreviation has a character segmentation cannot match, or is over 21 long")
            }
            abbreviations[key] = flag == "final" ? .final : flag == "prefix" ? .prefix : .plain
            longest = max(longest, key.count)
            noteLetters(key)
            var prefix = WordKey()
            for scalar in form.unicodeScalars.dropLast() {
                prefix.append(scalar)
                if scalar == "." {
                    prefixes.insert(prefix)
                    noteLetters(prefix)
                }
            }
        }
        self.abbreviations = abbreviations
        self.abbreviationPrefixes = WordKeySet(prefixes)
        self.longestAbbreviation = longest
        self.lastLetters = lastLetters
        self.firstLetters = firstLetters
        self.edgeLetters = edgeLetters
        func keys(_ file: String) throws -> Set<WordKey> {
            Set(try lexicons.words(of: "segmentation/\(file)-\(language).txt").compactMap { WordKey($0) })
        }
        self.months = WordKeySet(try keys("months"))
        let ordinalCues = Set(try keys("ordinal-cues").map { $0.lowercased(onlyFirst: false) })
        self.ordinalCues = WordKeySet(ordinalCues)
        let nouns = try lexicons.words(of: "segmentation/ordinal-nouns-\(language).txt")
        self.ordinalNouns = WordKeySet(nouns.filter { !$0.hasPrefix("-") }.compactMap { WordKey($0) })
        self.ordinalNounEndings = nouns.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()).lowercased() }
        let endingScalars = ordinalNounEndings.map { Array($0.unicodeScalars) }
        self.latin1OrdinalNounEndings =
            endingScalars.allSatisfy { $0.allSatisfy { $0.value < 0x100 } } ? endingScalars : nil
        // Openers of both languages: an English quote or name in German text opens sentences the English way
        // (`… U.S. How …`), and no opener of one language goes on a sentence of the other. One-letter openers
        // (`A`, `I`) stay with their own language, where initials cannot be mistaken for them.
        var openers = try keys("sentence-openers")
        var openerWords = try lexicons.words(of: "segmentation/sentence-openers-\(language).txt")
        let politeForms = ["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen"].compactMap { WordKey($0) }
        let ownOpeners = openers.subtracting(politeForms)
        self.ownOpeners = WordKeySet(ownOpeners)
        self.ownOpenerStarts = Self.startTable(ownOpeners)
        for other in ["de", "en"] where other != language {
            let words = try lexicons.words(of: "segmentation/sentence-openers-\(other).txt")
            openers.formUnion(words.filter { $0.count > 1 }.compactMap { WordKey($0) })
            openerWords += words.filter { $0.count > 1 }
        }
        self.openerForms = FormKeySet(
            openerWords.filter { word in WordKey(word) != nil && word.unicodeScalars.allSatisfy(Self.isWordScalar) }
                .map { TokenForm.key(of: $0.unicodeScalars, folded: false) })
        self.sentenceOpeners = WordKeySet(openers)
        self.openerStarts = Self.startTable(openers)
        self.longestOpener = openers.map(\.count).max() ?? 0
        self.lineJoiners = WordKeySet(try keys("line-joiners").map { $0.lowercased(onlyFirst: false) })
        self.hasOrdinalPeriods = !ordinalCues.isEmpty
    }

    // MARK: - Sentence ends

    /// The ends of sentences (exclusive, possibly followed by white space), in order; the last is the text's end.
    /// From `Tokenizer`, which makes the tokens, `marks` (the indices, ascending, of its punctuation and symbol
    /// tokens that may tell the rules something, `isTellingMark`, and maybe of other tokens) and `candidates` (its
    /// sentence candidates, which hold every line break) let the rules walk the marks alone; without them they walk
    /// every token.
    func sentenceEnds(
        icuEnds: [CodePointOffset], tokens: [Token], scalars: [Unicode.Scalar],
        marks: (tokens: [Int], candidates: [Int])? = nil
    ) -> [CodePointOffset] {
        var firstTokens: [Int] = []
        return sentenceEnds(icuEnds: icuEnds, tokens: tokens, scalars: scalars, marks: marks, firstTokens: &firstTokens)
    }

    /// The same ends; `firstTokens` gets, for each end, the index of the first token at or after it, where the
    /// inline-heading rule finds these on its way (German), else it stays empty. The sentence builder looks for the
    /// same tokens, to close each sentence's token range, and need not search again. `forms`, the tokens' forms if
    /// they are known, let the heading rule tell most sentences' first word without reading it.
    func sentenceEnds(
        icuEnds: [CodePointOffset], tokens: [Token], scalars: [Unicode.Scalar],
        marks: (tokens: [Int], candidates: [Int])?, forms: [TokenForm] = [], firstTokens: inout [Int]
    ) -> [CodePointOffset] {
        var ends: [CodePointOffset] = []
        sentenceEnds(
            icuEnds: icuEnds, tokens: tokens, scalars: scalars, marks: marks, forms: forms, into: &ends,
            firstTokens: &firstTokens, scratch: SplitScratch())
        return ends
    }

    /// The same ends into `ends`, and their first tokens into `firstTokens` (or none), both emptied first with
    /// their room kept; the arrays the rules fill on the way are taken from `scratch` (a splitter keeps them from
    /// one article to the next), and given back.
    func sentenceEnds(
        icuEnds: [CodePointOffset], tokens: [Token], scalars: [Unicode.Scalar],
        marks: (tokens: [Int], candidates: [Int])?, forms: [TokenForm], into ends: inout [CodePointOffset],
        firstTokens: inout [Int], scratch: SplitScratch
    ) {
        ends.emptyKeepingCapacity()
        firstTokens.emptyKeepingCapacity()
        let count = scalars.count
        guard count > 0 else { return }
        var extra = ExtraBoundaries()
        if let marks {
            var markers = KeptArray.take(&scratch.listMarkers)
            defer { KeptArray.putBack(&markers, into: &scratch.listMarkers) }
            findExtraBoundaries(
                tokens: tokens, marks: marks.tokens, candidates: marks.candidates, scalars: scalars, into: &extra,
                markers: &markers)
        } else {
            findExtraBoundaries(tokens: tokens, scalars: scalars, into: &extra)
        }
        // The ends before the inline-heading rule: kept, as the others, and written through their storage (an
        // append checked the array's uniqueness with a call at every end). Each ICU end and extra start is written
        // once at most, and the text's end.
        var unheaded = KeptArray.take(&scratch.unheadedEnds)
        defer { KeptArray.putBack(&unheaded, into: &scratch.unheadedEnds) }
        unheaded.refill(capacity: icuEnds.count + extra.starts.count + 1) { unheaded in
            var written = 0
            var extraIndex = 0
            var lastEnd = 0
            // Open round brackets since the last sentence end: `(BGBl. I Nr. 12)` closes before the sentence does.
            var depth = 0
            // Brackets are counted over tokens, not code points: each `(` and `)` starts a punctuation token, which
            // `findExtraBoundaries` lists.
            var scanned = 0
            for icuEnd in icuEnds {
                // `… orientieren.(András Szigetvari, 19.1.2016)`: ICU counts an opening bracket glued to a final stop
                // as the sentence's closing punctuation; it opens the next sentence.
                var end = icuEnd
                if end >= 2, end < count, scalars[end - 1] == "(",
                    scalars[end - 2] == "." || scalars[end - 2] == "!" || scalars[end - 2] == "?" {
                    end -= 1
                }
                while scanned < extra.brackets.count && extra.brackets[scanned] < end {
                    if scalars[extra.brackets[scanned]] == "(" {
                        depth += 1
                    } else if depth > 0 {
                        depth -= 1
                    }
                    scanned += 1
                }
                if depth > 0 && end < count && Self.closesBracketSoon(after: end, in: scalars) { continue }
                while extraIndex < extra.starts.count && extra.starts[extraIndex] <= end {
                    let start = extra.starts[extraIndex]
                    if start > lastEnd {
                        unheaded.initializeElement(at: written, to: start)
                        written += 1
                        lastEnd = start
                    }
                    extraIndex += 1
                }
                if end < count && shouldJoin(at: end, in: scalars, joinedPeriods: extra.joinedPeriods) { continue }
                if end > lastEnd {
                    unheaded.initializeElement(at: written, to: end)
                    written += 1
                    lastEnd = end
                    depth = 0
                }
            }
            if lastEnd != count {
                unheaded.initializeElement(at: written, to: count)
                written += 1
            }
            return written
        }
        if hasOrdinalPeriods {
            withInlineHeadings(
                unheaded, tokens: tokens, forms: forms, scalars: scalars, into: &ends, firstTokens: &firstTokens)
        } else {
            swap(&ends, &unheaded)
        }
    }

    /// Texts that lost their line breaks run a subheading into the next sentence: `… sagte Martin Ulrich.
    /// Hoflobbyist Hochegger Nur eine Stunde später …`, `… ins Tor stellt. Personalprobleme Die Terrorwelle …`,
    /// `… Wirtschaftswachstum. 1,7 Milliarden im kommenden Jahr Zu den Details: …`. After a final stop, one to five
    /// words or figures, then a capitalised sentence opener (`Nur`, `Im`, `Die`) with more words after it: the opener
    /// starts a new sentence. German only (an English heading is capitalised throughout).
    /// `firstTokens` gets the index of the first token at or after each end out, which the rule looks for anyway.
    /// The ends with the headings' go to `out`.
    private func withInlineHeadings(
        _ ends: [CodePointOffset], tokens: [Token], forms: [TokenForm], scalars: [Unicode.Scalar],
        into out: inout [CodePointOffset], firstTokens: inout [Int]
    ) {
        // At most one heading end after each end: both arrays are written through their buffers, without a check
        // for room and uniqueness at every append.
        let room = 2 * ends.count
        var written = 0
        out.refill(capacity: room) { out in
            firstTokens.refill(capacity: room) { firsts in
                var tokenIndex = 0
                var lastEnd = 0
                // The token at an end is looked for near where the text's tokens per code point (fixed point, 16
                // bits) put it: a sentence's tokens are as long as the text's, give or take a few.
                let tokensPerCodePoint = (tokens.count << 16) / Swift.max(scalars.count, 1)
                // The tokens and code points through buffers: the walk and the heading rule read them at every end.
                tokens.withUnsafeBufferPointer { tokens in scalars.withUnsafeBufferPointer { text in
                    forms.withUnsafeBufferPointer { forms in
                        for (position, end) in ends.enumerated() {
                            let guess = tokenIndex &+ ((end &- lastEnd) &* tokensPerCodePoint) >> 16
                            tokenIndex = tokens.firstIndex(from: tokenIndex, near: guess) { $0.span.begin >= end }
                            lastEnd = end
                            out.initializeElement(at: written, to: end)
                            firsts.initializeElement(at: written, to: tokenIndex)
                            written += 1
                            guard position + 1 < ends.count, Self.endsWithFinalStop(before: end, in: text) else {
                                continue
                            }
                            if let start = inlineHeadingEnd(
                                from: tokenIndex, before: ends[position + 1], tokens: tokens, forms: forms, text: text,
                                scalars: scalars)
                            {
                                out.initializeElement(at: written, to: tokens[start].span.begin)
                                firsts.initializeElement(at: written, to: start)
                                written += 1
                            }
                        }
                    }
                } }
                return written
            }
            return written
        }
    }

    /// Where the sentence after a heading of one to five words starts, if the tokens from `first` look so. The
    /// heading opens with a capitalised word that is no sentence opener, or a figure; it holds no sentence opener
    /// and ends in no function word. `text` is `scalars` as a buffer, for the reads at every token of the walk.
    /// The answer is the index of the sentence's first token. Inlined, the tests of the first word, which settle
    /// most sentences, cost less than the call to the walk did.
    @inline(__always)
    private func inlineHeadingEnd(
        from first: Int, before limit: CodePointOffset, tokens: UnsafeBufferPointer<Token>,
        forms: UnsafeBufferPointer<TokenForm>, text: UnsafeBufferPointer<Unicode.Scalar>, scalars: [Unicode.Scalar]
    ) -> Int? {
        guard first < tokens.count, tokens[first].kind == .word && text[tokens[first].span.begin].isUppercaseQuick
                || tokens[first].kind == .number
        else { return nil }
        // Most sentences open with an opener themselves (`Die`, `Er`: 10kGNAD, three in five), which no heading
        // does: told before the walk to the next opener (the full test of the first word follows the walk).
        // A negated noun is the one opener a heading keeps (`Keine Hinweise auf Terroranschlag Nach der …`, `Keine
        // Personaldebatte Mit FPÖ …`: every such run in 10kGNAD).
        let negated = tokens[first].kind == .word && Self.isKein(tokens[first].span, in: text)
        if tokens[first].kind == .word && !negated
            && startsWithShortOpener(first, tokens: tokens, forms: forms, text: text) {
            return nil
        }
        return inlineHeadingEnd(
            after: first, negated: negated, before: limit, tokens: tokens, forms: forms, text: text, scalars: scalars)
    }

    /// `inlineHeadingEnd(from:before:tokens:forms:text:scalars:)` once the first token may open a heading: the walk
    /// to the opener after it. `negated`: the first word is `Kein` or `Keine`.
    @inline(never)
    private func inlineHeadingEnd(
        after first: Int, negated: Bool, before limit: CodePointOffset, tokens: UnsafeBufferPointer<Token>,
        forms: UnsafeBufferPointer<TokenForm>, text: UnsafeBufferPointer<Unicode.Scalar>, scalars: [Unicode.Scalar]
    ) -> Int? {
        // The opener: the shape and a two-letter test rule out most words before any key is built.
        var found: Int?
        for count in 1...5 {
            let opener = first + count
            guard opener + 1 < tokens.count, tokens[opener + 1].span.end <= limit else { return nil }
            let previous = tokens[opener - 1]
            // Heading parts are words or figures joined by single spaces.
            guard previous.kind == .word || previous.kind == .number,
                previous.span.end + 1 == tokens[opener].span.begin, text[previous.span.end] == " "
            else { return nil }
            // A one-word heading is a longer noun (`Personalprobleme`).
            guard count > 1 || previous.span.length >= 8 else { continue }
            let candidate = tokens[opener]
            guard candidate.kind == .word, tokens[opener + 1].kind == .word,
                text[candidate.span.begin].isUppercaseQuick,
                mayStart(ownOpenerStarts, at: candidate.span.begin, in: text),
                let key = Self.word(startingAt: candidate.span.begin, in: scalars), ownOpeners.contains(key)
            else { continue }
            // A function word may stand inside the heading (`im kommenden Jahr`), not at its end.
            if previous.kind == .word, count > 1, let word = Self.word(startingAt: previous.span.begin, in: scalars),
               lineJoiners.contains(word.lowercased(onlyFirst: false)) {
                continue
            }
            found = count
            break
        }
        guard let count = found else { return nil }
        if tokens[first].kind == .word && !negated {
            guard let head = Self.word(startingAt: tokens[first].span.begin, in: scalars),
                  !sentenceOpeners.contains(head) else { return nil }
        }
        // No opener inside the heading, and no article: headings are telegraphic, and `zur Liste Die Unabhängigen`,
        // `in der ARD Die Stadt …` run on into a name.
        for index in (first + 1)..<(first + count) where tokens[index].kind == .word {
            guard let word = Self.word(startingAt: tokens[index].span.begin, in: scalars),
                  !sentenceOpeners.contains(word) else { return nil }
            let lower = word.lowercased(onlyFirst: false)
            if Self.articles.contains(lower) || Self.fusedArticles.contains(lower) { return nil }
        }
        return first + count
    }

    /// Whether `span` is `Kein` or `Keine`. (Inlined: asked of most sentences' first word, whose length or first
    /// letter settles it for less than the call cost.)
    @inline(__always)
    private static func isKein(_ span: TextSpan, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard span.length == 4 || span.length == 5, text[span.begin] == "K", text[span.begin + 1] == "e",
              text[span.begin + 2] == "i", text[span.begin + 3] == "n" else { return false }
        return span.length == 4 || text[span.begin + 4] == "e"
    }

    /// `zur`, `zum`: prepositions with the article fused in, which headings leave out as they do articles.
    private static let fusedArticles = WordKeySet(["zur", "zum"].compactMap { WordKey($0) })

    /// The table `ownOpenerStarts` is for its words, for `keys`: what `mayStart` reads.
    private static func startTable(_ keys: Set<WordKey>) -> [UInt64] {
        var starts = [UInt64](repeating: 0, count: 64 * 64)
        for key in keys where key.count > 0 {
            let second = key.count > 1 ? key.code(at: key.count - 2) : 0
            let third = key.count > 2 ? key.code(at: key.count - 3) : 0
            starts[Int(key.code(at: key.count - 1) * 64 + second)] |= 1 << third
        }
        return starts
    }

    /// `isShortOpener` of the word at the start of the token `index`, from the token's form where that tells: a token
    /// that is an opener's letters, with no letter after it, is that word (three sentences in five).
    @inline(__always)
    private func startsWithShortOpener(
        _ index: Int, tokens: UnsafeBufferPointer<Token>, forms: UnsafeBufferPointer<TokenForm>,
        text: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        let span = tokens[index].span
        if index < forms.count, openerForms.contains(forms[index].exact),
            span.end >= text.count || text[span.end] == " " || !Self.isWordScalar(text[span.end]) {
            return true
        }
        return isShortOpener(at: span.begin, in: text)
    }

    /// Whether the word at `offset` is a sentence opener, where that is quick to tell: false also when the word may
    /// be one but is longer than any or has no key (`word(startingAt:)` and a look-up tell those).
    private func isShortOpener(at offset: CodePointOffset, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard mayStart(openerStarts, at: offset, in: text) else { return false }
        var key = WordKey()
        var end = offset
        // `word(startingAt:)`'s walk, given up after the longest opener.
        while end < text.count && Self.isWordScalar(text[end]) {
            guard end - offset < longestOpener, key.append(text[end]) else { return false }
            end += 1
        }
        return sentenceOpeners.contains(key)
    }

    /// Whether the word at `offset` may be in the words of `starts` (`startTable`), by its first three letters
    /// (false: its key is not).
    @inline(__always)
    private func mayStart(
        _ starts: [UInt64], at offset: CodePointOffset, in scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        // A key's code points all have codes and are word scalars, as `word(startingAt:)` builds it.
        guard Self.isWordScalar(scalars[offset]), let first = WordKey.code(of: scalars[offset]) else { return false }
        guard let second = Self.keyCode(at: offset + 1, in: scalars) else { return false }
        var third: UInt64 = 0
        if second != 0 {
            guard let code = Self.keyCode(at: offset + 2, in: scalars) else { return false }
            third = code
        }
        return (starts[Int(first * 64 + second)] >> third) & 1 != 0
    }

    /// The `WordKey` code of the code point at `index` as `word(startingAt:)` would add it: 0 if the word has ended
    /// before it (no word scalar, or the text's end), nil if it has no code (the word has no key).
    @inline(__always)
    private static func keyCode(at index: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64? {
        guard index < scalars.count else { return 0 }
        let value = scalars[index].value
        // A small ASCII letter, most of what follows a word's first letter, without the general tests.
        if value &- 97 < 26 { return UInt64(value &- 96) }
        return isWordScalar(scalars[index]) ? WordKey.code(of: scalars[index]) : 0
    }

    /// Whether the text before `end` (white space aside) ends with `.`, `!` or `?`.
    private static func endsWithFinalStop(
        before end: CodePointOffset, in scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        var index = end - 1
        while index >= 0 && isSpace(scalars[index]) { index -= 1 }
        return index >= 0 && (scalars[index] == "." || scalars[index] == "!" || scalars[index] == "?")
    }

    /// Whether a `)` follows within a few words, before any final stop or line break.
    private static func closesBracketSoon(after offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = offset
        while index < scalars.count && index - offset < 40 {
            switch scalars[index] {
            case ")": return true
            case ".", "!", "?", "\n", "(": return false
            default: index += 1
            }
        }
        return false
    }

    /// Boundaries ICU does not make, and periods that list markers own.
    private struct ExtraBoundaries {
        /// Offsets where a sentence starts although ICU sees none, ascending.
        var starts: [CodePointOffset] = []
        /// Offsets of periods inside list markers (`2.` in `1. … 2. …`): never sentence ends.
        var joinedPeriods: Set<CodePointOffset> = []
        /// Offsets of the punctuation tokens that start with `(` or `)`, ascending.
        var brackets: [CodePointOffset] = []
    }

    /// One list marker (`1.`, `2)`, `b.`, `3.)`) found at the start of a word.
    struct ListMarker {
        let begin: CodePointOffset
        /// The marker's number (letters count a = 1).
        let value: Int
        /// Digits or letter, and the punctuation after it, so that only alike markers form a chain.
        let style: Int
        /// Offset of the marker's period, if it has one.
        let period: CodePointOffset?
        /// Whether the marker opens a text, a line, a bullet item or follows a sentence's final stop.
        let opensItem: Bool
        /// Offset of the paragraph it is in (markers of a chain share it).
        let paragraph: Int
    }

    /// Walks the tokens (not every code point) for list markers, bullets, web addresses and ellipses.
    private func findExtraBoundaries(tokens: [Token], scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries) {
        var markers: [ListMarker] = []
        var paragraph = 0
        var previousEnd = 0
        var previousIsBullet = false
        // Through a buffer: the walk over every token paid the array iterator's checks at each step.
        tokens.withUnsafeBufferPointer { tokens in
            for token in tokens {
                let index = token.span.begin
                let gap = index - previousEnd
                // Most tokens are words of two letters or more after at most one space: no marker, no paragraph.
                if token.kind == .word && token.span.length > 1 && gap <= 1 {
                    previousEnd = token.span.end
                    previousIsBullet = false
                    continue
                }
                // A blank line between two tokens starts a new paragraph.
                if gap > 1 {
                    var newlines = 0
                    for offset in previousEnd..<index where scalars[offset] == "\n" { newlines += 1 }
                    if newlines >= 2 { paragraph += 1 }
                }
                let afterSpace = gap > 0 || previousIsBullet || index == 0
                previousEnd = token.span.end
                switch token.kind {
                case .word, .number:
                    previousIsBullet = false
                    noteMarker(token, afterSpace: afterSpace, paragraph: paragraph, in: scalars, to: &markers)
                case .punctuation, .symbol:
                    previousIsBullet = notePunctuation(
                        token, gap: gap, paragraph: paragraph, in: scalars, into: &extra, markers: &markers)
                }
            }
        }
        addListChains(markers, in: scalars, into: &extra)
        extra.starts.sort()
    }

    /// The same walk over the punctuation and symbol tokens alone, `marks` (indices, ascending, of every one that
    /// `isTellingMark`; other tokens among them are passed over), for a text whose tokens are those `Tokenizer`
    /// makes: a list marker is found from the `.` or `)` after it, and paragraphs from the line breaks among
    /// `candidates` (offsets, ascending, that hold every `\n`). The walk over every token paid a compare and a branch
    /// at each of the words, most of a text.
    /// `markers`, empty, takes the list markers found on the way.
    private func findExtraBoundaries(
        tokens: [Token], marks: [Int], candidates: [Int], scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries,
        markers: inout [ListMarker]
    ) {
        let paragraphStarts = Self.paragraphStarts(tokens: tokens, candidates: candidates, scalars: scalars)
        tokens.withUnsafeBufferPointer { tokens in
            // The paragraph of the token walked last: the blank lines before it (a local, not a nested function's:
            // mutated through a capture, it was checked for exclusive access at every mark).
            var paragraph = 0
            func end(before position: Int) -> CodePointOffset { position > 0 ? tokens[position - 1].span.end : 0 }
            func isBullet(_ position: Int) -> Bool {
                let token = tokens[position]
                return token.kind != .word && token.kind != .number && Self.isBullet(scalars[token.span.begin])
            }
            for position in marks {
                let token = tokens[position]
                guard token.kind == .punctuation || token.kind == .symbol else { continue }
                let index = token.span.begin
                let scalar = scalars[index]
                // The paragraph is caught up with at the next mark that tells something.
                if !Self.isTellingMark(scalar.value) { continue }
                // A marker (`1.`, `b)`) ends where its `.` or `)` begins, a token of its own.
                if position > 0 && (scalar == "." || scalar == ")") {
                    let before = tokens[position - 1]
                    if before.kind == .word || before.kind == .number {
                        let begin = before.span.begin
                        let afterSpace =
                            begin - end(before: position - 1) > 0 || (position > 1 && isBullet(position - 2))
                            || begin == 0
                        while paragraph < paragraphStarts.count && paragraphStarts[paragraph] <= begin {
                            paragraph += 1
                        }
                        noteMarker(before, afterSpace: afterSpace, paragraph: paragraph, in: scalars, to: &markers)
                    }
                }
                while paragraph < paragraphStarts.count && paragraphStarts[paragraph] <= index { paragraph += 1 }
                _ = notePunctuation(
                    token, gap: index - end(before: position), paragraph: paragraph, in: scalars, into: &extra,
                    markers: &markers)
            }
        }
        addListChains(markers, in: scalars, into: &extra)
        extra.starts.sort()
    }

    /// The offsets of the tokens that follow a blank line (two line breaks or more between them and the token
    /// before, or the text's start), ascending: `\n` among `candidates` with no token between.
    private static func paragraphStarts(
        tokens: [Token], candidates: [Int], scalars: [Unicode.Scalar]
    ) -> [CodePointOffset] {
        var starts: [CodePointOffset] = []
        tokens.withUnsafeBufferPointer { tokens in
            var next = 0
            // The token after the last line break, if it had one.
            var lastNext = -1
            for candidate in candidates where scalars[candidate] == "\n" {
                next = tokens.firstIndex(from: next) { $0.span.begin > candidate }
                guard next < tokens.count else { break }
                if next == lastNext && starts.last != tokens[next].span.begin { starts.append(tokens[next].span.begin) }
                lastNext = next
            }
        }
        return starts
    }

    /// A list marker (`1.`, `2)`, `b.`) at `token`, a word or number: a short number or one lower-case letter after a
    /// space.
    private func noteMarker(
        _ token: Token, afterSpace: Bool, paragraph: Int, in scalars: [Unicode.Scalar], to markers: inout [ListMarker]
    ) {
        let index = token.span.begin
        let value = scalars[index].value
        let isMarkerShape = token.kind == .number ? token.span.length <= 3 : token.span.length == 1
        if afterSpace && isMarkerShape && ((value >= 48 && value <= 57) || (value >= 97 && value <= 122)),
            let marker = listMarker(at: index, paragraph: paragraph, in: scalars)
        {
            markers.append(marker)
        }
    }

    /// What the punctuation or symbol `token` (after `gap` code points of white space) tells: brackets, boundaries
    /// after stops, credits and links, bullets (and a marker glued to one); whether it is a bullet.
    private func notePunctuation(
        _ token: Token, gap: Int, paragraph: Int, in scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries,
        markers: inout [ListMarker]
    ) -> Bool {
        let count = scalars.count
        let index = token.span.begin
        let scalar = scalars[index]
        if token.kind == .punctuation && (scalar == "(" || scalar == ")") {
            // Room for an article's usual brackets at the first (two in three articles have some, four or five on
            // average): the array grew by doubling from one, two or three allocations an article.
            if extra.brackets.isEmpty { extra.brackets.reserveCapacity(16) }
            extra.brackets.append(index)
        }
        if scalar == "." {
            findExtraBoundaries(afterPeriod: index, in: scalars, into: &extra)
        } else if scalar == "?" || scalar == "!" {
            // `Von welchen? – Kann ich nicht mehr sagen.`
            if Self.dashOpensSentence(after: index, in: scalars) { extra.starts.append(index + 1) }
        } else if scalar == ")", Self.closesDatedCredit(index, in: scalars), Self.opensAfterCredit(index, in: scalars) {
            // `… Aussetzer. (APA, 18.3.2016) SV Ried – SK Rapid Wien …`: an agency's dated credit closes what it
            // signs, and the next text opens a sentence (`(APA/dpa, 23.8.2015) 9. Lauf zur Rallye-WM`: a
            // results table's heading too).
            extra.starts.append(index + 1)
        } else if scalar == "/", let end = Self.tweetLinkEnd(slash: index, in: scalars) {
            extra.starts.append(end)
        } else if Self.isBullet(scalar) {
            if gap > 0 && index > 0 { extra.starts.append(index) }
            // `⁃9.`: a marker glued to its bullet.
            if index + 1 < count, Self.digitValue(scalars[index + 1]) != nil,
                let marker = listMarker(at: index + 1, paragraph: paragraph, in: scalars)
            {
                markers.append(marker)
            }
            return true
        }
        return false
    }

    /// The extra boundaries after the period at `index`. Inlined: each rule wants its own code point after the space
    /// (`w` or `h`, `@`, a digit, a dash, a period), and most periods are followed by a capital that none wants,
    /// told here for less than the call to the rules cost.
    @inline(__always)
    private func findExtraBoundaries(
        afterPeriod index: CodePointOffset, in scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries
    ) {
        guard index > 0, index &+ 2 < scalars.count, scalars[index &+ 1] == " " else { return }
        let after = scalars[index &+ 2]
        guard after == "w" || after == "h" || after == "p" || after == "@" || after == "-" || after == "\u{2013}"
            || after == "." || Self.digitValue(after) != nil
        else { return }
        applyRules(afterPeriod: index, in: scalars, into: &extra)
    }

    /// `findExtraBoundaries(afterPeriod:in:into:)`'s rules, for a period followed by a space and a code point one
    /// of them wants.
    @inline(never)
    private func applyRules(
        afterPeriod index: CodePointOffset, in scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries
    ) {
        let count = scalars.count
        // `Sklaverei. www.example.org`, `Grauenhaft. pic.twitter.com/…`: a web address after a stop opens a sentence
        // despite its case, and so does a handle (`… Zeichen hält. @garrynewman More importantly …`: an embedded
        // tweet in a text without its line breaks).
        if Self.startsWebAddress(at: index + 2, in: scalars)
            || scalars[index + 2] == "@" && index + 3 < count && Self.isWordScalar(scalars[index + 3]),
            scalars[index - 1].isAlphabeticQuick,
            !isAbbreviationPeriod(index, in: scalars)
        {
            extra.starts.append(index + 1)
        }
        // `Drei wurden festgenommen. 2 davon …`: ICU goes on before a number that a lower-case word follows.
        if Self.digitValue(scalars[index + 2]) != nil, index >= 2, Self.isWordScalar(scalars[index - 1]),
            Self.isWordScalar(scalars[index - 2]), !isAbbreviationPeriod(index, in: scalars),
            Self.dottedGroups(endingAt: index, in: scalars).count == 1,
            !Self.isStreetBeforeNumber(index, next: index + 2, in: scalars)
        {
            extra.starts.append(index + 1)
        }
        // `… bei der Kommunalkredit OG (KKVOG). 2012 wurde …`: so it does after a bracket closing on a word.
        if Self.digitValue(scalars[index + 2]) != nil, index >= 3, scalars[index - 1] == ")",
            Self.isWordScalar(scalars[index - 2]), Self.isWordScalar(scalars[index - 3])
        {
            extra.starts.append(index + 1)
        }
        // `weniger als 2014. 13.984 Straftaten …`: so does a year, which is no ordinal.
        if Self.digitValue(scalars[index + 2]) != nil, Self.endsYear(before: index, in: scalars) {
            extra.starts.append(index + 1)
        }
        // `auf Baustellen gearbeitet. - Eine Woche später …`, `gehört. – Von welchen?`: a dash after a stop opens
        // the next sentence (a transcript's change of speaker, a text's next point) where a capital follows it.
        if Self.dashOpensSentence(after: index, in: scalars), Self.isWordScalar(scalars[index - 1]),
            !isAbbreviationPeriod(index, in: scalars)
        {
            extra.starts.append(index + 1)
        }
        // `compounds. . . . The next`: the word's own period ends the sentence, the ellipsis opens the next.
        if scalars[index + 2] == ".", !Self.isSpace(scalars[index - 1]), scalars[index - 1] != "." {
            let run = Self.ellipsisRun(around: index, in: scalars)
            if run.dots >= 4, let next = Self.nextWordStart(after: run.end, in: scalars),
                scalars[next].isUppercaseQuick
            {
                extra.starts.append(index + 1)
            }
        }
    }

    /// Whether a capital or a number follows the credit closing at `close`, after one space.
    private static func opensAfterCredit(_ close: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        guard close + 2 < scalars.count, scalars[close + 1] == " " else { return false }
        return digitValue(scalars[close + 2]) != nil
            || nextWordStart(after: close + 1, in: scalars) == close + 2 && scalars[close + 2].isUppercaseQuick
    }

    /// Whether the `)` at `close` ends a credit with a date: `(APA, 18.3.2016)`, `(APA/dpa, 23.8.2015)`.
    private static func closesDatedCredit(_ close: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = close - 1
        // The date backwards: year, period, month, period, day (one or two digits each but the year's four).
        func digits(_ least: Int, _ most: Int) -> Bool {
            var count = 0
            while index >= 0, count < most, digitValue(scalars[index]) != nil { index -= 1; count += 1 }
            return count >= least
        }
        guard digits(4, 4), index >= 0, scalars[index] == "." else { return false }
        index -= 1
        guard digits(1, 2), index >= 0, scalars[index] == "." else { return false }
        index -= 1
        guard digits(1, 2), index >= 1, scalars[index] == " ", scalars[index - 1] == "," else { return false }
        index -= 2
        // The signature: letters and slashes only, at most 20, right after the opening bracket.
        var length = 0
        while index >= 0, length <= 20, scalars[index].isAlphabeticQuick || scalars[index] == "/" {
            index -= 1
            length += 1
        }
        return length > 0 && index >= 0 && scalars[index] == "("
    }

    /// `… with forced gender pic.twitter.com/oOo10gTVc2 Newman meint …`: an embedded tweet ends with its picture
    /// link or its short link (`https://t.co/vDhbCqSz6L SPD-Chef …`), and texts that lost their line breaks run it
    /// into the next sentence. Where the link at `slash` is followed by a space and a capital, the end of the link.
    private static func tweetLinkEnd(slash: CodePointOffset, in scalars: [Unicode.Scalar]) -> CodePointOffset? {
        guard tweetLinkHosts.contains(where: { host in
            slash >= host.count && (0..<host.count).allSatisfy { scalars[slash - host.count + $0] == host[$0] }
        }) else { return nil }
        var end = slash + 1
        while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
        guard end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].isUppercaseQuick else { return nil }
        return end
    }

    private static let tweetLinkHosts = [Array("pic.twitter.com".unicodeScalars), Array("//t.co".unicodeScalars)]

    /// A space, a hyphen or en dash, a space and a capital right after the stop at `stop`.
    private static func dashOpensSentence(after stop: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        stop + 4 < scalars.count && scalars[stop + 1] == " "
            && (scalars[stop + 2] == "-" || scalars[stop + 2] == "\u{2013}") && scalars[stop + 3] == " "
            && scalars[stop + 4].isUppercaseQuick
    }

    /// Splits before every marker of a chain `1. … 2. … 3. …` that opens at an item start.
    private func addListChains(
        _ markers: [ListMarker], in scalars: [Unicode.Scalar], into extra: inout ExtraBoundaries
    ) {
        var chainStart = 0
        while chainStart < markers.count {
            let first = markers[chainStart]
            var last = chainStart
            guard first.opensItem else {
                chainStart += 1
                continue
            }
            // Follow the chain: the next marker of the same style with the next value, in the same paragraph.
            var candidate = chainStart + 1
            while candidate < markers.count {
                let marker = markers[candidate]
                if marker.paragraph != first.paragraph { break }
                if marker.style == first.style && marker.value == markers[last].value + 1 {
                    last = candidate
                }
                candidate += 1
            }
            if last > chainStart {
                var index = chainStart
                var expected = first.value
                while index <= last {
                    let marker = markers[index]
                    if marker.style == first.style && marker.value == expected {
                        if index > chainStart { extra.starts.append(Self.itemBegin(marker.begin, in: scalars)) }
                        if let period = marker.period { extra.joinedPeriods.insert(period) }
                        expected += 1
                    }
                    index += 1
                }
                chainStart = last + 1
            } else {
                chainStart += 1
            }
        }
    }

    /// A list marker at `begin`: 1–3 digits or one ASCII letter, then `.`, `)` or `.)`, then a space.
    private func listMarker(at begin: CodePointOffset, paragraph: Int, in scalars: [Unicode.Scalar]) -> ListMarker? {
        let count = scalars.count
        var index = begin
        var value = 0
        var isLetter = false
        while index < count, let digit = Self.digitValue(scalars[index]), index - begin < 3 {
            value = value * 10 + digit
            index += 1
        }
        if index == begin {
            let scalar = scalars[begin]
            guard scalar.value >= 97 && scalar.value <= 122 else { return nil }
            value = Int(scalar.value) - 96
            isLetter = true
            index += 1
        }
        guard index < count else { return nil }
        var period: CodePointOffset?
        var punctuation = 0
        if scalars[index] == "." {
            period = index
            index += 1
            punctuation = 1
            if index < count && scalars[index] == ")" {
                index += 1
                punctuation = 2
            }
        } else if scalars[index] == ")" {
            index += 1
            punctuation = 3
        } else {
            return nil
        }
        guard index + 1 < count, scalars[index] == " " else { return nil }
        // `1. Dies`, `a. The`: a period marker must lead into a capitalised word, else it is an ordinal.
        if punctuation == 1 && !scalars[index + 1].isUppercaseQuick { return nil }
        let opens = Self.opensItem(begin, in: scalars)
        return ListMarker(
            begin: begin, value: value, style: (isLetter ? 10 : 0) + punctuation, period: period, opensItem: opens,
            paragraph: paragraph)
    }

    /// Where the item of a marker at `begin` starts: at its bullet (`• 10.`), if it has one.
    private static func itemBegin(_ begin: CodePointOffset, in scalars: [Unicode.Scalar]) -> CodePointOffset {
        var index = begin - 1
        while index >= 0 && (scalars[index] == " " || scalars[index] == "\t") { index -= 1 }
        return index >= 0 && isBullet(scalars[index]) ? index : begin
    }

    /// Whether the item at `begin` opens a text, a line or a bullet item, or follows a final stop.
    /// `on Jan. 3. He said`, `see Fig. 3. It shows`, `siehe Abb. 3. Sie zeigt`: the period before the number closes
    /// an abbreviation (a month's, or one before a number), so the number is a day or a figure's, no list item (and
    /// the period after it ends the sentence unless it makes an ordinal).
    private func followsAbbreviation(_ begin: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = begin - 1
        while index >= 0 && scalars[index] == " " { index -= 1 }
        guard index >= 1, scalars[index] == "." else { return false }
        var start = index
        while start > 0 && scalars[start - 1].isAlphabeticQuick { start -= 1 }
        guard start < index, let word = Self.word(startingAt: start, in: scalars) else { return false }
        return months.contains(word) || isAbbreviationPeriod(index, in: scalars)
    }

    private static func opensItem(_ begin: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = begin - 1
        while index >= 0 && (scalars[index] == " " || scalars[index] == "\t") { index -= 1 }
        guard index >= 0 else { return true }
        let scalar = scalars[index]
        return scalar == "\n" || isBullet(scalar) || scalar == "." || scalar == "!" || scalar == "?"
    }

    // MARK: - Taking back ICU boundaries

    /// Whether the ICU boundary at `end` falls inside a sentence.
    private func shouldJoin(
        at end: CodePointOffset, in scalars: [Unicode.Scalar], joinedPeriods: Set<CodePointOffset>
    ) -> Bool {
        var last = end - 1
        var newlines = 0
        while last >= 0 && Self.isSpace(scalars[last]) {
            if Self.isLineBreak(scalars[last]) { newlines += 1 }
            last -= 1
        }
        guard last >= 0 else { return false }
        var next = end
        while next < scalars.count && Self.isSpace(scalars[next]) {
            if Self.isLineBreak(scalars[next]) { newlines += 1 }
            next += 1
        }
        guard next < scalars.count, newlines < 2 else { return false }
        let nextScalar = scalars[next]
        // The final stop may hide behind closing quotes and brackets: `Lust.“`, `(… nicht!)`.
        var stop = last
        while stop >= 0 && Self.isClosing(scalars[stop]) { stop -= 1 }
        guard stop >= 0 else { return false }
        let stopScalar = scalars[stop]
        if newlines == 1 && !Self.isTerminal(stopScalar) {
            return shouldJoinLines(lastOfLine: last, next: next, in: scalars)
        }
        if Self.isBullet(nextScalar) { return false }
        // `Woran aber dann?.`, `1./2. Weltkrieg`, `(6./16.)`: no sentence starts with these marks.
        if newlines == 0 && Self.cannotStartSentence(nextScalar) { return true }
        switch stopScalar {
        case "!", "?":
            // `Yahoo! in the …`, `„Wo?“ fragte sie`: a lower-case word goes on with the sentence.
            return newlines == 0 && nextScalar.isLowercaseQuick
        case ".":
            if !joinedPeriods.isEmpty && joinedPeriods.contains(stop) { return true }
            return shouldJoinAfterPeriod(stop, closed: stop != last, next: next, in: scalars)
        default:
            return false
        }
    }

    /// A line without final punctuation is a headline or a list item and ends its sentence, unless it breaks off
    /// after a function word (`während der⏎ersten`), or it is a longer line the next one goes on in lower case.
    private func shouldJoinLines(
        lastOfLine last: CodePointOffset, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        let nextScalar = scalars[next]
        if Self.isBullet(nextScalar) || !(nextScalar.isLowercaseQuick || nextScalar.isUppercaseQuick) {
            return false
        }
        var wordBegin = last + 1
        while wordBegin > 0 && Self.isWordScalar(scalars[wordBegin - 1]) { wordBegin -= 1 }
        if wordBegin <= last, let word = WordKey(scalars[wordBegin...last]),
            lineJoiners.contains(word.lowercased(onlyFirst: false))
        {
            return true
        }
        guard nextScalar.isLowercaseQuick else {
            return hasOrdinalPeriods && Self.endsInOpenNounPhrase(last: last, in: scalars)
        }
        // `spielen⏎spielt⏎spiele`: one-word lines are items of their own.
        var index = last
        var spaces = 0
        while index >= 0 && scalars[index] != "\n" && spaces < 2 {
            if scalars[index] == " " && index > 0 && scalars[index - 1] != " " { spaces += 1 }
            index -= 1
        }
        return spaces >= 2
    }

    private static let articles = WordKeySet(
        ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"].compactMap {
            WordKey($0)
        })

    /// `eine möglichst problemlose⏎Schwangerschaft`: a German article followed on its line only by lower-case words,
    /// the last with an adjective ending, still waits for its noun (which German writes with a capital).
    private static func endsInOpenNounPhrase(last: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var end = last + 1
        for position in 0..<3 {
            var begin = end
            while begin > 0 && isWordScalar(scalars[begin - 1]) { begin -= 1 }
            guard begin < end, let word = WordKey(scalars[begin..<end]) else { return false }
            if position == 0 {
                let count = end - begin
                guard count > 3, scalars[begin].isLowercaseQuick else { return false }
                let ending = scalars[end - 1]
                let hasEnding = ending == "e" || (scalars[end - 2] == "e" && "nrsm".unicodeScalars.contains(ending))
                guard hasEnding else { return false }
            } else if articles.contains(word.lowercased(onlyFirst: false)) {
                return true
            } else if !scalars[begin].isLowercaseQuick {
                return false
            }
            guard begin > 0, scalars[begin - 1] == " " else { return false }
            end = begin - 1
        }
        return false
    }

    private func shouldJoinAfterPeriod(
        _ period: CodePointOffset, closed: Bool, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        let nextScalar = scalars[next]
        if (period > 0 && scalars[period - 1] == ".") || (period + 1 < scalars.count && scalars[period + 1] == ".")
            || (period > 1 && scalars[period - 1] == " " && scalars[period - 2] == ".")
        {
            return shouldJoinAfterEllipsis(period, next: next, in: scalars)
        }
        if closed { return nextScalar.isLowercaseQuick }
        guard period > 0 else { return false }
        let before = scalars[period - 1]
        if Self.digitValue(before) != nil {
            return shouldJoinAfterNumber(period, next: next, in: scalars)
        }
        // A small ASCII letter, before most periods, told without the call.
        guard before.value &- 97 < 26 || Self.isWordScalar(before) else { return false }
        // Most periods end a plain word: told before the call to the rules, whose set-up cost more than the test.
        return !endsPlainWord(period, in: scalars) && shouldJoinAfterWord(period, next: next, in: scalars)
    }

    /// `… . . .` and `....`: three spaced dots go on; four end a sentence before a capital.
    private func shouldJoinAfterEllipsis(
        _ period: CodePointOffset, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        let run = Self.ellipsisRun(around: period, in: scalars)
        // `[...]`, `(…)`: an omission mark inside a quotation.
        if run.begin > 0 && (scalars[run.begin - 1] == "[" || scalars[run.begin - 1] == "(") { return true }
        let attached = run.begin > 0 && !Self.isSpace(scalars[run.begin - 1])
        let capitalFollows = scalars[next].isUppercaseQuick
        if run.spaced && attached && run.dots >= 4 {
            // The boundary sits after the word's own period (added by `findExtraBoundaries`).
            return period != run.begin
        }
        if run.spaced && !attached && run.dots < 4 { return true }
        return !capitalFollows
    }

    /// `am 24. November`, `3. Okt.`, `1. Dies ist …`: periods after numbers that are ordinals or list numbers.
    private func shouldJoinAfterNumber(
        _ period: CodePointOffset, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        var begin = period - 1
        while begin > 0 && Self.digitValue(scalars[begin - 1]) != nil { begin -= 1 }
        guard period - begin <= 3 else { return false }
        if begin > 0 {
            let before = scalars[begin - 1]
            // `8.8.⏎2015`: a date broken before its year.
            if before == "." && begin > 1 && Self.digitValue(scalars[begin - 2]) != nil {
                return hasOrdinalPeriods && Self.digitValue(scalars[next]) != nil
            }
            // `1./2. Weltkrieg`: the second of two ordinals.
            let isSecondOrdinal = before == "/" && begin > 1 && scalars[begin - 2] == "."
            // `Jahr10.`, `%11.`, `1.000.`: footnote numbers and parts of larger numbers.
            let isItemStart = Self.isSpace(before) || Self.isBullet(before) || before == "(" || Self.isDash(before)
            if !(isItemStart || isSecondOrdinal) { return false }
            if isSecondOrdinal && hasOrdinalPeriods { return true }
        }
        if Self.opensItem(begin, in: scalars) && !scalars[next].isLowercaseQuick
            && !followsAbbreviation(begin, in: scalars) {
            return true
        }
        guard hasOrdinalPeriods else { return false }
        let nextScalar = scalars[next]
        if Self.digitValue(nextScalar) != nil { return true }
        // `gegen den Weltranglisten-110. Der Schnitt …`: an article never follows an ordinal; it opens a sentence.
        if nextScalar.isUppercaseQuick, let nextWord = Self.word(startingAt: next, in: scalars),
           Self.articles.contains(nextWord.lowercased(onlyFirst: true)), next + nextWord.count < scalars.count,
           Self.isSpace(scalars[next + nextWord.count]) {
            return false
        }
        // `1. -3. Jahrhundert`, `1.–3. Klasse`.
        if Self.isDash(nextScalar) && next + 1 < scalars.count && Self.digitValue(scalars[next + 1]) != nil {
            return true
        }
        if let nextWord = Self.word(startingAt: next, in: scalars),
            months.contains(nextWord) || ordinalNouns.contains(nextWord)
        {
            return true
        }
        if !ordinalNounEndings.isEmpty && scalars[next].isUppercaseQuick {
            var end = next
            var isLatin1 = true
            while end < scalars.count && Self.isWordScalar(scalars[end]) {
                if scalars[end].value >= 0x100 { isLatin1 = false }
                end += 1
            }
            if isLatin1, let endings = latin1OrdinalNounEndings {
                if Self.hasLatin1Ending(scalars[next..<end], among: endings) { return true }
            } else {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[next..<end])
                let lowered = String(word).lowercased()
                if ordinalNounEndings.contains(where: { lowered.count > $0.count && lowered.hasSuffix($0) }) {
                    return true
                }
            }
        }
        // The word before: `am 24.`, `der 3.`; or a range `1. bis 3.`, `2. und 3.`.
        var wordEnd = begin - 1
        while wordEnd >= 0 && Self.isSpace(scalars[wordEnd]) { wordEnd -= 1 }
        guard wordEnd >= 0 else { return false }
        // Ranks and results: `Weiter: 10. Bernhard Gruber`, `Norwegen 1.626 – 3. Österreich`.
        // A sentence hardly ends in `…, 11.`: ordinals listed (`24., 30. und 51. Minute`, `10. Gruber, 11. Klapfer`).
        if scalars[wordEnd] == ":" || scalars[wordEnd] == "," || Self.isDash(scalars[wordEnd]) { return true }
        var wordBegin = wordEnd
        while wordBegin > 0 && scalars[wordBegin - 1].isAlphabeticQuick { wordBegin -= 1 }
        guard wordBegin <= wordEnd, scalars[wordEnd].isAlphabeticQuick else { return false }
        guard let previous = WordKey(scalars[wordBegin...wordEnd])?.lowercased(onlyFirst: false) else { return false }
        if ordinalCues.contains(previous) { return true }
        if Self.rangeWords.contains(previous) { return Self.endsOrdinal(before: wordBegin, in: scalars) }
        return false
    }

    /// Whether the Latin-1 `word`, in lower case, is longer than one of `endings` and ends with it: what
    /// `lowercased()`, `count` and `hasSuffix` on strings tell for Latin-1, where each code point is a character
    /// and lowering a letter is adding 0x20.
    static func hasLatin1Ending(
        _ word: ArraySlice<Unicode.Scalar>, among endings: [[Unicode.Scalar]]
    ) -> Bool {
        endings.contains { ending in
            guard word.count > ending.count else { return false }
            var position = word.endIndex
            for scalar in ending.reversed() {
                position -= 1
                let value = word[position].value
                let isUpper = (value >= 65 && value <= 90) || (value >= 0xC0 && value <= 0xDE && value != 0xD7)
                if (isUpper ? value + 0x20 : value) != scalar.value { return false }
            }
            return true
        }
    }

    /// Words between two ordinals of a range or list (`1. bis 3.`, `2. und 3.`).
    private static let rangeWords = WordKeySet(["bis", "und", "oder", "sowie"].compactMap { WordKey($0) })

    /// Whether the text before `offset` (after white space) ends with an ordinal `N.`.
    /// (`Der letzte und 165. Fall`: or an ordinal in words, a lower-case word in `-te`, `-ten`, `-ter`, `-tes`.)
    private static func endsOrdinal(before offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = offset - 1
        while index >= 0 && isSpace(scalars[index]) { index -= 1 }
        if index > 0 && scalars[index] == "." && digitValue(scalars[index - 1]) != nil { return true }
        var begin = index
        while begin > 0 && scalars[begin - 1].isAlphabeticQuick { begin -= 1 }
        guard index - begin >= 3, scalars[begin].isLowercaseQuick else { return false }
        let last = scalars[index]
        let end = last == "e" ? index : index - 1
        return end > begin && scalars[end - 1] == "t" && scalars[end] == "e"
            && (last == "e" || last == "n" || last == "r" || last == "s")
    }

    /// Abbreviations (`z. B.`, `Dr.`, `U.S.`), initials (`Jonas E. Smith`) and regnal numbers (`Ludwig XIV.`), after
    /// a period that `endsPlainWord` does not tell ends a plain word.
    private func shouldJoinAfterWord(
        _ period: CodePointOffset, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        let groups = Self.dottedGroups(endingAt: period, in: scalars)
        // Asked only on the paths that need it: most periods end a long word that is neither an abbreviation,
        // an initial nor a numeral, and need no key of the next word.
        var nextIsOpener: Bool { isSentenceOpener(at: next, in: scalars) }
        // One key for each first group: the period inside a longer abbreviation (`e.` of `e. V.`, `z.` of `z. B.`)
        // goes on whichever group it starts at, else the abbreviation of the earliest group decides. The groups
        // after the period are looked for only once a prefix is found: nearly never.
        var ahead: FewRanges?
        var found: AbbreviationKind?
        // Every key here ends with the letter before the period; a key of one letter may be looked up lowered.
        let lastLetter = WordKey.code(of: scalars[period - 1]) ?? 0
        for first in groups.indices {
            let length = Self.keyLength(groups[first...])
            guard length <= longestAbbreviation,
                (lastLetters[length] >> lastLetter) & 1 != 0
                    || (length == 2 && (lastLetters[length] >> WordKey.lowercase(lastLetter)) & 1 != 0),
                let key = Self.key(groups[first...], in: scalars)
            else { continue }
            let begin = groups[first].lowerBound
            if abbreviationPrefixes.contains(key)
                || (key.isCapitalised && abbreviationPrefixes.contains(key.lowercased(onlyFirst: true))
                    && Self.startsSentence(begin, in: scalars))
            {
                if ahead == nil { ahead = Self.dottedGroups(startingAt: next, in: scalars) }
                let atStart = Self.startsSentence(begin, in: scalars)
                var extended = key
                for group in ahead ?? FewRanges() {
                    var complete = true
                    for scalar in scalars[group] where !extended.append(scalar) { complete = false }
                    if complete, lookUp(extended, atSentenceStart: atStart) != nil { return true }
                }
            }
            if found == nil { found = lookUp(key, startingAt: begin, in: scalars) }
        }
        if let found {
            switch found {
            case .prefix: return true
            case .plain: return !nextIsOpener || Self.digitValue(scalars[next]) != nil
            case .final: return scalars[next].isLowercaseQuick || Self.digitValue(scalars[next]) != nil
            }
        }
        guard let word = groups.last, let firstGroup = groups.first else { return false }
        let nextScalar = scalars[next]
        // `Nexus 6P.`, `A9.`: a letter glued to digits is no initial.
        if firstGroup.lowerBound > 0 && Self.digitValue(scalars[firstGroup.lowerBound - 1]) != nil { return false }
        if word.count == 1 {
            let letter = scalars[word.lowerBound]
            let isInitialism = groups.count >= 2 && groups.allSatisfy { $0.count == 1 }
            if isInitialism {
                // `U.S. Government` goes on, `U.S. How …` and `6 P.M. Mr. Smith …` start anew.
                if letter.isUppercaseQuick && isTitle(at: next, in: scalars) { return false }
                return !nextIsOpener
            }
            if letter.isLowercaseQuick { return !nextIsOpener }
            if Self.digitValue(nextScalar) != nil { return true }
            // Initials before a name: `Jonas E. Smith`, `(mit M. Raffl)`, but `you and I. Did …`.
            return !nextIsOpener
        }
        if Self.isRomanNumeral(word, in: scalars) && !nextIsOpener && !Self.startsDateline(at: next, in: scalars) {
            return Self.previousWordIsCapitalised(before: word.lowerBound, in: scalars)
        }
        return false
    }

    /// `in der Hauptstr. 5`, `Mariahilferstr. 12`: a street's name cut after `str` before its house number (the
    /// list has `Str.` alone; the compounds are countless). The digit is asked first: most periods meet a capital.
    private static func isStreetBeforeNumber(
        _ period: CodePointOffset, next: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard next < scalars.count, digitValue(scalars[next]) != nil, period >= 5,
              scalars[period - 1] == "r", scalars[period - 2] == "t", scalars[period - 3] == "s"
        else { return false }
        return scalars[period - 4].isLowercaseQuick && scalars[period - 5].isAlphabeticQuick
    }

    /// Whether the period at `period` ends a plain word, one `shouldJoinAfterWord` answers false for: two to nineteen
    /// letters with no dotted group before them (so its groups are the word alone), that are neither an
    /// abbreviation, a prefix of one, nor a Roman numeral. Most periods end such a word (`… sagte er.`), and this
    /// tells so without building the groups; false (ask `shouldJoinAfterWord`'s rules) whenever in doubt.
    private func endsPlainWord(_ period: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        // `dottedGroups(endingAt:)`'s walk to the last group's start, which stops after twenty letters; through a
        // buffer, and ASCII letters told inline: a step a letter of nearly every sentence's last word.
        let floor = max(period - 20, 0)
        let begin = scalars.withUnsafeBufferPointer { text in
            var begin = period
            while begin > floor {
                let scalar = text[begin - 1]
                let value = scalar.value
                // Small ASCII letters, most of a word, by one comparison.
                if value &- 97 >= 26 && (value < 0x80 ? value &- 65 >= 26 : !Self.isWordScalar(scalar)) { break }
                begin -= 1
            }
            return begin
        }
        let letters = period - begin
        guard letters >= 2 && letters < 20 else { return false }
        // A period (`U.S`) or a period and a space (`z. B`) before the word may start another group.
        if begin > 0 {
            let before = scalars[begin - 1]
            if before == "." || (before == " " && begin > 1 && scalars[begin - 2] == ".") { return false }
        }
        let length = letters + 1
        let lastLetter = WordKey.code(of: scalars[period - 1]) ?? 0
        // The key is looked up as written and with its first letter lowered.
        let firstLetter = WordKey.code(of: scalars[begin]) ?? 0
        if length <= longestAbbreviation && (lastLetters[length] >> lastLetter) & 1 != 0,
            (firstLetters[length] >> firstLetter) & 1 != 0
                || (firstLetters[length] >> WordKey.lowercase(firstLetter)) & 1 != 0,
            (edgeLetters[length &* 64 &+ Int(firstLetter)]
                | edgeLetters[length &* 64 &+ Int(WordKey.lowercase(firstLetter))]) >> lastLetter & 1 != 0,
            let key = Self.dottedKey(begin..<period, in: scalars)
        {
            if abbreviationPrefixes.contains(key) || lookUp(key, startingAt: begin, in: scalars) != nil { return false }
            if key.isCapitalised && abbreviationPrefixes.contains(key.lowercased(onlyFirst: true)) { return false }
        }
        // A Roman numeral ends in `I`, `V` or `X`: most words are told none by their last letter, without a slice.
        let last = scalars[period - 1]
        return !((last == "I" || last == "V" || last == "X") && Self.isRomanNumeral(begin..<period, in: scalars))
    }

    /// The key of the letters in `letters` and a period (`key(_:in:)` of one group), read through a buffer: a slice of
    /// the array cost a retain and a generic walk.
    private static func dottedKey(_ letters: Range<Int>, in scalars: [Unicode.Scalar]) -> WordKey? {
        scalars.withUnsafeBufferPointer { text in
            var key = WordKey()
            for index in letters {
                guard key.append(text[index]) else { return nil }
            }
            return key.append(".") ? key : nil
        }
    }

    /// Whether the period at `period` belongs to a known abbreviation (`Dr.`, `z. B.`).
    private func isAbbreviationPeriod(_ period: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        let groups = Self.dottedGroups(endingAt: period, in: scalars)
        return groups.indices.contains { first in
            guard let key = Self.key(groups[first...], in: scalars) else { return false }
            return lookUp(key) != nil
        }
    }

    /// The kind of the abbreviation `key`; `atSentenceStart` also finds `z. T.` spelt `Z. T.`.
    private func lookUp(_ key: WordKey, atSentenceStart: Bool = false) -> AbbreviationKind? {
        if let kind = abbreviations[key] { return kind }
        return atSentenceStart && key.isCapitalised ? abbreviations[key.lowercased(onlyFirst: true)] : nil
    }

    /// `lookUp(key, atSentenceStart:)` for a key starting at `offset`, which is asked whether it starts a sentence
    /// only if the key as written is no abbreviation and is capitalised.
    private func lookUp(
        _ key: WordKey, startingAt offset: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> AbbreviationKind? {
        if let kind = abbreviations[key] { return kind }
        guard key.isCapitalised, Self.startsSentence(offset, in: scalars) else { return nil }
        return abbreviations[key.lowercased(onlyFirst: true)]
    }

    /// Whether `offset` starts a sentence: nothing but white space, or a final stop, before it.
    private static func startsSentence(_ offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = offset - 1
        while index >= 0 && (isSpace(scalars[index]) || isOpening(scalars[index])) { index -= 1 }
        guard index >= 0 else { return true }
        let scalar = scalars[index]
        return scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || isBullet(scalar)
    }

    /// `Wien – Die …`, `Los Angeles/Berlin – …`: a dateline after a headline starts a sentence,
    /// whatever came before.
    private static func startsDateline(at offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var index = offset
        var words = 0
        while index < scalars.count && words < 4 {
            guard scalars[index].isUppercaseQuick else { return false }
            while index < scalars.count && (isWordScalar(scalars[index]) || scalars[index] == "-") {
                index += 1
            }
            words += 1
            guard index + 2 < scalars.count else { return false }
            let dash = scalars[index + 1]
            if scalars[index] == " " && (dash == "–" || dash == "—") && scalars[index + 2] == " " {
                return true
            }
            guard scalars[index] == " " || scalars[index] == "/" else { return false }
            index += 1
        }
        return false
    }

    private func isSentenceOpener(at offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        var start = offset
        while start < scalars.count && (Self.isOpening(scalars[start])) { start += 1 }
        guard let word = Self.word(startingAt: start, in: scalars) else { return false }
        return sentenceOpeners.contains(word)
    }

    /// A personal title abbreviation at `offset` (`Mr.`, `Dr.`).
    private func isTitle(at offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        guard var word = Self.word(startingAt: offset, in: scalars), offset + word.count < scalars.count,
            scalars[offset + word.count] == "."
        else { return false }
        word.append(".")
        return abbreviations[word] == .prefix
    }

    // MARK: - Scalar helpers

    /// The letter groups of a dotted abbreviation ending with the period at `period`, first to last: `z. B.` gives
    /// the ranges of `z` and `B`; `U.S.` of `U` and `S`. At most four groups, spaces only after short groups.
    private static func dottedGroups(endingAt period: CodePointOffset, in scalars: [Unicode.Scalar]) -> FewRanges {
        var groups = FewRanges()
        var end = period
        while groups.count < 4 {
            var begin = end
            while begin > 0 && isWordScalar(scalars[begin - 1]) && end - begin < 20 { begin -= 1 }
            guard begin < end else { break }
            groups.append(begin..<end)
            // Another group before: `U.S` (no space) or `z. B` (one space after a short group).
            if begin >= 2 && scalars[begin - 1] == "." && isWordScalar(scalars[begin - 2]) {
                end = begin - 1
            } else if begin >= 3 && scalars[begin - 1] == " " && scalars[begin - 2] == "."
                && isWordScalar(scalars[begin - 3]) && end - begin <= 3
            {
                let previousEnd = begin - 2
                var previousBegin = previousEnd
                while previousBegin > 0 && isWordScalar(scalars[previousBegin - 1]) { previousBegin -= 1 }
                guard previousEnd - previousBegin <= 3 else { break }
                end = previousEnd
            } else {
                break
            }
        }
        return groups.lastFirst()
    }

    /// Short dotted groups starting at `offset` (`B.` of `z. B.`, `V.` of `e. V.`), each range with its period.
    private static func dottedGroups(startingAt offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> FewRanges {
        var groups = FewRanges()
        var begin = offset
        while groups.count < 3 {
            var end = begin
            while end < scalars.count && isWordScalar(scalars[end]) && end - begin < 5 { end += 1 }
            guard end > begin, end < scalars.count, scalars[end] == "." else { break }
            groups.append(begin..<(end + 1))
            begin = end + 1
            if begin < scalars.count && scalars[begin] == " " { begin += 1 }
        }
        return groups
    }

    /// The length of `key(groups)`, if it has one: each group and its period.
    @inline(__always)
    private static func keyLength(_ groups: Slice<FewRanges>) -> Int {
        var length = 0
        for group in groups { length += group.count + 1 }
        return length
    }

    /// The lookup key of dotted groups: letters, each followed by a period, no spaces (`z.B.`).
    private static func key(_ groups: Slice<FewRanges>, in scalars: [Unicode.Scalar]) -> WordKey? {
        var key = WordKey()
        for group in groups {
            for scalar in scalars[group] {
                guard key.append(scalar) else { return nil }
            }
            guard key.append(".") else { return nil }
        }
        return key
    }

    /// The letters of the word starting at `offset`, if there is a word and it has a key.
    /// Read through a buffer, ASCII letters told inline: the heading rule asks for every word of a heading.
    private static func word(startingAt offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> WordKey? {
        scalars.withUnsafeBufferPointer { text in
            var key = WordKey()
            var end = offset
            while end < text.count {
                let scalar = text[end]
                let value = scalar.value
                guard value < 0x80 ? (value | 0x20) &- 97 < 26 : isWordScalar(scalar) else { break }
                guard key.append(scalar) else { return nil }
                end += 1
            }
            return end > offset ? key : nil
        }
    }

    private static func previousWordIsCapitalised(
        before offset: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> Bool {
        var index = offset - 1
        guard index >= 0, scalars[index] == " " else { return false }
        while index >= 0 && scalars[index] == " " { index -= 1 }
        guard index >= 0 else { return false }
        // `J. R. R. Tolkien`: an initial before an initial.
        if scalars[index] == "." { index -= 1 }
        var begin = index
        while begin > 0 && isWordScalar(scalars[begin - 1]) { begin -= 1 }
        return begin <= index && isWordScalar(scalars[begin]) && scalars[begin].isUppercaseQuick
    }

    private static func isRomanNumeral(_ word: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard word.count <= 5 else { return false }
        return scalars[word].allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }

    /// A run of dots, possibly separated by single spaces, around the period at `offset`.
    private static func ellipsisRun(
        around offset: CodePointOffset, in scalars: [Unicode.Scalar]
    ) -> (begin: Int, end: Int, dots: Int, spaced: Bool) {
        var begin = offset
        var spaced = false
        while true {
            if begin > 0 && scalars[begin - 1] == "." {
                begin -= 1
            } else if begin > 1 && scalars[begin - 1] == " " && scalars[begin - 2] == "." {
                begin -= 2
                spaced = true
            } else {
                break
            }
        }
        var end = offset + 1
        while true {
            if end < scalars.count && scalars[end] == "." {
                end += 1
            } else if end + 1 < scalars.count && scalars[end] == " " && scalars[end + 1] == "." {
                end += 2
                spaced = true
            } else {
                break
            }
        }
        var dots = 0
        for index in begin..<end where scalars[index] == "." { dots += 1 }
        return (begin, end, dots, spaced)
    }

    /// The first letter after `offset`, past spaces and closing marks, if a word follows.
    private static func nextWordStart(after offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Int? {
        var index = offset
        while index < scalars.count && (isSpace(scalars[index]) || isClosing(scalars[index])) { index += 1 }
        return index < scalars.count && scalars[index].isAlphabeticQuick ? index : nil
    }

    private static func startsWebAddress(at offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        func matches(_ prefix: String) -> Bool {
            var index = offset
            for scalar in prefix.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { return false }
                index += 1
            }
            return true
        }
        // Nearly every period is followed by none of these letters: settle those before walking any prefix.
        // (`Grauenhaft. pic.twitter.com/s7vPjItfoE`: an embedded tweet's picture link too.)
        guard offset < scalars.count, scalars[offset] == "w" || scalars[offset] == "h" || scalars[offset] == "p"
        else { return false }
        return matches("www.") || matches("http://") || matches("https://") || matches("pic.twitter.com/")
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWhitespaceQuick
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\u{2029}" || scalar == "\u{2028}" || scalar == "\u{0B}" || scalar == "\u{0C}"
            || scalar == "\u{85}"
    }

    /// Whether a year from 1900 to 2099 ends right before `offset`, alone or closing a date (`2014`, `8.8.2015`).
    private static func endsYear(before offset: CodePointOffset, in scalars: [Unicode.Scalar]) -> Bool {
        guard offset >= 4 else { return false }
        var year = 0
        for position in (offset - 4)..<offset {
            guard let digit = digitValue(scalars[position]) else { return false }
            year = year * 10 + digit
        }
        guard year >= 1900 && year <= 2099 else { return false }
        return offset == 4 || scalars[offset - 5] == " " || scalars[offset - 5] == "."
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 97 && value <= 122
        }
        return scalar == "°" || scalar == "º" || scalar.isAlphabeticQuick
    }

    private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || scalar == ";" || scalar == "…"
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "}", "“", "”", "‘", "’", "«", "»", "‹", "›": return true
        default: return false
        }
    }

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "(", "[", "{", "„", "“", "‚", "‘", "«", "»", "‹", "›": return true
        default: return false
        }
    }

    /// `.` `,` `;` `:` `/` `)` `]` `}` `%` `!` `?`: one bit each of two masks, inline (a call and a chain of
    /// comparisons ran at every sentence end).
    @inline(__always)
    private static func cannotStartSentence(_ scalar: Unicode.Scalar) -> Bool {
        let value = UInt64(scalar.value)
        let below64: UInt64 = 1 << 0x2E | 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x2F | 1 << 0x29 | 1 << 0x25
            | 1 << 0x21 | 1 << 0x3F
        let below128: UInt64 = 1 << (0x5D - 64) | 1 << (0x7D - 64)
        if value < 64 { return (below64 >> value) & 1 != 0 }
        return value < 128 && (below128 >> (value - 64)) & 1 != 0
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "–" || scalar == "—" || scalar == "‐" || scalar == "‑"
    }

    /// Whether a punctuation or symbol token that starts with the code point `value` may tell the walk over the marks
    /// something: stops, brackets, slashes and bullets (all from U+2022 up) may; commas, hyphens, quotes and the like
    /// never do. The tokenizer leaves the ASCII ones that do not out of the marks (`mayBeTellingMark`; more than half
    /// the marks), and the walk passes over the rest.
    @inline(__always)
    static func isTellingMark(_ value: UInt32) -> Bool {
        value < 0x40 ? (asciiTellingMarks >> UInt64(value)) & 1 != 0 : value >= 0x2022
    }

    /// `isTellingMark` below U+0040, true from there on: what the tokenizer tests at every mark, in fewer steps (a
    /// code point from U+003F on reads the bit of `?`, a telling mark).
    @inline(__always)
    static func mayBeTellingMark(_ value: UInt32) -> Bool {
        (asciiTellingMarks >> UInt64(min(value, 0x3F))) & 1 != 0
    }

    /// The ASCII code points that `isTellingMark`, a bit each: `!` `(` `)` `.` `/` `?`.
    private static let asciiTellingMarks: UInt64 = 1 << 0x21 | 1 << 0x28 | 1 << 0x29 | 1 << 0x2E | 1 << 0x2F | 1 << 0x3F

    @inline(__always)
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        // Every bullet is at U+2022 or above: most marks are settled by one comparison, inline.
        scalar.value >= 0x2022 && isBulletBeyondPunctuation(scalar)
    }

    private static func isBulletBeyondPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "•", "⁃", "◦", "▪", "▫", "‣", "●", "■", "□", "►", "▶", "◆", "◇", "✓", "✔", "➢", "➤":
            return true
        default:
            return false
        }
    }
}
