import Foundation
@testable import Gongbao
import Testing

/// same-figure-agrees for a part restated under one total named twice (全行业拥有站点25.6万处，其中设在乡村的… /
/// 物流全行业拥有站点25.6万处，…其中设在乡村的…: a word more before the total, the same value as written), and for a
/// repeat whose digits are the majority's transposed (521 stated twice, then 125).
@Suite("Repeats of one total's part, transposed repeats")
struct RepeatOfOneTotalTests {
    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
    }

    static let parts = "近日，省物流协会发布2024年物流行业统计公报。2024年，全行业拥有各类站点25.6万处，其中设在乡村的8.3万处。\n\n"
        + "2024年，物流业服务网络不断完善。\n\n"
        + "2024年，物流全行业拥有各类站点25.6万处，比上年末增加1.2万处，其中设在乡村的8.4万处，比上年末增加0.2万处。\n"

    @Test("a part of one total named twice (a word more, the same value) is one figure: two values disagree")
    func partOfOneTotal() throws {
        #expect(try Self.repeats(Self.parts).count == 2)
        #expect(try Self.repeats(Self.parts.replacingOccurrences(of: "乡村的8.4万处", with: "乡村的8.3万处")).isEmpty)
    }

    @Test("parts of two totals of different values are two figures")
    func partsOfTwoTotals() throws {
        let two = Self.parts.replacingOccurrences(of: "物流全行业拥有各类站点25.6万处", with: "物流全行业拥有各类站点27.9万处")
        #expect(try Self.repeats(two).isEmpty)
    }

    static let listed = "2022年全市企业发展情况\n\n今年全市有521家试点企业和500家协同企业，共计1021家企业上榜。\n\n"
        + "目前全市有521家试点企业和500家协同企业。在新遴选出的125家试点企业中，高新区以54家位居首位。\n"

    @Test("a repeat whose digits are the others' reversed is a slip of the pen, however far the values are apart")
    func transposed() throws {
        let found = try Self.repeats(Self.listed)
        #expect(found.count == 1 && found.first?.message.contains("125家") == true, "\(found)")
        // Other digits four times off: another figure behind a shortened subject, not judged.
        #expect(try Self.repeats(Self.listed.replacingOccurrences(of: "新遴选出的125家", with: "新遴选出的138家")).isEmpty)
    }

    @Test("against two statements alone a transposition says nothing: which one is off is not known")
    func transposedPair() throws {
        let text = "2022年全市企业发展情况\n\n今年全市有521家试点企业和500家协同企业。\n\n在新遴选出的125家试点企业中，高新区以54家位居首位。\n"
        #expect(try Self.repeats(text).isEmpty)
    }
}
