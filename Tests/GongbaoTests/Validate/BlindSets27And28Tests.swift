import Foundation
import Gongbao
import Testing

/// Session 22's blind sets 27 and 28: false errors their clean documents raised (a 其中 that opens a field of work, two
/// paragraphs about two groups of enterprises) and misses of their planted faults (a reposted headline under 原标题).
/// Each text is written in the documents' shape, not copied; every mend sits beside the fault it must still catch.
@Suite("Blind sets 27 and 28")
struct BlindSets27And28Tests {
    static func errors(_ text: String, rule: String) throws -> [Finding] {
        try PipelineOnText.errors(text).filter { $0.ruleID == rule }
    }

    @Test("其中，在…方面， opens a field of work: the figures after it are no parts of the figure before the 其中")
    func qizhongField() throws {
        let text = "前三季度，全省城镇新增就业104.68万人；城镇失业人员再就业58.11万人，帮扶就业困难人员就业10.01万人；"
            + "新增转移农村劳动力16.26万人。\n"
            + "其中，在促进创业带动就业方面，推进试点示范项目建设，1-9月全省创业培训11.78万人，培训后成功创业4.21万人，带动就业15.48万人。\n"
        #expect(try Self.errors(text, rule: "part-exceeds-total").isEmpty)
        // A 其中 list right after its total is still one: its part above the total is an error.
        let parts = "前三季度，全省城镇新增就业104.68万人，其中高校毕业生就业150.2万人。\n"
        #expect(try !Self.errors(parts, rule: "part-exceeds-total").isEmpty)
        // 在 opening a part's own name (在校生) is no field.
        let school = "全市共有高校12所，在校学生11.2万人，其中在校研究生12.6万人。\n"
        #expect(try !Self.errors(school, rule: "part-exceeds-total").isEmpty)
    }

    @Test("two paragraphs that open by counting two groups of enterprises hold two groups' figures")
    func paragraphsCountingTwoGroups() throws {
        let text = "一、企业国有资产情况\n\n"
            + "2023年，全市国有企业97户，资产总额31,685.84亿元，增长9.5%；负债总额22,361.95亿元，增长9.4%。\n\n"
            + "1. 市政府国资委出资企业9户，主要从事建筑安装、交通运输等行业。（1）资产负债情况。资产总额19,046.87亿元，增长8.3%；"
            + "负债总额13,697.44亿元，增长9%。\n"
        #expect(try Self.errors(text, rule: "same-figure-agrees").isEmpty)
        // Paragraphs that do not open with a count of things: the figure restated differently is still an error.
        let restated = "一、企业国有资产情况\n\n"
            + "2023年，全市国有企业资产总额31,685.84亿元，增长9.5%，共有企业97户。\n\n"
            + "从资产负债看，全市国有企业资产总额31,658.84亿元，增长9.5%；负债总额22,361.95亿元。\n"
        #expect(try !Self.errors(restated, rule: "same-figure-agrees").isEmpty)
    }

    @Test("paragraphs led by 营业总收入方面 and 营业总成本方面 give their items two measures: no repeat across them")
    func aspectLeads() throws {
        let text = "營業總收入方面,1-5月,國有企業營業總收入237730.0億元,同比增長7.7%。中央企業138026.3億元,同比增長6.3%。\n\n"
            + "營業總成本方面,1-5月,國有企業營業總成本229240.1億元,同比增長7.8%。中央企業131003.2億元,同比增長6.4%。\n"
        #expect(try Self.errors(text, rule: "same-figure-agrees").isEmpty)
        // One lead twice: the items are one measure's, and a restatement that differs is an error.
        let twice = text.replacingOccurrences(of: "營業總成本", with: "營業總收入")
        #expect(try !Self.errors(twice, rule: "same-figure-agrees").isEmpty)
    }
}
