import Foundation

/// Reads what surrounds a figure: qualifiers before it (约, 超过), plan words earlier in the sentence (计划, 年内),
/// the direction of a change (增长, 下降) and 累计.
///
/// Look-alikes are checked where the trigger sits: 约 inside 签约 and 近 inside 习近平 are not qualifiers.
struct ContextReader {
    let book: PatternBook
    let text: DocText
    /// Sorted, disjoint ranges where nothing is read.
    let blockedRanges: [Range<Int>]
    var t: [UInt32] { text.t }
    /// How far the plan-word search of the sentence last asked about has read.
    private var targetScan = TargetScan()
    /// The ；-sentence whose colon lead-in was last looked up, and whether that lead-in names a plan.
    private var leadSentence = -1
    private var leadIsTarget = false
    /// What the forward walk over the text has seen so far (figures come in document order).
    private var cursor = SentenceCursor()
    /// Plan words looked up by their own search of the sentence (`targetStarts`), not by the cursor's walk: the
    /// reference the tests compare the walk with.
    var separateTargetSearch = false
    /// The cursor's walk as first written, for the tests: it stops at every first scalar of 安排, 累计, 完成 and of a
    /// target word, whatever follows.
    var stopsAtEveryCandidate = false

    /// The words of the sentence and clause up to the current figure that decide plan, outcome and 累计, gathered
    /// by one forward walk over the document instead of a walk back to the sentence start for every figure (a
    /// sentence of twenty figures was read twenty times).
    struct SentenceCursor {
        /// Everything before `pos` has been read.
        var pos = 0
        var sentenceStart = 0
        /// Where 安排 starts, for each 安排 of the sentence so far.
        var arrangements: [Int] = []
        /// The smallest figure start that sees an outcome word (累计, 已, 完成) wholly before it in the sentence.
        var outcomeFrom = Int.max
        /// Where 累计 starts, for each 累计 of the sentence so far (the clause is checked when a figure asks).
        var cumulatives: [Int] = []
        /// Where the sentence's first target word (计划, 预计 …, outside blocked ranges and look-alikes) starts,
        /// Int.max while none has been read: the same walk finds it, so a sentence is read once for both (it was
        /// read again by `targetStarts`, as far as each figure asked).
        var targetFound = Int.max
        /// Positions before this lie inside a target word that proved a look-alike (the search goes on after it).
        var targetSkip = 0
        /// The first blocked range that may still hold a position ahead of the walk.
        var block = 0
        /// The first of the reader's cursor stops at or after `pos`.
        var nextStop = 0

        /// A new sentence starting at `s` (the block index is the caller's).
        mutating func startSentence(at s: Int) {
            sentenceStart = s
            // (Most sentences hold neither: emptying an empty array still checked its uniqueness.)
            if !arrangements.isEmpty { arrangements.removeAll(keepingCapacity: true) }
            if !cumulatives.isEmpty { cumulatives.removeAll(keepingCapacity: true) }
            outcomeFrom = Int.max
            targetFound = Int.max
            targetSkip = s
        }
    }

    /// Where the cursor may act, ascending (PairClasses.walkStops: 安排, 累计, 已, 完成 and target words).
    private let cursorStops: [Int32]

    /// `stops`: PairClasses.walkStops(in:).cursor of the text, when the caller found them already.
    /// The after-qualifiers' first scalars (`ScalarTrie.firstScalarBits`): after most figures none stands.
    private let afterFirstBits: UInt64

    init(book: PatternBook, text: DocText, blocked: [Range<Int>], stops: [Int32]? = nil) {
        self.book = book
        self.text = text
        self.blockedRanges = blocked
        afterFirstBits = book.after.firstScalarBits()
        cursorStops = stops ?? book.pairs.walkStops(in: text.t).cursor
    }

    /// Index of the first cursor stop at or after `i`.
    func firstCursorStop(atOrAfter i: Int) -> Int {
        var lo = 0, hi = cursorStops.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(cursorStops[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the first blocked range whose end lies after `i`.
    func firstBlocked(endingAfter i: Int) -> Int {
        var lo = 0, hi = blockedRanges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blockedRanges[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The plan-word search of one sentence, read only as far as figures have asked: the sentence it is for,
    /// where the sentence ends, the next position to read and blocked range to compare, and the first target word
    /// found (Int.max: none before `pos`).
    struct TargetScan {
        var sentence = -1
        var end = 0
        var pos = 0
        var block = 0
        var found = Int.max
    }

    /// Where the first target word (计划, 预计 …, outside quotes and look-alikes) of the sentence starting at
    /// `sStart` begins, Int.max when none (the whole sentence read; the reference for `targetStarts`).
    func firstTarget(inSentenceFrom sStart: Int) -> Int {
        var scan = TargetScan()
        return read(&scan, sentenceFrom: sStart, before: Int.max)
    }

    /// True when a target word starts before `limit` in the sentence starting at `sStart`: the sentence is read
    /// once, and no further than its figures ask (a figure near the start of a long sentence read all of it).
    mutating func targetStarts(inSentenceFrom sStart: Int, before limit: Int) -> Bool {
        // (Through a local: `read(&targetScan, …)` changed a field of `self` while reading `self`, so each call
        // copied the whole reader — the text's arrays retained and released, its bytes moved — per figure.)
        var scan = targetScan
        let found = read(&scan, sentenceFrom: sStart, before: limit)
        targetScan = scan
        return found < limit
    }

    /// Reads `scan` on to `limit` (or its sentence end) unless it found a target word already; returns that word's
    /// start, Int.max when none stands before where it has read.
    func read(_ scan: inout TargetScan, sentenceFrom sStart: Int, before limit: Int) -> Int {
        if scan.sentence != sStart {
            // (text.sentenceEnd(after:), four scalars per branch.)
            scan = TargetScan(sentence: sStart, end: book.classes.firstIndex(in: t, from: sStart, to: t.count, .sentenceEnd),
                              pos: sStart, block: firstBlocked(endingAfter: sStart), found: Int.max)
        }
        if scan.found != Int.max { return scan.found }
        let stop = min(limit, scan.end)
        var p = scan.pos
        // Blocked ranges (quotes, titles, cells) are sorted and disjoint: walk them alongside.
        var b = scan.block
        let targets = book.targets
        while p < stop {
            // Positions where no target word starts are skipped in one tight loop (a skipped position inside a
            // blocked range is skipped by the jump below as well).
            p = book.classes.firstIndex(in: t, from: p, to: stop, .targetFirst)
            if p >= stop { break }
            while b < blockedRanges.count, blockedRanges[b].upperBound <= p { b += 1 }
            if b < blockedRanges.count, blockedRanges[b].contains(p) { p = blockedRanges[b].upperBound; continue }
            if let m = targets.longestMatch(t, at: p) {
                if !book.notQualifiers.covers(t, p, length: m.length), !isDisposal(at: p, length: m.length),
                   !TargetLookAlikes.saysNoPlan(at: p, length: m.length, text: text, book: book) {
                    scan.found = p; break
                }
                p += m.length
                continue
            }
            p += 1
        }
        scan.pos = max(scan.pos, p)
        scan.block = b
        return scan.found
    }

    /// True when the ；-sentence starting at `sStart` is an item of a list opened by a colon whose lead-in names a
    /// plan: 主要预期目标是：地区生产总值增长5%左右；城镇新增就业6万人以上；… — every item up to the 。 is a target.
    mutating func colonLeadInIsTarget(sentenceFrom sStart: Int) -> Bool {
        if sStart == leadSentence { return leadIsTarget }
        leadSentence = sStart
        leadIsTarget = false
        // Back over the earlier ；-items of the same 。-sentence to the last colon.
        let colon = colonBefore(sStart)
        guard colon > 0, !text.isDigit(colon - 1) else { return false }
        let lead = text.sentenceStart(before: colon)
        // The lead-in is its own ；-sentence (目标是：), so its first target word must stand before the colon.
        var scan = TargetScan()
        leadIsTarget = read(&scan, sentenceFrom: lead, before: colon) < colon
        return leadIsTarget
    }

    /// True when the ;-sentence starting at `sStart` follows a ; and the 。-sentence it continues (back to 。!? or a line
    /// break, within 600 scalars, no colon between: colon lists are `colonLeadInIsTarget`'s) opens with a target word
    /// that is no look-alike and no time: 预计 heading a sentence of ;-items scopes over all of them, as a colon lead-in
    /// does. A plan word inside the first item (…,预计…) does not reach past its ;.
    mutating func planOpensItems(before sStart: Int) -> Bool {
        guard sStart > 0, sStart <= t.count, t[sStart - 1] == 0x3B else { return false }
        if sStart == itemsSentence { return itemsArePlan }
        itemsSentence = sStart
        itemsArePlan = false
        // The walk back is `colonBefore`'s, remembered from item to item (walked afresh, each ;-item of a long list
        // read back over all the items before it: +0.5% of extract on HTML): a colon, no; else the sentence end it
        // stopped at, or the text's start when that lies within reach.
        guard colonBefore(sStart) < 0 else { return false }
        let p: Int
        if colonWalk.stop >= 0 { p = colonWalk.stop } else if sStart < 599 { p = -1 } else { return false }
        var o = p + 1
        while o < sStart, DocText.isWhitespaceScalar(t[o]) { o += 1 }
        guard o < sStart, firstBlocked(endingAfter: o) == blockedRanges.count
                || !blockedRanges[firstBlocked(endingAfter: o)].contains(o),
              let m = book.targets.longestMatch(t, at: o),
              !book.notQualifiers.covers(t, o, length: m.length), !isDisposal(at: o, length: m.length),
              !TargetLookAlikes.saysNoPlan(at: o, length: m.length, text: text, book: book) else { return false }
        // (Not a qualifier word starting there that is longer: 将近. Nor a time that is a target word, 年内 or 明年: it
        // dates the first item's action, and the items after it are actions of their own — 年内建成10个人才工作中心;
        // 依托载体平台…开展五类活动.)
        if let b = book.before.longestMatch(t, at: o), b.length > m.length { return false }
        if let time = book.scopeTime.longestMatch(t, at: o), time.length >= m.length { return false }
        itemsArePlan = true
        return true
    }

    /// The ;-sentence `planOpensItems` last looked at, and its answer.
    private var itemsSentence = -1
    private var itemsArePlan = false

    /// The colon the walk back from `sStart` meets before a sentence end (。!?, a line break) within 600 scalars,
    /// or -1: `colonBeforeReference`, reading only what lies after where the last walk began. The walk from a later
    /// start that gets there unstopped goes on as the last one did (each ；-item of a long list walked back over
    /// all the items before it).
    mutating func colonBefore(_ sStart: Int) -> Int {
        let memo = colonWalk
        let useMemo = memo.from >= 0 && memo.from <= sStart
        let floor = useMemo ? memo.from : 0
        var p = sStart - 1
        var stop = -1, isColon = false
        while p >= floor, sStart - p < 600 {
            let s = t[p]
            if s == 0x3002 || s == 0x21 || s == 0x3F || s == 0x0A { stop = p; break }
            if s == 0x3A || s == 0xFF1A { stop = p; isColon = true; break }
            p -= 1
        }
        if stop < 0, p == floor - 1, useMemo, memo.stop >= 0, sStart - memo.stop < 600 {
            // Unstopped down to where the last walk began: its stop, if still within reach.
            (stop, isColon) = (memo.stop, memo.isColon)
        }
        // (A walk that ran out of text or reach leaves stop -1: so would any walk from a later start.)
        colonWalk = (sStart, stop, isColon)
        return isColon ? stop : -1
    }

    /// The last walk of `colonBefore`: where it began, where it stopped (-1: out of text or reach) and whether at
    /// a colon.
    private var colonWalk = (from: -1, stop: -1, isColon: false)

    /// `colonBefore` as first written: the whole walk back, for the tests.
    func colonBeforeReference(_ sStart: Int) -> Int {
        var p = sStart - 1
        while p >= 0, sStart - p < 600 {
            let s = t[p]
            if s == 0x3002 || s == 0x21 || s == 0x3F || s == 0x0A { return -1 }
            if s == 0x3A || s == 0xFF1A { return p }
            p -= 1
        }
        return -1
    }

    /// 安排资金改造… / 安排专项资金支持…: after 安排 the funds, then a verb before the figure (not 安排资金5亿元).
    func fundsAnAction(at i: Int, figureAt start: Int) -> Bool {
        for w in ["专项资金", "资金"] where text.matches(w, at: i) {
            let e = i + w.unicodeScalars.count
            return e < start && book.stripTrailing.longestMatch(t, at: e)?.length != start - e
        }
        return false
    }

    /// 将 as the object marker (将房产税税率由10%调整为30%: "took the rate from 10% to 30%"), not "will": a
    /// noun comes between 将 and 由/从, and 为/到/至 follows in the same clause. 将由/将从 (will go from) and
    /// 将于2026年 stay plans.
    private func isDisposal(at p: Int, length: Int) -> Bool {
        guard length == 1, t[p] == 0x5C06, p + 1 < t.count, t[p + 1] != 0x7531, t[p + 1] != 0x4ECE else { return false }
        var q = p + 2
        var from = false
        while q < t.count {
            switch t[q] {
            case 0xFF0C, 0x3002, 0xFF1B, 0x0A, 0xFF01, 0xFF1F: return false      // ， 。 ； line ！ ？
            case 0x7531, 0x4ECE: from = true                                        // 由 从
            case 0x4E3A, 0x5230, 0x81F3: if from { return true }                    // 为 到 至
            default: break
            }
            q += 1
        }
        return false
    }

    /// Adds qualifiers and direction to `fig`; `lastEnd` is where the previous figure ended (its words are not ours).
    mutating func annotate(_ fig: inout Figure, lastEnd: Int) {
        let start = fig.numberStart
        var k = start
        // Whether a qualifier, a stripped word or a direction may end right before the number: most figures follow
        // none, and one test answers for the four lists (whose own tests each loaded a bitmap out of cache).
        let wordBefore = start > 0 && start <= t.count && book.contextLasts.contains(t[start - 1])
        // Qualifier just before the number (约5万人, 超过3800人, 不超过3%).
        if wordBefore, let m = book.before.matchEnding(t, at: k), k - m.length >= lastEnd,
           !book.notQualifiers.covers(t, k - m.length, length: m.length) {
            let q = book.beforeQualifiers[m.value]
            if !fig.qualifiers.contains(q) { fig.qualifiers.append(q) }
            k -= m.length
        }
        // Qualifier after the figure (500人以上, 5%左右).
        var e = fig.span.upperBound
        if e < t.count, afterFirstBits & (1 &<< UInt64(t[e] & 63)) != 0,
           let m = book.after.longestMatch(t, at: e), !book.notQualifiers.covers(t, e, length: m.length) {
            let q = book.afterQualifiers[m.value]
            // 余/多 right after a unit only count when nothing CJK follows (多元 is a word).
            let standalone = !book.afterIsVagueTail[m.value] || !text.isCJK(e + 1)
            if standalone, !fig.qualifiers.contains(q) { fig.qualifiers.append(q) }
            e += m.length
        }
        // Budgets: 收入预算250.3亿元, 收入安排52.2亿元 — the figure is a plan (not the base of a change or a share: 比年初预算增加, 为年初预算…的).
        var b = k
        while b > lastEnd, wordBefore || b != start, let m = book.stripTrailing.matchEnding(t, at: b),
              b - m.length >= lastEnd { b -= m.length }
        // (A percent written right after 预算 is the share of the budget done — 完成年初预算36.7%, 占调整预算105.47% —
        // an outcome, as 完成年初预算的112.4% is; a planned rate has its verb between: 预算增长5%.)
        if b >= 2, (t[b - 2] == 0x9884 && t[b - 1] == 0x7B97) || (t[b - 2] == 0x5B89 && t[b - 1] == 0x6392),   // 预算 安排
           !(fig.kind == .percent && b == k),
           !TargetLookAlikes.former(before: b - 2, text: text, book: book),
           !TargetLookAlikes.comparisonBase(before: b - 2, figureEnd: e, text: text) {
            if !fig.qualifiers.contains(.target) { fig.qualifiers.append(.target) }
        }
        // 安排支出180.9亿元: 安排 earlier in the sentence (收入安排19.4亿元，加上上年结转等资金，总收入75.2亿元), unless
        // the sentence reports an outcome (累计安排, 已安排) or 安排 funds an action the figure counts (国家安排资金改造和
        // 新建1.88万所乡镇卫生院: the schools were built).
        advanceCursor(to: start)
        if !fig.qualifiers.contains(.target) {
            let plan = cursor.arrangements.contains { q in q + 1 < start && !fundsAnAction(at: q + 2, figureAt: start) }
            let outcome = cursor.outcomeFrom <= start
            if plan && !outcome { fig.qualifiers.append(.target) }
        }
        // Plans: a target word earlier in the sentence, outside quotes — or opening the first ;-item of its 。-sentence
        // (预计2021年地区生产总值增长8.1%;一般公共预算收入年均增长14.9%;…: every item is estimated). The level a change
        // starts from (由2个增加到8个) is what was, no plan.
        let sStart = cursor.sentenceStart
        if !fig.qualifiers.contains(.target),
           (separateTargetSearch ? targetStarts(inSentenceFrom: sStart, before: k) : cursor.targetFound < k)
            || colonLeadInIsTarget(sentenceFrom: sStart) || planOpensItems(before: sStart),
           !ExtractorSupport.clauseReportsDone(before: start, text: text),
           !PlanSections.changeStart(numberStart: k, unitEnd: e, text: text, sentenceStart: sStart) {
            fig.qualifiers.append(.target)
        }
        // Direction: the verb right before the number (同比增长7.5%, 下降了0.3个百分点).
        if fig.kind.isQuantity {
            var d = k
            if d > 0, t[d - 1] == 0x4E86 { d -= 1 }   // 了
            if !wordBefore && d == start {
                // No direction ends right before the number.
            } else {
                // The longer word wins: 负增长1.21% is a fall, though 增长 ends it too.
                var up = 0, down = 0
                if let m = book.up.matchEnding(t, at: d), !book.notDirections.covers(t, d - m.length, length: m.length) { up = m.length }
                if let m = book.down.matchEnding(t, at: d), !book.notDirections.covers(t, d - m.length, length: m.length) { down = m.length }
                if up > down { fig.direction = .up } else if down > 0 { fig.direction = .down }
            }
        }
        // 累计 in the clause.
        if cumulativeInClause(before: start) { fig.isCumulative = true }
        if fig.qualifiers.count > 1 { fig.qualifiers.sortByRank() }
    }

    /// The target-word test of `read` at `q`, for the cursor's walk: a target word outside blocked ranges and
    /// look-alikes is the sentence's first; a look-alike's other positions are not looked at.
    private mutating func lookForTarget(at q: Int) {
        var b = cursor.block
        while b < blockedRanges.count, blockedRanges[b].upperBound <= q { b += 1 }
        cursor.block = b
        if b < blockedRanges.count, blockedRanges[b].contains(q) { return }
        guard let m = book.targets.longestMatch(t, at: q) else { return }
        // 将近一半: a longer qualifier word starting here (将近, about) is no target word (将).
        if let b = book.before.longestMatch(t, at: q), b.length > m.length { cursor.targetSkip = q + b.length; return }
        if !book.notQualifiers.covers(t, q, length: m.length), !isDisposal(at: q, length: m.length),
           !TargetLookAlikes.saysNoPlan(at: q, length: m.length, text: text, book: book) {
            cursor.targetFound = q
        } else {
            cursor.targetSkip = q + m.length
        }
    }

    /// True when 累计 stands wholly before `start` in its clause (the sentence cursor is at `start`): the last
    /// such 累计 of the sentence, with no clause end between it and the figure.
    private func cumulativeInClause(before start: Int) -> Bool {
        guard let c = cursor.cumulatives.last(where: { $0 + 1 < start }) else { return false }
        return Self.noClauseEnd(text, from: c + 1, to: start)
    }

    /// True when no scalar of `from..<to` ends a clause (DocText.isClauseEnd): the clause holding `to` starts at or
    /// before `from`, one read of DocText's clause table where the scalars were walked.
    static func noClauseEnd(_ text: DocText, from: Int, to: Int) -> Bool {
        guard from >= 0, from < to, to <= text.count else { return noClauseEndReference(text, from: from, to: to) }
        return text.clauseStart(before: to) <= from
    }

    /// `noClauseEnd` as a walk over the scalars, for the tests.
    static func noClauseEndReference(_ text: DocText, from: Int, to: Int) -> Bool {
        var p = from
        while p < to {
            if text.isClauseEnd(text.t[p]) { return false }
            p += 1
        }
        return true
    }

    /// The scalars the sentence cursor stops at: sentence ends (DocText.isSentenceEnd) and 安 累 已 完.
    static let cursorStopScalars = Array("。!?;\n安累已完".unicodeScalars.map(\.value))
    /// Of those, the ones the cursor acts at whatever follows (PairClasses.cursorAlways; no sentence end, which the
    /// walk never meets: it starts again at the sentence of each figure) …
    static let cursorAlwaysScalars = Array("已".unicodeScalars.map(\.value))
    /// … and the ones it acts at only before a second scalar: 安排 累计 完成.
    static let cursorPairs: [(UInt32, UInt32)] = [(0x5B89, 0x6392), (0x7D2F, 0x8BA1), (0x5B8C, 0x6210)]

    /// Moves the sentence cursor to `start`: reads forward from where the last figure left it, or, for a figure
    /// before that or in a later sentence, anew from the start of its sentence (DocText's table says where that
    /// is: the sentences between two figures are not read). The first target word of the sentence is looked for
    /// on the same walk (as `read` looks for it: blocked ranges and the rest of a look-alike skipped).
    private mutating func advanceCursor(to start: Int) {
        let s = text.sentenceStart(before: start)
        let everyCandidate = separateTargetSearch || stopsAtEveryCandidate
        if start < cursor.pos || s > cursor.sentenceStart {
            // Forward, the blocked range and the stop the walk reached are moved on from (lookForTarget passes the
            // ranges that end before it); a binary search for each sentence was half of this step. Back, they are
            // searched for.
            let forward = s >= cursor.pos
            cursor.pos = s
            cursor.startSentence(at: s)
            if !forward { cursor.block = firstBlocked(endingAfter: s) }
            if !everyCandidate {
                if forward {
                    var k = cursor.nextStop
                    while k < cursorStops.count, Int(cursorStops[k]) < s { k += 1 }
                    cursor.nextStop = k
                } else {
                    cursor.nextStop = firstCursorStop(atOrAfter: s)
                }
            }
        }
        if everyCandidate {
            let t = self.t
            var q = cursor.pos
            let stops: ScalarClasses.Flag = separateTargetSearch ? .cursorStop : [.cursorStop, .targetFirst]
            while q < start {
                q = book.classes.firstIndex(in: t, from: q, to: start, stops)
                if q >= start { break }
                visit(q)
                q += 1
            }
        } else {
            // Only 安排, 累计, 已, 完成 and target words matter, at the stops found before the figures were read (安 of
            // 安全, 年 of 年度 and 目 of 项目 are none): the text between is not read.
            let stops = cursorStops
            var k = cursor.nextStop
            while k < stops.count {
                let q = Int(stops[k])
                if q >= start { break }
                visit(q)
                k += 1
            }
            cursor.nextStop = k
        }
        cursor.pos = max(cursor.pos, start)
    }

    /// The cursor's step at `q`: a target word, a sentence end, 安排, 累计, 已 or 完成 there.
    private mutating func visit(_ q: Int) {
        let t = self.t
        let s = t[q]
        if cursor.targetFound == Int.max, q >= cursor.targetSkip, !separateTargetSearch,
           book.classes.contains(s, .targetFirst) {
            lookForTarget(at: q)
        }
        if text.isSentenceEnd(s) {
            cursor.startSentence(at: q + 1)
        } else {
            let next: UInt32 = q + 1 < t.count ? t[q + 1] : 0
            switch s {
            case 0x5B89 where next == 0x6392:                                         // 安排
                cursor.arrangements.append(q)
            case 0x7D2F where next == 0x8BA1:                                         // 累计
                cursor.outcomeFrom = min(cursor.outcomeFrom, q + 2)
                cursor.cumulatives.append(q)
            case 0x5DF2: cursor.outcomeFrom = min(cursor.outcomeFrom, q + 1)           // 已
            case 0x5B8C where next == 0x6210: cursor.outcomeFrom = min(cursor.outcomeFrom, q + 2)   // 完成
            default: break
            }
        }
    }
}
