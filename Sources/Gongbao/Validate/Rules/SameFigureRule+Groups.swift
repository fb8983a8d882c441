import Foundation

/// Two counts naming one group: 11个部门和60家所属单位 (the departments and the units under them), 11个部门的12家协会.
/// An audit report counts each finding's group so — 此次又发现，11个部门和60家所属单位通过违规开展活动收费 and, a sentence
/// later, 从审批程序看，9个部门和52家所属单位的100个活动未经审批 — and two such groups whose other count differs (60家 /
/// 52家) are two sets of departments, not one count restated: 11个 against 9个 is no disagreement. A count changed in a
/// restated group keeps its other count (11个部门和60家 → 12个部门和60家), so that one is still judged.
extension SameFigureRule {
    /// A count, its classifier, at most six letters, a joining word, and a second count (the fault planter's reading).
    static let groupCount = try! NSRegularExpression(
        pattern: "([0-9]+)[个家所名项户座][^，。；,;<>0-9]{0,6}?(?:的|和|及|与)([0-9]+)[个家所名项户座]")

    /// Both figures stand in a clause that names a group by two counts, each as one of them, and their other counts
    /// differ: two groups.
    static func twoGroups(_ a: Statement, _ b: Statement, _ c: RuleContext) -> Bool {
        guard a.metric.kind == .count, b.metric.kind == .count, let ta = c.text(of: a), let tb = c.text(of: b),
              let pa = groupPartner(a, ta), let pb = groupPartner(b, tb) else { return false }
        return pa != pb
    }

    /// The other count of the group the figure's clause names by two counts (11个部门和60家所属单位: 60 for 11个, 11 for
    /// 60家); nil when the clause names none, or the figure is not one of its counts, or both counts are its number.
    static func groupPartner(_ s: Statement, _ bytes: [UInt8]) -> String? {
        guard let (head, figure, tail) = clause(of: s, bytes) else { return nil }
        let clause = head + figure + tail
        guard let number = figure.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).first.map(String.init)
        else { return nil }
        let ns = clause as NSString
        var partner: String? = nil
        for m in groupCount.matches(in: clause, range: NSRange(location: 0, length: ns.length)) {
            let x = ns.substring(with: m.range(at: 1)), y = ns.substring(with: m.range(at: 2))
            if x == y { return nil }
            let other = x == number ? y : y == number ? x : nil
            guard let other else { continue }
            if partner != nil, partner != other { return nil }
            partner = other
        }
        return partner
    }

    /// The clause a figure stands in (between ，。；and their kin, within 40 letters or so either side) and the figure,
    /// both without the blanks and line breaks a column or a page put in them. nil when its bytes are not at hand.
    static func clause(of s: Statement, _ bytes: [UInt8]) -> (head: String, figure: String, tail: String)? {
        let lo = s.metric.sourceRange.lowerBound, hi = s.metric.sourceRange.upperBound
        guard lo >= 0, hi <= bytes.count, lo < hi else { return nil }
        var start = max(0, lo - 120), end = min(bytes.count, hi + 120)
        while start > 0, start < lo, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < bytes.count, end > hi, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let before = String(decoding: bytes[start..<lo], as: UTF8.self)
        let after = String(decoding: bytes[hi..<end], as: UTF8.self)
        let head = before.lastIndex(where: { clauseEnds.contains($0) }).map { String(before[before.index(after: $0)...]) } ?? before
        let tail = after.firstIndex(where: { clauseEnds.contains($0) }).map { String(after[..<$0]) } ?? after
        let figure = squashed(String(decoding: bytes[lo..<hi], as: UTF8.self))
        return (squashed(head), figure, squashed(tail))
    }

    static let clauseEnds: Set<Character> = ["。", "；", "，", ",", ";", "<", ">", "！", "？"]

    static func squashed(_ t: String) -> String {
        String(t.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{3000}") })
    }

    /// The clause with every digit written # (全市 20 个区县排名第 4(全省排名并列第 87) → 全市#个区县排名第#(全省排名并列第#)):
    /// nil when it is shorter than eight letters, when a digit stands before the figure (1月新开工项目5个, 2月新开工项目7个:
    /// the number before names which figure it is), or when its bytes are not at hand.
    static func maskedClause(_ s: Statement, _ c: RuleContext) -> String? {
        guard let bytes = c.text(of: s), let (head, figure, tail) = clause(of: s, bytes),
              !head.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let clause = head + figure + tail
        var out = ""
        var lastWasDigit = false
        for ch in clause {
            let digit = ch.isASCII && (ch.isNumber || ch == ".")
            if digit { if !lastWasDigit { out.append("#") } } else { out.append(ch) }
            lastWasDigit = digit
        }
        return out.count >= 8 ? out : nil
    }

    /// Two statements of one paragraph in clauses written word for word but for the numbers after the figure (f5's
    /// 全市 20 个区县排名第 4 … 全市 20 个区县排名第 6, eight times in two paragraphs of a hard-wrapped page, three or
    /// four to a sentence): the clause states one figure again, though one sentence (or one line, `Statement.sharesLine`)
    /// otherwise holds different figures. Judged only against a majority (`check`).
    static func clausePeers(_ a: Statement, _ b: Statement, _ c: RuleContext) -> Bool {
        guard a.document == b.document, let pa = a.paragraph, pa == b.paragraph,
              c.identity.same(a, b, acrossLines: true),
              let ma = maskedClause(a, c), let mb = maskedClause(b, c) else { return false }
        return ma == mb
    }
}
