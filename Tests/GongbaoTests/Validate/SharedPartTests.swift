import Testing
@testable import Gongbao

/// same-figure-agrees: a figure followed by its share of the whole it is named after (…447.96亿元，占全部到位外省资金的
/// 比重达63.7%) is a part named like its whole, not the whole restated.
@Suite("same-figure-agrees, a part named like its whole")
struct SharedPartTests {
    static let lead = "全市招商引资情况\n\n"
    static let whole = "前三季度，全市实际到位外省资金突破700亿元，累计实现702.76亿元，比上年同期增长26.8%。\n"

    @Test("a region's part, followed by its share of the whole, is no restatement of the whole")
    func partOfTheWhole() throws {
        let text = Self.lead + Self.whole + "从资金来源区域看，东部地区是我市招商引资的主要来源。东部地区签约项目为216个，"
            + "占签约项目总量的比重达66.7%；实际到位外省资金为447.96亿元，占全部到位外省资金的比重达63.7%。\n"
        let errors = try PipelineOnText.errors(text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("the whole restated with another value is still an error")
    func wholeRestated() throws {
        let text = Self.lead + Self.whole + "\n前三季度全市实际到位外省资金为712.76亿元。\n"
        let errors = try PipelineOnText.errors(text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(!errors.isEmpty)
    }
}
