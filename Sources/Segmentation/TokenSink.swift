import NewsGraphCore

/// Tokens written straight into an array's uninitialised storage: `Array.append` checked the buffer's
/// uniqueness and capacity with a call at every token, the tokenizer's most frequent step.
struct TokenSink {
    private let storage: UnsafeMutableBufferPointer<Token>
    private(set) var count = 0

    init(_ storage: UnsafeMutableBufferPointer<Token>) {
        self.storage = storage
    }

    /// Room for `needed` more tokens.
    @inline(__always)
    func hasRoom(for needed: Int) -> Bool {
        storage.count - count >= needed
    }

    /// Appends a token; the caller has checked `hasRoom`.
    @inline(__always)
    mutating func append(_ token: Token) {
        (storage.baseAddress! + count).initialize(to: token)
        count += 1
    }
}
