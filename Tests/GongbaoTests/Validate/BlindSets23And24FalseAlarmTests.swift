import Foundation
import Gongbao
import Testing

/// Session 20's blind sets 23 and 24 raised two false errors on their clean text: a census communiqué's increase over
/// ten years read against its base (与2010年的…人相比，共增加…人，增长1.5倍), and a city budget report's bracketed
/// amounts of another body (收入28.7亿元（不含辽滨经开区36.4亿元）… 支出57.8亿元（不含辽滨经开区33.7亿元）) read as one
/// figure named 不含辽滨经开区 stated twice. Each case sits beside the fault its rule must still catch.
@Suite("False alarms of the blind sets 23 and 24")
struct BlindSets23And24FalseAlarmTests {
    @Test("an increase above the base it is compared with passes; an increase above the level itself still errs")
    func increaseOverItsBase() throws {
        let text = "全区常住人口与2010年第六次全国人口普查的220554人相比，10年共增加329857人，增长1.5倍。\n"
        let fits = try PipelineOnText.findings(text).filter { $0.ruleID == "increase-exceeds-level" }
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try PipelineOnText.findings("全区常住人口550411人，比上年增加3298570人。\n")
            .filter { $0.ruleID == "increase-exceeds-level" }
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("another body's bracketed revenue and spending are no one figure stated twice")
    func exclusionBracketsNoRepeat() throws {
        let text = "市本级一般公共预算收入28.7亿元（不含辽滨经开区36.4亿元），同比增长5.2%。\n市本级一般公共预算支出57.8亿元（不含辽滨经开区33.7亿元），同比下降4.1%。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(found.isEmpty, "\(found)")
        let restated = try PipelineOnText.findings(text + "全年市本级一般公共预算收入38.7亿元。\n")
            .filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
        #expect(!restated.isEmpty, "\(restated)")
    }
}
