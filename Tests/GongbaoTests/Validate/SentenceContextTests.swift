import Foundation
import Testing
@testable import Gongbao

/// What the validator reads from a figure's sentence: changes (由…增加到…), several values of one subject,
/// vague subjects, year / plan / outcome / place words, numbered headings, restated sentences, 其中 clauses.
/// Metrics are built by hand at their place in a small text (no extractor), so each rule is seen alone.
@Suite("Validate: sentence context")
struct SentenceContextTests {
    /// A text and its figures: each (surface, subject) found at its `nth` occurrence after the previous one.
    struct Doc {
        let text: String
        var figures: [(surface: String, subject: String, value: Decimal, unit: String, kind: MetricKind, partOf: Int?)] = []

        init(_ text: String) { self.text = text }

        func add(_ surface: String, _ subject: String, _ value: Decimal, _ unit: String, _ kind: MetricKind = .money,
                 partOf: Int? = nil) -> Doc {
            var d = self
            d.figures.append((surface, subject, value, unit, kind, partOf))
            return d
        }

        func findings(path: String = "doc.txt") -> [Finding] {
            let source = SourceText(path: path, bytes: Array(text.utf8), encoding: "UTF-8")
            var metrics: [Metric] = []
            var from = text.utf8.startIndex
            for f in figures {
                let range = text[from...].range(of: f.surface)!
                let lo = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                let hi = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
                from = range.upperBound
                metrics.append(Metric(location: source.location(ofOffset: lo), sourceRange: lo..<hi, surface: f.surface,
                                      subject: f.subject, value: f.value, unit: f.unit, kind: f.kind, partOf: f.partOf))
            }
            let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8", metrics: metrics)
            return Validator().report(in: [doc], texts: [path: source]).findings
        }

        func errors() -> [Finding] { findings().filter { $0.severity == .error } }
    }

    @Test("由1655亿美元增加到3251亿美元, stated in two paragraphs: two periods, never a repeat")
    func fromTo() {
        let s = "五年来，我国年进出口总额由1655亿美元增加到3251亿美元。出口商品结构明显改善。\n"
        let d = Doc(s + "\n其他内容。\n\n" + s)
            .add("1655亿美元", "我国年进出口总额", 165_500_000_000, "美元").add("3251亿美元", "我国年进出口总额", 325_100_000_000, "美元")
            .add("1655亿美元", "我国年进出口总额", 165_500_000_000, "美元").add("3251亿美元", "我国年进出口总额", 325_100_000_000, "美元")
        #expect(d.findings().isEmpty)
    }

    @Test("the same from→to sentence restated with 3252 is a changed repeat, reported at both (either may be wrong)")
    func restatedChange() {
        let s = "五年来，我国年进出口总额由1655亿美元增加到3251亿美元，出口商品结构明显改善。\n"
        let changed = s.replacingOccurrences(of: "3251", with: "3252")
        let d = Doc("对外开放继续扩大。" + s + "利用外资大幅度增长。\n\n对外开放继续扩大。" + changed + "利用外资大幅度增长。\n")
            .add("1655亿美元", "我国年进出口总额", 165_500_000_000, "美元").add("3251亿美元", "我国年进出口总额", 325_100_000_000, "美元")
            .add("1655亿美元", "我国年进出口总额", 165_500_000_000, "美元").add("3252亿美元", "我国年进出口总额", 325_200_000_000, "美元")
        let e = d.errors()
        #expect(e.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        #expect(e.map { $0.locations.first?.line } == [1, 4])
    }

    @Test("年初预算…调整为…完成 in one sentence: several values of 支出, none a repeat of another paragraph's")
    func severalValues() {
        let d = Doc("一般公共预算支出合计726.9亿元，执行中因上级新增转移支付补助，调整为829.8亿元，完成723.3亿元。\n\n另段。\n一般公共预算支出合计386.2亿元，调整为559.6亿元，完成429.6亿元。\n")
            .add("726.9亿元", "一般公共预算支出", 72_690_000_000, "元").add("829.8亿元", "一般公共预算支出调整", 82_980_000_000, "元")
            .add("723.3亿元", "一般公共预算支出", 72_330_000_000, "元").add("386.2亿元", "一般公共预算支出", 38_620_000_000, "元")
            .add("559.6亿元", "一般公共预算支出调整", 55_960_000_000, "元").add("429.6亿元", "一般公共预算支出", 42_960_000_000, "元")
        #expect(d.findings().isEmpty)
    }

    @Test("a vague subject (收入, 筹措资金) never makes a repeat")
    func vague() {
        let d = Doc("一般公共预算收入完成421.8亿元。\n\n另段。\n政府性基金收入完成225.7亿元。\n\n筹措资金2亿元，支持产业。\n\n筹措资金1.3亿元，支持就业。\n")
            .add("421.8亿元", "收入", 42_180_000_000, "元").add("225.7亿元", "收入", 22_570_000_000, "元")
            .add("2亿元", "筹措资金", 200_000_000, "元").add("1.3亿元", "筹措资金", 130_000_000, "元")
        #expect(d.findings().isEmpty)
    }

    @Test("2025年 vs 2026年, 预算 vs 完成, 全市 vs 市本级 in the sentences: two figures")
    func conflictingContexts() {
        let d = Doc("2025年，国有土地使用权出让收入25亿元。\n\n另段。\n2026年，国有土地使用权出让收入30亿元。\n\n全市新建学校12所。\n\n另段。\n市本级新建学校13所。\n")
            .add("25亿元", "国有土地使用权出让收入", 2_500_000_000, "元").add("30亿元", "国有土地使用权出让收入", 3_000_000_000, "元")
            .add("12所", "新建学校", 12, "所", .count).add("13所", "新建学校", 13, "所", .count)
        #expect(d.findings().isEmpty)
    }

    @Test("a budget report's sections (一、2025年预算执行情况 / 二、2026年预算草案) hold different years")
    func headings() {
        let d = Doc("一、2025年预算执行情况\n全市社会保险基金预算支出122.2亿元，增长10.8%。\n\n二、2026年预算草案\n全市社会保险基金预算支出128.8亿元，增长5.3%。\n")
            .add("122.2亿元", "社会保险基金预算支出", 12_220_000_000, "元").add("128.8亿元", "社会保险基金预算支出", 12_880_000_000, "元")
        #expect(d.findings().isEmpty)
    }

    @Test("a pull quote one digit off (7.8万 → 7.9万) is still an error: rounded figures only touching disagree")
    func lastDigit() {
        let d = Doc("截至目前，全区共有各类人才资源7.8万人，较上年增长。\n\n正文。\n\n人才资源 7.9 万人。\n")
            .add("7.8万人", "全区共有各类人才资源", 78000, "人", .count).add("7.9 万人", "人才资源", 79000, "人", .count)
        let e = d.errors()
        #expect(e.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        #expect(e.map { $0.locations.map(\.line) } == [[1, 5], [5, 1]])
    }

    @Test("a figure stated three times, one of them changed: only the odd one is reported, wherever it stands")
    func oddOneOut() {
        let s = "国家规划免疫预防的疾病扩大到15种，重大传染病患者实施免费救治。\n\n"
        let d = Doc(s.replacingOccurrences(of: "15", with: "16") + s + s)
            .add("16种", "国家规划免疫预防的疾病", 16, "种", .count).add("15种", "国家规划免疫预防的疾病", 15, "种", .count)
            .add("15种", "国家规划免疫预防的疾病", 15, "种", .count)
        let e = d.errors()
        #expect(e.count == 1)
        #expect(e.first?.locations.first?.line == 1)
    }

    @Test("the first figure after an unlinked 其中 is a part of the figure before it (next sentence included)")
    func impliedPart() {
        let d = Doc("1—4月，全市实际到位资金84.7亿元，同比增长15.1%。其中，省外到位资金90.8亿元，占比较高。\n")
            .add("84.7亿元", "实际到位资金", 8_470_000_000, "元").add("15.1%", "实际到位资金", Decimal(string: "15.1")!, "%", .percent)
            .add("90.8亿元", "省外到位资金", 9_080_000_000, "元")
        #expect(d.errors().map(\.ruleID) == ["part-exceeds-total"])
    }

    @Test("a part linked to a nested total whose bracket closed before it belongs to the outer total")
    func nestedBracket() {
        let d = Doc("年末有各类卫生机构2738个，其中，医院138个，卫生院51个（其中街道卫生院7个，乡镇卫生院44个），社区卫生服务中心142个。\n")
            .add("2738个", "卫生机构", 2738, "个", .count).add("138个", "医院", 138, "个", .count, partOf: 0)
            .add("51个", "卫生院", 51, "个", .count, partOf: 0).add("7个", "街道卫生院", 7, "个", .count, partOf: 2)
            .add("44个", "乡镇卫生院", 44, "个", .count, partOf: 2).add("142个", "社区卫生服务中心", 142, "个", .count, partOf: 2)
        #expect(d.findings().isEmpty, "\(d.findings())")
    }

    @Test("adjacent paragraphs may restate a figure (an error when changed); adjacent lines of one paragraph never do")
    func adjacentLines() {
        let html = Doc("<p>全市实际到位资金84.7亿元，同比增长15.1%。</p>\n<p>今年以来，全市实际到位资金84.8亿元，招商工作稳中有进。</p>\n")
            .add("84.7亿元", "实际到位资金", 8_470_000_000, "元").add("84.8亿元", "实际到位资金", 8_480_000_000, "元")
        #expect(html.errors().map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        let wrapped = Doc("普通高校在校生29.4万人，中等职业教\n育在校生31.3万人，普通中学在校生\n")
            .add("29.4万人", "在校生", 294_000, "人", .count).add("31.3万人", "在校生", 313_000, "人", .count)
        #expect(wrapped.findings().isEmpty)
    }

    @Test("synonyms.yaml: vague words and context markers are read; specific subjects keep two characters")
    func catalogue() throws {
        let c = try RuleSet.standard().catalogue
        for vague in ["收入", "筹措资金", "增加到", "支出预算调整", "比上年"] { #expect(!c.isSpecific(c.normalized(vague)), "\(vague)") }
        for specific in ["一般公共预算支出", "实际到位资金", "人才资源总量", "签约项目", "国务院组成部门"] {
            #expect(c.isSpecific(c.normalized(specific)), "\(specific)")
        }
        let plan = StatementContext(sentence: "2026年全市一般公共预算收入安排116.4亿元", catalogue: c)
        let done = StatementContext(sentence: "全市地方一般公共预算收入113.6亿元，为预算的100%", catalogue: c)
        #expect(plan.labels["stage"] == ["plan"])
        #expect(done.labels["stage"] == ["actual"])
        #expect(plan.labels["year"] == ["2026"])
        #expect(plan.conflicts(with: done))
    }

    @Test("an HTML figure whose surface leaves out the markup inside it still gets its sentence")
    func markupInsideFigure() {
        let html = "<p>五年来，我国年进出口总额由<span>1655</span><span>亿美元</span>增加到3251亿美元。</p>\n<p>另段。</p>\n<p>五年来，我国年进出口总额由1655亿美元增加到3251亿美元。</p>\n"
        let source = SourceText(path: "r.html", bytes: Array(html.utf8), encoding: "UTF-8")
        func metric(_ raw: String, after: Int, surface: String, value: Decimal) -> (Metric, Int) {
            let bytes = Array(html.utf8), needle = Array(raw.utf8)
            let lo = (after...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            return (Metric(location: source.location(ofOffset: lo), sourceRange: lo..<(lo + needle.count), surface: surface,
                           subject: "我国年进出口总额", value: value, unit: "美元", kind: .money), lo + needle.count)
        }
        let (a, x) = metric("1655</span><span>亿美元", after: 0, surface: "1655亿美元", value: 165_500_000_000)
        let (b, y) = metric("3251亿美元", after: x, surface: "3251亿美元", value: 325_100_000_000)
        let (c, z) = metric("1655亿美元", after: y, surface: "1655亿美元", value: 165_500_000_000)
        let (d, _) = metric("3251亿美元", after: z, surface: "3251亿美元", value: 325_100_000_000)
        let doc = DocumentResult(path: "r.html", kind: .html, encoding: "UTF-8", metrics: [a, b, c, d])
        #expect(Validator().report(in: [doc], texts: ["r.html": source]).findings.isEmpty)
    }

    @Test("the sentence reader: boundaries at 。 and block tags, HTML tags dropped, a 其中 sentence joins the one before")
    func reader() {
        let html = "<p>全市收入<span>45.1</span>亿元。其中，土地收入25亿元。</p><p>下一段10亿元。</p>"
        let source = SourceText(path: "x.html", bytes: Array(html.utf8), encoding: "UTF-8")
        let reader = SentenceReader(source: source)
        let at = html.utf8.count - Array("10亿元。</p>".utf8).count
        #expect(reader.sentence(at: at..<(at + 2)).text == "下一段10亿元。")
        let land = Array(html.utf8).count - Array("25亿元。</p><p>下一段10亿元。</p>".utf8).count
        #expect(reader.sentence(at: land..<(land + 2)).text == "全市收入45.1亿元。其中，土地收入25亿元。")
    }
}
