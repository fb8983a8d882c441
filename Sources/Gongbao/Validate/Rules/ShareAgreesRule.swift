import Foundation

/// share-agrees: a stated share must be its part over its whole. The part is the amount the share follows in its
/// sentence (城镇常住人口612.5万人，占常住人口比重71.53% — the share's subject starts with the part's); the whole is
/// the figure the share names (占常住人口比重 → the nearest earlier 常住人口 of the same unit family), or, for a bare
/// 占比, the total the part is a 其中 part of.
///   年末常住人口856.3万人 … 城镇常住人口612.5万人，占常住人口比重61.53% → error: 612.5/856.3 = 71.53%.
/// Rounding is allowed for: the part and the whole stand for the ranges their printed digits allow, and the share
/// for its own (71.53% → 71.525…71.535, 7% → 6.5…7.5), widened by `slack` for figures published from unrounded data. A share whose
/// whole is not stated in the document (占全省比重, 占GDP比重 without a GDP figure) is not evaluable.
enum ShareAgreesRule {
    /// Extra room around the share, in percentage points (official shares come from unrounded figures).
    static let slack: Decimal = Decimal(string: "0.05")!
    /// How many amounts of a 分别 list a share's part may stand before (`part(before:)`).
    static let listedPast = 2

    /// The upper end of a share bounded below only (超60%): above any ratio a part and its whole give.
    static let unboundedAbove: Decimal = 1_000_000

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("share-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            let byIndex = LazyStatements(all: all, positions: Dictionary(uniqueKeysWithValues: order.map { (all[$0].index, $0) }))
            for (k, position) in order.enumerated() {
                let share = all[position]
                guard share.metric.kind == .percent, share.metric.direction == nil, !share.isTarget,
                      let (shareLow, shareHigh) = printedRange(of: share) else { continue }
                let plainShare = ShareRule.isShare(share, c.rules)
                // A share read past its part's name names its whole after 占 (or is a share by its own words).
                guard plainShare || LiteralSearch.contains(share.metric.subject, "占") else { continue }
                guard let p = part(before: k, of: share, order: order, all: all, text: c.text(of: share)) else { continue }
                let part = all[order[p]]
                // The share's own words are those after its part's name: a word of the part's (增长 of a caption the
                // subject ran into) makes it no growth rate.
                // So are the whole's name (占第三产业完成投资的比重: 完成 is no completion rate here).
                guard plainShare || ShareRule.isShare(share, c.rules, subject: ownWords(of: share, after: part)) else { continue }
                guard let whole = whole(of: share, part: part, partAt: p, order: order, all: all, byIndex: byIndex, rules: c.rules) else {
                    out.cannotEvaluate()
                    continue
                }
                // 4月份，社会消费品零售总额27278亿元 … 1-4月份…实物商品网上零售额14617亿元，占社会消费品零售总额的比重为12.9%:
                // the whole of that share is the running total, not the month's figure stated earlier.
                guard samePeriod(part, whole) else { out.cannotEvaluate(); continue }
                guard let ratio = ratioRange(part: part.range, whole: whole.range) else { out.cannotEvaluate(); continue }
                let stated = shareLow...shareHigh
                if fits(ratio, stated) { out.pass(); continue }
                // A share of a second split (其中:男性 | 510 | 51.00 after 其中:城镇 / 乡村 rows): its part was linked to the
                // part before its 其中, the share is of the total above that one.
                if (part.outerTotal ?? part.metric.partOf ?? part.impliedTotal) == whole.index,
                   SecondSplit.ancestors(of: whole, { byIndex[$0] }).contains(where: { a in
                       guard comparable(part, a), samePeriod(part, a), let r = ratioRange(part: part.range, whole: a.range)
                       else { return false }
                       return fits(r, stated)
                   }) {
                    out.pass()
                    continue
                }
                // 立案349件，转为意见和建议51件。其中，经济建设类136件，占39%: the 其中 may divide the sentence's first figure
                // of the unit, not the nearest (PartTotalRule.sentenceLead); a share that fits it agrees.
                if (part.outerTotal ?? part.metric.partOf ?? part.impliedTotal) == whole.index,
                   let lead = PartTotalRule.sentenceLead(part, whole, order: order, all), comparable(part, lead),
                   let r = ratioRange(part: part.range, whole: lead.range), fits(r, stated) {
                    out.pass()
                    continue
                }
                // A bare share of a 其中 part may be of the whole its total's own share is of (fitsOuterWhole).
                if wholeName(share.metric.subject, after: part.metric.subject).isEmpty,
                   fitsOuterWhole(share: stated, part: part, total: whole, order: order, all: all, rules: c.rules) {
                    out.pass()
                    continue
                }
                let computed = ((part.baseValue / whole.baseValue) * 100).rounded(places: 2)
                let message = "share \(SameFigureRule.label(share)) \(share.shown) is not \(part.shown) of "
                    + "\(SameFigureRule.label(whole)) \(whole.shown) at line \(whole.location.line) (\(computed.plainString)%)"
                out.fail(Finding(ruleID: "share-agrees", severity: nearMiss(ratio, stated) ? min(severity, .warning) : severity,
                                 message: c.message("share-agrees", message, share, other: whole),
                                 locations: [share.location, part.location, whole.location]))
            }
        }
        return out
    }

    /// The range a share's printed digits allow: a share printed whole (占7%) is rounded too — its range is the point 7
    /// until widened by half its last printed digit. Nil when the share is unbounded below.
    /// A share bounded below only (占全部项目的比重超60%, 逾四成) says the part is at least so much of its whole: its
    /// range runs up to `unboundedAbove`, so only a part too small for the bound disagrees (202 of 324 is 62.3%: 超70%
    /// is wrong, 超60% right).
    static func printedRange(of share: Statement) -> (Decimal, Decimal)? {
        guard var low = share.range.lower else { return nil }
        guard var high = share.range.upper else {
            return (low - ValueRange.printedHalf(of: share.metric), unboundedAbove)
        }
        if low == high {
            let half = ValueRange.printedHalf(of: share.metric)
            low -= half
            high += half
        }
        return (low, high)
    }

    /// 60岁及以上人口为78366人，占13.53%，其中65岁及以上人口为53403人，占9.22%: a bare share of a 其中 part whose total
    /// states a bare share of its own may be of the same whole as the total's (the population: 53403 is 9.22% of it),
    /// the reading of every share in such a passage. True when the share fits the part over that whole — the total
    /// over its own share.
    static func fitsOuterWhole(share: ClosedRange<Decimal>, part: Statement, total: Statement, order: [Int], all: [Statement],
                               rules: RuleSet) -> Bool {
        guard let t = order.firstIndex(where: { all[$0].index == total.index }), t + 1 < order.count else { return false }
        let own = all[order[t + 1]]
        guard own.sentence == total.sentence, own.metric.kind == .percent, own.metric.direction == nil, !own.isTarget,
              own.metric.subject.hasPrefix(total.metric.subject), ShareRule.isShare(own, rules),
              let (ownLow, ownHigh) = printedRange(of: own),
              let ratio = ratioRange(part: part.range, whole: total.range) else { return false }
        return fits(ValueRange(lower: ratio.lower! * ownLow / 100, upper: ratio.upper! * ownHigh / 100), share)
    }

    /// A share this close to its part over its whole (in percentage points, past `slack`) is a warning, not an error:
    /// 75.11亿元 of 232.88亿元 is 32.25%, printed 32.1% — a newspaper's share taken from another release or base, not a
    /// figure written wrong (a digit changed moves a share by a point or more).
    static let nearMissPoints: Decimal = Decimal(string: "0.5")!

    static func nearMiss(_ ratio: ValueRange, _ share: ClosedRange<Decimal>) -> Bool {
        guard let low = ratio.lower, let high = ratio.upper else { return false }
        let gap = max(share.lowerBound - slack - high, low - (share.upperBound + slack))
        return gap <= nearMissPoints
    }

    /// The ratio range meets the stated share's, widened by `slack`.
    static func fits(_ ratio: ValueRange, _ share: ClosedRange<Decimal>) -> Bool {
        !(ratio.upper! < share.lowerBound - slack || ratio.lower! > share.upperBound + slack)
    }

    /// The amount the share at `k` follows in its sentence: the nearest earlier statement of the sentence that is
    /// an amount (count, money, measure) and whose subject begins the share's (税收收入 → 税收收入占比), passing
    /// over the rates stated between them (税收收入298.7亿元，增长2%，占比72.4%).
    /// An amount inside brackets that close before the share is an aside, not its part (工业用水115亿立方米（含直流火核电
    /// 冷却水48.4亿立方米），占用水总量的14.8%: the share is 工业用水's); `text` (the document's bytes) shows it, and the
    /// share is then left alone.
    /// 战略新兴产业项目20个，投资总额97.3亿元，分别占在建项目总数的25%和23.4%: a share the extractor named after an amount
    /// of a 分别 list (战略新兴产业项目占在建项目总数) is that amount's, past the list's other amounts — each of another unit
    /// family than it (the same things' count and money), at most `listedPast` of them.
    static func part(before k: Int, of share: Statement, order: [Int], all: [Statement], text: [UInt8]? = nil) -> Int? {
        guard let sentence = share.sentence else { return nil }
        var j = k - 1
        // The amounts passed over: another measure of the list's item, named otherwise.
        var passed: [Statement] = []
        while j >= 0 {
            let s = all[order[j]]
            guard s.sentence == sentence else { return nil }
            if isAmount(s) {
                let subject = s.metric.subject
                guard !subject.isEmpty, !share.isAmbiguous else { return nil }
                // (A passed amount may be stated with other values in the sentence — each item's 投资总额.)
                guard share.metric.subject.hasPrefix(subject) else {
                    guard passed.count < listedPast else { return nil }
                    passed.append(s)
                    j -= 1
                    continue
                }
                guard !s.isAmbiguous else { return nil }
                if passed.contains(where: { $0.unitFamily == nil || $0.unitFamily == s.unitFamily }) { return nil }
                if let text, closesBracket(text, from: s.metric.sourceRange.upperBound, to: share.metric.sourceRange.lowerBound) {
                    return nil
                }
                // 经费从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%: two amounts of the
                // subject in one sentence — which share goes with which is the reader's guess, not a check.
                var i = j - 1
                while i >= 0, all[order[i]].sentence == sentence {
                    if isAmount(all[order[i]]), all[order[i]].metric.subject == subject { return nil }
                    i -= 1
                }
                return j
            }
            if s.metric.kind != .percent { return nil }
            j -= 1
        }
        return nil
    }

    /// `bytes[from..<to]` closes a bracket it did not open — ) or ）(EF BC 89) before any matching ( or （ (EF BC 88).
    static func closesBracket(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        guard from >= 0, from < to, to <= bytes.count else { return false }
        var depth = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b == 0x28 { depth += 1 } else if b == 0x29 {
                if depth == 0 { return true }
                depth -= 1
            } else if b == 0xEF, i + 2 < to, bytes[i + 1] == 0xBC {
                if bytes[i + 2] == 0x88 { depth += 1 } else if bytes[i + 2] == 0x89 {
                    if depth == 0 { return true }
                    depth -= 1
                }
            }
            i += 1
        }
        return false
    }

    /// The whole the share names after 占 (占常住人口比重 → 常住人口), looked up among the amounts before the part; for a
    /// bare 占比 (or a name no statement carries), the total the part is linked to as a 其中 part.
    static func whole(of share: Statement, part: Statement, partAt p: Int, order: [Int], all: [Statement],
                      byIndex: LazyStatements, rules: RuleSet? = nil) -> Statement? {
        let fillers = rules?.shareFillers ?? []
        // A per-head figure is no whole of a total's part (人均地区生产总值 for 民营经济增加值占地区生产总值的比重).
        let perUnit = { (s: Statement) in rules?.perUnitWords.contains { LiteralSearch.contains(s.metric.subject, $0) } ?? false }
        let partPerUnit = perUnit(part)
        let linked = (part.outerTotal ?? part.metric.partOf ?? part.impliedTotal).flatMap { byIndex[$0] }
            .flatMap { comparable(part, $0) ? $0 : nil }
        let name = wholeName(share.metric.subject, after: part.metric.subject)
        guard !name.isEmpty else {
            if let linked { return linked }
            // 占全部城市数的29.3%, 占全部项目的比重: "all the X" names the X the document counts.
            guard let noun = allName(share.metric.subject, after: part.metric.subject) else { return nil }
            return named(noun, part: part, partAt: p, order: order, all: all, perUnit: perUnit)
        }
        if let linked, linked.metric.subject.hasSuffix(name) { return linked }
        // The nearest earlier amount named so, within the stretch of text a reader would look back over.
        // (税收收入15348万元，占收入的89.99%；非税收入1708万元，占收入的10.01%: an amount with its own share of that whole
        // is another part of it — 税收收入 ends with 收入 and is no whole of 非税收入.)
        var j = p - 1
        while j >= 0, p - j <= 60 {
            let s = all[order[j]]
            if comparable(part, s), s.metric.subject.hasSuffix(name) || s.subject == name, perUnit(s) == partPerUnit,
               !hasOwnShare(order[(j + 1)..<p].lazy.map { all[$0] }, of: s, whole: name) { return s }
            // 市本级政府性基金预算收入年初预算为506019万元，完成142061万元，…实际完成278583万元，为预算的55.1%: the whole the
            // share names is the part's own sentence's plan (a budget, no outcome to divide by here) — no amount of that
            // name further back is its whole.
            if s.isTarget, s.sentence != nil, s.sentence == part.sentence, s.metric.direction == nil,
               s.metric.kind == part.metric.kind, s.unitFamily == part.unitFamily,
               s.metric.subject.hasSuffix(name) || s.subject == name { return nil }
            // 2021年末全省常住人口为3480.48万人 read as a plan (a 现将 before it ran into its sentence) … 0—14岁人口为554.08万人，占
            // 常住人口的15.92%: the nearest figure named exactly so, large enough to hold the part, is the whole the reader
            // means — read as a plan it is no outcome to divide by, and a smaller one further back (调查登记常住人口78.43万人,
            // the survey's sample) is another population.
            if s.isTarget, s.metric.direction == nil, s.metric.kind == part.metric.kind, s.unitFamily == part.unitFamily,
               s.metric.subject == name || s.subject == name,
               let whole = s.range.lower, let partHigh = part.range.upper, whole >= partHigh { return nil }
            j -= 1
        }
        if let total = total(named: name, part: part, partAt: p, order: order, all: all, perUnit: perUnit) {
            // 常住人口21.35万人，其中城镇人口11.31万人…；乡村人口10.04万人，占总人口的比重为47.01%: the nearest 人口 is itself a
            // 其中 part (城镇人口) of one that names the measure too — the 总 is that one, the whole both parts are of.
            if let up = (total.outerTotal ?? total.metric.partOf ?? total.impliedTotal).flatMap({ byIndex[$0] }),
               up.index != part.index, comparable(part, up), perUnit(up) == partPerUnit,
               let measure = name.count > 2 ? String(name.dropFirst()) : nil, up.metric.subject.hasSuffix(measure),
               let upLow = up.range.lower, let partLow = part.range.lower, upLow > partLow {
                return up
            }
            return total
        }
        // 占签约项目总量的比重: the X of X总量 (总数, 总额) is the amount the document states.
        if let stem = stem(ofTotal: name), let whole = named(stem, part: part, partAt: p, order: order, all: all, perUnit: perUnit) {
            return whole
        }
        // 占第三产业完成投资的比重: the name without its verbs (shares.fillers) names 第三产业投资.
        let bare = withoutFillers(name, fillers)
        guard bare != name, bare.count >= 2 else { return nil }
        j = p - 1
        while j >= 0, p - j <= 60 {
            let s = all[order[j]]
            if comparable(part, s), withoutFillers(s.metric.subject, fillers).hasSuffix(bare), perUnit(s) == partPerUnit { return s }
            j -= 1
        }
        return nil
    }

    /// The nearest earlier amount whose subject ends with `noun`, of the part's kind and unit, above the part (a share
    /// of all the X holds its part), within the stretch a reader looks back over; nil when none, or when that one has a
    /// share of its own (another part).
    static func named(_ noun: String, part: Statement, partAt p: Int, order: [Int], all: [Statement],
                      perUnit: (Statement) -> Bool) -> Statement? {
        guard noun.count >= 2, let partHigh = part.range.upper else { return nil }
        let partPerUnit = perUnit(part)
        var j = p - 1
        while j >= 0, p - j <= 60 {
            let s = all[order[j]]
            // (One no larger than the part is another part, 签约项目个数202个 before 东部地区签约项目216个: passed over.)
            if comparable(part, s), s.metric.subject.hasSuffix(noun) || s.subject.hasSuffix(noun), perUnit(s) == partPerUnit,
               let low = s.range.lower, low > partHigh {
                return hasOwnShare(order[(j + 1)..<p].lazy.map { all[$0] }, of: s, whole: noun) ? nil : s
            }
            j -= 1
        }
        return nil
    }

    /// The X of a share of 全部X (占全部城市数的29.3% → 城市, 占全部项目的比重 → 项目): nil for any other whole, or an X of
    /// less than two letters.
    static func allName(_ shareSubject: String, after partSubject: String) -> String? {
        var rest = Substring(shareSubject.dropFirst(partSubject.count))
        if let open = rest.firstIndex(where: { $0 == "(" || $0 == "（" }) { rest = rest[..<open] }
        guard rest.hasPrefix("占全部") else { return nil }
        rest = rest.dropFirst(3)
        for tail in ["的比重", "比重", "的比例", "比例", "的份额", "份额"] where rest.hasSuffix(tail) {
            rest = rest.dropLast(tail.count)
            break
        }
        if rest.hasSuffix("的") { rest = rest.dropLast() }
        let noun = stem(ofTotal: String(rest)) ?? (rest.hasSuffix("数") ? String(rest.dropLast()) : String(rest))
        return noun.count >= 2 ? noun : nil
    }

    /// 签约项目总量 → 签约项目 (总数, 总额 alike); nil for a name without such an end, or a stem of less than two letters.
    static func stem(ofTotal name: String) -> String? {
        for tail in ["总量", "总数", "总额"] where name.hasSuffix(tail) {
            let stem = String(name.dropLast(tail.count))
            return stem.count >= 2 ? stem : nil
        }
        return nil
    }

    /// `amount` is followed in its sentence by a share of its own of the whole named `whole` (税收收入15348万元，占收入的
    /// 89.99%): it is a part of that whole. `after`: the statements after it, in text order.
    static func hasOwnShare<S: Sequence>(_ after: S, of amount: Statement, whole: String) -> Bool where S.Element == Statement {
        for q in after {
            guard q.sentence == amount.sentence else { return false }
            if q.metric.kind == .percent, q.metric.direction == nil, q.metric.subject.hasPrefix(amount.metric.subject),
               wholeName(q.metric.subject, after: amount.metric.subject) == whole { return true }
        }
        return false
    }

    /// The whole of a share of "the total" (占总数的比例, 占总面积的37.06%): the nearest earlier amount of the part's
    /// paragraph, above the part, that the part is a kind of (学前教育专业毕业的专任教师968人 of 专任教师1218人) or that
    /// names the total's measure (运动场地面积 of 幼儿园占地面积37.33万平方米). nil for another name, or none found.
    static func total(named name: String, part: Statement, partAt p: Int, order: [Int], all: [Statement],
                      perUnit: (Statement) -> Bool) -> Statement? {
        guard name.hasPrefix("总"), name.count <= 4, let paragraph = part.paragraph, let partLow = part.range.lower else { return nil }
        // 总数, 总量, 总额 name no measure of their own: only a whole the part is a kind of.
        let measure = String(name.dropFirst())
        let named = measure.count >= 2 ? measure : nil
        let partPerUnit = perUnit(part)
        var j = p - 1
        while j >= 0, p - j <= 60 {
            let s = all[order[j]]
            guard s.paragraph == paragraph else { return nil }
            if comparable(part, s), perUnit(s) == partPerUnit, let low = s.range.lower, low > partLow {
                let subject = s.metric.subject
                if !subject.isEmpty, subject.count < part.metric.subject.count, part.metric.subject.hasSuffix(subject) { return s }
                if let named, subject.hasSuffix(named) { return s }
            }
            j -= 1
        }
        return nil
    }

    /// The share's words after its part's name, the whole's name written |: 占|的比重.
    static func ownWords(of share: Statement, after part: Statement) -> String {
        let rest = String(share.metric.subject.dropFirst(part.metric.subject.count))
        let name = wholeName(share.metric.subject, after: part.metric.subject)
        return name.isEmpty ? rest : rest.replacingOccurrences(of: name, with: "|")
    }

    static func withoutFillers(_ text: String, _ fillers: [String]) -> String {
        var out = text
        for w in fillers where LiteralSearch.contains(out, w) { out = out.replacingOccurrences(of: w, with: "") }
        return out
    }

    /// 城镇常住人口占常住人口比重(常住人口城镇化率) after 城镇常住人口 → 常住人口; 税收收入占比 → "" (no name).
    static func wholeName(_ shareSubject: String, after partSubject: String) -> String {
        var rest = Substring(shareSubject.dropFirst(partSubject.count))
        if let open = rest.firstIndex(where: { $0 == "(" || $0 == "（" }) { rest = rest[..<open] }
        guard rest.first == "占" else { return "" }
        rest = rest.dropFirst()
        for tail in ["的比重", "比重", "的比例", "比例", "的份额", "份额"] where rest.hasSuffix(tail) {
            rest = rest.dropLast(tail.count)
            break
        }
        // 占一般公共预算支出的77.3%: the subject ends at 的, the share's noun left unsaid.
        if rest.hasSuffix("的") { rest = rest.dropLast() }
        // 占全市, 占全部: a place or "all", not a figure's name.
        if rest == "比" || rest.hasPrefix("全") { return "" }
        return String(rest)
    }

    /// A part and a whole of one period: both running totals or neither, and the periods their scopes name (if both
    /// name one) the same.
    /// A running total marked by 累计 alone (全市实际到位外省资金…累计实现702.76亿元), no period in its scope, is the
    /// document's total for its period, as is a part whose scope names no period (东部地区…实际到位外省资金为447.96亿元，占全部到位
    /// 外省资金的比重达63.7%): one period. A period either scope names (4月份 beside 1-4月份) still sets them apart.
    static func samePeriod(_ part: Statement, _ whole: Statement) -> Bool {
        if let a = part.scopePeriod, let b = whole.scopePeriod, a != b { return false }
        guard part.isCumulative == whole.isCumulative else {
            return part.scopePeriod == nil && whole.scopePeriod == nil
        }
        return true
    }

    static func isAmount(_ s: Statement) -> Bool {
        (s.metric.kind == .count || s.metric.kind == .money || s.metric.kind == .measure)
            && s.metric.direction == nil && !s.isTarget
    }

    /// A whole for `part`: an amount of the same kind and unit family, stated as an outcome.
    static func comparable(_ part: Statement, _ whole: Statement) -> Bool {
        isAmount(whole) && whole.index != part.index && whole.metric.kind == part.metric.kind
            && whole.unitFamily != nil && whole.unitFamily == part.unitFamily
    }

    /// part / whole × 100 over the ranges both allow; nil unless both are bounded and positive.
    static func ratioRange(part: ValueRange, whole: ValueRange) -> ValueRange? {
        guard let pl = part.lower, let ph = part.upper, let wl = whole.lower, let wh = whole.upper,
              pl >= 0, wl > 0 else { return nil }
        return ValueRange(lower: pl / wh * 100, upper: ph / wl * 100)
    }
}
