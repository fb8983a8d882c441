import Gongbao
import Testing

/// completion-agrees: a budget, its outcome and the rate of completion stated in one sentence agree.
@Suite("Completion of a budget")
struct CompletionRuleTests {
    static let fund = "全市2025年社会保险基金收入预算171.9亿元，实际完成174.5亿元，为预算的101.5%；"
        + "支出预算152.5亿元，实际完成149.4亿元，为预算的98%。"
    static let approved = "市人民代表大会批准的市本级2025年一般公共预算收入为14.63亿元，实际完成6.94亿元，为年初预算的47.4%，"
        + "比上年减少7.82亿元，下降53%。"

    @Test("rates of completion that are the outcome over the budget pass, at the figures' printed precision")
    func cleanPasses() throws {
        #expect(try PipelineOnText.errors(Self.fund).isEmpty)
        #expect(try PipelineOnText.errors(Self.approved).isEmpty)
        // A rounded budget leaves room: 0.04 of 2 is anywhere from 1.4% to 3.0%.
        #expect(try PipelineOnText.errors("批准的国有资本经营预算收入为2亿元，实际完成0.04亿元，为年初预算的2.2%。").isEmpty)
        // The rate of a budget the sentence does not state, and a rate of the adjusted budget beside the budget at the
        // year's start, are not judged.
        #expect(try PipelineOnText.errors("全市一般公共预算收入90.4亿元，为调整预算的101.3%。").isEmpty)
        #expect(try PipelineOnText.errors("年初预算收入为14.63亿元，实际完成16.94亿元，为调整预算的99.4%。").isEmpty)
        // Two amounts that are no budget and its outcome: a total and its part.
        #expect(try PipelineOnText.errors("一般公共预算收入完成14.63亿元，其中税收收入完成6.94亿元，为预算的98.2%。").isEmpty)
    }

    @Test("a rate of completion mistyped against its budget and outcome is caught", arguments: [
        (fund, "为预算的101.5%", "为预算的111.5%"),
        (fund, "为预算的98%", "为预算的89%"),
        (approved, "为年初预算的47.4%", "为年初预算的57.4%"),
        (approved, "实际完成6.94亿元", "实际完成9.64亿元"),
    ])
    func faultCaught(text: String, from: String, to: String) throws {
        let errors = try PipelineOnText.errors(text.replacingOccurrences(of: from, with: to))
        #expect(errors.contains { $0.ruleID == "completion-agrees" }, "\(errors)")
    }
}
