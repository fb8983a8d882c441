import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// The documents under `folder`, read with opendir/readdir: the entry's type comes with its name, so a regular
    /// file needs no stat(2) and no Foundation object per entry (FileManager's enumerator and a fileExists per file
    /// were a hundredth of extracting a folder of small files). Same answer as `documentsThroughFileManager`: every
    /// entry at any depth (hidden ones too), directories entered but not through symbolic links, an entry kept when its
    /// extension is one of `extensions` and it names (through links) something that is not a directory; a folder that
    /// is itself a link yields nothing.
    static func documents(inFolder folder: String) -> [String] {
        // (FileManager does not enter a folder named by a symbolic link, with a trailing slash or without: it yields
        // nothing there.)
        var named = Substring(folder)
        while named.count > 1, named.hasSuffix("/") { named = named.dropLast() }
        var st = stat()
        if lstat(String(named), &st) == 0, st.st_mode & S_IFMT == S_IFLNK { return [] }
        var found: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        walk(prefix, relative: "", into: &found)
        return found.sorted()
    }

    /// One directory (`prefix + relative`, `relative` empty or ending in "/"), then its subdirectories.
    private static func walk(_ prefix: String, relative: String, into found: inout [String]) {
        guard let dir = opendir(prefix + relative) else { return }
        var subdirectories: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let rel = relative + name
            let full = prefix + rel
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                // (A file system that does not say: ask, without following a link.)
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                type = st.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : st.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
            }
            if type == UInt8(DT_DIR) { subdirectories.append(rel + "/") }
            let ext = DocumentReader.plainExtension(rel) ?? (rel as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            if type == UInt8(DT_REG) {
                found.append(full)
            } else if type != UInt8(DT_DIR) {
                // A link (or a device, a pipe): kept when it names something that is not a directory.
                var st = stat()
                if stat(full, &st) == 0, st.st_mode & S_IFMT != S_IFDIR { found.append(full) }
            }
        }
        closedir(dir)
        for sub in subdirectories { walk(prefix, relative: sub, into: &found) }
    }

    /// The documents under `folder` as FileManager finds them: the reference `documents(inFolder:)` is tested against.
    static func documentsThroughFileManager(inFolder folder: String) -> [String] {
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
