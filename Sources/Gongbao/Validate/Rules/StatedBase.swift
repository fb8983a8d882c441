import Foundation

/// change-agrees, the base stated beside the level instead of 由…到: a level, then its earlier value or the amount it
/// changed by, then the change — all in one sentence, each right after the other:
///   一般公共预算收入120.0亿元，上年为100.0亿元，增长25.0% → the levels give 20%;
///   一般公共预算收入120.0亿元，比上年的100.0亿元增长25.0%;
///   比重为37.5%，上年为35.2%，提高3.3个百分点 → the shares give 2.3 个百分点;
///   一般公共预算收入120.0亿元，比上年增加20.0亿元，增长25.0% → 20.0 of 100.0 is 20%.
/// The earlier value is the figure right after the level whose words before it name an earlier period and end the
/// clause there (上年为, 去年同期为, 比上年的, 上年末是); the amount of change is a figure of the level's subject, kind and unit
/// with a direction. Not judged: levels whose rates are real by convention (rules.yaml real_rates: 地区生产总值, 增加值), a sentence comparing with a budget, plan or target (比预算增加, 为年初预算的), and the
/// rates `ChangeAgreesRule.otherRates` names (年均, 实际, 可比 …).
enum StatedBase {
    /// Words right before an earlier value, ending its clause (上年为, 比上年的, 去年同期是).
    static let baseWords = ["上年同期", "去年同期", "上年末", "去年末", "上年", "去年", "上月", "上期", "上季度"]
    static let preparedBaseWords = baseWords.map(LiteralSearch.Prepared.init)
    /// 上 and 去, the cheap gate for the base words (the passage's inertness tested once for all).
    static let shangQu = ["上", "去"].map(LiteralSearch.Prepared.init)
    /// A sentence naming one of these compares with something other than the earlier period.
    static let otherBases = ["预算", "计划", "目标", "任务", "年初", "调整", "口径"]
    /// A stock compared with the year's start (比年初增加), which at the year's end is the year before.
    static let yearStartBases = ["比年初", "较年初"]

    struct Case {
        let level: Statement
        /// The earlier value's range (stated, or the level less the change).
        let base: ValueRange
        /// What the message names as the base: 上年 100.0亿元, or 120.0亿元 less 20.0亿元.
        let baseShown: String
        let baseStatement: Statement
        let changes: [Statement]
    }

    static func cases(_ c: RuleContext) -> [Case] {
        var out: [Case] = []
        let all = c.statements
        for order in c.positionsByDocument() {
            var k = 0
            while k + 2 < order.count {
                let level = all[order[k]], next = all[order[k + 1]]
                k += 1
                // Cheap tests first (every pair of neighbours is asked); the sentence's words only for a case found.
                guard let sentence = level.sentence, next.sentence == sentence, isLevel(level),
                      next.metric.direction != nil || (next.metric.kind == level.metric.kind && next.unitFamily == level.unitFamily)
                else { continue }
                let otherwise = {
                    (level.metric.kind != .percent && c.rules.realRateWords.contains { LiteralSearch.contains(level.metric.subject, $0) })
                        || comparesOtherwise(run(of: level), c.rules)
                }
                if next.metric.direction == nil {
                    // 上年为100.0亿元: the base stated; the changes right after it (rates, and amounts of the level's unit).
                    guard next.metric.kind == level.metric.kind, next.unitFamily == level.unitFamily, !next.isTarget,
                          LiteralSearch.withHaystack(next.masked, { h in
                              (h.contains(shangQu[0]) || h.contains(shangQu[1])) && preparedBaseWords.contains(where: h.contains)
                          }),
                          let gap = gap(before: next, after: level), endsWithBase(gap), let l = next.range.lower, let h = next.range.upper else { continue }
                    var changes: [Statement] = []
                    var j = k + 1
                    while j < order.count, all[order[j]].sentence == sentence {
                        let s = all[order[j]]
                        guard s.metric.direction != nil, !s.isTarget, !unreadFigure(between: all[order[j - 1]], and: s) else { break }
                        changes.append(s)
                        j += 1
                    }
                    if !changes.isEmpty, !otherwise(), !isComparedWith(level) {
                        out.append(Case(level: level, base: ValueRange(lower: l, upper: h), baseShown: next.shown, baseStatement: next, changes: changes))
                        k = j
                    }
                    continue
                }
                // 比上年增加20.0亿元，增长25.0% (or the rate first): the base is the level less the increase.
                guard level.metric.kind != .percent, let (l, h) = roundedRange(level) else { continue }
                var changes: [Statement] = []
                var j = k
                while j < order.count, all[order[j]].sentence == sentence, all[order[j]].metric.direction != nil, !all[order[j]].isTarget,
                      j == k || !unreadFigure(between: all[order[j - 1]], and: all[order[j]]) {
                    // 冬小麦播种面积22602千公顷，增加79千公顷，增长0.3%；夏杂粮面积增加约73千公顷，增长1.5%: an amount of another
                    // subject opens that subject's changes — the rates after it are not this level's.
                    let s = all[order[j]]
                    if j > k, s.metric.kind != .percent, s.metric.kind != .ratio, s.metric.subject != level.metric.subject { break }
                    // 完成地方财政收入6717万元，较上年减收3422万元，下降33.75%。其中主要税种收入变化情况：增值税下降48%，…: a rate
                    // of a subject of its own (a name, not a verb's remnant: 由上年同期下降3.5%转为增长0.5% leaves 转; neither the
                    // level's with words after it, 生产总值比一季度, nor its tail, 地方财政收入 of 完成地方财政收入) opens the changes
                    // of another thing.
                    if j > k, s.isSpecificSubject ?? c.rules.catalogue.isSpecific(s.subject),
                       !s.metric.subject.hasPrefix(level.metric.subject), !level.metric.subject.hasSuffix(s.metric.subject) { break }
                    changes.append(s)
                    j += 1
                }
                // (An amount of another subject is no change of this level: 比上年提高241元，增长11.8%，但增加额比上年
                // 同期减少118元 — 118元 is the change of the increase.)
                let amounts = changes.filter {
                    $0.metric.kind == level.metric.kind && $0.unitFamily == level.unitFamily && $0.metric.subject == level.metric.subject
                }
                guard amounts.count == 1, let d = amounts.first,
                      let (dl, dh) = roundedRange(d) else { continue }
                let rates = changes.filter { $0.metric.kind == .percent || $0.metric.kind == .ratio }
                guard !rates.isEmpty, !otherwise(), !isComparedWith(level) else { continue }
                let base = d.metric.direction == .down ? ValueRange(lower: l + dl, upper: h + dh) : ValueRange(lower: l - dh, upper: h - dl)
                out.append(Case(level: level, base: base, baseShown: "\(level.shown) \(d.metric.direction == .down ? "+" : "−") \(d.shown)",
                                baseStatement: d, changes: rates))
                k = j
            }
        }
        return out
    }

    /// The level's clause run: from the clause mark before its figure to the ；or 。 after it — where its comparison is
    /// stated. 一般公共预算收入为14.63亿元，实际完成6.94亿元，为年初预算的47.4%，…，其中：税收收入完成0.07亿元，比上年
    /// 减少0.82亿元，下降92.2%；…: the total's 年初预算 is no base of its part's change.
    static func run(of level: Statement) -> Substring {
        let sentence = ChangeAgreesRule.middle(of: level.masked)
        // (The last 〇 found by Character, not through Foundation's range(of:): this runs for every stated base.)
        guard let mark = sentence.lastIndex(of: "〇") else { return sentence }
        let head = sentence[..<mark]
        let start = head.lastIndex(where: ChangeAgreesRule.isClauseBreak).map { head.index(after: $0) } ?? head.startIndex
        let tail = sentence[sentence.index(after: mark)...]
        let end = tail.firstIndex(where: { $0 == "；" || $0 == ";" || $0 == "。" }) ?? tail.endIndex
        return sentence[start..<end]
    }

    /// The sentence compares with a budget, plan or target (比预算增加, 为年初预算的); an account's name holds no such
    /// word of its own (一般公共预算收入: synonyms.yaml context names).
    static func comparesOtherwise(_ sentence: Substring, _ rules: RuleSet) -> Bool {
        var text = String(sentence)
        // 年末…存款余额5238.0亿元，比年初增加419.4亿元，增长8.7%: a year-end stock against the year's start is against the
        // year before — no budget (比年初预算 keeps its 预算). A month's end (6月末…比年初增加) is left: its rate is 同比.
        if LiteralSearch.contains(text, "年初"), LiteralSearch.contains(text, "年末") {
            for start in yearStartBases where LiteralSearch.contains(text, start) {
                text = text.replacingOccurrences(of: start, with: "|")
            }
        }
        if LiteralSearch.contains(text, "预算") {
            for name in rules.catalogue.contextNames where !name.isEmpty && LiteralSearch.contains(text, name) {
                text = text.replacingOccurrences(of: name, with: "|")
            }
        }
        return otherBases.contains { LiteralSearch.contains(text, $0) }
    }

    /// Words right after a figure that make it what another is compared with (与2010年的442854人相比): the base of
    /// the changes after it, not their level.
    static let comparedWords: [[UInt8]] = ["相比", "比较", "相较"].map { Array($0.utf8) }

    /// The figure is the object of a comparison (与…〇相比): the changes after it are from it, not to it. Read as bytes
    /// after the figure's mark in its sentence (asked only of a case found).
    static func isComparedWith(_ s: Statement) -> Bool {
        s.masked.utf8.withContiguousStorageIfAvailable { u -> Bool in
            guard let (_, mark, end) = ShareListRule.figureMark(in: u) else { return false }
            var i = mark + 3
            while i < end, u[i] == 0x20 { i += 1 }
            return comparedWords.contains { w in i + w.count <= end && w.indices.allSatisfy { u[i + $0] == w[$0] } }
        } ?? false
    }

    static func isLevel(_ s: Statement) -> Bool {
        s.metric.direction == nil && !s.isTarget && s.metric.valueMax == nil
            && (MetricIdentity.amounts.contains(s.metric.kind) || s.metric.kind == .percent)
    }

    /// The sentence's words between `a`'s figure and `b`'s (b's masked text, `a` found as written before the 〇); nil
    /// when `a` is not there.
    static func gap(before b: Statement, after a: Statement) -> Substring? {
        guard let g = between(a, b) else { return nil }
        return g.count <= 16 ? g : nil
    }

    /// All the words between `a`'s figure and `b`'s, however many (`gap` without its limit); nil when `a` is not there.
    static func between(_ a: Statement, _ b: Statement) -> Substring? {
        let sentence = ChangeAgreesRule.middle(of: b.masked)
        // (The last 〇 found by Character, not through Foundation's range(of:).)
        guard let mark = sentence.lastIndex(of: "〇"),
              let at = sentence.range(of: SentenceReader.cleaned(a.metric.surface), options: .backwards,
                                      range: sentence.startIndex..<mark) else { return nil }
        return sentence[at.upperBound..<mark]
    }

    /// A number the extractor did not read stands between two figures of a sentence: 年末物联网终端用户78.2万户，比上年末
    /// 减少3.6万户，物联网终端接入流量144.3万G，比上年增长33.6% — the rate is that unread figure's, not the users'.
    /// (`b`'s masked text, `a` found as written before the 〇; false when `a` is not there.)
    static func unreadFigure(between a: Statement, and b: Statement) -> Bool {
        guard let words = between(a, b) else { return false }
        return words.contains { $0.isASCII && $0.isNumber || ("０"..."９").contains($0) }
    }

    /// 上年为, 比上年的, 去年同期是: the words before a figure end with an earlier period (and 为, 是 or 的), in its clause.
    static func endsWithBase(_ gap: Substring) -> Bool {
        var clause = gap
        if let stop = clause.lastIndex(where: ChangeAgreesRule.isClauseBreak) { clause = clause[clause.index(after: stop)...] }
        for tail in ["为", "是", "的"] where clause.hasSuffix(tail) {
            clause = clause.dropLast(tail.count)
            break
        }
        return baseWords.contains { clause.hasSuffix($0) } && clause.count <= 7
    }

    /// The values an amount of money or a measure allows when it is printed whole with no scale: its last digit is
    /// rounded too (外出农民工月收入水平为2286元，比上年增加233元，增长11.4% — an average income is rounded to the yuan,
    /// and 233/2053 = 11.35% is 11.4% within that). `ValueRange` takes such a number as exact, as a count of items
    /// (236项) is; a level less a change of two rounded amounts is not. nil when the statement's range is open.
    static func roundedRange(_ s: Statement) -> (Decimal, Decimal)? {
        guard let l = s.range.lower, let h = s.range.upper else { return nil }
        guard l == h, s.metric.kind == .money || s.metric.kind == .measure, !s.metric.value.isZero else { return (l, h) }
        // Half a unit of the printed value, in the family's base unit (the range's own scale: 2286公斤 in 吨).
        let half = l / s.metric.value / 2
        let spread = half < 0 ? -half : half
        return (l - spread, h + spread)
    }

    /// The change a base and its level give, in the change's own terms (`ChangeAgreesRule.implied`).
    static func implied(_ k: Case, by s: Statement) -> (Decimal, Decimal)? {
        guard let a1 = k.base.lower, let a2 = k.base.upper, let b1 = k.level.range.lower, let b2 = k.level.range.upper else { return nil }
        let unit = s.metric.unit ?? ""
        if k.level.metric.kind == .percent {
            guard unit == "个百分点" || unit == "百分点" else { return nil }
            return (b1 - a2, b2 - a1)
        }
        guard a1 > 0 else { return nil }
        if s.metric.kind == .percent, unit == "%" || unit == "％" { return ((b1 / a2 - 1) * 100, (b2 / a1 - 1) * 100) }
        if s.metric.kind == .ratio, unit == "倍", s.metric.direction == .up { return (b1 / a2 - 1, b2 / a1 - 1) }
        if s.unitFamily == k.level.unitFamily, s.metric.kind == k.level.metric.kind { return (b1 - a2, b2 - a1) }
        return nil
    }
}
