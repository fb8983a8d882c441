import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A report file written by appending under a hidden temp name beside its final path, renamed into place by
/// `commit()`; until then the final path is untouched, and `discard()` (or deinit) removes the temp file.
///
/// Why: metrics.csv of a 1 GB run is written while the run goes on, yet a reader must only ever see the old
/// file or the complete new one. Example: Reports/.metrics.csv.4711.tmp → Reports/metrics.csv.
final class StagedFile {
    let path: String
    let temp: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    private static let bufferSize = 1 << 20

    init(path: String) throws(ReportError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: String(describing: error.localizedDescription))
            }
        }
        temp = (folder.isEmpty ? "." : folder) + "/." + (path as NSString).lastPathComponent
            + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .cannotWrite(path: path, reason: "cannot create \(temp): " + String(cString: strerror(errno))) }
        buffer.reserveCapacity(StagedFile.bufferSize)
    }

    deinit { if !committed { discard() } }

    func append(_ bytes: [UInt8]) throws(ReportError) {
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: "file already closed") }
        if buffer.count + bytes.count > StagedFile.bufferSize { try flush() }
        if bytes.count >= StagedFile.bufferSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    func flush() throws(ReportError) {
        guard !buffer.isEmpty else { return }
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws(ReportError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Flushes and closes the temp file (a full disk shows up here, before any rename).
    func close() throws(ReportError) {
        guard fd >= 0 else { return }
        try flush()
        let status = Glibc.close(fd)
        fd = -1
        if status != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Renames the closed temp file onto the final path.
    func commit() throws(ReportError) {
        try close()
        if rename(temp, path) != 0 { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        committed = true
    }

    /// Closes and removes the temp file, leaving the final path as it was.
    func discard() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
        if !committed { unlink(temp) }
        buffer = []
    }
}
