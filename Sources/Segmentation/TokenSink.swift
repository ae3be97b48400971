import NewsGraphCore

/// Tokens written straight into an array's uninitialised storage: `Array.append` checked the buffer's
/// uniqueness and capacity with a call at every token, the tokenizer's most frequent step.
struct TokenSink {
    /// The storage's start, unwrapped once (an optional base address was tested at every token).
    private let base: UnsafeMutablePointer<Token>
    private let capacity: Int
    private(set) var count = 0

    init(_ storage: UnsafeMutableBufferPointer<Token>) {
        // An empty buffer may have no address: a dangling one is never written, as `hasRoom` says no.
        base = storage.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Token>.alignment)!
        capacity = storage.count
    }

    /// Room for `needed` more tokens.
    @inline(__always)
    func hasRoom(for needed: Int) -> Bool {
        capacity &- count >= needed
    }

    /// Appends a token; the caller has checked `hasRoom` (the count cannot overflow below the capacity).
    @inline(__always)
    mutating func append(_ token: Token) {
        (base + count).initialize(to: token)
        count &+= 1
    }
}
