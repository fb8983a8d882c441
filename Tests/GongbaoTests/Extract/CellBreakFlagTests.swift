import Testing
@testable import Gongbao

/// The normalizer notes whether its input holds a byte a flattened table's cell break starts with
/// (`NormalizedScalars.contentMayHoldCellBreak`), and the extractor skips `FlattenedTableReader` when it holds none:
/// that is right only if `cellBreak` (the reference: the scan the flag saves) then finds no break anywhere.
@Suite("Cell-break flag of the normalizer's pass")
struct CellBreakFlagTests {
    /// Words of plain text, whitespace of every kind (the breaks among them), folds and ignorables, glued at random.
    static let pieces = ["全省生产总值", "汽车", "万辆", "93.4", "。", "、", "，", "１２．５％", "\n", "\n\n", " ", "  ", "\t",
                         "\u{3000}", "\u{00A0}", "\u{200B}", "\u{FEFF}", "\u{2003}", "é", "·", "°", "“引号”", "《书名》",
                         "一、总体情况\n", "&nbsp;", "<b>", "\r\n", "\u{1F600}", "倀", "A B", "5 人", "\u{3001}\u{3000}",
                         "|", " | ", "\n| "]

    static func check(_ bytes: [UInt8], _ text: NormalizedText?) -> Bool {
        guard let scalars = text?.scalars else { return true }
        guard !scalars.mayHoldCellBreak(inContentOf: bytes.count) else { return true }
        return FlattenedTableReader.cellBreak(bytes, from: 0) == nil
    }

    @Test("no cell-break byte noted → cellBreak finds none (checked and unchecked passes, 4000 texts)")
    func flagAgreesWithScan() {
        var mix = Mix(state: 0x5DEE_CE66_D1CE_4E5B)
        func next(_ n: Int) -> Int { mix.next(n) }
        var skipped = 0, breaking = 0
        for round in 0..<4000 {
            var s = ""
            // Some texts without whitespace pieces at all (the flag must then be false for most of them).
            let choices = round % 2 == 0 ? 10 : Self.pieces.count
            for _ in 0..<(1 + next(30)) { s += Self.pieces[next(choices)] }
            let bytes = Array(s.utf8)
            if FlattenedTableReader.cellBreak(bytes, from: 0) != nil { breaking += 1 }
            let unchecked = Normalizer.normalized(bytes: bytes)
            let checked = Normalizer.normalized(bytes: bytes, blankLinesEndBlocks: false, keptBreaks: [], checkingUTF8: true)
            #expect(Self.check(bytes, unchecked), "\(s.debugDescription)")
            #expect(Self.check(bytes, checked), "\(s.debugDescription)")
            if !(unchecked.scalars?.mayHoldCellBreak(inContentOf: bytes.count) ?? true) { skipped += 1 }
        }
        // Both kinds were tried: texts whose scan was skipped, and texts with breaks.
        #expect(skipped > 1000)
        #expect(breaking > 500)
    }

    @Test("each break byte, anywhere in a text, is noted")
    func eachBreakNoted() {
        for brk in ["\t", "  ", "\u{3000}", "\u{00A0}", " |", "\n|"] {
            for text in ["汽车\(brk)万辆", "\(brk)汽车", "汽车\(brk)", "93.4\(brk)23.8", "产量。\n\(brk)汽车"] {
                let bytes = Array(text.utf8)
                let n = Normalizer.normalized(bytes: bytes)
                #expect(n.scalars?.mayHoldCellBreak(inContentOf: bytes.count) == true, "\(text.debugDescription)")
            }
        }
        let plain = Array("经济增长5.2％，居全国前列。\n人才资源总量达到7.8万人".utf8)
        #expect(Normalizer.normalized(bytes: plain).scalars?.mayHoldCellBreak(inContentOf: plain.count) == false)
        // Another content's byte count: unknown, so the scan runs.
        #expect(Normalizer.normalized(bytes: plain).scalars?.mayHoldCellBreak(inContentOf: plain.count + 1) == true)
    }
}
