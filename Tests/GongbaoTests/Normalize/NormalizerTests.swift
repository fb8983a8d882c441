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

    @Test("a column line breaks a number after punctuation, before its percent sign or a ratio's colon: one figure")
    func wrappedNumbersAfterMarks() {
        // The scalar before the digits is punctuation, not an ideograph (、，（ ] :).
        #expect(normalized("年末共有625万人，33\n62万人享受农村低保") == "年末共有625万人,3362万人享受农村低保")
        #expect(normalized("分别高17.2、2\n3.1个百分点") == "分别高17.2、23.1个百分点")
        #expect(normalized("集团（184\n5件）") == "集团(1845件)")
        #expect(normalized("家庭户[3]17\n2869户") == "家庭户[3]172869户")
        #expect(normalized("分别增长9.5%、10\n.7%") == "分别增长9.5%、10.7%")
        #expect(normalized("非税收入2\n6,046万元") == "非税收入26,046万元")
        // A percent or per-mille sign never opens a line; nor does a ratio's colon with its next part.
        #expect(normalized("比上年增长26.5\n%，") == "比上年增长26.5%,")
        #expect(normalized("增长7\n%") == "增长7%")
        #expect(normalized("自然增长率为-4.63\n‰。") == "自然增长率为-4.63‰。")
        #expect(normalized("结构为6.0:46.9\n:47.1。") == "结构为6.0:46.9:47.1。")
        #expect(normalized("比例为1.2\n：75.1：23.7") == "比例为1.2:75.1:23.7")
        // A clause mark never opens a line; a Latin word of Chinese text joins across the column.
        #expect(normalized("投资为3.6万亿元\n，比上年增长4.1%") == "投资为3.6万亿元,比上年增长4.1%")
        #expect(normalized("所占比重为6.0%\n；应用研究") == "所占比重为6.0%;应用研究")
        #expect(normalized("占GD\nP的比重") == "占GDP的比重")
        #expect(normalized("影响C\nPI同比") == "影响CPI同比")
        #expect(normalized("GDP growth\nrate") == "GDP growth\nrate")
        // Still apart: a line that is only a number, a letter before the digits, a blank line, a sentence's colon.
        #expect(normalized("。\n12\n2024年") == "。\n12\n2024年")
        #expect(normalized("PM2\n5个") == "PM2\n5个")
        #expect(normalized("增长5\n\n%") == "增长5\n\n%")
        #expect(normalized("第一项：\n12个") == "第一项:\n12个")
        // A date, a code or a range ends the line: the next line's number is another.
        #expect(normalized("发布时间：2026-05-12\n2025年是") == "发布时间:2026-05-12\n2025年是")
        #expect(normalized("编号MB2865374D/2020-4334930\n2020-10-09") == "编号MB2865374D/2020-4334930\n2020-10-09")
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
