import Foundation
@testable import Gongbao
import Testing

/// parts-add-up for a total after its items (ListedTotal): 三项合计, 两类企业合计, 共计.
@Suite("Totals after their items")
struct ListedTotalTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年云溪市国民经济和社会发展统计公报\n\n"

    @Test("a 合计 that is not the sum of the items before it is an error on the total; the right sum passes")
    func sums() throws {
        let money = "全年交通项目投资50.0亿元，水利项目投资60.0亿元，能源项目投资30.0亿元，三项合计X亿元。\n"
        let f = try Self.errors(Self.lead + money.replacingOccurrences(of: "X", with: "150.0"))
        #expect(f.map(\.ruleID) == ["parts-add-up"], "\(f)")
        #expect(f.first?.locations.count == 4)
        #expect(try Self.errors(Self.lead + money.replacingOccurrences(of: "X", with: "140.0")).isEmpty)
        let count = "全市共有国家级高新技术企业25家、省级专精特新企业32家，两类企业合计X家。\n"
        #expect(try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: "67")).map(\.ruleID) == ["parts-add-up"])
        #expect(try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: "57")).isEmpty)
    }

    @Test("not judged: budget totals adding to the sentence before, 其中 lists, a count that is not the items', a total first")
    func notJudged() throws {
        // The rest taken together (其余各县（市）合计) is no total of the items before it.
        #expect(try Self.errors(Self.lead + "分区域看，青岚区实现地区生产总值712.4亿元，东湖区538.6亿元，临川县286.1亿元，"
            + "其余各县（市）合计919.7亿元。\n").filter { $0.ruleID == "parts-add-up" }.isEmpty)
        #expect(try Self.errors(Self.lead + "全市一般公共预算收入156.8亿元。加上上级补助收入210.3亿元、债务转贷收入45.6亿元，收入总计412.7亿元。\n")
            .filter { $0.ruleID == "parts-add-up" }.isEmpty)
        #expect(try Self.errors(Self.lead + "全年完成投资150.0亿元，其中交通投资50.0亿元、水利投资60.0亿元，合计110.0亿元。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "全年交通项目投资50.0亿元，水利项目投资60.0亿元，三项合计150.0亿元。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "全年重点项目投资110.0亿元，交通项目投资50.0亿元，水利项目投资60.0亿元，合计120.0亿元。\n").isEmpty)
    }

    @Test("a noun before 合计 names a total of its own (a balance sheet's lines) unless the items are kinds of it")
    func namedTotals() throws {
        // 所有者权益合计 is assets less liabilities, not their sum.
        let sheet = "11月末，规模以上工业企业资产总计141.07万亿元，同比增长9.8%；负债合计79.57万亿元，增长9.1%；"
            + "所有者权益合计61.50万亿元，增长10.8%。\n"
        #expect(try Self.errors(Self.lead + sheet).filter { $0.ruleID == "parts-add-up" }.isEmpty)
        // 项目投资合计 after 交通项目投资, 水利项目投资: the items are kinds of it, and the wrong sum is caught.
        let kinds = "全年交通项目投资50.0亿元，水利项目投资60.0亿元，项目投资合计X亿元。\n"
        #expect(try Self.errors(Self.lead + kinds.replacingOccurrences(of: "X", with: "120.0")).map(\.ruleID) == ["parts-add-up"])
        #expect(try Self.errors(Self.lead + kinds.replacingOccurrences(of: "X", with: "110.0")).isEmpty)
        // 以上合计 takes the items together.
        let above = "全年交通项目投资50.0亿元，水利项目投资60.0亿元，以上合计120.0亿元。\n"
        #expect(try Self.errors(Self.lead + above).map(\.ruleID) == ["parts-add-up"])
    }

    static let budget = "2025年临川县财政决算报告\n\n"

    @Test("a budget's side total closing its sources or uses (收入总计, 支出总计, 总收入, 总支出) is their sum")
    func sideTotals() throws {
        let balance = "全县一般公共预算平衡情况：一般公共预算收入52.36亿元，上级补助收入81.20亿元，调入资金6.04亿元，"
            + "动用预算稳定调节基金2.10亿元，收入总计R亿元。一般公共预算支出118.45亿元，上解上级支出3.25亿元，"
            + "债务还本支出12.80亿元，安排预算稳定调节基金1.50亿元，支出总计S亿元，年终结转5.70亿元。\n"
        func filled(_ r: String, _ s: String) -> String {
            Self.budget + balance.replacingOccurrences(of: "R", with: r).replacingOccurrences(of: "S", with: s)
        }
        #expect(try Self.errors(filled("141.70", "136.00")).isEmpty)
        #expect(try Self.errors(filled("241.70", "136.00")).map(\.ruleID) == ["parts-add-up"])
        #expect(try Self.errors(filled("141.70", "163.00")).map(\.ruleID) == ["parts-add-up"])
        // 总收入 and 总支出 after a ；in one sentence: each sums its own clause run only.
        let one = "市本级平衡情况：一般公共预算收入8.40亿元，上级补助收入20.15亿元，上年结转收入4.05亿元，总收入T亿元；"
            + "一般公共预算支出25.30亿元，债务还本支出3.10亿元，结转下年支出4.20亿元，总支出32.60亿元。\n"
        #expect(try Self.errors(Self.budget + one.replacingOccurrences(of: "T", with: "32.60")).isEmpty)
        #expect(try Self.errors(Self.budget + one.replacingOccurrences(of: "T", with: "42.60")).map(\.ruleID) == ["parts-add-up"])
        // An item broken down in brackets is summed once.
        let bracket = "平衡情况：一般公共预算收入30.00亿元，调入资金6.00亿元（从政府性基金预算调入4.00亿元，其他调入2.00亿元），"
            + "债务转贷收入10.00亿元，收入总计T亿元。\n"
        #expect(try Self.errors(Self.budget + bracket.replacingOccurrences(of: "T", with: "46.00")).isEmpty)
        #expect(try Self.errors(Self.budget + bracket.replacingOccurrences(of: "T", with: "56.00")).map(\.ruleID) == ["parts-add-up"])
    }

    @Test("not judged as a side total: items of the other side, a first item not naming the side")
    func sideTotalsLeftAlone() throws {
        // A run that holds spending before 收入总计 is no list of sources.
        #expect(try Self.errors(Self.budget + "全年一般公共预算收入52.36亿元，一般公共预算支出118.45亿元，收入总计141.70亿元。\n")
            .filter { $0.ruleID == "parts-add-up" }.isEmpty)
        // The run opens with no account of the side: its items may be anything.
        #expect(try Self.errors(Self.budget + "争取中央资金12.00亿元，发行专项债券8.00亿元，收入总计141.70亿元。\n")
            .filter { $0.ruleID == "parts-add-up" }.isEmpty)
    }
}
