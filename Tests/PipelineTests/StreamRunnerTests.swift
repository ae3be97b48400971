import Foundation
import NewsGraphCore
@testable import Pipeline
import Testing

@Suite struct StreamRunnerTests {
    static let text =
        "Die Polizei in Salzburg hat 12 Verdächtige festgenommen. Ein Sprecher sagte, man ermittle weiter."

    @Test func jsonldLineIsTheArticleFileOnOneLine() throws {
        let runner = try TestSupport.runner()
        let result = runner.result(for: Article(name: "s1", origin: "s1", text: Self.text))
        let document = try #require(result.document)
        let line = StreamRunner(runner: runner, format: .jsonld).line(document)
        #expect(line.hasSuffix("\n") && line.dropLast().firstIndex(of: "\n") == nil)
        #expect(
            line.replacingOccurrences(of: "\n", with: "")
                == runner.writer.document(document).replacingOccurrences(of: "\n", with: ""))
    }

    @Test func nquadsAreOneStatementPerLineInTheArticleGraph() throws {
        let runner = try TestSupport.runner()
        let document = try #require(runner.result(for: Article(name: "s1", origin: "s1", text: Self.text)).document)
        let quads = StreamRunner(runner: runner, format: .nquads).line(document).split(separator: "\n")
        #expect(!quads.isEmpty)
        for quad in quads {
            #expect(quad.hasPrefix("<") && quad.hasSuffix(" <urn:newsgraph:article:s1> ."))
        }
        #expect(
            quads.contains {
                $0.contains(
                    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                        + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence>")
            })
    }
}

@Suite struct NQuadsWriterTests {
    @Test(arguments: [
        (1.5, "1.5E0"), (0.25, "2.5E-1"), (1234.5, "1.2345E3"), (-0.001, "-1.0E-3"), (2.5e20, "2.5E20"),
        (1e-5, "1.0E-5"), (0, "0.0E0"),
    ])
    func canonicalDoubles(value: Double, text: String) {
        #expect(NQuadsWriter.canonicalDouble(value) == text)
    }
}
