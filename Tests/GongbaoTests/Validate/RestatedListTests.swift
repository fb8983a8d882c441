import Foundation
@testable import Gongbao
import Testing

/// same-figure-agrees on a list that restates items of a balance statement given earlier (a 决算 report's fund paragraph
/// after its 收支平衡情况): a budget item whose name holds a year word (上年结转收入, 结转下年支出) dates no sentence, and a
/// stock word another item brings (预备费余额) does not set the restatement apart.
@Suite("Lists restating a balance statement")
struct RestatedListTests {
    static func findings(_ text: String) throws -> [Finding] { try PipelineOnText.findings(text) }

    /// A 决算 report's city-level account: the outcomes against the budget, then the balance statement.
    static let head = """
        关于临川市2025年财政决算的报告
        （三）市本级财政决算情况
        1.市本级一般公共预算收支情况
        市人民代表大会批准的市本级2025年一般公共预算收入为9.50亿元，实际完成8.12亿元，为年初预算的85.5%。
        市人民代表大会批准的市本级2025年支出预算为32.40亿元，实际完成30.18亿元，为调整预算的93.1%。
        市本级一般公共预算收支平衡情况：市本级一般公共预算收入8.12亿元，上级补助收入21.35亿元，上年结转收入12.40亿元，调入资金1.36亿元，总收入43.23亿元；一般公共预算支出30.18亿元，安排预算稳定调节基金3亿元，结转下年支出10.05亿元，总支出43.23亿元。
        市本级预备费情况：2025年市本级预备费总额0.5亿元，未安排支出。

        """

    /// The fund paragraph restating two items, and the next account's balance statement with its own 调入资金.
    static func fund(_ transfer: String) -> String {
        "市本级预算稳定调节基金情况：2025年市本级安排预算稳定调节基金3亿元，主要包括预备费余额0.5亿元、一般公共预算结余资金调入0.72亿元、调入资金\(transfer)。\n"
            + "2.市本级政府性基金预算收支情况\n"
            + "市本级政府性基金预算收支平衡情况：市本级政府性基金预算收入1.51亿元，上级补助收入2.20亿元，调入资金0.30亿元，总收入4.01亿元。\n"
    }

    @Test("the restated item changed is an error at both statements (another account's 调入资金 is no third value); as written it passes")
    func changedItem() throws {
        let f = try Self.findings(Self.head + Self.fund("1.46亿元")).filter { $0.ruleID == "same-figure-agrees" }
        #expect(f.map(\.severity) == [.error, .error], "\(f)")
        #expect(try Self.findings(Self.head + Self.fund("1.36亿元")).filter { $0.severity == .error }.isEmpty)
    }

    @Test("budget items holding year words are names, not years: 上年结转, 结转下年")
    func itemNames() throws {
        let c = StatementContext(sentence: "上年结转收入12.40亿元，结转下年支出10.05亿元", catalogue: try RuleSet.standard().catalogue)
        #expect(c.labels["year"] == nil, "\(c.labels)")
    }

    @Test("a stock word on one side only says the same where both name one place; a flow against a stock does not")
    func stockOneSided() {
        var a = StatementContext(), b = StatementContext()
        a.labels["stock"] = ["stock"]
        #expect(!StatementContext.sayTheSame(a, b))
        a.labels["place"] = ["本级"]
        b.labels["place"] = ["本级"]
        #expect(StatementContext.sayTheSame(a, b))
        b.labels["stock"] = ["flow"]
        #expect(!StatementContext.sayTheSame(a, b))
        b.labels["stock"] = nil
        b.labels["stage"] = ["plan"]
        #expect(!StatementContext.sayTheSame(a, b))
    }

    @Test("three places' balance statements hold three values of an item: no error")
    func threePlaces() throws {
        let text = "关于临川市2025年预算执行情况的报告\n\n（一）一般公共预算\n"
            + "全市一般公共预算平衡情况：地方一般公共预算收入35.17亿元，上年结余收入0.30亿元，调入资金3.82亿元，收入总计39.29亿元。\n\n"
            + "市本级一般公共预算平衡情况：地方一般公共预算收入26.27亿元，上年结余收入0.11亿元，调入资金2.62亿元，收入总计29.00亿元。\n\n"
            + "高新区一般公共预算平衡情况：地方一般公共预算收入8.90亿元，上年结余收入0.18亿元，调入资金1.20亿元，收入总计10.28亿元。\n"
        #expect(try Self.findings(text).filter { $0.severity == .error }.isEmpty)
    }

    @Test("two places' balance statements, the district named nowhere in the vocabulary, a stock word in one: no error")
    func unnamedDistrict() throws {
        let text = "关于临川市2025年预算执行情况的报告\n\n（一）一般公共预算\n"
            + "全市一般公共预算平衡情况：地方一般公共预算支出55.57亿元，转移性支出5.58亿元，支出总计61.15亿元，年终结转0.78亿元。\n\n"
            + "高新区一般公共预算平衡情况：地方一般公共预算支出7.75亿元，转移性支出3.37亿元，支出总计11.12亿元，年末结转0.01亿元。\n"
        #expect(try Self.findings(text).filter { $0.severity == .error }.isEmpty)
    }
}
