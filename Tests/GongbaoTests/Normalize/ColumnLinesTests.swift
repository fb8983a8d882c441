import Testing
@testable import Gongbao

/// A fixed-width column's full line that ends on 。 was cut there by the column: its paragraph runs on. A line shorter
/// than the column, a heading or an enumerated line after it, and text that is no column keep their breaks.
@Suite("Column lines")
struct ColumnLinesTests {
    /// The plain text as the pipeline normalizes it (heading and column breaks found first).
    func normalized(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let content = ContentText(bytes: bytes, sourceMap: .identity(length: bytes.count))
        return String(decoding: Normalizer.normalized(content).bytes, as: UTF8.self)
    }

    /// `text` cut into lines of `width` characters (Unicode scalars), each line of it on its own, as
    /// scripts/wrap_eval.py cuts a column.
    func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let scalars = Array(line.unicodeScalars)
            guard !scalars.isEmpty else { return "" }
            return stride(from: 0, to: scalars.count, by: width).map { start in
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<min(start + width, scalars.count)])
                return String(piece)
            }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A report paragraph whose first sentence ends at the 17th character of its third line in a column of 17.
    let paragraph = "市级一般公共预算收入130.1亿元，完成预算的100.3%；支出234.9亿元，完成预算101.8%。市本级一般公共预算收入22.3亿元，完成预算的101.5%；支出161.5亿元，完成预算的102.9%。"

    @Test("a full column line ending on 。 runs on into the next line")
    func fullLineRunsOn() {
        let text = wrapped("二、预算执行情况\n" + paragraph + "\n" + paragraph + "\n三、其他\n" + paragraph + "\n", width: 17)
        // (The wrap puts a 。 at a line's end: the case under test.)
        #expect(text.contains("101.8%。\n市本级"))
        let out = normalized(text)
        #expect(out.contains("101.8%。市本级"))
        // The paragraphs' own ends (short lines) and the headings keep their breaks.
        #expect(out.contains("102.9%。\n"))
        #expect(out.contains("\n三、其他\n"))
    }

    @Test("without the column nothing changes: a line ending on 。 in running text ends its paragraph")
    func noColumnNoJoin() {
        let text = "二、预算执行情况\n" + paragraph + "\n" + paragraph + "\n"
        #expect(ColumnLines.joinedBreaks(in: Array(text.utf8)) == nil)
        #expect(normalized(text).contains("102.9%。\n市级"))
        // A short page of full lines is no column either: too few lines to tell.
        let short = "全市一般公共预算收入十亿元。\n全市一般公共预算支出九亿元。\n"
        #expect(normalized(short).contains("十亿元。\n全市"))
    }

    @Test("the validator's paragraphs run on too: a full column line ending on 。 ends no paragraph")
    func validatorParagraphs() {
        let text = wrapped("二、预算执行情况\n" + paragraph + "\n" + paragraph + "\n", width: 17)
        let bytes = Array(text.utf8)
        let layout = SentenceReader.layout(of: bytes)
        #expect(layout.isColumn)
        let cut = Array("101.8%。\n".utf8)
        let feeds = bytes.indices.filter { i in i + cut.count <= bytes.count && Array(bytes[i..<(i + cut.count)]) == cut }
            .map { $0 + cut.count - 1 }
        #expect(feeds.count == 2)
        for feed in feeds { #expect(!layout.paragraphs.contains(feed)) }
        // The paragraphs' own ends stay ends, in the reference reading too.
        #expect(layout.paragraphs.count == 2)
        #expect(SentenceReader.paragraphBreaks(of: bytes) == layout.paragraphs)
    }

    @Test("a heading or an enumerated line after a full line ending on 。 starts its own line")
    func headingAfterFullLine() {
        // Lines of 17: the last of each paragraph is full and ends on 。.
        let body = wrapped(String(repeating: "全市一般公共预算收入增长百分之五。", count: 12), width: 17)
        // (The enumerated line is as wide as the column: 17 characters.)
        let text = body + "\n（一）政府性基金预算\n" + body + "\n2.国有资本经营预算收入增长三成。\n" + body + "\n"
        let out = normalized(text)
        // (Full-width brackets fold to ASCII.)
        #expect(out.contains("\n(一)政府性基金预算"))
        #expect(out.contains("\n2.国有资本经营预算"))
        // Inside the body the full lines ending on 。 run on.
        #expect(out.contains("百分之五。全市"))
    }

    @Test("a full column line ending on a colon introduces what follows and stays a line of its own")
    func colonKeepsItsBreak() {
        // (Heldout set 6 k4 in a column of 10: the lead-in of a list of targets.)
        let body = wrapped(String(repeating: "全省经济增长五个百分点。", count: 12), width: 10)
        let text = "“十五五”时期，要努\n力实现以下目标任务：\n一是高质量发展水平明\n显提升。" + "\n" + body + "\n"
        #expect(normalized(text).contains("目标任务:\n一是"))
    }

    @Test("a wrapped report's paragraph is not read as two sections: no false same-figure error")
    func wrappedReportHasNoFalseError() throws {
        let report = """
            关于某市2025年预算执行情况的报告
            一、2025年预算执行情况
            全市一般公共预算收入346.9亿元，完成预算的100.5%。市级（含市属开发区，下同）一般公共预算收入130.1亿元，完成预算的100.3%；一般公共预算支出234.9亿元，完成预算的101.8%。市本级一般公共预算收入22.3亿元，完成预算的101.5%；一般公共预算支出161.5亿元，完成预算的102.9%。
            全市政府性基金预算收入128.3亿元，完成预算的96.7%；政府性基金预算支出204.6亿元，完成预算的98.1%。
            """
        #expect(try PipelineOnText.errors(report).isEmpty)
        // (The column puts 234.9亿元 and 161.5亿元 of the one paragraph four lines apart.)
        let column = wrapped(report, width: 17)
        let errors = try PipelineOnText.errors(column)
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }
}
