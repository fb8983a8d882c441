import Foundation
import Testing
@testable import Gongbao

/// Plain text is taken as UTF-8 unread and the normalizer's pass checks it (`Normalizer.normalizedIfValidUTF8`):
/// it must refuse exactly the bytes `UTF8Scan` calls invalid, give the unchecked pass's text for the others, and the
/// pipeline must end with the texts the full decoding (UTF-8 repaired, GB18030) gives.
@Suite("Normalizer checks UTF-8 in its pass")
struct CheckedUTF8PassTests {
    /// Valid pieces (runs, folds, whitespace runs, ignorables) and ill-formed ones (stray continuation, truncated,
    /// overlong, surrogate, out of range, GBK 中 D6 D0), glued at random.
    static let valid: [[UInt8]] = ["全省生产总值", "1.2万亿元", "，", "。", "\u{3000}", " ", "\n", "\n\n", "７ ４", "３．５％",
                                   "&nbsp;", "<U+00A0>", "\u{200B}", "人\n才", "\r\n", "é", "“引号”", "\u{2003}",
                                   "\u{FEFF}", "\u{1F600}", "\u{FFFD}", "一、总体情况\n\n", "\u{0}", "\u{1}", "\u{7F}",
                                   "\u{1B}", "\u{1F}", "\u{B}", "\u{C}"].map { Array($0.utf8) }
    static let invalid: [[UInt8]] = [[0x80], [0xBF], [0xE4, 0xB8], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                                     [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xD6, 0xD0], [0xE3, 0x80], [0xE3, 0x00, 0x00],
                                     [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC2]]

    /// A byte `BinarySniff` counts (NUL, a control that is no whitespace, DEL; ESC too, which the sniff lets pass):
    /// the checked pass leaves text holding one to the full decoding, which sniffs it.
    static func holdsSniffedByte(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 == 0x7F || $0 < 0x20 && !(0x09...0x0D).contains($0) }
    }

    @Test("checked pass = UTF8Scan's verdict (and no byte the sniff counts), and the unchecked pass's text when valid")
    func agreesWithScan() {
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        func next(_ n: Int) -> Int { mix.next(n) }
        var refused = 0
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(12)) {
                // Most texts get no bad piece at all; some one, a few several, at the start, middle or end.
                if round % 3 == 0, next(6) == 0 {
                    bytes += Self.invalid[next(Self.invalid.count)]
                } else {
                    bytes += Self.valid[next(Self.valid.count)]
                }
            }
            let scan = UTF8Scan(bytes)
            let checked = Normalizer.normalized(bytes: bytes, blankLinesEndBlocks: false, keptBreaks: [],
                                                checkingUTF8: true)
            #expect((checked == nil) == (!scan.isValid || Self.holdsSniffedByte(bytes)), "\(bytes)")
            guard let checked else { refused += 1; continue }
            let plain = Normalizer.normalized(bytes: bytes)
            #expect(checked.bytes == plain.bytes, "\(bytes)")
            #expect(checked.contentOffsets == plain.contentOffsets, "\(bytes)")
            #expect(checked.scalars?.scalars == plain.scalars?.scalars, "\(bytes)")
            #expect(checked.scalars?.byteOffsets == plain.scalars?.byteOffsets, "\(bytes)")
        }
        #expect(refused > 100)
    }

    @Test("pipeline texts = full decoding's: UTF-8, a stray byte, GB18030, blank, BOM, binary, UTF-16, controls")
    func pipelineAgreesWithFullDecoding() throws {
        let body = "一、总体情况\n\n全市地区生产总值1234.5亿元，同比增长5.2%。\n人\n才总量达到12万人。\n"
        var stray = Array(body.utf8)
        stray.insert(0xFF, at: 20)
        let gb = try #require(body.data(using: TextDecoding.gb18030)).map { $0 }
        // UTF-16 without a BOM (NULs in every other byte), a binary header, a stray NUL or DEL or control in text (a
        // few are damage, many are binary), valid UTF-8 all of them.
        let utf16 = Array("GDP 1234.5 亿元, up 5.2%\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let text = Array(body.utf8)
        let controls = [UInt8](repeating: 0x01, count: 40) + text
        let documents: [[UInt8]] = [text, stray, gb, Array(" \n\u{3000}\n".utf8), [0xEF, 0xBB, 0xBF] + text,
                                    [0xD6, 0xD0, 0xFF, 0xFE, 0x80], utf16, png, text + [0] + text, text + [0x7F] + text,
                                    [0x1B] + text, text + [0x02] + text, controls, [0, 0, 0] + text]
        for bytes in documents {
            let document = SourceDocument(path: "t.txt", bytes: bytes, kind: .plainText)
            let expected: Result<(SourceText, NormalizedText), IngestError>
            do {
                let source = try TextDecoding.decode(document)
                expected = .success((source, Normalizer.normalized(ContentText(identityOf: source))))
            } catch { expected = .failure(error) }
            let got: Result<(SourceText, NormalizedText), IngestError>
            do {
                let (source, _, normalized) = try Pipeline.normalizedText(of: document)
                got = .success((source, normalized))
            } catch { got = .failure(error) }
            switch (expected, got) {
            case let (.success(e), .success(g)):
                #expect(e.0.bytes == g.0.bytes)
                #expect(e.0.encoding == g.0.encoding)
                #expect(e.0.notes == g.0.notes)
                #expect(e.0.leadingScalars == g.0.leadingScalars)
                #expect(e.1.bytes == g.1.bytes)
                #expect(e.1.contentOffsets == g.1.contentOffsets)
            case let (.failure(e), .failure(g)):
                #expect(e == g)
            default:
                Issue.record("one path failed, the other did not: \(bytes.prefix(8))")
            }
        }
    }
}
