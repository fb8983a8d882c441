import Foundation
import Testing
import Gongbao

@Suite("AtomicFile")
struct AtomicFileTests {
    @Test("writes every file and leaves no temp file behind")
    func writes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.write([(dir + "/a.csv", Array("a".utf8)), (dir + "/sub/b.md", Array("b".utf8))])
        #expect(try String(contentsOfFile: dir + "/a.csv", encoding: .utf8) == "a")
        #expect(try String(contentsOfFile: dir + "/sub/b.md", encoding: .utf8) == "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.csv", "sub"])
    }

    @Test("a folder that cannot be created is an error naming it, and nothing is written")
    func failure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        #expect(throws: ReportError.self) {
            try AtomicFile.write([(dir + "/ok.csv", [1]), (dir + "/file/x.md", [2])])
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/ok.csv"))
    }
}
