import Testing
@testable import Gongbao

/// parts-add-up: the item a split leaves out, stated after its parts, is one test (`LeftOutItem`) after 其中 and
/// without it — an item either old test accepted completes the split in both settings; one of another measure, naming
/// a partition word, too far on or off in value does not.
@Suite("parts-add-up, the item a split leaves out")
struct LeftOutItemTests {
    static func findings(_ text: String) throws -> [Finding] {
        try PartitionSumTests.findings(text)
    }

    /// After 其中: the three industries, the households' use in the next sentence.
    static let linked = "3月份，全社会用电量6000亿千瓦时，同比增长5.0%。其中，第一产业用电量100亿千瓦时，增长4.0%；"
        + "第二产业用电量4000亿千瓦时，增长3.0%；第三产业用电量1100亿千瓦时，增长9.0%。城乡居民生活用电量800亿千瓦时，增长6.0%。\n"
    /// Without 其中 (分产业看): the same.
    static let unlinked = "全县全社会用电量32.60亿千瓦时，增长8.5%。分产业看，第一产业用电量0.84亿千瓦时，增长2.1%；第二产业用电量20.15亿千瓦时，"
        + "增长9.8%；第三产业用电量7.31亿千瓦时，增长6.4%。城乡居民生活用电量4.30亿千瓦时，增长5.2%。\n"

    @Test("the item named by the parts' head or by the measure short of 量 completes either split", arguments: [
        (linked, "城乡居民生活用电量", "城乡居民生活用电量"),
        (linked, "城乡居民生活用电量", "城乡居民生活用电"),
        (unlinked, "城乡居民生活用电量", "城乡居民生活用电量"),
        (unlinked, "城乡居民生活用电量", "城乡居民生活用电"),
    ])
    func itemCompletes(text: String, from: String, to: String) throws {
        let f = try Self.findings(text.replacingOccurrences(of: from, with: to))
        #expect(f.isEmpty, "\(f)")
    }

    @Test("an item that does not close the gap, comes two sentences on or names a partition word completes nothing",
          arguments: [
        (linked, "城乡居民生活用电量800亿千瓦时", "城乡居民生活用电500亿千瓦时"),
        (unlinked, "城乡居民生活用电量4.30亿千瓦时", "城乡居民生活用电量5.30亿千瓦时"),
        (linked, "。城乡居民生活用电量", "。工业用电量增长3.1%。城乡居民生活用电量"),
        (unlinked, "。城乡居民生活用电量", "。工业用电量增长9.1%。城乡居民生活用电量"),
        (linked, "城乡居民生活用电量", "第三产业中居民生活用电量"),
        (unlinked, "城乡居民生活用电量", "第三产业中居民生活用电量"),
    ])
    func itemCompletesNothing(text: String, from: String, to: String) throws {
        let changed = text.replacingOccurrences(of: from, with: to)
        #expect(changed != text)
        let f = try Self.findings(changed)
        #expect(f.count == 1, "\(changed) \(f)")
    }

    @Test("a figure of another measure after the parts completes neither split")
    func otherMeasure() throws {
        let linked = "全年地区生产总值3000亿元，其中，第一产业增加值100亿元；第二产业增加值1200亿元；第三产业增加值900亿元。"
            + "全年一般公共预算收入800亿元。\n"
        let unlinked = "全年地区生产总值3000亿元。分产业看，第一产业增加值100亿元；第二产业增加值1200亿元；第三产业增加值900亿元。"
            + "全年一般公共预算收入800亿元。\n"
        for text in [linked, unlinked] {
            let f = try Self.findings(text)
            #expect(f.count == 1, "\(text) \(f)")
        }
    }

    @Test("the measure is what follows the part's partition word")
    func measure() {
        #expect(LeftOutItem.measure("第三产业用电量", ["第一产业", "第二产业", "第三产业"]) == "用电量")
        #expect(LeftOutItem.measure("城乡居民生活用电量", ["第一产业", "第二产业", "第三产业"]) == nil)
        #expect(LeftOutItem.namesBare("城乡居民生活用电", "用电量"))
        #expect(!LeftOutItem.namesBare("用电", "用电量"))
        #expect(!LeftOutItem.namesBare("城乡居民生活用水", "用水"))
    }
}
