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
        subcommands: [Run.self, Stream.self]
    )
}

/// Options both commands share.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The Lexicons/ folder (default: found next to the executable or the current folder).")
    var lexicons: String?

    @Option(name: .long, help: "Articles processed at once (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "Publication date (YYYY-MM-DD) of the .txt inputs.")
    var date: String?

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let date, PublicationDate.parse(date) != date {
            throw ValidationError("--date must be a calendar day as YYYY-MM-DD, not \"\(date)\"")
        }
    }

    func runner(force: Bool = false) throws -> BatchRunner {
        let directory = try LexiconDirectory.locate(explicit: lexicons)
        let pipeline = try Pipeline.standard(lexicons: directory)
        return BatchRunner(
            pipeline: pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force,
            version: Manifest.version(pipeline: Pipeline.version, lexicons: directory))
    }
}

/// `newsgraph run <files or folders> --out <dir>`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process articles into <out>/<name>.jsonld and <out>/graph.jsonld; reruns redo only what changed.",
        discussion: "Exit status: 0 all articles written, 1 some articles failed (each named on standard error), "
            + "2 the run could not start.")

    @Argument(
        help: ArgumentHelp(
            "Article files (.txt), folders searched recursively for .txt files, JSON Lines files (.jsonl, .ndjson: id, "
                + "text, optional date, language, url, title), or - for JSON Lines on standard input."))
    var inputs: [String]

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Flag(name: .long, help: "Process every article again, even when its output is current.")
    var force = false

    @Flag(
        name: .long, inversion: .prefixedNo, help: "Show a progress line (default: when standard error is a terminal).")
    var progress: Bool?

    @OptionGroup var options: CommonOptions

    func run() throws {
        var standardError = StandardError()
        let summary: BatchRunner.Summary
        do {
            let runner = try options.runner(force: force)
            let sources = try ArticleInputs(paths: inputs, publicationDate: options.date)
            let reporter = progress.map { ProgressReporter(enabled: $0) } ?? ProgressReporter()
            summary = try runner.run(sources, output: URL(fileURLWithPath: out), progress: reporter) { diagnostic in
                print(diagnostic, to: &standardError)
            }
        } catch let error as NewsGraphError {
            print(error, to: &standardError)
            throw ExitCode(2)
        }
        print(
            "newsgraph: \(summary.articles) articles written, \(summary.unchanged) unchanged, "
                + "\(summary.failed) failed, \(summary.removed) removed; \(summary.sentences) sentences, "
                + "\(summary.entities) entities, "
                + "\(summary.quantities) quantities, \(summary.dates) dates, \(summary.relations) relations; "
                + String(format: "%.2f s", summary.seconds), to: &standardError)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

/// `newsgraph stream --format jsonld|nquads`: JSON Lines on standard input, one result per article out.
struct Stream: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read JSON Lines articles on standard input; write one JSON-LD line (or its N-Quads) per article.",
        discussion: "For Spark RDD.pipe and Hadoop Streaming. Bad records are named on standard error and give no "
            + "output; the exit status is 1 if any record failed, unless --ignore-errors.")

    @Option(name: .long, help: "jsonld (one JSON-LD document per line) or nquads.")
    var format: StreamRunner.Format = .jsonld

    @Flag(name: .long, help: "Exit 0 even when some records failed (they are still reported).")
    var ignoreErrors = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        var standardError = StandardError()
        let summary: BatchRunner.Summary
        do {
            let stream = StreamRunner(runner: try options.runner(), format: format)
            let inputs = try ArticleInputs(paths: ["-"], publicationDate: options.date)
            summary = stream.run(inputs, emit: { AtomicFile.writeAll($0, to: STDOUT_FILENO) }) { diagnostic in
                print(diagnostic, to: &standardError)
            }
        } catch let error as NewsGraphError {
            print(error, to: &standardError)
            throw ExitCode(2)
        }
        if summary.failed > 0 && !ignoreErrors { throw ExitCode(1) }
    }
}

extension StreamRunner.Format: ExpressibleByArgument {}

/// Standard error for `print(_:to:)`, written with POSIX `write` (see `AtomicFile.writeAll`).
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        AtomicFile.writeAll(string, to: STDERR_FILENO)
    }
}
