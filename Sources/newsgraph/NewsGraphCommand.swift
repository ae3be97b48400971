import ArgumentParser
import Foundation
import NewsGraphCore
import Pipeline

/// The `newsgraph` command line: argument parsing only; the work happens in `Pipeline`.
@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turns German news articles into a knowledge graph (NIF + schema.org JSON-LD).",
        version: Pipeline.version,
        subcommands: [Run.self]
    )
}

/// `newsgraph run <files or folders> --out <dir>`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process .txt articles (files or folders) into <out>/<name>.jsonld and <out>/graph.jsonld.")

    @Argument(help: "Article files (.txt) or folders searched recursively for .txt files.")
    var inputs: [String]

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Option(name: .long, help: "The Lexicons/ folder (default: found next to the executable or the current folder).")
    var lexicons: String?

    func run() throws {
        let lexiconDirectory = try LexiconDirectory.locate(explicit: lexicons)
        let pipeline = try Pipeline.standard(lexicons: lexiconDirectory)
        let sources = try ArticleSource.collect(inputs, reader: ArticleReader())
        let summary = try BatchRunner(pipeline: pipeline).run(sources, output: URL(fileURLWithPath: out))
        var standardError = FileHandle.standardError
        for diagnostic in summary.diagnostics where diagnostic.severity >= .warning {
            print(diagnostic, to: &standardError)
        }
        print(
            "newsgraph: \(summary.articles) articles, \(summary.failed) failed, \(summary.sentences) sentences, "
                + "\(summary.entities) entities, \(summary.quantities) quantities, \(summary.dates) dates, "
                + "\(summary.relations) relations", to: &standardError)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
