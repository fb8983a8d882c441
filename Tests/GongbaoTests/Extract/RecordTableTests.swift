import Foundation
import Testing
import Gongbao

/// Tables written as records, one field a line (年份:2007 ↵ 预算(元):3,509亿): invented examples, and lines that must
/// not be read as fields.
@Suite("Record tables")
struct RecordTableTests {
    func metrics(_ text: String) throws -> [Metric] {
        try Extractor().metrics(inText: text)
    }

    @Test("a field's unit stands in its name's bracket; the value's scale word multiplies it; the record's year scopes it")
    func fieldsWithUnitInName() throws {
        let m = try metrics("年份:2019\n预算(元):1,250亿\n实际支出(元):—\n年份:2018\n预算(元):1,100亿\n实际支出(元):1,180亿\n")
        let budget = try #require(m.first { $0.surface == "1,250亿" })
        #expect(budget.value == 125_000_000_000)
        #expect(budget.unit == "元")
        #expect(budget.subject == "预算")
        #expect(budget.scope == "2019年")
        let spent = try #require(m.first { $0.surface == "1,180亿" })
        #expect(spent.subject == "实际支出")
        #expect(spent.unit == "元")
        #expect(spent.scope == "2018年")
        // The record's year is no figure.
        #expect(!m.contains { $0.value == 2019 && $0.kind != .date })
    }

    @Test("a key:value line with the unit in the key's bracket, full-width marks")
    func keyValueLine() throws {
        let m = try metrics("地区生产总值（亿元）：3509.2\n常住人口（万人）：126\n")
        let gdp = try #require(m.first { $0.surface == "3509.2" })
        #expect(gdp.value == 350_920_000_000)
        #expect(gdp.unit == "元")
        #expect(gdp.subject == "地区生产总值")
        #expect(m.first { $0.surface == "126" }?.value == 1_260_000)
    }

    @Test("no field: a bracket that is no unit, words after the value, a sentence in the name")
    func notFields() throws {
        let m = try metrics("居民消费价格指数(上年=100):102.1\n税收收入(不含基金):35\n总量(亿元):12.5左右\n")
        #expect(!m.contains { $0.value == 102.1 && $0.unit != nil })
        #expect(!m.contains { $0.value == 35 && $0.unit != nil })
        #expect(!m.contains { $0.value == 1_250_000_000 })
    }
}
