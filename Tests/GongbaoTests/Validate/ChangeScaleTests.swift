import Foundation
@testable import Gongbao
import Testing

/// change-agrees on an amount of change whose 万/亿 dropped out, and a year-end stock against the year's start.
@Suite("Changes missing their scale word")
struct ChangeScaleTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年云溪市国民经济和社会发展统计公报\n\n"

    @Test("an increase with its 亿 missing beside its level and rate is reported at the increase, the scale named")
    func missingScale() throws {
        let text = Self.lead + "年末全市金融机构本外币各项存款余额5238.0亿元，比年初增加419.4元，增长8.7%。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["change-agrees"], "\(f)")
        #expect(f.first?.locations.first?.column == 32, "\(f)")
        #expect(f.first?.message.contains("419.4亿元") ?? false, "\(f)")
        // The same with 万 missing from a 万元 level.
        let wan = Self.lead + "年末全市住户存款余额8520.0万元，比年初增加0.0520万元，增长6.5%。\n"
        #expect(try Self.errors(wan).map(\.ruleID) == ["change-agrees"])
    }

    @Test("a year-end stock against the year's start: the right amount passes, a wrong rate is an error")
    func yearEndStock() throws {
        #expect(try Self.errors(Self.lead + "年末全市金融机构本外币各项存款余额5238.0亿元，比年初增加419.4亿元，增长8.7%。\n").isEmpty)
        let wrong = try Self.errors(Self.lead + "年末全市金融机构本外币各项存款余额5238.0亿元，比年初增加419.4亿元，增长9.7%。\n")
        #expect(wrong.map(\.ruleID) == ["change-agrees"], "\(wrong)")
        #expect(!(wrong.first?.message.contains("万/亿") ?? true))
    }

    @Test("not judged: a month's end against the year's start (its rate is year on year), a budget set at the year's start")
    func otherStarts() throws {
        #expect(try Self.errors(Self.lead + "6月末全市金融机构本外币各项存款余额5238.0亿元，比年初增加419.4亿元，增长11.2%。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "年末全市一般公共预算支出52.0亿元，比年初预算增加4.0亿元，增长15.0%。\n").isEmpty)
    }

    @Test("rescaled surfaces")
    func rescaled() {
        #expect(StatedBase.rescaled("419.4元", by: "亿") == "419.4亿元")
        #expect(StatedBase.rescaled("3.2万元", by: "万") == "3.2亿元")
        #expect(StatedBase.rescaled("3.2万元", by: "亿") == nil)
        #expect(StatedBase.rescaled("三千元", by: "亿") == nil)
    }
}
