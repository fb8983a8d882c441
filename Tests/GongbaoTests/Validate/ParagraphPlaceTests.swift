import Foundation
import Gongbao
import Testing

/// same-figure-agrees across paragraphs that name two places: a budget report's 全市 paragraph and its 市本级 one
/// both end 收支相抵，年终结余结转…, a sentence that names no place of its own.
@Suite("Repeats in paragraphs of two places")
struct ParagraphPlaceTests {
    static let lead = "关于2025年预算执行情况的报告\n"

    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(lead + text).filter { $0.ruleID == "same-figure-agrees" }
    }

    @Test("年终结余结转 of the 全市 paragraph and of the 市本级 one are two figures")
    func twoPlaces() throws {
        let text = "全市一般公共预算收入253.8亿元，为预算的95.4%；收入总计528.4亿元。全市一般公共预算支出336.7亿元，支出总计486.8亿元。"
            + "收支相抵，年终结余结转41.6亿元。\n"
            + "市本级一般公共预算收入145.3亿元，为预算的95%；收入总计477.7亿元。市本级一般公共预算支出199.6亿元，支出总计440.5亿元。"
            + "收支相抵，年终结余结转37.2亿元。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("调出资金 of the 政府性基金 paragraph and of the 国有资本经营 one are two figures")
    func twoAccounts() throws {
        // (A balance statement's 其中 lists every source and use: they add up to 总收入 and 总支出 — parts-add-up.)
        let text = "全市政府性基金收支平衡情况：总收入56.2亿元，其中：政府性基金收入5.6亿元，债务转贷收入38.2亿元，上年结余12.4亿元。总支出56.2亿元，其中：政府性基金支出25.9亿元，债务还本支出5.4亿元，调出资金1.3亿元，年终结余23.6亿元。\n"
            + "全市国有资本经营预算收支平衡情况：总收入7.8亿元，其中：国有资本经营预算收入1.9亿元，上级补助收入0.3亿元，上年结余5.6亿元。总支出7.8亿元，其中：国有资本经营预算支出1.6亿元，调出资金1.7亿元，年终结余4.5亿元。\n"
        let found = try PipelineOnText.findings(Self.lead + text).filter { $0.severity == .error }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("two paragraphs of one place that disagree are still reported")
    func onePlace() throws {
        let text = "全市一般公共预算收入253.8亿元，为预算的95.4%。收支相抵，年终结余结转41.6亿元。\n"
            + "全市一般公共预算支出336.7亿元，为预算的91.2%。收支相抵，年终结余结转46.1亿元。\n"
        #expect(try !Self.repeats(text).isEmpty)
    }

    @Test("the items added to the 全市 account and to the 市级 one (市级 names the government's own level) are two figures")
    func cityLevel() throws {
        let text = "2025年，全市一般公共预算收入完成412.60亿元，加上级转移支付、调入资金及上年结转收入等306.15亿元，总收入累计718.75亿元。\n"
            + "2025年，市级（含经开区，下同）一般公共预算收入完成128.40亿元，加上级转移支付、下级上解收入、调入资金及上年结转收入等"
            + "402.35亿元，总收入累计530.75亿元。\n"
        let found = try PipelineOnText.findings(Self.lead + text).filter { $0.severity == .error }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("spending under the 一般公共预算 heading and under the 政府性基金预算 one are two accounts' figures")
    func accountsByHeading() throws {
        let text = "（一）一般公共预算执行情况\n"
            + "2025年年初全县支出预算数86.42亿元，加上新增转移支付（6.35亿元）等6.35亿元，全年支出预算调整为92.77亿元。实际支出88.16亿元，完成调整预算的95.0%。\n"
            + "（二）政府性基金预算执行情况\n"
            + "2025年年初全县支出预算数40.18亿元，加上新增专项债券（12.60亿元）等12.60亿元，全年支出预算调整为52.78亿元。实际支出47.93亿元，完成调整预算的90.8%。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }
}
