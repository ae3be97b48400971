import Dispatch
import Foundation
import JSONLD
import NewsGraphCore

/// Runs a pipeline over many articles in parallel and writes one `.jsonld` per article plus a merged
/// `graph.jsonld`. A bad article becomes a diagnostic; the rest of the batch goes on.
///
/// Articles stream through in windows (at most `windowArticles` articles and `windowBytes` bytes of
/// input held at once), each window processed by `jobs` threads; results are consumed in input order,
/// so output is the same for any number of jobs. A manifest makes reruns incremental (see `Manifest`).
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let writer: JSONLDWriter
    /// Threads that process articles at once.
    public var jobs: Int
    /// Redo every article even when the manifest says its output is current.
    public var force: Bool
    /// Pipeline and lexicon version recorded in the manifest; a change redoes every article.
    public var version: String
    public var reader: ArticleReader
    public var windowArticles = 256
    public var windowBytes = 64 << 20

    public init(
        pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false,
        version: String = Pipeline.version, reader: ArticleReader = ArticleReader()
    ) {
        self.pipeline = pipeline
        self.writer = JSONLDWriter(pipelineVersion: Pipeline.version)
        self.jobs = max(1, jobs)
        self.force = force
        self.version = version
        self.reader = reader
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Articles processed and written in this run.
        public var articles = 0
        /// Articles skipped because their output was current.
        public var unchanged = 0
        public var failed = 0
        /// Outputs deleted because their article is no longer among the inputs (or now fails).
        public var removed = 0
        public var sentences = 0
        public var entities = 0
        public var quantities = 0
        public var dates = 0
        public var relations = 0
        /// Input bytes of the processed articles.
        public var bytes = 0
        public var seconds = 0.0
        /// Every diagnostic, unless the run was given a handler for them.
        public var diagnostics: [Diagnostic] = []
        public var errors: Int { failed }
    }

    /// Processes `sources` and writes into `output` (created if missing).
    public func run(_ sources: [ArticleSource], output: URL) throws -> Summary {
        var iterator = sources.makeIterator()
        return try run(next: { iterator.next() }, expectedCount: sources.count, output: output)
    }

    /// Processes the articles of `inputs` and writes into `output` (created if missing).
    public func run(
        _ inputs: ArticleInputs, output: URL, progress: ProgressReporter? = nil,
        report: ((Diagnostic) -> Void)? = nil
    ) throws -> Summary {
        try run(
            next: inputs.next, expectedCount: inputs.expectedCount, output: output, progress: progress,
            report: report)
    }

    func run(
        next: () -> ArticleSource?, expectedCount: Int?, output: URL, progress: ProgressReporter? = nil,
        report: ((Diagnostic) -> Void)? = nil
    ) throws -> Summary {
        let started = DispatchTime.now()
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw NewsGraphError(.unwritable, path: output.path, message: "cannot create the output folder")
        }
        AtomicFile.removeStaleTemporaries(in: output)
        let previous = Manifest.load(from: output)
        let known = force ? Manifest() : previous
        var current = Manifest()
        let journal = try ManifestJournal(folder: output)
        let merged = try MergedGraphWriter(target: output.appendingPathComponent("graph.jsonld"))
        var summary = Summary()
        let total = expectedCount
        progress?.start(total: total)
        do {
            while true {
                var window: [ArticleSource] = []
                var heldBytes = 0
                while window.count < windowArticles, heldBytes < windowBytes, let source = next() {
                    window.append(source)
                    heldBytes += source.heldBytes
                }
                if window.isEmpty { break }
                let batch = window
                let outcomes = parallelMap(batch.count) { index in
                    let outcome = outcome(batch[index], known: known, output: output, journal: journal)
                    progress?.articleDone(bytes: outcome.bytes)
                    return outcome
                }
                for outcome in outcomes {
                    for diagnostic in outcome.diagnostics {
                        if let report { report(diagnostic) } else { summary.diagnostics.append(diagnostic) }
                    }
                    switch outcome.status {
                    case .failed:
                        summary.failed += 1
                        continue
                    case .written:
                        summary.articles += 1
                        summary.bytes += outcome.bytes
                        summary.sentences += outcome.counts.sentences
                        summary.entities += outcome.counts.entities
                        summary.quantities += outcome.counts.quantities
                        summary.dates += outcome.counts.dates
                        summary.relations += outcome.counts.relations
                    case .unchanged:
                        summary.unchanged += 1
                    }
                    current[outcome.name] = outcome.entry
                    try merged.append(articleNodes: outcome.articleNodes, entities: outcome.entities)
                }
            }
            // Outputs of articles that are gone, or that now fail, would be stale: remove them.
            for name in previous.entries.keys.sorted() where current[name] == nil && Self.isSafe(name) {
                if unlink(output.appendingPathComponent("\(name).jsonld").path) == 0 { summary.removed += 1 }
            }
            try merged.finish()
            try current.save(to: output)
        } catch {
            merged.abandon()
            progress?.finish()
            throw error
        }
        progress?.finish()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return summary
    }

    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && name != "graph"
    }

    /// One article through the pipeline; the document is the result, or nil with the error as diagnostic.
    public func result(for article: Article) -> ArticleResult {
        var document = Document(
            name: article.name, text: article.text, language: article.metadata.language,
            publicationDate: article.metadata.publicationDate)
        do {
            let diagnostics = try pipeline.process(&document)
            return ArticleResult(document: document, diagnostics: article.diagnostics + diagnostics)
        } catch let error as NewsGraphError {
            return ArticleResult(
                document: nil,
                diagnostics: article.diagnostics + [Diagnostic(.error, source: article.origin, message: error.message)])
        } catch {
            return ArticleResult(
                document: nil,
                diagnostics: article.diagnostics + [Diagnostic(.error, source: article.origin, message: "\(error)")])
        }
    }

    /// The article of a source, read and validated, with the bytes its content hash covers.
    func read(_ source: ArticleSource) throws -> (load: () throws -> Article, hash: String, bytes: Int) {
        switch source.content {
        case .file(let path, let date):
            let data = try reader.contents(ofFile: path)
            var hasher = SHA256()
            hasher.update(data)
            if let date { hasher.update(Array("\0date=\(date)".utf8)) }
            let load = {
                let (text, diagnostics) = try reader.text(from: data, path: path)
                return Article(
                    name: source.name, origin: path, text: text, metadata: .init(publicationDate: date),
                    diagnostics: diagnostics)
            }
            return (load, hasher.finalizeHex(), data.count)
        case .record(let article, let line):
            return ({ article }, SHA256.hex(line), line.count)
        case .failure(let error):
            throw error
        }
    }

    private func outcome(
        _ source: ArticleSource, known: Manifest, output: URL, journal: ManifestJournal
    ) -> Outcome {
        var outcome = Outcome(name: source.name)
        let file = output.appendingPathComponent("\(source.name).jsonld")
        do {
            let (load, hash, bytes) = try read(source)
            let entry = Manifest.Entry(contentHash: hash, version: version)
            outcome.entry = entry
            if known[source.name] == entry, let data = FileManager.default.contents(atPath: file.path),
                let (nodes, entities) = ArticleGraphFile.split(String(decoding: data, as: UTF8.self))
            {
                outcome.status = .unchanged
                outcome.articleNodes = nodes
                outcome.entities = entities
                return outcome
            }
            let article = try load()
            let result = result(for: article)
            outcome.diagnostics = result.diagnostics
            guard let document = result.document else { return outcome }
            let parts = writer.serializedParts(document)
            try AtomicFile.write(parts.file, to: file)
            journal.append(Manifest.line(name: source.name, entry: entry))
            outcome.articleNodes = String(decoding: parts.articleNodes, as: UTF8.self)
            outcome.entities = parts.entities
            outcome.status = .written
            outcome.bytes = bytes
            outcome.counts = Counts(
                sentences: document.sentences.count, entities: document.entities.count,
                quantities: document.quantities.count, dates: document.dates.count,
                relations: document.relations.count)
        } catch let error as NewsGraphError {
            outcome.diagnostics.append(Diagnostic(.error, source: error.path, message: error.message))
        } catch {
            outcome.diagnostics.append(Diagnostic(.error, source: source.origin, message: "\(error)"))
        }
        return outcome
    }

    /// `body` for every index in `0..<count` on `jobs` threads; results in index order.
    func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // Without this, every result (each article's output text) would leak.
            _ = results.deinitialize()
            results.deallocate()
        }
        let shared = SendableBuffer(buffer: results)
        let counter = IndexCounter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while let index = counter.next(below: count) {
                shared.buffer[index] = body(index)
            }
        }
        return results.map { $0! }
    }

    private struct Counts: Sendable {
        var sentences = 0, entities = 0, quantities = 0, dates = 0, relations = 0
    }

    private struct Outcome: Sendable {
        enum Status: Sendable { case failed, written, unchanged }
        let name: String
        var status = Status.failed
        var entry: Manifest.Entry?
        var articleNodes = ""
        var entities: [EntityNode] = []
        var counts = Counts()
        var bytes = 0
        var diagnostics: [Diagnostic] = []
    }
}

/// One article's document after the pipeline (nil when it failed) and everything said about it.
public struct ArticleResult: Sendable {
    public var document: Document?
    public var diagnostics: [Diagnostic]
}

/// Hands out indices to the threads of `parallelMap`, each exactly once.
private final class IndexCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < count else { return nil }
        value += 1
        return value - 1
    }
}

/// Lets the parallel loop write each result into its own slot of one buffer.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
