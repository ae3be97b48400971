import EntityRecognition
import NewsGraphCore
import QuantityExtraction
import RelationLinking
import Segmentation

/// An ordered list of stages whose needs were checked when it was built.
///
/// The standard pipeline: `SentenceSplitter` (tokens, sentences) → `EntityRecognizer` (entities) →
/// `QuantityExtractor` (quantities, dates) → `RelationLinker` (relations). `JSONLDWriter` then serialises.
public struct Pipeline: Sendable {
    /// The version written into every graph; bump it when output changes for the same input.
    public static let version = "0.2.0"

    public let stages: [any Stage]

    /// Refuses a pipeline in which a stage requires a layer that no earlier stage produces.
    public init(stages: [any Stage]) throws {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                throw NewsGraphError(
                    .badPipeline, path: stage.name,
                    message: "needs \(missing.sorted().map(\.rawValue).joined(separator: ", ")) but no earlier stage produces it")
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    /// The four standard stages, with their lexicons loaded once.
    public static func standard(lexicons: LexiconDirectory) throws -> Pipeline {
        try Pipeline(stages: [
            SentenceSplitter(lexicons: lexicons),
            EntityRecognizer(lexicons: lexicons),
            QuantityExtractor(lexicons: lexicons),
            RelationLinker(lexicons: lexicons),
        ])
    }

    /// Runs every stage on `document`.
    public func process(_ document: inout Document) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for stage in stages {
            try stage.process(&document, diagnostics: &diagnostics)
        }
        return diagnostics
    }
}
