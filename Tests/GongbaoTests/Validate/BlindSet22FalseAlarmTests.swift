import Foundation
import Gongbao
import Testing

/// Session 19's blind set 22 (a city's budget report) raised three false errors on its clean text: a rate on a
/// comparable base a few hundredths off its amounts' quotient, a shortfall stated without a minus, and a grand total
/// read as a 其中 part. Each case is a short text written for the rule, beside the fault the rule must still catch.
@Suite("False alarms of the blind set 22")
struct BlindSet22FalseAlarmTests {
    static let header = "关于某市2025年预算执行情况的报告\n"

    static func found(_ text: String, rule: String, header: String = header) throws -> [Finding] {
        try PipelineOnText.findings(header + text).filter { $0.ruleID == rule }
    }

    @Test("a rate a few hundredths of a point off its level and amount of change passes; a digit off still errs")
    func comparableBaseRate() throws {
        // 123,456 / (3,456,789 − 123,456) = 3.70%: 3.75% is on a comparable base. (A budget report's title makes every
        // figure one of several periods: a plain communiqué's paragraph here.)
        let text = "全市一般公共预算支出完成3,456,789万元，比上年增支123,456万元，增长3.75%。\n"
        let fits = try Self.found(text, rule: "change-agrees", header: "")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "增长3.75%", with: "增长4.75%"), rule: "change-agrees", header: "")
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("a shortfall is spending less revenue; a shortfall miswritten still errs")
    func shortfall() throws {
        let text = "市本级养老保险基金预算收入完成12,000万元，比上年减少500万元。养老保险基金预算支出完成30,500万元，比上年增加1,000万元，当年收支相抵缺口18,500万元，由上年结余弥补。\n"
        let fits = try Self.found(text, rule: "balance-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "缺口18,500万元", with: "缺口13,500万元"), rule: "balance-agrees")
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("a grand total after a 其中 list is no part of the total before it; a part above its total still errs")
    func grandTotalAfterParts() throws {
        let text = "市本级一般公共预算总收入预算为300,000万元。其中：地方一般公共预算收入预算为180,000万元，调入资金50,000万元，动用预算稳定调节基金20,000万元，市本级收入总计420,000万元。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.filter { $0.severity == .error }.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "收入预算为180,000万元", with: "收入预算为380,000万元"), rule: "part-exceeds-total")
        #expect(!wrong.filter { $0.severity == .error }.isEmpty, "\(wrong)")
    }
}
