import Testing
@testable import Gongbao

/// share-agrees: a stated share against its part over its whole, read from text (the part is found in the
/// share's sentence, so the rule needs the text).
@Suite("share-agrees")
struct ShareAgreesTests {
    static let extractor = try! Extractor()

    static func findings(_ text: String) -> [Finding] {
        let path = "share.txt"
        let source = SourceText(path: path, bytes: Array(text.utf8), encoding: "UTF-8")
        let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                                 metrics: extractor.metrics(inText: text, path: path))
        return Validator().report(in: [doc], texts: [path: source]).findings.filter { $0.ruleID == "share-agrees" }
    }

    static let population = "年末全市常住人口856.3万人。其中，城镇常住人口612.5万人，占常住人口比重为71.53%。\n"
    static let revenue = "全年一般公共预算收入412.6亿元，增长3.2%，其中税收收入298.7亿元，占比72.4%。\n"

    static let ages = "全区常住人口中，0-14岁人口为120000人，占20.00%；15-59岁人口为390000人，占65.00%；60岁及以上人口为90000人，"
        + "占15.00%，其中65岁及以上人口为60000人，占10.00%。\n"

    @Test("a bare share of a 其中 part may be of the whole its total's own share is of (65岁及以上 of the population)")
    func nestedShareOfOuterWhole() {
        #expect(Self.findings(Self.ages).isEmpty)
        // Of neither the population (10.00%) nor its total (66.67%): an error still.
        let f = Self.findings(Self.ages.replacingOccurrences(of: "占10.00%", with: "占12.00%"))
        #expect(f.count == 1, "\(f)")
        #expect(Self.findings(Self.ages.replacingOccurrences(of: "占10.00%", with: "占66.67%")).isEmpty)
    }

    @Test("shares that are their part over their whole pass, a named whole and a bare 占比 alike")
    func agreeing() {
        #expect(Self.findings(Self.population + Self.revenue).isEmpty)
    }

    @Test("a share off its part over its whole is an error at the share, naming the computed share", arguments: [
        (population, "71.53%", "61.53%", "71.53%"),
        (revenue, "占比72.4%", "占比82.4%", "72.39%"),
    ])
    func disagreeing(_ text: String, _ from: String, _ to: String, _ computed: String) throws {
        let found = Self.findings(text.replacingOccurrences(of: from, with: to))
        let f = try #require(found.first)
        #expect(found.count == 1)
        #expect(f.severity == .error)
        #expect(f.message.contains("(\(computed))"))
        #expect(f.locations.first?.line == 1)
    }

    static let provinceFunds = "前三季度，全市实际到位外省资金突破700亿元，累计实现702.76亿元，比上年同期增长26.8%。"
        + "从资金来源区域看，东部地区签约项目为216个；实际到位外省资金为447.96亿元，占全部到位外省资金的比重达63.7%。\n"

    @Test("a running total marked by 累计 alone is the document's total: a part whose scope names no period is of it")
    func cumulativeByWordIsTheDocumentsTotal() throws {
        #expect(Self.findings(Self.provinceFunds).isEmpty, "\(Self.findings(Self.provinceFunds))")
        let found = Self.findings(Self.provinceFunds.replacingOccurrences(of: "63.7%", with: "73.7%"))
        let f = try #require(found.first)
        #expect(f.severity == .error)
        #expect(f.message.contains("(63.74%)"), "\(f.message)")
    }

    @Test("a running total whose scope names a period is no whole of a part of another period (4月份 vs 1-4月份)")
    func namedPeriodsStillApart() {
        let text = "4月份，社会消费品零售总额27278亿元，增长2.3%。1-4月份，社会消费品零售总额152455亿元。"
            + "1-4月份，实物商品网上零售额14617亿元，占社会消费品零售总额的比重为9.6%。\n"
        // 14617 of 152455 is 9.59%: the running total, not the month's 27278 (53.6%).
        #expect(Self.findings(text).isEmpty, "\(Self.findings(text))")
    }

    static let listed = "一季度，我市在建内资项目80个，投资总额415.9亿元。80个在建项目中，战略新兴产业项目20个，投资总额97.3亿元，"
        + "分别占在建项目总数的X和23.4%；机械制造业项目24个，投资总额132.8亿元，分别占在建项目总数的30%和31.9%。\n"

    @Test("a share named after an amount of a 分别 list is that amount's, past the list's other measure (20个 of 80, not 97.3亿元)")
    func listedPart() throws {
        #expect(Self.findings(Self.listed.replacingOccurrences(of: "X", with: "25%")).isEmpty)
        let found = Self.findings(Self.listed.replacingOccurrences(of: "X", with: "35%"))
        let f = try #require(found.first, "\(found)")
        #expect(found.count == 1)
        #expect(f.severity == .error)
        #expect(f.message.contains("(25%)"), "\(f.message)")
    }

    static let signed = "前三季度，来自外省当年签约项目为324个，其中工业项目签约项目个数为202个，占全部项目的比重超X%。\n"

    @Test("a share bounded below (超60%) holds when its part over its whole reaches the bound, and is an error below it")
    func boundedBelow() throws {
        // 202 of 324 is 62.35%.
        #expect(Self.findings(Self.signed.replacingOccurrences(of: "X", with: "60")).isEmpty)
        let found = Self.findings(Self.signed.replacingOccurrences(of: "X", with: "70"))
        let f = try #require(found.first, "\(found)")
        #expect(f.severity == .error)
        #expect(f.message.contains("(62.35%)"), "\(f.message)")
        // Just under the bound (62.35% against 超62.5%) is a near miss: a warning.
        #expect(Self.findings(Self.signed.replacingOccurrences(of: "X", with: "62.5")).allSatisfy { $0.severity == .warning })
    }

    @Test("a share printed whole is rounded to the whole percent: 7% stands for 6.5…7.5, 7.0% for 6.95…7.05")
    func wholePercentRounded() {
        let text = "审计发现问题金额281.46亿元。其中市本级20.1亿元（占X）、所属单位261.36亿元（占Y）。\n"
        func run(_ x: String, _ y: String) -> [Finding] {
            Self.findings(text.replacingOccurrences(of: "X", with: x).replacingOccurrences(of: "Y", with: y))
        }
        #expect(run("7%", "93%").isEmpty, "\(run("7%", "93%"))")
        // One place printed: 7.0% is not 7.14%; a whole percent a unit off is still wrong.
        #expect(run("7.0%", "92.9%").count == 1)
        #expect(run("8%", "93%").count == 1)
    }

    @Test("a changed part shows too: the share no longer fits it")
    func changedPart() {
        let text = Self.population.replacingOccurrences(of: "612.5万人", with: "512.5万人")
        #expect(Self.findings(text).count == 1)
    }

    @Test("two amounts of one subject in the sentence (从…增加到…): which share is whose is not checked")
    func fromToNotPaired() {
        let text = "国内生产总值24.66万亿元。全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。\n"
        #expect(Self.findings(text).isEmpty)
    }

    @Test("a whole of another period (the month's total before a running total's share) is not the share's whole")
    func otherPeriod() {
        let text = "4月份，社会消费品零售总额27278亿元，同比增长10.7%。\n1-4月份，全国网上零售额19180亿元，同比增长32.0%。"
            + "其中，实物商品网上零售额14617亿元，增长25.9%，占社会消费品零售总额的比重为12.9%。\n"
        #expect(Self.findings(text).isEmpty, "\(Self.findings(text))")
        // The same period: caught.
        let same = "1-4月份，社会消费品零售总额27278亿元，同比增长10.7%。\n1-4月份，全国网上零售额19180亿元，同比增长32.0%。"
            + "其中，实物商品网上零售额14617亿元，增长25.9%，占社会消费品零售总额的比重为12.9%。\n"
        #expect(Self.findings(same).map(\.severity) == [.error], "\(Self.findings(same))")
    }

    @Test("a whole the document does not state (占全省比重) is not evaluable, never an error")
    func unknownWhole() {
        #expect(Self.findings("全市地区生产总值5432.1亿元，占全省比重为12.3%。\n").isEmpty)
    }

    @Test("an amount in brackets closed before the share is an aside, not the share's part")
    func bracketedAsideIsNoPart() {
        let water = "全省用水总量为650.0亿立方米。其中，工业用水98.0亿立方米（含火电冷却水41.2亿立方米），占用水总量的15.1%。\n"
        #expect(Self.findings(water).isEmpty, "\(Self.findings(water))")
        let sections = "全市83个断面中，达到Ⅲ类标准的断面有70个（其中Ⅰ类9个、Ⅱ类30个、Ⅲ类31个）、占84.3%。\n"
        #expect(Self.findings(sections).isEmpty, "\(Self.findings(sections))")
        // A bracket opened after the part and holding the share keeps the part: still checked.
        let open = "全市税收收入300.0亿元。其中增值税120.0亿元（占税收收入的比重为50.0%），增长3%。\n"
        #expect(Self.findings(open).count == 1)
    }

    @Test("a share within half a point of its part over its whole is a warning, further off an error")
    func nearMissIsWarning() throws {
        let text = "全县固定资产投资完成180.00亿元，增长8.1%。其中工业投资60.30亿元（占总投资的X），增长12.0%。\n"
        // 60.30 / 180.00 = 33.5%
        #expect(Self.findings(text.replacingOccurrences(of: "X", with: "33.5%")).isEmpty)
        let near = try #require(Self.findings(text.replacingOccurrences(of: "X", with: "33.2%")).first)
        #expect(near.severity == .warning)
        let far = try #require(Self.findings(text.replacingOccurrences(of: "X", with: "43.5%")).first)
        #expect(far.severity == .error)
    }
}
