import Foundation

/// parts-add-up without 其中: a complete split listed as plain sentences after its total (分产业看，第一产业增加值40666亿元…；
/// 第二产业增加值209415亿元…；第三产业增加值279890亿元 after 国内生产总值529971亿元; 第一产业投资 … 第三产业投资 after
/// 固定资产投资144327亿元). No 其中 links the parts, so the extractor and the sentence reader leave them unlinked, yet a
/// complete partition (rules.yaml `partitions`) of what the paragraph has just stated adds up to it.
///
/// The parts: levels of one paragraph whose subjects are a partition word and one same tail of two letters or more
/// (第一产业 + 增加值), each word named exactly once, no part of a 其中 clause. The total: a level of the paragraph before
/// the first part, same kind and unit family, naming no word of the partition, whose subject ends with the tail — or, for
/// value added (增加值), with 生产总值. A paragraph may state several such amounts (固定资产投资, 民间投资 …): the split
/// passes when any one of them is the parts' sum within every figure's rounding, and is reported against the first of them
/// (the paragraph's headline) only when the sum is within ×/÷2 of it — a sum far off every candidate says the whole was
/// not stated there, not that a figure is wrong.
enum UnlinkedSplit {
    struct Split {
        /// The amounts of the paragraph before the parts that may be their whole, the headline first.
        let candidates: [Statement]
        let parts: [Statement]
        /// The partition the parts name, and the statements after the first part: where an item the split may leave out,
        /// stated apart, is looked for (`LeftOutItem`) once the sum fails.
        let words: [String]
        let rest: ArraySlice<Statement>
        var total: Statement { candidates[0] }
    }

    /// A tail whose whole is named otherwise: the three industries' value added adds up to the product (地区生产总值).
    static let tailTotals: [(tail: String, total: String)] = [("增加值", "生产总值")]

    /// Statements are in text order, a document's together (the paragraph of a figure is read around it; a neighbour of
    /// another document ends it). Every statement is asked: the cheap tests first, the first letter of its subject among
    /// the partitions' first words' before any word is compared.
    static func find(_ c: RuleContext) -> [Split] {
        let partitions = c.rules.partitions.filter { $0.count >= 2 }
        guard !partitions.isEmpty else { return [] }
        let firsts = partitions.map { Array($0[0].utf8) }
        let openers = Set(partitions.compactMap { $0[0].unicodeScalars.first })
        var out: [Split] = []
        let all = c.statements
        for k in all.indices {
            let first = all[k]
            guard first.metric.direction == nil, first.partClause == 0, first.metric.partOf == nil,
                  let letter = first.subject.unicodeScalars.first, openers.contains(letter),
                  isLevel(first), let paragraph = first.paragraph else { continue }
            let same = { (s: Statement) in s.document == first.document && s.paragraph == paragraph }
            var lo = k
            while lo > 0, same(all[lo - 1]) { lo -= 1 }
            var hi = k + 1
            while hi < all.count, same(all[hi]) { hi += 1 }
            for (w, words) in partitions.enumerated() where first.subject.utf8.starts(with: firsts[w]) && first.subject.utf8.count > firsts[w].count {
                let tail = String(first.subject.dropFirst(words[0].count))
                guard tail.count >= 2, !words.contains(where: { LiteralSearch.contains(tail, $0) }) else { continue }
                // The first word named once in the paragraph (two periods, two places: no single split).
                let later = all[(k + 1)..<hi].filter(isAmount)
                guard !later.contains(where: { $0.subject == first.subject }) else { continue }
                // The other words with the same tail, once each, after the first part.
                var parts = [first]
                for word in words.dropFirst() {
                    let name = word + tail
                    let found = later.filter { $0.subject == name && $0.metric.kind == first.metric.kind && $0.unitFamily == first.unitFamily }
                    // A part may come linked to the part before it (第二产业投资…，其中制造业投资…；第三产业投资 read on as the
                    // second's): a sibling is no part of a sibling, the link is the reader's.
                    guard found.count == 1, let part = found.first, part.partClause == 0, part.impliedTotal == nil,
                          part.metric.partOf.map({ t in parts.contains { $0.index == t } }) ?? true else { parts = []; break }
                    parts.append(part)
                }
                guard parts.count == words.count else { continue }
                // 第一产业用电量68亿千瓦时…；第三产业用电量1018亿千瓦时…；城乡居民生活用电量930亿千瓦时: a level of the same tail
                // among the parts or in the last part's sentence, naming no word of the partition and linked to none, is an
                // item the partition leaves out (households beside the three industries) — the parts are no whole split.
                if leavesOut(tail, words, first, parts.last!, all[(k + 1)..<hi]) { continue }
                let candidates = all[lo..<k].filter { t in
                    isLevel(t) && t.metric.kind == first.metric.kind && t.unitFamily == first.unitFamily
                        && !words.contains(where: { LiteralSearch.contains(t.subject, $0) })
                        && !PartitionSumRule.isPerHead(t.subject) && names(t.subject, whole: tail)
                }
                guard !candidates.isEmpty else { continue }
                out.append(Split(candidates: candidates, parts: parts, words: words, rest: all[(k + 1)...]))
            }
        }
        return out
    }

    /// Judges each split: passes when any amount of its paragraph that may be its whole is the sum.
    static func check(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        // The parts scale-slip already reports as a sibling slipped by 万/亿 (第二产业增加值152.08万元 among 亿): the sum
        // is off by that slip alone, said there with the figure it should be. (Found only once a split fails.)
        var slipped: Set<Int>? = nil
        for split in find(c) {
            guard let (low, high) = PartitionSumRule.sum(split.parts) else { out.cannotEvaluate(); continue }
            let agrees = split.candidates.contains { t in
                (t.range.lower.map { $0 <= high } ?? false) && (t.range.upper.map { $0 >= low } ?? false)
            }
            guard !agrees, !completes(split) else { out.pass(); continue }
            guard let tLow = split.total.range.lower, let tHigh = split.total.range.upper, tLow > 0,
                  high * 2 >= tLow, low <= tHigh * 2 else { continue }
            if slipped == nil { slipped = Set(SiblingSlip.find(c).map(\.statement.index)) }
            if split.parts.contains(where: { slipped!.contains($0.index) }) { continue }
            out.fail(PartitionSumRule.notTheSum(c, severity, split.total, split.parts, low, high))
        }
    }

    /// A level of the paragraph after the first part, before the last or in the last's sentence after it, that ends
    /// with the parts' tail, names none of the partition's words and is no 其中 part: a sibling the partition misses.
    static func leavesOut(_ tail: String, _ words: [String], _ first: Statement, _ last: Statement,
                          _ later: ArraySlice<Statement>) -> Bool {
        var beforeLast = true
        for q in later {
            if q.index == last.index { beforeLast = false; continue }
            guard beforeLast || (q.sentence != nil && q.sentence == last.sentence) else { continue }
            guard isLevel(q), q.partClause == 0, q.metric.partOf == nil, q.metric.kind == first.metric.kind,
                  q.unitFamily == first.unitFamily, q.subject.count > tail.count, q.subject.hasSuffix(tail),
                  !words.contains(where: { LiteralSearch.contains(q.subject, $0) }) else { continue }
            return true
        }
        return false
    }

    /// The parts with one item stated after them (城乡居民生活用电 after 第一…第三产业用电量, `LeftOutItem`) add up to an
    /// amount that may be their whole: the split leaves that item out and is sound.
    static func completes(_ split: Split) -> Bool {
        let last = split.parts.last!
        let following = split.rest.drop { $0.index != last.index }.dropFirst()
        let items = LeftOutItem.items(after: last, in: following, totals: split.candidates, words: split.words)
        return LeftOutItem.completes(split.parts, with: items, split.candidates)
    }

    /// An amount of a paragraph: one value, no change, no target.
    static func isAmount(_ s: Statement) -> Bool {
        MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil && !s.isTarget && s.metric.valueMax == nil
            && s.paragraph != nil
    }

    /// An amount a split may be of, or its first part: no 其中 part.
    static func isLevel(_ s: Statement) -> Bool {
        isAmount(s) && s.partClause == 0 && s.metric.partOf == nil && s.impliedTotal == nil
    }

    /// The subject names the whole of parts ending in `tail`: it ends with the tail (固定资产投资 of …投资), or with the
    /// whole `tailTotals` gives the tail (地区生产总值 of …增加值).
    /// A closing aside says what the whole holds, not what it is: 固定资产投资(不含农户) is named by 固定资产投资.
    static func names(_ written: String, whole tail: String) -> Bool {
        var subject = Substring(written)
        if let last = subject.last, last == ")" || last == "）", let open = subject.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            subject = subject[..<open]
        }
        if subject.hasSuffix(tail) { return true }
        return tailTotals.contains { tail.hasSuffix($0.tail) && subject.hasSuffix($0.total) }
    }
}
