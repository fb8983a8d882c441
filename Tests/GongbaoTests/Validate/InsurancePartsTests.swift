import Testing
@testable import Gongbao

/// parts-add-up on insurance premiums (rules.yaml partitions): 原保险保费收入 is 财产险 and 人身险, and 人身险 is 寿险, 健康险
/// and 人身意外伤害险 — four lines of a bulletin's 其中, across ；, that must make their total.
@Suite("Insurance premiums split")
struct InsurancePartsTests {
    static func errors(_ text: String) throws -> [Finding] {
        try PipelineOnText.errors("2025年衡州市国民经济和社会发展统计公报\n\n" + text)
    }

    static let four = "全年保险公司原保险保费收入X亿元。其中，寿险保费收入36.09亿元，增长7.3%；健康险保费收入21.36亿元，增长6.4%；"
        + "人身意外伤害险保费收入1.60亿元，增长5.7%；财产险保费收入30.49亿元，增长3.0%。\n"

    @Test("the four lines that do not make their total are an error; within their rounding they pass")
    func fourLines() throws {
        #expect(try Self.errors(Self.four.replacingOccurrences(of: "X", with: "89.55")).isEmpty)
        let f = try Self.errors(Self.four.replacingOccurrences(of: "X", with: "69.55"))
        #expect(f.map(\.ruleID) == ["parts-add-up"], "\(f)")
    }

    @Test("财产险 and 人身险 make the total; an incomplete list (人身险's parts without 财产险) is not summed")
    func twoSidesAndIncomplete() throws {
        let two = "全年保险公司保费收入22.32亿元，比上年增长0.9%。其中，财产险保费收入5.94亿元，人身险保费收入X亿元。\n"
        #expect(try Self.errors(two.replacingOccurrences(of: "X", with: "16.39")).isEmpty)
        #expect(try Self.errors(two.replacingOccurrences(of: "X", with: "12.39")).map(\.ruleID) == ["parts-add-up"])
        #expect(try Self.errors("全年保险公司原保险保费收入132.07亿元。其中，寿险保费收入84.15亿元，健康险保费收入25.33亿元，意外险保费收入2.24亿元。\n").isEmpty)
    }
}
