/// The amount a share is taken of, written inside it: 全县政府性基金收入8.4亿元，为年初预算8亿元的105% — 8亿元 is the
/// amount of 年初预算, the reference the sentence's topic is measured against, and 105% the topic's share of it.
///
/// The base takes the topic before its noun (政府性基金收入年初预算), the share names both (政府性基金收入占年初预算的
/// 比例), and neither is the topic of a clause after them (，增长6% is the income's growth: `isShareOrBase`). Only a
/// base whose own words open with 为 or 占 and whose 的 leads straight into a percentage is one.
enum ShareBases {
    static func apply(_ figures: inout [Figure], text: DocText) {
        let t = text.t
        var k = 0
        while k + 1 < figures.count {
            defer { k += 1 }
            // (的 right after the figure first, read here: most figures have none, and the call retained both arrays.)
            let e = figures[k].unitEnd
            guard e < t.count, t[e] == 0x7684, figures[k + 1].numberStart == e + 1, figures[k + 1].kind == .percent,
                  !figures[k].fromTable else { continue }
            let s = figures[k].subject
            guard let f = SimpleText.firstScalar(s), f == 0x4E3A || f == 0x5360 else { continue }   // 为 占
            let n = SimpleText.count(s)
            guard n >= 3, n <= 10 else { continue }
            // The topic: the nearest earlier quantity of the sentence that names a noun phrase of its own.
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            var topic: String? = nil
            while j >= 0, figures[j].span.lowerBound >= sentence {
                let u = figures[j].subject
                if figures[j].kind.isQuantity, !u.isEmpty, let g = SimpleText.firstScalar(u), g != 0x4E3A, g != 0x5360,
                   !isShareOrBase(j, figures, text: text) {
                    topic = u
                    break
                }
                j -= 1
            }
            guard let topic else { continue }
            let base = String(s.unicodeScalars.dropFirst())
            figures[k].subject = topic + base
            figures[k + 1].subject = topic + "占" + base + "的比例"
        }
    }

    /// Figure `k` is the base inside a share: 的 right after it, the next figure right after the 的.
    static func isBase(_ k: Int, _ figures: [Figure], text: DocText) -> Bool {
        let e = figures[k].unitEnd
        return k + 1 < figures.count && e < text.t.count && text.t[e] == 0x7684 && figures[k + 1].numberStart == e + 1
    }

    /// Figure `k` is a share (…的比例) or the base inside one: no topic for a clause after it.
    static func isShareOrBase(_ k: Int, _ figures: [Figure], text: DocText) -> Bool {
        isBase(k, figures, text: text) || Extractor.shareSuffix.isSuffix(of: figures[k].subject)
    }
}
