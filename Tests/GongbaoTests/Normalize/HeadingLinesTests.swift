import Testing
@testable import Gongbao

/// Heading lines of plain text end their sentence; the lines of an OCR column (even across a blank line) do not.
@Suite("Heading lines")
struct HeadingLinesTests {
    /// The text of each line whose line feed is kept.
    func headings(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return HeadingLines.breaks(in: bytes).map { end in
            let start = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
    }

    /// A newspaper column of 16 ideographs, as in the bundled article.
    let column = """
        东胜区创新人才工作举措，创立人才
        “寻找城市合伙人”招商引智人才工
        作品牌，通过落地一个项目，引进一
        批人才，吸引一批资本，带动一个产
        """

    @Test("a line opening with a section number in Chinese numerals starts its own line after any line")
    func breakBeforeSectionNumber() {
        let text = "吉林省人民政府二〇二六年政府工作报告全文\n二、2026年工作安排\n今年是开局之年，做好工作意义重大，要坚持稳中求进。\n"
            + "（四）锚定农业农村现代化，加快建设农业强省\n新建高标准农田1000万亩。\n第三章 附则\n 十二、其他\n"
        let kept = headings(text)
        #expect(kept.contains("吉林省人民政府二〇二六年政府工作报告全文"))
        #expect(kept.contains("今年是开局之年，做好工作意义重大，要坚持稳中求进。"))
        #expect(kept.contains("新建高标准农田1000万亩。"))
        // (一是, 三年来, 十四五 open no section; nor 3.5 — an OCR column may break a figure.)
        for line in ["一是加强领导", "三年来累计投入", "十四五期间", "3.5个百分点"] {
            let plain = "全年地区生产总值增长百分之五左右，经济运行总体平稳向好\n\(line)，成效明显，群众满意度持续提高。\n"
            #expect(!headings(plain).contains("全年地区生产总值增长百分之五左右，经济运行总体平稳向好"), "\(line)")
        }
    }

    @Test("a page's breadcrumb line saved as text stands apart from the headline under it")
    func breadcrumbLine() throws {
        let text = "高级搜索\n您的位置: 首页 资讯国内\n自然灾害直接经济损失3270.9亿元\n\n"
            + "本报北京1月16日电 记者从应急管理部获悉：2019年各种自然灾害共造成1.3亿人次受灾，直接经济损失3270.9亿元。\n"
        #expect(headings(text).contains("您的位置: 首页 资讯国内"))
        let figures = try Extractor().extraction(inText: text).metrics.filter { $0.surface == "3270.9亿元" }
        #expect(figures.count == 2)
        #expect(figures.first?.subject == "自然灾害直接经济损失")
        // (A line that only mentions a place goes on as before: 所在位置 must open the line and be followed by a colon
        // or a blank.)
        #expect(!headings("项目所在位置较为偏远，交通\n条件有待改善，今年将新修道路12公里。\n").contains("项目所在位置较为偏远，交通"))
    }

    @Test("a numbered heading that nearly fills the column ends its line; a numbered paragraph's first line goes on")
    func nearlyFullNumberedHeading() {
        let text = column + "\n十二、人口、居民生活和社会保障\n全市年末常住人口五百一十万人其中\n" + column + "\n"
        #expect(headings(text).contains("十二、人口、居民生活和社会保障"))
        // A figure or a comma: the first line of a paragraph the column broke.
        for line in ["一、全年地区生产总值12亿元，增", "（三）全年新增城镇就业，再就业"] {
            #expect(!headings(column + "\n" + line + "\n长百分之五以上全市经济运行总\n" + column + "\n").contains(line), "\(line)")
        }
        // A line as wide as the column is no heading, numbered or not.
        let full = "十二、人口居民生活和社会保障事业"
        #expect(!headings(column + "\n" + full + "\n全市年末常住人口五百一十万人其中\n" + column + "\n").contains(full))
    }

    @Test("a short line set apart by a blank line is a heading: 四、对外经济 ⏎⏎ 货物进出口总额…")
    func headingBeforeParagraph() {
        let text = "四、对外经济\n\n货物进出口总额456.7亿元，其中出口312.3亿元，增长8.9%；进口144.4亿元，下降2.1%。\n"
        #expect(headings(text) == ["四、对外经济"])
    }

    @Test("the first line with a blank line after it is the title, however short the page under it")
    func titleOfShortPage() {
        #expect(headings("2025年9月全市经济运行简况\n\n1—9月全市进出口总额305.3亿元。\n") == ["2025年9月全市经济运行简况"])
        // Not the first line of a column that a blank line splits, nor a title run straight into its text.
        #expect(headings(column + "\n\n" + column + "\n").isEmpty)
        #expect(headings("2025年9月全市经济运行简况\n1—9月全市进出口总额305.3亿元。\n").isEmpty)
    }

    @Test("stacked headings over a column: 提升温度 ⏎ 暖心服务留住人才 ⏎⏎")
    func stackedHeadings() {
        let text = "提升温度\n暖心服务留住人才\n\n" + column + "\n"
        #expect(headings(text) == ["提升温度", "暖心服务留住人才"])
    }

    @Test("full lines of a column are no headings, even before a blank line (享受国务院特殊 ⏎⏎ 津贴)")
    func columnLinesJoin() {
        let text = column + "\n\n" + column + "\n"
        #expect(headings(text).isEmpty)
    }

    @Test("a short line with an open quote, a comma or a figure at its end goes on")
    func shortLinesThatGoOn() {
        #expect(headings("在自治区率先推出“人\n" + column).isEmpty)
        #expect(headings("\n全年粮食总产量达到，\n" + column).isEmpty)
        #expect(headings("\n全年粮食总产量达到12\n" + column).isEmpty)
        #expect(headings("\n各类人才资源达 7.8 万\n" + column).isEmpty)
        #expect(headings("\n引进人才40余\n" + column).isEmpty)
        #expect(headings("\n—7—\n" + column).isEmpty)
    }

    @Test("a sentence end needs no kept break: 桐树”。")
    func sentenceEndsAreNotHeadings() {
        #expect(headings("\n品牌活动是招揽八方人才的“梧\n桐树”。\n\n" + column).isEmpty)
    }

    @Test("an enumerated short line is a heading without a blank line: 1.一般公共预算 ⏎ （1）…")
    func enumeratedHeading() {
        // PDF text spaces the letters out, the column's lines as much as the heading's.
        let spaced = column.split(separator: "\n").map { $0.map(String.init).joined(separator: "  ") }
            .joined(separator: "\n")
        let text = spaced + "\n1.一  般  公  共  预  算\n" + spaced + "\n"
        #expect(headings(text) == ["1.一  般  公  共  预  算"])
    }

    @Test("enumerations: 一、 十二、 （三） (3) 4. 第五章; not 第三产业")
    func enumerations() {
        func opens(_ s: String) -> Bool {
            let bytes = Array(s.utf8)
            return bytes.withUnsafeBufferPointer {
                HeadingLines.opensWithEnumeration($0, HeadingLines.Line(start: 0, end: bytes.count, width: 1))
            }
        }
        for s in ["一、综合", "十二、对外经济", "（三）聚焦创新驱动", "(3)市级收支", "4.社会保险基金预算", "第五章 财政", "（  一  ）  2026年"] {
            #expect(opens(s), "\(s)")
        }
        for s in ["第三产业增加值", "三次产业结构", "2026年预算", "一般公共预算"] {
            #expect(!opens(s), "\(s)")
        }
    }

    @Test("the normalizer keeps the break: the heading stays out of the subject")
    func headingOutOfSubject() throws {
        let text = "四、对外经济\n\n货物进出口总额456.7亿元，其中出口312.3亿元，增长8.9%；进口144.4亿元，下降2.1%。\n"
        let normalized = Normalizer.normalized(ContentText(bytes: Array(text.utf8),
                                                           sourceOffsets: (0...text.utf8.count).map { Int32($0) }))
        let out = String(decoding: normalized.bytes, as: UTF8.self)
        #expect(out.hasPrefix("四、对外经济\n\n货物进出口总额"))
        let metrics = try Extractor().extraction(inText: text).metrics
        #expect(metrics.first?.subject == "货物进出口总额")
    }

    @Test("a line's scalars decoded from its bytes are those String reads, ill-formed bytes included")
    func scalarsAsString() {
        let pieces: [[UInt8]] = [Array("四".utf8), Array("、".utf8), Array(" ".utf8), Array("\u{3000}".utf8),
                                 Array("\u{A0}".utf8), Array("\t".utf8), Array("\r".utf8), Array("（".utf8),
                                 Array("7".utf8), Array("é".utf8), Array("𠀀".utf8), [0xE4, 0xB8], [0xFF],
                                 [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80]]
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) { bytes += pieces[next(10) < 8 ? next(11) : next(pieces.count)] }
            bytes.withUnsafeBufferPointer { b in
                for start in [0, min(1, b.count)] {
                    let line = HeadingLines.Line(start: start, end: b.count, width: b.count - start)
                    #expect(HeadingLines.scalars(b, line) == HeadingLines.scalarsThroughString(b, line), "\(bytes)")
                }
            }
        }
    }

    @Test("the column width from a histogram as wide as the widest line, or blocks of 64 widths = from 4097 counters")
    func typicalWidthAsBefore() {
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        for round in 0..<400 {
            // Blank lines, OCR columns of about 16, paragraphs up to past the 4096 cap.
            let widest = [3, 20, 300, 5000][round % 4]
            // (Up to 12 lines, or up to 800: a counter per width, and blocks of 64 widths, both taken.)
            let lines = (0..<next(round % 8 < 4 ? 12 : 800)).map { _ -> HeadingLines.Line in
                HeadingLines.Line(start: 0, end: 0, width: next(4) == 0 ? 0 : next(widest) + 1)
            }
            #expect(HeadingLines.typicalWidth(lines) == HeadingLines.typicalWidthSlow(lines), "\(lines.map(\.width))")
        }
    }
}

extension HeadingLines {
    /// `typicalWidth` as first written (a histogram of 4097 counters whatever the lines): the reference its test
    /// compares it with.
    static func typicalWidthSlow(_ lines: [Line]) -> Int {
        let cap = 4096
        var histogram = [Int32](repeating: 0, count: cap + 1)
        var count = 0, widest = 0
        for line in lines where !line.isBlank {
            histogram[min(line.width, cap)] += 1
            count += 1
            widest = max(widest, line.width)
        }
        guard count > 0 else { return 0 }
        if count < 3 { return widest }
        let rank = count * 3 / 4   // the 0-based rank of the upper quartile among the sorted widths
        var seen = 0
        for width in 0...cap {
            seen += Int(histogram[width])
            if seen > rank { return width }
        }
        return cap
    }
}
