import Foundation
import Gongbao
import Testing

/// Session 16's hunt for false alarms on unseen genres (air-quality briefs, state-asset reports, transport and water
/// bulletins, monthly fiscal releases): each case is a short text written for the rule it pins, beside the fault the
/// rule must still catch.
@Suite("False alarms on unseen genres")
struct FalseAlarmHuntTests {
    static let extractor = try! Extractor()
    static let header = "2025年某市国民经济和社会发展统计公报\n"

    static func found(_ text: String, rule: String) throws -> [Finding] {
        try PipelineOnText.findings(header + text).filter { $0.ruleID == rule }
    }

    @Test("负增长 before a rate is a fall, not the 增长 it ends with")
    func negativeGrowth() throws {
        let m = try #require(Self.extractor.metrics(inText: "上划省级收入完成5.30亿元，减少0.12亿元，负增长2.21%。").first { $0.surface == "2.21%" })
        #expect(m.direction == .down)
        let up = try #require(Self.extractor.metrics(inText: "税收收入完成5.30亿元，增长2.21%。").first { $0.surface == "2.21%" })
        #expect(up.direction == .up)
    }

    @Test("a fall written 负增长 fits its level and amount; a wrong one is still reported")
    func negativeGrowthChange() throws {
        let fits = try Self.found("上划省级收入完成5.30亿元，减少0.12亿元，负增长2.21%。\n", rule: "change-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found("上划省级收入完成5.30亿元，减少0.12亿元，负增长4.21%。\n", rule: "change-agrees")
        #expect(!wrong.isEmpty)
    }

    @Test("passenger volumes in 人 count journeys, not people; a population past the country's is still reported")
    func passengerTrips() throws {
        let trips = try Self.found("全年完成旅客运输量25.36亿人，比上年增长3.1%，旅客周转量1260.5亿人公里。\n全年营业性客运量31.2亿人。\n",
                                   rule: "implausible-value")
        #expect(trips.isEmpty, "\(trips)")
        let people = try Self.found("年末全市常住人口35.6亿人，比上年末增加2.1万人。\n", rule: "implausible-value")
        #expect(!people.isEmpty)
    }

    @Test("changes named only by their base (比多年平均) are no repeats of one another")
    func changeNamedByBase() throws {
        let text = "降雨量 2024年，全市平均降雨量812.4毫米，比多年平均偏多11.2%。\n"
            + "径流量 2024年，全市地表径流量35.7亿立方米，比多年平均偏多19.8%。\n"
        let found = try Self.found(text, rule: "repeat-change-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a head named under two entities opens two sentences: its later figures are each entity's")
    func entityOpeners() throws {
        let text = "2025年，市属国有企业资产总额812.5亿元，负债总额405.2亿元，所有者权益407.3亿元。\n"
            + "区属国有企业资产总额601.7亿元，负债总额352.6亿元，所有者权益249.1亿元。\n"
        let found = try Self.found(text, rule: "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("two regions' rates opening two sentences: the concentrations after them are the regions'")
    func regionOpeners() throws {
        let text = "1—6月，甲县优良天数比例为88.2%，同比上升2.1个百分点；PM2.5浓度为31微克/立方米，同比下降6.1%。"
            + "乙县优良天数比例为79.5%，同比下降1.4个百分点；PM2.5浓度为38微克/立方米，同比上升2.7%。\n"
        let found = try Self.found(text, rule: "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a lead naming two places' figures in one sentence, restated in the body: each is its own figure's repeat")
    func leadRestatedTwice() throws {
        let text = "摘要：前9月全市空气质量优良天数占88.0%；甲区优良天数比例为81.2%，PM2.5浓度为35微克/立方米；"
            + "乙区优良天数比例为76.4%，PM2.5浓度为42微克/立方米。\n"
            + "1—9月，甲区优良天数比例为81.2%，同比上升3.1个百分点；PM2.5浓度为35微克/立方米，同比下降5.0%。"
            + "乙区优良天数比例为76.4%，同比上升1.2个百分点；PM2.5浓度为42微克/立方米，同比下降2.3%。\n"
        let found = try Self.found(text, rule: "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
        // A figure no other sentence states as written is still the odd one out.
        let slip = "年末全市常住人口78.5万人。\n全市常住人口78.5万人，比上年末增加0.3万人。\n年末常住人口87.5万人，其中城镇人口50.1万人。\n"
        #expect(try Self.found(slip, rule: "same-figure-agrees").contains { $0.message.contains("87.5万人 here") })
    }

    @Test("one entity's figure restated after the same opener is still compared")
    func sameOpenerStillCompared() throws {
        let text = "2025年，市属国有企业资产总额812.5亿元，负债总额405.2亿元。\n"
            + "截至年末，市属国有企业资产总额812.5亿元，负债总额450.2亿元，资产负债率49.9%。\n"
        let found = try Self.found(text, rule: "same-figure-agrees")
        #expect(!found.isEmpty)
    }

    @Test("a clause after ； that repeats its total's frame for another category is a sibling, not a part")
    func siblingFrame() throws {
        let text = "全市16个乡镇中，降雨量比常年偏多的有5个乡镇，其中东岭镇偏多32.5%；降雨量比常年偏少的有11个乡镇，其中西坡镇偏少21.2%。\n"
        let found = try Self.found(text, rule: "part-exceeds-total")
        #expect(found.isEmpty, "\(found)")
        let part = try Self.found("全市共有乡镇16个，其中山区乡镇25个；平原乡镇5个。\n", rule: "part-exceeds-total")
        #expect(!part.isEmpty)
    }

    @Test("the budget a share is of (占年初预算…万元的) is neither a total of the 其中 parts nor one of them")
    func shareBases() throws {
        let text = "1-5月，全县完成财政总收入5210万元，占年初预算12080万元的43.1%，同比下降3.2%。其中：税收收入4120万元，"
            + "占年初预算9650万元的42.7%，同比下降2.4%；非税收入1090万元，占年初预算2430万元的44.9%。\n"
        let found = try Self.found(text, rule: "part-exceeds-total")
        #expect(found.isEmpty, "\(found)")
        let above = try Self.found("1-5月，全县完成财政总收入5210万元，同比下降3.2%。其中：税收收入6120万元，同比下降2.4%。\n",
                                   rule: "part-exceeds-total")
        #expect(!above.isEmpty)
    }

    @Test("比去年同期(下同) is a comparison's base: the figures after it keep the period of the sentence")
    func baseIsNoScope() throws {
        let found = Self.extractor.metrics(inText: "1-4月，全市进出口总值21亿元，比去年同期(下同)增长25.6%。其中，出口13.2亿元，增长21.8%。")
        let exports = try #require(found.first { $0.surface == "13.2亿元" })
        #expect(!(exports.scope ?? "").contains("去年"), "\(exports.scope ?? "")")
    }
}
