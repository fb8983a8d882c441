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

    @Test("GB family names read as bytes answer as the String reference did")
    func familiesMatchReference() {
        func reference(_ name: String) -> Bool {
            let n = name.lowercased()
            return n.hasPrefix("gb") || n.contains("gbk") || n == "cp936" || n == "windows-936" || n == "euc-cn"
                || n.contains("18030") || n.contains("2312")
        }
        let names = ["gb2312", "GB2312", "GBK", "gbk", "x-gbk", "X-GBK", "gb18030", "GB18030", "cp936", "CP936", "windows-936",
                     "Windows-936", "euc-cn", "EUC-CN", "utf-8", "UTF-8", "utf8", "big5", "iso-8859-1", "x-euc-cn", "cp9361",
                     "hz-gb-2312", "iso-ir-58", "18030", "2312", "g", "", "gB", "ｇｂｋ", "gbk\u{301}", "Ｇb2312", "euc-cn "]
        for name in names { #expect(CharsetDeclaration.isGBFamily(name) == reference(name), "\(name)") }
    }
}
