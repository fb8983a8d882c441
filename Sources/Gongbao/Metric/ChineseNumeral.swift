import Foundation

/// Reads numerals — Arabic (1,234.5), Chinese (两万三千, 一百零五, 十二), financial capitals (壹贰叁), traditional
/// (萬 億 兩) and mixed (3.5万, 1万2千) — from scalars into exact decimals.
///
/// Grammar, not vocabulary: 三千五 is 3500, 一万五 is 15000, 二〇二三 is the digit string 2023, 十几 is
/// "more than 10". Never goes through Double.
enum ChineseNumeral {
    /// A numeral read at a position.
    struct Reading: Equatable {
        var value: Decimal
        /// Scalar index just past the numeral (and any scale it carries).
        var end: Int
        var isChinese: Bool
        /// Digits written without a decimal point or scale (for years: 2023).
        var plainDigits: Int
        /// 十几, 几十, 几百: only a lower bound is known.
        var isVague: Bool = false
        /// A scale (万, 亿) was read after the digits.
        var hasScale: Bool = false
        /// The value as an Int when it is a whole number read exactly from the digits (2023, 五十万), else nil: the
        /// scanner compares this instead of the Decimal (Decimal comparison is slow on Linux). Never a different
        /// number from `value`; nil says only "compare the Decimal".
        var integer: Int? = nil

        /// value == 0, through `integer` when it is known.
        var isZero: Bool { integer.map { $0 == 0 } ?? (value == 0) }

        /// value == n, through `integer` when it is known.
        func equals(_ n: Int) -> Bool { integer.map { $0 == n } ?? (value == Decimal(n)) }

        /// lo <= value <= hi, through `integer` when it is known.
        func isWithin(_ lo: Int, _ hi: Int) -> Bool {
            if let v = integer { return v >= lo && v <= hi }
            return value >= Decimal(lo) && value <= Decimal(hi)
        }

        /// The value is one of `list` (round numbers: 1000, 10000 …).
        func isOneOf(_ list: [Int]) -> Bool {
            if let v = integer { return list.contains(v) }
            return list.map { Decimal($0) }.contains(value)
        }

        /// a.value >= b.value, through `integer` when both are known.
        static func isAtLeast(_ a: Reading, _ b: Reading) -> Bool {
            if let x = a.integer, let y = b.integer { return x >= y }
            return a.value >= b.value
        }
    }

    static func digit(_ s: UInt32) -> Int? {
        switch s {
        case 0x96F6, 0x3007, 0x25CB, 0x25EF: return 0 // 零 〇 ○ ◯
        case 0x4E00, 0x58F9, 0x5F0C: return 1         // 一 壹 弌
        case 0x4E8C, 0x8D30, 0x8CB3, 0x4E24, 0x5169, 0x5006: return 2  // 二 贰 貳 两 兩 倆
        case 0x4E09, 0x53C1, 0x53C3: return 3         // 三 叁 參
        case 0x56DB, 0x8086: return 4                 // 四 肆
        case 0x4E94, 0x4F0D: return 5                 // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6         // 六 陆 陸
        case 0x4E03, 0x67D2: return 7                 // 七 柒
        case 0x516B, 0x634C: return 8                 // 八 捌
        case 0x4E5D, 0x7396: return 9                 // 九 玖
        default: return nil
        }
    }

    /// 十 百 千 (and capitals 拾 佰 仟).
    static func smallUnit(_ s: UInt32) -> Int? {
        switch s {
        case 0x5341, 0x62FE: return 10
        case 0x767E, 0x4F70: return 100
        case 0x5343, 0x4EDF: return 1000
        default: return nil
        }
    }

    /// 万 萬 亿 億.
    static func bigUnit(_ s: UInt32) -> Decimal? {
        switch s {
        case 0x4E07, 0x842C: return 10_000
        case 0x4EBF, 0x5104: return 100_000_000
        default: return nil
        }
    }

    /// Decimal(0) … Decimal(9), made once (a Decimal from an Int is not free, and every Chinese digit makes one).
    static let digitValues: [Decimal] = (0...9).map { Decimal($0) }

    static let ji: UInt32 = 0x51E0       // 几
    static let jiTraditional: UInt32 = 0x5E7E  // 幾
    static func isJi(_ s: UInt32) -> Bool { s == ji || s == jiTraditional }
    static let shu: UInt32 = 0x6570      // 数

    /// 数 before 十/百/千 (数十亿元, 数百人: "several tens/hundreds"), unless 数 ends a noun (人数十二人, 总数百余,
    /// 户数十万): a vague amount that names no number, so no figure (the gold's vague_or_generic).
    static func isVagueShu(_ t: [UInt32], _ i: Int) -> Bool {
        guard t[i] == shu, i + 1 < t.count, smallUnit(t[i + 1]) != nil else { return false }
        return i == 0 || !nounsEndingInShu.contains(t[i - 1])
    }

    /// The first characters of nouns that end in 数 (人数, 总数, 户数, 次数, 指数, 系数, 倍数, 分数, 多数, 半数 …).
    static let nounsEndingInShu: Set<UInt32> = Set("人总户次件个指系倍基位台家天票岁分股册参少多半无函变读礼算点页字级项场名班所辆架艘宗起例批期块张只头条本套座栋间处笔单负正整奇偶小实虚复约床员生口度".unicodeScalars.map(\.value))
    static let nian: UInt32 = 0x5EFF     // 廿
    static let dian: UInt32 = 0x70B9     // 点
    static let dianTraditional: UInt32 = 0x9EDE  // 點

    static func isASCIIDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }

    /// Can a Chinese numeral start here? A digit, 十, 廿, or 几 before a unit; never a bare 百/千/万 (百舸, 千帆, 万众).
    static func canStartChinese(_ t: [UInt32], _ i: Int) -> Bool {
        let s = t[i]
        if digit(s) != nil || s == 0x5341 || s == 0x62FE || s == nian { return true }
        if isJi(s), i + 1 < t.count, smallUnit(t[i + 1]) != nil { return true }
        return false
    }

    /// Reads an Arabic number with optional thousands separators, decimals and trailing scales (44.14亿, 1万2千).
    /// `stopScale` says whether a scale character at an index begins a unit instead (千瓦, 千米).
    static func readArabic(_ t: [UInt32], at start: Int, stopScale: (Int) -> Bool) -> Reading? {
        withoutActuallyEscaping(stopScale) { readArabic(t, at: start, stop: ClosureStop(stops: $0)) }
    }

    /// From a space after a number's first digits: groups of a space and exactly three digits, the last followed by a
    /// letter that is neither a digit nor a space (3 200余人: yes; 12 345 67: no; 12 345 (end): no).
    static func spaceGroupsEndInText(_ t: [UInt32], from i: Int) -> Bool {
        var k = i
        var groups = 0
        while k + 3 < t.count, t[k] == 0x20, isASCIIDigit(t[k + 1]), isASCIIDigit(t[k + 2]), isASCIIDigit(t[k + 3]) {
            k += 4
            groups += 1
            if k < t.count, isASCIIDigit(t[k]) { return false }
        }
        return groups > 0 && k < t.count && t[k] != 0x20 && t[k] != 0x0A && t[k] != 0x09
    }

    /// `readArabic` with the stop as a value: the scanner's stop (the unit table) is then called directly, where a
    /// closure capturing the book, kept in a local, was allocated and freed at every candidate figure.
    static func readArabic<Stop: ScaleStop>(_ t: [UInt32], at start: Int, stop stopper: Stop) -> Reading? {
        @inline(__always) func stopScale(_ j: Int) -> Bool { stopper.stops(at: j) }
        var i = start
        // Digits accumulate into an integer mantissa (no string is built: this runs on every figure).
        var mantissa: UInt64 = 0
        var digits = 0
        while i < t.count, isASCIIDigit(t[i]) {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(t[i] - 0x30) }
            digits += 1
            i += 1
        }
        guard digits > 0 else { return nil }
        // Too long for a figure (and for Decimal): report its length so the caller can note it.
        if digits > 30 { return Reading(value: 0, end: i, isChinese: false, plainDigits: digits) }
        var wide = digits > 18
        // Thousands separators: 1,234,567 (groups of exactly three).
        if digits <= 3 {
            // 3 200余人, 12 345 678人: a single space as the separator, only in running text — the number follows a
            // CJK letter and its last group runs into a letter, not a space (12 345 in a table flattened to text is
            // two cells).
            let spaced = i < t.count && t[i] == 0x20 && start > 0 && t[start - 1] >= 0x3400
                && spaceGroupsEndInText(t, from: i)
            let separator: UInt32 = spaced ? 0x20 : 0x2C
            // (A number that is itself an item after ", " — 12, 345, 678人 — is a list's: its groups take no space.)
            let afterCommaSpace = start >= 2 && t[start - 1] == 0x20 && t[start - 2] == 0x2C
            while i + 3 < t.count, t[i] == separator {
                // 1,421, 486万元 and 3, 156,077万元: a comma with a space after it, as pages typeset it, still separates
                // thousands when its group runs straight into a letter (a scale, a unit) or into another group: 12, 345
                // before a comma, a space or the end is two numbers of a list.
                let gap = separator == 0x2C && t[i + 1] == 0x20 && i + 5 < t.count && !afterCommaSpace
                    && (t[i + 5] >= 0x3400 || (t[i + 5] == 0x2C && i + 8 < t.count && isASCIIDigit(t[i + 6])
                        && isASCIIDigit(t[i + 7]) && isASCIIDigit(t[i + 8]))) ? 1 : 0
                let g = i + gap
                guard g + 3 < t.count, isASCIIDigit(t[g + 1]), isASCIIDigit(t[g + 2]), isASCIIDigit(t[g + 3]),
                      !(g + 4 < t.count && isASCIIDigit(t[g + 4])) else { break }
                for k in 1...3 {
                    if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(t[g + k] - 0x30) }
                    digits += 1
                }
                i = g + 4
            }
        }
        var plain = digits
        var fraction = 0
        let intEnd = i
        if i + 1 < t.count, t[i] == 0x2E, isASCIIDigit(t[i + 1]) {
            i += 1
            while i < t.count, isASCIIDigit(t[i]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(t[i] - 0x30) }
                digits += 1
                fraction += 1
                i += 1
            }
            plain = 0
        }
        if digits > 18 { wide = true }
        var value: Decimal
        if wide {
            // Rare: more digits than a UInt64 holds exactly; parse the written digits.
            var text = ""
            for k in start..<i where isASCIIDigit(t[k]) || (k == intEnd && t[k] == 0x2E) {
                text.unicodeScalars.append(Unicode.Scalar(t[k])!)
            }
            guard let v = decimal(text) else { return nil }
            value = v
        } else {
            value = ChineseNumeral.decimal(mantissa, fraction: fraction)
        }
        var reading = Reading(value: value, end: i, isChinese: false, plainDigits: plain)
        // Scales: 万, 亿, 千万, 万亿; and 1万2千.
        var j = i
        var scaled = false
        // While the value is digits × 10^-fraction, a scale (a power of ten) multiplies the digits: the same
        // Decimal, byte for byte, as Decimal multiplication gives (checked over random values up to 18 digits),
        // without its cost on every 万 and 亿.
        var exact: UInt64? = wide ? nil : mantissa
        func scale(by factor: UInt64, _ d: @autoclosure () -> Decimal) {
            if let m = exact {
                let (p, overflow) = m.multipliedReportingOverflow(by: factor)
                if !overflow, p <= 999_999_999_999_999_999 {
                    exact = p
                    value = ChineseNumeral.decimal(p, fraction: fraction)
                    return
                }
            }
            exact = nil
            value *= d()
        }
        // (Whether the scalar is a scale at all is asked before the stop, which looks the units up.)
        while j < t.count, isArabicScale(t[j]), !stopScale(j) {
            if let u = smallUnit(t[j]), u != 10 {
                scale(by: UInt64(u), Decimal(u)); j += 1; scaled = true
            } else if isBigUnit(t[j]) {
                // (万 萬 are 10^4, 亿 億 10^8: told by the scalar, as comparing Decimals is slow.)
                let s = t[j]
                scale(by: s == 0x4E07 || s == 0x842C ? 10_000 : 100_000_000, bigUnit(s)!); j += 1; scaled = true
                // 1万2千: a smaller section in Arabic digits.
                var k = j
                var d: UInt64 = 0
                var nd = 0
                while k < t.count, isASCIIDigit(t[k]) { if nd < 18 { d = d * 10 + UInt64(t[k] - 0x30) }; nd += 1; k += 1 }
                if nd > 0, nd <= 18, k < t.count, let u = smallUnit(t[k]), !stopScale(k) {
                    value += Decimal(d) * Decimal(u); j = k + 1
                    exact = nil
                }
            } else { break }
        }
        if scaled {
            reading.value = value
            reading.end = j
            reading.hasScale = true
            reading.plainDigits = 0
        }
        if fraction == 0, let m = exact, m <= UInt64(Int.max) { reading.integer = Int(m) }
        return reading
    }

    /// 百 佰 千 仟 万 萬 亿 億: the scalars that scale an Arabic number (smallUnit but 十 拾, or bigUnit).
    @inline(__always)
    static func isArabicScale(_ s: UInt32) -> Bool {
        s == 0x767E || s == 0x4F70 || s == 0x5343 || s == 0x4EDF || isBigUnit(s)
    }

    /// bigUnit(s) != nil, without making its Decimal.
    @inline(__always)
    static func isBigUnit(_ s: UInt32) -> Bool { s == 0x4E07 || s == 0x842C || s == 0x4EBF || s == 0x5104 }

    /// digits × 10^-fraction. Without a fraction, the Decimal of the integer itself: the same bytes as
    /// Decimal(sign:exponent: 0, significand:) (tested), without its second step.
    @inline(__always)
    static func decimal(_ digits: UInt64, fraction: Int) -> Decimal {
        fraction == 0 ? Decimal(digits) : Decimal(sign: .plus, exponent: -fraction, significand: Decimal(digits))
    }

    /// 3 → "03" (months and days in dates; String(format:) is slow on Linux).
    static func twoDigits(_ v: Int) -> String {
        v >= 0 && v < 10 ? "0\(v)" : "\(v)"
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// Digits with an optional point → exact Decimal; up to 18 digits without parsing a string.
    static func decimal(_ text: String) -> Decimal? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        for u in text.utf8 {
            if u == 0x2E { seenPoint = true; continue }
            mantissa = mantissa &* 10 &+ UInt64(u - 0x30)
            digits += 1
            if seenPoint { fraction += 1 }
        }
        if digits > 18 { return Decimal(string: text, locale: posix) }
        return decimal(mantissa, fraction: fraction)
    }

    /// Reads a Chinese numeral (一百零五, 两万三千, 三点五, 二〇二三, 十几). Returns nil when none starts here.
    static func readChinese(_ t: [UInt32], at start: Int, stopScale: (Int) -> Bool) -> Reading? {
        withoutActuallyEscaping(stopScale) { readChinese(t, at: start, stop: ClosureStop(stops: $0)) }
    }

    /// `readChinese` with the stop as a value (see `readArabic(_:at:stop:)`).
    ///
    /// The arithmetic runs on Ints, and the Decimal is made once from the result (Decimal's + and × were most of
    /// this reader's cost; a Decimal made from an Int has the same bytes as the sums and products, which keep
    /// their results compact — tested). 三点五, or a number past Int's range, is read by `readChineseReference`.
    static func readChinese<Stop: ScaleStop>(_ t: [UInt32], at start: Int, stop stopper: Stop) -> Reading? {
        guard start < t.count, canStartChinese(t, start) else { return nil }
        var zeroSeen = false
        var runValue: UInt64 = 0  // 二〇二三: the digits read as a string of digits
        var runCount = 0
        var lastDigit: UInt64 = 0
        var onlyDigits = true
        var vague = false
        var i = start
        var hasUnit = false
        // The reference's Ints (its Decimals mirror them exactly while no step overflows).
        var wResult = 0, wSection = 0, wNum: Int? = nil, wLastUnit = 0
        loop: while i < t.count {
            let s = t[i]
            if let d = digit(s) {
                if wNum != nil || (runCount > 0 && onlyDigits) {
                    if runCount == 0, wNum != nil { runValue = lastDigit; runCount = 1 }
                    runValue = runValue &* 10 &+ UInt64(d)
                    runCount += 1
                } else {
                    runValue = UInt64(d); runCount = 1
                }
                if d == 0 { zeroSeen = true }
                wNum = d
                lastDigit = UInt64(d)
                i += 1
            } else if s == nian {
                i += 1; onlyDigits = false; hasUnit = true
                let (r, o) = wSection.addingReportingOverflow(20)
                if o { return readChineseReference(t, at: start, stop: stopper) }
                wSection = r; wNum = nil; wLastUnit = 10
            } else if isJi(s), wNum == nil {
                vague = true
                if i + 1 < t.count, let u = smallUnit(t[i + 1]) {
                    i += 2; onlyDigits = false; hasUnit = true
                    let (r, o) = wSection.addingReportingOverflow(u)
                    if o { return readChineseReference(t, at: start, stop: stopper) }
                    wSection = r; wLastUnit = u
                    continue
                }
                if hasUnit { i += 1; break loop }
                return nil
            } else if let u = smallUnit(s) {
                if stopper.stops(at: i) { break }
                if runCount > 1 && onlyDigits { break }
                if wNum == nil && !(u == 10) && wSection == 0 && wResult == 0 { return nil }
                let m = (u == 10 && zeroSeen && wNum == 0) ? 1 : (wNum ?? 1)
                let (p, o1) = m.multipliedReportingOverflow(by: u)
                let (r, o2) = wSection.addingReportingOverflow(p)
                if o1 || o2 { return readChineseReference(t, at: start, stop: stopper) }
                wSection = r
                wNum = nil; wLastUnit = u
                onlyDigits = false; hasUnit = true; zeroSeen = false; runCount = 0; runValue = 0
                i += 1
            } else if isBigUnit(s) {
                if stopper.stops(at: i) { break }
                if wNum == nil && wSection == 0 && wResult == 0 { break }
                if runCount > 1 && onlyDigits { break }
                let wb = s == 0x4E07 || s == 0x842C ? 10_000 : 100_000_000
                if wb == 10_000, wNum == nil, wSection == 0, wLastUnit == 10_000, i > start, t[i - 1] == s {
                    let (r, o) = wResult.multipliedReportingOverflow(by: wb)
                    if o { return readChineseReference(t, at: start, stop: stopper) }
                    wResult = r
                    i += 1
                    continue
                }
                if wb == 100_000_000 {
                    let (a, o1) = wResult.addingReportingOverflow(wSection)
                    let (b, o2) = a.addingReportingOverflow(wNum ?? 0)
                    let (r, o3) = b.multipliedReportingOverflow(by: wb)
                    if o1 || o2 || o3 { return readChineseReference(t, at: start, stop: stopper) }
                    wResult = r
                } else {
                    let (a, o1) = wSection.addingReportingOverflow(wNum ?? 0)
                    let (b, o2) = a.multipliedReportingOverflow(by: wb)
                    let (r, o3) = wResult.addingReportingOverflow(b)
                    if o1 || o2 || o3 { return readChineseReference(t, at: start, stop: stopper) }
                    wResult = r
                }
                wSection = 0; wNum = nil; wLastUnit = wb
                onlyDigits = false; hasUnit = true; zeroSeen = false; runCount = 0; runValue = 0
                i += 1
            } else if s == dian || s == dianTraditional, wNum != nil || hasUnit, i + 1 < t.count, digit(t[i + 1]) != nil {
                // 三点五: a fraction, read with Decimals.
                return readChineseReference(t, at: start, stop: stopper)
            } else {
                break
            }
        }
        guard i > start else { return nil }
        if onlyDigits {
            guard runCount > 0, runCount <= 19 else { return nil }
            return Reading(value: Decimal(runValue), end: i, isChinese: true, plainDigits: runCount,
                           integer: runValue <= UInt64(Int.max) ? Int(runValue) : nil)
        }
        var wTail = wNum ?? 0
        if wNum != nil, !zeroSeen, wLastUnit >= 100 {
            let (r, o) = wTail.multipliedReportingOverflow(by: wLastUnit / 10)
            if o { return readChineseReference(t, at: start, stop: stopper) }
            wTail = r
        }
        let (a, o1) = wResult.addingReportingOverflow(wSection)
        let (total, o2) = a.addingReportingOverflow(wTail)
        if o1 || o2 { return readChineseReference(t, at: start, stop: stopper) }
        return Reading(value: Decimal(total), end: i, isChinese: true, plainDigits: 0, isVague: vague, hasScale: hasUnit,
                       integer: total)
    }

    /// `readChinese` with Decimal arithmetic throughout (the reference of the Int fast path above, and the reader of
    /// fractions and numbers past Int's range).
    static func readChineseReference<Stop: ScaleStop>(_ t: [UInt32], at start: Int, stop stopper: Stop) -> Reading? {
        @inline(__always) func stopScale(_ j: Int) -> Bool { stopper.stops(at: j) }
        guard start < t.count, canStartChinese(t, start) else { return nil }
        var result = Decimal(0)   // sections of 亿 and 万 already closed
        var section = Decimal(0)  // below 万
        var num: Decimal? = nil   // pending digit
        var lastUnit: Decimal = 0 // unit of the last multiplier, for 三千五 → 3500
        var zeroSeen = false
        var runValue: UInt64 = 0  // 二〇二三: the digits read as a string of digits
        var runCount = 0
        var lastDigit: UInt64 = 0
        var onlyDigits = true
        var vague = false
        var i = start
        var hasUnit = false
        // The same arithmetic on Ints, for `Reading.integer` (nil once it overflows).
        var wResult: Int? = 0, wSection: Int? = 0, wNum: Int? = nil, wLastUnit = 0
        func add(_ a: Int?, _ b: Int?) -> Int? {
            guard let a, let b else { return nil }
            let (r, o) = a.addingReportingOverflow(b); return o ? nil : r
        }
        func mul(_ a: Int?, _ b: Int?) -> Int? {
            guard let a, let b else { return nil }
            let (r, o) = a.multipliedReportingOverflow(by: b); return o ? nil : r
        }
        loop: while i < t.count {
            let s = t[i]
            if let d = digit(s) {
                if num != nil || (runCount > 0 && onlyDigits) {
                    // Consecutive digits: a digit string (二〇二三) unless units follow.
                    if runCount == 0, num != nil { runValue = lastDigit; runCount = 1 }
                    runValue = runValue &* 10 &+ UInt64(d)
                    runCount += 1
                } else {
                    runValue = UInt64(d); runCount = 1
                }
                if d == 0 { zeroSeen = true }
                num = ChineseNumeral.digitValues[d]
                wNum = d
                lastDigit = UInt64(d)
                i += 1
            } else if s == nian {
                section += 20; num = nil; lastUnit = 10; i += 1; onlyDigits = false; hasUnit = true
                wSection = add(wSection, 20); wNum = nil; wLastUnit = 10
            } else if isJi(s), num == nil {
                // 十几 / 几十: vague.
                vague = true
                if i + 1 < t.count, let u = smallUnit(t[i + 1]) {
                    section += Decimal(u); lastUnit = Decimal(u); i += 2; onlyDigits = false; hasUnit = true
                    wSection = add(wSection, u); wLastUnit = u
                    continue
                }
                if hasUnit { i += 1; break loop }
                return nil
            } else if let u = smallUnit(s) {
                if stopScale(i) { break }
                if runCount > 1 && onlyDigits { break }
                if num == nil && !(u == 10) && wSection == 0 && wResult == 0 { return nil }
                // 一万零十二: 十 right after 零 is one ten (零 holds the empty places, not a digit of 十).
                let multiplier: Decimal = (u == 10 && zeroSeen && wNum == 0) ? 1 : (num ?? 1)
                section += multiplier * Decimal(u)
                wSection = add(wSection, mul((u == 10 && zeroSeen && wNum == 0) ? 1 : (wNum ?? 1), u))
                wNum = nil; wLastUnit = u
                num = nil; lastUnit = Decimal(u); onlyDigits = false; hasUnit = true; zeroSeen = false; runCount = 0; runValue = 0
                i += 1
            } else if let b = bigUnit(s) {
                if stopScale(i) { break }
                if num == nil && wSection == 0 && wResult == 0 { break }
                if runCount > 1 && onlyDigits { break }
                // 四万万: 万 twice is 亿.
                // (Compared as Ints, which mirror the Decimals exactly while they fit: Decimal comparison is slow.)
                let wb = s == 0x4E07 || s == 0x842C ? 10_000 : 100_000_000
                if wb == 10_000, num == nil, wSection == 0, wLastUnit == 10_000, i > start, t[i - 1] == s {
                    result *= b
                    wResult = mul(wResult, wb)
                    i += 1
                    continue
                }
                if wb == 100_000_000 {
                    result = (result + section + (num ?? 0)) * b
                    wResult = mul(add(add(wResult, wSection), wNum ?? 0), wb)
                } else {
                    result += (section + (num ?? 0)) * b
                    wResult = add(wResult, mul(add(wSection, wNum ?? 0), wb))
                }
                wSection = 0; wNum = nil; wLastUnit = wb
                section = 0; num = nil; lastUnit = b; onlyDigits = false; hasUnit = true; zeroSeen = false; runCount = 0; runValue = 0
                i += 1
            } else if s == dian || s == dianTraditional, num != nil || hasUnit, i + 1 < t.count, digit(t[i + 1]) != nil {
                // 三点五 → 3.5
                var fracDigits: UInt64 = 0
                var fracCount = 0
                var k = i + 1
                while k < t.count, let d = digit(t[k]) {
                    if fracCount < 18 { fracDigits = fracDigits * 10 + UInt64(d); fracCount += 1 }
                    k += 1
                }
                // 九十五點二十九, 一點二十九倍 (as Macao and Hong Kong papers write decimals): the places after the point
                // read as a number of two, 二十九 → .29. Not before 分 or 秒: 三点五十分 is a time.
                if fracCount == 1, k < t.count, smallUnit(t[k]) == 10 {
                    var m = k + 1
                    var units: UInt64 = 0
                    if m < t.count, let d = digit(t[m]), d > 0 { units = UInt64(d); m += 1 }
                    if !(m < t.count && (t[m] == 0x5206 || t[m] == 0x79D2)) {
                        fracDigits = fracDigits * 10 + units
                        fracCount = 2
                        k = m
                    }
                }
                // 两千三点一 → 2300.1: the elided place of 三 counts before the decimal point.
                var tail = num ?? 0
                if num != nil, !zeroSeen, wLastUnit >= 100, !onlyDigits { tail *= lastUnit / 10 }
                let digitString = onlyDigits && runCount > 1
                let low: Decimal = (digitString ? Decimal(runValue) : section + tail)
                    + Decimal(sign: .plus, exponent: -fracCount, significand: Decimal(fracDigits))
                let high: Decimal = digitString ? 0 : result
                // 三十三点九亿, 一千五百二十八点一七万, 二亿九千三百六十点一一万 (2亿 + 9360.11万), 一点六万亿: a scale after the
                // decimals multiplies the places below the last 亿 (万) or the whole (亿), as 44.14亿 does.
                guard k < t.count, let b = bigUnit(t[k]), !stopScale(k) else {
                    return Reading(value: high + low, end: k, isChinese: true, plainDigits: 0)
                }
                var value = b == 10_000 ? high + low * b : (high + low) * b
                k += 1
                if b == 10_000, k < t.count, bigUnit(t[k]) == 100_000_000, !stopScale(k) {
                    value *= 100_000_000
                    k += 1
                }
                return Reading(value: value, end: k, isChinese: true, plainDigits: 0, hasScale: true)
            } else {
                break
            }
        }
        guard i > start else { return nil }
        if onlyDigits {
            guard runCount > 0, runCount <= 19 else { return nil }
            return Reading(value: Decimal(runValue), end: i, isChinese: true, plainDigits: runCount,
                           integer: runValue <= UInt64(Int.max) ? Int(runValue) : nil)
        }
        var tail = num ?? 0
        var wTail: Int? = wNum ?? 0
        // 三千五 → 3500, 一万五 → 15000 (a bare digit after a unit ≥ 百 names the next lower place).
        if num != nil, !zeroSeen, wLastUnit >= 100 { tail *= lastUnit / 10; wTail = mul(wTail, wLastUnit / 10) }
        let value = result + section + tail
        return Reading(value: value, end: i, isChinese: true, plainDigits: 0, isVague: vague, hasScale: hasUnit,
                       integer: add(add(wResult, wSection), wTail))
    }
}

/// Whether a scale character at an index begins a unit instead of scaling the number before it (千瓦, 千米 are units;
/// 3千 is 3000): what the numeral readers ask after the digits.
protocol ScaleStop {
    func stops(at j: Int) -> Bool
}

/// A stop given as a closure (the readers' original form, kept for the callers that pass `{ _ in true }`).
struct ClosureStop: ScaleStop {
    let stops: (Int) -> Bool
    @inline(__always) func stops(at j: Int) -> Bool { stops(j) }
}

/// A scale character always ends the number (`{ _ in true }`): 2023年's reader, table cells.
struct AlwaysStop: ScaleStop {
    @inline(__always) func stops(at j: Int) -> Bool { true }
}

/// A scale character never ends the number (`{ _ in false }`): 翻一番.
struct NeverStop: ScaleStop {
    @inline(__always) func stops(at j: Int) -> Bool { false }
}
