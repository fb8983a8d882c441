import Testing
@testable import Gongbao

/// parts-add-up without 其中: a complete split listed after its total in plain sentences (分产业看) must add up to it.
@Suite("parts-add-up, unlinked splits")
struct UnlinkedSplitTests {
    static func findings(_ text: String) throws -> [Finding] {
        try PartitionSumTests.findings(text)
    }

    static let product = "前三季度全市地区生产总值529.97亿元，按可比价格计算，同比增长6.7%。分季度看，一季度增长6.7%。"
        + "分产业看，第一产业增加值40.67亿元，同比增长3.5%；第二产业增加值209.41亿元，增长6.1%；第三产业增加值279.89亿元，增长7.6%。\n"
    /// Investment totals before the split: the headline is the whole (its aside 不含农户 no part of its name), 民间投资 a
    /// part of it.
    static let investment = "1-4月份，全市固定资产投资（不含农户）1443.27亿元，同比增长8.9%。其中，国有控股投资514.76亿元，增长13.8%；"
        + "民间投资880.53亿元，增长6.9%。分产业看，第一产业投资39.31亿元，同比增长19.1%；第二产业投资545.96亿元，增长3.5%，"
        + "其中制造业投资453.79亿元，增长4.9%；第三产业投资858.01亿元，增长12.1%。\n"

    @Test("a split that adds up to its paragraph's total passes")
    func addingUp() throws {
        #expect(try Self.findings(Self.product + Self.investment).isEmpty)
    }

    @Test("a part moved by a digit or a scale word is an error on the total", arguments: [
        (product, "第二产业增加值209.41亿元", "第二产业增加值309.41亿元"),
        (product, "第一产业增加值40.67亿元", "第一产业增加值40.67万元"),
        (investment, "第二产业投资545.96亿元", "第二产业投资645.96亿元"),
        (investment, "第三产业投资858.01亿元", "第三产业投资758.01亿元"),
    ])
    func partOff(text: String, from: String, to: String) throws {
        let f = try Self.findings(text.replacingOccurrences(of: from, with: to))
        #expect(f.count == 1, "\(f)")
        #expect(f.first?.message.contains("add up to") ?? false, "\(f)")
    }

    @Test("no whole stated in the paragraph, or one far from the sum, or a word named twice: nothing said")
    func nothingToJudge() throws {
        // 民间投资 alone before the split: the sum is far above it, the whole was stated elsewhere.
        let noWhole = "全市民间投资88.05亿元，增长6.9%。分产业看，第一产业投资39.31亿元；第二产业投资545.96亿元；第三产业投资858.01亿元。\n"
        // Two years' splits in one paragraph: which total each belongs to is not read.
        let twice = "全市地区生产总值529.97亿元。第一产业增加值40.67亿元，第二产业增加值209.41亿元，第三产业增加值279.89亿元；"
            + "上年第一产业增加值38.1亿元，第二产业增加值200.3亿元，第三产业增加值260.2亿元。\n"
        // Per-head amounts are never summed.
        let perHead = "全市人均地区生产总值8.5万元。第一产业增加值40.67亿元，第二产业增加值209.41亿元，第三产业增加值279.89亿元。\n"
        for text in [noWhole, twice, perHead] {
            #expect(try Self.findings(text).isEmpty, "\(text)")
        }
    }

    /// Electricity use by the three industries leaves the households' use out; a report may state it in the next sentence.
    static let power = "全县全社会用电量32.60亿千瓦时，增长8.5%。分产业看，第一产业用电量0.84亿千瓦时，增长2.1%；第二产业用电量20.15亿千瓦时，"
        + "增长9.8%；第三产业用电量7.31亿千瓦时，增长6.4%。城乡居民生活用电4.30亿千瓦时，增长5.2%。\n"

    @Test("the item the split leaves out, stated in the next sentence, completes the sum")
    func itemStatedApart() throws {
        #expect(try Self.findings(Self.power).isEmpty)
    }

    @Test("with the item stated apart, a part or the total off by a digit is still an error", arguments: [
        ("第二产业用电量20.15亿千瓦时", "第二产业用电量21.15亿千瓦时"),
        ("全社会用电量32.60亿千瓦时", "全社会用电量33.60亿千瓦时"),
        ("城乡居民生活用电4.30亿千瓦时", "城乡居民生活用电5.30亿千瓦时"),
    ])
    func itemApartStillChecked(from: String, to: String) throws {
        let f = try Self.findings(Self.power.replacingOccurrences(of: from, with: to))
        #expect(f.count == 1, "\(f)")
        #expect(f.first?.message.contains("add up to") ?? false, "\(f)")
    }

    @Test("a level two sentences on, or of another measure, completes nothing")
    func apartOnlyNextSentence() throws {
        let later = Self.power.replacingOccurrences(of: "。城乡居民生活用电", with: "。工业用电量增长9.1%。城乡居民生活用电")
        let other = Self.power.replacingOccurrences(of: "城乡居民生活用电4.30亿千瓦时", with: "城乡居民生活用气4.30亿立方米")
        for text in [later, other] {
            let f = try Self.findings(text)
            #expect(f.count == 1, "\(text) \(f)")
        }
    }
}
