import Testing
import Foundation
@testable import Gongbao

/// A change's subject is shown with the change word written before it (`ChangeWords`, qualifiers.yaml directions
/// shown), on sentences of our own: the held-out gold of sets 10–28 names the change (利润总额增长). The subject
/// validation compares stays the measure.
@Suite("Change words in shown subjects")
struct ChangeWordTests {
    static let extractor = try! Extractor()

    func shown(_ text: String) -> [String: (subject: String, shown: String)] {
        var out: [String: (String, String)] = [:]
        for m in Self.extractor.metrics(inText: text, path: "t.txt") where m.kind.isQuantity {
            out[m.surface] = (m.subject, m.shownSubject)
        }
        return out
    }

    @Test("the word right before the number (past 了 and 约) follows the subject it shows; the compared subject stays the measure")
    func changeWordShown() throws {
        let s = shown("全年规模以上工业企业利润总额125.6亿元，同比增长8.3%。年末民用汽车保有量36.2万辆，比上年末增加了1.9万辆。"
            + "全市粮食产量下降约2.1%。")
        let rate = try #require(s["8.3%"])
        #expect(rate.subject == "规模以上工业企业利润总额")
        #expect(rate.shown == "规模以上工业企业利润总额增长")
        #expect(s["1.9万辆"]?.shown.hasSuffix("增加") == true)
        #expect(s["1.9万辆"]?.subject.hasSuffix("增加") == false)
        #expect(s["2.1%"]?.shown.hasSuffix("粮食产量下降") == true)
        // A level states no change: shown as read.
        #expect(s["125.6亿元"]?.shown == s["125.6亿元"]?.subject)
    }

    @Test("no word before the number, or one the subject already holds, adds nothing; a traditional document shows its own script")
    func noChangeWord() throws {
        let s = shown("全年居民消费价格分别上涨1.4%、0.2%。增加值增长率为5%。")
        #expect(s["0.2%"].map { $0.shown == $0.subject } ?? true)
        let t = Self.extractor.metrics(inText: TraditionalScriptTests.traditional, path: "t.txt")
        let rate = try #require(t.first { $0.surface == "7.2%" })
        #expect(rate.subject.hasSuffix("地区生产总值"))
        #expect(rate.shownSubject.hasSuffix("地區生產總值增長"))
    }

    @Test("extract's JSON Lines show the same subject as the metric")
    func jsonLinesAgree() throws {
        let text = "全年规模以上工业企业利润总额125.6亿元，同比增长8.3%。"
        let source = SourceText(path: "t.txt", bytes: Array(text.utf8), encoding: "UTF-8")
        let content = ContentText(plainText: source)
        let fast = Self.extractor.jsonLines(source: source, content: content, normalized: Normalizer.normalized(content),
                                            path: "t.txt")
        let lines = String(decoding: fast.lines, as: UTF8.self)
        #expect(lines.contains("\"subject\":\"规模以上工业企业利润总额增长\""))
    }
}
