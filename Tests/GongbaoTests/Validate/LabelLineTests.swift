import Foundation
@testable import Gongbao
import Testing

/// same-figure-agrees under label lines: a bulletin that lists each item's figures after a line opened by —— or a
/// bullet and the item's name (——小学。校数…；招生…) names the figures by bare attributes — two labels' 招生 are two
/// figures. A lead sentence in the same dress (——经济跨上新台阶。) is a clause, not a label.
@Suite("Repeats under label lines")
struct LabelLineTests {
    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" }
    }

    @Test("two items' bare attributes under two dash labels, and the whole above them, are different figures")
    func twoDashLabels() throws {
        let text = "2024年全市卫生事业统计\n"
            + "全市医疗卫生机构58个，床位4120张；诊疗人次312.6万人次。\n"
            + "——综合医院。机构12个；床位2630张；诊疗人次188.4万人次，比上年增加6.2万人次。\n"
            + "——专科医院。机构9个；床位870张；诊疗人次41.7万人次，比上年增加1.3万人次。\n"
            + "——基层医疗机构。机构37个；床位620张；诊疗人次82.5万人次。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a bullet label alone on its line names the paragraphs after it, up to the next label")
    func bulletLabelsAlone() throws {
        let text = "2024年全市卫生事业统计\n"
            + "● 综合医院\n"
            + "机构12个，床位2630张。\n"
            + "诊疗人次188.4万人次。\n"
            + "● 专科医院\n"
            + "机构9个，床位870张。\n"
            + "诊疗人次41.7万人次。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a genuine repeat under one label is still caught")
    func repeatUnderOneLabel() throws {
        let text = "2024年全市卫生事业统计\n"
            + "——综合医院。\n"
            + "全年诊疗人次188.4万人次，比上年增加6.2万人次；床位2630张。\n"
            + "全年诊疗人次181.4万人次，占全市的六成。\n"
            + "——专科医院。\n"
            + "机构9个；床位870张。\n"
        #expect(try !Self.repeats(text).isEmpty)
    }

    @Test("a lead sentence after the dashes (a clause with a verb) labels nothing")
    func leadSentences() throws {
        let text = "——农业生产稳步发展。全年粮食产量86.4万吨，比上年增长2.1%。\n"
            + "——工业经济取得突破。全年粮食产量84.6万吨，工业增加值比上年增长7.2%。\n"
        #expect(try !Self.repeats(text).isEmpty)
    }

    @Test("label or clause: names of items, not sentences")
    func labelOrClause() {
        func read(_ line: String) -> String? {
            let b = Array(line.utf8)
            return b.withUnsafeBufferPointer { SentenceReader.label($0, from: 0)?.name }
        }
        #expect(read("——小学。校数17所") == "小学")
        #expect(read("\u{3000}——普通高中。毕业生2158人") == "普通高中")
        #expect(read("● 特殊教育\n") == "特殊教育")
        #expect(read("——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元") == nil)
        #expect(read("——民生显著改善。") == nil)
        #expect(read("——这五年综合经济实力大幅提升。") == nil)
        #expect(read("——教育支出119.06亿元，") == nil)
        #expect(read("——五年来，") == nil)
    }
}
