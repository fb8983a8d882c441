import Foundation
import Yams

/// The vocabulary of the extractor, read from the YAML files in Resources/ (or an analyst's directory).
///
/// Vocabulary is data, grammar is code: 人/支/项 and 签约/鄂尔多斯 live here; how a number, a scale and a unit
/// combine lives in the Swift that reads these tables.
public struct Lexicon: Sendable {
    public enum UnitKind: String, Sendable { case count, money, measure, percent, ratio, time }

    public struct Unit: Sendable {
        public var surface: String
        public var unit: String
        public var kind: UnitKind
        public var factor: Decimal?
        public var vagueWithOne: Bool
        public var labelBefore: [String]
        /// units.yaml `grade: true` (级): written with a Chinese numeral right before a noun, the number names a grade
        /// (二级公路, 三级医院, 省市县三级财政), not a count; before `grade_continuations` (以上, 及, 和) it stays one.
        public var isGrade = false
        /// units.yaml `arabic_only: true` (省, 市): a count only after Arabic digits (受灾5省39市); after a Chinese numeral
        /// the unit names a group of places (珠三角九市, 三省一市, 东北三省, 新疆三省(区)), no figure of the text.
        public var arabicOnly = false
        /// units.yaml `class_before_noun: true` (千伏): before a word of `class_nouns` the figure names a class of the
        /// thing (10千伏线路: a voltage grade), no quantity of the text.
        public var namesClassBeforeNoun = false
    }

    /// One `examples:`/`counterexamples:` entry, run as a test.
    public struct Example: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var text: String
        /// True: the text must yield a figure (with `qualifier` if set); false: it must not.
        public var isFigure: Bool
        public var qualifier: Qualifier?
        public var description: String { "\(file):\(line) \(text)" }
    }

    public var units: [Unit] = []
    public var scales: [(surface: String, factor: Decimal)] = []
    public var qualifierBefore: [(word: String, qualifier: Qualifier)] = []
    public var qualifierAfter: [(word: String, qualifier: Qualifier)] = []
    public var targetWords: [String] = []
    public var notQualifiers: [String] = []
    public var directionUp: [String] = []
    public var directionDown: [String] = []
    public var notDirections: [String] = []
    /// qualifiers.yaml directions shown: change words a change's subject is shown with (`ChangeWords`).
    public var directionShown: [String] = []
    public var names: [String] = []
    public var glueBefore: [String] = []
    /// Words after which a bare 百/千/万/亿 is a round figure (上千人, 近百亿元).
    public var magnitudeLeads: [String] = []
    /// Words ending in a lead that are no lead (以上千元, 线上千人).
    public var magnitudeNotLeads: [String] = []
    /// Total words that stay after a bare head (收入总计).
    public var totalWords: [String] = []
    /// contexts.yaml account_totals: a budget's totals and balances written without their account (收入总计,
    /// 收支结余, 年终结余结转); see AccountTotals. Optional in a lexicon file.
    public var accountTotals: [String] = []
    /// contexts.yaml rate_adverbs: words that are all a rate may have before it (两年平均增长18.9%: 平均) and name
    /// nothing; see AdverbSubjects. Optional in a lexicon file.
    public var rateAdverbs: [String] = []
    /// contexts.yaml standing_adverbs: an adverb alone before a figure (一直保持在8%) leaves it the topic's.
    public var standingAdverbs: [String] = []
    /// Head nouns written once on the last item of a 分别 list and shared by all (产量, 在校生).
    public var listHeads: [String] = []
    /// Words that open the predicate after a list (…、水利管理业营业收入为负增长，同比分别下降…: 为): the list's last item ends
    /// before them when the list stands in the clause before 分别.
    public var listPredicates: [String] = []
    /// contexts.yaml list_frame_openers: a preposition opening a 分别 list whose verb follows 分别 (对欧盟、美国分别进出口…):
    /// each item takes the preposition and the verb (对美国进出口). Optional.
    public var listFrameOpeners: [String] = []
    /// contexts.yaml list_frame_not_verbs: words after 分别 that are a predicate, not the frame's verb (达到, 占). Optional.
    public var listFrameNotVerbs: [String] = []
    /// contexts.yaml list_frame_lead_ends: how a period or a place before the opener ends (前三季度对…, 我市对…). Optional.
    public var listFrameLeadEnds: [String] = []
    /// contexts.yaml bracket_list_cuts, bracket_list_leading, bracket_list_openers: where a ranking or class opens after
    /// the measure named before a list of bracketed figures (排名, 超过), the scope words before that measure (我国), and
    /// the words that open the list (依次为) — see BracketedLists. Optional.
    public var bracketListCuts: [String] = []
    public var bracketListLeading: [String] = []
    public var bracketListOpeners: [String] = []
    /// contexts.yaml bare_balance_heads, balance_owners, stated_change_words, comparison_only_subjects: a balance named
    /// bare (余额), the words ending an account's name (贷款, 存款), the words of a stated change (同比多增, 比年初增加),
    /// and subjects that are a comparison base only (同比) — see BalanceOwners. Optional.
    public var bareBalanceHeads: [String] = []
    /// contexts.yaml part_bracket_openers: 不含, 含 — a bracketed amount right after another, for a part (PartBrackets).
    /// Optional.
    public var partBracketOpeners: [String] = []
    public var balanceOwners: [String] = []
    public var statedChangeWords: [String] = []
    public var comparisonOnlySubjects: [String] = []
    /// contexts.yaml stage_verbs: the stages of a project or building (开工, 竣工): a clause that names only its stage
    /// shares the noun of the clause before (StageVerbSubjects).
    public var stageVerbs: [String] = []
    /// contexts.yaml budget_balance_items, budget_funds: the lines of a budget's balance that name no fund (调入资金,
    /// 上年结余) and the funds a budget keeps (一般公共预算, 政府性基金) — see BalanceOwners. Optional.
    public var budgetBalanceItems: [String] = []
    public var budgetFunds: [String] = []
    /// contexts.yaml sub_periods: a part of the report's period opening a clause that names nothing else (分季度看，一季度
    /// 同比增长6.7%): the figure is that part of the last sentence's topic. Optional.
    public var subPeriods: [String] = []
    /// Words ending in a beneficiary preposition that are none (意向, 成为).
    public var notPrepositions: [String] = []
    public var vagueMarkers: [String] = []
    public var stripLeading: [String] = []
    public var stripTrailing: [String] = []
    public var objectVerbs: [String] = []
    /// Object verbs that stay with the noun after the figure (建设寄宿制学校); the others are dropped (实施, 共有).
    public var objectVerbsKept: [String] = []
    /// Attributes written before a figure that an owner after 的 has (总投资近2000亿元的…基地 → …基地总投资).
    public var attributeNouns: [String] = []
    /// contexts.yaml not_locatives: words ending in 中 that close no set (高中, 集中).
    public var notLocatives: [String] = []
    public var beneficiaryPrepositions: [String] = []
    public var afterStops: [String] = []
    /// contexts.yaml selecting_stops: stops after a counted noun whose predicate says which of them are counted.
    public var selectingStops: [String] = []
    /// contexts.yaml whole_markers: words in a selecting stop's predicate that say every one did it (全覆盖, 分别): no selection.
    public var wholeMarkers: [String] = []
    /// contexts.yaml selecting_changes: change verbs that select as selecting stops do, with no object needed.
    public var selectingChanges: [String] = []
    /// Labels of a document's own parts (表, 附件): the number after one names the part (表2 人口情况), it counts nothing.
    public var referenceLabels: [String] = []
    /// Words before such a label in running text (见表2, 如图3所示).
    public var referenceLeads: [String] = []
    public var partModifiers: [String] = []
    /// Words that open the text after a section heading run into it (八、财政和金融 全年地方…收入 → 地方…收入).
    public var headingOpeners: [String] = []
    /// Heads that budget reports write alone once the account is named (收入, 支出): see EllipticSubjects.
    public var ellipticHeads: [String] = []
    /// Levels of government written before a bare head (市级收入): whose account, not which (AccountHeadings).
    public var accountLevels: [String] = []
    /// Accounts that are two sides of one ledger (收入/支出): a figure of one is never a 其中 part of the other.
    public var contrastPairs: [(String, String)] = []
    /// Words that name both sides of a contrast pair at once (进出口, 收支): a total so named has parts of either side.
    public var contrastJoints: [String] = []
    /// contexts.yaml side_totals: a budget balance's side totals (总支出, 收入总计), whose parts have heads of all sorts.
    public var sideTotals: [String] = []
    /// contexts.yaml intensive_markers: words of a per-unit amount (人均, 平均), which no parts add up to.
    public var intensiveMarkers: [String] = []
    /// Words of a section heading that opens a plan (重点工作, 预算草案): every figure under it is a target. See PlanSections.
    public var planHeadings: [String] = []
    /// qualifiers.yaml disposal_verbs (将…认定为: 将 is 把) and goals_reached (实现了…目标): target words that say no
    /// plan there, see TargetLookAlikes. Optional in a lexicon file.
    public var disposalVerbs: [String] = []
    public var goalsReached: [String] = []
    /// qualifiers.yaml won_funds (资金, 上级 of 争取上级资金): 争取 before them and a money figure reports funds obtained.
    public var wonFunds: [String] = []
    /// qualifiers.yaml former_plans (原 of 原采购预算): a budget that was, no plan. Optional in a lexicon file.
    public var formerPlans: [String] = []
    /// qualifiers.yaml statistic_plans (计划总投资) and statistic_changes (同比, 比上年): a plan word naming a statistic,
    /// no plan before a category bound or beside a change. Optional in a lexicon file.
    public var statisticPlans: [String] = []
    public var statisticChanges: [String] = []
    /// qualifiers.yaml programme_heads (项目, 资金 of …计划项目, …计划资金): after a noun, 计划 before them ends a
    /// programme's name, no plan (TargetLookAlikes.namesProgramme). Optional in a lexicon file.
    public var programmeHeads: [String] = []
    /// Words of a colon lead-in that announces the year's work (抓好以下, 以下工作) and the times that make it a plan
    /// (今年, 将, 下一步): see PlanSections.leadIns. Optional in a lexicon file.
    public var planLeadins: [String] = []
    /// contexts.yaml list_head_ends: the last letter of a list's shared head that names a rate or an amount (率, 额):
    /// see ListDistribution.parallelHead. Optional in a lexicon file.
    public var listHeadEnds: [String] = []
    /// contexts.yaml institution_units, institution_attributes and lead_measures (SentenceTopics). Optional.
    public var institutionUnits: [String] = []
    public var institutionAttributes: [String] = []
    public var leadMeasures: [String] = []
    /// contexts.yaml distribution_leads (SentenceTopics: a lead that shares a measure out). Optional.
    public var distributionLeads: [String] = []
    public var planLeadinTimes: [String] = []
    public var planLeadinNot: [String] = []
    /// Funds named only by how they were raised (统筹资金, 筹措经费): the purpose after the figure completes them.
    public var genericFunds: [String] = []
    /// Words before such a purpose that are dropped (用于, 支持, 进一步).
    public var purposeVerbs: [String] = []
    /// Words that open a predicate, not a noun (占, 高于, 拉动): a subject starting with one takes its sentence's topic.
    public var predicateOpeners: [String] = []
    /// Longer words starting like a predicate that are nouns (占地面积).
    public var notPredicateOpeners: [String] = []
    /// Nouns that begin with a word stripped from a subject's start (有色金属 with 有, 共有产权 with 共有, 再生资源 with
    /// 再): the longer word wins, so the subject keeps its first letters.
    public var notStripLeading: [String] = []
    /// Words whose first letter alone is stripped (加上级补助收入 is 加 + 上级补助收入, not 加上 + 级补助收入).
    public var stripFirstLetter: [String] = []
    /// Words that name nothing when they are all the text before a figure holds (在, 对, 年末, 按季): the noun after it
    /// names the figure then.
    public var notSubjects: [String] = []
    /// Object verbs that also name the work done (开展职业技能培训40万人次 → 开展职业技能培训): kept in a subject that no
    /// noun after the figure names.
    public var nounVerbs: [String] = []
    /// Adverbs of summing that open the predicate inside the words before a figure (本次推介会共签约项目 → 签约项目).
    public var midAdverbs: [String] = []
    /// Verbs of causing (造成, 导致) that leave the words before a figure naming nothing counted; then the words that
    /// end like one and are none (所致, 一致). contexts.yaml outcome_verbs, not_outcome_verbs.
    public var outcomeVerbs: [String] = []
    public var notOutcomeVerbs: [String] = []
    /// Units that are themselves the noun counted (人, 人次, 户): contexts.yaml head_units.
    public var headUnits: [String] = []
    /// Outcomes that close a run of counts (江西5省39市217个县(市、区)773.6万人受灾): contexts.yaml chain_outcomes.
    public var chainOutcomes: [String] = []
    /// The measure words a total's subject may end in for a short 其中 part to take it (面积, 额): contexts.yaml
    /// part_measure_ends.
    public var partMeasureEnds: [String] = []
    /// Verbs of realizing between a subject's topic and the amount it names (规模以上工业企业实现利润总额): dropped from the
    /// subject when the words after them end in one of `realizedAmounts`. contexts.yaml mid_verbs.
    public var midVerbs: [String] = []
    /// Words that end an amount (利润总额, 营业收入, 出口交货值): contexts.yaml realized_amounts.
    public var realizedAmounts: [String] = []
    /// Adverbs of a change (迅速, 持续, 大幅): a clause that names a figure's topic ends with neither them nor its verb
    /// (斑海豹数量迅速减少，从7000多只减少到2000多只 → 斑海豹数量).
    public var changeAdverbs: [String] = []
    /// Words that open a bracket restating the figure before it (月销售额不超过3万元（按季9万元）, 4.5万元（折合6500美元）):
    /// the bracketed figure counts the same thing. `restatedBounds` (按季, 按年) keep its bound (不超过) as well.
    public var restatements: [String] = []
    public var restatedBounds: [String] = []
    /// contexts.yaml category_bound_leads (超过, 高于 of 营业收入高于5亿元的企业30家): before an amount, they make it the
    /// bound of a class the next count counts (CategoryBounds). Optional in a lexicon file.
    public var categoryBoundLeads: [String] = []
    /// Rates of wider areas in brackets after their names, and the gaps after them (比全省(7.7%)和全国(7.0%)分别高
    /// 0.7、1.4个百分点): contexts.yaml comparison_* (ComparisonBases).
    public var comparisonOpeners: [String] = []
    public var comparisonJoiners: [String] = []
    public var comparisonBaseTails: [String] = []
    public var comparisonGapsUp: [String] = []
    public var comparisonGapsDown: [String] = []
    public var comparisonRateWords: [String] = []
    /// Words a bracketed editorial aside ends with (（按可比价格计算，下同）): dropped from subjects (EditorialAsides).
    public var editorialAsides: [String] = []
    /// Words of a section heading that reports an outcome (回顾, 执行情况): nothing under it is a plan by its heading.
    public var outcomeHeadings: [String] = []
    public var scopeTime: [String] = []
    public var scopeRegion: [String] = []
    /// Words that may stand after a unit and a slash besides the units themselves (元/千克 needs no entry; 米/秒,
    /// 美元/桶 do): a rate written unit/unit is one unit. See FigureScanner.rateUnit.
    public var rateDenominators: [String] = []
    /// Nouns that open with a unit (人口, 人民): a number right before one counts the noun, no classifier written
    /// (一个有13亿人口的大国 is 13亿 人口, not 13亿人 + 口). units.yaml unit_nouns.
    public var unitNouns: [String] = []
    /// What may follow a grade unit's number when it still counts or bounds (三级以上, 二级及以上, 一级和二级): units.yaml
    /// grade_continuations.
    public var gradeContinuations: [String] = []
    /// units.yaml class_nouns: the nouns of which a unit marked `class_before_noun` names a class (线路, 变电站).
    public var classNouns: [String] = []
    /// Table column headers that hold the unit of each row (单位, 计量单位): see FlattenedTableReader.
    public var tableUnitHeaders: [String] = []
    /// Value-column headers that add nothing to a row's name (绝对数, 年末数): 货物周转量 stays 货物周转量.
    public var tableGenericHeaders: [String] = []
    /// Comparison words before a change column's verb (比上年增长 → 增长).
    public var tableComparisons: [String] = []
    /// Value-column headers that name the column's period (本月, 当月, 累计): they add nothing to a row's name and are
    /// the scope of the column and of the change column after it (本月(亿元) ⇥ 同比增长(%)).
    public var tablePeriodHeaders: [String] = []
    /// How a caption naming its table's topic closes (主要财务指标): see TableReader.captionTopic.
    public var tableCaptionTails: [String] = []
    /// Header words of a table's row-name column (指标, 地区, 项目): a header row opening with one names no value column.
    public var tableStubHeaders: [String] = []
    /// Stub headers whose rows are places (地区, 区域): an indented row is an area within the row above, named by itself.
    public var tableAreaStubs: [String] = []
    /// Caption words of a table of shares (构成, 结构): its cells with no unit of their own are %.
    public var tableCompositionWords: [String] = []
    /// Field names of a record table that give the record's year (年份:2007): the scope of the record's cells.
    public var tableRecordYearKeys: [String] = []
    /// How a row name's bracket opens when it glosses what the row covers (含, 不含): no unit, but the unit above holds.
    public var tableRowGlosses: [String] = []
    public var examples: [Example] = []

    /// The files every lexicon directory holds.
    public static let fileNames = ["units.yaml", "scales.yaml", "qualifiers.yaml", "names.yaml", "contexts.yaml"]

    /// The lexicon bundled with the library.
    public static func bundled() throws(LexiconError) -> Lexicon {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw LexiconError(file: "Resources", line: 0, message: "bundled resources not found")
        }
        return try load(directory: url.path)
    }

    /// Reads the five files from `directory`.
    public static func load(directory: String) throws(LexiconError) -> Lexicon {
        var texts: [String: String] = [:]
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LexiconError(file: path, line: 0, message: "cannot read")
            }
            texts[name] = String(decoding: data, as: UTF8.self)
        }
        return try parse(texts)
    }

    /// Builds a lexicon from file texts keyed by file name (tests pass broken texts here).
    public static func parse(_ texts: [String: String]) throws(LexiconError) -> Lexicon {
        var lex = Lexicon()
        for name in fileNames {
            guard let text = texts[name] else { throw LexiconError(file: name, line: 0, message: "missing file") }
            let file = try YAMLFile(name: name, text: text)
            switch name {
            case "units.yaml": try lex.readUnits(file)
            case "scales.yaml": try lex.readScales(file)
            case "qualifiers.yaml": try lex.readQualifiers(file)
            case "names.yaml": lex.names = try file.strings(file.child(file.root, "names"), "names")
            default: try lex.readContexts(file)
            }
            try lex.readExamples(file)
        }
        return lex
    }

    private mutating func readUnits(_ f: YAMLFile) throws(LexiconError) {
        guard let list = f.child(f.root, "units")?.sequence else { throw f.fail(f.root, "missing units list") }
        for node in list {
            let surface = try f.string(node, "surface")!
            let kindText = try f.string(node, "kind")!
            guard let kind = UnitKind(rawValue: kindText) else {
                throw f.fail(f.child(node, "kind"), "unknown kind \"\(kindText)\" (count, money, measure, percent, ratio, time)")
            }
            let unit = try f.string(node, "unit", required: false) ?? surface
            let vague = f.child(node, "vague_with_one")?.bool ?? false
            units.append(Unit(surface: surface, unit: unit, kind: kind, factor: try f.decimal(node, "factor"),
                              vagueWithOne: vague, labelBefore: try f.strings(f.child(node, "label_before"), "label_before"),
                              isGrade: f.child(node, "grade")?.bool ?? false,
                              arabicOnly: f.child(node, "arabic_only")?.bool ?? false,
                              namesClassBeforeNoun: f.child(node, "class_before_noun")?.bool ?? false))
        }
        rateDenominators = try f.strings(f.child(f.root, "rate_denominators"), "rate_denominators")
        if let nouns = f.child(f.root, "unit_nouns") { unitNouns = try f.strings(nouns, "unit_nouns") }
        if let words = f.child(f.root, "class_nouns") { classNouns = try f.strings(words, "class_nouns") }
        if let words = f.child(f.root, "grade_continuations") {
            gradeContinuations = try f.strings(words, "grade_continuations")
        }
        if let h = f.child(f.root, "table_headers") {
            tableUnitHeaders = try f.strings(f.child(h, "unit_column"), "unit_column")
            tableGenericHeaders = try f.strings(f.child(h, "generic_value"), "generic_value")
            tableComparisons = try f.strings(f.child(h, "comparison"), "comparison")
            tablePeriodHeaders = try f.strings(f.child(h, "period_value"), "period_value")
            if let t = f.child(h, "caption_tail") { tableCaptionTails = try f.strings(t, "caption_tail") }
            if let t = f.child(h, "stub") { tableStubHeaders = try f.strings(t, "stub") }
            if let t = f.child(h, "area_stub") { tableAreaStubs = try f.strings(t, "area_stub") }
            if let t = f.child(h, "composition") { tableCompositionWords = try f.strings(t, "composition") }
            if let t = f.child(h, "record_year") { tableRecordYearKeys = try f.strings(t, "record_year") }
            if let t = f.child(h, "row_glosses") { tableRowGlosses = try f.strings(t, "row_glosses") }
        }
    }

    private mutating func readScales(_ f: YAMLFile) throws(LexiconError) {
        guard let list = f.child(f.root, "scales")?.sequence else { throw f.fail(f.root, "missing scales list") }
        for node in list {
            let surface = try f.string(node, "surface")!
            guard let factor = try f.decimal(node, "factor") else { throw f.fail(node, "missing factor") }
            guard surface.unicodeScalars.count == 1 else { throw f.fail(node, "a scale is one character: \(surface)") }
            scales.append((surface, factor))
        }
    }

    private mutating func readQualifiers(_ f: YAMLFile) throws(LexiconError) {
        guard let q = f.child(f.root, "qualifiers"), let map = q.mapping else { throw f.fail(f.root, "missing qualifiers") }
        for (k, v) in map {
            guard let name = k.string, let qualifier = Qualifier(rawValue: name) else {
                throw f.fail(k, "unknown qualifier \"\(k.string ?? "")\" (more_than, about, target, at_most)")
            }
            for w in try f.strings(f.child(v, "before"), "before") { qualifierBefore.append((w, qualifier)) }
            for w in try f.strings(f.child(v, "after"), "after") { qualifierAfter.append((w, qualifier)) }
            if qualifier == .target { targetWords += try f.strings(f.child(v, "sentence"), "sentence") }
        }
        notQualifiers = try f.strings(f.child(f.root, "not_in"), "not_in")
        if let p = f.child(f.root, "disposal_verbs") { disposalVerbs = try f.strings(p, "disposal_verbs") }
        if let p = f.child(f.root, "goals_reached") { goalsReached = try f.strings(p, "goals_reached") }
        if let p = f.child(f.root, "won_funds") { wonFunds = try f.strings(p, "won_funds") }
        if let p = f.child(f.root, "former_plans") { formerPlans = try f.strings(p, "former_plans") }
        if let p = f.child(f.root, "statistic_plans") { statisticPlans = try f.strings(p, "statistic_plans") }
        if let p = f.child(f.root, "statistic_changes") { statisticChanges = try f.strings(p, "statistic_changes") }
        if let p = f.child(f.root, "programme_heads") { programmeHeads = try f.strings(p, "programme_heads") }
        if let d = f.child(f.root, "directions") {
            directionUp = try f.strings(f.child(d, "up"), "up")
            directionDown = try f.strings(f.child(d, "down"), "down")
            notDirections = try f.strings(f.child(d, "not_in"), "not_in")
            if let p = f.child(d, "shown") { directionShown = try f.strings(p, "shown") }
        }
    }

    private mutating func readContexts(_ f: YAMLFile) throws(LexiconError) {
        glueBefore = try f.strings(f.child(f.root, "glue_before"), "glue_before")
        magnitudeLeads = try f.strings(f.child(f.root, "magnitude_leads"), "magnitude_leads")
        magnitudeNotLeads = try f.strings(f.child(f.root, "magnitude_not_leads"), "magnitude_not_leads")
        totalWords = try f.strings(f.child(f.root, "total_words"), "total_words")
        if let p = f.child(f.root, "account_totals") { accountTotals = try f.strings(p, "account_totals") }
        if let p = f.child(f.root, "rate_adverbs") { rateAdverbs = try f.strings(p, "rate_adverbs") }
        if let p = f.child(f.root, "standing_adverbs") { standingAdverbs = try f.strings(p, "standing_adverbs") }
        listHeads = try f.strings(f.child(f.root, "list_heads"), "list_heads")
        if let p = f.child(f.root, "list_predicates") { listPredicates = try f.strings(p, "list_predicates") }
        if let p = f.child(f.root, "list_frame_openers") { listFrameOpeners = try f.strings(p, "list_frame_openers") }
        if let p = f.child(f.root, "list_frame_not_verbs") { listFrameNotVerbs = try f.strings(p, "list_frame_not_verbs") }
        if let p = f.child(f.root, "list_frame_lead_ends") { listFrameLeadEnds = try f.strings(p, "list_frame_lead_ends") }
        if let p = f.child(f.root, "sub_periods") { subPeriods = try f.strings(p, "sub_periods") }
        if let p = f.child(f.root, "part_bracket_openers") { partBracketOpeners = try f.strings(p, "part_bracket_openers") }
        if let p = f.child(f.root, "bracket_list_cuts") { bracketListCuts = try f.strings(p, "bracket_list_cuts") }
        if let p = f.child(f.root, "bracket_list_leading") { bracketListLeading = try f.strings(p, "bracket_list_leading") }
        if let p = f.child(f.root, "bracket_list_openers") { bracketListOpeners = try f.strings(p, "bracket_list_openers") }
        if let p = f.child(f.root, "bare_balance_heads") { bareBalanceHeads = try f.strings(p, "bare_balance_heads") }
        if let p = f.child(f.root, "balance_owners") { balanceOwners = try f.strings(p, "balance_owners") }
        if let p = f.child(f.root, "stated_change_words") { statedChangeWords = try f.strings(p, "stated_change_words") }
        if let p = f.child(f.root, "comparison_only_subjects") { comparisonOnlySubjects = try f.strings(p, "comparison_only_subjects") }
        if let p = f.child(f.root, "stage_verbs") { stageVerbs = try f.strings(p, "stage_verbs") }
        if let p = f.child(f.root, "budget_balance_items") { budgetBalanceItems = try f.strings(p, "budget_balance_items") }
        if let p = f.child(f.root, "budget_funds") { budgetFunds = try f.strings(p, "budget_funds") }
        notPrepositions = try f.strings(f.child(f.root, "not_prepositions"), "not_prepositions")
        vagueMarkers = try f.strings(f.child(f.root, "vague_markers"), "vague_markers")
        stripLeading = try f.strings(f.child(f.root, "strip_leading"), "strip_leading")
        stripTrailing = try f.strings(f.child(f.root, "strip_trailing"), "strip_trailing")
        objectVerbs = try f.strings(f.child(f.root, "object_verbs"), "object_verbs")
        if let p = f.child(f.root, "object_verbs_kept") { objectVerbsKept = try f.strings(p, "object_verbs_kept") }
        if let p = f.child(f.root, "attribute_nouns") { attributeNouns = try f.strings(p, "attribute_nouns") }
        if let p = f.child(f.root, "not_locatives") { notLocatives = try f.strings(p, "not_locatives") }
        beneficiaryPrepositions = try f.strings(f.child(f.root, "beneficiary_prepositions"), "beneficiary_prepositions")
        afterStops = try f.strings(f.child(f.root, "after_stops"), "after_stops")
        if let selecting = f.child(f.root, "selecting_stops") { selectingStops = try f.strings(selecting, "selecting_stops") }
        if let changes = f.child(f.root, "selecting_changes") { selectingChanges = try f.strings(changes, "selecting_changes") }
        if let whole = f.child(f.root, "whole_markers") { wholeMarkers = try f.strings(whole, "whole_markers") }
        if let p = f.child(f.root, "reference_labels") { referenceLabels = try f.strings(p, "reference_labels") }
        if let p = f.child(f.root, "reference_leads") { referenceLeads = try f.strings(p, "reference_leads") }
        partModifiers = try f.strings(f.child(f.root, "part_modifiers"), "part_modifiers")
        headingOpeners = try f.strings(f.child(f.root, "heading_openers"), "heading_openers")
        ellipticHeads = try f.strings(f.child(f.root, "elliptic_heads"), "elliptic_heads")
        if let p = f.child(f.root, "account_levels") { accountLevels = try f.strings(p, "account_levels") }
        planHeadings = try f.strings(f.child(f.root, "plan_headings"), "plan_headings")
        if let p = f.child(f.root, "list_head_ends") { listHeadEnds = try f.strings(p, "list_head_ends") }
        if let p = f.child(f.root, "institution_units") { institutionUnits = try f.strings(p, "institution_units") }
        if let p = f.child(f.root, "institution_attributes") {
            institutionAttributes = try f.strings(p, "institution_attributes")
        }
        if let p = f.child(f.root, "lead_measures") { leadMeasures = try f.strings(p, "lead_measures") }
        if let p = f.child(f.root, "distribution_leads") { distributionLeads = try f.strings(p, "distribution_leads") }
        if let p = f.child(f.root, "plan_leadins") { planLeadins = try f.strings(p, "plan_leadins") }
        if let p = f.child(f.root, "plan_leadin_times") { planLeadinTimes = try f.strings(p, "plan_leadin_times") }
        if let p = f.child(f.root, "plan_leadin_not") { planLeadinNot = try f.strings(p, "plan_leadin_not") }
        genericFunds = try f.strings(f.child(f.root, "generic_funds"), "generic_funds")
        purposeVerbs = try f.strings(f.child(f.root, "purpose_verbs"), "purpose_verbs")
        predicateOpeners = try f.strings(f.child(f.root, "predicate_openers"), "predicate_openers")
        notPredicateOpeners = try f.strings(f.child(f.root, "not_predicate_openers"), "not_predicate_openers")
        outcomeHeadings = try f.strings(f.child(f.root, "outcome_headings"), "outcome_headings")
        if let joints = f.child(f.root, "contrast_joints") { contrastJoints = try f.strings(joints, "contrast_joints") }
        if let sides = f.child(f.root, "side_totals") { sideTotals = try f.strings(sides, "side_totals") }
        if let marks = f.child(f.root, "intensive_markers") { intensiveMarkers = try f.strings(marks, "intensive_markers") }
        if let keep = f.child(f.root, "not_strip_leading") { notStripLeading = try f.strings(keep, "not_strip_leading") }
        if let first = f.child(f.root, "strip_first_letter") { stripFirstLetter = try f.strings(first, "strip_first_letter") }
        if let none = f.child(f.root, "not_subjects") { notSubjects = try f.strings(none, "not_subjects") }
        if let work = f.child(f.root, "noun_verbs") { nounVerbs = try f.strings(work, "noun_verbs") }
        if let sums = f.child(f.root, "mid_adverbs") { midAdverbs = try f.strings(sums, "mid_adverbs") }
        if let causes = f.child(f.root, "outcome_verbs") { outcomeVerbs = try f.strings(causes, "outcome_verbs") }
        if let none = f.child(f.root, "not_outcome_verbs") { notOutcomeVerbs = try f.strings(none, "not_outcome_verbs") }
        if let heads = f.child(f.root, "head_units") { headUnits = try f.strings(heads, "head_units") }
        if let chain = f.child(f.root, "chain_outcomes") { chainOutcomes = try f.strings(chain, "chain_outcomes") }
        if let ends = f.child(f.root, "part_measure_ends") { partMeasureEnds = try f.strings(ends, "part_measure_ends") }
        if let verbs = f.child(f.root, "mid_verbs") { midVerbs = try f.strings(verbs, "mid_verbs") }
        if let amounts = f.child(f.root, "realized_amounts") { realizedAmounts = try f.strings(amounts, "realized_amounts") }
        if let manner = f.child(f.root, "change_adverbs") { changeAdverbs = try f.strings(manner, "change_adverbs") }
        if let same = f.child(f.root, "restatements") { restatements = try f.strings(same, "restatements") }
        if let bound = f.child(f.root, "restated_bounds") { restatedBounds = try f.strings(bound, "restated_bounds") }
        if let leads = f.child(f.root, "category_bound_leads") {
            categoryBoundLeads = try f.strings(leads, "category_bound_leads")
        }
        if let aside = f.child(f.root, "editorial_asides") { editorialAsides = try f.strings(aside, "editorial_asides") }
        for (key, path) in [("comparison_openers", \Lexicon.comparisonOpeners), ("comparison_joiners", \.comparisonJoiners),
                            ("comparison_base_tails", \.comparisonBaseTails), ("comparison_gaps_up", \.comparisonGapsUp),
                            ("comparison_gaps_down", \.comparisonGapsDown), ("comparison_rate_words", \.comparisonRateWords)] {
            if let node = f.child(f.root, key) { self[keyPath: path] = try f.strings(node, key) }
        }
        contrastPairs = try f.strings(f.child(f.root, "contrast_pairs"), "contrast_pairs").compactMap { pair in
            let sides = pair.split(separator: "/").map(String.init)
            return sides.count == 2 ? (sides[0], sides[1]) : nil
        }
        if let s = f.child(f.root, "scope") {
            scopeTime = try f.strings(f.child(s, "time"), "time")
            scopeRegion = try f.strings(f.child(s, "region"), "region")
        }
    }

    private mutating func readExamples(_ f: YAMLFile) throws(LexiconError) {
        for (key, isFigure) in [("examples", true), ("counterexamples", false)] {
            guard let node = f.child(f.root, key) else { continue }
            if node.string == "" { continue }
            guard let seq = node.sequence else { throw f.fail(node, "\(key) must be a list") }
            for item in seq {
                if let text = item.string {
                    examples.append(Example(file: f.name, line: f.line(item), text: text, isFigure: isFigure))
                } else if item.mapping != nil {
                    let text = try f.string(item, "text")!
                    var q: Qualifier?
                    if let qs = try f.string(item, "qualifier", required: false) {
                        guard let qq = Qualifier(rawValue: qs) else { throw f.fail(item, "unknown qualifier \(qs)") }
                        q = qq
                    }
                    examples.append(Example(file: f.name, line: f.line(item), text: text, isFigure: isFigure, qualifier: q))
                } else {
                    throw f.fail(item, "\(key): an entry is text or {text, qualifier}")
                }
            }
        }
    }
}
