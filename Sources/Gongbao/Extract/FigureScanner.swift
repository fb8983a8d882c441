import Foundation

/// Finds figures in normalized text: the hand-written scanner of the hot path (no regex).
///
/// It jumps from trigger to trigger (an ASCII digit or a Chinese numeral), reads the numeral, a range, 余/多, a
/// scale and a unit, and decides from the unit what kind of figure it is: 44.14亿元 → 4414000000 元 money;
/// 2023年 → a date, never a count of 年; 一是 → nothing (一 before a non-classifier).
struct FigureScanner {
    let book: PatternBook
    let text: DocText
    /// Scalar ranges where nothing is read: short quoted names (“十四五”), book titles, table cells.
    var blocked: [Range<Int>] = []
    var notes: [(Int, String)] = []
    var t: [UInt32] { text.t }

    init(book: PatternBook, text: DocText) {
        self.book = book
        self.text = text
        blocked = ExtractorSupport.merged((FigureScanner.quotedNames(text.t) + FigureScanner.codeBlocks(text.t))
            .sorted { $0.lowerBound < $1.lowerBound })
    }

    /// {…} spans with almost no CJK text: style sheets and scripts that reached the content (width:100%).
    static func codeBlocks(_ t: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < t.count {
            guard t[i] == 0x7B else { i += 1; continue }
            var depth = 0, j = i, cjk = 0
            while j < t.count, j - i < 20000 {
                if t[j] == 0x7B { depth += 1 } else if t[j] == 0x7D { depth -= 1; if depth == 0 { break } }
                if WhitespaceJoining.isCJK(t[j]) { cjk += 1 }
                j += 1
            }
            if j < t.count, depth == 0, cjk * 20 < (j - i) {
                // Take the selector before the brace too (up to the previous CJK or line start).
                var lo = i
                while lo > 0, !WhitespaceJoining.isCJK(t[lo - 1]), t[lo - 1] != 0x0A, i - lo < 200 { lo -= 1 }
                out.append(lo..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// “…” of at most 12 characters and 《…》: names, not statements (“人才新政30条”, 《2023年报告》).
    static func quotedNames(_ t: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < t.count {
            let open = t[i]
            let close: UInt32? = open == 0x201C ? 0x201D : open == 0x300A ? 0x300B : open == 0x300C ? 0x300D : nil
            if let close {
                let limit = open == 0x201C ? 12 : 60
                var j = i + 1
                while j < t.count, j - i <= limit + 1, t[j] != close, t[j] != 0x0A, t[j] != open { j += 1 }
                if j < t.count, t[j] == close { out.append(i..<(j + 1)); i = j + 1; continue }
            }
            i += 1
        }
        return out
    }

    /// 涨 平 降 升 跌 in 五涨一平一降.
    static let moves: Set<UInt32> = Set("涨平降升跌".unicodeScalars.map(\.value))

    /// Characters that put a number inside markup or a URL when right before it: " = % / # & _ @.
    static let codeNeighbours: Set<UInt32> = Set("\"=%/#&_@\\".unicodeScalars.map(\.value))

    static let chineseTriggers = ScalarSet("零〇○◯一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾廿兩貳參陸几首第负百千万半翻".unicodeScalars.map(\.value))

    func isBlocked(_ i: Int) -> Range<Int>? {
        // Binary search over sorted, disjoint ranges.
        var lo = 0, hi = blocked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocked[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < blocked.count && blocked[lo].contains(i) ? blocked[lo] : nil
    }

    /// Further parts of a 2.2:27.9:69.9 structure, emitted after its first part.
    var pendingRatios: [Figure] = []

    /// The parts of a:b(:c…) when it reads as a structure (a decimal in it, or three parts or more).
    func ratioParts(from start: Int) -> [Figure]? {
        var parts: [Figure] = []
        var k = start
        var hasDecimal = false
        while k < t.count, let r = ChineseNumeral.readArabic(t, at: k, stopScale: { _ in true }) {
            if r.plainDigits == 0 { hasDecimal = true }
            parts.append(Figure(span: k..<r.end, numberStart: k, value: r.value, unit: nil, kind: .ratio, unitEnd: r.end))
            guard r.end + 1 < t.count, t[r.end] == 0x3A, text.isDigit(r.end + 1) else { break }
            k = r.end + 1
        }
        guard parts.count >= 2, hasDecimal else { return nil }   // 09:36:26 is a time
        return parts
    }

    /// All figures in document order.
    mutating func scan() -> [Figure] {
        var out: [Figure] = []
        var i = 0
        let n = t.count
        while i < n {
            if !pendingRatios.isEmpty {
                out += pendingRatios
                i = pendingRatios.last!.span.upperBound
                pendingRatios = []
                continue
            }
            let s = t[i]
            let isDigit = s >= 0x30 && s <= 0x39
            if !isDigit && !(s >= 0x4E00 && FigureScanner.chineseTriggers.contains(s)) && s != 0x2D {
                i += 1
                continue
            }
            if let r = isBlocked(i) {
                // In a book title only years are read (《关于2025年预算执行情况的报告》 names 2025 as a date).
                if t[r.lowerBound] == 0x300A, i > r.lowerBound || true {
                    var k = i
                    while k < r.upperBound {
                        if text.isDigit(k), !text.isDigit(k - 1), let (fig, next) = figure(at: k) {
                            if let fig, fig.kind == .date { out.append(fig) }
                            k = max(next, k + 1)
                        } else { k += 1 }
                    }
                }
                i = r.upperBound
                continue
            }
            if isDigit, i > 0, t[i - 1] >= 0x30, t[i - 1] <= 0x39 { i += 1; continue }
            if let (fig, next) = figure(at: i) {
                if let fig { out.append(fig) }
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - One candidate

    /// The figure starting at `i` (nil figure: something read and rejected; nil: nothing here).
    mutating func figure(at start: Int) -> (Figure?, Int)? {
        var i = start
        let s = t[i]
        // Negative numbers: -0.10‰ or 负3.
        var negative = false
        if s == 0x2D || s == 0x8D1F {
            guard i + 1 < t.count, text.isDigit(i + 1) || ChineseNumeral.digit(t[i + 1]) != nil else { return nil }
            if text.isDigit(i - 1) || text.isASCIILetter(i - 1) { return nil }
            // 负 is a sign only after a copula or a rate (增长负3%, 为负0.5%), not inside 减负/负担.
            if s == 0x8D1F, text.isCJK(i - 1), !book.signContext.contains(t[i - 1]) { return nil }
            negative = true
            i += 1
        }
        let numberStart = i
        let c = t[i]
        // Special leading forms.
        if c == 0x7B2C { return ordinal(at: i) }                  // 第
        if c == 0x9996 { return first(at: i) }                    // 首
        if c == 0x7FFB { return doubling(at: i) }                 // 翻一番
        if c == 0x534A { return nil }                             // 半 alone
        if (c == 0x767E || c == 0x5343 || c == 0x4E07), text.matches("分之", at: i + 1) {
            return partsPer(at: i)                                 // 百分之五
        }
        if !text.isDigit(i), book.names.covers(t, i) {
            return (nil, i + 1)
        }
        let isArabic = text.isDigit(i)
        if isArabic, looksLikeCode(before: i) {
            var j = i
            while j < t.count, text.isDigit(j) || t[j] == 0x2E || t[j] == 0x25 { j += 1 }
            return (nil, j)
        }
        if isArabic {
            // Codes and names with digits: PM2.5, G20, 5G; markup and URLs: width="100%", %3D2414820.
            if text.isASCIILetter(i - 1) || (i >= 2 && t[i - 1] == 0x2E && text.isDigit(i - 2))
                || (i > 0 && FigureScanner.codeNeighbours.contains(t[i - 1])) {
                var j = i
                while j < t.count, text.isDigit(j) || t[j] == 0x2E { j += 1 }
                return (nil, j)
            }
        } else {
            if !negative, let g = book.glue.matchEnding(t, at: i), g.length > 0 { return (nil, i + 1) }
            if c == 0x4E00, text.matches("半", at: i + 1) {
                return (Figure(span: i..<(i + 2), numberStart: i, value: Decimal(string: "0.5")!, unit: nil,
                               kind: .ratio, unitEnd: i + 2), i + 2)
            }
        }
        let stop: (Int) -> Bool = { j in self.book.scaleBeginsUnit(self.t, at: j) }
        guard var reading = isArabic ? ChineseNumeral.readArabic(t, at: i, stopScale: stop)
                                     : ChineseNumeral.readChinese(t, at: i, stopScale: stop) else { return nil }
        if !isArabic, reading.value == 0 { return (nil, reading.end) }   // 零部件
        // 每十万人, 每万车: a denominator, not a figure.
        if i > 0, t[i - 1] == 0x6BCF { return (nil, reading.end) }
        // 2.2:27.9:69.9 — a structure of shares: each part is a ratio.
        if isArabic, reading.end + 1 < t.count, t[reading.end] == 0x3A, text.isDigit(reading.end + 1),
           let parts = ratioParts(from: i) {
            for p in parts.dropFirst() { pendingRatios.append(p) }
            return (parts.first, parts.first!.span.upperBound)
        }
        // Page numbers of PDF text: —3—.
        if isArabic, i > 0, [0x2014, 0x2D, 0x2015].contains(t[i - 1]), !text.isDigit(i - 2), reading.end < t.count,
           [0x2014, 0x2D, 0x2015].contains(t[reading.end]), reading.plainDigits > 0, reading.plainDigits <= 3 {
            return (nil, reading.end + 1)
        }
        if isArabic, reading.plainDigits > 18 || (reading.plainDigits == 0 && reading.end - i > 30) {
            notes.append((i, "not a figure: number too long (\(reading.end - i) characters)"))
            return (nil, reading.end)
        }
        if negative { reading.value = -reading.value }
        var j = reading.end
        var fig = Figure(span: (negative ? numberStart - 1 : numberStart)..<j, numberStart: negative ? numberStart - 1 : numberStart,
                         value: reading.value, unit: nil, kind: .count, unitEnd: j)
        if reading.isVague { fig.qualifiers.append(.moreThan) }

        // X分之Y.
        if text.matches("分之", at: j) {
            let k = j + 2
            let r2 = text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: { _ in true })
                                     : ChineseNumeral.readChinese(t, at: k, stopScale: { j in self.book.scaleBeginsUnit(self.t, at: j) })
            guard let r2, reading.value != 0 else { return (nil, k) }
            fig.span = fig.span.lowerBound..<r2.end
            fig.unitEnd = r2.end
            fig.value = r2.value / reading.value
            fig.kind = .ratio
            return (fig, r2.end)
        }

        // Ranges: 6-8亿元, 6.5%—7%, 三至五年, 1—9月.
        var firstUnit: (Lexicon.Unit, Int)? = nil
        if let u = book.unit(t, at: j), u.0.kind == .percent { firstUnit = u }
        let afterFirst = j + (firstUnit?.1 ?? 0)
        if afterFirst < t.count, [0x2D, 0x2014, 0x2013, 0x7E, 0x81F3, 0x5230, 0x2015].contains(t[afterFirst]) {
            var k = afterFirst + 1
            while k < t.count, t[k] == 0x2014 || t[k] == 0x2015 { k += 1 }
            let r2 = text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: stop)
                                     : (isArabic ? nil : ChineseNumeral.readChinese(t, at: k, stopScale: stop))
            if let r2, r2.value >= reading.value || r2.hasScale {
                var low = reading.value
                if r2.hasScale && !reading.hasScale && isArabic {
                    // 6-8亿元: the scale written once applies to both ends.
                    var scaleFactor = Decimal(1)
                    var m = r2.end - 1
                    while m > k, let f = book.scales[t[m]], !text.isDigit(m) { scaleFactor *= f; m -= 1 }
                    low *= scaleFactor
                }
                if let fu = firstUnit, let su = book.unit(t, at: r2.end), su.0.unit != fu.0.unit {
                    // 5%—8元: not one range.
                } else {
                    fig.value = negative ? -low : low
                    fig.valueMax = r2.value
                    j = r2.end
                    fig.span = fig.span.lowerBound..<j
                }
            }
        }

        // 余/多 between the number and the unit: 40余人, 200多名, 1000余万元.
        if j < t.count, t[j] == 0x4F59 || t[j] == 0x591A, !book.notQualifiers.covers(t, j) {
            fig.qualifiers.append(.moreThan)
            j += 1
            if isArabic, j < t.count, let f = book.scales[t[j]], !book.scaleBeginsUnit(t, at: j) {
                fig.value *= f
                if let m = fig.valueMax { fig.valueMax = m * f }
                j += 1
            }
        }

        // The unit.
        var unitMatch = book.unit(t, at: j)
        // 3个多月 → 个月 with 多.
        if unitMatch == nil || unitMatch?.0.surface == "个", text.matches("个多月", at: j) {
            unitMatch = (book.lexicon.units.first(where: { $0.surface == "个月" })!, 3)
            fig.qualifiers.append(.moreThan)
        }
        guard let (unit, ulen) = unitMatch else {
            return unitless(fig, reading: reading, end: j, isArabic: isArabic)
        }
        // 一条条, 一个个: reduplicated classifiers are manner, not counts.
        if ulen == 1, j + 1 < t.count, t[j + 1] == t[j], unit.kind == .count { return (nil, j + 2) }
        if text.isASCIILetter(j + ulen), unit.kind != .percent { return (nil, j + ulen) }
        var end = j + ulen
        // 5岁以下儿童, 60岁及以上人口: an age bracket inside a name, not a figure.
        if unit.surface == "岁" {
            for w in ["以下", "以上", "及以上", "及以下"] where text.matches(w, at: end) {
                let n = w.unicodeScalars.count
                if text.isCJK(end + n) { return (nil, end + n) }
            }
        }
        fig.unit = unit.unit
        if let f = unit.factor { fig.value *= f; if let m = fig.valueMax { fig.valueMax = m * f } }
        let isBareOne = !isArabic && reading.value == 1 && reading.end - numberStart == 1
        switch unit.kind {
        case .time:
            return timeFigure(fig, reading: reading, unit: unit, unitStart: j, end: end, isArabic: isArabic)
        case .money: fig.kind = .money
        case .measure: fig.kind = .measure
        case .percent: fig.kind = .percent
        case .ratio: fig.kind = .ratio
        case .count:
            fig.kind = .count
            if isBareOne && unit.vagueWithOne { return (nil, end) }
            for label in unit.labelBefore where text.matches(label, at: end) {
                fig.kind = .ordinal
            }
            // 十一届十一次全会, 前8位: sessions and ranks, not counts.
            if !unit.labelBefore.isEmpty, end < t.count, ChineseNumeral.digit(t[end]) != nil || t[end] == 0x5341 { fig.kind = .ordinal }
            if (unit.surface == "位" || unit.surface == "名"), numberStart > 0, t[numberStart - 1] == 0x524D { fig.kind = .ordinal }
            if isBareOne && !isGenuineOne(at: numberStart) { return (nil, end) }
            // 二期工程, 三北工程六期: a phase, not a count.
            if unit.surface == "期", !isArabic, text.isCJK(end) || book.objectVerbs.matchEnding(t, at: numberStart) == nil {
                fig.kind = .ordinal
            }
            if isBareOne && sentenceHasVagueMarker(around: numberStart) { return (nil, end) }
        }
        // Trailing 多/余 after the unit: 3年多, 10万元余.
        if end < t.count, t[end] == 0x591A || t[end] == 0x4F59, !book.notQualifiers.covers(t, end),
           !fig.qualifiers.contains(.moreThan), !text.isCJK(end + 1) || text.isClauseEnd(t[end + 1]) {
            fig.qualifiers.append(.moreThan)
            end += 1
        }
        fig.span = fig.span.lowerBound..<end
        fig.unitEnd = end
        return (fig, end)
    }

    /// 一个/一项 is a count when the sentence counts other things too (实施一项人才工程，…，落实八项服务举措) or is a
    /// short heading (一项人才工程。); elsewhere it is the article "a" (今后一个时期, 打造一个平台).
    func isGenuineOne(at i: Int) -> Bool {
        let lo = text.sentenceStart(before: i), hi = text.sentenceEnd(after: i)
        if hi - lo <= 12, lo == i || text.string(lo..<i).allSatisfy({ $0 == " " }) { return true }
        var k = lo
        while k < hi {
            if k != i, ChineseNumeral.digit(t[k]) != nil || text.isDigit(k) {
                if let (u, _) = book.unit(t, at: k + 1), u.kind == .count { return true }
            }
            k += 1
        }
        return false
    }

    /// A number in a tab-separated row whose unit stands in the cell before it (万辆\t93.4), or the change column
    /// after such a value (93.4\t23.8) when the header above says %.
    func tabRowFigure(_ fig: Figure, end j: Int) -> Figure? {
        let start = fig.numberStart
        guard start > 0, t[start - 1] == 0x09 else { return nil }
        if text.isASCIILetter(j) || text.isDigit(j) { return nil }
        guard let cell = cellBefore(tab: start - 1) else { return nil }
        var fig = fig
        if let (factor, unit) = unitCell(cell) {
            fig.value *= factor * (unit.factor ?? 1)
            fig.unit = unit.unit
            fig.kind = unit.kind == .money ? .money : unit.kind == .measure ? .measure : unit.kind == .percent ? .percent : .count
            if let name = cellBefore(tab: cell.lowerBound - 1) { fig.subject = rowName(name) }
            return fig
        }
        // Change column: the previous cell is a value read with a unit cell, and a % header precedes.
        guard text.isDigit(cell.lowerBound) || t[cell.lowerBound] == 0x2D,
              let unitRange = cellBefore(tab: cell.lowerBound - 1), unitCell(unitRange) != nil else { return nil }
        var p = start - 1
        var sawPercentHeader = false
        while p > 0, start - p < 600 {
            if t[p] == 0x25, t[p - 1] == 0x28 || t[p - 1] == 0x20 || t[p - 1] == 0x09 { sawPercentHeader = true; break }
            p -= 1
        }
        guard sawPercentHeader else { return nil }
        fig.unit = "%"
        fig.kind = .percent
        if let name = cellBefore(tab: unitRange.lowerBound - 1) { fig.subject = rowName(name) + "增长" }
        return fig
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
            if text.isDigit(c - 1) && !(text.isDigit(tab - 1) || t[tab - 1] == 0x2E) { break }
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
            if FigureScanner.codeMarks.contains(s) { sawCode = true; break }
            k -= 1
        }
        return sawCode
    }

    static let codeMarks: Set<UInt32> = Set("{};=<>\"'|".unicodeScalars.map(\.value))

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
    mutating func unitless(_ fig: Figure, reading: ChineseNumeral.Reading, end j: Int, isArabic: Bool) -> (Figure?, Int)? {
        var fig = fig
        if text.isASCIILetter(j) { return (nil, j + 1) }
        // 三成 → 30 %.
        if j < t.count, t[j] == 0x6210, reading.value <= 10, reading.value > 0, !reading.hasScale,
           !book.names.covers(t, j) {
            fig.value = reading.value * 10
            if let m = fig.valueMax { fig.valueMax = m * 10 }
            fig.unit = "%"
            fig.kind = .percent
            fig.span = fig.span.lowerBound..<(j + 1)
            fig.unitEnd = j + 1
            return (fig, j + 1)
        }
        // 三大板块 → 3, no unit; 七大类 → 7 类.
        if !isArabic, j + 1 < t.count, t[j] == 0x5927, reading.value >= 2, reading.value <= 20,
           text.isCJK(j + 1), !book.names.covers(t, j) {
            var e = j + 1
            if let (u, len) = book.unit(t, at: e), u.kind == .count, len == 1, u.surface == "类" || u.surface == "项" {
                fig.unit = u.unit; e += len
            }
            fig.span = fig.span.lowerBound..<e
            fig.unitEnd = e
            fig.kind = .count
            return (fig, e)
        }
        // 五涨一平一降: counts of categories that rose, held and fell.
        if !isArabic, j < t.count, FigureScanner.moves.contains(t[j]),
           (j + 1 < t.count && ChineseNumeral.digit(t[j + 1]) != nil)
            || (fig.numberStart > 0 && FigureScanner.moves.contains(t[fig.numberStart - 1])) {
            fig.kind = .count
            return (fig, j)
        }
        // 1.5亿学生, 13亿人民: a scaled number before a noun counts it (no classifier written).
        if isArabic, reading.hasScale, j > 0, t[j - 1] == 0x4E07 || t[j - 1] == 0x4EBF, text.isCJK(j),
           book.scales[t[j]] == nil {
            fig.kind = .count
            return (fig, j)
        }
        // Flattened table rows: 汽车\t万辆\t93.4\t23.8 (name, unit, value, change in %).
        if isArabic, let cell = tabRowFigure(fig, end: j) { return (cell, j) }
        // Index values: 价格指数101.2, CPI为102.1; ratios: 收入比值1.76.
        if isArabic, let kind = indexContext(before: fig.numberStart) {
            fig.kind = kind
            return (fig, j)
        }
        return (nil, j)
    }

    func indexContext(before i: Int) -> MetricKind? {
        var k = i
        while k > 0, [0x4E3A, 0x662F, 0x8FBE, 0x3A, 0x20, 0x5230].contains(t[k - 1]), i - k < 3 { k -= 1 }
        for (w, kind) in [("指数", MetricKind.index), ("CPI", .index), ("PPI", .index), ("PMI", .index),
                          ("比值", .ratio), ("之比", .ratio), ("系数", .ratio)] {
            let n = w.unicodeScalars.count
            if k >= n, text.matches(w, at: k - n) { return kind }
        }
        // 比值1.76，比上年缩小0.02: the change of a ratio stated just before.
        if k >= 2, text.matches("缩小", at: k - 2) || text.matches("扩大", at: k - 2) {
            let s = text.sentenceStart(before: i)
            var p = s
            while p + 1 < k { if text.matches("比值", at: p) { return .ratio }; p += 1 }
        }
        return nil
    }

    // MARK: - Time

    mutating func timeFigure(_ fig: Figure, reading: ChineseNumeral.Reading, unit: Lexicon.Unit, unitStart j: Int, end: Int,
                             isArabic: Bool) -> (Figure?, Int)? {
        var fig = fig
        let v = reading.value
        let isYear = unit.surface == "年" && reading.plainDigits == 4 && v >= 1900 && v <= 2100
        fig.unitEnd = end
        switch unit.surface {
        case "年" where isYear:
            fig.kind = .date
            var year = "\(NSDecimalNumber(decimal: v).intValue)"
            fig.year = NSDecimalNumber(decimal: v).intValue
            var k = end
            var dateValue = year
            if let m = fig.valueMax {
                dateValue = "\(year)/\(NSDecimalNumber(decimal: m).intValue)"
            } else if let (month, mEnd) = monthDay(at: k) {
                dateValue = "\(year)-\(month)"
                k = mEnd
            } else if let (q, qEnd) = quarter(at: k) {
                dateValue = "\(year)-\(q)"
                k = qEnd
            }
            year = dateValue
            fig.dateValue = dateValue
            fig.span = fig.span.lowerBound..<k
            return (fig, k)
        case "年", "个月", "天", "小时", "分钟", "周":
            if unit.surface == "周" && !isArabic && v == 1 { return (nil, end) }
            fig.kind = .duration
            // 优良天数295天: a number of days counted, not a span of time.
            if unit.surface == "天" {
                var p = text.clauseStart(before: fig.numberStart)
                while p + 1 < fig.numberStart {
                    if text.matches("天数", at: p) {
                        fig.kind = .count
                        fig.span = fig.span.lowerBound..<end
                        return (fig, end)
                    }
                    p += 1
                }
            }
            var k = end
            if unit.surface == "年", k < t.count, t[k] == 0x6765 { k += 1 }      // 3年来
            if unit.surface == "年", text.matches("多", at: k), !book.notQualifiers.covers(t, k) {
                fig.qualifiers.append(.moreThan); k += 1
            }
            fig.span = fig.span.lowerBound..<k
            fig.unitEnd = k
            return (fig, k)
        case "月", "月份":
            guard v >= 1, v <= 12, fig.valueMax == nil else { return (nil, end) }   // 1—9月 is a scope
            if fig.value != v { return (nil, end) }
            guard let (md, mEnd) = monthDay(at: fig.numberStart) else { return (nil, end) }
            fig.kind = .date
            fig.dateValue = "????-" + md
            if md.count == 5 { fig.unit = "日" }
            fig.span = fig.span.lowerBound..<mEnd
            return (fig, mEnd)
        case "季度":
            guard v >= 1, v <= 4 else { return (nil, end) }
            fig.kind = .date
            fig.dateValue = "????-Q\(NSDecimalNumber(decimal: v).intValue)"
            return (fig, end)
        default:
            return (nil, end)
        }
    }

    /// 3月24日 / 3月 at `k` → ("03-24", end) or ("03", end).
    func monthDay(at k: Int) -> (String, Int)? {
        guard let m = readSmall(at: k), m.value >= 1, m.value <= 12, m.end < t.count, t[m.end] == 0x6708 else { return nil }
        let month = String(format: "%02d", m.value)
        var e = m.end + 1
        if let d = readSmall(at: e), d.value >= 1, d.value <= 31, d.end < t.count, t[d.end] == 0x65E5 || t[d.end] == 0x53F7 {
            e = d.end + 1
            return ("\(month)-\(String(format: "%02d", d.value))", e)
        }
        if text.matches("份", at: e) { e += 1 }
        return (month, e)
    }

    /// 一季度, 第一季度, 1季度, 上半年, 下半年, 前三季度.
    func quarter(at k: Int) -> (String, Int)? {
        if text.matches("上半年", at: k) { return ("H1", k + 3) }
        if text.matches("下半年", at: k) { return ("H2", k + 3) }
        var s = k
        var prefix = ""
        if text.matches("第", at: s) { s += 1 }
        if text.matches("前", at: s) { s += 1; prefix = "Q1/" }
        guard let q = readSmall(at: s), q.value >= 1, q.value <= 4, text.matches("季度", at: q.end) else { return nil }
        return (prefix + "Q\(q.value)", q.end + 2)
    }

    /// A small integer (Arabic or Chinese) for months, days and quarters.
    func readSmall(at k: Int) -> (value: Int, end: Int)? {
        guard k < t.count else { return nil }
        let r = text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: { _ in true })
                                : ChineseNumeral.readChinese(t, at: k, stopScale: { j in self.book.scaleBeginsUnit(self.t, at: j) })
        guard let r, r.value >= 0, r.value < 100 else { return nil }
        return (NSDecimalNumber(decimal: r.value).intValue, r.end)
    }

    // MARK: - Ordinals and special forms

    /// 第三, 第十二届 → ordinal (never a count).
    func ordinal(at i: Int) -> (Figure?, Int)? {
        let k = i + 1
        guard k < t.count else { return nil }
        let r = text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: { _ in true })
                                : ChineseNumeral.readChinese(t, at: k, stopScale: { j in self.book.scaleBeginsUnit(self.t, at: j) })
        guard let r else { return nil }
        var end = r.end
        var unit: String? = nil
        if let (u, len) = book.unit(t, at: end), u.kind == .count || u.surface == "季度" {
            unit = u.unit; end += len
        }
        return (Figure(span: i..<end, numberStart: i, value: r.value, unit: unit, kind: .ordinal, unitEnd: end), end)
    }

    /// 首场, 首批 → ordinal 1.
    func first(at i: Int) -> (Figure?, Int)? {
        guard let (u, len) = book.unit(t, at: i + 1), u.kind == .count, !book.names.covers(t, i) else { return nil }
        return (Figure(span: i..<(i + 1 + len), numberStart: i, value: 1, unit: u.unit, kind: .ordinal,
                       unitEnd: i + 1 + len), i + 1 + len)
    }

    /// 翻一番 → 2 倍, 翻两番 → 4 倍.
    func doubling(at i: Int) -> (Figure?, Int)? {
        guard let r = ChineseNumeral.readChinese(t, at: i + 1, stopScale: { _ in false }), r.end < t.count, t[r.end] == 0x756A,
              r.value >= 1, r.value <= 10 else { return nil }
        var v = Decimal(1)
        for _ in 0..<NSDecimalNumber(decimal: r.value).intValue { v *= 2 }
        return (Figure(span: i..<(r.end + 1), numberStart: i, value: v, unit: "倍", kind: .ratio, unitEnd: r.end + 1), r.end + 1)
    }

    /// 百分之五 → 5 %, 千分之三 → 3 ‰, 万分之一 → ratio 0.0001.
    func partsPer(at i: Int) -> (Figure?, Int)? {
        let k = i + 3
        guard k < t.count else { return nil }
        let r = text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: { _ in true })
                                : ChineseNumeral.readChinese(t, at: k, stopScale: { j in self.book.scaleBeginsUnit(self.t, at: j) })
        guard let r else { return nil }
        var fig = Figure(span: i..<r.end, numberStart: i, value: r.value, unit: "%", kind: .percent, unitEnd: r.end)
        switch t[i] {
        case 0x5343: fig.unit = "‰"
        case 0x4E07: fig.unit = nil; fig.kind = .ratio; fig.value = r.value / 10000
        default: break
        }
        return (fig, r.end)
    }
}
