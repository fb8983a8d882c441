/// Work reports and budget reports keep their plans in sections of their own: 三、2026年重点工作任务,
/// 二、关于1998年政府工作的建议, 二、2026年预算（草案）情况. Every figure under such a heading is a target even when its
/// sentence names no plan word (新增公路通车里程1500公里; 2026年全市一般公共预算收入439.2亿元).
///
/// A heading is a line that opens with 一、 (level 1) or （一） (level 2). It opens a plan when it holds a plan
/// word (vocabulary: contexts.yaml plan_headings) or a year later than the report's own period, and no outcome word
/// (outcome_headings: 回顾, 执行情况); a heading with neither inherits from the level above. Within a plan section a
/// figure is no plan when its sentence states a position (截至2026年1月31日…) or names a year before the period, or
/// when it is the starting point of a change (国务院组成部门从40个减少到29个: 40个 is today's count).
enum PlanSections {
    /// A section heading: where it starts, its level (0: a plain line, PlainHeadings; 1: 一、, 2: （一）) and whether
    /// it opens a plan (nil: says nothing).
    struct Heading {
        var start: Int
        var level: Int
        var plan: Bool?
    }

    static func apply(_ figures: inout [Figure], text: DocText, periodYear: Int?, planWords: [String],
                      outcomeWords: [String]) {
        apply(&figures, text: text, periodYear: periodYear, plan: WordList(planWords), outcome: WordList(outcomeWords))
    }

    /// `apply` with the heading words prepared once (per Extractor, not per document). `targets` and `notTargets`:
    /// the target words and their look-alikes (PatternBook.targets, notQualifiers), for `allocatesOnly`.
    /// `leadIns`: the words of a colon lead-in (今年要着重抓好以下工作：), which opens a plan as a heading does.
    static func apply(_ figures: inout [Figure], text: DocText, periodYear: Int?, plan: WordList, outcome: WordList,
                      targets: ScalarTrie? = nil, notTargets: ScalarTrie? = nil, leadIns leadInWords: LeadInWords? = nil,
                      plainHeadings: [Heading] = []) {
        guard !plan.words.isEmpty else { return }
        var headings = self.headings(text: text, periodYear: periodYear, plan: plan, outcome: outcome)
        if !plainHeadings.isEmpty { headings = (headings + plainHeadings).sorted { $0.start < $1.start } }
        let leads = leadInWords.map { leadIns(text: text, periodYear: periodYear, words: $0, outcome: outcome) } ?? []
        guard headings.contains(where: { $0.plan != nil }) || !leads.isEmpty else { return }
        var h = 0, l = 0
        // The decision of each level (0: plain line, 1: 一、, 2: （一）) in force at the current position.
        var levels: [Bool?] = [nil, nil, nil]
        // The level of the last heading passed, whether a lead-in is in force and the level of heading that ends it.
        var lastLevel = 0
        var leadIn = false
        var leadInEnds = 1
        var sentence = SentenceFacts()
        // (Through the buffer: each figures[k] of the array was a copy of the Figure, its fields retained.)
        figures.withUnsafeMutableBufferPointer { figures in
            for k in figures.indices {
                let at = figures[k].numberStart
                while true {
                    let hs = h < headings.count && headings[h].start <= at ? headings[h].start : Int.max
                    let ls = l < leads.count && leads[l] <= at ? leads[l] : Int.max
                    if hs == Int.max && ls == Int.max { break }
                    if hs <= ls {
                        let head = headings[h]
                        if leadIn, head.level <= leadInEnds { leadIn = false }
                        levels[head.level] = head.plan
                        for deeper in (head.level + 1)..<3 { levels[deeper] = nil }
                        lastLevel = head.level
                        h += 1
                    } else {
                        // Inside a （三） section a lead-in runs to the next （四）, unless the items after it number their
                        // own （一）, （二）: then, as after a 一、 heading, it runs to the next 一、.
                        let restarts = h < headings.count && headings[h].level == 2 && isFirst(headings[h], text: text)
                        leadInEnds = lastLevel == 2 && !restarts ? 2 : 1
                        if leadInEnds == 1 { levels[2] = nil }
                        leadIn = true
                        l += 1
                    }
                }
                let decision: Bool?
                if leadIn, leadInEnds == 2 {
                    decision = true
                } else if leadIn {
                    decision = levels[2] ?? true
                } else {
                    decision = levels[2] ?? levels[1] ?? levels[0]
                }
                guard let decision else { continue }
                if !decision {
                    // Under a heading that reports the outcome, 安排 says what was allocated.
                    // (The tries are unwrapped only for a target: bound for every figure, both were copied each time, 4%
                    // of a plain-text run.)
                    if figures[k].qualifiers.contains(.target), let targets, let notTargets,
                       allocatesOnly(before: at, text: text, targets: targets, notTargets: notTargets) {
                        figures[k].qualifiers.remove(.target)
                    }
                    continue
                }
                guard figures[k].kind.isQuantity, !figures[k].qualifiers.contains(.target) else { continue }
                // The count of a lead-in (重点抓好八个方面工作：) numbers the plan's parts: no target itself.
                if l < leads.count, leads[l] - 1 > at, text.sentenceStart(before: leads[l] - 1) <= at { continue }
                if statesPosition(numberStart: at, unitEnd: figures[k].unitEnd, text: text, periodYear: periodYear,
                                  sentence: &sentence) { continue }
                figures[k].qualifiers.append(.target)
                figures[k].qualifiers.sortByRank()
            }
        }
    }

    /// The words of a colon lead-in, prepared once per Extractor (contexts.yaml plan_leadins, plan_leadin_times,
    /// plan_leadin_not).
    struct LeadInWords {
        let words: WordList
        let times: WordList
        let not: WordList
    }

    /// Where the figures after each colon lead-in start (just past the colon), ascending: a line ending in a colon
    /// whose clause from its sentence's start announces the year's work — it holds a lead-in word (抓好以下, 以下工作)
    /// and a time of the plan (今年, 将, 下一步; or a year after the report's period), and no outcome word (回顾) or
    /// look-back (了, 以来: 今年以来重点抓好了以下工作：). 根据这个总体要求，今年要着重抓好以下工作： opens a plan.
    /// Only a colon that ends its line is asked, found from DocText's sentence-end bits (a line feed ends a sentence):
    /// a lead-in whose items run on in its own sentence has its plan words in that sentence already, and a search
    /// for every colon of the text cost 1.4% of a plain-text run. (The normalizer has folded ： to :.)
    static func leadIns(text: DocText, periodYear: Int?, words: LeadInWords, outcome: WordList) -> [Int] {
        guard !words.words.words.isEmpty else { return [] }
        let t = text.t
        let n = t.count
        var out: [Int] = []
        var body: [UInt32] = []
        func holds(_ list: WordList) -> Bool {
            if list.scalarsAnswer { return list.anyContained(inScalars: body) }
            return list.anyContained(in: String(String.UnicodeScalarView(body.compactMap(Unicode.Scalar.init))))
        }
        let ends = text.sentenceStarts.ends
        for w in ends.indices where ends[w] != 0 {
            var bits = ends[w]
            while bits != 0 {
                let e = w << 6 + bits.trailingZeroBitCount
                bits &= bits - 1
                guard e < n, t[e] == 0x0A else { continue }
                var p = e - 1
                while p >= 0, t[p] == 0x20 || t[p] == 0x09 || t[p] == 0x0D || t[p] == 0x3000 { p -= 1 }
                guard p >= 0, t[p] == 0x3A || t[p] == 0xFF1A else { continue }
                let s = text.sentenceStart(before: p)
                guard p - s >= 4, p - s <= 80 else { continue }
                body.removeAll(keepingCapacity: true)
                for k in s..<p where !(t[k] == 0x20 || t[k] == 0x3000 || (t[k] >= 0x09 && t[k] <= 0x0D)) {
                    body.append(t[k])
                }
                if holds(words.words), !holds(words.not), !holds(outcome),
                   holds(words.times) || (periodYear.map { y in firstYear(scalars: body).map { $0 > y } ?? false } ?? false) {
                    out.append(p + 1)
                }
            }
        }
        return out
    }

    /// A level-2 heading numbered one: （一）.
    static func isFirst(_ head: Heading, text: DocText) -> Bool {
        let t = text.t
        var q = head.start + 1
        while q < t.count, t[q] == 0x20 { q += 1 }
        guard q < t.count, t[q] == 0x4E00 else { return false }
        q += 1
        while q < t.count, t[q] == 0x20 { q += 1 }
        return q < t.count && (t[q] == 0x29 || t[q] == 0xFF09)
    }

    /// Under a heading that reports an outcome (一、2025年预算执行情况, 工作回顾), 安排 says what was allocated
    /// (安排专项资金2亿元, 累计安排衔接资金3亿元), no plan: true when the sentence before `at` holds 安排 and no target
    /// word (计划, 预计, 力争), so the figure's target is none there. The whole sentence, not the clause: 安排 earlier in
    /// it made the later figures plans too (…安排预算稳定调节基金等150.1亿元，支出总计486.8亿元: the total was spent).
    static func allocatesOnly(before at: Int, text: DocText, targets: ScalarTrie, notTargets: ScalarTrie) -> Bool {
        let t = text.t
        var allocates = false
        var p = text.sentenceStart(before: at)
        while p < at {
            if p + 1 < at, t[p] == 0x5B89, t[p + 1] == 0x6392 { allocates = true }          // 安排
            if let m = targets.longestMatch(t, at: p), !notTargets.covers(t, p, length: m.length) { return false }
            p += 1
        }
        return allocates
    }

    /// What `statesPosition` reads of a figure's sentence, the same for every figure in it: worked out once per
    /// sentence (a work report's plan section holds sentences of ten figures).
    struct SentenceFacts {
        /// The sentence start these facts are for (-1: none yet).
        var start = -1
        /// Where the first 截至/截止 of the 。-sentence holding it starts (from up to 300 scalars before the
        /// sentence), Int.max when there is none.
        var firstJiezhi = Int.max
        /// A year before the period, written with 年, stands in the sentence.
        var earlierYear = false
    }

    /// `statesPosition`, with the facts of the sentence read once per sentence.
    static func statesPosition(_ fig: Figure, text: DocText, periodYear: Int?, sentence: inout SentenceFacts) -> Bool {
        statesPosition(numberStart: fig.numberStart, unitEnd: fig.unitEnd, text: text, periodYear: periodYear,
                       sentence: &sentence)
    }

    /// The same for the figure whose number starts and unit ends there (no Figure copied per figure).
    static func statesPosition(numberStart: Int, unitEnd: Int, text: DocText, periodYear: Int?,
                               sentence: inout SentenceFacts) -> Bool {
        let t = text.t
        let s = text.sentenceStart(before: numberStart)
        if s != sentence.start {
            sentence = SentenceFacts(start: s)
            let e = sentenceEnd(after: numberStart, text: text)
            var p = s
            while p > 0, s - p < 300, !(t[p - 1] == 0x3002 || t[p - 1] == 0x21 || t[p - 1] == 0x3F) { p -= 1 }
            // (Each 截 found by a vector search, eight scalars per compare.)
            t.withUnsafeBufferPointer { u in
                while p + 1 < e {
                    p = ScalarClasses.firstIndex(of: 0x622A, 0x622A, 0x622A, 0x622A, in: u, from: p, to: e - 1)
                    guard p + 1 < e else { break }
                    if u[p + 1] == 0x81F3 || u[p + 1] == 0x6B62 { sentence.firstJiezhi = p; break }
                    p += 1
                }
            }
            sentence.earlierYear = earlierYear(in: s..<e, text: text, periodYear: periodYear)
        }
        // (The walk of `statesPosition` stops before the figure: a 截至 counts when its 至 stands before it.)
        if sentence.firstJiezhi != Int.max, sentence.firstJiezhi + 1 < numberStart { return true }
        if sentence.earlierYear { return true }
        return changeStart(numberStart: numberStart, unitEnd: unitEnd, text: text, sentenceStart: s)
    }

    /// A 4-digit year (not part of a longer number) before `periodYear` and after 1900, written with 年, that
    /// starts in `r` and whose 年 stands before its end.
    /// (Read from each 年 of the range, found by a vector search: the four digits before it are asked only there.)
    static func earlierYear(in r: Range<Int>, text: DocText, periodYear: Int?) -> Bool {
        guard let y = periodYear else { return false }
        let t = text.t
        let hi = min(r.upperBound, t.count)
        var j = r.lowerBound + 4
        return t.withUnsafeBufferPointer { u in
            while j < hi {
                j = ScalarClasses.firstIndex(of: 0x5E74, 0x5E74, 0x5E74, 0x5E74, in: u, from: j, to: hi)
                guard j < hi else { break }
                let q = j - 4
                if q == 0 || !text.isDigit(q - 1), text.isDigit(q), text.isDigit(q + 1), text.isDigit(q + 2),
                   text.isDigit(q + 3) {
                    let v = ((Int(u[q]) - 0x30) * 10 + Int(u[q + 1]) - 0x30) * 100 + (Int(u[q + 2]) - 0x30) * 10
                        + Int(u[q + 3]) - 0x30
                    if v < y, v > 1900 { return true }
                }
                j += 1
            }
            return false
        }
    }

    /// `earlierYear` as first written (every position of the range asked), for the tests.
    static func earlierYearReference(in r: Range<Int>, text: DocText, periodYear: Int?) -> Bool {
        guard let y = periodYear else { return false }
        let t = text.t
        var q = r.lowerBound
        while q + 4 < r.upperBound {
            if t[q + 4] == 0x5E74, (q == 0 || !text.isDigit(q - 1)), (0..<4).allSatisfy({ text.isDigit(q + $0) }) {
                let v = (0..<4).reduce(0) { $0 * 10 + Int(t[q + $1] - 0x30) }
                if v < y, v > 1900 { return true }
            }
            q += 1
        }
        return false
    }

    /// `text.sentenceEnd(after: i)` read from DocText's sentence-end bits, 64 scalars per word, where the walk asked
    /// every scalar.
    static func sentenceEnd(after i: Int, text: DocText) -> Int {
        let n = text.count
        guard i >= 0, i < n else { return text.sentenceEnd(after: i) }
        let ends = text.sentenceStarts.ends
        var w = i >> 6
        guard w < ends.count else { return text.sentenceEnd(after: i) }
        var bits = ends[w] & (~UInt64(0) << UInt64(i & 63))
        while bits == 0 {
            w += 1
            guard w < ends.count else { return n }
            bits = ends[w]
        }
        return min(w << 6 + bits.trailingZeroBitCount, n)
    }

    /// 从40个减少到29个 / 由…增加到…: the figure right after 从/由 is where the change starts.
    static func changeStart(_ fig: Figure, text: DocText, sentenceStart s: Int) -> Bool {
        changeStart(numberStart: fig.numberStart, unitEnd: fig.unitEnd, text: text, sentenceStart: s)
    }

    static func changeStart(numberStart: Int, unitEnd: Int, text: DocText, sentenceStart s: Int) -> Bool {
        let t = text.t
        var b = numberStart - 1
        while b >= s, t[b] == 0x20 { b -= 1 }
        // 保费由每生每年5元提高到10元: a rate's basis (每…, up to six letters) may stand between 由 and the figure.
        if b >= s, t[b] != 0x4ECE, t[b] != 0x7531 {
            var q = b
            while q >= s, b - q < 6, text.isCJK(q), t[q] != 0x4ECE, t[q] != 0x7531 { q -= 1 }
            if q >= s, q < b, t[q] == 0x4ECE || t[q] == 0x7531, t[q + 1] == 0x6BCF { b = q }   // …由每
        }
        if b >= s, t[b] == 0x4ECE || t[b] == 0x7531 {
            let e = min(text.sentenceEnd(after: unitEnd), unitEnd + 8)
            var q = unitEnd
            while q + 1 < e {
                if t[q + 1] == 0x5230 || t[q + 1] == 0x81F3 { return true }   // …到 / …至
                q += 1
            }
        }
        return false
    }

    /// 截至…, an earlier year in the sentence, or the 从/由 figure of a change: a fact, not a plan.
    /// (The reference for the per-sentence form above.)
    static func statesPosition(_ fig: Figure, text: DocText, periodYear: Int?) -> Bool {
        let t = text.t
        let s = text.sentenceStart(before: fig.numberStart)
        // 截至2026年1月31日，…支出5.8亿元，其中：基本支出4.3亿元…；项目支出1.5亿元: 截至 governs the whole 。-sentence.
        var p = s
        while p > 0, s - p < 300, !(t[p - 1] == 0x3002 || t[p - 1] == 0x21 || t[p - 1] == 0x3F) { p -= 1 }
        while p + 1 < fig.numberStart {
            if (t[p] == 0x622A && (t[p + 1] == 0x81F3 || t[p + 1] == 0x6B62)) { return true }   // 截至 截止
            p += 1
        }
        if let y = periodYear {
            var q = s
            let e = text.sentenceEnd(after: fig.numberStart)
            while q + 4 < e {
                if t[q + 4] == 0x5E74, (q == 0 || !text.isDigit(q - 1)), (0..<4).allSatisfy({ text.isDigit(q + $0) }) {
                    let v = (0..<4).reduce(0) { $0 * 10 + Int(t[q + $1] - 0x30) }
                    if v < y, v > 1900 { return true }
                }
                q += 1
            }
        }
        return changeStart(fig, text: text, sentenceStart: s)
    }

    /// Every heading line of the text, in order.
    static func headings(text: DocText, periodYear: Int?, planWords: [String], outcomeWords: [String]) -> [Heading] {
        headings(text: text, periodYear: periodYear, plan: WordList(planWords), outcome: WordList(outcomeWords))
    }

    static func headings(text: DocText, periodYear: Int?, plan: WordList, outcome: WordList) -> [Heading] {
        let t = text.t
        var out: [Heading] = []
        // The heading's body without whitespace, as scalars (one buffer for the document).
        var body: [UInt32] = []
        for p in markerStarts(text) {
            if let (level, bodyStart) = marker(at: p, text: text) {
                var e = bodyStart
                while e < t.count, e - bodyStart < 60, t[e] != 0x0A, t[e] != 0x3002 { e += 1 }
                out.append(Heading(start: p, level: level,
                                   plan: decision(bodyStart..<e, text: text, periodYear: periodYear, plan: plan,
                                                  outcome: outcome, buffer: &body)))
            }
        }
        return out
    }

    /// `decision` of the body `r` without whitespace, read from the scalars when the body is simple text and the
    /// words are inert (no String is built for a heading: a work report has dozens); else through the String.
    static func decision(_ r: Range<Int>, text: DocText, periodYear: Int?, plan: WordList, outcome: WordList,
                         buffer: inout [UInt32]) -> Bool? {
        guard plan.scalarsAnswer, outcome.scalarsAnswer, text.isSimple(r) else {
            return decision(text.stringWithoutWhitespace(r), periodYear: periodYear, plan: plan, outcome: outcome)
        }
        // (In simple text the whitespace is U+0009–000D, the space and U+3000: what stringWithoutWhitespace drops.)
        buffer.removeAll(keepingCapacity: true)
        let t = text.t
        for k in r where !(t[k] == 0x20 || (t[k] >= 0x09 && t[k] <= 0x0D) || t[k] == 0x3000) { buffer.append(t[k]) }
        if outcome.anyContained(inScalars: buffer) { return false }
        if plan.anyContained(inScalars: buffer) { return true }
        if let y = periodYear, let later = firstYear(scalars: buffer), later > y { return true }
        return nil
    }

    /// Where a marker may stand: each line's first scalar after spaces, tabs and U+3000, when it is ( （ 十 or a
    /// Chinese digit (what `marker` needs first), ascending. Read while walking the lines, so the lines that open
    /// with text (most of them) are neither listed nor asked.
    static func markerStarts(_ text: DocText) -> [Int] {
        let t = text.t
        guard !t.isEmpty else { return [] }
        var out: [Int] = []
        text.sentenceStarts.withUnsafeBufferPointer { starts in
            t.withUnsafeBufferPointer { u in
                func consider(_ i: Int) {
                    var p = i
                    while p < u.count, u[p] == 0x20 || u[p] == 0x09 || u[p] == 0x3000 { p += 1 }
                    guard p < u.count else { return }
                    let s = u[p]
                    if s == 0x28 || s == 0xFF08 || s == 0x5341 || ChineseNumeral.digit(s) != nil { out.append(p) }
                }
                var j = Int(starts[u.count])
                while j > 0 {
                    if u[j - 1] == 0x0A, j < u.count { consider(j) }
                    j = Int(starts[j - 1])
                }
                consider(0)
            }
        }
        out.reverse()
        return out
    }

    /// The start of every line (0 and each index after a line feed, but the end), ascending. A line feed ends a
    /// sentence, so the sentence starts lead from line to line without reading the text between.
    static func lineStarts(_ text: DocText) -> [Int] {
        let t = text.t
        guard !t.isEmpty else { return [] }
        var out: [Int] = []
        text.sentenceStarts.withUnsafeBufferPointer { starts in
            t.withUnsafeBufferPointer { u in
                var j = Int(starts[u.count])
                while j > 0 {
                    if u[j - 1] == 0x0A, j < u.count { out.append(j) }
                    j = Int(starts[j - 1])
                }
            }
        }
        out.append(0)
        out.reverse()
        return out
    }

    /// 一、 → (1, after it); （一） or (一) → (2, after it); anything else → nil.
    static func marker(at p: Int, text: DocText) -> (Int, Int)? {
        let t = text.t
        func numeral(_ q: Int) -> Int {
            var k = q
            while k < t.count, k - q < 3, ChineseNumeral.digit(t[k]) != nil || t[k] == 0x5341 || t[k] == 0x20 { k += 1 }
            while k > q, t[k - 1] == 0x20 { k -= 1 }
            return k
        }
        guard p < t.count else { return nil }
        if t[p] == 0x28 || t[p] == 0xFF08 {
            var q = p + 1
            while q < t.count, t[q] == 0x20 { q += 1 }
            let e = numeral(q)
            guard e > q else { return nil }
            var c = e
            while c < t.count, t[c] == 0x20 { c += 1 }
            guard c < t.count, t[c] == 0x29 || t[c] == 0xFF09 else { return nil }
            return (2, c + 1)
        }
        let e = numeral(p)
        guard e > p else { return nil }
        var c = e
        while c < t.count, t[c] == 0x20 { c += 1 }
        guard c < t.count, t[c] == 0x3001 else { return nil }
        return (1, c + 1)
    }

    /// True: a plan heading; false: an outcome heading; nil: neither.
    /// `decision` with the word lists read once per document.
    static func decision(_ body: String, periodYear: Int?, plan: WordList, outcome: WordList) -> Bool? {
        if outcome.anyContained(in: body) { return false }
        if plan.anyContained(in: body) { return true }
        if let y = periodYear, let later = firstYear(body), later > y { return true }
        return nil
    }

    /// The heading words, prepared once per Extractor: as LiteralSearch's list, and as scalars for the bodies read
    /// without a String.
    struct WordList {
        let list: LiteralSearch.WordList
        /// The non-empty words as scalars (an empty word is never contained).
        let scalars: [[UInt32]]
        /// Every word is inert (LiteralSearch.isInert) or empty: its containment in an inert text is a match of
        /// scalars. (Any other word asks Foundation, through the String.)
        let scalarsAnswer: Bool

        init(_ words: [String]) {
            list = LiteralSearch.WordList(words)
            scalars = words.filter { !$0.isEmpty }.map { $0.unicodeScalars.map(\.value) }
            firsts = ScalarSet(scalars.map { $0[0] })
            // (Inert scalars are all in the BMP, so the bitmap holds every first scalar when this is true.)
            scalarsAnswer = words.allSatisfy { w in
                var w = w
                return w.withUTF8 { LiteralSearch.isInert($0) }
            }
        }

        var words: [String] { list.words }

        func anyContained(in s: String) -> Bool { list.anyContained(in: s) }

        /// `anyContained` of the String of these scalars, when `scalarsAnswer` and the scalars are inert: each
        /// position of the body is asked once whether a word starts with its scalar (most start none).
        func anyContained(inScalars h: [UInt32]) -> Bool {
            for i in h.indices where firsts.contains(h[i]) {
                for w in scalars where w[0] == h[i] && i + w.count <= h.count {
                    var k = 1
                    while k < w.count, h[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
            }
            return false
        }

        /// The first scalars of `scalars` (a word starting outside the BMP is not in the bitmap: see `scalarsAnswer`).
        private let firsts: ScalarSet
    }

    static func decision(_ body: String, periodYear: Int?, planWords: [String], outcomeWords: [String]) -> Bool? {
        if outcomeWords.contains(where: { LiteralSearch.contains(body, $0) }) { return false }
        if planWords.contains(where: { LiteralSearch.contains(body, $0) }) { return true }
        if let y = periodYear, let later = firstYear(body), later > y { return true }
        return nil
    }

    /// The first 4-digit year written with 年 (2026年).
    static func firstYear(_ s: String) -> Int? {
        // (The ASCII scalars with a numeric type are the digits 0–9.)
        firstYear(scalars: s.unicodeScalars.map { $0.value })
    }

    /// `firstYear` of the String of these scalars.
    static func firstYear(scalars u: [UInt32]) -> Int? {
        func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
        var k = 0
        while k + 4 < u.count {
            if u[k + 4] == 0x5E74, isDigit(u[k]), isDigit(u[k + 1]), isDigit(u[k + 2]), isDigit(u[k + 3]) {
                return (0..<4).reduce(0) { $0 * 10 + Int(u[k + $1] - 0x30) }
            }
            k += 1
        }
        return nil
    }
}
