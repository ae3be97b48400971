import NewsGraphCore

/// What the rules need to know about one token, computed once per document.
struct TokenFacts {
    let span: TextSpan
    let kind: Token.Kind
    let folded: WordKey
    let exact: WordKey
    /// First letter upper-case.
    let capitalised: Bool
    /// Two or more letters, all upper-case (`UN`, `FBI`).
    let allCaps: Bool
    /// Upper-case letters anywhere after the first (`BfV`, `McDonald`).
    let innerCaps: Bool
    let sentence: Int
    let firstInSentence: Bool
    /// A `-` follows with no space, then a word with no space (`UN`-`Büros`).
    var hyphenJoinedAfter = false
    /// A `-` precedes with no space, after a word with no space.
    var hyphenJoinedBefore = false

    static func facts(of document: Document) -> [TokenFacts] {
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
            let range = token.span.begin..<token.span.end
            var letters = 0
            var upper = 0
            var innerCaps = false
            var capitalised = false
            for (offset, scalar) in scalars[range].enumerated() where ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUpper(scalar) {
                    upper += 1
                    if offset == 0 { capitalised = true } else { innerCaps = true }
                }
            }
            out.append(TokenFacts(
                span: token.span, kind: token.kind,
                folded: WordKey(scalars[range], folded: true), exact: WordKey(scalars[range], folded: false),
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
        return out
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
