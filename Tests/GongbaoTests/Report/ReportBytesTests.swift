import Testing
@testable import Gongbao

@Suite("ReportBytes")
struct ReportBytesTests {
    @Test("integers are written as String(n) writes them")
    func integers() {
        for n in [0, 7, 9, 10, 42, 100, 1234567, -1, -10, -987654321, Int.max, Int.min] {
            var out = ReportBytes()
            out.append(n)
            #expect(String(decoding: out.bytes, as: UTF8.self) == String(n))
        }
    }

    @Test("a pre-escaped document path gives the same JSON line")
    func preEscapedPath() throws {
        let metrics = try Extractor().metrics(inText: "全省生产总值1.2万亿元，增长5.1%。", path: "a \"b\"\\c.txt")
        for m in metrics {
            var plain = ReportBytes(), shared = ReportBytes(), quoted = ReportBytes()
            quoted.appendJSONString(m.location.path)
            m.appendJSON(document: m.location.path, to: &plain)
            m.appendJSON(documentJSON: quoted.bytes, value: m.value.plainString, valueMax: m.valueMax?.plainString,
                         to: &shared)
            #expect(plain.bytes == shared.bytes)
        }
        #expect(!metrics.isEmpty)
    }
}
