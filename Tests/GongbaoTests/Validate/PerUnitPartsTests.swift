import Gongbao
import Testing

/// An average has no parts: after 其中, a group's own average may stand above the whole's (城镇居民 earn more than
/// all residents on average), and that is no fault. Amounts keep their parts.
@Suite("Per-unit amounts")
struct PerUnitPartsTests {
    @Test("a group's average above the whole's average after 其中 is no part above its total")
    func averagesHaveNoParts() throws {
        let text = "全年全体居民人均可支配收入32415元，比上年增长5.9%。其中，城镇居民人均可支配收入45862元，农村居民人均可支配收入21836元。"
            + "全市城镇非私营单位在岗职工平均工资98650元。其中，金融业平均工资156320元。"
        #expect(try PipelineOnText.errors(text).isEmpty)
    }

    @Test("an average stated between a total and its 其中 is passed over: the parts are the amount's before it")
    func averageBetweenTotalAndParts() throws {
        let text = "全年全市实现生产总值951435万元，比上年增长4.1%，按常住人口计算人均生产总值为74331元。其中，第一产业增加值57116万元，"
            + "第二产业增加值X万元，第三产业增加值448355万元。"
        #expect(try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "445964")).isEmpty)
        let errors = try PipelineOnText.errors(text.replacingOccurrences(of: "X", with: "545964"))
        #expect(errors.map(\.ruleID) == ["parts-add-up"], "\(errors)")
    }

    @Test("a worker's monthly income (月均收入) is an average: a group's above the whole's after 其中 is no fault")
    func monthlyIncomeIsAnAverage() throws {
        let text = "2022年，农民工月均收入4615元，比上年增加183元，增长4.1%。其中，外出农民工月均收入5240元，比上年增加227元，增长4.5%；"
            + "本地农民工月均收入4026元，比上年增加148元，增长3.8%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        // A month's average of a volume keeps its parts.
        let volume = "全市快递月均业务量1200万件。其中，同城快递月均业务量1500万件，异地快递月均业务量800万件。"
        #expect(try PipelineOnText.errors(volume).contains { $0.ruleID == "part-exceeds-total" })
    }

    @Test("an amount's part above its total is still caught")
    func amountsKeepTheirParts() throws {
        let text = "全年社会消费品零售总额156.74万元，增长4.6%。其中，城镇消费品零售额121.35亿元，乡村消费品零售额35.39亿元。"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.contains { $0.ruleID == "part-exceeds-total" })
    }
}
