import Foundation
import Gongbao
import Testing

/// same-figure-agrees in a document that names no period of its own (no date near its top): a figure stated with
/// a year and one stated without may belong to different years.
@Suite("Repeats in an undated document")
struct UndatedRepeatTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = String(repeating: "全市上下坚持稳中求进工作总基调，推动高质量发展。\n", count: 7)

    @Test("a year-less figure and one under 2023年 are not one figure when the document names no year")
    func yearOnOneSide() throws {
        let f = try Self.errors(Self.lead + "全年全市地区生产总值2345.6亿元，增长5.6%。\n全市坚持稳中求进。\n2023年全市地区生产总值2210.3亿元。\n")
        #expect(f.isEmpty, "\(f)")
    }

    @Test("two year-less statements that disagree are still an error")
    func bothYearLess() throws {
        let f = try Self.errors(Self.lead + "全年全市地区生产总值2345.6亿元，增长5.6%。\n全市坚持稳中求进。\n全市地区生产总值2245.6亿元。\n")
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
    }
}
