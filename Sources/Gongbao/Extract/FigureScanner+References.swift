extension FigureScanner {
    /// 表2 人口情况, 详见附件1, 如图3所示: a number right after a label of the document's own parts (contexts.yaml
    /// reference_labels) numbers a table, chart or attachment; it counts nothing, though a unit-like letter may
    /// follow it (表2 人口 is no 2人, 附件1 名单 no 1名, 表3 个人所得税 no 3个).
    ///
    /// The label must open its phrase — the text's start, after a line feed, a space, a mark or a letter that is not
    /// CJK, or after a reference lead (见表2, 如图3) — because 表 and 图 also end words: 代表300人, 地图1000份 are counts.
    /// One space between label and number is allowed (表 2).
    ///
    /// Returns where the label's number ends (digits, Chinese or Arabic, and decimal points: 表2.1, 附件一), nil when
    /// the number at `i` is no reference.
    func referenceNumberEnd(at i: Int) -> Int? {
        var k = i
        if k > 0, t[k - 1] == 0x20 { k -= 1 }
        // (The labels' last scalars' bits first, in a register: the trie's own test was most of this function's
        // cost at the candidates with no label before them, nearly all.)
        guard k > 0, referenceLastBits & (1 &<< UInt64(t[k - 1] & 63)) != 0,
              let label = book.referenceLabels.matchEnding(t, at: k) else { return nil }
        let p = k - label.length
        guard p == 0 || !isCJK(p - 1) || book.referenceLeads.matchEnding(t, at: p) != nil else { return nil }
        var e = i
        while e < t.count, isDigit(e) || t[e] == 0x2E || ChineseNumeral.digit(t[e]) != nil { e += 1 }
        e = max(e, i + 1)
        // 附件⏎2026年自治区民生实事: a heading joined to the line after it; a year is a date whatever stands before it.
        return e < t.count && t[e] == 0x5E74 ? nil : e
    }
}
