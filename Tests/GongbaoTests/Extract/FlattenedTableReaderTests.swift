import Foundation
import Testing
import Gongbao

/// Tables flattened into text with tabs between cells (PDF reposts of communiqués): invented examples of each
/// layout, and of what must not be read as a table.
@Suite("Flattened tables")
struct FlattenedTableReaderTests {
    func metrics(_ text: String) throws -> [Metric] {
        try Extractor().metrics(inText: text)
    }

    func cell(_ m: [Metric], _ surface: String, _ subject: String) -> Metric? {
        m.first { $0.surface == surface && $0.subject == subject }
    }

    @Test("a table that indents its parts: indented rows are parts of the row above, flush rows are totals")
    func indentedParts() throws {
        let text = "表1　主要指标\n单位：亿元、%\n指标\t11月\t同比增长\n社会消费品零售总额\t412.6\t5.3\n"
            + "  其中：限额以上单位\t168.2\t4.6\n一般公共预算收入\t36.8\t3.9\n  其中：税收收入\t27.1\t2.8\n"
            + "进出口总额\t96.3\t-2.1\n  出口\t61.5\t1.8\n"
        let m = try metrics(text)
        let amounts = m.filter { $0.kind == .money }.map(\.subject)
        #expect(amounts == ["社会消费品零售总额", "限额以上单位社会消费品零售总额", "一般公共预算收入", "税收收入",
                            "进出口总额", "出口"])
    }

    @Test("rows with bars between their cells: a table when a header states its units; letter-spaced names join")
    func barRows() throws {
        let m = try metrics("图2：主要产品产量(%) | |\n指 标 | 增 速 |\n一、粮 食 | 2.4 |\n二、油料 | -0.6 |\n"
            + "全年粮食产量35.2万吨。\n")
        #expect(cell(m, "2.4", "粮食增速")?.value == 2.4)
        #expect(cell(m, "-0.6", "油料增速")?.unit == "%")
        // A caption naming the change after its comparison word names a change column headed by a bare 增速.
        let named = try metrics("图2：2024年居民消费价格比上年涨跌幅度(%) | |\n指 标 | 增 速 |\n居民消费价格 | 0.1 |\n蛋 | -0.9 |\n")
        #expect(cell(named, "-0.9", "蛋涨跌幅度")?.value == -0.9)
        #expect(cell(named, "0.1", "居民消费价格涨跌幅度") != nil)
        #expect(m.first { $0.surface == "35.2万吨" }?.value == 352_000)
        // Bars with no unit stated anywhere, and a menu of links: no table, and nothing read from them.
        let plain = try metrics("首页 | 新闻中心 | 政务公开\n地区 | 人口 |\n甲县 | 12 |\n乙县 | 15 |\n")
        #expect(plain.isEmpty)
    }

    @Test("a bar table with an opening bar and a rule line under its header (| 指标 | 单位 | 数量 |, |---|)")
    func barRowsWithRule() throws {
        let m = try metrics("| 指标 | 单位 | 数量 |\n| :--- | :---: | ---: |\n| 粮食产量 | 万吨 | 35.2 |\n| 油料产量 | 吨 | 800 |\n")
        #expect(cell(m, "35.2", "粮食产量")?.value == 352_000)
        #expect(cell(m, "800", "油料产量")?.unit == "吨")
        #expect(m.count == 2)
    }

    @Test("a row whose value is left empty (区公所 | 个 | |) is passed over: the rows under it are still read")
    func emptyValueRow() throws {
        let m = try metrics("指标名称 | 单位 | 数量 |\n一、民政事业费累计支出 | 亿元 | 42.6 |\n二、乡级行政区划单位 | ||\n"
            + "镇 | 个 | 650 |\n区公所 | 个 | |\n"
            + "三、民政机构和设施 | ||\n养老机构 | 个 | 712 |\n养老机构床位 | 万张 | 9.5 |\n")
        // (A section row's name opens the subjects of the rows under it: 乡级行政区划单位镇.)
        #expect(m.first { $0.surface == "650" && $0.subject.hasSuffix("镇") }?.unit == "个")
        #expect(m.first { $0.surface == "712" && $0.subject.hasSuffix("养老机构") }?.value == 712)
        #expect(m.first { $0.surface == "9.5" && $0.subject.hasSuffix("养老机构床位") }?.value == 95_000)
        #expect(!m.contains { $0.subject.contains("区公所") })
    }

    @Test("a row whose name cell ran on into the section lines below it, its unit and value on the next line")
    func nameRunningIntoSections() throws {
        let m = try metrics("指标 | 单位 | 数量 |\n一、福利事业费支出 二、基层区划 |\n亿元 | 42.6 |\n#镇 | 个 | 650 |\n"
            + "街道 | 个 | 31 |\n提供住宿的机构 | 个 | 260 |\n#养老机构 三、社会救助 城市低保 |\n个 | 245 |\n"
            + "低保人数 | 人 | 8,120 |\n")
        let money = try #require(m.first { $0.surface == "42.6" })
        #expect(money.value == 4_260_000_000)
        #expect(money.unit == "元")
        // The name is what stands before the first section number: 二、基层区划 heads the rows below.
        #expect(money.subject == "福利事业费支出")
        // The section line cut off the name ends the row's parts: #镇 under 基层区划 is no part of 福利事业费支出.
        let towns = try #require(m.first { $0.surface == "650" })
        #expect(towns.unit == "个")
        #expect(towns.subject == "镇")
        let homes = try #require(m.first { $0.surface == "245" })
        #expect(homes.unit == "个")
        #expect(homes.subject == "养老机构")
        #expect(!homes.subject.contains("社会救助"))
        let recipients = try #require(m.first { $0.surface == "8,120" })
        #expect(recipients.unit == "人")
        #expect(!recipients.subject.contains("养老机构"))
    }

    @Test("row by row: name, unit, value, change; the row break became a space")
    func rowByRow() throws {
        let m = try metrics("表1 主要农产品产量 指标\t单位\t产量\t比上年增长（%） 粮食\t万吨\t12.5\t-3.0 油料\t吨\t800\t4.5\n")
        let grain = try #require(cell(m, "12.5", "粮食产量"))
        #expect(grain.value == 125_000)
        #expect(grain.unit == "吨")
        let change = try #require(cell(m, "-3.0", "粮食产量增长"))
        #expect(change.kind == .percent)
        #expect(change.value == -3)
        #expect(change.direction == nil)
        #expect(cell(m, "800", "油料产量")?.value == 800)
        #expect(cell(m, "4.5", "油料产量增长")?.unit == "%")
    }

    @Test("grouped: each field holds a column of a block; # marks a part of the total before it")
    func grouped() throws {
        let m = try metrics("指标\t单位\t绝对数\t比上年增长 (%) 客运量 #公路 水路\t万人 万人 万人\t1200 800 15\t2.0 -1.5 3.0 全年…\n")
        #expect(cell(m, "1200", "客运量")?.value == 12_000_000)
        #expect(cell(m, "800", "公路客运量")?.value == 8_000_000)
        #expect(cell(m, "15", "水路客运量")?.unit == "人")
        #expect(cell(m, "-1.5", "公路客运量增长")?.value == -1.5)
        #expect(cell(m, "3.0", "水路客运量增长")?.kind == .percent)
    }

    @Test("unit in the value header, the header written twice side by side, blocks of different sizes")
    func headerUnitAndRepeatedHeader() throws {
        let m = try metrics("指标\t年末数（亿元）\t比上年末增长（%） 指标\t年末数（亿元）\t比上年末增长（%） "
            + "存款余额 #住户存款\t5000 2000\t8.0 9.5 贷款余额\t4000\t7.0\n")
        let deposits = try #require(cell(m, "5000", "存款余额"))
        #expect(deposits.value == 500_000_000_000)
        #expect(deposits.kind == .money)
        #expect(cell(m, "2000", "住户存款")?.unit == "元")
        #expect(cell(m, "9.5", "住户存款增长")?.value == 9.5)
        #expect(cell(m, "4000", "贷款余额")?.value == 400_000_000_000)
        #expect(cell(m, "7.0", "贷款余额增长")?.unit == "%")
        #expect(!m.contains { $0.subject.contains("指标") })
    }

    @Test("names glued together cannot be split: the values are read, the row name is left out")
    func gluedNames() throws {
        let m = try metrics("产品名称\t单位\t产量\t比上年增长( % 中成药塑料制品\t万吨 万重量箱\t2.8 115.8\t-5.1 32.7\n")
        #expect(cell(m, "2.8", "产量")?.value == 28_000)
        #expect(cell(m, "115.8", "产量")?.unit == "重量箱")
        #expect(cell(m, "32.7", "产量增长")?.value == 32.7)
    }

    @Test("rows named by year: the column names the figure, the year is its scope")
    func yearRows() throws {
        let m = try metrics("年份\t达标率 (%)\t优良天数比例 (%) 2023 年\t95.0\t88.1 2024 年\t96.5\t90.2\n")
        let first = try #require(cell(m, "95.0", "达标率"))
        #expect(first.scope == "2023年")
        #expect(cell(m, "90.2", "优良天数比例")?.scope == "2024年")
    }

    @Test("columns that disagree on how many entries they hold are not read as a table")
    func countsDisagree() throws {
        let m = try metrics("产品名称\t单位\t产量\t比上年增长(%) 水泥 钢材\t万吨 万吨\t2.8 115.8 3.3\t-5.1 32.7\n")
        #expect(!m.contains { $0.subject.contains("产量") })
        #expect(!m.contains { $0.value == 28_000 })
    }

    @Test("tab-separated text without units is not a table")
    func notATable() throws {
        let m = try metrics("联系人\t张三 电话\t12345678 地址\t人民路\n")
        #expect(!m.contains { $0.subject == "电话" })
    }

    @Test("the prose after a table is read as prose")
    func proseAfter() throws {
        let m = try metrics("指标\t单位\t绝对数\t比上年增长(%) 货运量\t万吨\t50\t1.0 全年建筑业增加值1859.3亿元，比上年增长1.5%。\n")
        #expect(cell(m, "50", "货运量")?.value == 500_000)
        let prose = try #require(m.first { $0.surface == "1859.3亿元" })
        #expect(prose.subject.contains("建筑业增加值"))
        #expect(!prose.subject.contains("货运量"))
    }

    @Test("one row a line, cells between tabs, blank lines between rows")
    func rowPerLine() throws {
        let m = try metrics("表3 主要指标\n指标\t单位\t绝对数\t比上年增长(%)\n\n地区生产总值\t亿元\t5163.4\t7.3\n\n"
            + "第一产业\t亿元\t100.2\t-3.1\n全年粮食产量增长2.0%。\n")
        #expect(cell(m, "5163.4", "地区生产总值")?.value == 516_340_000_000)
        #expect(cell(m, "-3.1", "第一产业增长")?.unit == "%")
        #expect(m.contains { $0.surface == "2.0%" && $0.subject.contains("粮食产量") })
    }

    @Test("a table laid out with runs of spaces, one row a line (PDF text); indented rows and # parts")
    func spaceAligned() throws {
        let m = try metrics("""
            表1  2024年主要农产品产量及其增长速度
            产品名称      单位      产量      比上年增长 (%)
            粮食          万吨      1234.5    2.1
              #夏粮       万吨      456.7     -1.0
            油料          吨        800       0.5
            全年粮食播种面积 100 万亩，比上年增长 1.0%。

            """)
        #expect(cell(m, "1234.5", "粮食产量")?.value == 12_345_000)
        #expect(cell(m, "456.7", "夏粮产量")?.value == 4_567_000)
        #expect(cell(m, "-1.0", "夏粮产量增长")?.kind == .percent)
        #expect(cell(m, "800", "油料产量")?.unit == "吨")
        #expect(m.contains { $0.surface == "100 万亩" && $0.value == 1_000_000 })
    }

    @Test("prose with double spaces is not a table")
    func doubleSpacedProse() throws {
        let m = try metrics("全年  实现地区生产总值  5163.4亿元，比上年增长  7.3%。\n")
        #expect(m.contains { $0.value == 516_340_000_000 && $0.unit == "元" })
        #expect(m.contains { $0.value == 7.3 && $0.unit == "%" })
    }

    @Test("the caption's unit on the line before; year columns are the scope; — is an empty cell")
    func captionYearsAndEmptyCells() throws {
        let m = try metrics("""
            表2 一般公共预算收入（单位：亿元）
            项目\t2023年\t2024年
            税收收入\t120.5\t130.2
            5G产业收入\t—\t8.8

            """)
        let tax = try #require(m.first { $0.surface == "130.2" })
        #expect(tax.value == 13_020_000_000)
        #expect(tax.unit == "元")
        #expect(tax.subject == "税收收入")
        #expect(tax.scope == "2024年")
        #expect(m.first { $0.surface == "120.5" }?.scope == "2023年")
        #expect(m.first { $0.surface == "8.8" }?.subject == "5G产业收入")
    }

    @Test("a growth column without (%) is a rate, not the row's unit")
    func growthWithoutPercent() throws {
        let m = try metrics("指标\t单位\t产量\t比上年增长 汽车\t万辆\t93.4\t23.8 水泥\t万吨\t936.0\t-11.0\n")
        let growth = try #require(cell(m, "23.8", "汽车产量增长"))
        #expect(growth.unit == "%")
        #expect(growth.value == 23.8)
        #expect(cell(m, "-11.0", "水泥产量增长")?.kind == .percent)
    }

    @Test("其中： marks a part as # does")
    func qizhongPart() throws {
        let m = try metrics("指标\t单位\t绝对数 货物周转量\t亿吨公里\t584.4 其中：铁路\t亿吨公里\t105.5\n")
        #expect(cell(m, "105.5", "铁路货物周转量")?.value == 10_550_000_000)
    }
}

@Suite("Flattened table numbers")
struct FlattenedTableNumberTests {
    @Test("a cell's number is the Decimal its digits spell, fast path or Foundation's (zero, 19 digits, commas, signs)")
    func numbersAsFoundationReadsThem() throws {
        let cells = ["12.50", "-3.0", "0.0", "0", "1,234.5", "+7.25", "-0.04", "1234567890123456789", "12345678901234567.8",
                     "5.", "800", "-12,345", "3%"]
        let rows = cells.enumerated().map { "品\($0.offset)\t\($0.element)" }.joined(separator: " ")
        let m = try Extractor().metrics(inText: "指标\t比上年增长（%） " + rows + "\n")
        for (k, raw) in cells.enumerated() {
            var text = raw.filter { $0 != "," && $0 != "%" && $0 != "+" }
            if text.hasSuffix(".") { text.removeLast() }
            let expected = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
            let metric = m.first { $0.subject == "品\(k)增长" }
            #expect(metric?.value == expected, "\(raw)")
        }
    }
}
