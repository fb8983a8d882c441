import Foundation
import Testing
@testable import Gongbao

@Suite("TextDecoding")
struct TextDecodingTests {
    private func text(_ s: SourceText) -> String { String(decoding: s.bytes, as: UTF8.self) }

    @Test("GB18030 decodes on this platform, 4-byte sequences and € included (pinned: it has regressed on Linux)")
    func gb18030() throws {
        let s = try IngestFixture.source("gb18030.txt")
        #expect(s.encoding == "GB18030")
        #expect(text(s) == "鄂尔多斯市东胜区\n人才总量达7.8万人，增长12.5%。\n欧元€与扩展字符𠀀。\n")
        let seven = s.bytes.firstIndex(of: UInt8(ascii: "7"))!
        #expect(s.location(ofOffset: seven).line == 2)
        #expect(s.location(ofOffset: seven).column == 6)
    }

    @Test("real GB2312 page bytes are read as GB18030, the declaration recorded")
    func gbkPage() throws {
        let s = try IngestFixture.source("gbk.html")
        #expect(s.encoding == "GB18030 (declared gb2312)")
        #expect(s.declaredEncoding == "gb2312")
        #expect(text(s).contains("175.65亿元"))
        #expect(s.notes.isEmpty)
    }

    @Test("a page declaring gb2312 over UTF-8 bytes is UTF-8")
    func charsetMismatch() throws {
        let s = try IngestFixture.source("charset-mismatch.html")
        #expect(s.encoding == "UTF-8 (declared gb2312)")
        #expect(text(s).contains("领军人才369人"))
        #expect(s.notes == ["declared gb2312 but the bytes are UTF-8"])
    }

    @Test("a page declaring UTF-8 over GBK bytes is read as GB18030")
    func declaredUTF8OverGBK() throws {
        let s = try IngestFixture.source("declared-utf8-gbk-bytes.html")
        #expect(s.encoding == "GB18030 (declared utf-8)")
        #expect(text(s).contains("签约33个项目，总金额175.65亿元。"))
        #expect(s.notes.count == 1)
    }

    @Test("a UTF-8 BOM is removed and counted so columns still match the file")
    func bom() throws {
        let s = try IngestFixture.source("bom.txt")
        #expect(s.encoding == "UTF-8")
        #expect(s.leadingScalars == 1)
        #expect(s.bytes.first == Array("人".utf8).first)
        let seven = s.bytes.firstIndex(of: UInt8(ascii: "7"))!
        #expect(s.location(ofOffset: seven) == SourceLocation(path: s.path, line: 1, column: 4))
        let four = s.bytes.firstIndex(of: UInt8(ascii: "4"))!
        #expect(s.location(ofOffset: four).column == 4)
    }

    @Test("UTF-16 with a BOM, little and big endian")
    func utf16() throws {
        let le = try IngestFixture.source("utf16le.txt")
        let be = try IngestFixture.source("utf16be.txt")
        #expect(le.encoding == "UTF-16LE")
        #expect(be.encoding == "UTF-16BE")
        #expect(text(le) == "人才7.8万人\n第二行40余人\n")
        #expect(text(be) == text(le))
        #expect(le.leadingScalars == 1)
    }

    @Test("UTF-16 without a BOM is recognised by its NUL pattern, not refused as binary")
    func utf16WithoutBOM() throws {
        var bytes: [UInt8] = []
        for u in "Total 7.8 million people\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let s = try TextDecoding.decode(SourceDocument(path: "le.txt", bytes: bytes, kind: .plainText))
        #expect(s.encoding == "UTF-16LE")
        #expect(text(s) == "Total 7.8 million people\n")
    }

    @Test("bytes behind a UTF-16 BOM that are no UTF-16 text are refused, naming the file; one odd unit in long text is not")
    func utf16BOMOverGarbage() throws {
        // Deterministic noise (a linear congruential sequence): what a binary blob opening with FF FE looks like.
        var state: UInt32 = 12345
        var noise: [UInt8] = []
        for _ in 0..<4000 {
            state = state &* 1_103_515_245 &+ 12345
            noise.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        #expect(throws: IngestError.undecodable(path: "g.txt", tried: ["UTF-16LE"])) {
            try TextDecoding.decode(SourceDocument(path: "g.txt", bytes: [0xFF, 0xFE] + noise, kind: .plainText))
        }
        #expect(throws: IngestError.undecodable(path: "g.html", tried: ["UTF-16BE"])) {
            try TextDecoding.decode(SourceDocument(path: "g.html", bytes: [0xFE, 0xFF] + noise, kind: .html))
        }
        // Without a BOM, NULs on one side of every pair look like UTF-16; control units behind them are binary.
        let controls = [UInt8]((0..<200).flatMap { _ in [UInt8(0x01), 0x00] })
        #expect(throws: IngestError.binary(path: "c.txt")) {
            try TextDecoding.decode(SourceDocument(path: "c.txt", bytes: controls, kind: .plainText))
        }
        // Real text with one stray control unit among a hundred is still read.
        let line = String(repeating: "全市地区生产总值1234.5亿元，同比增长5.2%。\n", count: 4)
        var units = Array(line.utf16)
        units.insert(0x0001, at: 10)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let s = try TextDecoding.decode(SourceDocument(path: "t.txt", bytes: bytes, kind: .plainText))
        #expect(s.encoding == "UTF-16LE")
        #expect(text(s).hasSuffix("同比增长5.2%。\n"))
    }

    @Test("empty and whitespace-only files are .empty, naming the file")
    func empty() throws {
        #expect(throws: IngestError.empty(path: IngestFixture.path("empty.txt"))) {
            try IngestFixture.source("empty.txt")
        }
        #expect(throws: IngestError.empty(path: IngestFixture.path("whitespace-only.txt"))) {
            try IngestFixture.source("whitespace-only.txt")
        }
        #expect(throws: IngestError.empty(path: "bom-only.txt")) {
            try TextDecoding.decode(SourceDocument(path: "bom-only.txt", bytes: [0xEF, 0xBB, 0xBF], kind: .plainText))
        }
    }

    @Test("a PNG is .binary")
    func binary() throws {
        #expect(throws: IngestError.binary(path: IngestFixture.path("binary.bin"))) {
            try IngestFixture.source("binary.bin")
        }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(throws: IngestError.binary(path: "c.txt")) {
            try TextDecoding.decode(SourceDocument(path: "c.txt", bytes: controls, kind: .plainText))
        }
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are .undecodable and list what was tried")
    func undecodable() throws {
        let path = IngestFixture.path("invalid.txt")
        #expect(throws: IngestError.undecodable(path: path, tried: ["UTF-8", "GB18030"])) {
            try IngestFixture.source("invalid.txt")
        }
        #expect(IngestError.undecodable(path: path, tried: ["UTF-8", "GB18030"]).description
            == "\(path): error: cannot decode text (tried UTF-8, GB18030)")
    }

    @Test("one stray byte in a long UTF-8 text does not turn it into GB18030 mojibake")
    func mostlyUTF8() throws {
        let body = Array(String(repeating: "人才总量达7.8万人。", count: 40).utf8)
        let bytes = body + [0xFF] + Array("结束".utf8)
        let s = try TextDecoding.decode(SourceDocument(path: "a.txt", bytes: bytes, kind: .plainText))
        #expect(s.encoding == "UTF-8")
        #expect(text(s).hasSuffix("\u{FFFD}结束"))
        #expect(s.notes.first?.hasPrefix("1 invalid UTF-8 sequence") == true)
    }

    @Test("a GB18030 text with one broken byte is still GB18030, the byte replaced")
    func mostlyGB18030() throws {
        let good = try IngestFixture.document("gbk.html").bytes
        let bytes = Array(good[..<3000]) + [0xFF] + Array(good[3000...])
        let s = try TextDecoding.decode(SourceDocument(path: "a.html", bytes: bytes, kind: .html))
        #expect(s.encoding == "GB18030 (declared gb2312)")
        #expect(text(s).contains("175.65亿元"))
        #expect(text(s).contains("\u{FFFD}"))
        #expect(s.notes == ["1 invalid GB18030 byte(s) replaced by U+FFFD"])
    }

    @Test("a declaration is only a hint in plain text: none is read")
    func plainTextHasNoDeclaration() throws {
        let bytes = Array("charset=gb2312 7.8万人".utf8)
        let s = try TextDecoding.decode(SourceDocument(path: "a.txt", bytes: bytes, kind: .plainText))
        #expect(s.encoding == "UTF-8")
        #expect(s.declaredEncoding == nil)
    }

    @Test("glibc iconv and Foundation read every GB fixture and Corpus file the same")
    func iconvMatchesFoundation() throws {
        let corpus = (try? FileManager.default.contentsOfDirectory(atPath: IngestFixture.corpus.path)) ?? []
        let paths = ["gb18030.txt", "gbk.html", "declared-utf8-gbk-bytes.html"].map(IngestFixture.path)
            + corpus.filter { $0.contains("gb2312") }.map { IngestFixture.corpus.appendingPathComponent($0).path }
        for path in paths {
            let bytes = try DocumentReader.read(path: path).bytes
            let viaIconv = try #require(GB18030Decoding.decode(bytes))
            #expect(viaIconv.invalidBytes == 0, "\(path)")
            let viaFoundation = try #require(TextDecoding.foundationGB18030(bytes))
            #expect(viaIconv.bytes == viaFoundation.bytes, "\(path)")
        }
        // The two-byte table agrees with iconv over the whole buffer, on text and on noise.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var noise: [UInt8] = []
        for _ in 0..<20000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            noise.append(UInt8(truncatingIfNeeded: seed >> 33))
        }
        for bytes in [try DocumentReader.read(path: IngestFixture.path("gbk.html")).bytes, noise] {
            let table = try #require(GB18030Decoding.decode(bytes))
            let whole = try #require(GB18030Decoding.decodeWithIconv(bytes))
            #expect(table.bytes == whole.bytes)
            #expect(table.invalidBytes == whole.invalidBytes)
        }
        // 0x80 is € in code page 936 (as Foundation reads it); a cut-off lead byte at the end is U+FFFD.
        let tail = try #require(GB18030Decoding.decode([0x80, 0x41, 0xC8, 0xCB, 0xB2]))
        #expect(String(decoding: tail.bytes, as: UTF8.self) == "€A人\u{FFFD}")
        #expect(tail.invalidBytes == 1)
    }

    @Test("the two-byte table built by one iconv call over every code equals iconv asked one code at a time")
    func twoByteTableByBatch() throws {
        let cd = iconv_open("UTF-8", "GB18030")
        try #require(cd != nil && Int(bitPattern: cd) != -1)
        defer { iconv_close(cd) }
        let batch = try #require(GB18030Decoding.twoByteTableByBatch(cd!))
        #expect(batch == GB18030Decoding.twoByteTableOneByOne(cd!))
        #expect(batch.filter { $0 != 0 }.count > 20000)
    }
}
