import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes once and decides its kind; the only place that opens input files.
public enum DocumentReader {
    /// Files above this size are refused rather than read into memory whole.
    public static let maximumBytes = 512 * 1024 * 1024

    public static func read(path: String) throws(IngestError) -> SourceDocument {
        // stat(2) as FileManager.fileExists(atPath:isDirectory:) does it (symlinks followed), without Foundation.
        var st = stat()
        guard stat(path, &st) == 0 else { throw .missing(path: path) }
        if st.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        let bytes = try readBytes(path: path)
        return SourceDocument(path: path, bytes: bytes, kind: kind(of: path, bytes: bytes))
    }

    /// The file's bytes, read straight into the array with POSIX `read` (no `Data` in between: at
    /// hundreds of MB/s the extra copy through Foundation would cost as much as decoding).
    static func readBytes(path: String) throws(IngestError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let why = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            throw .unreadable(path: path, reason: why)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        if size > maximumBytes { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        var failure: Int32 = 0
        // Read the size fstat gave, then on until EOF (the file may grow, or be a pipe reporting 0).
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buf, count in
            count = 0
            while count < size {
                let n = Glibc.read(fd, buf.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
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
