/// What a figure measures; decides which rules may compare two figures.
public enum MetricKind: String, Sendable, Codable, CaseIterable {
    case count, money, percent, ratio, index, measure, date, duration, ordinal

    /// Dates, durations and ordinals say when or which, not how much.
    public var isQuantity: Bool {
        switch self {
        case .date, .duration, .ordinal: return false
        default: return true
        }
    }
}

/// How exact a figure claims to be, or whether it is a plan rather than a result.
public enum Qualifier: String, Sendable, Codable, CaseIterable, Comparable {
    /// 余/多/以上/超过: at least the value (40余人 → 40, .moreThan).
    case moreThan = "more_than"
    /// 约/近/左右/大约: around the value.
    case about
    /// 计划/预期/力争/目标/年内/将: a target, not an outcome.
    case target
    /// 以下/不超过/以内: at most the value.
    case atMost = "at_most"

    public static func < (a: Qualifier, b: Qualifier) -> Bool { a.rawValue < b.rawValue }
}

/// The sign of a stated change: 增长7.5% is up, 下降0.3% is down; the value itself stays positive.
public enum Direction: String, Sendable, Codable {
    case up, down
}
