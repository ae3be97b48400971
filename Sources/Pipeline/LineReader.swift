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
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next `\n` resumes: bytes before it are known not to hold one.
    private var scanned = 0
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
            throw NewsGraphError(
                .unreadable, path: path, message: "cannot read file (\(String(cString: strerror(errno))))")
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
            if let newline = newlineIndex() {
                lineNumber += 1
                defer {
                    start = newline + 1
                    scanned = start
                }
                if skipped > 0 { return .tooLong(bytes: skipped + newline - start) }
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return .text(Data(buffer[start..<end]))
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                defer {
                    start = buffer.count
                    scanned = start
                }
                return skipped > 0 ? .tooLong(bytes: skipped + buffer.count - start) : .text(Data(buffer[start...]))
            }
            if buffer.count - start > maximumBytes {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            fill()
        }
    }

    private func newlineIndex() -> Int? {
        guard scanned < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress,
                let found = memchr(base + scanned, Int32(UInt8(ascii: "\n")), raw.count - scanned)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    private func fill() {
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = -1
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        } while count < 0 && errno == EINTR
        buffer.removeLast(chunk - max(count, 0))
        if count <= 0 { atEnd = true }
    }
}
