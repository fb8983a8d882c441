import Testing
import Gongbao

@Suite("Normalizer")
struct NormalizerTests {
    func normalized(_ s: String) -> String {
        String(decoding: Normalizer.normalized(bytes: Array(s.utf8)).bytes, as: UTF8.self)
    }

    @Test("full-width digits, letters and punctuation fold to ASCII")
    func widthFolding() {
        #expect(normalized("１２３，％．ＡＢ") == "123,%.AB")
    }

    @Test("invisible characters are dropped; NBSP, ideographic space and literal <U+00A0> read as spaces")
    func invisibles() {
        #expect(normalized("人\u{00AD}才\u{200B}资源") == "人才资源")
        #expect(normalized("PM\u{00A0}2.5") == "PM 2.5")
        #expect(normalized("A<U+00A0>B") == "A B")
        #expect(normalized("GDP\u{3000}growth") == "GDP growth")
        #expect(normalized("增长&ensp;&ensp;2.3%") == "增长2.3%")
        #expect(normalized("A&nbsp;B &amp; C") == "A B &amp; C")
    }

    @Test("OCR breaks inside figures and between CJK characters are removed")
    func ocrJoins() {
        #expect(normalized("7.8 万\n人") == "7.8万人")
        #expect(normalized("3800\n余人次") == "3800余人次")
        #expect(normalized("42\n\n人") == "42人")
        #expect(normalized("实施一\n项人才工程") == "实施一项人才工程")
        #expect(normalized("关  于  洛  阳  市") == "关于洛阳市")
    }

    @Test("a number wrapped at a column line's end joins; a line that is only a number stays apart")
    func wrappedNumbers() {
        #expect(normalized("新认定高新技术企业1\n26家") == "新认定高新技术企业126家")
        #expect(normalized("强度达2.3\n5%") == "强度达2.35%")
        #expect(normalized("提高0.1\n2个百分点") == "提高0.12个百分点")
        #expect(normalized("同比增长1\n8.6%") == "同比增长18.6%")
        #expect(normalized("地区生产总值12\n34.5亿元") == "地区生产总值1234.5亿元")
        #expect(normalized("强度达2.35\n6%") == "强度达2.356%")
        #expect(normalized("。\n123\n2024年") == "。\n123\n2024年")
        #expect(normalized("增长5.\n6%") == "增长5.6%")
        #expect(normalized("带动就业1\n.2万人") == "带动就业1.2万人")
        #expect(normalized("。\n1\n.2万人") == "。\n1\n.2万人")
        #expect(normalized("。\n12\n2024年") == "。\n12\n2024年")
        #expect(normalized("指数\n2.3\n105.5") == "指数2.3\n105.5")
        #expect(normalized("企业1\n\n26家") == "企业1\n\n26家")
    }

    @Test("spaced-out digits of PDF text join; separate numbers stay apart")
    func spacedDigits() {
        #expect(normalized("7 4 7 7 2 亿元") == "74772亿元")
        #expect(normalized("8 ．8 ％") == "8.8%")
        #expect(normalized("2023 15") == "2023 15")
        #expect(normalized("PM 2.5") == "PM 2.5")
    }

    @Test("an OCR space after a number's first digit in running text joins; a caption's number and a year stay apart")
    func ocrSpaceInNumber() {
        #expect(normalized("开展上门招商1 56批次") == "开展上门招商156批次")
        #expect(normalized("兑现补贴2 1 86万元") == "兑现补贴2186万元")
        #expect(normalized("带动就业4 1 00余人") == "带动就业4100余人")
        #expect(normalized("研发人员数达到1 20人年") == "研发人员数达到120人年")
        #expect(normalized("表1 2025年末人口数") == "表1 2025年末人口数")
        #expect(normalized("合计 1 56") == "合计1 56")   // (the space after 合计 is the usual text–figure join)
        #expect(normalized("共有企业12 56家") == "共有企业12 56家")
    }

    @Test("a line break after a sentence end is kept (paragraphs stay apart)")
    func sentenceEnds() {
        #expect(normalized("完成。\n\n提升温度") == "完成。\n\n提升温度")
        #expect(normalized("5处。 创业") == "5处。 创业")
    }

    @Test("every normalized byte maps back to the content byte that produced it")
    func offsetMap() {
        let input = "源 7.8万人，１２人"
        let n = Normalizer.normalized(bytes: Array(input.utf8))
        #expect(n.contentOffsets.count == n.bytes.count + 1)
        let bytes = Array(input.utf8)
        // The normalized "7" comes from the content "7".
        let seven = n.bytes.firstIndex(of: UInt8(ascii: "7"))!
        #expect(bytes[Int(n.contentOffsets[seven])] == UInt8(ascii: "7"))
        // The folded "1" comes from the first byte of "１".
        let one = n.bytes.firstIndex(of: UInt8(ascii: "1"))!
        let range = n.contentRange(of: one..<(one + 1))
        #expect(String(decoding: bytes[range.lowerBound..<(range.lowerBound + 3)], as: UTF8.self) == "１")
        #expect(n.contentOffsets.last == Int32(bytes.count))
        // Offsets never go backwards.
        #expect(zip(n.contentOffsets, n.contentOffsets.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
