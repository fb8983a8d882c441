import Foundation
import Testing
import Gongbao

/// Units written where the measure word usually is not: before the number (服务人次5200万), in a scaled rate
/// (公里/万平方公里); and grades that bound a class (三级及以上) rather than count. Invented examples.
@Suite("Unit forms")
struct UnitFormsTests {
    func metrics(_ text: String) throws -> [Metric] {
        try Extractor().metrics(inText: text)
    }

    @Test("a scaled number closing its clause takes the two-letter unit its label ends on")
    func labelUnit() throws {
        let m = try metrics("全年博物馆接待人次3.2亿，增长8.1%；讲座参加人次4260万。\n")
        #expect(m.first { $0.value == 320_000_000 }?.unit == "人次")
        #expect(m.first { $0.value == 42_600_000 }?.unit == "人次")
        // Before a noun the scaled number counts that noun; a one-letter word before it is no unit.
        let plain = try metrics("惠及农户3万户，个人2万。\n")
        #expect(plain.first { $0.value == 20_000 }?.unit == nil)
    }

    @Test("a rate's denominator may be scaled: 公里/万平方公里 is one unit")
    func scaledDenominator() throws {
        let m = try metrics("公路网密度达到58.3公里/百平方公里，增加1.2公里/百平方公里。\n")
        #expect(m.first { $0.value == 58.3 }?.unit == "公里/百平方公里")
        #expect(m.first { $0.value == 1.2 }?.unit == "公里/百平方公里")
    }

    @Test("a grade bounded by 及以上/以上 before a figure names its class, not a count")
    func gradeBound() throws {
        let m = try metrics("四级及以上航道里程2.3万公里，二级以上公路新增560公里。\n")
        #expect(!m.contains { $0.unit == "级" })
        let length = try #require(m.first { $0.value == 23_000 })
        #expect(length.subject.contains("四级及以上航道"))
        // A grade standing for itself still counts: 提升两级。
        let alone = try metrics("全市应急响应等级提升至三级以上。\n")
        #expect(alone.contains { $0.unit == "级" })
    }
}
