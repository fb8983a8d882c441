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
}
