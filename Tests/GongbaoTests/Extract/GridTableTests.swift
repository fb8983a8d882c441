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
}
