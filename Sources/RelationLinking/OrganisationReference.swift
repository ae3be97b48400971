/// Bare nouns that take up an organisation named before: a designation (`die Staatsanwaltschaft`) or a media
/// noun (`die Zeitung`).
extension ArticleView {
    /// The last organisation before `token` whose fuller name holds the capitalised word at `token`
    /// (`Staatsanwaltschaft` → `Staatsanwaltschaft Mainz`, `Präfektur` → `Präfektur des Departements …`): a bare
    /// designation, after its definite article, takes up the body named with it before.
    func organisationNamed(by token: Int) -> MentionRef? {
        guard isWord(token), isCapitalized(token), !hasMention(at: token),
              !isCapitalized(token + 1) || isPunctuation(token + 1) else { return nil }
        let name = word(token)
        guard name.count >= 5 else { return nil }
        for mention in mentions.reversed() where mention.type == .organization
            && mention.tokens.upperBound <= token && mention.tokens.count >= 2 {
            if mention.tokens.contains(where: { word($0) == name }) { return mention }
        }
        return nil
    }

    /// `schrieb die Zeitung`, `laut dem Blatt`: a definite media noun with no name after it takes up the last
    /// newspaper, broadcaster or agency the article named before `token`.
    func mediaNamed(by token: Int, sources: Set<String>) -> MentionRef? {
        // The article right before, or before one adjective (`die britische Zeitung`).
        let article = hasCue(.determiner, token - 1) || isCapitalized(token - 1) ? token - 1 : token - 2
        // `laut Zeitung` needs no article.
        guard hasCue(.mediaNoun, token),
              hasCue(.determiner, article) && !hasCue(.indefinite, article) || hasCue(.sourcePreposition, token - 1),
              !hasMention(at: token + 1), !isCapitalized(token + 1) || isPunctuation(token + 1) else { return nil }
        for mention in mentions.reversed() where mention.type == .organization && mention.tokens.upperBound <= token {
            if sources.contains(document.mentions[mention.index].provenance.source) { return mention }
        }
        return nil
    }

    /// `teilte der börsennotierte Konzern mit` two sentences after `Die Vienna Insurance Group (VIG) musste …`: the
    /// one organisation the sentence at `token` and the two before name up to `token`, if only one, leaving out
    /// those from the `excluded` sources (parties, media), which a company noun does not take up.
    func onlyOrganisationNamed(before token: Int, excluding excluded: [Set<String>]) -> MentionRef? {
        let sentence = sentenceOf[token]
        var found: MentionRef?
        for mention in mentions.reversed() where mention.tokens.upperBound <= token {
            guard sentence - sentenceOf[mention.tokens.lowerBound] <= 2 else { break }
            guard mention.type == .organization else { continue }
            let source = document.mentions[mention.index].provenance.source
            if excluded.contains(where: { $0.contains(source) }) { continue }
            if let found, found.key != mention.key { return nil }
            if found == nil { found = mention }
        }
        return found
    }
}
