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
}
