import NewsGraphCore

/// Tokens and their forms written straight into two arrays' uninitialised storage: `Array.append` checked the
/// buffer's uniqueness and capacity with a call at every token, the tokenizer's most frequent step. The indices of
/// the mark tokens (`Tokenizer.formingScan`'s `markTokens`) go to a third storage as large: there are never more
/// of them than tokens, so the tokens' room check covers them too.
struct TokenSink {
    /// The tokens' start, unwrapped once (an optional base address was tested at every token).
    private let tokens: UnsafeMutablePointer<Token>
    /// Where the next token and its form go: cursors, not a count, so that an append is two stores and two steps,
    /// with one value fewer for the scan to keep in a register (or, short of them, in memory).
    private var nextToken: UnsafeMutablePointer<Token>
    private var nextForm: UnsafeMutablePointer<TokenForm>
    private let marks: UnsafeMutablePointer<Int>
    private let capacity: Int
    private(set) var markCount = 0

    /// The storages have room for at least `capacity` elements.
    init(
        _ tokens: UnsafeMutableBufferPointer<Token>, _ forms: UnsafeMutableBufferPointer<TokenForm>,
        marks: UnsafeMutableBufferPointer<Int>
    ) {
        // An empty buffer may have no address: a dangling one is never written, as `hasRoom` says no.
        self.tokens = tokens.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Token>.alignment)!
        nextToken = self.tokens
        nextForm = forms.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<TokenForm>.alignment)!
        self.marks = marks.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Int>.alignment)!
        capacity = min(tokens.count, forms.count, marks.count)
    }

    /// How many tokens have been appended.
    var count: Int {
        // In bytes, divided as unsigned: a pointer difference divides as signed, in more steps, and the cursor is
        // never below the start.
        @inline(__always) get {
            let bytes = UnsafeRawPointer(nextToken) - UnsafeRawPointer(tokens)
            return Int(bitPattern: UInt(bitPattern: bytes) / UInt(MemoryLayout<Token>.stride))
        }
    }

    /// Room for `needed` more tokens.
    @inline(__always)
    func hasRoom(for needed: Int) -> Bool {
        capacity &- count >= needed
    }

    /// Appends a token and its form; the caller has checked `hasRoom`.
    @inline(__always)
    mutating func append(_ token: Token, form: TokenForm) {
        nextToken.initialize(to: token)
        nextForm.initialize(to: form)
        nextToken += 1
        nextForm += 1
    }

    /// Lists the token index `index` as a mark: one below the capacity, above those listed before (so there is
    /// room).
    @inline(__always)
    mutating func appendMark(_ index: Int) {
        (marks + markCount).initialize(to: index)
        markCount &+= 1
    }

    /// Lists the token index `index` as a mark if `listed`: written in any case, and counted or not, without a
    /// branch (one in the tokenizer's scan cost it registers at every word).
    @inline(__always)
    mutating func appendMark(_ index: Int, if listed: Bool) {
        (marks + markCount).initialize(to: index)
        markCount &+= listed ? 1 : 0
    }
}
