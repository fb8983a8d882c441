import Testing
@testable import Gongbao

/// The offset maps stored as nothing (identity) or as runs must read exactly as the per-byte tables they replace.
@Suite("OffsetMap")
struct OffsetMapTests {
    @Test("the identity map reads 0, 1, 2, … and the end")
    func identity() {
        let map = OffsetMap.identity(length: 5)
        #expect(map.count == 6)
        #expect(Array(map) == [0, 1, 2, 3, 4, 5])
        #expect(map == OffsetMap([0, 1, 2, 3, 4, 5]))
    }

    @Test("the normalizer's runs map = the general path's per-byte table, on valid and invalid bytes, long and short")
    func runsAgreeWithTable() {
        // (A fixed pseudo-random sequence: the same byte strings on every run.)
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        func next() -> Int { mix.next() }
        let pieces: [[UInt8]] = ["全省", "生产总值", "1.2", "万亿元", "，", "。", "\n", " ", "  ", "\u{3000}", "７", "．", "％",
                                 "“", "”", "—", "&nbsp;", "<U+00A0>", "\u{200B}", "\t", "\r\n", "é", "\u{1F600}", "a",
                                 "3 0 0", "\u{FEFF}", "\n\n"].map { Array($0.utf8) }
            + [[0xFF], [0x80], [0xE4, 0xB8], [0xC3], [0xF0, 0x9F]]
        for round in 0..<300 {
            var bytes: [UInt8] = []
            let length = round < 250 ? round % 30 : 400 + round
            for _ in 0..<length { bytes += pieces[next() % pieces.count] }
            for blank in [false, true] {
                let fast = Normalizer.normalized(bytes: bytes, blankLinesEndBlocks: blank)
                let general = Normalizer.normalizedGeneral(bytes: bytes, blankLinesEndBlocks: blank)
                #expect(fast.bytes == general.bytes)
                #expect(Array(fast.contentOffsets) == Array(general.contentOffsets))
            }
        }
    }

    @Test("the page index of the runs: for each 128-byte page, the last run starting at or before it")
    func pages() {
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<200 {
            let textCount = mix.next(3000)
            // Ascending run starts, the first 0: gaps of 1 to 300 bytes, some several to a page, some pages with none.
            var starts: [Int32] = textCount > 0 ? [0] : []
            while let last = starts.last, Int(last) < textCount - 1, round % 7 != 0 || starts.count < 3 {
                starts.append(last + Int32(1 + mix.next(300)))
            }
            #expect(OffsetRuns.pages(starts: starts, textCount: textCount)
                    == OffsetRuns.pagesSimple(starts: starts, textCount: textCount), "round \(round)")
        }
    }

    @Test("a range maps back through runs as through the table")
    func contentRange() {
        let bytes = Array("人才 资源\n总量７．８万人，增长３％。".utf8)
        let fast = Normalizer.normalized(bytes: bytes)
        let table = NormalizedText(bytes: fast.bytes, contentOffsets: Array(fast.contentOffsets))
        for lo in 0...fast.bytes.count {
            for hi in lo...fast.bytes.count {
                #expect(fast.contentRange(of: lo..<hi) == table.contentRange(of: lo..<hi))
            }
        }
    }
}
