import Foundation

/// parts-add-up: a total split into a complete partition must be the sum of its parts.
///
/// part-exceeds-total can only say "≤": a 其中 list may stop early or its items may overlap. Some splits leave
/// nothing out — exports and imports, men and women, the three industries, tax and non-tax revenue — and then
/// the parts must add up to the total within the rounding of every figure (`rules.yaml` `partitions`; an analyst's
/// file adds more):
///   货物进出口总额456.7亿元，其中出口312.3亿元，进口144.4亿元 — 456.6…456.8 holds 456.7: passes;
///   地区生产总值3256.7亿元。其中，第一产业增加值123.4亿元；第二产业…1234.5亿元；第三产业…1998.8亿元 — 3356.7: error.
/// A partition counts only when every one of its words names exactly one part of the total; per-head and
/// average figures (人均, 平均) are never summed.
enum PartitionSumRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("parts-add-up", severity)
        listedTotals(c, severity, &out)
        UnlinkedSplit.check(c, severity, &out)
        let partitions = c.rules.partitions.filter { $0.count >= 2 }
        guard !partitions.isEmpty else { return out }
        let all = c.statements
        for order in c.positionsByDocument() {
            var positionOf: [Int: Int] = [:]
            for p in order { positionOf[all[p].index] = p }
            // The parts of each total, by the extractor's 其中 link (same unit family and kind, amounts only).
            var parts: [Int: [Int]] = [:]
            for p in order {
                let s = all[p]
                guard let t = s.metric.partOf, let tp = positionOf[t], tp != p,
                      PartTotalRule.comparable(s, all[tp]) else { continue }
                parts[tp, default: []].append(p)
            }
            // A 其中 the extractor left unlinked (a sentence opening with it) names its total through the sentence reader.
            var implied: [Int: [Int]] = [:]
            var k = 0
            while k < order.count {
                let s = all[order[k]]
                k += 1
                guard s.partClause == 1, s.metric.partOf == nil, let t = s.impliedTotal, let tp = positionOf[t], parts[tp] == nil,
                      let sentence = s.sentence, PartTotalRule.comparable(s, all[tp]) else { continue }
                var list = [order[k - 1]]
                while k < order.count, all[order[k]].sentence == sentence, all[order[k]].partClause == 2 {
                    if PartTotalRule.comparable(all[order[k]], all[tp]) { list.append(order[k]) }
                    k += 1
                }
                implied[tp] = list
            }
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            var splits: [(Int, [Statement])] = []
            for tp in Set(parts.keys).union(implied.keys).sorted() {
                let linked = (parts[tp] ?? implied[tp]!).sorted { rank[$0]! < rank[$1]! }
                let base = beforeAddition(linked, total: all[tp], all)
                var seen: Set<[Int]> = []
                if base.count >= 2, isBalanceTotal(all[tp], c.rules) {
                    let list = base.map { all[$0] }
                    splits.append((tp, list))
                    seen.insert(list.map(\.index))
                } else if let matched = complete(base.map { all[$0] }, partitions) {
                    splits.append((tp, matched))
                    seen.insert(matched.map(\.index))
                }
                // The later clauses of the parts' sentence may split the same total once more: 年末户籍总人口577.2万人。
                // 其中城镇人口210.2万人，乡村人口367.0万人；男性人口293.0万人，女性人口284.2万人 — that split must add up too
                // (up to the next 其中, figures linked to no other total).
                guard base.count == linked.count, let last = base.last, let sentence = all[last].sentence else { continue }
                var extended = base
                var j = rank[last]! + 1
                while j < order.count, all[order[j]].sentence == sentence, all[order[j]].partClause != 1 {
                    let q = all[order[j]]
                    if PartTotalRule.comparable(q, all[tp]), q.metric.partOf == nil || q.metric.partOf == all[tp].index {
                        extended.append(order[j])
                    }
                    j += 1
                }
                guard extended.count > base.count else { continue }
                for matched in everySplit(extended.map { all[$0] }, partitions) where seen.insert(matched.map(\.index)).inserted {
                    splits.append((tp, matched))
                }
            }
            for (tp, matched) in splits {
                let total = all[tp]
                guard !isPerHead(total.subject) else { continue }
                guard let (low, high) = sum(matched), let totalLow = total.range.lower,
                      let totalHigh = total.range.upper else {
                    out.cannotEvaluate()
                    continue
                }
                // 预算收入为14.63亿元，实际完成6.94亿元，…其中：税收收入0.07亿元…，非税收入6.87亿元: the parts are of the amount
                // the sentence states between the total and its 其中 (the outcome after its budget), when they add up to it.
                if low > totalHigh || high < totalLow,
                   let first = matched.first.flatMap({ positionOf[$0.index] }).flatMap({ rank[$0] }),
                   let from = rank[tp], from + 1 < first,
                   order[(from + 1)..<first].contains(where: { q in
                       let m = all[q]
                       guard m.sentence == total.sentence, PartTotalRule.comparable(m, total),
                             let ql = m.range.lower, let qh = m.range.upper else { return false }
                       return !(low > qh || high < ql)
                   }) {
                    out.pass()
                    continue
                }
                // 其中城镇300人，乡村700人。其中男性510人，女性490人: a second split of the total above, linked to its last part.
                if low > totalHigh || high < totalLow,
                   SecondSplit.outerTotal(holding: low, high, above: total, { positionOf[$0].map { all[$0] } }) != nil {
                    out.pass()
                    continue
                }
                // 其中，第一产业用电量121亿千瓦时；第二产业…；第三产业…1652亿千瓦时。城乡居民生活用电量1323亿千瓦时: the list of the
                // total's parts runs on past 。 with a part no partition word names — the parts with that item the split leaves
                // out add up to the total (`LeftOutItem`, the test UnlinkedSplit reads too).
                if low > totalHigh || high < totalLow, let last = matched.last, let lp = positionOf[last.index], let from = rank[lp],
                   let words = partitions.first(where: { complete(matched, [$0]) != nil }),
                   LeftOutItem.completes(matched, with: LeftOutItem.items(after: last, in: order[(from + 1)...].lazy.map { all[$0] },
                                                                          totals: [total], words: words), [total]) {
                    out.pass()
                    continue
                }
                // 区本级一般公共预算收入实际完成85.99亿元，其中：税收收入14.59亿元…；非税收入23.56亿元…；上级转移支付补助收入
                // 24.69亿元…；上年结转5.24亿元: the total is of every source and 税收/非税 one group of its parts — the whole
                // 其中 list adds up to it, the partition alone falls short.
                if high < totalLow, let list = parts[tp] ?? implied[tp], list.count > matched.count,
                   let (wholeLow, wholeHigh) = sum(list.map { all[$0] }), wholeLow <= totalHigh, wholeHigh >= totalLow {
                    out.pass()
                    continue
                }
                if low > totalHigh || high < totalLow {
                    out.fail(notTheSum(c, severity, total, matched, low, high))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// The finding of parts that do not add up to their total (after 其中 or without it, `UnlinkedSplit`): the sum in the
    /// total's scale, the terms, and every figure's place.
    static func notTheSum(_ c: RuleContext, _ severity: Severity, _ total: Statement, _ parts: [Statement],
                          _ low: Decimal, _ high: Decimal) -> Finding {
        let sumShown = PartTotalRule.display(low == high ? low : (low + high) / 2, like: total)
        let terms = parts.map(\.shown).joined(separator: " + ")
        return Finding(
            ruleID: "parts-add-up", severity: severity,
            message: c.message("parts-add-up", "parts of \(SameFigureRule.label(total)) \(total.shown) add up to \(sumShown) (\(terms)), not to the total", total,
                               extra: ["{sum}": ((low + high) / 2).plainString]),
            locations: [total.location] + parts.map(\.location))
    }

    /// A total after its items (三项合计150.0亿元): `ListedTotal`.
    static func listedTotals(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        for found in ListedTotal.sums(c) {
            let total = found.total
            guard let (low, high) = sum(found.items), let tLow = total.range.lower, let tHigh = total.range.upper else {
                out.cannotEvaluate(); continue
            }
            guard low > tHigh || high < tLow else { out.pass(); continue }
            // The first figure the sum of the others (a total stated first, its items after): no list of parts.
            if let (l2, h2) = sum(Array(found.items.dropFirst())), let f1 = found.items[0].range.lower, let f2 = found.items[0].range.upper,
               l2 <= f2 && h2 >= f1 { out.pass(); continue }
            let sumShown = PartTotalRule.display(low == high ? low : (low + high) / 2, like: total)
            let terms = found.items.map(\.shown).joined(separator: " + ")
            out.fail(Finding(
                ruleID: "parts-add-up", severity: severity,
                message: c.message("parts-add-up", "\(SameFigureRule.label(total)) \(total.shown) is not the sum of the items before it: \(terms) = \(sumShown)", total,
                                   extra: ["{sum}": ((low + high) / 2).plainString]),
                locations: [total.location] + found.items.map(\.location)))
        }
    }

    /// Words that name a side total of a budget's balance (总收入, 收入总计 …).
    static let sideTotals = ["总收入", "总支出", "收入总计", "支出总计", "收入合计", "支出合计"]

    /// A side total of a balance statement (rules.yaml `balance.statements`: 收支平衡情况：总收入318.7亿元，其中：…): its
    /// 其中 parts are every source or use of the year's funds, so they add up to it. The passage is the total's sentence
    /// and the ones beside it (总支出 opens the sentence after 平衡情况's).
    static func isBalanceTotal(_ total: Statement, _ rules: RuleSet) -> Bool {
        let subject = total.metric.subject
        guard sideTotals.contains(where: { LiteralSearch.hasSuffix(subject, $0) }) else { return false }
        return rules.balanceStatements.contains { LiteralSearch.contains(total.masked, $0) }
    }

    /// 全区一般公共预算总收入410338万元，…其中地方一般公共预算收入271630万元，…；加上级补助收入120846万元，…，收入合计514601万元:
    /// a clause that opens with 加 adds to the account before it — its amounts, and the total after them, are no 其中 parts
    /// of the total the sentence opened with. The parts (positions in `all`, in text order) up to the first one after such
    /// a clause of the total's sentence.
    static func beforeAddition(_ parts: [Int], total: Statement, _ all: [Statement]) -> [Int] {
        let text = ChangeAgreesRule.middle(of: total.masked)
        guard parts.count >= 2, let mark = text.range(of: "〇") else { return parts }
        var from = mark.upperBound
        for (n, p) in parts.enumerated() {
            let s = all[p]
            guard s.sentence == total.sentence,
                  let at = text.range(of: SentenceReader.cleaned(s.metric.surface), range: from..<text.endIndex) else { continue }
            if BudgetTotalRule.addMark(in: text[from..<at.lowerBound]) != nil { return Array(parts[..<n]) }
            from = at.upperBound
        }
        return parts
    }

    /// 人均可支配收入 and 平均工资 of town and country do not add up to the average of all.
    static func isPerHead(_ subject: String) -> Bool {
        LiteralSearch.contains(subject, "人均") || LiteralSearch.contains(subject, "平均") || LiteralSearch.contains(subject, "户均")
    }

    /// The parts that name the words of one partition, one part per word and one word per part, in text order;
    /// nil when no partition is named completely.
    static func complete(_ parts: [Statement], _ partitions: [[String]]) -> [Statement]? {
        for words in partitions {
            var chosen: [Int?] = Array(repeating: nil, count: words.count)
            var clash = false
            for (k, part) in parts.enumerated() {
                let named = words.indices.filter { LiteralSearch.contains(part.subject, words[$0]) }
                guard !named.isEmpty else { continue }
                // A part naming two words (进出口) or a word named twice is no clean split.
                guard named.count == 1, chosen[named[0]] == nil else { clash = true; break }
                chosen[named[0]] = k
            }
            guard !clash, chosen.allSatisfy({ $0 != nil }) else { continue }
            return chosen.compactMap { $0 }.sorted().map { parts[$0] }
        }
        return nil
    }

    /// Every partition the parts name completely, each read as `complete` reads one; a part naming words of two
    /// partitions (城镇男性人口: a part of a part) takes no place in either.
    /// (A word inside another the part names is not counted: 第一产业 holds 一产.) Two partitions matching the same parts
    /// (第一产业… read as 一产… too) are one split.
    static func everySplit(_ parts: [Statement], _ partitions: [[String]]) -> [[Statement]] {
        let kept = parts.filter { p in
            var named: [(word: String, partition: Int)] = []
            for (n, words) in partitions.enumerated() {
                for w in words where LiteralSearch.contains(p.subject, w) { named.append((w, n)) }
            }
            let outer = named.filter { x in !named.contains { $0.word != x.word && LiteralSearch.contains($0.word, x.word) } }
            return Set(outer.map(\.partition)).count <= 1
        }
        var seen: Set<[Int]> = []
        return partitions.compactMap { complete(kept, [$0]) }.filter { seen.insert($0.map(\.index)).inserted }
    }

    /// The lowest and highest sum the parts allow (each figure's rounding or 约 range); nil when one is open.
    static func sum(_ parts: [Statement]) -> (Decimal, Decimal)? {
        var low = Decimal(0), high = Decimal(0)
        for p in parts {
            guard let l = p.range.lower, let h = p.range.upper else { return nil }
            low += l
            high += h
        }
        return (low, high)
    }
}
