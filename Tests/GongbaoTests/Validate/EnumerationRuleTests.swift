import Foundation
@testable import Gongbao
import Testing

/// enumeration-count-agrees: a count announcing a 一是 list must be as long as the list.
@Suite("A count announcing a list")
struct EnumerationRuleTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "临川市人民政府工作报告\n\n"

    @Test("three announced, four listed (or two): an error on the count")
    func disagreeing() throws {
        let four = Self.lead + "今年重点抓好三项工作：一是稳增长；二是促改革；三是惠民生；四是防风险。\n"
        #expect(try Self.errors(four).map(\.ruleID) == ["enumeration-count-agrees"])
        let two = Self.lead + "新政分三大板块，一是加强载体平台建设，\n\n二是强化人才作用。\n\n下一步，全区将继续优化服务。\n"
        #expect(try Self.errors(two).map(\.ruleID) == ["enumeration-count-agrees"])
    }

    @Test("the look-alikes: a list as long as its count, a count far from the list, a lone 一是, a new list after it")
    func agreeing() throws {
        #expect(try Self.errors(Self.lead + "今年重点抓好四项工作：一是稳增长；二是促改革；三是惠民生；四是防风险。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "新政分三大板块，一是加强载体平台建设，\n\n二是强化人才作用，三是优化服务。\n").isEmpty)
        // The count is no announcement of the list: other words stand between.
        #expect(try Self.errors(Self.lead + "全年新建三个产业园区，园区建设取得积极进展。主要做法：一是规划先行；二是招商跟进。\n").isEmpty)
        // A lone 一是 (the rest in other words) says nothing of the list's length.
        #expect(try Self.errors(Self.lead + "重点抓好三项工作：一是稳增长，同时促改革、惠民生。\n").isEmpty)
        // A second list (一是 again) ends the first one.
        #expect(try Self.errors(Self.lead + "抓好两项工作：一是稳增长；二是促改革。存在问题：一是投资不足；二是消费偏弱；三是就业承压。\n").isEmpty)
    }

    @Test("list lengths as bytes: 十一是 and 十二是 are items eleven and twelve, not a restart or item two")
    func lengths() {
        let items = (1...12).map { String(decoding: EnumerationRule.ordinals[$0 - 1], as: UTF8.self) + "事项；" }.joined()
        #expect(EnumerationRule.listLength(Array(("，" + items).utf8), after: 0) == 12)
        #expect(EnumerationRule.listLength(Array("，一是甲；二是乙。".utf8), after: 0) == 2)
        #expect(EnumerationRule.listLength(Array("，2个，一是甲；二是乙。".utf8), after: 0) == nil)
    }
}
