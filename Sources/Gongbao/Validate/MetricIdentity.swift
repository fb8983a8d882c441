import Foundation

/// One quantity statement as the rules see it: its metric plus what identity needs (normalized subject,
/// unit family, value range in base units, period, place) and where it sits (document, series).
struct Statement: Sendable {
    let document: Int
    let index: Int
    let metric: Metric
    let path: String
    /// normalized subject: 人才资源总量.
    let subject: String
    let unitFamily: String?
    let range: ValueRange
    /// Value in the family's base unit (for messages and ratios).
    let baseValue: Decimal
    /// The period named in the statement's scope, if any (截至2023年一季度 → 2023-Q1).
    let scopePeriod: Period?
    /// The scope's period, else the document's.
    let period: Period?
    /// The document's period (DocumentResult.period, else its file name's).
    let documentPeriod: Period?
    /// What the scope names besides a period (年内；区级层面 → 区级层面); "" when nothing.
    let place: String
    let series: String
    /// 去年同期, 上月 …: the figure belongs to an earlier period than the one its scope or document names.
    let earlier: String?
    let isTarget: Bool
    /// Marked 累计, or its period runs from January (1—4月).
    let isCumulative: Bool

    var location: SourceLocation { metric.location }
    /// The figure as written, spaces and breaks removed: 7.8 万\n人 → 7.8万人.
    var shown: String { String(metric.surface.unicodeScalars.filter { !SubjectCatalogue.dropped.contains($0) }) }
}

/// Decides when two statements speak of the same figure (rules same-figure-agrees, scale-slip,
/// cumulative-never-falls, growth-consistency, target-reported-achieved).
///
/// Same normalized subject (人才资源 = 各类人才资源 = 人才资源总量 via synonyms.yaml), same unit family
/// (人/名/位; 个/项; 元 after scaling), same kind and direction, and no contradiction in scope: two
/// stated periods must match and two stated places must contain one another. A missing scope never
/// separates two statements (the pull quote on line 198 has none and still repeats line 60).
/// Never the same figure: a part and its total, two parts of one total (其中 lists name different
/// things), a target and an outcome.
struct MetricIdentity: Sendable {
    let rules: RuleSet

    /// Kinds that count or measure something (running totals, parts, repeats).
    static let amounts: Set<MetricKind> = [.count, .money, .measure]

    /// Every quantity statement of the run, in (path, line, column) order.
    func statements(in documents: [DocumentResult]) -> [Statement] {
        var out: [Statement] = []
        for (d, doc) in documents.enumerated() {
            let docPeriod = SeriesKey.period(of: doc)
            let series = SeriesKey.key(ofPath: doc.path)
            for (i, m) in doc.metrics.enumerated() where m.kind.isQuantity {
                let (family, factor) = rules.catalogue.family(of: m.unit)
                // A scope's period without a year (1—4月) takes the document's year.
                let scopePeriod = m.scope.flatMap { Period($0) }.map {
                    Period(year: $0.year ?? docPeriod?.year, firstMonth: $0.firstMonth, lastMonth: $0.lastMonth)
                }
                let period = scopePeriod ?? docPeriod
                let subject = rules.catalogue.normalized(m.subject)
                // Only amounts run up: a share or a rate for 1—4月 is not a running total.
                let cumulative = MetricIdentity.amounts.contains(m.kind) && m.direction == nil
                    && (m.isCumulative || m.subject.contains("累计") || (m.scope?.contains("累计") ?? false)
                        || (scopePeriod?.isYearToDate ?? false))
                out.append(Statement(
                    document: d, index: i, metric: m, path: doc.path, subject: subject, unitFamily: family,
                    range: ValueRange(metric: m, factor: factor, aboutTolerance: rules.aboutTolerance),
                    baseValue: m.value * factor, scopePeriod: scopePeriod, period: period, documentPeriod: docPeriod,
                    place: rules.catalogue.place(ofScope: m.scope), series: series,
                    earlier: rules.catalogue.earlierPeriod(scope: m.scope, subject: m.subject),
                    isTarget: m.qualifiers.contains(.target), isCumulative: cumulative))
            }
        }
        return out.sorted { ($0.location, $0.document, $0.index) < ($1.location, $1.document, $1.index) }
    }

    /// Same subject, unit family, kind and direction: the figures are comparable at all.
    func comparable(_ a: Statement, _ b: Statement) -> Bool {
        rules.catalogue.identifies(a.subject) && a.subject == b.subject && a.unitFamily == b.unitFamily
            && a.metric.kind == b.metric.kind && a.metric.direction == b.metric.direction
    }

    /// Places agree when either is unstated or one names the other (东胜区 / 鄂尔多斯市东胜区).
    func placesAgree(_ a: Statement, _ b: Statement) -> Bool {
        a.place.isEmpty || b.place.isEmpty || a.place.contains(b.place) || b.place.contains(a.place)
    }

    /// The same figure stated twice (in one document, or in two documents of one series and period).
    ///
    /// Only amounts (count, money, measure) that state a level, not a change: rates and shares in one
    /// paragraph (同比 0.3%, 环比 0.1%; 第一产业 … 比重 31.4%, 第三产业 … 60.4%) are too often different
    /// figures behind one shortened subject. Within a document a restatement sits in another paragraph
    /// (a summary, heading or pull quote), so two statements on the same or adjacent lines are never
    /// repeats: 普通高校在校生29.4万人 … 中等职业教育在校生1.3万人 on one line are two figures.
    func same(_ a: Statement, _ b: Statement) -> Bool {
        guard comparable(a, b), MetricIdentity.amounts.contains(a.metric.kind), a.metric.direction == nil,
              a.isTarget == b.isTarget, !a.isTarget, a.isCumulative == b.isCumulative,
              a.earlier == b.earlier, placesAgree(a, b) else { return false }
        if a.document == b.document {
            if abs(a.location.line - b.location.line) < 2 { return false }
            if a.metric.partOf == b.index || b.metric.partOf == a.index { return false }
            if let pa = a.metric.partOf, pa == b.metric.partOf { return false }
            if let p = a.scopePeriod, let q = b.scopePeriod, !p.matches(q) { return false }
            return true
        }
        guard a.series == b.series, let p = a.period, let q = b.period, p.matches(q) else { return false }
        return true
    }
}
