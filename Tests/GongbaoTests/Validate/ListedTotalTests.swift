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
}
