import Foundation

/// A 其中 list that follows the parts of one total may split that total once more rather than the last part:
/// 户籍人口1000人，其中城镇300人，乡村700人。其中男性510人，女性490人 — or a table's rows 其中:城镇 / 乡村 / 其中:男性 /
/// 女性 under 全县户籍总人口 — links 男性 and 女性 to 乡村, the figure before their 其中, though they add up to the
/// population. Which reading is meant shows only in the values: when the parts (or a share of one) fit a total
/// above their linked one and not the linked one itself, they are that total's second split, not a fault.
/// Asked only on the failure path of a rule, so it costs nothing on documents that agree.
enum SecondSplit {
    /// The totals above `total` through the 其中 links, nearest first (its own total, that one's …), up to `depth`.
    static func ancestors(of total: Statement, depth: Int = 3, _ lookup: (Int) -> Statement?) -> [Statement] {
        var out: [Statement] = []
        var seen: Set<Int> = [total.index]
        var at = total
        while out.count < depth, let up = (at.outerTotal ?? at.metric.partOf ?? at.impliedTotal).flatMap(lookup),
              seen.insert(up.index).inserted {
            out.append(up)
            at = up
        }
        return out
    }

    /// The total above `total` (same unit family and kind) whose range holds the parts' sum low…high, if any.
    static func outerTotal(holding low: Decimal, _ high: Decimal, above total: Statement,
                           _ lookup: (Int) -> Statement?) -> Statement? {
        ancestors(of: total, lookup).first { a in
            guard PartTotalRule.comparable(a, total), let l = a.range.lower, let h = a.range.upper else { return false }
            return !(low > h || high < l)
        }
    }
}
