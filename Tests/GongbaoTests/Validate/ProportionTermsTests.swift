import Foundation
import Gongbao
import Testing

/// list-count-agrees and share-agrees on a bulletin's population and proportion sentences: the terms of a proportion
/// written a:b:c after 分别 are one figure each, and a share of 总人口 is of the total its parts are 其中 of.
@Suite("Proportion terms and shares of the total")
struct ProportionTermsTests {
    static func findings(_ text: String, _ rule: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == rule && $0.severity == .error }
    }

    @Test("三次产业…分别为a:b:c gives three figures to three things (ASCII and full-width colons)")
    func proportionAfterFenbie() throws {
        for colon in [":", "："] {
            let text = "全年全县地区生产总值88.6亿元。三次产业对经济增长的贡献率分别为31.0\(colon)12.4\(colon)56.6。\n"
            let found = try Self.findings(text, "list-count-agrees")
            #expect(found.isEmpty, "\(found)")
        }
    }

    @Test("a proportion of two terms for three things is still reported")
    func proportionTooShort() throws {
        let text = "全年全县地区生产总值88.6亿元。三次产业对经济增长的贡献率分别为31.0:69.0。\n"
        #expect(try !Self.findings(text, "list-count-agrees").isEmpty)
    }

    @Test("乡村人口's share of 总人口 is of the population both parts are 其中 of, not of 城镇人口")
    func shareOfTotalPopulation() throws {
        let text = "年末全县常住人口为35.60万人，其中城镇人口19.58万人，占总人口的比重为55.00%；乡村人口16.02万人，占总人口的比重为45.00%。\n"
        let found = try Self.findings(text, "share-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a share of 总人口 that is not its part over the population is still reported")
    func wrongShareOfTotalPopulation() throws {
        let text = "年末全县常住人口为35.60万人，其中城镇人口19.58万人，占总人口的比重为55.00%；乡村人口16.02万人，占总人口的比重为41.00%。\n"
        let found = try Self.findings(text, "share-agrees")
        #expect(found.contains { $0.message.contains("常住人口") }, "\(found)")
    }
}
