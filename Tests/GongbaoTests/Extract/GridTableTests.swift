import Foundation
import Testing
import Gongbao

/// Tables written one row a line that the tab grammar leaves (`FlattenedTableReader+Grid`): a header of two rows, units
/// in the row names or on a 单位 line, cells parted by single spaces. Invented examples of each layout, and of text that
/// must not be read as a table.
@Suite("Grid tables")
struct GridTableTests {
    func metrics(_ text: String) throws -> [Metric] {
        try Extractor().metrics(inText: text)
    }

    func cell(_ m: [Metric], _ surface: String) -> Metric? {
        m.first { $0.surface == surface }
    }

    @Test("bar rows: a header of two rows merged per column from the right, units from the row names, —— and … empty")
    func barTwoRowHeader() throws {
        let text = "| 指标 | 9月 | 1-9月 | 1-9月 |\n| | | | 同比增长(%) |\n"
            + "| 财政收入(万元) | 3520 | 30215 | 8.2 |\n| 其中:税收收入 | 2810 | 24110 | 6.5 |\n"
            + "| 工业用水量(万吨) | … | 51230 | -1.2 |\n| 城镇新增就业(人) | —— | 1890 | 3.0 |\n| 注:本表数据为快报数。 | |||\n"
        let m = try metrics(text)
        #expect(cell(m, "30215")?.value == 302_150_000)
        #expect(cell(m, "30215")?.unit == "元")
        // The row below a row with a unit keeps it; the change column's own % wins over the row's 万元.
        #expect(cell(m, "24110")?.value == 241_100_000)
        #expect(cell(m, "6.5")?.unit == "%")
        #expect(cell(m, "-1.2")?.kind == .percent)
        #expect(cell(m, "51230")?.unit == "吨")
        #expect(cell(m, "1890")?.unit == "人")
        // Ten figures: the empty cells (…, ——) give none.
        #expect(m.filter { $0.kind != .date }.count == 10)
    }

    @Test("space-parted rows naming their units in brackets, with no unit line: a bilingual yearbook's table")
    func rowUnitsWithoutUnitLine() throws {
        let text = "表5 社区服务发展情况\n指标 Item 2021 2022 2023\n\n一、服务机构\nService Institutions\n"
            + "社区服务中心 (个) Community Service Centers (unit) 2650 2718 2804\n"
            + "志愿者 (万人) Volunteers (10,000 persons) - 31.5 40.2\n"
            + "服务经费 (亿元) Funds (100 million yuan) 12.6 13.1 -\n二、培训\nTraining\n"
            + "培训人员 (人次) Persons Trained (person-time) 8120 9033 9410\n三、其他\n"
        let m = try metrics(text)
        // A row alone between section lines is read when a run of two rows has as many values.
        #expect(cell(m, "9033")?.unit == "人次")
        #expect(cell(m, "2718")?.unit == "个")
        #expect(cell(m, "2718")?.subject == "社区服务中心")
        #expect(cell(m, "31.5")?.value == 315_000)
        #expect(cell(m, "31.5")?.unit == "人")
        #expect(cell(m, "13.1")?.value == 1_310_000_000)
        #expect(cell(m, "13.1")?.kind == .money)
        // Ten cells (the - cells give none); the glosses' numbers (10,000, 100) are no figures.
        #expect(m.filter { $0.kind != .date && $0.kind != .ordinal }.count == 10)
        // One such row alone is no table, and prose that ends on numbers after a bracket is not read as one.
        let prose = "全市共有社区服务中心 (个) 2650 2718\n今年新建养老服务设施（处）12个，完成投资（亿元）3.6亿元。\n"
        #expect(try metrics(prose).filter { $0.surface == "2718" }.isEmpty)
    }

    @Test("the set-23 layout: a title row, 6月 | 1-6月累计 | 累计 over 增长%, a cell writing its own unit")
    func barMonthlyBulletin() throws {
        let text = "| 6、工业企业经济效益 | |||\n| 5月 | 1-5月累计 | 累计 | |\n| 增长% | |||\n"
            + "| 企业个数(个) | —— | 3725 | 0.1 |\n| 亏损面(%) | —— | 32.86 | 10.17个百分点 |\n| 利润总额(亿元) | —— | 71.88 | -16.4 |\n"
            + "| 营业收入 | —— | 1764.24 | -13.3 |\n"
        let m = try metrics(text)
        #expect(cell(m, "3725")?.unit == "个")
        #expect(cell(m, "0.1")?.unit == "%")
        #expect(cell(m, "10.17")?.unit == "个百分点")
        #expect(cell(m, "71.88")?.value == 7_188_000_000)
        #expect(cell(m, "1764.24")?.unit == "元")
        #expect(cell(m, "-16.4")?.direction == nil)
    }

    @Test("spaces between cells under a 单位 line: one unit per column, indented rows are parts, a year row dates them")
    func spaceAligned() throws {
        let text = "表4 各镇常住人口\n\n单位:户、人、人\n地区 户数 男性 女性\n2020年\n合计 12050 20311 19870\n"
            + "城关镇 5020 8800 8650\n  东街社区 2010 3500 3400\n新华乡 3100 5500 5300\n\n全镇常住人口中,男性人口为20311人。\n"
        let m = try metrics(text)
        #expect(cell(m, "12050")?.unit == "户")
        #expect(cell(m, "8800")?.unit == "人")
        #expect(cell(m, "3400")?.unit == "人")
        #expect(m.filter { $0.surface == "20311人" }.count == 1)
        #expect(m.filter { $0.unit == "人" || $0.unit == "户" }.count == 13)
    }

    @Test("one unit for every column, and a header with the row-name column's word (品种 is not one: 产量 比上年增长)")
    func oneUnitLine() throws {
        let text = "表1 主要农产品产量\n单位:万吨\n品种 产量 比上年增长(%)\n粮食 35.2 2.1\n  稻谷 20.1 1.5\n油料 3.4 —\n"
        let m = try metrics(text)
        #expect(cell(m, "35.2")?.value == 352_000)
        #expect(cell(m, "2.1")?.unit == "%")
        #expect(cell(m, "3.4")?.unit == "吨")
    }

    @Test("not tables: a one-column list under 单位, wrapped prose with runs of spaces, bars with no unit anywhere")
    func notTables() throws {
        let list = try metrics("单位：万元\n一般公共预算支出\n3250\n基本支出\n2100\n")
        #expect(list.isEmpty)
        let prose = try metrics("单位：万元\n全年完成  投资  5.2 亿元  增长  3%\n")
        #expect(cell(prose, "5.2 亿元")?.value == 520_000_000 || prose.allSatisfy { $0.unit != "元" || $0.value == 520_000_000 })
        let bare = try metrics("| 地区 | 人口 |\n| 甲县 | 12 |\n| 乙县 | 15 |\n")
        #expect(bare.isEmpty)
    }

    @Test("a one-cell title row over a header that opens with the row-name column's word; the title's unit reaches cells")
    func titleRowAboveStubHeader() throws {
        let text = "| 主要经济指标(亿元) |\n| 指标 | 3月 | 1-3月 | 同比增长(%) |\n"
            + "| 地区生产总值 | —— | 412.6 | 5.3 |\n| 一般公共预算收入 | 9.8 | 30.1 | -2.4 |\n"
        let m = try metrics(text)
        #expect(cell(m, "412.6")?.value == 41_260_000_000)
        #expect(cell(m, "30.1")?.unit == "元")
        #expect(cell(m, "-2.4")?.unit == "%")
        #expect(cell(m, "412.6")?.subject.contains("主要经济指标") == false)
    }

    @Test("a composition table with no unit anywhere: its cells are shares; a points column with or without brackets")
    func compositionTable() throws {
        let text = "| 二、三次产业构成 |\n| 上半年 | 比上年同期增减百分点 |\n"
            + "| 第一产业 | 6.2 | -0.4 |\n| 第二产业 | 41.5 | 1.1 |\n| 第三产业 | 52.3 | -0.7 |\n"
            + "| 三、就业构成 |\n| 2023年 | 2024年 | 增减百分点 |\n| 农业 | 30.2 | 28.9 | -1.3 |\n| 工业 | 29.5 | 30.0 | 0.5 |\n"
        let m = try metrics(text)
        #expect(cell(m, "41.5")?.unit == "%")
        #expect(cell(m, "41.5")?.kind == .percent)
        #expect(cell(m, "-0.4")?.unit == "个百分点")
        #expect(cell(m, "28.9")?.unit == "%")
        #expect(cell(m, "-1.3")?.unit == "个百分点")
        #expect(cell(m, "-1.3")?.subject.contains("百分点") == false)
        // Points in brackets (百分点 written without 个) are the same unit.
        let bracketed = try metrics("| 指标 | 上半年(%) | 比上年同期增减(百分点) |\n| 第一产业 | 6.2 | -0.4 |\n| 第二产业 | 41.5 | 1.1 |\n")
        #expect(cell(bracketed, "-0.4")?.unit == "个百分点")
        // The title may stand on a line of its own above the bars.
        let own = try metrics("全县经济结构继续优化。\n表2 2024年三次产业结构\n| 指标 | 2024年 | 2023年 |\n| 第一产业 | 7.9 | 8.3 |\n"
            + "| 第二产业 | 38.4 | 37.8 |\n| 第三产业 | 53.7 | 53.9 |\n")
        #expect(cell(own, "38.4")?.unit == "%")
        #expect(cell(own, "8.3")?.unit == "%")
        // A table of figures with no unit and no composition in its title stays unread.
        let bare = try metrics("| 一、主要指标 |\n| 指标 | 2023年 | 2024年 |\n| 甲 | 12 | 15 |\n| 乙 | 7 | 9 |\n")
        #expect(bare.filter { $0.kind != .date }.isEmpty)
    }

    @Test("a row's bracket that is no unit stops the unit of the rows above; a gloss (含…) keeps it")
    func rowBracketNoUnit() throws {
        let text = "| 指标 | 2024年 | 比上年增长(%) |\n| 城镇居民人均可支配收入(元) | 45210 | 5.1 |\n"
            + "| 其中:工资性收入(含奖金) | 26800 | 4.8 |\n| 居民消费价格指数(上年=100) | 100.4 | —— |\n| 商品零售价格指数 | 99.6 | —— |\n"
        let m = try metrics(text)
        #expect(cell(m, "26800")?.unit == "元")
        #expect(cell(m, "100.4") == nil || cell(m, "100.4")?.unit != "元")
        #expect(cell(m, "99.6") == nil || cell(m, "99.6")?.unit != "元")
        #expect(cell(m, "5.1")?.unit == "%")
    }

    @Test("a table of places (stub 地区): an indented row is an area within the row above, named by itself")
    func areaRowsNamedAlone() throws {
        let text = "表5 各乡镇耕地面积\n单位:公顷、%\n地区 耕地面积 比重\n全县 18230 100\n东区 9120 50.03\n"
            + "  城东镇 5110 28.03\n  柳林乡 4010 22.00\n西区 9110 49.97\n  河口镇 9110 49.97\n"
        let m = try metrics(text)
        #expect(cell(m, "5110")?.subject.hasPrefix("城东镇") == true)
        #expect(cell(m, "5110")?.subject.contains("东区") == false)
        #expect(cell(m, "22.00")?.subject.contains("东区") == false)
        #expect(cell(m, "9120")?.subject.hasPrefix("东区") == true)
        // Outside a table of places an indented row is still a part of the row above (铁路 of 货运量).
        let parts = try metrics("单位:万吨\n指标 2024年\n货运量 5210\n  铁路 1200\n  公路 4010\n")
        #expect(cell(parts, "1200")?.subject == "铁路货运量")
    }

    @Test("one cell a line between lines of a bar alone: rows rebuilt from a name and the values after it")
    func cellPerLineBetweenBars() throws {
        let text = "（截至2024年6月底）\n|\n2024年6月\n|\n2023年6月\n|\n2023年底\n|\n登记企业 (户) *\n|\n1,204\n|\n1,187\n|\n1,199\n|\n"
            + "注册资本 (亿元)\n|\n35.6\n|\n33.2\n|\n—\n|\n从业人员 (人)\n|\n8,410\n|\n8,022\n|\n8,300\n|\n* 含迁入企业。\n"
        let m = try metrics(text)
        #expect(cell(m, "1,187")?.value == 1187)
        #expect(cell(m, "1,187")?.unit == "户")
        #expect(cell(m, "1,187")?.subject == "登记企业")
        #expect(cell(m, "33.2")?.value == 3_320_000_000)
        #expect(cell(m, "33.2")?.kind == .money)
        #expect(cell(m, "8,300")?.unit == "人")
        // Eight figures: the empty cell (—) gives none.
        #expect(m.filter { ["1,204", "1,187", "1,199", "35.6", "33.2", "8,410", "8,022", "8,300"].contains($0.surface) }.count == 8)
    }

    @Test("one cell a line, each closed by a bar, under a header of bare years; a list with bars is no table")
    func cellPerLineClosedByBars() throws {
        let text = "项目 |\n2021 |\n2022 |\n2023 |\n粮食产量(万吨) |\n61.2 |\n63.5 |\n64.1 |\n"
            + "油料产量(万吨) |\n3.2 |\n3.4 |\n3.3 |\n"
        let m = try metrics(text)
        #expect(cell(m, "63.5")?.value == 635_000)
        #expect(cell(m, "63.5")?.unit == "吨")
        #expect(cell(m, "63.5")?.subject == "粮食产量")
        #expect(cell(m, "3.3")?.unit == "吨")
        // A menu written with bars, and a name with one number after it, are no rows.
        let menu = "首页 |\n新闻 |\n公告 |\n办事 |\n互动 |\n数据 |\n2024 |\n"
        #expect(try metrics(menu).filter { $0.surface == "2024" && $0.kind != .date }.isEmpty)
    }

    @Test("bar rows named by a year: each cell named by its column and dated by its row; empty years pass")
    func barRowsNamedByYears() throws {
        let text = "| 年份 | 年末人口 (万人) | 出生率 (‰) | 城镇化率 (%) |\n|---|---|---|---|\n| 2024 | | | |\n"
            + "| 2023 | 86.4 | 7.12 | 61.3 |\n| 2022 | 85.9 | 7.45 | 60.2 |\n"
        let m = try metrics(text)
        #expect(cell(m, "86.4")?.value == 864_000)
        #expect(cell(m, "86.4")?.unit == "人")
        #expect(cell(m, "86.4")?.subject == "年末人口")
        #expect(cell(m, "60.2")?.unit == "%")
        #expect(cell(m, "60.2")?.subject == "城镇化率")
    }

    @Test("bar rows opening with a serial number the header does not name")
    func barRowsWithSerialNumbers() throws {
        let text = "| 地区 | 当月产量(万吨) | 累计产量(万吨) | 累计增长(%) |\n|---|---|---|---|\n"
            + "| 1 | 甲省 | 0.52 | 6.31 | -2.5 |\n| 2 | 乙省 | 3.77 | 63.45 | 4.1 |\n"
        let m = try metrics(text)
        #expect(cell(m, "63.45")?.value == 634_500)
        #expect(cell(m, "63.45")?.subject == "乙省累计产量")
        #expect(cell(m, "-2.5")?.unit == "%")
    }

    @Test("bar rows written without their opening bar, under a rule line")
    func barRowsWithoutOpeningBar() throws {
        let text = "指标 | 2023年 | 2022年 |\n---|---|---|\n地区生产总值(亿元) | 8970.5 | 8085.4 |\n最终消费率(%) | 50.3 | 50.6 |\n"
        let m = try metrics(text)
        #expect(cell(m, "8085.4")?.value == 808_540_000_000)
        #expect(cell(m, "8085.4")?.subject == "地区生产总值")
        #expect(cell(m, "50.6")?.unit == "%")
        // A line of links parted by bars is no row.
        let menu = "首页 | 新闻 | 公告 |\n服务热线 | 12345 | 0571 |\n"
        #expect(try metrics(menu).filter { $0.surface == "12345" }.isEmpty)
    }

    @Test("a traditional document's table: a unit written in traditional script (隻) is read, and kept as written")
    func traditionalUnitInTable() throws {
        let text = "這個月的市場概況數據為以下數字，證券總數較上年減少。\n| 項目 | 2024年 | 2023年 |\n|---|---|---|\n"
            + "| 上市證券 (隻) | 14,141 | 16,625 |\n| 衍生權證 (隻) | 5,819 | 7,678 |\n"
        let m = try metrics(text)
        #expect(cell(m, "16,625")?.value == 16625)
        #expect(cell(m, "16,625")?.unit == "隻")
        #expect(cell(m, "5,819")?.unit == "隻")
    }
}
