import Foundation

/// parts-add-up, a total after its items: a figure whose clause opens with 合计, 共计, 总计 or 总共 (三项合计, 两类企业
/// 合计为) sums the figures listed before it in its sentence, and must be their sum within every figure's rounding:
///   全年交通项目投资50.0亿元，水利项目投资60.0亿元，能源项目投资30.0亿元，三项合计150.0亿元 → 140.0亿元: error.
/// The items: the levels of the sentence before the total in its kind and unit family (rates between them passed
/// over). Not judged: a sentence adding to a figure of the sentence before (加上级补助收入…，收入总计: the budget totals of
/// budget-total-adds-up), a sentence with 其中 (a total and its parts before the sum), items on both sides of a ledger
/// (收入 and 支出), a count word that is not the number of items found (三项合计 after two: one is missing), and a
/// list whose first figure is itself the sum of the others (a total stated first). A bracket after an item breaks it
/// down (新增债券342.35亿元（一般债券23.47亿元、专项债券318.88亿元），再融资债券339.99亿元，合计682.34亿元): its figures
/// are no items.
///
/// A budget's side total (收入总计, 支出合计, 总收入, 总支出) closing the list of that side's sources or uses in its
/// clause run — 平衡情况：一般公共预算收入351,740万元，转移性收入227,967万元，调入资金38,243万元，…，收入总计695,112万元 —
/// sums the items after the run's last ；or ：, bracketed breakdowns of an item left out (调入资金91,898万元（从政府性
/// 基金预算调入57,355万元，…）): the first item names the side (the account the list starts from), none names the other.
enum ListedTotal {
    /// Words that open a total's clause, before its figure.
    static let totalWords = ["合计", "共计", "总计", "总共", "一共", "总收入", "总支出"]
    static let preparedTotalWords = totalWords.map(LiteralSearch.Prepared.init)
    /// 总收入, 总支出, and 计 and 共, the cheap gate for the other total words (the passage's inertness tested once).
    static let gateWords = ["总收入", "总支出", "计", "共"].map(LiteralSearch.Prepared.init)
    /// Copulas allowed between the total word and the figure.
    static let copulas = ["为", "达", "达到", "是", ""]

    struct Sum {
        let total: Statement
        let items: [Statement]
    }

    static func sums(_ c: RuleContext) -> [Sum] {
        var out: [Sum] = []
        let all = c.statements
        for order in c.positionsByDocument() {
            // Whether a sentence's passage holds a total word at all (总收入, 总支出, or 计/共 first as a cheap gate for the
            // others), read once per sentence: its figures share the passage, only their own 〇 differs.
            var mayTotal: [Int: Bool] = [:]
            for (k, p) in order.enumerated() {
                let total = all[p]
                guard let sentence = total.sentence, isLevel(total), k >= 2, all[order[k - 1]].sentence == sentence else { continue }
                let may = mayTotal[sentence] ?? LiteralSearch.withHaystack(total.masked) { h in
                    h.contains(gateWords[0]) || h.contains(gateWords[1])
                        || ((h.contains(gateWords[2]) || h.contains(gateWords[3])) && preparedTotalWords.contains(where: h.contains))
                }
                mayTotal[sentence] = may
                // (其余各县（市）合计919.7亿元: the rest taken together is no total of the items named before it.)
                guard may, !remainderWords.contains(where: { total.metric.subject.hasPrefix($0) }),
                      let opening = opensTotal(total) else { continue }
                let middle = String(ChangeAgreesRule.middle(of: total.masked))
                // 加上级补助收入…，收入总计: the first item was stated in the sentence before (budget-total-adds-up's).
                guard !LiteralSearch.contains(middle, "其中"), !addsToEarlier(middle) else { continue }
                var items: [Statement] = []
                var j = k - 1
                while j >= 0, all[order[j]].sentence == sentence {
                    let s = all[order[j]]
                    j -= 1
                    guard s.metric.kind == total.metric.kind, s.unitFamily == total.unitFamily else { continue }
                    guard isLevel(s) else {
                        if s.metric.direction == nil { items = []; break }   // a range or target among them: no plain list
                        continue
                    }
                    items.insert(s, at: 0)
                }
                if let side = side(of: opening) {
                    // A budget's side total: the items of its own clause run, outside brackets.
                    let run = sideItems(total, items)
                    guard run.count >= 2, LiteralSearch.contains(run[0].metric.subject, side.this),
                          !run.contains(where: { LiteralSearch.contains($0.metric.subject, side.other) }) else { continue }
                    out.append(Sum(total: total, items: run))
                    continue
                }
                // 发行新增政府债券342.35亿元（一般债券23.47亿元、专项债券318.88亿元），再融资债券339.99亿元，合计682.34亿元: a
                // bracket after an item breaks that item down — the items summed are those at the total's own depth.
                items = atTotalDepth(total, items)
                guard items.count >= 2, !twoSides(items) else { continue }
                if let n = opening.count, n != items.count { continue }
                // 资产总计…，负债合计…，所有者权益合计61.50万亿元: a noun before the total word with no count names a total
                // of its own (a balance sheet's lines), unless the items are kinds of it (项目投资 after 交通项目投资…).
                if opening.count == nil, !opening.head.isEmpty, !sharesHead(opening.head, items) { continue }
                // 省重点项目新开工93个，竣工34个；续建和新开工项目共计185个: a head that names its members (续建和新开工) sums
                // those, not the items before it that it does not name (竣工).
                if let names = coordinatedNames(opening.head), !items.allSatisfy({ item in
                    names.contains { LiteralSearch.contains(item.metric.subject, String($0.prefix(2))) } }) { continue }
                out.append(Sum(total: total, items: items))
            }
        }
        return out
    }

    /// The side a budget total closes — 收入总计, 支出合计, 总收入, 总支出 (the clause's words before its figure) — with
    /// the other side's word; nil for any other total.
    static func side(of opening: (count: Int?, head: String, word: String)) -> (this: String, other: String)? {
        guard opening.count == nil else { return nil }
        let named = opening.word == "总收入" || opening.word == "总支出" ? opening.word : opening.head
        guard opening.word != "总共", opening.word != "一共" else { return nil }
        if named.hasSuffix("收入") { return ("收入", "支出") }
        if named.hasSuffix("支出") { return ("支出", "收入") }
        return nil
    }

    /// The items of `candidates` (the total's sentence's levels before it, in text order) that stand in the total's
    /// clause run — after the last ；or ：before it — and outside brackets (a bracket after an item breaks it down).
    static func sideItems(_ total: Statement, _ candidates: [Statement]) -> [Statement] {
        let text = Array(ChangeAgreesRule.middle(of: total.masked).utf8)
        guard let mark = ByteText.lastIndex(of: Array("〇".utf8), in: text) else { return [] }
        var positions: [(Statement, Int)] = []
        var from = 0
        for s in candidates {
            let surface = SentenceReader.cleanedBytes(s.metric.surface)
            guard !surface.isEmpty, let at = ByteText.firstIndex(of: surface, in: text, from: from), at < mark else { return [] }
            positions.append((s, at))
            from = at + surface.count
        }
        // The run's start, and the bracket depth at each byte, read once.
        var start = 0, depth = 0
        var depthAt: [Int: Int] = [:]
        var wanted = Set(positions.map(\.1))
        var i = 0
        while i < mark {
            if wanted.contains(i) { depthAt[i] = depth; wanted.remove(i) }
            let c = text[i]
            if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1 } else if c == 0x3B || c == 0x3A { start = i + 1 }
            else if c == 0xEF, i + 2 < text.count, text[i + 1] == 0xBC {
                switch text[i + 2] {
                case 0x88: depth += 1               // （
                case 0x89: depth -= 1               // ）
                case 0x9B, 0x9A: start = i + 3      // ；：
                default: break
                }
            }
            i += 1
        }
        guard depth == 0 else { return [] }
        return positions.filter { $0.1 >= start && depthAt[$0.1] == 0 }.map(\.0)
    }

    /// The items of `candidates` (the total's sentence's levels before it, in text order) at the bracket depth of the
    /// total itself: a bracket after an item (债券342.35亿元（一般债券23.47亿元、专项债券318.88亿元）) breaks that item
    /// down, its figures no items of the total; inside a bracket with its items, the total sums those. The candidates
    /// unchanged when a figure's place cannot be found or a bracket does not close.
    static func atTotalDepth(_ total: Statement, _ candidates: [Statement]) -> [Statement] {
        let text = Array(ChangeAgreesRule.middle(of: total.masked).utf8)
        guard let mark = ByteText.lastIndex(of: Array("〇".utf8), in: text) else { return candidates }
        var positions: [Int] = []
        var from = 0
        for s in candidates {
            let surface = SentenceReader.cleanedBytes(s.metric.surface)
            guard !surface.isEmpty, let at = ByteText.firstIndex(of: surface, in: text, from: from), at < mark else { return candidates }
            positions.append(at)
            from = at + surface.count
        }
        var depthAt: [Int] = []
        var depth = 0, i = 0, next = 0
        while i < mark {
            while next < positions.count, positions[next] == i { depthAt.append(depth); next += 1 }
            let c = text[i]
            if c == 0x28 { depth += 1 } else if c == 0x29 { depth -= 1 }
            else if c == 0xEF, i + 2 < text.count, text[i + 1] == 0xBC {
                if text[i + 2] == 0x88 { depth += 1 } else if text[i + 2] == 0x89 { depth -= 1 }
            }
            i += 1
        }
        guard depthAt.count == candidates.count, depth >= 0 else { return candidates }
        return zip(candidates, depthAt).filter { $0.1 == depth }.map(\.0)
    }

    /// Words that open the name of what is left over (其余各县, 其他企业, 剩余项目): its total is no sum of the items.
    static let remainderWords = ["其余", "其他", "其它", "剩余", "另有", "另外"]

    /// The sentence adds to a figure stated before it: it opens with 加, or holds 加上 or ，加.
    static func addsToEarlier(_ sentence: String) -> Bool {
        let trimmed = sentence.drop { $0 == " " || $0 == "\u{3000}" }
        return trimmed.hasPrefix("加") || LiteralSearch.contains(sentence, "加上") || LiteralSearch.contains(sentence, "，加")
            || LiteralSearch.contains(sentence, "再加")
    }

    static func isLevel(_ s: Statement) -> Bool {
        MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil && !s.isTarget
            && s.metric.valueMax == nil && s.range.lower != nil && s.range.upper != nil && s.unitFamily != nil
    }

    /// Words before a total word that take the items together rather than name a thing: 以上合计, 两者合计, 各项合计.
    static let collectiveHeads = ["以上", "上述", "两者", "三者", "各项", "全部", "共", "总", "累计"]

    /// The items are kinds of what the total's noun names: each item's subject ends with its last two characters
    /// (交通项目投资, 水利项目投资 … 项目投资合计), or the noun is a collective word (以上合计).
    static func sharesHead(_ head: String, _ items: [Statement]) -> Bool {
        if collectiveHeads.contains(where: { head.hasSuffix($0) || head.hasPrefix($0) }) { return true }
        let tail = String(head.suffix(2))
        return items.allSatisfy { LiteralSearch.contains($0.metric.subject, tail) }
    }

    /// The clause before the total's figure is a count word (optional), a noun (optional) and a total word with its
    /// copula: 三项合计, 两类企业合计为, 合计. Returns the count named (nil when none) and the words before the total
    /// word (三项, 两类企业, 所有者权益, empty), or nil when the clause is no total's.
    static func opensTotal(_ total: Statement) -> (count: Int?, head: String, word: String)? {
        let text = ShareListRule.before(total)
        let clause = String(decoding: ShareListRule.clause(text), as: UTF8.self)
        guard clause.count <= 10, !LiteralSearch.contains(clause, "占"), !LiteralSearch.contains(clause, "其中") else { return nil }
        var head: Substring? = nil, found = ""
        for word in totalWords {
            for copula in copulas where clause.hasSuffix(word + copula) {
                head = clause.dropLast(word.count + copula.count)
                found = word
                break
            }
            if head != nil { break }
        }
        guard let head else { return nil }
        // 三项, 两类企业, 以上: a count word at the head's start.
        let numerals: [Character: Int] = ["两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if let first = head.first, let n = numerals[first], head.count >= 2 { return (n, String(head), found) }
        if let first = head.first, first.isASCII, let n = Int(String(first)), n >= 2, head.count >= 2 { return (n, String(head), found) }
        return (nil, String(head), found)
    }

    /// The members a total's head names by coordination — 续建和新开工项目 → 续建, 新开工项目 (和, 与, 及, 、) — or nil for a
    /// head that names one thing.
    static func coordinatedNames(_ head: String) -> [String]? {
        guard head.contains(where: { $0 == "和" || $0 == "与" || $0 == "及" || $0 == "、" }) else { return nil }
        let names = head.split(whereSeparator: { $0 == "和" || $0 == "与" || $0 == "及" || $0 == "、" }).map(String.init)
        guard names.count >= 2, names.allSatisfy({ $0.count >= 2 }) else { return nil }
        return names
    }

    /// Items of both sides of a ledger (收入 and 支出, 出口 and 进口 stay one list): no plain sum.
    static func twoSides(_ items: [Statement]) -> Bool {
        let income = items.contains { LiteralSearch.contains($0.metric.subject, "收入") }
        let spending = items.contains { LiteralSearch.contains($0.metric.subject, "支出") }
        return income && spending
    }
}
