import Foundation
import Gongbao
import Testing

/// part-exceeds-total when the 其中 follows a figure that stands beside a 总 of its sentence (总收入…，…收入…，其中…):
/// the 其中 may read back to the 总, so a part above the nearest figure but within the 总 is a warning, not an error.
@Suite("Parts of an earlier 总 in the sentence")
struct PartEarlierTotalTests {
    static func partFindings(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings("2024年某县国民经济和社会发展统计公报\n" + text).filter { $0.ruleID == "part-exceeds-total" }
    }

    @Test("a part within the earlier 总 but above the nearest figure is only a warning")
    func partOfEarlierTotal() throws {
        let text = "全年全县财政总收入58000万元，比上年增长6.1%，地方一般预算收入21000万元，增长2.3%，其中税收收入47000万元，增长7.0%。\n"
        let found = try Self.partFindings(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.severity == .warning }, "\(found)")
    }

    @Test("a part above the earlier 总 too is still an error")
    func partAboveBothTotals() throws {
        let text = "全年全县财政总收入58000万元，比上年增长6.1%，地方一般预算收入21000万元，增长2.3%，其中税收收入69000万元，增长7.0%。\n"
        let found = try Self.partFindings(text)
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }

    @Test("with no 总 before the nearest figure the part stays an error")
    func noEarlierTotal() throws {
        let text = "全年全县营业收入58000万元，比上年增长6.1%，地方一般预算收入21000万元，增长2.3%，其中税收收入47000万元，增长7.0%。\n"
        let found = try Self.partFindings(text)
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }
}
