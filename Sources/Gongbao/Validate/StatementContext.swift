import Foundation

/// What a figure's sentence says about which variant of its subject it is, per dimension (synonyms.yaml
/// `context:`): year (2025年, 上年, 五年), stage (plan: 预算/调整为/草案; actual: 完成/执行/为预算的),
/// comparison base (同比, 环比, 比上年), stock (新增 vs 累计/年末) and place (全市 vs 市本级).
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

    func conflicts(with other: StatementContext) -> Bool {
        for (dimension, mine) in labels {
            if let theirs = other.labels[dimension], mine.isDisjoint(with: theirs) { return true }
        }
        return false
    }

    /// Reads the markers of a sentence (tags and spaces already removed).
    init(sentence: String, catalogue: SubjectCatalogue) {
        guard !sentence.isEmpty else { return }
        var bytes = Array(sentence.utf8)
        let bar: [UInt8] = [0x7C]
        for name in catalogue.contextNames where !name.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(name.utf8), with: bar) { bytes = r }
        }
        let folded = Period.folded(ByteText.string(bytes))
        let ns = folded as NSString
        // The patterns need 年, or 月 / 季 / 半: most sentences skip the regex.
        let scalars = folded.unicodeScalars
        if scalars.contains("年") {
            for m in StatementContext.yearPattern.regex.matches(in: folded, range: NSRange(location: 0, length: ns.length)) {
                labels["year", default: []].insert(ns.substring(with: m.range(at: 1)))
            }
        }
        if scalars.contains(where: { $0 == "月" || $0 == "季" || $0 == "半" }) {
            for m in StatementContext.monthsPattern.regex.matches(in: folded, range: NSRange(location: 0, length: ns.length)) {
                labels["months", default: []].insert(ns.substring(with: m.range))
            }
        }
        for marker in catalogue.contextMarkers {
            let word = Array(marker.word.utf8)
            guard !word.isEmpty, let r = ByteText.replacingAll(bytes, word, with: bar) else { continue }
            labels[marker.dimension, default: []].insert(marker.label)
            bytes = r
        }
    }

    init() {}

    /// 2025年 (a year of the calendar, not 3年 or 2000年以来's base alone).
    static let yearPattern = RegexBox(try! NSRegularExpression(pattern: "((?:19|20)[0-9]{2})年(?!以来|来)"))
    /// 1-4月, 4月, 一季度 folded: the months a figure covers.
    static let monthsPattern = RegexBox(try! NSRegularExpression(pattern: "[0-9]{1,2}-[0-9]{1,2}月|前?[1-4]季度|上半年|下半年"))
}
