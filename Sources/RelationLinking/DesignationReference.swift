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
}
