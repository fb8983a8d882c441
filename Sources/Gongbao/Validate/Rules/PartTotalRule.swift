import Foundation

/// part-exceeds-total: after 其中/包括, no part may exceed its total, nor may the parts together.
///
/// Parts may overlap (one person holds several titles), so the check is only "≤ total", never
/// "= total". Parts in another unit family are skipped (团队33支 under 人才资源7.8万人), and so are rates
/// (a sector may grow faster than the whole) and targets under outcomes.
///   其中，两院院士 4人 … 73人 — sum 129 ≤ 78000 passes.
/// A part above its total is an error. Findings that rest on where a list ends are warnings: the sum
/// (在校学生131.6万人，其中本专科116.0万人 … 博士2.8万人，专任教师6.8万人 — the list ended before 专任教师)
/// and the parts of a nested total (卫生院51个（其中…），疾病预防控制中心13个 belongs to the outer list).
/// Only the parts of the clause a 其中 opens are summed (up to ；or 。): later clauses may hold a sub-item
/// of a part or a second breakdown of the same total.
enum PartTotalRule {
    /// Words that open a count of everything there is (an inventory) rather than a part of what came before.
    static let inventoryOpeners: [[UInt8]] = ["共有", "拥有"].map { Array($0.utf8) }

    /// A statement's own clause after the sentence's last ；(or ;) before it (`afterSemicolon`) opens with an
    /// inventory word.
    static func opensInventory(_ clause: ArraySlice<UInt8>) -> Bool {
        inventoryOpeners.contains { clause.starts(with: $0) }
    }

    /// The figure is the base of a share (占年初预算10065万元的43.2%): its clause opens with 占 and 的 follows it — the
    /// amount the share is of, neither a total of the 其中 parts after it nor one of them.
    static func isShareBase(_ s: Statement) -> Bool {
        // 的 after the figure first (a look at three bytes), the clause only then.
        var after = false
        s.masked.utf8.withContiguousStorageIfAvailable { u in
            guard let (_, mark, end) = ShareListRule.figureMark(in: u), mark + 6 <= end else { return }
            after = u[mark + 3] == 0xE7 && u[mark + 4] == 0x9A && u[mark + 5] == 0x84   // 〇的
        }
        return after && ShareListRule.clause(ShareListRule.before(s)).starts(with: [0xE5, 0x8D, 0xA0])   // 占
    }

    /// The bytes after the last ；(or ;) of a sentence's text before a figure; nil when there is none.
    static func afterSemicolon(_ b: [UInt8]) -> ArraySlice<UInt8>? {
        var k = b.count
        while k > 0 {
            k -= 1
            if b[k] == 0x3B { k += 1; break }
            if k + 2 < b.count, b[k] == 0xEF, b[k + 1] == 0xBC, b[k + 2] == 0x9B { k += 3; break }
            if k == 0 { return nil }
        }
        guard k > 0 else { return nil }
        return b[k...]
    }

    /// The statement's clause after ；opens with the words its total's clause opens with (four letters or more):
    /// 降水量比常年值偏多的仅有7个省，其中…；降水量比常年值偏少的有24个省 — the same frame said of another category, a
    /// sibling of the total, no part of it.
    static func repeatsTotalFrame(_ mine: ArraySlice<UInt8>, _ total: Statement) -> Bool {
        guard mine.count >= 12 else { return false }
        let theirs = ShareListRule.clause(ShareListRule.before(total))
        var n = 0
        for (x, y) in zip(mine, theirs) { guard x == y else { break }; n += 1 }
        return n >= 12
    }

    /// The subject names a total: 总 right before its head (the last two letters: 总产量, 总产值, 总额 as 总 + 额).
    static func namesTotal(_ subject: String) -> Bool {
        let scalars = Array(subject.unicodeScalars.suffix(3))
        return scalars.count >= 2 && (scalars.first == "总" || scalars[scalars.count - 2] == "总")
    }

    /// The words right before the figure end in 总计 or 合计 (收入总计561,152万元, 支出合计为…): the sum of a statement's
    /// items. Read in the text, not the subject, which the extractor may have named after the account.
    static func namesGrandTotal(_ s: Statement) -> Bool {
        var words = ShareListRule.clause(ShareListRule.before(s))
        // (A copula between: 总计为, 合计达.)
        for copula in ["为", "达", "是"] where words.count >= 3 && words.suffix(3).elementsEqual(copula.utf8) {
            words = words.dropLast(3)
        }
        return words.suffix(6).elementsEqual("总计".utf8) || words.suffix(6).elementsEqual("合计".utf8)
    }

    /// The bundled rules.yaml `comparison_words`, for a caller outside a check (a check reads its rule set's).
    static let bundledComparisonWords: [String] = (try? RuleSet.standard())?.comparisonWords ?? []

    /// The subject runs up to the figure from a comparison word (rules.yaml `comparison_words`: 高于, 低于 …): the figure
    /// is what is compared with (增幅高于东部沿海33个开发区). Not when a 的 follows the word: then it names a class of the
    /// parts (其中收入高于500万元的企业12家 — 12家 is a part).
    static func isComparedWith(_ subject: String, words: [String] = bundledComparisonWords) -> Bool {
        for word in words {
            guard let r = subject.range(of: word, options: .backwards) else { continue }
            if !subject[r.upperBound...].contains("的") { return true }
        }
        return false
    }

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("part-exceeds-total", severity)
        // Statements by their position in `c.statements` (no copied tables).
        let all = c.statements
        for order in c.positionsByDocument() {
            let statements = LazyList(all: all, order: order)
            let byIndex = LazyStatements(all: all, positions: Dictionary(uniqueKeysWithValues: statements.order.map { (all[$0].index, $0) }))
            var parts: [Int: [Statement]] = [:]
            // The figures some later part names as its total (a list's head), and the first part of the 其中 clause read.
            let listHeads = Set(statements.order.lazy.compactMap { all[$0].metric.partOf ?? all[$0].impliedTotal })
            var clauseFirst: Statement? = nil
            for s in statements.order.lazy.map({ all[$0] }) {
                if s.partClause == 1 { clauseFirst = s }
                // The extractor's 其中 link, else (or when it links a figure of another unit: 比上年增加0.2千公顷)
                // the figure before an unlinked 其中 in the sentence.
                let linked = (s.outerTotal ?? s.metric.partOf).flatMap { byIndex[$0] }.flatMap { comparable(s, $0) ? $0 : nil }
                // Only the first figure after 其中 is surely a part when the extractor made no link
                // (其中，政府投资5亿元，带动社会投资50亿元: the clause goes on past the parts).
                let implied = s.partClause == 1
                    ? s.impliedTotal.flatMap { byIndex[$0] }.flatMap { comparable(s, $0, implied: true) ? $0 : nil } : nil
                guard let total = linked ?? implied, total.index != s.index else {
                    if let t = s.metric.partOf, byIndex[t] == nil { out.cannotEvaluate() }
                    continue
                }
                // 完成财政总收入4348万元，占年初预算10065万元的43.2%。其中：税收收入3511万元，占年初预算8465万元的41.5%: the
                // budgets the shares are of are no total and no part.
                if isShareBase(total) || isShareBase(s) { continue }
                // 共捐款158万元，其中“顺其自然”81万元，累计达到683万元: a part counted 累计 (since it began) over a total of
                // the year's is of another span.
                if s.metric.isCumulative, !total.metric.isCumulative { out.cannotEvaluate(); continue }
                // A part with no subject of its own is too likely a mislinked 其中 (a nested list) — unless it
                // repeats its total's subject right after 其中 (全市共签约33个项目，其中阳新签约18个项目: a place's share).
                // A generic name right after 其中 is the part itself (新登记市场主体5.6万户，其中企业1.8万户).
                guard c.rules.catalogue.identifies(s.subject)
                        || (!s.subject.isEmpty && s.subject == total.subject)
                        || (s.partClause == 1 && s.subject.count >= 2)
                else { continue }
                // 其中工业总产值增幅高于东部33个开发区0.7个百分点: the figure after 高于/低于 is what a part is compared with,
                // no part.
                if isComparedWith(s.metric.subject, words: c.rules.comparisonWords) { continue }
                // 第二产业投资…，其中制造业投资…；第三产业投资85801亿元: a sibling of the total read on as its part.
                guard !areSiblings(s.subject, total.subject, partitions: c.rules.partitions) else { continue }
                // 其中幼儿园622所，在园幼儿数10.32万人，教职工1.41万人: the clause's first part (622所) names a kind of the total
                // before 其中 (学校1075所); the figures after it in another unit are that kind's own (its children, its staff),
                // no parts of the total of their unit before 其中 (专任教师4.00万人) unless they end as it does.
                if s.partClause == 2, linked != nil, let first = clauseFirst, first.sentence != nil, first.sentence == s.sentence,
                   first.unitFamily != s.unitFamily, !ExtractorSupport.sharesHead(s.subject, total.subject) { continue }
                // 广播全年播放时间3.78万小时，其中自办栏目…；电视全年播放时间5.76万小时，其中自办栏目…: after ； a figure named as
                // the total is but for its opening (广播/电视), with a 其中 list of its own, is a parallel account — no part.
                if s.partClause == 0, linked != nil, listHeads.contains(s.index), parallelName(s.subject, total.subject),
                   afterSemicolon(ShareListRule.before(s)) != nil { continue }
                // 对55个新增项目开展事前绩效评估；对所有项目支出…开展绩效自评价，财政部门对其中219个项目组织开展再评价: a 其中 past
                // words of its own clause after ； picks out of what that clause names (所有项目), not out of the figure before ；.
                if s.partClause == 1, total.sentence != nil, total.sentence == s.sentence, qizhongInLaterClause(s, total) { continue }
                // 专利授权1029件，其中发明专利授权138件；商标申请3060件: after ； a figure whose name ends like neither its
                // total nor the list's first part (申请 / 授权) begins another topic — the 其中 list ended at the ；.
                // (Only in the first part's own sentence: a list the extractor carries over a line break is read on.)
                if s.partClause == 0, linked != nil, let first = parts[total.index]?.first, first.sentence != nil,
                   first.sentence == s.sentence,
                   !ExtractorSupport.sharesHead(s.subject, total.subject), !ExtractorSupport.sharesHead(s.subject, first.subject) {
                    continue
                }
                // 油料作物产量14.5万吨，其中：油菜籽产量11.1万吨；蔬菜及食用菌总产量49.9万吨: after ； a figure whose name says
                // it is a total (总 before its head: 总产量, 总产值) under a total whose name does not begins a topic of its
                // own — a part of 农林牧渔业总产值 (其中：农业总产值…；林业总产值…) names its 总 as its total does.
                if s.partClause == 0, linked != nil, namesTotal(s.subject), !LiteralSearch.contains(total.subject, "总") { continue }
                // 总收入预算为463,831万元。其中：…地方一般公共预算收入预算为259,160万元，…，市本级收入总计561,152万元: a figure
                // named a grand total (总计, 合计) sums a statement of its own, no part of the total before it.
                if namesGrandTotal(s), !namesGrandTotal(total) { continue }
                // 新增上市公司5家，其中新增A股上市公司2家;共有法人证券公司4家、证券公司分公司72家: a clause after ； that opens
                // with 共有/拥有 takes an inventory of its own, whatever its names end with.
                // 乙烯261万吨…；汽车255.9万辆，其中新能源汽车75.2万辆…；原油加工量5862万吨: the extractor carried a 其中 list on
                // past ； to a figure whose name shares no head with the total it found for it, and no figure before it in
                // the list is that total's — the 其中 was another figure's (汽车's), this clause another product.
                // (The clause after ； read once for the three tests.)
                if s.partClause == 0, linked != nil, let clause = afterSemicolon(ShareListRule.before(s)) {
                    if opensInventory(clause) || repeatsTotalFrame(clause, total) { continue }
                    if parts[total.index] == nil, !ExtractorSupport.sharesHead(s.subject, total.subject) { continue }
                }
                parts[total.index, default: []].append(s)
            }
            for t in parts.keys.sorted() {
                let total = byIndex[t]!
                let nested = total.metric.partOf != nil
                let list = parts[t]!.sorted { $0.location < $1.location }
                var anyAbove = false
                for p in list {
                    if p.range.isAbove(total.range), !fallsBeside(p, total, order: statements.order, all, c.rules.signedWords),
                       !splitsOuterTotal(p, total, order: statements.order, all, { byIndex[$0] }) {
                        anyAbove = true
                        if readsBackToCloserTotal(p, total, order: statements.order, all) { continue }
                        // (The first figure after its own 其中 is surely its part, nested or not: 医院123个（其中三级医院
                        // 150个）.)
                        // (财政总收入…，一般公共预算收入…，其中税收收入…: the 其中 may read back to the 总 before the nearest
                        // figure, which the part fits — no sure error.)
                        // (立案349件，转为意见和建议51件。其中，经济建设类136件，占39%: the part's own share says it is of the
                        // sentence's first figure, 136 of 349.)
                        let fitsLead = sentenceLead(p, total, order: statements.order, all)
                            .map { shareSaysWhole(p, $0, order: statements.order, all) } ?? false
                        let sure = (!nested || (p.partClause == 1 && p.outerTotal == nil))
                            && !fitsEarlierTotal(p, total, order: statements.order, all) && !fitsLead
                        out.fail(Finding(
                            ruleID: "part-exceeds-total", severity: sure ? severity : min(severity, .warning),
                            message: c.message("part-exceeds-total", "part \(SameFigureRule.label(p)) \(p.shown) exceeds its total \(SameFigureRule.label(total)) \(total.shown) at \(c.reference(total, from: p))", p, other: total),
                            locations: [p.location, total.location]))
                        // The total may be the one miswritten (too small): on a line of its own, reported there too.
                        if total.location.line != p.location.line || total.path != p.path {
                            out.findings.append(Finding(
                                ruleID: "part-exceeds-total", severity: sure ? severity : min(severity, .warning),
                                message: c.message("part-exceeds-total", "total \(SameFigureRule.label(total)) \(total.shown) is below its part \(SameFigureRule.label(p)) \(p.shown) at \(c.reference(p, from: total))", p, other: total),
                                locations: [total.location, p.location]))
                        }
                    } else {
                        out.pass()
                    }
                }
                // Sums only for outermost totals: inside a nested list the outer list's next items are
                // easily linked to the inner total.
                guard list.count > 1, !anyAbove, !nested else { continue }
                // The list may end before its last items: 在校学生131.6万人，其中本专科学生…博士研究生2.8万人，
                // 专任教师6.8万人 — parts after the last one that shares the first part's head (生) are left out.
                var summed = list
                // Read with its text, the list is the clause its 其中 opens (to the next ；or 。): a part of a
                // later clause may be a sub-item of a listed part or a second breakdown of the total —
                // 其中第三产业投资119.90亿元…；生产性服务业完成投资39.66亿元，占第三产业…；项目投资完成220.53亿元 —
                // and a second 其中 opens a sub-list of the part before it.
                if let first = list.first, first.partClause == 1, first.sentence != nil {
                    summed = [first]
                    for p in list.dropFirst() {
                        guard p.partClause == 2, p.sentence == first.sentence else { break }
                        summed.append(p)
                    }
                }
                // Only a list whose first two parts share a head (生, 生) shows where it ends — and never inside a
                // 、 enumeration: 高中30所、初中12所、小学41所 share 中 by chance, and 小学 is as much a part.
                if let head = list.first?.subject.last, summed.count > 2, list[1].subject.last == head {
                    while summed.count > 2, let last = summed.last, last.subject.last != head, !last.listed {
                        summed.removeLast()
                    }
                }
                let sum = summed.reduce(Decimal(0)) { $0 + ($1.range.lower ?? 0) }
                if let upper = total.range.upper, sum > upper {
                    out.fail(Finding(
                        ruleID: "part-exceeds-total", severity: min(severity, .warning),
                        message: c.message("part-exceeds-total", "parts of \(SameFigureRule.label(total)) \(total.shown) add up to at least \(display(sum, like: total)), more than the total (\(summed.map(\.shown).joined(separator: " + ")))", total,
                                           extra: ["{sum}": sum.plainString]),
                        locations: [total.location] + summed.map(\.location)))
                } else {
                    out.pass()
                }
            }
        }
        PopulationPart.check(c, severity, &out)
        return out
    }

    /// The part's 其中 stands in a clause after ； that the total's figure is not in, past two letters or more of that
    /// clause's own words (对所有项目支出…，财政部门对其中).
    static func qizhongInLaterClause(_ part: Statement, _ total: Statement) -> Bool {
        guard let clause = afterSemicolon(ShareListRule.before(part)) else { return false }
        let bytes = Array(clause)
        guard let at = ByteText.firstIndex(of: Array("其中".utf8), in: bytes, from: 0), at >= 6 else { return false }
        let surface = SentenceReader.cleanedBytes(total.metric.surface)
        guard !surface.isEmpty else { return false }
        return ByteText.firstIndex(of: surface, in: Array(bytes[..<at]), from: 0) == nil
    }

    /// Two names of one length that differ only in their opening, at most half of them (广播全年播放时间 / 电视全年播放时间):
    /// parallel accounts, neither a kind of the other.
    static func parallelName(_ a: String, _ b: String) -> Bool {
        let n = a.count
        guard n >= 4, n == b.count, a != b else { return false }
        return ExtractorSupport.commonEnding(a, b) * 2 >= n
    }

    /// 常住人口1313.8万人。其中，城镇常住人口1071.04万人，乡村常住人口242.76万人。其中，男性669.5万人，女性644.3万人 — or
    /// the table's rows 其中：城镇 / 乡村 / 其中：男性 / 女性: the second 其中 links its parts to 乡村, the figure before it, though
    /// they split the population again (`SecondSplit`). The figures linked to the total, two or more, add up to a total
    /// above it: a second split, no part above its total. A part miswritten breaks the sum and is reported still.
    /// Asked only of a part above its total.
    static func splitsOuterTotal(_ part: Statement, _ total: Statement, order: [Int], _ all: [Statement],
                                 _ lookup: (Int) -> Statement?) -> Bool {
        guard (total.outerTotal ?? total.metric.partOf ?? total.impliedTotal) != nil else { return false }
        // Every figure linked to the total, by the extractor or after 其中 (女性, the row after 男性, is linked only so).
        let list = order.lazy.map { all[$0] }.filter { q in
            (q.outerTotal ?? q.metric.partOf ?? q.impliedTotal) == total.index && comparable(q, total)
        }
        guard list.count >= 2, list.contains(where: { $0.index == part.index }) else { return false }
        var low: Decimal = 0, high: Decimal = 0
        for q in list {
            guard let l = q.range.lower, let h = q.range.upper else { return false }
            low += l
            high += h
        }
        return SecondSplit.outerTotal(holding: low, high, above: total, lookup) != nil
    }

    /// The total is a net amount (rules.yaml `signed`: 新增存款, 净利润) and the part's sentence states another part only
    /// by its fall, no level of that name before it — 新增存款30.8亿元。其中，中资银行新增存款93.2亿元…；外资银行存款减少
    /// 62.4亿元: the parts of a net amount hold a negative one, so a part may pass the total. (A fall that follows its own
    /// level — 住户存款8000亿元，比年初减少20亿元 — is a change of that part, no negative part.) Asked only of a part
    /// above its total.
    static func fallsBeside(_ part: Statement, _ total: Statement, order: [Int], _ all: [Statement], _ signed: [String]) -> Bool {
        guard let sentence = part.sentence, IncreaseRule.isSigned(total.subject, signed) else { return false }
        var levels: Set<String> = []
        for p in order where all[p].sentence == sentence && all[p].unitFamily == part.unitFamily {
            let s = all[p]
            guard let direction = s.metric.direction else { levels.insert(s.subject); continue }
            if direction == .down, !s.subject.isEmpty, !levels.contains(s.subject) { return true }
        }
        return false
    }

    /// The total stands beside an earlier total of its sentence, not under it — the nearest level of the unit before it
    /// names a total (总 before its head: 财政总收入) that the total's own name does not, neither figure is a part of
    /// another, and that earlier total holds the part: 财政总收入22亿元，一般公共预算收入9亿元，其中税收收入19亿元 — the
    /// 其中 may read back past the nearest figure to the 总, so a part above the nearest is no sure error. Asked only of
    /// a part above its total.
    static func fitsEarlierTotal(_ part: Statement, _ total: Statement, order: [Int], _ all: [Statement]) -> Bool {
        guard let sentence = total.sentence, part.sentence == sentence, total.metric.partOf == nil, total.outerTotal == nil,
              !namesTotal(total.subject), let value = part.range.lower else { return false }
        var earlier: Statement?
        for p in order where all[p].sentence == sentence && all[p].location < total.location {
            let s = all[p]
            if s.unitFamily == total.unitFamily, s.metric.direction == nil { earlier = s }
        }
        guard let e = earlier, namesTotal(e.subject), e.metric.partOf == nil, e.metric.kind == total.metric.kind,
              let upper = e.range.upper else { return false }
        return value <= upper
    }

    /// 立案349件，转为意见和建议51件，立案率87.2%。其中，经济建设类136件，占39%: a 其中 opening the sentence after one that
    /// states several figures of the part's unit may divide the first of them (what the sentence is about), not the
    /// nearest. Returns that first figure when the part's total is a later one of that sentence; a part whose own share
    /// fits it (`shareSaysWhole`) proves no error against the nearer total (part-exceeds-total warns), and a share that
    /// fits it agrees (share-agrees).
    static func sentenceLead(_ part: Statement, _ total: Statement, order: [Int], _ all: [Statement]) -> Statement? {
        // (A sentence opening with 其中 is read with the one before it: the two share a sentence key, and the full stop
        // before 其中 in the part's text is what says the 其中 opens a sentence of its own.)
        guard let sentence = total.sentence, part.partClause >= 1, LiteralSearch.contains(part.masked, "。其中")
        else { return nil }
        for q in order where all[q].sentence == sentence && all[q].location < total.location {
            let e = all[q]
            guard e.path == total.path, e.unitFamily == total.unitFamily, e.metric.kind == total.metric.kind,
                  e.metric.direction == nil, e.metric.partOf == nil, e.range.upper != nil else { continue }
            return e
        }
        return nil
    }

    /// The figure right after `part` is a share (占39%) that `part` makes of `whole` and not of its linked total: the
    /// text names the whole the part is of.
    static func shareSaysWhole(_ part: Statement, _ whole: Statement, order: [Int], _ all: [Statement]) -> Bool {
        guard let at = order.firstIndex(where: { all[$0].index == part.index }), at + 1 < order.count else { return false }
        let share = all[order[at + 1]]
        guard share.metric.kind == .percent, share.sentence == part.sentence,
              let (low, high) = ShareAgreesRule.printedRange(of: share),
              let ratio = ShareAgreesRule.ratioRange(part: part.range, whole: whole.range) else { return false }
        return ShareAgreesRule.fits(ratio, low...high)
    }

    /// 2020年粮食种植面积11677万公顷…新增高效节水灌溉面积160万公顷。⏎其中，稻谷种植面积3008万公顷: a 其中 opening a
    /// paragraph reads back past the figure right before it when an earlier figure of the paragraph before names the
    /// part's kind more closely (种植面积, four letters shared, against 面积) and holds it — that one is the total, and the
    /// part above the nearer figure says nothing. (The extractor looks for a closer name only within the sentence before
    /// such a 其中. Inside one paragraph the link stands: 轨道交通运营里程739.5公里，其中地铁运营线路长度680.2公里 is not read
    /// back to an earlier 公交运营线路长度.)
    static func readsBackToCloserTotal(_ part: Statement, _ total: Statement, order: [Int], _ all: [Statement]) -> Bool {
        guard part.outerTotal == nil, let paragraph = total.paragraph, part.paragraph != paragraph,
              let value = part.range.lower else { return false }
        let near = ExtractorSupport.commonEnding(part.subject, total.subject)
        for q in order {
            let e = all[q]
            guard e.path == total.path, e.paragraph == paragraph, e.location < total.location,
                  e.unitFamily == total.unitFamily, e.metric.kind == total.metric.kind, e.metric.direction == nil,
                  e.metric.partOf == nil, let upper = e.range.upper else { continue }
            if value <= upper, ExtractorSupport.commonEnding(part.subject, e.subject) > near { return true }
        }
        return false
    }

    /// Two names of one level, not a part and its whole: as long as each other, the same last three characters or
    /// more, and what differs before them two ordinals (第二产业投资 / 第三产业投资) or two words of one partition
    /// (rules.yaml `partitions`: 出口 / 进口, 城镇 / 乡村). 省外到位资金 under 实际到位资金 stays a part: 省外 and 实际 are
    /// neither.
    static func areSiblings(_ a: String, _ b: String, partitions: [[String]]) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count == y.count, x.count >= 4, x != y else { return false }
        var shared = 0
        while shared < x.count, x[x.count - 1 - shared] == y[y.count - 1 - shared] { shared += 1 }
        guard shared >= 2 else { return false }
        let head = { (s: [Unicode.Scalar]) in String(String.UnicodeScalarView(s[0..<(s.count - shared)])) }
        let (p, q) = (head(x), head(y))
        let ordinal = { (s: String) in s.count == 2 && s.hasPrefix("第") && "一二三四五六七八九十".contains(s.last!) }
        if ordinal(p) && ordinal(q) { return true }
        return partitions.contains { words in
            words.contains { LiteralSearch.contains(a, $0) } && words.contains { LiteralSearch.contains(b, $0) }
                && !words.contains { LiteralSearch.contains(a, $0) && LiteralSearch.contains(b, $0) }
        }
    }

    /// A base-unit amount written in the total's scale: 1383000 人 beside 131.6万人 → 138.3万人.
    static func display(_ value: Decimal, like total: Statement) -> String {
        let unit = total.unitFamily ?? ""
        for (word, scale) in [("亿", Decimal(100_000_000)), ("万", Decimal(10_000))] where total.shown.contains(word) {
            return (value / scale).plainString + word + unit
        }
        return value.plainString + unit
    }

    /// Same unit family and kind, both levels; a target's parts are targets too, so an implied part (the
    /// figure after 其中 under 安排145亿元) is compared whatever its own target mark.
    static func comparable(_ part: Statement, _ total: Statement, implied: Bool = false) -> Bool {
        part.unitFamily == total.unitFamily && part.metric.kind == total.metric.kind
            && MetricIdentity.amounts.contains(part.metric.kind) && part.metric.direction == nil && total.metric.direction == nil
            && (implied || part.isTarget == total.isTarget)
    }
}
