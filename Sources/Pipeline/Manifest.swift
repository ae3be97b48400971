import Foundation
import NewsGraphCore

/// What an output folder holds: for every article written, its name, the SHA-256 of its input and the
/// pipeline and lexicon version that wrote it. A rerun skips an article whose entry still matches.
///
/// Stored as `.newsgraph-manifest.tsv` (rewritten atomically at the end of a run) plus an append-only
/// `.newsgraph-manifest.journal` that records each article as soon as its output is in place, so a killed
/// run loses no finished work. A torn last journal line is ignored.
public struct Manifest: Sendable {
    public struct Entry: Sendable, Equatable {
        public var contentHash: String
        public var version: String
    }

    public static let fileName = ".newsgraph-manifest.tsv"
    public static let journalName = ".newsgraph-manifest.journal"
    static let header = "# newsgraph manifest 1: name, SHA-256 of input, pipeline version + lexicon hash"

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// The manifest of `folder` with its journal replayed; empty when there is none.
    public static func load(from folder: URL) -> Manifest {
        var manifest = Manifest()
        for name in [fileName, journalName] {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            let complete =
                text.hasSuffix("\n") ? Substring(text) : text[..<(text.lastIndex(of: "\n") ?? text.startIndex)]
            for line in complete.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 3, !fields[0].isEmpty, fields[1].count == 64,
                    fields[1].allSatisfy(\.isHexDigit)
                else { continue }
                manifest.entries[String(fields[0])] = Entry(contentHash: String(fields[1]), version: String(fields[2]))
            }
        }
        return manifest
    }

    public subscript(name: String) -> Entry? {
        get { entries[name] }
        set { entries[name] = newValue }
    }

    static func line(name: String, entry: Entry) -> String {
        "\(name)\t\(entry.contentHash)\t\(entry.version)\n"
    }

    /// Writes the whole manifest atomically (entries sorted by name) and drops the journal it supersedes.
    public func save(to folder: URL) throws {
        var text = Self.header + "\n"
        for name in entries.keys.sorted() {
            if let entry = entries[name] { text += Self.line(name: name, entry: entry) }
        }
        try AtomicFile.write(text, to: folder.appendingPathComponent(Self.fileName))
        unlink(folder.appendingPathComponent(Self.journalName).path)
    }

    /// The version part of an entry: pipeline version and the hash of every lexicon file.
    public static func version(pipeline: String, lexicons: LexiconDirectory) -> String {
        "\(pipeline)+\(lexiconHash(lexicons).prefix(16))"
    }

    /// SHA-256 over the relative path and bytes of every file under `Lexicons/`, in path order.
    public static func lexiconHash(_ lexicons: LexiconDirectory) -> String {
        let fm = FileManager.default
        var hasher = SHA256()
        let paths = (fm.enumerator(atPath: lexicons.url.path)?.compactMap { $0 as? String } ?? []).sorted()
        for relative in paths {
            let path = lexicons.url.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = fm.contents(atPath: path)
            else { continue }
            hasher.update(Array(relative.utf8) + [0])
            hasher.update(Array(String(data.count).utf8) + [0])
            hasher.update(data)
        }
        return hasher.finalizeHex()
    }
}

/// Appends manifest entries to the journal as articles finish (from any thread), so that a killed run
/// loses no finished article.
final class ManifestJournal: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    init(folder: URL) throws {
        let url = folder.appendingPathComponent(Manifest.journalName)
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw AtomicFile.failure(url) }
        // A torn line from a killed run would swallow the next entry; start on a fresh line.
        let _ = "\n".withCString { Foundation.write(descriptor, $0, 1) }
    }

    deinit { close(descriptor) }

    func append(_ lines: String) {
        guard !lines.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        AtomicFile.writeAll(lines, to: descriptor)
    }
}
