@testable import Gongbao
import Testing

@Suite("Series of bulletins")
struct SeriesKeyTests {
    @Test("file names without their period and numbering name the series", arguments: [
        ("Corpus/yunxi-zhaoshang-2024-02.txt", "yunxi-zhaoshang"),
        ("faulty/x/yunxi-zhaoshang-2024-04.txt", "yunxi-zhaoshang"),
        ("某市2024年1—4月招商情况.txt", "某市招商情况"),
        ("某市2024年一季度招商情况.html", "某市招商情况"),
        ("004-yingkou-statistical-communique-2025.html", "yingkou-statistical-communique"),
        ("bulletin_2024_Q1.txt", "bulletin"),
    ])
    func key(path: String, expected: String) {
        #expect(SeriesKey.key(ofPath: path) == expected)
    }

    @Test("names that say nothing form no series: each such file is its own", arguments: [
        "s19.txt", "s39.txt", "1.txt", "doc2.html", "case_03.txt", "test-2024-01.txt", "Sample 4.txt",
    ])
    func namelessFiles(path: String) {
        #expect(SeriesKey.key(ofPath: path) == "file:" + path)
    }

    @Test("the period a file name spells", arguments: [
        ("yunxi-zhaoshang-2024-02.txt", "2024-02"),
        ("bulletin_2024_Q1.txt", "2024-Q1"),
        ("某市2024年1—4月招商情况.txt", "2024-01..04"),
        ("000-dongsheng-talent-2023.txt", nil),
        ("report.txt", nil),
    ])
    func period(path: String, expected: String?) {
        #expect(SeriesKey.period(ofPath: path)?.description == expected)
    }

    @Test("a bulletin the extractor dated by its year alone takes the finer period its file name spells in that year")
    func finerFileName() {
        func doc(_ path: String, _ period: String?) -> DocumentResult {
            DocumentResult(path: path, kind: .plainText, encoding: "UTF-8", metrics: [], period: period)
        }
        // 云溪市2024年前3个月招商引资…: the extractor read 2024; the name says 2024-03.
        #expect(SeriesKey.period(of: doc("yunxi-zhaoshang-2024-03.txt", "2024"))?.description == "2024-03")
        // A finer period of the extractor's stays; a name of another year does not replace it.
        #expect(SeriesKey.period(of: doc("yunxi-zhaoshang-2024-03.txt", "2024-01/03"))?.description == "2024-Q1")
        #expect(SeriesKey.period(of: doc("gongbao-2025-03.txt", "2024"))?.description == "2024")
        #expect(SeriesKey.period(of: doc("report.txt", "2024"))?.description == "2024")
    }
}
