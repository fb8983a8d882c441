import Foundation
import Gongbao

/// The whole pipeline on one text, written to a temporary file as a document of its own: what a user's `check` of
/// that file finds. (Rules read the text around a figure, so these tests go through the real extraction.)
enum PipelineOnText {
    /// Every finding of `gongbao check` on `text` (one job), written to a file named `name` (a.html: read as a page).
    static func findings(_ text: String, named name: String = "a.txt") throws -> [Finding] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try Pipeline.standard().check(paths: [path], jobs: 1).findings
    }

    /// The error-level findings only.
    static func errors(_ text: String) throws -> [Finding] {
        try findings(text).filter { $0.severity == .error }
    }
}
