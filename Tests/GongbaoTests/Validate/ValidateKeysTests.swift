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
}
