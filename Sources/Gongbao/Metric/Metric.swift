import Foundation

/// One numeric statement of a document, typed and traceable to its source.
///
/// Values are exact decimals built from digit strings, never via binary floating point:
/// 44.14 亿元 → 4414000000, unit 元, kind .money.
public struct Metric: Sendable, Hashable {
    /// Where the figure starts in the source file.
    public var location: SourceLocation
    /// Byte range in the document's `SourceText` (for slicing and carets).
    public var sourceRange: Range<Int>
    /// The figure as written (number, scale, unit; stray spaces and line breaks kept): "7.8 万\n人".
    public var surface: String
    /// The noun phrase that says what is counted: 人才资源.
    public var subject: String
    public var value: Decimal
    /// Upper bound of a range (6-8亿元 → value 6e8, valueMax 8e8).
    public var valueMax: Decimal?
    /// Canonical unit: 人, 元, %, 个百分点, 吨 …; nil when no classifier is written (三大板块).
    public var unit: String?
    public var kind: MetricKind
    public var qualifiers: [Qualifier]
    /// Time or region scope stated nearby: 截至2023年一季度；全区.
    public var scope: String?
    public var direction: Direction?
    /// True when the text marks the figure as cumulative (累计, 1—N月).
    public var isCumulative: Bool
    /// Index (in the same document's metric list) of the total that this figure is part of (其中).
    public var partOf: Int?
    /// For dates: a normalized form such as 2023, 2023-03-24, 2023-Q1.
    public var dateValue: String?

    public init(location: SourceLocation, sourceRange: Range<Int>, surface: String, subject: String,
                value: Decimal, valueMax: Decimal? = nil, unit: String?, kind: MetricKind,
                qualifiers: [Qualifier] = [], scope: String? = nil, direction: Direction? = nil,
                isCumulative: Bool = false, partOf: Int? = nil, dateValue: String? = nil) {
        self.location = location
        self.sourceRange = sourceRange
        self.surface = surface
        self.subject = subject
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.qualifiers = qualifiers
        self.scope = scope
        self.direction = direction
        self.isCumulative = isCumulative
        self.partOf = partOf
        self.dateValue = dateValue
    }
}

extension Decimal {
    /// Plain digits, no exponent, no grouping: 4414000000, 0.3, -0.1 (CSV/JSON cells stay numbers).
    public var plainString: String {
        var d = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &d, 12, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue.replacingOccurrences(of: "E", with: "e")
    }
}
