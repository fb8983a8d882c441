import Testing
@testable import Gongbao

/// `FlattenedTableReader.cellBreak` reads sixteen bytes at a time on long lines: the same answers as one byte at a time.
@Suite("cellBreak on long lines")
struct CellBreakLongTests {
    static func naive(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
        var k = i
        while k < end {
            let c = b[k]
            if c == 0x09 { return k }
            if k > 0 {
                let p = b[k - 1]
                if p != 0x20, p != 0x0A, p != 0x0D, p != 0x09 {
                    if c == 0x20, k + 1 < end, b[k + 1] == 0x20 { return k }
                    if c == 0xE3, k + 2 < end, b[k + 1] == 0x80, b[k + 2] == 0x80, p != 0x80 { return k }
                    if c == 0xC2, k + 1 < end, b[k + 1] == 0xA0 { return k }
                }
            }
            k += 1
        }
        return nil
    }

    @Test("long mixes of words and rare breaks, every start and some ends")
    func longLines() {
        let words = ["全省生产总值", "万辆", "93.4", "。", "、", "倀", "一", "\n", " ", "é", "Â"]
        let breaks = ["\t", "  ", "\u{3000}", "\u{00A0}", "\u{3000}\u{3000}"]
        var mix = Mix(state: 0x1234_5678_9ABC_DEF1)
        func next(_ n: Int) -> Int { mix.next(n) }
        for _ in 0..<150 {
            var s = ""
            for _ in 0..<next(60) { s += next(12) == 0 ? breaks[next(breaks.count)] : words[next(words.count)] }
            let b = Array(s.utf8)
            for i in 0...b.count {
                #expect(FlattenedTableReader.cellBreak(b, from: i) == Self.naive(b, i, b.count))
                let end = i + next(b.count - i + 1)
                #expect(FlattenedTableReader.cellBreak(b, from: i, to: end) == Self.naive(b, i, end))
            }
        }
    }
}
