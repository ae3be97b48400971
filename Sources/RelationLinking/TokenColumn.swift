/// A per-token column of indices (a mention, a quantity, a quote, a sentence) in four bytes a token, -1 for
/// none: the rules read several of these per token, and `[Int?]` takes sixteen.
struct TokenColumn {
    private(set) var storage: [Int32]

    init(count: Int) {
        storage = [Int32](repeating: -1, count: count)
    }

    var count: Int { storage.count }
    var indices: Range<Int> { storage.indices }

    /// The index at `token`, nil for none, and for a token outside the text (the rules look one past a final
    /// comma, as they could in the dictionaries this column replaced).
    subscript(token: Int) -> Int? {
        get {
            guard token >= 0 && token < storage.count else { return nil }
            let value = storage[token]
            return value < 0 ? nil : Int(value)
        }
        set { storage[token] = newValue.map { Int32($0) } ?? -1 }
    }

    /// The index at `token`, -1 for none or outside the text.
    func raw(_ token: Int) -> Int { token >= 0 && token < storage.count ? Int(storage[token]) : -1 }
}

/// `TokenColumn` for the sentence of each token, read as a plain index (-1 for a token in no sentence).
struct SentenceColumn {
    var column: TokenColumn

    var count: Int { column.count }
    var indices: Range<Int> { column.indices }

    subscript(token: Int) -> Int {
        get { column.raw(token) }
        set { column[token] = newValue }
    }
}
