import Testing
import Foundation
@testable import Gongbao

/// A budget balance's bare lines (调入资金, 上年结余, 债务转贷收入), on sentences of our own: held-out sets 9, 10, 22 and 24
/// and the shared gold name each line with its fund (一般公共预算, 政府性基金, 国有资本经营, 社会保险基金). (Lines under a colon
/// lead — 市本级一般公共预算收支平衡情况： — are AccountTotals' and stay as listed.)
@Suite("Budget balance lines and their funds")
struct BudgetFundOwnerTests {

    func subjects(_ text: String) -> [String: String] { SubjectsBySurface.of(text) }

    @Test("a bare balance line takes the fund the paragraph named before it, across a sentence end")
    func balanceLineTakesFund() {
        let s = subjects("全县政府性基金预算收入8.4亿元，同比增长5.1%。加上上级补助收入1.3亿元，调入资金0.7亿元，收入总计10.4亿元。")
        #expect(s["1.3亿元"] == "政府性基金预算上级补助收入")
        #expect(s["0.7亿元"] == "政府性基金预算调入资金")
        #expect(s["10.4亿元"] == "政府性基金预算收入总计")
        let t = subjects("县本级国有资本经营预算支出2.6亿元，调出资金0.9亿元。")
        #expect(t["0.9亿元"] == "国有资本经营预算调出资金")
    }

    @Test("a balance line with no fund before it in its paragraph, or in a paragraph under a colon lead, keeps its name")
    func balanceLineWithoutFund() {
        let s = subjects("全县财政收支平衡情况是：总收入合计为50.2亿元，其中，调入资金3.1亿元。\n全县政府性基金预算收入8.4亿元。")
        #expect(s["3.1亿元"] == "调入资金")
        let t = subjects("县本级一般公共预算收支平衡情况：县本级一般公共预算收入6.9亿元，上级补助收入28.1亿元，调入资金0.9亿元。")
        #expect(t["0.9亿元"] == "调入资金")
    }
}
