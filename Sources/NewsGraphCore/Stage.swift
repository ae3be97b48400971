/// A processing step that reads some layers of a document and adds its own.
///
/// Stages never call each other: a `Pipeline` checks, when it is built, that every layer a stage
/// requires is produced by a stage before it, and refuses to build otherwise.
public protocol Stage: Sendable {
    /// A short name for diagnostics and provenance.
    var name: String { get }
    var requires: Set<Layer> { get }
    var produces: Set<Layer> { get }
    /// Adds this stage's layers to `document`; recoverable problems go to `diagnostics`.
    func process(_ document: inout Document, diagnostics: inout [Diagnostic]) throws
}
