import Foundation
import Gongbao
import Testing

/// Checks a validator might try on the article that would wrongly fail (the gold's DO-NOT-ENFORCE list):
/// none may yield an error, even with subjects an extractor might shorten.
@Suite("No false errors on the article")
struct ArticleDoNotEnforceTests {
    static let path = ArticleFaultInjectionTests.path

    func findings(_ change: (inout [MetricTable.Row]) -> Void) throws -> [Finding] {
        var rows = try ArticleFaultInjectionTests.article()
        change(&rows)
        let docs = [DocumentResult(path: Self.path, kind: .plainText, encoding: "UTF-8", metrics: rows.map(\.metric))]
        return Validator(rules: try RuleSet.standard()).findings(in: docs).filter { $0.severity >= .warning }
    }

    func setSubject(_ rows: inout [MetricTable.Row], _ id: String, _ subject: String) {
        rows[rows.firstIndex { $0.id == id }!].metric.subject = subject
    }

    @Test("个 and 项 are one family: 一个专项行动 (111) = 一项专项行动 (149)")
    func genericClassifiers() throws {
        let f = try findings { rows in
            setSubject(&rows, "s38", "专项行动"); setSubject(&rows, "s51", "专项行动")
        }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("a target never contradicts an outcome: 高层次人才 40余人 (3年来) vs 年内计划 500人")
    func targetVsOutcome() throws {
        let f = try findings { rows in setSubject(&rows, "s52", "高层次人才"); setSubject(&rows, "s3", "高层次人才") }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("4期 (今年) and 1期 (每季度) are both targets, never compared")
    func perQuarterTargets() throws {
        let f = try findings { rows in
            setSubject(&rows, "s54", "寻找城市合伙人活动"); setSubject(&rows, "s55", "寻找城市合伙人活动")
            rows[rows.firstIndex { $0.id == "s55" }!].metric.scope = nil
        }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("housing 200多名 vs cardholders 115名 vs apartments 108套: different subjects, no order enforced")
    func subsetsNotStated() throws {
        #expect(try findings { _ in }.isEmpty)
    }

    @Test("a generic subject (人才) shared by 115名 and 60名 is never read as one figure")
    func genericSubjects() throws {
        let f = try findings { rows in setSubject(&rows, "s30", "人才"); setSubject(&rows, "s33", "人才") }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("parts of one 其中 list are never repeats of each other, even with one subject")
    func siblings() throws {
        let f = try findings { rows in
            for id in ["s20", "s21", "s22", "s23", "s24"] { setSubject(&rows, id, "高层次人才") }
        }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("scopes naming different places separate figures: 鄂尔多斯市 30条 vs 东胜区 15条")
    func differentPlaces() throws {
        let f = try findings { rows in setSubject(&rows, "s41", "人才新政条款"); setSubject(&rows, "s42", "人才新政条款") }
        #expect(f.isEmpty, "\(f)")
    }

    @Test("10亿元 (expected signing) vs 44.14亿元 (signed since 2020): no comparison")
    func differentMoneySubjects() throws {
        #expect(try findings { _ in }.filter { $0.lines.contains(204) }.isEmpty)
    }
}
