import Foundation
import NewsGraphCore

/// One article to process: where it comes from and, once read, its text and metadata.
public struct ArticleSource: Sendable {
    /// The file, or `file:line` for a JSON Lines record; used in every message about the article.
    public let origin: String
    /// Unique in the batch; the output file is `<name>.jsonld`.
    public var name: String
    public let load: @Sendable () throws -> (text: String, metadata: Metadata, diagnostics: [Diagnostic])

    /// What the input says about an article beyond its text.
    public struct Metadata: Sendable {
        public var language: String?
        public var publicationDate: String?
        public init(language: String? = nil, publicationDate: String? = nil) {
            self.language = language
            self.publicationDate = publicationDate
        }
    }

    public init(
        origin: String, name: String,
        load: @escaping @Sendable () throws -> (text: String, metadata: Metadata, diagnostics: [Diagnostic])
    ) {
        self.origin = origin
        self.name = name
        self.load = load
    }

    /// The articles in files and folders (`.txt` files, searched recursively), sorted by path, with names
    /// made unique and safe as file names. A path that does not exist is an error.
    public static func collect(_ paths: [String], reader: ArticleReader) throws -> [ArticleSource] {
        let fm = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NewsGraphError(.unreadable, path: path, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let base = URL(fileURLWithPath: path)
                guard let walker = fm.enumerator(atPath: path) else { continue }
                for case let relative as String in walker where relative.hasSuffix(".txt") {
                    files.append(base.appendingPathComponent(relative).path)
                }
            } else {
                files.append(path)
            }
        }
        var used: Set<String> = []
        return files.sorted().map { file in
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let name = uniqueName(safeName(stem), used: &used)
            return ArticleSource(origin: file, name: name) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw NewsGraphError(.unreadable, path: file, message: "cannot read file")
                }
                let (text, diagnostics) = try reader.text(from: data, path: file)
                return (text, Metadata(), diagnostics)
            }
        }
    }

    /// A name that cannot leave the output folder: no separators, no leading dot, nothing unprintable.
    static func safeName(_ raw: String) -> String {
        var out = String(raw.unicodeScalars.map { scalar -> Character in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control ? "_" : Character(scalar)
        })
        while out.hasPrefix(".") { out.removeFirst() }
        if out.isEmpty { out = "article" }
        return String(out.prefix(150))
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
