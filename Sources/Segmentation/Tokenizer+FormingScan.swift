import NewsGraphCore

/// `Tokenizer`'s rules one code point a step, each token's keys worked out in the same step while its code point is
/// in a register: a flag-table read tells a code point's class, its sentence role and whether it is a Latin-1
/// capital at once, and small ASCII letters, most of a text, need not even that.
///
/// Without combining marks, `_` and code points past the tables (flagged slow), a word is a run of letters and
/// digits and of middle marks with a letter on both sides (or a digit on both sides, by the mark's kind), and every
/// other code point but white space is a token of its own. A token that meets a slow code point (in it, after it,
/// or after a middle mark) is handed whole to the code-point scanner, `scan(_:from:until:tables:into:)`, which
/// applies all the rules. Tokens of Latin-1 with no capital but the first get their forms here
/// (`LatinTokenForm`); the rest from `TokenForm.form(of:in:)`. The marks are listed on the way: the boundary rules
/// walk them alone (`BoundaryRules.sentenceEnds`).
extension Tokenizer {
    /// How many code points the scan checks the sink's room for at once.
    static let roomStretch = 256

    /// Scans the whole text into `sink`, its punctuation and symbol tokens that may tell the boundary rules
    /// something (`BoundaryRules.mayBeTellingMark`; and maybe some other tokens) listed as marks
    /// (`TokenSink.appendMark`), and the offsets, ascending, of the code points a sentence may end after (and more)
    /// into `sentenceCandidates`; false if the sink ran short of room (never with room for a token a code point).
    func formingScan(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, tables: Tables, into sink: inout TokenSink,
        sentenceCandidates: inout [Int]
    ) -> Bool {
        let count = scalars.count
        sentenceCandidates.removeAll(keepingCapacity: true)
        sentenceCandidates.reserveCapacity(count / 16 + 8)
        guard let text = scalars.baseAddress else { return true }
        let flagTable = tables.flags.baseAddress!
        // The index of the flag table's last entry, that of every code point past the others: a constant rather
        // than read off the table, it keeps a register free in the loops, which spilled less at every token.
        assert(tables.flags.count == Tables.size + 1)
        let top = UInt32(Tables.size)
        // The sink in a local while tokens are appended: through `inout` its count went to memory at every token.
        var tokens = sink
        defer { sink = tokens }
        var index = 0
        while index < count {
            // Room is checked a stretch of code points at a time, not at every token: a stretch holds at most as
            // many token starts as code points (and the tokens before `index` at most as many as the code points).
            // The tokens that start in the stretch are scanned in a loop of their own, whose one test is its end.
            let stretchEnd = min(index + Self.roomStretch, count)
            if !tokens.hasRoom(for: stretchEnd - index) { return false }
            while index < stretchEnd {
                let value = text[index].value
                // A small ASCII letter starts most words: no table read for its flags.
                let flag = value &- 0x61 < 26 ? ScanFlags.letter : flagTable[Int(truncatingIfNeeded: min(value, top))]
                // Words first, most tokens (nearly every space is taken after a token, below).
                if flag & (ScanFlags.letter | ScanFlags.digit) != 0 {
                    // Past the space after the word, if the word's scan stopped at one.
                    index = scanWord(
                        scalars, from: index, flag: flag, tables: tables, into: &tokens,
                        sentenceCandidates: &sentenceCandidates)
                    continue
                } else if flag & ScanFlags.space != 0 {
                    if flag & ScanFlags.mayEndSentence != 0 { sentenceCandidates.append(index) }
                    index &+= 1
                    continue
                } else {
                    // A mark is a token of its own, unless a combining mark follows (or it is slow itself).
                    let next =
                        index &+ 1 < count ? flagTable[Int(truncatingIfNeeded: min(text[index &+ 1].value, top))] : 0
                    if (flag | next) & ScanFlags.slow != 0 {
                        // Whatever the code-point scanner makes of it is for the boundary rules to see.
                        let before = tokens.count
                        index = handOver(scalars, at: index, tables: tables, into: &tokens, to: &sentenceCandidates)
                        for made in before..<tokens.count { tokens.appendMark(made) }
                        continue
                    }
                    if flag & ScanFlags.mayEndSentence != 0 { sentenceCandidates.append(index) }
                    tokens.appendMark(tokens.count, if: BoundaryRules.mayBeTellingMark(value))
                    let span = TextSpan(ordered: index, index &+ 1)
                    let form = LatinTokenForm.mark(value) ?? TokenForm.form(of: span, in: scalars)
                    tokens.append(Token(span: span, kind: tables.kinds[Int(truncatingIfNeeded: value)]), form: form)
                    index &+= 1
                }
                // A token is most often followed by one space: it is taken here rather than by another turn of the
                // loop (it is neither in a token nor a place a sentence may end).
                if index < count && text[index].value == 0x20 { index &+= 1 }
            }
        }
        return true
    }

    /// Scans the word that starts at `begin` with a letter or digit (of flags `flag`) into `tokens`, or hands it to
    /// the code-point scanner; returns where it ended, or past the space after it if its scan read that space.
    @inline(__always)
    private func scanWord(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from begin: Int, flag: UInt8, tables: Tables,
        into tokens: inout TokenSink, sentenceCandidates: inout [Int]
    ) -> Int {
        // A scan of its own for each letter case of the first code point, to the token's append: a capital's
        // lower-cased key needs a chain of its own, a small letter's is the key as written, and the case flags
        // are constants (kept at run time, the case took a register the scan lacked).
        flag & ScanFlags.capital != 0
            ? scanWord(
                scalars, from: begin, capitalised: true, tables: tables, into: &tokens,
                sentenceCandidates: &sentenceCandidates)
            : scanWord(
                scalars, from: begin, capitalised: false, tables: tables, into: &tokens,
                sentenceCandidates: &sentenceCandidates)
    }

    /// `scanWord(_:from:flag:tables:into:sentenceCandidates:)` for a first code point that is a capital if
    /// `capitalised`, a constant.
    @inline(__always)
    private func scanWord(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from begin: Int, capitalised: Bool, tables: Tables,
        into tokens: inout TokenSink, sentenceCandidates: inout [Int]
    ) -> Int {
        let (end, exact, folded, all, flagsAfterFirst, spaceAfter) = scanLetters(
            scalars, from: begin, tables: tables, capitalised: capitalised, sentenceCandidates: &sentenceCandidates)
        guard let end else {
            // A slow code point in the word or at its edge: the code-point scanner takes the word whole, and finds
            // its candidates again.
            while let last = sentenceCandidates.last, last >= begin { sentenceCandidates.removeLast() }
            return handOver(scalars, at: begin, tables: tables, into: &tokens, to: &sentenceCandidates)
        }
        let span = TextSpan(ordered: begin, end)
        // ICU's rule status follows the last letter or digit, and a word ends in one.
        let last = scalars[end &- 1].value
        if flagsAfterFirst & ScanFlags.capital == 0,
            let form = LatinTokenForm.word(exact: exact, folded: folded, all: all, capitalised: capitalised)
        {
            // Below U+0100 the only digits are ASCII's: no table read.
            tokens.append(Token(span: span, kind: last &- 0x30 < 10 ? .number : .word), form: form)
            return spaceAfter ? end &+ 1 : end
        }
        let lastFlag = tables.flags[Int(truncatingIfNeeded: min(last, UInt32(Tables.size)))]
        tokens.append(
            Token(span: span, kind: lastFlag & ScanFlags.letter != 0 ? .word : .number),
            form: TokenForm.form(of: span, in: scalars))
        return spaceAfter ? end &+ 1 : end
    }

    /// Scans the word that starts at `begin` with a letter or digit (a capital if `capitalised`): its end, its keys
    /// as written and lower-cased, its code points or-ed together, and the flags after its first code point or-ed
    /// together (small ASCII letters left out: they add nothing); end nil if a slow code point is in it or at its
    /// edge; whether a space ends it (read anyway: the scan of the text need not read it again). Appends the middle
    /// marks a sentence may end after (`8.000`).
    @inline(__always)
    private func scanLetters(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from begin: Int, tables: Tables, capitalised: Bool,
        sentenceCandidates: inout [Int]
    ) -> (end: Int?, exact: UInt64, folded: UInt64, all: UInt32, flagsAfterFirst: UInt8, spaceAfter: Bool) {
        let text = scalars.baseAddress!
        let count = scalars.count
        let flags = tables.flags.baseAddress!
        // A constant, as in `formingScan`.
        let top = UInt32(Tables.size)
        let first = text[begin].value
        var all = first
        var exact = LatinTokenForm.firstKey(first)
        // A Latin-1 capital's lower case is it plus 0x20 (`TokenForm.fold`).
        var folded = LatinTokenForm.firstKey(capitalised ? first &+ 0x20 : first)
        var seen: UInt8 = 0
        var index = begin &+ 1
        while index < count {
            let value = text[index].value
            // A small ASCII letter, most of a text: no table read, and nothing to or in.
            if value &- 0x61 < 26 {
                exact = LatinTokenForm.key(exact, adding: value)
                if capitalised { folded = LatinTokenForm.key(folded, adding: value) }
                index &+= 1
                continue
            }
            // A space ends most words: no table read for it (its flags say white space, nothing else).
            if value == 0x20 { return (index, exact, capitalised ? folded : exact, all, seen, true) }
            let flag = flags[Int(truncatingIfNeeded: min(value, top))]
            if flag & (ScanFlags.letter | ScanFlags.digit) == 0 {
                // A middle mark joins a letter before and after it (`U.S`), or a digit before and after it (`8.000`).
                guard flag & (ScanFlags.joinsLetters | ScanFlags.joinsDigits) != 0 else {
                    let end = flag & ScanFlags.slow == 0 ? index : nil
                    return (end, exact, capitalised ? folded : exact, all, seen, false)
                }
                // A space after it, most often (`Wien, `, `Jahr. `), or the text's end: it joins nothing.
                let afterValue = index &+ 1 < count ? text[index &+ 1].value : 0x20
                if afterValue == 0x20 { return (index, exact, capitalised ? folded : exact, all, seen, false) }
                let after = flags[Int(truncatingIfNeeded: min(afterValue, top))]
                // A combining mark after the middle mark may hide a letter after it.
                guard after & ScanFlags.slow == 0 else { return (nil, exact, exact, all, seen, false) }
                // The code point before is the word's: a letter or a digit.
                let before = flags[Int(truncatingIfNeeded: min(text[index &- 1].value, top))]
                let joinsLetters = flag & ScanFlags.joinsLetters != 0 && before & after & ScanFlags.letter != 0
                let joinsDigits = flag & ScanFlags.joinsDigits != 0 && before & after & ScanFlags.digit != 0
                guard joinsLetters || joinsDigits else {
                    return (index, exact, capitalised ? folded : exact, all, seen, false)
                }
                if flag & ScanFlags.mayEndSentence != 0 { sentenceCandidates.append(index) }
            }
            all |= value
            seen |= flag
            exact = LatinTokenForm.key(exact, adding: value)
            if capitalised { folded = LatinTokenForm.key(folded, adding: value) }
            index &+= 1
        }
        return (index, exact, capitalised ? folded : exact, all, seen, false)
    }

    /// The code-point scanner takes the token that starts at `start`: returns where it ends, with the sentence
    /// candidates in it appended.
    private func handOver(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, tables: Tables, into tokens: inout TokenSink,
        to sentenceCandidates: inout [Int]
    ) -> Int {
        let stop = scan(scalars, from: start, until: start + 1, tables: tables, into: &tokens)
        SentenceCandidates.appendCandidates(in: start..<stop, of: scalars, to: &sentenceCandidates)
        return stop
    }
}
