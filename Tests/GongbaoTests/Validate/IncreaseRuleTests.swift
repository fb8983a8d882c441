import Foundation
import Gongbao
import Testing

/// increase-exceeds-level and the 其中 parts of a level stated before its change, on real text through the pipeline.
@Suite("A level cannot grow by more than itself")
struct IncreaseRuleTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    @Test("an increase above its own level is a 万/亿 slip; one below it, a decrease, or a signed amount is not")
    func slips() throws {
        #expect(try Self.errors("年末全市常住人口578.9万人，比上年末增加2.3亿人。\n").map(\.ruleID) == ["increase-exceeds-level"])
        #expect(try Self.errors("全市一般公共预算收入45.6万元，比上年增加12.3亿元。\n").map(\.ruleID) == ["increase-exceeds-level"])
        #expect(try Self.errors("年末全市常住人口578.9万人，比上年末增加2.3万人。\n").isEmpty)
        #expect(try Self.errors("年末全市常住人口578.9万人，比上年末减少600万人。\n").isEmpty)
        #expect(try Self.errors("全年规模以上工业企业实现净利润1.2亿元，比上年增加3.4亿元。\n").isEmpty)
        // A rate is no amount of the level's unit.
        #expect(try Self.errors("年末全市常住人口578.9万人，比上年末增长120%。\n").isEmpty)
    }

    @Test("an amount named as an increase (增幅至) is no level that a later increase may exceed")
    func increaseNamedSo() throws {
        let text = "去年3月外汇储备小幅增加39.64亿美元，4月则扩大增幅至204.45亿美元，5月则增加240.34亿美元。\n"
        #expect(try Self.errors(text).isEmpty)
    }

    @Test("the increase is read against the level of its own subject, not another figure of the sentence")
    func ownLevel() throws {
        #expect(try Self.errors("全年新增城镇就业2.1万人，年末全市常住人口578.9万人，比上年末增加3.2万人。\n").isEmpty)
    }

    @Test("其中 after a level's change: the parts are of the level (城镇 + 乡村 must make the population)")
    func partsOfTheLevel() throws {
        let text = "年末全市常住人口578.9万人，比上年末增加2.3万人。其中，城镇人口412.3万人，乡村人口176.6万人。\n"
        #expect(try Self.errors(text).map(\.ruleID) == ["parts-add-up"])
        #expect(try Self.errors(text.replacingOccurrences(of: "176.6", with: "166.6")).isEmpty)
    }
}
