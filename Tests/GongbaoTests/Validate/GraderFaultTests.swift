import Foundation
@testable import Gongbao
import Testing

/// The faults an outside grader plants that session 9's fault kinds added (scripts/fault_eval.py): a repeat copied
/// with its point moved or a digit dropped, a fall of more than all of an amount, GDP or CPI changes no economy
/// makes, and running totals whose period is written 前N个月.
@Suite("Faults a grader plants")
struct GraderFaultTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年全市经济运行情况\n\n"

    @Test("a repeat with its point moved, dropped, or a digit lost is one number copied wrong")
    func digitSlips() throws {
        let body = "全年全市地区生产总值5678.9亿元。\n\n全市坚持稳中求进，推动高质量发展。\n\n一、综合\n\n全年全市地区生产总值X亿元。\n"
        for slip in ["567.89", "56789"] {
            let f = try Self.errors(Self.lead + body.replacingOccurrences(of: "X", with: slip))
            #expect(f.map(\.ruleID) == ["same-figure-agrees"], "\(slip): \(f)")
        }
        let count = "年末全市共有科技型企业2360家。\n\n全市坚持稳中求进，推动高质量发展。\n\n一、综合\n\n年末全市共有科技型企业X家。\n"
        for slip in ["260", "23360"] {
            let f = try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: slip))
            #expect(f.map(\.ruleID) == ["same-figure-agrees"], "\(slip): \(f)")
        }
        // Far apart and no copy of one another: two figures behind one shortened subject, not judged.
        let f = try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: "9184"))
        #expect(f.isEmpty, "\(f)")
    }

    @Test("the digits of two numbers: same digits with the point moved, or one digit more")
    func digitPattern() {
        #expect(SameFigureRule.isDigitSlip("5678.9亿元", "567.89亿元"))
        #expect(SameFigureRule.isDigitSlip("7.8万人", "78万人"))
        #expect(SameFigureRule.isDigitSlip("5 678.9 亿元", "56789亿元"))
        #expect(SameFigureRule.isDigitSlip("2360家", "260家"))
        #expect(!SameFigureRule.isDigitSlip("7.8万人", "78亿人"))     // another scale: scale-slip's
        #expect(!SameFigureRule.isDigitSlip("2.83万户", "62万户"))
        #expect(!SameFigureRule.isDigitSlip("12个", "2个"))          // too short to tell
        #expect(!SameFigureRule.isDigitSlip("5678.9亿元", "5678.9亿元"))
    }

    @Test("a fall of more than 100% of an amount that cannot be below zero is an error; a profit or a rate may")
    func fallOver100() throws {
        #expect(try Self.errors("全年经济作物播种面积28.6万亩，下降103.0%。\n").map(\.ruleID) == ["fall-over-100"])
        #expect(try Self.errors("全市政府性基金预算收入45.1亿元，比上年下降116.3%。\n").map(\.ruleID) == ["fall-over-100"])
        #expect(try Self.errors("全年经济作物播种面积28.6万亩，下降3.0%。\n").isEmpty)
        #expect(try Self.errors("规模以上工业企业利润总额下降125.3%。\n").isEmpty)
        #expect(try Self.errors("全年货物贸易净出口比上年下降150.2%。\n").isEmpty)
        #expect(try Self.errors("全年全市地区生产总值比上年回落120.5个百分点。\n").filter { $0.ruleID == "fall-over-100" }.isEmpty)
    }

    @Test("GDP growing more than 60% or CPI more than 30% in a year is an error; a share of GDP is not a change")
    func aggregateRates() throws {
        #expect(try Self.errors("全年全市地区生产总值5678.9亿元，比上年增长105.5%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("全年全市居民消费价格比上年上涨100.3%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("全年全市地区生产总值5678.9亿元，比上年增长5.5%。\n").isEmpty)
        #expect(try Self.errors("全年全市居民消费价格比上年上涨0.3%。\n").isEmpty)
        #expect(try Self.errors("全年一般公共预算收入增长105.5%。年末政府债务余额占地区生产总值的65.2%。\n").isEmpty)
    }
}
