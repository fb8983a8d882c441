import Foundation

extension SameFigureRule {
    /// A figure stated twice in an outcome's section of a budget report, without a word that makes either a plan, is
    /// one outcome: 一、2025年预算执行情况 … 全市一般公共预算收入150.1亿元 (the revenue paragraph), 按现行财政体制和国家有关预算
    /// 政策，全市财政收支平衡情况是：…其中，一般公共预算收入150.1亿元 (the balance) and 全市一般公共预算收入完成150.1亿元 (the
    /// review of the year's work) say one figure, though 预算 stands in the second sentence and 完成 in the third.
    ///
    /// `level` leaves a pair of such sentences a warning (or unjudged under two headings): a several-period document's
    /// unmarked sentence may be a plan. It is held to the outcome when
    /// - both figures stand under numbered headings that read as an outcome: an outcome word (执行, 完成, 决算) and no
    ///   plan word, 预算 aside (`SubjectCatalogue.clauseOnlyMarkers`: 2025年预算执行情况 names an execution);
    /// - neither figure is governed by a plan word: none in its own clause (一般公共预算收入预算145亿元), none before it in
    ///   its sentence but 预算 (年初预算安排，…; 预算 in 国家有关预算政策 marks no figure), none in the clause of the total
    ///   its 其中 hangs on (收入预算145亿元，其中：税收收入…); 预计, 安排 and 调整为 after its clause are other figures';
    /// - both name their place, the same (全市 and 全市, in the words governing it), and everything
    ///   else those words and headings name agrees (year, account, stock; the document's own year aside): the same
    ///   period and place, as `level` asks of an exact match.
    static func heldToOutcome(_ a: Statement, _ b: Statement, _ c: RuleContext) -> Bool {
        guard let cache = c.cache, a.document == b.document else { return false }
        for s in [a, b] {
            guard StatementContext(sentence: s.headings, words: cache.leadingContextWords).labels["stage"] == ["actual"]
            else { return false }
        }
        guard let x = governing(a, c, cache), let y = governing(b, c, cache),
              x.stage.isSubset(of: ["actual"]), y.stage.isSubset(of: ["actual"]) else { return false }
        // The place must be named, and the same, in the words that govern each figure (全市 both times): a report's
        // 全市, 市本级 and 高新区 balance sentences under one 全市 heading, 地方一般公共预算支出…转移性支出55,824万元 and
        // …33,669万元, name none (the district, run into its paragraph, is no heading) and are three places' figures.
        let px = x.context.labels["place"] ?? [], py = y.context.labels["place"] ?? []
        guard !px.isEmpty, px == py else { return false }
        return outcomeContext(a, x.context) == outcomeContext(b, y.context)
    }

    /// What a statement's governing text (`governing`) and its headings name besides the stage, as `level` compares
    /// contexts (`StatementContext.distinguishing`): a dimension named in either counts.
    static func outcomeContext(_ s: Statement, _ governing: StatementContext) -> StatementContext {
        var m = governing
        for (dimension, labels) in s.section.labels { m.labels[dimension, default: []].formUnion(labels) }
        m.labels["stage"] = nil
        return m.distinguishing(documentYear: s.documentPeriod?.year)
    }

    /// What governs a figure in its sentence (nil without its text): the words before it and those of its own clause
    /// after it — 总量 in a later clause (总量全省第4) is another figure's. `context` reads that text whole; `stage` is
    /// read from its own clause whole, from the clauses before it without the clause-only markers, and from the clause
    /// before a 其中 it follows whole.
    static func governing(_ s: Statement, _ c: RuleContext, _ cache: ValidationCache) -> (context: StatementContext, stage: Set<String>)? {
        guard let bytes = c.text(of: s), let start = s.sentence else { return nil }
        let lo = s.metric.sourceRange.lowerBound, hi = s.metric.sourceRange.upperBound
        guard start <= lo, lo <= hi, hi <= bytes.count else { return nil }
        var written = SentenceReader.cleaned(String(decoding: bytes[start..<lo], as: UTF8.self))
        // A plain text's sentence runs from the blank line before it, over the heading lines above the figure's
        // paragraph (they have no full stop): those are its section's words, read as such.
        for heading in s.headings.split(separator: "|") where !heading.isEmpty {
            if let r = written.range(of: heading, options: .backwards) { written = String(written[r.upperBound...]) }
        }
        let before = Array(written.unicodeScalars)
        // After the figure: to the next clause break (a blank line ends it too), read from a bounded stretch.
        var tail = Array(bytes[hi..<min(bytes.count, hi + 600)])
        if let blank = ByteText.firstIndex(of: [0x0A, 0x0A], in: tail, from: 0) { tail = Array(tail[..<blank]) }
        let after = Array(SentenceReader.cleaned(String(decoding: tail, as: UTF8.self)).unicodeScalars)
        let afterClause = after.prefix { !clauseBreaks.contains($0) }
        let cut = before.lastIndex { clauseBreaks.contains($0) }
        let own = (cut.map { Array(before[($0 + 1)...]) } ?? before) + afterClause
        let prior = cut.map { Array(before[..<$0]) } ?? []
        func text(_ u: some Sequence<Unicode.Scalar>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: u); return String(v) }
        let context = cache.context(ofSentence: text(before + afterClause))
        var stage = cache.context(ofSentence: text(own)).labels["stage"] ?? []
        if !prior.isEmpty {
            stage.formUnion(StatementContext(sentence: text(prior), words: cache.leadingContextWords).labels["stage"] ?? [])
            // 收入预算145亿元，其中：税收收入100亿元: the total's clause governs its parts.
            let p = text(prior)
            if let r = p.range(of: "其中", options: .backwards) {
                let head = Array(p[..<r.lowerBound].unicodeScalars)
                var end = head.endIndex
                while end > head.startIndex, clauseBreaks.contains(head[end - 1]) { end -= 1 }
                let clause = head[..<end]
                let from = clause.lastIndex { clauseBreaks.contains($0) }.map { $0 + 1 } ?? clause.startIndex
                stage.formUnion(cache.context(ofSentence: text(clause[from...])).labels["stage"] ?? [])
            }
        }
        return (context, stage)
    }

    /// What ends a clause: commas, semicolons, colons and full stops, full-width and ASCII.
    static let clauseBreaks: Set<Unicode.Scalar> = ["，", "；", "：", "。", "！", "？", ",", ";", ":"]
}
