import Foundation

extension SameFigureRule {
    /// The years each paragraph names as what it reports on: its bare years (2015年, not the day of a dateline
    /// 2016年1月19日) that no comparison takes for its base (比2014年, 较2014年, 与2010年相比, 同2019年相比).
    /// A chronicle gives a paragraph to each year — 2016年1月19日，国家统计局发布2015年国民经济运行情况…谷物产量57225万吨
    /// and 2017年2月28日，…《我国2016年国民经济和社会发展统计公报》显示，2016年…全年谷物产量56517万吨 — and states each year's
    /// figures in the same bare words (全年, no year in their own sentences): two paragraphs that name years, none in
    /// common, are two years' figures. A paragraph naming none (a lead, a body under the document's own year) says
    /// nothing against a restatement, nor does one that names the other's year too.
    /// Dates are no statements: a date is placed in the paragraph of the figure before it when no sentence end or line
    /// break stands between them (a date later in a figure's sentence), else in the paragraph of the figure after it
    /// (发布2015年国民经济运行情况，…总产量62143万吨: a date before the figures it dates, a dateline). Offsets, not lines: a
    /// hard-wrapped column puts a date on a line with no figure.
    static func paragraphYears(_ c: RuleContext) -> [ParagraphKey: Set<Int>] {
        var figures: [Int: [(offset: Int, paragraph: Int)]] = [:]   // document → its figures, in text order
        var someStatement: [Int: Statement] = [:]
        for s in c.statements {
            guard let p = s.paragraph else { continue }
            figures[s.document, default: []].append((s.metric.sourceRange.lowerBound, p))
            if someStatement[s.document] == nil { someStatement[s.document] = s }
        }
        var out: [ParagraphKey: Set<Int>] = [:]
        for (d, list) in figures where d >= 0 && d < c.documents.count {
            guard let text = someStatement[d].flatMap({ c.text(of: $0) }) else { continue }
            let ordered = list.sorted { $0.offset < $1.offset }
            for m in c.documents[d].metrics where m.kind == .date {
                guard let year = bareYear(m.dateValue) else { continue }
                let at = m.sourceRange.lowerBound
                guard at <= text.count, !isComparisonBase(text, before: at) else { continue }
                // The first figure after the date; the one before it is the one right before that.
                var lo = 0, hi = ordered.count
                while lo < hi { let mid = (lo + hi) / 2; if ordered[mid].offset < at { lo = mid + 1 } else { hi = mid } }
                let paragraph: Int
                if lo > 0, !breaks(text, ordered[lo - 1].offset, at) {
                    paragraph = ordered[lo - 1].paragraph
                } else if lo < ordered.count {
                    paragraph = ordered[lo].paragraph
                } else { continue }
                out[ParagraphKey(document: d, paragraph: paragraph), default: []].insert(year)
            }
        }
        return out
    }

    /// A sentence end (。！？) or a line break between two offsets of a text.
    static func breaks(_ text: [UInt8], _ from: Int, _ to: Int) -> Bool {
        text.withUnsafeBufferPointer { b in
            var i = max(0, from)
            let end = min(to, b.count)
            while i < end {
                if b[i] == 0x0A { return true }
                if i + 2 < end, SentenceReader.endMark(b, endingAt: i + 2) { return true }
                i += 1
            }
            return false
        }
    }

    /// 2015 for a date normalized to a year alone ("2015"); nil for a day, a month or a quarter (2016-01-19, 2023-Q1).
    static func bareYear(_ value: String?) -> Int? {
        guard let v = value, v.utf8.count == 4, v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(v)
    }

    /// The words right before a year that make it the base of a comparison (比2014年增长, 与2010年相比).
    static let baseLeads = ["比", "较", "与", "同", "相比", "对比"]

    /// The text right before `offset` (spaces skipped) ends in a comparison word: the year there is a base, not the
    /// period reported on.
    static func isComparisonBase(_ text: [UInt8], before offset: Int) -> Bool {
        var end = min(offset, text.count)
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return false }
        let before = String(decoding: text[max(0, end - 6)..<end], as: UTF8.self)
        return baseLeads.contains { before.hasSuffix($0) }
    }
}

extension SameFigureRule.ParagraphKey {
    init(document: Int, paragraph: Int?) {
        self.document = document
        self.paragraph = paragraph
    }
}
