import Foundation
@testable import Gongbao
import Testing

/// synonyms.yaml short_forms: a subject's short form (规上, 国企) is written out before subjects are compared, so a
/// headline's 规上工业增加值 and the body's 规模以上工业增加值 are one figure's.
@Suite("Short forms in subjects")
struct ShortFormTests {
    @Test("short forms are written out wherever they occur; one inside its own full form stays")
    func expanded() throws {
        let c = try RuleSet.standard().catalogue
        #expect(c.normalized("规上工业增加值") == c.normalized("规模以上工业增加值"))
        #expect(c.normalized("国企营业总收入") == c.normalized("国有企业营业总收入"))
        #expect(c.normalized("央企利润总额") == "中央企业利润总额")
        // 央企 stands inside 中央企业: nothing is doubled.
        #expect(c.normalized("中央企业利润总额") == "中央企业利润总额")
        #expect(c.normalized("社零总额") == "社会消费品零售总额")
    }

    @Test("a headline's short form and the body's full name are one figure: a restatement off by a digit is an error")
    func headlineAndBody() throws {
        let text = "财政部：1-5月国企营业总收入237730亿元 同比增7.7%\n\n"
            + "2019年1-5月，国有企业营业总收入X亿元，同比增长7.7%。\n"
        let off = try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "237731.0"))
        #expect(off.contains { $0.ruleID == "same-figure-agrees" }, "\(off)")
        #expect(try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "237730.0")).isEmpty)
    }

    @Test("synonyms.yaml endings: a count's 数 after the noun it counts is written away (人口数 → 人口); the ending alone stays")
    func endings() throws {
        let c = try RuleSet.standard().catalogue
        #expect(c.normalized("中心区人口数") == c.normalized("中心区人口"))
        #expect(c.normalized("规模以上工业企业数") == c.normalized("规模以上工业企业"))
        #expect(c.normalized("人口数") == "人口数")
        // A variant the catalogue names as written keeps its canonical name.
        #expect(c.normalized("签约项目数") == "签约项目")
    }

    @Test("a census table's column 人口数 beside its row names the prose's figure: a copy off by a digit is an error")
    func tableColumnAndProse() throws {
        let text = "一、常住人口分布情况\n\n分区域看，中心区人口为434532人，占78.95%；泾渭新城人口为24818人，占4.51%。\n\n"
            + "表1 全区常住人口的区域分布\n\n    单位:人、%\n地区 人口数 比重\n中心区 X 78.95\n泾渭新城 24818 4.51\n"
        let off = try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "434533"))
        #expect(off.contains { $0.ruleID == "same-figure-agrees" && $0.locations.first?.line == 9 }, "\(off)")
        #expect(try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "434532")).isEmpty)
    }
}

