import Foundation

/// structure-adds-to-100: the parts of a structure written as a ratio (三次产业结构为11.1：30.1：58.8) are shares of one
/// whole and must add up to 100 within the rounding of every part.
///
/// The extractor reads such a run as ratio figures of one subject in one sentence. A run counts as a structure when it
/// has three parts or more and either its subject says so (结构, 构成, 比例 — `structures` in rules.yaml) or its sum is
/// already near 100 (90…110); 收入比2.08：1 (two parts) and 1：2：3 (no structure word, sum 6) are left alone.
///   三次产业结构为11.1：30.1：58.8 — 99.85…100.15 holds 100: passes;
///   三次产业结构为11.1：31.1：58.8 — 100.85…101.15: error at the first part.
/// The shares of a complete split (rules.yaml partitions) stated in one sentence are such a structure too:
///   第一产业增加值比重为8.5%，第二产业增加值比重为35.2%，第三产业增加值比重为66.3% — 110.0%: error.
enum StructureSumRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("structure-adds-to-100", severity)
        let all = c.statements
        for order in c.positionsByDocument(where: { $0.metric.kind == .ratio && $0.metric.unit == nil }) {
            for run in runs(order.map { all[$0] }) {
                guard let (low, high) = PartitionSumRule.sum(run) else {
                    out.cannotEvaluate()
                    continue
                }
                let named = c.rules.structureWords.contains { LiteralSearch.contains(run[0].subject, $0) }
                guard named || (low >= 90 && high <= 110) else { continue }
                let terms = run.map(\.shown).joined(separator: "：")
                check(run, &out, c, severity) { "parts of \(SameFigureRule.label(run[0])) \(terms) add up to \($0), not to 100" }
            }
        }
        // The shares of a complete split in one sentence: 第一产业增加值比重8.5%，第二产业…35.2%，第三产业…56.3%.
        let partitions = c.rules.partitions.filter { $0.count >= 2 }
        if !partitions.isEmpty {
            for order in c.positionsByDocument(where: { ShareRule.isShare($0, c.rules) && $0.sentence != nil && !$0.isTarget }) {
                var k = 0
                while k < order.count {
                    var e = k
                    while e + 1 < order.count, all[order[e + 1]].sentence == all[order[k]].sentence { e += 1 }
                    let sentence = order[k...e].map { all[$0] }
                    k = e + 1
                    // (Only when every share of the sentence is a part: another share beside them may be of
                    // another whole.)
                    // Shares of two wholes (出口占全省的12.1%，进口占全省的8.4%) are far from 100 together: a sum outside
                    // 80…120 is read as such, not as a split of one whole.
                    guard sentence.count >= 2, let run = PartitionSumRule.complete(sentence, partitions),
                          run.count == sentence.count, let (low, high) = PartitionSumRule.sum(run),
                          low >= 80, high <= 120 else { continue }
                    let names = run.map { SameFigureRule.label($0) }.joined(separator: "、")
                    let terms = run.map(\.shown).joined(separator: " + ")
                    check(run, &out, c, severity) { "shares \(names) \(terms) add up to \($0), not to 100%" }
                }
            }
        }
        return out
    }

    /// The sum of `run` against 100: a pass, or an error at the run's parts worded by `message` (given the sum).
    static func check(_ run: [Statement], _ out: inout RuleOutcome, _ c: RuleContext, _ severity: Severity,
                      message: (String) -> String) {
        guard let (low, high) = PartitionSumRule.sum(run) else {
            out.cannotEvaluate()
            return
        }
        guard low > 100 || high < 100 else {
            out.pass()
            return
        }
        let sum = (low + high) / 2
        out.fail(Finding(ruleID: "structure-adds-to-100", severity: severity,
                         message: c.message("structure-adds-to-100", message(printed(sum, like: run)), run[0],
                                            extra: ["{sum}": sum.plainString]),
                         locations: run.map(\.location)))
    }

    /// The sum printed with as many decimals as the most precise part (11.1 + 31.1 + 58.8 → 101.0).
    static func printed(_ sum: Decimal, like parts: [Statement]) -> String {
        let decimals = parts.map { ValueRange.printedDigits($0.metric.surface)?.decimals ?? 0 }.max() ?? 0
        var text = sum.rounded(places: decimals).plainString
        let have = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if decimals > 0, have == 0 { text += "." }
        return text + String(repeating: "0", count: max(0, decimals - have))
    }

    /// Runs of three or more ratio parts in text order that share a sentence and a subject, each part right after the
    /// one before (a colon between them, at most `partGap` bytes of source): 三次产业结构由上年的13.9：52.7：33.4调整为
    /// 13.3：54.0：32.7 is two structures, not one of six parts adding up to 200.
    static func runs(_ ratios: [Statement]) -> [[Statement]] {
        var out: [[Statement]] = []
        var current: [Statement] = []
        func close() {
            if current.count >= 3 { out.append(current) }
            current = []
        }
        for s in ratios {
            // One sentence (or, where no sentence was read, one line) and one subject.
            if let last = current.last, last.subject == s.subject, last.sentence == s.sentence,
               last.sentence != nil || last.metric.location.line == s.metric.location.line,
               s.metric.sourceRange.lowerBound - last.metric.sourceRange.upperBound <= partGap {
                current.append(s)
            } else {
                close()
                current = [s]
            }
        }
        close()
        return out
    }

    /// The most source bytes between two parts of one run: a full-width colon and a space or two (：, " : ").
    static let partGap = 6
}
