/// 全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%…，两年平均增长18.9%: a rate whose clause holds only an
/// adverb of averaging (平均, 年均: contexts.yaml rate_adverbs) before its verb names nothing of its own — it is the
/// rate of what the sentence is about, the subject of its first figure that names something. (The borrowing pass
/// after the scan takes only empty subjects, and 平均 was left standing.) So does a figure with only an adverb of a
/// state kept before it (今年以来一直保持在8%以上: contexts.yaml standing_adverbs, left so by SubjectFinder.span).
///
/// An average is not the plain rate: the topic keeps the averaging words, with the span they average over when a
/// duration stands right before them (利润总额两年平均, 地区生产总值年均) — the plain 增长 of the same sentence has a
/// subject of its own. Where the sentence names nothing before the rate, the topic is read where the words are:
/// the words before that duration in its clause (城乡居民人均生活消费支出两年平均增速分别为3.6%和10.5%), or the sentence
/// just closed by a semicolon (…比上年下降4.1%；与2020年相比，两年平均增长2.5%).
enum AdverbSubjects {
    /// `adverbs`: every adverb a figure may have alone (rate and standing adverbs); `averaging`: the rate adverbs
    /// only, the ones the subject keeps.
    static func apply(_ figures: inout [Figure], text: DocText, adverbs: LiteralSearch.WordSet,
                      averaging: LiteralSearch.WordSet? = nil) {
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable && adverbs.contains(figures[k].subject) {
            let adverb = figures[k].subject
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var topic = topicOf(figures, from: k - 1, notBefore: sentence, adverbs: adverbs)
            let averages = averaging?.contains(adverb) ?? false
            // The duration the adverb averages over, right before it in the text (两年 of 两年平均).
            var span = ""
            if averages, k > 0, figures[k - 1].kind == .duration, figures[k - 1].span.lowerBound >= sentence,
               text.matches(adverb, at: figures[k - 1].span.upperBound) {
                span = text.compactString(figures[k - 1].span)
                if topic == nil {
                    let d = figures[k - 1]
                    let words = !d.subject.isEmpty ? d.subject
                        : text.compactString(text.clauseStart(before: d.span.lowerBound)..<d.span.lowerBound)
                    if words.unicodeScalars.count >= 2, !adverbs.contains(words) { topic = words }
                }
            }
            // (The sentence before, when a semicolon closed it: the average is still of its topic.)
            if topic == nil, averages, sentence >= 1, text.t[sentence - 1] == 0x3B {
                topic = topicOf(figures, from: k - 1, notBefore: text.sentenceStart(before: sentence - 1), adverbs: adverbs)
            }
            // (A topic that already ends with the average — the list's first rate took it — is kept as it is.)
            if let topic { figures[k].subject = averages && !topic.hasSuffix(adverb) ? topic + span + adverb : topic }
        }
    }

    /// The subject of the first quantity from `notBefore` up to figure `from` that names something (not only an
    /// adverb), nil when none does.
    static func topicOf(_ figures: [Figure], from: Int, notBefore start: Int, adverbs: LiteralSearch.WordSet) -> String? {
        var j = from
        var topic: String? = nil
        while j >= 0, figures[j].span.lowerBound >= start {
            if figures[j].kind.isQuantity, !figures[j].fromTable, !figures[j].subject.isEmpty,
               !adverbs.contains(figures[j].subject) {
                topic = figures[j].subject
            }
            j -= 1
        }
        return topic
    }
}
