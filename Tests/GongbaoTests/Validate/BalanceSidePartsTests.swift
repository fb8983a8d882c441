import Foundation
import Gongbao
import Testing

/// A balance statement's side total (总支出合计…，其中…) lists every use of the year's funds under heads of all sorts:
/// 安排预算稳定调节基金 is a use though 动用预算稳定调节基金 stood on the income side, 调出资金 though 调入资金 did, and a
/// small last use (…结余0.4亿元) after the sum is within rounding of the total still belongs to the list.
@Suite("Parts of a balance statement's side totals")
struct BalanceSidePartsTests {
    static let lead = "关于2025年预算执行情况的报告\n"

    static func balance(spending: String) -> String {
        lead + "按现行财政体制，全县财政收支平衡情况是：总收入合计为86.0亿元，其中，一般公共预算收入30.5亿元，上级补助收入40.2亿元，"
            + "调入资金8.9亿元，待偿债再融资一般债券上年结余0.2亿元，动用预算稳定调节基金6.2亿元；总支出合计为\(spending)亿元，其中，"
            + "一般公共预算支出62.4亿元，上解上级支出5.1亿元，安排预算稳定调节基金6.5亿元，调出资金0.3亿元，结转下年支出11.3亿元，"
            + "待偿债再融资一般债券结余0.4亿元，实现财政收支平衡。\n"
    }

    @Test("every use counts toward 总支出, whatever head it shares with a source")
    func usesAddUp() throws {
        let found = try PipelineOnText.findings(Self.balance(spending: "86.0"))
            .filter { $0.ruleID == "parts-add-up" || $0.ruleID == "part-exceeds-total" }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a side total its uses do not make is still reported")
    func wrongTotal() throws {
        let found = try PipelineOnText.findings(Self.balance(spending: "88.0")).filter { $0.ruleID == "parts-add-up" }
        #expect(found.contains { $0.message.contains("88.0亿元") && $0.severity == .error }, "\(found)")
    }

    @Test("outside a balance, a part still takes the earlier total that shares its head")
    func headStillChosen() throws {
        let text = Self.lead + "全县政府债务余额112.4亿元，控制在省核定的债务限额126.0亿元以内。其中，一般债务余额48.3亿元，专项债务余额64.1亿元。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "parts-add-up" || $0.ruleID == "part-exceeds-total" }
        #expect(found.isEmpty, "\(found)")
        let slipped = Self.lead + "全县政府债务余额112.4亿元，控制在省核定的债务限额126.0亿元以内。其中，一般债务余额48.3亿元，专项债务余额74.1亿元。\n"
        #expect(try PipelineOnText.findings(slipped).contains { $0.ruleID == "part-exceeds-total" || $0.ruleID == "parts-add-up" })
    }
}
