import Foundation
@testable import Gongbao
import Testing

/// cumulative-never-falls within one document: one month's figure is part of the running total covering it.
@Suite("A month and its running total")
struct MonthTotalTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "云溪市2024年1—4月招商引资工作情况通报\n\n"

    @Test("a month above the running total that covers it is an error; below it passes; a profit may pass it")
    func monthAboveTotal() throws {
        let text = "1—4月，全市实际到位资金115.0亿元，同比增长20.0%。4月份，全市实际到位资金X亿元。\n"
        let f = try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "130.0"))
        #expect(f.map(\.ruleID) == ["cumulative-never-falls"], "\(f)")
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "30.0")).isEmpty)
        #expect(try Self.errors(Self.lead + "1—4月，全市规模以上工业企业利润总额11.5亿元。4月份，规模以上工业企业利润总额13.0亿元。\n").isEmpty)
    }
}
