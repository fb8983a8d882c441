import Foundation
import Gongbao
import Testing

/// same-figure-agrees under leads: a round-up whose paragraphs (or sentences) each open with an entity's name and
/// a colon states one head per entity (接待游客 of each province): two figures under two leads are two statements.
@Suite("Repeats under two name-and-colon leads")
struct LeadColonTests {
    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" }
    }

    @Test("two paragraphs led by two places (full-width colon, simplified script) are two figures")
    func paragraphsFullWidth() throws {
        let text = "国庆假日各地游客接待情况\n"
            + "河北：10月2日，全省纳入监测的重点景区共接待游客86.4万人次，同比增长7.2%，门票收入3125.6万元。\n"
            + "湖南：10月2日，全省纳入监测的重点景区共接待游客79.5万人次，同比增长5.8%，门票收入2876.3万元。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("two paragraphs led by two places (ASCII colon, traditional script) are two figures")
    func paragraphsTraditionalASCII() throws {
        let text = "國慶假日各地遊客接待情況\n"
            + "廣東:10月3日,全省納入監測的景區共接待遊客215.3萬人次,同比增長9.1%。\n"
            + "福建:10月3日,全省納入監測的景區共接待遊客198.7萬人次,同比增長6.4%。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("two sentences of one paragraph, each led by its own unit, are two figures")
    func sentencesInOneParagraph() throws {
        let text = "各园区经济运行情况\n"
            + "高新园区：1-9月实现工业总产值128.6亿元，同比增长8.3%。临港园区：1-9月实现工业总产值117.9亿元，同比增长6.1%。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("one entity's figure restated under the same lead, or without one, is still compared")
    func sameLeadStillCompared() throws {
        let text = "河北：10月2日，全省纳入监测的重点景区共接待游客86.4万人次，同比增长7.2%。\n"
            + "河北：10月2日，全省纳入监测的重点景区共接待游客78.4万人次，门票收入3125.6万元。\n"
        #expect(try !Self.repeats(text).isEmpty)
        let unled = "全省纳入监测的重点景区共接待游客86.4万人次，同比增长7.2%。\n"
            + "河北：全省纳入监测的重点景区共接待游客78.4万人次，门票收入3125.6万元。\n"
        #expect(try !Self.repeats(unled).isEmpty)
    }

    @Test("a colon after a quotation verb, an enumerator or 其中 leads no entity")
    func notLeads() throws {
        let text = "一是：全年全市接待游客86.4万人次，同比增长7.2%。\n"
            + "二是：全年全市接待游客78.4万人次，门票收入3125.6万元。\n"
        #expect(try !Self.repeats(text).isEmpty)
    }

    @Test("a reposted headline under 原标题 has its first printing's lead: the two are one statement, compared")
    func originalTitleLabel() throws {
        let text = "财政部：1-5月国企营业总收入237730亿元 同比增7.7%\n\n2019年06月24日08:39  来源：中国新闻网\n\n"
            + "原标题：财政部：1-5月国企营业总收入X亿元 同比增7.7%\n"
        #expect(try !Self.repeats(text.replacingOccurrences(of: "X", with: "237731")).isEmpty)
        #expect(try Self.repeats(text.replacingOccurrences(of: "X", with: "237730")).isEmpty)
        // Under a label, then another entity's lead: two entities still.
        let two = "财政部：1-5月国企营业总收入237730亿元\n\n原标题：国资委：1-5月国企营业总收入237731亿元\n"
        #expect(try Self.repeats(two).isEmpty)
    }
}
