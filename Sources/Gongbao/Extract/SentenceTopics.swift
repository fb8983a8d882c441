/// Subjects a bulletin's sentence leaves to its opening: the institution counted first (普通高中142所，招生11.51万人，
/// 在校生34.11万人 → 普通高中招生, 普通高中在校生), the measure a lead names (从主要工业产品产量看，纱增长16.2% → 纱产量),
/// and a period standing where the subject would (其中1—2月下降1.6% → the topic's, not 1—2月's).
enum SentenceTopics {
    /// The word lists, prepared once per Extractor (contexts.yaml institution_units, institution_attributes,
    /// lead_measures).
    struct Words: Sendable {
        /// The institution units, all one CJK letter (所, 个, 家), as their three UTF-8 bytes packed in an Int.
        let units: [Int]
        /// The last letters of the lead measures (量 of 产量, 额 of 零售额), as scalars: a lead ends in one before 看/中.
        let measureEnds: [UInt32]
        let attributes: LiteralSearch.WordSet
        /// The longest attribute in UTF-8 bytes: a longer subject is none (tested before the set).
        let longestAttribute: Int
        let measures: [String]
        let leading: [String]
        /// contexts.yaml distribution_leads, longest first.
        let distributions: [String]

        init(units: [String], attributes: [String], measures: [String], leading: [String], distributions: [String] = []) {
            self.units = units.compactMap { u -> Int? in
                let b = Array(u.utf8)
                return b.count == 3 ? Int(b[0]) << 16 | Int(b[1]) << 8 | Int(b[2]) : nil
            }
            measureEnds = Array(Set(measures.compactMap { $0.unicodeScalars.last?.value })).sorted()
            self.attributes = LiteralSearch.WordSet(attributes)
            longestAttribute = attributes.map(\.utf8.count).max() ?? 0
            self.measures = measures.sorted { $0.count > $1.count }
            // Longest first: 年末全市 before 年末.
            self.leading = leading.sorted { $0.count > $1.count }
            self.distributions = distributions.sorted { $0.count > $1.count }
        }

        /// The figure's unit is one of `units`. (By its bytes: a String comparison of CJK text normalizes it, and
        /// this runs once per sentence.)
        func isInstitutionUnit(_ unit: String?) -> Bool {
            guard let unit, unit.utf8.count == 3 else { return false }
            var it = unit.utf8.makeIterator()
            guard let b0 = it.next(), let b1 = it.next(), let b2 = it.next() else { return false }
            return units.contains(Int(b0) << 16 | Int(b1) << 8 | Int(b2))
        }
    }

    /// Both rules in one walk over the figures, sentence by sentence (the sentence start looked up once per figure;
    /// every test cheap before a string is read).
    ///
    /// 普通高中142所，招生11.51万人，在校生34.11万人，毕业生11.47万人: a head of institution_attributes standing alone
    /// in a later clause of the sentence belongs to the institutions its first figure counts. Bare heads only: a head
    /// that names its own owner (其中医院卫生技术人员) keeps it.
    ///
    /// 从主要工业产品产量看，精制茶增长23.9%，纱增长16.2%; 全市规模以上工业主要产品产量中，铝材3.0万吨: the lead names
    /// the measure (lead_measures: 产量) and the items after it only the product — each item's subject takes the
    /// measure (纱产量), unless it names one already (粮食总产量). The items run on past a ；.
    ///
    /// 国内各地区货邮吞吐量的分布情况为，华北地区占10.0%，较上年提高0.5个百分点: a lead that says the measure is shared out
    /// (distribution_leads) names it for the shares only — the figure right after 占 (华北地区吞吐量); the change of the
    /// share that follows is the share's, not the measure's.
    ///
    /// 营业总收入方面，1-5月，国有企业营业总收入237730.0亿元。中央企业138026.3亿元，…。地方国有企业99703.7亿元: a paragraph that
    /// opens with a measure and 方面 (`aspectLead`) names it for every sentence of the paragraph — an item that names only
    /// its entity takes the measure (中央企业营业总收入), as after 从…看.
    static func apply(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !figures.isEmpty, !words.units.isEmpty || !words.measures.isEmpty else { return }
        let t = text.t
        var sentence = -1
        // The measure a paragraph's 方面 lead names, kept to the paragraph's end.
        var aspect: String? = nil
        // The sentence's first figure when it counts institutions; its name, trimmed, once an attribute needs it.
        var first = -1
        var topic: String? = nil
        var measure: String? = nil
        // The measure came from a distribution lead: it goes to shares only.
        var sharesOnly = false
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = text.sentenceStart(before: figures[k].numberStart)
            if s != sentence {
                if s == 0 || t[s - 1] == 0x0A { aspect = aspectLead(at: s, text: text) }
                sentence = s
                topic = nil
                first = figures[k].kind == .count && words.isInstitutionUnit(figures[k].unit) ? k : -1
                if measure == nil || s == 0 || t[s - 1] != 0x3B {
                    // The lead: the clause before the figure's, opening the sentence and ending in a measure and
                    // 看 or 中 before a comma or colon (from the clause table, no walk; the scalars tested first).
                    // (Back clause by clause to the sentence's first: the first item may follow a 、 of its own,
                    // 商品零售额中，粮油、食品类增长12.5%.)
                    measure = nil
                    sharesOnly = false
                    var cs = text.clauseStart(before: figures[k].numberStart)
                    var steps = 0
                    while cs > s + 1, steps < 4 {
                        let before = text.clauseStart(before: cs - 1)
                        if before <= s { break }
                        cs = before
                        steps += 1
                    }
                    if cs >= s + 5, t[cs - 1] == 0x2C || t[cs - 1] == 0x3A, t[cs - 2] == 0x770B || t[cs - 2] == 0x4E2D,
                       words.measureEnds.contains(t[cs - 3]), text.clauseStart(before: cs - 1) == s {
                        measure = lead(s..<(cs - 2), text: text, words: words)
                    } else if cs >= s + 5, t[cs - 1] == 0x2C || t[cs - 1] == 0x3A, t[cs - 2] == 0x4E3A || t[cs - 2] == 0x662F,
                              !words.distributions.isEmpty, text.clauseStart(before: cs - 1) == s,
                              let m = distributionLead(s..<(cs - 2), text: text, words: words) {
                        measure = m
                        sharesOnly = true
                    }
                    if measure == nil, let a = aspect { measure = a }
                }
            }
            if let m = measure {
                if sharesOnly {
                    let n0 = figures[k].numberStart
                    guard n0 > 0, t[n0 - 1] == 0x5360 else { continue }     // 占
                }
                let subject = figures[k].subject
                let n = SimpleText.count(subject)
                if n >= 1, n <= 8, !LiteralSearch.contains(subject, m), !SimpleText.containsAny(subject, of: "占比率额值量") {
                    figures[k].subject = subject + m
                }
                continue
            }
            // (The cheap tests first: this runs for every figure after a sentence's first.)
            guard first >= 0, k != first, figures[k].subject.utf8.count <= words.longestAttribute else { continue }
            let cs = text.clauseStart(before: figures[k].numberStart)
            guard cs > 0, t[cs - 1] == 0x2C, !LiteralSearch.equals(figures[k].unit, figures[first].unit),
                  words.attributes.contains(figures[k].subject) else { continue }
            if topic == nil {
                let subject = figures[first].subject
                topic = SimpleText.count(subject) >= 2 && !words.attributes.contains(subject)
                    && !SimpleText.containsAny(subject, of: "、，,") ? trimmedLeading(subject, words: words) : ""
            }
            if let topic, !topic.isEmpty { figures[k].subject = topic + figures[k].subject }
        }
    }

    /// The last letters of a measure a 方面 lead may name: 收入, 成本, 总额, 利润, 增加值, 产量, 支出, 资金, 费用, 税金,
    /// 存款, 资产, 负债, 权益 (both scripts).
    static let aspectMeasureEnds: Set<UInt32> = Set("入本额額润潤值量出金费費税稅款产產债債益".unicodeScalars.map(\.value))

    /// The measure a paragraph opens with before 方面 and a comma (营业总收入方面，/ 利潤總額方面,): two to eight letters, the
    /// last one a measure's (`aspectMeasureEnds`: 在促进创业带动就业方面 names a field of work, no measure). nil otherwise.
    static func aspectLead(at s: Int, text: DocText) -> String? {
        let t = text.t
        let cs = text.clauseEnd(after: s)
        guard cs < t.count, t[cs] == 0x2C || t[cs] == 0x3A, cs - s >= 4, cs - s <= 10,
              t[cs - 2] == 0x65B9, t[cs - 1] == 0x9762, aspectMeasureEnds.contains(t[cs - 3]) else { return nil }
        guard (s..<(cs - 2)).allSatisfy({ text.isCJK($0) }) else { return nil }
        return text.stringWithoutWhitespace(s..<(cs - 2))
    }

    /// 年末全市研究生培养单位 → 研究生培养单位: the scope a sentence opens with is no part of the institution's name.
    static func trimmedLeading(_ s: String, words: Words) -> String {
        var s = s
        var trimmed = true
        while trimmed {
            trimmed = false
            for w in words.leading where s.utf8.count > w.utf8.count + 3 && LiteralSearch.hasPrefix(s, w) {
                s = String(s.dropFirst(w.count))
                trimmed = true
                break
            }
        }
        return s
    }

    /// The measure a distribution lead shares out (国内各地区货邮吞吐量的分布情况 → 吞吐量): the lead without the
    /// distribution word and its 的, ending in one of lead_measures.
    static func distributionLead(_ r: Range<Int>, text: DocText, words: Words) -> String? {
        let lead = text.stringWithoutWhitespace(r)
        guard let d = words.distributions.first(where: { SimpleText.hasSuffix(lead, $0) }) else { return nil }
        var rest = String(lead.dropLast(d.count))
        if rest.hasSuffix("的") { rest.removeLast() }
        return words.measures.first { SimpleText.hasSuffix(rest, $0) }
    }

    /// The measure a lead names (从主要工业产品产量看 → 产量): the longest of lead_measures it ends in.
    static func lead(_ r: Range<Int>, text: DocText, words: Words) -> String? {
        let lead = text.stringWithoutWhitespace(r)
        return words.measures.first { SimpleText.hasSuffix(lead, $0) }
    }

    /// 1—7月，全国一般公共预算收入135839亿元，同比增长0.1%，其中1—2月下降1.6%，1—3月下降1.1%: a subject that is only
    /// a period (1—2月, 一季度, 去年同期) says when, not what — emptied, the figure takes the subject of the figure
    /// before it in the sentence as any clause that names nothing does. The period stays in its scope.
    static func isPeriodOnly(_ s: String) -> Bool {
        // (By its UTF-8 bytes: this runs for every figure. 月 E6 9C 88, 年 E5 B9 B4, 度 E5 BA A6, 期 E6 9C 9F.)
        let n = s.utf8.count
        guard n >= 4, n <= 24 else { return false }
        return SimpleText.withBytes(s) { b -> Bool in
            let c0 = b[n - 3], c1 = b[n - 2], c2 = b[n - 1]
            let yue = c0 == 0xE6 && c1 == 0x9C && c2 == 0x88, nian = c0 == 0xE5 && c1 == 0xB9 && c2 == 0xB4
            let du = c0 == 0xE5 && c1 == 0xBA && c2 == 0xA6, qi = c0 == 0xE6 && c1 == 0x9C && c2 == 0x9F
            guard yue || nian || du || qi else { return false }
            if qi { return s == "同期" || s == "去年同期" || s == "上年同期" }
            var sawDigit = false
            for c in s.unicodeScalars {
                switch c.value {
                case 0x30...0x39: sawDigit = true
                case 0x2014, 0x2013, 0x2D, 0xFF0D, 0x7E, 0x81F3, 0x6708, 0x5E74, 0x4EFD: continue   // —–-－~至月年份
                default: return false
                }
            }
            return sawDigit
        }
    }
}
