import Dispatch
import Foundation
import JSONLD
import NewsGraphCore

/// Runs a pipeline over many articles in parallel and writes one `.jsonld` per article plus a merged
/// `graph.jsonld`. A bad article becomes a diagnostic; the rest of the batch goes on.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let writer: JSONLDWriter

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
        self.writer = JSONLDWriter(pipelineVersion: Pipeline.version)
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var articles = 0
        public var failed = 0
        public var sentences = 0
        public var entities = 0
        public var quantities = 0
        public var dates = 0
        public var relations = 0
        public var diagnostics: [Diagnostic] = []
    }

    /// Processes `sources` and writes into `output` (created if missing).
    public func run(_ sources: [ArticleSource], output: URL) throws -> Summary {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let results = processAll(sources)
        var summary = Summary()
        var merged: [String: EntityNode] = [:]
        var graph = "{\"@context\":" + Vocabulary.context.serialized() + ",\n\"@graph\":[\n"
        var first = true
        for (source, result) in zip(sources, results) {
            summary.diagnostics += result.diagnostics
            guard let document = result.document else {
                summary.failed += 1
                continue
            }
            do {
                try AtomicFile.write(writer.document(document), to: output.appendingPathComponent("\(source.name).jsonld"))
            } catch let error as NewsGraphError {
                summary.failed += 1
                summary.diagnostics.append(Diagnostic(.error, source: error.path, message: error.message))
                continue
            }
            summary.articles += 1
            summary.sentences += document.sentences.count
            summary.entities += document.entities.count
            summary.quantities += document.quantities.count
            summary.dates += document.dates.count
            summary.relations += document.relations.count
            for node in writer.articleNodes(document) {
                graph += first ? "" : ",\n"
                first = false
                node.write(to: &graph)
            }
            for node in writer.entityNodes(document) {
                if merged[node.entity.key] == nil { merged[node.entity.key] = node } else { merged[node.entity.key]!.merge(node) }
            }
        }
        for key in merged.keys.sorted() {
            graph += first ? "" : ",\n"
            first = false
            merged[key]!.json.write(to: &graph)
        }
        graph += "\n]}\n"
        try AtomicFile.write(graph, to: output.appendingPathComponent("graph.jsonld"))
        return summary
    }

    private struct Result: Sendable {
        var document: Document?
        var diagnostics: [Diagnostic]
    }

    /// Every article through the pipeline, on all cores; results in input order.
    private func processAll(_ sources: [ArticleSource]) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: sources.count)
        results.initialize(repeating: Result(document: nil, diagnostics: []))
        defer { results.deallocate() }
        let shared = SendableBuffer(buffer: results)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            shared.buffer[index] = process(sources[index])
        }
        return Array(results)
    }

    private func process(_ source: ArticleSource) -> Result {
        do {
            let (text, metadata, readDiagnostics) = try source.load()
            var document = Document(
                name: source.name, text: text, language: metadata.language, publicationDate: metadata.publicationDate)
            let diagnostics = try pipeline.process(&document)
            return Result(document: document, diagnostics: readDiagnostics + diagnostics)
        } catch let error as NewsGraphError {
            return Result(document: nil, diagnostics: [Diagnostic(.error, source: error.path, message: error.message)])
        } catch {
            return Result(document: nil, diagnostics: [Diagnostic(.error, source: source.origin, message: "\(error)")])
        }
    }
}

/// Lets the parallel loop write each result into its own slot of one buffer.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
