import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes once and decides its kind; the only place that opens input files.
public enum DocumentReader {
    /// Files above this size are refused rather than read into memory whole.
    public static let maximumBytes = 512 * 1024 * 1024

    public static func read(path: String) throws(IngestError) -> SourceDocument {
        let bytes = try readBytes(path: path)
        return SourceDocument(path: path, bytes: bytes, kind: kind(of: path, bytes: bytes))
    }

    /// The file's bytes, read straight into the array with POSIX `read` (no `Data` in between: at
    /// hundreds of MB/s the extra copy through Foundation would cost as much as decoding).
    ///
    /// Four system calls for a regular file (open, fstat, one read, close): a path is only stat(2)-ed when open fails
    /// (to tell a missing file from an unreadable one, as FileManager.fileExists would), and the read asks for one
    /// byte more than the size, so its short count is the end of the file without a second read that returns 0.
    static func readBytes(path: String) throws(IngestError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let why = errno
            var st = stat()
            guard stat(path, &st) == 0 else { throw .missing(path: path) }
            if st.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
            throw .unreadable(path: path, reason: why == EACCES ? "permission denied" : String(cString: strerror(why)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        let size = Int(info.st_size)
        if size > maximumBytes { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        // A regular file's read comes back short only at its end; a pipe or a device may report any size.
        let regular = info.st_mode & S_IFMT == S_IFREG
        let want = regular ? size + 1 : size
        var failure: Int32 = 0
        var ended = false
        // Read the size fstat gave (and a byte more from a regular file), then on until EOF (the file may grow, or be
        // a pipe reporting 0).
        var bytes = [UInt8](unsafeUninitializedCapacity: max(want, 1)) { buf, count in
            count = 0
            while count < want {
                let n = Glibc.read(fd, buf.baseAddress! + count, want - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { ended = true; break }
                count += n
                if regular, count == size { ended = true; break }
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        if ended { return bytes }
        if bytes.count > maximumBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maximumBytes) }
        if !regular {
            // Almost always at EOF already: probe one byte before paying for a 64 KB buffer.
            var probe: UInt8 = 0
            while true {
                let n = Glibc.read(fd, &probe, 1)
                if n < 0 { if errno == EINTR { continue }; throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
                if n == 0 { return bytes }
                bytes.append(probe)
                if bytes.count > maximumBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maximumBytes) }
                break
            }
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 65536) }
            if n < 0 { if errno == EINTR { continue }; throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maximumBytes { throw .tooLarge(path: path, bytes: bytes.count, limit: maximumBytes) }
        }
        return bytes
    }

    /// HTML by extension, or by a `<html`/`<!doctype` near the start of a .txt-less file.
    public static func kind(of path: String, bytes: [UInt8]) -> DocumentKind {
        let ext = plainExtension(path) ?? (path as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return .html }
        if ext == "txt" { return .plainText }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") ? .html : .plainText
    }

    /// "txt", "html" or "htm" when the path plainly ends so (ASCII case ignored, a name before the dot), read from
    /// the bytes; nil for anything else, which NSString's pathExtension decides (bridging a path through
    /// Foundation for every file was a fifth of reading a corpus of small files).
    static func plainExtension(_ path: String) -> String? {
        var path = path
        return path.withUTF8 { p -> String? in
            for ext in ["txt", "html", "htm"] {
                let m = ext.utf8.count
                guard p.count >= m + 2 else { continue }
                let dot = p.count - m - 1
                guard p[dot] == 0x2E, p[dot - 1] != 0x2F else { continue }
                var k = 0
                for c in ext.utf8 {
                    guard p[dot + 1 + k] | 0x20 == c else { break }
                    k += 1
                }
                if k == m { return ext }
            }
            return nil
        }
    }
}
