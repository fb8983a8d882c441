import Foundation

/// same-figure-agrees: a figure stated twice must agree — exactly when both are exact, else their
/// ranges must overlap (7.8万 = 77500…78500; 40余 ≥ 40; 约 ± tolerance).
///   Corpus/000.txt:198:1: error: 人才资源 8.7万人 here, 7.8万人 at line 60 [same-figure-agrees]
/// A repeat off by ~10⁴ or ~10⁸ is left to scale-slip, which names the cause.
enum SameFigureRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("same-figure-agrees", severity)
        // What each paragraph's sentences name, read when first asked for.
        var labels: [ParagraphKey: ParagraphLabels]? = nil
        // The years each paragraph names, read when first asked for.
        var years: [ParagraphKey: Set<Int>]? = nil
        // Each statement's next one in its document, made when first asked for (values far apart are rare).
        var next: [Int: [Int: Int]]? = nil
        // Each sentence's first statement, made when first asked for.
        var openers: [SentenceKey: Int]? = nil
        // The count that opens each paragraph, made when first asked for.
        var counted: [ParagraphKey: Int]? = nil
        for group in c.repeatedSubjects {
            // Each statement's peers (its other statements), and whether it is the odd one out: it
            // disagrees with more of them than it agrees with. 15种 stated five times, one of them 16种:
            // only the 16种 is reported, wherever it stands.
            // `same` holds only within one bucket (unit family, kind, direction, target, running total,
            // earlier period, series): each statement is compared with its bucket, not the whole group.
            // Keyed as `TextKey`s: the same buckets as the Strings, hashed as bytes.
            let buckets = Dictionary(grouping: group.indices, by: { SameFigureRule.bucketKey(group[$0]).map(TextKey.init) })
            var bucketOf = Array(repeating: [Int](), count: group.count)
            for (key, members) in buckets where key != nil { for m in members { bucketOf[m] = members } }
            // Peers as indices into the group (no copy of each statement per pair).
            // (Pairs that are peers only as a clause restated in a column's paragraph, `clausePeers`: judged only
            // against a majority.)
            var clauseOnly: Set<Int> = []
            // (Clause peers are sought only for a statement that disagrees with one of its bucket: only an odd statement
            // is reported, and a statement's peers are asked again only when it is odd or is the figure an odd one
            // departs from — both disagree with one. Asked of every pair, the masked clauses were 3% of `check`.)
            let peerIndices: [[Int]] = group.indices.map { j in
                let disagrees = bucketOf[j].contains { !group[$0].range.agrees(with: group[j].range) }
                return bucketOf[j].filter { k in
                    guard group[k].location != group[j].location else { return false }
                    if c.identity.same(group[k], group[j]) { return true }
                    guard disagrees, clausePeers(group[j], group[k], c) else { return false }
                    clauseOnly.insert(j * group.count + k)
                    return true
                }
            }
            let odd = group.indices.map { j in
                let disagree = peerIndices[j].lazy.filter { !group[$0].range.agrees(with: group[j].range) }.count
                return disagree > peerIndices[j].count - disagree
            }
            let index = Dictionary(group.indices.map { (group[$0].location, $0) }, uniquingKeysWith: { a, _ in a })
            for (j, later) in group.enumerated() {
                guard !peerIndices[j].isEmpty else { continue }
                // Peers that are not odd themselves and disagree: the majority this one departs from.
                let majority = peerIndices[j].lazy.map { group[$0] }
                    .filter { p in index[p.location].map { !odd[$0] } ?? false && !p.range.agrees(with: later.range) }
                let first: Statement
                var againstMajority = false
                if odd[j], let m = majority.first {
                    // A clause restated in a column's paragraph departs from a figure two others state at least.
                    if let f = index[m.location], clauseOnly.contains(j * group.count + f), majority.count < 2 {
                        out.cannotEvaluate(); continue
                    }
                    first = m
                    // The figure it departs from is stated once more as that (521 twice, then 125).
                    againstMajority = index[m.location].map { f in
                        peerIndices[f].contains { $0 != j && group[$0].range.agrees(with: m.range) } } ?? false
                } else if odd[j], peerIndices[j].allSatisfy({ p in index[group[p].location].map { odd[$0] } ?? true }) {
                    // No majority (two statements, 7.8万 and 8.7万): which one is wrong is not known, so each is
                    // reported against the other — the headline as much as the body may be the one miswritten.
                    guard let f = peerIndices[j].lazy.filter({ !clauseOnly.contains(j * group.count + $0) }).map({ group[$0] })
                        .first(where: { !$0.range.agrees(with: later.range) })
                    else { continue }
                    first = f
                } else {
                    // An earlier statement of the figure: an earlier peer, or one at this very location
                    // (peers leave those out), asked again.
                    if peerIndices[j].contains(where: { $0 < j })
                        || bucketOf[j].contains(where: { $0 < j && group[$0].location == later.location && c.identity.same(group[$0], later) }) {
                        out.pass()
                    }
                    continue
                }
                if ScaleSlipRule.isSlip(first, later, factor: c.rules.scaleFactor) { continue }
                // A figure stated as written in another sentence too (“2+26”城市…PM2.5浓度为49 and 北京…PM2.5浓度为41 in the
                // lead, both again in the body) restates that figure: the subject, shortened, names several figures, and
                // the one it departs from is another of them.
                if peerIndices[j].contains(where: { p in
                    group[p].document == later.document && group[p].sentence != later.sentence
                        && group[p].range.agrees(with: later.range)
                        && group[p].metric.surface == later.metric.surface
                }) {
                    out.cannotEvaluate(); continue
                }
                // Values far apart (经营主体 2.83万户 … 62万户) are far more often two figures behind one
                // shortened subject (新增 dropped) than a restatement gone wrong: not judged.
                // A sentence restated word for word is one figure however far the values are apart.
                // …unless the two are one number copied wrong: the same digits with the point moved or dropped
                // (5678.9 and 567.89 or 56789), or a digit dropped or written twice (2360 and 260).
                // …or unless both are followed by one same figure (利润总额79750.1亿元，同比增长38.0% in the headline and
                // the body; 521家"倍增计划"试点企业和500家协同倍增企业 twice): a sentence that says the same next is the same
                // statement, and 10579.7 for 79750.1 is a slip of the pen.
                if !later.isRestatement(of: first) && !closeEnough(first, later, ratio: c.rules.repeatRatio)
                    && !isDigitSlip(first, later) && !(isReversed(first, later) && sameLeadIn(first, later, copulas: c.rules.catalogue.stripSuffixes))
                    && !(againstMajority && isTransposed(first, later)) {
                    next = next ?? nextStatements(c)
                    guard let n = next, sameFollower(first, later, c.statements, n) else { out.cannotEvaluate(); continue }
                }
                // The values the two could be one figure with: their peers' (调入资金 of another budget account, in a sentence
                // naming that account, is no third value of theirs; 全市, 市本级 and 高新区's 上年结余收入 are three).
                let firstPeers = index[first.location].map { peerIndices[$0] } ?? []
                // (A peer whose clause names another region's level — the province's figure beside the city's — is no
                // third value of theirs: `regionLevels`.)
                let firstRegions = regionLevels(of: first, c.rules), laterRegions = regionLevels(of: later, c.rules)
                var peers = (peerIndices[j] + firstPeers).map { group[$0] }
                if !firstRegions.isEmpty || !laterRegions.isEmpty {
                    peers.removeAll { p in
                        let r = regionLevels(of: p, c.rules)
                        return apart(r, laterRegions) || apart(r, firstRegions)
                    }
                }
                let values = distinctValues([later] + peers)
                guard let level = level(severity, first, later, values: values, c)
                else { out.cannotEvaluate(); continue }
                // 全市…收入…；收支相抵，年终结余结转41.6亿元 and 市本级…；收支相抵，年终结余结转37.2亿元: two paragraphs that name two
                // places (the whole city, the city's own level) or two budget accounts hold two figures, though neither
                // sentence names it.
                // 年末高等学校50所…，毕业生21.6万人 and 普通中学429所，招生24.7万人，…毕业生21.3万人: each sentence opens with a count
                // of what its later figures are of (schools of a kind) — two topics, two figures, though both say 毕业生.
                // 国有企业资产总额183.5万亿元，负债总额118.5万亿元 and 国有金融企业资产总额241.0万亿元，负债总额217.3万亿元:
                // each sentence opens with a figure of its own entity (a head named under two entities) and the later
                // figures, named by the head alone, are that entity's — two 负债总额, not one restated.
                // 全市实际到位外省资金突破700亿元 and, in a breakdown by region, 东部地区…实际到位外省资金为447.96亿元，占全部到位外省
                // 资金的比重达63.7%: a figure followed by its share of the whole it is named after is a part of that whole,
                // not the whole restated (`isSharedPart`).
                if first.document == later.document {
                    next = next ?? nextStatements(c)
                    if let n = next, isSharedPart(first, c.statements, n) != isSharedPart(later, c.statements, n) {
                        out.cannotEvaluate(); continue
                    }
                }
                if first.document == later.document, first.sentence != later.sentence {
                    openers = openers ?? sentenceOpeners(c)
                    if let a = topic(of: first, c.statements, openers!), let b = topic(of: later, c.statements, openers!),
                       topicsDiffer(a, b) {
                        out.cannotEvaluate(); continue
                    }
                    // 2023年，全市国有企业97户，资产总额31,685.84亿元 and, in a paragraph of its own, 1. 市政府国资委出资企业9户，…。
                    // (1)资产负债情况。资产总额19,046.87亿元: each paragraph counts the entities its figures are of, though the
                    // sentence of the figure names none — two entities' 资产总额.
                    if first.paragraph != later.paragraph {
                        counted = counted ?? paragraphCounts(c)
                        if let a = paragraphTopic(of: first, c.statements, counted!),
                           let b = paragraphTopic(of: later, c.statements, counted!), topicsDiffer(a, b) {
                            out.cannotEvaluate(); continue
                        }
                    }
                }
                // 山东：…接待游客139.7万人次 and 四川：…接待游客106.2万人次: a round-up whose paragraphs (or sentences) each open
                // with an entity's name and a colon states each head once per entity — two leads, two figures.
                if first.document == later.document, first.lead >= 0, later.lead >= 0, first.lead != later.lead {
                    out.cannotEvaluate(); continue
                }
                // ——小学。校数17所；招生3675人 and ——初中。校数13所；招生4000人: a bulletin names each item once, on a label line,
                // and its figures by bare attributes — figures under two labels, or under a label and outside every label
                // (the whole of the items, another item), are two sections' figures, as under two numbered headings.
                if first.document == later.document, first.label != later.label {
                    out.cannotEvaluate(); continue
                }
                // 全市高中阶段共有学校8所。招生8057人，在校生29396人，专任教师2287人。 and the next paragraph, 其中普通高中6所，…。
                // 普通高中共有教职工2100人，专任教师1931人。: a paragraph that opens with 其中 sets out a part of what the paragraph
                // it hangs on is about (or, after another such paragraph, another part of it) — the whole's figure and a part's,
                // though the part's sentence names no stage and both say 专任教师.
                if first.document == later.document, first.paragraph != later.paragraph,
                   first.wholeParagraph != nil || later.wholeParagraph != nil,
                   (first.wholeParagraph ?? first.paragraph) == (later.wholeParagraph ?? later.paragraph) {
                    out.cannotEvaluate(); continue
                }
                // 会上公布前三季度全省居民人均可支配收入为21701元 and the headline 我市居民人均可支配收入18756元: each figure's
                // own clause names a region, of another level — the province's figure quoted beside the city's.
                if apart(firstRegions, laterRegions) {
                    out.cannotEvaluate(); continue
                }
                // 11个部门和60家所属单位 and 9个部门和52家所属单位: two groups, each named by two counts (`twoGroups`).
                if first.document == later.document, twoGroups(first, later, c) {
                    out.cannotEvaluate(); continue
                }
                if first.document == later.document, first.paragraph != later.paragraph {
                    labels = labels ?? paragraphLabels(c)
                    if let a = labels?[ParagraphKey(first)], let b = labels?[ParagraphKey(later)], a.differ(from: b) {
                        out.cannotEvaluate(); continue
                    }
                    // Paragraphs that name years of their own, none in common, hold two years' figures (`paragraphYears`).
                    years = years ?? paragraphYears(c)
                    if let a = years?[ParagraphKey(first)], let b = years?[ParagraphKey(later)], a.isDisjoint(with: b) {
                        out.cannotEvaluate(); continue
                    }
                }
                out.fail(Finding(
                    ruleID: "same-figure-agrees", severity: level,
                    message: c.message("same-figure-agrees",
                                       "\(label(later)) \(later.shown) here, \(first.shown) at \(c.reference(first, from: later))",
                                       later, other: first),
                    locations: [later.location, first.location]))
            }
        }
        restatedFigures(c, severity, &out)
        framedRepeats(c, severity, &out)
        return out
    }

    /// Rates, shares and changes (no level: `bucketKey` nil) in a passage copied word for word — the same sentence
    /// with the same sentences around it, but for this figure (013 states its 2002→2007 review four times:
    /// 占国内生产总值比重由1.07%提高到1.49%, once written 2.07%). Two statements of one masked text in different
    /// sentences of a document are one figure; of two that disagree each is reported, of more the odd one out.
    static func restatedFigures(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        let all = c.statements
        // (bucketKey's condition, without building its key: no level.)
        let level = { (s: Statement) in MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil && !s.isTarget }
        for order in c.positionsByDocument(where: { !level($0) && $0.sentence != nil && $0.masked.utf8.count >= 20 }) {
            // Filed first by the masked text's length, kind and direction (numbers: most texts are alone there), and
            // only those that share them by the text itself.
            var byLength: [Int: [Int]] = [:]
            var lengths: [Int] = []
            for p in order {
                let s = all[p]
                let key = s.masked.utf8.count << 16 | Int(s.metric.kind.code) << 8 | Int(s.metric.direction.code)
                if byLength[key] == nil { lengths.append(key) }
                byLength[key, default: []].append(p)
            }
            var groupsList: [[Int]] = []
            for key in lengths {
                let candidates = byLength[key]!
                guard candidates.count > 1 else { continue }
                var groups: [TextKey: [Int]] = [:]
                var keys: [TextKey] = []
                for p in candidates {
                    let k = TextKey("\(all[p].metric.unit ?? "")|\(all[p].masked)")
                    if groups[k] == nil { keys.append(k) }
                    groups[k, default: []].append(p)
                }
                groupsList += keys.map { groups[$0]! }
            }
            for members in groupsList {
                guard members.count > 1 else { continue }
                for y in members {
                    let b = all[y]
                    var peers = 0, disagree: [Int] = []
                    for x in members where x != y && all[x].sentence != b.sentence && all[x].location != b.location {
                        peers += 1
                        if all[x].range.agrees(with: b.range) { if x < y { out.pass() } } else { disagree.append(x) }
                    }
                    guard let f = disagree.first, disagree.count > peers - disagree.count else { continue }
                    let a = all[f]
                    out.fail(Finding(
                        ruleID: "same-figure-agrees", severity: severity,
                        message: c.message("same-figure-agrees",
                                           "\(label(b)) \(b.shown) here, \(a.shown) at \(c.reference(a, from: b)) (the same passage restated)",
                                           b, other: a),
                        locations: [b.location, a.location]))
                }
            }
        }
    }

    /// For each document, a statement's index → the position (in `c.statements`) of the statement after it.
    static func nextStatements(_ c: RuleContext) -> [Int: [Int: Int]] {
        var out: [Int: [Int: Int]] = [:]
        for order in c.positionsByDocument() {
            guard let d = order.first.map({ c.statements[$0].document }) else { continue }
            var map: [Int: Int] = [:]
            for (a, b) in zip(order, order.dropFirst()) { map[c.statements[a].index] = b }
            out[d] = map
        }
        return out
    }

    /// Two statements each followed, in its own sentence, by the same figure: the same subject, kind, direction and
    /// number as written, three digits or more (同比增长38.0% after both; 500家协同倍增企业 after both) — what no two
    /// different figures of one subject share by chance.
    static func sameFollower(_ a: Statement, _ b: Statement, _ all: [Statement], _ next: [Int: [Int: Int]]) -> Bool {
        guard let sa = a.sentence, let sb = b.sentence, let pa = next[a.document]?[a.index], let pb = next[b.document]?[b.index]
        else { return false }
        let x = all[pa], y = all[pb]
        guard x.sentence == sa, y.sentence == sb, x.metric.kind.isQuantity, x.metric.kind == y.metric.kind,
              x.metric.direction == y.metric.direction, x.metric.unit == y.metric.unit, x.subject == y.subject,
              !x.subject.isEmpty, let digits = writtenDigits(x.shown), digits.digits.count >= 3,
              let other = writtenDigits(y.shown) else { return false }
        return digits.number == other.number && digits.scale == other.scale
    }

    /// Whether the statement right after `s`, in its sentence, is the share `s` holds of the whole its own subject
    /// names (实际到位外省资金447.96亿元，占全部到位外省资金的比重达63.7%: the share's subject reads …占全部到位外省资金…,
    /// the whole written 全部, 全 or 总 before `s`'s subject): then `s` is a part named like its whole.
    static func isSharedPart(_ s: Statement, _ all: [Statement], _ next: [Int: [Int: Int]]) -> Bool {
        guard let n = s.sentence, let p = next[s.document]?[s.index] else { return false }
        let x = all[p]
        let own = s.metric.subject
        guard x.sentence == n, x.metric.kind == .percent, x.metric.direction == nil, own.unicodeScalars.count >= 2,
              let at = x.metric.subject.range(of: "占") else { return false }
        let whole = x.metric.subject[at.upperBound...]
        return ["全部", "全", "总"].contains { whole.hasPrefix($0 + own) }
    }

    /// A sentence of a document in the run.
    struct SentenceKey: Hashable {
        let document: Int
        let sentence: Int
    }

    /// The position (in `c.statements`) of each sentence's first statement.
    static func sentenceOpeners(_ c: RuleContext) -> [SentenceKey: Int] {
        var out: [SentenceKey: Int] = [:]
        for order in c.positionsByDocument() {
            for p in order {
                guard let n = c.statements[p].sentence else { continue }
                let key = SentenceKey(document: c.statements[p].document, sentence: n)
                if out[key] == nil { out[key] = p }
            }
        }
        return out
    }

    /// The count of things that opens a paragraph (2023年，全市国有企业97户，…; 1. 市政府国资委出资企业9户，…): the position of
    /// the paragraph's first statement after its dates, when that one is a count. A paragraph that opens with another
    /// figure (地区生产总值…) has none: a count later in it is one of its figures, not what it is about.
    static func paragraphCounts(_ c: RuleContext) -> [ParagraphKey: Int] {
        var out: [ParagraphKey: Int] = [:]
        var seen: Set<ParagraphKey> = []
        for order in c.positionsByDocument() {
            for p in order where c.statements[p].metric.kind != .date && c.statements[p].paragraph != nil {
                let key = ParagraphKey(c.statements[p])
                guard seen.insert(key).inserted else { continue }
                if c.statements[p].metric.kind == .count { out[key] = p }
            }
        }
        return out
    }

    /// The topic a statement's paragraph gives it: the subject of the count that opens the paragraph, when that is
    /// another statement, of another unit (企业97户 before 资产总额).
    static func paragraphTopic(of s: Statement, _ all: [Statement], _ counted: [ParagraphKey: Int]) -> (subject: String, isCount: Bool)? {
        guard s.paragraph != nil, let p = counted[ParagraphKey(s)] else { return nil }
        let f = all[p]
        guard f.index != s.index, !f.subject.isEmpty, f.subject != s.subject, f.location < s.location,
              f.metric.unit != s.metric.unit else { return nil }
        return (f.subject, true)
    }

    /// The topic of a statement's sentence: the subject of the count that opens it (普通中学429所), when that count is
    /// another figure, of another subject and unit than the statement (毕业生21.3万人). nil when the sentence opens
    /// otherwise.
    /// Two topics differ when neither ends with the other (年末共有普通中学 and 普通中学 are one kind of school).
    /// A sentence opening with a figure of another kind (a level or a rate: 京津冀…城市平均优良天数比例61.0%, 北京市优良天数比例
    /// 77.9%) names the entity its later figures are of too (…；PM2.5浓度47微克/立方米): its subject is the topic, marked
    /// `isCount` false.
    static func topic(of s: Statement, _ all: [Statement], _ openers: [SentenceKey: Int]) -> (subject: String, isCount: Bool)? {
        guard let n = s.sentence, let p = openers[SentenceKey(document: s.document, sentence: n)] else { return nil }
        let f = all[p]
        guard f.index != s.index, !f.subject.isEmpty, f.subject != s.subject, f.metric.kind != .date else { return nil }
        if f.metric.kind == .count { return f.metric.unit != s.metric.unit ? (f.subject, true) : nil }
        return (f.subject, false)
    }

    /// Two topics differ when neither ends with the other (年末共有普通中学 and 普通中学 are one kind of school) and one of
    /// them is a count's (the sort of thing the sentence is about) or both name one head under two entities
    /// (国有企业资产总额 and 国有金融企业资产总额; 北京市优良天数比例 and 长三角…城市平均优良天数比例) — two openers of unrelated
    /// heads (地区生产总值, 一般公共预算收入) say nothing of which entity a later figure is of.
    static func topicsDiffer(_ a: (subject: String, isCount: Bool), _ b: (subject: String, isCount: Bool)) -> Bool {
        guard !LiteralSearch.hasSuffix(a.subject, b.subject), !LiteralSearch.hasSuffix(b.subject, a.subject) else { return false }
        return a.isCount || b.isCount || ExtractorSupport.sharesHead(a.subject, b.subject)
    }

    /// The region levels (rules.yaml `region_levels`: 省, 市 …) the statement's clause names before its figure.
    static func regionLevels(of s: Statement, _ rules: RuleSet) -> Set<String> {
        guard !rules.regionLevels.isEmpty else { return [] }
        let clause = Array(ShareListRule.clause(ShareListRule.before(s)))
        var out: Set<String> = []
        for (level, words) in rules.regionLevels where words.contains(where: { ByteText.contains(clause, $0) }) { out.insert(level) }
        return out
    }

    /// Two clauses name regions, none of one level in both (全省… and 我市…): two regions' figures.
    static func apart(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
    }

    /// A paragraph of a document in the run.
    struct ParagraphKey: Hashable {
        let document: Int
        let paragraph: Int?
        init(_ s: Statement) { document = s.document; paragraph = s.paragraph }
    }

    /// What a paragraph's sentences name: places (synonyms.yaml `context:` place: 全市, 市本级 …) and budget accounts
    /// (synonyms.yaml `context: names` ending in 预算, without it: 政府性基金, 国有资本经营 — a 决算 report's 调出资金1.3亿元
    /// under 政府性基金 and 1.7亿元 under 国有资本经营 are two figures). Kept apart: 全市政府性基金… and 全市国有资本经营…
    /// share 全 and still differ.
    struct ParagraphLabels {
        var places: Set<String> = []
        var accounts: Set<String> = []

        /// Two paragraphs name two places, or two accounts, with none in common.
        func differ(from other: ParagraphLabels) -> Bool {
            Self.apart(places, other.places) || Self.apart(accounts, other.accounts)
        }

        private static func apart(_ a: Set<String>, _ b: Set<String>) -> Bool {
            !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
        }
    }

    /// The labels of each paragraph that names some.
    static func paragraphLabels(_ c: RuleContext) -> [ParagraphKey: ParagraphLabels] {
        let accounts = c.rules.catalogue.contextNames.filter { $0.hasSuffix("预算") && $0.count > 4 }.map { String($0.dropLast(2)) }
        var out: [ParagraphKey: ParagraphLabels] = [:]
        for s in c.statements where s.paragraph != nil {
            if let place = s.context.labels["place"], !place.isEmpty { out[ParagraphKey(s), default: ParagraphLabels()].places.formUnion(place) }
            for a in accounts where LiteralSearch.contains(s.metric.subject, a) { out[ParagraphKey(s), default: ParagraphLabels()].accounts.insert(a) }
        }
        return out
    }

    /// A subject that opens with what it leaves out (不含辽滨经开区, from 收入28.7亿元（不含辽滨经开区36.4亿元）) names no
    /// figure: the bracket holds another body's amount of whatever the figure before it measures, so two such brackets
    /// (after revenue and after spending) are two figures, never one stated twice.
    static let exclusionLeads = ["不含", "不包括", "未含", "未包括"]

    static func namesAnExclusion(_ subject: String) -> Bool {
        exclusionLeads.contains { SimpleText.hasPrefix(subject, $0) }
    }

    /// What two statements must share to be the same figure (`MetricIdentity.same`); nil for a statement
    /// that is never one (a rate, a change, a target): 人才资源|人|count|-|…|series.
    static func bucketKey(_ s: Statement) -> String? {
        guard MetricIdentity.amounts.contains(s.metric.kind), s.metric.direction == nil, !s.isTarget,
              !namesAnExclusion(s.metric.subject) else { return nil }
        return "\(s.unitFamily ?? "\u{0}")|\(s.metric.kind.rawValue)|\(s.isCumulative)|\(s.earlier ?? "\u{0}")|\(s.series)"
    }

    /// Error only when a careful reader cannot take the two for variants: in a document that states its
    /// subjects for several years or for plan and outcome (a budget or work report), two statements whose
    /// sentences say different things (预算 here, nothing there) may be budget vs outcome, this year vs
    /// next; and a subject stated with three or more different values (加上级补助收入 4.1亿, 2.8亿, 8.2亿 for
    /// three districts) is several figures. Either is at most a warning; a sentence restated word for word
    /// is always an error.
    /// Under different numbered headings as well, the two are most likely figures of two sections
    /// (加上级补助收入 under （三）益阳高新区 and （四）大通湖区): not judged (nil).
    /// With the rules' context `c`, an unmarked restatement under an outcome's headings is held to the outcome
    /// (`heldToOutcome`).
    static func level(_ severity: Severity, _ a: Statement, _ b: Statement, values: Int = 2, _ c: RuleContext? = nil) -> Severity? {
        guard a.document == b.document, a.documentHasVariants || b.documentHasVariants, !a.isRestatement(of: b) else { return severity }
        // （一）市级一般公共预算执行情况 …收支相抵，结转18.8亿元 and （二）园区一般公共预算执行情况 …结转14.2亿元: two sections whose
        // headings differ only in the entity they open with set out one entity's figures each, in the same bare words.
        if a.headings != b.headings, parallelHeadings(a.headings, b.headings) { return nil }
        if a.context == b.context && values < 3 { return severity }
        // 分产业看，…第三产业增加值159.91亿元 beside 2025年，全州实现服务业（第三产业）增加值159.91亿元 in a 2025 analysis: the
        // year is the document's own and the place its whole region — nothing sets the two apart.
        let da = a.context.distinguishing(documentYear: a.documentPeriod?.year)
        let db = b.context.distinguishing(documentYear: b.documentPeriod?.year)
        if values < 3, da == db { return severity }
        if values < 3, let c, heldToOutcome(a, b, c) { return severity }
        guard a.headings == b.headings else { return nil }
        // Under one heading, a stock word only one sentence holds (another item's 余额) sets no two figures apart.
        return values < 3 && StatementContext.sayTheSame(da, db) ? severity : min(severity, .warning)
    }

    /// The last headings of two statements, their numbering (（一）, 1., 一、) taken off, name two entities' sections of one
    /// kind: 市级一般公共预算执行情况 / 园区一般公共预算执行情况 (one length, differing only in an opening of at most half).
    static func parallelHeadings(_ a: String, _ b: String) -> Bool {
        func last(_ h: String) -> String {
            let tail = Substring(h.split(separator: "|").last ?? Substring(h)).drop { $0 == " " || $0 == "\u{3000}" }
            // The numbering: （一） or (1) up to its bracket, or 一、 / 1. / 1． — numerals before the mark.
            let head = tail.prefix(5)
            if let close = head.firstIndex(where: { $0 == "）" || $0 == ")" }), tail.first == "（" || tail.first == "(" {
                return String(tail[tail.index(after: close)...])
            }
            if let mark = head.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" }), mark > tail.startIndex,
               tail[..<mark].allSatisfy({ numerals.contains($0) }) {
                return String(tail[tail.index(after: mark)...])
            }
            return String(tail)
        }
        return PartTotalRule.parallelName(last(a), last(b))
    }
    static let numerals = Set("一二三四五六七八九十0123456789")

    /// How many different values (ranges that do not agree) the statements of one subject take in a document.
    static func distinctValues(_ statements: [Statement]) -> Int {
        var kept: [ValueRange] = []
        for s in statements where !kept.contains(where: { $0.agrees(with: s.range) }) { kept.append(s.range) }
        return kept.count
    }

    /// True when the larger value is at most `ratio` times the smaller (7.8万 vs 8.7万: 1.12).
    static func closeEnough(_ a: Statement, _ b: Statement, ratio: Decimal) -> Bool {
        let x = abs(a.baseValue), y = abs(b.baseValue)
        let (small, large) = x < y ? (x, y) : (y, x)
        return large <= small * ratio
    }

    /// The subject as written, quotes and spaces removed, for messages.
    static func label(_ s: Statement) -> String {
        String(s.metric.subject.unicodeScalars.filter { !SubjectCatalogue.dropped.contains($0) })
    }

    /// Two numbers written with the same scale word whose digits are one sequence copied wrong: the point moved or
    /// dropped (5678.9亿元 / 567.89亿元 / 56789亿元: the same digits), or one digit dropped or written twice (2360 / 260,
    /// 236 / 2336: the longer of three digits or more). Values ten or more times apart are otherwise taken for two
    /// figures behind one shortened subject; a slip of the pen this exact is no coincidence.
    /// The same three digits or more written backwards at one point and one scale word (本外币贷款新增2.25万亿元 and
    /// 5.22万亿元; 城镇新增就业累计达5921万人 and 1295万人). Asked with `sameLeadIn`: two figures whose clauses run up to them
    /// in the same words and whose digits are each other's reversed are a copy written backwards, so the pair is judged
    /// however far apart its values are — each against the other when no third statement says which is right. Reversed
    /// digits alone say little (今年全市有521家试点企业 and 新遴选出的125家试点企业 are two figures), nor do two neighbours
    /// traded far apart (16.5 / 61.5): those still need a majority (`isTransposed`).
    static func isReversed(_ a: Statement, _ b: Statement) -> Bool {
        guard let (x, y) = reorderedDigits(a, b) else { return false }
        return x == Array(y.reversed())
    }

    /// The written digits of two figures of three digits or more at one point and one scale word, when they differ:
    /// what `isReversed` and `isTransposed` compare.
    static func reorderedDigits(_ a: Statement, _ b: Statement) -> ([UInt8], [UInt8])? {
        guard let x = writtenDigits(a.shown), let y = writtenDigits(b.shown), x.scale == y.scale,
              x.digits.count == y.digits.count, x.digits.count >= 3, x.point == y.point, x.digits != y.digits else { return nil }
        return (x.digits, y.digits)
    }

    /// The clauses of the two figures end in the same three characters or more right before the number
    /// (…贷款新增 / …贷款新增): the same words lead up to both.
    /// A copula right before the number (synonyms.yaml strip suffixes: 达, 为, 达到) says nothing of what is stated: the
    /// headline's 全国人均体育场地面积达2.08平方米 and the body's 人均体育场地面积8.02平方米 are led up to by one name.
    static func sameLeadIn(_ a: Statement, _ b: Statement, copulas: [String] = []) -> Bool {
        var x = String(decoding: ShareListRule.clause(ShareListRule.before(a)), as: UTF8.self)
        var y = String(decoding: ShareListRule.clause(ShareListRule.before(b)), as: UTF8.self)
        if ExtractorSupport.commonEnding(x, y) >= 3 { return true }
        func dropCopula(_ t: inout String) {
            if let w = copulas.first(where: { !$0.isEmpty && t.hasSuffix($0) }) { t.removeLast(w.count) }
        }
        dropCopula(&x)
        dropCopula(&y)
        return ExtractorSupport.commonEnding(x, y) >= 3
    }

    /// The same digits in another order, three or more at one point and one scale word: reversed (521 / 125) or two
    /// neighbours traded (3256.7 / 3526.7) — a transposition. Only against a majority (the figure stated twice as 521
    /// before): of two statements alone which one was copied wrong, or whether they are one figure, is not known.
    static func isTransposed(_ a: Statement, _ b: Statement) -> Bool {
        guard let (x, y) = reorderedDigits(a, b) else { return false }
        return transposes(x, y)
    }

    /// Two digit strings of one length that are the same digits reversed (521 / 125) or with two neighbours traded
    /// (3256.7 / 3526.7); `isTransposed` and FramedRepeat.isMisstatement ask it.
    static func transposes(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        guard x.count == y.count else { return false }
        if x == Array(y.reversed()) { return true }
        let differ = x.indices.filter { x[$0] != y[$0] }
        return differ.count == 2 && differ[1] == differ[0] + 1 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]]
    }

    static func isDigitSlip(_ a: String, _ b: String) -> Bool {
        guard let x = writtenDigits(a), let y = writtenDigits(b) else { return false }
        return isDigitSlip(x, y, sameScale: x.scale == y.scale)
    }

    /// `isDigitSlip` for two statements, whose scale is what multiplies the number as written into the value: a table
    /// cell writes none (6612.89 under a header in 亿元) where its prose writes 亿 (66128.9亿元). Two numbers one
    /// factor turns into their values are on one scale, whether a scale word or the table's unit gives it.
    static func isDigitSlip(_ a: Statement, _ b: Statement) -> Bool {
        guard let x = writtenDigits(a.shown), let y = writtenDigits(b.shown) else { return false }
        return isDigitSlip(x, y, sameScale: x.scale == y.scale || sameFactor(a.baseValue, x.number, b.baseValue, y.number))
    }

    /// The two values are their written numbers times one factor (to a part in 10⁹).
    static func sameFactor(_ v: Decimal, _ n: String, _ w: Decimal, _ m: String) -> Bool {
        guard let x = Decimal(string: n), let y = Decimal(string: m), x != 0, y != 0, v != 0, w != 0 else { return false }
        let f = abs(v) / x, g = abs(w) / y
        return abs(f - g) <= max(f, g) / 1_000_000_000
    }

    private static func isDigitSlip(_ x: (digits: [UInt8], point: Int?, number: String, scale: String),
                                    _ y: (digits: [UInt8], point: Int?, number: String, scale: String), sameScale: Bool) -> Bool {
        guard sameScale, x.number != y.number else { return false }
        if x.digits == y.digits { return x.digits.count >= 2 }
        let (short, long) = x.digits.count < y.digits.count ? (x.digits, y.digits) : (y.digits, x.digits)
        guard long.count == short.count + 1, long.count >= 3, x.point == nil, y.point == nil else { return false }
        // One digit more in the longer: deleting it somewhere gives the shorter.
        return long.indices.contains { k in
            var d = long
            d.remove(at: k)
            return d == short
        }
    }

    /// The digits of the number a surface starts with (spaces of PDF text between them skipped, leading zeros
    /// dropped), where its point stood, the number, and the scale word after it: 5 678.9 亿元 → ("56789", 4, 5678.9, 亿).
    static func writtenDigits(_ shown: String) -> (digits: [UInt8], point: Int?, number: String, scale: String)? {
        var digits: [UInt8] = [], point: Int? = nil, number = ""
        var scalars = shown.unicodeScalars.makeIterator()
        var u = scalars.next()
        while let c = u, !(c.value >= 0x30 && c.value <= 0x39) && !(c.value >= 0xFF10 && c.value <= 0xFF19) { u = scalars.next() }
        while let c = u {
            if c.value >= 0x30 && c.value <= 0x39 {
                digits.append(UInt8(c.value - 0x30))
            } else if c.value >= 0xFF10 && c.value <= 0xFF19 {
                digits.append(UInt8(c.value - 0xFF10))
            } else if (c == "." || c == "．") && point == nil {
                point = digits.count
                number.append(".")
                u = scalars.next(); continue
            } else if c != " " && c != "," && c != "，" && c != "\u{3000}" {
                break
            } else {
                u = scalars.next(); continue
            }
            number.append(Character(Unicode.Scalar(digits.last! + 0x30)))
            u = scalars.next()
        }
        var scale = ""
        while let c = u, "十百千万亿".unicodeScalars.contains(c) { scale.unicodeScalars.append(c); u = scalars.next() }
        guard !digits.isEmpty else { return nil }
        while digits.count > 1, digits[0] == 0 { digits.removeFirst(); if let p = point { point = max(0, p - 1) } }
        return (digits, point, number, scale)
    }
}
