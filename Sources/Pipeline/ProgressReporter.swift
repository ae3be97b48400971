import Dispatch
import Foundation

/// A one-line progress display on standard error (count, rate, time left), redrawn at most five times a
/// second; silent when standard error is not a terminal, so logs and pipes stay clean.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var bytes = 0
    private let enabled: Bool
    private var total: Int?
    private var started = DispatchTime.now()
    private var lastDrawn: UInt64 = 0
    private var drawn = false

    /// Shows progress only when standard error is a terminal, unless told otherwise.
    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.enabled = enabled
    }

    func start(total: Int?) {
        self.total = total
        started = DispatchTime.now()
    }

    /// Counts one finished article (from any thread) and redraws when it is time.
    func articleDone(bytes articleBytes: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += articleBytes
        draw()
    }

    private func draw() {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn > 200_000_000 || done == total else { return }
        lastDrawn = now
        let seconds = max(Double(now - started.uptimeNanoseconds) / 1e9, 1e-3)
        let rate = Double(done) / seconds
        var line = "\r\u{1B}[K\(done)"
        if let total { line += "/\(total)" }
        line += " articles, \(String(format: "%.1f", rate)) articles/s, "
            + "\(String(format: "%.2f", Double(bytes) / seconds / 1e6)) MB/s"
        if let total, rate > 0, done < total {
            line += ", \(Self.duration(Double(total - done) / rate)) left"
        }
        AtomicFile.writeAll(line, to: STDERR_FILENO)
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, drawn else { return }
        AtomicFile.writeAll("\r\u{1B}[K", to: STDERR_FILENO)
        drawn = false
    }

    /// `m:ss` or `h:mm:ss`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
