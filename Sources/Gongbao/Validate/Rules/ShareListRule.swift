import Foundation

/// share-list-over-100: the shares a 分别 list gives out of one whole cannot pass 100% together.
///   三次产业对经济增长的贡献率分别为1.7%、27.7%和80.6%  → 110.0%
///   国家级人才、省级人才分别占全市的45%和61%          → 106%
/// A list is the percents of one sentence joined by 、 和 及 与 alone, the first after 分别 in its clause, the clause
/// holding a word of rules.yaml `shares.parts` (占, 比重, 份额, 贡献率) — not 覆盖率 or 达标率: two places' rates are no
/// parts of one whole. Figures are read at their printed precision (9.9% is 9.85…9.95); the finding stands on the
/// largest share (a slip most often makes one share too large).
enum ShareListRule {
    static let joiners = ["、", "和", "及", "与", ""]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("share-list-over-100", severity)
        let all = c.statements
        for order in c.positionsByDocument(where: { isPercent($0) }) {
            var k = 0
            while k < order.count {
                var list = [order[k]]
                while k + 1 < order.count, continues(all[list.last!], all[order[k + 1]]) {
                    list.append(order[k + 1])
                    k += 1
                }
                k += 1
                guard list.count > 1, opensShares(all[list[0]], c.rules.sharePartWords, each: c.rules.shareEachWords)
                else { continue }
                let sum = list.reduce(Decimal(0)) { $0 + (all[$1].range.lower ?? 0) }
                guard sum > 100 else { out.pass(); continue }
                if sharesOfSeveralWholes(list, all) { out.cannotEvaluate(); continue }
                let largest = list.max { (all[$0].range.lower ?? 0) < (all[$1].range.lower ?? 0) }!
                let s = all[largest]
                out.fail(Finding(
                    ruleID: "share-list-over-100", severity: severity,
                    message: c.message("share-list-over-100",
                                       "shares \(list.map { all[$0].shown }.joined(separator: " + ")) of \(SameFigureRule.label(all[list[0]])) add up to more than 100% (\(sum.plainString)% at least)",
                                       s, extra: ["{sum}": sum.plainString]),
                    locations: [s.location] + list.filter { $0 != largest }.map { all[$0].location }))
            }
        }
        return out
    }

    static func isPercent(_ s: Statement) -> Bool {
        s.metric.kind == .percent && (s.metric.unit == "%" || s.metric.unit == "％") && s.metric.direction == nil
            && !s.isTarget && s.sentence != nil && !s.masked.isEmpty
    }

    /// Where a masked text's middle sentence starts (its first `|`), where the statement's figure stands in it (the
    /// last 〇, E3 80 87, before the second `|`) and where it ends; nil without a marked figure.
    static func figureMark(in u: UnsafeBufferPointer<UInt8>) -> (bar: Int, mark: Int, end: Int)? {
        guard let bar = u.firstIndex(of: 0x7C) else { return nil }
        var end = u.count
        if let last = u.lastIndex(of: 0x7C), last > bar { end = last }
        var k = end - 3
        while k > bar, !(u[k] == 0xE3 && u[k + 1] == 0x80 && u[k + 2] == 0x87) { k -= 1 }
        return k > bar ? (bar, k, end) : nil
    }

    /// The bytes of a statement's own sentence before its figure (its masked text: previous | this | next, 〇 marking
    /// the figure), spaces out. Read as bytes: the rules ask it of every percent of a document.
    static func before(_ s: Statement) -> [UInt8] {
        var out: [UInt8] = []
        s.masked.utf8.withContiguousStorageIfAvailable { u in
            guard let (bar, k, _) = figureMark(in: u) else { return }
            out.reserveCapacity(k - bar)
            var i = bar + 1
            while i < k {
                let c = u[i]
                if c == 0x20 { i += 1; continue }
                if c == 0xE3, i + 2 < k, u[i + 1] == 0x80, u[i + 2] == 0x80 { i += 3; continue }   // U+3000
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The bytes after the last clause mark (， , 。 ； ; ： : ！ ？), all of them when there is none.
    static func clause(_ text: [UInt8]) -> ArraySlice<UInt8> {
        var k = text.count
        while k > 0 {
            let c = text[k - 1]
            if c == 0x2C || c == 0x3B || c == 0x3A { return text[k...] }
            if k >= 3, c >= 0x80 {
                let x = text[k - 3], y = text[k - 2]
                if x == 0xEF && y == 0xBC && (c == 0x8C || c == 0x9B || c == 0x9A || c == 0x81 || c == 0x9F) { return text[k...] }
                if x == 0xE3 && y == 0x80 && c == 0x82 { return text[k...] }
            }
            k -= 1
        }
        return text[...]
    }

    /// `b` is the next item of `a`'s list: same sentence, and nothing but a joiner between them.
    static func continues(_ a: Statement, _ b: Statement, joiners: [[UInt8]] = joinerBytes) -> Bool {
        guard a.sentence == b.sentence, a.document == b.document else { return false }
        let text = before(b), shown = Array(a.shown.utf8.filter { $0 != 0x20 })
        return joiners.contains { j in
            let tail = shown + j
            return text.count >= tail.count && text[(text.count - tail.count)...].elementsEqual(tail)
        }
    }

    static let joinerBytes = joiners.map { Array($0.utf8) }
    static let fenbie = Array("分别".utf8)

    /// 冬季发生火灾20.4万起、死亡995人，分别占全年的57.2%、62.9%: the shares are handed out to the figures just before them
    /// in the sentence, one each, and those are of different units — each share is of its own whole (the year's fires,
    /// the year's deaths), so they do not add up. (国家级人才7人、省级人才42人，分别占全市的15%和21%: one unit, one whole.)
    static func sharesOfSeveralWholes(_ list: [Int], _ all: [Statement]) -> Bool {
        guard let first = list.first, first > 0, let sentence = all[first].sentence else { return false }
        var before: [Statement] = []
        var k = first - 1
        while k >= 0, before.count < list.count, all[k].document == all[first].document, all[k].sentence == sentence {
            let s = all[k]
            if s.metric.kind != .percent, s.metric.kind.isQuantity { before.append(s) }
            k -= 1
        }
        guard before.count == list.count else { return false }
        return Set(before.map { $0.unitFamily ?? $0.metric.unit ?? "" }).count > 1
    }

    /// The list's first share follows 分别 in its clause, and the clause names a share of a whole: not the share of
    /// each listed item that goes somewhere (A、B、C支持民间投资项目比重分别为…, a verb of `each` before 分别 and no 占
    /// naming one whole).
    static func opensShares(_ s: Statement, _ words: [String], each: [String] = []) -> Bool {
        let text = Array(clause(before(s)))
        guard let at = ByteText.lastIndex(of: fenbie, in: text) else { return false }
        // Nothing but a copula between 分别 and the first share (分别为, 分别占全市的, 分别是): 8 letters at most.
        guard text.count - (at + fenbie.count) <= 24 else { return false }
        guard words.contains(where: { ByteText.contains(text, Array($0.utf8)) }) else { return false }
        if !ByteText.contains(text, zhan), each.contains(where: { ByteText.contains(Array(text[..<at]), Array($0.utf8)) }) { return false }
        return true
    }

    static let zhan = Array("占".utf8)
}
