import Foundation

/// An analyst's filter-and-bound rule from a rule file: every statement that passes the filter
/// (subject, unit, kind, scope) must lie within min…max (in the rule's unit when it names one).
///   - id: rate-below-50
///     subject: '~增长'
///     kind: percent
///     max: 50
enum BoundRuleCheck {
    static func check(_ c: RuleContext, _ severity: Severity, ruleID: String) -> RuleOutcome {
        var out = RuleOutcome(ruleID, severity)
        let catalogue = c.rules.catalogue
        // A figure outside two bounds of one id (105.5% past a year's 40 and any period's 60) is reported once.
        var reported = Set<SourceLocation>()
        for rule in c.rules.bounds where rule.id == ruleID {
            let (family, factor) = catalogue.family(of: rule.unit)
            let factorIsOne = factor == 1
            let subjectMatches = rule.subject?.matcher(catalogue)
            // A subject's answer, once per raw subject and normalized form (a regular expression is the dearest test,
            // and subjects recur: 地区生产总值 with each of its rates).
            var answers: [TextKey: Bool] = [:]
            for s in c.statements {
                // Kind and unit first, then the subject.
                if let kind = rule.kind, kind != s.metric.kind { continue }
                if rule.unit != nil, family != s.unitFamily { continue }
                if !rule.anyWords.isEmpty, !rule.anyWords.contains(where: {
                    LiteralSearch.contains(s.metric.subject, $0) || LiteralSearch.contains(s.subject, $0)
                }) { continue }
                if rule.noneWords.contains(where: {
                    LiteralSearch.contains(s.metric.subject, $0) || LiteralSearch.contains(s.subject, $0)
                }) { continue }
                if let subjectMatches {
                    let key = TextKey(s.metric.subject + "\u{1F}" + s.subject)
                    let yes: Bool
                    if let known = answers[key] { yes = known } else { yes = subjectMatches(s.metric.subject, s.subject); answers[key] = yes }
                    if !yes { continue }
                }
                if rule.wholeYear, !BoundRuleCheck.isWholeYear(s) { continue }
                if !rule.unless.isEmpty {
                    let sentence = ownSentence(s.masked), scope = s.metric.scope ?? ""
                    if rule.unless.contains(where: { LiteralSearch.contains(sentence, $0) || LiteralSearch.contains(scope, $0) }) { continue }
                }
                if let scope = rule.scope {
                    guard let text = s.metric.scope, scope.matches(subject: text, normalized: text, catalogue: catalogue) else { continue }
                }
                // (A Decimal division costs some 60 000 instructions: none for the factor 1 of 人, %, 元.)
                let lower = factorIsOne ? s.range.lower : s.range.lower.map { $0 / factor }
                let upper = factorIsOne ? s.range.upper : s.range.upper.map { $0 / factor }
                let below = rule.min.flatMap { m in upper.map { $0 < m } } ?? false
                let above = rule.max.flatMap { m in lower.map { $0 > m } } ?? false
                if below || above {
                    // A listed figure's subject may be only its item (公共汽电车、城市轨道交通分别完成客运量34.3亿人、26.5亿人:
                    // 公共汽电车): its clause up to it names what is counted. Read only for a figure past the bound.
                    if !rule.noneWords.isEmpty {
                        let clause = readable(clauseBefore(s.masked))
                        if rule.noneWords.contains(where: { LiteralSearch.contains(clause, $0) }) { continue }
                    }
                    guard reported.insert(s.location).inserted else { continue }
                    let text = rule.message.map { Template.fill($0, s, min: rule.min, max: rule.max) }
                        ?? "\(SameFigureRule.label(s)) \(s.shown) is \(below ? "below the minimum \(rule.min!.plainString)" : "above the maximum \(rule.max!.plainString)")\(rule.unit ?? "")"
                    out.fail(Finding(ruleID: ruleID, severity: severity, message: text, locations: [s.location]))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// A figure of one whole year: its scope names a year (2025年) or, in a document of one year, a year word
    /// (全年, 今年), and its sentence, read from the text, names no months (一季度, 1—11月). A figure with no period
    /// word of its own is not known to be a year's (这五年… in a work report's review: the span is said paragraphs
    /// above); nor is one read without its text.
    /// A sentence naming months in another clause still gives a whole year to a figure whose own clause opens with 全年
    /// (一、二季度经济平稳增长；针对三季度经济增速回落的情况，…，全年地区生产总值增长4.9%).
    static func isWholeYear(_ s: Statement) -> Bool {
        guard !s.masked.isEmpty, s.context.labels["months"] == nil || clauseNamesWholeYear(s.masked) else { return false }
        let whole = { (p: Period?) in p.map { $0.firstMonth == 1 && $0.lastMonth == 12 } ?? false }
        if let p = s.scopePeriod { return whole(p) }
        return MetricIdentity.namesRelativeYear(s.metric.scope) && whole(s.documentPeriod)
    }

    /// A clause as its words are listed: simplified (the sentence is read from the source as written, 客運量) and
    /// without the readings a mirror site writes after some characters (客运(yùn)量, 流动(dòng)量).
    static func readable(_ clause: String) -> String {
        let map = TraditionalScript.foldings(of: clause.unicodeScalars.map(\.value))
        let scalars = Array((map.isEmpty ? clause : TraditionalContext.folded(clause, map)).unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "(" || scalars[i] == "（" {
                var j = i + 1
                while j < scalars.count, j - i <= 8, isLatinLetter(scalars[j]) { j += 1 }
                if j > i + 1, j < scalars.count, scalars[j] == ")" || scalars[j] == "）" { i = j + 1; continue }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// A Latin letter, tone marks included (ā á ǎ à ü).
    static func isLatinLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0xC0...0x24F).contains(v)
    }

    /// The figure's clause up to it: from the last ，；：before its 〇 (its own sentence when it has no 〇).
    static func clauseBefore(_ masked: String) -> String {
        let sentence = ownSentence(masked)
        guard let mark = sentence.firstIndex(of: "〇") else { return sentence }
        var clause = sentence[..<mark]
        if let stop = clause.lastIndex(where: ChangeAgreesRule.isClauseBreak) { clause = clause[clause.index(after: stop)...] }
        return String(clause)
    }

    /// The clause of the figure (from the last ，；：before its 〇) names 全年 and no quarter or month of its own.
    static func clauseNamesWholeYear(_ masked: String) -> Bool {
        let sentence = ownSentence(masked)
        guard let mark = sentence.firstIndex(of: "〇") else { return false }
        var clause = sentence[..<mark]
        if let stop = clause.lastIndex(where: ChangeAgreesRule.isClauseBreak) { clause = clause[clause.index(after: stop)...] }
        return clause.contains("全年") && !clause.contains("季度") && !clause.contains("月")
    }

    /// The figure's own sentence out of its masked text (the sentence before | this one | the one after): a heading
    /// before it (一、2025年和"十四五"时期工作回顾) is not what its sentence says. The whole masked text when a | of the
    /// source makes the parts unclear (more words, fewer figures judged).
    static func ownSentence(_ masked: String) -> String {
        // Read by its bytes (| is one byte in UTF-8): a walk by Characters over the three sentences costs more than the rule.
        let bytes = masked.utf8
        guard let first = bytes.firstIndex(of: 0x7C), let last = bytes.lastIndex(of: 0x7C), first < last else { return masked }
        let middle = bytes[bytes.index(after: first)..<last]
        guard !middle.contains(0x7C) else { return masked }
        return String(Substring(middle))
    }
}
