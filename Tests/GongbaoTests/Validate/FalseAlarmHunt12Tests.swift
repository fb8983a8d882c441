import Foundation
@testable import Gongbao
import Testing

/// False errors of the twelfth hunt (vfalse12, whole budget reports and bulletins), each mended by a general rule;
/// written text, not the documents'. Each mend has its control: the same form with a real slip still reported.
@Suite("False alarms of the twelfth hunt")
struct FalseAlarmHunt12Tests {
    static func findings(_ text: String, _ rule: String, named name: String = "a.txt") throws -> [Finding] {
        try PipelineOnText.findings(text, named: name).filter { $0.ruleID == rule }
    }

    // Tables: a unit row spanning the table above the header of years; every header cell spanning two rows.

    @Test("a unit row spanning the table leaves the years below it column headers")
    func unitRowAboveYears() throws {
        let html = "<html><body><p>表2 某市卫生机构床位数和人员数</p><table>"
            + "<tr><td colspan=\"4\">单位：张、人</td></tr>"
            + "<tr><td>指标名称</td><td>2022年</td><td>2023年</td><td>2024年</td></tr>"
            + "<tr><td>卫生技术人员数（人）</td><td>3100</td><td>3300</td><td>3500</td></tr>"
            + "<tr><td>床位数（张）</td><td>2400</td><td>2500</td><td>2600</td></tr></table></body></html>"
        let found = try Self.findings(html, "same-figure-agrees", named: "a.html")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a header row whose cells all span two rows spans nothing")
    func spanlessHeader() throws {
        let html = "<html><body><p>表5 某市各级各类教育发展情况</p><table>"
            + "<tr><td rowspan=\"2\">指标</td><td rowspan=\"2\">学校数</td><td rowspan=\"2\">在校生数</td></tr>"
            + "<tr><td>高等教育</td><td>6</td><td>5.9</td></tr>"
            + "<tr><td>普通高中</td><td>67</td><td>19.1</td></tr></table></body></html>"
        let found = try Self.findings(html, "same-figure-agrees", named: "a.html")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("parts of one name under several totals of an indented table are each total's")
    func repeatedPartNames() throws {
        let html = "<html><body><p>表5 某市居民人均可支配收入</p><table>"
            + "<tr><td>指标名称</td><td>绝对量（元）</td><td>同比增长（%）</td></tr>"
            + "<tr><td>一、全体居民人均可支配收入</td><td>26000</td><td>6.7</td></tr>"
            + "<tr><td> 1、工资性收入</td><td>16000</td><td>6.0</td></tr>"
            + "<tr><td>二、城镇居民人均可支配收入</td><td>40000</td><td>4.7</td></tr>"
            + "<tr><td> 1、工资性收入</td><td>28000</td><td>5.0</td></tr></table></body></html>"
        let found = try Self.findings(html, "same-figure-agrees", named: "a.html")
        #expect(found.isEmpty, "\(found)")
    }

    // same-figure-agrees: an aspect lead (分级次情况：) under a paragraph's lead; all kinds against one kind.

    @Test("分级次情况 under two accounts' leads keeps the accounts apart")
    func aspectLead() throws {
        let text = "某市1月财政预算执行简要分析\n"
            + "一般公共预算收入：全市一般公共预算收入完成16.8亿元，同比增长4.6%。分级次情况：市级完成3.8亿元，同比下降15.1%；四城区完成4.2亿元，同比增长6%。\n"
            + "一般公共预算支出：全市一般公共预算支出完成33.1亿元，同比增长52.9%。分级次情况：市级完成7.4亿元，同比下降10%；四城区完成6.2亿元，同比增长130.7%。\n"
        let found = try Self.findings(text, "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
        #expect(SentenceReader.namesAspect("分级次情况"))
        #expect(!SentenceReader.namesAspect("山东"))
    }

    @Test("all kinds of accidents and one kind of them are two topics")
    func allKindsTopic() throws {
        let text = "某市安全生产\n全年全市发生各类事故56起、死亡30人、受伤58人。\n全年全市道路交通事故49起、死亡23人、受伤50人。\n"
        let found = try Self.findings(text, "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a subject that is only a comparison base (相比2023年同期) identifies nothing")
    func comparisonBaseSubject() throws {
        #expect(SubjectCatalogue.namesOnlyBase("相比2023年同期"))
        #expect(SubjectCatalogue.namesOnlyBase("比上年"))
        #expect(!SubjectCatalogue.namesOnlyBase("相关产业"))
    }

    @Test("figures under 市级 and 市本级 headings are two levels' figures")
    func levelHeadings() throws {
        let text = "关于某市2025年预算执行情况的报告\n（二）市级预算执行情况\n1.一般公共预算\n"
            + "市级地方一般公共预算收入加上级补助收入等后，收入总量为267.6亿元。其中：市级一般公共预算支出完成139.4亿元，补充预算稳定调节基金9.4亿元。\n"
            + "（三）市本级预算执行情况\n1.一般公共预算\n"
            + "市本级地方一般公共预算收入加上级补助收入等后，收入总量为257.6亿元。其中：市本级一般公共预算支出完成113.7亿元，补充预算稳定调节基金8.4亿元。\n"
        let found = try Self.findings(text, "same-figure-agrees")
        #expect(found.isEmpty, "\(found)")
    }

    // part-exceeds-total.

    @Test("a negative part lets another part pass the total")
    func negativePart() throws {
        let text = "某市1月财政分析\n政府性基金预算收入市级完成2434万元，其中：市直完成2701万元，同比下降67.4%；高新区完成-267万元，同比下降107.8%。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
        #expect(try Self.findings(text, "fall-over-100").isEmpty)
    }

    @Test("without the negative part the part above its total is still reported")
    func negativePartControl() throws {
        let text = "某市1月财政分析\n政府性基金预算收入市级完成2434万元，其中：市直完成2701万元，同比下降67.4%；高新区完成267万元，同比下降7.8%。\n"
        #expect(try Self.findings(text, "part-exceeds-total").contains { $0.severity == .error })
        let fall = "某市1月财政分析\n高新区完成267万元，同比下降107.8%。\n"
        #expect(try Self.findings(fall, "fall-over-100").contains { $0.severity == .error })
    }

    @Test("主要是 after a part opens that part's items")
    func breakdownOfAPart() throws {
        let text = "某市决算报告\n2024年我市共收到中央转移支付资金36.4亿元，其中：市本级12.3亿元，主要是医疗保险补助2.7亿元、养老保险补助3.4亿元、就业补助1.2亿元、学生资助补助0.2亿元等，县区24.1亿元。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
    }

    @Test("a figure stated against its base (同比新增) is no total of the parts after it")
    func changeIsNoTotal() throws {
        let text = "某市统计公报\n年末全市发电总装机容量2059.97万千瓦，同比新增169.09万千瓦。其中，火电厂装机容量1186.5万千瓦，风电场装机容量587.37万千瓦。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
    }

    @Test("a part of another head after a list of totals of its unit belongs to the list")
    func partOfAList() throws {
        let text = "某市统计公报\n年末全市各级各类学校共有1075所，在校生59.10万人，教职工4.95万人，专任教师4.00万人。其中幼儿园622所，在园幼儿数10.32万人，教职工1.41万人。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
    }

    @Test("a sibling of the total after ； is no part of it")
    func siblingAfterSemicolon() throws {
        #expect(PartTotalRule.namesSibling("电视全年播放时间", "广播全年播放时间"))
        #expect(!PartTotalRule.namesSibling("县区一般公共预算收入", "全市一般公共预算收入"))
        let text = "某市统计公报\n广播全年播放时间3.78万小时，其中自办栏目播放时间2.22万小时；电视全年播放时间5.76万小时，其中自办栏目播放时间1.15万小时。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
    }

    @Test("产值 is no part of 增加值, and one item of two lists is no part of itself")
    func otherMeasureAndNextList() throws {
        let text = "某市统计公报\n全年工业增加值为74.0亿元，比上年增长5.3%。其中，规模以上工业实现产值475.9亿元，增长0.4%。\n"
        #expect(try Self.findings(text, "part-exceeds-total").isEmpty)
        let lists = "某市统计公报\n全市普通高校招生17151人，其中：博士生46人，硕士研究生1134人；在校生54641人，其中：博士生199人，硕士研究生3299人。\n"
        #expect(try Self.findings(lists, "part-exceeds-total").isEmpty)
    }

    // change-agrees, increase-exceeds-level: whole-number rates; bases named after 比/较; rates of another subject.

    @Test("a rate printed whole is one rounded to a tenth, its 0 dropped")
    func wholeRate() throws {
        let text = "某市统计公报\n其中青稞种植面积19192.73公顷，比上年增加743.41公顷、增长4%。\n"
        #expect(try Self.findings(text, "change-agrees").isEmpty)
        let slipped = "某市统计公报\n前三季度达州市居民人均可支配收入为18856元,较去年同期增加1859元,同比增长11%。\n"
        #expect(try Self.findings(slipped, "change-agrees").contains { $0.severity == .error })
        let wrong = "某市统计公报\n蔬菜种植面积2683.54公顷，比上年增加350.02公顷、增长15.3%。\n"
        #expect(try Self.findings(wrong, "change-agrees").contains { $0.severity == .error })
    }

    @Test("the figure after 比/较 is the base the level is compared with")
    func baseAfterBi() throws {
        let text = "某市预算报告\n“十四五”全市一般公共预算支出累计完成1537亿元，比“十三五”1048亿元增加489亿元，增长46.6%。"
            + "“十四五”末2025年全市一般公共预算收入完成213.5亿元，较“十三五”末2020年88.23亿元增加125.27亿元，年均增长19.33%。\n"
        #expect(try Self.findings(text, "change-agrees").isEmpty)
        #expect(try Self.findings(text, "increase-exceeds-level").isEmpty)
    }

    @Test("a rate naming its own subject is not the level's change")
    func rateOfAnotherSubject() throws {
        let text = "某市统计公报\n其中，5000万元以上在建项目865个，增加127个，完成投资增长15.3%。\n"
        #expect(try Self.findings(text, "change-agrees").isEmpty)
    }

    // parts-add-up, budget-total-adds-up.

    @Test("a total naming its items (续建和新开工) sums those, not others")
    func totalNamesItems() throws {
        let text = "某市统计公报\n2024年全市省重点项目新开工93个，竣工34个；续建和新开工项目共计185个。\n"
        #expect(try Self.findings(text, "parts-add-up").isEmpty)
        #expect(ListedTotal.namesItems("续建和新开工项目", []))
    }

    @Test("bracketed items after 加上 break down the item they follow")
    func bracketedBreakdown() throws {
        let text = "某州预算报告\n州本级地方一般公共预算收入规模预计为18.07亿元，加上转移性收入240.42亿元后（其中返还性收入和转移支付收入227.76亿元、县市区上解收入6.4亿元、动用预算稳定调节基金6.24亿元、调入资金0.02亿元），收入总计258.49亿元。\n"
        #expect(try Self.findings(text, "budget-total-adds-up").isEmpty)
        let wrong = "某州预算报告\n州本级地方一般公共预算收入规模预计为18.07亿元，加上转移性收入240.42亿元后（其中返还性收入和转移支付收入227.76亿元、县市区上解收入6.4亿元），收入总计268.49亿元。\n"
        #expect(try Self.findings(wrong, "budget-total-adds-up").contains { $0.severity == .error })
    }

    @Test("level words of headings: 全市, 市级 and 市本级 are three levels")
    func headingLevels() {
        #expect(SameFigureRule.levelsDiffer("一、2025年预算执行情况（二）市级预算执行情况", "一、2025年预算执行情况（三）市本级预算执行情况"))
        #expect(SameFigureRule.levelsDiffer("（一）全市预算执行情况", "（二）市级预算执行情况"))
        #expect(!SameFigureRule.levelsDiffer("（一）全市预算执行情况", "（一）全市预算草案"))
        #expect(!SameFigureRule.levelsDiffer("一、2025年预算执行情况", "（二）市级预算执行情况"))
    }

    // parts-add-up: the three industries' electricity leave the residents' out.

    @Test("three industries' electricity may fall short of 全社会用电量 when the residents' use is not stated")
    func electricityRemainder() throws {
        let text = "某市统计公报\n全社会用电量219.76亿千瓦时，增长5.1%。分产业看，第一产业用电量5.39亿千瓦时，增长15.8%；"
            + "第二产业用电量118.61亿千瓦时，增长1.6%；第三产业用电量46.23亿千瓦时，增长13.8%。\n"
        #expect(try Self.findings(text, "parts-add-up").isEmpty)
        let over = "某市统计公报\n全社会用电量119.76亿千瓦时，增长5.1%。分产业看，第一产业用电量5.39亿千瓦时，增长15.8%；"
            + "第二产业用电量118.61亿千瓦时，增长1.6%；第三产业用电量46.23亿千瓦时，增长13.8%。\n"
        #expect(try Self.findings(over, "parts-add-up").contains { $0.severity == .error })
    }

    @Test("rows numbered 一、 and 1、 are totals and parts")
    func numberedRowLevels() {
        #expect(TableReader.numberLevel("一、全体居民人均可支配收入") == 0)
        #expect(TableReader.numberLevel("1、工资性收入") == 1)
        #expect(TableReader.numberLevel("12.工资性收入") == 1)
        #expect(TableReader.numberLevel("工资性收入") == nil)
        #expect(TableReader.numberLevel("2024年") == nil)
    }

    // share-over-100: lines per hundred.

    @Test("a telephone's or broadband's 普及率 may pass 100%")
    func perHundredPenetration() throws {
        let text = "某市统计公报\n移动宽带用户普及率131.11%，固定宽带家庭普及率112.54%。\n"
        #expect(try Self.findings(text, "share-over-100").isEmpty)
        let share = "某市统计公报\n全市森林覆盖率112.5%。\n"
        #expect(try Self.findings(share, "share-over-100").contains { $0.severity == .error })
    }
}
