import Foundation
import Testing
@testable import Gongbao

/// ScopeFinder's walk skips line breaks while they would change nothing and finds a line's start by reading back
/// from its line break: it must keep the scope, year and 累计 of the walk that stops at every line break.
@Suite("ScopeFinder walk fast path")
struct ScopeWalkFastPathTests {

    /// Both walks advanced to each figure and handed it (take), compared at every figure and at random stops.
    func compare(_ s: String, book: PatternBook, mix: inout Mix) {
        let text = DocText(unnormalized: s)
        var scanner = FigureScanner(book: book, text: text)
        var figures = scanner.scan()
        var fast = ScopeFinder(book: book, text: text)
        var reference = ScopeFinder(book: book, text: text)
        reference.stopsAtEveryLineBreak = true
        for k in figures.indices {
            // A random stop before the figure sometimes (the walk is asked in pieces).
            let at = figures[k].span.lowerBound
            if mix.next(3) == 0 {
                let mid = mix.next(at + 1)
                fast.advance(to: mid); reference.advance(to: mid)
            }
            fast.advance(to: at); reference.advance(to: at)
            #expect(fast.scope == reference.scope, "\(s) at \(at)")
            #expect(fast.year == reference.year, "\(s) at \(at)")
            #expect(fast.cumulative == reference.cumulative, "\(s) at \(at)")
            fast.take(reading: &figures[k]); reference.take(reading: &figures[k])
        }
        fast.advance(to: text.count); reference.advance(to: text.count)
        #expect(fast.scope == reference.scope, "\(s) at end")
        #expect(fast.year == reference.year, "\(s) at end")
    }

    @Test("skipping idle line breaks keeps the scope of the walk that stops at each")
    func idleLineBreaks() throws {
        let book = PatternBook(try Lexicon.bundled())
        let pieces = ["截至目前，", "截止2024年底，", "全区", "全市", "全年", "年内", "1—9月", "1-9月份", "自2020年以来，",
                      "\n", "\n", "\n\n", " \n", "\u{3000}\u{3000}", "\r\n", "\t", "2025年全市预算执行情况\n", "一、农业\n",
                      "（一）2026年预算安排\n", "城镇新增就业", "6万人", "，", "。", "；", " ", "增长5%", "一至三月", "3年来，",
                      "两院院士4人", "其中", "累计", "2023年，", "全年收入2026年计划", "本年", "今年", "一季度",
                      "新增公路通车里程1500公里以上同比增长百分之五十的项目共计十二个"]
        var mix = Mix(state: 23)
        var texts = ["截至目前，全区共有人才7.8万人。其中，两院院士4人。\n全年新增就业1万人，",
                     "2026年市级收支预算\n全市收入100亿元。\n1—9月，全区增长5%。",
                     "2025年全市\n预算执行情况\n收入5亿元\n\n2026年，\n全区支出3亿元\n"]
        for _ in 0..<500 { texts.append((0..<(1 + mix.next(20))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        for s in texts { compare(s, book: book, mix: &mix) }
    }

    @Test("a heading read back from its line break equals the heading of the line as kept")
    func headingReadBack() {
        let alphabet: [UInt32] = [0x20, 0x0A, 0x09, 0x3000, 0x0D, 0x41, 0x31, 0x4E00, 0x5E74, 0x5168, 0x3002, 0xFF1A,
                                  0x3001, 0x5E02, 0x6536]
        var mix = Mix(state: 31)
        for _ in 0..<4000 {
            var t = (0..<mix.next(70)).map { _ in alphabet[mix.next(alphabet.count)] }
            // Long runs of ideographs or spaces now and then (the 40-scalar limit and the leading trim).
            if mix.next(4) == 0 {
                let run = [UInt32](repeating: alphabet[mix.next(alphabet.count)], count: 30 + mix.next(20))
                t.insert(contentsOf: run, at: mix.next(t.count + 1))
            }
            var lineStart = 0
            for p in t.indices where t[p] == 0x0A {
                #expect(ScopeFinder.isHeading(t, lineEndingAt: p) == ScopeFinder.isHeading(t, lineStart..<p), "\(t) \(p)")
                lineStart = p + 1
            }
            #expect(ScopeFinder.isHeading(t, lineEndingAt: t.count) == ScopeFinder.isHeading(t, lineStart..<t.count), "\(t)")
        }
    }
}
