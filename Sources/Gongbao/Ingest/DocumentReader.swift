import Foundation

/// Reads a file's bytes once and decides its kind; the only place that opens input files.
public enum DocumentReader {
    /// Files above this size are refused rather than read into memory whole.
    public static let maximumBytes = 512 * 1024 * 1024

    public static func read(path: String) throws(IngestError) -> SourceDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .missing(path: path) }
        if isDir.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count, limit: maximumBytes) }
        let bytes = [UInt8](data)
        return SourceDocument(path: path, bytes: bytes, kind: kind(of: path, bytes: bytes))
    }

    /// HTML by extension, or by a `<html`/`<!doctype` near the start of a .txt-less file.
    public static func kind(of path: String, bytes: [UInt8]) -> DocumentKind {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return .html }
        if ext == "txt" { return .plainText }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") ? .html : .plainText
    }
}
