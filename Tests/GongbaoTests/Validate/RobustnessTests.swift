import Foundation
import Gongbao
import Testing

/// Shapes met when the real extractor ran on the Corpus (statistical communiqué 004, budget report 006,
/// CPI release 007, work report 015): shortened subjects must not turn into false errors.
@Suite("Robustness to imperfect extraction")
struct RobustnessTests {
    typealias R = RuleUnitTests

    func errors(_ metrics: [Metric]) -> [Finding] {
        R.validator.findings(in: [R.doc("a.txt", metrics)]).filter { $0.severity >= .warning }
    }

    @Test("one paragraph, one shortened subject, several figures: 在校生 29.4万人 … 在校生 1.3万人 (one line)")
    func sameLine() {
        #expect(errors([R.metric("在校生", 294_000, "人", "29.4万人", line: 161),
                        R.metric("在校生", 13_000, "人", "1.3万人", line: 161),
                        R.metric("在校生", 57_000, "人", "5.7万人", line: 162)]).isEmpty)
    }

    @Test("rates and shares are not repeats: 居民消费价格 同比上涨0.3%, 环比上涨0.1%; 比重 31.4% and 60.4%")
    func rates() {
        #expect(errors([R.metric("居民消费价格", 0.3, "%", "0.3%", line: 4, kind: .percent, direction: .up),
                        R.metric("居民消费价格", 0.1, "%", "0.1%", line: 9, kind: .percent, direction: .up),
                        R.metric("产业增加值比重", 31.4, "%", "31.4%", line: 20, kind: .percent),
                        R.metric("产业增加值比重", 60.4, "%", "60.4%", line: 40, kind: .percent)]).isEmpty)
    }

    @Test("values far apart are two figures behind one subject: 经营主体 2.83万户 (新增) and 62万户")
    func farApart() {
        let d = R.doc("a.txt", [R.metric("经营主体", 28_300, "户", "2.83万户", line: 17),
                                R.metric("经营主体", 620_000, "户", "62万户", line: 31)])
        let report = R.validator.report(in: [d])
        #expect(report.findings.isEmpty)
        #expect(report.summaries.first { $0.ruleID == "same-figure-agrees" }?.notEvaluable == 2)   // each of the two
    }

    @Test("a nested 其中 list: the outer list's items linked to the inner total make no sum error")
    func nestedParts() {
        // 卫生机构2738个，其中，医院138个，卫生院51个（其中街道卫生院7个，乡镇卫生院44个），疾病预防控制中心13个 …
        let f = errors([R.metric("卫生机构", 2738, "个", "2738个", line: 166),
                        R.metric("医院", 138, "个", "138个", line: 166, partOf: 0),
                        R.metric("卫生院", 51, "个", "51个", line: 166, partOf: 0),
                        R.metric("街道卫生院", 7, "个", "7个", line: 166, partOf: 2),
                        R.metric("乡镇卫生院", 44, "个", "44个", line: 166, partOf: 2),
                        R.metric("疾病预防控制中心", 13, "个", "13个", line: 166, partOf: 2),
                        R.metric("", 142, "个", "142个", line: 166, partOf: 2)])
        #expect(f.isEmpty, "\(f)")
        // With a (wrong) subject the mislinked 142个 is above 卫生院 51个: only a warning inside a nested list.
        let g = R.validator.findings(in: [R.doc("a.txt", [
            R.metric("卫生机构", 2738, "个", "2738个", line: 166),
            R.metric("卫生院", 51, "个", "51个", line: 166, partOf: 0),
            R.metric("妇幼保健机构", 142, "个", "142个", line: 166, partOf: 1)])])
        #expect(g.map(\.severity) == [.warning])
    }

    @Test("a 其中 list that runs past its end (专任教师 after 博士研究生, heads 生 生 生 师): the sum leaves 专任教师 out")
    func overlongList() {
        let f = R.validator.findings(in: [R.doc("a.txt", [
            R.metric("在校学生", 1_316_000, "人", "131.6 万人", line: 161),
            R.metric("本专科学生", 1_160_000, "人", "116.0 万人", line: 161, partOf: 0),
            R.metric("硕士研究生", 129_000, "人", "12.9 万人", line: 161, partOf: 0),
            R.metric("博士研究生", 28_000, "人", "2.8 万 人", line: 161, partOf: 0),
            R.metric("专任教师", 68_000, "人", "6.8 万人", line: 161, partOf: 0)])])
        #expect(f.isEmpty, "\(f)")
    }

    @Test("a change is not a level: 比年初增加194.3亿元 next to 余额4155.0亿元")
    func changes() {
        #expect(errors([R.metric("存款余额", 415_500_000_000, "元", "4155.0亿元", line: 150, kind: .money),
                        R.metric("存款余额", 19_430_000_000, "元", "194.3亿元", line: 152, kind: .money, direction: .up)]).isEmpty)
    }
}

@Suite("Earlier-period figures")
struct EarlierPeriodTests {
    typealias R = RuleUnitTests

    static func bulletin(rate: Decimal) -> DocumentResult {
        R.doc("yunxi-2024-04.txt", [
            R.metric("累计签约项目", 48, "个", "48个", line: 3, scope: "1—4月", cumulative: true),
            R.metric("实际到位资金", 11_500_000_000, "元", "115亿元", line: 5, kind: .money, scope: "1—4月", cumulative: true),
            R.metric("实际到位资金同比增长", rate, "%", "\(rate)%", line: 5, kind: .percent, scope: "1—4月", direction: .up),
            R.metric("累计签约项目", 40, "个", "40个", line: 9, scope: "去年同期", cumulative: true),
            R.metric("实际到位资金", 10_000_000_000, "元", "100亿元", line: 11, kind: .money, scope: "去年同期", cumulative: true),
        ])
    }

    @Test("去年同期 40个 is no repeat of this year's 48个, and no step of the series")
    func notRepeats() {
        #expect(R.validator.findings(in: [Self.bulletin(rate: 15)]).isEmpty)
    }

    @Test("a rate is checked against the 去年同期 level stated beside it")
    func growthBase() {
        let f = R.validator.findings(in: [Self.bulletin(rate: 25)])
        #expect(f.map(\.ruleID) == ["growth-consistency"])
        #expect(f.first?.message == "实际到位资金同比增长 25% here, but 115亿元 (2024-01..04) against 100亿元 (去年同期) at line 11 is 15%")
    }
}

@Suite("Places in scopes")
struct PlaceTests {
    typealias R = RuleUnitTests

    @Test("全市 48个 and 高新区 30个 are two figures even without a 其中 link")
    func wholeVersusPart() {
        let d = R.doc("a.txt", [R.metric("签约项目", 48, "个", "48个", line: 3, scope: "1—4月；全市"),
                                R.metric("签约项目", 30, "个", "30个", line: 9, scope: "高新区")])
        #expect(R.validator.findings(in: [d]).isEmpty)
    }

    @Test("the whole region agrees with an unstated place: 全区 7.8万人 and the pull quote's 8.7万人 disagree")
    func wholeVersusNone() {
        let d = R.doc("a.txt", [R.metric("人才资源", 78000, "人", "7.8万人", line: 60, scope: "截至目前；全区"),
                                R.metric("人才资源", 87000, "人", "8.7万人", line: 198)])
        #expect(R.validator.findings(in: [d]).map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
    }
}
