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

    @Test("revenue and spending added up in one sentence, each after its own 加, past last year's comparison base")
    func twoTotalsOneSentence() throws {
        let text = "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,加上上级补助收入13.36亿元、"
            + "债券转贷收入2.05亿元、调入资金0.05亿元、动用预算稳定调节基金0.87亿元、上年结余0.67亿元,收入合计%@亿元;2022年一般公共预算支出"
            + "预算数为26.93亿元,实际支出24.98亿元,比上年决算数25.10亿元下降0.5%,加上上解支出6.15亿元、债务还本支出0.03亿元,支出合计31.16亿元。\n"
        let clean = try Self.errors(text.replacingOccurrences(of: "%@", with: "32.39"))
        #expect(clean.isEmpty, "\(clean)")
        let f = try Self.errors(text.replacingOccurrences(of: "%@", with: "35.39"))
        #expect(f.map(\.ruleID) == ["budget-total-adds-up"], "\(f)")
    }

    @Test("the 其中 parts before 加 are no account: the total continues the account they split")
    func partsAreNoAccount() throws {
        let text = "全市社会保险基金预算收入152.8亿元，增长6.9%。其中，保险费收入76.9亿元，利息收入0.7亿元，财政补贴收入73亿元，"
            + "其他收入1.5亿元，转移收入0.7亿元。加上年结余155.8亿元，收入合计308.6亿元。\n"
        #expect(try Self.errors(text).isEmpty)
    }

    @Test("an amount in brackets after the account (不含…) is an aside of another scope, not the account")
    func bracketedAsideIsNoAccount() throws {
        let text = "县本级国有资本经营预算收入3.6亿元（不含高新区1.9亿元），同比增长12.5%，加上上级补助收入0.4亿元，上年结余0.5亿元，"
            + "收入总计为%@亿元。\n"
        let clean = try Self.errors(text.replacingOccurrences(of: "%@", with: "4.5"))
        #expect(clean.isEmpty, "\(clean)")
        let f = try Self.errors(text.replacingOccurrences(of: "%@", with: "5.5"))
        #expect(f.map(\.ruleID) == ["budget-total-adds-up"] && f.first?.message.contains("3.6亿元 + 0.4亿元") == true, "\(f)")
    }
}
