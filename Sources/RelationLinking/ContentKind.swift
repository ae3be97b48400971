extension SpeechRules {
    /// How a speech verb's content was found (after a colon, a quotation, a `dass` clause, …): the last part of the
    /// verb rule's name.
    enum ContentKind {
        case colon, quote, dass, ob, konjunktiv, zuInfinitive, clause, object

        /// `said-verb-<kind>`, or `belief-verb-<kind>` for a verb of belief: literals, where the names joined from
        /// their parts made a string (an allocation, and a release later) for each of some 1,200 verb rules a pass.
        func verbRule(belief: Bool) -> String {
            switch self {
            case .colon: return belief ? "belief-verb-colon" : "said-verb-colon"
            case .quote: return belief ? "belief-verb-quote" : "said-verb-quote"
            case .dass: return belief ? "belief-verb-dass" : "said-verb-dass"
            case .ob: return belief ? "belief-verb-ob" : "said-verb-ob"
            case .konjunktiv: return belief ? "belief-verb-konjunktiv" : "said-verb-konjunktiv"
            case .zuInfinitive: return belief ? "belief-verb-zu-infinitive" : "said-verb-zu-infinitive"
            case .clause: return belief ? "belief-verb-clause" : "said-verb-clause"
            case .object: return belief ? "belief-verb-object" : "said-verb-object"
            }
        }
    }
}
