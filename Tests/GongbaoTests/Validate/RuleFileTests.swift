import Foundation
import Gongbao
import Testing

/// The bundled rule files load; an analyst's file extends them; every mistake names file:line:col.
@Suite("Rule files")
struct RuleFileTests {
    static let dir = MetricTable.fixtures.appendingPathComponent("rules").path

    func load(_ name: String) throws(RuleFileError) -> RuleSet {
        try RuleSet.load(path: Self.dir + "/" + name, base: try? RuleSet.standard())
    }

    func error(_ name: String) -> RuleFileError? {
        do throws(RuleFileError) { _ = try load(name); return nil } catch { return error }
    }

    @Test("the bundled rules and synonyms load")
    func standard() throws {
        let rules = try RuleSet.standard()
        #expect(rules.relations.map { "\($0.left) \($0.op.rawValue) \($0.right)" }.prefix(2)
                == ["签约项目 <= 招引项目", "开工项目 <= 签约项目"])
        #expect(rules.catalogue.normalized("全区共有各类“人才资源”") == "人才资源总量")
        #expect(rules.catalogue.normalized("人才资源总量") == "人才资源总量")
        #expect(rules.catalogue.normalized("累计签约项目") == "签约项目")
        #expect(rules.catalogue.family(of: "名").family == "人")
        #expect(rules.catalogue.family(of: "项").family == "个")
        #expect(rules.catalogue.family(of: "万元") == ("元", 10000))
        // A rate written out with 每 is the rate with the slash: its restatements pair either way.
        #expect(rules.catalogue.family(of: "立方米每平方千米").family == rules.catalogue.family(of: "立方米/平方千米").family)
        #expect(rules.catalogue.family(of: "每人").family == "每人")
        #expect(rules.aboutTolerance == Decimal(string: "0.1"))
    }

    @Test("an analyst file includes another, sets severities and tolerances, adds synonyms and rules")
    func analyst() throws {
        let rules = try load("analyst.yaml")
        #expect(rules.files.suffix(2).map { ($0 as NSString).lastPathComponent } == ["zhaoshang-orders.yaml", "analyst.yaml"])
        #expect(rules.severity(of: "scale-slip", default: .error) == .warning)
        #expect(rules.severity(of: "target-reported-achieved", default: .note) == nil)
        #expect(rules.aboutTolerance == Decimal(string: "0.05"))
        #expect(rules.catalogue.normalized("到位内资") == "实际到位资金")
        #expect(rules.relations.count == 5)
        // (The bundled rules.yaml brings the implausible-value bounds first.)
        #expect(rules.bounds.map(\.id) == ["implausible-value", "implausible-value", "implausible-value", "implausible-value",
                                            "implausible-value", "implausible-value", "implausible-value", "share-at-least-half"])
    }

    @Test("analyst rules run with their ids, severities and messages; off rules leave no summary row")
    func analystRulesRun() throws {
        let rules = try load("analyst.yaml")
        let docs = [try MetricTable.bulletin("series", "yunxi-zhaoshang-2024-02"),
                    try MetricTable.bulletin("series/faulty/part-above-whole", "yunxi-zhaoshang-2024-04")]
        let report = Validator(rules: rules).report(in: docs)
        let ids = report.summaries.map(\.ruleID)
        #expect(!ids.contains("target-reported-achieved"))
        #expect(ids.suffix(3) == ["funds-at-most-signed", "implausible-value", "share-at-least-half"])
        // 工业项目签约 53个 > 签约项目 48个: the included order (warning) and part-exceeds-total (error).
        let order = report.findings.filter { $0.ruleID == "declared-order" }
        #expect(order.map(\.severity) == [.warning])
        #expect(order.first?.lines == [8, 3])
        let funds = report.summaries.first { $0.ruleID == "funds-at-most-signed" }!
        #expect(funds.checked == 4 && funds.failed == 0)
    }

    @Test("a message template is filled from both statements")
    func template() throws {
        var rules = try load("analyst.yaml")
        rules.relations = rules.relations.map { r in
            var r = r
            if r.id == "funds-at-most-signed" { r.right = try! SubjectPattern(shortForm: "省外到位资金") }
            return r
        }
        let docs = [try MetricTable.bulletin("series", "yunxi-zhaoshang-2024-04")]
        let f = Validator(rules: rules).findings(in: docs).filter { $0.ruleID == "funds-at-most-signed" }
        #expect(f.first?.message == "实际到位资金 84.7亿元 exceeds 省外到位资金 60.8亿元 (line 11)")
        #expect(f.first?.severity == .warning)
    }

    @Test("errors point at the rule file's own line and column", arguments: [
        ("bad-severity.yaml", "bad-severity.yaml:2:15", "unknown severity 'fatal'"),
        ("bad-regex.yaml", "bad-regex.yaml:3:5", "regex does not compile"),
        ("bad-yaml.yaml", "bad-yaml.yaml:3:4", "YAML"),
        ("unknown-key.yaml", "unknown-key.yaml:3:1", "unknown key 'rule'"),
        ("cycle-a.yaml", "cycle-b.yaml:1:10", "'cycle-a.yaml' includes itself"),
        ("bad-rule.yaml", "bad-rule.yaml:2:5", "needs min:, max: or relation:"),
    ])
    func errors(name: String, place: String, text: String) throws {
        let e = try #require(error(name))
        #expect(e.description.hasPrefix(Self.dir + "/" + place + ": error: "), "\(e)")
        #expect(e.description.contains(text), "\(e)")
    }

    @Test("a missing rule file is an error naming it")
    func missing() {
        let e = error("no-such-file.yaml")
        #expect(e?.path == Self.dir + "/no-such-file.yaml")
        #expect(e?.description.contains("cannot read rule file") == true)
    }
}

@Suite("Rule file messages")
struct RuleFileMessageTests {
    @Test("messages: rewords built-in rules from the statements' fields")
    func messages() throws {
        let rules = try RuleSet.load(path: RuleFileTests.dir + "/messages.yaml", base: try RuleSet.standard())
        let validator = Validator(rules: rules)
        let repeatDocs = [try MetricTable.bulletin("series/faulty/changed-repeat", "yunxi-zhaoshang-2024-04")]
        #expect(validator.findings(in: repeatDocs).map(\.message) == ["累计签约项目 48个 与第7行的 46个 不一致", "累计签约项目 46个 与第3行的 48个 不一致"])
        let fall = [try MetricTable.bulletin("series", "yunxi-zhaoshang-2024-03"),
                    try MetricTable.bulletin("series/faulty/cumulative-fall", "yunxi-zhaoshang-2024-04")]
        #expect(validator.findings(in: fall).filter { $0.severity == .error }.map(\.message)
                == ["累计数 累计签约项目 由 35个（2024-Q1）降至 32个（2024-01..04）", "累计数 累计签约项目 由 35个（2024-Q1）降至 32个（2024-01..04）"])
    }
}

@Suite("Rule file orders")
struct RuleFileOrderTests {
    @Test("an order the bundled rules already hold is checked once")
    func repeatedOrder() throws {
        let rules = try RuleSet.load(path: RuleFileTests.dir + "/repeat-order.yaml", base: try RuleSet.standard())
        #expect(rules.relations.filter { "\($0.left)" == "签约项目" && "\($0.right)" == "招引项目" }.count == 1)
    }
}
