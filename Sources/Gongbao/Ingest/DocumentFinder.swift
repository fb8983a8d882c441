import Foundation

/// Turns the paths a user typed into the document files to read: files as given, folders searched.
///
/// A folder yields its .txt/.htm/.html files (recursively, sorted) so that a run is deterministic.
public enum DocumentFinder {
    public static let extensions: Set<String> = ["txt", "htm", "html"]

    /// The files to read, and one error for each path that named nothing readable.
    public static func files(at paths: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(.missing(path: path))
                continue
            }
            guard isDir.boolValue else {
                files.append(path)
                continue
            }
            let found = documents(inFolder: path)
            if found.isEmpty { errors.append(.noDocuments(path: path)) }
            files.append(contentsOf: found)
        }
        return (files, errors)
    }

    private static func documents(inFolder folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let ext = (rel as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let full = folder.hasSuffix("/") ? folder + rel : folder + "/" + rel
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
