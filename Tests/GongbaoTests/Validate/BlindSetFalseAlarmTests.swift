import Foundation
import Gongbao
import Testing

/// Session 18's blind sets raised false errors on clean documents: a province's figure quoted beside a city's, the
/// changes of a second item read as the first item's, and one amount after 分别 that each name did. Each case is a
/// short text written for the rule, beside the fault the rule must still catch.
@Suite("False alarms of the blind sets 19 and 20")
struct BlindSetFalseAlarmTests {
    static let header = "2025年某市国民经济和社会发展统计公报\n"

    static func found(_ text: String, rule: String) throws -> [Finding] {
        try PipelineOnText.findings(header + text).filter { $0.ruleID == rule }
    }

    @Test("a figure whose clause names the province is no restatement of one whose clause names the city")
    func regionsOfTwoLevels() throws {
        let text = "前三季度 我市居民人均可支配收入15620元\n\n日前，全省前三季度主要数据发布，全省居民人均可支配收入为19880元。记者获悉，前三季度我市居民人均可支配收入为15620元，同比增长8.1%。\n"
        let quoted = try Self.found(text, rule: "same-figure-agrees")
        #expect(quoted.isEmpty, "\(quoted)")
        // The city's own figure miswritten in the headline is still one figure stated twice.
        let wrong = try Self.found(text.replacingOccurrences(of: "我市居民人均可支配收入15620元\n", with: "我市居民人均可支配收入15920元\n"), rule: "same-figure-agrees")
        #expect(!wrong.isEmpty)
    }

    @Test("the rates after an amount of another item are that item's, not the level's before it")
    func changesOfTheNextItem() throws {
        let text = "全年棉花播种面积3000千公顷，增加60千公顷，增长2.0%；油料面积增加约45千公顷，增长4.2%；糖料面积减少约20千公顷，下降6.5%。\n"
        let fits = try Self.found(text, rule: "change-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "增长2.0%", with: "增长5.0%"), rule: "change-agrees")
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("one amount after 分别 followed by the thing it measures is what each name did; a list short of a value still errs")
    func oneAmountForEach() throws {
        let each = try Self.found("全年东坪镇、西岭镇分别新建了200亩高标准农田。\n", rule: "list-count-agrees")
        #expect(each.isEmpty, "\(each)")
        let short = try Self.found("全年东坪镇、西岭镇粮食产量分别为3.2万吨。\n", rule: "list-count-agrees")
        #expect(short.count == 1, "\(short)")
        let bounded = try Self.found("确保东坪镇、西岭镇粮食产量分别稳定在3.2万吨左右。\n", rule: "list-count-agrees")
        #expect(bounded.count == 1, "\(bounded)")
    }
}
