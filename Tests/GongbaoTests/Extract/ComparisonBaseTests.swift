import Testing
import Foundation
@testable import Gongbao

/// Held-out set 14's general causes, on short sentences of our own: a figure that is the base of a comparison
/// (与…相比, 比…的N减少M) names nothing of its own; a noun's ratio changed 由…为…; a scale written once after a list
/// whose comma was typed for 、; seats counted in 席.
@Suite("Comparison bases and units of set 14's causes")
struct ComparisonBaseTests {
    static let extractor = try! Extractor()

    func subjects(_ text: String) -> [String: String] { SubjectsBySurface.of(text) }

    @Test("the figure inside 与…相比 and the changes after it are the topic's")
    func frameBase() {
        let s = subjects("全县常住人口为321000人，与2010年第六次全国人口普查的300000人相比，十年共增加21000人，增长7.00%。")
        #expect(s["300000人"] == "常住人口")
        #expect(s["21000人"]?.hasPrefix("常住人口") == true)
        #expect(s["7.00%"]?.hasPrefix("常住人口") == true)
    }

    @Test("a 与…相比 clause with no figure names nothing: the change after it is the topic's")
    func frameWithoutFigure() {
        let s = subjects("全市工业增加值为500亿元，与上年相比，增长5.2%。")
        #expect(s["5.2%"] == "工业增加值")
        let t = subjects("全镇城镇人口为12000人，同2010年相比，增加2000人。")
        #expect(t["2000人"]?.hasPrefix("城镇人口") == true)
    }

    @Test("比…的N then a change: N is the earlier level of the topic, and the change is the topic's")
    func comparedLevel() {
        let s = subjects("平均每个家庭户的人口为2.80人，比2010年的3.10人减少0.30人。")
        #expect(s["3.10人"] == "平均每个家庭户的人口")
        #expect(s["0.30人"]?.hasPrefix("平均每个家庭户的人口") == true)
        // A figure after 比 that is no base keeps its own noun (比上年增加3家 has no figure between 比 and the change).
        let t = subjects("全区共有医院15家，比上年增加3家。")
        #expect(t["15家"] == "医院")
    }

    @Test("a noun's ratio changed 由…下降为… is two ratio levels, with a bracketed note and a date between")
    func ratioFromTo() {
        let m = Self.extractor.metrics(inText: "常住人口性别比（以女性为100）由2010年第六次全国人口普查的103.21下降为101.45。出生人口性别比由110.5下降到108.2。")
        let ratios = m.filter { $0.kind == .ratio }.map(\.value.plainString)
        #expect(ratios.contains("103.21") && ratios.contains("101.45"))
        #expect(ratios.contains("110.5") && ratios.contains("108.2"))
        // Both ends are the ratio its words name, up to the 比 (not the census words before the first value).
        #expect(m.filter { $0.kind == .ratio }.map(\.subject) == ["常住人口性别比", "常住人口性别比", "出生人口性别比", "出生人口性别比"])
        // 同比由…: a comparison, no ratio.
        let n = Self.extractor.metrics(inText: "同比由3下降为2。")
        #expect(n.filter { $0.kind == .ratio }.isEmpty)
    }

    @Test("a scale written once after a list whose last comma was typed for 、 carries its unit to every item")
    func listWithComma() {
        let m = Self.extractor.metrics(inText: "同期，粮食、蔬菜、水产品分别出口11.2亿、8.4亿,5.6亿元。")
        #expect(m.map(\.unit) == ["元", "元", "元"])
        #expect(m.map(\.value.plainString) == ["1120000000", "840000000", "560000000"])
        // No 、 before the comma: a clause of its own, nothing carried (3亿 stands alone).
        let n = Self.extractor.metrics(inText: "投资3亿,新增产值5亿元。")
        #expect(n.first?.unit != "元")
    }

    @Test("seats are counted in 席; 一席之地 is no count")
    func seats() {
        let m = Self.extractor.metrics(inText: "全省12家重点实验室本市占3席。在全国占有一席之地。")
        #expect(m.contains { $0.surface == "3席" && $0.unit == "席" && $0.kind == .count })
        #expect(!m.contains { $0.surface.hasPrefix("一席") })
    }

    @Test("a footnote mark after the noun and 共有 after a set's 中 are no part of the subject")
    func footnoteAndHaving() {
        let s = subjects("全县常住人口中共有家庭户[2]12000户，集体户[3]300户。")
        #expect(s["12000户"] == "家庭户")
        #expect(s["300户"] == "集体户")
    }
}
