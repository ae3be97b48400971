/// Closed word lists that rules test token by token, each a bit in the lexicon bits of its words' vocabulary ids
/// (`ArticleView.isIn(_:_:)`): a test is a mask, where `Set<String>.contains(view.word(token))` made a `String` and
/// hashed it. The lists stay with the rules that read them.
enum WordClass: Int, CaseIterable {
    case presentCopula, predicateAdverb, nameParticle, preposition, verbOfSaying, timeUnit, predicativeWord
    case objectPronoun, spokespersonTitle, companyWord, womanNoun, emergingParticle, colonLinker, possessive
    case academicTitle, exampleMarker, jobVerb

    /// The words, lower-cased as `ArticleView.word(_:)` gives a token.
    var words: Set<String> {
        switch self {
        case .presentCopula: return RoleRules.presentCopulas
        case .predicateAdverb: return RoleRules.predicateAdverbs
        case .nameParticle: return SpeechRules.nameParticles
        case .preposition: return SpeechRules.prepositions
        case .verbOfSaying: return SpeechRules.verbsOfSaying
        case .timeUnit: return SourceRules.timeUnits
        case .predicativeWord: return SpeechRules.predicativeWords
        case .objectPronoun: return SpeechRules.objectPronouns
        case .spokespersonTitle: return SpeechRules.spokespersonTitles
        case .companyWord: return SourceRules.companyWords
        case .womanNoun: return ArticleView.womenNouns
        case .emergingParticle: return SourceRules.emergingParticles
        case .colonLinker: return SpeechRules.colonLinkers
        case .possessive: return RoleRules.possessives
        case .academicTitle: return ArticleView.academicTitles
        case .exampleMarker: return PlaceRules.exampleMarkers
        case .jobVerb: return EmploymentRules.jobVerbs
        }
    }

    /// Above the bits of cues, verbs, type words and employment words (`LinkingLexicon.employmentBit`, bit 36,
    /// which the first class shared: every copula counted as an employment word and every employment word as a
    /// copula).
    var bit: UInt64 { 1 << UInt64(37 + rawValue) }
}
