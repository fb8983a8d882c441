import Foundation

/// Label lines: a line opened by —— or a bullet (●■◆▲•) that holds a short name alone in a sentence of its own —
/// ——小学。校数17所；招生3675人 … / ——初中。校数13所；招生4000人 … A bulletin lists each item's figures under such a
/// label with bare attributes (招生, 在校生): the figures after a label are that item's, as after a colon lead (山东：…),
/// up to the paragraph's end — or, for a label that is its line's whole text, up to the next label line.
/// A lead sentence in the same dress (——经济跨上新台阶。 in a work report) is a clause, not a name: it labels nothing.
extension SentenceReader {
    /// Longest label name, in ideographs: names of items (普通高中, 中等职业教育); a longer text is a sentence.
    static let labelLength = 6

    /// Words that make a short text after a dash a clause (a predicate: a verb of change or of attaining, an aspect
    /// mark, a manner adverb) rather than an item's name: ——经济跨上新台阶。, ——民生显著改善。, ——改革取得突破。
    static let labelClauseWords: [String] = [
        "了", "着", "取得", "实现", "跨上", "迈上", "迈出", "登上", "走上", "提升", "提高", "改善", "推进", "增长", "下降",
        "增加", "减少", "突破", "加快", "加强", "扩大", "稳步", "显著", "明显", "不断", "持续", "大幅", "进一步", "全面", "台阶",
    ]

    static let labelClauseBytes: [[UInt8]] = labelClauseWords.map { Array($0.utf8) }

    /// One label line: where its line starts, its name, and whether the name is the line's whole text.
    struct LabelLine {
        let offset: Int
        let name: String
        let alone: Bool
    }

    /// The label lines of the text, in order. Only the first bytes of each line are looked at (most lines open with
    /// neither a dash nor a bullet and are passed at their first letter).
    func labelLines(in b: UnsafeBufferPointer<UInt8>) -> [LabelLine] {
        var out: [LabelLine] = []
        var starts = [0]
        starts += lineStarts
        for s in starts where s < b.count {
            if let l = SentenceReader.label(b, from: s) { out.append(LabelLine(offset: s, name: l.name, alone: l.alone)) }
        }
        return out
    }

    /// `labelLines`' reading of one line: spaces (and no-break spaces) skipped, —— or a bullet, 1…`labelLength`
    /// ideographs, then 。 or ： or the line's end; nil for anything else or a name holding a clause word.
    static func label(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (name: String, alone: Bool)? {
        let n = b.count
        var i = start
        while i < n {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1; continue }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 2; continue }                        // U+00A0
            if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { i += 3; continue }      // U+3000
            break
        }
        guard i + 2 < n, b[i] == 0xE2 else { return nil }
        if b[i + 1] == 0x80, b[i + 2] == 0x94 {                                                  // ——
            guard i + 5 < n, b[i + 3] == 0xE2, b[i + 4] == 0x80, b[i + 5] == 0x94 else { return nil }
            i += 6
        } else if (b[i + 1] == 0x97 && b[i + 2] == 0x8F) || (b[i + 1] == 0x96 && (b[i + 2] == 0xA0 || b[i + 2] == 0xB2))
                    || (b[i + 1] == 0x97 && b[i + 2] == 0x86) || (b[i + 1] == 0x80 && b[i + 2] == 0xA2) {   // ● ■ ▲ ◆ •
            i += 3
            while i < n, b[i] == 0x20 { i += 1 }
        } else {
            return nil
        }
        let nameStart = i
        var count = 0
        while i + 2 < n, b[i] >= 0xE4, b[i] <= 0xE9, count <= labelLength { i += 3; count += 1 }
        guard count >= 1, count <= labelLength else { return nil }
        let nameEnd = i
        if i + 2 < n, b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x82 {        // 。
            i += 3
        } else if i + 2 < n, b[i] == 0xEF, b[i + 1] == 0xBC, b[i + 2] == 0x9A {  // ：
            i += 3
        } else if !(i >= n || b[i] == 0x0A || b[i] == 0x0D) {
            return nil
        }
        while i < n, b[i] == 0x20 || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        let alone = i >= n || b[i] == 0x0A
        let letters = Array(b[nameStart..<nameEnd])
        // (Bytes, not String.contains: the name and the words are ideographs, whose UTF-8 matches only whole.)
        guard !labelClauseBytes.contains(where: { ByteText.contains(letters, $0) }) else { return nil }
        return (String(decoding: letters, as: UTF8.self), alone)
    }

    /// Each figure's label: the number of the name of the last label line before it (numbers shared with no other
    /// reading), when the figure is in that label's paragraph, or the label is its line's whole text and no numbered
    /// heading (`headings`, offsets in order) stands between them; -1 otherwise. Every figure is -1 in a text without
    /// label lines (one look at each line's first bytes).
    func labels(of metrics: [Metric], headings: [Int]) -> [Int32] {
        var out = [Int32](repeating: -1, count: metrics.count)
        source.bytes.withUnsafeBufferPointer { b in
            let lines = labelLines(in: b)
            guard !lines.isEmpty else { return }
            var numbers: [String: Int32] = [:]
            for l in lines where numbers[l.name] == nil { numbers[l.name] = Int32(numbers.count) }
            for i in metrics.indices {
                let at = metrics[i].sourceRange.lowerBound
                var lo = 0, hi = lines.count
                while lo < hi { let mid = (lo + hi) / 2; if lines[mid].offset < at { lo = mid + 1 } else { hi = mid } }
                guard lo > 0 else { continue }
                let l = lines[lo - 1]
                if l.alone {
                    var a = 0, z = headings.count
                    while a < z { let mid = (a + z) / 2; if headings[mid] <= l.offset { a = mid + 1 } else { z = mid } }
                    if a < headings.count, headings[a] < at { continue }
                } else if paragraph(at: l.offset) != paragraph(at: at) {
                    continue
                }
                out[i] = numbers[l.name]!
            }
        }
        return out
    }
}
