extension FigureScanner {
    /// 表2 人口情况, 详见附件1, 如图3所示: a number right after a label of the document's own parts (contexts.yaml
    /// reference_labels) numbers a table, chart or attachment; it counts nothing, though a unit-like letter may
    /// follow it (表2 人口 is no 2人, 附件1 名单 no 1名, 表3 个人所得税 no 3个).
    ///
    /// The label must open its phrase — the text's start, after a line feed, a space, a mark or a letter that is not
    /// CJK, or after a reference lead (见表2, 如图3) — because 表 and 图 also end words: 代表300人, 地图1000份 are counts.
    /// One space between label and number is allowed (表 2).
    func isReferenceNumber(at i: Int) -> Bool {
        var k = i
        if k > 0, t[k - 1] == 0x20 { k -= 1 }
        guard k > 0, let label = book.referenceLabels.matchEnding(t, at: k) else { return false }
        let p = k - label.length
        guard p == 0 || !isCJK(p - 1) || book.referenceLeads.matchEnding(t, at: p) != nil else { return false }
        // 附件⏎2026年自治区民生实事: a heading joined to the line after it; a year is a date whatever stands before it.
        let e = referenceNumberEnd(from: i)
        return e >= t.count || t[e] != 0x5E74
    }

    /// Where the number of a reference label ends (digits, Chinese or Arabic, and decimal points: 表2.1, 附件一).
    func referenceNumberEnd(from i: Int) -> Int {
        var j = i
        while j < t.count, isDigit(j) || t[j] == 0x2E || ChineseNumeral.digit(t[j]) != nil { j += 1 }
        return max(j, i + 1)
    }
}
