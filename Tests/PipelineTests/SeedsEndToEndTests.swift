import Foundation
import NewsGraphCore
import Pipeline
import Testing

/// The whole pipeline on the seed articles, through the batch runner, as `newsgraph run seeds` does it.
@Suite struct SeedsEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func runSeeds(into folder: URL) throws -> BatchRunner.Summary {
        let lexicons = LexiconDirectory(url: Self.root.appendingPathComponent("Lexicons"))
        let runner = BatchRunner(pipeline: try Pipeline.standard(lexicons: lexicons))
        let sources = try ArticleSource.collect([Self.root.appendingPathComponent("seeds").path], reader: ArticleReader())
        return try runner.run(sources, output: folder)
    }

    @Test func everySeedGetsItsFileAndTheMergedGraph() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-e2e-\(getpid())-1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try runSeeds(into: folder)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }
        #expect(summary.failed == 0)
        #expect(summary.articles == seeds.count)
        #expect(summary.sentences > seeds.count * 5)
        for seed in seeds {
            let name = String(seed.dropLast(4)) + ".jsonld"
            let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let graph = try #require(json?["@graph"] as? [[String: Any]])
            let text = try String(contentsOf: Self.root.appendingPathComponent("seeds/\(seed)"), encoding: .utf8)
            #expect(graph.first?["nif:isString"] as? String == text)
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.jsonld").path))
    }

    @Test func twoRunsWriteIdenticalBytes() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-e2e-\(getpid())-2")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = base.appendingPathComponent("a")
        let second = base.appendingPathComponent("b")
        _ = try runSeeds(into: first)
        _ = try runSeeds(into: second)
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0.hasSuffix(".jsonld") }
        #expect(!names.isEmpty)
        for name in names {
            let a = FileManager.default.contents(atPath: first.appendingPathComponent(name).path)
            let b = FileManager.default.contents(atPath: second.appendingPathComponent(name).path)
            #expect(a == b, "\(name) differs between runs")
        }
    }
}
