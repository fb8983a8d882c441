import Foundation

/// The values a statement allows, in its unit family's base unit: a point when exact, an interval when
/// the text is rounded (7.8万 = 77500…78500), qualified (40余 ≥ 40; 约5万 ± tolerance) or a range (6-8亿).
///
/// Why intervals: repeats are often written with different precision (7.8万 and 78000), and a figure
/// "known to ±0.05万" agrees with any figure in that band; only disjoint intervals disagree.
public struct ValueRange: Sendable, Hashable, CustomStringConvertible {
    /// nil = unbounded.
    public var lower: Decimal?
    public var upper: Decimal?
    public var isExact: Bool { lower != nil && lower == upper }

    public init(lower: Decimal?, upper: Decimal?) {
        self.lower = lower
        self.upper = upper
    }

    /// The range a metric's text allows, scaled by `factor` (万元 → 元).
    public init(metric m: Metric, factor: Decimal, aboutTolerance: Decimal) {
        self.init(metric: m, factor: factor, factorIsOne: factor == 1, aboutTolerance: aboutTolerance)
    }

    /// The same range, skipping the products by 1 and the sums with 0 (Decimal arithmetic is slow; x × 1 and
    /// x ± 0 are x): most units are not scaled, most figures are integers.
    init(metric m: Metric, factor: Decimal, factorIsOne: Bool, aboutTolerance: Decimal) {
        let base = factorIsOne ? m.value : m.value * factor
        let unit = ValueRange.halfUnit(of: m)
        let half = factorIsOne || unit.isZero ? unit : unit * factor
        let top = m.valueMax.map { factorIsOne ? $0 : $0 * factor } ?? base
        var lo: Decimal? = half.isZero ? base : base - half
        var hi: Decimal? = half.isZero ? top : top + half
        if m.qualifiers.contains(.moreThan) {
            // 1.2万余, 300多: a vague tail stays below the next unit of its last digit (1.2万余 < 1.3万, 300多 < 400);
            // 超过, 以上 and a tail on a Chinese numeral leave the figure unbounded above.
            if let ceiling = ValueRange.vagueTailCeiling(of: m) {
                lo = base
                hi = factorIsOne ? ceiling : ceiling * factor
            } else {
                hi = nil
            }
        }
        if m.qualifiers.contains(.atMost) { lo = nil }
        if m.qualifiers.contains(.about) {
            let spread = (base < 0 ? -base : base) * aboutTolerance
            lo = lo.map { $0 - spread }
            hi = hi.map { $0 + spread }
        }
        self.init(lower: lo, upper: hi)
    }

    /// True when some value lies in both ranges.
    public func overlaps(_ other: ValueRange) -> Bool {
        if let lo = lower, let hi = other.upper, lo > hi { return false }
        if let lo = other.lower, let hi = upper, lo > hi { return false }
        return true
    }

    /// True when the two can be one figure: they share more than a rounding boundary, or one is an exact
    /// value inside the other. 7.8万 [77500, 78500] and 7.9万 [78500, 79500] only touch at 78500 — two
    /// figures written at one precision that differ in their last digit disagree; 78500 and 7.8万 agree.
    public func agrees(with other: ValueRange) -> Bool {
        guard overlaps(other) else { return false }
        let lo: Decimal? = [lower, other.lower].compactMap { $0 }.max()
        let hi: Decimal? = [upper, other.upper].compactMap { $0 }.min()
        guard let lo, let hi, lo == hi else { return true }
        return isExact || other.isExact
    }

    /// True when every value here is above every value of `other`; two rounded figures that only share a
    /// rounding boundary count as apart (43.9亿 [43.85, 43.95] is above 43.8亿 [43.75, 43.85]), as in `agrees`.
    public func isAbove(_ other: ValueRange) -> Bool {
        guard let lo = lower, let hi = other.upper else { return false }
        return lo > hi || (lo == hi && !isExact && !other.isExact)
    }

    public var description: String {
        if isExact, let lower { return lower.plainString }
        return "[\(lower?.plainString ?? "-∞"), \(upper?.plainString ?? "∞")]"
    }

    /// The first run of digits (with one decimal point) in a surface, widths folded and kept as ASCII digits, and
    /// how many of them follow the point: ７.８万 → ("78", 1), 7.⏎69亿元 → ("769", 2) (the blanks and breaks a wrapped
    /// column or an OCR'd page puts inside a figure are passed over). nil when the surface holds no digit (三万).
    /// (The printed number as significand and exponent, 7.8 → 78 × 10⁻¹: no parsing, no division.)
    static func printedDigits(_ surface: String) -> (digits: [UInt8], decimals: Int)? {
        var digits: [UInt8] = []
        var point = -1
        for u in surface.unicodeScalars {
            let v = u.value
            if v >= 0x30 && v <= 0x39 { digits.append(UInt8(v)) }
            else if v >= 0xFF10 && v <= 0xFF19 { digits.append(UInt8(v - 0xFF10 + 0x30)) }
            else if (v == 0x2E || v == 0xFF0E) && !digits.isEmpty && point < 0 { point = digits.count }
            else if v == 0x2C || v == 0xFF0C { continue }
            // A column's line break (or a space) inside the figure is no end of it: 7.⏎69亿元 prints two decimals.
            else if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || v == 0x3000 { continue }
            else if !digits.isEmpty { break }
        }
        // A point with no digit after it (7.万) is dropped.
        if point == digits.count { point = -1 }
        guard !digits.isEmpty else { return nil }
        return (digits, point >= 0 ? digits.count - point : 0)
    }

    /// The value a figure with a vague tail (余/多 right after its digits and scale: 1.2万余名, 300多个, 40余人) stays
    /// below: its value plus one unit of its last non-zero digit — 1.2万余 → 13000, 300多 → 400, 40余 → 50, 2300余 →
    /// 2400. nil when the surface has no such tail or no Arabic digits (四十余人: read as unbounded, as before).
    static func vagueTailCeiling(of m: Metric) -> Decimal? {
        let scalars = Array(m.surface.unicodeScalars)
        var i = 0
        func isDigitLike(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) || v == 0x2E || v == 0xFF0E }
        while i < scalars.count, !isDigitLike(scalars[i].value) { i += 1 }
        while i < scalars.count, isDigitLike(scalars[i].value) || scalars[i].value == 0x20 { i += 1 }
        while i < scalars.count, [0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x20].contains(scalars[i].value) { i += 1 }
        guard i < scalars.count, scalars[i].value == 0x4F59 || scalars[i].value == 0x591A,
              let (digits, decimals) = printedDigits(m.surface),
              let printed = ValueRange.decimal(digits: digits, exponent: -decimals), printed > 0 else { return nil }
        var zeros = 0
        for d in digits.reversed() { if d == 0x30 { zeros += 1 } else { break } }
        let scale = powerOfTen(near: m.value, over: printed)
        let place = Decimal(sign: .plus, exponent: zeros - decimals, significand: 1) * scale
        return m.value + place
    }

    /// Half the last printed digit, scaled: 7.8万 → 500, 7.5% → 0.05, 236项 → 0 (integers are exact),
    /// 8万人 → 5000 (a whole 万 is rounded to the 万).
    static func halfUnit(of m: Metric) -> Decimal {
        guard let (digits, decimals) = printedDigits(m.surface) else {
            if LiteralSearch.contains(m.surface, "亿") { return 50_000_000 }
            if LiteralSearch.contains(m.surface, "万") { return 5_000 }
            return 0
        }
        // A whole number printed as its value (236项 = 236): no scale on it, so no half unit — known from the
        // Decimal's storage without building the printed number or trying powers of ten.
        if decimals == 0, let first = digits.firstIndex(where: { $0 != 0x30 }), digits.count - first <= 18 {
            var n: UInt64 = 0
            for d in digits[first...] { n = n * 10 + UInt64(d - 0x30) }
            if ValueRange.equals(m.value, n) == true { return 0 }
        }
        guard let printed = ValueRange.decimal(digits: digits, exponent: -decimals), printed != 0 else { return 0 }
        let scale = powerOfTen(near: m.value, over: printed)
        if decimals == 0 && scale <= 1 { return 0 }
        // Half of one unit in the last printed place: 10⁻ᵈ × scale × 5 / 10.
        return Decimal(sign: .plus, exponent: -decimals - 1, significand: 5) * scale
    }

    /// The rounding of a stated change: `printedHalf` for a rate (增长34% is 33.5…34.5, not exactly 34), else
    /// `halfUnit` (增加236项 is exact, 增加2.3万人 is 22,950…23,050).
    ///
    /// Why: change-agrees read a rate printed whole as exact, so 较去年同期的108,183张上升34% beside 144,982张 (34.01%) was
    /// an error, and so was every whole rate of a news release that did not come out to the hundredth.
    static func changeHalf(of m: Metric) -> Decimal {
        m.kind == .percent ? printedHalf(of: m) : halfUnit(of: m)
    }

    /// Half a unit of the last printed place of a rate, whatever its digits: 7% → 0.5, 7.1% → 0.05, 0 when no digits
    /// are printed. A whole count (236项) is exact, but a share printed whole is rounded like any other (部门本级20.1亿元
    /// （占7%） of 281.46亿元 is 7.14%): the rules that compute a share from its amounts ask this of the share.
    static func printedHalf(of m: Metric) -> Decimal {
        guard let (_, decimals) = printedDigits(m.surface) else { return 0 }
        return Decimal(sign: .plus, exponent: -decimals - 1, significand: 5)
    }

    /// `halfUnit` without its shortcut for a whole number printed as its value: the reference it is tested against.
    /// Half the last printed digit, scaled: 7.8万 → 500, 7.5% → 0.05, 236项 → 0 (integers are exact),
    /// 8万人 → 5000 (a whole 万 is rounded to the 万).
    static func halfUnitPlain(of m: Metric) -> Decimal {
        guard let (digits, decimals) = printedDigits(m.surface) else {
            if LiteralSearch.contains(m.surface, "亿") { return 50_000_000 }
            if LiteralSearch.contains(m.surface, "万") { return 5_000 }
            return 0
        }
        guard let printed = ValueRange.decimal(digits: digits, exponent: -decimals), printed != 0 else { return 0 }
        let scale = powerOfTen(near: m.value, over: printed)
        if decimals == 0 && scale <= 1 { return 0 }
        // Half of one unit in the last printed place: 10⁻ᵈ × scale × 5 / 10.
        return Decimal(sign: .plus, exponent: -decimals - 1, significand: 5) * scale
    }

    /// `value == n`, read off the Decimal's storage (`DecimalDigits`' layout, trusted once checked): mantissa
    /// × 10^exponent against n, in UInt64 — no Decimal arithmetic. nil when the layout cannot be read.
    static func equals(_ value: Decimal, _ n: UInt64) -> Bool? {
        guard DecimalDigits.layoutReadable, !value.isNaN else { return nil }
        let (exponent, length, negative, mantissa) = DecimalDigits.parts(value)
        guard length <= 4 else { return nil }
        if mantissa == 0 { return n == 0 }
        if negative { return false }
        // Whichever side has the smaller exponent is scaled up; past UInt64 it cannot equal the other.
        var x = exponent >= 0 ? mantissa : n
        for _ in 0..<abs(exponent) {
            let (r, overflow) = x.multipliedReportingOverflow(by: 10)
            if overflow { return false }
            x = r
        }
        return exponent >= 0 ? x == n : x == mantissa
    }

    /// `decimal(digits:exponent:)` for ASCII digits: up to 18 significant digits read as a UInt64.
    static func decimal(digits: [UInt8], exponent: Int) -> Decimal? {
        guard let first = digits.firstIndex(where: { $0 != 0x30 }) else { return digits.isEmpty ? nil : 0 }
        guard digits.count - first <= 18 else { return decimal(digits: String(decoding: digits, as: UTF8.self), exponent: exponent) }
        var n: UInt64 = 0
        for d in digits[first...] { n = n * 10 + UInt64(d - 0x30) }
        return Decimal(sign: .plus, exponent: exponent, significand: Decimal(n))
    }

    /// digits × 10^exponent, exactly (38 significant digits at most, as Decimal holds).
    static func decimal(digits: String, exponent: Int) -> Decimal? {
        let trimmed = digits.drop { $0 == "0" }
        if trimmed.isEmpty { return digits.isEmpty ? nil : 0 }
        if trimmed.count <= 18, let n = UInt64(trimmed) {
            return Decimal(sign: .plus, exponent: exponent, significand: Decimal(n))
        }
        guard let whole = Decimal(string: String(trimmed), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return Decimal(sign: .plus, exponent: exponent, significand: whole)
    }

    /// |v − q·10ᵏ| · 1000 ≤ q·10ᵏ.
    private static func fits(_ v: Decimal, _ q: Decimal, _ k: Int) -> Bool {
        let scaled = Decimal(sign: .plus, exponent: q.exponent + k, significand: q.significand)
        let d = abs(v - scaled)
        return Decimal(sign: .plus, exponent: d.exponent + 3, significand: d.significand) <= scaled
    }

    /// The power of ten p (1 … 10¹²) with |value| within p/1000 of |printed| × p, else 1: the scale the
    /// text's unit put on its printed number (7.8万 → 78000 / 7.8 = 10000). Multiplied out, no division.
    static func powerOfTen(near value: Decimal, over printed: Decimal) -> Decimal {
        let v = abs(value), q = abs(printed)
        // At most one k fits (the bands ±0.1% around q·10ᵏ and q·10ᵏ⁺¹ are apart), so the k the exponents
        // suggest (7.8万: 78000 = 78·10³, 7.8 = 78·10⁻¹ → 4) is the answer when it fits; else every k is tried.
        let hint = v.exponent - q.exponent
        if (0...12).contains(hint) && fits(v, q, hint) { return Decimal(sign: .plus, exponent: hint, significand: 1) }
        for k in 0...12 {
            // q × 10ᵏ and d × 1000 by moving the exponent: no multiplication.
            let scaled = Decimal(sign: .plus, exponent: q.exponent + k, significand: q.significand)
            let d = abs(v - scaled)
            if Decimal(sign: .plus, exponent: d.exponent + 3, significand: d.significand) <= scaled {
                return Decimal(sign: .plus, exponent: k, significand: 1)
            }
        }
        return 1
    }
}

