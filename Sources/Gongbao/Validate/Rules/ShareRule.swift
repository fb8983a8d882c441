/// share-over-100: a percent that is a share of a whole (占比, 比重, 覆盖率 — shares.words in rules.yaml)
/// cannot pass 100%. Growth rates and completion rates (增长, 完成: shares.not) are never shares:
/// 完成年度预算的112% is common and sound.
///   高新技术产业增加值占规上工业比重 112.3% → error.
enum ShareRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("share-over-100", severity)
        for s in c.statements where isShare(s, c.rules) && !isFlowRatio(s.metric.subject) {
            if let lo = s.range.lower, lo > 100 {
                out.fail(Finding(ruleID: "share-over-100", severity: severity,
                                 message: c.message("share-over-100", "share \(SameFigureRule.label(s)) \(s.shown) is above 100%", s),
                                 locations: [s.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    /// A ratio of two amounts of different flows, written as a share: 贷款发放额占当年缴存额的比例 (loans paid out against
    /// deposits paid in), 提取额占缴存额. Both sides name an amount (…额) made by different verbs (放额 / 存额), the whole
    /// names no total (总, 全) and does not hold the part's own amount word (出口额 in 进出口额, 投资额 in 固定资产投资额):
    /// the first is no part of the second, and the ratio may pass 100%.
    ///
    /// Why: a housing fund's report gave 115% for such a ratio, and share-over-100 called it an error.
    static func isFlowRatio(_ subject: String) -> Bool {
        let t = Array(subject.unicodeScalars)
        guard let zhan = t.lastIndex(of: "占") else { return false }
        var part = t[..<zhan]
        var whole = t[(zhan + 1)...]
        if let de = whole.firstIndex(of: "的") { whole = whole[..<de] }
        // (The part may be a list: 提取额和贷款发放额 — its last item is read.)
        if let and = part.lastIndex(where: { $0 == "和" || $0 == "与" || $0 == "、" }) { part = part[(and + 1)...] }
        guard part.count >= 3, whole.count >= 3, part.last == "额", whole.last == "额",
              !whole.contains("总"), !whole.contains("全") else { return false }
        // (Two balances, 贷款余额 against 缴存余额, end alike and are left to the rule: a lending ratio far above 100%
        // is a slip.)
        guard !part.suffix(2).elementsEqual(whole.suffix(2)) else { return false }
        let amountWord = String(String.UnicodeScalarView(part.suffix(3)))
        return !String(String.UnicodeScalarView(whole)).contains(amountWord)
    }

    /// 占 followed by the masked figure (〇) in a statement's sentence.
    static let zhanMark = "占" + String(decoding: SentenceReader.zeroMark, as: UTF8.self)

    static func isShare(_ s: Statement, _ rules: RuleSet) -> Bool { isShare(s, rules, subject: s.metric.subject) }

    /// `isShare` reading `subject` for the statement's own: share-agrees passes the words after the part's name
    /// (民营经济增加值占地区生产总值的比重 after a subject that ran into a caption's 增长速度).
    static func isShare(_ s: Statement, _ rules: RuleSet, subject text: String) -> Bool {
        guard s.metric.kind == .percent, s.metric.unit == "%" || s.metric.unit == "％", s.metric.direction == nil else { return false }
        // LiteralSearch: Foundation's answer, as bytes. An account's name holds no exclusion word of its own:
        // 占一般公共预算支出的77.3% is a share, 为预算的95% is not (synonyms.yaml context names).
        var unnamed = text
        if LiteralSearch.contains(text, "预算") {
            for name in rules.catalogue.contextNames where !name.isEmpty && LiteralSearch.contains(unnamed, name) {
                unnamed = unnamed.replacingOccurrences(of: name, with: "|")
            }
        }
        guard !rules.shareExclusions.contains(where: { LiteralSearch.contains(unnamed, $0) }) else { return false }
        if rules.shareWords.contains(where: { LiteralSearch.contains(text, $0) }) { return true }
        // 全市户籍人口中，男性占51.2%，女性占48.8%: 占 right before the figure makes it a share, whatever its subject;
        // so does 占…的 (民生领域支出154.44亿元，占一般公共预算支出的77.3%: the subject ends at the 的).
        if LiteralSearch.contains(text, "占") && text.hasSuffix("的") { return true }
        guard !s.masked.isEmpty else { return false }
        if LiteralSearch.contains(s.masked, ShareRule.zhanMark) { return true }
        // 战略新兴产业项目20个，投资总额97.3亿元，分别占在建项目总数的25%和23.4%: the figure's own clause reads 占…的 right
        // before it, though its subject (战略新兴产业项目占在建项目总数) was cut before the 的.
        return LiteralSearch.contains(text, "占") && readsZhanDe(ShareListRule.clause(ShareListRule.before(s)))
    }

    /// A clause that holds 占 and ends with 的 (分别占在建项目总数的), read as UTF-8.
    static func readsZhanDe(_ clause: ArraySlice<UInt8>) -> Bool {
        let de: [UInt8] = [0xE7, 0x9A, 0x84], zhan: [UInt8] = [0xE5, 0x8D, 0xA0]
        guard clause.count >= 6, clause.suffix(3).elementsEqual(de) else { return false }
        return ByteText.contains(Array(clause), zhan)
    }
}
