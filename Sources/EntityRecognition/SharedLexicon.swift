/// The lexicon behind one reference, for each article's `NameRules`: the rules read it in a few places off their hot
/// paths, and a copy of the value in each article's rules retained and released every one of its dozen and more
/// arrays.
final class SharedLexicon: Sendable {
    let lexicon: NameLexicon

    init(_ lexicon: NameLexicon) { self.lexicon = lexicon }
}
