import Foundation

/// The `Lexicons/` folder: where stages find their lists, and how they read a list's rows.
public struct LexiconDirectory: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// Finds `Lexicons/` from, in order: the `NEWSGRAPH_LEXICONS` environment variable, the folders above
    /// the running executable (a build inside the repository), and the current directory and its parents.
    public static func locate(explicit: String? = nil) throws -> LexiconDirectory {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_LEXICONS"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: fm.currentDirectoryPath)] {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                candidates.append(folder.appendingPathComponent("Lexicons"))
                folder = folder.deletingLastPathComponent()
            }
        }
        for candidate in candidates
        where fm.fileExists(atPath: candidate.appendingPathComponent("lists.def").path) {
            return LexiconDirectory(url: candidate)
        }
        throw NewsGraphError(
            .badLexicon, path: "Lexicons",
            message: "no Lexicons/ folder with lists.def found; set NEWSGRAPH_LEXICONS or pass --lexicons")
    }

    /// A file's content as text.
    public func text(of relativePath: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw NewsGraphError(.badLexicon, path: file.path, message: "cannot read lexicon file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(.badLexicon, path: file.path, message: "lexicon file is not UTF-8")
        }
        return text
    }

    /// Tab-separated rows of a list, without comments (`#`) and blank lines, with their 1-based line numbers.
    public func rows(of relativePath: String) throws -> [(line: Int, fields: [Substring])] {
        var out: [(Int, [Substring])] = []
        var lineNumber = 0
        for line in try text(of: relativePath).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.append((lineNumber, trimmed.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        return out
    }

    /// The first column of every row, for one-word-per-line lists.
    /// Read as bytes (`TSVFile`): splitting the text as `Character`s cost milliseconds a list of ten thousand.
    public func words(of relativePath: String) throws -> [String] {
        let file = try TSVFile(lexicons: self, file: relativePath)
        var words: [String] = []
        file.forEachRow { row in
            let word = file.trimmed(row[0])
            if !word.isEmpty { words.append(file.string(word)) }
        }
        return words
    }
}
