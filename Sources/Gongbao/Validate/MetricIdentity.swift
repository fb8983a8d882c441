import Foundation

/// One quantity statement as the rules see it: its metric plus what identity needs (normalized subject,
/// unit family, value range in base units, period, place) and where it sits (document, series).
///
/// What never changes once read (the metric, its subject, range, place, series …) sits in one shared `Core`:
/// the rules copy statements into groups, pairs and chains, and a copy then retains one reference instead
/// of the twenty strings, arrays and dictionaries the fields hold (人才资源总量 7.8万人 read once, copied
/// into its subject group, its bucket and its series chain).
struct Statement: Sendable {
    /// The fields fixed when the statement is read.
    final class Core: Sendable {
        let index: Int
        let metric: Metric
        let path: String
        let subject: String
        let unitFamily: String?
        let range: ValueRange
        let baseValue: Decimal
        let documentPeriod: Period?
        let place: String
        let series: String
        let earlier: String?
        let isTarget: Bool

        init(index: Int, metric: Metric, path: String, subject: String, unitFamily: String?, range: ValueRange,
             baseValue: Decimal, documentPeriod: Period?, place: String, series: String, earlier: String?, isTarget: Bool) {
            self.index = index
            self.metric = metric
            self.path = path
            self.subject = subject
            self.unitFamily = unitFamily
            self.range = range
            self.baseValue = baseValue
            self.documentPeriod = documentPeriod
            self.place = place
            self.series = series
            self.earlier = earlier
            self.isTarget = isTarget
        }
    }

    let core: Core
    /// Position of its document in the run (renumbered when a `SeriesDigest` keeps it).
    var document: Int
    var index: Int { core.index }
    var metric: Metric { core.metric }
    var path: String { core.path }
    /// normalized subject: 人才资源总量.
    var subject: String { core.subject }
    var unitFamily: String? { core.unitFamily }
    var range: ValueRange { core.range }
    /// Value in the family's base unit (for messages and ratios).
    var baseValue: Decimal { core.baseValue }
    /// The period named in the statement's scope, if any (截至2023年一季度 → 2023-Q1).
    var scopePeriod: Period?
    /// The scope's period, else the document's.
    var period: Period?
    /// The document's period (DocumentResult.period, else its file name's).
    var documentPeriod: Period? { core.documentPeriod }
    /// What the scope names besides a period (年内；区级层面 → 区级层面); "" when nothing.
    var place: String { core.place }
    var series: String { core.series }
    /// 去年同期, 上月 …: the figure belongs to an earlier period than the one its scope or document names.
    var earlier: String? { core.earlier }
    var isTarget: Bool { core.isTarget }
    /// Marked 累计, or its period runs from January (1—4月); a 其中 part takes its total's.
    var isCumulative: Bool
    /// What its sentence says about year, plan/actual, base, stock and place (empty without a text).
    var context: StatementContext = .empty
    /// What the numbered headings above it say (二、2026年预算草案 → 2026, plan).
    var section: StatementContext = .empty
    /// The headings themselves, joined (two figures under different headings are in different sections).
    var headings = ""
    /// The first figure after 其中 that the extractor left unlinked: index of the figure before 其中 in the
    /// same unit (its total as the sentence reads: 实际到位资金84.7亿元 … 其中，省外到位资金60.8亿元).
    var impliedTotal: Int? = nil
    /// The outer total, when the extractor linked this part to a nested total whose bracket closed before
    /// it: 卫生院51个（其中…乡镇卫生院44个），社区卫生服务中心142个 belongs to 卫生机构2738个.
    var outerTotal: Int? = nil
    /// Set while reading: 1 for the first figure after 其中, 2 for the later ones of its clause.
    var partClause = 0
    /// A later part joined to the one before by 、 alone (SentenceReader.Reading.listed).
    var listed = false
    /// The entity its line or sentence is led by (山东：…; SentenceReader.Reading.lead): the document's number for the
    /// name, -1 when none. (A number, not the name: a String on every statement cost 1.3% of `check`'s instructions
    /// in retains and releases as statements are copied.)
    var lead: Int32 = -1
    /// The label line it stands under (——小学。…; SentenceReader.Reading.label): the document's number for the label's
    /// name, -1 when none.
    var label: Int32 = -1
    /// In a paragraph that opens with 其中 (其中普通高中6所，…), the number of the paragraph it sets out a part of
    /// (SentenceReader.wholeParagraph); nil in any other.
    var wholeParagraph: Int? = nil
    /// Its sentence with the figure written 〇 ("" without a text).
    var masked = ""
    /// Its sentence states several values of its subject (由1655亿美元增加到3251亿美元; 年初预算…调整为…完成):
    /// which one a restatement repeats is not known, so it is never compared as a repeat.
    var isAmbiguous = false
    /// Byte offset of its sentence in the source text, when the text was read.
    var sentence: Int? = nil
    /// Number of its paragraph, when the text was read.
    var paragraph: Int? = nil
    /// Its text is laid out as a column of one fixed width (`SentenceReader.isColumn`): a paragraph's lines are one
    /// line as written, cut by the column.
    var inColumn = false
    /// The document states its subjects for several years or plan and outcome (budget and work reports).
    var documentHasVariants = false
    /// The normalized subject of the total it is part of (其中), if any.
    var totalSubject: String? = nil
    /// The value and unit of that total as written (its metric's), to tell one total named twice — 全行业…网点43.4万处 and
    /// 邮政全行业…网点43.4万处 — from two totals.
    var totalValue: Decimal? = nil
    var totalUnit: String? = nil
    /// Its document states its subject (same unit, kind, scope) with another value too (毕业生 5399人 … 毕业生
    /// 9586人 for two kinds of school): which one another bulletin's figure repeats is not known.
    var severalInDocument = false
    /// `SubjectCatalogue.isSpecific(subject)`, worked out once when the statement is read (nil: ask).
    var isSpecificSubject: Bool? = nil
    /// `SubjectCatalogue.identifies(subject)`, worked out once when the statement is read (nil: ask).
    var identifiesSubject: Bool? = nil
    /// Numbers standing for its normalized subject, unit family, earlier period and place within the one
    /// `MetricIdentity.statements` call that read it (equal numbers ⇔ equal texts); -1 when not numbered.
    var subjectID = -1, familyID = -1, earlierID = -1, placeID = -1, seriesID = -1
    /// One of those texts holds a separator of the joined keys the numbers replace (or is not numbered):
    /// keys with this statement are joined as Strings.
    var keysNeedText = true

    init(document: Int, index: Int, metric: Metric, path: String, subject: String, unitFamily: String?, range: ValueRange,
         baseValue: Decimal, scopePeriod: Period?, period: Period?, documentPeriod: Period?, place: String, series: String,
         earlier: String?, isTarget: Bool, isCumulative: Bool) {
        core = Core(index: index, metric: metric, path: path, subject: subject, unitFamily: unitFamily, range: range,
                    baseValue: baseValue, documentPeriod: documentPeriod, place: place, series: series, earlier: earlier,
                    isTarget: isTarget)
        self.document = document
        self.scopePeriod = scopePeriod
        self.period = period
        self.isCumulative = isCumulative
    }

    var location: SourceLocation { core.metric.location }

    /// Both stand on one line as written, or on adjacent lines of one paragraph (a hard-wrapped text, a table row):
    /// figures so close are different figures, not a repeat. In a fixed-width column (`inColumn`) a paragraph's lines
    /// are one line cut by the column, so one paragraph is one line: 市级…支出234.9亿元。市本级…支出161.5亿元 is one line
    /// of a report however many lines of a column it takes.
    func sharesLine(with other: Statement) -> Bool {
        guard paragraph == nil || paragraph == other.paragraph else { return false }
        if abs(location.line - other.location.line) < 2 { return true }
        return inColumn && other.inColumn && paragraph != nil
    }

    /// The same sentence stated twice, word for word but for this figure (a paragraph copied into a summary
    /// or an abstract): a repeat whatever its sentence holds (由7种扩大到15种 twice; 15种 → 16种 is a fault).
    func isRestatement(of other: Statement) -> Bool {
        // Cheapest tests first: this is asked for every pair of repeats.
        document == other.document && sentence != other.sentence && masked.utf8.count >= 20
            && masked == other.masked && masked.count >= 20
    }
    /// The figure as written, spaces and breaks removed: 7.8 万\n人 → 7.8万人.
    /// Tags of an HTML source go too: 17.5</span><span …>亿元 → 17.5亿元.
    var shown: String {
        let text = LiteralSearch.contains(metric.surface, "<") ? SentenceReader.cleaned(metric.surface) : metric.surface
        return SubjectCatalogue.withoutDropped(text)
    }
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

    /// Every quantity statement of the run, in (path, line, column) order. Each document's text comes
    /// from `texts` (by path), else is read again from its path; without a text, statements carry no context.
    func statements(in documents: [DocumentResult], texts: [String: SourceText] = [:],
                    cache given: ValidationCache? = nil) -> [Statement] {
        var out: [Statement] = []
        let catalogue = rules.catalogue
        // Subjects and scopes recur (every copy of a bulletin, every 其中 of a total): normalized once.
        // Memos are keyed by `TextKey`: the same keys as String, hashed as bytes. Behind them, the run's
        // cache (exact bytes) answers what another document already asked.
        let cache = given ?? ValidationCache(catalogue)
        // Texts numbered for the group keys (markSeveralInDocument): numbered when first memoized, so a
        // statement's numbers cost no lookup of their own.
        // The memos are made per call (per document in a streamed run): sized for its figures from the start.
        let figures = documents.reduce(0) { $0 + $1.metrics.count }
        var numbers = TextNumbers(capacity: figures)
        // Raw subjects and scopes numbered too (as they are memoized), so the earlier-period memo is keyed by
        // two numbers instead of the joined text scope|subject.
        var rawNumbers = TextNumbers(capacity: figures)
        /// A raw subject: its normalized text, that text's number, its own number.
        var normalizedMemo: [TextKey: (String, Int, Int)] = [:]
        normalizedMemo.reserveCapacity(figures)
        func subjectFacts(_ subject: String) -> (String, Int, Int) {
            let key = TextKey(subject)
            if let n = normalizedMemo[key] { return n }
            let text = cache.normalized(subject)
            let n = (text, numbers.number(text), rawNumbers.number(subject))
            normalizedMemo[key] = n
            return n
        }
        func normalized(_ subject: String) -> String { subjectFacts(subject).0 }
        // Keyed by the normalized subject's number (equal numbers ⇔ equal texts as String keys).
        var specificMemo: [Int: Bool] = [:]
        specificMemo.reserveCapacity(figures)
        func isSpecific(_ subject: String, _ n: Int) -> Bool {
            if let j = specificMemo[n] { return j }
            let j = cache.isSpecific(subject)
            specificMemo[n] = j
            return j
        }
        // What a sentence or a heading chain says depends on its text alone: read once per run.
        var sections: [TextKey: StatementContext] = [:]
        var sentenceContexts: [TextKey: StatementContext] = [:]
        /// A scope: its period, its place and that place's number, its own number.
        var scopeMemo: [TextKey: (Period?, String, Int, Int)] = [:]
        scopeMemo.reserveCapacity(figures / 2)
        var noScope: (Period?, String, Int, Int)? = nil
        func scopeFacts(_ scope: String?) -> (Period?, String, Int, Int) {
            guard let scope else {
                if let p = noScope { return p }
                // No scope: no period, no place; as `(scope ?? "") + "|" + subject` read it, the scope "".
                let p = (Period?.none, "", numbers.number(""), rawNumbers.number(""))
                noScope = p
                return p
            }
            let key = TextKey(scope)
            if let p = scopeMemo[key] { return p }
            let text = cache.place(ofScope: scope)
            let p = (PeriodCache.shared.period(scope), text, numbers.number(text), rawNumbers.number(scope))
            scopeMemo[key] = p
            return p
        }
        var earlierMemo: [Int: (String?, Int)] = [:]
        earlierMemo.reserveCapacity(figures)
        var earlierJoinedMemo: [TextKey: (String?, Int)] = [:]
        func earlier(_ scope: String?, _ subject: String, rawScope: Int, rawSubject: Int) -> (String?, Int) {
            // A | in either text could make two pairs one joined key: those keep the joined key.
            if rawNumbers.separates(rawScope) || rawNumbers.separates(rawSubject) {
                let key = TextKey((scope ?? "") + "|" + subject)
                if let e = earlierJoinedMemo[key] { return e }
                let text = cache.earlierPeriod(scope: scope, subject: subject)
                let e = (text, numbers.number(text ?? "-"))
                earlierJoinedMemo[key] = e
                return e
            }
            let key = rawScope << 32 | rawSubject
            if let e = earlierMemo[key] { return e }
            let text = cache.earlierPeriod(scope: scope, subject: subject)
            let e = (text, numbers.number(text ?? "-"))
            earlierMemo[key] = e
            return e
        }
        // Units recur: family and factor once per unit (and whether the factor is 1, so × 1 is skipped).
        var familyMemo: [TextKey: (String?, Decimal, Bool, Int)] = [:]
        var noFamily: Int? = nil
        func familyOf(_ unit: String?) -> (String?, Decimal, Bool, Int) {
            guard let unit else {
                let n = noFamily ?? numbers.number("-")
                noFamily = n
                return (nil, 1, true, n)
            }
            let key = TextKey(unit)
            if let f = familyMemo[key] { return f }
            let (family, factor) = catalogue.family(of: unit)
            let f = (family, factor, factor == 1, numbers.number(family ?? "-"))
            familyMemo[key] = f
            return f
        }
        for (d, doc) in documents.enumerated() {
            let docPeriod = SeriesKey.period(of: doc)
            let source = texts[doc.path] ?? doc.text
            let series = SeriesKey.key(of: doc, text: source)
            let seriesID = numbers.number(series)
            var readings: [SentenceReader.Reading]? = nil
            var hasVariants = false
            var isColumn = false
            // Only a text the metrics were read from (their ranges slice to their surfaces, markup and
            // spaces aside: 17.5</span><span>亿元 is 17.5亿元): metrics built in memory, or a file changed
            // since, are checked without sentences.
            // One odd figure (an entity spelled out) does not cost the others their sentences: 90% must match.
            if let source, doc.metrics.allSatisfy({ !$0.sourceRange.isEmpty && $0.sourceRange.upperBound <= source.bytes.count }) {
                let reader = SentenceReader(source: source)
                if doc.metrics.filter({ reader.readsAsWritten($0) }).count * 10 >= doc.metrics.count * 9 {
                    readings = reader.readings(of: doc.metrics)
                    isColumn = reader.isColumn
                    let wholeBytes = reader.cleanedTextBytes
                    // All the words in one pass (`severalPeriodsReference` searched once per word).
                    hasVariants = cache.severalPeriodIndex.anyOccurs(in: wholeBytes)
                }
            }
            var contexts: [Int: StatementContext] = [:]
            // A document in traditional script: its sentences' context words are read folded to simplified.
            let folding = readings == nil ? nil : source.flatMap(TraditionalContext.folding(of:))
            // The period a sentence opens with (11月份，规模以上工业企业实现利润总额8059.6亿元), per sentence.
            var openings: [Int: Period?] = [:]
            let first = out.count
            for (i, m) in doc.metrics.enumerated() where m.kind.isQuantity {
                let (family, factor, factorIsOne, familyID) = familyOf(m.unit)
                // A scope's period without a year (1—4月) takes the document's year.
                let (scopePeriodRead, placeText, placeID, rawScope) = scopeFacts(m.scope)
                let scopePeriod = scopePeriodRead.map {
                    Period(year: $0.year ?? docPeriod?.year, firstMonth: $0.firstMonth, lastMonth: $0.lastMonth)
                }
                let period = scopePeriod ?? docPeriod
                let (subject, subjectID, rawSubject) = subjectFacts(m.subject)
                let (earlierText, earlierID) = earlier(m.scope, m.subject, rawScope: rawScope, rawSubject: rawSubject)
                // Only amounts run up: a share or a rate for 1—4月 is not a running total.
                let cumulative = MetricIdentity.amounts.contains(m.kind) && m.direction == nil
                    && (m.isCumulative || ByteText.contains(m.subject, "累计") || ByteText.contains(m.scope ?? "", "累计")
                        || (scopePeriod?.isYearToDate ?? false))
                out.append(Statement(
                    document: d, index: i, metric: m, path: doc.path, subject: subject, unitFamily: family,
                    range: ValueRange(metric: m, factor: factor, factorIsOne: factorIsOne, aboutTolerance: rules.aboutTolerance),
                    baseValue: factorIsOne ? m.value : m.value * factor, scopePeriod: scopePeriod, period: period, documentPeriod: docPeriod,
                    place: placeText, series: series,
                    earlier: earlierText,
                    isTarget: m.qualifiers.contains(.target), isCumulative: cumulative))
                out[out.count - 1].documentHasVariants = hasVariants
                out[out.count - 1].subjectID = subjectID
                out[out.count - 1].familyID = familyID
                out[out.count - 1].placeID = placeID
                out[out.count - 1].earlierID = earlierID
                out[out.count - 1].seriesID = seriesID
                out[out.count - 1].keysNeedText = numbers.separates(subjectID) || numbers.separates(familyID)
                    || numbers.separates(placeID) || numbers.separates(earlierID) || numbers.separates(seriesID)
                out[out.count - 1].isSpecificSubject = isSpecific(subject, subjectID)
                out[out.count - 1].identifiesSubject = catalogue.identifies(subject)
                if let t = m.partOf, t != i, doc.metrics.indices.contains(t) {
                    out[out.count - 1].totalSubject = normalized(doc.metrics[t].subject)
                    out[out.count - 1].totalValue = doc.metrics[t].value
                    out[out.count - 1].totalUnit = doc.metrics[t].unit
                }
                if let r = readings?[i] {
                    let key = r.sentence.range.lowerBound
                    if contexts[key] == nil {
                        let text = TextKey(r.sentence.text)
                        if let known = sentenceContexts[text] {
                            contexts[key] = known
                        } else {
                            let read = cache.context(ofSentence: folding.map { TraditionalContext.folded(r.sentence.text, $0) } ?? r.sentence.text)
                            sentenceContexts[text] = read
                            contexts[key] = read
                        }
                    }
                    out[out.count - 1].context = contexts[key]!
                    let headings = TextKey(r.headings)
                    if let known = sections[headings] {
                        out[out.count - 1].section = known
                    } else {
                        let read = cache.context(ofSentence: folding.map { TraditionalContext.folded(r.headings, $0) } ?? r.headings)
                        sections[headings] = read
                        out[out.count - 1].section = read
                    }
                    out[out.count - 1].headings = r.headings
                    out[out.count - 1].masked = r.masked
                    out[out.count - 1].partClause = r.partClause
                    out[out.count - 1].listed = r.listed
                    out[out.count - 1].lead = r.lead
                    out[out.count - 1].label = r.label
                    if r.wholeParagraph >= 0 { out[out.count - 1].wholeParagraph = r.wholeParagraph }
                    if let t = m.partOf, doc.metrics.indices.contains(t), let outer = doc.metrics[t].partOf, let source,
                       doc.metrics[t].sourceRange.upperBound < m.sourceRange.lowerBound {
                        let between = source.slice(doc.metrics[t].sourceRange.upperBound..<m.sourceRange.lowerBound)
                        if between.unicodeScalars.contains(where: { $0 == "）" || $0 == ")" }) { out[out.count - 1].outerTotal = outer }
                    }
                    out[out.count - 1].sentence = key
                    // A sentence that opens with its own months speaks of them, whatever scope the figure carried
                    // over from the lines above: 11月份，…利润总额8059.6亿元 under a 1—11月 release is one month's figure,
                    // not a repeat of 1—11月份's 79750.1亿元.
                    if openings[key] == nil { openings[key] = MetricIdentity.openingPeriod(MetricIdentity.afterHeading(r.sentence.text, r.headings)) }
                    if let opening = openings[key] ?? nil,
                       !(scopePeriod.map { $0.firstMonth == opening.firstMonth && $0.lastMonth == opening.lastMonth } ?? false) {
                        let q = Period(year: opening.year ?? docPeriod?.year, firstMonth: opening.firstMonth, lastMonth: opening.lastMonth)
                        out[out.count - 1].scopePeriod = q
                        out[out.count - 1].period = q
                        out[out.count - 1].isCumulative = MetricIdentity.amounts.contains(m.kind) && m.direction == nil
                            && (m.isCumulative || ByteText.contains(m.subject, "累计") || ByteText.contains(m.scope ?? "", "累计")
                                || q.isYearToDate)
                    }
                    out[out.count - 1].paragraph = r.paragraph
                    out[out.count - 1].inColumn = isColumn
                    out[out.count - 1].isAmbiguous = r.isChangeEnd
                }
            }
            // The document's statements are out[first...], marked in place (an inout slice would copy them).
            MetricIdentity.markSeveralValues(&out, first..<out.count, numbers: &numbers, cache: cache)
            MetricIdentity.markSeveralInDocument(&out, first..<out.count, numbers: numbers)
            MetricIdentity.linkParts(&out, first..<out.count, perUnit: rules.perUnitWords)
        }
        // Sorted in place: the same order as `sorted`, without a second array of statements.
        out.sort { ($0.location, $0.document, $0.index) < ($1.location, $1.document, $1.index) }
        return out
    }

    /// A sentence's text without the numbered heading it opens with: a heading line with no full stop (二、工业生产加快
    /// 恢复，高新技术产业快速增长) runs into the sentence under it, whose own opening (6月份，) says its period.
    /// (Read in UTF-8 in place: the last non-empty |-separated heading found by walking back from the end, the prefix
    /// compared byte by byte — splitting every sentence's headings and comparing Characters cost 3% of a `check`.)
    static func afterHeading(_ text: String, _ headings: String) -> String {
        let h = headings.utf8
        var end = h.endIndex
        while end > h.startIndex, h[h.index(before: end)] == 0x7C { end = h.index(before: end) }
        guard end > h.startIndex else { return text }
        var start = end
        while start > h.startIndex, h[h.index(before: start)] != 0x7C { start = h.index(before: start) }
        let heading = h[start..<end]
        let t = text.utf8
        guard let first = heading.first, t.first == first, t.starts(with: heading) else { return text }
        return String(text[t.index(t.startIndex, offsetBy: heading.count)...])
    }

    /// The months a sentence opens with, before its first comma: 11月份， 1—11月份， 一季度， (nil for a sentence that
    /// opens otherwise, or with a year alone: 2024年， names no months a scope could have got wrong).
    /// Leading spaces, full-width spaces and tags (<p>) are passed over; the phrase holds period characters only.
    static func openingPeriod(_ sentence: String) -> Period? {
        var phrase = String.UnicodeScalarView()
        var inTag = false, started = false
        for u in sentence.unicodeScalars {
            if !started {
                if inTag { if u == ">" { inTag = false }; continue }
                if u == "<" { inTag = true; continue }
                if u == " " || u == "\u{3000}" || u == "\t" || u == "\n" || u == "\r" { continue }
                started = true
            }
            if u == "，" || u == "," { break }
            guard periodScalars.contains(u), phrase.count < 12 else { return nil }
            phrase.append(u)
        }
        let text = String(phrase)
        guard ByteText.contains(text, "月") || ByteText.contains(text, "季") || ByteText.contains(text, "半年"),
              let p = PeriodCache.shared.period(text), !(p.firstMonth == 1 && p.lastMonth == 12) else { return nil }
        return p
    }
    static let periodScalars = Set("0123456789０１２３４５６７８９年月份—–-－~～至到一二三四五六七八九十前个季度上下半".unicodeScalars)

    /// Whether the cleaned text holds one of the catalogue's several-period words, one search per word: the
    /// reference `ValidationCache.severalPeriodIndex` is tested against.
    static func severalPeriodsReference(_ wholeBytes: [UInt8], _ catalogue: SubjectCatalogue) -> Bool {
        catalogue.severalPeriodWords.contains { !$0.isEmpty && ByteText.contains(wholeBytes, Array($0.utf8)) }
    }

    /// Links the figures of a 其中 clause to the last figure before 其中, in its sentence (or the sentence
    /// before, when the sentence opens with 其中), of the same unit family and kind.
    /// `perUnit`: words of a per-unit amount (rules.yaml per_unit: 人均, 平均), which has no parts.
    static func linkParts(_ statements: inout [Statement], _ range: Range<Int>, perUnit: [String] = []) {
        let ordered = range.sorted { statements[$0].metric.sourceRange.lowerBound < statements[$1].metric.sourceRange.lowerBound }
        var clauseStart = 0
        for (n, k) in ordered.enumerated() where statements[k].partClause > 0 {
            if statements[k].partClause == 1 { clauseStart = n }
            let p = statements[k]
            guard let sentence = p.sentence, MetricIdentity.amounts.contains(p.metric.kind), p.metric.direction == nil else { continue }
            let total = ordered[..<clauseStart].last { j in
                statements[j].sentence == sentence && statements[j].unitFamily == p.unitFamily
                    && statements[j].metric.kind == p.metric.kind && statements[j].metric.direction == nil
            }
            // 全体居民人均可支配收入32415元。其中，城镇居民人均可支配收入45862元: a group's own average, no part.
            if let t = total, perUnit.contains(where: { w in
                ByteText.contains(p.metric.subject, w) || ByteText.contains(statements[t].metric.subject, w) }) { continue }
            statements[k].impliedTotal = total.map { statements[$0].index }
            // 1—4月 … 签约金额196.5亿元。其中，工业项目签约金额134.2亿元: the part covers its total's period.
            if let t = total.map({ statements[$0] }) {
                if statements[k].totalSubject == nil {
                    statements[k].totalSubject = t.subject
                    statements[k].totalValue = t.metric.value
                    statements[k].totalUnit = t.metric.unit
                }
                if statements[k].scopePeriod == nil, let q = t.scopePeriod {
                    statements[k].scopePeriod = q
                    statements[k].period = q
                }
                if t.isCumulative && !statements[k].isCumulative && !statements[k].isTarget { statements[k].isCumulative = true }
            }
        }
    }

    /// A sentence that states two different values of one subject (its core, vague words removed) makes
    /// each of them ambiguous: 支出预算合计726.9亿元 … 支出预算调整为829.8亿元；支出完成723.3亿元.
    /// The side of an account stays with the core (`ValidationCache.sidedCore`): a balance sentence's 一般公共预算收入
    /// 150.1亿元 and 一般公共预算支出216.3亿元 are two subjects, each a figure another paragraph may restate.
    /// Grouped by numbers (`TextNumbers`): sentence, core, unit family, kind and direction, no String per statement.
    static func markSeveralValues(_ statements: inout [Statement], _ range: Range<Int>, numbers: inout TextNumbers,
                                  cache: ValidationCache) {
        struct Key: Hashable {
            let sentence: Int, core: Int, family: Int
            let kind: UInt8, direction: UInt8
            /// The joined key, for a core or family that holds a separator (| ): then the other fields are -1.
            let joined: TextKey?
        }
        var groups: [Key: [Int]] = [:]
        groups.reserveCapacity(range.count)
        var cores: [Int: Int] = [:]
        cores.reserveCapacity(range.count)
        for k in range {
            guard let sentence = statements[k].sentence else { continue }
            let subjectID = statements[k].subjectID
            let core: Int
            if subjectID >= 0, let c = cores[subjectID] {
                core = c
            } else {
                core = numbers.number(cache.sidedCore(of: statements[k].subject))
                if subjectID >= 0 { cores[subjectID] = core }
            }
            let family = statements[k].familyID
            let key: Key
            if subjectID < 0 || numbers.separates(core) || numbers.separates(family) {
                let text = "\(sentence)|\(cache.sidedCore(of: statements[k].subject))|\(statements[k].unitFamily ?? "-")|\(statements[k].metric.kind.rawValue)|\(statements[k].metric.direction?.rawValue ?? "-")"
                key = Key(sentence: -1, core: -1, family: -1, kind: 0, direction: 0, joined: TextKey(text))
            } else {
                key = Key(sentence: sentence, core: core, family: family, kind: statements[k].metric.kind.code,
                          direction: statements[k].metric.direction.code, joined: nil)
            }
            groups[key, default: []].append(k)
        }
        for (_, members) in groups where members.count > 1 {
            for a in members {
                if members.contains(where: { $0 != a && !statements[$0].range.agrees(with: statements[a].range) }) {
                    statements[a].isAmbiguous = true
                }
            }
        }
    }

    /// Marks the statements whose subject the document states with two values that disagree, in one unit
    /// family, kind, direction, stage, place and period: such a subject names several figures of the document,
    /// so no single one of them is the figure another bulletin restates.
    /// Grouped by the numbers of the statements' texts (`TextNumbers`), no String per statement.
    static func markSeveralInDocument(_ statements: inout [Statement], _ range: Range<Int>, numbers: TextNumbers) {
        struct Key: Hashable {
            let subject: Int, family: Int, earlier: Int, place: Int
            let kind: UInt8, direction: UInt8
            let isTarget: Bool, isCumulative: Bool
            let scopePeriod: Period?
            /// The joined key, for a text that holds a separator (U+001F): then the numbers are -1.
            let joined: TextKey?
        }
        var groups: [Key: [Int]] = [:]
        groups.reserveCapacity(range.count)
        for k in range where !statements[k].subject.isEmpty {
            let s = statements[k]
            let key: Key
            if numbers.separates(s.subjectID) || numbers.separates(s.familyID) || numbers.separates(s.earlierID)
                || numbers.separates(s.placeID) {
                let text = [s.subject, s.unitFamily ?? "-", s.metric.kind.rawValue,
                            s.metric.direction?.rawValue ?? "-", s.isTarget ? "t" : "",
                            s.isCumulative ? "c" : "", s.earlier ?? "-", s.place,
                            s.scopePeriod?.description ?? "-"].joined(separator: "\u{1F}")
                key = Key(subject: -1, family: -1, earlier: -1, place: -1, kind: 0, direction: 0, isTarget: false,
                          isCumulative: false, scopePeriod: nil, joined: TextKey(text))
            } else {
                key = Key(subject: s.subjectID, family: s.familyID, earlier: s.earlierID, place: s.placeID,
                          kind: s.metric.kind.code, direction: s.metric.direction.code, isTarget: s.isTarget,
                          isCumulative: s.isCumulative, scopePeriod: s.scopePeriod, joined: nil)
            }
            groups[key, default: []].append(k)
        }
        for (_, members) in groups where members.count > 1 {
            guard members.contains(where: { a in members.contains { !statements[$0].range.agrees(with: statements[a].range) } })
            else { continue }
            for k in members { statements[k].severalInDocument = true }
        }
    }

    /// `markSeveralValues` with its keys joined into Strings: the reference the numbered keys are tested against.
    /// A sentence that states two different values of one subject (its core, vague words removed) makes
    /// each of them ambiguous: 支出预算合计726.9亿元 … 支出预算调整为829.8亿元；支出完成723.3亿元.
    static func markSeveralValuesJoined(_ statements: inout [Statement], _ range: Range<Int>, catalogue: SubjectCatalogue,
                                  cache: ValidationCache? = nil) {
        let cache = cache ?? ValidationCache(catalogue)
        var groups: [TextKey: [Int]] = [:]
        var cores: [TextKey: String] = [:]
        for k in range {
            guard let sentence = statements[k].sentence else { continue }
            // Fields read in place: a Statement copy retains every one of its strings.
            let subjectText = statements[k].subject
            let subject = TextKey(subjectText)
            let core: String
            if let c = cores[subject] { core = c } else { core = cache.sidedCore(of: subjectText); cores[subject] = core }
            let key = "\(sentence)|\(core)|\(statements[k].unitFamily ?? "-")|\(statements[k].metric.kind.rawValue)|\(statements[k].metric.direction?.rawValue ?? "-")"
            groups[TextKey(key), default: []].append(k)
        }
        for (_, members) in groups where members.count > 1 {
            for a in members {
                if members.contains(where: { $0 != a && !statements[$0].range.agrees(with: statements[a].range) }) {
                    statements[a].isAmbiguous = true
                }
            }
        }
    }

    /// `markSeveralInDocument` with its keys joined into Strings: the reference the numbered keys are tested against.
    /// Marks the statements whose subject the document states with two values that disagree, in one unit
    /// family, kind, direction, stage, place and period: such a subject names several figures of the document,
    /// so no single one of them is the figure another bulletin restates.
    static func markSeveralInDocumentJoined(_ statements: inout [Statement], _ range: Range<Int>) {
        var groups: [TextKey: [Int]] = [:]
        for k in range where !statements[k].subject.isEmpty {
            let key = [statements[k].subject, statements[k].unitFamily ?? "-", statements[k].metric.kind.rawValue,
                       statements[k].metric.direction?.rawValue ?? "-", statements[k].isTarget ? "t" : "",
                       statements[k].isCumulative ? "c" : "", statements[k].earlier ?? "-", statements[k].place,
                       statements[k].scopePeriod?.description ?? "-"].joined(separator: "\u{1F}")
            groups[TextKey(key), default: []].append(k)
        }
        for (_, members) in groups where members.count > 1 {
            guard members.contains(where: { a in members.contains { !statements[$0].range.agrees(with: statements[a].range) } })
            else { continue }
            for k in members { statements[k].severalInDocument = true }
        }
    }

    /// Same subject, unit family, kind and direction: the figures are comparable at all.
    func comparable(_ a: Statement, _ b: Statement) -> Bool {
        (a.identifiesSubject ?? rules.catalogue.identifies(a.subject)) && a.subject == b.subject && a.unitFamily == b.unitFamily
            && a.metric.kind == b.metric.kind && a.metric.direction == b.metric.direction
    }

    /// Places agree when either is unstated or one names the other (东胜区 / 鄂尔多斯市东胜区).
    func placesAgree(_ a: Statement, _ b: Statement) -> Bool {
        a.place.isEmpty || b.place.isEmpty || a.place == b.place
            || ByteText.contains(a.place, b.place) || ByteText.contains(b.place, a.place)
    }

    /// The same figure stated twice (in one document, or in two documents of one series and period).
    ///
    /// Only amounts (count, money, measure) that state a level, not a change: rates and shares in one
    /// paragraph (同比 0.3%, 环比 0.1%; 第一产业 … 比重 31.4%, 第三产业 … 60.4%) are too often different
    /// figures behind one shortened subject. Within a document a restatement sits in another paragraph
    /// (a summary, heading or pull quote), so two statements on the same or adjacent lines are never
    /// repeats: 普通高校在校生29.4万人 … 中等职业教育在校生1.3万人 on one line are two figures.
    /// A scope that names a year only relative to the text's own (全年, 今年, 本年, 当年, 去年, 上年, 明年).
    static func namesRelativeYear(_ scope: String?) -> Bool {
        guard let scope else { return false }
        return relativeYearWords.contains { LiteralSearch.contains(scope, $0) }
    }

    /// A scope that names the document's own year (全年, 今年, 本年, 当年), not another (去年, 上年, 明年).
    static func namesOwnYear(_ scope: String?) -> Bool {
        guard let scope else { return false }
        return ownYearWords.contains { LiteralSearch.contains(scope, $0) }
    }

    /// Words naming the text's own year; with the years beside it, every year named relative to the text's.
    static let ownYearWords = ["全年", "今年", "本年", "当年"]
    static let relativeYearWords = ownYearWords + ["去年", "上年", "明年"]

    /// `acrossLines`: two statements of one line (`sharesLine`) or one sentence are not set apart for it (a clause
    /// restated word for word, `SameFigureRule.clausePeers`).
    func same(_ a: Statement, _ b: Statement, acrossLines: Bool = false) -> Bool {
        comparable(a, b) && sameBesidesSubject(a, b, acrossLines: acrossLines)
    }

    /// What `same` asks besides the subject (kind, target, running total, period, place, sentence, part and total):
    /// two statements of subjects that differ by a frame word only (春节旅游收入 / 旅游收入) are one figure when it holds
    /// (`SameFigureRule.framedRepeats`). `a`'s subject is the one asked whether it is specific.
    func sameBesidesSubject(_ a: Statement, _ b: Statement, acrossLines: Bool = false) -> Bool {
        guard MetricIdentity.amounts.contains(a.metric.kind), a.metric.direction == nil,
              a.isTarget == b.isTarget, !a.isTarget, a.isCumulative == b.isCumulative,
              a.earlier == b.earlier, placesAgree(a, b) else { return false }
        if a.document == b.document {
            // Adjacent lines of one paragraph (a hard-wrapped text, a table row) hold different figures;
            // adjacent paragraphs (a lead and its body, one paragraph a line) may restate one.
            if !acrossLines, a.sharesLine(with: b) { return false }
            if a.isRestatement(of: b) { return true }
            // (A clause restated word for word pins its figure however many of one subject its sentence holds.)
            if !acrossLines && (a.isAmbiguous || b.isAmbiguous) { return false }
            if !(a.isSpecificSubject ?? rules.catalogue.isSpecific(a.subject)) { return false }
            if !acrossLines, let sa = a.sentence, sa == b.sentence { return false }
            if a.context.conflicts(with: b.context) || a.section.conflicts(with: b.section) { return false }
            // Parts of two different totals are two figures (全市…其中土地出让收入 vs 市本级…其中土地出让收入) — but one total
            // named twice, once with a word more before it and the same value as written (全行业拥有营业网点43.4万处，其中设在
            // 农村的11.7万处 / 邮政全行业拥有营业网点43.4万处，…其中设在农村的11.7万处), is one total, its parts one figure.
            if let ta = a.totalSubject, let tb = b.totalSubject, ta != tb,
               !(a.totalValue != nil && a.totalValue == b.totalValue && a.totalUnit == b.totalUnit
                 && (LiteralSearch.hasSuffix(ta, tb) || LiteralSearch.hasSuffix(tb, ta))) { return false }
            if a.metric.partOf == b.index || b.metric.partOf == a.index { return false }
            if let pa = a.metric.partOf, pa == b.metric.partOf { return false }
            if let p = a.scopePeriod, let q = b.scopePeriod, !p.matches(q) { return false }
            // 全年地区生产总值2345.6亿元 … 2023年地区生产总值2210.3亿元 in a document that names no period of its own:
            // the one under a year word of its own (全年, 今年, 去年) may be any year, so the two are not known to be one
            // figure. (A figure with no period word at all restates the dated one: 截至2023年一季度…115名 … 115名.)
            if a.documentPeriod == nil, b.documentPeriod == nil, (a.scopePeriod == nil) != (b.scopePeriod == nil) {
                let undated = a.scopePeriod == nil ? a : b
                if MetricIdentity.namesRelativeYear(undated.metric.scope) { return false }
            }
            // 初步核算，全年全县生产总值316.80亿元 … 2023年全国第五次经济普查结果：生产总值296.80亿元 in a 2024 bulletin: a
            // figure under 全年 (今年, 本年, 当年) is of the document's own year, and one dated another year is another figure.
            if (a.scopePeriod == nil) != (b.scopePeriod == nil) {
                let (undated, dated) = a.scopePeriod == nil ? (a, b) : (b, a)
                if let own = undated.documentPeriod?.year, let other = dated.scopePeriod?.year, own != other,
                   MetricIdentity.namesOwnYear(undated.metric.scope) { return false }
            }
            return true
        }
        if a.context.conflicts(with: b.context) || a.severalInDocument || b.severalInDocument { return false }
        guard a.series == b.series, let p = a.period, let q = b.period, p.matches(q) else { return false }
        return true
    }
}
