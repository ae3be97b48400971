import NewsGraphCore

/// Tokens and their forms written straight into two arrays' uninitialised storage: `Array.append` checked the
/// buffer's uniqueness and capacity with a call at every token, the tokenizer's most frequent step. The indices of
/// the mark tokens (`Tokenizer.formingScan`'s `markTokens`) go to a third storage as large: there are never more
/// of them than tokens, so the tokens' room check covers them too.
struct TokenSink {
    /// The storages' starts, unwrapped once (an optional base address was tested at every token).
    private let tokens: UnsafeMutablePointer<Token>
    private let forms: UnsafeMutablePointer<TokenForm>
    private let marks: UnsafeMutablePointer<Int>
    private let capacity: Int
    private(set) var count = 0
    private(set) var markCount = 0

    /// The storages have room for at least `capacity` elements.
    init(
        _ tokens: UnsafeMutableBufferPointer<Token>, _ forms: UnsafeMutableBufferPointer<TokenForm>,
        marks: UnsafeMutableBufferPointer<Int>
    ) {
        // An empty buffer may have no address: a dangling one is never written, as `hasRoom` says no.
        self.tokens = tokens.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Token>.alignment)!
        self.forms = forms.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<TokenForm>.alignment)!
        self.marks = marks.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Int>.alignment)!
        capacity = min(tokens.count, forms.count, marks.count)
    }

    /// Room for `needed` more tokens.
    @inline(__always)
    func hasRoom(for needed: Int) -> Bool {
        capacity &- count >= needed
    }

    /// Appends a token and its form; the caller has checked `hasRoom` (the count cannot overflow below the
    /// capacity).
    @inline(__always)
    mutating func append(_ token: Token, form: TokenForm) {
        (tokens + count).initialize(to: token)
        (forms + count).initialize(to: form)
        count &+= 1
    }

    /// Lists the token index `index` as a mark: one below the capacity, above those listed before (so there is
    /// room).
    @inline(__always)
    mutating func appendMark(_ index: Int) {
        (marks + markCount).initialize(to: index)
        markCount &+= 1
    }
}
