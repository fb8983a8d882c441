import Foundation
@testable import Gongbao
import Testing

/// repeat-change-agrees on real text through the pipeline: a headline figure and its change, repeated in the body.
@Suite("A repeated figure's change must repeat too")
struct RepeatChangeTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let headline = "全年全市地区生产总值5678.9亿元，比上年增长5.5%。\n\n一、综合\n\n初步核算，全市地区生产总值5678.9亿元，"

    @Test("another rate, or the other direction, beside the same level is an error")
    func disagreeing() throws {
        // Of two statements either may be the wrong one: each is reported against the other.
        #expect(try Self.errors(Self.headline + "比上年增长6.5%。\n").map(\.ruleID) == ["repeat-change-agrees", "repeat-change-agrees"])
        #expect(try Self.errors(Self.headline + "比上年下降5.5%。\n").map(\.ruleID) == ["repeat-change-agrees", "repeat-change-agrees"])
        #expect(try Self.errors(Self.headline + "比上年增长5.5%。\n").isEmpty)
    }

    @Test("a change counted another way (按不变价格计算, 名义) or of another level is not compared")
    func notComparable() throws {
        #expect(try Self.errors(Self.headline + "按不变价格计算，比上年增长6.5%。\n").isEmpty)
        #expect(try Self.errors(Self.headline.replacingOccurrences(of: "初步核算，全市地区生产总值5678.9亿元",
                                                                  with: "初步核算，全市地区生产总值5778.9亿元") + "比上年增长6.5%。\n")
            .allSatisfy { $0.ruleID != "repeat-change-agrees" })
        // 1—10月 and 10月份 are two figures of one subject: their levels differ, so their rates are never compared.
        #expect(try Self.errors("1—10月，全市固定资产投资增长5.2%。10月份，全市固定资产投资增长6.8%。\n").isEmpty)
    }

    @Test("a change whose subject carries its base (国内生产总值比2002年) is the level's change: 增长 turned 下降 is an error")
    func subjectWithBase() throws {
        let line = "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。\n\n"
        let swapped = "2007年，国内生产总值达到24.66万亿元，比2002年下降65.5%，年均增长10.6%。\n"
        #expect(try Self.errors("政府工作报告\n\n" + line + "一、过去五年工作回顾\n\n" + swapped).map(\.ruleID)
                    == ["repeat-change-agrees", "repeat-change-agrees"])
        #expect(try Self.errors("政府工作报告\n\n" + line + "一、过去五年工作回顾\n\n" + line).isEmpty)
        #expect(RepeatChangeRule.namesBase("国内生产总值比2002年", after: "国内生产总值"))
        #expect(!RepeatChangeRule.namesBase("国内生产总值增加值", after: "国内生产总值"))
    }

    static let industry = "2025年云溪市国民经济和社会发展统计公报\n\n全年规模以上工业增加值增长6.1%。装备制造业增加值增长X%，"
        + "占规模以上工业的比重为31.4%，比上年提高0.6个百分点。\n\n分行业看，汽车制造业增加值增长12.3%，"
        + "装备制造业增加值增长11.2%，占规模以上工业增加值比重为31.4%。\n"

    @Test("a bare change tied to the same share right after it is one statement made twice")
    func bareChangeWithItsShare() throws {
        #expect(try Self.errors(Self.industry.replacingOccurrences(of: "X", with: "11.2")).isEmpty)
        #expect(try Self.errors(Self.industry.replacingOccurrences(of: "X", with: "11.3")).map(\.ruleID)
            == ["repeat-change-agrees", "repeat-change-agrees"])
        // Without a share after them, two bare changes say nothing about their bases: not paired.
        let bare = Self.industry.replacingOccurrences(of: "，占规模以上工业的比重为31.4%", with: "")
            .replacingOccurrences(of: "，占规模以上工业增加值比重为31.4%", with: "")
        #expect(try Self.errors(bare.replacingOccurrences(of: "X", with: "11.3")).isEmpty)
    }
}
