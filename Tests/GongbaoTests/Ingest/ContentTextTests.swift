import Testing
@testable import Gongbao

@Suite("ContentText")
struct ContentTextTests {
    @Test("plain text is its own content: the identity map, one offset per byte plus the end")
    func identity() {
        let source = SourceText(path: "a.txt", bytes: Array("人才7.8万人".utf8), encoding: "UTF-8")
        let content = ContentText(identityOf: source)
        #expect(content.bytes == source.bytes)
        #expect(Array(content.sourceOffsets) == (0...source.bytes.count).map { Int32($0) })
    }

    @Test("slices widen to whole characters")
    func slice() {
        let content = ContentText(identityOf: SourceText(path: "a.txt", bytes: Array("人才7.8万人".utf8), encoding: "UTF-8"))
        #expect(content.slice(1..<7) == "人才7")
    }
}
