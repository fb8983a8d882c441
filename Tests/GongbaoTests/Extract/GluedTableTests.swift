import Foundation
import Testing
import Gongbao

/// Tables whose cells a page wrote together (名称单位数量, 护理员万人2.35): invented examples, and prose that must stay
/// prose.
@Suite("Glued tables")
struct GluedTableTests {
    func metrics(_ text: String) throws -> [Metric] {
        try Extractor().metrics(inText: text)
    }

    @Test("under a header naming a unit column, a row's trailing number takes the unit cell written before it")
    func unitCellBeforeValue() throws {
        let text = "某区2023年二季度福利统计表\n指标名称单位数量\n一、福利事业费支出亿元12.6\n二、基层区划\n    街道88\n"
            + "    镇41\n三、服务队伍\n    护理员万人2.35\n    护理补贴标准元/人·年9,360.0\n    上门探访万人次0.8\n"
            + "    空置床位万张\n    志愿服务站1,204\n"
        let m = try metrics(text)
        let money = try #require(m.first { $0.value == 1_260_000_000 })
        #expect(money.unit == "元")
        #expect(money.subject == "福利事业费支出")
        let streets = try #require(m.first { $0.value == 88 })
        #expect(streets.unit == nil)
        // A row indented under a label line is named within it.
        #expect(streets.subject == "基层区划：街道")
        #expect(m.first { $0.value == 41 }?.subject == "基层区划：镇")
        let carers = try #require(m.first { $0.value == 23_500 })
        #expect(carers.unit == "人")
        #expect(carers.subject == "服务队伍：护理员")
        let rate = try #require(m.first { $0.value == 9360 })
        #expect(rate.unit == "元")
        #expect(rate.subject == "服务队伍：护理补贴标准（元/人·年）")
        #expect(m.first { $0.value == 8000 }?.unit == "人次")
        // The name ends on a measure word (站): no unit cell, the whole name is the row's.
        let stations = try #require(m.first { $0.value == 1204 })
        #expect(stations.subject == "服务队伍：志愿服务站")
        #expect(stations.unit == nil)
        // The empty row (床位万张) and the section lines give nothing.
        #expect(m.filter { $0.kind != .date }.count == 7)
    }

    @Test("rows under a label line whose name continues the label's words continue it; a header's spaced value columns")
    func sectionsAndValueColumns() throws {
        let m = try metrics("指标名称单位数量\n  城镇居民救助\n     居民救助人数万人1.5\n  乡村居民救助\n     居民救助人数万人0.9\n")
        #expect(m.first { $0.value == 15_000 }?.subject == "城镇居民救助人数")
        #expect(m.first { $0.value == 9000 }?.subject == "乡村居民救助人数")
    }

    @Test("a header with spaced value columns: each row's values in order")
    func twoValueColumns() throws {
        let m = try metrics("指标 单位 本月 累计\n救助人数万人1.2 3.4\n临时救助人次650 1,980\n")
        #expect(m.contains { $0.value == 12_000 && $0.unit == "人" })
        #expect(m.contains { $0.value == 34_000 && $0.unit == "人" })
        #expect(m.contains { $0.value == 1980 && $0.unit == "人次" })
    }

    @Test("a letter-spaced header (指 标 单 位 数 量) and rows parted by spaces: the token before the value is the unit cell")
    func letterSpacedHeaderSpacedRows() throws {
        let m = try metrics("某市福利统计季报\n指 标 单 位 数 量\n一、综合\n1.区划\n村 个 318\n\n社区 个 42\n"
            + "福利费支出 亿元 12.6\n每千人口床位数 张/千人 4.1\n")
        // A lone measure word set off by spaces is the unit cell, not the end of the name (村 个 318 → 318 个 村).
        let villages = try #require(m.first { $0.value == 318 })
        #expect(villages.unit == "个")
        #expect(villages.subject.hasSuffix("村"))
        #expect(!villages.subject.contains("个"))
        #expect(m.first { $0.value == 42 }?.unit == "个")
        #expect(m.first { $0.value == 1_260_000_000 }?.unit == "元")
        let rate = try #require(m.first { $0.value == 4.1 })
        #expect(rate.unit == "张")
        #expect(rate.subject.contains("每千人口床位数"))
        // The header's value column is 数量, one column (its letters are not two columns 数 and 量).
        #expect(m.filter { $0.kind != .date }.count == 4)
    }

    @Test("a letter-spaced line that spells no value column is no header")
    func letterSpacedNonHeader() throws {
        let m = try metrics("指 标 单 位 好 坏\n村 个 318\n社区 个 42\n")
        #expect(!m.contains { $0.value == 318 && $0.unit == "个" })
    }

    @Test("prose is never read as glued rows: no header, or a sentence after the header")
    func proseStaysProse() throws {
        let plain = try metrics("全区共有养老服务站1204个。\n街道88个，镇41个。\n")
        #expect(plain.first { $0.value == 1204 }?.unit == "个")
        let after = try metrics("指标名称单位数量\n今年共接待游客1.2万人次，比上年增长5.1%。\n")
        let visitors = try #require(after.first { $0.value == 12_000 })
        #expect(visitors.unit == "人次")
        #expect(after.contains { $0.value == 5.1 && $0.unit == "%" })
        // A heading holding 单位 but naming no value column is no header.
        let heading = try metrics("用人单位情况\n企业用工人数8.8万人\n")
        #expect(heading.first?.surface == "8.8万人")
    }
}
