import Foundation
import Gongbao
import Testing

/// parts-add-up and a partition that is one group of a longer 其中 list: a budget report's 收入 of every source (税收,
/// 非税, 上级补助, 调入, 上年结转…) lists 税收/非税 first; the whole list adds up to the total, the partition alone does not.
@Suite("A partition inside a longer list of parts")
struct PartitionWithinListTests {
    static func sumFindings(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings("关于某区2024年决算草案的报告\n" + text).filter { $0.ruleID == "parts-add-up" }
    }

    static let sources = "2024年，区本级一般公共预算收入实际完成52.40亿元，其中：税收收入完成9.80亿元，增长3.1%；非税收入完成"
        + "12.60亿元，下降4.2%；上级补助收入18.30亿元，增长6.5%；债务转贷收入7.20亿元；调入资金1.90亿元；上年结转2.60亿元。\n"

    @Test("tax and non-tax revenue within a list of every source that adds up")
    func partitionWithinSources() throws {
        let found = try Self.sumFindings(Self.sources)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("the list not adding up either is still an error")
    func neitherAddsUp() throws {
        let found = try Self.sumFindings(Self.sources.replacingOccurrences(of: "18.30亿元", with: "28.30亿元"))
        #expect(!found.isEmpty)
    }
}
