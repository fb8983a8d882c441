import Foundation

/// What decides whether a read number is a figure: generic 一个, flattened table rows, markup, numbers
/// without a unit (三大, 三成, index values).
extension FigureScanner {
    /// 一个/一项 is a count when the sentence counts other things too (实施一项人才工程，…，落实八项服务举措) or is a
    /// short heading (一项人才工程。); elsewhere it is the article "a" (今后一个时期, 打造一个平台).
    func isGenuineOne(at i: Int) -> Bool {
        let lo = text.sentenceStart(before: i), hi = text.sentenceEnd(after: i)
        // (Only spaces before it: a Character equal to " " is the one scalar U+0020, so the scalars are compared.)
        if hi - lo <= 12, lo == i || (lo < i && t[lo..<i].allSatisfy { $0 == 0x20 }) { return true }
        // After a copula it is the article: 是一个港口城市, 不能是一个口号, 成为一个平台.
        if i > 0, t[i - 1] == 0x662F || t[i - 1] == 0x4E3A { return false }
        // (The digits are found four scalars at a time through the book's class table: most scalars of a long
        // sentence are none, and a switch per scalar cost ~1,800 instructions a call. isGenuineOneSlow is the walk.)
        let classes = book.classes, mask = ScalarClasses.Flag.numeralDigit.rawValue
        return t.withUnsafeBufferPointer { b in
            var k = classes.firstIndex(in: b, from: lo, to: hi, mask: mask)
            while k < hi {
                if k != i, countsAnother(at: k, sentenceEnd: hi) { return true }
                k = classes.firstIndex(in: b, from: k + 1, to: hi, mask: mask)
            }
            return false
        }
    }

    /// Whether the digit at `k` counts something (三项, 8个): a unit of kind count follows and it is not another lone
    /// 一 — that proves nothing (不是一个问题，也不是一个口号): both are articles.
    @inline(__always)
    private func countsAnother(at k: Int, sentenceEnd hi: Int) -> Bool {
        let loneOne = t[k] == 0x4E00 && (k == 0 || ChineseNumeral.digit(t[k - 1]) == nil)
            && (k + 1 >= hi || ChineseNumeral.digit(t[k + 1]) == nil)
        if !loneOne, let (u, _) = book.unitMatch(t, at: k + 1), traits[u].kind == .count { return true }
        return false
    }

    /// isGenuineOne as the plain walk over every scalar of the sentence: the reference the tests compare it with.
    func isGenuineOneSlow(at i: Int) -> Bool {
        let lo = text.sentenceStart(before: i), hi = text.sentenceEnd(after: i)
        if hi - lo <= 12, lo == i || (lo < i && t[lo..<i].allSatisfy { $0 == 0x20 }) { return true }
        if i > 0, t[i - 1] == 0x662F || t[i - 1] == 0x4E3A { return false }
        var k = lo
        while k < hi {
            let x = t[k]
            if k != i, (x >= 0x30 && x <= 0x39) || ChineseNumeral.digit(x) != nil {
                let loneOne = x == 0x4E00 && (k == 0 || ChineseNumeral.digit(t[k - 1]) == nil)
                    && (k + 1 >= hi || ChineseNumeral.digit(t[k + 1]) == nil)
                if !loneOne, let (u, _) = book.unitMatch(t, at: k + 1), traits[u].kind == .count { return true }
            }
            k += 1
        }
        return false
    }

    /// A number in a tab-separated row whose unit stands in the cell before it (万辆\t93.4), or the change column
    /// after such a value (93.4\t23.8) when the header above says %.
    /// (Changes `fig` only when it returns true.)
    func tabRowFigure(_ fig: inout Figure, end j: Int) -> Bool {
        let start = fig.numberStart
        guard start > 0, t[start - 1] == 0x09 else { return false }
        if isASCIILetter(j) || isDigit(j) { return false }
        guard let cell = cellBefore(tab: start - 1) else { return false }
        if let (factor, unit) = unitCell(cell) {
            fig.value *= factor * (unit.factor ?? 1)
            fig.unit = unit.unit
            fig.kind = unit.kind == .money ? .money : unit.kind == .measure ? .measure : unit.kind == .percent ? .percent : .count
            if let name = cellBefore(tab: cell.lowerBound - 1) { fig.subject = rowName(name) }
            return true
        }
        // Change column: the previous cell is a value read with a unit cell, and a % header precedes.
        guard isDigit(cell.lowerBound) || t[cell.lowerBound] == 0x2D,
              let unitRange = cellBefore(tab: cell.lowerBound - 1), unitCell(unitRange) != nil else { return false }
        var p = start - 1
        var sawPercentHeader = false
        while p > 0, start - p < 600 {
            if t[p] == 0x25, t[p - 1] == 0x28 || t[p - 1] == 0x20 || t[p - 1] == 0x09 { sawPercentHeader = true; break }
            p -= 1
        }
        guard sawPercentHeader else { return false }
        fig.unit = "%"
        fig.kind = .percent
        if let name = cellBefore(tab: unitRange.lowerBound - 1) { fig.subject = rowName(name) + "增长" }
        return true
    }

    /// A row label without the header debris glued before it ("( % 汽车" → 汽车) or a # mark.
    func rowName(_ r: Range<Int>) -> String {
        var lo = r.lowerBound
        while lo < r.upperBound, t[lo] < 0x80 || t[lo] == 0xFF03 { lo += 1 }
        return text.string(lo..<r.upperBound)
    }

    /// The cell ending at the tab at `tab`: back to the previous tab, space, line start or digit.
    func cellBefore(tab: Int) -> Range<Int>? {
        guard tab > 0, tab < t.count, t[tab] == 0x09 else { return nil }
        var c = tab
        while c > 0, t[c - 1] != 0x09, t[c - 1] != 0x20, t[c - 1] != 0x0A, tab - c < 24 {
            if isDigit(c - 1) && !(isDigit(tab - 1) || t[tab - 1] == 0x2E) { break }
            c -= 1
        }
        return c < tab ? c..<tab : nil
    }

    /// A cell that is only [scale…] unit: 万辆, 亿块, 万吨.
    func unitCell(_ cell: Range<Int>) -> (Decimal, Lexicon.Unit)? {
        var k = cell.lowerBound
        var factor = Decimal(1)
        while k < cell.upperBound, let f = book.scales[t[k]], !book.scaleBeginsUnit(t, at: k) { factor *= f; k += 1 }
        guard let (u, len) = book.unit(t, at: k), k + len == cell.upperBound, u.kind != .time else { return nil }
        return (factor, u)
    }

    /// Markup or script text just before a number (style="height: 100%", if(x==13)): no CJK and a code character.
    func looksLikeCode(before i: Int) -> Bool {
        var k = i - 1
        var sawCode = false
        while k >= 0, i - k <= 16 {
            let s = t[k]
            if WhitespaceJoining.isCJK(s) || s == 0x0A { return false }
            if FigureScanner.codeMarks.contains(s) {
                // …增加近1倍；88个城市: a ； (folded to ;) between prose and the number ends a clause, not a statement.
                if s == 0x3B, k == i - 1, k > 0, WhitespaceJoining.isCJK(t[k - 1]) { return false }
                sawCode = true; break
            }
            k -= 1
        }
        return sawCode
    }

    static let codeMarks = ScalarSet("{};=<>\"'|".unicodeScalars.map(\.value))

    /// A sentence that says 一批/一些 uses 一个/一项 generically (落地一个项目，引进一批人才).
    func sentenceHasVagueMarker(around i: Int) -> Bool {
        let lo = text.sentenceStart(before: i), hi = text.sentenceEnd(after: i)
        var k = lo
        while k < hi {
            if t[k] == 0x4E00, book.vague.longestMatch(t, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    /// A number with no unit: a figure only as 三大X, 三成, an index value or an ordinal label.
    /// A round number (十, 百, 千, 万, 十万 …) whose noun phrase runs on, without a break, into a rate (率):
    /// 十万人生产安全事故死亡率, 十万人…死亡人数 and 万人发病率 name the base of the rate, not a count.
    func isDenominator(_ reading: ChineseNumeral.Reading, unitEnd end: Int) -> Bool {
        guard isCJK(end) else { return false }
        // The rate word first, the round value last: most units run into no rate.
        var k = end
        var rate = false
        while k < t.count, k - end < 16, isCJK(k) {
            if t[k] == 0x7387 { rate = true; break }   // 率
            if t[k] == 0x4EBA, k + 1 < t.count, t[k + 1] == 0x6570 { rate = true; break }   // 人数 (十万人…死亡人数)
            k += 1
        }
        return rate && reading.isOneOf([10, 100, 1000, 10000, 100000, 1000000, 100000000])
    }

    /// One walk of the list after a number that ends at `j`: a joiner, a plain Arabic number and its scale (万, 亿)
    /// when one follows, and so on up to the first number written with a unit, at most eight numbers on. The scale
    /// scalar of each number walked (0: none) and that unit; nil when the list breaks off first or ends in a unit of
    /// time or a code (5G). The three readers below ask of the walk what each needs.
    func listTail(after j: Int, joiners: (UInt32) -> Bool) -> (scales: [UInt32], unit: Lexicon.Unit, length: Int)? {
        var k = j
        var scales: [UInt32] = []
        for _ in 0..<8 {
            guard k + 1 < t.count, joiners(t[k]), var e = listedNumberEnd(from: k + 1) else { return nil }
            // (A unit that opens with a scale letter, 千米 or 万标箱, is the unit: asked first.)
            var scale: UInt32 = 0
            if e < t.count, book.scales[t[e]] != nil, book.unit(t, at: e) == nil { scale = t[e]; e += 1 }
            scales.append(scale)
            if let (u, len) = book.unit(t, at: e) {
                guard u.kind != .time, !isASCIILetter(e + len) else { return nil }
                return (scales, u, len)
            }
            k = e
        }
        return nil
    }

    /// The unit of a 、-list of plain Arabic numbers that ends in one written with a unit and no scale of its
    /// own (2.6、1.1个百分点 → 个百分点). Dates (2005、2006年) and scaled ends (3、5亿元) lend nothing.
    /// Rates and points may be joined by 和 too (分别快5.8和3.8个百分点): no date or count reads so.
    func sharedListUnit(after j: Int) -> (Lexicon.Unit, Int)? {
        if let tail = listTail(after: j, joiners: { $0 == 0x3001 }), tail.scales.allSatisfy({ $0 == 0 }) {
            return (tail.unit, tail.length)
        }
        guard j < t.count, t[j] == 0x548C, let tail = listTail(after: j, joiners: { $0 == 0x3001 || $0 == 0x548C }),
              tail.scales.allSatisfy({ $0 == 0 }), tail.unit.kind == .percent else { return nil }
        return (tail.unit, tail.length)
    }

    /// The unit of a list of numbers that each carry the same scale, written once after the last one
    /// (62.5万、38.7万人次; 1.2亿和0.8亿元): the list number at `j` (ending in that scale, `scale`) takes it. The
    /// numbers are joined by 、 和 及 与; a list whose last number has another scale, or a unit of time, lends nothing.
    /// A comma between two such numbers, once the list has a 、 (before the number at `j`: `afterDun`, or earlier in
    /// the walk), is a 、 typed as a comma (分别进口29.8亿、16.2亿,12.9亿元): a comma opening the list joins nothing
    /// (投资3亿,新增产值5亿元 is two clauses).
    func sharedScaledListUnit(after j: Int, scale: UInt32, afterDun: Bool = false) -> (Lexicon.Unit, Int)? {
        var listed = afterDun
        guard let tail = listTail(after: j, joiners: { x in
                  if x == 0x3001 { listed = true; return true }
                  if x == 0x2C || x == 0xFF0C { return listed }
                  return x == 0x548C || x == 0x53CA || x == 0x4E0E }),
              tail.scales.allSatisfy({ $0 == scale }) else { return nil }
        return (tail.unit, tail.length)
    }

    /// Where a plain Arabic number of a list that starts at `start` ends (digits and one decimal part), or nil when no digit
    /// stands there. A listed number may be below zero: 拉动分别为0.15、-5.64、1.34个百分点.
    func listedNumberEnd(from start: Int) -> Int? {
        var e = start
        if e + 1 < t.count, t[e] == 0x2D || t[e] == 0x2212, isDigit(e + 1) { e += 1 }
        guard e < t.count, isDigit(e) else { return nil }
        while e < t.count, isDigit(e) || (t[e] == 0x2E && e + 1 < t.count && isDigit(e + 1)) { e += 1 }
        return e
    }

    /// The unit 个百分点 (or any percent unit opening with 个) of a list whose earlier items write only its 个
    /// (0.2个、2.2个和2.9个百分点): `k` is right after such a 个. Each later item is a plain number and 个, joined by 、
    /// 和 or 及, until one ends in the whole unit; anything else lends nothing (3个、5个项目 are counts).
    func shortenedPointsUnit(after k0: Int) -> Int? {
        var k = k0
        for _ in 0..<8 {
            guard k + 1 < t.count, t[k] == 0x3001 || t[k] == 0x548C || t[k] == 0x53CA,
                  let e = listedNumberEnd(from: k + 1), let (u, len) = book.unitMatch(t, at: e) else { return nil }
            if traits[u].kind == .percent, len > 1, t[e] == 0x4E2A || t[e] == 0x500B { return u }
            guard len == 1, traits[u].isGe else { return nil }
            k = e + 1
        }
        return nil
    }

    /// The scale and unit written once after the last of a list of plain numbers that a clause shares out with 分别
    /// or 依次 (两县人口分别为12.5、8.7万人 → 12.5万人): the number at `numberStart` ends at `j` before 、. Only after
    /// 分别/依次 (within six letters before the number): 3、5亿元 alone may be 3 and 5亿元.
    func sharedScaleOfDistributedList(numberStart: Int, after j: Int) -> (Decimal, Lexicon.Unit)? {
        // Back over the list's earlier plain numbers (分别为8.05、3.14、0.15和11.39万吨: 3.14 and 0.15 are in it too).
        var first = numberStart
        while first >= 2, t[first - 1] == 0x3001, isDigit(first - 2) {
            var s = first - 2
            while s > 0, isDigit(s - 1) || (t[s - 1] == 0x2E && s >= 2 && isDigit(s - 2)) { s -= 1 }
            first = s
        }
        var b = first - 1
        var listed = false
        while b > 0, first - b <= 6, !text.isClauseEnd(t[b]) {
            if (t[b - 1] == 0x5206 && t[b] == 0x522B) || (t[b - 1] == 0x4F9D && t[b] == 0x6B21) { listed = true; break }
            b -= 1
        }
        guard listed, let tail = listTail(after: j, joiners: { $0 == 0x3001 || $0 == 0x548C }),
              let last = tail.scales.last, last != 0, tail.scales.dropLast().allSatisfy({ $0 == 0 }),
              let factor = book.scales[last] else { return nil }
        return (factor, tail.unit)
    }

    /// The unit of the second end of a from–to change whose first end (at `numberStart`, ending at `end`) has none:
    /// 从1930年的7000多至今仅存2000多只 → 只, 由3000增加到4500人 → 人. The clause must open the change with 从/由
    /// before the number and reach 至/到 within a few characters after it; a second end with its own scale (到1.2万人)
    /// or a unit of time (从2019到2021年: years) lends nothing.
    func fromToUnit(numberStart: Int, end j: Int) -> (Lexicon.Unit, Int)? {
        var b = numberStart - 1
        let cs = text.clauseStart(before: numberStart)
        var opened = false
        while b >= cs, numberStart - b <= 12 {
            if t[b] == 0x4ECE || t[b] == 0x7531 { opened = true; break }   // 从 由
            b -= 1
        }
        guard opened else { return nil }
        var k = j
        while k < t.count, k - j < 10, t[k] != 0x81F3, t[k] != 0x5230 {    // 至 到
            if text.isClauseEnd(t[k]) || isDigit(k) { return nil }
            k += 1
        }
        guard k < t.count, t[k] == 0x81F3 || t[k] == 0x5230 else { return nil }
        var d = k + 1
        while d < t.count, d - k < 8, !isDigit(d) {
            if text.isClauseEnd(t[d]) { return nil }
            d += 1
        }
        guard d < t.count, isDigit(d) else { return nil }
        var e = d
        while e < t.count, isDigit(e) || (t[e] == 0x2E && e + 1 < t.count && isDigit(e + 1)) { e += 1 }
        if e < t.count, t[e] == 0x591A || t[e] == 0x4F59 { e += 1 }             // 2000多只
        guard e < t.count, book.scales[t[e]] == nil, let (u, len) = book.unit(t, at: e), u.kind != .time,
              !isASCIILetter(e + len) else { return nil }
        return (u, len)
    }

    /// The unit a label ends on right before `numberStart` (服务人次 → 人次): a count's measure word of two letters or
    /// more, unscaled (one letter, 人 or 元, too often ends a noun: 个人, 单元).
    func labelUnit(before numberStart: Int) -> String? {
        for length in [3, 2] where numberStart >= length {
            if let (u, len) = book.unit(t, at: numberStart - length), len == length, u.kind == .count, u.factor == nil,
               !u.isGrade {
                return u.unit
            }
        }
        return nil
    }

    /// (Appends `fig` to `out` when the number is a figure after all; returns where the search resumes.)
    func unitless(_ fig: inout Figure, reading: ChineseNumeral.Reading, end j: Int, isArabic: Bool,
                           into out: inout [Figure]) -> Int? {
        if isASCIILetter(j) { return j + 1 }
        // 三成 → a ratio of 3 成, the number as written (as 5.2% stays 5.2 %: the gold's convention, 近六成 → 6 成).
        if j < t.count, t[j] == 0x6210,
           reading.integer.map({ $0 <= 10 && $0 > 0 }) ?? (reading.value <= 10 && reading.value > 0), !reading.hasScale,
           !book.names.covers(t, j) {
            fig.unit = "成"
            fig.kind = .ratio
            fig.span = fig.span.lowerBound..<(j + 1)
            fig.unitEnd = j + 1
            out.append(fig)
            return j + 1
        }
        // 三大板块 → 3, no unit; 七大类 → 7 类. In digits too (13大类别, 前3大贸易伙伴), but not 第2大 (a rank) nor
        // 3大于2 (a comparison).
        if !isArabic || (reading.integer != nil && reading.plainDigits > 0 && reading.plainDigits <= 2 && !reading.hasScale
                         && (fig.numberStart == 0 || t[fig.numberStart - 1] != 0x7B2C)
                         && j + 1 < t.count && t[j + 1] != 0x4E8E),
           j + 1 < t.count, t[j] == 0x5927,
           reading.integer.map({ $0 >= 2 && $0 <= 20 }) ?? (reading.value >= 2 && reading.value <= 20),
           isCJK(j + 1), !book.names.covers(t, j) {
            var e = j + 1
            // (类别 is a noun of its own: 13大类别 counts 13, no unit.)
            if let (u, len) = book.unit(t, at: e), u.kind == .count, len == 1, u.surface == "类" || u.surface == "项",
               !(e + 1 < t.count && t[e + 1] == 0x522B) {
                fig.unit = u.unit; e += len
            }
            fig.span = fig.span.lowerBound..<e
            fig.unitEnd = e
            fig.kind = .count
            out.append(fig)
            return e
        }
        // 五涨一平一降: counts of categories that rose, held and fell.
        if !isArabic, j < t.count, FigureScanner.moves.contains(t[j]),
           (j + 1 < t.count && ChineseNumeral.digit(t[j + 1]) != nil)
            || (fig.numberStart > 0 && FigureScanner.moves.contains(t[fig.numberStart - 1])) {
            fig.kind = .count
            out.append(fig)
            return j
        }
        // 62.5万、38.7万人次: numbers with the same scale share the unit written once after the last.
        if isArabic, reading.hasScale, j > 0, ChineseNumeral.isBigUnit(t[j - 1]),
           let (unit, _) = sharedScaledListUnit(after: j, scale: t[j - 1],
                                                afterDun: fig.numberStart > 0 && t[fig.numberStart - 1] == 0x3001) {
            take(unit, into: &fig, end: j)
            out.append(fig)
            return j
        }
        // 1.5亿学生, 13亿人民: a scaled number before a noun counts it (no classifier written). 千 too (3000千贫困人口
        // is a slip for 3000万 that scale-slip names; units that open with 千 — 千米, 千瓦 — were read before this).
        // (120余万婴幼儿: the scale read after the vague tail counts as the number's.) At the end of a clause or a
        // headline the same number stands for itself: 红十字总会超标采购420多万 — the unit left unwritten.
        let scaledAfterTail = isArabic && j >= 2 && (t[j - 2] == 0x4F59 || t[j - 2] == 0x591A)
            && ChineseNumeral.isBigUnit(t[j - 1])
        if isArabic, reading.hasScale || scaledAfterTail, j > 0, ChineseNumeral.isBigUnit(t[j - 1]) || t[j - 1] == 0x5343,
           (isCJK(j) && book.scales[t[j]] == nil) || (t[j - 1] != 0x5343 && (j >= t.count || text.isClauseEnd(t[j]))) {
            fig.kind = .count
            if scaledAfterTail {
                fig.span = fig.span.lowerBound..<j
                fig.unitEnd = j
            }
            // 流通总人次7.45亿，服务人次63951万。: a clause ending on the scaled number wrote its unit in the label
            // just before it.
            if !isCJK(j), let unit = labelUnit(before: fig.numberStart) { fig.unit = unit }
            out.append(fig)
            return j
        }
        // 五十万农民, 十三亿人民, 裁减军队员额五十万。: the same in Chinese numerals, when a digit leads the number
        // (千万不要, 十万火急, 万一 are words, not counts) and a noun or the clause's end follows.
        if !isArabic, reading.hasScale, j > 0, ChineseNumeral.isBigUnit(t[j - 1]), leadsWithDigit(fig.numberStart),
           j >= t.count || (isCJK(j) && book.scales[t[j]] == nil) || text.isClauseEnd(t[j]),
           !book.names.covers(t, fig.numberStart) {
            fig.kind = .count
            out.append(fig)
            return j
        }
        // 0.6、2.0、3.4个百分点: numbers listed with 、 share the unit written once after the last; 从1930年的7000多
        // 至今仅存2000多只: the first end of a from–to change takes the unit written once at the second.
        if isArabic, !reading.hasScale,
           let (unit, _) = sharedListUnit(after: j) ?? fromToUnit(numberStart: fig.numberStart, end: j) {
            take(unit, into: &fig, end: j)
            out.append(fig)
            return j
        }
        // 分别为12.5、8.7万人: a list shared out by 分别 lends its scale too.
        if isArabic, !reading.hasScale, j < t.count,
           t[j] == 0x3001 || (t[j] == 0x548C && fig.numberStart > 0 && t[fig.numberStart - 1] == 0x3001),
           let (scale, unit) = sharedScaleOfDistributedList(numberStart: fig.numberStart, after: j) {
            fig.value *= scale
            take(unit, into: &fig, end: j)
            out.append(fig)
            return j
        }
        // 两个组130户500多村民受益, 200余企业: digits with the vague tail 多/余 right before a noun count it with no
        // classifier written (the tail says a quantity; 多元, 多种 are words the look-alike list kept from the tail). After the
        // list and from–to rules: 从1930年的7000多至今仅存2000多只 takes the unit of its second end. A scale may stand
        // before the tail (2萬多留學人員, 3万余企业): the scaled-noun rule above only sees a scale that ends the number.
        if isArabic, !reading.hasScale || (j >= 2 && ChineseNumeral.isBigUnit(t[j - 2])), fig.valueMax == nil, j > fig.numberStart, t[j - 1] == 0x591A || t[j - 1] == 0x4F59,
           fig.qualifiers.contains(.moreThan), isCJK(j), book.scales[t[j]] == nil, !book.names.covers(t, j) {
            fig.kind = .count
            fig.span = fig.span.lowerBound..<j      // the tail shown: 500多
            fig.unitEnd = j
            out.append(fig)
            return j
        }
        // Flattened table rows: 汽车\t万辆\t93.4\t23.8 (name, unit, value, change in %).
        if isArabic, tabRowFigure(&fig, end: j) { out.append(fig); return j }
        // Index values: 价格指数101.2, CPI为102.1; ratios: 收入比值1.76.
        if isArabic, let kind = indexContext(before: fig.numberStart) {
            fig.kind = kind
            out.append(fig)
            return j
        }
        return j
    }

    /// The unit lent to a number from elsewhere in its list or change, its factor applied; the span ends at `end`
    /// (with a 多 read after the number: 7000多).
    func take(_ unit: Lexicon.Unit, into fig: inout Figure, end j: Int) {
        fig.unit = unit.unit
        fig.span = fig.span.lowerBound..<j
        fig.unitEnd = j
        if let f = unit.factor { fig.value *= f }
        switch unit.kind {
        case .money: fig.kind = .money
        case .measure: fig.kind = .measure
        case .percent: fig.kind = .percent
        case .ratio: fig.kind = .ratio
        default: fig.kind = .count
        }
    }

    /// A Chinese numeral that starts with a digit (五十万, 两亿), or with 十 before a digit (十三亿).
    func leadsWithDigit(_ i: Int) -> Bool {
        guard i < t.count else { return false }
        if t[i] == 0x5341 { return i + 1 < t.count && ChineseNumeral.digit(t[i + 1]).map { $0 > 0 } == true }
        return ChineseNumeral.digit(t[i]).map { $0 > 0 } == true
    }

    /// The words before an index value or a ratio, as scalars (made once: this is asked after every unitless number).
    static let indexWords: [([UInt32], MetricKind)] = [("指数", MetricKind.index), ("CPI", .index), ("PPI", .index),
                                                       ("PMI", .index), ("比值", .ratio), ("之比", .ratio),
                                                       ("系数", .ratio)].map { ($0.0.unicodeScalars.map(\.value), $0.1) }

    /// 为 是 达 : space 到 between such a word and its value.
    static func linksIndex(_ s: UInt32) -> Bool {
        s == 0x4E3A || s == 0x662F || s == 0x8FBE || s == 0x3A || s == 0x20 || s == 0x5230
    }

    /// 缩小 扩大 下降 降低 提高 上升 收窄 (two scalars) or 降 升 (one) ending at `end`: the length, or nil.
    func ratioChangeVerbLength(before end: Int) -> Int? {
        if end >= 2 {
            let a = t[end - 2], b = t[end - 1]
            switch (a, b) {
            case (0x7F29, 0x5C0F), (0x6269, 0x5927), (0x4E0B, 0x964D), (0x964D, 0x4F4E), (0x63D0, 0x9AD8), (0x4E0A, 0x5347),
                 (0x6536, 0x7A84): return 2
            default: break
            }
        }
        if end >= 1, t[end - 1] == 0x964D || t[end - 1] == 0x5347 { return 1 }
        return nil
    }

    /// `.ratio` when a noun's ratio changes from the bare number at `i` or to it (FigureScanner.ratioOwner).
    func ratioFromBefore(_ i: Int) -> MetricKind? { FigureScanner.ratioOwner(text, before: i) == nil ? nil : .ratio }

    /// Where the 比 of a noun's ratio stands (性别比 in 性别比由2010年的97.45下降为91.45) when 由 or 从 follows it — right
    /// after it or after a bracketed note (性别比（以女性为100）由…) — within 32 scalars before the bare number at `i`,
    /// in its clause; not 同比, 环比, 占比. Nil otherwise. (SubjectFinder names such a ratio by the words up to the 比.)
    static func ratioOwner(_ text: DocText, before i: Int) -> Int? {
        let t = text.t
        var p = i - 1
        while p >= 2, i - p <= 32 {
            let x = t[p]
            if x < 0x3012, text.isClauseEnd(x) { return nil }
            if x == 0x7531 || x == 0x4ECE {
                var q = p - 1
                if t[q] == 0x29 || t[q] == 0xFF09 {
                    while q > 0, p - q < 40, t[q] != 0x28, t[q] != 0xFF08 { q -= 1 }
                    guard t[q] == 0x28 || t[q] == 0xFF08 else { return nil }
                    q -= 1
                }
                guard q >= 1, t[q] == 0x6BD4, WhitespaceJoining.isCJK(t[q - 1]), t[q - 1] != 0x540C, t[q - 1] != 0x73AF,
                      t[q - 1] != 0x5360 else { return nil }
                return q
            }
            p -= 1
        }
        return nil
    }

    func indexContext(before i: Int) -> MetricKind? {
        var k = i
        while k > 0, FigureScanner.linksIndex(t[k - 1]), i - k < 3 { k -= 1 }
        for (w, kind) in FigureScanner.indexWords {
            let n = w.count
            if k >= n, scalarsMatch(w, at: k - n) { return kind }
        }
        // 城乡居民收入比为2.03, 出生人口性别比为105.3: a noun's 比 with a copula before a bare number is a ratio
        // (同比为/环比为 compare, they name no ratio).
        if k < i, k >= 2, t[k - 1] == 0x6BD4, isCJK(k - 2), t[k - 2] != 0x540C, t[k - 2] != 0x73AF { return .ratio }
        // 城乡居民收入比缩小至2.08, 性别比下降到104.8: the same 比 with the change that led to the value.
        if i >= 4, t[i - 1] == 0x81F3 || t[i - 1] == 0x5230 || t[i - 1] == 0x4E3A, let verb = ratioChangeVerbLength(before: i - 1),
           i - 1 - verb >= 2 {
            let b = i - 1 - verb
            if t[b - 1] == 0x6BD4, isCJK(b - 2), t[b - 2] != 0x540C, t[b - 2] != 0x73AF { return .ratio }
        }
        // 性别比由2010年的97.45下降为91.45, 城乡收入比从2.41缩小至2.30: both ends of a noun's ratio changed from one
        // value to another (a bracketed note may stand between the 比 and the 由: 性别比（以女性为100）由…).
        if let r = ratioFromBefore(i) { return r }
        // 比值1.76，比上年缩小0.02: the change of a ratio stated just before.
        if k >= 2, scalars(at: k - 2, 0x7F29, 0x5C0F) || scalars(at: k - 2, 0x6269, 0x5927) {   // 缩小 扩大
            let s = text.sentenceStart(before: i)
            var p = s
            while p + 1 < k {
                // 比值, or a noun's 比 before a copula (城乡居民收入比为2.03，比上年缩小0.05).
                if scalars(at: p, 0x6BD4, 0x503C) || (t[p + 1] == 0x6BD4 && p + 2 < k && (t[p + 2] == 0x4E3A || t[p + 2] == 0x662F)
                                                      && isCJK(p) && t[p] != 0x540C && t[p] != 0x73AF) { return .ratio }
                p += 1
            }
        }
        return nil
    }
}
