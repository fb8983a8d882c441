/// 全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%…，两年平均增长18.9%: a rate whose clause holds only an
/// adverb of averaging (平均, 年均: contexts.yaml rate_adverbs) before its verb names nothing of its own — it is the
/// rate of what the sentence is about, the subject of its first figure that names something. (The borrowing pass
/// after the scan takes only empty subjects, and 平均 was left standing.) So does a figure with only an adverb of a
/// state kept before it (今年以来一直保持在8%以上: contexts.yaml standing_adverbs, left so by SubjectFinder.span).
enum AdverbSubjects {
    static func apply(_ figures: inout [Figure], text: DocText, adverbs: LiteralSearch.WordSet) {
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable && adverbs.contains(figures[k].subject) {
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            var topic: String? = nil
            while j >= 0, figures[j].span.lowerBound >= sentence {
                if figures[j].kind.isQuantity, !figures[j].fromTable, !figures[j].subject.isEmpty,
                   !adverbs.contains(figures[j].subject) {
                    topic = figures[j].subject
                }
                j -= 1
            }
            if let topic { figures[k].subject = topic }
        }
    }
}
