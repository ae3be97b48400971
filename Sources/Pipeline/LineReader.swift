import Foundation
import NewsGraphCore

/// Reads `\n`-terminated lines from a file descriptor in bounded memory: a line longer than `maximumBytes`
/// is skipped to its end and reported, never buffered whole.
final class LineReader {
    /// One line without its `\n` (and without a trailing `\r`), or the length of a line that was too long.
    enum Line {
        case text(Data)
        case tooLong(bytes: Int)
    }

    private let descriptor: Int32
    private let closeOnDeinit: Bool
    private let maximumBytes: Int
    private var buffer = Data()
    private var start = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(descriptor: Int32, closeOnDeinit: Bool, maximumBytes: Int) {
        self.descriptor = descriptor
        self.closeOnDeinit = closeOnDeinit
        self.maximumBytes = maximumBytes
    }

    convenience init(path: String, maximumBytes: Int) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw NewsGraphError(.unreadable, path: path, message: "cannot read file (\(String(cString: strerror(errno))))")
        }
        self.init(descriptor: descriptor, closeOnDeinit: true, maximumBytes: maximumBytes)
    }

    deinit {
        if closeOnDeinit { close(descriptor) }
    }

    /// The next line, or nil at the end of the input.
    func next() -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                defer { start = newline + 1 }
                if skipped > 0 { return .tooLong(bytes: skipped + newline - start) }
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return .text(buffer.subdata(in: start..<end))
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                let rest = buffer.count - start
                start = buffer.count
                return skipped > 0 ? .tooLong(bytes: skipped + rest) : .text(buffer.subdata(in: (buffer.count - rest)..<buffer.count))
            }
            if buffer.count - start > maximumBytes {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            fill()
        }
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
