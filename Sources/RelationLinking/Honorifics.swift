/// `Geschäftsführerin Dr. Miriam Albrecht`, `Präsident Prof. Dr. Karl Roth`: academic titles with their period
/// between a role word and a name, which the entity stage leaves outside the person's span (GUIDELINES); the role
/// and speaker rules read past them as if the name followed the role at once.
extension ArticleView {
    /// Whether `token` is an academic title before its period (`Dr`, `Prof`, `Mag`, `med` in `Dr. med.`).
    // Inlined, the period after the token tested at each call site: the role and speaker rules ask this of every
    // name and speaker they look at, nearly all followed by no period, and the call cost more than that test.
    @inline(__always)
    func isHonorific(_ token: Int) -> Bool {
        token >= 0 && matches(token + 1, .period) && isTitleBeforePeriod(token)
    }

    /// `isHonorific(_:)` of a token followed by a period: a `WordClass`, one bit's test where the token was compared
    /// with each of nine titles.
    private func isTitleBeforePeriod(_ token: Int) -> Bool {
        isWord(token) && isIn(.academicTitle, token)
    }

    /// The titles of `isTitleBeforePeriod(_:)`, lower-cased.
    static let academicTitles: Set<String> = ["dr", "prof", "mag", "dipl", "ing", "univ", "med", "phil", "jur"]

    /// The token after the academic titles that start at `token` (`token` itself where none does).
    func skippingHonorifics(from token: Int) -> Int {
        var position = token
        while isHonorific(position) { position += 2 }
        return position
    }

    /// The first token of the academic titles right before `name` (`name` itself where none stands there).
    func honorificsStart(before name: Int) -> Int {
        var position = name
        while position >= 2, isHonorific(position - 2) { position -= 2 }
        return position
    }
}
