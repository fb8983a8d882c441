import Testing
@testable import Gongbao

@Suite("SourceText")
struct SourceTextTests {
    @Test("lines count LF only; columns count scalars")
    func lineAndColumn() {
        let text = SourceText(path: "a.txt", bytes: Array("ab\r\r\n人才 7.8万人\n".utf8), encoding: "UTF-8")
        #expect(text.location(ofOffset: 0) == SourceLocation(path: "a.txt", line: 1, column: 1))
        let seven = Array(text.bytes).firstIndex(of: UInt8(ascii: "7"))!
        #expect(text.location(ofOffset: seven) == SourceLocation(path: "a.txt", line: 2, column: 4))
    }

    @Test("the locator gives location(ofOffset:) for every offset, rising, falling or jumping lines")
    func locatorAgrees() {
        let body = "﻿第一行 7.8万人\r\n" + String(repeating: "全省生产总值达到1.2万亿元，增长5.1%。", count: 7) + "\n\nend é𝟙"
        let text = SourceText(path: "a.txt", bytes: Array(body.utf8), encoding: "UTF-8", leadingScalars: 1)
        let n = text.bytes.count
        let rising = Array(0...n + 2)
        let mixed = rising.map { ($0 * 37) % (n + 3) } + [-4, n + 9, 5, 5, 4]
        for offsets in [rising, mixed] {
            var locator = text.locator(), bare = text.locator()
            for o in offsets {
                let expected = text.location(ofOffset: o)
                #expect(locator.location(ofOffset: o) == expected, "offset \(o)")
                // (lineAndColumn: the same place without the path.)
                let (line, column) = bare.lineAndColumn(ofOffset: o)
                #expect(line == expected.line && column == expected.column, "offset \(o)")
            }
        }
    }

    @Test("the locator steps a few lines ahead and searches further ones, as location(ofOffset:) finds them")
    func locatorStepsAhead() {
        // An OCR column: many short lines, some blank, figures a line or thirty apart.
        var body = ""
        for k in 0..<60 { body += k % 7 == 3 ? "\n" : "东胜区引进人才\(k)人，" + String(repeating: "经", count: k % 5) + "\n" }
        let text = SourceText(path: "a.txt", bytes: Array(body.utf8), encoding: "UTF-8")
        let n = text.bytes.count
        for stride in [1, 5, 17, 40, 90, 160, 700] {
            var locator = text.locator()
            var o = 0
            while o <= n + 1 {
                #expect(locator.location(ofOffset: o) == text.location(ofOffset: o), "stride \(stride) offset \(o)")
                o += stride
            }
        }
    }
}
