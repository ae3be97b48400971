import NewsGraphCore

/// Tokens and their forms written straight into two arrays' uninitialised storage: `Array.append` checked the
/// buffer's uniqueness and capacity with a call at every token, the tokenizer's most frequent step.
struct TokenSink {
    /// The storages' starts, unwrapped once (an optional base address was tested at every token).
    private let tokens: UnsafeMutablePointer<Token>
    private let forms: UnsafeMutablePointer<TokenForm>
    private let capacity: Int
    private(set) var count = 0

    /// Both storages have room for at least `capacity` elements.
    init(_ tokens: UnsafeMutableBufferPointer<Token>, _ forms: UnsafeMutableBufferPointer<TokenForm>) {
        // An empty buffer may have no address: a dangling one is never written, as `hasRoom` says no.
        self.tokens = tokens.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Token>.alignment)!
        self.forms = forms.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<TokenForm>.alignment)!
        capacity = min(tokens.count, forms.count)
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
}
