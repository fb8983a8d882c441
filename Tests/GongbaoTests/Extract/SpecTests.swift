import Foundation
import Testing
import Gongbao

/// Runs Specs/*.jsonl: each line is its own test case; `pending` lines run inside withKnownIssue.
@Suite("Specs")
struct SpecTests {
    static let extractor = try! Extractor()

    @Test("figures", arguments: SpecCase.load("figures.jsonl"))
    func figures(_ c: SpecCase) { run(c) }

    @Test("not figures", arguments: SpecCase.load("not-figures.jsonl"))
    func notFigures(_ c: SpecCase) { run(c) }

    @Test("qualifiers", arguments: SpecCase.load("qualifiers.jsonl"))
    func qualifiers(_ c: SpecCase) { run(c) }

    @Test("scopes", arguments: SpecCase.load("scopes.jsonl"))
    func scopes(_ c: SpecCase) { run(c) }

    @Test("subjects", arguments: SpecCase.load("subjects.jsonl"))
    func subjects(_ c: SpecCase) { run(c) }

    @Test("numerals", arguments: SpecCase.load("numerals.jsonl"))
    func numerals(_ c: SpecCase) {
        if let reason = c.pending {
            withKnownIssue(Comment(rawValue: reason)) { checkNumerals(c) }
        } else {
            checkNumerals(c)
        }
    }

    @Test("every spec file loads")
    func specFilesLoad() {
        for name in ["figures.jsonl", "not-figures.jsonl", "qualifiers.jsonl", "scopes.jsonl", "numerals.jsonl", "subjects.jsonl"] {
            #expect(!SpecCase.load(name).isEmpty, "\(name) is missing or empty")
        }
    }

    func run(_ c: SpecCase) {
        if let reason = c.pending {
            withKnownIssue(Comment(rawValue: reason)) { check(c) }
        } else {
            check(c)
        }
    }

    func check(_ c: SpecCase) {
        let metrics = SpecTests.extractor.metrics(inText: c.input)
        let wanted = c.expect.compactMap { e -> String? in if case .text(let s)? = e["surface"] { return s }; return nil }
        let actual = metrics.filter { $0.kind.isQuantity || wanted.contains($0.surface) }
        #expect(actual.map(\.surface) == wanted, "\(c.id): \(c.input)")
        guard actual.count == wanted.count else { return }
        for (m, e) in zip(actual, c.expect) {
            for (key, field) in e {
                switch key {
                case "surface", "note": continue
                case "value": expectText(field, m.value.plainString, c, key)
                case "value_max": expectText(field, m.valueMax?.plainString, c, key)
                case "unit": expectText(field, m.unit, c, key)
                case "kind": expectText(field, m.kind.rawValue, c, key)
                case "subject": expectText(field, m.subject, c, key)
                case "scope": expectText(field, m.scope, c, key)
                case "direction": expectText(field, m.direction?.rawValue, c, key)
                case "date": expectText(field, m.dateValue, c, key)
                case "part_of": expectText(field, m.partOf.map { metrics[$0].surface }, c, key)
                case "cumulative":
                    if case .flag(let b) = field { #expect(m.isCumulative == b, "\(c.id): cumulative") }
                case "qualifier":
                    if case .texts(let q) = field {
                        #expect(m.qualifiers.map(\.rawValue).sorted() == q.sorted(), "\(c.id): qualifiers of \(m.surface)")
                    }
                default:
                    Issue.record("\(c.id): unknown field \(key)")
                }
            }
        }
    }

    func expectText(_ field: SpecCase.Field, _ actual: String?, _ c: SpecCase, _ key: String) {
        switch field {
        case .null: #expect(actual == nil, "\(c.id): \(key)")
        case .text(let s): #expect(actual == s, "\(c.id): \(key)")
        default: Issue.record("\(c.id): \(key) must be text or null")
        }
    }

    func checkNumerals(_ c: SpecCase) {
        let found = SpecTests.extractor.numbers(inText: c.input)
        let wanted = c.expect.compactMap { e -> String? in if case .text(let s)? = e["surface"] { return s }; return nil }
        #expect(found.map(\.surface) == wanted, "\(c.id): \(c.input)")
        guard found.count == wanted.count else { return }
        for (n, e) in zip(found, c.expect) {
            if let v = e["value"] { expectText(v, n.value.plainString, c, "value") }
            if let v = e["value_max"] { expectText(v, n.valueMax?.plainString, c, "value_max") }
            if case .flag(let p)? = e["percent"] { #expect(n.isPercent == p, "\(c.id): percent") }
        }
    }
}
