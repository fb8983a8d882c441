/// Subjects a bulletin's sentence leaves to its opening: the institution counted first (普通高中142所，招生11.51万人，
/// 在校生34.11万人 → 普通高中招生, 普通高中在校生), the measure a lead names (从主要工业产品产量看，纱增长16.2% → 纱产量),
/// and a period standing where the subject would (其中1—2月下降1.6% → the topic's, not 1—2月's).
enum SentenceTopics {
    /// The word lists, prepared once per Extractor (contexts.yaml institution_units, institution_attributes,
    /// lead_measures).
    struct Words: Sendable {
        let units: LiteralSearch.WordSet
        let attributes: LiteralSearch.WordSet
        let measures: [String]
        let leading: [String]

        init(units: [String], attributes: [String], measures: [String], leading: [String]) {
            self.units = LiteralSearch.WordSet(units)
            self.attributes = LiteralSearch.WordSet(attributes)
            self.measures = measures.sorted { $0.count > $1.count }
            // Longest first: 年末全市 before 年末.
            self.leading = leading.sorted { $0.count > $1.count }
        }
    }

    /// 普通高中142所，招生11.51万人，在校生34.11万人，毕业生11.47万人: a head of institution_attributes standing alone
    /// in a later clause of the sentence belongs to the institutions its first figure counts. Bare heads only: a head
    /// that names its own owner (其中医院卫生技术人员) keeps it.
    static func institutionHeads(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !figures.isEmpty else { return }
        var sentence = -1
        var topic = ""
        var topicUnit: String? = nil
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = text.sentenceStart(before: figures[k].numberStart)
            if s != sentence {
                sentence = s
                topic = ""
                topicUnit = nil
                let subject = figures[k].subject
                if figures[k].kind == .count, let unit = figures[k].unit, words.units.contains(unit),
                   SimpleText.count(subject) >= 2, !words.attributes.contains(subject),
                   !SimpleText.containsAny(subject, of: "、，,") {
                    topic = trimmedLeading(subject, words: words)
                    topicUnit = unit
                }
                continue
            }
            guard !topic.isEmpty, figures[k].unit != topicUnit, words.attributes.contains(figures[k].subject),
                  text.clauseStart(before: figures[k].numberStart) > 0,
                  text.t[text.clauseStart(before: figures[k].numberStart) - 1] == 0x2C
            else { continue }
            figures[k].subject = topic + figures[k].subject
        }
    }

    /// 年末全市研究生培养单位 → 研究生培养单位: the scope a sentence opens with is no part of the institution's name.
    static func trimmedLeading(_ s: String, words: Words) -> String {
        var s = Substring(s)
        var trimmed = true
        while trimmed {
            trimmed = false
            for w in words.leading where s.count > w.count + 1 && s.hasPrefix(w) {
                s = s.dropFirst(w.count)
                trimmed = true
                break
            }
        }
        return String(s)
    }

    /// 从主要工业产品产量看，精制茶增长23.9%，纱增长16.2%; 全市规模以上工业主要产品产量中，铝材3.0万吨: the lead names
    /// the measure (lead_measures: 产量) and the items after it only the product — each item's subject takes the
    /// measure (纱产量), unless it names one already (粮食总产量).
    static func leadMeasures(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !words.measures.isEmpty else { return }
        let t = text.t
        var sentence = -1
        var measure: String? = nil
        var leadEnd = 0
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = text.sentenceStart(before: figures[k].numberStart)
            if s != sentence {
                sentence = s
                // (A lead's items run on past a ；: 铝材3.0万吨，下降6.5%；水泥960.2万吨.)
                if measure == nil || s == 0 || t[s - 1] != 0x3B {
                    measure = lead(before: figures[k].numberStart, sentence: s, text: text, words: words)
                    leadEnd = s
                    if measure != nil {
                        var e = s
                        while !text.isClauseEnd(t[e]) { e += 1 }
                        leadEnd = e
                    }
                }
            }
            guard let m = measure, figures[k].numberStart > leadEnd else { continue }
            let subject = figures[k].subject
            let n = SimpleText.count(subject)
            guard n >= 1, n <= 8, !LiteralSearch.contains(subject, m),
                  !SimpleText.containsAny(subject, of: "占比率额值量")
            else { continue }
            figures[k].subject = subject + m
        }
    }

    /// The measure a sentence's lead names: its first clause, ending in 看 or 中 before a comma or colon, holding no
    /// figure and ending in one of lead_measures (从主要工业产品产量看, 主要产品产量中).
    static func lead(before numberStart: Int, sentence s: Int, text: DocText, words: Words) -> String? {
        let t = text.t
        var e = s
        while e < numberStart, !text.isClauseEnd(t[e]) { e += 1 }
        guard e < numberStart, e - s >= 4, t[e] == 0x2C || t[e] == 0x3A,
              t[e - 1] == 0x770B || t[e - 1] == 0x4E2D    // 看 中
        else { return nil }
        let lead = text.stringWithoutWhitespace(s..<(e - 1))
        return words.measures.first { SimpleText.hasSuffix(lead, $0) }
    }

    /// 1—7月，全国一般公共预算收入135839亿元，同比增长0.1%，其中1—2月下降1.6%，1—3月下降1.1%: a subject that is only
    /// a period (1—2月, 一季度, 去年同期) says when, not what — emptied, the figure takes the subject of the figure
    /// before it in the sentence as any clause that names nothing does. The period stays in its scope.
    static func isPeriodOnly(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last?.value,
              last == 0x6708 || last == 0x5E74 || last == 0x5EA6 || last == 0x671F   // 月 年 度 期
        else { return false }
        if s == "同期" || s == "去年同期" || s == "上年同期" { return true }
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
