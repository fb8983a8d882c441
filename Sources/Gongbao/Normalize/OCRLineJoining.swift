/// Decides whether a run of whitespace is an artefact (OCR hard line break, PDF letter spacing) to remove.
///
/// Removed: whitespace between CJK characters ("活\n动", "关  于"), between a figure and its scale or unit
/// ("7.8 万\n人", "42\n\n人", "3800\n余人次"), and inside spaced-out digits ("7 4 7 7 2 亿元", "8 .8 %").
/// Kept: after a sentence end (。！？；), next to Latin letters ("PM 2.5"), and between two separate numbers
/// ("2023 15").
enum WhitespaceJoining {
    static func isCJK(_ s: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(s) || (0xF900...0xFAFF).contains(s) || (0x20000...0x2FFFF).contains(s)
    }

    /// CJK punctuation that sits inside a sentence (quotes, brackets, 、，·…—).
    static func isInnerPunctuation(_ s: UInt32) -> Bool {
        switch s {
        case 0x3001, 0x3008...0x3011, 0x3014...0x301F, 0x2014, 0x2015, 0x2018...0x201F, 0x2026, 0xB7, 0x2027,
             0x2E3A, 0xFF5E, 0x2236, 0x00D7:
            return true
        default: return false
        }
    }

    static func isDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    static func isLetter(_ s: UInt32) -> Bool { (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }

    /// Marks that close a clause or a bracket, which never open a line: a line break before one is the column's.
    static func opensNoLine(_ s: UInt32) -> Bool {
        switch s {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x21, 0x3F, 0x3001, 0x3002: return true
        default: return false
        }
    }

    /// Sentence-final punctuation after which a line break is a real paragraph break.
    static func isSentenceEnd(_ s: UInt32) -> Bool {
        switch s {
        case 0x3002, 0x21, 0x3F, 0x3B, 0x3A, 0xFF61: return true   // 。 ! ? ; : (full-width already folded)
        default: return false
        }
    }

    /// Last scalar of the output so far, and the one before it.
    static func lastScalars(_ out: [UInt8]) -> (UInt32?, UInt32?) {
        var i = out.count
        var found: [UInt32] = []
        while i > 0, found.count < 2 {
            var j = i - 1
            while j > 0, out[j] & 0xC0 == 0x80 { j -= 1 }
            let s = decodeScalar(out, j)
            found.append(s)
            i = j
        }
        return (found.first, found.count > 1 ? found[1] : nil)
    }

    static func decodeScalar(_ b: [UInt8], _ i: Int) -> UInt32 {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return b0 }
        if b0 < 0xE0, i + 1 < b.count { return ((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F) }
        if b0 < 0xF0, i + 2 < b.count {
            return ((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F)
        }
        if i + 3 < b.count {
            return ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F)
        }
        return 0xFFFD
    }

    static func joins(before out: [UInt8], after next: UInt32, afterNext: UInt32?, hasNewline: Bool, singleSpace: Bool,
                      inSpacedRun: Bool = false, closesNumber: @autoclosure () -> Bool = false,
                      opensDigitGroup: @autoclosure () -> Bool = false, spacedBreak: Bool = false,
                      opensListNumber: @autoclosure () -> Bool = false,
                      closesAcrossSpace: @autoclosure () -> Bool = false) -> Bool {
        var (p0, p1) = lastScalars(out)
        // Across a line break between digits: the scalar before the whole number (总值12⏎34.5亿元); after letters, the
        // scalar before the Latin word (占GD⏎P).
        if hasNewline, let d = p0, isDigit(d) || isLetter(d) {
            var k = out.count
            if isDigit(d) {
                while k > 0, out[k - 1] >= 0x30, out[k - 1] <= 0x39 { k -= 1 }
                // A minus sign after text belongs to the number (增长-2⏎2.4%): the scalar before the sign.
                if k > 1, out[k - 1] == 0x2D, isTextBeforeNumber(lastScalars(Array(out[..<(k - 1)])).0 ?? 0) { k -= 1 }
            } else {
                while k > 0, isLetter(UInt32(out[k - 1])) { k -= 1 }
            }
            p1 = k > 0 ? lastScalars(Array(out[..<k])).0 : nil
        }
        return joins(last: p0, beforeLast: p1, after: next, afterNext: afterNext, hasNewline: hasNewline,
                     singleSpace: singleSpace, inSpacedRun: inSpacedRun, closesNumber: closesNumber(),
                     wrapsDigitGroup: p0 == 0x2C && hasNewline && endsWithGroupComma(out) && opensDigitGroup(),
                     spacedBreak: spacedBreak, opensListNumber: opensListNumber(),
                     closesAcrossSpace: closesAcrossSpace())
    }

    /// True when `out` ends with a number's leading digits and a comma that may group its thousands: one to three
    /// digits, text before them (`isTextBeforeNumber`, a comma of an earlier group too), then the comma (收入26,).
    static func endsWithGroupComma(_ out: [UInt8]) -> Bool {
        var k = out.count - 1
        guard k > 0, out[k] == 0x2C else { return false }
        let end = k
        while k > 0, out[k - 1] >= 0x30, out[k - 1] <= 0x39 { k -= 1 }
        guard (1...3).contains(end - k), k > 0 else { return false }
        return isTextBeforeNumber(lastScalars(Array(out[..<k])).0 ?? 0)
    }

    /// A number wrapped at the end of a column line: 新认定高新技术企业1⏎26家, 地区生产总值12⏎34.5亿元, 强度达2.3⏎5%,
    /// 提高0.1⏎2个百分点, 共有33⏎62万人, 分别高17.2、2⏎3.1个百分点, (184⏎5件), 收入2⏎6,046万元, 人次[7⏎9]. Only one line
    /// break,
    /// and a line that holds text before the digits it ends with (`p1` is the scalar before them: an ideograph or a
    /// mark of the sentence, `isTextBeforeNumber`, or a minus sign after one; a line that is only a number is a page
    /// number or a table cell:
    /// 12⏎2024年 stays two numbers, and so does a number after a space, a cell's). After a decimal point the line may
    /// be a number of a column of cells (2.3⏎105.5), so there the wrapped part must be one digit closing the number
    /// with its unit or text (2.3⏎5%, 0.1⏎2个百分点).
    /// The source may part a number from its unit by a space (签约意向金额 44.1⏎4 亿元, 减少6627⏎1 人): then the digits
    /// of the next line must be closed by that space and a unit (`closesAcrossSpace`).
    static func wrapsNumber(beforeLast p1: UInt32?, afterNext: UInt32?, singleNewline: Bool,
                            closesAcrossSpace: @autoclosure () -> Bool = false) -> Bool {
        guard singleNewline, let p1, let a = afterNext else { return false }
        if a == 0x20 { return (isTextBeforeNumber(p1) || p1 == 0x2E) && closesAcrossSpace() }
        if isTextBeforeNumber(p1) {
            return isCJK(a) || isDigit(a) || a == 0x2E || a == 0x25 || a == 0x2030 || a == 0x2C || a == 0x29 || a == 0x5D
        }
        return p1 == 0x2E && (isCJK(a) || a == 0x25 || a == 0x2030)
    }

    /// What may stand right before a number in running text, so that a line ending with that number and the next
    /// line's digits are one number broken by the column: an ideograph, CJK punctuation (、，。（ — full-width forms are
    /// folded to ASCII by then) and ASCII punctuation but the decimal point (its own rule), the hyphen and the slash
    /// (a date, a code or a range before them: 发布时间：2026-05-12⏎2025年 stays apart). Not a letter (PM2⏎5), not
    /// whitespace nor a line end (a cell, a line that is only a number).
    @inline(__always)
    static func isTextBeforeNumber(_ s: UInt32) -> Bool {
        if s < 0x80 {
            return (s >= 0x21 && s <= 0x2C) || (s >= 0x3A && s <= 0x40) || (s >= 0x5B && s <= 0x60)
                || (s >= 0x7B && s <= 0x7E)
        }
        return isCJK(s) || isInnerPunctuation(s) || (0x3000...0x303F).contains(s) || s == 0x2030
    }

    /// The same, given the last two scalars written so far.
    @inline(__always)
    /// `closesNumber`: the digits from `next` on are closed by an ideograph or % (asked only for a single space
    /// between digits).
    /// `wrapsDigitGroup`: the output ends with a number's first group and a comma (收入26,) and the next line opens
    /// with a group of three digits (046万元): asked only for a line break after a comma before a digit.
    /// `spacedBreak`: the whitespace is one space and one line feed (a column line inside spaced-out digits).
    /// `opensListNumber`: the next line opens with a list number in brackets ((1), （二）), asked only before a bracket.
    /// `closesAcrossSpace`: the next line's digits are closed by one space and a unit (4 亿元), asked only at a line
    /// break between digits with a space after the first of the next line.
    static func joins(last p0: UInt32?, beforeLast p1: UInt32?, after next: UInt32, afterNext: UInt32?, hasNewline: Bool,
                      singleSpace: Bool, inSpacedRun: Bool, closesNumber: @autoclosure () -> Bool = false,
                      wrapsDigitGroup: @autoclosure () -> Bool = false, spacedBreak: Bool = false,
                      opensListNumber: @autoclosure () -> Bool = false,
                      closesAcrossSpace: @autoclosure () -> Bool = false) -> Bool {
        guard let prev = p0 else { return false }
        // A column line inside the spaced-out figures of PDF text (增加4 ⏎0 8 3 公里, 总里程1 1 3 4⏎ 4 公里, 为0 ⏎.8 %,
        // 增长4 .5 ⏎%): the line feed stands beside the run's own space. Digits join as single spaced digits after an
        // ideograph or inside a spaced run, the next digit alone too; a point or a percent sign as with one space.
        if spacedBreak {
            let prevDigit = isDigit(prev), nextDigit = isDigit(next)
            let inRun = inSpacedRun || (p1.map(isCJK) ?? false)
            if prevDigit && nextDigit { return inRun && (afterNext.map { !isDigit($0) } ?? true) }
            if prevDigit && (next == 0x25 || next == 0x2030) { return true }
            if prevDigit && next == 0x2E { return inRun && (afterNext.map(isDigit) ?? false) }
            if prev == 0x2E && nextDigit { return p1.map(isDigit) ?? false }
        }
        // A ratio's colon at a column line's end, its next part opening the next line (结构为11.1:⏎30.1:58.6): one
        // figure. A digit before the colon, as a sentence's colon has none (第一项:⏎12个 stays apart).
        if prev == 0x3A, hasNewline, singleSpace, isDigit(next), let p1, isDigit(p1) { return true }
        if isSentenceEnd(prev) || prev == 0x3002 { return false }
        let prevDigit = isDigit(prev), nextDigit = isDigit(next)
        if prevDigit && nextDigit {
            if hasNewline {
                return wrapsNumber(beforeLast: p1, afterNext: afterNext, singleNewline: singleSpace,
                                   closesAcrossSpace: closesAcrossSpace())
            }
            // Spaced-out digits from PDF text: single digits separated by single spaces.
            guard singleSpace else { return false }
            // A comma before the first digit is punctuation (，3 0 0 多个 — ， folds to ","); a point makes it a decimal.
            let prevAlone = inSpacedRun || (p1.map { !isDigit($0) && $0 != 0x2E } ?? true)
            let nextAlone = afterNext.map { !isDigit($0) } ?? true
            if prevAlone && nextAlone { return true }
            // An OCR space after the first digit of a number in running text: 上门招商1 56批次, 补贴2 1 86万元, 达到1 20人年.
            // The digit stands alone after an ideograph (or ends a spaced run) and the digits after the space are
            // closed by their unit or the text; a number after a cell, a line start or another number stays apart.
            return prevAlone && (inSpacedRun || (p1.map(isCJK) ?? false)) && closesNumber()
        }
        // A decimal point or percent sign pushed away from its digits: "8 .8 %".
        if prevDigit && (next == 0x2E || next == 0x25 || next == 0x2030) && !hasNewline { return true }
        if prev == 0x2E && nextDigit && !hasNewline { return p1.map(isDigit) ?? false }
        // A decimal point at a column line's end or start: 增长5.⏎6%, 带动就业1⏎.2万人, 分别增长9.5%、10⏎.7% (one line
        // break; before the point a digit, and for a point opening the line, text before the number and a digit after
        // the point). A percent or per-mille sign, or a ratio's colon before its next part, never opens a line of its
        // own: 增长26.5⏎%, 结构为6.0:46.9⏎:47.1 are one figure.
        if hasNewline, singleSpace {
            if prev == 0x2E && nextDigit { return p1.map(isDigit) ?? false }
            if prevDigit && next == 0x2E, let p1, isTextBeforeNumber(p1), let a = afterNext, isDigit(a) { return true }
            if prevDigit && (next == 0x25 || next == 0x2030) { return true }
            if prevDigit && next == 0x3A, let a = afterNext, isDigit(a) { return true }
            // Nor does a clause mark: 交通固定资产投资为3.6万亿元⏎，比上年增长4.1% is one sentence, its subject before
            // the break (，；：、。 ) ! ? — full-width forms folded by then).
            if opensNoLine(next) { return true }
            // A minus sign at a line's end before its number (增长-⏎3.5%, 为(-⏎2.1)), or a range's hyphen between two
            // numbers (比1-⏎10月, 2021-⏎2025年): a hyphen never ends a line of running text. Text or a digit before it;
            // after a letter it is a code's (A-⏎3), on a line of its own a list's dash.
            if prev == 0x2D || prev == 0x2212, nextDigit, let p1, isTextBeforeNumber(p1) || isDigit(p1) { return true }
            // Nor does an opening bracket (浙江(⏎19.7件), 本专科[⏎74]招生), and none opens a line inside a sentence
            // (江苏⏎(3005.9亿元), 生产总值⏎(当年价)用水量): text on both sides. A list number in brackets ((1), (二)) may
            // open a line of its own.
            if prev == 0x28 || prev == 0x5B, let p1, isCJK(p1) || isInnerPunctuation(p1) || isDigit(p1) || p1 == 0x2C,
               isCJK(next) || nextDigit { return true }
            if next == 0x28 || next == 0x5B, isCJK(prev) || isInnerPunctuation(prev) || prevDigit || prev == 0x25,
               let a = afterNext, isCJK(a) || isDigit(a), !opensListNumber() { return true }
            // Nor does a slash between units or numbers (156.7公里/⏎万平方公里, 24微克⏎/立方米, 18.3⏎/10万).
            if prev == 0x2F, let p1, isCJK(p1) || isDigit(p1), isCJK(next) || nextDigit { return true }
            if next == 0x2F, isCJK(prev) || prevDigit, let a = afterNext, isCJK(a) || isDigit(a) { return true }
            // A number's thousands comma at a line's end (收入26,⏎046万元): one to three digits after text before it,
            // and a group of three digits opening the next line.
            if prev == 0x2C, nextDigit, let p1, isDigit(p1), wrapsDigitGroup() { return true }
            // A Latin word of Chinese text broken by the column (占GD⏎P的比重, 影响CP⏎I同比, 生产总值(GD⏎P)): text before
            // the letters, and a letter or an ideograph after the first one of the next line; English text keeps its
            // breaks as spaces. A capital after a small letter opens a word of its own (Windows⏎Server, a space the
            // column took).
            let textBeforeWord = p1.map { isCJK($0) || isInnerPunctuation($0) || $0 == 0x28 } ?? false
            if isLetter(prev) && isLetter(next), textBeforeWord, let a = afterNext,
               isLetter(a) || isCJK(a) || isInnerPunctuation(a) || a == 0x29 {
                return !(prev >= 0x61 && next <= 0x5A)
            }
            // Nor does the column part such a word from the ideographs around it: 影响CPI⏎上涨, 单位GDP⏎能耗 (text before
            // the word), 影响⏎CPI下降, 规模22万⏎P、 (a capital, then a capital, an ideograph, a digit or a mark; an English
            // line after a Chinese one opens with a word: 国家统计局⏎National).
            if isLetter(prev), isCJK(next), textBeforeWord { return true }
            if isCJK(prev), next >= 0x41 && next <= 0x5A, let a = afterNext,
               (a >= 0x41 && a <= 0x5A) || isCJK(a) || isDigit(a) || isInnerPunctuation(a) { return true }
            // A closing bracket ends no line inside a sentence either: 网路长度(单程)⏎合计6012.9万公里, 基金[1]⏎等274.6亿元
            // (an ideograph after it; before a figure it may be a table's label and its cell).
            if prev == 0x29 || prev == 0x5D, isCJK(next), let p1, p1 > 0x20 { return true }
        }
        let prevCJK = isCJK(prev) || isInnerPunctuation(prev)
        let nextCJK = isCJK(next) || isInnerPunctuation(next)
        let prevOK = prevCJK || prevDigit || prev == 0x25 || prev == 0x2C || prev == 0x2030
        let nextOK = nextCJK || nextDigit || next == 0x25 || next == 0x2030
        return prevOK && nextOK && (prevCJK || nextCJK)
    }
}
