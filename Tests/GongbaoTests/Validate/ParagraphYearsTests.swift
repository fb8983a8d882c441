import Gongbao
import Testing

/// A chronicle gives each year a paragraph and states each year's figures in the same bare words: two paragraphs that
/// name years, none in common, hold two years' figures (same-figure-agrees). A dateline's day and a comparison's base
/// name no year a paragraph reports on.
@Suite("Paragraph years")
struct ParagraphYearsTests {
    @Test("one head under two paragraphs of two years is two figures, though the datelines share a year")
    func twoYearsParagraphs() throws {
        let text = "2016年1月19日，国家统计局发布2015年国民经济运行情况，全年全国粮食总产量62143万吨。谷物产量57225万吨，比上年增长2.7%。\n\n"
            + "2017年2月28日，国家统计局发布的《我国2016年国民经济和社会发展统计公报》显示，2016年全年粮食产量61624万吨。全年谷物产量56517万吨，比上年减产1.2%。\n"
        let errors = try PipelineOnText.errors(text)
        #expect(!errors.contains { $0.ruleID == "same-figure-agrees" }, "\(errors)")
    }

    @Test("a paragraph of the same year, or one naming a year only as a comparison's base, still restates the figure")
    func sameYearOrBaseStillJudged() throws {
        let same = "2023年，全市谷物产量57225万吨，创历史新高。\n\n2023年，谷物产量56517万吨，比上年增长2.7%。\n"
        #expect(try PipelineOnText.errors(same).contains { $0.ruleID == "same-figure-agrees" })
        let base = "2023年，全市谷物产量57225万吨，创历史新高。\n\n全市粮食生产稳中有升，播种面积比2022年增加12万亩。谷物产量56517万吨，增长2.7%。\n"
        #expect(try PipelineOnText.errors(base).contains { $0.ruleID == "same-figure-agrees" })
    }
}
