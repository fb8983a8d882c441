#if canImport(Glibc)
import Glibc
#endif

/// date-exists: a date written with a day its month does not have — 2月30日, 4月31日, 2023年2月29日 — or a
/// 13th month. No calendar holds it, so it is a slip of the pen (4月30日 → 4月31日) whatever the document says.
///
/// Judged only where the figure itself writes its month and day (a bare 31日 takes its month from the context, which
/// the extractor may have read wrong), and 2月29日 only where it writes its year too (else the year is inherited).
/// Lunar dates (农历二月三十, 腊月三十) are left: a lunar month may have 30 days; the lunar words are looked for in the
/// few bytes before the figure only.
///
/// A month above 12 (2024年14月, 13月5日) the extractor never reads as a date — its months stop at 12 — so the text is
/// looked at for it: Arabic digits 13…99 right before 月, after a written year (four digits and 年) or before a day
/// (digits and 日 or 号); 13个月 is a span and 1—13月 or 13月份 with no year nor day is left. 月's last byte is found by
/// memchr, once over each document's bytes.
enum DateRule {
    /// Words that make a date a lunar one.
    static let lunarWords: [[UInt8]] = ["农历", "阴历", "夏历", "正月", "腊月", "冬月", "闰"].map { Array($0.utf8) }
    static let monthBytes = Array("月".utf8), yearBytes = Array("年".utf8)
    static let dayMarks: [[UInt8]] = [Array("日".utf8), Array("号".utf8)]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("date-exists", severity)
        for document in c.documents {
            for m in document.metrics where m.kind == .date {
                guard let date = m.dateValue, let (y, mo, d) = parts(date) else { continue }
                let surface = Array(m.surface.utf8)
                guard ByteText.contains(surface, monthBytes), dayMarks.contains(where: { ByteText.contains(surface, $0) }) else { continue }
                let yearWritten = y > 0 && ByteText.contains(surface, yearBytes)
                guard let problem = impossibility(year: y, month: mo, day: d, yearWritten: yearWritten) else { out.pass(); continue }
                if let text = document.text, isLunar(text.bytes, before: m.sourceRange.lowerBound) { out.cannotEvaluate(); continue }
                out.fail(Finding(ruleID: "date-exists", severity: severity,
                                 message: "\(m.surface.filter { !$0.isWhitespace }) is no date: \(problem)",
                                 locations: [m.location]))
            }
            guard let text = document.text else { continue }
            for (start, end, month) in impossibleMonths(text.bytes) {
                out.fail(Finding(ruleID: "date-exists", severity: severity,
                                 message: "\(UTF8Scan.string(text.bytes, start..<end)) is no date: there is no month \(month)",
                                 locations: [text.location(ofOffset: start)]))
            }
        }
        return out
    }

    /// (start, end, month) of each month 13…99 written in Arabic digits before 月 with a written year before it
    /// (2024年14月: start at the year) or a day after it (13月5日: start at the month).
    static func impossibleMonths(_ b: [UInt8]) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        let n = b.count
        b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, n >= 5 else { return }
            let raw = UnsafeRawPointer(base)
            var i = 2
            // 月 is E6 9C 88: its last byte found by memchr (a sixth as frequent as the lead byte E6 in Chinese
            // text), the two before it compared.
            while i + 3 <= n, let hit = memchr(raw + i + 2, 0x88, n - i - 2) {
                let at = UnsafeRawPointer(hit) - raw - 2
                i = at + 3
                guard b[at] == 0xE6, b[at + 1] == 0x9C else { continue }
                // Two digits before 月, no third.
                guard at >= 2, isDigit(b[at - 1]), isDigit(b[at - 2]), at < 3 || !isDigit(b[at - 3]) else { continue }
                let month = Int(b[at - 2] - 0x30) * 10 + Int(b[at - 1] - 0x30)
                guard month > 12 else { continue }
                // A written year: 年 right before, four digits before it.
                let y = at - 5
                if y >= 4, b[y] == yearBytes[0], b[y + 1] == yearBytes[1], b[y + 2] == yearBytes[2],
                   (1...4).allSatisfy({ isDigit(b[y - $0]) }), y < 5 || !isDigit(b[y - 5]) {
                    out.append((y - 4, at + 3, month))
                    continue
                }
                // A day after it: one or two digits and 日 or 号.
                var d = at + 3
                while d < n, d < at + 5, isDigit(b[d]) { d += 1 }
                guard d > at + 3, d + 3 <= n, dayMarks.contains(where: { m in (0..<3).allSatisfy { b[d + $0] == m[$0] } }) else { continue }
                out.append((at - 2, d + 3, month))
            }
        }
        return out
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// (year, month, day) of an ISO date the extractor wrote (2025-02-30; ????-06-31 when no year is known: year 0);
    /// nil for a year, a quarter or a month.
    static func parts(_ iso: String) -> (Int, Int, Int)? {
        let fields = iso.split(separator: "-")
        guard fields.count == 3, let m = Int(fields[1]), let d = Int(fields[2]) else { return nil }
        return (Int(fields[0]) ?? 0, m, d)
    }

    /// Why the day does not exist; nil when it does. February has 29 days unless the year is written and no leap year.
    static func impossibility(year: Int, month: Int, day: Int, yearWritten: Bool) -> String? {
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        guard day >= 1 else { return "there is no day \(day)" }
        let leap = !yearWritten || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day > days else { return nil }
        return month == 2 && day == 29 ? "\(year) is no leap year, its February has 28 days" : "month \(month) has \(days) days"
    }

    /// A lunar word in the 24 bytes before `offset` (about eight characters).
    static func isLunar(_ bytes: [UInt8], before offset: Int) -> Bool {
        let end = min(max(offset, 0), bytes.count)
        let start = max(0, end - 24)
        let window = Array(bytes[start..<end])
        return lunarWords.contains { ByteText.contains(window, $0) }
    }
}
