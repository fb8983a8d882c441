import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress report on standard error for long runs: `1200/5000 documents · 84.1 MB/s · 3 findings`.
///
/// Why: a 1 GB run takes tens of seconds, and silence looks like a hang. The line appears only when the
/// stream is a terminal and the run has lasted `delay` seconds, is redrawn in place with `\r` at most
/// `1/interval` times a second, and is erased by `finish()`, so logs and pipes never see it.
public final class ProgressLine: @unchecked Sendable {
    private let fd: Int32
    private let enabled: Bool
    private let delay: Double
    private let interval: Double
    private let start: UInt64
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// `enabled` defaults to "standard error is a terminal".
    public init(fd: Int32 = 2, enabled: Bool? = nil, delay: Double = 2, interval: Double = 0.25) {
        self.fd = fd
        self.enabled = enabled ?? (isatty(fd) != 0)
        self.delay = delay
        self.interval = interval
        start = DispatchTime.now().uptimeNanoseconds
    }

    /// Records progress; draws only when due (cheap to call once per document).
    public func update(done: Int, of total: Int, bytes: Int, findings: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let elapsed = Double(now - start) / 1e9
        guard elapsed >= delay, drawn == false || Double(now - lastDraw) / 1e9 >= interval else { return }
        lastDraw = now
        drawn = true
        write(ProgressLine.text(done: done, total: total, bytes: bytes, findings: findings, seconds: elapsed))
    }

    /// Erases the line, if one was drawn.
    public func finish() {
        guard drawn else { return }
        drawn = false
        write("\r\u{1B}[2K")
    }

    /// The line itself, without control characters.
    static func text(done: Int, total: Int, bytes: Int, findings: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        let tenths = Int((rate * 10).rounded())
        return "\(done)/\(total) documents · \(tenths / 10).\(tenths % 10) MB/s · \(findings) findings"
    }

    private func write(_ line: String) {
        let text = line.hasPrefix("\r") ? line : "\r\u{1B}[2K" + line
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in _ = Glibc.write(fd, raw.baseAddress, raw.count) }
    }
}
