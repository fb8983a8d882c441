import Foundation
import Testing
@testable import Gongbao

/// The fast paths of the passes after the scan (subjects, plans, elliptic heads, years) must answer exactly as the
/// simple code they replace, on CJK text and on text with combining marks, CR LF, Latin accents and emoji.
@Suite("Post-scan fast paths")
struct PostScanFastPathTests {
    static let samples = [
        "", "收入", "一般公共预算支出", "a", "é", "e\u{301}收入", "👍支出", "占比39.9%", "\r\n占地", "\u{3000}高于全国",
        "𠀀占比", "2024-03", "????-03-24", "2016-01/10", "1799", "2200年", "0123", "2024", "2024\u{301}-03", "20２4",
        "城镇居民人均可支配收入", "か\u{3099}支", "Ω", "ꙮ", "\u{10FFFF}",
    ]

    @Test("containsScalar: the UTF-8 decoded as unicodeScalars would be")
    func containsScalar() {
        let sets: [[UInt32]] = [[0x6536, 0x652F], [0x61], [0xE9, 0x301], [0x1F44D, 0x5360], [0x10FFFF], [0x3000, 0x0D]]
        for list in sets {
            let set = ScalarSet(list)
            let bmp = list.filter { $0 < 0x10000 }
            for s in Self.samples {
                #expect(LiteralSearch.containsScalar(of: set, in: s) == s.unicodeScalars.contains { bmp.contains($0.value) })
            }
        }
    }

    @Test("firstScalar: unicodeScalars.first")
    func firstScalar() {
        for s in Self.samples {
            #expect(SimpleText.firstScalar(s) == s.unicodeScalars.first?.value)
        }
    }

    @Test("commonYear: Decimal(string:) of the first four Characters, bit for bit")
    func commonYear() {
        var values = Self.samples
        for y in stride(from: 1790, through: 2210, by: 1) { values += ["\(y)", "\(y)-03", "\(y)/10", "\(y)年"] }
        for d in values {
            guard let fast = ExtractorSupport.commonYear(d) else { continue }
            let slow = Decimal(string: String(d.prefix(4)))
            #expect(slow != nil)
            if let slow {
                #expect(withUnsafeBytes(of: fast) { Array($0) } == withUnsafeBytes(of: slow) { Array($0) })
            }
        }
        #expect(ExtractorSupport.commonYear("2024-03") != nil)
        #expect(ExtractorSupport.commonYear("1799") == nil)
        #expect(ExtractorSupport.commonYear("2024\u{301}-03") == nil)
    }
}

extension PostScanFastPathTests {
    @Test("statesPosition with the sentence read once: as read for each figure")
    func statesPositionPerSentence() {
        let texts = [
            "截至2026年1月31日，全市支出5.8亿元，其中：基本支出4.3亿元；项目支出1.5亿元。2025年完成投资12亿元，2027年计划投资15亿元。",
            "国务院组成部门从40个减少到29个。新增就业6万人以上；城镇调查失业率5.5%左右！截止目前建成3个，另建2个？由 7个 增至9个",
            "1999年至2024年间，增加12个。\n二、2026年重点工作\n新增公路通车里程1500公里，12345年，x2020年3个截至",
        ]
        for s in texts {
            let text = DocText(unnormalized: s)
            for period in [nil, 2025, 2026] as [Int?] {
                var facts = PlanSections.SentenceFacts()
                for i in 0..<text.count where text.isDigit(i) {
                    var e = i
                    while text.isDigit(e) { e += 1 }
                    let fig = Figure(span: i..<min(e + 1, text.count), numberStart: i, value: 0, unit: nil, kind: .count,
                                     unitEnd: min(e + 1, text.count))
                    #expect(PlanSections.statesPosition(fig, text: text, periodYear: period, sentence: &facts)
                            == PlanSections.statesPosition(fig, text: text, periodYear: period))
                }
            }
        }
    }
}

extension PostScanFastPathTests {
    @Test("SimpleText.Suffix: as String.hasSuffix")
    func preparedSuffix() {
        let words = ["的比例", "比例", "e\u{301}", "é", "", "收入", "\r\n", "豈"]
        let subjects = Self.samples + ["占预算的比例", "的比例", "比例", "cafe\u{301}", "café", "a\r\n", "豈", "\u{F900}",
                                       "收入\u{301}", "的比例\u{301}", "\u{301}的比例"]
        for w in words {
            let suffix = SimpleText.Suffix(w)
            for s in subjects { #expect(suffix.isSuffix(of: s) == s.hasSuffix(w)) }
        }
    }
}

extension PostScanFastPathTests {
    @Test("QizhongWalk: positions asked in ascending order answer as qizhong(before:) does for each")
    func qizhongWalk() {
        let texts = [
            "卫生院51个（其中街道卫生院7个，乡镇卫生院44个），疾病预防控制中心13个。其中，工业项目30个，服务业(其中物流5个)12个",
            "在校学生131.6万人，其中本专科学生116.0万人，硕士研究生12.9万人；博士研究生2.8万人\n其中）(12个其中3个（4个）5个",
            "其中1其中2(其中3)4）5（6其中7！8其中9",
        ]
        for s in texts {
            let text = DocText(unnormalized: s)
            let index = ExtractorSupport.QizhongIndex(text)
            for step in 1...3 {
                var walk = ExtractorSupport.QizhongWalk()
                var direct = ExtractorSupport.QizhongWalk()
                for i in stride(from: 0, through: text.count, by: step) {
                    #expect(walk.qizhong(before: i, text: text) == ExtractorSupport.qizhong(before: i, text: text))
                    #expect(index.qizhong(before: i, text: text, walk: &direct) == index.qizhong(before: i, text: text))
                }
            }
        }
    }
}

extension PostScanFastPathTests {
    /// linkParts as it was before the walks were remembered (c155b48), for comparison.
    static func referenceLinkParts(_ metrics: inout [Metric], figures: [Figure], text: DocText,
                                   contrasts: [(String, String)]) {
        let t = text.t
        let qizhongs = ExtractorSupport.QizhongIndex(text)
        var partSums: [Int: (sum: Decimal, limit: Decimal)] = [:]
        var closed: Set<Int> = []
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            guard let found = qizhongs.qizhong(before: figures[k].numberStart, text: text) else { continue }
            var lo = found
            while lo > 0, !ExtractorSupport.isPeriodEnd(t[lo - 1]) { lo -= 1 }
            var opening = true
            for q in lo..<found where !(t[q] == 0x20 || t[q] == 0x0A || t[q] == 0x09 || t[q] == 0x3000) { opening = false; break }
            if opening {
                while lo > 0, ExtractorSupport.isPeriodEnd(t[lo - 1]) || t[lo - 1] == 0x20 { lo -= 1 }
                while lo > 0, !ExtractorSupport.isPeriodEnd(t[lo - 1]) { lo -= 1 }
            }
            var total = -1
            for j in stride(from: k - 1, through: 0, by: -1) where figures[j].span.upperBound <= found {
                if figures[j].span.lowerBound < lo { break }
                guard figures[j].kind.isQuantity, !figures[j].fromTable else { continue }
                if figures[j].unit == figures[k].unit { total = j; break }
            }
            guard total >= 0, !closed.contains(total) else { continue }
            if ExtractorSupport.contrasting(metrics[k].subject, metrics[total].subject, pairs: contrasts) {
                closed.insert(total)
                continue
            }
            let additive = figures[k].kind == .count || figures[k].kind == .money || figures[k].kind == .measure
            if additive, figures[total].value > 0, figures[k].value >= 0 {
                let entry = partSums[total] ?? (0, figures[total].value * ExtractorSupport.completeShare)
                if entry.sum >= entry.limit { continue }
                partSums[total] = (entry.sum + figures[k].value, entry.limit)
            }
            metrics[k].partOf = total
        }
    }

    @Test("linkParts with remembered walks: the parts found by the walk for each part")
    func linkPartsRemembered() {
        let texts = [
            "在校学生131人，其中本专科学生116人，硕士12人，博士2人，教师6人。收入5亿元，其中税收3亿元，支出2亿元，其中教育1亿元",
            "卫生院51个（其中街道7个，乡镇44个），中心13个。\n其中，工业30个，服务12个；其中物流5个，仓储4个，港口3个，其他9个",
            "其中1个2个其中3%4个（5个其中6个）7个。8个，其中9个10%11个12个13个",
        ]
        let units: [String?] = ["个", "%", "亿元", nil, "个"]
        let subjects = ["收入", "支出", "城市", "", "学生", "税收收入"]
        let kinds: [MetricKind] = [.count, .money, .percent, .count, .measure, .date]
        var linked = 0
        for s in texts {
            let text = DocText(unnormalized: s)
            for seed in 0..<6 {
                var figures: [Figure] = []
                var i = 0
                while i < text.count {
                    guard text.isDigit(i) else { i += 1; continue }
                    var e = i
                    while text.isDigit(e) { e += 1 }
                    let n = figures.count + seed
                    let value = Decimal(Int(text.string(i..<e)) ?? 0)
                    var fig = Figure(span: i..<min(e + 1, text.count), numberStart: i, value: value,
                                     unit: units[n % units.count], kind: kinds[(n / 2) % kinds.count],
                                     unitEnd: min(e + 1, text.count))
                    fig.fromTable = n % 7 == 6
                    figures.append(fig)
                    i = e
                }
                let metrics = figures.indices.map { k in
                    Metric(location: SourceLocation(path: "", line: 0, column: 0), sourceRange: 0..<0, surface: "",
                           subject: subjects[(k * 5 + seed) % subjects.count], value: figures[k].value,
                           unit: figures[k].unit, kind: figures[k].kind)
                }
                let pairs = [("收入", "支出")]
                var fast = figures, slow = metrics
                for k in fast.indices { fast[k].subject = metrics[k].subject }
                ExtractorSupport.linkParts(&fast, text: text, contrasts: pairs)
                Self.referenceLinkParts(&slow, figures: figures, text: text, contrasts: pairs)
                #expect(fast.map(\.partOf) == slow.map(\.partOf))
                linked += slow.filter { $0.partOf != nil }.count
            }
        }
        #expect(linked > 20)
    }
}

extension PostScanFastPathTests {
    @Test("ContextReader: the sentence cursor carried from figure to figure reads as a fresh one for each figure")
    func cursorCarriedEqualsFresh() throws {
        let book = PatternBook(try Lexicon.bundled())
        let texts = [
            "收入安排19.4亿元，加上上年结转等资金，总收入75.2亿元。累计完成投资12亿元，增长5%；已建成3个，计划新建4个。\n安排资金改造2个",
            "国家安排资金改造和新建1.88万所乡镇卫生院。主要预期目标是：地区生产总值增长5%左右；城镇新增就业6万人以上；其中2个。",
            "完成1个！累计2个？3个安排4个累计5个;已6个\n7个计划8个“计划9个”10个",
        ]
        for s in texts {
            let text = DocText(unnormalized: s)
            var starts: [Int] = []
            for i in 0..<text.count where text.isDigit(i) && !text.isDigit(i - 1) { starts.append(i) }
            for order in [starts, starts.reversed(), starts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)] {
                var carried = ContextReader(book: book, text: text, blocked: [])
                var lastEnd = 0
                for i in order {
                    var e = i
                    while text.isDigit(e) || text.t[e] == 0x2E { e += 1 }
                    let end = min(e + 1, text.count)
                    let fig = Figure(span: i..<end, numberStart: i, value: 1, unit: "个", kind: .count, unitEnd: end)
                    var a = fig, b = fig
                    let floor = min(lastEnd, i)
                    carried.annotate(&a, lastEnd: floor)
                    var fresh = ContextReader(book: book, text: text, blocked: [])
                    fresh.annotate(&b, lastEnd: floor)
                    #expect(a.qualifiers == b.qualifiers && a.direction == b.direction && a.isCumulative == b.isCumulative)
                    lastEnd = end
                }
            }
        }
    }
}

extension PostScanFastPathTests {
    @Test("ContextReader: the plan-word search read as far as asked answers as the whole sentence read")
    func targetReadAsAsked() throws {
        let book = PatternBook(try Lexicon.bundled())
        let texts = [
            "2026年计划投资12亿元，预计完成15亿元，将由10%调整为30%。“计划”3个，签约4个，力争5个；年内6个",
            "主要预期目标是：增长5%左右；就业6万人以上。将房产税税率由10%调整为30%，将于2026年建成。",
        ]
        for s in texts {
            let text = DocText(unnormalized: s)
            for blocked in [[], [12..<16], [0..<3, 30..<40]] as [[Range<Int>]] {
                var reader = ContextReader(book: book, text: text, blocked: blocked)
                for step in [1, 3, 7] {
                    for k in stride(from: 0, through: text.count, by: step) {
                        let s0 = text.sentenceStart(before: k)
                        #expect(reader.targetStarts(inSentenceFrom: s0, before: k) == (reader.firstTarget(inSentenceFrom: s0) < k))
                    }
                }
            }
        }
    }
}

extension PostScanFastPathTests {
    @Test("PrefixWords.longestPrefix: the longest word's byte count, as filter/map/max over [[UInt8]] gave")
    func longestPrefixWord() throws {
        let lexicon = try Lexicon.bundled()
        let lists: [[String]] = [
            lexicon.predicateOpeners, lexicon.notPredicateOpeners,
            [], [""], ["占", "占地", "占地区"], ["a", "ab", "", "abc", "é", "e\u{301}"],
        ]
        var mix = Mix(state: 0x5eed)
        var texts = Self.samples + ["占地区生产总值比重", "占地500亩", "比上年增长", "较大", "增速高于全州", "abcd", "ab"]
        let letters: [String] = "占地区比上年较大高于增速环比ab".map { String($0) } + ["e\u{301}", "é"]
        for _ in 0..<400 {
            var s = ""
            for _ in 0..<mix.next(6) { s += letters[mix.next(letters.count)] }
            texts.append(s)
        }
        for list in lists {
            let words = PrefixWords(list)
            let reference = list.map { Array($0.utf8) }
            for s in texts {
                let b = Array(s.utf8)
                let expected = reference.filter { $0.count <= b.count && b.prefix($0.count).elementsEqual($0) }
                    .map(\.count).max() ?? 0
                #expect(b.withUnsafeBufferPointer { words.longestPrefix(of: $0) } == expected, "\(s) in \(list)")
            }
        }
    }
}

extension PostScanFastPathTests {
    @Test("ScalarSet.containsAny: LiteralSearch.containsScalar's answer")
    func containsAnyScalar() {
        let sets: [[UInt32]] = [[0x6536, 0x652F], [0x61], [0xE9, 0x301], [0x1F44D, 0x5360], [0x10FFFF], [0x3000, 0x0D], []]
        for list in sets {
            let set = ScalarSet(list)
            let bmp = list.filter { $0 < 0x10000 }
            for s in Self.samples + ["一般公共预算收入", "安排支出", "é收", "\u{7F}\u{80}\u{7FF}\u{800}"] {
                #expect(set.containsAny(inUTF8Of: s) == s.unicodeScalars.contains { bmp.contains($0.value) }, "\(s)")
            }
        }
    }

    @Test("GenericFunds.contains and PrefixWords.contains: the word list compared as strings")
    func genericFunds() throws {
        let lists: [[String]] = [try Lexicon.bundled().genericFunds, ["资金", ""], ["e\u{301}", "资金"], ["é"], []]
        let subjects = Self.samples + ["资金", "统筹资金", "统筹资金 ", "资金资金", "", "é", "e\u{301}"]
        for list in lists {
            let generic = EllipticSubjects.GenericFunds(list)
            let words = PrefixWords(list)
            for s in subjects {
                #expect(generic.contains(s) == list.contains { LiteralSearch.equals($0, s) }, "\(s) in \(list)")
                let bytes = Array(s.utf8)
                #expect(bytes.withUnsafeBufferPointer { words.contains($0) } == list.contains { Array($0.utf8) == bytes })
            }
        }
    }

    @Test("LiteralSearch.equals with the equal-bytes test first: String ==")
    func equalsBytesFirst() {
        let more = ["亿元", "万元", "%", "e\u{301}", "é", "\r\n", "\n", "か\u{3099}", "が"]
        for a in Self.samples + more {
            for b in Self.samples + more {
                #expect(LiteralSearch.equals(a, b) == (a == b), "\(a) vs \(b)")
            }
        }
    }
}

extension PostScanFastPathTests {
    @Test("SimpleText.scalars(of:into:): unicodeScalars.map(\\.value), the buffer reused")
    func scalarsIntoBuffer() {
        var buffer: [UInt32] = [1, 2, 3]
        for s in Self.samples + ["一般公共预算收入年初预算", "\u{7FF}\u{800}\u{FFFF}\u{10000}", "e\u{301}\r\n收"] {
            SimpleText.scalars(of: s, into: &buffer)
            #expect(buffer == s.unicodeScalars.map(\.value), "\(s)")
        }
    }
}
