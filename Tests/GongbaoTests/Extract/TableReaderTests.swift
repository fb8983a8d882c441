import Testing
import Gongbao

/// Tables arrive from Ingest as ContentText.tables; here they are built by hand.
@Suite("Tables")
struct TableReaderTests {
    /// Builds content text from cells laid out row by row, separated by blank lines like HTML blocks.
    func table(caption: String?, rows: [[(String, Bool)]]) -> (SourceText, ContentText) {
        var text = ""
        var captionRange: Range<Int>? = nil
        if let caption {
            let lo = text.utf8.count
            text += caption
            captionRange = lo..<text.utf8.count
            text += "\n\n"
        }
        var cells: [[TextTable.Cell]] = []
        for row in rows {
            var r: [TextTable.Cell] = []
            for (cell, header) in row {
                let lo = text.utf8.count
                text += cell
                r.append(TextTable.Cell(range: lo..<text.utf8.count, isHeader: header))
                text += "\n\n"
            }
            cells.append(r)
        }
        let source = SourceText(path: "t.html", bytes: Array(text.utf8), encoding: "UTF-8")
        var content = ContentText(identityOf: source)
        content.tables = [TextTable(caption: captionRange, rows: cells)]
        return (source, content)
    }

    func extract(_ p: (SourceText, ContentText)) throws -> [Metric] {
        try Extractor().extract(source: p.0, content: p.1, normalized: Normalizer.normalized(p.1)).metrics
    }

    @Test("scale and unit come from the column header: 年末数（万人） 199.5 → 1995000 人")
    func headerUnit() throws {
        let m = try extract(table(caption: "表1 2024年末人口", rows: [
            [("指标", true), ("年末数（万人）", true), ("比上年增长（%）", true)],
            [("常住人口", false), ("199.5", false), ("-2.3", false)],
        ]))
        let cells = m.filter { $0.subject.hasPrefix("常住人口") }
        #expect(cells.map(\.subject) == ["常住人口", "常住人口增长"])
        let count = try #require(cells.first)
        #expect(count.value == 1_995_000)
        #expect(count.unit == "人")
        #expect(count.surface == "199.5")
        let growth = try #require(cells.last)
        #expect(growth.kind == .percent)
        // Change columns keep the sign as written and carry no direction (gold convention, Corpus/gold/README).
        #expect(growth.value == -2.3)
        #expect(growth.direction == nil)
        #expect(growth.surface == "-2.3")
    }

    @Test("a column named by a measure over a period (主营收入 / 1-6月（亿元）) adds the measure; a 合计 row is the caption's topic's")
    func measureOverPeriod() throws {
        let rows: [[(String, Bool)]] = [
            [("分组", true), ("主营收入", true), ("主营收入", true)],
            [("", true), ("1-6月（亿元）", true), ("同比增长（%）", true)],
            [("合计", false), ("5230.4", false), ("6.1", false)],
            [("纺织业", false), ("812.6", false), ("-1.4", false)],
        ]
        let m = try extract(table(caption: "表2 2023年1-6月份规模以上工业企业主要指标", rows: rows))
        let money = m.filter { $0.kind == .money }
        // The total is the figure of what the caption says the table covers, as the prose names it.
        #expect(money.map(\.subject) == ["规模以上工业企业主营收入", "纺织业主营收入"])
        #expect(money.first?.value == 523_040_000_000)
        #expect(m.filter { $0.kind == .percent }.map(\.subject) == ["规模以上工业企业主营收入同比增长", "纺织业主营收入同比增长"])
        // A caption that names no topic before a closing word of its own, or a split one: the measure alone.
        for caption in ["表2 2023年1-6月份主营收入", "表2 按行业分规模以上工业企业主要指标", "表2 主要指标"] {
            let plain = try extract(table(caption: caption, rows: rows)).filter { $0.kind == .money }
            #expect(plain.map(\.subject) == ["主营收入", "纺织业主营收入"], "\(caption)")
        }
    }

    @Test("a table that indents its parts: an indented row is a part of the row above, an unindented one a total")
    func indentedParts() throws {
        let rows = [("规模以上工业增加值", "1234.5"), ("　其中：制造业", "1012.3"), ("固定资产投资", "21563.8"),
                    ("社会消费品零售总额", "21345.2"), ("　其中：限额以上单位", "8015.6"), ("货物进出口总额", "5873.1"),
                    ("　出口", "3965.8"), ("　进口", "1907.3"), ("一般公共预算收入", "3412.7")]
        let html = "<html><body><p>表1　主要经济指标</p><table><tr><td>指标</td><td>1—10月（亿元）</td></tr>"
            + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td></tr>" }.joined() + "</table></body></html>"
        let source = SourceText(path: "t.html", bytes: Array(html.utf8), encoding: "UTF-8")
        let content = HTMLText.content(of: source)
        let m = try Extractor().extract(source: source, content: content, normalized: Normalizer.normalized(content)).metrics
        #expect(m.filter { $0.kind.isQuantity }.map(\.subject) == [
            "规模以上工业增加值", "制造业", "固定资产投资", "社会消费品零售总额", "限额以上单位社会消费品零售总额",
            "货物进出口总额", "出口", "进口", "一般公共预算收入"])
    }

    @Test("a unit in the caption applies to every cell: 单位：亿元")
    func captionUnit() throws {
        let m = try extract(table(caption: "全市财政收支（单位：亿元）", rows: [
            [("项目", true), ("2024年", true)],
            [("一般公共预算收入", false), ("421.8", false)],
        ]))
        let cell = try #require(m.first { $0.subject == "一般公共预算收入" })
        #expect(cell.value == 42_180_000_000)
        #expect(cell.unit == "元")
        #expect(cell.kind == .money)
    }

    @Test("a cell that writes its own scale and unit: 175.65亿元, 3万人")
    func ownScaleAndUnit() throws {
        let m = try extract(table(caption: nil, rows: [
            [("项目", true), ("数量", true)],
            [("签约总额", false), ("175.65亿元", false)],
            [("引进人才", false), ("3万人", false)],
        ]))
        let money = try #require(m.first { $0.subject == "签约总额" })
        #expect(money.value == 17_565_000_000)
        #expect(money.unit == "元")
        #expect(money.kind == .money)
        let people = try #require(m.first { $0.subject == "引进人才" })
        #expect(people.value == 30_000)
        #expect(people.unit == "人")
    }

    @Test("cells are not read twice by the text scanner")
    func noDuplicates() throws {
        let m = try extract(table(caption: nil, rows: [
            [("指标", true), ("数量（个）", true)],
            [("人才工作站", false), ("20个", false)],
        ]))
        #expect(m.filter(\.kind.isQuantity).count == 1)
        #expect(m.first?.value == 20)
    }

    @Test("a 单位 column scales the row; a measuring header names it; # rows are parts of the total above")
    func unitColumnAndParts() throws {
        let m = try extract(table(caption: "表2 主要产品产量", rows: [
            [("产品名称", true), ("单位", true), ("产量", true), ("比上年增长（%）", true)],
            [("汽车", false), ("万辆", false), ("93.4", false), ("3.9", false)],
            [("#新能源汽车", false), ("万辆", false), ("20.5", false), ("-1.9", false)],
            [("#客车", false), ("辆", false), ("1200", false), ("2.0", false)],
            [("发电量", false), ("亿千瓦小时", false), ("663.8", false), ("0.0", false)],
        ]))
        let cars = try #require(m.first { $0.surface == "93.4" })
        #expect(cars.value == 934_000)
        #expect(cars.unit == "辆")
        #expect(cars.subject == "汽车产量")
        #expect(m.first { $0.surface == "20.5" }?.subject == "新能源汽车产量")
        #expect(m.first { $0.surface == "-1.9" }?.subject == "新能源汽车产量增长")
        #expect(m.first { $0.surface == "1200" }?.subject == "客车产量")
        let power = try #require(m.first { $0.surface == "663.8" })
        #expect(power.value == 66_380_000_000)
        #expect(power.unit == "千瓦小时")
        #expect(power.subject == "发电量")
    }

    @Test("an unmarked row after a total's 其中 part is another part only in the total's unit")
    func rowAfterPartsInAnotherUnit() throws {
        let m = try extract(table(caption: nil, rows: [
            [("指标名称", true), ("单位", true), ("1-10月", true)],
            [("一般公共预算收入", false), ("亿元", false), ("198.36", false)],
            [("其中：税收收入", false), ("亿元", false), ("143.27", false)],
            [("城镇新增就业", false), ("万人", false), ("4.36", false)],
            [("常住人口", false), ("万人", false), ("85.2", false)],
            [("其中：城镇", false), ("万人", false), ("52.1", false)],
            [("乡村", false), ("万人", false), ("33.1", false)],
        ]))
        #expect(m.first { $0.surface == "143.27" }?.subject == "税收收入")
        #expect(m.first { $0.surface == "4.36" }?.subject == "城镇新增就业")
        #expect(m.first { $0.surface == "33.1" }?.subject == "乡村常住人口")
    }

    @Test("rows named by year: the column names the figure and the year is its scope")
    func yearRows() throws {
        let m = try extract(table(caption: nil, rows: [
            [("年份", true), ("优良天数比例（%）", true)],
            [("2023年", false), ("88.1", false)],
            [("2024年", false), ("90.2", false)],
        ]))
        let last = try #require(m.first { $0.surface == "90.2" })
        #expect(last.subject == "优良天数比例")
        #expect(last.scope == "2024年")
        #expect(last.kind == .percent)
    }

    @Test("a leading row of years not flagged <th> heads the columns: its years are no counts, each cell is its year's")
    func yearColumnsUnflagged() throws {
        let m = try extract(table(caption: nil, rows: [
            [("单位：所、人", false)],
            [("指标", false), ("2021年", false), ("2022年", false), ("2023年", false)],
            [("学校数（所）", false), ("41", false), ("39", false), ("38", false)],
            [("专任教师数（人）", false), ("3120", false), ("3185", false), ("3207", false)],
        ]))
        #expect(!m.contains { $0.unit == "年" })
        let schools = m.filter { $0.subject.hasPrefix("学校数") }
        #expect(schools.count == 3)
        #expect(Set(schools.compactMap(\.scope)).count == 3)
        #expect(schools.first { $0.surface == "39" }?.scope?.contains("2022年") == true)
    }

    @Test("cells that each hold a column of entries (PDF-converted pages) are split into rows when the counts agree")
    func groupedCells() throws {
        let m = try extract(table(caption: nil, rows: [
            [("指标", true), ("单位", true), ("绝对数", true), ("比上年增长（%）", true)],
            [("货物周转量 #铁路 公路", false), ("亿吨公里\n亿吨公里\n亿吨公里", false), ("584.4\n105.5\n452.8", false),
             ("3.9\n-1.9\n4.7", false)],
        ]))
        let rail = try #require(m.first { $0.surface == "105.5" })
        #expect(rail.value == 10_550_000_000)
        #expect(rail.unit == "吨公里")
        #expect(rail.subject == "铁路货物周转量")
        #expect(m.first { $0.surface == "-1.9" }?.subject == "铁路货物周转量增长")
        #expect(m.first { $0.surface == "452.8" }?.subject == "公路货物周转量")
        #expect(m.filter { $0.kind.isQuantity }.count == 6)
    }

    @Test("cells whose entry counts disagree are not split")
    func groupedCellsDisagree() throws {
        let m = try extract(table(caption: nil, rows: [
            [("指标", true), ("单位", true), ("绝对数", true)],
            [("货物周转量 铁路", false), ("亿吨公里", false), ("584.4\n105.5", false)],
        ]))
        #expect(!m.contains { $0.surface == "105.5" })
    }

    @Test("a growth column without (%) is a rate, not the caption's 亿元")
    func growthWithoutPercent() throws {
        let m = try extract(table(caption: "全市财政收入（单位：亿元）", rows: [
            [("项目", true), ("金额", true), ("比上年增长", true)],
            [("税收收入", false), ("120.5", false), ("3.2", false)],
        ]))
        #expect(m.first { $0.surface == "120.5" }?.value == 12_050_000_000)
        let growth = try #require(m.first { $0.surface == "3.2" })
        #expect(growth.unit == "%")
        #expect(growth.value == 3.2)
        #expect(growth.subject == "税收收入增长")
    }
}
