import Foundation
import Testing
@testable import Gongbao

@Suite("Report bytes")
struct StreamingBytesTests {
    /// Metrics that exercise every field: escapes, formula guards, nulls, ranges, dates, U+2028, controls.
    static var metrics: [Metric] {
        let loc = SourceLocation(path: "x", line: 12, column: 3)
        var list = ReportFixtures.result.documents[0].metrics
        list.append(Metric(location: loc, sourceRange: 0..<1, surface: "6-8\u{2028}亿\t元\u{1}", subject: "-负\\债",
                           value: Decimal(string: "600000000")!, valueMax: Decimal(string: "800000000")!, unit: "元",
                           kind: .money, qualifiers: [.about, .moreThan, .target], scope: "@全市, \"二〇二四\"",
                           direction: .down, isCumulative: true))
        list.append(Metric(location: loc, sourceRange: 0..<1, surface: "2023年3月24日", subject: "",
                           value: Decimal(string: "2023")!, unit: nil, kind: .date, dateValue: "2023-03-24"))
        list.append(Metric(location: loc, sourceRange: 0..<1, surface: "+0.30%", subject: "CPI\r\n同比",
                           value: Decimal(sign: .plus, exponent: -2, significand: 30), unit: "%", kind: .percent,
                           scope: "\u{2029}"))
        return list
    }

    @Test("JSON records and CSV rows are the reference writers' bytes, field for field")
    func sameAsReference() {
        for path in ["Corpus/a,b.txt", "=cmd|' /C calc'!A0.html", "plain/路径.txt"] {
            for m in Self.metrics {
                var json = ReportBytes()
                var csv = ReportBytes()
                let value = m.value.plainString, max = m.valueMax?.plainString
                m.appendJSON(document: path, value: value, valueMax: max, to: &json)
                m.appendCSV(document: path, value: value, valueMax: max, to: &csv)
                #expect(String(decoding: json.bytes, as: UTF8.self) == JSONText.object(m.jsonFields(document: path)))
                #expect(String(decoding: csv.bytes, as: UTF8.self)
                    == CSVReport.row(m, document: path).joined(separator: ",") + "\r\n")
            }
        }
    }

    @Test("a document's JSON Lines are JSONLinesReport's")
    func documentLines() {
        let doc = DocumentResult(path: "a\"b.txt", kind: .plainText, encoding: "UTF-8", metrics: Self.metrics)
        #expect(RenderedDocument.jsonLines(doc) == Array(JSONLinesReport.render([doc]).utf8))
        let rendered = RenderedDocument(doc)
        #expect(rendered.csv == Array(CSVReport.render([doc]).dropFirst(3 + CSVReport.header.joined(separator: ",").utf8.count + 2)))
    }

    @Test("every control character escapes as JSONText does")
    func controls() {
        let all = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init))) + "中\u{2028}\u{2029}\u{2027}"
        var out = ReportBytes()
        out.appendJSONString(all)
        #expect(String(decoding: out.bytes, as: UTF8.self) == JSONText.quoted(all))
    }
}
