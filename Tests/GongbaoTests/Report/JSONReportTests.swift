import Foundation
import Testing
@testable import Gongbao

@Suite("JSON reports")
struct JSONReportTests {
    @Test("JSON Lines: one object per metric, keys sorted, exact values, parseable")
    func jsonLines() throws {
        let text = JSONLinesReport.render(ReportFixtures.result.documents)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"column\":4,\"cumulative\":false,\"date\":null,\"direction\":null,\"document\":\"Corpus/a,b.txt\""))
        #expect(lines[1].contains("\"value\":4414000000,"))
        #expect(lines[1].contains("\"surface\":\"44.14 亿\\n元\""))
        for line in lines {
            _ = try JSONSerialization.jsonObject(with: Data(line.utf8))
        }
    }

    @Test("metrics.json parses and carries findings with every location")
    func report() throws {
        let data = Data(JSONReport.render(ReportFixtures.result).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect((findings.first?["locations"] as? [Any])?.count == 2)
        #expect((object["documents"] as? [Any])?.count == 1)
    }

    @Test("SARIF 2.1.0 with the other statement as a related location")
    func sarif() throws {
        let text = SARIFReport.render(ReportFixtures.result, toolVersion: "0.1.0")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect(text.contains("\"relatedLocations\":[{\"physicalLocation\""))
        #expect(text.contains("\"startLine\":198"))
    }

    @Test("GitHub annotations escape newlines and commas in properties")
    func github() {
        let text = GitHubAnnotations.render(ReportFixtures.result)
        #expect(text == "::error file=Corpus/a%2Cb.txt,line=198,col=1,title=same-figure-agrees::7.8万人 here, 8.7万人 at line 60\n")
    }

    @Test("diagnostics are one line each, compiler style")
    func diagnostics() {
        var result = ReportFixtures.result
        result.failures = [.binary(path: "x.bin")]
        #expect(DiagnosticReport.render(result) ==
            "x.bin: error: binary file, not text or HTML\n"
            + "Corpus/a,b.txt:198:1: error: 7.8万人 here, 8.7万人 at line 60 [same-figure-agrees]\n")
    }
}

@Suite("Metric JSON")
struct MetricJSONTests {
    @Test("escapes: quotes, backslashes, control and line-separator characters")
    func escapes() {
        #expect(JSONText.quoted("a\"b\\c\n\u{1}\u{2028}人") == "\"a\\\"b\\\\c\\n\\u0001\\u2028人\"")
        #expect(JSONText.quoted("人才资源") == "\"人才资源\"")
    }
}

@Suite("Diagnostics with source")
struct DiagnosticSourceTests {
    @Test("a caret under the figure; CJK characters take two cells")
    func caret() {
        let bytes = Array("标题\n全区共有人才资源 8.7万人。\n".utf8)
        let text = SourceText(path: "a.txt", bytes: bytes, encoding: "UTF-8")
        #expect(text.lineText(2) == "全区共有人才资源 8.7万人。")
        let finding = Finding(ruleID: "same-figure-agrees", severity: .error, message: "m",
                              locations: [SourceLocation(path: "a.txt", line: 2, column: 10)])
        let doc = DocumentResult(path: "a.txt", kind: .plainText, encoding: "UTF-8", metrics: [], text: text)
        let out = DiagnosticReport.renderWithSource(RunResult(documents: [doc], findings: [finding]))
        #expect(out == "a.txt:2:10: error: m [same-figure-agrees]\n    全区共有人才资源 8.7万人。\n"
                    + "    " + String(repeating: " ", count: 17) + "^\n")
    }
}
