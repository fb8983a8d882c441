import Foundation

/// What a figure's sentence says about which variant of its subject it is, per dimension (synonyms.yaml
/// `context:`): year (2025年, 上年, 五年), stage (plan: 预算/调整为/草案; actual: 完成/执行/为预算的),
/// comparison base (同比, 环比, 比上年), stock (新增 vs 累计/年末), place (全市 vs 市本级) and budget account
/// (一般公共预算 vs 政府性基金预算).
///
/// Two statements conflict when some dimension is named in both sentences with no label in common:
///   全市政府性基金预算收入45.1亿元，为预算的80.8% (actual) and …收入77.3亿元，增长71.5% … 2026年 (plan)
/// are two figures, not a repeat gone wrong. A dimension named on one side only never conflicts: a pull
/// quote (人才资源 7.8万人) restates line 60 without its 截至目前.
struct StatementContext: Sendable, Hashable {
    /// dimension → labels found.
    var labels: [String: Set<String>] = [:]

    static let empty = StatementContext()

    var isEmpty: Bool { labels.isEmpty }

    /// The labels that tell a level from the document's others: a year label that is only the document's own year
    /// (2025年 in a 2025 analysis) and a place label that is only the whole region (全州) say nothing the document
    /// does not say of every figure it states without them, and a comparison base (同比增长 after the level) is the
    /// base of the change beside it, not of the level.
    func distinguishing(documentYear: Int?) -> StatementContext {
        var out = self
        out.labels["base"] = nil
        if let y = documentYear, out.labels["year"] == [String(y)] { out.labels["year"] = nil }
        if out.labels["place"] == ["全"] { out.labels["place"] = nil }
        return out
    }

    func conflicts(with other: StatementContext) -> Bool {
        for (dimension, mine) in labels {
            if let theirs = other.labels[dimension], mine.isDisjoint(with: theirs) { return true }
        }
        return false
    }

    /// Reads the markers of a sentence (tags and spaces already removed).
    init(sentence: String, catalogue: SubjectCatalogue) {
        self.init(sentence: sentence, words: ContextWords(catalogue))
    }

    /// Reads the markers of a sentence with the catalogue's words indexed once (`ContextWords`): names are
    /// written `|` first (一般公共预算 holds no 预算 of a plan), then the year and months are read, then each
    /// marker found is noted and written `|` (调整为 before 为…).
    init(sentence: String, words: ContextWords) {
        guard !sentence.isEmpty else { return }
        var bytes = Array(sentence.utf8)
        let occurs = words.occurring(in: bytes)
        let bar: [UInt8] = [0x7C]
        for k in 0..<words.nameCount where occurs[k] {
            if let r = ByteText.replacingAll(bytes, words.words[k], with: bar) {
                bytes = r
                if let m = words.nameMarkers[k] { labels[m.dimension, default: []].insert(m.label) }
            }
        }
        let scalars = Period.foldedScalars(ByteText.string(bytes))
        // 2025年 (not 2000年以来, 3年来): read by hand, the pattern's matches never overlap.
        for year in StatementContext.years(in: scalars) { labels["year", default: []].insert(year) }
        // The months pattern needs a digit before 月 or 季, or 半年: most sentences skip the regex.
        if StatementContext.mayNameMonths(scalars) {
            let folded = Period.string(scalars)
            let ns = folded as NSString
            for m in StatementContext.monthsPattern.regex.matches(in: folded, range: NSRange(location: 0, length: ns.length)) {
                labels["months", default: []].insert(ns.substring(with: m.range))
            }
        }
        for (n, marker) in words.markers.enumerated() where occurs[words.nameCount + n] {
            let word = words.words[words.nameCount + n]
            guard !word.isEmpty, let r = ByteText.replacingAll(bytes, word, with: bar) else { continue }
            labels[marker.dimension, default: []].insert(marker.label)
            bytes = r
        }
    }

    /// The years `yearPattern` finds: (19|20)dd年 not followed by 以来 or 来.
    static func years(in u: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var i = 0
        while i + 4 < u.count {
            defer { i += 1 }
            guard u[i + 4] == "年" else { continue }
            let a = u[i], b = u[i + 1]
            guard (a == "1" && b == "9") || (a == "2" && b == "0"),
                  ("0"..."9").contains(u[i + 2]), ("0"..."9").contains(u[i + 3]) else { continue }
            if i + 5 < u.count && (u[i + 5] == "来" || (u[i + 5] == "以" && i + 6 < u.count && u[i + 6] == "来")) { continue }
            out.append(Period.string(Array(u[i..<(i + 4)])))
        }
        return out
    }

    /// A digit before 月 or 季, or 半年: what every match of `monthsPattern` holds.
    static func mayNameMonths(_ u: [Unicode.Scalar]) -> Bool {
        var i = 1
        while i < u.count {
            let c = u[i]
            if c == "月" || c == "季" { if ("0"..."9").contains(u[i - 1]) { return true } }
            else if c == "年" && u[i - 1] == "半" { return true }
            i += 1
        }
        return false
    }

    init() {}

    /// 2025年 (a year of the calendar, not 3年 or 2000年以来's base alone).
    static let yearPattern = RegexBox(try! NSRegularExpression(pattern: "((?:19|20)[0-9]{2})年(?!以来|来)"))
    /// 1-4月, 4月, 一季度 folded: the months a figure covers.
    static let monthsPattern = RegexBox(try! NSRegularExpression(pattern: "[0-9]{1,2}-[0-9]{1,2}月|前?[1-4]季度|上半年|下半年"))
}
