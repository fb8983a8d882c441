import Foundation

/// Dates, durations, ordinals and the special forms (翻一番, 百分之五) of the figure scanner.
extension FigureScanner {
    // MARK: - Time

    /// (Appends `fig` to `out` when it is a date or a duration; returns where the search resumes.)
    func timeFigure(_ fig: inout Figure, reading: ChineseNumeral.Reading,
                             time: PatternBook.TimeSurface, unitStart j: Int, end: Int,
                             isArabic: Bool, into out: inout [Figure]) -> Int? {
        let v = reading.value
        // A year's digits are read as an Int when they end at the unit (2023年): no Decimal comparison.
        let plainYear = time == .year && reading.plainDigits == 4 ? plainInteger(reading, before: j) : nil
        let isYear = time == .year && reading.plainDigits == 4
            && (plainYear.map { $0 >= 1900 && $0 <= 2100 } ?? (v >= 1900 && v <= 2100))
        fig.unitEnd = end
        switch time {
        case .year where isYear:
            fig.kind = .date
            let yearValue = plainYear ?? NSDecimalNumber(decimal: v).intValue
            var year = "\(yearValue)"
            fig.year = yearValue
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
            out.append(fig)
            return k
        case .year, .monthCount, .day, .hour, .minute, .week:
            if time == .week && !isArabic && reading.equals(1) { return end }
            fig.kind = .duration
            // 应收账款平均回收期为51.7天, 比上年增加0.9天, 平均每周工作46.5小时, 基金可支付月数8.5个月: days, hours,
            // minutes or months written with a fraction are a measured amount (an average or a ratio the bulletin
            // reports), not a span of time someone took.
            if time == .day || time == .hour || time == .minute || time == .monthCount, isArabic, fig.valueMax == nil,
               t[fig.numberStart..<j].contains(0x2E) {
                fig.kind = .measure
                fig.span = fig.span.lowerBound..<end
                out.append(fig)
                return end
            }
            // 优良天数295天: a number of days counted, not a span of time; 平均受教育年限14.2年, 使用年限8年, 基金可支付
            // 月数9个月: a length in years or months measured, not a span of time either (all are quantities of the
            // bulletin).
            // 日最高气温≥35℃的高温日数:中心城区30天,比常年多21天;郊区11天~27天: a sentence (and the ones after its ；)
            // that names a number of days (天数, 日数) counts days in every 天 figure it holds, the heading's colon and
            // a comparison's own clause notwithstanding. (日数 before 据, 字, 量, 额 or 码 is 今日数据 and the like.)
            if time == .day, daysCounted(before: fig.numberStart) {
                fig.kind = .count
                fig.span = fig.span.lowerBound..<end
                out.append(fig)
                return end
            }
            // (A clause's 天数 is its sentence's: `daysCounted` read it.)
            if time == .year || time == .monthCount {
                // 年限 or 月数, compared as scalars.
                let (w0, w1): (UInt32, UInt32) = time == .year ? (0x5E74, 0x9650) : (0x6708, 0x6570)
                var p = text.clauseStart(before: fig.numberStart)
                while p + 1 < fig.numberStart {
                    if scalars(at: p, w0, w1) {
                        fig.kind = .measure
                        fig.span = fig.span.lowerBound..<end
                        out.append(fig)
                        return end
                    }
                    p += 1
                }
            }
            var k = end
            // 两年半, 三年半: the half after the unit belongs to the duration.
            if k < t.count, t[k] == 0x534A, time != .week, fig.valueMax == nil {
                fig.value += Decimal(string: "0.5")!
                k += 1
            }
            if time == .year, k < t.count, t[k] == 0x6765 || t[k] == 0x95F4 { k += 1 }      // 3年来, 四年间
            if time == .year, k < t.count, t[k] == 0x591A, !book.notQualifiers.covers(t, k) {        // 多
                fig.qualifiers.append(.moreThan); k += 1
            }
            fig.span = fig.span.lowerBound..<k
            fig.unitEnd = k
            out.append(fig)
            return k
        case .month, .monthName:
            guard reading.integer.map({ $0 >= 1 && $0 <= 12 }) ?? (v >= 1 && v <= 12), fig.valueMax == nil else {
                return end   // 1—9月 is a scope
            }
            if fig.value != v { return end }
            guard let (md, mEnd) = monthDay(at: fig.numberStart) else { return end }
            fig.kind = .date
            fig.dateValue = "????-" + md
            if md.count == 5 { fig.unit = "日" }
            fig.span = fig.span.lowerBound..<mEnd
            out.append(fig)
            return mEnd
        case .quarter:
            guard reading.integer.map({ $0 >= 1 && $0 <= 4 }) ?? (v >= 1 && v <= 4) else { return end }
            fig.kind = .date
            fig.dateValue = "????-Q\(reading.integer ?? NSDecimalNumber(decimal: v).intValue)"
            out.append(fig)
            return end
        default:
            return end
        }
    }

    /// The integer a reading of plain digits wrote (2023, 2,023, 二〇二三), read from its digits and not through
    /// Foundation (NSDecimalNumber allocates); nil unless the reading is plain digits that end at `end`.
    func plainInteger(_ reading: ChineseNumeral.Reading, before end: Int) -> Int? {
        guard reading.plainDigits > 0, reading.plainDigits <= 18, reading.end == end else { return nil }
        var k = end, v = 0, scale = 1, digits = 0
        while k > 0, digits < reading.plainDigits {
            let s = t[k - 1]
            if s >= 0x30, s <= 0x39 { v += Int(s - 0x30) * scale }
            else if let d = ChineseNumeral.digit(s) { v += d * scale }
            else if s == 0x2C, !reading.isChinese { k -= 1; continue }
            else { return nil }
            scale *= 10; digits += 1; k -= 1
        }
        return digits == reading.plainDigits ? v : nil
    }

    /// A numeric date stamp at `i`: 2015-07-04, 2022/02/11, 2022.02.11, optionally with a time 08:52 or
    /// 06:32:44 after a space or a T. Portals print the publication date this way (发布日期：2022-02-11 08:52);
    /// it dates the page when the text itself names no report period. Needs the four-digit year, a valid
    /// month and day, and the same separator twice, so 2015-7 (a range) and 010478446/2026-00012 (an index
    /// number) stay what they were.
    func isoDate(at i: Int, into out: inout [Figure]) -> Int? {
        func digits(_ k: Int, _ lo: Int, _ hi: Int) -> (Int, Int)? {
            var e = k, v = 0
            while e < t.count, e - k < hi, isDigit(e) { v = v * 10 + Int(t[e] - 0x30); e += 1 }
            guard e - k >= lo, !(e < t.count && isDigit(e)) else { return nil }
            return (v, e)
        }
        guard !isDigit(i - 1), !(i > 0 && [0x2D, 0x2F, 0x2E].contains(t[i - 1])),
              let (y, yEnd) = digits(i, 4, 4), y >= 1900, y <= 2100, yEnd < t.count else { return nil }
        let sep = t[yEnd]
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E, let (m, mEnd) = digits(yEnd + 1, 1, 2), m >= 1, m <= 12,
              mEnd < t.count, t[mEnd] == sep, let (d, dEnd) = digits(mEnd + 1, 1, 2), d >= 1, d <= 31 else { return nil }
        // Not followed by another separator and digits (2015-07-04-01 is a code).
        if dEnd + 1 < t.count, t[dEnd] == sep, isDigit(dEnd + 1) { return nil }
        var value = "\(y)-\(ChineseNumeral.twoDigits(m))-\(ChineseNumeral.twoDigits(d))"
        var end = dEnd
        var k = dEnd
        if k < t.count, t[k] == 0x20 || t[k] == 0x54 || t[k] == 0x3000 { k += 1 }
        if k > dEnd, let (hh, hEnd) = digits(k, 1, 2), hh < 24, hEnd < t.count, t[hEnd] == 0x3A,
           let (mm, mmEnd) = digits(hEnd + 1, 2, 2), mm < 60 {
            value += "T\(ChineseNumeral.twoDigits(hh)):\(ChineseNumeral.twoDigits(mm))"
            end = mmEnd
            if end < t.count, t[end] == 0x3A, let (_, sEnd) = digits(end + 1, 2, 2) { end = sEnd }
        }
        var fig = Figure(span: i..<end, numberStart: i, value: Decimal(y), unit: nil, kind: .date, unitEnd: end)
        fig.dateValue = value
        fig.year = y
        fig.isStamp = true
        out.append(fig)
        return end
    }

    /// 3月24日 / 3月 at `k` → ("03-24", end) or ("03", end).
    func monthDay(at k: Int) -> (String, Int)? {
        guard let m = readSmall(at: k), m.value >= 1, m.value <= 12, m.end < t.count, t[m.end] == 0x6708 else { return nil }
        let month = ChineseNumeral.twoDigits(m.value)
        var e = m.end + 1
        if let d = readSmall(at: e), d.value >= 1, d.value <= 31, d.end < t.count, t[d.end] == 0x65E5 || t[d.end] == 0x53F7 {
            e = d.end + 1
            return ("\(month)-\(ChineseNumeral.twoDigits(d.value))", e)
        }
        if e < t.count, t[e] == 0x4EFD { e += 1 }                                       // 份
        return (month, e)
    }

    /// 一季度, 第一季度, 1季度, 上半年, 下半年, 前三季度.
    func quarter(at k: Int) -> (String, Int)? {
        // (Scalars compared directly: this runs after every year.)
        if k + 2 < t.count, t[k + 1] == 0x534A, t[k + 2] == 0x5E74 {                 // 上半年 下半年
            if t[k] == 0x4E0A { return ("H1", k + 3) }
            if t[k] == 0x4E0B { return ("H2", k + 3) }
        }
        var s = k
        var prefix = ""
        if s < t.count, t[s] == 0x7B2C { s += 1 }                                     // 第
        if s < t.count, t[s] == 0x524D { s += 1; prefix = "Q1/" }                     // 前
        guard let q = readSmall(at: s), q.value >= 1, q.value <= 4, scalars(at: q.end, 0x5B63, 0x5EA6) else { return nil }   // 季度
        return (prefix + "Q\(q.value)", q.end + 2)
    }

    /// The numeral at `k`, Arabic digits without a scale after them, or Chinese (第十二, 百分之五, 3月, 三分之一):
    /// the reading every special form that counts or orders starts from.
    func numeralReading(at k: Int) -> ChineseNumeral.Reading? {
        isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stop: AlwaysStop())
                        : ChineseNumeral.readChinese(t, at: k, stop: self)
    }

    /// A small integer (Arabic or Chinese) for months, days and quarters.
    func readSmall(at k: Int) -> (value: Int, end: Int)? {
        guard k < t.count else { return nil }
        guard let r = numeralReading(at: k) else { return nil }
        // Plain digits (3月, 二〇): the integer without Decimal comparisons or NSDecimalNumber.
        if let v = plainInteger(r, before: r.end) { return v < 100 ? (v, r.end) : nil }
        if let v = r.integer { return v >= 0 && v < 100 ? (v, r.end) : nil }
        guard r.value >= 0, r.value < 100 else { return nil }
        return (NSDecimalNumber(decimal: r.value).intValue, r.end)
    }

    // MARK: - Ordinals and special forms
    // (Each appends its figure to `out` and returns where the search resumes, or nil when the form is not there.)

    /// 第三, 第十二届 → ordinal (never a count).
    func ordinal(at i: Int, into out: inout [Figure]) -> Int? {
        let k = i + 1
        guard k < t.count else { return nil }
        let r = numeralReading(at: k)
        guard let r else { return nil }
        var end = r.end
        var unit: String? = nil
        if let (u, len) = book.unitMatch(t, at: end), book.unitTraits[u].kind == .count || book.unitTraits[u].time == .quarter {
            unit = book.unitNames[u]; end += len
        }
        out.append(Figure(span: i..<end, numberStart: i, value: r.value, unit: unit, kind: .ordinal, unitEnd: end))
        return end
    }

    /// 首场, 首批 → ordinal 1.
    func first(at i: Int, into out: inout [Figure]) -> Int? {
        guard let (u, len) = book.unitMatch(t, at: i + 1), book.unitTraits[u].kind == .count,
              !book.names.covers(t, i) else { return nil }
        out.append(Figure(span: i..<(i + 1 + len), numberStart: i, value: 1, unit: book.unitNames[u], kind: .ordinal,
                          unitEnd: i + 1 + len))
        return i + 1 + len
    }

    /// 翻一番 → 2 倍, 翻两番 → 4 倍, 翻番 → 2 倍.
    func doubling(at i: Int, into out: inout [Figure]) -> Int? {
        // 翻番 (实现翻番): doubled, the count of 番 left unsaid.
        if i + 1 < t.count, t[i + 1] == 0x756A {
            out.append(Figure(span: i..<(i + 2), numberStart: i, value: 2, unit: "倍", kind: .ratio, unitEnd: i + 2))
            return i + 2
        }
        // 翻了一番: the aspect particle between the verb and its count.
        let from = i + 1 < t.count && t[i + 1] == 0x4E86 ? i + 2 : i + 1
        guard let r = ChineseNumeral.readChinese(t, at: from, stop: NeverStop()), r.end < t.count, t[r.end] == 0x756A,
              r.value >= 1, r.value <= 10 else { return nil }
        var v = Decimal(1)
        for _ in 0..<NSDecimalNumber(decimal: r.value).intValue { v *= 2 }
        out.append(Figure(span: i..<(r.end + 1), numberStart: i, value: v, unit: "倍", kind: .ratio, unitEnd: r.end + 1))
        return r.end + 1
    }

    /// 百分之五 → 5 %, 千分之三 → 3 ‰, 万分之一 → ratio 0.0001.
    func partsPer(at i: Int, into out: inout [Figure]) -> Int? {
        let k = i + 3
        guard k < t.count else { return nil }
        let r = numeralReading(at: k)
        guard let r else { return nil }
        var fig = Figure(span: i..<r.end, numberStart: i, value: r.value, unit: "%", kind: .percent, unitEnd: r.end)
        switch t[i] {
        case 0x5343: fig.unit = "‰"
        case 0x4E07: fig.unit = nil; fig.kind = .ratio; fig.value = r.value / 10000
        default: break
        }
        out.append(fig)
        return r.end
    }

    /// True when the sentence before `i` — read back over up to three ；-joined sentences before it — names a number
    /// of days: 天数 or 日数 (not 日数据, 日数字, 日数量, 日数额, 日数码).
    func daysCounted(before i: Int) -> Bool {
        var p = text.sentenceStart(before: i)
        var steps = 0
        while p > 0, t[p - 1] == 0x3B, steps < 3 {
            p = text.sentenceStart(before: p - 1)
            steps += 1
        }
        while p + 1 < i {
            if t[p + 1] == 0x6570, t[p] == 0x5929 || t[p] == 0x65E5 {
                if t[p] == 0x5929 { return true }
                let n = p + 2 < t.count ? t[p + 2] : 0
                if n != 0x636E && n != 0x5B57 && n != 0x91CF && n != 0x989D && n != 0x7801 { return true }
            }
            p += 1
        }
        return false
    }
}
