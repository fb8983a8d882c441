import Testing
import Foundation
@testable import Gongbao

/// Checks that every content character maps to the source byte that starts the same character
/// (entities map to their `&`); returns the number of characters checked.
@discardableResult
func expectTraceable(_ content: ContentText, in source: SourceText, _ label: String = "") -> Int {
    #expect(content.sourceOffsets.count == content.bytes.count + 1)
    #expect(content.sourceOffsets.allSatisfy { $0 >= 0 && Int($0) <= source.bytes.count }, "\(label)")
    var checked = 0
    var j = 0
    let bytes = content.bytes
    while j < bytes.count {
        var length = 1
        let b = bytes[j]
        if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 } else if b >= 0xC0 { length = 2 }
        defer { j += length }
        if b == 0x20 || b == 0x0A || (b == 0xC2 && bytes[j + 1] == 0xA0) { continue }
        let o = Int(content.sourceOffsets[j])
        if source.bytes[o] == UInt8(ascii: "&") { continue }
        let same = o + length <= source.bytes.count && Array(source.bytes[o..<o + length]) == Array(bytes[j..<j + length])
        #expect(same, "\(label): content byte \(j) (\(content.slice(j..<j + length))) maps to source \(o) (\(source.slice(o..<o + length)))")
        if !same { return checked }
        checked += 1
    }
    return checked
}

@Suite("HTMLText")
struct HTMLTextTests {
    private func text(_ c: ContentText) -> String { String(decoding: c.bytes, as: UTF8.self) }

    @Test("chrome around an article is gone; title and article text stay")
    func boilerplate() throws {
        let source = try IngestFixture.source("article.html")
        let content = HTMLText.content(of: source)
        let t = text(content)
        #expect(t.hasPrefix("东胜区人才工作成效显著"))
        for kept in ["人才总量达7.8万人", "高层次人才1200余人", "全区引进团队12支", "带动就业3万人", "人才政策全面落地"] {
            #expect(t.contains(kept), "missing \(kept)")
        }
        for gone in ["9.9万人", "广告", "登录", "政务公开", "当前位置", "召开经济工作会议", "分享到", "50万人",
                     "版权所有", "ICP备", "color"] {
            #expect(!t.contains(gone), "kept boilerplate \(gone)")
        }
        expectTraceable(content, in: source, "article.html")
    }

    @Test("a figure in the content maps to its line and column in the file")
    func figureLocation() throws {
        let source = try IngestFixture.source("article.html")
        let content = HTMLText.content(of: source)
        let t = Array(content.bytes)
        let figure = Array("7.8万人".utf8)
        let at = (0...(t.count - figure.count)).first { Array(t[$0..<$0 + figure.count]) == figure }!
        let location = source.location(ofOffset: Int(content.sourceOffsets[at]))
        let lines = String(decoding: source.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines[location.line - 1]
        #expect(line.contains("7.8万人"))
        #expect(Array(line.unicodeScalars).dropFirst(location.column - 1).starts(with: "7.8万人".unicodeScalars))
    }

    @Test("entities are decoded, <br> is a line break, whitespace collapses, CJK line breaks vanish")
    func entitiesAndWhitespace() throws {
        let source = try IngestFixture.source("entities.html")
        let content = HTMLText.content(of: source)
        let t = text(content)
        #expect(t.contains("投资&建设：总额 175.65亿元。其中一期<50%>，&unknown; R&D 费用 5 < 6"))
        #expect(t.contains("第二段\n换行后的文字\n再一行"))
        #expect(t.contains("人才总量 7.8 万人， 增长 12.5%"))
        #expect(t.contains("\n\n"))
        expectTraceable(content, in: source, "entities.html")
        // 一 came from &#x4e00;: it maps to the `&`.
        let yi = Array("一期".utf8)
        let at = (0...(content.bytes.count - yi.count)).first { Array(content.bytes[$0..<$0 + yi.count]) == yi }!
        #expect(source.bytes[Int(content.sourceOffsets[at])] == UInt8(ascii: "&"))
    }

    @Test("broken HTML never crashes and still yields its text")
    func broken() throws {
        let source = try IngestFixture.source("broken.html")
        let content = HTMLText.content(of: source)
        let t = text(content)
        for kept in ["签约", "33个", "项目", "175.65亿元", "未闭合", "最后一段", "金额"] { #expect(t.contains(kept), "missing \(kept)") }
        #expect(!t.contains("var x"))
        expectTraceable(content, in: source, "broken.html")
        let garbage = (0..<2000).map { i in ["<div>", "<p", "</td>", "&#", "<!--", "\"", "人", "<table><tr><td>"][i % 8] }.joined()
        _ = HTMLText.content(of: try IngestFixture.html(garbage + "文字"))
        // libxml2 gives up below its depth limit; what matters is that nothing crashes or hangs.
        _ = HTMLText.content(of: try IngestFixture.html(String(repeating: "<div><span>", count: 5000) + "深层文字"))
        let deep = String(repeating: "<div><span>", count: 100) + "深层文字"
        #expect(text(HTMLText.content(of: try IngestFixture.html(deep))).contains("深层文字"))
    }

    @Test("markup libxml2 keeps as text (Word's <![if !supportLists]>, </ x>) still maps to its bytes")
    func parserQuirks() throws {
        for html in ["<p><![if !supportLists]>1.<![endif]>文字</p>", "<p>a</ b>c</p>", "<p>a</_x>c<?php x ?>d</p>",
                     "<p>a&#0;b&#99999999;c&#x;d</p>", "<!DOCTYPE html><p>人才\r\n7.8万人</p>"] {
            let source = try IngestFixture.html(html)
            #expect(HTMLText.anchorMisses(in: source) == 0, "\(html)")
            expectTraceable(HTMLText.content(of: source), in: source, html)
        }
    }

    @Test("a stray NUL byte does not end the page")
    func strayNUL() throws {
        let long = "<p>" + String(repeating: "甲乙", count: 600) + "</p>"
        let bytes = Array(long.utf8) + [0] + Array("<p>丙丁7.8万人</p>".utf8)
        let source = try TextDecoding.decode(SourceDocument(path: "n.html", bytes: bytes, kind: .html))
        let content = HTMLText.content(of: source)
        #expect(text(content).contains("丙丁7.8万人"))
        expectTraceable(content, in: source, "n.html")
    }

    @Test("a page without text is .empty, naming the file")
    func noText() throws {
        let source = try IngestFixture.source("no-text.html")
        #expect(throws: IngestError.empty(path: source.path)) { try HTMLText.nonEmptyContent(of: source) }
        #expect(HTMLText.content(of: source).bytes.isEmpty)
    }

    @Test("the GB2312 page and the charset-mismatch page read as Chinese text")
    func encodings() throws {
        let gbk = try IngestFixture.source("gbk.html")
        let content = HTMLText.content(of: gbk)
        #expect(text(content).contains("签约金额达175.65亿元"))
        expectTraceable(content, in: gbk, "gbk.html")
        let mismatch = try IngestFixture.source("charset-mismatch.html")
        #expect(text(HTMLText.content(of: mismatch)).contains("领军人才369人"))
    }

    @Test("every Corpus page: content is traceable to the source and every text node is anchored",
          arguments: IngestFixture.corpusPages())
    func corpusPage(_ path: String) throws {
        let source = try TextDecoding.decode(try DocumentReader.read(path: path))
        let content = try HTMLText.nonEmptyContent(of: source)
        #expect(HTMLText.anchorMisses(in: source) == 0)
        let checked = expectTraceable(content, in: source, (path as NSString).lastPathComponent)
        #expect(checked > 100)
    }
}
