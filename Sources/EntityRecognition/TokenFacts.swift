import NewsGraphCore

/// What the rules need to know about one token, computed once per document.
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

    /// The folded key without the last code point and without the last two, for genitive endings (`Kambodschas`,
    /// `Amtes`): asked only of words that end in `s`, so hashed again on demand, in one pass, rather than stored
    /// for every token.
    func foldedStems(_ scalars: [Unicode.Scalar]) -> (stem1: WordKey, stem2: WordKey) {
        var key = WordKey.Builder()
        var stem2 = key.key
        for offset in span.begin..<max(span.begin, span.end - 1) {
            stem2 = key.key
            key.append(scalars[offset], folded: true)
        }
        return (key.key, stem2)
    }

    static func facts(of document: Document, words: WordLists) -> [TokenFacts] {
        let tokenCount = document.tokens.count
        var out = [TokenFacts](unsafeUninitializedCapacity: tokenCount) { buffer, initialized in
            document.scalars.withUnsafeBufferPointer { scalars in
                document.tokens.withUnsafeBufferPointer { tokens in
                    document.sentences.withUnsafeBufferPointer { sentences in
                        var sentenceIndex = 0
                        for index in 0..<tokens.count {
                            let token = tokens[index]
                            while sentenceIndex < sentences.count
                                && sentences[sentenceIndex].tokenRange.upperBound <= index
                            {
                                sentenceIndex += 1
                            }
                            let first = sentenceIndex < sentences.count
                                && sentences[sentenceIndex].tokenRange.lowerBound == index
                            buffer.initializeElement(
                                at: index,
                                to: Self.fact(of: token, scalars, sentence: sentenceIndex, firstInSentence: first))
                        }
                    }
                }
            }
            initialized = tokenCount
        }
        let scalars = document.scalars
        if out.count > 2 {
            for index in 1..<(out.count - 1) where out[index].kind != .word
                && out[index].span.length == 1 && isHyphen(scalars[out[index].span.begin])
            {
                if out[index - 1].span.end == out[index].span.begin && out[index - 1].kind != .punctuation
                    && out[index + 1].span.begin == out[index].span.end && out[index + 1].kind == .word
                {
                    out[index - 1].hyphenJoinedAfter = true
                    out[index + 1].hyphenJoinedBefore = true
                }
            }
        }
        // Words that may be in a list, by the class filter, are looked up together after
        // (`KeyTable.values(of:absent:)`); the others have no classes. The filter is read in a loop of its own:
        // between one article and the next the other stages push it out of cache, and in the token loop above
        // each of its misses stalled alone, while here they overlap. The words that pass are gathered without a
        // branch per token (`MentionResolver.capitalisedWords()` says why).
        var wordIndices: [Int32] = []
        let wordKeys = [WordKey](unsafeUninitializedCapacity: tokenCount) { keys, keyCount in
            wordIndices = [Int32](unsafeUninitializedCapacity: tokenCount) { indices, indexCount in
                var passing = 0
                out.withUnsafeBufferPointer { facts in
                    words.classFilter.withUnsafeBufferPointer { filter in
                        for index in 0..<facts.count {
                            let key = facts[index].folded
                            let bit = WordLists.filterBit(key)
                            let isWord = facts[index].kind == .word ? 1 : 0
                            let inFilter = filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 ? 1 : 0
                            indices[passing] = Int32(truncatingIfNeeded: index)
                            keys[passing] = key
                            passing += isWord & inFilter
                        }
                    }
                }
                indexCount = passing
            }
            keyCount = wordIndices.count
        }
        let classes = words.classTable.values(of: wordKeys, absent: 0)
        out.withUnsafeMutableBufferPointer { facts in
            for (position, index) in wordIndices.enumerated() {
                facts[Int(index)].classes = UInt16(truncatingIfNeeded: classes[position])
            }
        }
        return out
    }

    /// The facts of one token but its hyphen flags and classes; one pass gives both keys and the letter cases.
    @inline(__always)
    private static func fact(
        of token: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, sentence: Int, firstInSentence: Bool
    ) -> TokenFacts {
        var folded = WordKey.Builder()
        var exact = WordKey.Builder()
        var letters = 0
        var upper = 0
        var innerCaps = false
        var capitalised = false
        let begin = token.span.begin
        for offset in begin..<token.span.end {
            let scalar = scalars[offset]
            let value = scalar.value
            // ASCII, most of German text, without the general folding and letter tests.
            if value < 0x80 {
                let isUpper = value &- 0x41 < 26
                folded.append(value: isUpper ? value | 0x20 : value)
                exact.append(value: value)
                if isUpper {
                    letters += 1
                    upper += 1
                    if offset == begin { capitalised = true } else { innerCaps = true }
                } else if value &- 0x61 < 26 {
                    letters += 1
                }
                continue
            }
            folded.append(scalar, folded: true)
            exact.append(value: value)
            guard ScalarClass.isLetter(scalar) else { continue }
            letters += 1
            if ScalarClass.isUpper(scalar) {
                upper += 1
                if offset == begin { capitalised = true } else { innerCaps = true }
            }
        }
        return TokenFacts(
            span: token.span, kind: token.kind, folded: folded.key, exact: exact.key, capitalised: capitalised, allCaps: letters >= 2 && upper == letters,
            innerCaps: innerCaps, sentence: sentence, firstInSentence: firstInSentence)
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
