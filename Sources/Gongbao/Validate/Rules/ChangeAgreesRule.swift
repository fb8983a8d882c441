import Foundation

/// change-agrees: a change stated beside the two levels it is between must be their difference — in one sentence,
/// after 由/从 A 增加到/提高到/下降到 B:
///   城镇居民人均可支配收入由25000元增加到30000元，增长25% — the levels give 20%: error;
///   …由7703元增加到13786元，增加6083元 — passes; 占比由35.2%提高到37.5%，提高2.3个百分点 — passes.
/// A rate must agree with B/A − 1 (增长X%, 增长X倍), an amount of the levels' unit with B − A, percentage points
/// with B − A of two percents; the direction word gives the sign. Every figure is taken at its printed precision
/// (25000 is 24999.5…25000.5), so rounded levels rarely prove anything. Not judged: average yearly rates (年均,
/// 平均每年) and real or comparable-price rates (实际, 可比, 不变价, 扣除价格), which the nominal levels do not give.
enum ChangeAgreesRule {
    /// Words of the sentence that make a rate something other than the plain change between the two levels. 实际 only
    /// before a change (实际增长, 实际下降): 实际完成49万元，较上年减少4万元，下降7.5% states an outcome, not a real rate.
    static let otherRates = ["年均", "平均每年", "平均增长", "实际增", "实际下降", "实际降", "实际上涨", "实际上升", "实际下跌",
                             "实际回落", "实际提高", "实际减少", "可比", "不变价", "扣除价格"]

    /// Percentage points a rate beside its level and amount of change may miss their quotient by, beyond its printed
    /// precision (a comparable-base rate).
    static let comparableBaseSlack: Decimal = 0.06

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("change-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            var k = 0
            while k + 1 < order.count {
                let a = all[order[k]], b = all[order[k + 1]]
                // An estimate's or a plan's two ends (预计…县(区)由2个增加到8个) are read for the verb as well: it says which way
                // they go whatever the figures' standing; the changes after them are left to levels of record.
                guard isLevelPair(a, b, plans: true), readsFromTo(a, b) else { k += 1; continue }
                if let verb = contradictingVerb(a, b, c.rules) {
                    out.fail(Finding(
                        ruleID: "change-agrees", severity: severity,
                        message: c.message("change-agrees", "\(SameFigureRule.label(b)) \(a.shown) → \(b.shown) said with \(verb): the figures go the other way", b, other: a),
                        locations: [b.location, a.location]))
                } else {
                    out.pass()
                }
                if a.isTarget { k += 2; continue }
                // The changes after the pair, in its sentence, up to the next change's from-value.
                var j = k + 2
                while j < order.count, all[order[j]].sentence == a.sentence, !all[order[j]].isAmbiguous {
                    let s = all[order[j]]
                    j += 1
                    guard s.metric.direction != nil, !s.isTarget else { continue }
                    guard let implied = implied(from: a, to: b, by: s) else { continue }
                    if !namesOtherRate(s) { judge(s, implied: implied, a, b, &out, c, severity) }
                }
                k = max(j, k + 2)
            }
        }
        // A rank's two ends (由全省第4位跃升至第3位), read from the documents' figures.
        RankFromTo.check(c, severity, &out)
        // The base stated beside the level (上年为100.0亿元; 比上年增加20.0亿元).
        for k in StatedBase.cases(c) {
            for s in k.changes where !namesOtherRate(s) && !isFormerRate(s) {
                guard let implied = StatedBase.implied(k, by: s) else { continue }
                let sign: Decimal = s.metric.direction == .down ? -1 : 1
                // (A rate printed to hundredths or tenths gets a few hundredths of a point more: budgets state growth on
                // a comparable base — 支出完成3,156,077万元，比上年增支161,347万元，增长5.43% where the two amounts give
                // 5.39%; 事故1290起，同比减少190起，下降12.9% where they give 12.84% — while a rate miswritten is off by a
                // whole digit.)
                let printed = ValueRange.changeHalf(of: s.metric)
                let half = printed + (s.metric.unit == "%" && printed > 0 && printed <= 0.05 ? comparableBaseSlack : 0)
                guard sign * s.metric.value + half < implied.0 || sign * s.metric.value - half > implied.1 else { out.pass(); continue }
                // 存款余额5238.0亿元，比年初增加419.4元，增长8.7%: the rate fits the amount of change in 亿元 — its scale is the slip.
                if let slip = StatedBase.scaleSlip(k, by: s) {
                    out.fail(Finding(
                        ruleID: "change-agrees", severity: severity,
                        message: c.message("change-agrees",
                                           "change \(k.baseStatement.shown) does not fit \(SameFigureRule.label(k.level)) \(k.level.shown) and its change \(s.shown); \(slip) would (万/亿 missing?)",
                                           k.baseStatement, other: k.level, extra: ["{implied}": slip]),
                        locations: [k.baseStatement.location, k.level.location, s.location]))
                    continue
                }
                let mid = (implied.0 + implied.1) / 2
                let shown = rounded(PartTotalRule.display(mid < 0 ? -mid : mid, like: s))
                out.fail(Finding(
                    ruleID: "change-agrees", severity: severity,
                    message: c.message("change-agrees",
                                       "change \(s.shown) does not fit \(SameFigureRule.label(k.level)) \(k.level.shown) against its base \(k.baseShown) (about \(mid < 0 ? "−" : "+")\(shown))",
                                       s, other: k.level, extra: ["{implied}": mid.plainString]),
                    locations: [s.location, k.level.location, k.baseStatement.location]))
            }
        }
        return out
    }

    /// A from-value and its to-value: both change ends, one sentence, one kind and unit family, levels (no
    /// direction of their own). The to-value may be a plan (保费由每生每年5元提高到10元: 5元 is today's, 10元 the plan's):
    /// the verb between them still says which way they go.
    /// With `plans`, a from-value that is itself an estimate or a plan (预计…由2个增加到8个) is one too.
    static func isLevelPair(_ a: Statement, _ b: Statement, plans: Bool = false) -> Bool {
        a.isAmbiguous && b.isAmbiguous && a.sentence != nil && a.sentence == b.sentence
            && a.metric.kind == b.metric.kind && a.unitFamily == b.unitFamily
            && a.metric.direction == nil && b.metric.direction == nil && (plans || !a.isTarget)
            && (MetricIdentity.amounts.contains(a.metric.kind) || a.metric.kind == .percent)
    }

    /// The sentence of `b` reads 由/从 `a` …到/至/为 `b` (`a` found as the masked text writes it, cleaned the same way): in the clause of `a`, 由 or 从 stands before it, and between the
    /// two, with no clause break, a 到, 至 or 为 (增加到, 提高至, 调整为).
    static func readsFromTo(_ a: Statement, _ b: Statement) -> Bool {
        let sentence = middle(of: b.masked)
        guard let mark = sentence.range(of: "〇", options: .backwards),
              let at = sentence.range(of: SentenceReader.cleaned(a.metric.surface), options: .backwards,
                                      range: sentence.startIndex..<mark.lowerBound)
        else { return false }
        return isFromToPhrase(gap: sentence[at.upperBound..<mark.lowerBound], before: sentence[..<at.lowerBound],
                              to: ["到", "至", "为"], from: ["由", "从"])
    }

    /// 由/从 A …到/至 B, read from `gap` (the words between A and B: at most 14 letters, no clause break, one of `to`)
    /// and `before` (the words before A: one of `from` among the last 14 letters after their last clause break).
    /// A level's two ends (`readsFromTo`) and a rank's (`RankFromTo`).
    static func isFromToPhrase(gap: Substring, before: Substring, to: Set<Character>, from: Set<Character>) -> Bool {
        guard gap.count <= 14, !gap.contains(where: isClauseBreak), gap.contains(where: to.contains) else { return false }
        var before = before.suffix(14)
        if let stop = before.lastIndex(where: isClauseBreak) { before = before[before.index(after: stop)...] }
        return before.contains(where: from.contains)
    }

    /// The change verb `gap` holds (rules.yaml up and down verbs) when it names one way only: the word and whether it
    /// is up; nil for none or both.
    static func oneWayVerb(in gap: String, _ rules: RuleSet) -> (word: String, up: Bool)? {
        let up = rules.upVerbs.first { LiteralSearch.contains(gap, $0) }, down = rules.downVerbs.first { LiteralSearch.contains(gap, $0) }
        if let up, down == nil { return (up, true) }
        if let down, up == nil { return (down, false) }
        return nil
    }

    /// The verb between 由A and 到B says the opposite of the figures: 由1200家增加到1050家, 由72.5%提高到71.8% (up, B
    /// below A), 由12.5亿元下降到15.6亿元 (down, B above A); nil when they agree or no verb is read.
    static func contradictingVerb(_ a: Statement, _ b: Statement, _ rules: RuleSet) -> String? {
        let sentence = middle(of: b.masked)
        guard let mark = sentence.range(of: "〇", options: .backwards),
              let at = sentence.range(of: SentenceReader.cleaned(a.metric.surface), options: .backwards,
                                      range: sentence.startIndex..<mark.lowerBound) else { return nil }
        guard let verb = oneWayVerb(in: String(sentence[at.upperBound..<mark.lowerBound]), rules),
              let al = a.range.lower, let ah = a.range.upper, let bl = b.range.lower, let bh = b.range.upper else { return nil }
        if verb.up, bh < al { return verb.word }
        if !verb.up, bl > ah { return verb.word }
        return nil
    }

    static func isClauseBreak(_ c: Character) -> Bool { "，,。；;：:！？".contains(c) }

    /// The statement's own sentence inside its masked text (previous | this | next): the text between the first and
    /// the last |, or all of it when there are not two (sliced, not split into the three and joined again).
    static func middle(of masked: String) -> Substring {
        guard let a = masked.firstIndex(of: "|"), let b = masked.lastIndex(of: "|"), a < b else { return masked[...] }
        return masked[masked.index(after: a)..<b]
    }

    /// The range the levels give for the change `s` states, in `s`'s own terms; nil when `s` is no change of them.
    static func implied(from a: Statement, to b: Statement, by s: Statement) -> (Decimal, Decimal)? {
        guard let a1 = a.range.lower, let a2 = a.range.upper, let b1 = b.range.lower, let b2 = b.range.upper else { return nil }
        let unit = s.metric.unit ?? ""
        if a.metric.kind == .percent {
            // 占比由35.2%提高到37.5%，提高2.3个百分点.
            guard unit == "个百分点" || unit == "百分点" else { return nil }
            return (b1 - a2, b2 - a1)
        }
        if s.metric.kind == .percent, unit == "%" || unit == "％" {
            guard a1 > 0 else { return nil }
            return ((b1 / a2 - 1) * 100, (b2 / a1 - 1) * 100)
        }
        if s.metric.kind == .ratio, unit == "倍", s.metric.direction == .up {
            guard a1 > 0 else { return nil }
            return (b1 / a2 - 1, b2 / a1 - 1)
        }
        if s.unitFamily == a.unitFamily, s.metric.kind == a.metric.kind {
            return (b1 - a2, b2 - a1)
        }
        return nil
    }

    /// A rate the change turned from (出栏19476万头，同比增加20万头，由上年同期下降2.2%转为增长0.1%): 由/从 opens its
    /// clause and 转为/变为 follows it — the rate of the year before, not this level's change.
    static func isFormerRate(_ s: Statement) -> Bool {
        let sentence = middle(of: s.masked)
        guard let mark = sentence.firstIndex(of: "〇") else { return false }
        let after = sentence[sentence.index(after: mark)...]
        guard ["转", "轉", "变为", "變為"].contains(where: { after.hasPrefix($0) }) else { return false }
        var clause = sentence[..<mark]
        if let stop = clause.lastIndex(where: isClauseBreak) { clause = clause[clause.index(after: stop)...] }
        return clause.contains("由") || clause.contains("从") || clause.contains("從")
    }

    /// 年均增长, 实际增长, 按可比价格计算: the sentence (the middle part of the statement's masked text) says the rate
    /// is not the plain change between the two levels.
    static func namesOtherRate(_ s: Statement) -> Bool {
        let sentence = String(middle(of: s.masked))
        return otherRates.contains { LiteralSearch.contains(sentence, $0) } || otherRates.contains { LiteralSearch.contains(s.metric.subject, $0) }
    }

    static func judge(_ s: Statement, implied: (Decimal, Decimal), _ a: Statement, _ b: Statement,
                      _ out: inout RuleOutcome, _ c: RuleContext, _ severity: Severity) {
        let sign: Decimal = s.metric.direction == .down ? -1 : 1
        let half = ValueRange.changeHalf(of: s.metric)
        let statedLow = sign * s.metric.value - half, statedHigh = sign * s.metric.value + half
        guard statedHigh < implied.0 || statedLow > implied.1 else {
            out.pass()
            return
        }
        let mid = (implied.0 + implied.1) / 2
        let shown = PartTotalRule.display(mid < 0 ? -mid : mid, like: s)
        out.fail(Finding(
            ruleID: "change-agrees", severity: severity,
            message: c.message("change-agrees",
                               "\(SameFigureRule.label(s)) \(s.shown) does not fit its levels \(a.shown) → \(b.shown) (about \(rounded(shown)))",
                               s, other: a, extra: ["{implied}": mid.plainString]),
            locations: [s.location, a.location, b.location]))
    }

    /// The implied change printed with at most two decimals.
    static func rounded(_ text: String) -> String {
        guard let dot = text.firstIndex(of: ".") else { return text }
        var digits = 0
        var end = text.index(after: dot)
        while end < text.endIndex, text[end].isNumber, digits < 2 { end = text.index(after: end); digits += 1 }
        var rest = text[end...]
        while let f = rest.first, f.isNumber { rest = rest.dropFirst() }
        return String(text[..<end]) + rest
    }
}
