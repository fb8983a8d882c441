@testable import Gongbao
import Testing

/// identity-agrees: assets are liabilities plus net assets, at every figure's printed precision.
@Suite("Accounting identities")
struct IdentityRuleTests {
    static func identity(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "identity-agrees" }
    }

    static let clean = "年末全县国有企业资产总额86.40亿元，负债总额21.15亿元，所有者权益65.25亿元。"

    @Test("assets that are liabilities plus net assets pass, whatever the words of each")
    func agreeing() throws {
        #expect(try Self.identity(Self.clean).isEmpty)
        #expect(try Self.identity("全市行政事业单位资产总额12.6亿元，负债总额2.35亿元，净资产总额10.25亿元。").isEmpty)
        // (Rounded at the second decimal: 3.33 + 6.67 may print as 10.01 or 9.99.)
        #expect(try Self.identity("市属企业资产总额10.01亿元，负债总额3.33亿元，净资产6.67亿元。").isEmpty)
    }

    @Test("a mistyped term or a wrong scale word is an error naming all three", arguments: [
        ("负债总额21.15亿元", "负债总额12.15亿元"),
        ("所有者权益65.25亿元", "所有者权益65.25万元"),
        ("资产总额86.40亿元", "资产总额68.40亿元"),
    ])
    func disagreeing(from: String, to: String) throws {
        let f = try Self.identity(Self.clean.replacingOccurrences(of: from, with: to))
        #expect(f.count == 1, "\(f)")
        #expect(f.first?.severity == .error)
        #expect(f.first?.locations.count == 3)
    }

    @Test("parts after 其中, changes, another owner's net assets and terms in other sentences are no terms of it")
    func notTerms() throws {
        // The parts of the total after 其中 (each unit's assets) are no liabilities or net assets.
        #expect(try Self.identity("资产总额86.40亿元，负债总额21.15亿元，净资产总额65.25亿元。其中，国有企业资产总额30.12亿元，集体企业净资产总额44.08亿元。").isEmpty)
        // A change is no level.
        #expect(try Self.identity("资产总额86.40亿元，比上年增加5.2亿元，负债总额21.15亿元，净资产总额65.25亿元。").isEmpty)
        // Net assets owed to the parent company leave out minority interests.
        #expect(try Self.identity("集团资产总额86.40亿元，负债总额21.15亿元，归属于母公司所有者权益50.10亿元。").isEmpty)
        // Terms of two sentences are no identity.
        #expect(try Self.identity("年初资产总额80.00亿元。年末负债总额21.15亿元，净资产总额65.25亿元。").isEmpty)
    }

    @Test("the bundled rules hold the assets identity, total first")
    func bundledIdentity() throws {
        let rules = try RuleSet.standard()
        #expect(rules.identities.contains { $0.total.contains("资产总额") && $0.parts.count == 2 })
    }
}
