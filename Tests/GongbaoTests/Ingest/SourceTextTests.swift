import Testing
@testable import Gongbao

@Suite("SourceText")
struct SourceTextTests {
    @Test("lines count LF only; columns count scalars")
    func lineAndColumn() {
        let text = SourceText(path: "a.txt", bytes: Array("ab\r\r\n人才 7.8万人\n".utf8), encoding: "UTF-8")
        #expect(text.location(ofOffset: 0) == SourceLocation(path: "a.txt", line: 1, column: 1))
        let seven = Array(text.bytes).firstIndex(of: UInt8(ascii: "7"))!
        #expect(text.location(ofOffset: seven) == SourceLocation(path: "a.txt", line: 2, column: 4))
    }
}
