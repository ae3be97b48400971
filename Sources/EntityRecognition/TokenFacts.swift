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
    /// First letter upper-case.
    let capitalised: Bool
    /// Two or more letters, all upper-case (`UN`, `FBI`).
    let allCaps: Bool
    /// Upper-case letters anywhere after the first (`BfV`, `McDonald`).
    let innerCaps: Bool
    let firstInSentence: Bool
    /// A `-` follows with no space, then a word with no space (`UN`-`Büros`).
    var hyphenJoinedAfter = false
    /// A `-` precedes with no space, after a word with no space.
    var hyphenJoinedBefore = false

    init(
        span: TextSpan, kind: Token.Kind, folded: WordKey, exact: WordKey, capitalised: Bool, allCaps: Bool,
        innerCaps: Bool, sentence: Int, firstInSentence: Bool
    ) {
        self.span = span
        self.kind = kind
        self.folded = folded
        self.exact = exact
        self.capitalised = capitalised
        self.allCaps = allCaps
        self.innerCaps = innerCaps
        sentenceIndex = Int32(truncatingIfNeeded: sentence)
        self.firstInSentence = firstInSentence
    }

    var sentence: Int { Int(sentenceIndex) }

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
    /// a pass over its letters for every capitalised word in `-s` the list matcher walks from.
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

    static func facts(of document: Document, words: WordLists) -> Table {
        let tokenCount = document.tokens.count
        let forms = document.forms
        var out = [TokenFacts](unsafeUninitializedCapacity: tokenCount) { buffer, initialized in
            forms.withUnsafeBufferPointer { forms in
                document.tokens.withUnsafeBufferPointer { tokens in
                    document.sentences.withUnsafeBufferPointer { sentences in
                        // Sentence by sentence: a token belongs to the first sentence not ended before it
                        // (tokens after the last to none, `sentences.count`). Found per sentence, not per token.
                        var index = 0
                        for sentenceIndex in 0...sentences.count {
                            let isSentence = sentenceIndex < sentences.count
                            let end = isSentence
                                ? min(sentences[sentenceIndex].tokenRange.upperBound, tokens.count) : tokens.count
                            let firstIndex = isSentence ? sentences[sentenceIndex].tokenRange.lowerBound : -1
                            while index < end {
                                let form = forms[index]
                                buffer.initializeElement(
                                    at: index,
                                    to: TokenFacts(
                                        span: tokens[index].span, kind: tokens[index].kind,
                                        folded: WordKey(raw: form.folded), exact: WordKey(raw: form.exact),
                                        capitalised: form.isCapitalised, allCaps: form.isAllCaps,
                                        innerCaps: form.hasInnerCaps, sentence: sentenceIndex,
                                        firstInSentence: index == firstIndex))
                                index += 1
                            }
                        }
                    }
                }
            }
            initialized = tokenCount
        }
        // Words that may be in a list, by the class filter, are looked up together after
        // (`KeyTable.forEachValue(of:absent:_:)`); the others have no classes. The filter is read in a loop of its own:
        // between one article and the next the other stages push it out of cache, and in the token loop above
        // each of its misses stalled alone, while here they overlap. The words that pass are gathered without a
        // branch per token: which tokens pass follows no pattern a branch predictor learns, and a scan that tested
        // each was most of the coreference scan once. So are the capitalised words. The hyphen flags are set in the
        // same pass, which reads every fact once instead of twice. Keys and positions live in temporary
        // buffers: an array's allocation looks up its run-time type and cost several hundred instructions.
        var lowercaseNameStarts: [Int32] = []
        var capitalised: [Int32] = []
        withScratch(of: WordKey.self, capacity: tokenCount) { keys in
            withScratch(of: Int32.self, capacity: 3 * tokenCount) { positions in
                let indices = UnsafeMutableBufferPointer(rebasing: positions[..<tokenCount])
                let capitalisedBuffer = UnsafeMutableBufferPointer(rebasing: positions[tokenCount..<(2 * tokenCount)])
                let lowercaseBuffer = UnsafeMutableBufferPointer(rebasing: positions[(2 * tokenCount)...])
                out.withUnsafeMutableBufferPointer { facts in
                    var passing = 0
                    var capitalisedCount = 0
                    words.classFilter.withUnsafeBufferPointer { filter in
                        document.scalars.withUnsafeBufferPointer { scalars in
                            let last = facts.count - 1
                            for index in 0..<facts.count {
                                let fact = facts[index]
                                let key = fact.folded
                                let bit = WordLists.filterBit(key)
                                let isWord = fact.kind == .word ? 1 : 0
                                let inFilter = filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 ? 1 : 0
                                indices[passing] = Int32(truncatingIfNeeded: index)
                                keys[passing] = key
                                passing &+= isWord & inFilter
                                // Words and numbers (`Check24`).
                                let isWordOrNumber = fact.kind.rawValue <= Token.Kind.number.rawValue ? 1 : 0
                                capitalisedBuffer[capitalisedCount] = Int32(truncatingIfNeeded: index)
                                capitalisedCount &+= isWordOrNumber & (fact.capitalised ? 1 : 0)
                                if isWord == 0 && fact.span.length == 1 && index > 0 && index < last
                                    && isHyphen(scalars[fact.span.begin])
                                    && facts[index - 1].span.end == fact.span.begin
                                    && facts[index - 1].kind != .punctuation
                                    && facts[index + 1].span.begin == fact.span.end && facts[index + 1].kind == .word
                                {
                                    facts[index - 1].hyphenJoinedAfter = true
                                    facts[index + 1].hyphenJoinedBefore = true
                                }
                            }
                        }
                    }
                    capitalised = Array(capitalisedBuffer[..<capitalisedCount])
                    var lowercaseCount = 0
                    words.classTable.forEachValue(of: UnsafeBufferPointer(rebasing: keys[..<passing]), absent: 0) {
                        let index = indices[$0]
                        let classes = UInt16(truncatingIfNeeded: $1)
                        facts[Int(index)].classes = classes
                        // Only words pass the filter; a capitalised one is among `capitalised` already.
                        lowercaseBuffer[lowercaseCount] = index
                        lowercaseCount &+= (classes & WordClass.lowercaseNameStart != 0 ? 1 : 0)
                            & (facts[Int(index)].capitalised ? 0 : 1)
                    }
                    if lowercaseCount > 0 { lowercaseNameStarts = Array(lowercaseBuffer[..<lowercaseCount]) }
                }
            }
        }
        return Table(facts: out, capitalised: capitalised, lowercaseNameStarts: lowercaseNameStarts)
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
