import Foundation

/// What Extract and Metric yield for one document.
public struct Extraction: Sendable {
    public var metrics: [Metric]
    /// The period the document reports on (2024-04, 2023-Q1, 2025, 2016-01/10), if stated.
    public var period: String?
    /// Things seen and deliberately not reported (a 400-digit number), with where and why.
    public var notes: [ExtractionNote]

    public init(metrics: [Metric], period: String? = nil, notes: [ExtractionNote] = []) {
        self.metrics = metrics
        self.period = period
        self.notes = notes
    }
}

/// Finds numeric statements and resolves them to metrics, using the bundled (or a given) lexicon.
public struct Extractor: Sendable {
    let book: PatternBook
    /// The object verbs as a set, for the elliptic heads (安排支出 → 支出), prepared once.
    let objectVerbSet: LiteralSearch.WordSet
    /// Word lists of the passes after the scan, prepared once here instead of once per document.
    let planHeadings: PlanSections.WordList
    let outcomeHeadings: PlanSections.WordList
    let planLeadIns: PlanSections.LeadInWords
    let contrasts: ExtractorSupport.Contrasts
    let ellipticHeads: EllipticSubjects.Heads
    let predicateOpeners: EllipticSubjects.Openers
    let comparisonWords: ComparisonBases.Words
    let editorialAsides: EditorialAsides.Words
    let partModifiers: [LiteralSearch.Prepared]
    /// contexts.yaml part_measure_ends (ExtractorSupport.completePartSubjects).
    let partMeasureEnds: [String]
    /// The shared heads of 分别 lists, longest first.
    let listHeads: [String]
    /// `listHeads` as suffixes, the words dropped from a list's front, the elliptic heads' totals as scalars and the
    /// generic fund names: prepared once here, not for every document.
    let listHeadSuffixes: [SimpleText.Suffix]
    let listLeading: [ScalarTrie]
    /// contexts.yaml sub_periods (一季度, 上半年) and their first scalars (subPeriodTopics).
    let subPeriods: [String]
    let subPeriodFirsts: Set<UInt32>
    let ellipticTotals: [[UInt32]]
    let genericFunds: EllipticSubjects.GenericFunds
    /// The budget's bare totals and balances (AccountTotals), prepared once.
    let accountTotals: LiteralSearch.WordSet
    /// The first scalars of the account totals (总 of 总收入, 收 of 收入总计), for AccountTotals' lead look-up.
    let accountTotalFirsts: [UInt32]
    /// The adverbs a figure may have alone (AdverbSubjects: rate_adverbs and standing_adverbs) and the object verbs
    /// kept with their noun (ExampleLists).
    let rateAdverbs: LiteralSearch.WordSet
    let keptObjectVerbs: LiteralSearch.WordSet
    /// contexts.yaml rate_adverbs alone (平均, 年均): the adverbs a borrowed subject keeps (AdverbSubjects).
    let averagingAdverbs: LiteralSearch.WordSet
    /// The institutions, their attributes and the lead measures of SentenceTopics, prepared once.
    let sentenceTopicWords: SentenceTopics.Words
    let stageVerbs: StageVerbSubjects.Verbs
    /// The words of BracketedLists and BalanceOwners, prepared once.
    let bracketListWords: BracketedLists.Words
    let balanceWords: BalanceOwners.Words

    /// The bundled lexicon.
    public init() throws {
        try self.init(lexicon: Lexicon.bundled())
    }

    public init(lexicon: Lexicon) {
        book = PatternBook(lexicon)
        objectVerbSet = LiteralSearch.WordSet(lexicon.objectVerbs)
        planHeadings = PlanSections.WordList(lexicon.planHeadings)
        outcomeHeadings = PlanSections.WordList(lexicon.outcomeHeadings)
        planLeadIns = PlanSections.LeadInWords(words: PlanSections.WordList(lexicon.planLeadins),
                                               times: PlanSections.WordList(lexicon.planLeadinTimes),
                                               not: PlanSections.WordList(lexicon.planLeadinNot))
        contrasts = ExtractorSupport.Contrasts(lexicon.contrastPairs, joints: lexicon.contrastJoints,
                                               intensive: lexicon.intensiveMarkers, sideTotals: lexicon.sideTotals)
        ellipticHeads = EllipticSubjects.Heads(lexicon.ellipticHeads, levels: lexicon.accountLevels)
        predicateOpeners = EllipticSubjects.Openers(lexicon.predicateOpeners, not: lexicon.notPredicateOpeners)
        comparisonWords = ComparisonBases.Words(openers: lexicon.comparisonOpeners, joiners: lexicon.comparisonJoiners,
                                                tails: lexicon.comparisonBaseTails, up: lexicon.comparisonGapsUp,
                                                down: lexicon.comparisonGapsDown,
                                                rateWord: lexicon.comparisonRateWords.first ?? "")
        editorialAsides = EditorialAsides.Words(lexicon.editorialAsides)
        partModifiers = lexicon.partModifiers.map(LiteralSearch.Prepared.init)
        partMeasureEnds = lexicon.partMeasureEnds
        listHeads = lexicon.listHeads.sorted { $0.count > $1.count }
        listHeadSuffixes = listHeads.map(SimpleText.Suffix.init)
        listLeading = [book.scopeTime, book.scopeRegion, book.targets]
        subPeriods = lexicon.subPeriods
        subPeriodFirsts = Set(lexicon.subPeriods.compactMap { $0.unicodeScalars.first?.value })
        ellipticTotals = lexicon.totalWords.map { $0.unicodeScalars.map(\.value) }
        genericFunds = EllipticSubjects.GenericFunds(lexicon.genericFunds)
        accountTotals = LiteralSearch.WordSet(lexicon.accountTotals)
        accountTotalFirsts = Array(Set(lexicon.accountTotals.compactMap { $0.unicodeScalars.first?.value })).sorted()
        rateAdverbs = LiteralSearch.WordSet(lexicon.rateAdverbs + lexicon.standingAdverbs)
        averagingAdverbs = LiteralSearch.WordSet(lexicon.rateAdverbs)
        keptObjectVerbs = LiteralSearch.WordSet(lexicon.objectVerbsKept)
        stageVerbs = StageVerbSubjects.Verbs(lexicon.stageVerbs)
        sentenceTopicWords = SentenceTopics.Words(units: lexicon.institutionUnits,
                                                  attributes: lexicon.institutionAttributes,
                                                  measures: lexicon.leadMeasures,
                                                  leading: lexicon.headingOpeners + lexicon.scopeRegion + ["拥有", "共有", "有"],
                                                  distributions: lexicon.distributionLeads)
        bracketListWords = BracketedLists.Words(cuts: lexicon.bracketListCuts, leading: lexicon.bracketListLeading,
                                                openers: lexicon.bracketListOpeners)
        balanceWords = BalanceOwners.Words(heads: lexicon.bareBalanceHeads, owners: lexicon.balanceOwners,
                                           excess: lexicon.statedChangeWords, bases: lexicon.comparisonOnlySubjects,
                                           items: lexicon.budgetBalanceItems, funds: lexicon.budgetFunds)
    }

    public var lexicon: Lexicon { book.lexicon }

    public func extract(source: SourceText, content: ContentText, normalized: NormalizedText) -> Extraction {
        var done = finished(source: source, content: content, normalized: normalized)
        var locator = source.locator()
        var years: [String: Decimal?] = [:]
        let fields = MetricFields.offsets
        let ranges = done.ranges
        let changes = done.changeWords
        var cursor = 0
        let metrics = done.figures.withUnsafeMutableBufferPointer { figures in
            [Metric](unsafeUninitializedCapacity: figures.count) { slots, count in
                for k in figures.indices {
                    ExtractorSupport.initializeMetric(slots.baseAddress! + k, taking: &figures[k], ranges: ranges[k],
                                                      source: source, content: content, locator: &locator,
                                                      years: &years, fields: fields, writtenForms: done.writtenForms,
                                                      change: ChangeWords.word(of: k, in: changes, cursor: &cursor))
                    count = k + 1
                }
            }
        }
        return Extraction(metrics: metrics, period: done.period, notes: done.notes)
    }

    /// A document's figures after every pass (subjects, scopes, 其中 links, part subjects), in text order, with
    /// their byte ranges in the content text and the source file: what a metric is built from, or a JSON record
    /// written from (`jsonLines`). Also the document's period and notes.
    struct Finished {
        var figures: [Figure]
        var ranges: [(content: Range<Int>, source: Range<Int>)]
        var period: String?
        var notes: [ExtractionNote]
        /// The document's traditional forms (`NormalizedText.writtenForms`): subjects are shown as written.
        var writtenForms: [UInt32: UInt32] = [:]
        /// The figures whose subject is shown with a change word, in order (`ChangeWords`: 利润总额 → 利润总额增长).
        var changeWords: [(figure: Int, word: String)] = []
    }

    func finished(source: SourceText, content: ContentText, normalized: NormalizedText) -> Finished {
        let text = DocText(normalized)
        var scanner = FigureScanner(book: book, text: text)
        let tables = TableReader(book: book, text: text, content: content, normalized: normalized)
        // Tables flattened into text (cells between tabs) are read as tables and kept from the sentence scanner.
        // (Content the normalizer found no cell-break byte in holds no such table: its scan is skipped.)
        // (Tables whose cells run together, 指标名称单位数量, are found by their header line's 单位 first.)
        // (Lines stating a table's units, 单位:人、%, are found on the same scan: a table with spaces between its cells
        // may stand under one.)
        var unitLines: [Range<Int>] = []
        let glued = FlattenedTableReader.gluedHeaders(content.bytes, lexicon: book.lexicon, unitLines: &unitLines)
        let rowUnitAnchors = FlattenedTableReader.rowUnitAnchors(content.bytes, tables: tables)
        // (Fields of a table written as records, 预算(元):3,509亿: a bracket's close before a colon.)
        // (Plain text's normalizer noted the colons after a bracket as it wrote them: the content is not searched.)
        let recordLines = FlattenedTableReader.recordLines(
            content.bytes, colons: normalized.scalars?.recordColons(inContentOf: content.bytes.count))
        let flattened = !glued.isEmpty || !unitLines.isEmpty || !rowUnitAnchors.isEmpty || !recordLines.isEmpty
            || (normalized.scalars?.mayHoldCellBreak(inContentOf: content.bytes.count) ?? true)
            ? FlattenedTableReader(book: book, tables: tables).read(glued: glued, unitLines: unitLines,
                                                                    rowUnitAnchors: rowUnitAnchors, recordLines: recordLines)
            : FlattenedTableReader.Result()
        let cellRanges = (tables.cellScalarRanges() + flattened.regions).sorted { $0.lowerBound < $1.lowerBound }
        if !cellRanges.isEmpty {
            scanner.blocked = (scanner.blocked + cellRanges).sorted { $0.lowerBound < $1.lowerBound }
            scanner.blocked = ExtractorSupport.merged(scanner.blocked)
        }
        var figures = scanner.scan()
        // 投资10亿元以上项目8个, 营业收入高于5亿元的企业30家: the amount is part of the subject.
        CategoryBounds.drop(&figures, text: text, grades: book.gradeUnits, leads: book.categoryBoundLeads)
        AgeBands.drop(&figures, text: text)         // 0-15岁（含不满16周岁）为13.1万人: the band names the group
        CaptionLines.drop(&figures, text: text)     // 两项收入 alone on its line: a label, no count
        let blocked = scanner.blocked
        // (The stops of the context and scope walks, found on the scanner's setup pass.)
        let walkStops = scanner.walkStops
        var context = ContextReader(book: book, text: text, blocked: blocked, stops: walkStops.cursor)
        let subjects = SubjectFinder(book: book, text: text)
        var scopes = ScopeFinder(book: book, text: text, stops: walkStops.scope)
        let period = ExtractorSupport.period(figures, text: text)
        let periodYear = period.flatMap { Int($0.prefix(4)) }
        var lastEnd = 0
        // Where the last quantity ended: a date or a duration before a figure is part of its clause, not a
        // figure whose words end the subject (全国财政用于教育支出五年累计2.43万亿元).
        var lastQuantityEnd = 0
        // The figures made plans by a later year, with how many years later (see `isYearByYearReview`).
        var laterYears: [(index: Int, ahead: Int)] = []
        // (Each figure is changed in place, through the buffer: copying it out and back, or passing an array element,
        // retained and released all its fields.)
        figures.withUnsafeMutableBufferPointer { figures in
            for k in figures.indices {
                let numberStart = figures[k].numberStart
                // The sentence start matters only past the previous figure: look back no further than that.
                let sentenceStart = text.sentenceStart(before: numberStart, notBefore: lastEnd)
                if sentenceStart > lastEnd { lastEnd = sentenceStart }
                context.annotate(&figures[k], lastEnd: lastEnd)
                scopes.advance(to: figures[k].span.lowerBound)
                let isQuantity = figures[k].kind.isQuantity
                if isQuantity, figures[k].subject.isEmpty {
                    // (The sentence start above stops at lastEnd; past a date or duration look back to the last
                    // quantity.)
                    let quantityEnd = lastQuantityEnd < lastEnd
                        ? text.sentenceStart(before: numberStart, notBefore: lastQuantityEnd) : lastEnd
                    let place = SubjectFinder.Place(numberStart: numberStart, unitEnd: figures[k].unitEnd,
                                                    kind: figures[k].kind, hasUnit: figures[k].unit != nil)
                    figures[k].subject = subjects.subject(of: place, lastEnd: lastEnd, quantityEnd: quantityEnd)
                }
                figures[k].scope = scopes.scope
                if scopes.cumulative { figures[k].isCumulative = true }
                // A figure under a year later than the report's own period is a plan (2025 report: 2026年…安排).
                if isQuantity, let y = scopes.year, let p = periodYear, y > p, !figures[k].qualifiers.contains(.target) {
                    figures[k].qualifiers.append(.target)
                    figures[k].qualifiers.sort()
                    laterYears.append((k, y - p))
                }
                scopes.take(reading: &figures[k])
                lastEnd = figures[k].unitEnd
                if isQuantity { lastQuantityEnd = figures[k].unitEnd }
            }
        }
        if ExtractorSupport.isYearByYearReview(laterYears.map(\.ahead)) {
            for (k, _) in laterYears { figures[k].qualifiers.remove(.target) }
        }
        // 收入2.7亿元（不含辽滨经开区4.8亿元）: the bracketed amount is the part's (辽滨经开区…收入).
        PartBrackets.apply(&figures, text: text, openers: book.lexicon.partBracketOpeners, levels: book.lexicon.accountLevels)
        ExtractorSupport.inferYears(&figures, text: text, period: period)
        // (Plain heading lines are sought only when the text holds a figure that may become a target.)
        let plainHeadings = figures.contains(where: { $0.kind.isQuantity })
            ? PlainHeadings.headings(text: text, normalized: normalized, content: content, periodYear: periodYear,
                                     plan: planHeadings, outcome: outcomeHeadings) : []
        PlanSections.apply(&figures, text: text, periodYear: periodYear, plan: planHeadings, outcome: outcomeHeadings,
                           targets: book.targets, notTargets: book.notQualifiers, leadIns: planLeadIns,
                           plainHeadings: plainHeadings)
        // 其中 and 分别, found on the scanner's setup pass.
        let (qizhongStarts, fenbie) = scanner.wordStarts
        ListDistribution.apply(&figures, text: text, fenbie: fenbie, headSuffixes: listHeadSuffixes, leading: listLeading,
                               predicates: book.lexicon.listPredicates, rateEnds: book.measureEndScalars,
                               frameOpeners: book.lexicon.listFrameOpeners, frameNotVerbs: book.lexicon.listFrameNotVerbs,
                               frameLeadEnds: book.lexicon.listFrameLeadEnds)
        // 分别上涨1.4%、0.2%和0.1%: figures listed after one verb share its direction.
        // (By index: copying the figure before each one was a tenth of this loop.)
        for k in figures.indices.dropFirst() where figures[k].direction == nil && figures[k].kind.isQuantity {
            let gap = figures[k - 1].unitEnd..<figures[k].numberStart
            guard figures[k - 1].direction != nil, gap.count == 1 || gap.count == 0,
                  LiteralSearch.equals(figures[k - 1].unit, figures[k].unit)
            else { continue }
            if gap.count == 0 || [0x3001, 0x548C, 0x53CA, 0x4E0E].contains(text.t[gap.lowerBound]) {
                figures[k].direction = figures[k - 1].direction
            }
        }
        ShareBases.apply(&figures, text: text)
        // (Only a change after a period is written so: 其中1—2月下降1.6%, 去年同期为增加16.18亿元.)
        for k in figures.indices where figures[k].direction != nil && !figures[k].fromTable
            && SentenceTopics.isPeriodOnly(figures[k].subject) {
            figures[k].subject = ""
        }
        // A figure whose clause names nothing (同比增长3.6%, 增加到4140元) borrows the subject of the figure before it
        // in the same sentence; so does a share that names only its reference (实际完成174.5亿元，为预算的101.5% →
        // …实际完成占预算的比例).
        for k in figures.indices where figures[k].kind.isQuantity
            && (figures[k].subject.isEmpty || (figures[k].kind == .percent && isReferenceShare(figures[k].subject))) {
            let reference = figures[k].subject
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            // (A share — …占预算的比例, 完成年度计划82.3% — is no subject for the growth rate after it when the
            // sentence names the amount: 同比增长15.3% is the growth of the amount. Without one, the nearest serves.)
            let growth = figures[k].direction != nil && figures[k].unit == "%"
            var pick: Int? = nil, nearest: Int? = nil, fromSentenceBefore = false
            while j >= 0, figures[j].span.lowerBound >= sentence {
                // (An amount in brackets that closed before this change is an aside: 收入28.7亿元（不含…36.4亿元），
                // 同比增长5.2% is the growth of the amount before the bracket.)
                // (So is a list in brackets before a share: 达标断面61个(其中Ⅰ类8个、Ⅲ类26个)、占79.2% is the share of
                // the 61, not of the last item.)
                if figures[k].direction != nil || figures[k].kind == .percent,
                   SubjectFinder.closesBracket(text.t, from: figures[j].unitEnd, to: figures[k].numberStart) { j -= 1; continue }
                // (Nor is the size of a ranking's field: 综合指数为4.18，全市20个区县排名第4，同比下降3.46% is the change of
                // the index ranked, not of 区县 — a count that an ordinal follows in its clause counts the peers.)
                if figures[j].kind == .count, j + 1 < k, figures[j + 1].kind == .ordinal,
                   text.clauseStart(before: figures[j + 1].numberStart) <= figures[j].numberStart { j -= 1; continue }
                if figures[j].kind.isQuantity, !figures[j].subject.isEmpty {
                    // (Nor is the base inside a share: 为年初预算8亿元的105%，增长6% is the topic's growth.)
                    let share = Extractor.shareSuffix.isSuffix(of: figures[j].subject)
                        || (growth && figures[j].kind == .percent && figures[j].direction == nil)
                        || ShareBases.isBase(j, figures, text: text)
                    if nearest == nil { nearest = j }
                    if !share { pick = j; break }
                }
                j -= 1
            }
            if pick == nil, nearest == nil, reference.isEmpty {
                pick = Extractor.previousTopic(of: k, sentence: sentence, figures: figures, text: text,
                                               openers: predicateOpeners)
                fromSentenceBefore = pick != nil
            }
            if let j = pick ?? nearest {
                // 支出预算468.9亿元，实际完成481亿元 → 支出预算实际完成.
                let cs = text.clauseStart(before: figures[k].numberStart)
                let own = text.stringWithoutWhitespace(cs..<figures[k].numberStart)
                // (A topic from the sentence before keeps the words of this one's clause: …存款余额较年初增加 is the
                // balance's change since the year began, no second statement of the balance — validation pairs a level
                // with a change of its one subject.)
                let outcome = fromSentenceBefore ? own : ["实际完成", "完成", "实际"].first { SimpleText.hasSuffix(own, $0) } ?? ""
                // 第一产业完成投资占全社会固定资产投资的3.9%，同比下降18.5%: with only a share before it, a growth rate
                // is the part's, named before 占.
                var borrowed = figures[j].subject
                if growth, pick == nil, figures[j].kind == .percent, let zhan = borrowed.firstIndex(of: "占"),
                   zhan > borrowed.startIndex {
                    borrowed = String(borrowed[..<zhan])
                }
                figures[k].subject = borrowed + outcome
                if !reference.isEmpty {
                    let lead = SimpleText.hasPrefix(reference, "完成") ? 2 : 1
                    figures[k].subject = figures[j].subject + "占" + reference.dropFirst(lead).dropLast() + "的比例"
                }
            }
        }
        // 高标准农田38.5万亩，占永久基本农田面积的72%: a share ending in 的 after 占 names its 比重 (the gold's word for
        // a part of a whole; 比例 stays for a share of a plan or budget, …占预算的比例).
        for k in figures.indices where figures[k].kind == .percent && !figures[k].fromTable
            && Extractor.deSuffix.isSuffix(of: figures[k].subject) && LiteralSearch.contains(figures[k].subject, "占") {
            figures[k].subject += "比重"
        }
        // 1.支持充分释放内需潜力。安排2亿元。: a figure whose sentence names nothing, after a numbered heading
        // sentence, counts what the heading names (支持充分释放内需潜力安排).
        for k in figures.indices where figures[k].subject.isEmpty && figures[k].kind.isQuantity && !figures[k].fromTable {
            if let heading = SubjectFinder.headingBefore(figures[k].numberStart, text: text) {
                let cs = text.clauseStart(before: figures[k].numberStart)
                let own = text.stringWithoutWhitespace(cs..<figures[k].numberStart)
                figures[k].subject = heading + own
            } else if !subPeriods.isEmpty,
                      let s = Extractor.subPeriodSubject(k, figures, text: text, periods: subPeriods, firsts: subPeriodFirsts) {
                // (In this loop: a pass of its own over the figures that name nothing was 0.1% of a plain-text run.)
                figures[k].subject = s
            }
        }
        EllipticSubjects.inheritTopics(&figures, text: text, openers: predicateOpeners)
        let qizhongs = ExtractorSupport.QizhongIndex(starts: qizhongStarts)
        EllipticSubjects.shortHeadsTakeTopic(&figures, text: text, qizhongs: qizhongs, adverbs: rateAdverbs)
        SentenceTopics.apply(&figures, text: text, words: sentenceTopicWords)
        ListedCountOwners.apply(&figures, text: text)
        StageVerbSubjects.apply(&figures, text: text, verbs: stageVerbs)   // 住房开工84万平方米，竣工39万平方米
        RateDenominators.apply(&figures, text: text, names: book.names)
        EllipticSubjects.addPurposes(&figures, text: text, generic: genericFunds, purposeVerbs: book.lexicon.purposeVerbs)
        EllipticSubjects.apply(&figures, text: text, heads: ellipticHeads, verbs: objectVerbSet,
                               totalScalars: ellipticTotals, qizhongs: qizhongs, perUnit: contrasts.intensive)
        EllipticSubjects.restatements(&figures, text: text, restate: book.lexicon.restatements,
                                      bounds: book.lexicon.restatedBounds)
        AccountTotals.apply(&figures, text: text, totals: accountTotals, heads: book.lexicon.ellipticHeads,
                            scopes: book.scopeRegion, totalFirsts: accountTotalFirsts)
        AdverbSubjects.apply(&figures, text: text, adverbs: rateAdverbs, averaging: averagingAdverbs)
        ExampleLists.apply(&figures, verbs: book.lexicon.objectVerbs, kept: keptObjectVerbs)
        FollowingPlans.apply(&figures, text: text, book: book)
        CategoryBounds.sizeClasses(&figures, text: text)   // 70个30亿元以上项目: the class is no target
        CategoryBounds.sharedClassNouns(&figures, text: text)   // 8个百亿元、20个…项目: 百亿元项目
        ComparisonBases.apply(&figures, text: text, words: comparisonWords)   // 比全省(7.7%)和全国(7.0%)分别高…
        EditorialAsides.apply(&figures, text: text, words: editorialAsides)   // 较去年同期(下同) → 较去年同期
        BalanceOwners.apply(&figures, text: text, words: balanceWords)   // 6月末余额 → 民营企业贷款余额
        BracketedLists.apply(&figures, text: text, words: bracketListWords)   // 北京(94.5件) → 北京每万人口…拥有量
        StandingFigures.apply(&figures, text: text)   // 4.73万个 alone on its line → the sentence's 体育社会组织 below
        let tableFigures = tables.figures() + flattened.figures
        if !tableFigures.isEmpty {
            figures += tableFigures
            figures.sort { $0.span.lowerBound < $1.span.lowerBound }
        } else if !isStrictlyOrdered(figures) {
            // (The scanner's figures come in text order: the sort, which moved every 200-byte figure, is needed
            // only when they do not. Strictly ordered, the sort could not change them.)
            figures.sort { $0.span.lowerBound < $1.span.lowerBound }
        }
        ExtractorSupport.linkParts(&figures, text: text, contrasts: contrasts, qizhongs: qizhongs)
        ExtractorSupport.completePartSubjects(&figures, modifiers: partModifiers, measureEnds: partMeasureEnds)
        ExtractorSupport.planParts(&figures, text: text)
        // The offsets in a pass of their own (see ExtractorSupport.ranges(of:)).
        let ranges = figures.indices.map {
            ExtractorSupport.ranges(of: figures[$0], text: text, source: source, content: content, normalized: normalized)
        }
        // 26.8 萬戶 in a traditional document: the unit as written (戶), not as read (户).
        if normalized.foldedFromTraditional { WrittenUnits.restore(&figures, ranges: ranges, content: content) }
        let notes = scanner.notes.map { (i, message) in
            let r = ExtractorSupport.sourceRange(i..<min(i + 1, text.count), text: text, source: source, content: content,
                                                 normalized: normalized)
            return ExtractionNote(location: source.location(ofOffset: r.lowerBound), message: message)
        }
        let changeWords = ChangeWords.shown(figures, text: text, book: book)
        return Finished(figures: figures, ranges: ranges, period: period, notes: notes, writtenForms: normalized.writtenForms,
                        changeWords: changeWords)
    }

    /// A sentence that opens with an outcome verb and names nothing (支出预算为73.24亿元，…比年初预算增加2.67亿元。实际完成
    /// 51.95亿元，…) reports on the topic of the sentence before it on the same line, its first quantity that names
    /// something (支出预算 → 支出预算实际完成): the topic of a Chinese sentence may be dropped when it is the last one's.
    /// So does a ；-sentence that opens with a predicate (contexts.yaml predicate_openers: …各项存款余额20721.8亿元，同比
    /// 增长29.5%；较年初增加1283.1亿元 — 较年初增加 is the balance's; …增速与6月份持平；环比增长0.98%): after a semicolon
    /// the sentence goes on about the same topic, and a clause that only compares names none of its own.
    static func previousTopic(of k: Int, sentence: Int, figures: [Figure], text: DocText,
                              openers: EllipticSubjects.Openers? = nil) -> Int? {
        let t = text.t
        guard sentence > 0, t[sentence - 1] != 0x0A, text.clauseStart(before: figures[k].numberStart) == sentence
        else { return nil }
        let own = text.stringWithoutWhitespace(sentence..<figures[k].numberStart)
        let afterSemicolon = t[sentence - 1] == 0xFF1B || t[sentence - 1] == 0x3B
        guard Extractor.outcomeOpeners.contains(own)
                || (afterSemicolon && openers.map { EllipticSubjects.opensWithPredicate(own, $0) } == true)
        else { return nil }
        let previous = text.sentenceStart(before: sentence - 1)
        var j = k - 1, first: Int? = nil
        while j >= 0, figures[j].span.lowerBound >= previous {
            if figures[j].kind.isQuantity, !figures[j].subject.isEmpty { first = j }
            j -= 1
        }
        return first
    }

    /// 初步核算，前三季度生产总值…。分季度看，一季度同比增长6.7%，二季度增长6.7%: a figure that still names nothing, whose
    /// clause opens with a part of the period (contexts.yaml sub_periods), is that part of the topic of the sentence
    /// before on the same line — its first quantity that names something (一季度生产总值). The period is kept: it is
    /// what tells the parts apart. (`firsts`: the first scalars of the periods, a cheap test before the string.) Nil
    /// when figure `k` is not so.
    static func subPeriodSubject(_ k: Int, _ figures: [Figure], text: DocText, periods: [String],
                                 firsts: Set<UInt32>) -> String? {
        let t = text.t
        let cs = text.clauseStart(before: figures[k].numberStart)
        guard cs < figures[k].numberStart, firsts.contains(t[cs]) else { return nil }
        let own = text.stringWithoutWhitespace(cs..<figures[k].numberStart)
        guard let period = periods.first(where: { SimpleText.hasPrefix(own, $0) }) else { return nil }
        let sentence = text.sentenceStart(before: figures[k].numberStart)
        guard sentence > 0, t[sentence - 1] != 0x0A else { return nil }
        let previous = text.sentenceStart(before: sentence - 1)
        var j = k - 1, topic: Int? = nil
        while j >= 0, figures[j].span.lowerBound >= previous {
            if figures[j].span.lowerBound < sentence, figures[j].kind.isQuantity, !figures[j].subject.isEmpty { topic = j }
            j -= 1
        }
        return topic.map { period + figures[$0].subject }
    }

    /// The outcome verbs that may open a sentence whose topic is the sentence's before (实际完成51.95亿元), as the
    /// borrowing above adds them (…实际完成).
    static let outcomeOpeners: Set<String> = ["实际完成", "完成"]

    /// 的比例: the subject of a share (…占预算的比例).
    static let shareSuffix = SimpleText.Suffix("的比例")

    /// True when every figure starts after the one before it.
    func isStrictlyOrdered(_ figures: [Figure]) -> Bool {
        for k in figures.indices.dropFirst() where figures[k - 1].span.lowerBound >= figures[k].span.lowerBound {
            return false
        }
        return true
    }

    /// 为预算的, 占计划的: a share named only by what it is a share of.
    /// (The suffix first, prepared: most subjects do not end with 的, and that test reads only their last scalars.)
    func isReferenceShare(_ s: String) -> Bool {
        guard Extractor.deSuffix.isSuffix(of: s) else { return false }
        // 完成全年目标任务的109%, 完成年度计划的96.2%: the share of a plan the sentence's amount reached.
        if SimpleText.hasPrefix(s, "完成") { return SimpleText.count(s) >= 5 && SimpleText.count(s) <= 12 }
        return (SimpleText.hasPrefix(s, "为") || SimpleText.hasPrefix(s, "占"))
            && SimpleText.count(s) >= 3 && SimpleText.count(s) <= 6
    }

    static let deSuffix = SimpleText.Suffix("的")

    /// Normalizes and extracts a string (for tests and the REPL).
    public func metrics(inText string: String, path: String = "<text>") -> [Metric] {
        extraction(inText: string, path: path).metrics
    }

    /// The whole extraction of a string.
    public func extraction(inText string: String, path: String = "<text>") -> Extraction {
        let source = SourceText(path: path, bytes: Array(string.utf8), encoding: "UTF-8")
        let content = ContentText(plainText: source)
        return extract(source: source, content: content, normalized: Normalizer.normalized(content))
    }
}
