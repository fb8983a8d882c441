import Testing
import Gongbao

@Suite("MarkdownReport")
struct MarkdownReportTests {
    @Test("tables escape pipes and line breaks; findings list every diagnostic")
    func escapes() {
        let md = MarkdownReport.render(ReportFixtures.result)
        #expect(md.contains("| 198 | =签约\\|意向\"金额\" | +4414000000 | 元 | about, target |  |"))
        #expect(md.contains("| 60 | 人才资源 | 78000 | 人 |  | 截至目前；全区 |"))
        #expect(md.contains("| error | Corpus/a,b.txt:198:1 | 7.8万人 here, 8.7万人 at line 60 | same-figure-agrees |"))
        #expect(md.contains("1 documents, 2 figures, 1 errors, 0 warnings."))
    }

    @Test("a document without figures says so")
    func empty() {
        let md = MarkdownReport.render(RunResult(documents: [DocumentResult(path: "e.txt", kind: .plainText,
                                                                            encoding: "UTF-8", metrics: [])]))
        #expect(md.contains("## e.txt\n\nNo figures found."))
        #expect(md.contains("No inconsistencies found."))
    }
}
