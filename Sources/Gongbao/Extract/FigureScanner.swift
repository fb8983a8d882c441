import Foundation

/// Finds figures in normalized text: the hand-written scanner of the hot path (no regex).
///
/// It jumps from trigger to trigger (an ASCII digit or a Chinese numeral), reads the numeral, a range, 余/多, a
/// scale and a unit, and decides from the unit what kind of figure it is: 44.14亿元 → 4414000000 元 money;
/// 2023年 → a date, never a count of 年; 一是 → nothing (一 before a non-classifier).
struct FigureScanner: ScaleStop {
    let book: PatternBook
    let text: DocText
    /// Scalar ranges where nothing is read: short quoted names (“十四五”), book titles, table cells.
    var blocked: [Range<Int>] = []
    var notes: [(Int, String)] = []
    /// Where a figure may start, ascending: every scalar of ScalarClasses' figureStart but a digit right after a
    /// digit (the scan never starts inside a number).
    let starts: [Int32]
    /// The book's unit traits, held here: read through the scanner (borrowed), not loaded from the book and retained
    /// at every candidate.
    let traits: [PatternBook.UnitTraits]
    /// The text's scalars, held here (a stored copy of text.t: read through the scanner without calling DocText's
    /// accessor at every read).
    let t: [UInt32]

    /// The stops of ScopeFinder's and ContextReader's walks (PairClasses.walkStops), found on the setup pass.
    let walkStops: (scope: [Int32], cursor: [Int32])

    /// Where 其中 and 分别 start (`pairWords`), ascending, found on the setup pass: DocText.wordStarts(其中, 分别)
    /// without a pass of its own.
    let wordStarts: ([Int], [Int])

    /// The reference labels' last scalars (`ScalarTrie.lastScalarBits`: 表, 图, 件 …), for `referenceNumberEnd`: before
    /// most numbers none stands.
    let referenceLastBits: UInt64

    /// 其中 and 分别: the passes after the scan look for them before every figure (their first scalars carry
    /// PairClasses' opener flag, so the setup pass visits them).
    static let pairWords: ((UInt32, UInt32), (UInt32, UInt32)) = ((0x5176, 0x4E2D), (0x5206, 0x522B))

    init(book: PatternBook, text: DocText) {
        self.book = book
        self.text = text
        traits = book.unitTraits
        t = text.t
        referenceLastBits = book.referenceLabels.lastScalarBits()
        let found = FigureScanner.setupPass(text.t, book.pairs)
        starts = found.starts
        walkStops = (found.scope, found.cursor)
        wordStarts = found.words
        blocked = ExtractorSupport.merged((found.quoted + found.code).sorted { $0.lowerBound < $1.lowerBound })
    }

    /// What `startsQuotedNamesAndCodeBlocks` finds, PairClasses.walkStops and DocText.wordStarts(其中, 分别)
    /// (`words`, for `pairWords`), in one pass over the text: one table holds the flags of all (a figure start, an
    /// opener or the first scalar of a pair word, a scope or cursor stop with its second scalar), so each scalar is
    /// loaded and looked up once where three passes did it three times. Eight positions are tested per branch from
    /// their packed flags, and only the flagged ones are visited.
    static func setupPass(_ text: [UInt32], _ pairs: PairClasses,
                          words w: ((UInt32, UInt32), (UInt32, UInt32)) = FigureScanner.pairWords)
        -> (starts: [Int32], quoted: [Range<Int>], code: [Range<Int>], scope: [Int32], cursor: [Int32],
            words: ([Int], [Int])) {
        text.withUnsafeBufferPointer { t in pairs.withTable { b in setupWalk(t, b, w) } }
    }

    /// `setupPass` over the text's and the table's buffers. (A function of its own, whose outputs are its locals:
    /// written inside the buffers' closures, each append went through the closures' context. The figure starts, a
    /// few hundred a document, are stored into a buffer sized for the worst case and copied out once.)
    private static func setupWalk(_ t: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt8>,
                                  _ words: ((UInt32, UInt32), (UInt32, UInt32)))
        -> (starts: [Int32], quoted: [Range<Int>], code: [Range<Int>], scope: [Int32], cursor: [Int32],
            words: ([Int], [Int])) {
        let n = t.count
        var quoted: [Range<Int>] = [], code: [Range<Int>] = []
        var scope: [Int32] = [], cursor: [Int32] = []
        var wordsA: [Int] = [], wordsB: [Int] = []
        scope.reserveCapacity(n / 128 + 8)
        cursor.reserveCapacity(n / 128 + 8)
        // (Quoted names, “十四五” and the like, run to one per 50–120 scalars of a report: each regrowth copied them.)
        quoted.reserveCapacity(n / 48 + 8)
        // (At most one start per scalar.)
        let startBuffer = UnsafeMutablePointer<Int32>.allocate(capacity: n + 1)
        defer { startBuffer.deallocate() }
        var startCount = 0
        typealias F = PairClasses.Flag
        let a = F([.scopeAlways, .cursorAlways]).rawValue, f = F([.scopeFirst, .cursorFirst]).rawValue
        let own = F([.figureStart, .opener]).rawValue
        let scopeStop = F([.scopeAlways, .scopeFirst]).rawValue, cursorStop = F([.cursorAlways, .cursorFirst]).rawValue
        let ones: UInt64 = 0x0101_0101_0101_0101
        // (Per byte k of the packed flags: its own stops, always, or first with the next byte's second shifted onto
        // it — the seven low bits of the byte above, shifted down by nine.)
        let stopsAlone = ones &* UInt64(own | a), firsts = ones &* UInt64(f), low7 = ones &* 0x7F
        var nextQuote = 0, nextCode = 0
        @inline(__always) func isDigit(_ k: Int) -> Bool { k >= 0 && t[k] >= 0x30 && t[k] <= 0x39 }
        @inline(__always) func exact(_ k: Int) -> UInt8 {
            guard k < n else { return 0 }
            let s = t[k]
            return s < 0x10000 ? b[Int(s)] : 0
        }
        /// The position `p` with flags `x`, the next position's `next`.
        @inline(__always) func visit(_ p: Int, _ x: UInt8, _ next: UInt8) {
            if x & F.figureStart.rawValue != 0, !(isDigit(p) && isDigit(p - 1)) {
                startBuffer[startCount] = Int32(truncatingIfNeeded: p)
                startCount &+= 1
            }
            if x & F.opener.rawValue != 0 {
                let s = t[p]
                if s == 0x7B {
                    if p >= nextCode { nextCode = codeBlock(t, at: p, into: &code) }
                } else if s == 0x201C || s == 0x300A || s == 0x300C {
                    if p >= nextQuote { nextQuote = quotedName(t, at: p, into: &quoted) }
                } else if p &+ 1 < n {
                    // The first scalar of a pair word (其 of 其中, 分 of 分别).
                    let following = t[p &+ 1]
                    if s == words.0.0 && following == words.0.1 { wordsA.append(p) }
                    if s == words.1.0 && following == words.1.1 { wordsB.append(p) }
                }
            }
            let h = x & (a | (next >> 1 & f))
            if h & scopeStop != 0 { scope.append(Int32(truncatingIfNeeded: p)) }
            if h & cursorStop != 0 { cursor.append(Int32(truncatingIfNeeded: p)) }
        }
        @inline(__always) func load(_ k: Int) -> UInt64 { UInt64(b[Int(t[k] & 0xFFFF)]) }
        var i = 0
        while i &+ 9 <= n {
            // (A load masks to 16 bits: a scalar past the BMP may alias a flagged one, never hide one; each flagged
            // position is asked again exactly.)
            let w = load(i) | load(i &+ 1) << 8 | load(i &+ 2) << 16 | load(i &+ 3) << 24
                | load(i &+ 4) << 32 | load(i &+ 5) << 40 | load(i &+ 6) << 48 | load(i &+ 7) << 56
            let next = w >> 8 | load(i &+ 8) << 56
            var hits = w & (stopsAlone | (next >> 1 & low7 & firsts))
            while hits != 0 {
                let k = hits.trailingZeroBitCount >> 3
                hits &= ~(0xFF << UInt64(k << 3))
                let p = i &+ k
                // (The packed flags are the exact ones of a BMP scalar.)
                let x = t[p] < 0x10000 ? UInt8(truncatingIfNeeded: w >> UInt64(k << 3)) : 0
                let after = t[p &+ 1] < 0x10000 ? UInt8(truncatingIfNeeded: next >> UInt64(k << 3)) : 0
                visit(p, x, after)
            }
            i &+= 8
        }
        while i < n {
            visit(i, exact(i), exact(i &+ 1))
            i &+= 1
        }
        let starts = Array(UnsafeBufferPointer(start: startBuffer, count: startCount))
        return (starts, quoted, code, scope, cursor, (wordsA, wordsB))
    }

    /// The figure starts, quoted names and code blocks of the text, found in one pass: the scan's stops (七 or 5
    /// may start a figure) and the openers “ 《 「 { share one byte table, so the text is read once where a vector
    /// search for the openers and the scan's own table walk read it twice. (The reference `setupPass` is tested
    /// against.)
    static func startsQuotedNamesAndCodeBlocks(_ text: [UInt32], _ classes: ScalarClasses)
        -> (starts: [Int32], quoted: [Range<Int>], code: [Range<Int>]) {
        var quoted: [Range<Int>] = [], code: [Range<Int>] = [], starts: [Int32] = []
        // Reports have a candidate about every 25 scalars.
        starts.reserveCapacity(text.count / 16)
        let stops = ScalarClasses.Flag.figureStart.rawValue | ScalarClasses.Flag.quoteOpen.rawValue
            | ScalarClasses.Flag.braceOpen.rawValue
        text.withUnsafeBufferPointer { t in
            var nextQuote = 0, nextCode = 0
            var p = 0
            let n = t.count
            while p < n {
                p = classes.firstIndex(in: t, from: p, to: n, mask: stops)
                guard p < n else { break }
                let s = t[p]
                if s == 0x7B {
                    if p >= nextCode { nextCode = codeBlock(t, at: p, into: &code) }
                } else if s == 0x201C || s == 0x300A || s == 0x300C {
                    if p >= nextQuote { nextQuote = quotedName(t, at: p, into: &quoted) }
                } else if s >= 0x30 && s <= 0x39 {
                    // The rest of the digits: no start (and no opener) among them.
                    if !(p > 0 && t[p - 1] >= 0x30 && t[p - 1] <= 0x39) { starts.append(Int32(truncatingIfNeeded: p)) }
                    while p + 1 < n, t[p + 1] >= 0x30, t[p + 1] <= 0x39 { p += 1 }
                } else {
                    starts.append(Int32(truncatingIfNeeded: p))
                }
                p += 1
            }
        }
        return (starts, quoted, code)
    }

    /// Quoted names and code blocks, found in one pass over the text (their openers are rare: a vector compare
    /// skips eight scalars per branch to the next “ 《 「 or {, and each kind resumes where its last span ended).
    static func quotedNamesAndCodeBlocks(_ text: [UInt32], _ classes: ScalarClasses) -> (quoted: [Range<Int>], code: [Range<Int>]) {
        var quoted: [Range<Int>] = [], code: [Range<Int>] = []
        text.withUnsafeBufferPointer { t in
            var nextQuote = 0, nextCode = 0
            var p = 0
            while p < t.count {
                // (The openers: “ 《 「 (ScalarClasses.quoteOpen) and { (braceOpen), compared eight at a time.)
                p = ScalarClasses.firstIndex(of: 0x201C, 0x300A, 0x300C, 0x7B, in: t, from: p, to: t.count)
                guard p < t.count else { break }
                if t[p] == 0x7B {
                    if p >= nextCode { nextCode = codeBlock(t, at: p, into: &code) }
                } else if p >= nextQuote {
                    nextQuote = quotedName(t, at: p, into: &quoted)
                }
                p += 1
            }
        }
        return (quoted, code)
    }

    /// {…} spans with almost no CJK text: style sheets and scripts that reached the content (width:100%).
    static func codeBlocks(_ text: [UInt32], _ classes: ScalarClasses) -> [Range<Int>] {
        quotedNamesAndCodeBlocks(text, classes).code
    }

    /// The code block opened by the { at `i`, if it is one; returns where the search for the next resumes.
    private static func codeBlock(_ t: UnsafeBufferPointer<UInt32>, at i: Int, into out: inout [Range<Int>]) -> Int {
        var depth = 0, j = i, cjk = 0
        while j < t.count, j - i < 20000 {
            if t[j] == 0x7B { depth += 1 } else if t[j] == 0x7D { depth -= 1; if depth == 0 { break } }
            if WhitespaceJoining.isCJK(t[j]) { cjk += 1 }
            j += 1
        }
        guard j < t.count, depth == 0, cjk * 20 < (j - i) else { return i + 1 }
        // Take the selector before the brace too (up to the previous CJK or line start).
        var lo = i
        while lo > 0, !WhitespaceJoining.isCJK(t[lo - 1]), t[lo - 1] != 0x0A, i - lo < 200 { lo -= 1 }
        out.append(lo..<(j + 1))
        return j + 1
    }

    /// “…” of at most 12 characters and 《…》: names, not statements (“人才新政30条”, 《2023年报告》).
    static func quotedNames(_ text: [UInt32], _ classes: ScalarClasses) -> [Range<Int>] {
        quotedNamesAndCodeBlocks(text, classes).quoted
    }

    /// The name quoted from the opener at `i`, if closed in reach; returns where the search for the next resumes.
    private static func quotedName(_ t: UnsafeBufferPointer<UInt32>, at i: Int, into out: inout [Range<Int>]) -> Int {
        let open = t[i]
        let close: UInt32? = open == 0x201C ? 0x201D : open == 0x300A ? 0x300B : open == 0x300C ? 0x300D : nil
        guard let close else { return i + 1 }
        let limit = open == 0x201C ? 12 : 60
        var j = i + 1
        while j < t.count, j - i <= limit + 1, t[j] != close, t[j] != 0x0A, t[j] != open { j += 1 }
        guard j < t.count, t[j] == close else { return i + 1 }
        out.append(i..<(j + 1))
        return j + 1
    }

    /// 涨 平 降 升 跌 in 五涨一平一降.
    static let moves = ScalarSet("涨平降升跌".unicodeScalars.map(\.value))

    /// Characters that put a number inside markup or a URL when right before it: " = % / # & _ @ (all ASCII: the
    /// scanner asks the bitmap only below U+0080, as the scalar before a number is mostly CJK).
    static let codeNeighbours = ScalarSet("\"=%/#&_@\\".unicodeScalars.map(\.value))

    static let chineseTriggerScalars = "零〇○◯一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾廿兩貳參陸几数首第负百千万亿半翻".unicodeScalars.map(\.value)

    /// What reading a candidate leaves besides its figure: the further parts of a 2.2:27.9:69.9 structure
    /// (emitted after its first part) and notes. (Passed inout so the readers need not be mutating: a mutating
    /// method reloads and retains the scanner's arrays around every call.)
    struct Side {
        var ratios: [Figure] = []
        var notes: [(Int, String)] = []
    }

    /// : (full-width ： folds to it), ∶ (U+2236 RATIO, the colon of 三次产业结构为7.8∶39.5∶52.7 in official text), and
    /// the presentation forms ︰ (U+FE30, 三次产业结构比例为16.5︰26.2︰57.3 in a county bulletin) and ﹕ (U+FE55): colons
    /// that word processors put in a structure just as often.
    @inline(__always)
    static func isRatioColon(_ s: UInt32) -> Bool { s == 0x3A || s == 0x2236 || s == 0xFE30 || s == 0xFE55 }

    /// The parts of a:b(:c…) when it reads as a structure (a decimal in it, or three parts or more).
    func ratioParts(from start: Int) -> [Figure]? {
        var parts: [Figure] = []
        var k = start
        var hasDecimal = false
        while k < t.count, let r = ChineseNumeral.readArabic(t, at: k, stop: AlwaysStop()) {
            if r.plainDigits == 0 { hasDecimal = true }
            parts.append(Figure(span: k..<r.end, numberStart: k, value: r.value, unit: nil, kind: .ratio, unitEnd: r.end))
            guard r.end + 1 < t.count, FigureScanner.isRatioColon(t[r.end]), isDigit(r.end + 1) else { break }
            k = r.end + 1
        }
        guard parts.count >= 2, hasDecimal else { return nil }   // 09:36:26 is a time
        return parts
    }

    /// All figures in document order.
    mutating func scan() -> [Figure] {
        var side = Side(notes: notes)
        let out = scan(&side)
        notes = side.notes
        return out
    }

    private func scan(_ side: inout Side) -> [Figure] {
        // (The text's scalars bound once: through the computed `t` each read called the array's accessors.)
        let t = self.t
        var out: [Figure] = []
        var i = 0
        let n = t.count
        // Reports run at about one figure per 60 scalars, and at least one figure per two or three of the starts:
        // reserve for that instead of regrowing (each regrowth copies every Figure so far). An 8 KB OCR page of
        // 3169 scalars held 58 figures past the 52 of n / 60, and a regrowth was 11 000 instructions.
        out.reserveCapacity(max(n / 60, min(starts.count * 2 / 3, n / 30)))
        // The blocked range at or after i: i only grows, so a cursor replaces a binary search per trigger.
        let blocked = self.blocked
        var b = 0
        // The next figure start at or after i (the starts were found with the quoted names: no walk over the text).
        let starts = self.starts
        var c = 0
        while i < n {
            if !side.ratios.isEmpty {
                out += side.ratios
                i = side.ratios.last!.span.upperBound
                side.ratios = []
                continue
            }
            while c < starts.count, Int(starts[c]) < i { c += 1 }
            if c == starts.count { break }
            i = Int(starts[c])
            let s = t[i]
            let startsDigit = s >= 0x30 && s <= 0x39
            while b < blocked.count, blocked[b].upperBound <= i { b += 1 }
            if b < blocked.count, blocked[b].contains(i) {
                let r = blocked[b]
                // In a book title only years are read (《关于2025年预算执行情况的报告》 names 2025 as a date).
                if t[r.lowerBound] == 0x300A, i > r.lowerBound || true {
                    var k = i
                    var read: [Figure] = []
                    while k < r.upperBound {
                        if isDigit(k), !isDigit(k - 1), let next = figure(at: k, into: &read, &side) {
                            if let fig = read.popLast(), fig.kind == .date { out.append(fig) }
                            read.removeAll(keepingCapacity: true)
                            k = max(next, k + 1)
                        } else { k += 1 }
                    }
                }
                i = r.upperBound
                continue
            }
            if startsDigit, i > 0, t[i - 1] >= 0x30, t[i - 1] <= 0x39 { i += 1; continue }
            if let next = figure(at: i, into: &out, &side) {
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - One candidate

    /// Reads the candidate at `start` and appends the figure to `out` when it is one. Returns where the search
    /// resumes (something read, kept or rejected), or nil when nothing starts here.
    /// (The figure is built in one local and appended once: returning it as an optional tuple copied its 200
    /// bytes and retained its fields several times per candidate.)
    func figure(at start: Int, into out: inout [Figure], _ side: inout Side) -> Int? {
        let t = self.t
        var i = start
        let s = t[i]
        // Negative numbers: -0.10‰ or 负3.
        var negative = false
        if s == 0x2D || s == 0x8D1F {
            guard i + 1 < t.count, isDigit(i + 1) || ChineseNumeral.digit(t[i + 1]) != nil else { return nil }
            if isDigit(i - 1) || isASCIILetter(i - 1) { return nil }
            // 负 is a sign only after a copula or a rate (增长负3%, 为负0.5%), not inside 减负/负担.
            if s == 0x8D1F, isCJK(i - 1), !book.signContext.contains(t[i - 1]) { return nil }
            negative = true
            i += 1
        } else if s == 0x96F6, i + 2 < t.count, t[i + 1] == 0x4E0B, isDigit(i + 2) || ChineseNumeral.digit(t[i + 2]) != nil {
            // 零下30摄氏度: below zero.
            negative = true
            i += 2
        }
        let numberStart = i
        let c = t[i]
        // 数十亿元, 数百人: several tens or hundreds, no number; the whole amount is passed (十亿 is not read on its own).
        if c == ChineseNumeral.shu, !negative, ChineseNumeral.isVagueShu(t, i) {
            var k = i + 1
            while k < t.count, ChineseNumeral.smallUnit(t[k]) != nil || t[k] == 0x4E07 || t[k] == 0x4EBF { k += 1 }
            return k
        }
        // Special leading forms.
        if c == 0x7B2C {                                          // 第
            if book.names.covers(t, i) { return i + 1 }           // 第三产业, 第一时间: names, not ranks
            return ordinal(at: i, into: &out)
        }
        if c == 0x9996 { return first(at: i, into: &out) }       // 首
        if c == 0x7FFB { return doubling(at: i, into: &out) }    // 翻一番
        if c == 0x534A { return nil }                             // 半 alone
        if (c == 0x767E || c == 0x5343 || c == 0x4E07), scalars(at: i + 1, 0x5206, 0x4E4B) {
            return partsPer(at: i, into: &out)                     // 百分之五
        }
        let isArabic = isDigit(i)
        // 百姓, 千方百计, 几个: no Chinese numeral starts here, whatever word it is in (asked before the names, which
        // would only also send the scan to the next scalar).
        // (A bare 百/千/万/亿 goes on: after 上/近/逾 … or before 余/多 it is a round figure, 上千人 — bareMagnitude.)
        if !isArabic, !ChineseNumeral.canStartChinese(t, i), !mayStartBareMagnitude(at: i) { return nil }
        if !isArabic, book.names.covers(t, i) {
            return i + 1
        }
        // (isoDate needs four digits and a separator: asked only where one stands.)
        if isArabic, !negative, i + 4 < t.count, FigureScanner.isDateSeparator(t[i + 4]),
           let end = isoDate(at: i, into: &out) {
            return end
        }
        if !negative, let end = referenceNumberEnd(at: i) { return end }   // 表2 人口情况, 见附件1
        if isArabic, looksLikeCode(before: i) {
            var j = i
            while j < t.count, isDigit(j) || t[j] == 0x2E || t[j] == 0x25 { j += 1 }
            return j
        }
        if isArabic {
            // Codes and names with digits: PM2.5, G20, 5G; markup and URLs: width="100%", %3D2414820.
            if isASCIILetter(i - 1) || (i >= 2 && t[i - 1] == 0x2E && isDigit(i - 2))
                || (i > 0 && t[i - 1] < 0x80 && FigureScanner.codeNeighbours.contains(t[i - 1])) {
                var j = i
                while j < t.count, isDigit(j) || t[j] == 0x2E { j += 1 }
                return j
            }
        } else {
            if !negative, let g = book.glue.matchEnding(t, at: i), g.length > 0 { return i + 1 }
            if c == 0x4E00, i + 1 < t.count, t[i + 1] == 0x534A {                 // 一半
                out.append(Figure(span: i..<(i + 2), numberStart: i, value: Decimal(string: "0.5")!, unit: nil,
                                  kind: .ratio, unitEnd: i + 2))
                return i + 2
            }
        }
        // (The scanner is the stop: passed as it is, borrowed, where a closure kept in a local was allocated at every
        // candidate, and a stop value holding the book and the text retained and released both.)
        var magnitudeSaysMore = false
        var read = isArabic ? ChineseNumeral.readArabic(t, at: i, stop: self)
                            : ChineseNumeral.readChinese(t, at: i, stop: self)
        if read == nil, !isArabic, !negative, let m = bareMagnitude(at: i, stop: self) {   // 上千人, 近百亿元
            read = m.reading
            magnitudeSaysMore = m.leadSaysMore
        }
        guard var reading = read else { return nil }
        if !isArabic, reading.isZero { return reading.end }        // 零部件
        // 每十万人, 每万车: a denominator, not a figure.
        if i > 0, t[i - 1] == 0x6BCF { return reading.end }
        // 2.2:27.9:69.9 — a structure of shares: each part is a ratio.
        if isArabic, reading.end + 1 < t.count, FigureScanner.isRatioColon(t[reading.end]), isDigit(reading.end + 1),
           let parts = ratioParts(from: i) {
            for p in parts.dropFirst() { side.ratios.append(p) }
            out.append(parts[0])
            return parts[0].span.upperBound
        }
        // Page numbers of PDF text: —3—.
        if isArabic, i > 0, FigureScanner.isPageDash(t[i - 1]), !isDigit(i - 2), reading.end < t.count,
           FigureScanner.isPageDash(t[reading.end]), reading.plainDigits > 0, reading.plainDigits <= 3 {
            return reading.end + 1
        }
        if isArabic, reading.plainDigits > 18 || (reading.plainDigits == 0 && reading.end - i > 30) {
            side.notes.append((i, "not a figure: number too long (\(reading.end - i) characters)"))
            return reading.end
        }
        if negative {
            reading.value = -reading.value
            // (-0 as a Decimal is no number: leave its comparisons to the Decimal, as before.)
            reading.integer = reading.integer.flatMap { $0 == 0 ? nil : -$0 }
        }
        return figure(number: reading, start: start, numberStart: numberStart, isArabic: isArabic, negative: negative,
                      saysMore: magnitudeSaysMore, into: &out, &side)
    }

    /// What a candidate holds before its unit is read: its value (and a range's upper end) and qualifiers. The
    /// Figure is built once the unit is known (`unit(of:)`): built here and handed on, its 200 bytes were copied at
    /// every candidate (a memcpy right after the fields were written, a tenth of the scan), where these few words
    /// pass in registers and stack slots. 6-8亿元 → value 600000000, valueMax 8亿 before the unit.
    struct Draft {
        /// Where the span read so far ends (the number, or a range's upper end; 余/多 not yet included).
        var end: Int
        var value: Decimal
        var valueMax: Decimal? = nil
        var qualifiers = QualifierList()
    }

    /// The rest of a candidate once its number is read (`reading`, from `numberStart`; `start` includes a sign): a
    /// fraction, a range, 余/多, then the unit. (Its own function: in one body with the reading, the compiler stopped
    /// inlining the array reads, and each t[k] and traits[u] became a call.)
    @inline(never)
    private func figure(number reading: ChineseNumeral.Reading, start: Int, numberStart: Int, isArabic: Bool,
                        negative: Bool, saysMore magnitudeSaysMore: Bool,
                        into out: inout [Figure], _ side: inout Side) -> Int? {
        let t = self.t
        var j = reading.end
        var fig = Draft(end: j, value: reading.value)
        if reading.isVague || magnitudeSaysMore { fig.qualifiers.append(.moreThan) }
        if !isArabic, !negative, let pair = approximatePair(at: numberStart, readingEnd: j) {   // 两三个, 三四十人
            fig.value = pair.low
            fig.valueMax = pair.high
            j = pair.end
            fig.end = j
        }

        // X分之Y.
        if scalars(at: j, 0x5206, 0x4E4B) {                      // 分之
            let k = j + 2
            let r2 = numeralReading(at: k)
            guard let r2, !reading.isZero else { return k }
            var ratio = Figure(span: start..<r2.end, numberStart: start, value: r2.value / reading.value, unit: nil,
                               kind: .ratio, unitEnd: r2.end)
            ratio.qualifiers = fig.qualifiers
            out.append(ratio)
            return r2.end
        }

        // Ranges: 6-8亿元, 6.5%—7%, 三至五年, 1—9月.
        // The unit right after the number, looked up once (the range, 多 and the unit below ask for it again).
        let unitAtEnd = book.unitMatch(t, at: j), numberEnd = j
        var firstUnit: (index: Int, length: Int)? = nil
        // 偏高0.7℃~1.0℃, 投资6亿元—8亿元, 3个-5个: a unit written at both ends (not a time's: 2019年—2023年 is a
        // span of dates) makes one range when a dash joins them — never 至 or 到 (由3亿元增加到5亿元 is two figures).
        if let u = unitAtEnd {
            switch traits[u.index].kind {
            case .percent:
                firstUnit = u
            case .count, .money, .measure:
                let d = j + u.length
                if d < t.count, FigureScanner.isRangeDash(t[d]), t[d] != 0x81F3, t[d] != 0x5230 { firstUnit = u }
            default:
                break
            }
        }
        let afterFirst = j + (firstUnit?.length ?? 0)
        if afterFirst < t.count, FigureScanner.isRangeDash(t[afterFirst]) {
            var k = afterFirst + 1
            while k < t.count, t[k] == 0x2014 || t[k] == 0x2015 { k += 1 }
            let r2 = isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stop: self)
                                     : (isArabic ? nil : ChineseNumeral.readChinese(t, at: k, stop: self))
            if let r2, r2.hasScale || ChineseNumeral.Reading.isAtLeast(r2, reading) {
                var low = reading.value
                if r2.hasScale && !reading.hasScale && isArabic {
                    // 6-8亿元: the scale written once applies to both ends.
                    var scaleFactor = Decimal(1)
                    var m = r2.end - 1
                    while m > k, let f = book.scales[t[m]], !isDigit(m) { scaleFactor *= f; m -= 1 }
                    low *= scaleFactor
                }
                if let fu = firstUnit, let su = book.unitMatch(t, at: r2.end),
                   traits[su.index].unitID != traits[fu.index].unitID {
                    // 5%—8元: not one range.
                } else if let fu = firstUnit, traits[fu.index].kind != .percent, book.unitMatch(t, at: r2.end) == nil {
                    // 3个-5: a unit at the first end only is no range of that unit.
                } else {
                    fig.value = negative ? -low : low
                    fig.valueMax = r2.value
                    j = r2.end
                    fig.end = j
                }
            }
        }

        // 余/多 between the number and the unit: 40余人, 200多名, 1000余万元.
        // Right after a numeral, 多 before a classifier is the vague tail (300多个, 80多种), not the word
        // 多个/多种 (several) that the look-alike list guards where no number stands before it.
        // (3万多元, 1300多元: 多 before 元 right after a number is the vague tail too — the word 多元 is 多元化, 多元主体,
        // never after digits but in 100多元化, which 化 tells apart.)
        let vagueBeforeUnit = j + 1 < t.count && t[j] == 0x591A
            && (book.unitMatch(t, at: j + 1).map { traits[$0.index].kind == .count } == true
                || (t[j + 1] == 0x5143 && (j + 2 >= t.count || t[j + 2] != 0x5316)))
        if j < t.count, t[j] == 0x4F59 || t[j] == 0x591A, vagueBeforeUnit || !book.notQualifiers.covers(t, j) {
            fig.qualifiers.append(.moreThan)
            j += 1
            // (两千余万人次, 十余万元: a Chinese numeral's 万 or 亿 after 余 too — unless one ended the numeral: 三万余.)
            if j < t.count, isArabic || (ChineseNumeral.isBigUnit(t[j]) && !ChineseNumeral.isBigUnit(t[j - 2])),
               let f = book.scales[t[j]], !book.scaleBeginsUnit(t, at: j) {
                fig.value *= f
                if let m = fig.valueMax { fig.valueMax = m * f }
                j += 1
            }
        }

        return unit(of: fig, start: start, reading: reading, at: j, numberStart: numberStart, numberEnd: numberEnd,
                    unitAtEnd: unitAtEnd, isArabic: isArabic, into: &out)
    }

    /// The unit of a candidate at `j` (after the number, a range and 余/多), and what it makes of the figure: a date,
    /// a duration, money, a count — or nothing (一条条, 5岁以下). `unitAtEnd`: the unit looked up at `numberEnd`;
    /// `draft`: the figure so far, whose span runs from `start` (a sign included).
    /// (The Figure is built only where it is appended, from the draft and the unit's name and kind: a Figure held in a
    /// local and appended was copied twice, memcpy to a temporary and into the array, and retained and released.)
    @inline(never)
    private func unit(of draft: Draft, start: Int, reading: ChineseNumeral.Reading, at j: Int, numberStart: Int,
                      numberEnd: Int, unitAtEnd: (index: Int, length: Int)?, isArabic: Bool,
                      into out: inout [Figure]) -> Int? {
        var d = draft
        let t = self.t
        // The unit.
        var unitMatch = j == numberEnd ? unitAtEnd : book.unitMatch(t, at: j)
        // 31605.2 亿 m3, 706.5 mm: PDF text sets a Latin symbol of two or more letters one space apart (the normalizer
        // joins no space before a Latin letter; a one-letter symbol, 3 t, stays too doubtful).
        if unitMatch == nil, j + 2 < t.count, t[j] == 0x20, isASCIILetter(j + 1) || t[j + 1] == 0x3BC || t[j + 1] == 0xB5,
           let m = book.unitMatch(t, at: j + 1), m.length >= 2 {
            unitMatch = (m.index, m.length + 1)
        }
        // 3个多月 → 个月 with 多.
        if unitMatch == nil || unitMatch.map({ traits[$0.index].isGe }) == true, scalars(at: j, 0x4E2A, 0x591A),
           scalars(at: j + 1, 0x591A, 0x6708) {
            unitMatch = (book.monthsUnit!, 3)
            d.qualifiers.append(.moreThan)
        }
        // 分别拉动GDP增长0.2个、2.2个和2.9个百分点: 个 cut short before a list whose last item writes 个百分点 whole.
        if let u = unitMatch, u.length == 1, traits[u.index].isGe, let points = shortenedPointsUnit(after: j + 1) {
            unitMatch = (points, 1)
        }
        // 13亿人口, 13亿人民: the unit's letters open a noun (units.yaml unit_nouns) — the number counts the noun, no
        // classifier written.
        if let u = unitMatch, traits[u.index].opensNoun, let n = book.unitNouns.longestMatch(t, at: j), n.length > u.length {
            unitMatch = nil
        }
        guard let (unitIndex, ulen) = unitMatch else {
            var fig = figure(d, start: start, numberEnd: numberEnd)
            return unitless(&fig, reading: reading, end: j, isArabic: isArabic, into: &out)
        }
        let kind = traits[unitIndex].kind
        // 一条条, 一个个: reduplicated classifiers are manner, not counts.
        if ulen == 1, j + 1 < t.count, t[j + 1] == t[j], kind == .count { return j + 2 }
        if isASCIILetter(j + ulen), kind != .percent { return j + ulen }
        var end = j + ulen
        // 5岁以下儿童, 60岁及以上人口: an age bracket inside a name, not a figure.
        if traits[unitIndex].isAge {
            if let n = CategoryBounds.wordLength(in: text, at: end), isCJK(end + n) { return end + n }
        }
        var unitName = book.unitNames[unitIndex]
        // 8.5元/千克, 2万元/平, 3.1人/户: a rate written unit/unit is one unit (the listed ones, 元/吨, matched whole);
        // the denominator may be scaled (路网密度156.7公里/万平方公里, 0.5吨/万元: per ten thousand of it).
        if kind != .percent, kind != .ratio, kind != .time, end + 1 < t.count, t[end] == 0x2F {
            var perStart = end + 1
            var per = book.rateDenominators.longestMatch(t, at: perStart)
            if per == nil, perStart + 1 < t.count, book.scales[t[perStart]] != nil, !book.scaleBeginsUnit(t, at: perStart) {
                perStart += 1
                per = book.rateDenominators.longestMatch(t, at: perStart)
            }
            if let per, !isASCIILetter(perStart + per.length) {
                unitName = book.unitNames[unitIndex] + "/" + text.string(end + 1..<perStart + per.length)
                end = perStart + per.length
            }
        }
        // 28.0万立方米每平方千米, 380公斤每亩: the same rate with 每 written for the slash — the unit as written (the
        // listed ones, 微克每立方米, matched whole before). Only an amount or a measure takes it, and only when the
        // denominator ends the phrase: 12个每个补助, 5万元每个项目 are a count and a distribution, no rate.
        if end + 1 < t.count, t[end] == 0x6BCF, kind == .measure || kind == .money { perRate(&unitName, end: &end) }
        if let f = book.unitFactors[unitIndex] {
            d.value *= f; if let m = d.valueMax { d.valueMax = m * f }
        }
        let isBareOne = !isArabic && reading.end - numberStart == 1 && reading.equals(1)
        // 比上年缩小 0.02 年末参加…: a fraction before 年末/年底/年初 is no span of years (the source lost the 。 between).
        if kind == .time, traits[unitIndex].time == .year, isArabic, end < t.count,
           t[end] == 0x672B || t[end] == 0x5E95 || t[end] == 0x521D, t[numberStart..<reading.end].contains(0x2E) {
            var fig = figure(d, start: start, numberEnd: numberEnd)
            return unitless(&fig, reading: reading, end: j, isArabic: isArabic, into: &out)
        }
        // 新建10千伏线路, 220千伏及以上输电线路: a voltage grade names the class of the line, no quantity of the text.
        if traits[unitIndex].namesClassBeforeNoun, book.classNouns.longestMatch(t, at: end) != nil { return end }
        let figureKind: MetricKind
        switch kind {
        case .time:
            var fig = figure(d, start: start, numberEnd: numberEnd)
            fig.unit = unitName
            return timeFigure(&fig, reading: reading, time: traits[unitIndex].time, unitStart: j, end: end,
                              isArabic: isArabic, into: &out)
        case .money: figureKind = .money
        case .measure: figureKind = .measure
        case .percent: figureKind = .percent
        case .ratio: figureKind = .ratio
        case .count:
            var countKind = MetricKind.count
            if isBareOne && traits[unitIndex].vagueWithOne { return end }
            if traits[unitIndex].arabicOnly && !isArabic { return end }
            // 就业人员十万人生产安全事故死亡率: a round 十万人 running into a rate is its denominator.
            if !isArabic, isDenominator(reading, unitEnd: end) { return end }
            if traits[unitIndex].hasLabelsBefore {
                // 十二届七次、八次全会: sessions listed with 、 before the one label each names.
                var labelAt = end
                while labelAt + 1 < t.count, t[labelAt] == 0x3001 {
                    var e = labelAt + 1
                    while e < t.count, ChineseNumeral.digit(t[e]) != nil || t[e] == 0x5341 || isDigit(e) { e += 1 }
                    guard e > labelAt + 1, e + ulen <= t.count, t[e..<(e + ulen)].elementsEqual(t[j..<(j + ulen)]) else { break }
                    labelAt = e + ulen
                }
                for label in book.unitLabelsBefore[unitIndex] where scalarsMatch(label, at: labelAt) {
                    countKind = .ordinal
                }
                // 十一届十一次全会, 前8位: sessions and ranks, not counts.
                if end < t.count, ChineseNumeral.digit(t[end]) != nil || t[end] == 0x5341 { countKind = .ordinal }
            }
            if traits[unitIndex].isRank, numberStart > 0, t[numberStart - 1] == 0x524D { countKind = .ordinal }
            // 二级公路, 三级医院, 省市县三级财政: a grade written with a Chinese numeral before a noun names the grade
            // (三级以上, 一级和二级 and 提升两级。 still count or bound).
            if traits[unitIndex].isGrade, !isArabic, isCJK(end), !text.isClauseEnd(t[end]),
               book.gradeContinuations.longestMatch(t, at: end) == nil {
                return end
            }
            if isBareOne && !isGenuineOne(at: numberStart) { return end }
            // 二期工程, 三北工程六期, 二轮土地承包: a phase or round, not a count (举办4期 stays a count).
            if traits[unitIndex].isPhase, !isArabic,
               isCJK(end) || book.objectVerbs.matchEnding(t, at: numberStart) == nil {
                countKind = .ordinal
            }
            if isBareOne && sentenceHasVagueMarker(around: numberStart) { return end }
            if isRunInDenominator(reading, isArabic: isArabic, perBase: traits[unitIndex].isPerBase, end: end) { return end }
            figureKind = countKind
        }
        // Trailing 多/余 after the unit: 3年多, 10万元余.
        if end < t.count, t[end] == 0x591A || t[end] == 0x4F59, !book.notQualifiers.covers(t, end),
           !d.qualifiers.contains(.moreThan), !isCJK(end + 1) || text.isClauseEnd(t[end + 1]) {
            d.qualifiers.append(.moreThan)
            end += 1
        }
        out.append(Figure(span: start..<end, numberStart: start, value: d.value, valueMax: d.valueMax, unit: unitName,
                          kind: figureKind, qualifiers: d.qualifiers, unitEnd: end))
        return end
    }

    /// The Figure of a draft with no unit yet (what `unitless` and `timeFigure` finish in place).
    @inline(__always)
    private func figure(_ d: Draft, start: Int, numberEnd: Int) -> Figure {
        Figure(span: start..<d.end, numberStart: start, value: d.value, valueMax: d.valueMax, unit: nil, kind: .count,
               qualifiers: d.qualifiers, unitEnd: numberEnd)
    }

    /// DocText's isDigit, isCJK and isASCIILetter on the scanner's own copy of the scalars, inlined (DocText's were
    /// calls at every candidate).
    @inline(__always)
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i] >= 0x30 && t[i] <= 0x39 }

    @inline(__always)
    func isCJK(_ i: Int) -> Bool { i >= 0 && i < t.count && WhitespaceJoining.isCJK(t[i]) }

    @inline(__always)
    func isASCIILetter(_ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let s = t[i]
        return (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)
    }

    /// The numeral readers' stop: a scale character at `j` that begins a unit (千瓦, 千米) ends the number.
    @inline(__always)
    func stops(at j: Int) -> Bool { book.scaleBeginsUnit(t, at: j) }

    /// The denominators written with 每 after a unit at `end` (每平方千米, 每人每月: a second one likewise), added to
    /// the unit as written. Out of line: the test before it is all most figures pay.
    @inline(never)
    private func perRate(_ unitName: inout String, end: inout Int) {
        while end + 1 < t.count, t[end] == 0x6BCF, let per = book.rateDenominators.longestMatch(t, at: end + 1),
              endsRate(at: end + 1 + per.length) {
            unitName += text.string(end..<end + 1 + per.length)
            end += 1 + per.length
        }
    }

    /// Whether a rate's denominator written after 每 ends the phrase at `i`: the text ends, or what follows is no
    /// ideograph (punctuation, a digit), or a word that goes on with a rate (每人每月, 以上, 左右).
    private func endsRate(at i: Int) -> Bool {
        guard i < t.count, isCJK(i) else { return !isASCIILetter(i) }
        return [0x6BCF, 0x4EE5, 0x5DE6, 0x7684].contains(t[i])
    }

    /// - / . between a date stamp's parts (2015-07-04, 2022/02/11, 2022.02.11).
    @inline(__always)
    static func isDateSeparator(_ s: UInt32) -> Bool { s == 0x2D || s == 0x2F || s == 0x2E }

    /// — - ― around a page number (—3—).
    @inline(__always)
    static func isPageDash(_ s: UInt32) -> Bool { s == 0x2014 || s == 0x2D || s == 0x2015 }

    /// What joins the ends of a range: - — – ~ 至 到 ―.
    @inline(__always)
    static func isRangeDash(_ s: UInt32) -> Bool {
        s == 0x2D || s == 0x2014 || s == 0x2013 || s == 0x7E || s == 0x81F3 || s == 0x5230 || s == 0x2015
    }
    /// True when `word`'s scalars stand at `k` (DocText.matches without walking a String).
    @inline(__always)
    func scalarsMatch(_ word: [UInt32], at k: Int) -> Bool {
        guard k >= 0, k + word.count <= t.count else { return false }
        for (n, s) in word.enumerated() where t[k + n] != s { return false }
        return true
    }

    /// True when the scalars at `k` are `a` then `b` (分之 at every figure: no String literal walked).
    @inline(__always)
    func scalars(at k: Int, _ a: UInt32, _ b: UInt32) -> Bool {
        k >= 0 && k + 1 < t.count && t[k] == a && t[k + 1] == b
    }

    /// 工矿商贸企业就业人员十万人生产安全事故死亡人数4人, 万人口高价值发明专利拥有量12.5件: a round 千/万/十万 of
    /// people or vehicles run into a name whose figure follows in the clause is that figure's denominator (the rate
    /// names need no 率 or 人数, unlike isDenominator's).
    /// (`perBase`: the unit is 人, 人口, 辆 or 户; the value is compared last.)
    func isRunInDenominator(_ reading: ChineseNumeral.Reading, isArabic: Bool, perBase: Bool, end: Int) -> Bool {
        guard !isArabic, perBase, isCJK(end), reading.isOneOf([1000, 10000, 100000, 1000000]) else { return false }
        let e = min(text.clauseEnd(after: end), end + 40)
        var k = end
        while k < e {
            if isDigit(k) { return true }
            k += 1
        }
        return false
    }
}
