import Testing
@testable import Gongbao

/// Plain text's heading search reads its lines from the source text's line starts (`SourceText.lineStartOffsets`)
/// instead of a memchr walk of its own: the lines and the kept breaks must be the walk's.
@Suite("Heading lines from the source's line starts")
struct HeadingLinesStartsTests {
    @Test("lines and breaks from line starts = memchr walk")
    func agreesWithWalk() {
        let pieces = ["一、总体情况", "\n", "\n\n", "全市地区生产总值1234.5亿元，同比增长5.2%。", "\r\n", " ", "\u{3000}",
                      "（二）人才队伍", "人才总量达到12万人，比上年增加1.1万人，增长10.2%，其中专业技术人才", "3.", "第四章 保障措施", "a"]
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        func next(_ n: Int) -> Int { mix.next(n) }
        var texts = ["", "\n", "a\n", "\n\na", "一、总体情况\n\n全市地区生产总值1234.5亿元，同比增长5.2%。\n"]
        for _ in 0..<400 {
            var s = ""
            for _ in 0..<(1 + next(30)) { s += pieces[next(pieces.count)] }
            texts.append(s)
        }
        var found = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let starts = SourceText(path: "t.txt", bytes: bytes, encoding: "UTF-8").lineStartOffsets
            bytes.withUnsafeBufferPointer { src in
                let walked = HeadingLines.lines(of: src), read = HeadingLines.lines(of: src, lineStarts: starts)
                #expect(walked.map(\.start) == read.map(\.start), "\(text)")
                #expect(walked.map(\.end) == read.map(\.end), "\(text)")
                #expect(walked.map(\.width) == read.map(\.width), "\(text)")
            }
            let breaks = HeadingLines.breaks(in: bytes)
            #expect(breaks == HeadingLines.breaks(in: bytes, lineStarts: starts), "\(text)")
            found += breaks.count
        }
        #expect(found > 50)
    }

    @Test("opensWithEnumeration walking over blanks = on the copy without them")
    func enumerationWalk() {
        // Blanks, digits (ASCII, full-width not, Chinese), brackets, 第 and its marks, 、 . ． and ideographs.
        let palette: [UInt32] = [0x20, 0x09, 0x0D, 0x3000, 0xA0, 0x31, 0x39, 0x4E00, 0x5341, 0x4E24, 0x3007, 0xFF08, 0x28,
                                 0xFF09, 0x29, 0x7B2C, 0x7AE0, 0x6761, 0x3001, 0x2E, 0xFF0E, 0x4EBA, 0xFF11]
        var mix = Mix(state: 0x1234_5678_9ABC_DEF1)
        func next(_ n: Int) -> Int { mix.next(n) }
        var yes = 0
        for _ in 0..<20000 {
            let text = (0..<next(7)).map { _ in palette[next(palette.count)] }
            let answer = HeadingLines.opensWithEnumeration(text)
            #expect(answer == HeadingLines.opensWithEnumerationSlow(text), "\(text)")
            if answer { yes += 1 }
        }
        #expect(yes > 200)
    }

    @Test("readsAsHeading in one pass = a pass per bracket pair")
    func headingShapeOnePass() {
        // Ideographs, every bracket and quote of the pairs, closers, sentence ends, marks that carry on, digits,
        // figure tails, blanks and letters.
        let palette: [UInt32] = [0x4EBA, 0x624D, 0x4E07, 0x4F59, 0x201C, 0x201D, 0xFF08, 0xFF09, 0x28, 0x29, 0x300A,
                                 0x300B, 0x3010, 0x3011, 0x300C, 0x300D, 0x2019, 0x3002, 0xFF1B, 0xFF0C, 0x3001, 0x31,
                                 0xFF15, 0x2E, 0x20, 0x61, 0x5A, 0x25]
        var mix = Mix(state: 0x0F0F_1234_ABCD_9876)
        func next(_ n: Int) -> Int { mix.next(n) }
        var yes = 0
        for _ in 0..<20000 {
            let text = (0..<next(9)).map { _ in palette[next(palette.count)] }
            let answer = HeadingLines.readsAsHeading(text)
            #expect(answer == HeadingLines.readsAsHeadingSlow(text), "\(text)")
            if answer { yes += 1 }
        }
        #expect(yes > 200)
    }
}
