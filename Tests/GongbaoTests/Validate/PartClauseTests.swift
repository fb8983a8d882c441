import Foundation
@testable import Gongbao
import Testing

/// part-exceeds-total on real text (the pipeline's own extraction): which parts make one list, and which
/// parts a 其中 names with its total's own generic subject.
@Suite("Parts of a 其中 clause")
struct PartClauseTests {
    typealias R = RuleUnitTests

    /// Findings of the whole pipeline on one text (PipelineOnText).
    static func findings(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" }
    }

    @Test("a sub-item of a part and a second breakdown, in later clauses, are not summed with the first part")
    func laterClausesNotSummed() throws {
        let f = try Self.findings("1-10月，全县固定资产投资完成246.79亿元，同比增长15.3%。其中第三产业投资完成119.90亿元，同比增长15.2%；"
            + "生产性服务业完成投资39.66亿元，占第三产业完成投资的33.1%；项目投资完成220.53亿元，占全部投资的89.4%。\n")
        #expect(f.isEmpty, "\(f)")
    }

    @Test("包括 opening its clause lists parts as 其中 does (主要包括 too); 包括 inside a clause names members")
    func includesOpensParts() throws {
        let list = "2025年市本级安排预算稳定调节基金2亿元，主要包括预备费余额0.4亿元、一般公共预算结余资金调入0.72亿元、调入资金0.88亿元。\n"
        #expect(try Self.findings(list).filter { $0.severity == .error }.isEmpty)
        for (from, to) in [("预备费余额0.4亿元", "预备费余额4.0亿元"), ("基金2亿元", "基金2千万元")] {
            let f = try Self.findings(list.replacingOccurrences(of: from, with: to)).filter { $0.severity == .error }
            #expect(!f.isEmpty, "\(to): \(f)")
        }
        let plain = "全市下达资金5亿元，包括中央资金6亿元。\n"
        #expect(try !Self.findings(plain).filter { $0.severity == .error }.isEmpty)
        let members = "全年签约项目投资额5亿元，涉及包括智能制造项目投资额8亿元在内的多个领域。\n"
        #expect(try Self.findings(members).filter { $0.severity == .error }.isEmpty)
    }

    @Test("a sibling of the total after its nested 其中 (第二产业投资…其中制造业投资…；第三产业投资) is no part of it")
    func siblingNotPart() throws {
        let f = try Self.findings("分产业看，第一产业投资3931亿元，同比增长19.1%；第二产业投资54596亿元，增长3.5%，其中制造业投资45379亿元，"
            + "增长4.9%；第三产业投资85801亿元，增长12.1%。\n")
        #expect(f.isEmpty, "\(f)")
        // A true part above its total is still caught.
        let g = try Self.findings("第二产业投资54596亿元，增长3.5%，其中制造业投资65379亿元，增长4.9%。\n")
        #expect(g.map(\.severity) == [.error], "\(g)")
        let partitions = [["出口", "进口"], ["城镇", "乡村"]]
        #expect(PartTotalRule.areSiblings("第二产业投资", "第三产业投资", partitions: partitions))
        #expect(PartTotalRule.areSiblings("城镇消费品零售额", "乡村消费品零售额", partitions: partitions))
        #expect(PartTotalRule.areSiblings("出口总额", "进口总额", partitions: partitions))
        #expect(!PartTotalRule.areSiblings("制造业投资", "第二产业投资", partitions: partitions))
        #expect(!PartTotalRule.areSiblings("国有控股投资", "固定资产投资", partitions: partitions))
        #expect(!PartTotalRule.areSiblings("省外到位资金", "实际到位资金", partitions: partitions))
    }

    @Test("the parts of one clause are still summed: 其中 A、B、C above the total is a warning")
    func oneClauseSummed() throws {
        let f = try Self.findings("全市共有科技创新平台50家，其中省重点实验室20家、省技术创新中心18家、市技术创新中心17家。\n")
        #expect(f.map(\.severity) == [.warning], "\(f)")
    }

    @Test("a 、 enumeration is summed whole even when its first two parts share a head by chance (高中, 初中 → 中)")
    func enumerationNotTrimmed() throws {
        let f = try Self.findings("全县共有中小学校56所，其中高中3所、初中12所、小学51所。\n")
        #expect(f.map(\.severity) == [.warning] && f.first?.message.contains("66所") == true, "\(f)")
        let clean = try Self.findings("全县共有中小学校56所，其中高中3所、初中12所、小学41所。\n")
        #expect(clean.isEmpty, "\(clean)")
    }

    @Test("a part with its total's generic subject: 全市共签约33个项目，其中阳新签约66个项目 is an error")
    func sameGenericSubject() throws {
        let f = try Self.findings("据了解，全市共签约33个项目，签约金额达175.65亿元，其中阳新签约66个项目，签约金额达126.4亿元。\n")
        #expect(f.contains { $0.severity == .error && $0.message.contains("66个") }, "\(f)")
        let clean = try Self.findings("据了解，全市共签约33个项目，签约金额达175.65亿元，其中阳新签约18个项目，签约金额达126.4亿元。\n")
        #expect(clean.isEmpty, "\(clean)")
    }
}

@Suite("Scale words")
struct ScaleWordTests {
    typealias R = RuleUnitTests

    @Test("one number, two scale words: 1.5万元 and 1.5千元 of one figure is a scale-slip error")
    func tenfold() {
        let d = R.doc("a.txt", [R.metric("社会保险基金其他收入", 15_000, "元", "1.5万元", line: 10, kind: .money),
                                R.metric("社会保险基金其他收入", 1_500, "元", "1.5千元", line: 40, kind: .money)])
        let f = R.validator.findings(in: [d])
        #expect(f.map(\.ruleID) == ["scale-slip", "scale-slip"])
        #expect(f.allSatisfy { $0.severity == .error })
        #expect(f.map { $0.message.contains("~10¹ apart, 万/千 confused?") || $0.message.contains("~10¹ apart, 千/万 confused?") }
                == [true, true], "\(f)")
    }

    @Test("亿 and 千万: 12.5亿元 and 12.5千万元 is a slip; 12.5亿元 and 125千万元 is the same figure")
    func thousandTenThousands() {
        let slip = R.doc("a.txt", [R.metric("签约资金", 1_250_000_000, "元", "12.5亿元", line: 3, kind: .money),
                                   R.metric("签约资金", 125_000_000, "元", "12.5千万元", line: 30, kind: .money)])
        #expect(R.validator.findings(in: [slip]).map(\.ruleID) == ["scale-slip", "scale-slip"])
        let same = R.doc("a.txt", [R.metric("签约资金", 1_250_000_000, "元", "12.5亿元", line: 3, kind: .money),
                                   R.metric("签约资金", 1_250_000_000, "元", "125千万元", line: 30, kind: .money)])
        #expect(R.validator.findings(in: [same]).isEmpty)
    }
}

@Suite("A part in the wrong scale")
struct PartScaleSlipTests {
    static func findings(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let sentence = "全市社会保险基金预算收入142.9亿元，增长8.6%。其中，保险费收入74.1亿元，利息收入0.8亿元，财政补贴收入65.8亿元，其他收入1.5亿元，转移收入0.7亿元。\n"

    @Test("a complete breakdown adds up: no finding")
    func clean() throws {
        #expect(try Self.findings(Self.sentence).isEmpty)
    }

    @Test("one part in 万 makes the parts fall short; in 亿 they add up: a scale-slip error on that part")
    func slipped() throws {
        let f = try Self.findings(Self.sentence.replacingOccurrences(of: "其他收入1.5亿元", with: "其他收入1.5万元"))
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("only with 1.5亿元") == true, "\(f)")
    }

    @Test("parts that fall short either way (an incomplete list) say nothing")
    func incomplete() throws {
        let f = try Self.findings(Self.sentence.replacingOccurrences(of: "财政补贴收入65.8亿元，", with: "")
            .replacingOccurrences(of: "其他收入1.5亿元", with: "其他收入1.5万元"))
        #expect(f.isEmpty, "\(f)")
    }
}
