import Foundation

/// Why a report could not be written; names the file.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// No input could be read, so there is nothing to report (and nothing is written).
    case nothingToReport(path: String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let p, let r): return "\(p): error: cannot create folder: \(r)"
        case .cannotWrite(let p, let r): return "\(p): error: cannot write report: \(r)"
        case .nothingToReport(let p): return "\(p): error: no document could be read; no report written"
        }
    }
}

/// Writes files as temp + rename, so a crash or a full disk never leaves half a report.
///
/// A set of reports is staged completely before the first rename: either every file of the run is new,
/// or none was touched.
public enum AtomicFile {
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(ReportError) {
        var staged: [(temp: String, path: String)] = []
        defer { for s in staged { try? FileManager.default.removeItem(atPath: s.temp) } }
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotCreateFolder(path: folder, reason: String(describing: error.localizedDescription))
                }
            }
            let temp = (folder.isEmpty ? "." : folder) + "/." + (file.path as NSString).lastPathComponent
                + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temp, contents: Data(file.bytes)) else {
                throw .cannotWrite(path: file.path, reason: "cannot create \(temp)")
            }
            staged.append((temp, file.path))
        }
        for s in staged {
            if rename(s.temp, s.path) != 0 {
                throw .cannotWrite(path: s.path, reason: String(cString: strerror(errno)))
            }
        }
        staged.removeAll()
    }

    public static func write(_ text: String, to path: String) throws(ReportError) {
        try write([(path, Array(text.utf8))])
    }
}
