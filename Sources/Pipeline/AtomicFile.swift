import Foundation
import NewsGraphCore

/// Writes a file so that readers see either the old content or the whole new one, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
/// A run killed mid-write leaves only a temporary file (`.<name>.<pid>.tmp`), which the next run removes.
public enum AtomicFile {
    /// The suffix of temporary files; `removeStaleTemporaries` deletes such files left by killed runs.
    static let temporarySuffix = ".tmp"

    public static func write(_ text: String, to url: URL) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: url) }
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { try write($0, to: url) }
    }

    public static func write(_ bytes: UnsafeRawBufferPointer, to url: URL) throws {
        let temporary = temporaryURL(for: url)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(url) }
        guard writeAll(bytes, to: descriptor) else {
            let error = failure(url)
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        close(descriptor)
        try commit(temporary, to: url)
    }

    /// Writes every byte with POSIX `write`, retrying after signals; no copy into `Data` on the way.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var written = 0
        while written < bytes.count {
            let count = Foundation.write(descriptor, base + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// `writeAll` for text.
    @discardableResult
    public static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Where a file is written before it is renamed into place.
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid())\(temporarySuffix)")
    }

    /// Renames a finished temporary file over its target.
    static func commit(_ temporary: URL, to url: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            let error = failure(url)
            unlink(temporary.path)
            throw error
        }
    }

    static func failure(_ url: URL) -> NewsGraphError {
        NewsGraphError(.unwritable, path: url.path, message: "cannot write file (\(String(cString: strerror(errno))))")
    }

    /// Deletes temporary files that a killed run left in `folder` (hidden, ending in `.<pid>.tmp`).
    static func removeStaleTemporaries(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(temporarySuffix) {
            let stem = name.dropLast(temporarySuffix.count)
            guard let dot = stem.lastIndex(of: "."), !stem[stem.index(after: dot)...].isEmpty,
                stem[stem.index(after: dot)...].allSatisfy(\.isASCII),
                stem[stem.index(after: dot)...].allSatisfy(\.isNumber)
            else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
