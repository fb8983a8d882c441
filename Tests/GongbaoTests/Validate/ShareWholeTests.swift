import Foundation
@testable import Gongbao
import Testing

/// share-agrees finding the whole a share names: without the verbs the whole's own statement leaves out
/// (shares.fillers), not a per-head figure, and past a subject that ran into a caption's words.
@Suite("Share wholes")
struct ShareWholeTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2016年1-10月德清县固定资产投资运行情况\n\n"

    @Test("占第三产业完成投资的比重 names 第三产业投资: 完成 is a filler, not a completion rate")
    func fillers() throws {
        let text = "1-10月，第三产业投资119.90亿元，增长15.2%。生产性服务业完成投资39.66亿元，占第三产业完成投资的比重为X%。\n"
        let wrong = try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "43.1"))
        #expect(wrong.map(\.ruleID) == ["share-agrees"], "\(wrong)")
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "33.1")).isEmpty)
    }

    @Test("a per-head figure is no whole of a total's share; a caption's 增长 before the part's name makes no growth rate")
    func perHeadAndCaption() throws {
        let text = "全年地区生产总值24763.6亿元，增长5.8%。人均地区生产总值115155元，增长5.5%。全年民营经济增加值12528.9亿元，占地区生产总值的比重为X%。\n"
        #expect(try Self.errors("2025年成都市统计公报\n\n" + text.replacingOccurrences(of: "X", with: "50.6")).isEmpty)
        #expect(try Self.errors("2025年成都市统计公报\n\n" + text.replacingOccurrences(of: "X", with: "60.6")).map(\.ruleID) == ["share-agrees"])
    }

    @Test("占总数/占总面积 names the total the part is a kind of, or the measure after 总, stated before it in the paragraph")
    func shareOfTheTotal() throws {
        let lead = "2019年教育事业统计公报\n\n"
        let teachers = "全区幼儿园职工1882人，比上年增加91人，其中专任教师1218人，比上年增加43人。学前教育专业毕业的专任教师968人，占总数的X%。\n"
        #expect(try Self.errors(lead + teachers.replacingOccurrences(of: "X", with: "79.47")).isEmpty)
        #expect(try Self.errors(lead + teachers.replacingOccurrences(of: "X", with: "89.47")).map(\.ruleID) == ["share-agrees"])
        let area = "全区幼儿园占地面积37.33万平方米，比上年减少2.81万平方米；运动场地面积13.83万平方米，占总面积的X%。\n"
        #expect(try Self.errors(lead + area.replacingOccurrences(of: "X", with: "37.06")).isEmpty)
        #expect(try Self.errors(lead + area.replacingOccurrences(of: "X", with: "47.06")).map(\.ruleID) == ["share-agrees"])
        // A part that is no kind of the figure before it, and 总数 naming no measure: the whole is not known.
        #expect(try Self.errors(lead + "全区教职工1882人。女教师968人，占总数的89.47%。\n").isEmpty)
    }
}
