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
                      !a.subject.isEmpty, b.subject == a.subject || namesBase(b.subject, after: a.subject) else { continue }
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
                // Each change against the changes of the level's other statements: reported when it departs from
                // most of them (the odd one of five copies), or from the only other one — of two, which one is
                // miswritten is not known, so each is reported against the other.
                for (yl, yc) in members {
                    var peers = 0, disagree: [Int] = []
                    for (xl, xc) in members where xl != yl {
                        guard all[xl].location != all[yl].location, all[xl].range.agrees(with: all[yl].range),
                              c.identity.same(all[xl], all[yl]) else { continue }
                        peers += 1
                        if all[xc].metric.direction == all[yc].metric.direction && all[xc].range.agrees(with: all[yc].range) {
                            if xl < yl { out.pass() }
                        } else {
                            disagree.append(xc)
                        }
                    }
                    guard let xc = disagree.first, disagree.count > peers - disagree.count else { continue }
                    judge(all[xc], all[yc], level: all[yl], &out, c, severity)
                }
            }
            ownChanges(order, c, severity, &out)
        }
        return out
    }

    /// Changes stated on their own twice — a headline and its paragraph: 2024年4月份居民消费价格同比上涨0.3% over
    /// 4月份，全国居民消费价格同比上涨0.3% — must agree. Compared only when they name one subject (normalized), one
    /// period (scope, else the document's) and place, and say in their clause the same words between the subject
    /// and the change (同比, 比上年, 比2002年, 年均实际: `clauseWords`, which must hold some) — 同比 beside 环比, 1—4月平均
    /// beside 4月份, or a bare 增长 are never paired (unless the subject holds its base: 国内生产总值比2002年). Of two, each is reported against the other (which one is
    /// miswritten is not known); of more, the odd one out.
    static func ownChanges(_ order: [Int], _ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        let all = c.statements
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        var perSentence: [String: Int] = [:]
        for (i, p) in order.enumerated() {
            let s = all[p]
            guard s.metric.direction != nil, !s.isTarget, s.sentence != nil, !s.subject.isEmpty,
                  s.isSpecificSubject ?? c.rules.catalogue.isSpecific(s.subject),
                  let words = clauseWords(s) ?? followedWords(s, next: i + 1 < order.count ? all[order[i + 1]] : nil) else { continue }
            let key = "\(s.subject)|\(s.unitFamily ?? "")|\(s.metric.kind.rawValue)|\(words)|\(s.period?.description ?? "-")|\(s.earlier ?? "-")"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(p)
            perSentence["\(s.sentence!)|\(key)", default: 0] += 1
        }
        for key in keys {
            // A sentence that states one key twice (two places, two items of a list) names no single change.
            let members = groups[key]!.filter { perSentence["\(all[$0].sentence!)|\(key)"] == 1 }
            guard members.count > 1 else { continue }
            for y in members {
                let b = all[y]
                var peers = 0, disagree: [Int] = []
                for x in members where x != y {
                    let a = all[x]
                    guard a.location != b.location, c.identity.placesAgree(a, b), sameWhole(a, b), !a.context.conflicts(with: b.context),
                          !a.section.conflicts(with: b.section),
                          !a.sharesLine(with: b)
                    else { continue }
                    peers += 1
                    if a.metric.direction == b.metric.direction && a.range.agrees(with: b.range) {
                        if x < y { out.pass() }
                    } else {
                        disagree.append(x)
                    }
                }
                guard let f = disagree.first, disagree.count > peers - disagree.count else { continue }
                let a = all[f]
                out.fail(Finding(
                    ruleID: "repeat-change-agrees", severity: severity,
                    message: c.message("repeat-change-agrees",
                                       "\(SameFigureRule.label(b)) changed by \(signed(b)) here, by \(signed(a)) at \(c.reference(a, from: b))",
                                       b, other: a),
                    locations: [b.location, a.location]))
            }
        }
    }

    /// Words for a whole region: 全国 and 全省 both read as "the whole" in a scope, but a province's report that gives
    /// the nation's CPI beside its own (全国居民消费价格同比上涨0.2% … 全省居民消费价格同比上涨0.5%) states two changes.
    static let wholeWords = ["全国", "全省", "全市", "全区", "全县", "全州", "全旗", "全盟"]

    /// Neither names a whole region the other does not (in its scope or its subject as written).
    static func sameWhole(_ a: Statement, _ b: Statement) -> Bool {
        let x = (a.metric.scope ?? "") + a.metric.subject, y = (b.metric.scope ?? "") + b.metric.subject
        let wx = Set(wholeWords.filter { LiteralSearch.contains(x, $0) }), wy = Set(wholeWords.filter { LiteralSearch.contains(y, $0) })
        return wx.isEmpty || wy.isEmpty || wx == wy
    }

    /// The words of a change's clause between its subject as written and the change (its masked text: 〇 marks it),
    /// marks, spaces and the direction word taken out: 全国居民消费价格同比上涨〇 → 同比. Nil when the subject is not
    /// written in the clause, or nothing but a direction word stands between (增长〇 says against what only by context).
    static func clauseWords(_ s: Statement) -> String? {
        let clause = Array(ShareListRule.clause(ShareListRule.before(s)))
        let subject = Array(SameFigureRule.label(s).utf8.filter { $0 != 0x20 })
        guard !subject.isEmpty, let at = ByteText.lastIndex(of: subject, in: clause) else { return nil }
        guard clause.count - (at + subject.count) <= 48 else { return nil }
        var gap = ByteText.string(Array(clause[(at + subject.count)...]))
        for word in directionWords where gap.hasSuffix(word) {
            gap.removeLast(word.count)
            break
        }
        // 国内生产总值比2002年增长〇: the comparison is in the subject the extractor kept.
        if gap.isEmpty, ByteText.contains(subject, Array("比".utf8)) || ByteText.contains(subject, Array("较".utf8)) { return "-" }
        return gap.isEmpty ? nil : gap
    }

    /// A bare change (高技术制造业增加值增长〇) tied to the share stated right after it in its clause run: 增长9.7%，占规模以上
    /// 工业的比重为9.3% in the industry paragraph and 增长9.7%，占规模以上工业增加值比重为9.3% in the branch list are one
    /// statement made twice — the same share after the same subject's change says so. The words are the share as written
    /// (→9.3%); nil for any other change.
    static func followedWords(_ s: Statement, next: Statement?) -> String? {
        guard let next, next.sentence == s.sentence, next.document == s.document, next.metric.direction == nil, !next.isTarget,
              next.metric.kind == .percent, LiteralSearch.contains(next.metric.subject, "占") || LiteralSearch.contains(next.metric.subject, "比重"),
              isBare(s) else { return nil }
        // The share in the change's clause run: nothing but its own clause between them (no ；).
        let before = ShareListRule.before(next)
        let shown = Array(s.shown.utf8.filter { $0 != 0x20 })
        guard !shown.isEmpty, let at = ByteText.lastIndex(of: shown, in: before) else { return nil }
        let between = before[(at + shown.count)...]
        guard between.count <= 60, !between.contains(0x3B), ByteText.firstIndex(of: Array("；".utf8), in: Array(between), from: 0) == nil
        else { return nil }
        return "→" + next.shown
    }

    /// Nothing but a direction word stands between the change's subject as written and its figure (增长〇).
    static func isBare(_ s: Statement) -> Bool {
        let clause = Array(ShareListRule.clause(ShareListRule.before(s)))
        let subject = Array(SameFigureRule.label(s).utf8.filter { $0 != 0x20 })
        guard !subject.isEmpty, let at = ByteText.lastIndex(of: subject, in: clause) else { return false }
        let gap = ByteText.string(Array(clause[(at + subject.count)...]))
        return gap.isEmpty || directionWords.contains(gap)
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

    /// The change's subject is the level's with its comparison base after it (国内生产总值达到24.66万亿元，比2002年增长65.5%:
    /// 国内生产总值 and 国内生产总值比2002年): the change is the level's all the same.
    static func namesBase(_ change: String, after level: String) -> Bool {
        guard change.utf8.count > level.utf8.count, change.hasPrefix(level) else { return false }
        let rest = change.utf8.dropFirst(level.utf8.count)
        return baseStarts.contains { rest.starts(with: $0) }
    }

    static let baseStarts: [[UInt8]] = ["比", "较", "同比", "与上年", "与去年"].map { Array($0.utf8) }

    /// The change with the sign its direction word gives: +5.5%, −5.5%.
    static func signed(_ s: Statement) -> String {
        (s.metric.direction == .down ? "−" : "+") + s.shown
    }

    /// Direction words that end the words before a change (longest first: 增长 before 增).
    static let directionWords = ["增长", "下降", "增加", "减少", "提高", "降低", "上涨", "下跌", "上升", "回落", "扩大",
                                 "缩小", "提升", "下滑", "增", "降", "涨", "减"]
}
