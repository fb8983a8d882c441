import Foundation

/// Everything the validator is configured with: the built-in rules' severities and tolerances, the
/// subject catalogue, declared orders and the analyst's filter-and-bound rules.
///
/// Built from the bundled rules.yaml + synonyms.yaml (`standard()`), then extended by an analyst's file
/// (`load(path:base:)`): lists are appended, severities and tolerances replaced.
public struct RuleSet: Sendable {
    public var catalogue = SubjectCatalogue()
    /// Per-rule severity; `nil` value turns a rule off (`severity: {scale-slip: off}`).
    public var severities: [String: Severity?] = [:]
    /// 约/近/左右: ± this fraction of the value.
    public var aboutTolerance: Decimal = Decimal(string: "0.1")!
    /// growth-consistency: percentage points allowed between a stated rate and the implied one.
    public var growthTolerance: Decimal = Decimal(string: "0.2")!
    /// scale-slip: ratio within ×/÷ this of 10⁴ or 10⁸.
    public var scaleFactor: Decimal = 3
    /// same-figure-agrees: repeats further apart than this ratio are taken as two figures, not judged.
    public var repeatRatio: Decimal = 2
    public var shareWords: [String] = []
    public var shareExclusions: [String] = []
    /// share-list-over-100: words that make the percents of a 分别 list shares of one whole (占, 比重, 贡献率).
    public var sharePartWords: [String] = []
    /// share-list-over-100: verbs that make a 分别 list's shares each of its own item (专项产业基金、新增能耗支持民间投资项目
    /// 比重分别为99.3%、93.8%: what part of each goes to private projects), unless the clause names one whole with 占.
    public var shareEachWords: [String] = []
    /// share-agrees: verbs a share's name of its whole may hold that the whole's own statement leaves out
    /// (占第三产业完成投资的比重 names 第三产业投资 119.90亿元).
    public var shareFillers: [String] = []
    /// ratio-agrees: figures defined as one figure over another (城镇化率 = 城镇常住人口 / 常住人口).
    public var definitions: [DefinedRatio] = []
    /// change-agrees: subjects whose rates are real (at comparable prices) by convention, whatever the sentence
    /// says: 地区生产总值, 增加值 — their nominal levels do not give them.
    public var realRateWords: [String] = []
    /// change-agrees: verbs of 由A…到B that say B is above A (增加到, 提高到) or below it (下降到, 减少到).
    public var upVerbs: [String] = []
    public var downVerbs: [String] = []
    /// parts-add-up: words that split a whole with nothing left out (出口/进口, 男/女, 第一/第二/第三产业).
    public var partitions: [[String]] = []
    /// structure-adds-to-100: words that say a ratio run is a structure of shares (结构, 构成, 比例).
    public var structureWords: [String] = []
    /// increase-exceeds-level: words naming amounts that may be below zero (利润, 结余, 差额): their increase may pass
    /// the level (净利润1亿元，比上年增加3亿元 turns a loss around).
    public var signedWords: [String] = []
    /// part-exceeds-total, parts-add-up: words of a per-unit amount (人均, 平均) — an average has no parts, and a
    /// group's own (城镇居民人均可支配收入 after 其中) may be above the whole's.
    public var perUnitWords: [String] = []
    /// Names of one class written with 、 inside (服装、鞋帽、针纺织品): rules.yaml `list_names`, longest first.
    public var listNames: [String] = []
    /// part-exceeds-total: a region's population (`population:` totals — 常住人口, 户籍人口), the words of its residents
    /// (parts: 人口, 居民), kinds of it that are no whole (not: 城镇, 农村) and the words of a sentence that speaks of
    /// a larger region (elsewhere: 全国, 我国).
    public var populationTotals: [String] = []
    public var populationParts: [String] = []
    public var populationNot: [String] = []
    public var populationElsewhere: [String] = []
    /// same-figure-agrees: region words by level (rules.yaml `region_levels`: 省 → 全省, 我省, 本省): two figures whose
    /// clauses name regions of different levels are two regions' figures.
    public var regionLevels: [(level: String, words: [[UInt8]])] = []
    /// balance-agrees: words of a balance that is a stock, not the year's difference (滚存, 累计, 上年).
    public var balanceExclusions: [String] = []
    /// parts-add-up: words that make a passage a balance statement (平衡情况), whose side totals (总收入, 支出总计) are
    /// split completely by their 其中 parts.
    public var balanceStatements: [String] = []
    /// balance-agrees: words of a balance stated as a shortfall (缺口, 赤字): spending less revenue, no minus written.
    public var balanceShortfalls: [String] = []
    /// balance-agrees: words of funds carried into the year (上年结余, 调入资金): items of its sources beside its revenue.
    public var balanceCarriedIn: [String] = []
    /// part-exceeds-total: words that put the figure after them as the object of a comparison (高于东部沿海33个开发区):
    /// rules.yaml `comparison_words`.
    public var comparisonWords: [String] = []
    /// identity-agrees: totals that are the sum of their parts by definition (资产总额 = 负债总额 + 净资产总额).
    public var identities: [SumIdentity] = []
    /// Message templates replacing the built-in rules' wording (`messages:` in a rule file).
    public var messages: [String: String] = [:]
    public var relations: [RelationRule] = []
    public var bounds: [BoundRule] = []
    /// Files read, in order (bundled first).
    public var files: [String] = []

    public init() {}

    /// The severity a rule runs at (its default unless the rule file says otherwise); nil when off.
    public func severity(of ruleID: String, default fallback: Severity) -> Severity? {
        if let set = severities[ruleID] { return set }
        return fallback
    }
}

/// `签约项目 <= 招引项目`: the left subject's figure may not exceed the right one's, in one document and scope.
public struct RelationRule: Sendable {
    public enum Operator: String, Sendable, CaseIterable {
        case lessOrEqual = "<=", less = "<", greaterOrEqual = ">=", greater = ">"
    }
    public var id: String
    public var left: SubjectPattern
    public var op: Operator
    public var right: SubjectPattern
    public var severity: Severity?
    public var message: String?
    /// Where the rule was declared (rules.yaml:20:5), for "not evaluable" notes.
    public var declaredAt: String

    public init(id: String = "declared-order", left: SubjectPattern, op: Operator, right: SubjectPattern,
                severity: Severity? = nil, message: String? = nil, declaredAt: String = "") {
        self.id = id
        self.left = left
        self.op = op
        self.right = right
        self.severity = severity
        self.message = message
        self.declaredAt = declaredAt
    }
}

/// An analyst's rule: which figures (subject, unit, kind, scope) and the bound they must respect.
///   - id: growth-below-50
///     subject: '~增长'
///     kind: percent
///     max: 50
///     severity: warning
public struct BoundRule: Sendable {
    public var id: String
    public var subject: SubjectPattern?
    public var unit: String?
    public var kind: MetricKind?
    public var scope: SubjectPattern?
    public var min: Decimal?
    public var max: Decimal?
    public var severity: Severity
    public var message: String?
    public var declaredAt: String
    /// Words one of which the subject (as written or normalized) must hold, tested before `subject` (`any:`): a
    /// cheap gate in front of a regular expression that every percent of a run would otherwise meet.
    public var anyWords: [String] = []
    /// Words none of which the subject (as written or normalized) may hold (`none:`): a figure whose subject holds one
    /// is left alone — a byte search, where a negative look-ahead ran a regular expression over every subject.
    public var noneWords: [String] = []
    /// Only figures of one whole year (`period: year`): the period their scope names, else their document's, runs
    /// from January to December and their sentence names no months — 地区生产总值增长47% for 2025 is a slip, 58.3% for
    /// 2021年一季度 (against a quarter the epidemic closed) is not.
    public var wholeYear = false
    /// Words of the figure's sentence or scope that exempt it (`unless:`): a span of years, not one year against the
    /// one before (年均, 五年来, 比2012年).
    public var unless: [String] = []

    public init(id: String, subject: SubjectPattern? = nil, unit: String? = nil, kind: MetricKind? = nil,
                scope: SubjectPattern? = nil, min: Decimal? = nil, max: Decimal? = nil,
                severity: Severity = .warning, message: String? = nil, declaredAt: String = "") {
        self.id = id
        self.subject = subject
        self.unit = unit
        self.kind = kind
        self.scope = scope
        self.min = min
        self.max = max
        self.severity = severity
        self.message = message
        self.declaredAt = declaredAt
    }
}

/// An accounting identity (rules.yaml `identities`): a total is the sum of its parts by definition —
///   {total: [资产总额, 总资产], parts: [[负债总额, 总负债], [净资产总额, 净资产, 所有者权益]]}
/// Each list holds the words a term's subject ends with.
public struct SumIdentity: Sendable, Hashable {
    public var total: [String]
    public var parts: [[String]]

    public init(total: [String], parts: [[String]]) {
        self.total = total
        self.parts = parts
    }
}

/// A figure defined as one figure of the document over another (rules.yaml `definitions`):
///   {ratio: 城镇化率, part: [城镇常住人口], whole: [常住人口], not: [城镇, 乡村], tolerance: 0.1}
/// `per` (人均地区生产总值 = 地区生产总值 / 常住人口) compares in the ratio's own unit within `tolerance` as a fraction;
/// otherwise the ratio is a percent, compared within `tolerance` percentage points beyond the figures' rounding.
public struct DefinedRatio: Sendable, Hashable {
    public var ratio: String
    public var part: [String]
    public var whole: [String]
    /// Words the whole's subject must not hold (城镇常住人口 is no whole of 城镇化率).
    public var wholeNot: [String]
    public var per: Bool
    public var tolerance: Decimal

    public init(ratio: String, part: [String], whole: [String], wholeNot: [String], per: Bool, tolerance: Decimal) {
        self.ratio = ratio
        self.part = part
        self.whole = whole
        self.wholeNot = wholeNot
        self.per = per
        self.tolerance = tolerance
    }
}
