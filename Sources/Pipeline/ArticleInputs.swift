import Foundation
import NewsGraphCore

/// The articles of a run, produced one at a time so that a batch of any size streams through:
/// first every `.txt` file (named or in folders, sorted by path), then the records of each JSON Lines
/// input (`*.jsonl`, `*.ndjson`, or `-` for standard input) in the order given.
public final class ArticleInputs {
    private let reader: ArticleReader
    private var textFiles: IndexingIterator<[String]>
    private let publicationDate: String?
    private var jsonLinesPaths: [String]
    private var lines: LineReader?
    private var linesPath = ""
    private var used: Set<String> = []
    /// How many articles there are, when that is known without reading standard input.
    public let expectedCount: Int?

    public init(paths: [String], reader: ArticleReader = ArticleReader(), publicationDate: String? = nil) throws {
        self.reader = reader
        self.publicationDate = publicationDate
        let jsonLines = paths.filter { $0 == "-" || $0.hasSuffix(".jsonl") || $0.hasSuffix(".ndjson") }
        let files = try ArticleSource.textFiles(in: paths.filter { !jsonLines.contains($0) })
        var count: Int? = files.count
        for path in jsonLines {
            guard path != "-" else {
                count = nil
                continue
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw NewsGraphError(.unreadable, path: path, message: "no such file or not readable")
            }
            count = count.map { $0 + Self.lineCount(path) }
        }
        textFiles = files.makeIterator()
        jsonLinesPaths = jsonLines
        expectedCount = count
    }

    /// The next article, or nil when every input is exhausted.
    public func next() -> ArticleSource? {
        if let file = textFiles.next() {
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let name = ArticleSource.uniqueName(ArticleSource.safeName(stem), used: &used)
            return .file(file, name: name, publicationDate: publicationDate)
        }
        while true {
            if lines == nil {
                guard !jsonLinesPaths.isEmpty else { return nil }
                linesPath = jsonLinesPaths.removeFirst()
                do {
                    lines =
                        linesPath == "-"
                        ? LineReader(descriptor: 0, closeOnDeinit: false, maximumBytes: reader.maximumBytes * 2)
                        : try LineReader(path: linesPath, maximumBytes: reader.maximumBytes * 2)
                } catch let error as NewsGraphError {
                    return ArticleSource(origin: linesPath, name: "", content: .failure(error))
                } catch {
                    return nil
                }
            }
            guard let lines, let line = lines.next() else {
                self.lines = nil
                continue
            }
            let origin = "\(linesPath == "-" ? "<stdin>" : linesPath):\(lines.lineNumber)"
            switch line {
            case .tooLong(let bytes):
                let error = NewsGraphError(
                    .tooLarge, path: origin,
                    message: "line is too long (\(bytes) bytes; the limit is \(reader.maximumBytes * 2) bytes)")
                return ArticleSource(origin: origin, name: "", content: .failure(error))
            case .text(let data):
                do {
                    guard var article = try JSONLinesReader.parse(line: data, origin: origin, reader: reader) else {
                        continue
                    }
                    let wanted = article.name
                    article.name = ArticleSource.uniqueName(wanted, used: &used)
                    if article.name != wanted {
                        article.diagnostics.append(
                            Diagnostic(
                                .warning, source: origin,
                                message: "name \"\(wanted)\" is already taken in this batch; "
                                    + "written as \(article.name).jsonld"
                            ))
                    }
                    return ArticleSource(origin: origin, name: article.name, content: .record(article, line: data))
                } catch let error as NewsGraphError {
                    return ArticleSource(origin: origin, name: "", content: .failure(error))
                } catch {
                    return ArticleSource(
                        origin: origin, name: "",
                        content: .failure(NewsGraphError(.badInput, path: origin, message: "\(error)")))
                }
            }
        }
    }

    /// Non-blank lines of a file, for the progress estimate; reads in bounded chunks.
    static func lineCount(_ path: String) -> Int {
        guard let reader = try? LineReader(path: path, maximumBytes: 1 << 20) else { return 0 }
        var count = 0
        while let line = reader.next() {
            if case .text(let data) = line, data.isEmpty { continue }
            count += 1
        }
        return count
    }
}
