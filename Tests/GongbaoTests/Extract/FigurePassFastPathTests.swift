import Foundation
import Testing
@testable import Gongbao

/// The fast paths of the figure scan (the Int reader of Chinese numerals, the one pass that finds figure starts
/// with the quoted names, heading words read from scalars) must answer exactly as the simple code they replace.
@Suite("Figure pass fast paths")
struct FigurePassFastPathTests {
    /// A small deterministic generator (the tests must not depend on a seed the platform picks).

    static func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }

    static func same(_ a: ChineseNumeral.Reading?, _ b: ChineseNumeral.Reading?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return bytes(a.value) == bytes(b.value) && a.end == b.end && a.isChinese == b.isChinese
            && a.plainDigits == b.plainDigits && a.isVague == b.isVague && a.hasScale == b.hasScale && a.integer == b.integer
    }

    @Test("readChinese on Ints: the Decimal reader's reading, byte for byte")
    func chineseOnInts() throws {
        let book = PatternBook(try Lexicon.bundled())
        let alphabet = Array("零〇一二两三四五六七八九十百千万亿廿几点壹拾佰仟萬億兩幾貳人米瓦元年个多余")
            .map { $0.unicodeScalars.first!.value }
        var mix = Mix(state: 7)
        var texts: [[UInt32]] = ["一百零五", "两万三千", "三千五", "一万五", "二〇二三", "十几", "几十", "四万万", "一万零十二",
                                 "三点五", "两千三点一", "九千九百九十九亿九千九百九十九万九千九百九十九", "千万", "十万人", "五千瓦",
                                 "九百亿亿亿亿", "九九九九九九九九九九九九九九九九九九九九", "廿三", "十二万万", "零", "一亿零一"]
            .map { $0.unicodeScalars.map(\.value) }
        for _ in 0..<5000 {
            texts.append((0..<(1 + mix.next(9))).map { _ in alphabet[mix.next(alphabet.count)] })
        }
        for t in texts {
            for start in 0..<t.count {
                let stop = PatternBook.UnitStop(book: book, t: t)
                #expect(Self.same(ChineseNumeral.readChinese(t, at: start, stop: stop),
                                  ChineseNumeral.readChineseReference(t, at: start, stop: stop)))
                #expect(Self.same(ChineseNumeral.readChinese(t, at: start, stop: NeverStop()),
                                  ChineseNumeral.readChineseReference(t, at: start, stop: NeverStop())))
                #expect(Self.same(ChineseNumeral.readChinese(t, at: start, stop: AlwaysStop()),
                                  ChineseNumeral.readChineseReference(t, at: start, stop: AlwaysStop())))
            }
        }
    }

    @Test("one pass: the figure starts, quoted names and code blocks as found apart")
    func onePass() throws {
        let book = PatternBook(try Lexicon.bundled())
        var texts = [
            "全年地方一般公共预算收入421.9亿元，增长3.6%；其中“十四五”规划《2023年报告》「三」{width:100%}。",
            "p.x{color:red;width:12px} 一是 第三 首批 -5 负3 翻一番 百分之五 “一二三四五六七八九十一二三” 《》“”",
            "", "1", "12", "{", "“", "《1》", "a1b22c333-4—5", "\u{1F600}12\u{1F600}一",
        ]
        let alphabet = Array("0123456789-一二十百万第首负翻“”《》「」{}甲乙 \n、，。%;=a")
            .map { String($0) }
        var mix = Mix(state: 11)
        for _ in 0..<3000 { texts.append((0..<(1 + mix.next(60))).map { _ in alphabet[mix.next(alphabet.count)] }.joined()) }
        for s in texts {
            let t = s.unicodeScalars.map(\.value)
            let one = FigureScanner.startsQuotedNamesAndCodeBlocks(t, book.classes)
            let apart = FigureScanner.quotedNamesAndCodeBlocks(t, book.classes)
            #expect(one.quoted == apart.quoted)
            #expect(one.code == apart.code)
            var starts: [Int32] = []
            for i in t.indices where book.classes.contains(t[i], .figureStart) {
                let digitAfterDigit = t[i] >= 0x30 && t[i] <= 0x39 && i > 0 && t[i - 1] >= 0x30 && t[i - 1] <= 0x39
                if !digitAfterDigit { starts.append(Int32(i)) }
            }
            #expect(one.starts == starts)
        }
    }

    @Test("heading decisions from scalars: as from the String without whitespace")
    func headingDecisions() {
        let lists: [([String], [String])] = [
            (["重点工作", "草案", "计划", "目标"], ["回顾", "执行情况"]),
            (["重点工作", "", "预算"], ["回顾"]),
            (["e\u{301}", "重点"], ["回顾"]),
            (["重点"], ["豈"]),
        ]
        let bodies = ["2026年重点工作任务", "预算草案", "工作回顾", "2024年执行情况", "重点 工作", "重\u{3000}点\t工作",
                      "关于2027年的建议", "2023年", "e\u{301}重点", "café", "", "  ", "豈", "\u{F900}", "回 顾 2026年计划",
                      "20 26年", "12026年目标"]
        for (plan, outcome) in lists {
            let p = PlanSections.WordList(plan), o = PlanSections.WordList(outcome)
            var buffer: [UInt32] = []
            for body in bodies {
                let text = DocText(unnormalized: "一、" + body + "\n")
                for period in [nil, 2025, 2026] as [Int?] {
                    for lo in 0...min(3, text.count) {
                        for hi in lo...text.count {
                            let slow = PlanSections.decision(text.stringWithoutWhitespace(lo..<hi), periodYear: period,
                                                             plan: p, outcome: o)
                            #expect(PlanSections.decision(lo..<hi, text: text, periodYear: period, plan: p, outcome: o,
                                                          buffer: &buffer) == slow)
                        }
                    }
                }
            }
        }
    }

    @Test("only spaces before a figure: scalars compared as the Characters of the range's String")
    func onlySpaces() {
        for s in ["  一个", " \u{301} 一项", "\u{3000} 一", "   ", "a 一", " \u{200D} ", "\r\n 一", ""] {
            let text = DocText(unnormalized: s)
            for lo in 0..<max(text.count, 1) {
                for i in lo...text.count where lo < i {
                    #expect(text.t[lo..<i].allSatisfy { $0 == 0x20 } == text.string(lo..<i).allSatisfy { $0 == " " })
                }
            }
        }
    }

    @Test("marker starts: the line starts after spaces where a marker's first scalar stands")
    func markerStarts() {
        let texts = ["一、总体要求\n  （一）2026年目标\n\u{3000}(二) 任务\n十、其他\n正文一、不是\n\t三、x\n   \n",
                     "", "\n", "二", " \n （", "正文\n\n\n一", "壹、贰\r\n〇、○"]
        for s in texts {
            let text = DocText(unnormalized: s)
            let t = text.t
            let slow = PlanSections.lineStarts(text).map { i -> Int in
                var p = i
                while p < t.count, t[p] == 0x20 || t[p] == 0x09 || t[p] == 0x3000 { p += 1 }
                return p
            }.filter { p in
                p < t.count && (t[p] == 0x28 || t[p] == 0xFF08 || t[p] == 0x5341 || ChineseNumeral.digit(t[p]) != nil)
            }
            #expect(PlanSections.markerStarts(text) == slow)
            // What `marker` finds is the same from either list.
            let all = PlanSections.lineStarts(text).map { i -> Int in
                var p = i
                while p < t.count, t[p] == 0x20 || t[p] == 0x09 || t[p] == 0x3000 { p += 1 }
                return p
            }.filter { PlanSections.marker(at: $0, text: text) != nil }
            #expect(all == PlanSections.markerStarts(text).filter { PlanSections.marker(at: $0, text: text) != nil })
        }
    }
}
