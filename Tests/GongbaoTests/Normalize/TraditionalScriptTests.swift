import Foundation
import Testing
@testable import Gongbao

/// A document in traditional script is read as simplified (`TraditionalScript`): its figures are those of the same
/// text written in simplified script, subjects read simplified (and shown as written, `WrittenSubjects`), surfaces,
/// units (`WrittenUnits`: the annotation convention is the unit as written) and positions as written; a simplified
/// document, or one quoting a few traditional characters, is left as it is.
@Suite("Traditional script read as simplified")
struct TraditionalScriptTests {
    static let traditional = "2024年，德陽市實現地區生產總值3265.4億元，比上年增長7.2%。其中，第一產業增加值為276.2億元，增長2.6%；"
        + "第二產業增加值1677.1億元，增長9.1%。年末民營經濟主體26.8萬戶，私營企業6.4萬戶。全年居民消費價格比上年上漲0.2%。"
    static let simplified = "2024年，德阳市实现地区生产总值3265.4亿元，比上年增长7.2%。其中，第一产业增加值为276.2亿元，增长2.6%；"
        + "第二产业增加值1677.1亿元，增长9.1%。年末民营经济主体26.8万户，私营企业6.4万户。全年居民消费价格比上年上涨0.2%。"

    static let extractor = try! Extractor()

    static func metrics(_ text: String) throws -> [Metric] {
        extractor.metrics(inText: text, path: "t.txt")
    }

    @Test("figures, subjects and directions as in the simplified text; surfaces, units and columns as written")
    func readsAsSimplified() throws {
        let t = try Self.metrics(Self.traditional), s = try Self.metrics(Self.simplified)
        #expect(t.count == s.count)
        #expect(t.count >= 9)
        for (a, b) in zip(t, s) {
            #expect(a.subject == b.subject)
            #expect(a.value == b.value)
            #expect(a.unit == b.unit || (a.unit == "戶" && b.unit == "户"))
            #expect(a.direction == b.direction)
            #expect(a.location.line == b.location.line && a.location.column == b.location.column)
            #expect(a.surface.unicodeScalars.count == b.surface.unicodeScalars.count)
        }
        #expect(t.contains { $0.surface == "3265.4億元" && $0.subject.hasSuffix("地区生产总值") })
        #expect(t.contains { $0.surface == "26.8萬戶" && $0.unit == "戶" })
    }

    @Test("subjects are read simplified and shown in the document's script: JSON, CSV and extract's JSON Lines alike")
    func subjectsShownAsWritten() throws {
        let t = try Self.metrics(Self.traditional), s = try Self.metrics(Self.simplified)
        let gdp = try #require(t.first { $0.surface == "3265.4億元" })
        #expect(gdp.subject.hasSuffix("地区生产总值"))
        #expect(gdp.shownSubject.hasSuffix("地區生產總值"))
        // A subject no character of which the folding changed shows as read.
        // (A change shows its word after the subject, ChangeWords: 增长7.2% → …地区生产总值增长, 增長 as written.)
        #expect(s.allSatisfy { $0.writtenSubject == nil || $0.direction != nil })
        #expect(t.contains { $0.surface == "7.2%" && $0.shownSubject.hasSuffix("地區生產總值增長") })
        for m in t where m.writtenSubject != nil && m.direction == nil {
            #expect(m.shownSubject.unicodeScalars.count == m.subject.unicodeScalars.count)
            #expect(m.shownSubject != m.subject)
        }
        var bytes = ReportBytes()
        gdp.appendCSV(document: "t.txt", value: "326540000000", valueMax: nil, to: &bytes)
        #expect(String(decoding: bytes.bytes, as: UTF8.self).contains("地區生產總值"))
    }

    @Test("the written form of a folded character is the one the document writes most (a tie: the lower scalar)")
    func writtenFormsByCount() {
        let fa: UInt64 = 0x53D1   // 发
        let counts: [UInt64: Int] = [fa << 32 | 0x767C: 3, fa << 32 | 0x9AEE: 1, 0x4E1A << 32 | 0x696D: 2]
        let forms = TraditionalScript.writtenForms(counts)
        #expect(forms[0x53D1] == 0x767C)   // 發, not 髮
        #expect(forms[0x4E1A] == 0x696D)   // 业 → 業
        let tie = TraditionalScript.writtenForms([fa << 32 | 0x9AEE: 2, fa << 32 | 0x767C: 2])
        #expect(tie[0x53D1] == 0x767C)
        #expect(WrittenSubjects.written("发展", forms: forms) == "發展")
        #expect(WrittenSubjects.written("人口", forms: forms) == nil)
        #expect(WrittenSubjects.written("发展", forms: [:]) == nil)
    }

    @Test("a unit its surface writes comes out as written (個, 項, 戶), the same in both scripts (元, %) unchanged")
    func unitsAsWritten() throws {
        let t = try Self.metrics("2024年，審計署審計了41個部門，發現問題資金226.3億元，涉及12項專項資金。"
            + "年末民營經濟主體26.8萬戶，比上年增長5.2%。各級單位完成整改。")
        #expect(t.contains { $0.surface == "41個" && $0.unit == "個" })
        #expect(t.contains { $0.surface == "12項" && $0.unit == "項" })
        #expect(t.contains { $0.surface == "226.3億元" && $0.unit == "元" })
        #expect(t.contains { $0.surface == "5.2%" && $0.unit == "%" })
    }

    @Test("a unit a column line break cuts in two comes out as written too (0.7個百分⏎點, 383萬公⏎頃)")
    func unitsAsWrittenAcrossLineBreak() throws {
        let t = try Self.metrics("大型企業PMI為50.3%，比上月回落0.7個百分\n點，但繼續高于臨界點。2022年全國完成造林383萬公\n"
            + "頃，種草改良321.4萬公頃。全社會用電量7222億千瓦\n時，同比增長7.4%。")
        #expect(t.contains { $0.value == 0.7 && $0.unit == "個百分點" })
        #expect(t.contains { $0.surface.hasPrefix("383萬公") && $0.unit == "公頃" })
        #expect(t.contains { $0.surface.hasPrefix("7222億千瓦") && $0.unit == "千瓦時" })
    }

    @Test("a simplified text, and one quoting a few traditional characters, are left as written")
    func simplifiedUntouched() {
        for text in [Self.simplified, "全年实现增加值12.5亿元。页面字体：微軟正黑體、新細明體。" + String(repeating: "经济运行稳中有进。", count: 40)] {
            let normalized = Normalizer.normalized(bytes: Array(text.utf8))
            #expect(TraditionalScript.folded(normalized).bytes == normalized.bytes)
        }
        #expect(!TraditionalScript.isTraditional(Array(Self.simplified.unicodeScalars.map(\.value))))
        #expect(TraditionalScript.isTraditional(Array(Self.traditional.unicodeScalars.map(\.value))))
    }

    @Test("a village story in traditional script whose words are not economic ones is folded")
    func villageStoryFolds() throws {
        let text = "走訪的那天下著小雨,村支書帶我們沿著山路看了新修的水渠。全村共有農戶251戶、1113人,其中脫貧戶38戶;"
            + "人均耕地不足3畝,去年糧食產量比前年增長了兩成,養殖的牛羊超過500頭。"
        #expect(TraditionalScript.isTraditional(text.unicodeScalars.map(\.value)))
        let found = try Self.metrics(text).map { "\($0.surface)|\($0.unit ?? "")" }
        for figure in ["251戶|戶", "38戶|戶", "3畝|畝", "500頭|頭"] { #expect(found.contains(figure), "\(figure) in \(found)") }
    }

    @Test("every marker is a traditional form ICU folds to another character")
    func markersFold() {
        let scalars = TraditionalScript.markers.unicodeScalars.map(\.value)
        let map = TraditionalScript.foldings(of: scalars)
        for s in scalars { #expect(map[s] != nil, "\(Unicode.Scalar(s)!)") }
    }

    @Test("no bundled Corpus document is read as traditional")
    func corpusIsSimplified() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for f in files {
            let bytes = try Array(Data(contentsOf: corpus.appendingPathComponent(f)))
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
            #expect(!TraditionalScript.isTraditional(scalars), "\(f)")
        }
    }

    @Test("the byte-level test (the validator's) answers as the scalar test, texts of every kind")
    func bytesAgreeWithScalars() throws {
        let texts = [Self.traditional, "2024年全市地区生产总值3265.4亿元，比上年增长7.2%。", "微軟正黑體 " + String(repeating: "全市经济平稳运行。", count: 40),
                     "𠀀😀 abc " + Self.traditional, String(repeating: "ab 12 ", count: 400) + Self.traditional, ""]
        for t in texts {
            let bytes = Array(t.utf8)
            #expect(TraditionalScript.isTraditional(utf8: bytes) == TraditionalScript.isTraditional(t.unicodeScalars.map(\.value)), "\(t.prefix(20))")
        }
    }
}
