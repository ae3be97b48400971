/// A failure that stops one article (or the whole run), with the file it is about and why.
public struct NewsGraphError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let invalidUTF8 = Code("invalid-utf8")
        public static let emptyInput = Code("empty")
        public static let binaryInput = Code("binary")
        public static let tooLarge = Code("too-large")
        public static let unreadable = Code("unreadable")
        public static let unwritable = Code("unwritable")
        public static let badLexicon = Code("bad-lexicon")
        public static let badPipeline = Code("bad-pipeline")
        public static let badInput = Code("bad-input")
    }

    public let code: Code
    /// The file (or article) the error is about.
    public let path: String
    public let message: String

    public init(_ code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}
