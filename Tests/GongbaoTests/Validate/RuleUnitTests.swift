import Foundation
import Gongbao
import Testing

/// One rule at a time, on small documents built in place.
@Suite("Rules")
struct RuleUnitTests {
    static let validator = Validator(rules: try! RuleSet.standard())

    static func metric(_ subject: String, _ value: Decimal, _ unit: String?, _ surface: String, line: Int,
                       kind: MetricKind = .count, qualifiers: [Qualifier] = [], scope: String? = nil,
                       direction: Direction? = nil, cumulative: Bool = false, partOf: Int? = nil,
                       path: String = "a.txt") -> Metric {
        Metric(location: SourceLocation(path: path, line: line, column: 1), sourceRange: 0..<0, surface: surface,
               subject: subject, value: value, unit: unit, kind: kind, qualifiers: qualifiers, scope: scope,
               direction: direction, isCumulative: cumulative, partOf: partOf)
    }

    static func doc(_ path: String, _ metrics: [Metric], period: String? = nil) -> DocumentResult {
        DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                       metrics: metrics.map { var m = $0; m.location.path = path; return m }, period: period)
    }

    func findings(_ docs: [DocumentResult]) -> [Finding] { Self.validator.findings(in: docs) }

    @Test("value ranges: rounding, 余/多, 约, ranges")
    func ranges() {
        let r = { (m: Metric) in ValueRange(metric: m, factor: 1, aboutTolerance: Decimal(string: "0.1")!) }
        #expect(r(Self.metric("x", 78000, "人", "7.8万人", line: 1)).description == "[77500, 78500]")
        #expect(r(Self.metric("x", 236, "项", "236项", line: 1)).isExact)
        #expect(r(Self.metric("x", 7.5, "%", "7.5%", line: 1, kind: .percent)).description == "[7.45, 7.55]")
        #expect(r(Self.metric("x", 40, "人", "40余人", line: 1, qualifiers: [.moreThan])).description == "[40, 50]")
        // A vague tail stays below the next unit of its last non-zero digit; 超过/以上 and Chinese numerals do not.
        #expect(r(Self.metric("x", 12000, "名", "1.2万余名", line: 1, qualifiers: [.moreThan])).description == "[12000, 13000]")
        #expect(r(Self.metric("x", 300, "个", "300多个", line: 1, qualifiers: [.moreThan])).description == "[300, 400]")
        #expect(r(Self.metric("x", 2300, "名", "2300余名", line: 1, qualifiers: [.moreThan])).description == "[2300, 2400]")
        #expect(r(Self.metric("x", 300, "个", "300个", line: 1, qualifiers: [.moreThan])).description == "[300, ∞]")
        #expect(r(Self.metric("x", 40, "人", "四十余人", line: 1, qualifiers: [.moreThan])).description == "[40, ∞]")
        #expect(r(Self.metric("x", 50000, "人", "约5万人", line: 1, qualifiers: [.about])).description == "[40000, 60000]")
        #expect(r(Self.metric("x", 8, "个", "八个", line: 1)).isExact)
        #expect(r(Self.metric("x", 4414000000, "元", "44.14 亿元", line: 1, kind: .money)).description
                == "[4413500000, 4414500000]")
        // Half-units from the printed digits and the scale alone: widths folded, separators skipped,
        // a whole 万 rounded to the 万, a value that is no power of ten from its digits exact.
        #expect(r(Self.metric("x", 78000, "人", "７.８万人", line: 1)).description == "[77500, 78500]")
        #expect(r(Self.metric("x", 12345000, "元", "1,234.5万元", line: 1, kind: .money)).description
                == "[12344500, 12345500]")
        #expect(r(Self.metric("x", 80000, "人", "8万人", line: 1)).description == "[75000, 85000]")
        #expect(r(Self.metric("x", Decimal(string: "0.25")!, "%", "0.25%", line: 1, kind: .percent)).description
                == "[0.245, 0.255]")
        #expect(r(Self.metric("x", 1234, "个", "12.5个", line: 1)).description == "[1233.95, 1234.05]")
        #expect(r(Self.metric("x", 0, "个", "0.0个", line: 1)).isExact)
    }

    @Test("余/多 agree with a larger repeat below the next unit (40余 with 43), never a smaller one or one past it")
    func moreThan() {
        let ok = Self.doc("a.txt", [Self.metric("高层次人才", 40, "人", "40余人", line: 3, qualifiers: [.moreThan]),
                                    Self.metric("高层次人才", 43, "人", "43人", line: 9)])
        #expect(findings([ok]).isEmpty)
        let bad = Self.doc("a.txt", [Self.metric("高层次人才", 40, "人", "40余人", line: 3, qualifiers: [.moreThan]),
                                     Self.metric("高层次人才", 38, "名", "38名", line: 9)])
        #expect(findings([bad]).map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        let past = Self.doc("a.txt", [Self.metric("高层次人才", 40, "人", "40余人", line: 3, qualifiers: [.moreThan]),
                                      Self.metric("高层次人才", 52, "人", "52人", line: 9)])
        #expect(findings([past]).map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
    }

    @Test("different stated periods are different figures: 1—4月 48个 and 4月 12个")
    func periodsSeparate() {
        let d = Self.doc("a.txt", [Self.metric("签约项目", 48, "个", "48个", line: 2, scope: "1—4月"),
                                   Self.metric("签约项目", 12, "个", "12个", line: 3, scope: "4月")])
        #expect(findings([d]).isEmpty)
    }

    @Test("documents of one series and period must agree; other series are never compared")
    func crossDocument() {
        let a = Self.doc("news/rongmei-2024-04.txt", [Self.metric("实际到位资金", 8_470_000_000, "元", "84.7亿元", line: 5, kind: .money)])
        let b = Self.doc("gov/rongmei-2024-04.txt", [Self.metric("实际到位资金", 8_740_000_000, "元", "87.4亿元", line: 9, kind: .money)])
        let c = Self.doc("other-city-2024-04.txt", [Self.metric("实际到位资金", 1_200_000_000, "元", "12亿元", line: 2, kind: .money)])
        let f = findings([a, b, c])
        // Either copy may be the wrong one: each is reported against the other, the gov copy first (path order).
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        #expect(f.last?.message == "实际到位资金 84.7亿元 here, 87.4亿元 at gov/rongmei-2024-04.txt:9")
        #expect(f.last?.locations.map(\.path) == ["news/rongmei-2024-04.txt", "gov/rongmei-2024-04.txt"])
        #expect(f.first?.locations.map(\.path) == ["gov/rongmei-2024-04.txt", "news/rongmei-2024-04.txt"])
    }

    @Test("a scaled unit is compared in its base unit: 3.2万元 = 32000元")
    func scaledUnits() {
        let d = Self.doc("a.txt", [Self.metric("安家费", 3.2, "万元", "3.2万元", line: 2, kind: .money),
                                   Self.metric("安家费", 32000, "元", "32000元", line: 8, kind: .money)])
        #expect(findings([d]).isEmpty)
    }

    @Test("parts of another unit are skipped: 团队 33支 under 人才 7.8万人")
    func partsOtherUnit() {
        let d = Self.doc("a.txt", [Self.metric("人才资源", 78000, "人", "7.8万人", line: 1),
                                   Self.metric("人才团队", 330000, "支", "33万支", line: 2, partOf: 0)])
        #expect(findings([d]).isEmpty)
    }

    @Test("growth-consistency: a rate against last year's same months")
    func growth() {
        let before = Self.doc("yunxi-2023-04.txt", [Self.metric("实际到位资金", 10_000_000_000, "元", "100亿元", line: 4, kind: .money, scope: "1—4月", cumulative: true)])
        func now(_ rate: Decimal) -> DocumentResult {
            Self.doc("yunxi-2024-04.txt", [
                Self.metric("实际到位资金", 11_500_000_000, "元", "115亿元", line: 4, kind: .money, scope: "1—4月", cumulative: true),
                Self.metric("实际到位资金同比增长", rate, "%", "\(rate)%", line: 4, kind: .percent, scope: "1—4月", direction: .up),
            ])
        }
        #expect(findings([before, now(15)]).isEmpty)
        #expect(findings([before, now(15.1)]).isEmpty)
        let f = findings([before, now(20)])
        #expect(f.map(\.ruleID) == ["growth-consistency"])
        #expect(f.first?.severity == .warning)
        #expect(f.first?.message == "实际到位资金同比增长 20% here, but 115亿元 (2024-01..04) against 100亿元 (2023-01..04) at yunxi-2023-04.txt:4 is 15%")
    }

    @Test("target-reported-achieved: a full-year target against the full-year outcome, as a note")
    func target() {
        let plan = Self.doc("yunxi-2024-04.txt", [Self.metric("签约项目", 120, "个", "120个", line: 15, qualifiers: [.target], scope: "全年")])
        let april = Self.doc("yunxi-2024-05.txt", [Self.metric("签约项目", 48, "个", "48个", line: 3, scope: "1—5月", cumulative: true)])
        #expect(findings([plan, april]).isEmpty)
        let year = Self.doc("yunxi-2024-12.txt", [Self.metric("签约项目", 112, "个", "112个", line: 3, scope: "1—12月", cumulative: true)])
        let f = findings([plan, april, year])
        #expect(f.map(\.ruleID) == ["target-reported-achieved"])
        #expect(f.first?.severity == .note)
        #expect(f.first?.lines == [3, 15])
    }

    @Test("a cumulative total restarts in January: 2023年1—12月 then 2024年1—2月 is no fall")
    func newYear() {
        let dec = Self.doc("yunxi-2023-12.txt", [Self.metric("签约项目", 130, "个", "130个", line: 3, scope: "1—12月", cumulative: true)])
        let feb = Self.doc("yunxi-2024-02.txt", [Self.metric("签约项目", 21, "个", "21个", line: 3, scope: "1—2月", cumulative: true)])
        #expect(findings([dec, feb]).isEmpty)
    }

    @Test("analyst bound rule: filter by subject and kind, bound in the rule's unit")
    func bound() throws {
        var rules = try RuleSet.standard()
        rules.bounds = [BoundRule(id: "funds-under-100-yi", subject: try SubjectPattern(shortForm: "~到位资金"),
                                  unit: "亿元", max: 100, severity: .warning)]
        let d = Self.doc("a.txt", [Self.metric("实际到位资金", 12_000_000_000, "元", "120亿元", line: 4, kind: .money),
                                   Self.metric("省外到位资金", 6_000_000_000, "元", "60亿元", line: 5, kind: .money)])
        let report = Validator(rules: rules).report(in: [d])
        #expect(report.findings.map(\.message) == ["实际到位资金 120亿元 is above the maximum 100亿元"])
        #expect(report.summaries.last == RuleSummary(ruleID: "funds-under-100-yi", severity: .warning, checked: 2, failed: 1))
    }

    @Test("findings come sorted by location, then rule id")
    func deterministic() {
        let d = Self.doc("a.txt", [Self.metric("比重", 120, "%", "120%", line: 9, kind: .percent),
                                   Self.metric("占比", 130, "%", "130%", line: 2, kind: .percent)])
        #expect(findings([d]).map(\.lines) == [[2], [9]])
        #expect(findings([d]) == findings([d]))
    }

    @Test("Validator() uses the bundled rules")
    func defaultValidator() {
        #expect(Validator().rules.relations.count >= 2)
    }
}
