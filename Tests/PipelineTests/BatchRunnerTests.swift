import Foundation
import NewsGraphCore
import Pipeline
import Testing

@Suite struct BatchRunnerTests {
    static let articles = [
        "linz":
            "Die Polizei in Linz hat am Dienstag drei Verdächtige festgenommen. Sie sollen 40 Frauen ausgebeutet "
            + "haben.",
        "graz":
            "In Graz stehen seit Montag zwei Männer vor Gericht. Ihnen wird Betrug mit Kryptowährungen vorgeworfen.",
        "wels": "Das Landeskriminalamt Oberösterreich warnt vor falschen Polizisten am Telefon.",
    ]

    func inputFolder() throws -> URL {
        let folder = try TestSupport.scratch("in")
        for (name, text) in Self.articles { try TestSupport.write(text, "\(name).txt", in: folder) }
        return folder
    }

    func run(_ input: URL, _ output: URL, force: Bool = false, jobs: Int = 2) throws -> BatchRunner.Summary {
        try TestSupport.runner(jobs: jobs, force: force).run(ArticleInputs(paths: [input.path]), output: output)
    }

    @Test func secondRunProcessesNothing() throws {
        let (input, output) = (try inputFolder(), try TestSupport.scratch("out"))
        #expect(try run(input, output).articles == 3)
        let again = try run(input, output)
        #expect(again.articles == 0)
        #expect(again.unchanged == 3)
    }

    @Test func forceRedoesEverything() throws {
        let (input, output) = (try inputFolder(), try TestSupport.scratch("out"))
        _ = try run(input, output)
        #expect(try run(input, output, force: true).articles == 3)
    }

    @Test func changedArticleIsTheOnlyOneRedone() throws {
        let (input, output) = (try inputFolder(), try TestSupport.scratch("out"))
        _ = try run(input, output)
        try TestSupport.write("In Graz wurde das Verfahren vertagt.", "graz.txt", in: input)
        let again = try run(input, output)
        #expect(again.articles == 1)
        let graph = try String(contentsOf: output.appendingPathComponent("graph.jsonld"), encoding: .utf8)
        #expect(graph.contains("Verfahren vertagt"))
        #expect(!graph.contains("Kryptowährungen"))
    }

    @Test func removedArticleLosesItsOutput() throws {
        let (input, output) = (try inputFolder(), try TestSupport.scratch("out"))
        _ = try run(input, output)
        try FileManager.default.removeItem(at: input.appendingPathComponent("wels.txt"))
        let again = try run(input, output)
        #expect(again.removed == 1)
        #expect(!TestSupport.files(in: output).contains("wels.jsonld"))
        let graph = try String(contentsOf: output.appendingPathComponent("graph.jsonld"), encoding: .utf8)
        #expect(!graph.contains("Landeskriminalamt"))
    }

    @Test func mergedGraphIsTheSameForAnyJobsAndForResumedRuns() throws {
        let input = try inputFolder()
        let (one, two) = (try TestSupport.scratch("one"), try TestSupport.scratch("two"))
        _ = try run(input, one, jobs: 1)
        _ = try run(input, two, jobs: 4)
        let first = try Data(contentsOf: one.appendingPathComponent("graph.jsonld"))
        #expect(first == (try Data(contentsOf: two.appendingPathComponent("graph.jsonld"))))
        _ = try run(input, two)  // everything unchanged: graph rebuilt from the per-article files
        #expect(first == (try Data(contentsOf: two.appendingPathComponent("graph.jsonld"))))
    }

    @Test func interruptedRunResumes() throws {
        let (input, output) = (try inputFolder(), try TestSupport.scratch("out"))
        _ = try run(input, output)
        let complete = try Data(contentsOf: output.appendingPathComponent("graph.jsonld"))
        // What a run killed mid-way leaves: temporary files, an output without a manifest entry, a journal
        // with a torn last line, and one article not written at all.
        try TestSupport.write("{\"@context\":{", ".graz.jsonld.4242.tmp", in: output)
        try TestSupport.write("{\"@context\":{", ".graph.jsonld.4242.tmp", in: output)
        let manifest = output.appendingPathComponent(Manifest.fileName)
        let lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n")
        try (lines.filter { !$0.hasPrefix("graz\t") && !$0.hasPrefix("linz\t") }.joined(separator: "\n") + "\n")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let linzLine = try #require(lines.first { $0.hasPrefix("linz\t") })
        try TestSupport.write(linzLine + "\n" + "graz\tabc", Manifest.journalName, in: output)
        try FileManager.default.removeItem(at: output.appendingPathComponent("wels.jsonld"))

        let resumed = try run(input, output)
        #expect(resumed.articles == 2)  // graz (torn journal entry) and wels (output missing)
        #expect(resumed.unchanged == 1)  // linz, recorded in the journal
        #expect(!TestSupport.files(in: output).contains { $0.hasSuffix(".tmp") })
        #expect(!TestSupport.files(in: output).contains(Manifest.journalName))
        #expect(try Data(contentsOf: output.appendingPathComponent("graph.jsonld")) == complete)
        #expect(try run(input, output).articles == 0)
    }

    @Test func jsonLinesFeedDateAndLanguageIntoTheDocument() throws {
        let folder = try TestSupport.scratch("jsonl")
        try TestSupport.write(
            #"{"id":"a1","text":"Die Staatsanwaltschaft Wien ermittelt.","date":"2022-06-01","language":"de"}"# + "\n",
            "in.jsonl", in: folder)
        let output = try TestSupport.scratch("out")
        let summary = try TestSupport.runner().run(
            ArticleInputs(paths: [folder.appendingPathComponent("in.jsonl").path]), output: output)
        #expect(summary.articles == 1)
        let text = try String(contentsOf: output.appendingPathComponent("a1.jsonld"), encoding: .utf8)
        #expect(text.contains("\"schema:datePublished\":\"2022-06-01\""))
        #expect(text.contains("\"schema:inLanguage\":\"de\""))
    }

    @Test func dateOptionReachesTextFiles() throws {
        let output = try TestSupport.scratch("out")
        _ = try TestSupport.runner().run(
            ArticleInputs(paths: [try inputFolder().path], publicationDate: "2021-03-04"), output: output)
        let text = try String(contentsOf: output.appendingPathComponent("linz.jsonld"), encoding: .utf8)
        #expect(text.contains("\"schema:datePublished\":\"2021-03-04\""))
    }

    @Test func smallWindowsGiveTheSameGraph() throws {
        let input = try inputFolder()
        let (whole, windowed) = (try TestSupport.scratch("whole"), try TestSupport.scratch("windowed"))
        _ = try run(input, whole)
        var runner = try TestSupport.runner()
        runner.windowArticles = 1
        _ = try runner.run(ArticleInputs(paths: [input.path]), output: windowed)
        #expect(
            try Data(contentsOf: whole.appendingPathComponent("graph.jsonld"))
                == Data(contentsOf: windowed.appendingPathComponent("graph.jsonld")))
    }
}

@Suite struct JSONLinesBatchTests {
    @Test func duplicateIdsGetDistinctFilesAndAWarning() throws {
        let folder = try TestSupport.scratch("dup")
        try TestSupport.write(
            #"{"id":"x","text":"Erste Meldung aus Wien."}"# + "\n" + #"{"id":"x","text":"Zweite Meldung aus Graz."}"#
                + "\n",
            "in.jsonl", in: folder)
        let output = try TestSupport.scratch("out")
        let summary = try TestSupport.runner().run(
            ArticleInputs(paths: [folder.appendingPathComponent("in.jsonl").path]), output: output)
        #expect(summary.articles == 2)
        #expect(TestSupport.files(in: output).contains("x-2.jsonld"))
        #expect(summary.diagnostics.contains { $0.severity == .warning && $0.source.hasSuffix("in.jsonl:2") })
    }

    @Test func overlongLineIsRefusedAndTheNextLineRead() throws {
        let folder = try TestSupport.scratch("long")
        let long = #"{"id":"big","text":""# + String(repeating: "a", count: 3 << 20) + "\"}\n"
        try TestSupport.write(
            long + #"{"id":"small","text":"Die Polizei in Linz ermittelt."}"# + "\n", "in.jsonl", in: folder)
        let output = try TestSupport.scratch("out")
        var runner = try TestSupport.runner()
        runner.reader = ArticleReader(maximumBytes: 1 << 20)
        let summary = try runner.run(
            ArticleInputs(paths: [folder.appendingPathComponent("in.jsonl").path], reader: runner.reader),
            output: output)
        #expect(summary.failed == 1 && summary.articles == 1)
        #expect(summary.diagnostics.contains { $0.message.hasPrefix("line is too long") })
        #expect(TestSupport.files(in: output).contains("small.jsonld"))
    }
}
