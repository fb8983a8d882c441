/// Tracks the time and region scope in force as the text is read: 截至…, 自…以来, 1—9月, 全年, 年内, 全区 …
///
/// A scope stated in a clause holds for the figures after it until the paragraph ends or a new scope of the
/// same sort is stated (截至目前，全区共有… 7.8万人。其中，两院院士4人 → both 截至目前；全区).
struct ScopeFinder {
    let book: PatternBook
    let text: DocText
    /// The time and region scope in force, as the stretches of text that state them (read through `clean` only when
    /// a figure asks for `scope`: a String was built, and the joined scope rebuilt, for every scope word read, most
    /// of them overwritten before the next figure).
    private var time: Range<Int>? = nil { didSet { if time != oldValue { scopeIsStale = true } } }
    private var region: Range<Int>? = nil { didSet { if region != oldValue { scopeIsStale = true } } }
    /// The joined scope as last built, and whether time or region changed since.
    private var builtScope: String? = nil
    private var scopeIsStale = false
    /// The last time and region cleaned, and their Strings: each line break resets the scope, and the next line
    /// states the same 全年 or 全市 again (its String is shared, not built again).
    private var timeText: (range: Range<Int>, string: String)? = nil
    private var regionText: (range: Range<Int>, string: String)? = nil
    var cumulative = false
    /// The year of the time scope when it is a plain year (2026年，…), for plans beyond the report period.
    var year: Int? = nil
    private var position = 0
    /// The time scope set by the last heading (nil before any), and its year.
    private var sectionTime: Range<Int>? = nil
    /// The walk as first written, for the tests: it stops at every marker and every line break, and asks every line
    /// whether it is a heading, from the line start it kept.
    var stopsAtEveryLineBreak = false
    private var lineStart = 0
    private var sectionYear: Int? = nil
    var t: [UInt32] { text.t }

    /// Where the walk may act, ascending (PairClasses.walkStops), and the first of them not yet passed.
    private let stops: [Int32]
    private var nextStop = 0
    /// The last search for a line break: from where, and the first found (t.count: none).
    private var breakSearch = (from: Int.max, found: 0)

    /// The first line break at or after `p`, t.count when none (the last search answers while `p` lies between its
    /// start and its find).
    private mutating func lineBreak(atOrAfter p: Int) -> Int {
        if p >= breakSearch.from, p <= breakSearch.found { return breakSearch.found }
        let n = t.count
        let found = t.withUnsafeBufferPointer { ScalarClasses.firstIndex(of: 0x0A, 0x0A, 0x0A, 0x0A, in: $0, from: p, to: n) }
        breakSearch = (p, found)
        return found
    }

    /// `stops`: PairClasses.walkStops(in:).scope of the text, when the caller found them already.
    init(book: PatternBook, text: DocText, stops: [Int32]? = nil) {
        self.book = book
        self.text = text
        self.stops = stops ?? book.pairs.walkStops(in: text.t).scope
    }

    /// time；region (each cleaned of spaces and line breaks), nil when neither is set: read once per figure.
    var scope: String? {
        mutating get {
            if scopeIsStale {
                // (Through the static clean: a closure over `self` copied the whole finder.)
                let t = self.t
                let timeString = time.map { Self.clean(t, $0, reusing: &timeText) }
                let regionString = region.map { Self.clean(t, $0, reusing: &regionText) }
                builtScope = Self.joined(time: timeString, region: regionString)
                scopeIsStale = false
            }
            return builtScope
        }
    }

    /// 截至目前 + 全区 → 截至目前；全区.
    static func joined(time: String?, region: String?) -> String? {
        switch (time, region) {
        case (nil, nil): return nil
        case (let t?, nil): return t
        case (nil, let r?): return r
        case (let t?, let r?): return joinedBytes(t, r) ?? t + "；" + r
        }
    }

    /// time + "；" + region written into one String's storage (the two appends grew it twice), nil when either
    /// String's UTF-8 is not contiguous.
    static func joinedBytes(_ time: String, _ region: String) -> String? {
        time.utf8.withContiguousStorageIfAvailable { a in
            region.utf8.withContiguousStorageIfAvailable { b in
                String.validUTF8(capacity: a.count + 3 + b.count) { out in
                    var n = 0
                    for x in a { out[n] = x; n += 1 }
                    out[n] = 0xEF; out[n + 1] = 0xBC; out[n + 2] = 0x9B; n += 3     // ； U+FF1B
                    for x in b { out[n] = x; n += 1 }
                    return n
                }
            }
        } ?? nil
    }

    /// Reads markers up to `end`.
    mutating func advance(to end: Int) {
        var p = position
        if stopsAtEveryLineBreak {
            while p < end {
                p = book.classes.firstIndex(in: t, from: p, to: end, .scopeMarker)
                if p >= end { break }
                p = act(at: p)
            }
        } else {
            // Only the positions found before the figures were read (a marker a scope word's second scalar follows,
            // 自) and line breaks can change the scope: the text between is not read again. A line break is looked
            // for only while it would change something (a scope was stated since the last one).
            let stops = self.stops
            var k = nextStop
            while true {
                while k < stops.count, Int(stops[k]) < p { k += 1 }
                let stop = k < stops.count ? Int(stops[k]) : Int.max
                var q = stop
                if !lineBreakIsIdle { q = min(q, lineBreak(atOrAfter: p)) }
                if q >= end { break }
                if q == stop { k += 1 }
                p = act(at: q)
            }
            nextStop = k
        }
        position = max(position, max(end, p))
    }

    /// Reads the marker at `p` (a line break, 截至, 自…以来, 1—9月 or a scope word, if one stands there); returns where
    /// the walk goes on.
    private mutating func act(at p: Int) -> Int {
        let t = self.t
        let s = t[p]
        if s == 0x0A {
            // A heading's time holds for its section (2026年市级收支预算 → the paragraphs under it); a paragraph's own
            // scope ends with it. (Whether the line is a heading matters only when its time or year differs from the
            // section's.)
            // (Through the static form: calling the method copied the whole finder, DocText and all, at every line
            // break.)
            if stopsAtEveryLineBreak {
                if Self.isHeading(t, lineStart..<p) { sectionTime = time; sectionYear = year }
                lineStart = p + 1
            } else if time != sectionTime || year != sectionYear, Self.isHeading(t, lineEndingAt: p) {
                sectionTime = time; sectionYear = year
            }
            // (Assigned only when changed: each assignment's didSet copied the old String to compare it, at every
            // line break.)
            if time != sectionTime { time = sectionTime }
            if region != nil { region = nil }
            year = sectionYear; cumulative = false
            return p + 1
        }
        // (截至 截止 and 以来 compared as scalars: DocText.matches walked each word's String at every 截 and 自.)
        if s == 0x622A, p + 1 < t.count, t[p + 1] == 0x81F3 || t[p + 1] == 0x6B62 {             // 截至 截止
            let e = Self.dateEnd(t, from: p + 2, before: text.clauseEnd(after: p))
            if e > p + 2 { time = p..<e; cumulative = false; year = nil }
            return max(p + 2, e)
        }
        if s == 0x81EA {  // 自 … 以来
            let e = text.clauseEnd(after: p)
            var q = p + 1
            while q + 1 < e, q - p < 16 {
                if t[q] == 0x4EE5, t[q + 1] == 0x6765 { time = p..<(q + 2); cumulative = true; break }   // 以来
                q += 1
            }
        }
        if s == 0x31 || s == 0x4E00, let e = MonthRange.end(t, at: p, before: t.count) {
            // 1—9月, 1-9月, 1至9月, 1月至9月, 一至九月: a cumulative period.
            // 降幅比1—9月收窄: the base of a comparison is no period of the figures after it.
            if p > 0, t[p - 1] == 0x6BD4 || t[p - 1] == 0x8F83 { return e }
            time = p..<e; cumulative = true
            return e
        }
        if s == 0x524D, let e = MonthRange.firstMonthsEnd(t, at: p, before: t.count) {
            // 前10个月, 前两个月: the months since January, a cumulative period as 1—10月 is.
            time = p..<e; cumulative = true
            return e
        }
        // No scope word starts here unless the next scalar may be its second.
        if let seconds = book.scopeWordSeconds, p + 1 >= t.count || !seconds.contains(t[p + 1]) { return p + 1 }
        if let m = book.scopeTime.longestMatch(t, at: p) {
            // 比去年同期(下同)增长25.6%, 较上年: a comparison's base, not the time of the figures after it.
            if p > 0, t[p - 1] == 0x6BD4 || t[p - 1] == 0x8F83 { return p + m.length }   // 比, 较
            time = p..<(p + m.length)
            // 今年以来, 年初以来: a running total since the year began.
            if m.length > 2, t[p + m.length - 1] == 0x6765, t[p + m.length - 2] == 0x4EE5 { cumulative = true }
            return p + m.length
        }
        if let m = book.scopeRegion.longestMatch(t, at: p) {
            region = p..<(p + m.length); return p + m.length
        }
        return p + 1
    }

    /// Where a 截至 scope ends: after the date it names (截至3月末, 截至2023年底, 截至12月31日, 截至一季度末), else at its
    /// clause's end (`e`). A title has no comma: 云溪市2024年截至3月末招商引资工作情况通报 states the time 截至3月末, and
    /// 招商引资工作情况通报 after it is no time (nor, carried to the figures under the title, a place of theirs).
    /// 末, 底 or 日 ends the date after a digit or 月, 年, 度, 期 (截至日前 names none).
    static func dateEnd(_ t: [UInt32], from q: Int, before e: Int) -> Int {
        var j = q + 1
        while j < e {
            let x = t[j]
            if x == 0x672B || x == 0x5E95 || x == 0x65E5 {                                   // 末 底 日
                let b = t[j - 1]
                if (b >= 0x30 && b <= 0x39) || (b >= 0xFF10 && b <= 0xFF19) || b == 0x6708 || b == 0x5E74
                    || b == 0x5EA6 || b == 0x671F || chineseDigits.contains(b) {            // 月 年 度 期
                    return j + 1
                }
            }
            j += 1
        }
        return e
    }

    /// 〇一二三四五六七八九十 (截至十二月三十一日).
    static let chineseDigits: Set<UInt32> = [0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341]

    /// True when a line break here would leave the scope as it is: the time and year are the section's, and no
    /// region or 累计 was stated since the last line break (a line break only resets those).
    private var lineBreakIsIdle: Bool {
        time == sectionTime && year == sectionYear && region == nil && !cumulative
    }

    /// `isHeading` of the line that the line break at `end` closes, found by reading back from it: the walk skips
    /// line breaks that change nothing, so the line's start is not known. Reads no further back than a heading
    /// can reach (41 scalars past the trailing whitespace, and leading whitespace).
    static func isHeading(_ t: [UInt32], lineEndingAt end: Int) -> Bool {
        var hi = min(end, t.count)
        // The trailing whitespace of isHeading's trim (a line break is none of it: an empty line stops here).
        while hi > 0, t[hi - 1] == 0x20 || t[hi - 1] == 0x09 || t[hi - 1] == 0x3000 || t[hi - 1] == 0x0D { hi -= 1 }
        guard hi > 0, t[hi - 1] != 0x0A else { return false }
        // The first scalar of the line that is no leading whitespace (t[hi - 1] is none).
        var lo = hi - 1
        var j = hi - 1
        while j > 0, t[j - 1] != 0x0A {
            j -= 1
            let s = t[j]
            if !(s == 0x20 || s == 0x09 || s == 0x3000) {
                lo = j
                if hi - lo > 40 { return false }
            }
        }
        return isHeading(t, lo..<hi)
    }

    /// A heading: a short line (at most 40 characters) with at least four ideographs that does not end like
    /// a sentence (。；：！？，) — 2025年全市预算执行情况, 一、农业. A lone table cell (2025年) is not one.
    func isHeading(_ r: Range<Int>) -> Bool { Self.isHeading(t, r) }

    /// `isHeading` on the scalars `t`.
    static func isHeading(_ t: [UInt32], _ r: Range<Int>) -> Bool {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, t[lo] == 0x20 || t[lo] == 0x09 || t[lo] == 0x3000 { lo += 1 }
        while hi > lo, t[hi - 1] == 0x20 || t[hi - 1] == 0x09 || t[hi - 1] == 0x3000 || t[hi - 1] == 0x0D { hi -= 1 }
        guard hi > lo, hi - lo <= 40 else { return false }
        switch t[hi - 1] {
        case 0x3002, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x21, 0x3F, 0xFF0C, 0x2C, 0x3001: return false
        default: break
        }
        var ideographs = 0
        for k in lo..<hi where WhitespaceJoining.isCJK(t[k]) { ideographs += 1 }
        return ideographs >= 4
    }

    /// A figure that itself sets the time scope: a year opening a clause (2023年，…) or 3年来.
    /// (The figure is read in place: inout only so that it is not copied whole, Strings and all, per figure; it is
    /// not changed.)
    mutating func take(reading fig: inout Figure) {
        let sp = fig.span
        if fig.kind == .duration, sp.upperBound > 0, t[sp.upperBound - 1] == 0x6765 {
            time = sp; return
        }
        // A date stamp (发布日期：2022-02-11 08:52) dates the page, not the sentences after it.
        if fig.kind == .date, !fig.isStamp, fig.dateValue.map({ !$0.utf8.starts(with: "????".utf8) }) == true,
           sp.upperBound < t.count, t[sp.upperBound] == 0x2C || WhitespaceJoining.isCJK(t[sp.upperBound]) {
            let cs = text.clauseStart(before: sp.lowerBound)
            if cs == sp.lowerBound || [0x0A, 0x300B, 0x201D, 0x3E].contains(t[max(0, sp.lowerBound - 1)]) {
                time = sp
                year = fig.year
                return
            }
            // 到2027年，… / 力争到2030年，… / 至2025年底，…: the year a clause's goal is set for dates the clause as a year
            // opening it does (a year later than the report's own makes its figures targets). (Not 截至, read above,
            // nor 从2020年到2025年: 到 opens the clause or follows a word of at most two letters.)
            let to = sp.lowerBound - 1
            if to >= cs, to - cs <= 2, t[to] == 0x5230 || t[to] == 0x81F3, to == 0 || t[to - 1] != 0x622A,
               !(cs..<to).contains(where: { !WhitespaceJoining.isCJK(t[$0]) }) {
                time = to..<sp.upperBound
                year = fig.year
                return
            }
        }
        // 10月当月，… / 10月份，… / 10月末，…: one month of the bulletin's year, opening its clause after a running period
        // (1—10月) in the paragraph — the figures after it are that month's, no running total. (Elsewhere the time in
        // force, 2024年4月份 from the heading, says the same with its year.)
        if cumulative, fig.kind == .date, !fig.isStamp, let v = fig.dateValue, v.utf8.starts(with: "????-".utf8), v.utf8.count == 7,
           text.clauseStart(before: sp.lowerBound) == sp.lowerBound, sp.upperBound < t.count {
            var e = sp.upperBound
            if t[e] == 0x5F53, e + 1 < t.count, t[e + 1] == 0x6708 { e += 2 }             // 当月
            else if t[e] == 0x672B || t[e] == 0x5E95 || t[e] == 0x4EFD { e += 1 }         // 末 底 份
            if e < t.count, t[e] == 0x2C {
                time = sp.lowerBound..<e
                cumulative = false
            }
        }
    }

    func clean(_ r: Range<Int>) -> String { Self.clean(t, r) }

    /// The scalars of `r` without spaces, tabs and line breaks (截至 目前 → 截至目前), encoded as UTF-8 once (appending
    /// scalar by scalar to a String was most of the cost).
    /// (The UTF-8 written straight into the String's storage: through a byte array first, each scope cost two
    /// allocations and a copy. 全 年 → 全年.)
    static func clean(_ t: [UInt32], _ r: Range<Int>) -> String {
        let lo = max(r.lowerBound, 0), hi = min(r.upperBound, t.count)
        guard lo < hi else { return "" }
        return t.withUnsafeBufferPointer { src in
            String.validUTF8(capacity: (hi - lo) * 4) { out in
                var n = 0
                for i in lo..<hi {
                    let s = src[i]
                    if s == 0x20 || s == 0x0A || s == 0x09 { continue }
                    if s < 0x80 {
                        out[n] = UInt8(s); n += 1
                    } else if s < 0x800 {
                        out[n] = UInt8(0xC0 | (s >> 6)); out[n + 1] = UInt8(0x80 | (s & 0x3F)); n += 2
                    } else if s < 0x10000 {
                        if s >= 0xD800 && s <= 0xDFFF { continue }       // no scalar (Unicode.Scalar(s) is nil)
                        out[n] = UInt8(0xE0 | (s >> 12)); out[n + 1] = UInt8(0x80 | ((s >> 6) & 0x3F))
                        out[n + 2] = UInt8(0x80 | (s & 0x3F)); n += 3
                    } else if s <= 0x10FFFF {
                        out[n] = UInt8(0xF0 | (s >> 18)); out[n + 1] = UInt8(0x80 | ((s >> 12) & 0x3F))
                        out[n + 2] = UInt8(0x80 | ((s >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (s & 0x3F)); n += 4
                    }
                }
                return n
            }
        }
    }

    /// `clean`, reusing the String of `last` when `r` holds the same scalars as its range; `last` becomes `r`'s.
    static func clean(_ t: [UInt32], _ r: Range<Int>, reusing last: inout (range: Range<Int>, string: String)?) -> String {
        if let l = last, l.range.count == r.count, r.upperBound <= t.count, l.range.upperBound <= t.count,
           t[l.range].elementsEqual(t[r]) {
            last = (r, l.string)
            return l.string
        }
        let s = clean(t, r)
        last = (r, s)
        return s
    }

    /// `clean` as first written (a String built scalar by scalar), for the tests.
    static func cleanReference(_ t: [UInt32], _ r: Range<Int>) -> String {
        var out = ""
        for i in r where i < t.count {
            let s = t[i]
            if s == 0x20 || s == 0x0A || s == 0x09 { continue }
            if let u = Unicode.Scalar(s) { out.unicodeScalars.append(u) }
        }
        return out
    }
}
