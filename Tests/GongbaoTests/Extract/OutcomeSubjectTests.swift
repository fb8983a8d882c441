import Testing
@testable import Gongbao

/// SubjectFinder+Outcomes and its neighbours: a toll written with its predicate after the figure (…共造成全省2.6万人次
/// 受灾) is named by the predicate, with the unit when the unit is the noun counted; a short bracket after a counted
/// noun is part of it; a rank after the noun ends it; a 其中 part of one or two letters takes a measure total's subject.
@Suite("Outcome subjects")
struct OutcomeSubjectTests {
    static let extractor = try! Extractor()

    static func subjects(_ input: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in extractor.metrics(inText: input) where m.kind.isQuantity { out[m.surface] = m.subject }
        return out
    }

    @Test("a cause and its verb (and a scope word) before the figure name nothing: the outcome after it does",
          arguments: [
        ("今年以来，各类灾害共造成全省2.6万人次受灾，紧急转移安置1.1万人。", "2.6万人次", "受灾人次"),
        ("强降雨导致860间房屋倒塌。", "860间", "房屋倒塌"),
        ("连续暴雨造成3个乡镇停电。", "3个", "乡镇停电"),
        ("台风造成了1.4万户受灾。", "1.4万户", "受灾户"),
        ("台风共导致全省3.2万人受灾。", "3.2万人", "受灾人"),
        // A headline whose space before the comparison the normalizer took out: 与近… opens no more of the outcome.
        ("2021年全国自然灾害共造成1.07亿人次受灾 与近5年均值相比下降28%", "1.07亿人次", "受灾人次"),
    ])
    func outcomeAfterCause(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a noun before the figure keeps its subject; 所致 is no verb of causing")
    func nounBeforeOutcomeVerbStays() {
        #expect(Self.subjects("洪水造成直接经济损失1.2亿元。")["1.2亿元"] == "洪水造成直接经济损失")
        #expect(Self.subjects("台风造成全省直接经济损失1.2亿元。")["1.2亿元"]?.hasSuffix("直接经济损失") == true)
        #expect(Self.subjects("经核查系设备老化所致3处线路故障。")["3处"] != "线路故障")
    }

    @Test("a predicate alone after a head unit (人, 人次, 户) closing its clause is named with the unit",
          arguments: [
        ("各类灾害共造成全省2.6万人次受灾、12人死亡(含失踪3人)。", "12人", "死亡人"),
        ("暴雨过后，1300人紧急转移安置。", "1300人", "紧急转移安置人"),
    ])
    func headUnitPredicate(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a classifier keeps its noun alone; a noun after a head unit is named without the unit")
    func classifierNounStays() {
        #expect(Self.subjects("暴雨过后，460间房屋倒塌。")["460间"] == "房屋倒塌")
        #expect(Self.subjects("全年培训教师3200人次。")["3200人次"] != "人次")
    }

    @Test("a short bracket of letters after a counted noun is part of it; a note holding a figure is not",
          arguments: [
        ("洪涝灾害波及15个县(市、区)，受灾人口4.2万人。", "15个", "县(市、区)"),
        ("其余12个省（区、市）正在推进。", "12个", "省(区、市)"),
        // (The noun does not run on after a bracket: 全省5个县(市)工业生产增长 names the 县(市).)
        ("全省5个县(市)工业生产增长较快。", "5个", "县(市)"),
    ])
    func bracketAfterNoun(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a bracket that opens with 含 is a note: the noun stops before it")
    func partNoteBracketStays() {
        #expect(Self.subjects("全县210家规模以上工业企业（含新入库企业）增加值增长8%。")["210家"] == "规模以上工业企业")
    }

    @Test("a rank after the counted noun ends it", arguments: [
        ("综合指数为4.21，全市18个区县排名第5。", "18个", "区县"),
        ("优良天数比例为92.3%，全省14个市州位居第6。", "14个", "市州"),
    ])
    func rankEndsNoun(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a 其中 part of one or two letters takes a total's subject that names a measure; not one that names a noun")
    func measurePartTakesTotal() {
        let s = Self.subjects("全县农作物受灾面积12.6千公顷，其中绝收2.1千公顷。")
        #expect(s["2.1千公顷"] == "绝收农作物受灾面积")
        #expect(Self.subjects("全市共有医疗卫生机构1200个，其中医院86个。")["86个"] == "医院")
    }

    @Test("为 after a rate or an amount is a copula: the words before name the figure, not the noun after it")
    func measureCopula() {
        let s = Self.subjects("本月平均每日成交量为137万张合约，较上年同期上升12%。")
        #expect(s["137万张"]?.hasSuffix("平均每日成交量") == true)
        #expect(Self.subjects("街道为3000户家庭发放补贴。")["3000户"] == "家庭发放补贴")
    }

    @Test("the measure part test: one or two letters, a total ending in a measure word")
    func measurePartTest() {
        let ends = ["面积", "额"]
        #expect(ExtractorSupport.isMeasurePart("绝收", total: "农作物受灾面积", measureEnds: ends))
        #expect(!ExtractorSupport.isMeasurePart("医院", total: "医疗卫生机构", measureEnds: ends))
        #expect(!ExtractorSupport.isMeasurePart("农作物绝收", total: "农作物受灾面积", measureEnds: ends))
        #expect(!ExtractorSupport.isMeasurePart("绝收", total: "农作物受灾面积", measureEnds: []))
    }
}
