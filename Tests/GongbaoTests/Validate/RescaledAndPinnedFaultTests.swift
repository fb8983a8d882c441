import Foundation
@testable import Gongbao
import Testing

/// Session 19's fault kinds (scripts/fault_eval.py, helper vfault14): a repeat written with another scale word
/// (7.8万人 / 79000人), and a 万/亿 slip on an amount its level and rate pin (收入12.0亿元，比上年增加2.0万元，增长20.0%).
@Suite("Rescaled repeats and pinned scale slips")
struct RescaledAndPinnedFaultTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年全市经济运行情况\n\n"
    static let filler = "\n\n全市坚持稳中求进，推动高质量发展。\n\n一、人口\n\n"

    @Test("a repeat written with another scale word is one value: caught when it differs, passes when it agrees")
    func rescaledRepeat() throws {
        let first = "年末全市常住人口7.8万人，比上年末增加0.1万人。"
        let wrong = try Self.errors(Self.lead + first + Self.filler + "年末全市常住人口79000人。\n")
        #expect(wrong.contains { $0.ruleID == "same-figure-agrees" }, "\(wrong)")
        let right = try Self.errors(Self.lead + first + Self.filler + "年末全市常住人口78000人。\n")
        #expect(right.isEmpty, "\(right)")
        let money = "全年全市一般公共预算收入159.91亿元。"
        let off = try Self.errors(Self.lead + money + Self.filler + "全年全市一般公共预算收入1599200万元。\n")
        #expect(off.contains { $0.ruleID == "same-figure-agrees" }, "\(off)")
        let same = try Self.errors(Self.lead + money + Self.filler + "全年全市一般公共预算收入1599100万元。\n")
        #expect(same.isEmpty, "\(same)")
    }

    @Test("an amount its level and rate pin, given 万 for 亿, is caught; as written it passes")
    func pinnedScaleSlip() throws {
        let slipped = try Self.errors(Self.lead + "全年全市规模以上工业营业收入120.0亿元，比上年增加20.0万元，增长20.0%。\n")
        #expect(!slipped.isEmpty, "\(slipped)")
        let based = try Self.errors(Self.lead + "全年全市规模以上工业营业收入120.0亿元，上年为100.0万元，增长20.0%。\n")
        #expect(!based.isEmpty, "\(based)")
        let clean = try Self.errors(Self.lead + "全年全市规模以上工业营业收入120.0亿元，比上年增加20.0亿元，增长20.0%。\n")
        #expect(clean.isEmpty, "\(clean)")
    }
}
