extension QuantityExtractor {
    /// The words after an article, besides the multipliers, that may make it a number (`bis`, `eine halbe
    /// Million`) or open a date with it (`DateRecognizer.periodOffset`: `einen Monat später`).
    static let articleNeighbours = ["bis", "halbe", "halben", "halbes", "Jahr", "Monat", "Woche", "Tag", "Stunde"]

    /// Whether the article form at `index` (`ein`, `einem`, an `Opening.article`) opens neither a date nor a
    /// quantity, told by one look at its neighbours: these are the commonest candidates (some 14,000 a pass over
    /// 10kGNAD), and the two rules, asked one after the other, spent some 240 instructions on each to say nil.
    /// `QuantityRecognizer.match` says nil for an article short enough, followed by no multiplier, `bis` or
    /// `halbe`/`halben`/`halbes` and after no word ending a modifier (`articleWithoutNumber`). `DateRecognizer.match`
    /// says nil for `ein`, `eine`, `einen` followed by no period word (`periodOffset`, the only test it makes of
    /// them), and for another word after a sentence's first that is no date opener and too short for a weekday
    /// compound. `articleNeighbourFilter` holds every word those tests look for after the article, so `false`
    /// from it rules each out. Where a test is not met, both rules are asked as before.
    static func isBareArticle(
        _ index: Int, in sentence: Range<Int>, tokens: TokenText, lexicon: QuantityLexicon, dates: DateRecognizer
    ) -> Bool {
        let next = index + 1
        guard next < sentence.upperBound, !lexicon.articleNeighbourFilter.mayContain(tokens.key(next)) else {
            return false
        }
        let length = tokens.length(index)
        guard length < max(5, 3 + lexicon.shortestInternalStem),
              !(index > sentence.lowerBound && lexicon.endsModifier(token: index - 1, of: tokens)) else {
            return false
        }
        return index > sentence.lowerBound && length <= 7 && !lexicon.dateOpenerFilter.mayContain(tokens.key(index))
            || !lexicon.articlesAreDateWords && dates.isArticle(index)
    }
}
