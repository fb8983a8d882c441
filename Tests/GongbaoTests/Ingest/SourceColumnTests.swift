import Testing
@testable import Gongbao

/// Columns count scalars thirty-two bytes at a time: the same as counting the bytes that start a scalar one by one.
@Suite("SourceText columns on long lines")
struct SourceColumnTests {
    @Test("every offset of long mixed lines: column = 1 + scalars since the line start")
    func columns() {
        var mix = Mix(state: 0xC01C_0A75_0000_0001)
        func next(_ n: Int) -> Int { mix.next(n) }
        let pool = ["人才", "资源总量", "7.8", "万", "，", "é", "😀", "a", " ", "\n"]
        for _ in 0..<40 {
            var s = ""
            for _ in 0..<next(120) { s += pool[next(next(8) == 0 ? pool.count : pool.count - 1)] }
            let bytes = Array(s.utf8)
            let text = SourceText(path: "a.txt", bytes: bytes, encoding: "UTF-8")
            var line = 1, column = 1
            for o in 0...bytes.count {
                #expect(text.location(ofOffset: o) == SourceLocation(path: "a.txt", line: line, column: column))
                guard o < bytes.count else { break }
                if bytes[o] == 0x0A { line += 1; column = 1 } else if bytes[o] & 0xC0 != 0x80 { column += 1 }
            }
        }
    }

    @Test("a line of 20 KB (lane counts summed many times over): columns = scalars counted one by one")
    func longLine() {
        let unit = "全省生产总值达到1.2万亿元，增长5.1%。é😀 "
        let bytes = Array(String(repeating: unit, count: 400).utf8)
        let text = SourceText(path: "a.txt", bytes: bytes, encoding: "UTF-8")
        var column = 1
        var locator = text.locator()
        for o in 0...bytes.count {
            if o % 997 == 0 || o == bytes.count || o > bytes.count - 40 {
                #expect(text.location(ofOffset: o).column == column, "offset \(o)")
                #expect(locator.location(ofOffset: o).column == column, "offset \(o)")
            }
            guard o < bytes.count else { break }
            if bytes[o] & 0xC0 != 0x80 { column += 1 }
        }
    }

    @Test("scalar starts of every byte range of a mixed buffer = counted one byte at a time")
    func scalarStartsEveryRange() {
        let bytes = Array("全省生产总值1.2万亿元，é😀 a增长\n5.1%。人才".utf8)
        bytes.withUnsafeBufferPointer { b in
            for lo in 0...b.count {
                for hi in lo...b.count {
                    #expect(SourceText.scalarStarts(b.baseAddress!, lo, hi) == SourceText.scalarStartsSimple(b.baseAddress!, lo, hi),
                            "\(lo)..<\(hi)")
                }
            }
        }
    }
}
