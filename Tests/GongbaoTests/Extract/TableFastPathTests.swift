import Testing
@testable import Gongbao

/// The table readers' fast paths answer exactly as the simple code they replace.
@Suite("Table fast paths")
struct TableFastPathTests {
    private var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
    private mutating func next(_ n: Int) -> Int { mix.next(n) }

    /// The line reader as it was: scalars appended one by one, then the passes over them.
    private func referenceLine(_ b: [UInt8], _ r: Range<Int>) -> (t: [UInt32], off: [Int], tabAfter: [Int32]) {
        var t: [UInt32] = [], off: [Int] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let b0 = UInt32(b[i])
            var s = b0, len = 1
            if b0 >= 0xF0, i + 3 < r.upperBound {
                s = ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                    | (UInt32(b[i + 3]) & 0x3F); len = 4
            } else if b0 >= 0xE0, i + 2 < r.upperBound {
                s = ((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F); len = 3
            } else if b0 >= 0xC0, i + 1 < r.upperBound {
                s = ((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F); len = 2
            }
            if s >= 0xFF01, s <= 0xFF5E { s -= 0xFEE0 }
            if s == 0x3000 || s == 0xA0 || s == 0x0D { s = 0x20 }
            if s == 0x2212 { s = 0x2D }
            t.append(s)
            off.append(i)
            i += len
        }
        off.append(r.upperBound)
        var k = 0
        while k < t.count {
            guard t[k] == 0x20 || t[k] == 0x0A else { k += 1; continue }
            let start = k
            var newline = false
            while k < t.count, t[k] == 0x20 || t[k] == 0x0A { if t[k] == 0x0A { newline = true }; k += 1 }
            if !newline, start > 0, k < t.count, t[start - 1] != 0x09, t[k] != 0x09,
               k - start >= 2 || b[off[start]] != 0x20 {
                t[start] = 0x09
            }
        }
        for j in t.indices where t[j] == 0x0A { t[j] = 0x20 }
        var tabAfter = [Int32](repeating: Int32(t.count), count: t.count + 1)
        var j = t.count - 1
        while j >= 0 {
            tabAfter[j] = t[j] == 0x09 ? Int32(j) : tabAfter[j + 1]
            j -= 1
        }
        return (t, off, tabAfter)
    }

    @Test("a flattened table's line (scalars, offsets, cell tabs) is what the scalar-by-scalar reader made")
    mutating func lineMatchesReference() {
        let pieces: [[UInt8]] = ["汽车", "万辆", "93.4", "\t", " ", "  ", "   ", "\n", " \n ", "\r\n", "\u{3000}", "\u{A0}",
                                 "（%）", "－", "\u{2212}", "１２", "a", "\u{1F600}", "·"].map { Array($0.utf8) }
            + [[0xE4, 0xB8], [0x80], [0xF0, 0x9F], [0xC3], [0xFF]]
        for round in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<(round % 40) { bytes += pieces[next(pieces.count)] }
            let lo = bytes.isEmpty ? 0 : next(min(bytes.count, 4) + 1)
            let hi = max(lo, bytes.count - (bytes.isEmpty ? 0 : next(3)))
            let line = FlattenedTableReader.Line(bytes, lo..<hi)
            let reference = referenceLine(bytes, lo..<hi)
            #expect(line.t == reference.t, "\(bytes)")
            #expect(line.off == reference.off, "\(bytes)")
            #expect(line.tabAfter == reference.tabAfter, "\(bytes)")
        }
    }

    @Test("the bisection over an offset map's storage probes as `map[mid]` does: same answer, sorted or not")
    mutating func bisectMatchesSubscript() {
        func reference(_ map: OffsetMap, _ n: Int, _ c: Int) -> Int {
            var lo = 0, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(map[mid]) < c { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let pieces = ["全省", "生产总值", "1.2", "万亿元", "，", "。", "\n", " ", "  ", "\u{3000}", "７", "％", "\t"]
        for round in 0..<60 {
            var text = ""
            for _ in 0..<(1 + round % 25) { text += pieces[next(pieces.count)] }
            let bytes = Array(text.utf8)
            let runs = Normalizer.normalized(bytes: bytes)
            // Unsorted tables too: the probes, not the order, decide the answer.
            let table = OffsetMap((0...bytes.count).map { _ in Int32(next(bytes.count + 3)) })
            let maps = [(runs.contentOffsets, runs.bytes.count), (OffsetMap.identity(length: bytes.count), bytes.count),
                        (OffsetMap(Array(runs.contentOffsets)), runs.bytes.count), (table, bytes.count)]
            for (map, n) in maps {
                for c in -1...(bytes.count + 2) {
                    #expect(TableReader.bisect(map, below: n, for: c) == reference(map, n, c), "\(text) \(c)")
                }
            }
        }
    }

    @Test("offset runs that never go back answer a lookup as the bisection does; others are left to the bisection")
    mutating func lowerBoundMatchesBisect() {
        let pieces = ["全省", "生产总值", "1.2", "万亿元", "，", "。", "\n", " ", "  ", "\u{3000}", "７", "％", "\t", "é",
                      "\u{1F600}", "（", "）", "：", "\r\n", "—"]
        var monotone = 0
        for round in 0..<200 {
            var text = ""
            for _ in 0..<(1 + round % 40) { text += pieces[next(pieces.count)] }
            let bytes = Array(text.utf8)
            let normalized = Normalizer.normalized(bytes: bytes)
            guard case .runs(let runs) = normalized.contentOffsets.storage else { continue }
            guard TableReader.isMonotone(runs) else { continue }
            monotone += 1
            for c in -2...(bytes.count + 2) {
                #expect(TableReader.lowerBound(runs, c) == TableReader.bisect(normalized.contentOffsets,
                                                                            below: normalized.bytes.count, for: c), "\(text) \(c)")
            }
        }
        #expect(monotone > 150)
        // A map that goes back is not called monotone.
        let back = OffsetRuns(starts: [0, 3], origins: [10, 2], text: Array("签约".utf8), end: 20)
        #expect(!TableReader.isMonotone(back))
    }

    @Test("no CJK compatibility ideograph is canonically 单 or 位, so 单位 is found only where its bytes are")
    func unitWordHasNoCanonicalTwin() {
        // The only scalars with a canonical decomposition to a unified ideograph are the compatibility ideographs.
        let blocks = [0xF900...0xFAFF, 0x2F800...0x2FA1F]
        for block in blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                let s = String(Character(scalar))
                #expect(s != "单" && s != "位", "\(value)")
            }
        }
        #expect(TableReader.scalarEnd(of: "单位", in: "指标·（%）", scalars: Array("指标·（%）".unicodeScalars.map(\.value))) == nil)
        let caption = "表1·单位：亿元"
        #expect(TableReader.scalarEnd(of: "单位", in: caption, scalars: caption.unicodeScalars.map(\.value)) == 5)
    }
}
