import Foundation

/// A reporting period: a year (when stated) and a run of months, so bulletins can be put in order.
///
/// Reads the machine forms the extractor writes (2024-04, 2024-Q1, 2024-H1, 2024) and the Chinese ones
/// found in titles and scopes: 2024年1—4月 → 2024, months 1…4; 一季度 → months 1…3 (year unknown);
/// 上半年 → 1…6; 2024年4月份 → 2024, month 4. Bulletins are ordered by year, then by the last month
/// covered, so 1—2月 < 1—3月 < 1—4月 and 一季度 < 上半年 < 前三季度 < 全年.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int?
    public var firstMonth: Int
    public var lastMonth: Int

    public init(year: Int?, firstMonth: Int, lastMonth: Int) {
        self.year = year
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
    }

    /// Parses the first period named in `text`; nil when it names none (自2020年以来, 年内, 3年来).
    public init?(_ text: String) {
        let t = Period.folded(text)
        guard !t.isEmpty, !t.contains("以来"), !t.contains("年来") else { return nil }
        if let p = Period.machine(t) { self = p; return }
        var year: Int? = nil
        var rest = t[...]
        if let m = Period.first(#"((?:19|20)[0-9]{2})年"#, in: t) {
            year = Int(m[1])
            if let r = t.range(of: m[0]) { rest = t[r.upperBound...] }
        }
        let r = String(rest)
        if let m = Period.first(#"([0-9]{1,2})-([0-9]{1,2})月"#, in: r), let a = Int(m[1]), let b = Int(m[2]),
           1...12 ~= a, a...12 ~= b {
            self.init(year: year, firstMonth: a, lastMonth: b); return
        }
        // 1月至10月 (folded 1月-10月): the months of a running period written with each 月.
        if let m = Period.first(#"([0-9]{1,2})月-([0-9]{1,2})月"#, in: r), let a = Int(m[1]), let b = Int(m[2]),
           1...12 ~= a, a...12 ~= b {
            self.init(year: year, firstMonth: a, lastMonth: b); return
        }
        // 前10个月, 前两个月, 前十个月: the first months of the year.
        if let m = Period.first(#"前([0-9]{1,2}|[一二三四五六七八九十两]{1,3})个?月"#, in: r),
           let b = Int(m[1]) ?? Period.monthNumber(Array(m[1].replacingOccurrences(of: "两", with: "二").unicodeScalars)[...]),
           2...12 ~= b {
            self.init(year: year, firstMonth: 1, lastMonth: b); return
        }
        if let m = Period.first(#"前([1-4])季度"#, in: r), let q = Int(m[1]) {
            self.init(year: year, firstMonth: 1, lastMonth: 3 * q); return
        }
        if let m = Period.first(#"([1-4])季度"#, in: r), let q = Int(m[1]) {
            self.init(year: year, firstMonth: 3 * q - 2, lastMonth: 3 * q); return
        }
        // 截至4月末 (folded 截-4月末), 截止4月底: a running total at a month's end, since January as far as a year's
        // bulletins go.
        if let m = Period.first(#"截[-至止]([0-9]{1,2})月[末底]"#, in: r), let b = Int(m[1]), 2...12 ~= b {
            self.init(year: year, firstMonth: 1, lastMonth: b); return
        }
        if r.contains("上半年") { self.init(year: year, firstMonth: 1, lastMonth: 6); return }
        if r.contains("下半年") { self.init(year: year, firstMonth: 7, lastMonth: 12); return }
        if let m = Period.first(#"([0-9]{1,2})月"#, in: r), let a = Int(m[1]), 1...12 ~= a {
            self.init(year: year, firstMonth: a, lastMonth: a); return
        }
        guard let year else { return nil }
        self.init(year: year, firstMonth: 1, lastMonth: 12)
    }

    /// True for 1—N月 (1 < N < 12), 上半年, 前三季度: figures for it are running totals since January
    /// (a whole year is a period of its own, not a running total).
    public var isYearToDate: Bool { firstMonth == 1 && lastMonth > 1 && lastMonth < 12 }

    /// Same period, where an unknown year matches any year: 1—3月 == 2024年1—3月.
    public func matches(_ other: Period) -> Bool {
        firstMonth == other.firstMonth && lastMonth == other.lastMonth
            && (year == nil || other.year == nil || year == other.year)
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.year ?? 0, a.lastMonth, a.firstMonth) < (b.year ?? 0, b.lastMonth, b.firstMonth)
    }

    /// 2024, 2024-Q1, 2024-H1, 2024-04, 2024-01..04 (year written as ???? when unknown).
    public var description: String {
        let y = year.map { String($0) } ?? "????"
        func mm(_ m: Int) -> String { m < 10 ? "0\(m)" : "\(m)" }
        switch (firstMonth, lastMonth) {
        case (1, 12): return y
        case (1, 6): return "\(y)-H1"
        case (7, 12): return "\(y)-H2"
        case let (a, b) where a == b: return "\(y)-\(mm(a))"
        case let (a, b) where b == a + 2 && a % 3 == 1: return "\(y)-Q\((a + 2) / 3)"
        case let (a, b): return "\(y)-\(mm(a))..\(mm(b))"
        }
    }

    // MARK: - Reading

    /// 2024-04, 2024-01/04 (the extractor's 1—4月), 2024-01..04, 2024-Q1, 2024-H1, 2024, 2023-03-24;
    /// ???? for an unknown year.
    private static func machine(_ t: String) -> Period? {
        let year = "((?:19|20)[0-9]{2}|\\?{4})"
        func y(_ s: String) -> Int? { Int(s) }
        if let m = first("^\(year)-([0-9]{2})(?:-[0-9]{2})?$", in: t), let a = Int(m[2]), 1...12 ~= a {
            return Period(year: y(m[1]), firstMonth: a, lastMonth: a)
        }
        if let m = first("^\(year)-([0-9]{2})(?:/|\\.\\.)([0-9]{2})$", in: t), let a = Int(m[2]), let b = Int(m[3]),
           1...12 ~= a, a...12 ~= b {
            return Period(year: y(m[1]), firstMonth: a, lastMonth: b)
        }
        if let m = first("^\(year)-Q([1-4])$", in: t), let q = Int(m[2]) {
            return Period(year: y(m[1]), firstMonth: 3 * q - 2, lastMonth: 3 * q)
        }
        if let m = first("^\(year)-H([12])$", in: t), let h = Int(m[2]) {
            return Period(year: y(m[1]), firstMonth: h == 1 ? 1 : 7, lastMonth: h == 1 ? 6 : 12)
        }
        if let m = first("^((?:19|20)[0-9]{2})$", in: t), let v = Int(m[1]) {
            return Period(year: v, firstMonth: 1, lastMonth: 12)
        }
        return nil
    }

    /// Folds widths, dashes and month numerals so one set of patterns reads every spelling:
    /// ２０２４年一至四月份 → 2024年1-4月.
    /// Read scalar by scalar (each scalar was one character before; 六's compatibility twin U+F9D1 counts as 六,
    /// as character comparison has it).
    static func folded(_ text: String) -> String { string(foldedScalars(text)) }

    /// Scalars as a String, through their UTF-8 (no scalar-by-scalar String append).
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 3)
        for u in scalars { UTF8.encode(u) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `folded`, as scalars.
    static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            switch u.value {
            case 0xFF10...0xFF19: chars.append(Unicode.Scalar(UInt8(u.value - 0xFF10 + 0x30)))
            case 0x2014, 0x2013, 0x2012, 0x2015, 0xFF0D, 0x2212, 0x301C, 0xFF5E, 0x7E, 0x81F3, 0x5230:
                chars.append("-")   // dashes, 至, 到
            case 0xAD, 0x20, 0x3000, 0x0A, 0x0D, 0x09, 0x200B, 0x7B2C: continue   // spaces, soft hyphen, 第
            case 0x4EFD where chars.last == "月": continue                        // 月份 → 月
            default: chars.append(u)
            }
        }
        // Month and quarter numerals: 一至四月 → 1-4月, 十二月 → 12月, 二季度 → 2季度.
        // Most texts hold no numeral: nothing to fold.
        guard chars.contains(where: { numeral($0) != nil }) else { return chars }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            var j = i
            while j < chars.count, numeral(chars[j]) != nil { j += 1 }
            // 前五个月: a month count after 前 folds too.
            let monthCount = j + 1 < chars.count && chars[j] == "个" && chars[j + 1] == "月" && i > 0 && chars[i - 1] == "前"
            if j > i, j < chars.count, chars[j] == "月" || chars[j] == "季" || chars[j] == "-" || monthCount,
               let n = monthNumber(chars[i..<j]) {
                out.append(contentsOf: String(n).unicodeScalars)
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// 一 … 十 as a number.
    @inline(__always)
    private static func numeral(_ u: Unicode.Scalar) -> Int? {
        switch u.value {
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D, 0xF9D1: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        case 0x5341: return 10
        default: return nil
        }
    }

    /// 一 … 十二 as a month number; nil for anything longer (二十 is no month).
    private static func monthNumber(_ run: ArraySlice<Unicode.Scalar>) -> Int? {
        let v = run.map { numeral($0)! }
        switch v.count {
        case 1: return v[0]
        case 2 where v[0] == 10 && v[1] <= 2: return 10 + v[1]
        default: return nil
        }
    }

    private static func first(_ pattern: String, in text: String) -> [String]? {
        guard let re = RegexCache.shared.regex(pattern) else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }
}

/// Compiled patterns, built once each: compiling an NSRegularExpression costs far more than matching
/// one short scope or file name with it.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let re = compiled[pattern] { return re }
        guard let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        compiled[pattern] = re
        return re
    }
}

/// Periods of scope texts, read once per process: bulletins of a series repeat their scopes (1—4月, 截至目前)
/// document after document, and `Period.init` runs several regexes. Keyed by exact bytes; bounded.
final class PeriodCache: @unchecked Sendable {
    static let shared = PeriodCache()
    private let lock = NSLock()
    private var periods: [ExactKey: Period?] = [:]
    private let limit = 100_000

    func period(_ text: String) -> Period? {
        let key = ExactKey(text: text)
        lock.lock()
        if let p = periods[key] { lock.unlock(); return p }
        lock.unlock()
        let p = Period(text)
        lock.lock()
        if periods.count < limit { periods[key] = p }
        lock.unlock()
        return p
    }
}
