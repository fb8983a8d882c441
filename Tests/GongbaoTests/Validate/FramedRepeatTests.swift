import Foundation
@testable import Gongbao
import Testing

/// same-figure-agrees for one figure stated under two wordings of its subject, one the other with a frame word before
/// it that the shorter one's paragraph states (a headline's 国庆假期旅游收入 and its body's 国庆假期，…旅游收入), the two
/// values one number miswritten. Figures of a hierarchy (旅游收入 / 国内旅游收入) stay apart.
@Suite("Repeats under a framed subject")
struct FramedRepeatTests {
    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
    }

    @Test("a headline's framed subject and its body's plain one, two digits traded")
    func headline() throws {
        let text = "省文旅厅：国庆假期旅游收入812亿元\n\n"
            + "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，实现旅游收入821亿元，同比增长6.1%。\n"
        let found = try Self.repeats(text)
        #expect(found.count == 2, "\(found)")
    }

    @Test("an industry frame the paragraph names, one digit moved")
    func industry() throws {
        let text = "近日，省物流协会发布2024年物流行业统计公报。公报显示，2024年，全行业拥有各类站点25.6万处，站点覆盖所有乡镇。\n\n"
            + "2024年，物流全行业拥有各类站点26.6万处，比上年末增加1.2万处，服务网络不断完善。\n"
        let found = try Self.repeats(text)
        #expect(!found.isEmpty, "\(found)")
    }

    @Test("the body hard-wrapped as an OCR'd column: the frame stated lines above the figure, in its paragraph")
    func wrappedColumn() throws {
        let body = "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，同比增长7.6%；实现旅游收入821亿元，同比增长6.1%。\n"
        // Broken every 17 letters, as a column is, the frame three lines above the figure; a blank line still parts
        // paragraphs, and 。 at a line end closes one.
        let letters = Array(body.dropLast())
        let column = stride(from: 0, to: letters.count, by: 17)
            .map { String(letters[$0..<min($0 + 17, letters.count)]) }.joined(separator: "\n") + "\n"
        #expect(column.components(separatedBy: "\n").count > 4)
        let found = try Self.repeats("省文旅厅：国庆假期旅游收入812亿元\n\n" + column)
        #expect(found.count == 2, "\(found)")
        // The frame in the paragraph before, which a 。 closes: not this figure's setting.
        let parted = try Self.repeats("省文旅厅：国庆假期旅游收入812亿元\n\n2023年国庆假期，全省接待游客3250万人次。\n"
                                      + "全省实现旅游收入821亿元，同比增长6.1%。\n")
        #expect(parted.isEmpty, "\(parted)")
    }

    @Test("the same framed pair agreeing is no finding")
    func agreeing() throws {
        let text = "省文旅厅：国庆假期旅游收入812亿元\n\n"
            + "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，实现旅游收入812亿元，同比增长6.1%。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("two figures far apart are two figures, framed or not")
    func farApart() throws {
        let text = "省文旅厅：国庆假期旅游收入812亿元\n\n"
            + "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，实现旅游收入640亿元，同比增长6.1%。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a narrower figure whose qualifier the other paragraph does not state stays apart")
    func hierarchy() throws {
        let text = "全年全区共有幼儿园146所，在园幼儿3.2万人。\n\n"
            + "全年民办幼儿园147所，比上年增加3所。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a qualifier stated only as the narrower figure's own name sets no frame")
    func ownName() throws {
        let text = "2023年，国内旅游收入保持较快增长，全市实现旅游收入4936亿元，增长8.1%。\n\n"
            + "分市场看，国内旅游收入4963亿元，入境旅游收入2.6亿美元。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a headline naming its region by name and a body naming it as 全省: one figure")
    func ownRegionByName() throws {
        let text = "前三季度江苏省城镇新增就业104.68万人\n\n"
            + "记者从省人社厅获悉，今年前三季度，全省城镇新增就业104.69万人，同比增长3.2%。\n"
        let found = try Self.repeats(text)
        #expect(found.count == 2, "\(found)")
        // A region of another level (a city beside the province's whole) is a part of it, not its name.
        let part = try Self.repeats("前三季度南京市城镇新增就业104.68万人\n\n"
            + "记者从省人社厅获悉，今年前三季度，全省城镇新增就业104.69万人，同比增长3.2%。\n")
        #expect(part.isEmpty, "\(part)")
    }

    @Test("the figure rewritten on another scale with one digit changed")
    func rescaled() throws {
        let text = "省文旅厅：国庆假期旅游收入812亿元\n\n"
            + "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，实现旅游收入8130000万元，同比增长6.1%。\n"
        let found = try Self.repeats(text)
        #expect(found.count == 2, "\(found)")
        let exact = try Self.repeats("省文旅厅：国庆假期旅游收入812亿元\n\n"
            + "据省文旅厅消息，2023年国庆假期，全省接待游客3250万人次，实现旅游收入8120000万元，同比增长6.1%。\n")
        #expect(exact.isEmpty, "\(exact)")
    }

    @Test("significant digits of a value in base units")
    func significant() {
        #expect(SameFigureRule.significantDigits(Decimal(string: "513900000000")!)! == ([5, 1, 3, 9], 12))
        #expect(SameFigureRule.significantDigits(Decimal(string: "187.57")!)! == ([1, 8, 7, 5, 7], 3))
        #expect(SameFigureRule.significantDigits(Decimal(string: "0.4")!) == nil)
    }
}

