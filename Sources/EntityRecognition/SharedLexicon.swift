/// The lexicon behind one reference, for each article's `NameRules`: the rules read it in a few places off their hot
/// paths, and a copy of the value in each article's rules retained and released every one of its dozen and more
/// arrays.
final class SharedLexicon: Sendable {
    let lexicon: NameLexicon
    /// Read here, not from `RuleWords`: that was once a value stored in each article's rules object, where a field
    /// more grew the object past the size malloc serves from its per-thread cache.
    let eastAsianNames: EastAsianNames?

    init(_ lexicon: NameLexicon, eastAsianNames: EastAsianNames?) {
        self.lexicon = lexicon
        self.eastAsianNames = eastAsianNames
    }
}
