/// A per-token column of indices (a mention, a quantity, a quote, a sentence) in four bytes a token, -1 for
/// none: the rules read several of these per token, and `[Int?]` takes sixteen.
///
/// The column lives in memory its owner lends (`ArticleView` keeps all its columns in one allocation, which it
/// frees when it goes): one allocation an article instead of one a column.
struct TokenColumn {
    private let storage: UnsafeMutablePointer<Int32>
    let count: Int

    /// A column over `count` values at `storage`, which the caller has set to -1 and keeps alive.
    init(storage: UnsafeMutablePointer<Int32>, count: Int) {
        self.storage = storage
        self.count = count
    }

    var indices: Range<Int> { 0..<count }

    /// The index at `token`, nil for none, and for a token outside the text (the rules look one past a final
    /// comma, as they could in the dictionaries this column replaced).
    subscript(token: Int) -> Int? {
        get {
            // (One unsigned compare for `token >= 0 && token < count`: a count is never negative.)
            guard UInt(bitPattern: token) < UInt(bitPattern: count) else { return nil }
            let value = storage[token]
            return value < 0 ? nil : Int(value)
        }
        nonmutating set {
            precondition(token >= 0 && token < count)
            storage[token] = newValue.map { Int32($0) } ?? -1
        }
    }

    /// The index at `token`, -1 for none or outside the text.
    func raw(_ token: Int) -> Int { UInt(bitPattern: token) < UInt(bitPattern: count) ? Int(storage[token]) : -1 }
}

/// `TokenColumn` for the sentence of each token, read as a plain index (-1 for a token in no sentence).
struct SentenceColumn {
    var column: TokenColumn

    var count: Int { column.count }
    var indices: Range<Int> { column.indices }

    subscript(token: Int) -> Int {
        get { column.raw(token) }
        nonmutating set { column[token] = newValue }
    }
}
