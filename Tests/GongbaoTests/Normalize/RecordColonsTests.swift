import Foundation
import Testing
@testable import Gongbao

/// The normalizer's checked pass notes the colons after a closing bracket as it writes them
/// (`NormalizedScalars.recordColons`), and `FlattenedTableReader.recordLines` reads its lines from those instead of
/// searching the content: the same lines as the search finds.
@Suite("Record colons noted by the normalizer")
struct RecordColonsTests {
    /// Record fields (ASCII and full-width marks), colons after no bracket, a pinyin gloss before a colon, long lines,
    /// a colon at the start, lines the normalizer joins or folds, glued at random.
    static let pieces = ["年份:2007\n", "预算(元):3,509亿\n", "实际开支（元）：2,979亿\n", "增幅:17.8%\n", "地区生产总值(亿元)：3509",
                         "人口（万人）:12.5\n", "注：", "(说明):", "）：", "):", "：", ":", "统(tǒng):", "经济增长５．２％，",
                         "全市地区生产总值1234.5亿元，同比增长5.2%。", "\n", "\n\n", "人\n才", " ", "\u{3000}", "会议", "一、总体情况\n",
                         String(repeating: "很长的名称", count: 30) + "(元):1\n", "(万元)：" + String(repeating: "9", count: 70) + "\n",
                         "&nbsp;", "\t", "（", "）"]

    @Test("the lines read from the noted colons = the lines the search finds")
    func sameLines() throws {
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        var noted = 0
        for round in 0..<2000 {
            var text = ""
            for _ in 0..<(1 + mix.next(14)) { text += Self.pieces[mix.next(Self.pieces.count)] }
            let content = ContentText(bytes: Array(text.utf8), sourceOffsets: (0...text.utf8.count).map { Int32($0) })
            let normalized = try #require(Normalizer.normalizedIfValidUTF8(content), "\(round)")
            let colons = try #require(normalized.scalars?.recordColons(inContentOf: content.bytes.count), "\(text)")
            noted += colons.count
            let searched = FlattenedTableReader.recordLines(content.bytes)
            #expect(FlattenedTableReader.recordLines(content.bytes, colons: colons) == searched, "\(text)")
        }
        #expect(noted > 1000)
    }

    @Test("a field among many lines that need nothing: its colon's offset, and the line after it")
    func oneFieldAmongMany() throws {
        let before = String(repeating: "全市经济运行总体平稳，主要指标好于预期。\n", count: 40)
        let text = before + "预算（元）：3,509亿\n" + String(repeating: "注：数据来自统计局。\n", count: 3) + "增幅(%):17.8\n"
        let bytes = Array(text.utf8)
        let content = ContentText(bytes: bytes, sourceOffsets: (0...bytes.count).map { Int32($0) })
        let normalized = try #require(Normalizer.normalizedIfValidUTF8(content))
        let first = before.utf8.count + "预算（元）".utf8.count
        let second = bytes.count - ":17.8\n".utf8.count
        #expect(normalized.scalars?.recordColons == [first, second])
        let lines = FlattenedTableReader.recordLines(bytes, colons: [first, second])
        #expect(lines.map { String(decoding: bytes[$0], as: UTF8.self) } == ["预算（元）：3,509亿", "增幅(%):17.8"])
    }

    @Test("unknown unless the pass checked the content it noted them in")
    func unknownOtherwise() {
        let bytes = Array("预算(元):3,509亿".utf8)
        #expect(Normalizer.normalized(bytes: bytes).scalars?.recordColons == nil)
        let checked = Normalizer.normalized(bytes: bytes, blankLinesEndBlocks: false, keptBreaks: [], checkingUTF8: true)
        #expect(checked?.scalars?.recordColons(inContentOf: bytes.count) == [bytes.count - ":3,509亿".utf8.count])
        #expect(checked?.scalars?.recordColons(inContentOf: bytes.count + 1) == nil)
    }
}
