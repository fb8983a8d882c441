import Foundation

/// repeat-change-agrees: a figure stated twice with its change beside it each time must state the same change.
/// A communiqué opens with its headline (全年全市地区生产总值5678.9亿元，比上年增长5.5%) and repeats it in 一、综合 (地区
/// 生产总值5678.9亿元，比上年增长6.5%): the level agrees, the rate does not — or it turns to 下降 — and same-figure-agrees
/// never compares rates, since a subject may grow by different rates over different periods in one document.
///
/// Only changes tied to a level that is itself a repeat (same-figure identity, values agreeing) are compared, and
/// only when both say how they were counted in the same words: the text between level and change, less marks, spaces
/// and the direction word, must be the same (，比上年增长 and ，比上年下降 are; ，按不变价格计算，比上年增长 and ，比上年增长
/// are not — a real and a nominal rate may differ).
enum RepeatChangeRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("repeat-change-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            // Each level with the change right after it in its sentence (the next statement), filed by what must be
            // equal for two of them to be compared — subject, the words between, the change's kind and unit family —
            // so that only those are paired (positions in `all`, no statement copied per pair).
            // (The words between are read only for subjects stated with a change more than once: finding the level in
            // the sentence was most of the rule's time.)
            var bySubject: [String: [(level: Int, change: Int)]] = [:]
            for n in order.indices.dropLast() {
                let a = all[order[n]], b = all[order[n + 1]]
                guard let sentence = a.sentence, b.sentence == sentence, b.metric.direction != nil,
                      a.metric.direction == nil, !a.isTarget, !b.isTarget, MetricIdentity.amounts.contains(a.metric.kind),
                      !a.subject.isEmpty, b.subject == a.subject else { continue }
                bySubject["\(a.subject)|\(b.metric.kind.rawValue)|\(b.unitFamily ?? "")", default: []].append((order[n], order[n + 1]))
            }
            var groups: [String: [(level: Int, change: Int)]] = [:]
            for (key, pairs) in bySubject where pairs.count > 1 {
                for p in pairs {
                    guard let gap = gapWords(all[p.level], all[p.change]) else { continue }
                    groups[key + "|" + gap, default: []].append(p)
                }
            }
            for key in groups.keys.sorted() {
                let members = groups[key]!.sorted { $0.level < $1.level }
                guard members.count > 1 else { continue }
                for j in members.indices.dropFirst() {
                    let (yl, yc) = members[j]
                    for i in 0..<j {
                        let (xl, xc) = members[i]
                        guard all[xl].location != all[yl].location, all[xl].range.agrees(with: all[yl].range),
                              c.identity.same(all[xl], all[yl]) else { continue }
                        judge(all[xc], all[yc], level: all[yl], &out, c, severity)
                    }
                }
            }
        }
        return out
    }

    /// The later change `y` (after `level`) against the earlier `x`: same direction and agreeing values pass.
    static func judge(_ x: Statement, _ y: Statement, level: Statement, _ out: inout RuleOutcome, _ c: RuleContext,
                      _ severity: Severity) {
        if x.metric.direction == y.metric.direction && x.range.agrees(with: y.range) { out.pass(); return }
        out.fail(Finding(
            ruleID: "repeat-change-agrees", severity: severity,
            message: c.message("repeat-change-agrees",
                               "\(SameFigureRule.label(y)) \(level.shown) changed by \(signed(y)) here, by \(signed(x)) at \(c.reference(x, from: y))",
                               y, other: x),
            locations: [y.location, x.location]))
    }

    /// The words of the sentence between `level` and `change` (its masked text: 〇 marks the change), marks, spaces
    /// and direction words taken out: ，比上年增长 → 比上年. Nil when the level is not found before the change.
    static func gapWords(_ level: Statement, _ change: Statement) -> String? {
        let sentence = ChangeAgreesRule.middle(of: change.masked)
        guard let mark = sentence.range(of: "〇", options: .backwards),
              let at = sentence.range(of: SentenceReader.cleaned(level.metric.surface), options: .backwards,
                                      range: sentence.startIndex..<mark.lowerBound)
        else { return nil }
        var gap = String(sentence[at.upperBound..<mark.lowerBound])
        guard gap.count <= 24 else { return nil }
        gap.removeAll { ChangeAgreesRule.isClauseBreak($0) || $0 == " " || $0 == "、" }
        for word in directionWords where gap.hasSuffix(word) {
            gap.removeLast(word.count)
            break
        }
        return gap
    }

    /// The change with the sign its direction word gives: +5.5%, −5.5%.
    static func signed(_ s: Statement) -> String {
        (s.metric.direction == .down ? "−" : "+") + s.shown
    }

    /// Direction words that end the words before a change (longest first: 增长 before 增).
    static let directionWords = ["增长", "下降", "增加", "减少", "提高", "降低", "上涨", "下跌", "上升", "回落", "扩大",
                                 "缩小", "提升", "下滑", "增", "降", "涨", "减"]
}
