import Foundation
import Testing
@testable import Gongbao

/// Session 21's blind set 26 (a Macao paper writing every figure in Chinese numerals) found that a Chinese numeral
/// with a decimal point and a scale after it (一千五百二十八點一七萬人次, 三十三点九亿元) was read as nothing, as was 两千余万
/// (a scale after 余), and that 九十五點二十九 writes the decimals as a number of two places. Also basis points.
@Suite("Chinese numerals with decimals, scales after 余, basis points")
struct ChineseDecimalNumeralTests {
    static let extractor = try! Extractor()

    @Test("a Chinese decimal numeral takes the scale after it", arguments: [
        ("旅游收入三十三点九亿元。", "3390000000", "元"),
        ("累計接待遊客一千五百二十八點一七萬人次。", "15281700", "人次"),
        ("门票收入二亿九千三百六十点一一万元。", "293601100", "元"),
        ("总投资一点六万亿元。", "1600000000000", "元"),
        ("接待游客三点五万人次。", "35000", "人次"),
        ("二千四百二十六點○八萬人次。", "24260800", "人次"),
        ("客运量二点五亿人次。", "250000000", "人次"),
    ])
    func decimalWithScale(_ text: String, _ value: String, _ unit: String) throws {
        let m = try #require(Self.extractor.metrics(inText: text).first { $0.kind.isQuantity })
        #expect(m.value.plainString == value)
        #expect(m.unit == unit)
    }

    @Test("decimals written as a number of two places", arguments: [
        ("同比增長百分之九十五點二十九。", "95.29"),
        ("為去年同期的一點二十九倍。", "1.29"),
    ])
    func twoPlaceDecimals(_ text: String, _ value: String) throws {
        let m = try #require(Self.extractor.metrics(inText: text).first { $0.kind != .date })
        #expect(m.value.plainString == value)
    }

    @Test("a time is no decimal: 三点五十分 stays a time")
    func timeStaysTime() {
        let values = Self.extractor.metrics(inText: "下午三点五十分，会议开幕。").map { $0.value.plainString }
        #expect(!values.contains("3.5") && !values.contains("3.05"), "\(values)")
    }

    @Test("a Chinese numeral's 万 or 亿 after 余 scales it", arguments: [
        ("接待游客两千余万人次。", "20000000", "人次"),
        ("接待遊客兩千余萬人次。", "20000000", "人次"),
        ("完成投资十余亿元。", "1000000000", "元"),
    ])
    func scaleAfterYu(_ text: String, _ value: String, _ unit: String) throws {
        let m = try #require(Self.extractor.metrics(inText: text).first { $0.kind.isQuantity })
        #expect(m.value.plainString == value)
        #expect(m.unit == unit)
        #expect(m.qualifiers.contains(.moreThan))
    }

    @Test("basis points are a rate's change, kept as written")
    func basisPoints() throws {
        let m = try #require(Self.extractor.metrics(inText: "一般贷款加权平均利率同比下降32个基点。").first { $0.kind.isQuantity })
        #expect(m.value.plainString == "32")
        #expect(m.unit == "个基点")
        #expect(m.kind == .percent)
    }
}
