import Foundation
import Testing
@testable import Gongbao

/// A per-head amount (农村居民人均消费支出) names no budget account: a later 支出 is not short for it.
@Suite("Per-head amounts name no account")
struct PerHeadAccountTests {
    static let extractor = try! Extractor()

    static func subjects(_ text: String) -> [String] {
        extractor.metrics(inText: text).filter { $0.kind.isQuantity }.map(\.subject)
    }

    @Test("money a city spent after a paragraph on household spending keeps its own subject")
    func spentAfterHouseholds() throws {
        let text = "全年居民人均消费支出20150元，比上年增长4.0%。按常住地分，城镇居民人均消费支出24300元；农村居民人均消费支出16020元。\n"
            + "年末参加失业保险人数30.2万人。全市支出临时救助资金4120.5万元，救助人次8.6万人次。\n"
        let found = Self.subjects(text)
        #expect(!found.contains { $0.contains("人均消费支出") && $0.contains("救助") }, "\(found)")
        #expect(try !PipelineOnText.findings(text).contains { $0.ruleID == "implausible-value" })
    }

    @Test("a budget account's head written alone still takes the account")
    func budgetHead() throws {
        let text = "全县一般公共预算支出年初预算52.6亿元。支出完成51.9亿元，为预算的98.7%。\n"
        let found = Self.subjects(text)
        #expect(found.contains("一般公共预算支出完成") || found.contains { $0.hasPrefix("一般公共预算支出") && $0 != "一般公共预算支出年初预算" }, "\(found)")
    }
}
