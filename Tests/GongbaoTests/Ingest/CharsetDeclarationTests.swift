import Testing
@testable import Gongbao

@Suite("CharsetDeclaration")
struct CharsetDeclarationTests {
    @Test("meta charset, http-equiv content and XML encoding are read, lowercased")
    func declared() {
        #expect(CharsetDeclaration.declared(in: Array(#"<meta charset="GB2312">"#.utf8)) == "gb2312")
        #expect(CharsetDeclaration.declared(in: Array(
            #"<meta http-equiv="Content-Type" content="text/html; charset=gbk" />"#.utf8)) == "gbk")
        #expect(CharsetDeclaration.declared(in: Array(#"<?xml version="1.0" encoding='UTF-8'?>"#.utf8)) == "utf-8")
        #expect(CharsetDeclaration.declared(in: Array("<html><p>人才</p>".utf8)) == nil)
    }

    @Test("GB family names")
    func families() {
        for name in ["gb2312", "GBK", "gb18030", "x-gbk", "cp936"] { #expect(CharsetDeclaration.isGBFamily(name)) }
        #expect(!CharsetDeclaration.isGBFamily("utf-8"))
        #expect(CharsetDeclaration.isUTF8("UTF-8"))
    }
}
