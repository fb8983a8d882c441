/// An item label opening a line: ——小学。校数17所；毕业4008人；招生3675人。校舍总面积25.48万平方米 — the line lists one
/// item's figures under a dash lead and the item's name, alone in a sentence of its own; every figure of that line is the
/// item's (小学校数, 小学招生, 小学校舍总面积), as the next line's are the next item's (——初中。校数13所…). Without it the
/// items' bare attributes read as one subject stated with two values.
enum ItemLabels {
    /// The longest item name taken (letters): a longer sentence after the dashes is text, not a label.
    static let longestLabel = 8
    /// The longest plain heading taken before the dashes (letters).
    static let longestHeading = 12

    static func apply(_ figures: inout [Figure], text: DocText) {
        let t = text.t
        guard !figures.isEmpty, holdsDashPair(t) else { return }
        // Read forward once: the text up to `scanned` was searched for line breaks; the line of the figure last read
        // starts at `lineStart`, and `labelled` is the line whose label was read.
        var scanned = 0, lineStart = 0, labelled = -1
        var label: String? = nil, labelEnd = 0
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let p = figures[k].numberStart
            guard p >= scanned else { continue }
            var q = p
            while q > scanned, t[q - 1] != 0x0A { q -= 1 }
            if q > scanned { lineStart = q }
            scanned = p
            if lineStart != labelled {
                labelled = lineStart
                (label, labelEnd) = Self.label(t, from: lineStart, text: text)
            }
            guard let name = label, p > labelEnd else { continue }
            if !figures[k].subject.hasPrefix(name) { figures[k].subject = name + figures[k].subject }
        }
    }

    /// The text holds —— somewhere: every second letter looked at (one of a pair's two is at an odd place).
    static func holdsDashPair(_ t: [UInt32]) -> Bool {
        var i = 1
        while i < t.count {
            if t[i] == 0x2014, t[i - 1] == 0x2014 || (i + 1 < t.count && t[i + 1] == 0x2014) { return true }
            i += 2
        }
        return false
    }

    /// The item name of a line opening (after spaces) with ——, one to `longestLabel` CJK letters and 。, and where the
    /// 。 stands; nil when the line opens otherwise. A plain heading line the reader joined to it may stand before the
    /// dashes (义务教育——小学。): up to `longestHeading` CJK letters, nothing else.
    static func label(_ t: [UInt32], from start: Int, text: DocText) -> (String?, Int) {
        var q = start
        while q < t.count, t[q] == 0x20 || t[q] == 0x3000 || t[q] == 0x09 { q += 1 }
        let headingStart = q
        while q < t.count, q - headingStart <= longestHeading, t[q] >= 0x4E00, t[q] <= 0x9FFF { q += 1 }
        guard q - headingStart <= longestHeading, q + 3 < t.count, t[q] == 0x2014, t[q + 1] == 0x2014 else { return (nil, 0) }
        let from = q + 2
        var e = from
        while e < t.count, e - from <= longestLabel, t[e] >= 0x4E00, t[e] <= 0x9FFF { e += 1 }
        guard e > from, e - from <= longestLabel, e < t.count, t[e] == 0x3002 else { return (nil, 0) }
        return (text.string(from..<e), e)
    }
}
