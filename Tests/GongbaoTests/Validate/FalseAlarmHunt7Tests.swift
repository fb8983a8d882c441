import Foundation
@testable import Gongbao
import Testing

/// Two false errors of the seventh hunt (vfalse7), each mended by a general rule; written text, not the documents'.
@Suite("False alarms of the seventh hunt")
struct FalseAlarmHunt7Tests {
    static func findings(_ text: String, _ rule: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == rule }
    }

    // part-exceeds-total: the figure after 高于 is compared with, no part.

    @Test("a figure after 高于 in a 其中 clause is no part")
    func comparedWith() throws {
        let text = "2024年某开发区运行情况\n上半年，中西部12个开发区发展良好，其中工业产值增幅高于东部沿海30个开发区1.5个百分点。\n"
        let found = try Self.findings(text, "part-exceeds-total")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a class named by a comparison (收入高于…的企业) is still a part")
    func comparisonNamesAClass() throws {
        let text = "2024年某开发区运行情况\n上半年，全区有规模以上企业12家，其中营业收入高于亿元的企业30家。\n"
        let found = try Self.findings(text, "part-exceeds-total")
        #expect(found.contains { $0.severity == .error }, "\(found)")
        #expect(!PartTotalRule.isComparedWith("营业收入高于的企业"))
        #expect(PartTotalRule.isComparedWith("工业产值增幅高于东部沿海开发区"))
    }

    @Test("a part above its total without a comparison is still an error")
    func stillAPart() throws {
        let text = "2024年某开发区运行情况\n上半年，全省有开发区12个，其中国家级开发区30个。\n"
        let found = try Self.findings(text, "part-exceeds-total")
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }

    // parts-add-up: a list of parts carried on past 。 by one more part of the same head.

    @Test("three industries and a household part in the next sentence add up")
    func listRunsOn() throws {
        let text = "3月份用电情况\n3月份，全社会用电量6000亿千瓦时，同比增长5.0%。其中，第一产业用电量100亿千瓦时，增长4.0%；"
            + "第二产业用电量4000亿千瓦时，增长3.0%；第三产业用电量1100亿千瓦时，增长9.0%。城乡居民生活用电量800亿千瓦时，增长6.0%。\n"
        let found = try Self.findings(text, "parts-add-up")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("the household part that does not close the gap leaves the error")
    func listRunsOnWrong() throws {
        let text = "3月份用电情况\n3月份，全社会用电量6000亿千瓦时，同比增长5.0%。其中，第一产业用电量100亿千瓦时，增长4.0%；"
            + "第二产业用电量4000亿千瓦时，增长3.0%；第三产业用电量1100亿千瓦时，增长9.0%。城乡居民生活用电量500亿千瓦时，增长6.0%。\n"
        let found = try Self.findings(text, "parts-add-up")
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }

    @Test("a figure of another head after the parts closes no gap")
    func otherHead() throws {
        let text = "2024年某市经济运行\n全年地区生产总值3000亿元，其中，第一产业增加值100亿元；第二产业增加值1200亿元；第三产业增加值900亿元。"
            + "全年社会消费品零售总额800亿元。\n"
        let found = try Self.findings(text, "parts-add-up")
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }
}
