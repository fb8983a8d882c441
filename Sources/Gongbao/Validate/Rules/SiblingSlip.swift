import Foundation

/// A 万/亿 slip among siblings that no 其中 links and nothing repeats: the figures of one paragraph that name kinds
/// of one thing (分产业看，第一产业增加值85.3亿元…第二产业增加值152.08万元…第三产业增加值301.2亿元) are of one
/// magnitude; one written with another scale word and ~10⁴ or ~10⁸ off every one of them has its scale word slipped.
///
/// Siblings: statements of one paragraph, one kind and unit family, levels (no direction, no target, no range), both
/// per-unit or neither (人均 beside 总量 is no sibling), whose subjects differ but end alike in two letters or more
/// (增加值, 零售额, 产量), each longer than that ending (投资 and 工业投资 are a whole and its part). A figure is a slip
/// when it has two siblings or more (or one, the other half of a partition: 城镇/乡村), all written with one scale word
/// and its own another, and it is within ×/÷`tolerances.scale-factor` of 10⁴ or 10⁸ from each of them; siblings written
/// with several scale words (万吨 and 吨) leave only a figure raised above all of them (`isRaisedSlip`).
/// A list of things of different sizes (黄金产量1.1吨 among 锌产量12.59万吨 and 铁矿石产量227.57万吨) is never ~10⁴
/// off all of its siblings at once, so it says nothing.
enum SiblingSlip {
    struct Slip {
        let statement: Statement
        let siblings: [Statement]
        let corrected: String
    }

    static func find(_ c: RuleContext) -> [Slip] {
        var out: [Slip] = []
        let all = c.statements
        for members in c.positionsByDocument(where: { isLevel($0) }) {
            // Groups of one paragraph (or, without a text, one line), kind and unit family.
            var groups: [String: [Int]] = [:]
            var order: [String] = []
            for k in members {
                let s = all[k]
                let place = s.paragraph.map { "p\($0)" } ?? "l\(s.location.line)"
                let key = "\(place)\u{1F}\(s.metric.kind.rawValue)\u{1F}\(s.unitFamily ?? "-")"
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(k)
            }
            for key in order {
                let positions = groups[key]!
                guard positions.count >= 2 else { continue }
                let written = positions.map { ScaleSlipRule.written(all[$0].shown) }
                // One scale word throughout: no figure can have slipped against the others.
                guard let firstScale = written.first??.scale, written.contains(where: { $0 != nil && $0!.scale != firstScale }) else { continue }
                let group = positions.map { all[$0] }
                let perUnit = group.map { s in c.rules.perUnitWords.contains { LiteralSearch.contains(s.metric.subject, $0) } }
                let letters = group.map { Array($0.metric.subject) }
                for (i, s) in group.enumerated() {
                    guard let mine = written[i] else { continue }
                    var siblings: [Int] = []
                    for j in group.indices where j != i && perUnit[j] == perUnit[i] && areSiblings(letters[i], letters[j]) {
                        siblings.append(j)
                    }
                    guard !siblings.isEmpty else { continue }
                    if siblings.count == 1 && !halves(s.metric.subject, group[siblings[0]].metric.subject, c.rules.partitions) { continue }
                    guard let scale = written[siblings[0]]?.scale, siblings.allSatisfy({ written[$0] != nil }) else { continue }
                    let factor = c.rules.scaleFactor
                    if siblings.allSatisfy({ written[$0]?.scale == scale }) {
                        guard scale != mine.scale,
                              siblings.allSatisfy({ ScaleSlipRule.isSlip(s.baseValue, group[$0].baseValue, factor: factor) })
                                || isRaisedSlip(s, siblings.map { group[$0] }, factor: factor)
                                || isLoweredSlip(s, siblings.map { group[$0] }, factor: factor)
                        else { continue }
                        guard !partsOfItsName(s, siblings.map { group[$0] }, all: all, document: members) else { continue }
                        out.append(Slip(statement: s, siblings: siblings.map { group[$0] }, corrected: corrected(s, siblingScale: scale, group[siblings[0]])))
                        continue
                    }
                    // Siblings written with two scale words or more (油料产量17.55万吨，茶叶产量10892吨，蔬菜产量390.52万吨): only a
                    // figure raised above every one of them, its own scale word none of theirs (粮食产量193.58亿吨).
                    guard !siblings.contains(where: { written[$0]?.scale == mine.scale }),
                          isRaisedSlip(s, siblings.map { group[$0] }, factor: factor),
                          !partsOfItsName(s, siblings.map { group[$0] }, all: all, document: members) else { continue }
                    let named = siblings.first(where: { !(written[$0]?.scale ?? "").isEmpty }) ?? siblings[0]
                    out.append(Slip(statement: s, siblings: siblings.map { group[$0] },
                                    corrected: corrected(s, siblingScale: written[named]?.scale ?? "", group[named])))
                }
            }
        }
        return out
    }

    /// A sibling that a 其中 makes a part of `s` (or of its repeat in the headline) is larger than `s` would be with its
    /// scale lowered by 10⁴: a total cannot sit below its own part, so `s` is no slip. 2021年全国共接报火灾74.8万起 …
    /// 其中，较大火灾84起，重大火灾2起 — classes of the fires counted, of any size below them — while 粮食产量1205.74亿吨，其中
    /// 玉米…万吨 stays a slip (1205.74万吨 holds its parts).
    /// (Asked only of a slip about to be reported: the lookup of the totals walks the document's statements.)
    static func partsOfItsName(_ s: Statement, _ siblings: [Statement], all: [Statement], document: [Int]) -> Bool {
        let lowered = s.baseValue / 10_000
        let large = siblings.filter { $0.baseValue > lowered }
        let totals = Set(large.compactMap { $0.metric.partOf ?? $0.impliedTotal })
        guard !totals.isEmpty else { return false }
        return document.contains { k in
            totals.contains(all[k].index) && all[k].document == s.document
                && (all[k].index == s.index || (all[k].metric.subject == s.metric.subject && all[k].metric.value == s.metric.value))
        }
    }

    /// A figure above every sibling by ~10⁴ or more (at least 10⁴ ÷ factor², a looser band than a lone pair's) whose value
    /// a 10⁴ lower would sit among them (between the smallest ÷ factor and the largest × factor²: a list's largest
    /// item may lead the next by a few times, 肉产量5989.4万吨 beside 牛奶产量479.9吨 and 禽蛋产量1189.6吨), with two
    /// siblings or more: 猪牛羊肉产量3.77亿吨 beside 牛奶产量1.84万吨 and 禽蛋产量0.81万吨. Upwards: a small item
    /// among large ones is common (集体补助收入4万元 beside 保险费收入0.5亿元), one a thousand times larger than all
    /// the others of its list, and their size once divided, is not; downwards see `isLoweredSlip`.
    static func isRaisedSlip(_ s: Statement, _ siblings: [Statement], factor: Decimal) -> Bool {
        guard siblings.count >= 2, factor > 1 else { return false }
        let p = Decimal(10_000), wide = factor * factor
        let values = siblings.map(\.baseValue)
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        let v = s.baseValue
        // At least ~10⁴ above each sibling; no bound above the small ones — a list spreads wider than factor²
        // (粮食产量588.57亿吨 beside 水产品产量29.96万吨 and 蔬菜产量458.99万吨): where the figure would sit once divided
        // (below) is what tells a slip from a large item.
        guard values.allSatisfy({ v * wide >= $0 * p }) else { return false }
        let corrected = v / p
        return corrected * factor >= lo && corrected <= hi * wide
    }

    /// A figure below every sibling by ~10⁴ or more (at least 10⁴ ÷ factor²) that, a 10⁴ higher, would sit among them
    /// (between the smallest ÷ factor and the largest — a restored figure topping the list is as likely a small item
    /// written small, 残疾人扶助资金9.9万元 beside 5.7亿元, 2.2亿元 and 3.2亿元), written to the precision of half its
    /// siblings or more: the slip changed the scale word, not the way the list writes its numbers (乌恰县零售额0.68万元
    /// beside 0.64亿元, 2.56亿元 and 10.28亿元).
    /// A small item among large ones is written to its own precision (集体补助收入4万元 beside 0.5亿元 and 0.9亿元; 黄金产量1.1吨
    /// beside 锌产量12.59万吨 and 铜金属产量0.34万吨) and is no slip. Parts after 其中 are siblings as well — 其中，教育支出
    /// 17.27亿元…社会保障与就业支出10.08万元…卫生健康支出6.01亿元 names kinds of one spending, ~10⁴ apart from every one —
    /// but a remainder (其他收入1.5万元 of an incomplete breakdown in 亿) may be of any size and says nothing.
    static func isLoweredSlip(_ s: Statement, _ siblings: [Statement], factor: Decimal) -> Bool {
        guard siblings.count >= 2, factor > 1,
              !ListedTotal.remainderWords.contains(where: { LiteralSearch.contains(s.metric.subject, $0) }) else { return false }
        let p = Decimal(10_000), wide = factor * factor
        let values = siblings.map(\.baseValue)
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        let v = s.baseValue
        guard values.allSatisfy({ v * p <= $0 * wide }) else { return false }
        let corrected = v * p
        guard corrected * factor >= lo && corrected <= hi else { return false }
        let mine = decimals(s.shown)
        return siblings.filter { decimals($0.shown) == mine }.count * 2 >= siblings.count
    }

    /// Digits written after the decimal point of a figure's number (0.68万元 → 2, 2亿元 → 0).
    static func decimals(_ shown: String) -> Int {
        var seenPoint = false, n = 0, started = false
        for ch in shown {
            if isDigit(ch) { started = true; if seenPoint { n += 1 } }
            else if started && !seenPoint && (ch == "." || ch == "．") { seenPoint = true }
            else if started && (ch == "," || ch == "，") && !seenPoint { continue }
            else if started { break }
        }
        return n
    }

    /// A level a sibling list can hold: an amount, no change, no target, one value.
    static func isLevel(_ s: Statement) -> Bool {
        MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil && !s.isTarget && s.metric.valueMax == nil
            && s.unitFamily != nil && s.baseValue > 0 && !s.metric.subject.isEmpty
    }

    /// Two subjects naming two kinds of one thing: different, ending alike in two letters or more, each longer than
    /// that ending (第一产业增加值 / 第三产业增加值; not 投资 / 工业投资).
    static func areSiblings(_ a: String, _ b: String) -> Bool { areSiblings(Array(a), Array(b)) }

    static func areSiblings(_ x: [Character], _ y: [Character]) -> Bool {
        guard x != y else { return false }
        var n = 0
        while n < x.count && n < y.count && x[x.count - 1 - n] == y[y.count - 1 - n] { n += 1 }
        return n >= 2 && x.count > n && y.count > n
    }

    /// The two subjects hold two different words of one partition (城镇消费品零售额 / 乡村消费品零售额).
    static func halves(_ a: String, _ b: String, _ partitions: [[String]]) -> Bool {
        for words in partitions {
            let wa = words.filter { LiteralSearch.contains(a, $0) }, wb = words.filter { LiteralSearch.contains(b, $0) }
            if wa.count == 1 && wb.count == 1 && wa != wb { return true }
        }
        return false
    }

    /// The figure with the siblings' scale word: 152.08万元 → 152.08亿元.
    static func corrected(_ s: Statement, siblingScale: String, _ sibling: Statement) -> String {
        let shown = s.shown
        guard let w = ScaleSlipRule.written(shown), var end = shown.firstIndex(where: isDigit) else { return shown }
        while end < shown.endIndex, isDigit(shown[end]) || ".．,，".contains(shown[end]) { end = shown.index(after: end) }
        var rest = shown[end...]
        if !w.scale.isEmpty, rest.hasPrefix(w.scale) { rest = rest.dropFirst(w.scale.count) }
        return String(shown[..<end]) + siblingScale + rest
    }

    /// 0–9 and ０–９ (not 万, which Character.isNumber counts).
    static func isDigit(_ ch: Character) -> Bool { ("0"..."9").contains(ch) || ("０"..."９").contains(ch) }
}
