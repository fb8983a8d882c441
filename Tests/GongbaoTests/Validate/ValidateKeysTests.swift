import Foundation
import Testing
@testable import Gongbao

/// The validator's keys without joined Strings (numbered texts, memos per path) must group exactly what the
/// joined Strings they replace group.
@Suite("Validate keys")
struct ValidateKeysTests {
    typealias R = RuleUnitTests

    /// A budget-report passage: subjects stated with several values, 其中 lists, a change 由…增加到….
    static let text = """
    一、2025年预算执行情况
    全市一般公共预算收入完成45.1亿元，为预算的80.8%，增长5.2%。其中，税收收入30.2亿元，非税收入14.9亿元。
    支出预算合计726.9亿元，支出预算调整为829.8亿元；支出完成723.3亿元。
    二、2026年预算草案
    全市一般公共预算收入安排47.3亿元，增长4.9%。毕业生5399人，毕业生9586人。
    城镇居民人均可支配收入由2002年7703元增加到2007年13786元。人才资源总量7.8万人。
    人才资源总量7.8万人，较上年增加0.3万人。去年同期人才资源总量7.5万人。
    """

    static func statements(_ text: String, path: String = "budget-2026.txt") throws -> [Statement] {
        let doc = try Pipeline.standard().process(SourceDocument(path: path, bytes: Array(text.utf8), kind: .plainText))
        return MetricIdentity(rules: R.validator.rules).statements(in: [doc])
    }

    /// Each statement renumbered with fresh numbers, its marks cleared.
    static func renumbered(_ statements: [Statement], _ numbers: inout TextNumbers) -> [Statement] {
        statements.map { s in
            var s = s
            s.subjectID = numbers.number(s.subject)
            s.familyID = numbers.number(s.unitFamily ?? "-")
            s.earlierID = numbers.number(s.earlier ?? "-")
            s.placeID = numbers.number(s.place)
            s.seriesID = numbers.number(s.series)
            s.keysNeedText = [s.subjectID, s.familyID, s.earlierID, s.placeID, s.seriesID].contains { numbers.separates($0) }
            s.isAmbiguous = false
            s.severalInDocument = false
            return s
        }
    }

    static func synthetic() -> [Statement] {
        let rows: [(String, Decimal, String?, String, Int)] = [
            ("支出|预算", 726, "亿元", "726亿元", 1), ("支出", 829, "亿元", "829亿元", 1), ("支出|预算", 723, "亿元", "723亿元", 1),
            ("毕业生\u{1F}人", 5399, "人", "5399人", 2), ("毕业生\u{1F}人", 9586, "人", "9586人", 2),
            ("毕业生", 5399, "人", "5399人", 3), ("毕业生", 9586, "人", "9586人", 3), ("人才", 7, "万人", "7万人", 3),
            ("e\u{301}", 5, "个", "5个", 4), ("\u{E9}", 6, "个", "6个", 4),
        ]
        return rows.enumerated().map { i, row in
            let m = R.metric(row.0, row.1, row.2, row.3, line: row.4 + i)
            var s = Statement(document: 0, index: i, metric: m, path: "a.txt", subject: row.0, unitFamily: row.2,
                              range: ValueRange(lower: row.1, upper: row.1), baseValue: row.1, scopePeriod: nil,
                              period: nil, documentPeriod: nil, place: "", series: "a", earlier: nil, isTarget: false,
                              isCumulative: false)
            s.sentence = row.4
            return s
        }
    }

    @Test("numbered keys mark the statements the joined keys mark (several values, several in a document)")
    func severalMarks() throws {
        let cache = ValidationCache(R.validator.rules.catalogue)
        for statements in [try Self.statements(Self.text), Self.synthetic()] {
            #expect(!statements.isEmpty)
            var numbers = TextNumbers()
            var fast = Self.renumbered(statements, &numbers)
            var plain = fast
            MetricIdentity.markSeveralValues(&fast, fast.indices, numbers: &numbers, cache: cache)
            MetricIdentity.markSeveralInDocument(&fast, fast.indices, numbers: numbers)
            MetricIdentity.markSeveralValuesJoined(&plain, plain.indices, catalogue: R.validator.rules.catalogue, cache: cache)
            MetricIdentity.markSeveralInDocumentJoined(&plain, plain.indices)
            #expect(fast.map(\.isAmbiguous) == plain.map(\.isAmbiguous))
            #expect(fast.map(\.severalInDocument) == plain.map(\.severalInDocument))
            #expect(fast.contains { $0.isAmbiguous } && fast.contains { $0.severalInDocument })
        }
    }

    @Test("a text numbered twice keeps its number; a separator in it is noted")
    func numbers() {
        var n = TextNumbers()
        let a = n.number("人才资源"), b = n.number("人才资源"), c = n.number("a|b"), d = n.number("e\u{301}"), e = n.number("\u{E9}")
        #expect(a == b && a != c && d == e)
        #expect(!n.separates(a) && n.separates(c) && n.separates(-1))
    }

    @Test("series keys and file periods from the memo are the ones worked out afresh")
    func seriesMemo() {
        let paths = ["corpus/招商引资-2024-02.txt", "x/某市2024年1—4月招商情况.txt", "10-004-yingkou-statistical-communique-2025.html",
                     "a/b/report_2023.Q1.txt", "统计公报.txt", "2024-H1.md", "1-002-huangshi-2021-gb2312.html"]
        for p in paths + paths {
            #expect(SeriesKey.key(ofPath: p) == SeriesKey.computedKey(ofPath: p))
            #expect(SeriesKey.period(ofPath: p) == SeriesKey.computedPeriod(ofPath: p))
        }
    }

    /// Three bulletins of one series (running totals, a rate, repeats) and one of another.
    static func bulletins() throws -> [DocumentResult] {
        let pipeline = try Pipeline.standard()
        let texts: [(String, String)] = [
            ("招商引资-2024-03.txt", "1—3月，全市累计签约项目52个，签约金额196.5亿元，同比增长20%。其中，工业项目签约金额134.2亿元。实际到位资金84.7亿元。"),
            ("招商引资-2024-04.txt", "1—4月，全市累计签约项目48个，签约金额210.5亿元，同比增长18%。实际到位资金90.1亿元。签约金额210.5万元。"),
            ("招商引资-2024-05.txt", "1—5月，全市累计签约项目60个，签约金额250亿元。实际到位资金95.3亿元，去年同期实际到位资金80亿元。"),
            ("统计公报-2023.txt", "2023年全市地区生产总值1200亿元，增长5%。人才资源总量7.8万人。人才资源总量8.7万人。"),
        ]
        return try texts.map { try pipeline.process(SourceDocument(path: $0.0, bytes: Array($0.1.utf8), kind: .plainText)) }
    }

    static func ids(_ chains: [[Statement]]) -> [[String]] {
        chains.map { $0.map { "\($0.document):\($0.index)" } }
    }

    @Test("chains grouped by numbers are the chains grouped by joined keys")
    func chains() throws {
        let docs = try Self.bulletins()
        let c = RuleContext(rules: R.validator.rules, documents: docs)
        #expect(c.numbered)
        for cumulative in [false, true] {
            let fast = SeriesNeighbours.chains(in: c, cumulativeOnly: cumulative)
            #expect(Self.ids(fast) == Self.ids(SeriesNeighbours.chainsJoined(in: c, cumulativeOnly: cumulative)))
            #expect(!fast.isEmpty)
        }
        // A digest's statements (read in several calls) are grouped by joined keys.
        let d = RuleContext(rules: R.validator.rules, statements: c.statements)
        #expect(!d.numbered)
        #expect(Self.ids(SeriesNeighbours.chains(in: d, cumulativeOnly: false)) == Self.ids(SeriesNeighbours.chains(in: c, cumulativeOnly: false)))
    }

    @Test("repeated subjects: the groups of two or more, in subject order, as grouping all and sorting gives")
    func repeatedSubjects() throws {
        let statements = try RuleContext(rules: R.validator.rules, documents: Self.bulletins()).statements + Self.statements(Self.text)
        let fast = RuleContext.repeated(statements)
        #expect(Self.ids(fast) == Self.ids(RuleContext.repeatedPlain(statements)))
        #expect(!fast.isEmpty)
        // Numbered in one call: grouped by the subjects' numbers.
        let one = try RuleContext(rules: R.validator.rules, documents: Self.bulletins() + [
            Pipeline.standard().process(SourceDocument(path: "budget-2026.txt", bytes: Array(Self.text.utf8), kind: .plainText))]).statements
        #expect(one.allSatisfy { $0.subjectID >= 0 })
        let numbered = RuleContext.repeated(one, numbered: true)
        #expect(Self.ids(numbered) == Self.ids(RuleContext.repeatedPlain(one)))
        #expect(!numbered.isEmpty)
    }

    @Test("the digest key written into one buffer is the key joined from an array of fields")
    func digestKeys() throws {
        let statements = try RuleContext(rules: R.validator.rules, documents: Self.bulletins()).statements + Self.statements(Self.text)
            + Self.synthetic()
        for a in statements {
            let fast = SeriesDigest.fastKey(a), plain = SeriesDigest.fastKeyJoined(a)
            #expect(fast == plain)
            #expect(fast.text.text == plain.text.text)
        }
        #expect(statements.contains { !$0.context.isEmpty })
    }

    @Test("sentences read once per span are the sentences read one by one")
    func sentenceSpans() throws {
        let text = "一、总体情况\n其中，税收收入30.2亿元。全市收入45.1亿元。其中，非税收入14.9亿元，增长5%！\n\n<p>支出<b>72</b>亿元</p>？"
        let reader = SentenceReader(source: SourceText(path: "s.txt", bytes: Array(text.utf8), encoding: "UTF-8"))
        var memo: [SentenceReader.Span: SentenceReader.Sentence] = [:]
        let n = text.utf8.count
        for a in 0..<n {
            for b in [a, a + 1, min(n, a + 7)] {
                let plain = reader.sentence(at: a..<b), fast = reader.sentence(at: a..<b, memo: &memo)
                #expect(plain.range == fast.range && plain.text == fast.text, "\(a)..<\(b)")
            }
        }
    }

    @Test("one pass finds the sentence boundaries, paragraph ends and lines the separate passes find")
    func layout() {
        let texts: [String] = [
            "", "\n", "。", "\u{E3}\u{80}", "一、总体情况\n收入45.1亿元。\n\n  \n支出72亿元！\r\n其中？\n",
            "<p>收入<b>45</b>亿元。</p><div>支出</div>\n<br/><td>1</td>。<span>x</span>\n\t\n",
            "a。\n b！\n\nc？<P>d</P>。<Table>", "收 入\n完 成\n。\n", String(repeating: "增长5%。\n<li>x", count: 20),
        ]
        var bytesList: [[UInt8]] = texts.map { Array($0.utf8) }
        bytesList.append([0xE3, 0x80, 0x82, 0x0A, 0xE3, 0x80, 0x0A, 0xEF, 0xBC, 0x9F, 0x0A, 0x80, 0x80, 0x80, 0x0A, 0x0A])
        bytesList.append([0xEF, 0xBC, 0x81, 0x3C, 0x70, 0x3E, 0x0A, 0x20, 0x0A, 0xEF, 0xBC])
        for b in bytesList {
            let fast = SentenceReader.layout(of: b)
            let boundaries = SentenceReader.boundaries(of: b)
            #expect(fast.boundaries == boundaries, "\(b)")
            #expect(fast.paragraphs == SentenceReader.paragraphBreaks(of: b), "\(b)")
            let lines: [Int] = b.indices.filter { b[$0] == 0x0A }.map { $0 + 1 }
            let tags: [Int] = boundaries.filter { $0 < b.count && b[$0] == 0x3C }
            #expect(fast.lineStarts == lines)
            #expect(fast.tags == tags)
        }
    }

    @Test("the several-period words found in one pass are the words found one search at a time")
    func severalPeriods() {
        let catalogue = R.validator.rules.catalogue
        let cache = ValidationCache(catalogue)
        #expect(!catalogue.severalPeriodWords.isEmpty)
        var texts = ["", "全市一般公共预算收入完成45.1亿元", "关于2025年预算执行情况和2026年预算草案的报告", "五年来", "过去五",
                     "2024年决算", "预算（草案", "abc工作报告"]
        texts += catalogue.severalPeriodWords
        for t in texts {
            let bytes = Array(t.utf8)
            #expect(cache.severalPeriodIndex.anyOccurs(in: bytes) == MetricIdentity.severalPeriodsReference(bytes, catalogue), "\(t)")
        }
    }

    @Test("a rule pattern normalized through the run's cache is the pattern normalized afresh")
    func patternsThroughCache() {
        let catalogue = R.validator.rules.catalogue
        let cache = ValidationCache(catalogue)
        for text in ["签约项目", "各类人才资源总量", "“招引项目”", "实际到位资金同比增长", ""] {
            #expect(cache.normalizedPlain(text) == catalogue.normalized(text))
            #expect(cache.normalizedPlain(text) == catalogue.normalized(text))
        }
    }

    @Test("the one pass agrees with the separate passes on random bytes drawn from the marks it reads")
    func layoutRandom() {
        // Bytes of 。！？, line feeds, spaces, tags, CJK and stray continuation bytes, in every order.
        let alphabet: [[UInt8]] = [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0x0A], [0x20], [0x0D], [0x09],
                                   Array("<p>".utf8), Array("</div>".utf8), Array("<b>".utf8), Array("收".utf8), [0x80], [0x82],
                                   [0xE3], [0xEF, 0xBC], [0x61], [0xBC, 0x81]]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<3000 {
            var b: [UInt8] = []
            for _ in 0..<(next() % 24) { b += alphabet[next() % alphabet.count] }
            let fast = SentenceReader.layout(of: b)
            let boundaries = SentenceReader.boundaries(of: b)
            #expect(fast.boundaries == boundaries, "\(b)")
            #expect(fast.paragraphs == SentenceReader.paragraphBreaks(of: b), "\(b)")
        }
    }

    @Test("the text cleaned once copies CJK characters as the plain cleaning keeps them")
    func cleanedCJK() throws {
        let text = "一、总体情况\n收 入<b>完</b>成4\u{3000}5.1亿元，增长\u{2003}5%。「预算」𠀀 \u{00A0}乙\u{200B}丙"
        let bytes = Array(text.utf8)
        let clean = try #require(CleanedText(bytes))
        #expect(clean.bytes == SentenceReader.cleanedBytes(text))
        for a in 0...bytes.count {
            for b in [a, min(bytes.count, a + 4), bytes.count] {
                #expect(clean.string(a..<b) == SentenceReader.cleaned(UTF8Scan.string(bytes, a..<b)), "\(a)..<\(b)")
            }
        }
    }

    @Test("targets checked within one document are not evaluable, as the search of the other documents finds")
    func targetsWithinOneDocument() throws {
        let text = "2024年全年计划签约项目120个，力争实际到位资金300亿元。1—4月累计签约项目48个，实际到位资金90.1亿元。"
        let doc = try Pipeline.standard().process(SourceDocument(path: "招商引资-2024-04.txt", bytes: Array(text.utf8), kind: .plainText))
        for docs in [[doc], try Self.bulletins()] {
            let c = RuleContext(rules: R.validator.rules, documents: docs)
            let fast = TargetRule.check(c, .note), plain = TargetRule.checkAcross(c, RuleOutcome("target-reported-achieved", .note))
            #expect(fast.tally == plain.tally)
            #expect(fast.findings.map(\.message) == plain.findings.map(\.message))
        }
        let c = RuleContext(rules: R.validator.rules, documents: [doc])
        #expect(c.statements.contains { $0.isTarget })
        #expect(TargetRule.check(c, .note).tally.notEvaluable > 0)
    }

    @Test("a whole number's half unit without Decimal arithmetic is the half unit worked out")
    func halfUnits() {
        let rows: [(Decimal, String)] = [
            (236, "236项"), (80000, "8万人"), (78000, "7.8万人"), (236, "２３６项"), (4414000000, "44.14 亿元"), (0, "0个"),
            (100, "100%"), (12345000, "1,234.5万元"), (5, "五个"), (1200000000000, "1.2万亿元"), (30, "30余人"),
            (2024, "2024年"), (7, "007个"), (Decimal(string: "236.0")!, "236项"), (-5, "5个"), (1000, "1千"), (10, "10"),
            (Decimal(string: "18446744073709551615")!, "18446744073709551615"), (Decimal(string: "1e20")!, "100000000000000000000"),
        ]
        for (value, surface) in rows {
            let m = R.metric("x", value, nil, surface, line: 1)
            #expect(ValueRange.halfUnit(of: m) == ValueRange.halfUnitPlain(of: m), "\(surface)")
        }
        for (value, n) in [(Decimal(236), UInt64(236)), (Decimal(string: "236.00")!, 236), (Decimal(string: "2.36e2")!, 236),
                           (Decimal(237), 236), (Decimal(-236), 236), (Decimal(0), 0), (Decimal(string: "0.5")!, 0),
                           (Decimal(string: "1e30")!, 1), (Decimal(string: "1e-30")!, 1), (Decimal(UInt64.max), UInt64.max)] {
            if let fast = ValueRange.equals(value, n) { #expect(fast == (value == Decimal(n)), "\(value) \(n)") }
        }
    }
}
