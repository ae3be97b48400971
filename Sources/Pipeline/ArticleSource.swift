import Foundation
import NewsGraphCore

/// One article to process: where it comes from, its name in the output, and how to get its content.
public struct ArticleSource: Sendable {
    /// The file, or `file:line` for a JSON Lines record; used in every message about the article.
    public let origin: String
    /// Unique in the batch; the output file is `<name>.jsonld`.
    public var name: String
    let content: Content
    /// Bytes this source holds in memory before it is processed; bounds a processing window.
    var heldBytes: Int {
        switch content {
        case .file: return 0
        case .record(let article, let line): return article.text.utf8.count + line.count
        case .failure: return 0
        }
    }

    enum Content: Sendable {
        /// A `.txt` file, read when processed; the date comes from `--date`.
        case file(path: String, publicationDate: String?)
        /// A JSON Lines record, already parsed; the line's bytes are its content hash input.
        case record(Article, line: Data)
        /// An input that could not even be read as a record (bad JSON, overlong line).
        case failure(NewsGraphError)
    }

    /// What the input says about an article beyond its text.
    public struct Metadata: Sendable, Equatable {
        public var language: String?
        public var publicationDate: String?
        public var title: String?
        public var url: String?
        public init(language: String? = nil, publicationDate: String? = nil, title: String? = nil, url: String? = nil) {
            self.language = language
            self.publicationDate = publicationDate
            self.title = title
            self.url = url
        }
    }

    init(origin: String, name: String, content: Content) {
        self.origin = origin
        self.name = name
        self.content = content
    }

    /// A `.txt` file as a source.
    public static func file(_ path: String, name: String, publicationDate: String? = nil) -> ArticleSource {
        ArticleSource(origin: path, name: name, content: .file(path: path, publicationDate: publicationDate))
    }

    /// The articles in files and folders (`.txt` files, searched recursively), sorted by path, with names
    /// made unique and safe as file names. A path that does not exist is an error.
    public static func collect(
        _ paths: [String], reader: ArticleReader, publicationDate: String? = nil
    ) throws -> [ArticleSource] {
        var used: Set<String> = []
        return try textFiles(in: paths).map { file in
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            return .file(file, name: uniqueName(safeName(stem), used: &used), publicationDate: publicationDate)
        }
    }

    /// `.txt` files named directly or found in folders (recursively), sorted by path.
    static func textFiles(in paths: [String]) throws -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NewsGraphError(.unreadable, path: path, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let base = URL(fileURLWithPath: path)
                guard let walker = fm.enumerator(atPath: path) else {
                    throw NewsGraphError(.unreadable, path: path, message: "cannot list folder")
                }
                for case let relative as String in walker where relative.hasSuffix(".txt") {
                    files.append(base.appendingPathComponent(relative).path)
                }
            } else {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// A name that cannot leave the output folder: no separators, no leading dot, nothing unprintable,
    /// at most 200 UTF-8 bytes (file systems allow 255 for `<name>.jsonld` and the temporary file's affixes).
    public static func safeName(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var bytes = 0
        for scalar in raw.unicodeScalars {
            let category = scalar.properties.generalCategory
            let unsafe = scalar == "/" || scalar == "\\" || scalar == "\0" || category == .control
                || category == .format || category == .lineSeparator || category == .paragraphSeparator
            let kept: Unicode.Scalar = unsafe ? "_" : scalar
            bytes += UTF8.width(kept)
            if bytes > 200 { break }
            out.append(kept)
        }
        var name = String(out)
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "article" : name
    }

    static func uniqueName(_ name: String, used: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while used.contains(candidate) || candidate == "graph" {
            candidate = "\(name)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}

/// An article's text and metadata, read and validated, ready for the pipeline.
public struct Article: Sendable {
    public var name: String
    public let origin: String
    public let text: String
    public var metadata: ArticleSource.Metadata
    public var diagnostics: [Diagnostic]

    public init(
        name: String, origin: String, text: String, metadata: ArticleSource.Metadata = .init(),
        diagnostics: [Diagnostic] = []
    ) {
        self.name = name
        self.origin = origin
        self.text = text
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}
