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

    @Test("a column line after a minus sign, a ratio's colon or a thousands comma breaks no figure")
    func wrappedNumbersAfterSignsAndSeparators() {
        #expect(normalized("比上年增长-\n3.5%") == "比上年增长-3.5%")
        #expect(normalized("比上年下降（-\n2.1%）") == "比上年下降(-2.1%)")
        #expect(normalized("结构为11.1：\n30.1：58.8") == "结构为11.1:30.1:58.8")
        #expect(normalized("比例为1:\n1.5") == "比例为1:1.5")
        #expect(normalized("收入26，\n046万元") == "收入26,046万元")
        #expect(normalized("总额1,234,\n567元") == "总额1,234,567元")
        #expect(normalized("牛奶产量增长-2\n2.4%") == "牛奶产量增长-22.4%")
        #expect(normalized("上解上级支出-0\n.32亿元") == "上解上级支出-0.32亿元")
        #expect(normalized("比1-\n10月提高") == "比1-10月提高")
        // Still apart: a code's hyphen, a dash alone, a sentence's colon, a comma between numbers that are no thousands.
        #expect(normalized("型号A-\n3台") == "型号A-\n3台")
        #expect(normalized("。\n-\n3台") == "。\n-\n3台")
        #expect(normalized("发布时间：2026-05-12\n2025年是") == "发布时间:2026-05-12\n2025年是")
        #expect(normalized("第一项：\n12个") == "第一项:\n12个")
        #expect(normalized("分别为3，\n12个") == "分别为3,\n12个")
        #expect(normalized("分别为3，\n1234个") == "分别为3,\n1234个")
        #expect(normalized("为12345，\n678个") == "为12345,\n678个")
    }

    @Test("no bracket or slash opens or ends a column line inside a sentence; a list number in brackets may")
    func wrappedBracketsAndSlashes() {
        #expect(normalized("、浙江(\n19.7件)") == "、浙江(19.7件)")
        #expect(normalized("、江苏\n(3005.9亿元)") == "、江苏(3005.9亿元)")
        #expect(normalized("生产总值\n(当年价)用水量") == "生产总值(当年价)用水量")
        #expect(normalized("本专科[\n74]招生") == "本专科[74]招生")
        #expect(normalized("总诊疗人次[7\n9]101.1亿人次") == "总诊疗人次[79]101.1亿人次")
        #expect(normalized("路网密度156.7公里/\n万平方公里") == "路网密度156.7公里/万平方公里")
        #expect(normalized("下降至24微克\n/立方米") == "下降至24微克/立方米")
        #expect(normalized("死亡率从18.3\n/10万下降") == "死亡率从18.3/10万下降")
        #expect(normalized("邮政邮路和快递网路长度(单程)\n合计6012.9万公里") == "邮政邮路和快递网路长度(单程)合计6012.9万公里")
        #expect(normalized("动用预算稳定调节基金[1]\n等274.6亿元") == "动用预算稳定调节基金[1]等274.6亿元")
        #expect(normalized("地区生产总值(亿元)\n1234") == "地区生产总值(亿元)\n1234")
        // A list item opening its line stays on it.
        #expect(normalized("主要指标\n(1)工业") == "主要指标\n(1)工业")
        #expect(normalized("主要措施\n（二）加快") == "主要措施\n(二)加快")
    }

    @Test("a number parted from its unit by a space joins across a column line; a line that is a number stays apart")
    func wrappedNumbersBeforeSpacedUnits() {
        #expect(normalized("签约意向金额 44.1\n4 亿元") == "签约意向金额44.14亿元")
        #expect(normalized("乡村人口减少6627\n1 人") == "乡村人口减少66271人")
        #expect(normalized("占47.7\n7 %") == "占47.77%")
        #expect(normalized("。\n12\n3 个") == "。\n12\n3个")
        #expect(normalized("合计3\n5 ABC") == "合计3\n5 ABC")
    }

    @Test("a column line inside spaced-out digits reads as their space")
    func wrappedSpacedDigits() {
        #expect(normalized("高速公路增加4 \n0 8 3 公里") == "高速公路增加4083公里")
        #expect(normalized("总里程1 1 3 4\n 4 公里") == "总里程11344公里")
        #expect(normalized("涨幅为0 \n．8 ％") == "涨幅为0.8%")
        #expect(normalized("增长4 ．5 \n％。") == "增长4.5%。")
        // Not a number of several digits, nor a cell after a space.
        #expect(normalized("共有企业12 \n56家") == "共有企业12 \n56家")
        #expect(normalized("。\n12 \n3 个") == "。\n12 \n3个")
    }

    @Test("a Latin word broken by the column joins, but a capital after a small letter opens the next word")
    func wrappedLatinWords() {
        #expect(normalized("升级Windows\nServer系统") == "升级Windows\nServer系统")
        #expect(normalized("占GD\nP的比重") == "占GDP的比重")
        #expect(normalized("使用Win\ndows系统") == "使用Windows系统")
        #expect(normalized("全县实现生产总值(GD\nP)951435万元") == "全县实现生产总值(GDP)951435万元")
        // Nor does a line part a Latin word from the ideographs around it; an English line stays a line.
        #expect(normalized("食用油价格上涨11.2%,影响CPI\n上涨约0.08个百分点") == "食用油价格上涨11.2%,影响CPI上涨约0.08个百分点")
        #expect(normalized("建成自治区级开发区。单位GDP\n能耗累计下降18%") == "建成自治区级开发区。单位GDP能耗累计下降18%")
        #expect(normalized("鲜菜价格下降7.9%,影响\nCPI下降约0.18个百分点") == "鲜菜价格下降7.9%,影响CPI下降约0.18个百分点")
        #expect(normalized("集群建设成效明显，智算规模22万\nP、居全国前列") == "集群建设成效明显,智算规模22万P、居全国前列")
        #expect(normalized("国家统计局\nNational Bureau") == "国家统计局\nNational Bureau")
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
