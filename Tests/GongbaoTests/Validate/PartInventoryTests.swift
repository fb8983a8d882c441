import Foundation
import Gongbao
import Testing

/// part-exceeds-total and a clause after ； that takes an inventory of its own (共有…、…): its figures are no parts of
/// the 其中 list before the ；, even when their names end like the total's (公司 and 公司).
@Suite("Parts and an inventory after ；")
struct PartInventoryTests {
    static func partFindings(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings("2025年某市国民经济和社会发展统计公报\n" + text).filter { $0.ruleID == "part-exceeds-total" }
    }

    @Test("an inventory after ； is no part of the total before it")
    func inventoryAfterSemicolon() throws {
        let text = "年末共有上市公司60家，新增上市公司3家，其中新增创业板上市公司1家；共有证券公司2家、证券公司分公司41家、期货公司营业部17家。\n"
        let found = try Self.partFindings(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a part above its total in its own 其中 clause after ； is still reported")
    func ownListAfterSemicolon() throws {
        let text = "全年新增就业1.2万人；共有医疗机构520个，其中医院650个。\n"
        let found = try Self.partFindings(text)
        #expect(!found.isEmpty)
    }
}
