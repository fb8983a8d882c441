import Foundation
import Testing
import Gongbao

@Suite("CSVReport")
struct CSVReportTests {
    @Test("exact bytes: BOM, CRLF, RFC 4180 quoting, formula guard, plain values")
    func exactBytes() {
        let bytes = CSVReport.render(ReportFixtures.result.documents)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let expected = "document,line,column,subject,value,value_max,unit,kind,qualifiers,scope,direction,cumulative,surface\r\n"
            + "\"Corpus/a,b.txt\",60,4,人才资源,78000,,人,count,,截至目前；全区,,false,7.8万人\r\n"
            + "\"Corpus/a,b.txt\",198,1,\"'=签约|意向\"\"金额\"\"\",4414000000,,元,money,about;target,,up,false,\"44.14 亿\n元\"\r\n"
        #expect(text == expected)
    }

    @Test("a cell starting with - + @ = cannot run as a formula; the value column stays numeric")
    func formulaGuard() {
        let m = Metric(location: SourceLocation(path: "x", line: 1, column: 1), sourceRange: 0..<1, surface: "-0.10‰",
                       subject: "+自然增长率", value: Decimal(string: "-0.1")!, unit: "‰", kind: .percent)
        let doc = DocumentResult(path: "@x.txt", kind: .plainText, encoding: "UTF-8", metrics: [m])
        let text = String(decoding: CSVReport.render([doc]).dropFirst(3), as: UTF8.self)
        let row = text.components(separatedBy: "\r\n")[1]
        #expect(row == "'@x.txt,1,1,'+自然增长率,-0.1,,‰,percent,,,,false,'-0.10‰")
    }
}
