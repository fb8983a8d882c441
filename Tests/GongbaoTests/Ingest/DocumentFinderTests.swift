import Testing
import Foundation
@testable import Gongbao

/// The folder walk reads directories with readdir instead of FileManager's enumerator; on a tree with nested and
/// hidden folders, links to files, folders and nothing, a folder named like a document and upper-case extensions it
/// must find exactly what FileManager finds.
@Suite("DocumentFinder folder walk")
struct DocumentFinderTests {
    @Test("readdir walk = FileManager enumerator")
    func sameAsFileManager() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("gongbao-finder-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? fm.removeItem(atPath: root) }
        for dir in ["a", "a/b", "a/b/c", ".hidden", "x.txt", "公报", "a/b/c/深"] {
            try fm.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true)
        }
        for file in ["1.txt", "2.HTML", "3.htm", "4.md", "noext", ".txt", "a/5.txt", "a/b/6.html", "a/b/c/7.Txt",
                     ".hidden/8.txt", "x.txt/9.txt", "公报/十.txt", "a/b/c/深/11.htm", "a/12.txt.bak", "a/13.tXt"] {
            try Data("人".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try fm.createSymbolicLink(atPath: root + "/link-file.txt", withDestinationPath: root + "/1.txt")
        try fm.createSymbolicLink(atPath: root + "/link-dir", withDestinationPath: root + "/a")
        try fm.createSymbolicLink(atPath: root + "/link-dir.txt", withDestinationPath: root + "/a")
        try fm.createSymbolicLink(atPath: root + "/dangling.txt", withDestinationPath: root + "/none")
        for folder in [root, root + "/", root + "/a", root + "/.hidden", root + "/link-dir", root + "/link-dir/", root + "/empty-missing"] {
            let fast = DocumentFinder.documents(inFolder: folder)
            let reference = DocumentFinder.documentsThroughFileManager(inFolder: folder)
            #expect(fast == reference, "\(folder)")
        }
        #expect(DocumentFinder.documents(inFolder: root).count >= 12)
    }
}
