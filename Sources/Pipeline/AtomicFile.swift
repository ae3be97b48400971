import Foundation
import NewsGraphCore

/// Writes a file so that readers see either the old content or the whole new one, never a part:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw NewsGraphError(.unwritable, path: url.path, message: "cannot write file")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw NewsGraphError(.unwritable, path: url.path, message: "cannot write file (\(reason))")
        }
    }
}
