import NewsGraphCore

extension NameRules {
    /// `Nord- und Südamerika`, `Ober- und Niederösterreich`: a word cut off by a hyphen, `und` (`oder`, `bis`), a listed
    /// place that completes it name one place together (the guidelines' elliptic coordination), whose span opens at
    /// the cut-off word. Only list matches count as the place: a rule's guess is too weak to stretch.
    func appendEllipticCoordinations(to out: inout [Candidate]) {
        // Read once, not through the global's lazy initialisation check for every place matched.
        let links = NameRules.Literal.ellipsisLinks
        for match in listMatches where match.type == .place && !match.ambiguous {
            let place = match.tokens.lowerBound
            guard place >= 3 else { continue }
            let link = place - 1
            let hyphen = place - 2
            var cut = place - 3
            // `Austria- und Tirol-Trainer` coordinates two compounds, not two halves of one place's name.
            guard !facts[match.tokens.upperBound - 1].hyphenJoinedAfter,
                  links.contains(facts[link].exact), isCutOff(cut, hyphen: hyphen),
                  facts[cut].sentence == facts[place].sentence
            else { continue }
            // `Nord-, Mittel- und Südamerika`: more cut-off words before, each with its comma.
            while cut >= 3, NameRules.Literal.comma.contains(facts[cut - 1].exact),
                  isCutOff(cut - 3, hyphen: cut - 2, spaceAfter: false) {
                cut -= 3
            }
            out.append(Candidate(
                tokens: cut..<match.tokens.upperBound, span: TextSpan(facts[cut].span.begin, match.span.end),
                type: .place, priority: match.priority, rule: .ellipticCoordination))
        }
    }

    /// A capitalised word with a hyphen glued to it, and a space after the hyphen unless a comma follows it:
    /// `Nord- `, `Nord-,`; not `Nord - `.
    private func isCutOff(_ word: Int, hyphen: Int, spaceAfter: Bool = true) -> Bool {
        facts[word].kind == .word && facts[word].capitalised && NameRules.Literal.hyphen.contains(facts[hyphen].exact)
            && facts[hyphen].span.begin == facts[word].span.end
            && (!spaceAfter || facts[hyphen].span.end < facts[hyphen + 1].span.begin)
    }
}
