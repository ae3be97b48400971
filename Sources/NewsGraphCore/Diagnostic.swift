/// A recoverable problem found while processing, reported as `file: severity: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is: an error means the article was not (fully) processed.
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public let severity: Severity
    /// The file or article the problem is about.
    public let source: String
    public let message: String

    public init(_ severity: Severity, source: String, message: String) {
        self.severity = severity
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(severity.rawValue): \(message)" }
}
