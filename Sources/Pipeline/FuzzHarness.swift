import Foundation
import JSONLD
import NewsGraphCore

/// What the fuzz target does with one input: the bytes as a `.txt` article and as a JSON Lines record,
/// each through the reader, the standard pipeline and both output formats. Refusals are expected; a
/// broken invariant traps so that libFuzzer reports it.
public struct FuzzHarness: Sendable {
    let runner: BatchRunner

    public init(lexicons: LexiconDirectory) throws {
        runner = BatchRunner(pipeline: try Pipeline.standard(lexicons: lexicons))
    }

    public func run(_ data: Data) {
        let reader = ArticleReader()
        if let (text, _) = try? reader.text(from: data, path: "fuzz") {
            check(runner.result(for: Article(name: "fuzz", origin: "fuzz", text: text)))
        }
        if let article = try? JSONLinesReader.parse(line: data, origin: "fuzz:1", reader: reader) {
            check(runner.result(for: article))
        }
    }

    private func check(_ result: ArticleResult) {
        guard let document = result.document else { return }
        let count = document.scalars.count
        for token in document.tokens {
            precondition(token.span.begin >= 0 && token.span.begin < token.span.end && token.span.end <= count)
        }
        for sentence in document.sentences {
            precondition(sentence.span.begin >= 0 && sentence.span.end <= count)
        }
        for mention in document.mentions {
            precondition(mention.span.begin >= 0 && mention.span.begin < mention.span.end && mention.span.end <= count)
            precondition(document.entities[mention.entityKey] != nil, "mention of an unknown entity")
        }
        for quantity in document.quantities {
            precondition(quantity.span.begin >= 0 && quantity.span.end <= count)
        }
        let json = runner.writer.document(document)
        precondition(
            (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the writer produced invalid JSON")
        // A rerun rebuilds graph.jsonld from this file: it must read back exactly.
        precondition(ArticleGraphFile.split(json) != nil, "the article file does not read back for the merged graph")
        _ = NQuadsWriter().quads(document, writer: runner.writer)
    }
}
