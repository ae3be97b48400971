import Foundation
import JSONLD
import NewsGraphCore

/// JSON Lines in, one result per article out, in input order: NewsGraph as a stage of a distributed
/// engine (Spark `RDD.pipe`, Hadoop Streaming). Bad records are reported on standard error and yield no
/// output line, so the other records of the partition still come through.
public struct StreamRunner: Sendable {
    /// What each article becomes.
    public enum Format: String, Sendable, CaseIterable {
        /// One line per article: a complete JSON-LD document (inline context, `@graph`).
        case jsonld
        /// The article's statements as N-Quads, one per line, in the article's named graph.
        case nquads
    }

    public let runner: BatchRunner
    public let format: Format

    public init(runner: BatchRunner, format: Format) {
        self.runner = runner
        self.format = format
    }

    /// Reads `inputs` to the end, writing results through `emit` in input order.
    public func run(
        _ inputs: ArticleInputs, emit: (String) -> Void, report: (Diagnostic) -> Void
    ) -> BatchRunner.Summary {
        var summary = BatchRunner.Summary()
        let started = DispatchTime.now()
        while true {
            var window: [ArticleSource] = []
            var heldBytes = 0
            while window.count < runner.windowArticles, heldBytes < runner.windowBytes, let source = inputs.next() {
                window.append(source)
                heldBytes += source.heldBytes
            }
            if window.isEmpty { break }
            let batch = window
            let results = runner.parallelMap(batch.count) { index in output(batch[index]) }
            var text = ""
            for (line, diagnostics, counts) in results {
                diagnostics.forEach(report)
                if let line {
                    text += line
                    summary.articles += 1
                    summary.sentences += counts[0]
                    summary.entities += counts[1]
                    summary.quantities += counts[2]
                    summary.dates += counts[3]
                    summary.relations += counts[4]
                } else {
                    summary.failed += 1
                }
            }
            emit(text)
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    /// One source's output text (ending in a newline), or nil with the reason among the diagnostics.
    func output(_ source: ArticleSource) -> (String?, [Diagnostic], [Int]) {
        let article: Article
        do {
            article = try runner.read(source).load()
        } catch let error as NewsGraphError {
            return (nil, [Diagnostic(.error, source: error.path, message: error.message)], [])
        } catch {
            return (nil, [Diagnostic(.error, source: source.origin, message: "\(error)")], [])
        }
        let result = runner.result(for: article)
        guard let document = result.document else { return (nil, result.diagnostics, []) }
        let counts = [
            document.sentences.count, document.entities.count, document.quantities.count, document.dates.count,
            document.relations.count,
        ]
        return (line(document), result.diagnostics, counts)
    }

    /// The text `format` makes of one document.
    public func line(_ document: Document) -> String {
        switch format {
        case .nquads:
            return NQuadsWriter().quads(document, writer: runner.writer)
        case .jsonld:
            var out = "{\"@context\":"
            Vocabulary.context.write(to: &out)
            out += ",\"@graph\":["
            let nodes = runner.writer.articleNodes(document) + runner.writer.entityNodes(document).map(\.json)
            for (index, node) in nodes.enumerated() {
                if index > 0 { out += "," }
                node.write(to: &out)
            }
            return out + "]}\n"
        }
    }
}
