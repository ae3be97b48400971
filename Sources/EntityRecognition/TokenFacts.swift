import NewsGraphCore

/// What the rules need to know about one token, computed once per document: keys and letter case from the
/// document's token forms (`Document.tokenForms`), the rest here.
///
/// Kept to 48 bytes, fields ordered so that none needs padding: rules and resolver scan the array many times,
/// and at twice the size those scans were mostly memory traffic.
struct TokenFacts {
    let span: TextSpan
    let folded: WordKey
    let exact: WordKey
    private let sentenceIndex: Int32
    /// `WordClass` bits: which small word lists hold the token. All tokens are looked up in one tight loop,
    /// where the table's cache misses overlap, instead of one rule at a time.
    var classes: UInt16 = 0
    let kind: Token.Kind
    /// The token form's flags (`TokenForm.Flag`), kept whole: the three letter-case bits read below were unpacked
    /// into a field each for every token of every article, while a read of a bit costs what a read of a field does.
    private let formFlags: UInt8
    /// `Mark` bits: the token's place in its sentence and the hyphens joining it, in one byte written once with the
    /// token's other facts, where three fields each took a store for every token.
    private var marks: UInt8

    /// The bits of `marks`.
    enum Mark {
        static let firstInSentence: UInt8 = 1
        static let hyphenJoinedAfter: UInt8 = 2
        static let hyphenJoinedBefore: UInt8 = 4
    }

    init(
        span: TextSpan, kind: Token.Kind, folded: WordKey, exact: WordKey, formFlags: UInt8, sentence: Int,
        marks: UInt8
    ) {
        self.span = span
        self.kind = kind
        self.folded = folded
        self.exact = exact
        self.formFlags = formFlags
        sentenceIndex = Int32(truncatingIfNeeded: sentence)
        self.marks = marks
    }

    @inline(__always)
    var firstInSentence: Bool { marks & Mark.firstInSentence != 0 }
    /// A `-` follows with no space, then a word with no space (`UN`-`Büros`).
    @inline(__always)
    var hyphenJoinedAfter: Bool { marks & Mark.hyphenJoinedAfter != 0 }
    /// A `-` precedes with no space, after a word with no space.
    @inline(__always)
    var hyphenJoinedBefore: Bool { marks & Mark.hyphenJoinedBefore != 0 }

    var sentence: Int { Int(sentenceIndex) }

    /// First letter upper-case.
    @inline(__always)
    var capitalised: Bool { formFlags & TokenForm.Flag.capitalised != 0 }
    /// Two or more letters, all upper-case (`UN`, `FBI`).
    @inline(__always)
    var allCaps: Bool { formFlags & TokenForm.Flag.allCaps != 0 }
    /// Upper-case letters anywhere after the first (`BfV`, `McDonald`).
    @inline(__always)
    var innerCaps: Bool { formFlags & TokenForm.Flag.innerCaps != 0 }

    /// Whether the token ends in a declension ending (`-e`, `-en`, `-er`, `-es`, `-em`), as adjectives and articles
    /// do, with at least `minimum` code points.
    @inline(__always)
    func endsInDeclension<Scalars: RandomAccessCollection>(_ scalars: Scalars, minimum: Int) -> Bool
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        guard span.length >= minimum, span.length >= 1 else { return false }
        let last = scalars[span.end - 1]
        return last == "e" || (last == "n" || last == "r" || last == "s" || last == "m")
            && span.length >= 2 && scalars[span.end - 2] == "e"
    }

    /// The folded key without the last code point and without the last two, for genitive endings (`Kambodschas`,
    /// `Amtes`): the folded key's last steps undone (`WordKey.dropping(last:)`), where hashing the word again cost
    /// a pass over its letters for every capitalised word in `-s` the list matcher walks from. Inlined: a call cost
    /// as much as the two steps.
    @inline(__always)
    func foldedStems(_ scalars: [Unicode.Scalar]) -> (stem1: WordKey, stem2: WordKey) {
        // Up to one code point, both stems are the empty key, as a word's key made without its last two would be.
        guard span.length >= 2 else { return (WordKey.Builder().key, WordKey.Builder().key) }
        let stem1 = folded.dropping(last: WordKey.fold(scalars[span.end - 1]))
        return (stem1, stem1.dropping(last: WordKey.fold(scalars[span.end - 2])))
    }

    /// Every token's facts, with the positions the list matcher and the coreference scan start from.
    struct Table {
        let facts: [TokenFacts]
        /// Capitalised words and numbers (`Check24`), in order: gathered in the pass that sets the hyphen flags,
        /// where a pass of the matcher and one of the coreference scan each read every token's facts again.
        let capitalised: [Int32]
        /// Lower-case words that start a listed name (`dpa`, `al-Kaida`), in order; few articles have any.
        let lowercaseNameStarts: [Int32]
    }

    /// Every token's facts, in arrays of their own.
    static func facts(of document: Document, words: WordLists) -> Table {
        facts(of: document, classFilter: words.classFilter, classTable: words.classTable, keeping: CandidateArrays())
    }

    /// The table, in the facts and capitalised positions `arrays` kept from the thread's article before (the caller
    /// hands them back after): made anew for every article, each array cost an allocation and its release. The
    /// word lists' class filter and table (`WordLists.classFilter`, `classTable`), not the lists: the stage's copy
    /// of them, some 1,100 bytes, was copied for every call.
    static func facts(
        of document: Document, classFilter: [UInt64], classTable: KeyTable, keeping arrays: CandidateArrays
    ) -> Table {
        let tokenCount = document.tokens.count
        let forms = document.forms
        var lowercaseNameStarts: [Int32] = []
        var capitalised = KeptArray.take(&arrays.capitalised)
        var out = KeptArray.take(&arrays.facts)
        // Keys and positions live in temporary memory: an array's allocation looks up its run-time type and cost
        // several hundred instructions. One block holds both, keys first: most articles need more than fits on the
        // stack, and each block taken from `malloc` cost some seven hundred instructions.
        return withScratch(of: WordKey.self, capacity: 2 * tokenCount) { block in
            let keys = UnsafeMutableBufferPointer(rebasing: block[..<tokenCount])
            let positions = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: block[tokenCount...]))
                .bindMemory(to: Int32.self)
            let indices = UnsafeMutableBufferPointer(rebasing: positions[..<tokenCount])
            let lowercaseBuffer = UnsafeMutableBufferPointer(rebasing: positions[tokenCount...])
            out.refill(capacity: tokenCount) { buffer in
                capitalised.refill(capacity: tokenCount) { capitalisedBuffer in
                    forms.withUnsafeBufferPointer { forms in
                        document.tokens.withUnsafeBufferPointer { tokens in
                            document.sentences.withUnsafeBufferPointer { sentences in
                                document.scalars.withUnsafeBufferPointer { scalars in
                                    initialize(
                                        buffer, forms: forms, tokens: tokens, sentences: sentences, scalars: scalars,
                                        capitalised: capitalisedBuffer)
                                }
                            }
                        }
                    }
                }
                return tokenCount
            }
            // Words that may be in a list, by the class filter, are looked up together after
            // (`KeyTable.forEachValue(of:absent:_:)`); the others have no classes. The filter is read in a loop
            // of its own: between one article and the next the other stages push it out of cache, and in the
            // token loop each of its misses stalled alone, while here they overlap. The words that pass are
            // gathered without a branch per token: which tokens pass follows no pattern a branch predictor
            // learns, and a scan that tested each was most of the coreference scan once.
            out.withUnsafeMutableBufferPointer { facts in
                var passing = 0
                classFilter.withUnsafeBufferPointer { filter in
                    for index in 0..<facts.count {
                        let key = facts[index].folded
                        let bit = WordLists.filterBit(key)
                        let isWord = facts[index].kind == .word ? 1 : 0
                        let inFilter = filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 ? 1 : 0
                        indices[passing] = Int32(truncatingIfNeeded: index)
                        keys[passing] = key
                        passing &+= isWord & inFilter
                    }
                }
                var lowercaseCount = 0
                classTable.forEachValue(of: UnsafeBufferPointer(rebasing: keys[..<passing]), absent: 0) {
                    let index = indices[$0]
                    let classes = UInt16(truncatingIfNeeded: $1)
                    facts[Int(index)].classes = classes
                    // Only words pass the filter; a capitalised one is among `capitalised` already.
                    // (With a branch: few words have the class, so the branch is all but always predicted, where
                    // gathering them without one cost every word the filter passes a store and five instructions.)
                    if classes & WordClass.lowercaseNameStart != 0 && !facts[Int(index)].capitalised {
                        lowercaseBuffer[lowercaseCount] = index
                        lowercaseCount &+= 1
                    }
                }
                if lowercaseCount > 0 { lowercaseNameStarts = Array(lowercaseBuffer[..<lowercaseCount]) }
            }
            return Table(facts: out, capitalised: capitalised, lowercaseNameStarts: lowercaseNameStarts)
        }
    }

    /// Every token's facts but its classes, into `buffer`, in one pass over the tokens: the capitalised words and
    /// numbers (`Check24`) are gathered into `capitalised`, their count returned, and the hyphen flags set on the
    /// way, where a second pass read every fact again.
    private static func initialize(
        _ buffer: UnsafeMutableBufferPointer<TokenFacts>, forms: UnsafeBufferPointer<TokenForm>,
        tokens: UnsafeBufferPointer<Token>, sentences: UnsafeBufferPointer<Sentence>,
        scalars: UnsafeBufferPointer<Unicode.Scalar>, capitalised: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        let last = tokens.count - 1
        var capitalisedCount = 0
        // A hyphen joining the token before to this one, found at the hyphen.
        var joinedBefore = false
        // Sentence by sentence: a token belongs to the first sentence not ended before it (tokens after the last to
        // none, `sentences.count`). Found per sentence, not per token.
        var index = 0
        for sentenceIndex in 0...sentences.count {
            let isSentence = sentenceIndex < sentences.count
            let end = isSentence ? min(sentences[sentenceIndex].tokenRange.upperBound, tokens.count) : tokens.count
            let firstIndex = isSentence ? sentences[sentenceIndex].tokenRange.lowerBound : -1
            while index < end {
                let form = forms[index]
                let token = tokens[index]
                buffer.initializeElement(
                    at: index,
                    to: TokenFacts(
                        span: token.span, kind: token.kind, folded: WordKey(raw: form.folded),
                        exact: WordKey(raw: form.exact), formFlags: form.flags, sentence: sentenceIndex,
                        marks: (index == firstIndex ? Mark.firstInSentence : 0)
                            | (joinedBefore ? Mark.hyphenJoinedBefore : 0)))
                joinedBefore = false
                // Gathered without a branch per token, as the class filter's words are.
                let isWordOrNumber = token.kind.rawValue <= Token.Kind.number.rawValue ? 1 : 0
                capitalised[capitalisedCount] = Int32(truncatingIfNeeded: index)
                capitalisedCount &+= isWordOrNumber & (form.isCapitalised ? 1 : 0)
                if token.kind != .word && token.span.length == 1 && index > 0 && index < last
                    && isHyphen(scalars[token.span.begin])
                    && tokens[index - 1].span.end == token.span.begin && tokens[index - 1].kind != .punctuation
                    && tokens[index + 1].span.begin == token.span.end && tokens[index + 1].kind == .word
                {
                    buffer[index - 1].marks |= Mark.hyphenJoinedAfter
                    joinedBefore = true
                }
                index += 1
            }
        }
        return capitalisedCount
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
