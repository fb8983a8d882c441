import Foundation
import Testing
@testable import Gongbao

/// The byte-level text helpers must find and strip exactly what the Foundation calls they replace did.
@Suite("Byte-level text helpers")
struct ByteTextTests {
    static let samples = [
        "", "  ", "收 入 完 成", "<p>一、总体情况</p>", "&nbsp;（一）财政收入", "&#12288;1．一般公共预算",
        "<span class=\"x\">17.5</span><span>亿元", "a < b", "&amp", "&;x", "\u{3000}\u{3000}二、2026年预算草案",
        "\u{AD}\u{200B}\u{FEFF}第一部分", "x\u{00A0}y\u{2003}z\u{2028}", "<b>&lt;</b>3", "😀 表情", "\t\r\n",
    ]

    @Test("cleaned removes tags, entities and spaces like the old regex and isWhitespace filter")
    func cleaned() throws {
        let tag = try NSRegularExpression(pattern: "<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;")
        for s in Self.samples {
            let noTags = tag.stringByReplacingMatches(in: s, range: NSRange(location: 0, length: (s as NSString).length), withTemplate: "")
            let old = String(noTags.unicodeScalars.filter {
                !($0.properties.isWhitespace || $0 == "\u{AD}" || $0 == "\u{200B}" || $0 == "\u{FEFF}")
            })
            #expect(SentenceReader.cleaned(s) == old, "\(s)")
            let bytes = Array(s.utf8)
            #expect(SentenceReader.firstCleanedScalar(bytes, 0..<bytes.count) == old.unicodeScalars.first, "\(s)")
        }
    }

    @Test("replace and contains on bytes: every occurrence, left to right, none overlapping")
    func replace() {
        let r = ByteText.replacingAll(Array("截至目前，截至目前全区".utf8), Array("截至目前".utf8), with: Array("|".utf8))
        #expect(r.map(ByteText.string) == "|，|全区")
        #expect(ByteText.replacingAll(Array("aaa".utf8), Array("aa".utf8), with: []).map(ByteText.string) == "a")
        #expect(ByteText.replacingAll(Array("收入".utf8), Array("支出".utf8), with: []) == nil)
        #expect(ByteText.contains("鄂尔多斯市东胜区", "东胜区"))
        #expect(!ByteText.contains("东胜区", "鄂尔多斯市东胜区"))
        #expect(ByteText.lastIndex(of: Array("其中".utf8), in: Array("其中a其中b".utf8)) == 7)
    }

    @Test("from/to change patterns read by hand agree with their regexes")
    func changePatterns() {
        let samples = ["由1655亿美元", "由于", "从2002年的", "从事", "从而", "，由", "由，", "由一二三四五六七八九十一二",
                       "由一二三四五六七八九十一二三", "增加到", "调整为", "至", "，增加到", "一二三四五六七八九十一二三到",
                       "一二三四五六七八九十一二到", "到一二三四五六七八九十", "到一二三四五六七八九十一", ""]
        for s in samples {
            #expect(SentenceReader.endsInFrom(s) == SentenceReader.matches(SentenceReader.fromPattern, s), "\(s)")
            #expect(SentenceReader.leadsTo(s) == SentenceReader.matches(SentenceReader.toPattern, s), "\(s)")
        }
    }
}
