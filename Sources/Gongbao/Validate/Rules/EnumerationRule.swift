import Foundation

/// enumeration-count-agrees: a count that announces a list (重点抓好三项工作：一是…二是…三是…; 新政分三大板块，一是…)
/// must be as long as the list of 一是, 二是, 三是 … that follows it.
///   今年重点抓好三项工作：一是稳增长；二是促改革；三是惠民生；四是防风险 — four items, not three: error.
///
/// Only where the list starts right after the count (一是 within `reach` bytes, no digit between), the count is
/// written in Chinese numerals with a classifier that counts things (项, 个, 大, 条 …) and is 2…12. The list runs
/// while the next ordinal follows (二是 after 一是 …) within `window` bytes of the one before; it ends at a new 一是
/// (another list) or when the next ordinal does not come. Reads only the bytes after each such count, never the
/// whole document.
enum EnumerationRule {
    /// The ordinals of a list, 一是 … 十二是, as UTF-8 (index k is item k + 1).
    static let ordinals: [[UInt8]] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        .map { Array(($0 + "是").utf8) }
    /// Chinese numerals a count may be written in (两 for two).
    static let numerals: Set<Character> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Classifiers that count the items of a list.
    static let classifiers: [String] = ["项", "个", "大", "条", "类", "点", "件", "种", "方面", "板块", "举措"]
    /// How far after the count the list may start (about 12 characters), and how far apart two items may be.
    static let reach = 36, window = 6000

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("enumeration-count-agrees", severity)
        for document in c.documents {
            guard let text = document.text else { continue }
            let bytes = text.bytes
            for m in document.metrics where m.kind == .count && announces(m) {
                // A lone 一是 says nothing of the list's length (the rest may be written 其次, 同时 …).
                guard let items = listLength(bytes, after: m.sourceRange.upperBound), items >= 2 else { continue }
                let n = NSDecimalNumber(decimal: m.value).intValue
                if items == n { out.pass(); continue }
                out.fail(Finding(ruleID: "enumeration-count-agrees", severity: severity,
                                 message: "\(m.surface) announced, but the list after it runs to \(ordinal(items)) (\(items) items)",
                                 locations: [m.location]))
            }
        }
        return out
    }

    /// A count written in Chinese numerals and a list classifier, 2…12, no qualifier: 三项, 五个, 三大.
    static func announces(_ m: Metric) -> Bool {
        guard m.qualifiers.isEmpty, m.direction == nil, m.valueMax == nil, m.value >= 2, m.value <= 12,
              let first = m.surface.first, numerals.contains(first) else { return false }
        let rest = m.surface.drop { numerals.contains($0) }
        return classifiers.contains { rest.hasPrefix($0) }
    }

    /// The number of items of the 一是 list starting within `reach` bytes after `offset`; nil when none starts there.
    static func listLength(_ bytes: [UInt8], after offset: Int) -> Int? {
        guard offset >= 0, offset < bytes.count else { return nil }
        guard let first = marker(ordinals[0], in: bytes, from: offset, to: min(bytes.count, offset + reach)) else { return nil }
        // Nothing that reads as another figure between the count and its list.
        for b in bytes[offset..<first] where b >= 0x30 && b <= 0x39 { return nil }
        var at = first + ordinals[0].count
        var items = 1
        while items < ordinals.count {
            let limit = min(bytes.count, at + window)
            guard let next = marker(ordinals[items], in: bytes, from: at, to: limit) else { break }
            // A new list (一是 again) before the next item ends this one.
            if let restart = marker(ordinals[0], in: bytes, from: at, to: next) , restart < next { break }
            at = next + ordinals[items].count
            items += 1
        }
        return items
    }

    /// The first place in `from..<to` where `word` starts as an ordinal: after a mark, a space, a tag or the start, not
    /// inside a word (统一是, 唯一是, 第十二是 hold 一是 and 二是; 十二是 is read as a whole).
    static func marker(_ word: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        let n = word.count, first = word[0]
        var i = max(from, 0)
        let last = min(to, bytes.count) - n
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < n && bytes[i + k] == word[k] { k += 1 }
                if k == n && isBoundary(bytes, before: i) { return i }
            }
            i += 1
        }
        return nil
    }

    /// The character before `k` is ASCII (a space, a break, a tag's >), CJK punctuation (U+3000–U+303F: 、。「) or a
    /// full-width form (U+FF00–U+FF65: ，；：（）), or `k` is the start.
    static func isBoundary(_ b: [UInt8], before k: Int) -> Bool {
        guard k > 0 else { return true }
        if b[k - 1] < 0x80 { return true }
        guard k >= 3 else { return false }
        let (x, y) = (b[k - 3], b[k - 2])
        return (x == 0xE3 && y == 0x80) || (x == 0xEF && (y == 0xBC || y == 0xBD))
    }

    static func ordinal(_ k: Int) -> String { k >= 1 && k <= ordinals.count ? String(decoding: ordinals[k - 1], as: UTF8.self) : "\(k)" }
}
