import Foundation
import Gongbao
import Testing

/// list-count-agrees and classes named by a list of their own (rules.yaml list_names): 服装、鞋帽、针纺织品 is one
/// class of retail goods, so three figures for 粮油、服装、鞋帽、针纺织品、金银珠宝 … are what the reader expects.
@Suite("Class names holding 、")
struct ListNamesTests {
    static let lead = "2024年某区1-6月经济运行情况\n\n"

    @Test("a retail class written as a list is one name")
    func retailClass() throws {
        let text = "1-6月，限额以上单位粮油、服装、鞋帽、针纺织品、金银珠宝类商品零售额分别增长4.2%、3.1%、12.5%。\n"
        let found = try PipelineOnText.errors(Self.lead + text).filter { $0.ruleID == "list-count-agrees" }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a list still counts its other names: one figure short is reported")
    func stillCounted() throws {
        let text = "1-6月，限额以上单位粮油、服装、鞋帽、针纺织品、金银珠宝类商品零售额分别增长4.2%、3.1%。\n"
        #expect(try PipelineOnText.errors(Self.lead + text).map(\.ruleID).contains("list-count-agrees"))
    }
}
