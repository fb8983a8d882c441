/// Finds the noun phrase that says what a figure counts.
///
/// Usually the words right before the number back to a clause boundary, the previous figure or 、, with
/// scope words, adverbs and copulas stripped (累计招引项目236项 → 招引项目; 全区共有各类人才资源7.8万人 →
/// 人才资源). When a verb or a preposition stands right before the number the subject follows it
/// (实施一项人才工程 → 人才工程; 为115名优秀人才发放… → 优秀人才发放…).
struct SubjectFinder {
    let book: PatternBook
    let text: DocText
    var t: [UInt32] { text.t }
    /// The first scalars of the heading openers proper (全年, 年末: 全, 年, 截), without the region words the
    /// headingOpeners trie also holds: the cut after a heading run into the text needs an opener that is no region
    /// word, so it is tried only where one of these stands (a compare in registers instead of a bitmap per scalar).
    let openerFirsts: [UInt32]
    /// How many of the prepositions trie's words are beneficiary prepositions (the others are look-alikes: 意向,
    /// 方向), read once: the lexicon's array, asked at every preposition before a figure, is seldom in cache.
    let beneficiaryCount: Int
    /// The afterStops trie's value from which its words are selecting stops (contexts.yaml selecting_stops).
    let selectingFrom: Int
    /// The afterStops trie's value from which its words are selecting changes (contexts.yaml selecting_changes).
    let changesFrom: Int

    /// Bit (x & 63) set for each scalar `clauseMarks` looks for: one shift and test passes most scalars of a clause.
    let markFilter: UInt64
    /// Bit (x & 63) set for the first scalar of each contexts.yaml mid_verbs word (实 of 实现): `withoutMidVerb` asks
    /// the trie only where one may start.
    let midVerbFilter: UInt64
    /// The span's walks over the clause (以来, 一是, 由/从, heading openers) run only where `clauseMarks` found their
    /// scalar; false runs every walk (the reference the marks shortcut, for the tests).
    var skipsUnmarkedWalks = true

    init(book: PatternBook, text: DocText) {
        self.book = book
        self.text = text
        openerFirsts = book.lexicon.headingOpeners.compactMap { $0.unicodeScalars.first?.value }
        beneficiaryCount = book.lexicon.beneficiaryPrepositions.count
        selectingFrom = book.lexicon.afterStops.count
        changesFrom = selectingFrom + book.lexicon.selectingStops.count
        var filter: UInt64 = 0
        for x in openerFirsts + [0x6765, 0x662F, 0x7531, 0x4ECE] { filter |= 1 << UInt64(x & 63) }
        markFilter = filter
        var verbs: UInt64 = 0
        for w in book.lexicon.midVerbs { if let f = w.unicodeScalars.first?.value { verbs |= 1 << UInt64(f & 63) } }
        midVerbFilter = verbs
    }

    /// What `clauseMarks` found in a clause: 来 (以来, 年来), 是 (一是), 由 or 从, the first scalar of a heading opener.
    struct Marks: OptionSet {
        let rawValue: UInt8
        static let lai = Marks(rawValue: 1)
        static let shi = Marks(rawValue: 2)
        static let from = Marks(rawValue: 4)
        static let opener = Marks(rawValue: 8)
        static let all = Marks(rawValue: 15)
    }

    /// The scalars of `t[lo..<hi]` the span's walks act on, found in one pass: a clause before a figure
    /// (全区共有各类人才资源) mostly holds none of 来 是 由 从 全 年 截, and then four walks back and forth over it
    /// are skipped (each of them only acts at one of these scalars within the range).
    func clauseMarks(_ t: [UInt32], _ lo: Int, _ hi: Int) -> Marks {
        guard skipsUnmarkedWalks else { return .all }
        var m = Marks()
        let filter = markFilter
        t.withUnsafeBufferPointer { b in
            var i = max(lo, 0)
            let e = min(hi, b.count)
            while i < e {
                let x = b[i]
                i += 1
                guard (filter >> UInt64(x & 63)) & 1 != 0 else { continue }
                if x == 0x6765 { m.insert(.lai) } else if x == 0x662F { m.insert(.shi) }
                else if x == 0x7531 || x == 0x4ECE { m.insert(.from) }
                if isOpenerFirst(x) { m.insert(.opener) }
            }
        }
        return m
    }

    /// `lastEnd`: where the previous figure ended; `quantityEnd`: where the previous quantity ended (a date or a
    /// duration between them is read as part of the clause when the words after it name nothing: 全国财政用于教育支出
    /// 五年累计2.43万亿元; 城镇居民人均可支配收入从2002年的7703元).
    /// What the finder reads of a figure: where its number starts and its unit ends, its kind, whether a unit is
    /// written. Plain values, so handing a figure over copies no strings or arrays.
    struct Place {
        var numberStart: Int
        var unitEnd: Int
        var kind: MetricKind
        var hasUnit: Bool

        init(_ fig: Figure) {
            self.init(numberStart: fig.numberStart, unitEnd: fig.unitEnd, kind: fig.kind, hasUnit: fig.unit != nil)
        }

        init(numberStart: Int, unitEnd: Int, kind: MetricKind, hasUnit: Bool) {
            self.numberStart = numberStart
            self.unitEnd = unitEnd
            self.kind = kind
            self.hasUnit = hasUnit
        }
    }

    func subject(of fig: Figure, lastEnd: Int, quantityEnd: Int) -> String {
        subject(of: Place(fig), lastEnd: lastEnd, quantityEnd: quantityEnd)
    }

    func subject(of fig: Place, lastEnd: Int, quantityEnd: Int) -> String {
        // (The base of a comparison is left empty: the borrowing after the scan gives it its sentence's topic.)
        if comparisonBase(fig) { return "" }
        if let owner = comparedOwner(fig) { return text.compactString(withoutMidVerb(owner)) }
        let s = span(of: fig, lastEnd: lastEnd, previousQuantityEnd: quantityEnd)
        // (比五年前增加5000万吨: 前 alone names nothing either; 较2019年同期增长15.2%: the date is the base of a
        // comparison that opens the clause, and 同期 alone names nothing.)
        if quantityEnd < lastEnd, keptCount(s, atMost: 2) <= 1 || comparisonBaseBefore(lastEnd, notBefore: quantityEnd) {
            let wider = span(of: fig, lastEnd: quantityEnd, previousQuantityEnd: quantityEnd)
            if !isBlank(wider), !isDe(wider), !opensWithChangeTo(wider), !namesOnlyDuration(wider) {
                return text.compactString(withoutMidVerb(wider))
            }
        }
        return isDe(s) || opensWithChangeTo(s) || namesOnlyDuration(s) ? "" : text.compactString(withoutMidVerb(s))
    }

    /// 规模以上工业企业实现利润总额 → 规模以上工业企业利润总额: a verb of realizing (contexts.yaml mid_verbs) between the topic
    /// and the amount it names (words ending in one of realized_amounts) is dropped — the amount is the topic's, the
    /// verb says only that it was earned. Kept before 的 or 了 (通过互联网实现的商品销售额) and when the words after it
    /// name no amount (下岗失业人员实现再就业). Only a subject of one stretch of text is read.
    func withoutMidVerb(_ s: Span) -> Span {
        let t = text.t
        guard s.second.isEmpty, s.first.count >= 6, book.realizedAmounts.matchEnding(t, at: s.first.upperBound) != nil
        else { return s }
        let lo = s.first.lowerBound, hi = s.first.upperBound
        let filter = midVerbFilter
        var p = lo + 2
        while p + 3 < hi {
            let x = t[p]
            if (filter >> UInt64(x & 63)) & 1 != 0, book.midVerbs.startsWord(x), let m = book.midVerbs.longestMatch(t, at: p), hi - (p + m.length) >= 2,
               text.isCJK(p - 1), t[p + m.length] != 0x7684, t[p + m.length] != 0x4E86 {
                return Span(lo..<p, (p + m.length)..<hi)
            }
            p += 1
        }
        return s
    }

    /// 连续五年, 近三年, 过去5年: a stretch of time names nothing counted — 粮食总产量达到23.8万吨，连续五年保持在23万吨
    /// 以上 takes its sentence's subject. (The kept scalars are read only when the first is 连, 近, 过 or a numeral.)
    func namesOnlyDuration(_ s: Span) -> Bool {
        var first: UInt32? = nil
        forEachKept(s) { x in first = x; return false }
        guard let f = first, f == 0x8FDE || f == 0x8FD1 || f == 0x8FC7 || (f >= 0x30 && f <= 0x39)
                || ChineseNumeral.digit(f) != nil || f == 0x5341 else { return false }
        var u: [UInt32] = []
        forEachKept(s) { x in u.append(x); return u.count < 12 }
        var i = 0
        for lead: [UInt32] in [[0x8FDE, 0x7EED], [0x8FD1], [0x8FC7, 0x53BB]] where u.starts(with: lead) { i = lead.count; break }
        let d = i
        while i < u.count, (u[i] >= 0x30 && u[i] <= 0x39) || ChineseNumeral.digit(u[i]) != nil || u[i] == 0x5341 { i += 1 }
        guard i > d else { return false }
        if i < u.count, u[i] == 0x4E2A { i += 1 }                                   // 个
        guard i < u.count, u[i] == 0x5E74 || u[i] == 0x6708 || u[i] == 0x5929 || u[i] == 0x5468 else { return false }
        i += 1
        if i < u.count, u[i] == 0x6765 || u[i] == 0x95F4 || u[i] == 0x5185 { i += 1 }   // 来 间 内
        return i == u.count
    }

    /// 与2010年第六次全国人口普查的442854人相比, 比2010年的3.33人减少0.43人: a figure that is the base a comparison
    /// measures against names nothing of its own — it is an earlier level of what the sentence is about (the words
    /// around it, 相比 or 减少, are no noun). Two shapes: 与/同/和/跟 opening the figure's clause and 相比 (相较, 比较)
    /// right after the figure; or 比/较 before the figure in its clause, opening a base (a year, 上年, 同期: 比2010年…的,
    /// 较上年末的), and a change verb right after the figure that leads to the next number (减少0.43人, 增加到5家).
    /// Only a quantity whose next scalar is 相, 比 or one that opens a change word is looked at further.
    func comparisonBase(_ fig: Place) -> Bool {
        let t = text.t
        guard fig.kind.isQuantity else { return false }
        var e = fig.unitEnd
        while e < t.count, t[e] == 0x20 { e += 1 }
        guard e + 1 < t.count else { return false }
        let x = t[e], y = t[e + 1]
        if x == 0x76F8 || x == 0x6BD4 {
            guard SubjectFinder.closesComparisonFrame(x, y) else { return false }
            return opensComparisonFrame(text.clauseStart(before: fig.numberStart), before: fig.numberStart)
        }
        guard book.up.startsWord(x) || book.down.startsWord(x) else { return false }
        guard let m = book.up.longestMatch(t, at: e) ?? book.down.longestMatch(t, at: e) else { return false }
        var d = e + m.length
        if d < t.count, t[d] == 0x5230 || t[d] == 0x81F3 || t[d] == 0x4E3A || t[d] == 0x4E86 { d += 1 }   // 到 至 为 了
        guard d < t.count, text.isDigit(d) || ChineseNumeral.digit(t[d]) != nil else { return false }
        let cs = text.clauseStart(before: fig.numberStart)
        var b = fig.numberStart - 1
        while b >= cs, fig.numberStart - b <= 24 {
            if t[b] == 0x6BD4 || t[b] == 0x8F83, b + 1 < fig.numberStart, b == cs || t[b - 1] != 0x5360,   // not 占比
               opensFromValue(at: b + 1) || t[b + 1] == 0x540C {
                return true
            }
            b -= 1
        }
        return false
    }

    /// 全区常住人口与2010年第六次全国人口普查的220554人相比，10年共增加329857人: when the comparison frame opens inside
    /// the base's clause, after the words that name what is compared (与 after 全区常住人口), those words are the base's
    /// subject — it is their earlier level — and, borrowed, of the changes after it (the frame alone gave 相比). Nil
    /// unless 相比 (相较, 比较) follows the figure and 与, 同 or 跟 stands after two letters or more of its clause, with
    /// no digit before it (the dates and ordinals inside the frame, 2010年第六次, come after it).
    func comparedOwner(_ fig: Place) -> Span? {
        let t = text.t
        guard fig.kind.isQuantity else { return nil }
        var e = fig.unitEnd
        while e < t.count, t[e] == 0x20 { e += 1 }
        guard e + 1 < t.count, SubjectFinder.closesComparisonFrame(t[e], t[e + 1]) else { return nil }
        let cs = text.clauseStart(before: fig.numberStart)
        var p = cs
        while p < fig.numberStart {
            if text.isDigit(p) { return nil }
            // (与, 同 or 跟 — not 同比, nor the 与 of 参与.)
            let c = t[p]
            if c == 0x4E0E || c == 0x540C || c == 0x8DDF, p + 1 < fig.numberStart, t[p + 1] != 0x6BD4,
               p == cs || t[p - 1] != 0x53C2 {
                break
            }
            p += 1
        }
        guard p < fig.numberStart, keptCount(Span(cs..<p), atMost: 2) >= 2 else { return nil }
        let named = span(of: Place(numberStart: p, unitEnd: p, kind: fig.kind, hasUnit: false), lastEnd: cs,
                         previousQuantityEnd: cs)
        return keptCount(named, atMost: 2) >= 2 ? named : nil
    }

    /// 相比, 相较 or 比较: the two scalars that close a comparison frame (与上年相比).
    static func closesComparisonFrame(_ x: UInt32, _ y: UInt32) -> Bool {
        (x == 0x76F8 && (y == 0x6BD4 || y == 0x8F83)) || (x == 0x6BD4 && y == 0x8F83)
    }

    /// The clause starting at `cs` opens with 与, 同, 和 or 跟 (spaces skipped), before `end`: the opening of a
    /// comparison frame closed by 相比.
    func opensComparisonFrame(_ cs: Int, before end: Int) -> Bool {
        let t = text.t
        var c = cs
        while c < end, SubjectFinder.isDropped(t[c]) { c += 1 }
        guard c < end else { return false }
        let o = t[c]
        return o == 0x4E0E || o == 0x540C || o == 0x548C || o == 0x8DDF
    }

    /// 与上年相比, 同2010年相比: a clause that only says what the figures after it are compared with names nothing
    /// (the words `a..<e`: opened by 与/同/和/跟, closed by 相比, 相较 or 比较).
    func isComparisonFrame(_ a: Int, _ e: Int) -> Bool {
        let t = text.t
        var h = e
        while h > a, SubjectFinder.isDropped(t[h - 1]) { h -= 1 }
        guard h - a >= 4 else { return false }
        let x = t[h - 2], y = t[h - 1]
        guard SubjectFinder.closesComparisonFrame(x, y) else { return false }
        return opensComparisonFrame(a, before: h - 2)
    }

    /// Does a date ending at `end` stand right after 比/较 in its clause (较2019年同期, 比上年同期)? Then the words after it
    /// continue the comparison, not a subject of their own.
    func comparisonBaseBefore(_ end: Int, notBefore floor: Int) -> Bool {
        let t = text.t
        var q = end - 1
        while q > floor, end - q <= 12 {
            let c = t[q]
            if c == 0x2C || c == 0x3B || text.isSentenceEnd(c) { return false }
            if c == 0x6BD4 || c == 0x8F83 { return q + 1 < end && (text.isDigit(q + 1) || ChineseNumeral.digit(t[q + 1]) != nil) }
            q -= 1
        }
        return false
    }

    /// 总投资近2000亿元的格尔木东清洁能源基地, 占地面积500亩的产业园区: an attribute (contexts.yaml attribute_nouns) ends the
    /// words before the figure — all of them, or after a mark — and 的 follows it: the subject is the noun after, then
    /// the attribute (格尔木东清洁能源基地总投资). Nil otherwise.
    /// (`after` is asked only once the attribute and the 的 are there: the words after a figure are read for few of
    /// the figures that reach this test.)
    func attributeOwner(_ fig: Place, lo: Int, hi: Int, memo: inout AfterMemo) -> Span? {
        let t = text.t
        guard hi > lo, fig.unitEnd < t.count, let m = book.attributeNouns.matchEnding(t, at: hi),
              m.length == hi - lo || (hi - m.length > lo && !text.isCJK(hi - m.length - 1)) else { return nil }
        var d = fig.unitEnd
        if let q = book.after.longestMatch(t, at: d) { d += q.length }   // 以上, 左右
        guard d < t.count, t[d] == 0x7684 else { return nil }
        let a = after(fig, wholeClause: false, memo: &memo)
        return keptCount(Span(a), atMost: 2) >= 2 ? Span(a, (hi - m.length)..<hi) : nil
    }

    /// Do the words at `i` compare with something (与上年持平, 比上年, 较上年, 同比, 环比) rather than name an object?
    func opensComparison(at i: Int) -> Bool {
        let t = text.t
        var k = i
        while k < t.count, SubjectFinder.isDropped(t[k]) { k += 1 }
        guard k + 1 < t.count else { return false }
        let a = t[k], b = t[k + 1]
        return a == 0x4E0E && (b == 0x4E0A || b == 0x53BB || b == 0x540C)       // 与上, 与去, 与同
            || ((a == 0x6BD4 || a == 0x8F83) && (b == 0x4E0A || b == 0x53BB || b == 0x540C || b == 0x5E74))  // 比上, 较去 …
            || ((a == 0x540C || a == 0x73AF) && b == 0x6BD4)                     // 同比, 环比
    }

    /// A subject as text: the scalars of `first`, then those of `second`, without spaces, line feeds and tabs —
    /// `text.compactString(first) + text.compactString(second)`. Every candidate a rule weighs (the words before
    /// the figure, after it, the clause before, 完成 + the noun after) is such a pair of ranges, so the rules test
    /// scalars and only the answer becomes a String (全区共有各类人才资源7.8万人 → first: 人才资源).
    struct Span: Equatable {
        var first: Range<Int>
        var second: Range<Int>

        init(_ first: Range<Int> = 0..<0, _ second: Range<Int> = 0..<0) {
            self.first = first
            self.second = second
        }
    }

    /// The scalars a subject drops (compactString's: space, line feed, tab; not CR).
    @inline(__always)
    static func isDropped(_ s: UInt32) -> Bool { s == 0x20 || s == 0x0A || s == 0x09 }

    /// Calls `body` with each kept scalar of `s` in order, until it returns false.
    @inline(__always)
    func forEachKept(_ s: Span, _ body: (UInt32) -> Bool) {
        let t = text.t
        let n = t.count
        for r in 0..<2 {
            let range = r == 0 ? s.first : s.second
            var i = max(range.lowerBound, 0)
            let end = min(range.upperBound, n)
            while i < end {
                let x = t[i]
                i += 1
                if SubjectFinder.isDropped(x) { continue }
                if !body(x) { return }
            }
        }
    }

    /// The number of kept scalars of `s`, counted up to `limit`.
    func keptCount(_ s: Span, atMost limit: Int) -> Int {
        var n = 0
        forEachKept(s) { _ in n += 1; return n < limit }
        return n
    }

    /// `text.compactString(s).isEmpty`.
    func isBlank(_ s: Span) -> Bool { text.isBlank(s.first) && text.isBlank(s.second) }

    /// `isDe(text.compactString(s))`: the one kept scalar is 的.
    func isDe(_ s: Span) -> Bool {
        var n = 0, only: UInt32 = 0
        forEachKept(s) { x in n += 1; only = x; return n < 2 }
        return n == 1 && only == 0x7684
    }

    /// `opensWithChangeTo(text.compactString(s))`, reading the kept scalars (the array of the first few is built
    /// only when one of them is 到, 至 or 为 after a scalar that starts a change word).
    func opensWithChangeTo(_ s: Span) -> Bool {
        var first: UInt32? = nil
        forEachKept(s) { x in first = x; return false }
        guard let f = first, book.stripTrailing.startsWord(f) else { return false }
        let reach = book.stripTrailing.maxLength
        var seen = 0, hit = false
        forEachKept(s) { x in
            guard seen < reach else { return false }
            seen += 1
            if x == 0x5230 || x == 0x81F3 || x == 0x4E3A { hit = true; return false }
            return true
        }
        guard hit else { return false }
        var u: [UInt32] = []
        forEachKept(s) { x in
            guard u.count < reach else { return false }
            u.append(x)
            return true
        }
        guard let m = book.stripTrailing.longestMatch(u, at: 0) else { return false }
        // 到位资金, 至今: a bare 到 or 至 with an ideograph after it begins a word, no change-to.
        if m.length == 1, u.count > 1, u[1] >= 0x4E00, u[1] <= 0x9FFF { return false }
        if reachesWords(u, m.length) { return false }
        return u[m.length - 1] == 0x5230 || u[m.length - 1] == 0x81F3 || (u[m.length - 1] == 0x4E3A && m.length > 1)
    }

    /// 达到推荐标准的7所: 达到 (reach) before words is no change from one figure to the next — the words name what
    /// is counted (达到推荐标准的 …), where 增加到2007年的 names nothing.
    @inline(__always)
    func reachesWords(_ u: [UInt32], _ length: Int) -> Bool {
        u.first == 0x8FBE && u.count > length && u[length] >= 0x4E00 && u[length] <= 0x9FFF
    }

    /// 5A级景区, 5G基站: digits run into Latin letters are a code that belongs to the subject.
    func codeStarts(at i: Int) -> Bool {
        guard text.isDigit(i), i == 0 || !text.isDigit(i - 1) else { return false }
        var k = i
        while text.isDigit(k) { k += 1 }
        return text.isASCIILetter(k)
    }

    /// 涨 平 降 升 增 减: the verbs of a tally (八大类价格五涨一平一降, 三升两降).
    static let tallyVerbs: Set<UInt32> = [0x6DA8, 0x5E73, 0x964D, 0x5347, 0x589E, 0x51CF]

    /// `tallyVerbs.contains(s)` without hashing (asked at every figure).
    @inline(__always)
    static func isTallyVerb(_ s: UInt32) -> Bool {
        s == 0x6DA8 || s == 0x5E73 || s == 0x964D || s == 0x5347 || s == 0x589E || s == 0x51CF
    }

    /// 其他七大类价格环比五涨一平一降: each numeral counts the items that moved one way; its subject is the topic of
    /// the tally with the verb (其他七大类价格环比涨). Nil when the figure is no tally item.
    func tallySubject(of fig: Figure) -> String? { tallySubject(of: Place(fig)) }

    func tallySubject(of fig: Place) -> String? { tallySpan(of: fig).map(text.compactString) }

    /// `tallySubject` as a span: the topic, then the verb itself (a tally verb is no space).
    func tallySpan(of fig: Place) -> Span? {
        let t = text.t
        guard !fig.hasUnit, fig.unitEnd < t.count, SubjectFinder.isTallyVerb(t[fig.unitEnd]) else { return nil }
        // Back over the earlier items of the run (numeral + verb) to its start.
        var start = fig.numberStart
        while start >= 2, SubjectFinder.isTallyVerb(t[start - 1]), ChineseNumeral.digit(t[start - 2]) != nil {
            start -= 2
        }
        let isRun = start < fig.numberStart || (fig.unitEnd + 2 < t.count && ChineseNumeral.digit(t[fig.unitEnd + 1]) != nil
            && SubjectFinder.isTallyVerb(t[fig.unitEnd + 2]))
        guard isRun else { return nil }
        var lo = text.clauseStart(before: start)
        while let n = book.leadingStrip(t, at: lo), lo + n < start { lo += n }
        guard lo < start, !text.isBlank(lo..<start) else { return nil }
        return Span(lo..<start, fig.unitEnd..<(fig.unitEnd + 1))
    }

    func subject(of fig: Figure, lastEnd: Int, previousQuantityEnd: Int = -1) -> String {
        subject(of: Place(fig), lastEnd: lastEnd, previousQuantityEnd: previousQuantityEnd)
    }

    func subject(of fig: Place, lastEnd: Int, previousQuantityEnd: Int = -1) -> String {
        text.compactString(span(of: fig, lastEnd: lastEnd, previousQuantityEnd: previousQuantityEnd))
    }

    /// The subject as a span of the text (see `Span`): every rule below reads scalar indices, and the one String is
    /// built by the caller from the span that wins (a figure used to build the words before it and after it, each
    /// rule's candidate, as Strings).
    func span(of fig: Place, lastEnd: Int, previousQuantityEnd: Int = -1) -> Span {
        let t = text.t
        if let tally = tallySpan(of: fig) { return tally }
        // 江西5省39市217个县(市、区)773.6万人受灾: a count of a run closed by an outcome (SubjectFinder+Chains.swift).
        if fig.kind == .count, fig.hasUnit, let chain = chainSpan(fig) { return chain }
        // 常住人口性别比（以女性为100）由2010年的97.45下降为91.45: both ends are the ratio the words up to its 比 name.
        if fig.kind == .ratio, !fig.hasUnit, let b = FigureScanner.ratioOwner(text, before: fig.numberStart) {
            var lo = text.clauseStart(before: b)
            while let n = book.leadingStrip(t, at: lo), lo + n < b { lo += n }
            if b - lo >= 2 { return Span(lo..<(b + 1)) }
        }
        // 三次产业结构为4.2:27.7:68.1 年末常住人口…: a later part of a ratio run names nothing of its own — the run's
        // subject is its (the noun after the last part belongs to the next sentence, run on where a page lost its 。).
        if fig.kind == .ratio, fig.numberStart >= 2, FigureScanner.isRatioColon(t[fig.numberStart - 1]),
           text.isDigit(fig.numberStart - 2) {
            return Span()
        }
        // 新增转移支付（127.92亿元）、…等174.6亿元: a bracketed amount is its name's, the sum after 等 the list's
        // (SubjectFinder+Brackets.swift).
        if fig.kind.isQuantity, SubjectFinder.mayBeBracketed(t, fig.numberStart), let s = bracketedSpan(fig, lastEnd: lastEnd) {
            return s
        }
        // The words after the figure, read at most once (several rules below ask for them).
        // (A memo passed in and out, not a local function over local state: that captured the whole finder, copied
        // and released on every call — 2% of text extraction.)
        var memo = AfterMemo()
        var lo = text.clauseStart(before: fig.numberStart)
        // 水果产量（含瓜果）125.0万吨: a bracketed note belongs to the subject before it.
        // (Not the number of a heading: （一）一般公共预算 全市一般公共预算收入.)
        while lo > 1, t[lo - 1] == 0x29, lo > lastEnd, !isHeadingMarker(before: lo) {
            var o = lo - 2
            while o > 0, t[o] != 0x28, lo - o < 40 { o -= 1 }
            guard t[o] == 0x28 else { break }
            lo = text.clauseStart(before: o)
        }
        // A section heading run into the text (八、财政和金融 全年地方一般公共预算收入): the subject starts at the period or
        // region word that opens the body. A date in the heading (二、2025年预算草案 全市…) is no figure of the body.
        var headingCut = false
        if isHeadingMarker(before: lo), lastEnd < lo + 16 {
            var o = max(lo + 2, lastEnd)
            while o < min(lo + 16, fig.numberStart - 1) {
                if book.headingOpeners.longestMatch(t, at: o) != nil { lo = o; headingCut = true; break }
                o += 1
            }
        }
        // After a 、 list (学术交流、…、成果展示五类活动) the items are examples; the noun after names the figure.
        // (9.9%、33.4%和56.7%: a list of figures, not of items; they share the subject before the first.)
        let afterList = !headingCut && lo > 0 && t[lo - 1] == 0x3001 && lo > lastEnd && lo - 1 != previousQuantityEnd
        lo = max(lo, lastEnd)
        // 比2014年预算执行数（按2015年口径比，下同）增长7.3%: words that start inside a bracket closed before the figure
        // (at a comma or a date within it) are an aside, never the subject (SubjectFinder+Brackets.swift).
        // (Not when a figure before this one stands in the bracket: 28.7亿元（不含36.4亿元，…）.)
        if fig.kind.isQuantity, let aside = asideAround(lo, before: fig.numberStart), previousQuantityEnd < aside.lowerBound {
            if let named = namedAfterAside(aside, fig) { lo = named } else {
                return Span(max(text.clauseStart(before: aside.lowerBound), previousQuantityEnd, 0)..<aside.lowerBound)
            }
        }
        // 三大人才金融政策: the subject follows; so it does after a classifier and a quoted name (东莞410家“倍增计划”规模以上
        // 工业企业: the words before the count are its place, the name and the noun after it what is counted — an object
        // verb right before the count keeps its own rule: 建成10个“人才工作中心”).
        if fig.kind == .count, fig.unitEnd > 0,
           (!fig.hasUnit && t[fig.unitEnd - 1] == 0x5927) || (fig.hasUnit && fig.unitEnd < t.count && t[fig.unitEnd] == 0x201C
                && book.objectVerbs.matchEnding(t, at: fig.numberStart) == nil) {
            let a = after(fig, wholeClause: false, memo: &memo)
            if !text.isBlank(a) { return Span(a) }
        }
        // (Not an item that states its own change: 电力、热力生产和供应业增长1.6% 规模以上高技术制造业… on a page that
        // lost its 。 names the industry before the figure, not the words after it.)
        // A change keeps the list before it whole (粮油、食品、饮料、烟酒类增长11.2%: one category of the retail
        // statistics; 计算机、通信和其他电子设备制造业增长10.5%: one industry) but looks for no noun after the figure.
        if afterList {
            let isChange = book.up.matchEnding(t, at: fig.numberStart) != nil || book.down.matchEnding(t, at: fig.numberStart) != nil
            var q = fig.numberStart
            if let m = book.before.matchEnding(t, at: q), q - m.length >= lo { q -= m.length }   // 近, 约
            if !isChange {
                let a = after(fig, wholeClause: false, memo: &memo)
                if let owned = attributeOwner(fig, lo: lo, hi: q, memo: &memo) { return owned }
                if fig.kind == .measure, let owned = listedOwner(lo: lo, hi: q, after: a) { return owned }
                // (单晶硅、多晶硅多线切割机500台将投入生产: words after the figure that open with a plan word are its
                // predicate, not its noun — the item before the figure names it.)
                // (…1.3亿人次受灾、1074人死亡: a predicate after a head unit is named with it — withHeadUnit.)
                if !text.isBlank(a), book.targets.longestMatch(t, at: a.lowerBound) == nil { return withHeadUnit(a, fig) }
            }
            // 新建改扩建中小学、幼儿园138所, 全市共有医院、卫生院56家: no noun after the figure — the items of the list
            // before it are together what is counted, not the last one alone (items holding no number, each short).
            // 赴京、津、冀等地高校招引高层次人才500人: a list of places closed by 等地 says where; the noun after it is
            // counted. (高新技术企业、工程技术中心等科研机构48个 keeps its list: the items are what is counted.)
            let closedByDeng = (lo..<q).first(where: { t[$0] == 0x7B49 && $0 + 1 < q && t[$0 + 1] == 0x5730 })
            if let d = closedByDeng, q - (d + 2) >= 2 { lo = d + 2 }
            // (Not past a bracketed note, 博物馆(含民办)…, nor when the item before the figure is only a qualifier:
            // 增速高于经济增速、突破3万元 is two predicates.)
            var p = closedByDeng == nil && q - lo >= 2
                && !(lo..<fig.numberStart).contains(where: { t[$0] == 0x28 || t[$0] == 0x29 }) ? lo - 1 : -1
            while p > lastEnd {
                let cs = text.clauseStart(before: p)
                guard cs >= lastEnd, p - cs <= 20, p > cs, !(cs..<p).contains(where: { text.isDigit($0) }) else { break }
                if cs > 0, t[cs - 1] == 0x3001 { p = cs - 1; continue }
                lo = cs
                break
            }
        }
        var hi = fig.numberStart
        // Qualifier words before the number are not the subject.
        if let m = book.before.matchEnding(t, at: hi), hi - m.length >= lo,
           !book.notQualifiers.covers(t, hi - m.length, length: m.length) { hi -= m.length }
        // (Every walk below stays within lo..<hi as it stands here: lo only grows and hi only shrinks.)
        let marks = clauseMarks(t, lo, hi)
        cutScope(t, lo: &lo, hi: hi, marks: marks)
        var endsWithVerb = false
        // Where the object verb ended (开展职业技能培训40万人次: 培训), for a figure that no noun follows.
        var verbEnd = -1, verbStart = -1
        var endsWithPreposition = false
        // 了 right before the figure (建立了2.4万多个…): a verb's aspect mark, so an object follows the figure.
        var endsWithLe = false
        var changed = true
        while changed && lo < hi {
            changed = false
            if t[hi - 1] == 0x4E86, hi - 1 > lo, text.isBlank(hi..<fig.numberStart) { endsWithLe = true }
            if t[hi - 1] == 0x20 || t[hi - 1] == 0x4E86 && hi - 1 > lo { hi -= 1; changed = true; continue }
            // 家庭户[3]172869户: a footnote mark of one or two digits after the noun is no part of it.
            if t[hi - 1] == 0x5D, hi - lo >= 4, text.isDigit(hi - 2) {
                var o = hi - 2
                while o > lo, text.isDigit(o - 1), hi - o < 3 { o -= 1 }
                if o > lo + 1, t[o - 1] == 0x5B { hi = o - 1; changed = true; continue }
            }
            if let m = book.prepositions.matchEnding(t, at: hi), hi - m.length >= lo,
               m.value < beneficiaryCount {
                // 为115名优秀人才发放… (beneficiaries) vs 预算为423.7亿元 (a copula: nothing follows the figure).
                // (占比为100.0% 与上年持平 on a page that lost its comma: a comparison after the figure is no object.)
                // (平均每日成交量为137万张合约: 为 after a rate or an amount is a copula, whatever follows the figure.)
                let a = after(fig, wholeClause: true, memo: &memo)
                if !text.isBlank(a), !opensComparison(at: a.lowerBound),
                   !isMeasureCopula(t, at: hi - m.length, length: m.length, lo: lo) { endsWithPreposition = true; break }
                hi -= m.length; changed = true; continue
            }
            // 为全市934户市场主体提供…: a place word between the beneficiary preposition and the figure is the
            // beneficiaries' scope; the preposition decides as above.
            if t[hi - 1] == 0x5E02 || t[hi - 1] == 0x533A || t[hi - 1] == 0x53BF || t[hi - 1] == 0x7701,
               let r = book.scopeRegion.matchEnding(t, at: hi), hi - r.length > lo,
               let m = book.prepositions.matchEnding(t, at: hi - r.length), hi - r.length - m.length >= lo,
               m.value < beneficiaryCount {
                let a = after(fig, wholeClause: true, memo: &memo)
                if !text.isBlank(a), !opensComparison(at: a.lowerBound) { endsWithPreposition = true; break }
            }
            if !endsWithVerb, let m = book.objectVerbs.matchEnding(t, at: hi), hi - m.length >= lo {
                endsWithVerb = true; verbEnd = hi; hi -= m.length; verbStart = hi; changed = true; continue
            }
            if let m = book.stripTrailing.matchEnding(t, at: hi), hi - m.length >= lo {
                // 收入总计454.8亿元: after a bare head a total word names the total, not a verb of summing.
                if hi - m.length - lo <= 2, hi - m.length > lo, book.totalWords.matchEnding(t, at: hi)?.length == m.length { break }
                // 审减22亿元, 核减: a one-letter direction word after one letter is a word of its own (审减, not 审 + 减).
                if m.length == 1, hi - 1 - lo == 1, text.isCJK(lo), lo == text.clauseStart(before: hi) || !text.isCJK(lo - 1) { break }
                // 60周岁以上为15.3万人, Ⅱ类及以上: the 上 of a bound word (CategoryBounds.wordLength) closes the band the subject
                // names, no 上 of "more than" (上千人).
                // (以 asked first: the bound words of two letters open with it.)
                if m.length == 1, hi - 2 >= lo, t[hi - 2] == 0x4EE5, CategoryBounds.wordLength(in: text, at: hi - 2) == 2 { break }
                hi -= m.length; changed = true
            }
        }
        // 进出口大幅下降14.2%, 利润稳步增长: the manner of a change (contexts.yaml change_adverbs) is no part of what
        // changed — dropped when a change verb stood between it and the figure.
        if hi - lo >= 4, hi < fig.numberStart, let m = book.changeManners.matchEnding(t, at: hi), hi - m.length - lo >= 2,
           book.up.matchEnding(t, at: fig.numberStart) != nil || book.down.matchEnding(t, at: fig.numberStart) != nil {
            hi -= m.length
        }
        // 城镇土地使用税税额标准调整为现行标准的80%, 提高到全国平均水平的1.2倍: a change-to verb, then the base the figure is
        // a share of — the subject is what changed, before the verb.
        if hi - lo > 3, t[hi - 1] == 0x7684 {
            var e = hi - 2
            while e >= lo + 3, hi - e <= 10, t[e - 1] != 0x2C {
                let last = t[e - 1]
                if last == 0x4E3A || last == 0x5230 || last == 0x81F3, let m = book.stripTrailing.matchEnding(t, at: e),
                   m.length >= 2, e - m.length - lo >= 2 {
                    hi = e - m.length
                    break
                }
                e -= 1
            }
        }
        // 车船税按照现行适用税额的50%征收: a rate applied by 按照 to a base is the rate of what stands before 按照.
        if fig.kind == .percent, hi - lo > 4 {
            var b = lo + 2
            while b + 1 < hi {
                if t[b] == 0x6309, t[b + 1] == 0x7167 { hi = b; break }   // 按照
                b += 1
            }
        }
        // 由2476元增加到4140元 / 从1.07%提高到1.49%: the subject stands before 由/从 — when a figure or a date
        // follows them (从2002年的, 由上年的); in 从业人员, 由于, 从价计征 they are letters of a word.
        // (拥有大学文化程度的由13466人增加为21505人: a 的 then closes the subject — the nominal 的 of "those who have",
        // no 的 of a noun written after the figure, which the rule for 的 below would take.)
        var q = marks.contains(.from) ? lo : hi
        var cutAtFrom = false
        while q < hi {
            if (t[q] == 0x7531 || t[q] == 0x4ECE), q > lo, q + 1 == hi || opensFromValue(at: q + 1) {
                hi = q; cutAtFrom = true; break
            }
            q += 1
        }
        // 全社会研究与实验发展经费，从2002年1288亿元增加到…: a clause that opens with 从/由 names nothing; the clause
        // before it is the subject.
        // (When that clause holds a figure — 地区生产总值年均增长6.8%，由2020年的2850亿元增加到… — the clause names
        // nothing of its own either: the figure takes the subject of the one before it in its sentence.)
        if lo < hi, t[lo] == 0x7531 || t[lo] == 0x4ECE, lo + 1 == hi || opensFromValue(at: lo + 1) {
            return previousClauseSpan(before: lo, lastEnd: lastEnd) ?? Span()
        }
        // 41个大类行业中有30个行业增加值增长, 全县15个乡镇中有9个…: X中 right before a count names the set it is drawn
        // from, and the set is what the count counts (not 增加值, nor 乡镇中).
        let setCut = fig.kind == .count && fig.hasUnit ? setEnd(lo: lo, hi: hi) : nil
        trimLeading(t, lo: &lo, hi: hi, marks: marks)
        if let s = setCut, s - lo >= 2 { return Span(lo..<s) }
        // The words before the figure, built only where they are the answer (a figure named by the words after
        // it, or by the clause before, builds none): compactString drops only spaces, line feeds and tabs.
        let beforeEmpty = text.isBlank(lo..<max(lo, hi))
        let before = Span(lo..<max(lo, hi))
        if !endsWithVerb, !endsWithPreposition, isStandingAdverb(lo: lo, hi: hi) { return before }
        // 吸引了来自省内外的近两百名客商代表: after 的 the noun follows the figure.
        // (Not a 的 alone after a date: 由2010年的30/10万降低至… — the level at that date, no noun after it. After an
        // amount it is: 协议总投资93.57亿元的27个项目.)
        let dateDe = hi - 1 == lo && hi >= 2 && (t[hi - 2] == 0x5E74 || t[hi - 2] == 0x6708 || t[hi - 2] == 0x65E5)
        if hi > lo, t[hi - 1] == 0x7684, !cutAtFrom, !dateDe {
            let a = after(fig, wholeClause: false, memo: &memo)
            if !text.isBlank(a) { return Span(a) }
        }
        if endsWithPreposition { return Span(after(fig, wholeClause: true, memo: &memo)) }
        // 各类自然灾害共造成全国1.3亿人次受灾, 灾害造成1.2万间房屋倒塌: a cause and its verb (and a scope word) before the
        // figure name nothing counted; the outcome after it does (SubjectFinder+Outcomes.swift).
        if !beforeEmpty, !endsWithVerb, fig.hasUnit, fig.kind == .count || fig.kind == .measure,
           let outcome = outcomeSpan(fig, lo: lo, hi: hi, memo: &memo) {
            return outcome
        }
        // 全国建立了2.4万多个社区卫生服务机构: after a verb and 了 the noun the count measures follows it (was 建立).
        if endsWithLe, !endsWithVerb, fig.hasUnit, fig.kind == .count || fig.kind == .measure {
            let a = after(fig, wholeClause: false, memo: &memo)
            if keptCount(Span(a), atMost: 2) >= 2 { return Span(a) }
        }
        // 推进卡阳、松如沟等14个750千伏电网工程 (examples, then the figure) / 1.5亿学生和780万名家庭经济困难寄宿生
        // (the item before 和 is the last figure's): the noun after the figure names it.
        if hi > lo, SubjectFinder.isListJoiner(t[hi - 1]) {
            let a = after(fig, wholeClause: false, memo: &memo)
            if !text.isBlank(a) { return Span(a) }
        }
        if !beforeEmpty, let owned = attributeOwner(fig, lo: lo, hi: hi, memo: &memo) {
            return owned
        }
        // 推动国达化工60万吨钾肥复合造粒项目: a capacity written before its noun; the subject is the owner and the noun.
        // (Not words that run into the next number: 产量43吨 销量160吨, a headline whose space between clauses the
        // normalizer took out — 销量 is the next figure's subject, not the noun 43吨 measures.)
        if fig.kind == .measure, !beforeEmpty, !endsWithVerb, text.isCJK(fig.unitEnd) {
            let a = after(fig, wholeClause: false, memo: &memo)
            var next = a.upperBound
            while next < t.count, t[next] == 0x20 { next += 1 }
            if keptCount(Span(a), atMost: 2) >= 2, !text.isDigit(next) { return Span(before.first, a) }
        }
        // 增长2.6% 一般公共预算支出2680.0亿元: after a change verb the words after the figure name the next one.
        // (全体居民人均可支配收入增速高于经济增速、突破3万元: a clause with no figure before names it.)
        let ownClause = text.clauseStart(before: fig.numberStart)
        if beforeEmpty, !endsWithVerb, book.up.matchEnding(t, at: fig.numberStart) != nil
            || book.down.matchEnding(t, at: fig.numberStart) != nil {
            // 增加5000个普通高中招生计划: a count with its classifier, then a noun — the noun is what is added.
            if fig.kind == .count, fig.hasUnit, text.isCJK(fig.unitEnd) {
                let a = after(fig, wholeClause: false, memo: &memo)
                if keptCount(Span(a), atMost: 2) >= 2 { return Span(a) }
            }
            return previousClauseSpan(before: ownClause, lastEnd: lastEnd, orList: true) ?? Span()
        }
        if beforeEmpty, !endsWithVerb, text.isBlank(after(fig, wholeClause: false, memo: &memo)),
           let p = previousClauseSpan(before: ownClause, lastEnd: lastEnd, orList: true) {
            return p
        }
        if beforeEmpty || endsWithVerb {
            let a = after(fig, wholeClause: false, memo: &memo)
            // (在41个工业大类行业中，有30个增加值增长: 有 before a count drawn from a set is no verb of having its object.)
            let having = fig.numberStart >= 1 && t[fig.numberStart - 1] == 0x6709
            if beforeEmpty, !endsWithVerb || having, let drawn = drawnFromSet(fig, ownClause: ownClause, lastEnd: lastEnd, after: a) {
                return drawn
            }
            // 完成2100万千瓦火电机组、2812万吨钢铁产能…超低排放改造: what was done to the noun is part of what is
            // counted (完成火电机组), unlike a copula.
            if beforeEmpty, !endsWithVerb, !text.isBlank(a), fig.kind == .measure || fig.kind == .count, fig.numberStart >= 2 {
                // 完成 / 实现, read from the text itself (neither scalar is a space).
                let v0 = t[fig.numberStart - 2], v1 = t[fig.numberStart - 1]
                if (v0 == 0x5B8C && v1 == 0x6210) || (v0 == 0x5B9E && v1 == 0x73B0) {
                    return Span((fig.numberStart - 2)..<fig.numberStart, a)
                }
            }
            // 开展职业技能培训40万人次。: no object follows the figure — the verb ends the noun before it.
            // (Only verbs that also name the work done — contexts.yaml noun_verbs: 培训, 建设; 举办 and 安排 stay out.)
            if text.isBlank(a), endsWithVerb, verbEnd > hi, hi > lo, !text.isBlank(lo..<hi),
               let m = book.nounVerbs.longestMatch(t, at: hi), hi + m.length == verbEnd { return Span(lo..<verbEnd) }
            // 建设7000多所寄宿制学校, 新建1.88万所乡镇卫生院: what is counted is the noun as the verb made it (建设寄宿制学校);
            // a count with no classifier too (惠及76万群众 → 惠及群众), and a share of the noun after 的 (覆盖77%的行政村 →
            // 覆盖行政村).
            if endsWithVerb, !text.isBlank(a), fig.hasUnit || fig.kind == .count,
               fig.kind == .count || fig.kind == .measure || fig.kind == .percent, verbStart >= 0,
               book.keepsObjectVerb(t, verbStart..<verbEnd) {
                return Span(verbStart..<verbEnd, a)
            }
            if beforeEmpty, fig.kind == .count, fig.hasUnit, let changed = changeCountSpan(fig) { return changed }
            if text.isBlank(a) { return nounAfterIfNone(before, fig) }
            // (，1200人紧急转移安置，: a predicate after a head unit is named with it — withHeadUnit.)
            return endsWithVerb ? Span(a) : withHeadUnit(a, fig)
        }
        // 规模以上工业41个大类行业中，…: the noun after a count that closes a set with 中 is what is counted, within what
        // the words before name (规模以上工业大类行业).
        if !beforeEmpty, fig.kind == .count, fig.hasUnit, fig.unitEnd + 3 < t.count, text.isCJK(fig.unitEnd) {
            let a = after(fig, wholeClause: false, memo: &memo)
            if a.count >= 2, a.upperBound + 1 < t.count, t[a.upperBound] == 0x4E2D || t[a.upperBound + 1] == 0x4E2D,
               let e = setEnd(lo: a.lowerBound, hi: t[a.upperBound] == 0x4E2D ? a.upperBound + 1 : a.upperBound + 2), e == a.upperBound {
                let r = before.first
                let namesNothing = r.count <= book.notSubjects.maxLength
                    && book.notSubjects.longestMatch(t, at: r.lowerBound)?.length == r.count
                return namesNothing ? Span(a) : Span(r, a)
            }
        }
        // 6万元的安家费: the noun after 的 names the figure.
        if fig.unitEnd < t.count, t[fig.unitEnd] == 0x7684, !beforeEmpty {
            let a = after(fig, wholeClause: false, memo: &memo)
            if !text.isBlank(a), hasVerbEnding(lo: text.clauseStart(before: fig.numberStart), hi: fig.numberStart) { return Span(a) }
            // 河南段94%的国考断面水质在Ⅲ类以上: a share of the noun after 的, within what the words before name.
            if !text.isBlank(a), fig.kind == .percent { return Span(before.first, a) }
        }
        if fig.kind == .count, fig.hasUnit, hi > lo, SubjectFinder.mayHandNounAfter(t[hi - 1]) || lo - lastEnd <= 2 && hi - lo <= 12,
           let counted = countedNounAfter(fig, lo: lo, hi: hi, lastEnd: lastEnd, memo: &memo) {
            return counted
        }
        return nounAfterIfNone(before, fig)
    }

    /// 为 at `p` (a match of `length` one) right after a letter that ends a rate or an amount (成交量为, 人数为, 增长率为:
    /// PatternBook.measureEndScalars), within the words from `lo`: a copula.
    func isMeasureCopula(_ t: [UInt32], at p: Int, length: Int, lo: Int) -> Bool {
        length == 1 && t[p] == 0x4E3A && p - 1 >= lo && book.measureEndScalars.contains(t[p - 1])
    }

    /// 今年以来一直保持在8%以上较高水平: an adverb of a state kept (contexts.yaml standing_adverbs), alone before the
    /// figure once its verb is gone, names nothing — neither it nor the level after the figure; `span` leaves it for
    /// AdverbSubjects to give the figure the sentence's topic. (Out of `span`, whose code grew slower with it inline.)
    @inline(never)
    func isStandingAdverb(lo: Int, hi: Int) -> Bool {
        hi > lo && hi - lo <= book.standingAdverbs.maxLength && book.standingAdverbs.longestMatch(text.t, at: lo)?.length == hi - lo
    }

    /// …、博源集团30万吨合成氨: a capacity in a list of projects stands between its owner (the item before the figure,
    /// `lo..<hi`) and its product (`a`), as 国达化工60万吨钾肥复合造粒项目 does outside a list. Nil for an item that ends
    /// in its verb (新能源富集地区布局建设700万千瓦…) or is a clause with 的 (央企投资建设的40万吨…), or a product of
    /// fewer than two letters.
    @inline(never)
    func listedOwner(lo: Int, hi: Int, after a: Range<Int>) -> Span? {
        let t = text.t
        guard hi - lo >= 2, keptCount(Span(a), atMost: 2) >= 2,
              !(lo..<hi).contains(where: { text.isDigit($0) || t[$0] == 0x7684 }),
              book.objectVerbs.matchEnding(t, at: hi) == nil else { return nil }
        return Span(lo..<hi, a)
    }

    /// 全省18个地市中，有12个地市地区生产总值增速高于…: a count opening the clause after one that closes a set with 中
    /// counts members of that set — the noun after the count as far as it repeats the set's head (地市), or the set
    /// itself when no noun follows (…中，有9个完成任务). Nil when the clause before closes no set.
    func drawnFromSet(_ fig: Place, ownClause: Int, lastEnd: Int, after a: Range<Int>) -> Span? {
        let t = text.t
        guard fig.kind == .count, fig.hasUnit, ownClause >= 4, t[ownClause - 1] == 0xFF0C || t[ownClause - 1] == 0x2C else { return nil }
        let cs = text.clauseStart(before: ownClause - 1)
        let from = max(cs, lastEnd)
        guard let s = setEnd(lo: from, hi: ownClause - 1) else { return nil }
        // The set's letters (spaces left out), then the longest of its endings that the words after the figure open with.
        var set: [UInt32] = []
        for i in from..<s where !SubjectFinder.isDropped(t[i]) { set.append(t[i]) }
        guard set.count >= 2, set.count <= 12 else { return nil }
        if !text.isBlank(a) {
            // 16种产品产量呈现增长: words after that open with the set's head (产品) name the members themselves.
            if a.count >= 2, t[a.lowerBound] == set[set.count - 2], t[a.lowerBound + 1] == set[set.count - 1] { return nil }
            // 41个大类行业中，有30个增加值增长: other words after the count say what the members did — when the set was
            // counted (a figure ends in its clause); 在全部投资中，有30个项目… names its members.
            guard lastEnd > cs else { return nil }
        }
        return Span(from..<s)
    }

    /// `before`, unless it is a word that names nothing (contexts.yaml not_subjects: a preposition or a verb left
    /// alone, 年末, 按季) and a noun follows the figure: 在16家医疗机构设置… → 医疗机构设置…; 年末2.2万城镇居民 → 城镇居民.
    func nounAfterIfNone(_ before: Span, _ fig: Place) -> Span {
        let r = before.first
        guard before.second.isEmpty, !r.isEmpty, r.count <= book.notSubjects.maxLength,
              let m = book.notSubjects.longestMatch(t, at: r.lowerBound), m.length == r.count else { return before }
        let a = afterRange(fig, wholeClause: false)
        return keptCount(Span(a), atMost: 2) >= 2 ? Span(a) : before
    }

    /// Where a subject longer than 20 letters starts: the letters nearest the number, cut where a phrase ends, never
    /// inside a word (…决定延续执行除印花税所涉税收优惠政策以外的其余5项 gave 续执行…). Forward from the 20-letter cut
    /// to the last 的 that leaves a noun of four letters or more (业加工和承揽收入的印花税核定征收计税金额 → 印花税核定征收计税金额),
    /// else to the first mark that ends a phrase (、，”）和 及 与 等); else back to one within eight letters; else the cut.
    func shortStart(lo: Int, hi: Int) -> Int {
        let cut = hi - 20
        // 电力、热力、燃气及水生产和供应业实现利润总额 cut at a 、: the items of a coordinated name stay together (up to 30
        // letters), and a cut never leaves the subject opening with the joiner.
        if cut > lo, t[cut] == 0x3001 || t[cut - 1] == 0x3001 {
            var b = t[cut] == 0x3001 ? cut : cut - 1
            while b > lo, !SubjectFinder.endsPhrase(t[b - 1]) || t[b - 1] == 0x3001, text.isCJK(b - 1) || t[b - 1] == 0x3001 { b -= 1 }
            if hi - b <= 30, t[b] != 0x3001 { return b }
            return t[cut] == 0x3001 ? cut + 1 : cut
        }
        guard text.isCJK(cut - 1), text.isCJK(cut), !SubjectFinder.endsPhrase(t[cut - 1]) else { return cut }
        var lastDe = -1, firstMark = -1, lastPlain = -1
        var p = cut + 1
        while p < hi - 1 {
            let x = t[p - 1]
            if x == 0x7684, hi - p >= 4 { lastDe = p }
            if firstMark < 0, SubjectFinder.endsPhrase(x), x != 0x7684 { firstMark = p }
            // 货运量万吨50 1.0 全年建筑业增加值 (a flattened table's cells before the prose): past the last figure.
            // (Not a number run into its word: 世界500强企业 is one name.)
            if t[p - 1] < 0x80, text.isCJK(p), !(text.isDigit(p - 1) && t[p] == 0x5F3A) { lastPlain = p }
            p += 1
        }
        if lastDe >= 0 { return lastDe }
        if lastPlain >= 0, hi - lastPlain >= 2 { return lastPlain }
        if firstMark >= 0, hi - firstMark >= 2 { return firstMark }
        // A letter or two over the limit, with no mark to cut at, stays whole: 延续执行除印花税所涉税收优惠政策以外的其余
        // is no 续执行….
        if cut - lo <= 2, !(lo..<cut).contains(where: { SubjectFinder.endsPhrase(t[$0]) || !text.isCJK($0) }) { return lo }
        var b = cut - 1
        while b > max(lo, cut - 8) {
            if SubjectFinder.endsPhrase(t[b - 1]) { return b }
            // After digits: past the 年 月 日 of a date (2025年12月31日延续执行… → 延续执行…).
            if !text.isCJK(b - 1) {
                while b < cut, t[b] == 0x5E74 || t[b] == 0x6708 || t[b] == 0x65E5 { b += 1 }
                return b
            }
            b -= 1
        }
        return cut
    }

    /// 、 ， ” ） ) 的 和 及 与 等: marks after which a new phrase of a subject starts.
    @inline(__always)
    static func endsPhrase(_ s: UInt32) -> Bool {
        s == 0x3001 || s == 0xFF0C || s == 0x2C || s == 0x201D || s == 0xFF09 || s == 0x29 || s == 0x7684
            || isListJoiner(s)
    }

    /// The span's cut of scope words and list markers at the clause's start (自2020年以来 → after 以来; 一是; (1);
    /// 2023年). (Its own function, as `trimLeading`: in one body with the rest of `span` the compiler stopped
    /// inlining the array reads, and each t[k] became a call.)
    @inline(never)
    private func cutScope(_ t: [UInt32], lo: inout Int, hi: Int, marks: Marks) {
        // Cut everything up to a scope opener in the clause: 自2020年以来活动 → 活动.
        var k = marks.contains(.lai) ? hi : lo
        while k > lo + 1 {
            // 以来 / 年来
            if t[k - 1] == 0x6765, t[k - 2] == 0x4EE5 || t[k - 2] == 0x5E74 { lo = k; break }
            k -= 1
        }
        // Skip a leading date/number (2023年，… is scope).
        // A list marker inside the clause (…情况一是市级收入): the subject starts after it.
        var m = marks.contains(.shi) ? hi - 2 : lo - 1
        while m >= lo {
            if t[m + 1] == 0x662F, ChineseNumeral.digit(t[m]) != nil || t[m] == 0x5341,
               m == lo || !WhitespaceJoining.isCJK(t[m - 1]) || t[m - 1] != 0x4E0D {
                if m + 2 <= hi, m == lo || ChineseNumeral.digit(t[m - 1]) == nil { lo = m + 2; break }
            }
            m -= 1
        }
        // 1—10月全市规模以上工业增加值: a running period of months opening the clause is its scope.
        if let e = MonthRange.end(t, at: lo, before: hi), e < hi { lo = e }
        // List numbers and stray ASCII punctuation: (1) 1. 2025年，…
        while lo < hi, t[lo] < 0x80, !text.isASCIILetter(lo) || (text.isDigit(lo - 1) && !text.isASCIILetter(lo + 1)) {
            if text.isASCIILetter(lo) || codeStarts(at: lo) { break }
            // 5亿元至10亿元项目: the low end of a class range opens the subject.
            // (1-12月份 is a date range: its high end is a month.)
            if text.isDigit(lo), !text.isDigit(lo - 1), SubjectFinder.opensRange(text, at: lo, before: hi),
               !SubjectFinder.endsInDate(text, rangeAt: lo, before: hi) { break }
            // 40岁以下青年人才占比: a class bound opens the subject too.
            if text.isDigit(lo), !text.isDigit(lo - 1), SubjectFinder.opensClass(text, at: lo, before: hi) { break }
            lo += 1
        }
        if lo < hi, t[lo] == 0x5E74, lo > 0, text.isDigit(lo - 1) { lo += 1 }  // 2023年
    }

    /// The span's trim of what opens the words before the figure (spaces, digits, 的, the rest of a date, a
    /// comparison base, scope and target words), its cap of 20 scalars, and the cut after a heading run into the
    /// text (年末全市 after 十、环境保护和应急管理).
    @inline(never)
    private func trimLeading(_ t: [UInt32], lo: inout Int, hi: Int, marks: Marks) {
        var changed = true
        while changed && lo < hi {
            changed = false
            if t[lo] == 0x20 || (text.isDigit(lo) && !codeStarts(at: lo) && !SubjectFinder.opensRange(text, at: lo, before: hi)
                                 && !(text.isDigit(lo - 1) == false && SubjectFinder.opensClass(text, at: lo, before: hi)))
                || t[lo] == 0x2E || t[lo] == 0x2236 { lo += 1; changed = true; continue }
            // 近一半的村集体经济收入超过10万元: the 的 left after a figure before the subject opens no noun.
            if t[lo] == 0x7684, lo + 1 < hi { lo += 1; changed = true; continue }
            if t[lo] == 0x5E74, lo > 0, text.isDigit(lo - 1) { lo += 1; changed = true; continue }   // 2002年
            // 2024年4月份居民消费价格, 4月全国CPI, 1日: the rest of a month or day date before the subject.
            if t[lo] == 0x6708 || t[lo] == 0x65E5, lo > 0, text.isDigit(lo - 1), lo + 1 < hi {
                lo += 1
                if lo + 1 < hi, t[lo] == 0x4EFD { lo += 1 }                                           // 份
                changed = true; continue
            }
            // 今年1—10月全市…, 一至十月: a running period of months after the words stripped before it.
            if let e = MonthRange.end(t, at: lo, before: hi), e < hi { lo = e; changed = true; continue }
            // 2023年度, 比2018年末, 6月底, 三年内: the rest of a date or span read as a figure before the subject.
            if t[lo] == 0x5EA6 || t[lo] == 0x672B || t[lo] == 0x5E95 || t[lo] == 0x5185, lo > 0,
               t[lo - 1] == 0x5E74 || t[lo - 1] == 0x6708 {
                lo += 1; changed = true; continue
            }
            // (比2002年, 较2019年同期 stay: a clause opening with a comparison takes the sentence's topic before it —
            // EllipticSubjects.inheritTopics: 国内生产总值比2002年, 接待游客较2019年同期.)
            if let n = book.leadingStrip(t, at: lo), lo + n <= hi {
                lo += n; changed = true
            }
        }
        // A subject is a short noun phrase: keep the words nearest the number.
        if hi - lo > 20 {
            lo = shortStart(lo: lo, hi: hi)
            while let n = book.leadingStrip(t, at: lo), lo + n < hi { lo += n }
        }
        // 十、环境保护和应急管理 年末全市建成区面积 (a heading the text runs on from): the subject starts after the
        // period word that opens the body and the scope or verb of having after it (年末有, 年末全市); 年初预算 and
        // 年末滚存结余 are words of their own, and so is 全年目标 inside a clause (完成全年目标任务的109%: 目标 is no
        // scope).
        var o = marks.contains(.opener) ? hi - 3 : lo + 1
        while o >= lo + 2 {
            if isOpenerFirst(t[o]), let m = book.headingOpeners.longestMatch(t, at: o), o + m.length < hi, text.isCJK(o - 1),
               book.scopeRegion.longestMatch(t, at: o) == nil,
               let next = book.leadingStrip(t, at: o + m.length), o + m.length + next < hi,
               !book.leadingStripIsTarget(t, at: o + m.length) {
                lo = o + m.length
                while let n = book.leadingStrip(t, at: lo), lo + n < hi { lo += n }
                break
            }
            o -= 1
        }
        // 年末全市有卫生技术人员, 年底全区共有: a period word opening the subject, scope words, then a verb of having —
        // all of it is the predicate's lead (年末常住人口, with no verb of having, keeps its 年末).
        if lo + 3 < hi, isOpenerFirst(t[lo]), let m = book.headingOpeners.longestMatch(t, at: lo),
           book.scopeRegion.longestMatch(t, at: lo) == nil {
            var k = lo + m.length
            var having = false
            while k < hi, let n = book.leadingStrip(t, at: k), k + n < hi {
                k += n
                if t[k - 1] == 0x6709 { having = true; break }   // 有, 共有, 拥有
            }
            if having {
                lo = k
                while let n = book.leadingStrip(t, at: lo), lo + n < hi { lo += n }
            }
        }
        cutAtSummingAdverb(t, lo: &lo, hi: hi)
        cutTableCells(t, lo: &lo, hi: hi)
    }

    /// …-11.4 10.0 0.0全年建筑业增加值 1859.3亿元: the last cells of a flattened table run into the prose after it
    /// (two bare numbers or more, spaced apart, the last one joined to the words): the subject starts after them.
    /// (One number run into its word is a name: 500强企业, 12345热线, 5G基站.)
    private func cutTableCells(_ t: [UInt32], lo: inout Int, hi: Int) {
        var p = hi - 1
        while p > lo + 2 {
            // A digit right before an ideograph …
            if text.isDigit(p - 1), text.isCJK(p) {
                var q = p - 1
                while q > lo, text.isDigit(q - 1) || t[q - 1] == 0x2E { q -= 1 }
                if q > lo, t[q - 1] == 0x2D { q -= 1 }
                // … whose number has another bare number before it, a space between.
                if q > lo + 1, t[q - 1] == 0x20, text.isDigit(q - 2) {
                    lo = p
                    while let n = book.leadingStrip(t, at: lo), lo + n < hi { lo += n }   // 全年, 年末全市
                    return
                }
            }
            p -= 1
        }
    }

    /// 本次招商推介会共签约项目28个, 该区已累计建成标准化厂房: an adverb of summing inside the words (共, 累计, 共计 —
    /// contexts.yaml mid_adverbs) opens the predicate, and the topic before it is no part of the subject. The last
    /// one before the number counts; 公共, 中共, 共享 and 共建 are no such adverb — but 共有 after a set's 中 is
    /// (常住人口中共有家庭户: 中共 there is no party; 中共有关 still is).
    private func cutAtSummingAdverb(_ t: [UInt32], lo: inout Int, hi: Int) {
        var p = hi - 3
        while p >= lo + 2 {
            let x = t[p]
            if book.midAdverbs.startsWord(x), let m = book.midAdverbs.longestMatch(t, at: p), p + m.length <= hi - 2,
               t[p - 1] != 0x516C, t[p - 1] != 0x4E2D || (t[p + 1] == 0x6709 && t[p + 2] != 0x5173), t[p - 1] != 0x603B,
               book.leadingStrip(t, at: p) != nil {
                lo = p + m.length
                return
            }
            p -= 1
        }
    }

    /// 等, 和, 及, 与: words before the figure that hand the naming over to the noun after it.
    @inline(__always)
    static func isListJoiner(_ s: UInt32) -> Bool { s == 0x7B49 || s == 0x548C || s == 0x53CA || s == 0x4E0E }

    /// 八、 or （三） at a line or sentence start just before `i`: a section heading begins at `i`.
    func isHeadingMarker(before i: Int) -> Bool {
        guard i >= 2 else { return false }
        var k = i - 1
        if t[k] == 0x3001 {
            k -= 1
        } else if t[k] == 0x29, i >= 3 {
            k -= 1
        } else { return false }
        var digits = 0
        while k >= 0, ChineseNumeral.digit(t[k]) != nil || t[k] == 0x5341 { digits += 1; k -= 1 }
        guard digits > 0, digits <= 3 else { return false }
        if t[i - 1] == 0x29 { guard k >= 0, t[k] == 0x28 else { return false }; k -= 1 }
        while k >= 0, t[k] == 0x20 { k -= 1 }
        return k < 0 || text.isSentenceEnd(t[k])
    }

    /// The numbered heading sentence (1.支持…。 （二）…。 三、…。) right before the sentence holding `i`, without its
    /// number, when the sentence holding `i` names nothing before the figure but a verb.
    static func headingBefore(_ i: Int, text: DocText) -> String? {
        let t = text.t
        let s0 = text.sentenceStart(before: i)
        guard s0 >= 2, t[s0 - 1] == 0x3002, i - s0 <= 4 else { return nil }
        var p = text.sentenceStart(before: s0 - 1)
        while p < s0 - 1, t[p] == 0x20 || t[p] == 0x0A { p += 1 }
        guard s0 - 1 - p <= 30 else { return nil }
        // The number: 1. / 1、 / （1） / 一、 / （一）.
        var q = p
        let bracket = q < s0 && t[q] == 0x28
        if bracket { q += 1 }
        let digitsStart = q
        while q < s0, text.isDigit(q) || ChineseNumeral.digit(t[q]) != nil || t[q] == 0x5341 { q += 1 }
        guard q > digitsStart, q - digitsStart <= 3, q < s0 else { return nil }
        if bracket {
            guard t[q] == 0x29 else { return nil }
        } else {
            guard t[q] == 0x2E || t[q] == 0x3001 else { return nil }
        }
        q += 1
        let out = text.compactString(q..<(s0 - 1))
        // A heading is words, not figures.
        guard out.unicodeScalars.count >= 2, !out.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else {
            return nil
        }
        return out
    }

    /// 的 alone (compared as UTF-8: no other sequence is canonically equivalent to it).
    static func isDe(_ s: String) -> Bool { s.utf8.elementsEqual([0xE7, 0x9A, 0x84]) }

    /// 增加到2007年的: a change verb that leads from one figure to the next (增加到, 提高到, 降至) names nothing.
    func opensWithChangeTo(_ s: String) -> Bool {
        guard let f = SimpleText.firstScalar(s), book.stripTrailing.startsWord(f) else { return false }
        // (Only the first scalars can take part in a match, and one of them must be 到, 至 or 为.)
        let reach = s.unicodeScalars.prefix(book.stripTrailing.maxLength)
        guard reach.contains(where: { $0.value == 0x5230 || $0.value == 0x81F3 || $0.value == 0x4E3A }) else { return false }
        let u = reach.map { $0.value }
        guard let m = book.stripTrailing.longestMatch(u, at: 0) else { return false }
        // 到位资金, 至今: a bare 到 or 至 with an ideograph after it begins a word, no change-to.
        if m.length == 1, u.count > 1, u[1] >= 0x4E00, u[1] <= 0x9FFF { return false }
        if reachesWords(Array(u), m.length) { return false }
        return u[m.length - 1] == 0x5230 || u[m.length - 1] == 0x81F3 || (u[m.length - 1] == 0x4E3A && m.length > 1)
    }

    /// The clause before a comma at `lo - 1`, when it is words only (no figure, at most 20 characters).
    func previousClause(before lo: Int, lastEnd: Int, orList: Bool = false) -> String? {
        previousClauseSpan(before: lo, lastEnd: lastEnd, orList: orList).map(text.compactString)
    }

    /// `previousClause` as a span.
    func previousClauseSpan(before lo: Int, lastEnd: Int, orList: Bool = false) -> Span? {
        let t = text.t
        guard lo >= 2, t[lo - 1] == 0x2C || (orList && t[lo - 1] == 0x3001) else { return nil }
        var a = text.clauseStart(before: lo - 1)
        guard a >= lastEnd, lo - 1 - a >= 2, !(a..<(lo - 1)).contains(where: { text.isDigit($0) }) else { return nil }
        while let n = book.leadingStrip(t, at: a), a + n < lo - 1 { a += n }
        // 斑海豹数量迅速减少，从7000多只…: the topic is what changed, not the change (verb, then its adverbs).
        var b = lo - 1
        while let m = book.changeEnders.matchEnding(t, at: b), b - m.length - a >= 2 { b -= m.length }
        // 近年来由于栖息环境恶化导致斑海豹数量迅速减少: the cause before 导致 is no part of the topic. A topic is short:
        // measured once the words around it are gone.
        cutAtSummingAdverb(t, lo: &a, hi: b)
        guard lo - 1 - a <= 20 else { return nil }
        if isComparisonFrame(a, lo - 1) { return nil }
        let clause = Span(a..<b)
        // 按不变价格计算，增长6.0% / 从县市看，…: a clause saying how the figure was counted names nothing.
        if namesMethod(clause) { return nil }
        return keptCount(clause, atMost: 2) >= 2 ? clause : nil
    }

    /// Does the clause open with a method opener or end with a method ender? On the kept scalars when each is
    /// inert (LiteralSearch.isInert: then Character prefixes and suffixes are scalar ones, as LiteralSearch's byte
    /// tests find); otherwise on the String, as LiteralSearch answers.
    func namesMethod(_ clause: Span) -> Bool {
        let t = text.t
        let r = clause.first.clamped(to: 0..<t.count)
        var inert = true
        for i in r where !SubjectFinder.isDropped(t[i]) && !LiteralSearch.isInertScalar(t[i]) { inert = false; break }
        guard inert else {
            let s = text.compactString(r)
            return SubjectFinder.methodOpeners.contains(where: { LiteralSearch.hasPrefix(s, $0) })
                || SubjectFinder.methodEnders.contains(where: { LiteralSearch.hasSuffix(s, $0) })
        }
        for w in SubjectFinder.methodOpenerScalars where keptPrefix(r, is: w) { return true }
        for w in SubjectFinder.methodEnderScalars where keptSuffix(r, is: w) { return true }
        return false
    }

    /// The kept scalars of `r` (spaces, line feeds and tabs skipped) start with `w`.
    func keptPrefix(_ r: Range<Int>, is w: [UInt32]) -> Bool {
        let t = text.t
        var i = r.lowerBound, k = 0
        while k < w.count {
            while i < r.upperBound, SubjectFinder.isDropped(t[i]) { i += 1 }
            guard i < r.upperBound, t[i] == w[k] else { return false }
            i += 1; k += 1
        }
        return true
    }

    /// The kept scalars of `r` end with `w`.
    func keptSuffix(_ r: Range<Int>, is w: [UInt32]) -> Bool {
        let t = text.t
        var i = r.upperBound, k = w.count
        while k > 0 {
            while i > r.lowerBound, SubjectFinder.isDropped(t[i - 1]) { i -= 1 }
            guard i > r.lowerBound, t[i - 1] == w[k - 1] else { return false }
            i -= 1; k -= 1
        }
        return true
    }

    static let methodOpeners = ["按", "据", "经", "初步", "分"]
    static let methodEnders = ["计算", "看", "统计", "核算", "测算"]
    static let methodOpenerScalars = methodOpeners.map { $0.unicodeScalars.map(\.value) }
    static let methodEnderScalars = methodEnders.map { $0.unicodeScalars.map(\.value) }

    func hasVerbEnding(lo: Int, hi: Int) -> Bool {
        var h = hi
        if h > lo, t[h - 1] == 0x4E86 { h -= 1 }
        return h > lo && (t[h - 1] == 0x5230 || t[h - 1] == 0x4E86 || book.objectVerbs.matchEnding(t, at: h) != nil)
    }

    /// The words after the figure up to the clause end (or the first stop verb).
    func after(_ fig: Figure, wholeClause: Bool) -> String { after(Place(fig), wholeClause: wholeClause) }

    func after(_ fig: Place, wholeClause: Bool) -> String { text.compactString(afterRange(fig, wholeClause: wholeClause)) }

    /// The words after a figure as `span` reads them, each reading made at most once per figure.
    struct AfterMemo {
        var noun: Range<Int>? = nil
        var clause: Range<Int>? = nil
    }

    /// `afterRange(fig, wholeClause:)`, answered from `memo` when it was read before for the same figure.
    func after(_ fig: Place, wholeClause: Bool, memo: inout AfterMemo) -> Range<Int> {
        if wholeClause {
            if let a = memo.clause { return a }
            let a = afterRange(fig, wholeClause: true)
            memo.clause = a
            return a
        }
        if let a = memo.noun { return a }
        let a = afterRange(fig, wholeClause: false)
        memo.noun = a
        return a
    }

    /// Does a word of contexts.yaml part_bracket_openers (含, 包括) start at `i`? (Asked only at a bracket after a noun.)
    func opensPartNote(at i: Int) -> Bool {
        book.partBracketOpeners.longestMatch(text.t, at: i) != nil
    }

    /// `after` as the range whose kept scalars it is (empty when the words after name nothing).
    func afterRange(_ fig: Place, wholeClause: Bool) -> Range<Int> {
        let t = text.t
        var lo = fig.unitEnd
        if let m = book.after.longestMatch(t, at: lo) { lo += m.length }   // 以上, 左右
        if lo < t.count, t[lo] == 0x7684 { lo += 1 }  // 的
        // 7703元增加到2007年的13786元: a change verb after the figure leads to the next figure, not to a noun.
        // (Only a word that holds 到, 至 or 为 can end with one: looked for in the text before the trie is asked.)
        if SubjectFinder.holdsChangeTo(t, from: lo, count: book.stripTrailing.maxLength),
           let m = book.stripTrailing.longestMatch(t, at: lo), let last = Unicode.Scalar(t[lo + m.length - 1]),
           last == "到" || last == "至" || (last == "为" && m.length > 1) {
            return lo..<lo
        }
        // 8.5∶35.2∶56.3: the next part of a ratio structure names nothing.
        if lo + 1 < t.count, FigureScanner.isRatioColon(t[lo]), text.isDigit(lo + 1) { return lo..<lo }
        // 33.4%和56.7%: a conjunction before the next figure names nothing.
        if lo < t.count, t[lo] == 0x548C || t[lo] == 0x53CA || t[lo] == 0x4E0E || t[lo] == 0x6216 {
            var d = lo + 1
            while d < t.count, t[d] == 0x20 { d += 1 }
            if text.isDigit(d) || (d < t.count && ChineseNumeral.digit(t[d]) != nil) { return lo..<lo }
        }
        let hi = clauseEnd(after: lo, notAfter: lo + 16)
        var e = lo
        // 3座35万千瓦光热电站 / 14个750千伏电网工程: a size written between the figure and its noun is read with it.
        if text.isDigit(lo) {
            var d = lo
            while d < t.count, text.isDigit(d) || t[d] == 0x2E { d += 1 }
            while d < t.count, book.scales[t[d]] != nil, !book.scaleBeginsUnit(t, at: d) { d += 1 }
            if let (_, len) = book.unit(t, at: d), text.isCJK(d + len) { e = d + len }
        }
        // (With no size read, e is lo and the second clause end is the first.)
        let hi2 = e == lo ? hi : max(hi, clauseEnd(after: e, notAfter: e + 16))
        // 87%用于支持中西部地区: a stop word right after one the words open with is the same verb phrase, no stop.
        let leadStop = wholeClause ? 0 : book.afterStops.longestMatch(t, at: lo)?.length ?? 0
        while e < hi2 {
            if !wholeClause, e > lo, e != lo + leadStop, let m = book.afterStops.longestMatch(t, at: e) {
                // 5项技术获得行业科技创新一等奖: a selecting stop after the counted noun says which are counted.
                if m.value >= selectingFrom, leadStop == 0, fig.hasUnit, fig.kind == .count,
                   let s = selectedEnd(verbEnd: e + m.length, needsObject: m.value < changesFrom) {
                    e = s
                }
                break
            }
            // 4类运输车辆的车船税: the figure counts the short noun its 的 owns something of. A longer stretch before
            // 的 is a clause (四次提高重点优抚对象的抚恤补助标准, 4万户农牧民用上稳定可靠的电): it stays whole.
            if !wholeClause, e > lo, t[e] == 0x7684, e - lo <= SubjectFinder.ownerNounLimit { break }
            if text.isDigit(e) { break }
            // 41个大类行业中有30个…: 中有 closes the set the figure counts (cut to the set below).
            if !wholeClause, t[e] == 0x4E2D, e + 1 < t.count, t[e + 1] == 0x6709, e - lo >= 2 { e += 1; break }
            e += 1
        }
        // 24个县(市、区)263.3万人受灾, 12个省(区、市): a short bracket of letters and 、 right after the noun says what
        // else it counts — part of the noun, not the end of its clause. (The noun does not run on after it: 县(市)工业
        // 生产 is the bracket's noun and the next clause's words. Not a note holding a figure, (含失踪127人), nor one that
        // opens with 含 or 包括, contexts.yaml part_bracket_openers: 企业（含名誉企业）增加值 — the words after it are the
        // next figure's.)
        if !wholeClause, e == hi2, e > lo, e + 1 < t.count, t[e] == 0x28 || t[e] == 0xFF08, !opensPartNote(at: e + 1) {
            var k = e + 1
            while k < min(t.count, e + 12), t[k] >= 0x4E00 && t[k] <= 0x9FFF || t[k] == 0x3001 { k += 1 }
            if k > e + 1, k < t.count, t[k] == 0x29 || t[k] == 0xFF09 {
                e = k + 1
            }
        }
        // 年产2万余台闸阀、截止阀、止回阀和隔膜阀等中高端核级阀门: a list of examples after the figure, closed by 等 before
        // a noun (no figure in it, each item short — the first too: 44个农产品授予“气候好产品”、“生态气候优品”等称号 is a
        // clause, its list the object's), counts that noun.
        if !wholeClause, e == hi2, e < t.count, t[e] == 0x3001, e - lo <= 9 {
            var d = e + 1, item = 0
            while d < min(t.count, e + 40), !text.isDigit(d), item <= 8, t[d] == 0x3001 || !text.isClauseEnd(t[d]),
                  t[d] != 0x7B49 {
                item = t[d] == 0x3001 ? 0 : item + 1
                d += 1
            }
            if d < t.count, t[d] == 0x7B49 {
                let nounEnd = clauseEnd(after: d + 1, notAfter: d + 17)
                if nounEnd - (d + 1) >= 2, !(d + 1..<nounEnd).contains(where: { text.isDigit($0) }) { return (d + 1)..<nounEnd }
            }
        }
        // 1.5亿学生和780万名…: the conjunction before the next figure is not part of the noun (spaces between are
        // cleaned away anyway).
        var end = e
        while end > lo {
            let last = t[end - 1]
            guard last == 0x20 || last == 0x0A || last == 0x09 || last == 0x548C || last == 0x53CA || last == 0x4E0E
                || last == 0x3001 || last == 0x7B49 else { break }
            end -= 1
        }
        if !wholeClause, text.isDigit(e) { end = endBeforeNextFigure(lo: lo, end: end, next: e) }
        // 在调查的70个城市中，…: a noun closing its clause with 中 names a set; the figure counts the set's members.
        if !wholeClause, let s = setEnd(lo: lo, hi: end), end == t.count || t[end] == 0x6709 || text.isClauseEnd(t[end]) {
            end = s
        }
        // 从三大门类看, 分行业看: the 看 closing a clause that opens with 从/分 says how the text looks, it names nothing.
        if end - lo >= 3, t[end - 1] == 0x770B {
            let cs = text.clauseStart(before: lo)
            if cs < t.count, t[cs] == 0x4ECE || t[cs] == 0x5206 { end -= 1 }
        }
        return lo..<end
    }

    /// Where the predicate of a counted noun ends when a selecting stop opens it at `verbEnd` (技术获得行业科技创新
    /// 一等奖。 → its 。; 运动员参加各项目省级锦标赛24项 → before 24项, a figure of its own): the count is of the things
    /// that did it, so the predicate is part of what is counted. A year in a name (入选2025西部企业…) is no figure.
    /// Nil when the predicate runs on past `selectedLimit` letters (a clause, not a short predicate), a figure
    /// leaves it fewer than two letters (a change needs none at a clause end: 7个行业下降; or an amount realized: 实现营业收入13.90亿元), or it says every one did it
    /// (contexts.yaml whole_markers: 实现全覆盖, 分别高于).
    func selectedEnd(verbEnd: Int, needsObject: Bool) -> Int? {
        let t = text.t
        var j = verbEnd
        let stop = min(verbEnd + SubjectFinder.selectedLimit, t.count)
        while j < stop {
            let x = t[j]
            if x < 0x3012, text.isClauseEnd(x) { return j - verbEnd >= 2 || !needsObject ? j : nil }
            if book.wholeMarkers.longestMatch(t, at: j) != nil { return nil }
            if text.isDigit(j) {
                // 2025西部企业: four digits of a year, then a letter that opens no unit.
                if j + 4 < t.count, x == 0x32 || x == 0x31, t[j + 1] == 0x30 || t[j + 1] == 0x39, text.isDigit(j + 2),
                   text.isDigit(j + 3), !text.isDigit(j + 4), text.isCJK(j + 4), book.scales[t[j + 4]] == nil,
                   book.unit(t, at: j + 4) == nil {
                    j += 4
                    continue
                }
                var k = j
                while k > verbEnd, t[k - 1] == 0x20 || t[k - 1] == 0x3001 || SubjectFinder.isListJoiner(t[k - 1]) { k -= 1 }
                guard k - verbEnd >= 2, book.realizedAmounts.matchEnding(t, at: k) == nil else { return nil }
                return k
            }
            j += 1
        }
        return j == t.count && (j - verbEnd >= 2 || !needsObject) ? j : nil
    }

    /// The longest predicate a selecting stop opens that is read with its counted noun (SubjectFinder.selectedEnd).
    static let selectedLimit = 24

    /// Where the set that a noun ending in 中 names ends (大类行业中 → 大类行业, 企业之中 → 企业): a count right after
    /// it is drawn from that set (41个大类行业中有30个行业…). Nil when `hi` closes no set: no 中, a word that only ends
    /// in one (高中, 集中, 其中 — contexts.yaml not_locatives), or fewer than two letters before it.
    func setEnd(lo: Int, hi: Int) -> Int? {
        let t = text.t
        guard hi - lo >= 3, hi <= t.count, t[hi - 1] == 0x4E2D, text.isCJK(hi - 2),
              book.notLocatives.matchEnding(t, at: hi) == nil else { return nil }
        var e = hi - 1
        if t[e - 1] == 0x4E4B || t[e - 1] == 0x5F53 { e -= 1 }   // 之中, 当中
        return e - lo >= 2 ? e : nil
    }

    /// The longest noun read after a figure that a 的 ends (运输车辆, 中心核心功能区); past it the words are a clause.
    static let ownerNounLimit = 7

    /// `openerFirsts.contains(x)`, inlined (a handful of scalars).
    @inline(__always)
    func isOpenerFirst(_ x: UInt32) -> Bool {
        var q = 0
        let n = openerFirsts.count
        while q < n {
            if openerFirsts[q] == x { return true }
            q += 1
        }
        return false
    }

    /// Does 到, 至 or 为 stand in `t[i..<i+count]` (clamped to the text)?
    @inline(__always)
    static func holdsChangeTo(_ t: [UInt32], from i: Int, count: Int) -> Bool {
        var j = max(i, 0)
        let end = min(i + count, t.count)
        while j < end {
            let x = t[j]
            if x == 0x5230 || x == 0x81F3 || x == 0x4E3A { return true }
            j += 1
        }
        return false
    }

    /// `min(text.clauseEnd(after: i), limit)`, walking no further than `limit` (the clause may run on for a page).
    func clauseEnd(after i: Int, notAfter limit: Int) -> Int {
        let t = text.t
        var j = i
        let stop = min(limit, t.count)
        // (Every clause end is below U+3012: an ideograph is passed on one compare.)
        while j < stop {
            let x = t[j]
            if x < 0x3012, text.isClauseEnd(x) { break }
            j += 1
        }
        return max(j, min(i, limit))
    }

    func clean(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars where u != " " && u != "\n" && u != "\t" { out.unicodeScalars.append(u) }
        return out
    }

    /// After 从/由: a number (Arabic or Chinese), a relative year (上年, 去年, 今年, 年初, 本年), a rate (每生每年) or
    /// the old value (原来的, 现行的, 目前的) opens a from–value.
    func opensFromValue(at i: Int) -> Bool { Self.opensFromValue(text, at: i) }

    /// A number opening a range that names a class (2万到25万吨级泊位16个): it stays in the subject. A span of
    /// dates (2002年至2007年) is no class.
    static func opensRange(_ text: DocText, at i: Int, before end: Int) -> Bool {
        let t = text.t
        var k = numberEnd(text, at: i, before: end)
        // The low end's own unit (5亿元至10亿元), one or two letters, never a date's 年/月/日.
        var unit = 0
        while k < end, unit < 2, text.isCJK(k), ![0x81F3, 0x5230, 0x5E74, 0x6708, 0x65E5].contains(t[k]) { k += 1; unit += 1 }
        guard k + 1 < end, t[k] == 0x5230 || t[k] == 0x81F3 || t[k] == 0x2D || t[k] == 0x2014 || t[k] == 0x7E else {
            return false
        }
        return text.isDigit(k + 1)
    }

    /// A class bound opens at `i`: digits, a unit of one or two letters, then 以上/以下 (及以上, 及以下) and the noun it
    /// bounds (40岁以下青年人才, 500万元以上企业), or the copula 为 before the figure: the band is the group itself
    /// (60周岁以上为15.3万人 — AgeBands).
    static func opensClass(_ text: DocText, at i: Int, before end: Int) -> Bool {
        var k = numberEnd(text, at: i, before: end)
        var unit = 0
        while k < end, unit < 2, text.isCJK(k), CategoryBounds.wordLength(in: text, at: k) == nil { k += 1; unit += 1 }
        guard unit > 0, let n = CategoryBounds.wordLength(in: text, at: k) else { return false }
        if k + n < text.count, text.t[k + n] == 0x4E3A, k + n + 1 >= end { return true }
        return k + n + 1 < end && text.isCJK(k + n)
    }

    /// Past the digits (and points) at `i` and the scale letters after them (万 亿 千): where a bound's unit starts.
    static func numberEnd(_ text: DocText, at i: Int, before end: Int) -> Int {
        let t = text.t
        var k = i
        while k < end, text.isDigit(k) || t[k] == 0x2E { k += 1 }
        while k < end, t[k] == 0x4E07 || t[k] == 0x4EBF || t[k] == 0x5343 { k += 1 }
        return k
    }

    /// The high end of the range opening at `i` is followed by 年, 月, 日 or 号 (1-12月份, 2020—2025年).
    static func endsInDate(_ text: DocText, rangeAt i: Int, before end: Int) -> Bool {
        let t = text.t
        var k = i
        while k < end, text.isDigit(k) { k += 1 }
        while k < end, !text.isDigit(k) { k += 1 }
        while k < end, text.isDigit(k) || t[k] == 0x2E { k += 1 }
        return k < t.count && (t[k] == 0x5E74 || t[k] == 0x6708 || t[k] == 0x65E5 || t[k] == 0x53F7)
    }

    static func opensFromValue(_ text: DocText, at i: Int) -> Bool {
        guard i < text.count else { return false }
        let s = text.t[i]
        if text.isDigit(i) || ChineseNumeral.digit(s) != nil { return true }
        switch s {
        case 0x4E0A, 0x53BB, 0x4ECA, 0x5E74, 0x672C, 0x6BCF, 0x539F, 0x73B0, 0x76EE: return true   // 上去今年本每原现目
        default: return false
        }
    }
}
