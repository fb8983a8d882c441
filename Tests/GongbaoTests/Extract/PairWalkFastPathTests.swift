import Foundation
import Testing
@testable import Gongbao

/// ScopeFinder's and ContextReader's walks skip the markers that no second scalar follows (PairClasses): the skip
/// loop must stop where the plain test stops, and the walks must annotate as the walks that stop at every marker.
@Suite("Pair walk fast paths")
struct PairWalkFastPathTests {

    @Test("ContextReader: the cursor stopping at pairs annotates as the cursor stopping at every candidate")
    func cursorPairs() throws {
        let book = PatternBook(try Lexicon.bundled())
        let pieces = ["计划", "计", "统计", "预计", "预算", "安排", "安全", "累计", "累", "已", "完成", "完善", "将", "将由",
                      "拟", "目标", "项目", "年内", "年度", "力争", "争取", "确保", "今年要", "要力争", "规划建设", "。", "；",
                      "，", "\n", "“计划”", "3个", "增长5%", "12亿元", "收入", "资金改造"]
        var mix = Mix(state: 17)
        var texts = ContextFastPathTests.corpusTexts().map { String($0.prefix(4000)) }
        for _ in 0..<300 { texts.append((0..<(1 + mix.next(24))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        for s in texts {
            let text = DocText(unnormalized: s)
            var starts: [Int] = []
            for i in 0..<text.count where text.isDigit(i) && !text.isDigit(i - 1) { starts.append(i) }
            let n = text.count
            for blocked in [[], [0..<3, 10..<14], [5..<max(5, n / 2)]] as [[Range<Int>]] {
                var walk = ContextReader(book: book, text: text, blocked: blocked)
                var reference = ContextReader(book: book, text: text, blocked: blocked)
                reference.stopsAtEveryCandidate = true
                var lastEnd = 0
                for i in starts {
                    var e = i
                    while text.isDigit(e) { e += 1 }
                    let end = min(e + 1, n)
                    let fig = Figure(span: i..<end, numberStart: i, value: 1, unit: "个", kind: .count, unitEnd: end)
                    var a = fig, b = fig
                    walk.annotate(&a, lastEnd: lastEnd)
                    reference.annotate(&b, lastEnd: lastEnd)
                    #expect(Array(a.qualifiers) == Array(b.qualifiers) && a.direction == b.direction
                            && a.isCumulative == b.isCumulative, "\(s) at \(i)")
                    lastEnd = end
                }
            }
        }
    }
}

extension PairWalkFastPathTests {
    @Test("PairClasses.walkStops lists the stops of the plain walks")
    func walkStopsEqualReference() throws {
        let book = PatternBook(try Lexicon.bundled())
        let alphabet: [UInt32] = [0x5168, 0x533A, 0x5E74, 0x5185, 0x81EA, 0x0A, 0x31, 0x2014, 0x4E00, 0x622A, 0x6B62,
                                  0x8BA1, 0x5212, 0x5B89, 0x6392, 0x5DF2, 0x3002, 0x5C06, 0x76EE, 0x6807, 0x4EBA,
                                  0x15168, 0x1533A, 0x25E74, 0x7D2F, 0x5B8C, 0x6210]
        var mix = Mix(state: 41)
        var texts = ContextFastPathTests.corpusTexts().map { $0.unicodeScalars.map(\.value) }
        for _ in 0..<3000 {
            texts.append((0..<mix.next(40)).map { _ in mix.next(3) == 0 ? alphabet[mix.next(alphabet.count)] : 0x4EBA })
        }
        for t in texts {
            let fast = book.pairs.walkStops(in: t), slow = book.pairs.walkStopsReference(in: t)
            #expect(fast.scope == slow.scope && fast.cursor == slow.cursor, "\(t)")
        }
    }
}

extension PairWalkFastPathTests {
    @Test("FigureScanner.setupPass finds what the figure pass, PairClasses' plain walk and DocText.wordStarts find apart")
    func setupPassEqualsApart() throws {
        let book = PatternBook(try Lexicon.bundled())
        var texts = ContextFastPathTests.corpusTexts()
        texts += ["全年地方一般公共预算收入421.9亿元，增长3.6%；其中“十四五”规划《2023年报告》「三」{width:100%}。",
                  "p.x{color:red;width:12px} 一是 第三 首批 -5 负3 翻一番 百分之五 “一二三四五六七八九十一二三” 《》“”",
                  "其中，分别增长5%和其中分别其", "“其中”《分别》其\u{1F600}中分\u{1F600}别",
                  "", "1", "12", "{", "“", "《1》", "a1b22c333-4—5", "\u{1F600}12\u{1F600}一", "\u{15168}\u{1533A}全区"]
        let alphabet = Array("0123456789-一二十百万第首负翻“”《》「」{}甲乙 \n、，。%;=a全区年内目标计划安排累计已完成将自截至止—其中分别")
            .map { String($0) } + ["\u{15168}", "\u{1533A}", "\u{25E74}", "\u{1F600}"]
        var mix = Mix(state: 53)
        for _ in 0..<3000 { texts.append((0..<(1 + mix.next(60))).map { _ in alphabet[mix.next(alphabet.count)] }.joined()) }
        for s in texts {
            let t = s.unicodeScalars.map(\.value)
            let one = FigureScanner.setupPass(t, book.pairs)
            let figures = FigureScanner.startsQuotedNamesAndCodeBlocks(t, book.classes)
            let walks = book.pairs.walkStopsReference(in: t)
            let words = DocText(decoding: Array(s.utf8)).wordStarts(FigureScanner.pairWords.0, FigureScanner.pairWords.1)
            #expect(one.starts == figures.starts && one.quoted == figures.quoted && one.code == figures.code, "\(s)")
            #expect(one.scope == walks.scope && one.cursor == walks.cursor, "\(s)")
            #expect(one.words.0 == words.0 && one.words.1 == words.1, "\(s)")
        }
    }
}

extension PairWalkFastPathTests {
    @Test("contextLasts: no qualifier, stripped word or direction ends before a scalar outside it")
    func contextLastsCoverTheLists() throws {
        let lex = try Lexicon.bundled()
        let book = PatternBook(lex)
        let words = lex.qualifierBefore.map(\.word) + lex.stripTrailing + lex.directionUp + lex.directionDown
        var mix = Mix(state: 71)
        let fillers = ["5", "人", "，", "了", "增", "约", "\u{1F600}"]
        for _ in 0..<2000 {
            let s = (0..<(1 + mix.next(8))).map { _ in
                mix.next(2) == 0 ? words[mix.next(words.count)] : fillers[mix.next(fillers.count)]
            }.joined()
            let t = s.unicodeScalars.map(\.value)
            for i in 0...t.count {
                let any = book.before.matchEnding(t, at: i) != nil || book.stripTrailing.matchEnding(t, at: i) != nil
                    || book.up.matchEnding(t, at: i) != nil || book.down.matchEnding(t, at: i) != nil
                if any { #expect(i > 0 && book.contextLasts.contains(t[i - 1]), "\(s) \(i)") }
            }
        }
    }
}
