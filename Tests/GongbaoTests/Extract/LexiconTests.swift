import Foundation
import Testing
import Gongbao

@Suite("Lexicon")
struct LexiconTests {
    static let extractor = try! Extractor()

    @Test("every YAML example yields a figure and every counterexample none",
          arguments: LexiconTests.extractor.lexicon.examples)
    func example(_ e: Lexicon.Example) {
        let metrics = LexiconTests.extractor.metrics(inText: e.text).filter(\.kind.isQuantity)
        if let q = e.qualifier {
            let has = metrics.first?.qualifiers.contains(q) ?? false
            #expect(has == e.isFigure, "\(e): qualifier \(q.rawValue)")
            if e.isFigure { #expect(!metrics.isEmpty, "\(e): no figure") }
        } else if e.isFigure {
            #expect(!metrics.isEmpty, "\(e): no figure")
        } else {
            #expect(metrics.isEmpty, "\(e): unexpected \(metrics.map(\.surface))")
        }
    }

    @Test("the bundled lexicon loads with examples from every file")
    func bundled() throws {
        let lex = try Lexicon.bundled()
        #expect(lex.units.contains { $0.surface == "人次" })
        #expect(Set(lex.examples.map(\.file)).isSuperset(of: ["units.yaml", "names.yaml", "qualifiers.yaml"]))
    }

    static let minimal: [String: String] = [
        "units.yaml": "units:\n  - {surface: 人, kind: count}\n",
        "scales.yaml": "scales:\n  - {surface: 万, factor: \"10000\"}\n",
        "qualifiers.yaml": "qualifiers:\n  more_than:\n    after: [余]\n",
        "names.yaml": "names: [二十大]\n",
        "contexts.yaml": "glue_before: [统]\n",
    ]

    @Test("a minimal lexicon works")
    func minimalLexicon() throws {
        let lex = try Lexicon.parse(LexiconTests.minimal)
        let m = Extractor(lexicon: lex).metrics(inText: "引进人才40余人")
        #expect(m.map(\.value) == [40])
    }

    @Test("an unknown kind names file and line")
    func badKind() {
        var texts = LexiconTests.minimal
        texts["units.yaml"] = "units:\n  - {surface: 人, kind: count}\n  - {surface: 支, kind: cout}\n"
        #expect(throws: LexiconError.self) { try Lexicon.parse(texts) }
        do {
            _ = try Lexicon.parse(texts)
        } catch {
            #expect(error.file == "units.yaml")
            #expect(error.line == 3)
            #expect(error.message.contains("cout"))
        }
    }

    @Test("broken YAML names file and line")
    func brokenYAML() {
        var texts = LexiconTests.minimal
        texts["names.yaml"] = "names: [二十大\n  bad: ]\n"
        do {
            _ = try Lexicon.parse(texts)
            Issue.record("expected a LexiconError")
        } catch {
            #expect(error.file == "names.yaml")
            #expect(error.line >= 1)
        }
    }

    @Test("a scale must be one character with a decimal factor")
    func badScale() {
        var texts = LexiconTests.minimal
        texts["scales.yaml"] = "scales:\n  - {surface: 万亿, factor: \"1e12\"}\n"
        #expect(throws: LexiconError.self) { try Lexicon.parse(texts) }
    }
}
