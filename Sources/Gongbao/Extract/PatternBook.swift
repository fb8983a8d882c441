import Foundation

/// The lexicon compiled into tries: built once per `Extractor`, immutable and shared.
final class PatternBook: Sendable {
    let lexicon: Lexicon
    let units: ScalarTrie
    let names: ScalarTrie
    let notQualifiers: ScalarTrie
    let before: ScalarTrie        // value: index into lexicon.qualifierBefore
    let after: ScalarTrie         // value: index into lexicon.qualifierAfter
    /// The qualifiers of `before` and `after` by value, and whether an after-word is 余 or 多 (read per figure,
    /// so kept out of the lexicon's tuples of strings).
    let beforeQualifiers: [Qualifier]
    let afterQualifiers: [Qualifier]
    let afterIsVagueTail: [Bool]
    let targets: ScalarTrie
    /// qualifiers.yaml disposal_verbs and goals_reached: see TargetLookAlikes.
    let disposalVerbs: ScalarTrie
    let goalsReached: ScalarTrie
    /// qualifiers.yaml won_funds: see TargetLookAlikes.obtainsFunds.
    let wonFunds: ScalarTrie
    /// qualifiers.yaml former_plans (原采购预算): see TargetLookAlikes.former.
    let formerPlans: ScalarTrie
    /// qualifiers.yaml statistic_plans (计划总投资) and statistic_changes (同比): see TargetLookAlikes.namesStatistic.
    let statisticPlans: ScalarTrie
    /// qualifiers.yaml programme_heads (…计划项目): see TargetLookAlikes.namesProgramme.
    let programmeHeads: ScalarTrie
    let statisticChanges: ScalarTrie
    let up: ScalarTrie
    let down: ScalarTrie
    let notDirections: ScalarTrie
    /// qualifiers.yaml directions shown (`ChangeWords`).
    let shownChanges: ScalarTrie
    let glue: ScalarTrie
    /// Words after which a bare 百/千/万/亿 is a round figure (上千人, 近百亿元): contexts.yaml magnitude_leads.
    let magnitudeLeads: ScalarTrie
    let magnitudeNotLeads: ScalarTrie
    let totalWords: ScalarTrie
    let vague: ScalarTrie
    /// Words stripped from a subject's start, with the nouns that only begin like one after them (values from
    /// `stripLeadingCount` on): ask `leadingStrip(_:at:)`, which says which of the two the longest match is.
    let stripLeading: ScalarTrie
    let stripLeadingCount: Int
    /// The values of `stripLeading` that are target words (计划, 目标): stripped at a subject's start, but no scope.
    let stripLeadingTargets: Range<Int>
    /// Values from here on are words of contexts.yaml strip_first_letter: only their first letter goes (加上级补助收入).
    let stripFirstLetterFrom: Int
    /// Words that are never a subject on their own (contexts.yaml not_subjects).
    let notSubjects: ScalarTrie
    /// Object verbs that also name the work done (培训, 建设): contexts.yaml noun_verbs.
    let nounVerbs: ScalarTrie
    /// Adverbs of summing that open the predicate inside a subject's words (共, 累计): contexts.yaml mid_adverbs.
    let midAdverbs: ScalarTrie
    /// Verbs of causing, then the words that only end like one (values from `outcomeVerbCount` on): contexts.yaml
    /// outcome_verbs and not_outcome_verbs (SubjectFinder.outcomeSpan).
    let outcomeVerbs: ScalarTrie
    let outcomeVerbCount: Int
    /// Units that are the noun counted (人, 人次, 户): contexts.yaml head_units.
    let headUnits: ScalarTrie
    /// Outcomes that close a run of counts (受灾): contexts.yaml chain_outcomes (SubjectFinder.chainSpan).
    let chainOutcomes: ScalarTrie
    /// The one-letter ends of a rate or an amount (率, 数, 额, 量: contexts.yaml list_head_ends), as scalars: 为 after one
    /// is a copula, never a beneficiary preposition (成交量为137万张合约); a list's head ending in one names a rate or an
    /// amount (ListDistribution's `rateEnds`).
    let measureEndScalars: [UInt32]
    /// Adverbs of a change (迅速, 持续) and the direction verbs (减少, 增长), stripped from a topic clause's end.
    let changeEnders: ScalarTrie
    /// The adverbs of a change alone (大幅, 稳步: contexts.yaml change_adverbs), dropped between a topic and its
    /// change verb (进出口大幅下降14.2% → 进出口).
    let changeManners: ScalarTrie
    let stripTrailing: ScalarTrie
    let objectVerbs: ScalarTrie
    /// contexts.yaml object_verbs_kept (keepsObjectVerb).
    let objectVerbsKept: ScalarTrie
    /// contexts.yaml attribute_nouns (总投资, 占地面积: an attribute written before a figure whose noun follows 的).
    let attributeNouns: ScalarTrie
    /// contexts.yaml not_locatives (SubjectFinder.endsInSet).
    let notLocatives: ScalarTrie
    let prepositions: ScalarTrie
    let afterStops: ScalarTrie
    /// contexts.yaml whole_markers (SubjectFinder.selectedEnd).
    let wholeMarkers: ScalarTrie
    /// contexts.yaml standing_adverbs (SubjectFinder.span).
    let standingAdverbs: ScalarTrie
    /// contexts.yaml reference_labels and reference_leads (FigureScanner.referenceNumberEnd).
    let referenceLabels: ScalarTrie
    let referenceLeads: ScalarTrie
    let scopeTime: ScalarTrie
    let scopeRegion: ScalarTrie
    let headingOpeners: ScalarTrie
    /// Scalars that can begin a scope marker (line break, 截至, 自…以来, 1—9月, the scope words).
    let scopeMarkers: ScalarSet
    /// Second scalars of the scope words (全区 → 区, 年内 → 内): a scope word can start only where the next scalar
    /// is one of them. Nil when some scope word is a single scalar.
    let scopeWordSeconds: ScalarSet?
    /// The scalars the whole-document scans stop at (figure starts, sentence ends, scope markers, plan words).
    let classes: ScalarClasses
    /// The stops of ScopeFinder's and ContextReader's walks that need the next scalar too (全 before 区, 计 before 划).
    let pairs: PairClasses
    /// The last scalars of the words ContextReader reads right before a number (qualifiers before it, the trailing
    /// words it strips, directions): one test says that none of the four lists ends there (most figures).
    let contextLasts: ScalarSet
    /// Characters after which 负 is a minus sign: 为负, 是负, 增长负, 率负.
    let signContext: Set<UInt32> = Set("为是长率达至：:".unicodeScalars.map(\.value))
    /// Scalars of scale characters (万, 亿 …) and their factors.
    let scales: [UInt32: Decimal]
    /// The scale characters as a bitmap: asked after every number (is the next character a scale?), mostly "no".
    let scaleSet: ScalarSet
    /// Per unit (by index into lexicon.units): the surfaces the scanner's grammar singles out, compared once here
    /// instead of as strings per figure.
    let unitTraits: [UnitTraits]
    /// Per unit: its canonical name (Lexicon.Unit.unit), its factor and its label_before words as scalars, kept
    /// apart so the scanner reads one field per figure instead of copying a whole Unit (two Strings and an array,
    /// retained and released).
    let unitNames: [String]
    /// The units that write a grade (级, units.yaml `grade`): see CategoryBounds.
    let gradeUnits: [String]
    /// contexts.yaml category_bound_leads (超过, 高于): see CategoryBounds.isBound.
    let categoryBoundLeads: ScalarTrie
    let unitFactors: [Decimal?]
    let unitLabelsBefore: [[[UInt32]]]
    /// Index of the unit 个月 (3个多月 reads as 个月 with 多).
    let monthsUnit: Int?
    /// What may follow a unit and a slash to make a rate (元/千克, 千米/秒): the units themselves (not %, 倍)
    /// and lexicon.rateDenominators.
    let rateDenominators: ScalarTrie
    /// units.yaml unit_nouns (人口, 人民): a unit's letters that open a noun.
    let unitNouns: ScalarTrie
    /// units.yaml grade_continuations (以上, 及, 和): after a grade unit's number, it still counts or bounds.
    let gradeContinuations: ScalarTrie
    /// Lexicon.classNouns (线路, 变电站): after a unit that names a class before them.
    let classNouns: ScalarTrie
    /// Lexicon.partBracketOpeners (含, 包括): a bracket opening with one is a note (SubjectFinder.opensPartNote).
    let partBracketOpeners: ScalarTrie
    /// contexts.yaml mid_verbs and realized_amounts (SubjectFinder.withoutMidVerb).
    let midVerbs: ScalarTrie
    let realizedAmounts: ScalarTrie

    struct UnitTraits {
        var kind: Lexicon.UnitKind
        /// 岁: an age bracket before 以下/以上.
        var isAge = false
        /// 个: 3个多月.
        var isGe = false
        /// 位, 名: 前8位 ranks.
        var isRank = false
        /// 期, 轮: phases and rounds.
        var isPhase = false
        /// 人, 人口, 辆, 户: what a rate is counted per (万人口).
        var isPerBase = false
        /// Which time unit it is, for the scanner's dates and durations.
        var time: TimeSurface = .other
        /// The same number for units with the same canonical name (元 and 万元 differ; 公里 and 千米 both 千米 …).
        var unitID: Int32 = 0
        /// Lexicon.Unit.vagueWithOne: 一张蓝图 is not a count.
        var vagueWithOne = false
        /// Lexicon.Unit.labelBefore is not empty (十四届人大: a session).
        var hasLabelsBefore = false
        /// Lexicon.Unit.isGrade (级): before a noun the number names a grade.
        var isGrade = false
        /// Lexicon.Unit.arabicOnly (省, 市): no count after a Chinese numeral.
        var arabicOnly = false
        /// Lexicon.Unit.namesClassBeforeNoun (千伏): before a class noun the figure names a class.
        var namesClassBeforeNoun = false
        /// The unit opens a word of units.yaml unit_nouns (人 of 人口): the scanner asks for the noun only after one.
        var opensNoun = false
    }

    /// The surfaces of time units the scanner tells apart (年 may be a date, 月 a month, 个月 a duration).
    enum TimeSurface {
        case year, monthCount, day, hour, minute, week, month, monthName, quarter, other

        init(_ surface: String) {
            switch surface {
            case "年": self = .year
            case "个月": self = .monthCount
            case "天", "工作日", "个工作日": self = .day
            case "小时": self = .hour
            case "分钟": self = .minute
            case "周": self = .week
            case "月": self = .month
            case "月份": self = .monthName
            case "季度": self = .quarter
            default: self = .other
            }
        }
    }

    init(_ lex: Lexicon) {
        lexicon = lex
        // One numbering of the scalars of every list below, shared by all tries (ScalarIndex: their per-scalar
        // tables stay small and the block of a scalar is read once for all). A list left out here only costs its
        // trie a numbering of its own (`compile(sharing:)` checks).
        let everyWord: [String] = lex.units.map(\.surface) + lex.names + lex.notQualifiers
            + lex.qualifierBefore.map(\.word) + lex.qualifierAfter.map(\.word) + lex.targetWords + lex.directionUp
            + lex.directionDown + lex.notDirections + lex.directionShown + lex.glueBefore + lex.magnitudeLeads + lex.magnitudeNotLeads
            + lex.totalWords + lex.vagueMarkers + lex.stripLeading + lex.notStripLeading + lex.stripFirstLetter + lex.scopeTime
            + lex.scopeRegion + lex.notSubjects + lex.nounVerbs + lex.midAdverbs + lex.changeAdverbs
            + lex.stripTrailing + lex.objectVerbs + lex.beneficiaryPrepositions + lex.notPrepositions
            + lex.afterStops + lex.standingAdverbs + lex.selectingStops + lex.selectingChanges + lex.wholeMarkers + lex.headingOpeners + lex.rateDenominators + lex.referenceLabels + lex.referenceLeads + lex.objectVerbsKept + lex.attributeNouns
            + lex.notLocatives + lex.unitNouns + lex.midVerbs + lex.realizedAmounts + lex.gradeContinuations
            + lex.classNouns + lex.outcomeVerbs + lex.notOutcomeVerbs + lex.headUnits + lex.chainOutcomes + lex.partBracketOpeners
        let shared = ScalarIndex(everyWord.map { $0.unicodeScalars.map(\.value) }.joined())
        func trie(_ words: [String]) -> ScalarTrie {
            var t = ScalarTrie()
            for (i, w) in words.enumerated() { t.insert(w, value: i) }
            t.compile(sharing: shared)
            return t
        }
        units = trie(lex.units.map(\.surface))
        func indexed(_ words: [String]) -> ScalarTrie {
            var t = trie(words)
            t.indexOffsets()
            return t
        }
        names = indexed(lex.names)
        notQualifiers = indexed(lex.notQualifiers)
        before = trie(lex.qualifierBefore.map(\.word))
        after = trie(lex.qualifierAfter.map(\.word))
        beforeQualifiers = lex.qualifierBefore.map(\.qualifier)
        afterQualifiers = lex.qualifierAfter.map(\.qualifier)
        afterIsVagueTail = lex.qualifierAfter.map { $0.word == "余" || $0.word == "多" }
        targets = trie(lex.targetWords)
        disposalVerbs = trie(lex.disposalVerbs)
        goalsReached = trie(lex.goalsReached)
        wonFunds = trie(lex.wonFunds)
        formerPlans = trie(lex.formerPlans)
        statisticPlans = trie(lex.statisticPlans)
        programmeHeads = trie(lex.programmeHeads)
        categoryBoundLeads = trie(lex.categoryBoundLeads)
        statisticChanges = trie(lex.statisticChanges)
        up = trie(lex.directionUp)
        down = trie(lex.directionDown)
        notDirections = indexed(lex.notDirections)
        shownChanges = trie(lex.directionShown)
        glue = trie(lex.glueBefore)
        magnitudeLeads = trie(lex.magnitudeLeads)
        magnitudeNotLeads = trie(lex.magnitudeNotLeads)
        totalWords = trie(lex.totalWords)
        vague = trie(lex.vagueMarkers)
        let stripped = lex.stripLeading + lex.targetWords + lex.scopeTime + lex.scopeRegion
        stripLeading = trie(stripped + lex.notStripLeading + lex.stripFirstLetter)
        stripLeadingCount = stripped.count
        stripLeadingTargets = lex.stripLeading.count..<(lex.stripLeading.count + lex.targetWords.count)
        stripFirstLetterFrom = stripped.count + lex.notStripLeading.count
        notSubjects = trie(lex.notSubjects)
        nounVerbs = trie(lex.nounVerbs)
        midAdverbs = trie(lex.midAdverbs)
        outcomeVerbs = trie(lex.outcomeVerbs + lex.notOutcomeVerbs)
        outcomeVerbCount = lex.outcomeVerbs.count
        headUnits = trie(lex.headUnits)
        chainOutcomes = trie(lex.chainOutcomes)
        measureEndScalars = lex.listHeadEnds.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }
        // (Not the direction words that are nouns and open a predicate: 增速, 增幅, 降幅 — 增速高于经济增速 keeps them.)
        let nounOpeners = lex.predicateOpeners.filter { $0.count > 1 }
        changeManners = trie(lex.changeAdverbs)
        changeEnders = trie(lex.changeAdverbs + (lex.directionUp + lex.directionDown).filter { w in
            !nounOpeners.contains { w.hasPrefix($0) } })
        stripTrailing = trie(lex.stripTrailing + lex.directionUp + lex.directionDown)
        objectVerbs = trie(lex.objectVerbs)
        objectVerbsKept = trie(lex.objectVerbsKept)
        attributeNouns = trie(lex.attributeNouns)
        notLocatives = trie(lex.notLocatives)
        // (With the words that only end like one — 意向, 成为 — whose values say they are none: the longest match wins.)
        prepositions = trie(lex.beneficiaryPrepositions + lex.notPrepositions)
        // (The selecting stops after the others, then the selecting changes: a value of afterStops.count or more is one
        // of them, of afterStops.count + selectingStops.count or more a change — SubjectFinder.)
        afterStops = trie(lex.afterStops + lex.selectingStops + lex.selectingChanges)
        wholeMarkers = trie(lex.wholeMarkers)
        standingAdverbs = trie(lex.standingAdverbs)
        referenceLabels = trie(lex.referenceLabels)
        referenceLeads = trie(lex.referenceLeads)
        scopeTime = trie(lex.scopeTime)
        scopeRegion = trie(lex.scopeRegion)
        headingOpeners = trie(lex.headingOpeners + lex.scopeRegion)
        // Of the digits only 1 begins a marker of its own (1—9月); others only when a scope word starts with them.
        var markerList: [UInt32] = [0x0A, 0x622A, 0x81EA, 0x4E00, 0x31, 0x524D]   // …, 前 of 前10个月
        for w in lex.scopeTime + lex.scopeRegion { if let f = w.unicodeScalars.first { markerList.append(f.value) } }
        scopeMarkers = ScalarSet(markerList)
        let scopeWords = (lex.scopeTime + lex.scopeRegion).map { $0.unicodeScalars.map(\.value) }.filter { !$0.isEmpty }
        scopeWordSeconds = scopeWords.contains { $0.count < 2 } ? nil : ScalarSet(scopeWords.map { $0[1] })
        var classes = ScalarClasses()
        let figureStarts = Array(0x30...0x39) + [0x2D] + FigureScanner.chineseTriggerScalars.filter { $0 >= 0x4E00 }
        classes.insert(figureStarts, as: .figureStart)
        classes.insert(ContextReader.cursorStopScalars, as: .cursorStop)
        classes.insert(markerList, as: .scopeMarker)
        classes.insert(lex.targetWords.compactMap { w in
            let s = w.unicodeScalars.map(\.value)
            return s.contains(0) ? nil : s.first
        }, as: .targetFirst)
        classes.insert(ScalarClasses.sentenceEndScalars, as: .sentenceEnd)
        classes.insert([0x201C, 0x300A, 0x300C], as: .quoteOpen)
        classes.insert([0x7B], as: .braceOpen)
        classes.insert(Self.numeralDigitScalars, as: .numeralDigit)
        self.classes = classes
        contextLasts = ScalarSet((lex.qualifierBefore.map(\.word) + lex.stripTrailing + lex.directionUp + lex.directionDown)
            .compactMap { w in
                let s = w.unicodeScalars.map(\.value)
                return s.contains(0) ? nil : s.last
            })
        pairs = PairClasses(scopeMarkers: markerList, scopeSeconds: scopeWordSeconds == nil ? nil : scopeWords.map { $0[1] },
                            targetWords: lex.targetWords.map { $0.unicodeScalars.map(\.value) },
                            figureStarts: figureStarts,
                            openers: [0x201C, 0x300A, 0x300C, 0x7B, FigureScanner.pairWords.0.0, FigureScanner.pairWords.1.0])
        var s: [UInt32: Decimal] = [:]
        for scale in lex.scales { s[scale.surface.unicodeScalars.first!.value] = scale.factor }
        scales = s
        scaleSet = ScalarSet(s.keys)
        monthsUnit = lex.units.firstIndex { $0.surface == "个月" }
        rateDenominators = trie(lex.units.filter { $0.kind != .percent && $0.kind != .ratio }.map(\.surface)
                                + lex.rateDenominators)
        unitNouns = trie(lex.unitNouns)
        gradeContinuations = trie(lex.gradeContinuations)
        classNouns = trie(lex.classNouns)
        partBracketOpeners = trie(lex.partBracketOpeners)
        midVerbs = trie(lex.midVerbs)
        realizedAmounts = trie(lex.realizedAmounts)
        var ids: [String: Int32] = [:]
        unitTraits = lex.units.map { u in
            let id = ids[u.unit] ?? Int32(ids.count)
            ids[u.unit] = id
            return UnitTraits(kind: u.kind, isAge: u.surface == "岁", isGe: u.surface == "个",
                              isRank: u.surface == "位" || u.surface == "名", isPhase: u.surface == "期" || u.surface == "轮",
                              isPerBase: ["人", "人口", "辆", "户"].contains(u.surface), time: TimeSurface(u.surface),
                              unitID: id, vagueWithOne: u.vagueWithOne, hasLabelsBefore: !u.labelBefore.isEmpty,
                              isGrade: u.isGrade, arabicOnly: u.arabicOnly, namesClassBeforeNoun: u.namesClassBeforeNoun,
                              opensNoun: lex.unitNouns.contains { $0.hasPrefix(u.surface) && $0 != u.surface })
        }
        unitNames = lex.units.map(\.unit)
        gradeUnits = Array(Set(lex.units.filter(\.isGrade).map(\.unit)))
        unitFactors = lex.units.map(\.factor)
        unitLabelsBefore = lex.units.map { $0.labelBefore.map { $0.unicodeScalars.map(\.value) } }
    }

    /// The unit written at `i`, if any (longest surface first: 个百分点 before 个).
    func unit(_ t: [UInt32], at i: Int) -> (Lexicon.Unit, Int)? {
        guard let m = units.longestMatch(t, at: i) else { return nil }
        return (lexicon.units[m.value], m.length)
    }

    /// True when a scale character at `i` actually begins a unit (千瓦, 千米, 千公顷).
    func scaleBeginsUnit(_ t: [UInt32], at i: Int) -> Bool {
        // The scale test first: after most numbers stands a unit (人, 元), which is no scale.
        guard i >= 0, i < t.count, scaleSet.contains(t[i]), let m = units.longestMatch(t, at: i) else { return false }
        return m.length > 1
    }

    /// `scaleBeginsUnit` over one text, as the numeral readers' stop (千瓦 ends the number before 千).
    struct UnitStop: ScaleStop {
        let book: PatternBook
        let t: [UInt32]
        @inline(__always) func stops(at j: Int) -> Bool { book.scaleBeginsUnit(t, at: j) }
    }

    /// The unit written at `i` as its index into lexicon.units and its length (no Unit copied).
    @inline(__always)
    func unitMatch(_ t: [UInt32], at i: Int) -> (index: Int, length: Int)? {
        guard let m = units.longestMatch(t, at: i) else { return nil }
        return (m.value, m.length)
    }
}

extension PatternBook {
    /// The length of the word stripped from a subject's start at `i` (全市, 累计, 有), or nil — also when a longer noun
    /// that only begins like one stands there (有色金属矿采选业 keeps its 有; 年末有各类学校 loses it).
    @inline(__always)
    /// Is the object verb at `r` one that stays with the noun it counts (建设, 新建: contexts.yaml object_verbs_kept) —
    /// not one of carrying out, having or including (实施, 共有)?
    func keepsObjectVerb(_ t: [UInt32], _ r: Range<Int>) -> Bool {
        objectVerbsKept.longestMatch(t, at: r.lowerBound)?.length == r.count
    }

    /// Whether the word `leadingStrip` would strip at `i` is a target word (全年目标任务: 目标 is no scope word).
    func leadingStripIsTarget(_ t: [UInt32], at i: Int) -> Bool {
        guard let m = stripLeading.longestMatch(t, at: i) else { return false }
        return stripLeadingTargets.contains(m.value)
    }

    func leadingStrip(_ t: [UInt32], at i: Int) -> Int? {
        guard let m = stripLeading.longestMatch(t, at: i) else { return nil }
        if m.value >= stripFirstLetterFrom { return 1 }
        guard m.value < stripLeadingCount else { return nil }
        // A kept word that starts inside the stripped one and runs past it keeps the whole: 年末有线电视用户 is no
        // 年末有 + 线电视用户 (有线), 年末有效发明专利 no 年末有 + 效发明专利.
        var k = i + 1
        while k < i + m.length {
            if let p = stripLeading.longestMatch(t, at: k), p.value >= stripLeadingCount, p.value < stripFirstLetterFrom,
               k + p.length > i + m.length { return nil }
            k += 1
        }
        return m.length
    }
}

extension PatternBook {
    /// Every scalar isGenuineOne counts as a digit: 0-9 and each BMP scalar ChineseNumeral.digit reads (七, 两, 〇, 叁),
    /// found by asking ChineseNumeral itself, so the table can never drift from it.
    static let numeralDigitScalars: [UInt32] = (UInt32(0)..<0x10000).filter { s in
        (s >= 0x30 && s <= 0x39) || ChineseNumeral.digit(s) != nil
    }
}
