import Testing
import Foundation
@testable import Gongbao

@Suite("DocumentReader")
struct DocumentReaderTests {
    @Test("reads the exact bytes and decides the kind by extension")
    func readsBytes() throws {
        let doc = try IngestFixture.document("gb18030.txt")
        let expected = try [UInt8](Data(contentsOf: URL(fileURLWithPath: IngestFixture.path("gb18030.txt"))))
        #expect(doc.bytes == expected)
        #expect(doc.kind == .plainText)
        #expect(try IngestFixture.document("gbk.html").kind == .html)
        #expect(try IngestFixture.document("empty.txt").bytes.isEmpty)
    }

    @Test("a missing file and a directory are errors naming the path")
    func errors() {
        let missing = IngestFixture.path("no-such-file.txt")
        #expect(throws: IngestError.missing(path: missing)) { try DocumentReader.read(path: missing) }
        let folder = IngestFixture.folder.path
        #expect(throws: IngestError.unreadable(path: folder, reason: "is a directory")) {
            try DocumentReader.read(path: folder)
        }
    }

    @Test("a regular file that reports no size (as /proc's do) is read to its end")
    func sizelessFile() throws {
        // The read asks for one byte more than fstat's size; a file reporting 0 must still be read on to its end.
        let bytes = try DocumentReader.readBytes(path: "/proc/self/cmdline")
        #expect(!bytes.isEmpty)
        #expect(bytes.last == 0)
    }

    @Test("a plain .txt/.html/.htm ending is read from the bytes as NSString reads it")
    func plainExtensions() {
        for path in ["a.txt", "dir/B.TXT", "x/y.html", "x/y.Htm", "/abs/路径/公报.html", "a/.txt", ".txt", "a.txt/", "a..txt",
                     "a.xtxt", "a.ht", "noext", "a.html.bak", "t.txt.txt", "a/b", "./c.htm"] {
            let reference = (path as NSString).pathExtension.lowercased()
            if let fast = DocumentReader.plainExtension(path) { #expect(fast == reference, "\(path)") }
        }
        #expect(DocumentReader.plainExtension("dir/B.TXT") == "txt")
    }
}
