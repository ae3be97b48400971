import NewsGraphCore

/// What the rules need to know about one token, computed once per document.
struct TokenFacts {
    let span: TextSpan
    let kind: Token.Kind
    let folded: WordKey
    let exact: WordKey
    /// Folded keys without the last one and two code points, for genitive endings (`Kambodschas`, `Amtes`).
    let foldedStem1: WordKey
    let foldedStem2: WordKey
    /// First letter upper-case.
    let capitalised: Bool
    /// Two or more letters, all upper-case (`UN`, `FBI`).
    let allCaps: Bool
    /// Upper-case letters anywhere after the first (`BfV`, `McDonald`).
    let innerCaps: Bool
    let sentence: Int
    let firstInSentence: Bool
    /// `WordClass` bits: which small word lists hold the token. All tokens are looked up in one tight loop,
    /// where the table's cache misses overlap, instead of one rule at a time.
    var classes: UInt16 = 0
    /// A `-` follows with no space, then a word with no space (`UN`-`Büros`).
    var hyphenJoinedAfter = false
    /// A `-` precedes with no space, after a word with no space.
    var hyphenJoinedBefore = false

    static func facts(of document: Document, words: WordLists) -> [TokenFacts] {
        var out: [TokenFacts] = []
        out.reserveCapacity(document.tokens.count)
        var sentenceIndex = 0
        let scalars = document.scalars
        for (index, token) in document.tokens.enumerated() {
            while sentenceIndex < document.sentences.count
                && document.sentences[sentenceIndex].tokenRange.upperBound <= index
            {
                sentenceIndex += 1
            }
            let first = sentenceIndex < document.sentences.count
                && document.sentences[sentenceIndex].tokenRange.lowerBound == index
            // One pass: both keys and the letter-case counts.
            var folded = WordKey.Builder()
            var exact = WordKey.Builder()
            var letters = 0
            var upper = 0
            var innerCaps = false
            var capitalised = false
            var stem1 = folded.key
            var stem2 = stem1
            for offset in token.span.begin..<token.span.end {
                let scalar = scalars[offset]
                stem2 = stem1
                stem1 = folded.key
                folded.append(scalar, folded: true)
                exact.append(scalar, folded: false)
                guard ScalarClass.isLetter(scalar) else { continue }
                letters += 1
                if ScalarClass.isUpper(scalar) {
                    upper += 1
                    if offset == token.span.begin { capitalised = true } else { innerCaps = true }
                }
            }
            out.append(TokenFacts(
                span: token.span, kind: token.kind, folded: folded.key, exact: exact.key, foldedStem1: stem1,
                foldedStem2: stem2,
                capitalised: capitalised, allCaps: letters >= 2 && upper == letters, innerCaps: innerCaps,
                sentence: sentenceIndex, firstInSentence: first))
        }
        for index in out.indices.dropFirst().dropLast() where out[index].kind != .word
            && out[index].span.length == 1 && isHyphen(scalars[out[index].span.begin])
        {
            if out[index - 1].span.end == out[index].span.begin && out[index - 1].kind != .punctuation
                && out[index + 1].span.begin == out[index].span.end && out[index + 1].kind == .word
            {
                out[index - 1].hyphenJoinedAfter = true
                out[index + 1].hyphenJoinedBefore = true
            }
        }
        let wordIndices = out.indices.filter { out[$0].kind == .word }
        let classes = words.classes(of: wordIndices.map { out[$0].folded })
        for (index, bits) in zip(wordIndices, classes) { out[index].classes = bits }
        return out
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
