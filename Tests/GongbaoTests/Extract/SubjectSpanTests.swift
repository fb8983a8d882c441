import Foundation
import Testing
@testable import Gongbao

/// SubjectFinder decides on scalar spans and builds one String at the end. When it replaced the finder that built
/// each candidate as a String (session 5), the two named every figure of every corpus file and fixture the same;
/// the span helpers here must still answer as the String they stand for, on text with spaces, line breaks, CR,
/// combining marks and non-BMP scalars.
@Suite("Subject spans")
struct SubjectSpanTests {
    static let samples = [
        "全区共有各类人才资源7.8万人，累计招引项目236项。为115名优秀人才发放补贴；预算为423.7亿元。",
        "实施一项人才工程，三大人才金融政策。推进卡阳、松如沟等14个750千伏电网工程，1.5亿学生和780万名家庭经济困难寄宿生。",
        "城镇居民人均可支配收入从2002年的7703元增加到2007年的13786元。全社会研究与实验发展经费，从2002年1288亿元增加到3664亿元。",
        "其他七大类价格环比五涨一平一降，三升两降。水果产量（含瓜果）125.0万吨。八、财政和金融 全年地方一般公共预算收入421.9亿元",
        "按不变价格计算，增长6.0%。从县市看，增长5%。完成2100万千瓦火电机组、2812万吨钢铁产能超低排放改造，实现12个。",
        "推动国达化工60万吨钾肥复合造粒项目。6万元的安家费，吸引了来自省内外的近两百名客商代表。河南段94%的国考断面水质在Ⅲ类以上。",
        "比五年前增加5000万吨。自2020年以来活动120场。情况一是市级收入30亿元。2023年度比2018年末增长8%，比1—4月增长3%。",
        "人才 资源\n 7.8万人，收 入\t完成 12亿元；\r\n支出\r\n3亿元，e\u{301}收入5亿元，か\u{3099}学生 和 教师20人，𠀀占比39.9%，按 计算，增长 2%",
        "全体居民人均可支配收入增速高于经济增速、突破3万元。增长2.6% 一般公共预算支出2680.0亿元。收入总计454.8亿元，合计3个",
        "5A级景区12家，5G基站3000个，(1) 1. 2025年，项目8个。学术交流、成果展示五类活动，9.9%、33.4%和56.7%",
    ]

    /// The String test the span's replaces: the words after a figure open with a change verb that leads on to the
    /// next figure (增加到, 降至, 为 after a longer word).
    static func opensWithChangeTo(_ s: String, book: PatternBook) -> Bool {
        let u = s.unicodeScalars.map(\.value)
        guard let m = book.stripTrailing.longestMatch(u, at: 0) else { return false }
        // 到位资金, 至今: a bare 到 or 至 before an ideograph begins a word.
        if m.length == 1, u.count > 1, (0x4E00...0x9FFF).contains(u[1]) { return false }
        let last = u[m.length - 1]
        return last == 0x5230 || last == 0x81F3 || (last == 0x4E3A && m.length > 1)
    }

    @Test("span helpers answer as the String they stand for")
    func spanHelpers() throws {
        let book = PatternBook(try Lexicon.bundled())
        for s in Self.samples + ["的", " 的\n", "的的", "增加到2007年的", "增 加到", "为", "降至", "", "\r的", "到位资金", "至今", "到 2025年"] {
            let text = DocText(unnormalized: s)
            let finder = SubjectFinder(book: book, text: text)
            let n = min(text.count, 14)
            for a in 0...n {
                for z in a...n {
                    for c in stride(from: 0, through: n, by: 5) {
                        let span = SubjectFinder.Span(a..<z, c..<min(c + 3, text.count))
                        let string = text.compactString(a..<z) + text.compactString(c..<min(c + 3, text.count))
                        #expect(text.compactString(span).utf8.elementsEqual(string.utf8))
                        #expect(finder.isBlank(span) == string.isEmpty)
                        #expect(finder.isDe(span) == string.utf8.elementsEqual([0xE7, 0x9A, 0x84]))
                        #expect(finder.opensWithChangeTo(span) == Self.opensWithChangeTo(string, book: book))
                        #expect(finder.keptCount(span, atMost: 2) == min(string.unicodeScalars.count, 2))
                    }
                }
            }
        }
    }

    @Test("span: the walks skipped where clauseMarks finds none of their scalars answer as every walk run")
    func clauseMarksSkipNothing() throws {
        let book = PatternBook(try Lexicon.bundled())
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        var texts = Self.samples + ["十、环境保护和应急管理 年末全市建成区面积120平方公里，截至年末全年共有项目8个，由于从业人员从2002年的5人"]
        for name in ["000-dongsheng-talent-2023.txt", "015-qinghai-gov-work-report-2026.txt"] {
            if let d = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path) {
                texts.append(String(decoding: d, as: UTF8.self))
            }
        }
        var compared = 0, differentMarks = 0
        for s in texts {
            let text = DocText(unnormalized: s)
            let fast = SubjectFinder(book: book, text: text)
            var reference = SubjectFinder(book: book, text: text)
            reference.skipsUnmarkedWalks = false
            let t = text.t
            var lastEnd = 0
            var i = 0
            while i < t.count {
                // Every number (Arabic or a Chinese digit) as a figure ending one scalar after its digits.
                guard text.isDigit(i) || ChineseNumeral.digit(t[i]) != nil else { i += 1; continue }
                var e = i
                while e < t.count, text.isDigit(e) || t[e] == 0x2E || ChineseNumeral.digit(t[e]) != nil { e += 1 }
                let unitEnd = min(e + 1, t.count)
                for kind in [MetricKind.count, .money, .measure, .percent] {
                    for hasUnit in [true, false] {
                        let place = SubjectFinder.Place(numberStart: i, unitEnd: unitEnd, kind: kind, hasUnit: hasUnit)
                        for (last, quantity) in [(lastEnd, lastEnd), (0, 0), (lastEnd, max(0, lastEnd - 7))] {
                            let a = fast.span(of: place, lastEnd: last, previousQuantityEnd: quantity)
                            let b = reference.span(of: place, lastEnd: last, previousQuantityEnd: quantity)
                            #expect(a == b, "\(text.string(max(0, i - 20)..<unitEnd))")
                            #expect(fast.subject(of: place, lastEnd: last, quantityEnd: quantity)
                                    == reference.subject(of: place, lastEnd: last, quantityEnd: quantity))
                            compared += 1
                        }
                    }
                }
                if fast.clauseMarks(t, text.clauseStart(before: i), i) != .all { differentMarks += 1 }
                lastEnd = unitEnd
                i = e
            }
        }
        #expect(compared > 5000)
        // The marks do skip walks (most clauses hold none of the scalars).
        #expect(differentMarks > 100)
    }

    @Test("clauseEnd(after:notAfter:): the clause end capped, walking no further than the cap")
    func cappedClauseEnd() throws {
        let book = PatternBook(try Lexicon.bundled())
        for s in Self.samples {
            let text = DocText(unnormalized: s)
            let finder = SubjectFinder(book: book, text: text)
            for i in 0...(text.count + 2) {
                for cap in [0, 1, 16] {
                    #expect(finder.clauseEnd(after: i, notAfter: i + cap) == min(text.clauseEnd(after: i), i + cap))
                }
            }
        }
    }

    @Test("compactString copies runs eight bytes at a time: as the byte-by-byte filter, at every alignment")
    func compactRuns() {
        let pieces = ["人才", "资源", " ", "\n", "\t", "\r", "a", "1.5", "\u{1}", "！", "e\u{301}", "𠀀", "  ", "收入总计"]
        var seed: UInt64 = 7
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<12 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(seed >> 33) % pieces.count]
            }
            let text = DocText(unnormalized: s)
            for lo in 0...min(text.count, 9) {
                for hi in [lo, (lo + text.count) / 2, text.count] where hi >= lo {
                    let slow = text.string(lo..<hi).utf8.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                    #expect(Array(text.compactString(lo..<hi).utf8) == slow)
                    let tail = text.string(0..<lo).utf8.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                    #expect(Array(text.compactString(lo..<hi, 0..<lo).utf8) == slow + tail)
                }
            }
        }
    }

    @Test("isInertScalar: each scalar as isInert reads its UTF-8")
    func inertScalars() {
        let probes: [UInt32] = Array(0..<0x300) + Array(0x1FF0..<0x2C10) + Array(0x2FF0..<0x3110) + [0x3FFF, 0x4000, 0x9FFF,
            0xA000, 0xD7FF, 0xE000, 0xFEFF, 0xFF00, 0xFFFD, 0xFFFF, 0x10000, 0x20000, 0x10FFFF]
        for x in probes {
            guard let u = Unicode.Scalar(x) else { continue }
            var s = String(u)
            let bytes = s.withUTF8 { LiteralSearch.isInert($0) }
            #expect(LiteralSearch.isInertScalar(x) == bytes, "\(String(x, radix: 16))")
        }
    }
}
