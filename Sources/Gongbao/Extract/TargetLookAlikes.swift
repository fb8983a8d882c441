/// Target words of a sentence (qualifiers.yaml target `sentence`, read anywhere before a figure) that say no plan
/// where they stand, beyond the look-alike words of `not_in`:
///
/// - 将 as the disposal marker 把 (9个省有关部门将17户不符合条件的企业认定为高新技术企业; 将…资金收支在往来款科目核算):
///   an object of two letters or more that holds 的, a digit or a quotation, then a verb of disposal of
///   qualifiers.yaml `disposal_verbs` in the same clause. 将纳入, 将逐步纳入 (no such object) stay "will".
/// - a target word after a verb of reaching in its own clause (累计推动约180家企业实现了倍增目标, 完成了年度计划):
///   the goal is reached — an outcome, which does not make the later figures of the sentence targets
///   (qualifiers.yaml `goals_reached`; 确保实现年度目标 has no 了 and stays a plan).
/// - a plan word that names a statistic (计划总投资, qualifiers.yaml `statistic_plans`) before a category bound or in a
///   sentence stating a change against a base: see `namesStatistic`.
/// - 争取 reporting funds obtained (争取“两重”超长期特别国债资金10.7亿元，支持…18个项目建设; 累计争取省级产业研发联合基金
///   1.03亿元): see `obtainsFunds`. 力争争取… and a plan section stay plans (their own words say so).
/// - a budget marked former (仍按照原采购预算1648万元签订合同: qualifiers.yaml `former_plans` within the noun before 预算 or
///   安排, not inside a longer word of `not_in` — 原材料, 原因): the plan that was, an audit finding's fact.
/// - 计划 closing a programme's name (“两区”科技发展计划项目13项, 科技伙伴计划2项, 人才计划资金): see `namesProgramme`.
enum TargetLookAlikes {
    /// True when the target word at `p` (of `length` scalars) is one of the above.
    static func saysNoPlan(at p: Int, length: Int, text: DocText, book: PatternBook) -> Bool {
        let t = text.t
        if length == 1, t[p] == 0x5C06, disposes(at: p, text: text, verbs: book.disposalVerbs) { return true }
        if length == 2, t[p] == 0x4E89, t[p + 1] == 0x53D6, obtainsFunds(at: p, text: text, words: book.wonFunds) { return true }
        if length == 2, t[p] == 0x8BA1, t[p + 1] == 0x5212, namesProgramme(at: p, text: text, book: book) { return true }
        if let m = book.statisticPlans.longestMatch(t, at: p), m.length > length,
           namesStatistic(from: p + m.length, text: text, changes: book.statisticChanges) { return true }
        return reached(before: p, text: text, words: book.goalsReached)
    }

    /// 计划 at `p` as the last word of a programme's name, not the verb "plan": a noun stands right before it (a CJK
    /// letter that ends no word stripped from a subject's start — no scope, time, adverb or other target word:
    /// 今年计划, 全市计划, 并计划 stay plans), and right after it either a word of qualifiers.yaml `programme_heads` (科技
    /// 发展计划项目13项, 人才计划资金) or the figure itself, a count not a date (科技伙伴计划2项; 并计划2026年… is a verb). A
    /// plan verb has its own verb or object after it (计划投资120亿元, 计划新建学校5所).
    static func namesProgramme(at p: Int, text: DocText, book: PatternBook) -> Bool {
        let t = text.t
        let e = p + 2
        guard p >= 1, e < t.count, text.isCJK(p - 1), !text.isDigit(p - 1) else { return false }
        if let m = book.stripLeading.matchEnding(t, at: p), m.value < book.stripLeadingCount { return false }
        if book.programmeHeads.longestMatch(t, at: e) != nil { return true }
        guard text.isDigit(e) else { return false }
        var k = e
        while k < t.count, text.isDigit(k) || t[k] == 0x2E { k += 1 }
        return k < t.count && t[k] != 0x5E74 && t[k] != 0x6708 && t[k] != 0x65E5            // 年 月 日: a date
    }

    /// After a plan word that names a statistic (计划总投资: the planned investment of the projects counted), at
    /// `q`: an amount that bounds a category (计划总投资亿元以上项目682个, 统计起点为计划总投资500万元及以上的项目), or a change
    /// against a base later in the sentence (新开工项目计划总投资107911亿元，同比下降5.9%: words of `statistic_changes`) —
    /// the statistic as reported, no plan.
    static func namesStatistic(from q: Int, text: DocText, changes: ScalarTrie) -> Bool {
        let t = text.t
        var k = q
        // The amount: digits, a point, scale letters and 元 (亿元, 500万元).
        while k < t.count, k - q < 16, text.isDigit(k) || t[k] == 0x2E || t[k] == 0x4E07 || t[k] == 0x4EBF
            || t[k] == 0x5343 || t[k] == 0x767E || t[k] == 0x5143 { k += 1 }
        if k > q, k + 1 < t.count, (t[k] == 0x4EE5 && (t[k + 1] == 0x4E0A || t[k + 1] == 0x4E0B))
            || (t[k] == 0x53CA && k + 2 < t.count && t[k + 1] == 0x4EE5 && t[k + 2] == 0x4E0A) { return true }   // 以上 以下 及以上
        let e = PlanSections.sentenceEnd(after: q, text: text)
        var p = q
        while p < e {
            if changes.longestMatch(t, at: p) != nil { return true }
            p += 1
        }
        return false
    }

    /// A word of `former_plans` (原) in the noun that ends at `end` with 预算/安排 (within 6 letters, no 的 or clause
    /// mark between), not covered by a look-alike of `not_in`.
    static func former(before end: Int, text: DocText, book: PatternBook) -> Bool {
        let t = text.t
        var q = end - 1
        while q >= 0, end - q <= 6 {
            let s = t[q]
            if s == 0x7684 || s == 0xFF0C || s == 0x2C || s == 0x3002 || s == 0xFF1B || s == 0x0A || s == 0xFF1A
                || s == 0x3A { return false }
            if let m = book.formerPlans.longestMatch(t, at: q), q + m.length <= end,
               !book.notQualifiers.covers(t, q, length: m.length) { return true }
            q -= 1
        }
        return false
    }

    /// 比 or 较 opening the noun that ends at `end` with 预算/安排 (within 6 letters, no clause mark between), or 为 or 占
    /// opening it when 的 follows the figure (ending at `figureEnd`): the budget is the base of a comparison or a share
    /// (调整后的支出预算为75.91亿元，比年初预算增加2.67亿元; 收入108亿元，为年初预算106.7亿元的101.2%), and the figure
    /// is the measure an outcome is read against — no plan of its own.
    static func comparisonBase(before end: Int, figureEnd: Int, text: DocText) -> Bool {
        let t = text.t
        let shareOf = figureEnd < t.count && t[figureEnd] == 0x7684            // 的
        var q = end - 1
        while q >= 0, end - q <= 6 {
            let s = t[q]
            if s == 0xFF0C || s == 0x2C || s == 0x3002 || s == 0xFF1B || s == 0x3B || s == 0x0A || s == 0xFF1A
                || s == 0x3A { return false }
            if s == 0x6BD4 || s == 0x8F83 { return true }                         // 比 较
            if shareOf, s == 0x4E3A || s == 0x5360 { return true }               // 为 占
            q -= 1
        }
        return false
    }

    /// 将 at `p` followed by an object and a disposal verb in its clause (within 60 letters).
    static func disposes(at p: Int, text: DocText, verbs: ScalarTrie) -> Bool {
        let t = text.t
        var marked = false
        var q = p + 1
        while q < t.count, q - p < 60 {
            let s = t[q]
            if s == 0xFF0C || s == 0x2C || s == 0x3002 || s == 0xFF1B || s == 0x3B || s == 0x0A || s == 0xFF01
                || s == 0xFF1F || s == 0x3A || s == 0xFF1A { return false }
            if q - p > 2, marked, verbs.longestMatch(t, at: q) != nil { return true }
            if s == 0x7684 || s == 0x201C || (s >= 0x30 && s <= 0x39) { marked = true }   // 的 “ digit
            q += 1
        }
        return false
    }

    /// A word of `words` (实现了, 完成了) wholly before `p` in its comma clause.
    static func reached(before p: Int, text: DocText, words: ScalarTrie) -> Bool {
        let t = text.t
        var q = ListDistribution.commaClauseStart(before: p, text: text)
        while q < p {
            if let m = words.longestMatch(t, at: q), q + m.length <= p { return true }
            q += 1
        }
        return false
    }

    /// 争取 at `p` whose object, up to a money figure in its clause (within 40 letters), opens with a quotation or holds
    /// a word of qualifiers.yaml `won_funds` (资金, 债券, 上级, 中央 …): funds obtained — an outcome an execution report
    /// states, no goal. Why a rule: the look-alikes 争取资金, 争取中央 … of `not_in` missed 争取“两重”…资金 and 争取省级…基金.
    static func obtainsFunds(at p: Int, text: DocText, words: ScalarTrie) -> Bool {
        let t = text.t
        let o = p + 2
        var q = o
        var funds = q < t.count && (t[q] == 0x201C || t[q] == 0x300C)                       // “ 「
        while q < t.count, q - o < 40, !text.isDigit(q) {
            let s = t[q]
            if s == 0xFF0C || s == 0x2C || s == 0x3002 || s == 0xFF1B || s == 0x3B || s == 0x0A || s == 0xFF1A
                || s == 0x3A || s == 0x3001 { return false }
            if !funds, words.longestMatch(t, at: q) != nil { funds = true }
            q += 1
        }
        guard funds, q > o, text.isDigit(q) else { return false }
        // The figure is money: digits, a point or separators, a scale letter or two, then 元.
        var k = q
        while k < t.count, k - q < 20, text.isDigit(k) || t[k] == 0x2E || t[k] == 0x2C { k += 1 }
        while k < t.count, t[k] == 0x4E07 || t[k] == 0x4EBF || t[k] == 0x5343 || t[k] == 0x767E || t[k] == 0x591A
            || t[k] == 0x4F59 { k += 1 }
        return k < t.count && t[k] == 0x5143
    }
}
