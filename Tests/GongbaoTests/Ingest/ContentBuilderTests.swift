import Foundation
import Testing
@testable import Gongbao

@Suite("ContentBuilder")
struct ContentBuilderTests {
    @Test("tables: rows of cells, spans, header rows, caption from <caption> or the lines before")
    func tables() throws {
        let source = try IngestFixture.source("tables.html")
        let content = HTMLText.content(of: source)
        #expect(content.tables.count == 2)
        guard content.tables.count == 2 else { return }
        let first = content.tables[0]
        #expect(first.caption.map { content.slice($0) } == "表1 2025年末人口数及其构成\n\n单位：万人")
        #expect(first.rows.map { $0.map { content.slice($0.range) } } == [
            ["指标", "年末数", "比重（%）"], ["全市常住人口", "232.1", "100.0"], ["其中：城镇", "165.3", "71.2"], ["66.8"],
        ])
        #expect(first.rows[0].allSatisfy { $0.isHeader })
        #expect(!first.rows[1].contains { $0.isHeader })
        #expect(first.rows[2][0].rowSpan == 2)
        #expect(first.rows[3][0].columnSpan == 2)
        let second = content.tables[1]
        #expect(second.caption.map { content.slice($0) } == "表2 主要农产品产量")
        #expect(second.rows[0].allSatisfy { $0.isHeader })
        #expect(second.rows[1].map { content.slice($0.range) } == ["粮食", "98.5", "-0.3"])
        expectTraceable(content, in: source, "tables.html")
    }

    @Test("text called canonically plain is searched by bytes exactly as Foundation's String search answers")
    func plainSearchMatchesFoundation() {
        // Pieces a heading and the article's head are made of on Chinese pages: ideographs, punctuation, digits, &nbsp;.
        let pieces = ["关于", "2025年", "预算", "\u{A0}", "·", "（", "）", "——", "“报告”", "Ａ", "a", "①", "■", "〔", "〕", "×"]
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        func next(_ n: Int) -> Int { mix.next(n) }
        for _ in 0..<400 {
            let head = (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined()
            let heading = (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined()
            let h = Array(head.utf8), g = Array(heading.utf8)
            #expect(ContentBuilder.isCanonicallyPlain(h) && ContentBuilder.isCanonicallyPlain(g))
            #expect(MainContent.contains(h[...], g) == head.contains(heading), "\(head) / \(heading)")
            // The heading's prefix test (repeatsHeading): ten Characters of the head, compared as bytes.
            let prefix = h[..<ContentBuilder.prefixEnd(h, scalars: 10)]
            #expect(g.starts(with: prefix) == heading.hasPrefix(String(head.prefix(10))), "\(head) / \(heading)")
            #expect(h.starts(with: prefix) && head.hasPrefix(String(head.prefix(10))))
        }
        // Not plain: a letter with a combining accent, which Foundation matches to its composed form.
        #expect(!ContentBuilder.isCanonicallyPlain(Array("e\u{301}".utf8)))
        #expect("\u{E9}".contains("e\u{301}"))
    }

    @Test("each cell is its own block")
    func cellBlocks() throws {
        let content = HTMLText.content(of: try IngestFixture.html("<table><tr><td>地区</td><td>1234.5</td></tr></table>"))
        #expect(String(decoding: content.bytes, as: UTF8.self) == "地区\n\n1234.5")
    }

    @Test("a tab between words stays a tab (a flattened table's cell boundary); indentation after a newline does not")
    func tabs() throws {
        let content = HTMLText.content(of: try IngestFixture.html("<p>指标\t单位\t绝对数 货运量\t万吨\t50</p><p>第一句，\n\t\t第二句</p>"))
        #expect(String(decoding: content.bytes, as: UTF8.self) == "指标\t单位\t绝对数 货运量\t万吨\t50\n\n第一句，第二句")
    }

    @Test("the bytes compared for a repeated heading are the text's bytes above space, appended after those before")
    func visibleBytes() {
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        let pieces: [[UInt8]] = [Array("关于".utf8), [0x20], [0x0A], [0x09], [0x0D], Array("2025".utf8), [0xC2, 0xA0],
                                 Array("“报告”".utf8), [0x00], [0x21], [0x7F]]
        for _ in 0..<300 {
            let before = (0..<mix.next(4)).flatMap { _ in pieces[mix.next(pieces.count)] }.filter { $0 > 0x20 }
            let text = (0..<mix.next(12)).flatMap { _ in pieces[mix.next(pieces.count)] }
            let slice = ([0x41] + text + [0x42])[1..<(text.count + 1)]  // a slice with its own indices, as the page's
            var bytes = before
            ContentBuilder.appendVisible(slice, to: &bytes)
            #expect(bytes == before + text.filter { $0 > 0x20 })
        }
    }

    @Test("CJK ideographs read without decoding are plain, as decoded ones are")
    func ideographsArePlain() {
        #expect(ContentBuilder.isCanonicallyPlain(Array("一丁中国亿元龟齐龥鿿".utf8)))
        #expect(ContentBuilder.isCanonicallyPlain(Array("\u{5000}\u{9FFF}\u{4E00}\u{3400}".utf8)))
        #expect(!ContentBuilder.isCanonicallyPlain(Array("中\u{301}".utf8)))
        #expect(!ContentBuilder.isCanonicallyPlain([0xE5, 0x80]))  // cut short
        #expect(!ContentBuilder.isCanonicallyPlain([0xE5, 0x41, 0x80]))  // not a continuation byte
    }
}
