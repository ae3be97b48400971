import NewsGraphCore

/// locatedIn where the text places one thing in another: `Palermo auf Sizilien`, `Passau (Bayern)`,
/// `IJM Deutschland e. V. in Berlin`, `Oberste Gerichtshof Thailands`.
struct PlaceRules {
    let lexicon: LinkingLexicon

    func apply(_ view: ArticleView, into out: inout [Relation]) {
        for mention in view.mentions where mention.type != .person {
            let first = mention.tokens.lowerBound
            let end = mention.tokens.upperBound
            let sentence = view.sentenceOf[first]
            guard sentence >= 0 else { continue }
            var container: ArticleView.MentionRef?
            var rule = ""
            if mention.type == .place {
                if ["in", "auf"].contains(view.word(end)), !lexicon.isCue("not-place-chain", view.word(first - 1)),
                   let place = placeAfterPreposition(end + 1, in: view) {
                    container = place
                    rule = "place-in-place"
                } else if view.word(end) == "(", let place = view.mention(startingAt: end + 1), place.type == .place,
                          view.word(place.tokens.upperBound) == ")" {
                    container = place
                    rule = "place-in-brackets"
                }
            } else {
                if ["in", "im"].contains(view.word(end)), let place = placeAfterPreposition(end + 1, in: view),
                   hasDesignation(mention, in: view) || standsAlone(mention, place: place, in: view) {
                    container = place
                    rule = "organisation-in-place"
                } else if let place = view.mention(startingAt: end), place.type == .place,
                          place.tokens.count == 1, view.lower[end].hasSuffix("s"), !view.isCapitalized(end + 1) {
                    container = place
                    rule = "organisation-genitive-place"
                }
            }
            if let container, container.key != mention.key {
                out.append(Relation(
                    subject: .entity(key: mention.key), predicate: .locatedIn, object: .entity(key: container.key),
                    sentenceIndex: sentence, provenance: Provenance(match: .rule, source: rule)))
            }
        }
    }

    private func placeAfterPreposition(_ start: Int, in view: ArticleView) -> ArticleView.MentionRef? {
        var token = start
        if ["der", "den", "dem"].contains(view.word(token)) { token += 1 }
        guard let place = view.mention(startingAt: token), place.type == .place,
              view.sentenceOf[token] == view.sentenceOf[start] else { return nil }
        return place
    }

    /// An organisation whose name ends in a designation (`e. V.`, `GmbH`, `Landgericht`) names a seat.
    private func hasDesignation(_ mention: ArticleView.MentionRef, in view: ArticleView) -> Bool {
        let words = mention.tokens.filter { view.document.tokens[$0].kind == .word }.map { view.lower[$0] }
        for designation in lexicon.designations where !designation.isEmpty && words.count >= designation.count {
            if Array(words.suffix(designation.count)) == designation { return true }
            if designation.count == 1, let last = words.last, last.hasSuffix(designation[0]) { return true }
        }
        return false
    }

    /// `die Caritas in Wien,` inside a noun phrase (article or preposition before, punctuation after),
    /// not `investiert Siemens in China`.
    private func standsAlone(
        _ mention: ArticleView.MentionRef, place: ArticleView.MentionRef, in view: ArticleView
    ) -> Bool {
        let before = mention.tokens.lowerBound - 1
        let after = place.tokens.upperBound
        let beforeOK = before < 0 || view.sentenceOf[before] != view.sentenceOf[mention.tokens.lowerBound]
            || lexicon.isCue("determiner", view.word(before))
            || ["von", "vom", "bei", "beim", "mit", "für", "gegen"].contains(view.word(before))
        let afterOK = after >= view.tokenCount || [",", ".", ")", ";", ":"].contains(view.word(after))
        return beforeOK && afterOK
    }
}
