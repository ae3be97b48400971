import NewsGraphCore

/// A modifier phrase as `QuantityRecognizer.findModifier` finds it: the modifier, its provenance, and what the
/// rules ask of that provenance, answered once at lexicon load instead of by string tests per quantity.
final class ModifierEntry: Sendable {
    let modifier: Quantity.Modifier
    /// `modifiers.tsv:<phrase>`, or `modifiers.tsv:über-after-noun`.
    let source: String
    /// The source ends in `:gut` or `:gute`: no number after it is `ein`.
    let endsGood: Bool
    /// The source holds `:über`: `ein` after it counts only before a span of time.
    let mentionsOver: Bool
    /// Whether `ein` after the modifier counts a plain noun: not after `etwa` (for example), `bis zu` (until) or
    /// `unter` (beneath), which leave `ein` an article (`etwa ein Taschenalarm`, `bis zu einem möglichen Prozess`,
    /// `unter einer Decke`) except before units of measure (`etwa einen Monat`, `unter einem Jahr`). After other
    /// modifiers it counts even an abstract noun (the development gold's `mindestens eine Verdoppelung`).
    let articleCounts: Bool
    /// The source ends in `über-after-noun`.
    let isOverAfterNoun: Bool
    /// The source is `:unter`, which before persons in the dative plural means "among" (`unter 2800 Befragten`).
    let isUnder: Bool
    /// The source is `:mehr als` or `:weniger als`, which right after a quantity compare it with what follows (`zwei
    /// Prozentpunkte mehr als zwei Jahre zuvor`).
    let isComparison: Bool
    /// The same modifier as `über` after a noun (`modifiers.tsv:über-after-noun`), for phrases that end in `über`.
    let overAfterNoun: ModifierEntry?

    convenience init(modifier: Quantity.Modifier, phrase: String) {
        self.init(modifier: modifier, source: "modifiers.tsv:\(phrase)",
                  overAfterNoun: phrase == "über" || phrase.hasSuffix(" über")
                    ? ModifierEntry(modifier: modifier, source: "modifiers.tsv:über-after-noun", overAfterNoun: nil)
                    : nil)
    }

    private init(modifier: Quantity.Modifier, source: String, overAfterNoun: ModifierEntry?) {
        self.overAfterNoun = overAfterNoun
        self.modifier = modifier
        self.source = source
        endsGood = source.hasSuffix(":gut") || source.hasSuffix(":gute")
        mentionsOver = WordFilter.contains(source, ":über")
        isUnder = source.hasSuffix(":unter")
        articleCounts = !(source.hasSuffix(":etwa") || source.hasSuffix(":bis zu") || isUnder)
        isOverAfterNoun = source.hasSuffix("über-after-noun")
        isComparison = source.hasSuffix(":mehr als") || source.hasSuffix(":weniger als")
    }
}
