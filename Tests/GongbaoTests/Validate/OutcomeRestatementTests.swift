import Foundation
import Testing
@testable import Gongbao

/// A budget report's outcome stated again in its balance paragraph and in its review of the year's work (一般公共预算收入
/// 150.1亿元 three times under 一、2025年预算执行情况): held to the outcome (`SameFigureRule.heldToOutcome`), though 预算 stands
/// in the balance sentence (国家有关预算政策) and 完成 in the review's.
@Suite("Validate: an unmarked restatement held to an outcome")
struct OutcomeRestatementTests {
    typealias Doc = SentenceContextTests.Doc

    static let head = "关于全市2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n（一）2025年预算收支情况\n1.全市预算收支情况\n"
    static let revenue = "全市一般公共预算收入150.1亿元，同比增长6.9%。\n"
    static func balance(_ v: String) -> String {
        "按现行财政体制和国家有关预算政策，全市财政收支平衡情况是：总收入合计为413.0亿元，其中，一般公共预算收入\(v)亿元，上级补助收入78.5亿元；总支出合计为413.0亿元，其中，安排预算稳定调节基金11.5亿元。\n"
    }
    static func review(_ v: String) -> String {
        "（二）2025年重点财政工作情况\n1.深挖财源潜力。全市一般公共预算收入完成\(v)亿元，同比增长6.9%，收入质量较高。\n"
    }
    static let draft = "二、2026年预算草案\n全市一般公共预算收入安排160.0亿元，增长6.6%。\n"

    static func doc(balance b: String = "150.1", review r: String = "150.1") -> Doc {
        Doc(head + revenue + "\n" + balance(b) + "\n" + review(r) + "\n" + draft)
            .add("150.1亿元", "一般公共预算收入", 15_010_000_000, "元")
            .add("413.0亿元", "总收入", 41_300_000_000, "元")
            .add("\(b)亿元", "一般公共预算收入", Decimal(string: b)! * 100_000_000, "元", partOf: 1)
            .add("78.5亿元", "上级补助收入", 7_850_000_000, "元", partOf: 1)
            .add("11.5亿元", "安排预算稳定调节基金", 1_150_000_000, "元")
            .add("\(r)亿元", "一般公共预算收入", Decimal(string: r)! * 100_000_000, "元")
            .add("160.0亿元", "一般公共预算收入", 16_000_000_000, "元")
    }

    @Test("the clean report: the outcome three times, the draft's plan apart — no finding")
    func clean() {
        #expect(Self.doc().findings().filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
    }

    @Test("the balance paragraph's 150.2 under the same headings: an error (預算 in 国家有关预算政策 marks no plan)")
    func balanceSlip() {
        let e = Self.doc(balance: "150.2").errors().filter { $0.ruleID == "same-figure-agrees" }
        #expect(e.map { $0.locations.first?.line } == [8])
    }

    @Test("the review's 完成150.2 under another heading of the outcome's section: an error")
    func reviewSlip() {
        let e = Self.doc(review: "150.2").errors().filter { $0.ruleID == "same-figure-agrees" }
        #expect(e.map { $0.locations.first?.line } == [11])
    }

    @Test("a plan word before the figure (年初预算安排，…) or in its total's clause keeps it a possible plan: no error")
    func planKept() {
        let text = Self.head + Self.revenue + "\n年初预算安排，全市一般公共预算收入145.0亿元，增长3.0%。\n\n"
            + "全市税收收入预算100.0亿元，其中：增值税收入40.0亿元。\n\n全市增值税收入41.0亿元。\n"
        let d = Doc(text)
            .add("150.1亿元", "一般公共预算收入", 15_010_000_000, "元")
            .add("145.0亿元", "一般公共预算收入", 14_500_000_000, "元")
            .add("100.0亿元", "税收收入", 10_000_000_000, "元")
            .add("40.0亿元", "增值税收入", 4_000_000_000, "元", partOf: 2)
            .add("41.0亿元", "增值税收入", 4_100_000_000, "元")
        #expect(d.errors().filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
    }

    @Test("a figure under a heading naming another level (2.市本级…) is another place's: no error")
    func placeApart() {
        let text = Self.head + Self.revenue + "\n2.市本级预算收支情况\n一般公共预算收入148.0亿元，同比增长5.2%。\n"
        let d = Doc(text)
            .add("150.1亿元", "一般公共预算收入", 15_010_000_000, "元")
            .add("148.0亿元", "一般公共预算收入", 14_800_000_000, "元")
        #expect(d.errors().filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
    }

    @Test("clause-only markers: 预算 read in a figure's own clause, not in a heading or an earlier clause")
    func clauseOnly() throws {
        let catalogue = try RuleSet.standard().catalogue
        #expect(catalogue.clauseOnlyMarkers.contains("预算"))
        let cache = ValidationCache(catalogue)
        #expect(StatementContext(sentence: "一、2025年预算执行情况|（一）2025年预算收支情况", words: cache.leadingContextWords)
            .labels["stage"] == ["actual"])
        #expect(StatementContext(sentence: "二、2026年预算草案", words: cache.leadingContextWords).labels["stage"] == ["plan"])
        #expect(StatementContext(sentence: "（三）2025年预算调整情况", words: cache.leadingContextWords).labels["stage"] == ["plan"])
        #expect(cache.context(ofSentence: "一般公共预算收入预算145亿元").labels["stage"] == ["plan"])
    }
}

/// 一般公共预算收入 and 一般公共预算支出 in one balance sentence share their core (一般公共: 收入 and 支出 are vague words) but
/// are no two values of one subject: the side stays with the core (`ValidationCache.sidedCore`), so neither is marked
/// ambiguous and the revenue stated again elsewhere is compared with it.
@Suite("Validate: the side of an account kept with a subject's core")
struct SidedCoreTests {
    @Test("收入 and 支出 cores differ; a subject naming neither keeps its core")
    func cores() throws {
        let cache = ValidationCache(try RuleSet.standard().catalogue)
        #expect(cache.core(of: "一般公共预算收入") == cache.core(of: "一般公共预算支出"))
        #expect(cache.sidedCore(of: "一般公共预算收入") != cache.sidedCore(of: "一般公共预算支出"))
        #expect(cache.sidedCore(of: "一般公共预算支出调整") == cache.sidedCore(of: "一般公共预算支出"))
        #expect(cache.sidedCore(of: "人才资源总量") == cache.core(of: "人才资源总量"))
    }

    @Test("a balance sentence's revenue, changed, disagrees with the revenue paragraph: an error")
    func balanceRevenue() {
        let text = "关于2025年预算执行情况的报告\n\n全市一般公共预算收入150.1亿元，同比增长6.9%。\n\n"
            + "全市财政收支平衡情况是：一般公共预算收入150.2亿元，上级补助收入78.5亿元；一般公共预算支出216.3亿元，上解上级支出34.2亿元。\n"
        let d = SentenceContextTests.Doc(text)
            .add("150.1亿元", "一般公共预算收入", 15_010_000_000, "元")
            .add("150.2亿元", "一般公共预算收入", 15_020_000_000, "元")
            .add("78.5亿元", "上级补助收入", 7_850_000_000, "元")
            .add("216.3亿元", "一般公共预算支出", 21_630_000_000, "元")
            .add("34.2亿元", "上解上级支出", 3_420_000_000, "元")
        #expect(d.errors().filter { $0.ruleID == "same-figure-agrees" }.map { $0.locations.first?.line } == [3, 5])
    }
}
