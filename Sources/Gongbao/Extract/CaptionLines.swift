/// A line that holds nothing but a numeral word, a measure word and a short noun — 两项收入, 三大产业, 四类人员 on a
/// line of their own, the label of a chart or table or a heading — names what follows; it states no count. No verb,
/// no 共/有/为 and no figure after it says how many there are: the numeral is part of the name. So a count written in
/// a plain numeral word (not digits, no 余/几) and one measure letter that opens its line and is followed only by up
/// to `maxNoun` ideographs to the line's end is dropped. A count with digits (2项收入), a line that goes on into a clause (两项收入合计5亿元, 三大产业增加值
/// 分别增长…) or a count inside a sentence (实施三项工程) is kept.
enum CaptionLines {
    /// The longest noun after the measure word that still reads as a label (三大支柱产业, 两项重点工作任务).
    static let maxNoun = 8

    static func drop(_ figures: inout [Figure], text: DocText) {
        let t = text.t
        var drop: [Int] = []
        figures.withUnsafeBufferPointer { figures in
            for k in figures.indices {
                // (The line start first: the one scalar before a number rules out nearly every figure.)
                let s = figures[k].numberStart
                guard s == 0 || t[s - 1] == 0x0A, figures[k].kind == .count, !text.isDigit(s),
                      isPlainNumeral(from: s, unitEnd: figures[k].unitEnd, text: text),
                      isLabel(from: figures[k].unitEnd, text: text) else { continue }
                drop.append(k)
            }
        }
        guard !drop.isEmpty else { return }
        for k in drop.reversed() { figures.remove(at: k) }
    }

    /// True when the figure is a plain numeral word and one measure letter (两项, 三大, 十二类): a rough count (二十余人,
    /// 十几个) reports how many took part, no name.
    static func isPlainNumeral(from s: Int, unitEnd: Int, text: DocText) -> Bool {
        let t = text.t
        guard unitEnd - s >= 2, unitEnd - s <= 4 else { return false }
        for q in s..<(unitEnd - 1) where ChineseNumeral.digit(t[q]) == nil && t[q] != 0x5341 { return false }   // 十
        return true
    }

    /// True when `from` up to the end of its line holds 1…`maxNoun` ideographs and nothing else.
    static func isLabel(from: Int, text: DocText) -> Bool {
        let t = text.t
        var p = from
        while p < t.count, t[p] != 0x0A {
            guard p - from < maxNoun, WhitespaceJoining.isCJK(t[p]) else { return false }
            p += 1
        }
        return p > from
    }
}
