import Foundation

/// What a streamed run keeps for the cross-document rules: each distinct statement a bulletin can be
/// compared on with another bulletin of its series, once.
///
/// Those rules (same-figure-agrees and scale-slip across documents, cumulative-never-falls, growth-consistency,
/// target-reported-achieved) only compare figures that have a period: levels (amounts stated as such), rates
/// (增长7.5%) and targets. A statement is kept without its sentence (the cross-document comparison reads only
/// its context labels), and a statement equal in everything those rules read to one already kept — the same
/// 签约项目 48个 of 招商引资 for 1—4月, from another copy of the bulletin — is not kept again. So the state is
/// bounded by the distinct series × figures, not by the documents or their size:
///   1000 copies of 云溪市招商引资-2024-04.txt keep the figures of one copy.
public struct SeriesDigest: Sendable {
    /// Kept statements, in input order; each one's `document` is the position of its document in the run.
    private(set) var statements: [Statement] = []
    /// Keys of the kept statements.
    private var keys: Set<Key> = []
    /// Documents folded in so far.
    public private(set) var documents = 0
    /// Per series: documents seen, the years their file names spell, and whether one spells none (a series
    /// of annual reports — 政府工作报告 of 1998 and 2008 — is no series of bulletins to order).
    private var seriesDocuments: [String: Int] = [:]
    private var seriesYears: [String: Set<String>] = [:]
    private var seriesWithoutYear: Set<String> = []
    /// The first running total of each document that has no period (noted when its series has several documents).
    private var unplaced: [Statement] = []
    private var order: [String] = []
    private var table: [String: RuleSummary] = [:]

    /// Per series a file name spells (`SeriesKey.key(ofPath:)`), the inputs of the run so named; nil when the run's
    /// inputs were not given.
    private var pathSeries: [String: Int]?

    public init() {}

    /// A digest for a run over `inputs`: their file names' series are counted before any is read.
    public init(inputs: [String]) {
        var counts: [String: Int] = [:]
        for path in inputs { counts[SeriesKey.key(ofPath: path), default: 0] += 1 }
        pathSeries = counts
    }

    /// The document at `path`, of series `series`, is the only one of the run that can be of that series: the series is
    /// its file name's (a plain text titled as a bulletin has a title series, "title:…", which other names may share)
    /// and no other input's name gives it.
    func standsAlone(path: String, series: String) -> Bool {
        guard let pathSeries, !series.hasPrefix("title:"), series == SeriesKey.key(ofPath: path) else { return false }
        return pathSeries[series] == 1
    }

    /// Statements kept.
    public var count: Int { statements.count }

    /// The kept statements whose series holds two documents or more: the only ones a cross-document rule can pair
    /// (every such rule compares figures of one series), so the rules' working copies at the end leave out a run's
    /// documents that stand alone.
    var sharedSeriesStatements: [Statement] {
        statements.filter { (seriesDocuments[$0.series] ?? 0) > 1 }
    }

    /// The per-rule tables of the documents, summed, in the order rules first appeared.
    public var summaryTable: [RuleSummary] { order.compactMap { table[$0] } }

    /// Folds in the statements of the next document (already narrowed by `comparable`).
    mutating func add(_ statements: [Statement]) {
        let d = documents
        documents += 1
        for var s in statements where keys.insert(SeriesDigest.fastKey(s)).inserted {
            s.document = d
            self.statements.append(s)
        }
    }

    /// Notes the document's series and year, and its first running total without a period.
    mutating func addDocument(path: String, series: String? = nil, unplaced first: Statement?) {
        let series = series ?? SeriesKey.key(ofPath: path)
        seriesDocuments[series, default: 0] += 1
        if let y = CumulativeRule.fileYear(path) { seriesYears[series, default: []].insert(y) } else { seriesWithoutYear.insert(series) }
        if var first {
            first.document = documents - 1
            first.masked = ""
            first.headings = ""
            unplaced.append(first)
        }
    }

    /// cumulative-never-falls' note for each document of a multi-document series that has no period: the series
    /// cannot be ordered through it. Not for annual reports, each file name a different year.
    var unplacedNotes: [Finding] {
        unplaced.compactMap { s in
            let n = seriesDocuments[s.series] ?? 0
            let annual = !seriesWithoutYear.contains(s.series) && (seriesYears[s.series]?.count ?? 0) == n
            return n > 1 && !annual ? CumulativeRule.unplacedNote(s) : nil
        }
    }

    mutating func addSummaries(_ rows: [RuleSummary]) {
        for row in rows {
            if var sum = table[row.ruleID] {
                sum.checked += row.checked
                sum.failed += row.failed
                sum.notEvaluable += row.notEvaluable
                table[row.ruleID] = sum
            } else {
                order.append(row.ruleID)
                table[row.ruleID] = row
            }
        }
    }

    /// The statements a cross-document rule can compare, without what only same-document rules read (the
    /// masked sentence, the headings): a level, a rate or a target with a period.
    static func comparable(_ statements: [Statement]) -> [Statement] {
        statements.compactMap { s in
            guard s.period != nil else { return nil }
            let level = MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil
            let rate = s.metric.kind == .percent && s.metric.direction != nil && !s.isTarget
            guard level || rate else { return nil }
            var kept = s
            kept.masked = ""
            kept.headings = ""
            kept.section = .empty
            return kept
        }
    }

    /// `key(_:)` with its four numbers kept as Decimals (equal values print alike, distinct values differently)
    /// and the other fields joined: equal exactly when the printed keys are equal, without printing the numbers.
    /// Hashed by its text alone (the figure as written is in it). A field holding the separator U+001F keeps the
    /// whole printed key.
    struct Key: Hashable, Sendable {
        let text: TextKey
        let lower: Decimal?
        let upper: Decimal?
        let base: Decimal?
        let value: Decimal?

        func hash(into hasher: inout Hasher) { text.hash(into: &hasher) }

        static func == (a: Key, b: Key) -> Bool {
            a.text == b.text && a.value == b.value && a.base == b.base && a.lower == b.lower && a.upper == b.upper
        }
    }

    /// The fields of a key written one after the other into one buffer, U+001F between them (what `joined`
    /// makes), noting a field that holds U+001F itself.
    private struct KeyWriter {
        var bytes: [UInt8] = []
        var holdsSeparator = false
        var first = true

        init() { bytes.reserveCapacity(320) }

        mutating func field(_ text: String) {
            if !first { bytes.append(0x1F) }
            first = false
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            if !holdsSeparator && bytes[start...].contains(0x1F) { holdsSeparator = true }
        }
    }

    static func fastKey(_ s: Statement) -> Key {
        var w = KeyWriter()
        let core = s.core
        w.field(s.series)
        w.field(s.period?.description ?? "-")
        w.field(s.scopePeriod?.description ?? "-")
        w.field(s.documentPeriod?.description ?? "-")
        w.field(s.subject)
        w.field(core.metric.subject)
        w.field(core.metric.scope ?? "-")
        w.field(s.shown)
        w.field(s.unitFamily ?? "-")
        w.field(core.metric.kind.rawValue)
        w.field(core.metric.direction?.rawValue ?? "-")
        w.field(s.isCumulative ? "cum" : "")
        w.field(s.earlier ?? "-")
        w.field(s.isTarget ? "target" : "")
        w.field(s.place)
        w.field(core.metric.partOf == nil && s.impliedTotal == nil ? "" : "part")
        let qualifiers = core.metric.qualifiers
        w.field(qualifiers.count < 2 ? (qualifiers.first?.rawValue ?? "") : qualifiers.map(\.rawValue).sorted().joined(separator: ","))
        // The context: dimension=label,label;dimension=label …, each sorted.
        w.bytes.append(0x1F)
        let labels = s.context.labels
        if !labels.isEmpty {
            let start = w.bytes.count
            for (n, d) in labels.keys.sorted().enumerated() {
                if n > 0 { w.bytes.append(0x3B) }
                w.bytes.append(contentsOf: d.utf8)
                w.bytes.append(0x3D)
                for (j, label) in labels[d]!.sorted().enumerated() {
                    if j > 0 { w.bytes.append(0x2C) }
                    w.bytes.append(contentsOf: label.utf8)
                }
            }
            if w.bytes[start...].contains(0x1F) { w.holdsSeparator = true }
        }
        if w.holdsSeparator {
            return Key(text: TextKey(key(s)), lower: nil, upper: nil, base: nil, value: nil)
        }
        // A Decimal never prints as "-" (the missing bound) nor as the empty text.
        return Key(text: TextKey(String(decoding: w.bytes, as: UTF8.self)), lower: s.range.lower, upper: s.range.upper,
                   base: s.baseValue, value: core.metric.value)
    }

    /// `fastKey` with its fields gathered in an array of Strings and joined: the reference it is tested against.
    static func fastKeyJoined(_ s: Statement) -> Key {
        let m = s.metric
        let context = s.context.labels.isEmpty ? "" : s.context.labels.keys.sorted()
            .map { d in d + "=" + s.context.labels[d]!.sorted().joined(separator: ",") }.joined(separator: ";")
        let fields: [String] = [
            s.series, s.period?.description ?? "-", s.scopePeriod?.description ?? "-", s.documentPeriod?.description ?? "-",
            s.subject, m.subject, m.scope ?? "-", s.shown, s.unitFamily ?? "-", m.kind.rawValue, m.direction?.rawValue ?? "-",
            s.isCumulative ? "cum" : "", s.earlier ?? "-", s.isTarget ? "target" : "", s.place,
            m.partOf == nil && s.impliedTotal == nil ? "" : "part",
            m.qualifiers.map(\.rawValue).sorted().joined(separator: ","), context,
        ]
        if fields.contains(where: { $0.utf8.contains(0x1F) }) {
            return Key(text: TextKey(key(s)), lower: nil, upper: nil, base: nil, value: nil)
        }
        // A Decimal never prints as "-" (the missing bound) nor as the empty text.
        return Key(text: TextKey(fields.joined(separator: "\u{1F}")), lower: s.range.lower, upper: s.range.upper,
                   base: s.baseValue, value: m.value)
    }

    /// Everything a cross-document rule reads of a statement but its location: two statements with one key
    /// give the same findings against any third.
    static func key(_ s: Statement) -> String {
        let m = s.metric
        let context = s.context.labels.keys.sorted().map { d in d + "=" + s.context.labels[d]!.sorted().joined(separator: ",") }
            .joined(separator: ";")
        let range = (s.range.lower?.description ?? "-") + "…" + (s.range.upper?.description ?? "-")
        let fields: [String] = [
            s.series, s.period?.description ?? "-", s.scopePeriod?.description ?? "-", s.documentPeriod?.description ?? "-",
            s.subject, m.subject, m.scope ?? "-", s.shown, s.unitFamily ?? "-", m.kind.rawValue, m.direction?.rawValue ?? "-",
            s.isCumulative ? "cum" : "", s.earlier ?? "-", s.isTarget ? "target" : "", s.place,
            m.partOf == nil && s.impliedTotal == nil ? "" : "part", range, s.baseValue.description, m.value.description,
            m.qualifiers.map(\.rawValue).sorted().joined(separator: ","), context,
        ]
        return fields.joined(separator: "\u{1F}")
    }
}
