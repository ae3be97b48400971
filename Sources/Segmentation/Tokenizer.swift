import NewsGraphCore

/// Words, numbers and punctuation marks, white space left out: the word boundaries of Unicode's UAX #29 as
/// ICU's word break iterator draws them for Latin-script text, scanned directly over code points.
///
/// ICU's word iterator runs at about 70 MB/s here, too slow for the segmentation budget, so the rules that
/// matter for European text are applied by hand: letters and digits join (`Jahr10`), `.` `’` `'` `·` join
/// letters (`U.S.A`, `don't`), `.` `,` `;` `’` `'` join digits (`8.000`, `3,50`), `_` joins both, combining marks
/// and format characters (soft hyphen) stay with what they follow; every other code point is a token of its
/// own (`UN-Büros` = `UN`, `-`, `Büros`). `formingScan` applies the same rules with a table read a code point, and
/// works out the tokens' forms on the way, wherever no combining mark or `_` is near; this scanner takes the rest.
/// `icuTokens(of:)` keeps the ICU path, and the tests hold all three equal.
struct Tokenizer: Sendable {
    enum WordClass {
        case letter, numeric, midLetter, midNumLet, midNum, extendNumLet, extend, space, other
    }

    func tokens(of document: Document) -> [Token] {
        var candidates: [Int] = []
        return tokens(of: document, sentenceCandidates: &candidates)
    }

    func tokens(of document: Document, sentenceCandidates: inout [Int]) -> [Token] {
        var marks: [Int] = []
        return tokensAndForms(of: document, sentenceCandidates: &sentenceCandidates, markTokens: &marks).tokens
    }

    /// The tokens, their forms (`Document.tokenForms`), in `sentenceCandidates` the offsets, ascending, of every
    /// code point after which ICU may find a sentence end, and more, and in `markTokens` the indices, ascending, of
    /// the punctuation and symbol tokens that may tell `BoundaryRules.sentenceEnds` something (`isTellingMark`),
    /// and maybe of some other tokens: the scan finds both in passing.
    func tokensAndForms(
        of document: Document, sentenceCandidates: inout [Int], markTokens: inout [Int]
    ) -> (tokens: [Token], forms: [TokenForm]) {
        document.scalars.withUnsafeBufferPointer { scalars in
            Tables.withTables {
                tokens(of: scalars, tables: $0, sentenceCandidates: &sentenceCandidates, markTokens: &markTokens)
            }
        }
    }

    /// The same tokens and forms from the code-point scanner alone, without `formingScan`: what the tests hold it
    /// to.
    func codePointTokensAndForms(of document: Document) -> (tokens: [Token], forms: [TokenForm]) {
        document.scalars.withUnsafeBufferPointer { scalars in
            Tables.withTables { tables in
                var marks: [Int] = []
                return Self.filling(capacity: scalars.count, marks: &marks) { sink in
                    _ = scan(scalars, from: 0, until: scalars.count, tables: tables, into: &sink)
                }
            }
        }
    }

    func codePointTokens(of document: Document) -> [Token] {
        codePointTokensAndForms(of: document).tokens
    }

    /// Tokens, forms and mark indices, three arrays of `capacity`, as many as `fill` appends to the sink over their
    /// storage. The marks are refilled into `marks` (`Array.refill`): a splitter keeps that array from one article
    /// to the next.
    private static func filling(
        capacity: Int, marks: inout [Int], _ fill: (inout TokenSink) -> Void
    ) -> (tokens: [Token], forms: [TokenForm]) {
        var forms: [TokenForm] = []
        var count = 0
        let tokens = [Token](fillingCapacity: capacity) { tokenStorage in
            forms = [TokenForm](fillingCapacity: capacity) { formStorage in
                marks.refill(capacity: capacity) { markStorage in
                    var sink = TokenSink(tokenStorage, formStorage, marks: markStorage)
                    fill(&sink)
                    count = sink.count
                    return sink.markCount
                }
                return count
            }
            return count
        }
        return (tokens, forms)
    }

    /// Word classes and token kinds of the code points below U+2070 (Latin, Greek, Cyrillic, general
    /// punctuation), read from tables built once: `„`, `–` and `’` would otherwise ask the Unicode tables.
    struct Tables {
        static let size = 0x2070
        static let classes: [WordClass] = (0..<UInt32(size)).map { rareWordClass(of: Unicode.Scalar($0)!) }
        /// A letter is a word whatever else it is: its kind is known without asking the property tables again
        /// (thousands of code points, a quarter of the tables' making).
        static let kinds: [Token.Kind] = (0..<UInt32(size)).map {
            classes[Int($0)] == .letter && $0 >= 128 ? .word : Tokenizer.kind(of: Unicode.Scalar($0)!)
        }

        /// `ScanFlags` of the same code points, plus one entry (slow) for every code point above them.
        static let flags: [UInt8] =
            classes.indices.map {
                ScanFlags.of(classes[$0]) | ScanFlags.capital(UInt32($0))
                    | (SentenceCandidates.mayEndSentence(after: UInt32($0)) ? ScanFlags.mayEndSentence : 0)
            } + [ScanFlags.slow]

        /// Builds the three tables (and the sentence-class table the flags read) at once: made lazily, they cost
        /// the first document about 8M instructions, as much as segmenting fifty articles.
        static func prepare() {
            _ = Self.kinds.count
            _ = Self.flags.count
        }

        let classes: UnsafeBufferPointer<WordClass>
        let kinds: UnsafeBufferPointer<Token.Kind>
        let flags: UnsafeBufferPointer<UInt8>

        /// Calls `body` with the three tables as buffers, read without bounds checks for the call's length.
        static func withTables<Result>(_ body: (Tables) -> Result) -> Result {
            Self.classes.withUnsafeBufferPointer { classes in
                Self.kinds.withUnsafeBufferPointer { kinds in
                    Self.flags.withUnsafeBufferPointer { flags in
                        body(Tables(classes: classes, kinds: kinds, flags: flags))
                    }
                }
            }
        }

        @inline(__always)
        func wordClass(of scalar: Unicode.Scalar) -> WordClass {
            let value = Int(scalar.value)
            return value < Self.size ? classes[value] : Tokenizer.rareWordClass(of: scalar)
        }

        @inline(__always)
        func kind(of scalar: Unicode.Scalar) -> Token.Kind {
            let value = Int(scalar.value)
            return value < Self.size ? kinds[value] : Tokenizer.kind(of: scalar)
        }
    }

    private func tokens(
        of scalars: UnsafeBufferPointer<Unicode.Scalar>, tables: Tables, sentenceCandidates: inout [Int],
        markTokens marks: inout [Int]
    ) -> (tokens: [Token], forms: [TokenForm]) {
        let count = scalars.count
        // German news runs about six code points a token: room for one in three, and for a whole stretch more (the
        // scan checks room a stretch at a time, so a short text, with less room than a stretch, was scanned twice).
        // A text with more tokens than that is scanned again with room for one token a code point, as many as
        // there can be.
        var complete = false
        var filled = Self.filling(capacity: count / 3 + Self.roomStretch + 8, marks: &marks) { sink in
            complete = formingScan(scalars, tables: tables, into: &sink, sentenceCandidates: &sentenceCandidates)
        }
        if !complete {
            filled = Self.filling(capacity: count + 1, marks: &marks) { sink in
                _ = formingScan(scalars, tables: tables, into: &sink, sentenceCandidates: &sentenceCandidates)
            }
        }
        return filled
    }

    /// Scans code point by code point from `start` (a token start or white space) until a token ends at or past
    /// `limit`; returns where it stopped: the general rules, for what `formingScan` hands over.
    func scan(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, until limit: Int, tables: Tables,
        into tokens: inout TokenSink
    ) -> Int {
        let count = scalars.count
        var index = start
        while index < limit {
            let begin = index
            let first = tables.wordClass(of: scalars[index])
            index += 1
            // If-chains rather than switches: a switch over the classes compiles to a jump table, whose
            // indirect jumps mispredict at every letter.
            if first == .space { continue }
            if first == .letter || first == .numeric || first == .extendNumLet {
                var last = first
                // ICU's rule status follows the last letter or digit: `A1` is a number, `10g` a word.
                var endsInLetter = first != .numeric
                while index < count {
                    // Runs of ASCII letters, most of a text, in a loop that keeps nothing but the index.
                    if Self.isASCIILetter(scalars[index]) {
                        index += 1
                        while index < count && Self.isASCIILetter(scalars[index]) { index += 1 }
                        last = .letter
                        endsInLetter = true
                        continue
                    }
                    let current = tables.wordClass(of: scalars[index])
                    // `last` is always a letter, a digit or `_`, which letters and digits join.
                    if current == .letter || current == .numeric {
                        endsInLetter = current == .letter
                        last = current
                        index += 1
                        continue
                    }
                    if current == .extendNumLet {
                        last = current
                        index += 1
                        continue
                    }
                    if current == .extend {
                        index += 1
                        continue
                    }
                    if current == .midLetter || current == .midNumLet || current == .midNum {
                        // `U.S`, `don't`: a middle mark joins only between two letters, or two digits.
                        let after = Self.classAfterExtends(from: index + 1, in: scalars, tables: tables)
                        let joinsLetters = last == .letter && after == .letter && current != .midNum
                        let joinsDigits = last == .numeric && after == .numeric && current != .midLetter
                        if joinsLetters || joinsDigits {
                            index += 1
                            while index < count && tables.wordClass(of: scalars[index]) == .extend { index += 1 }
                            continue
                        }
                    }
                    break
                }
                let span = TextSpan(begin, index)
                tokens.append(
                    Token(span: span, kind: endsInLetter ? .word : .number),
                    form: TokenForm.form(of: span, in: scalars))
            } else {
                // A flag is a pair of regional indicators.
                let first = scalars[begin]
                if Self.isRegionalIndicator(first) && index < count && Self.isRegionalIndicator(scalars[index]) {
                    index += 1
                }
                while index < count && tables.wordClass(of: scalars[index]) == .extend {
                    index += 1
                    // `👨‍👩‍👧`: a zero-width joiner glues the next pictograph on.
                    if scalars[index - 1] == "\u{200D}" && index < count && Self.isEmoji(scalars[index]) {
                        index += 1
                    }
                }
                let span = TextSpan(begin, index)
                tokens.append(
                    Token(span: span, kind: tables.kind(of: scalars[begin])),
                    form: TokenForm.form(of: span, in: scalars))
            }
        }
        return index
    }

    /// The class of the first code point at or after `offset` that is not a combining mark.
    private static func classAfterExtends(
        from offset: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, tables: Tables
    ) -> WordClass {
        var index = offset
        while index < scalars.count {
            let found = tables.wordClass(of: scalars[index])
            if found != .extend { return found }
            index += 1
        }
        return .other
    }

    /// Out of line, never inlined, as the property reads below: a property read anywhere in a function made it
    /// fetch the properties' type metadata and size a stack slot at every call.
    @inline(never)
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmoji
    }

    @inline(never)
    private static func rareWordClass(of scalar: Unicode.Scalar) -> WordClass {
        let value = scalar.value
        if value < 0xC0 {
            switch value {
            case 97...122, 65...90, 0xAA, 0xB5, 0xBA, 64: return .letter  // ICU counts `@` as a letter (handles)
            case 48...57: return .numeric
            case 46, 39: return .midNumLet
            case 44, 59: return .midNum
            case 95: return .extendNumLet
            case 32, 9...13, 0x85, 0xA0: return .space
            case 0xAD: return .extend
            case 0xB7: return .midLetter
            default: return .other
            }
        }
        if value < 0x2B0 { return value == 0xD7 || value == 0xF7 ? .other : .letter }
        switch value {
        case 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: return .midNumLet
        case 0x2027, 0x0387, 0xFE13, 0x05F4, 0x055F: return .midLetter
        case 0x037E, 0x0589, 0x060C, 0x060D, 0x066C, 0x07F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B:
            return .midNum
        case 0x202F, 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D...0xFE4F, 0xFF3F: return .extendNumLet
        case 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000, 0x2028, 0x2029: return .space
        case 0x200D, 0x1F3FB...0x1F3FF: return .extend
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .extend
        case .decimalNumber: return .numeric
        // Letters and letter numbers are alphabetic by definition (Alphabetic is L, Nl and Other_Alphabetic): the
        // second table walk is left to the rest. The class table asks this for thousands of code points at set-up.
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber:
            return .letter
        default: return properties.isAlphabetic ? .letter : properties.isWhitespace ? .space : .other
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value | 0x20) &- 97 < 26
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
    }

    @inline(never)
    private static func kind(of scalar: Unicode.Scalar) -> Token.Kind {
        let value = scalar.value
        if value < 128 {
            switch value {
            case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return .punctuation
            default: return .symbol
            }
        }
        if scalar.isAlphabeticQuick { return .word }
        return scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
    }

    /// The same tokens from ICU's word break iterator: the reference the scanner is tested against.
    func icuTokens(of document: Document, locale: String) throws -> [Token] {
        let scalars = document.scalars
        var tokens: [Token] = []
        try ICUBreaker(kind: .word, locale: locale).forEachSegment(of: UTF16Text(document), name: document.name) {
            span, status in
            let kind: Token.Kind
            switch status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
                if scalars[span.begin..<span.end].allSatisfy(BoundaryRules.isSpace) { return }
                kind = Self.kind(of: scalars[span.begin])
            }
            tokens.append(Token(span: span, kind: kind))
        }
        return tokens
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
