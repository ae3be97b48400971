/// The kinds of node anchored in the article's text, each with the fragment name of its IRI and its types: every
/// node of one kind in an article starts with the same bytes up to its offsets, which the byte sink writes once
/// and copies after.
enum Anchor: Int, CaseIterable {
    case sentence, mention, quantity, money, date, quotation

    /// The name before the offsets in the node's IRI (`<article>#mention=17,24`).
    var fragment: StaticString {
        switch self {
        case .sentence: return "char"
        case .mention: return "mention"
        case .quantity, .money: return "quantity"
        case .date: return "date"
        case .quotation: return "quote"
        }
    }

    var firstType: StaticString {
        switch self {
        case .sentence: return "nif:Sentence"
        case .mention: return "nif:Phrase"
        case .quantity, .money: return "schema:QuantitativeValue"
        case .date: return "ng:TemporalExpression"
        case .quotation: return "schema:Quotation"
        }
    }

    var secondType: StaticString? {
        switch self {
        case .sentence: return "nif:RFC5147String"
        case .money: return "schema:MonetaryAmount"
        case .mention, .quantity, .date, .quotation: return nil
        }
    }
}
