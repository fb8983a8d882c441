import Foundation
import Testing
@testable import Gongbao

/// `Extractor.jsonLines` (what `gongbao extract` prints, written from the figures without building metrics) must
/// give the bytes of `RenderedDocument.jsonLines` of the `DocumentResult` that `Pipeline.process` builds.
@Suite("JSON Lines from figures")
struct FigureJSONLinesTests {
    /// The bundled corpus (text and HTML) and the ingest and CLI fixtures.
    static func files() -> [String] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let corpus = tests.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        return Pipeline.inputs([corpus.path, tests.appendingPathComponent("Fixtures/ingest").path,
                                tests.appendingPathComponent("Fixtures/cli").path]).files
    }

    @Test("the same bytes, record count, period and notes as the metrics' JSON Lines, document by document")
    func sameAsMetrics() throws {
        let pipeline = try Pipeline.extracting()
        let files = Self.files()
        #expect(files.count > 10)
        var records = 0
        for path in files {
            guard let document = try? DocumentReader.read(path: path), let doc = try? pipeline.process(document)
            else { continue }
            let fast = try pipeline.jsonLines(document)
            #expect(fast.lines == RenderedDocument.jsonLines(doc), "\(path)")
            #expect(fast.metrics == doc.metrics.count, "\(path)")
            #expect(fast.result.period == doc.period && fast.result.notes == doc.notes, "\(path)")
            #expect(fast.result.path == doc.path && fast.result.encoding == doc.encoding, "\(path)")
            records += fast.metrics
        }
        #expect(records > 1000)
    }

    @Test("texts with escapes, line breaks inside figures, ranges, dates and qualifiers")
    func sameOnTexts() {
        let extractor = try! Extractor()
        let texts = [
            "2023年3月24日，全市地区生产总值达到\"44.14亿元\"，同比增长5.3%，其中第一产业\\增加值7.8\n万元。",
            "约5万人以上参加；计划投资6-8亿元，不低于90%。\t人才资源总量达到7.8 万\r\n人，\u{2028}较上年增加1.2万人。",
            "3月5日，国务院总理作政府工作报告。一季度居民消费价格上涨0.3%，其中城市上涨0.3%，农村上涨0.2%。",
            "",
        ]
        for (i, s) in texts.enumerated() {
            let source = SourceText(path: "a\"\(i).txt", bytes: Array(s.utf8), encoding: "UTF-8")
            let content = ContentText(identityOf: source)
            let normalized = Normalizer.normalized(content)
            let extraction = extractor.extract(source: source, content: content, normalized: normalized)
            let doc = DocumentResult(path: source.path, kind: .plainText, encoding: "UTF-8", metrics: extraction.metrics)
            let fast = extractor.jsonLines(source: source, content: content, normalized: normalized, path: source.path)
            #expect(fast.lines == RenderedDocument.jsonLines(doc), "\(s)")
            #expect(fast.count == extraction.metrics.count)
        }
    }

    /// What lets the writer skip `isWellFormedUTF8` on plain text the normalizer checked: in well-formed bytes, every
    /// range `surfaceRange` widens is well-formed.
    @Test("every surface range of well-formed bytes is well-formed")
    func surfacesOfValidText() {
        let bytes = Array("人才资源总量达到7.8 万\n人，𠮷增长5.3%（ＧＤＰ）é".utf8)
        bytes.withUnsafeBufferPointer { p in
            for lo in -1...(bytes.count + 1) {
                for hi in lo...(bytes.count + 2) {
                    #expect(Extractor.isWellFormedUTF8(UnsafeBufferPointer(rebasing: p[Extractor.surfaceRange(p, lo..<hi)])))
                }
            }
        }
    }

    @Test("surfaceRange and isWellFormedUTF8 agree with ContentText.slice and String(validating:)")
    func surfaceBytes() {
        let bytes = Array("7.8万人，增长5.3%".utf8) + [0xE4, 0xB8] + Array("亿元".utf8) + [0xC0, 0x80, 0xED, 0xA0, 0x80]
        let content = ContentText(identityOf: SourceText(path: "x", bytes: bytes, encoding: "UTF-8"))
        bytes.withUnsafeBufferPointer { p in
            for lo in -1...(bytes.count + 1) {
                for hi in lo...(bytes.count + 2) {
                    let r = Extractor.surfaceRange(p, lo..<hi)
                    let slice = UnsafeBufferPointer(rebasing: p[r])
                    let valid = Extractor.isWellFormedUTF8(slice)
                    #expect(valid == (String(validating: slice, as: UTF8.self) != nil))
                    if valid { #expect(Array(content.slice(lo..<hi).utf8) == Array(slice)) }
                    else { #expect(content.slice(lo..<hi) == String(decoding: slice, as: UTF8.self)) }
                }
            }
        }
    }
}
