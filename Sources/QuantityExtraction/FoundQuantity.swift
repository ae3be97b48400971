import NewsGraphCore

/// A quantity found in a sentence, with the tokens it spans. A struct, not a tuple: the compiler copies it with
/// code of its own, where a tuple holding a `Quantity` went through the runtime's generic tuple witness.
struct FoundQuantity {
    var quantity: Quantity
    let tokens: ClosedRange<Int>
}
