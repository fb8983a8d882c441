import Foundation

/// The steps after scanning: years for 3月24日, the document period, 其中 links, and the offsets back to the file.
enum ExtractorSupport {
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (A report quotes a hundred names or more: grown by appends, the array was copied eight times a document.)
        out.reserveCapacity(ranges.count)
        for r in ranges {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// The reporting period from the first lines: 2024年4月份 → 2024-04; 2016年1—10月 → 2016-01/10; 2025年 → 2025.
    static func period(_ figures: [Figure], text: DocText) -> String? {
        var lines = 0
        var limit = 0
        while limit < text.count, lines < 6 { if text.t[limit] == 0x0A { lines += 1 }; limit += 1 }
        limit = min(limit, 400)
        var stamp: String? = nil
        // (By index: a loop over the elements copies every figure.)
        for k in figures.indices where figures[k].kind == .date && figures[k].span.lowerBound < limit && figures[k].isStamp {
            stamp = figures[k].dateValue.map { String($0.prefix(7)) }
            break
        }
        guard let header = headerPeriod(figures, text: text, limit: limit) else { return stamp }
        // A news story dated 2015-07-04 that opens with its history (1930年, 2012年) is not a report on 1930:
        // the header date stands only when it is within a year of the page's own date stamp.
        if let stamp, let sy = Int(stamp.prefix(4)), let hy = Int(header.prefix(4)), hy < sy - 1 { return stamp }
        return header
    }

    /// Whether the later years of a document (each figure's year less the report's period, for the figures that a later
    /// year made plans) run year by year — one, two and three years after the period all stated —: then the text
    /// reviews a series (近些年来交通事故: 2007年…, 2008年…, 2009年…, 2010年…, its period read from the first), and its
    /// later years are outcomes, not plans. A work report states the year after its own as the plan and further ones
    /// only as horizons (到2030年, 2035年), not every year between.
    static func isYearByYearReview(_ ahead: [Int]) -> Bool {
        guard ahead.count >= 3 else { return false }
        var seen = 0
        for a in ahead where a >= 1 && a <= 3 { seen |= 1 << a }
        return seen == 0b1110
    }

    /// 比 较 从 自 由 与 同 至 到: the words before a date that make it a base or an end of a comparison.
    static let comparisonBases: Set<UInt32> = [0x6BD4, 0x8F83, 0x4ECE, 0x81EA, 0x7531, 0x4E0E, 0x540C, 0x81F3, 0x5230]

    /// The first written date in the header (2016年1—10月 → 2016-01/10), stamps left out.
    private static func headerPeriod(_ figures: [Figure], text: DocText, limit: Int) -> String? {
        for k in figures.indices where figures[k].kind == .date && figures[k].span.lowerBound < limit && !figures[k].isStamp {
            let f = figures[k]
            // (The date values are ASCII (2016-01, ????-03-24, 2016-01/10): '/' looked for as a byte, not through
            // Foundation's contains.)
            guard let d = f.dateValue, !d.utf8.starts(with: "????".utf8), !d.utf8.contains(0x2F) else { continue }
            // 较2020年增长21.3%, 从2019年起: a base of comparison or the start of a span is not what the text reports on.
            if f.span.lowerBound > 0, comparisonBases.contains(text.t[f.span.lowerBound - 1]) { continue }
            // 2016年1—10月, 2024年前3个月, 2024年一至三月 (MonthRange); 2024年1月至3月, whose date reads 2024年1月.
            let u = f.span.upperBound
            if d.utf8.count == 4, let v = MonthRange.lastMonth(text.t, at: u, before: text.count), v > 1 {
                return "\(d)-01/\(ChineseNumeral.twoDigits(v))"
            }
            if d.utf8.count == 7, d.hasSuffix("-01"), u >= 2, text.t[u - 1] == 0x6708, text.t[u - 2] == 0x31,
               let v = MonthRange.lastMonth(text.t, at: u - 2, before: text.count), v > 1 {
                return "\(d.prefix(4))-01/\(ChineseNumeral.twoDigits(v))"
            }
            return d.count == 10 ? String(d.prefix(7)) : d
        }
        return nil
    }

    /// How far back (in scalars) a year written earlier still dates 3月5日 when the document has no period.
    static let nearbyYearReach = 300

    /// 3月24日 takes its year from a year in the same sentence, else from the document period, else from a year
    /// written shortly before it.
    static func inferYears(_ figures: inout [Figure], text: DocText, period: String?) {
        for k in figures.indices {
            guard let d = figures[k].dateValue, d.hasPrefix("????") else { continue }
            let s = text.sentenceStart(before: figures[k].numberStart)
            let e = text.sentenceEnd(after: figures[k].numberStart)
            var year: Int? = nil
            for j in stride(from: k - 1, through: 0, by: -1) {
                if figures[j].span.lowerBound < s { break }
                if let y = figures[j].year { year = y; break }
            }
            if year == nil {
                for j in (k + 1)..<figures.count {
                    if figures[j].span.lowerBound >= e { break }
                    if let y = figures[j].year { year = y; break }
                }
            }
            if year == nil, let p = period, let y = Int(p.prefix(4)) { year = y }
            // No period: the year last written before it, close by (a title 政府工作报告——2008年3月5日 over a caption
            // 3月5日，国务院总理…).
            if year == nil, period == nil {
                let reach = figures[k].numberStart - nearbyYearReach
                for j in stride(from: k - 1, through: 0, by: -1) {
                    if figures[j].span.lowerBound < reach { break }
                    if let y = figures[j].year { year = y; break }
                }
            }
            if let year {
                figures[k].dateValue = "\(year)" + d.dropFirst(4)
                figures[k].year = year
            }
        }
    }

    /// Figures after 其中 point to their total: the nearest figure with the same unit before the 其中.
    ///
    /// - The 其中 is looked for back to the sentence start (。！？ or a line break; a 其中 list runs on across ；),
    ///   skipping closed brackets: in 卫生院51个（其中街道卫生院7个，乡镇卫生院44个），疾病预防控制中心13个 the items in
    ///   the brackets are parts of 卫生院, 疾病预防控制中心 belongs to the outer list.
    /// - A 其中 that opens a sentence (…签约项目48个。\n其中，工业项目签约30个) links to the sentence before.
    /// - A list ends when its parts already add up to the total (在校学生131.6万人，其中本专科学生116.0万人，
    ///   硕士研究生12.9万人，博士研究生2.8万人，专任教师6.8万人: 专任教师 is not a student).
    static func linkParts(_ figures: inout [Figure], text: DocText,
                          contrasts: [(String, String)] = [], qizhongs: QizhongIndex? = nil) {
        linkParts(&figures, text: text, contrasts: Contrasts(contrasts), qizhongs: qizhongs)
    }

    /// The contrast pairs (收入/支出) prepared for `linkParts`: once per Extractor, not per document.
    struct Contrasts {
        /// Every word of every pair, for the quick test that a part names none.
        let words: LiteralSearch.WordList
        let pairs: [(LiteralSearch.Prepared, LiteralSearch.Prepared)]

        /// Words naming both sides at once (进出口): a total holding one contrasts with no part.
        let joints: LiteralSearch.WordList

        /// Words of a per-unit amount (人均, 平均): contexts.yaml intensive_markers.
        let intensive: LiteralSearch.WordList

        /// A budget balance's side totals (总支出, 收入总计): contexts.yaml side_totals.
        let sideTotals: LiteralSearch.WordList

        init(_ pairs: [(String, String)], joints: [String] = [], intensive: [String] = [], sideTotals: [String] = []) {
            words = LiteralSearch.WordList(pairs.flatMap { [$0.0, $0.1] })
            self.joints = LiteralSearch.WordList(joints)
            self.intensive = LiteralSearch.WordList(intensive)
            self.sideTotals = LiteralSearch.WordList(sideTotals)
            self.pairs = pairs.map { (LiteralSearch.Prepared($0.0), LiteralSearch.Prepared($0.1)) }
        }

        /// The subject names a budget balance's side total (总支出合计, 收入总计).
        func isSideTotal(_ subject: String) -> Bool { !sideTotals.words.isEmpty && sideTotals.anyContained(in: subject) }
    }

    /// (On the figures, before any metric is built: `Figure.partOf` becomes `Metric.partOf`, and `extract`'s JSON
    /// Lines are written from the figures without building metrics at all.)
    static func linkParts(_ figures: inout [Figure], text: DocText,
                          contrasts prepared: Contrasts, qizhongs: QizhongIndex? = nil) {
        let t = text.t
        let qizhongs = qizhongs ?? QizhongIndex(text)
        let contrastWords = prepared.words
        let contrasts = prepared.pairs
        // The parts counted so far of each total, and the share of it they may reach (worked out once per total).
        // (The parts of one total come one after another: its entry is kept at hand while they do, and filed in
        // the dictionary when another total's parts begin.)
        var partSums: [Int: PartSum] = [:]
        var current = -1
        var currentSum: PartSum? = nil
        var closed: Set<Int> = []
        // The 其中 of the last figure that had one, and where its total may stand (the parts of one 其中 share it:
        // the walk back was made once per part).
        var lastFound = -1, lastLo = 0
        var walk = QizhongWalk()
        // The last part whose total was looked for, its 其中 and the answer (-1: none).
        var lastAskedK = -1, lastAskedFound = -1, lastAskedTotal = -1
        // The total whose contrast words were last looked up, and which it holds.
        var maskedTotal = -1, totalMask: UInt64 = 0
        // Whether each figure's subject names a balance's side total, asked once per figure (as `isIntensive`).
        var sideMemo = SubjectMemo(count: figures.count)
        @inline(__always) func isSideTotal(_ i: Int) -> Bool {
            sideMemo.answer(i) { prepared.isSideTotal(figures[i].subject) }
        }
        // Whether each figure's subject holds a per-unit word (人均, 平均), asked once per figure: the parts of one
        // total asked it of the same total, and of each other, again and again (a word search per subject).
        var intensiveMemo = SubjectMemo(count: figures.count)
        @inline(__always) func isIntensive(_ i: Int) -> Bool {
            intensiveMemo.answer(i) { prepared.intensive.anyContained(in: figures[i].subject) }
        }
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            guard let found = qizhongs.qizhong(before: figures[k].numberStart, text: text, walk: &walk),
                  !opensField(t, qizhong: found) else { continue }
            // Where the total may stand: the 其中's own sentence before it, or the sentence before when 其中 opens one.
            var lo = found
            if found == lastFound {
                lo = lastLo
            } else {
                while lo > 0, !isPeriodEnd(t[lo - 1]) { lo -= 1 }
                var opening = true
                // (这其中，执业(助理)医师408.6万人: 这 before the 其中 that opens a sentence still opens it.)
                let opener = found > lo && (t[found - 1] == 0x8FD9 || t[found - 1] == 0x9019) ? found - 1 : found
                for q in lo..<opener where !(t[q] == 0x20 || t[q] == 0x0A || t[q] == 0x09 || t[q] == 0x3000) { opening = false; break }
                if opening {
                    while lo > 0, isPeriodEnd(t[lo - 1]) || t[lo - 1] == 0x20 { lo -= 1 }
                    while lo > 0, !isPeriodEnd(t[lo - 1]) { lo -= 1 }
                }
                lastFound = found
                lastLo = lo
            }
            // The total: back from the part to the first figure before the 其中 with the same unit, not before `lo`.
            // A later part of the same 其中 and unit reads back only to the part asked before and, finding nothing
            // there, takes its answer (the parts of a list of n were each walked back over all earlier ones).
            var total = -1
            let reuse = lastAskedK >= 0 && lastAskedFound == found
                && LiteralSearch.equals(figures[lastAskedK].unit, figures[k].unit)
            var j = k - 1, exhausted = true
            while j >= (reuse ? lastAskedK : 0) {
                if figures[j].span.upperBound <= found {
                    if figures[j].span.lowerBound < lo { exhausted = false; break }
                    // (A change is no total of levels: 常住人口578.9万人，比上年末增加2.3万人。其中，城镇人口412.3万人 — the
                    // parts are of the level; changes are of a change: 上涨0.3%。其中，城市上涨0.3%.)
                    if figures[j].kind.isQuantity, !figures[j].fromTable,
                       figures[j].direction == nil || figures[k].direction != nil,
                       LiteralSearch.equals(figures[j].unit, figures[k].unit) { total = j; exhausted = false; break }
                }
                j -= 1
            }
            if exhausted, reuse { total = lastAskedTotal }
            // 政府债务余额1236.5亿元，控制在省核定的债务限额1386.2亿元以内。其中，一般债务余额486.3亿元: when the
            // nearest figure does not end as the part does (限额 / 余额) and one before it in reach does, that one is
            // the total. (Not past a balance's side total: 总支出合计413.0亿元，其中，…安排预算稳定调节基金11.5亿元 — every use
            // is its part, whatever its head; 动用预算稳定调节基金 before it is a source.)
            let partSubject = figures[k].subject
            if total > 0, !ExtractorSupport.sharesHead(figures[total].subject, partSubject),
               !isSideTotal(total),
               let e = earlierTotal(figures, before: total, from: lo, until: found, of: k, where: {
                   ExtractorSupport.sharesHead($0.subject, partSubject) }) {
                total = e
            }
            // 生产总值951435万元，…人均地区生产总值为74331元。其中，第一产业增加值57116万元: a per-unit amount nearest the 其中
            // is no total of amounts that are not per unit (see below) — the total is the amount of that unit before it.
            if total > 0, !prepared.intensive.words.isEmpty, figures[k].kind != .percent,
               isIntensive(total), !isIntensive(k),
               let e = earlierTotal(figures, before: total, from: lo, until: found, of: k, at: { !isIntensive($0) }) {
                total = e
            }
            (lastAskedK, lastAskedFound, lastAskedTotal) = (k, found, total)
            // 营业收入1100.7亿元，…利税总额89.7亿元，利润总额19.4亿元。其中，国有企业…利税总额62.8亿元: when a figure
            // in reach bears the part's own name (the part's subject is it, or ends with it) and the nearest does not,
            // that one is the total — 利润总额 shares the head 总额 with 利税总额 but is another account.
            // (Read back from the part over every figure before the 其中, not from the total: a later part takes the
            // first part's total unasked; the answer kept for the next
            // part is the nearest one's.)
            // (Not a part of another total: 市本级政府债务限额…，其中：一般债务限额616523万元…；县（市、区）政府债务限额8823544万元，
            // 其中：一般债务限额2262162万元 — the first list's 一般债务限额 is the second's sibling, not its total.)
            if total >= 0, !partSubject.isEmpty, !names(figures[total].subject, partSubject) {
                if let e = earlierTotal(figures, before: k, from: lo, until: found, of: k, where: {
                    $0.partOf == nil && names($0.subject, partSubject) }) {
                    total = e
                } else {
                    // 资产总额192.02亿元，负债总额32.15亿元，净资产总额159.87亿元。其中，行政单位资产总额62.36亿元: the part ends
                    // as the nearest total does (资产总额) but not with the whole of it (净资产总额 is another account); a
                    // figure in reach whose name the part shares a longer ending with (单位资产总额) is the total.
                    let nearest = commonEnding(figures[total].subject, partSubject)
                    if nearest >= 2, let e = earlierTotal(figures, before: total, from: lo, until: found, of: k, where: {
                        $0.partOf == nil && commonEnding($0.subject, partSubject) > nearest }) {
                        total = e
                    }
                }
            }
            guard total >= 0, !closed.contains(total) else { continue }
            // A figure of the contrasting account (支出 after a 收入 total) is no part: the list has ended,
            // even where the source lost the 。 between them (…增长2.6% 一般公共预算支出2680.0亿元).
            // (A part that holds no word of any pair contrasts with nothing: one pass over it says so.)
            // (Which words each subject holds, found in one pass; the total's once for all its parts.)
            let partMask = wordMask(contrastWords, in: figures[k].subject)
            if partMask != 0 {
                if total != maskedTotal {
                    // 货物进出口总额 names both sides: 出口 and 进口 are both its parts (its bytes hold 出口, not 进口).
                    let joint = !prepared.joints.words.isEmpty && prepared.joints.anyContained(in: figures[total].subject)
                    (maskedTotal, totalMask) = (total, joint ? 0 : wordMask(contrastWords, in: figures[total].subject))
                }
                if contrasting(partMask, totalMask, pairs: contrasts.count) {
                    closed.insert(total)
                    continue
                }
            }
            // Additive parts (counts, money, measures) cannot go on once they make up the total.
            let additive = figures[k].kind == .count || figures[k].kind == .money || figures[k].kind == .measure
            // A per-unit amount has no parts: 全体居民人均可支配收入32415元。其中，城镇居民人均可支配收入45862元 is
            // one group's own average, above the whole's as it may be.
            if additive, !prepared.intensive.words.isEmpty {
                // (The total's answer kept for its other parts.)
                if isIntensive(total) || isIntensive(k) { continue }
            }
            if additive, isPositive(figures[total].value), isNonNegative(figures[k].value) {
                if total != current {
                    if let e = currentSum { partSums[current] = e }
                    current = total
                    currentSum = partSums[total] ?? PartSum(total: figures[total].value)
                }
                // (A balance's side total lists every source or use to the end of its clause, the last a small one
                // after the sum is within rounding of it: 总支出合计413.0亿元，其中，…结转下年支出41.1亿元，待偿债再融资一般债券
                // 结余0.9亿元 — the list is not cut where its sum first reaches 99.5% of the total.)
                if !isSideTotal(total), currentSum!.isComplete() { continue }
                currentSum!.add(figures[k].value)
            }
            figures[k].partOf = total
        }
    }

    /// 其中，在促进创业带动就业方面，推进试点示范项目建设，1-9月全省创业培训11.78万人: a 其中 followed by 在…方面 picks out
    /// one field of the work the text before it speaks of, not parts of a figure — the figures after it are that field's
    /// own, no parts of the figure before the 其中. (其中在校生3.2万人 is a part: a comma comes before any 方面.)
    static func opensField(_ t: [UInt32], qizhong found: Int) -> Bool {
        var i = found + 2
        while i < t.count, t[i] == 0xFF0C || t[i] == 0x2C || t[i] == 0xFF1A || t[i] == 0x3A || t[i] == 0x20 { i += 1 }
        guard i < t.count, t[i] == 0x5728 else { return false }     // 在
        let end = min(t.count - 2, i + 24)
        var j = i + 1
        while j < end {
            let c = t[j]
            if c == 0xFF0C || c == 0x2C || c == 0x3002 || c == 0xFF1B || c == 0x0A { return false }
            if c == 0x65B9, t[j + 1] == 0x9762 {                     // 方面
                let n = t[j + 2]
                return n == 0xFF0C || n == 0x2C || n == 0xFF1A || n == 0x3A
            }
            j += 1
        }
        return false
    }

    /// The total's subject names the part's account: the part's subject is it or ends with it (利税总额 / 国有企业利税总额),
    /// two letters at least.
    static func names(_ total: String, _ part: String) -> Bool {
        // (Compared as raw UTF-8 in place: the suffix of a String's UTF8View and its elementsEqual walked through
        // index arithmetic, asked once or more per part.)
        let t = total.utf8.count, p = part.utf8.count
        guard t >= 6, p >= t else { return false }
        return withUTF8(total, part) { x, y in memcmp(x.baseAddress!, y.baseAddress! + (p - t), t) == 0 }
    }

    /// How many scalars two subjects end in alike (资产总额 for 净资产总额 and 行政单位资产总额: 4).
    /// Counted on the UTF-8: the scalars both end in are those whose first byte lies in the bytes both end in (a
    /// scalar's bytes are equal from its first on exactly when the scalars are), which walking the scalars backwards
    /// from both ends decoded one by one.
    static func commonEnding(_ a: String, _ b: String) -> Int {
        withUTF8(a, b) { x, y in
            var i = x.count, j = y.count, n = 0
            while i > 0, j > 0, x[i - 1] == y[j - 1] {
                i -= 1
                j -= 1
                if x[i] & 0xC0 != 0x80 { n += 1 }
            }
            return n
        }
    }

    /// `body` with the UTF-8 of both strings in place (a native String's own storage; a copy otherwise).
    @inline(__always)
    static func withUTF8<R>(_ a: String, _ b: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in body(x, y) } }
    }

    /// The nearest figure before index `before` and not starting before `from` that may be the total of part `k`
    /// — a quantity of the part's unit, no change, not from a table, ending before the 其中 at `until` — and passes
    /// `test`: where `linkParts` looks again when the nearest candidate is no total of the part (another head, a
    /// per-unit amount, another account's name). nil when none is.
    static func earlierTotal(_ figures: [Figure], before: Int, from: Int, until: Int, of k: Int,
                             where test: (Figure) -> Bool) -> Int? {
        earlierTotal(figures, before: before, from: from, until: until, of: k, at: { test(figures[$0]) })
    }

    /// The same, `test` asked of the candidate's index (so an answer kept per figure can be read).
    static func earlierTotal(_ figures: [Figure], before: Int, from: Int, until: Int, of k: Int,
                             at test: (Int) -> Bool) -> Int? {
        var e = before - 1
        while e >= 0, figures[e].span.lowerBound >= from {
            if figures[e].span.upperBound <= until, figures[e].kind.isQuantity, !figures[e].fromTable, figures[e].direction == nil,
               LiteralSearch.equals(figures[e].unit, figures[k].unit), test(e) { return e }
            e -= 1
        }
        return nil
    }

    /// A yes/no answer about each figure's subject, worked out the first time it is asked (`linkParts` asks the same
    /// figures as total, as part and as a candidate further back).
    struct SubjectMemo {
        /// Per figure: 0 not asked yet, 1 no, 2 yes.
        private var answers: [UInt8]

        init(count: Int) { answers = [UInt8](repeating: 0, count: count) }

        @inline(__always)
        mutating func answer(_ i: Int, _ work: () -> Bool) -> Bool {
            let known = answers[i]
            if known != 0 { return known == 2 }
            let yes = work()
            answers[i] = yes ? 2 : 1
            return yes
        }
    }

    /// Whether two subjects end in the same two letters, the head of a noun phrase (政府债务余额 and 一般债务余额 end
    /// in 余额; 省核定的债务限额 does not). Read from the end of the UTF-8: the last two scalars.
    static func sharesHead(_ a: String, _ b: String) -> Bool {
        // (Two ideographs at both ends, the usual case, are their last six UTF-8 bytes; otherwise stepped back from the
        // ends: counting the scalars walked the whole subject, a tenth of linkParts on HTML.)
        // (The six bytes read in place: a UTF8View suffix, its index offsets and elementsEqual cost over a thousand
        // instructions a call.)
        if a.utf8.count >= 6, b.utf8.count >= 6 {
            let fast: Bool? = withUTF8(a, b) { u, v in
                let x = u.count - 6, y = v.count - 6
                guard u[x] & 0xF0 == 0xE0, v[y] & 0xF0 == 0xE0, u[x + 3] & 0xF0 == 0xE0, v[y + 3] & 0xF0 == 0xE0 else {
                    return nil
                }
                return memcmp(u.baseAddress! + x, v.baseAddress! + y, 6) == 0
            }
            if let fast { return fast }
        }
        let x = a.unicodeScalars, y = b.unicodeScalars
        var i = x.endIndex, j = y.endIndex
        for _ in 0..<2 {
            guard i > x.startIndex, j > y.startIndex else { return false }
            i = x.index(before: i)
            j = y.index(before: j)
            if x[i] != y[j] { return false }
        }
        return true
    }

    /// True when one subject names one side of a contrast pair (收入/支出) and the other names the other side.
    static func contrasting(_ part: String, _ total: String, pairs: [(String, String)]) -> Bool {
        // (LiteralSearch: Foundation's contains was a tenth of HTML extract time here.)
        func has(_ s: String, _ w: String) -> Bool { LiteralSearch.contains(s, w) }
        for (a, b) in pairs {
            if has(part, a), !has(part, b), has(total, b), !has(total, a) { return true }
            if has(part, b), !has(part, a), has(total, a), !has(total, b) { return true }
        }
        return false
    }

    /// `contrasting` with the pairs prepared once: each subject's bytes are checked for inertness once, not once
    /// per word.
    static func contrasting(_ part: String, _ total: String,
                            pairs: [(LiteralSearch.Prepared, LiteralSearch.Prepared)]) -> Bool {
        var partBytes = part, totalBytes = total
        return partBytes.withUTF8 { pb in
            totalBytes.withUTF8 { tb in
                let pi = LiteralSearch.isInert(pb), ti = LiteralSearch.isInert(tb)
                func inPart(_ w: LiteralSearch.Prepared) -> Bool { LiteralSearch.contains(pb, inert: pi, part, w) }
                func inTotal(_ w: LiteralSearch.Prepared) -> Bool { LiteralSearch.contains(tb, inert: ti, total, w) }
                for (a, b) in pairs {
                    if inPart(a), !inPart(b), inTotal(b), !inTotal(a) { return true }
                    if inPart(b), !inPart(a), inTotal(a), !inTotal(b) { return true }
                }
                return false
            }
        }
    }

    /// The parts counted so far of one total, and whether they make it up (reach `completeShare` of it). Kept as
    /// integers of 10⁻⁶ while the total and every part is one (`micros`): Foundation's Decimal +, × and >= were
    /// most of `linkParts` on Linux. From the first value that is not, in Decimal, as before. Both are exact (the
    /// integers fit in 19 digits, Decimal holds 38), so the answers are the same.
    struct PartSum {
        let total: Decimal
        let totalMicros: Int64?
        /// The sum in 10⁻⁶ while exact; nil once it is kept in `sum`.
        var sumMicros: Int64?
        var sum: Decimal = 0

        init(total: Decimal) {
            self.total = total
            totalMicros = ExtractorSupport.micros(total)
            sumMicros = totalMicros == nil ? nil : 0
        }

        /// sum ≥ total × 0.995 (the reference: `decimalSum >= total * completeShare`).
        func isComplete() -> Bool {
            if let s = sumMicros, let t = totalMicros {
                // s ≥ t × 0.995  ⇔  s × 1000 ≥ t × 995, exact in 128 bits.
                return Int128(s) * 1000 >= Int128(t) * 995
            }
            return decimalSum >= total * ExtractorSupport.completeShare
        }

        /// Counts one more part (the reference: `sum + value`).
        mutating func add(_ value: Decimal) {
            if let s = sumMicros, let m = ExtractorSupport.micros(value) {
                let (r, overflow) = s.addingReportingOverflow(m)
                if !overflow { sumMicros = r; return }
            }
            sum = decimalSum + value
            sumMicros = nil
        }

        /// The sum as a Decimal (of the same value whichever way it is kept).
        var decimalSum: Decimal {
            guard let s = sumMicros else { return sum }
            return Decimal(sign: .plus, exponent: -6, significand: Decimal(s))
        }
    }

    /// A non-negative Decimal as an integer count of 10⁻⁶ (2680.5 → 2_680_500_000), when it is one exactly and fits
    /// in 62 bits; nil otherwise (a negative or NaN value, a finer fraction, a larger number). Read from Decimal's
    /// stored fields (exponent byte; length, sign and compact bits; 16-bit mantissa words from byte 4): Foundation offers no cheap exact
    /// conversion. The layout is checked once against known values (`decimalLayoutReadable`); where it differs,
    /// every answer is nil and callers keep to Decimal.
    static func micros(_ d: Decimal) -> Int64? {
        guard decimalLayoutReadable else { return nil }
        return rawMicros(d)
    }

    private static let powersOfTen: [Int64] = (0...18).map { e in (0..<e).reduce(Int64(1)) { p, _ in p * 10 } }

    private static func rawMicros(_ d: Decimal) -> Int64? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        let (exponent, length, negative, m) = DecimalDigits.parts(d)
        if length == 0 { return negative ? nil : 0 }  // NaN, or zero
        guard !negative, length <= 4, m < 1 << 62 else { return nil }
        let e = exponent + 6
        guard e >= 0, e <= 18 else { return nil }
        let (r, overflow) = Int64(m).multipliedReportingOverflow(by: powersOfTen[e])
        return overflow ? nil : r
    }

    /// True when `rawMicros` reads this Foundation's Decimal right (checked on values of each shape once).
    static let decimalLayoutReadable: Bool = {
        let cases: [(String, Int64?)] = [("2680.50", 2_680_500_000), ("1.5e3", 1_500_000_000), ("0", 0),
                                         ("0.995", 995_000), ("123456789012", 123_456_789_012_000_000),
                                         ("0.0000001", nil), ("-2", nil), ("123456789012345678901234", nil)]
        return cases.allSatisfy { s, want in Decimal(string: s).map { rawMicros($0) == want } ?? false }
            && rawMicros(Decimal.nan) == nil && rawMicros(Decimal(70000)) == 70_000_000_000
    }()

    /// `contrasting` on the masks of `wordMask` (word 2i and 2i+1 are the sides of pair i, as `Contrasts` lists
    /// them): the same test, the words of each subject looked up once.
    static func contrasting(_ part: UInt64, _ total: UInt64, pairs: Int) -> Bool {
        for i in 0..<pairs {
            let a: UInt64 = 1 << UInt64(2 * i), b: UInt64 = a << 1
            if part & a != 0, part & b == 0, total & b != 0, total & a == 0 { return true }
            if part & b != 0, part & a == 0, total & a != 0, total & b == 0 { return true }
        }
        return false
    }

    /// The words of `list` that `s` holds (`LiteralSearch.contains`), as bits by their index (64 words at most;
    /// beyond, every bit is set for the words from 63 on, which only `contrasting` reads and never past its pairs).
    /// Read with `WordList.scan`, the walk `anyContained` makes.
    static func wordMask(_ list: LiteralSearch.WordList, in s: String) -> UInt64 {
        guard list.words.count <= 64 else { return wordMaskReference(list, in: s) }
        var mask: UInt64 = 0
        _ = list.scan(s) { k in mask |= 1 << UInt64(k); return false }
        return mask
    }

    /// `wordMask` asking LiteralSearch for each word (the reference the tests compare it with).
    static func wordMaskReference(_ list: LiteralSearch.WordList, in s: String) -> UInt64 {
        var mask: UInt64 = 0
        for k in list.words.indices where LiteralSearch.contains(s, list.words[k]) { mask |= 1 << UInt64(min(k, 63)) }
        return mask
    }

    /// `d > 0` read from the sign and zero flags, not through Foundation's comparison (slow on Linux); a NaN asks
    /// Foundation.
    static func isPositive(_ d: Decimal) -> Bool { d.isNaN ? d > 0 : !d.isZero && !d.isSignMinus }

    /// `d >= 0`, as `isPositive`.
    static func isNonNegative(_ d: Decimal) -> Bool { d.isNaN ? d >= 0 : !d.isSignMinus }

    /// Parts that reach this share of their total make it up (rounding: 116.0 + 12.9 + 2.8 of 131.6).
    static let completeShare = Decimal(string: "0.995")!

    /// 。！？ and line breaks (not ；, which separates the items of a 其中 list).
    static func isPeriodEnd(_ s: UInt32) -> Bool { s == 0x3002 || s == 0x21 || s == 0x3F || s == 0x0A }

    /// The 其中 that governs a figure at `i`: back to the sentence start, over closed brackets, never out of the
    /// bracket the figure stands in.
    static func qizhong(before i: Int, text: DocText) -> Int? {
        let t = text.t
        var p = i - 1
        var depth = 0
        while p >= 1 {
            let s = t[p]
            if isPeriodEnd(s) { return nil }
            if s == 0x29 || s == 0xFF09 { depth += 1 }
            else if s == 0x28 || s == 0xFF08 {
                if depth == 0 { return nil }   // inside a bracket that names no 其中 of its own
                depth -= 1
            } else if depth == 0, s == 0x4E2D, t[p - 1] == 0x5176 { return p - 1 }
            p -= 1
        }
        return nil
    }

    /// `qizhong(before:text:)` asked for positions in ascending order (the parts of one 其中 list): the walk back
    /// from `i` stops where the last asked one began when the scalars between leave no bracket open and hold no
    /// 其中, 。 or unmatched （, and takes that answer (a list of twenty parts was walked twenty times to its 其中).
    struct QizhongWalk {
        private var lastI = -1
        private var lastAnswer: Int? = nil

        mutating func qizhong(before i: Int, text: DocText) -> Int? {
            let answer = walk(before: i, text: text)
            lastI = i
            lastAnswer = answer
            return answer
        }

        private func walk(before i: Int, text: DocText) -> Int? {
            guard lastI >= 1, lastI <= i else { return ExtractorSupport.qizhong(before: i, text: text) }
            let t = text.t
            var p = i - 1
            var depth = 0
            // The scalars the last walk did not read (p ≥ lastI) as `qizhong(before:)` reads them; just below lastI
            // with no bracket open, the rest of the walk is the last one. With a bracket open, the walk goes on.
            while true {
                if p == lastI - 1, depth == 0 { return lastAnswer }
                guard p >= 1 else { return nil }
                let s = t[p]
                if isPeriodEnd(s) { return nil }
                if s == 0x29 || s == 0xFF09 { depth += 1 }
                else if s == 0x28 || s == 0xFF08 {
                    if depth == 0 { return nil }
                    depth -= 1
                } else if depth == 0, s == 0x4E2D, t[p - 1] == 0x5176 { return p - 1 }
                p -= 1
            }
        }
    }

    /// Where 其中 stands in a text, so the figures of a sentence without one skip the walk of `qizhong(before:)`.
    struct QizhongIndex {
        /// Positions of 其 in 其中, ascending.
        let starts: [Int]

        init(_ text: DocText) {
            starts = text.wordStarts((0x5176, 0x4E2D), (0x5176, 0x4E2D)).0
        }

        /// From positions already found (`DocText.wordStarts`).
        init(starts: [Int]) {
            self.starts = starts
        }

        /// `ExtractorSupport.qizhong(before: i, text:)`: nil at once when no 其中 stands between the period-sentence
        /// start (。！？ or a line break; ；does not end it) and `i`.
        func qizhong(before i: Int, text: DocText) -> Int? {
            mayHoldQizhong(before: i, text: text) ? ExtractorSupport.qizhong(before: i, text: text) : nil
        }

        /// `qizhong(before:text:)`, with the walk back remembered from the last position asked (see QizhongWalk).
        func qizhong(before i: Int, text: DocText, walk: inout QizhongWalk) -> Int? {
            mayHoldQizhong(before: i, text: text) ? walk.qizhong(before: i, text: text) : nil
        }

        /// Whether a 其中 stands between the period-sentence start and `i` (the walk back decides the rest).
        private func mayHoldQizhong(before i: Int, text: DocText) -> Bool {
            // The last 其 whose 中 is before i.
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] + 1 <= i - 1 { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return false }
            let q = starts[lo - 1]
            // The period-sentence start: sentence starts back over ；.
            var j = text.sentenceStart(before: i)
            while j > 0, text.t[j - 1] == 0x3B { j = text.sentenceStart(before: j - 1) }
            return q >= j
        }
    }

    /// 其中，城市上涨0.3%: a part named only by a modifier (城市, 农村, 城镇) takes the head of its total's subject
    /// (全国居民消费价格 → 城市居民消费价格).
    static func completePartSubjects(_ figures: inout [Figure], modifiers: [String]) {
        completePartSubjects(&figures, modifiers: modifiers.map(LiteralSearch.Prepared.init))
    }

    static let partRegions = ["全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全年", "全体"]

    /// `completePartSubjects` with the modifiers prepared once (per Extractor). `measureEnds` (contexts.yaml
    /// part_measure_ends): 农作物受灾面积1898.7千公顷，其中绝收250.3千公顷 — a part of one or two letters whose total names a
    /// measure (…面积, …额) is a kind of that measure, and takes its total's subject as a modifier does (绝收农作物受灾面积).
    /// (A total naming no measure — 医疗卫生机构…，其中医院 — leaves its parts alone: 医院 is a noun of its own.)
    static func completePartSubjects(_ figures: inout [Figure], modifiers prepared: [LiteralSearch.Prepared],
                                     measureEnds: [String] = []) {
        for k in figures.indices {
            guard let total = figures[k].partOf, total < figures.count else { continue }
            let part = figures[k].subject
            var partBytes = part
            let isModifier = partBytes.withUTF8 { pb in
                let inert = LiteralSearch.isInert(pb)
                return prepared.contains { LiteralSearch.equals(pb, inert: inert, part, $0) }
            }
            guard isModifier || isMeasurePart(part, total: figures[total].subject, measureEnds: measureEnds) else { continue }
            if let subject = completedPartSubject(part, total: figures[total].subject) {
                figures[k].subject = subject
                // 其中，水电971.82万千瓦，同比增长0.37%: the figures right after the part that borrowed its bare name (and
                // are no parts themselves) are the completed part's too.
                var m = k + 1
                while m < figures.count, figures[m].partOf == nil, LiteralSearch.equals(figures[m].subject, part) {
                    figures[m].subject = subject
                    m += 1
                }
            }
        }
    }

    /// A part named by one or two letters (绝收) whose total's subject ends in a measure word of `measureEnds` (农作物受灾
    /// 面积): see `completePartSubjects`.
    static func isMeasurePart(_ part: String, total: String, measureEnds: [String]) -> Bool {
        guard !measureEnds.isEmpty else { return false }
        let n = part.unicodeScalars.count
        guard n >= 1, n <= 2 else { return false }
        return measureEnds.contains { total.hasSuffix($0) }
    }

    /// The subject a modifier part (出口) takes from its total's (全市进出口总额 → 出口总额), or nil to keep it:
    /// on UTF-8 bytes when both are simple text (each scalar a Character, byte equality canonical equality), else
    /// `completedPartSubjectReference`. (Character-walking hasPrefix/count and Foundation's range(of:) were most
    /// of the cost.)
    static func completedPartSubject(_ part: String, total: String) -> String? {
        guard !part.isEmpty, SimpleText.isSimple(part), SimpleText.isSimple(total) else {
            return completedPartSubjectReference(part, total: total)
        }
        let p = Array(part.utf8), t = Array(total.utf8)
        var start = 0
        for r in partRegionBytes where hasBytes(t, r, at: start) { start += r.count }
        let head = t[start...]
        let headCount = head.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        guard headCount >= 2, !hasBytes(t, p, at: start), firstBytes(head, in: p[...]) == nil,
              firstBytes(qizhongBytes[...], in: head) == nil else { return nil }
        if let r = firstBytes(p[...], in: head) {
            return String(decoding: head[r...], as: UTF8.self)
        }
        if headCount <= 10 {
            let headScalars = Set(String(decoding: head, as: UTF8.self).unicodeScalars.map(\.value))
            if !part.unicodeScalars.allSatisfy({ headScalars.contains($0.value) }) {
                return part + String(decoding: head, as: UTF8.self)
            }
        }
        return nil
    }

    /// `completedPartSubject` on Characters and Foundation's search: the rule as first written (and the fallback
    /// for text that is not simple).
    static func completedPartSubjectReference(_ part: String, total: String) -> String? {
        var head = Substring(total)
        for r in partRegions where head.hasPrefix(r) { head = head.dropFirst(r.count) }
        guard head.count >= 2, !head.hasPrefix(part), !part.contains(head), !head.contains("其中") else { return nil }
        // 进出口总额 → 出口总额: when the head already holds the modifier, the part is the head from there on.
        if let r = head.range(of: part) { return String(head[r.lowerBound...]) }
        if head.count <= 10, !part.allSatisfy({ head.contains($0) }) {
            // (进口 and 进出口总额: the head already names both directions; the part stays as written.)
            // A long total subject carries more than its head noun (a heading, a verb): leave the part alone.
            return part + head
        }
        return nil
    }

    private static let partRegionBytes = partRegions.map { Array($0.utf8) }
    private static let qizhongBytes = Array("其中".utf8)

    /// True when `w` stands in `t` at byte `i`.
    private static func hasBytes(_ t: [UInt8], _ w: [UInt8], at i: Int) -> Bool {
        i + w.count <= t.count && t[i..<(i + w.count)].elementsEqual(w)
    }

    /// The first byte index (in `h`'s own indices) where the non-empty `n` stands in `h`.
    private static func firstBytes(_ n: ArraySlice<UInt8>, in h: ArraySlice<UInt8>) -> Int? {
        guard !n.isEmpty, n.count <= h.count else { return nil }
        var i = h.startIndex
        while i + n.count <= h.endIndex {
            if h[i] == n.first!, h[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The metric of a figure, written into the uninitialized `slot`, moving the figure's subject, scope and date into
    /// it (the figure is left with them empty), with a locator carried from figure to figure (figures come in text order) and the values of the
    /// year strings of dates read so far (Foundation's Decimal parse is slow; a document repeats its years).
    /// (Moved, not copied, and built in place: a Metric returned, or passed to `append`, was copied into the array
    /// and then destroyed, a retain and a release of each of its Strings per figure.)
    static func initializeMetric(_ slot: UnsafeMutablePointer<Metric>, taking fig: inout Figure, text: DocText,
                                 source: SourceText, content: ContentText, normalized: NormalizedText,
                                 locator: inout SourceLocator, years: inout [String: Decimal?]) {
        let ranges = self.ranges(of: fig, text: text, source: source, content: content, normalized: normalized)
        initializeMetric(slot, taking: &fig, ranges: ranges, source: source, content: content, locator: &locator,
                         years: &years)
    }

    /// A figure's byte range in the content text (its surface) and in the source file.
    static func ranges(of fig: Figure, text: DocText, source: SourceText, content: ContentText,
                       normalized: NormalizedText) -> (content: Range<Int>, source: Range<Int>) {
        let contentRange = fig.contentRange ?? self.contentRange(fig.span, text: text, content: content, normalized: normalized)
        return (contentRange, sourceRange(content: contentRange, source: source, content: content))
    }

    /// `initializeMetric` with the figure's ranges already worked out (`ranges(of:)`, for all figures in one tight
    /// pass: the offset maps are read at scattered places, and the loads of one figure need not wait for the work
    /// of building the metric before).
    static func initializeMetric(_ slot: UnsafeMutablePointer<Metric>, taking fig: inout Figure,
                                 ranges: (content: Range<Int>, source: Range<Int>), source: SourceText,
                                 content: ContentText, locator: inout SourceLocator, years: inout [String: Decimal?],
                                 fields: MetricFields.Offsets? = MetricFields.offsets,
                                 writtenForms: [UInt32: UInt32] = [:], change: String? = nil) {
        let contentRange = ranges.content
        let range = ranges.source
        let value = metricValue(of: &fig, years: &years)
        let dateValue = fig.dateValue.take()
        // (Each field written straight into the slot, the Strings moved out of the figure: a Metric built and then
        // stored was copied, every String retained, and the built one destroyed; so was a blank metric copied in
        // first and written over.)
        var subject = ""
        swap(&subject, &fig.subject)
        // (Shown as written, with the change word it states: `ChangeWords`.)
        let writtenSubject = ChangeWords.shownSubject(subject, change: change, forms: writtenForms)
        let location = locator.location(ofOffset: range.lowerBound)
        let surface = content.slice(contentRange)
        guard let f = fields else {
            slot.initialize(to: Metric(location: location, sourceRange: range, surface: surface, subject: subject,
                                       value: value, valueMax: fig.valueMax, unit: fig.unit, kind: fig.kind,
                                       qualifiers: fig.qualifiers.array, scope: fig.scope.take(),
                                       direction: fig.direction, isCumulative: fig.isCumulative, partOf: fig.partOf,
                                       dateValue: dateValue, writtenSubject: writtenSubject))
            return
        }
        let raw = UnsafeMutableRawPointer(slot)
        (raw + f.location).initializeMemory(as: SourceLocation.self, to: location)
        (raw + f.sourceRange).initializeMemory(as: Range<Int>.self, to: range)
        (raw + f.surface).initializeMemory(as: String.self, to: surface)
        (raw + f.subject).initializeMemory(as: String.self, to: subject)
        (raw + f.value).initializeMemory(as: Decimal.self, to: value)
        (raw + f.valueMax).initializeMemory(as: Decimal?.self, to: fig.valueMax)
        (raw + f.unit).initializeMemory(as: String?.self, to: fig.unit)
        (raw + f.kind).initializeMemory(as: MetricKind.self, to: fig.kind)
        (raw + f.qualifiers).initializeMemory(as: [Qualifier].self, to: fig.qualifiers.array)
        (raw + f.scope).initializeMemory(as: String?.self, to: fig.scope.take())
        (raw + f.direction).initializeMemory(as: Direction?.self, to: fig.direction)
        (raw + f.isCumulative).initializeMemory(as: Bool.self, to: fig.isCumulative)
        (raw + f.partOf).initializeMemory(as: Int?.self, to: fig.partOf)
        (raw + f.dateValue).initializeMemory(as: String?.self, to: dateValue)
        (raw + f.writtenSubject).initializeMemory(as: String?.self, to: writtenSubject)
    }

    /// The value a figure's metric states: for a date its year (2024-03-24 → 2024, when the date value opens with
    /// one), else the figure's value; `years` keeps the years parsed so far (Foundation's Decimal parse is slow and a
    /// document repeats its years).
    /// (Inout, though not changed: a figure passed by value was copied, every String retained and released.)
    @inline(__always)
    static func metricValue(of fig: inout Figure, years: inout [String: Decimal?]) -> Decimal {
        guard fig.kind == .date, fig.dateValue != nil else { return fig.value }
        return dateMetricValue(fig.dateValue!, value: fig.value, years: &years)
    }

    static func dateMetricValue(_ d: String, value: Decimal, years: inout [String: Decimal?]) -> Decimal {
        if let y = commonYear(d) { return y }
        let key = String(d.prefix(4))
        let parsed: Decimal?
        if let known = years[key] { parsed = known } else { parsed = Decimal(string: key); years[key] = .some(parsed) }
        return parsed ?? value
    }

    /// `Decimal(string: String(d.prefix(4)))` for a date value that opens with a year of 1800–2199 (2024-03 →
    /// 2024), from values parsed once per process by that same call (Foundation's parse is slow on Linux); nil for
    /// any other value. The fifth byte, when there is one, must be ASCII, so that the first four Characters are
    /// the four digits.
    static func commonYear(_ d: String) -> Decimal? {
        var it = d.utf8.makeIterator()
        var v = 0
        for _ in 0..<4 {
            guard let b = it.next(), b >= 0x30, b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        if let b = it.next(), b >= 0x80 { return nil }
        guard v >= 1800, v < 2200 else { return nil }
        return commonYears[v - 1800]
    }

    /// `Decimal(string:)` of "1800" … "2199".
    static let commonYears: [Decimal?] = (1800..<2200).map { Decimal(string: String($0)) }

    /// Scalar range in the normalized text → byte range in the source file.
    static func sourceRange(_ span: Range<Int>, text: DocText, source: SourceText, content: ContentText,
                            normalized: NormalizedText) -> Range<Int> {
        sourceRange(content: contentRange(span, text: text, content: content, normalized: normalized),
                    source: source, content: content)
    }

    /// Scalar range in the normalized text → byte range in the content text (the surface as the reader sees it:
    /// for HTML, the text between the tags, never the markup of `17.5</span><span>亿元`).
    static func contentRange(_ span: Range<Int>, text: DocText, content: ContentText,
                             normalized: NormalizedText) -> Range<Int> {
        let nlo = Int(text.byteOffsets[span.lowerBound])
        let nhi = Int(text.byteOffsets[span.upperBound])
        let clo = Int(normalized.contentOffsets[min(nlo, normalized.contentOffsets.count - 1)])
        guard nhi > nlo else { return clo..<clo }
        let chi = scalarEnd(content.bytes, Int(normalized.contentOffsets[nhi - 1]))
        return clo..<max(clo, chi)
    }

    /// Content byte range → source byte range (an HTML entity at the end is taken whole).
    static func sourceRange(content r: Range<Int>, source: SourceText, content: ContentText) -> Range<Int> {
        let slo = Int(content.sourceOffsets[r.lowerBound])
        guard r.upperBound > r.lowerBound else { return slo..<slo }
        var last = r.upperBound - 1
        while last > r.lowerBound, content.bytes[last] & 0xC0 == 0x80 { last -= 1 }
        var shi = Int(content.sourceOffsets[last])
        if shi < source.bytes.count, source.bytes[shi] == 0x26 {
            var k = shi
            while k < source.bytes.count, k - shi < 12, source.bytes[k] != 0x3B { k += 1 }
            shi = k < source.bytes.count && source.bytes[k] == 0x3B ? k + 1 : scalarEnd(source.bytes, shi)
        } else {
            shi = scalarEnd(source.bytes, shi)
        }
        return slo..<max(slo, shi)
    }

    static func scalarEnd(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return b.count }
        let b0 = b[i]
        let len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        return min(b.count, i + len)
    }
}

/// Where each stored field of `Metric` lies, so that `initializeMetric` can write a metric field by field into
/// its array slot. Nil — and metrics are built whole — unless these fifteen fields are all of Metric: their
/// sizes, placed at their offsets, must account for every byte but alignment padding (a field added to Metric
/// and not here turns this off rather than leaving memory uninitialized; a test pins that it is on).
enum MetricFields {
    struct Offsets {
        let location, sourceRange, surface, subject, value, valueMax, unit, kind, qualifiers, scope, direction,
            isCumulative, partOf, dateValue, writtenSubject: Int
    }

    static let offsets: Offsets? = {
        typealias M = MemoryLayout<Metric>
        func at<T>(_ path: KeyPath<Metric, T>, _: T.Type) -> (offset: Int, size: Int, align: Int)? {
            M.offset(of: path).map { ($0, MemoryLayout<T>.size, MemoryLayout<T>.alignment) }
        }
        guard let location = at(\.location, SourceLocation.self), let sourceRange = at(\.sourceRange, Range<Int>.self),
              let surface = at(\.surface, String.self), let subject = at(\.subject, String.self),
              let value = at(\.value, Decimal.self), let valueMax = at(\.valueMax, Decimal?.self),
              let unit = at(\.unit, String?.self), let kind = at(\.kind, MetricKind.self),
              let qualifiers = at(\.qualifiers, [Qualifier].self), let scope = at(\.scope, String?.self),
              let direction = at(\.direction, Direction?.self), let isCumulative = at(\.isCumulative, Bool.self),
              let partOf = at(\.partOf, Int?.self), let dateValue = at(\.dateValue, String?.self),
              let writtenSubject = at(\.writtenSubject, String?.self)
        else { return nil }
        let fields = [location, sourceRange, surface, subject, value, valueMax, unit, kind, qualifiers, scope, direction,
                      isCumulative, partOf, dateValue, writtenSubject].sorted { $0.offset < $1.offset }
        // Laid end to end with only alignment padding between them, and ending where Metric ends.
        var end = 0
        for f in fields {
            let aligned = (end + f.align - 1) / f.align * f.align
            guard f.offset == aligned else { return nil }
            end = f.offset + f.size
        }
        guard end == M.size else { return nil }
        return Offsets(location: location.offset, sourceRange: sourceRange.offset, surface: surface.offset,
                       subject: subject.offset, value: value.offset, valueMax: valueMax.offset, unit: unit.offset,
                       kind: kind.offset, qualifiers: qualifiers.offset, scope: scope.offset,
                       direction: direction.offset, isCumulative: isCumulative.offset, partOf: partOf.offset,
                       dateValue: dateValue.offset, writtenSubject: writtenSubject.offset)
    }()
}

extension ExtractorSupport {
    /// 市级“三公”经费预算安排0.85亿元。其中：因公出国（境）费0.05亿元…: the 其中 parts of a planned total are planned
    /// too, though their own sentence names no plan — unless their own clause reports what is done (其中已完成投资30亿元).
    static func planParts(_ figures: inout [Figure], text: DocText) {
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].qualifiers.contains(.target) {
            guard let total = figures[k].partOf, figures[total].qualifiers.contains(.target),
                  !clauseReportsDone(before: figures[k].numberStart, text: text) else { continue }
            figures[k].qualifiers.append(.target)
            figures[k].qualifiers.sortByRank()
        }
    }

    /// 计划投资100亿元，其中已完成投资30亿元: 已 in the figure's own clause (since the last ，。；：！？ or line break)
    /// reports what is done — an outcome, whatever its sentence or its total planned. (完成 alone does not: 计划完成投资.)
    static func clauseReportsDone(before start: Int, text: DocText) -> Bool {
        let cs = ListDistribution.commaClauseStart(before: start, text: text)
        return text.t[cs..<start].contains(0x5DF2)
    }
}
