import Foundation
import Gongbao
import Testing

/// budget-total-adds-up on real text: the account, the items after 加, the total.
@Suite("budget-total-adds-up")
struct BudgetTotalTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let report = "2026年全市一般公共预算收入安排195.8亿元，增长5%。加上级补助收入230亿元、上年结转15.6亿元，收入总计%@亿元。\n"

    @Test("the account before the sentence plus the items after 加 make the total; off by 10亿 is an error")
    func accountPlusItems() throws {
        #expect(try Self.errors(Self.report.replacingOccurrences(of: "%@", with: "441.4")).isEmpty)
        let f = try Self.errors(Self.report.replacingOccurrences(of: "%@", with: "451.4"))
        #expect(f.map(\.ruleID) == ["budget-total-adds-up"] && f.first?.message.contains("441.4亿元") == true, "\(f)")
    }

    @Test("the 其中 parts before 加 are no account: the total continues the account they split")
    func partsAreNoAccount() throws {
        let text = "全市社会保险基金预算收入152.8亿元，增长6.9%。其中，保险费收入76.9亿元，利息收入0.7亿元，财政补贴收入73亿元，"
            + "其他收入1.5亿元，转移收入0.7亿元。加上年结余155.8亿元，收入合计308.6亿元。\n"
        #expect(try Self.errors(text).isEmpty)
    }
}
