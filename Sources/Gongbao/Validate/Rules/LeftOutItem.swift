import Foundation

/// parts-add-up: the item a complete split leaves out, stated after its parts. The three industries' use of power
/// leaves the households' out, and a report may state it after the last part, in that part's sentence or the next:
///   全社会用电量6000亿千瓦时。其中，第一产业用电量100亿千瓦时；…第三产业用电量1100亿千瓦时。城乡居民生活用电量800亿千瓦时;
///   全社会用电量32.60亿千瓦时。分产业看，第一产业用电量0.84亿千瓦时；…第三产业用电量7.31亿千瓦时。城乡居民生活用电4.30亿千瓦时.
/// The parts with such an item adding up to the total say the split is sound, not that a figure is wrong. A split
/// after 其中 (PartitionSumRule) and one listed without it (UnlinkedSplit) are the same idea, so one test serves both
/// and the two accept the same items. An item is a figure after the last part, in its sentence or the next, that
///   - is an amount comparable with the total (same kind and unit family, a level, a target only beside a target);
///   - names the parts' measure: the last part's head (its last two letters, 电量), or the measure after the part's
///     partition word short of a closing 量 (城乡居民生活用电 beside 第三产业用电量);
///   - names no word of the split's partition (then it is a part, not the item left out);
///   - is linked to no other total: its 其中 link, the extractor's or the sentence reader's, is none or the split's.
/// Only the sum decides — a figure changed anywhere still breaks it.
enum LeftOutItem {
    /// The items after `last` in `following` (the statements after it in text order) that may complete the split of
    /// `totals` (the amounts it may be of, the first the one it is compared with) into the partition `words`.
    static func items(after last: Statement, in following: some Sequence<Statement>, totals: [Statement],
                      words: [String]) -> [Statement] {
        guard let lastSentence = last.sentence, let total = totals.first else { return [] }
        let measure = self.measure(last.subject, words)
        var out: [Statement] = []
        var next: Int? = nil
        for q in following {
            guard q.document == last.document else { break }
            guard let sentence = q.sentence else { continue }
            if sentence != lastSentence {
                if next == nil { next = sentence }
                if sentence != next { break }
            }
            guard PartTotalRule.comparable(q, total), !totals.contains(where: { $0.index == q.index }),
                  linksTo(q.metric.partOf, totals), linksTo(q.impliedTotal, totals),
                  ExtractorSupport.sharesHead(q.subject, last.subject) || namesBare(q.subject, measure),
                  !words.contains(where: { LiteralSearch.contains(q.subject, $0) }) else { continue }
            out.append(q)
        }
        return out
    }

    /// The parts with one of the items add up to one of the totals, within every figure's rounding.
    static func completes(_ parts: [Statement], with items: [Statement], _ totals: [Statement]) -> Bool {
        for item in items {
            guard let (low, high) = PartitionSumRule.sum(parts + [item]) else { continue }
            if totals.contains(where: { t in
                (t.range.lower.map { $0 <= high } ?? false) && (t.range.upper.map { $0 >= low } ?? false)
            }) { return true }
        }
        return false
    }

    /// A 其中 link that is none or to one of the totals.
    static func linksTo(_ link: Int?, _ totals: [Statement]) -> Bool {
        guard let link else { return true }
        return totals.contains { $0.index == link }
    }

    /// The part's measure: its subject after the last partition word it names (用电量 of 第三产业用电量); nil when it names
    /// none.
    static func measure(_ subject: String, _ words: [String]) -> Substring? {
        var after: String.Index? = nil
        for w in words {
            guard let r = subject.range(of: w, options: .backwards) else { continue }
            if after.map({ r.upperBound > $0 }) ?? true { after = r.upperBound }
        }
        return after.map { subject[$0...] }
    }

    /// The subject names a measure of three letters or more that closes with 量 without it, and is longer than what
    /// it ends with (城乡居民生活用电 beside 用电量).
    static func namesBare(_ subject: String, _ measure: Substring?) -> Bool {
        guard let measure, measure.count >= 3, measure.hasSuffix("量") else { return false }
        let bare = measure.dropLast()
        return subject.count > bare.count && subject.hasSuffix(bare)
    }
}
