/// Newspaper economy stories compare a growth rate with wider areas', each area's own rate in brackets after its
/// name, then list the gaps: 增长34.5%，增速比全省平均水平(17.3%)和全国(11.4%)分别高17.2、23.1个百分点. A bracketed rate
/// after 比/较 NAME, or after 和/与 NAME right behind such a bracket, is the named area's rate of what the sentence is
/// about (全省固定资产投资增速), not the topic's; and the gaps after 分别高/分别低 (or 高/低 after one base) are the topic's
/// over each base in turn (固定资产投资增速高于全省, up; 低 → 低于, down). Vocabulary: contexts.yaml comparison_*.
/// (A pass after the subjects: it needs the topic's subject, and it is asked only at a figure whose number opens a
/// bracket, a test of one scalar.)
enum ComparisonBases {
    /// contexts.yaml comparison_openers (比, 较), comparison_joiners (和, 与), comparison_base_tails (平均水平: the
    /// gold names the area, 全省), comparison_gaps_up / _down (高, 快 / 低, 慢: written 分别高 or 高, named 高于), and
    /// comparison_rate_words (增速: what a base of a growth rate is the rate of).
    struct Words {
        let openers: [[UInt32]]
        let joiners: [[UInt32]]
        let tails: [String]
        let up: [[UInt32]]
        let down: [[UInt32]]
        let rateWord: String
        /// 分别 (respectively) before the gap verb.
        static let each: [UInt32] = [0x5206, 0x522B]

        init(openers: [String], joiners: [String], tails: [String], up: [String], down: [String], rateWord: String) {
            func s(_ w: [String]) -> [[UInt32]] { w.map { $0.unicodeScalars.map(\.value) } }
            self.openers = s(openers)
            self.joiners = s(joiners)
            self.tails = tails.sorted { $0.count > $1.count }
            self.up = s(up)
            self.down = s(down)
            self.rateWord = rateWord
        }

        var isEmpty: Bool { openers.isEmpty }
    }

    static func apply(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !words.isEmpty else { return }
        let t = text.t
        var k = 0
        while k < figures.count {
            defer { k += 1 }
            guard figures[k].kind == .percent, !figures[k].fromTable, let first = base(k, figures, text: text, words: words,
                                                                                   joined: false) else { continue }
            // The topic: the nearest rate before it in the sentence (增长34.5%), in %.
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            while j >= 0, figures[j].span.lowerBound >= sentence,
                  figures[j].kind != .percent || figures[j].unit != "%" || figures[j].subject.isEmpty || figures[j].fromTable {
                j -= 1
            }
            guard j >= 0, figures[j].span.lowerBound >= sentence else { continue }
            let topic = figures[j].subject + (figures[j].direction != nil ? words.rateWord : "")
            // The bases: this one and those joined after it (和全国(11.4%)).
            var bases = [(k, first)]
            var m = k + 1
            while m < figures.count, figures[m].kind == .percent, !figures[m].fromTable,
                  let b = base(m, figures, text: text, words: words, joined: true) {
                bases.append((m, b))
                m += 1
            }
            for (i, name) in bases { figures[i].subject = name + topic }
            // The gaps: 分别高17.2、23.1个百分点 right after the last base's bracket.
            var g = figures[bases.last!.0].unitEnd
            while g < t.count, t[g] == 0x20 { g += 1 }
            guard g < t.count, t[g] == 0x29 else { k = m - 1; continue }
            g += 1
            while g < t.count, t[g] == 0x20 { g += 1 }
            if starts(t, at: g, Words.each) { g += 2 }
            var relation: (String, Direction)? = nil
            for w in words.up where starts(t, at: g, w) { relation = (word(w) + "于", .up); g += w.count }
            if relation == nil {
                for w in words.down where starts(t, at: g, w) { relation = (word(w) + "于", .down); g += w.count }
            }
            guard let (rel, dir) = relation else { k = m - 1; continue }
            // As many figures as bases, the first at the verb, all in its clause or joined by 、.
            var gaps: [Int] = []
            var e = m
            while e < figures.count, gaps.count < bases.count, !figures[e].fromTable {
                let at = figures[e].numberStart
                var p = gaps.isEmpty ? g : figures[gaps.last!].unitEnd
                while p < at, t[p] == 0x20 || t[p] == 0x3001 || t[p] == 0x548C { p += 1 }
                guard p == at, figures[e].kind == .percent else { break }
                gaps.append(e)
                e += 1
            }
            if gaps.count == bases.count {
                for (i, gap) in gaps.enumerated() {
                    figures[gap].subject = topic + rel + stripped(bases[i].1, words.tails)
                    figures[gap].direction = dir
                }
                m = e
            }
            k = m - 1
        }
    }

    /// The area named right before figure `k`'s bracket when the bracket holds the figure alone and the name follows
    /// an opener (比全省) — or, `joined`, a joiner right after the bracket of the figure before (和全国平均水平). The name
    /// with its tail dropped (全国平均水平 → 全国) and its spaces; nil otherwise.
    static func base(_ k: Int, _ figures: [Figure], text: DocText, words: Words, joined: Bool) -> String? {
        let t = text.t
        let n = figures[k].numberStart
        guard n >= 2, t[n - 1] == 0x28 else { return nil }
        var u = figures[k].unitEnd
        while u < t.count, t[u] == 0x20 { u += 1 }
        guard u < t.count, t[u] == 0x29 else { return nil }
        let cs = text.clauseStart(before: n - 1)
        var lo = cs
        if joined {
            // The clause starts right after the figure before's closing bracket.
            guard k > 0, cs >= 1, t[cs - 1] == 0x29, figures[k - 1].unitEnd <= cs - 1 else { return nil }
            var p = figures[k - 1].unitEnd
            while p < cs - 1, t[p] == 0x20 { p += 1 }
            guard p == cs - 1 else { return nil }
            while lo < n - 1, t[lo] == 0x20 { lo += 1 }
            guard let w = words.joiners.first(where: { starts(t, at: lo, $0) }) else { return nil }
            lo += w.count
        } else {
            // The last opener in the clause before the bracket (增速 比全省平均水平 → 全省平均水平).
            var found = -1
            var p = n - 2
            while p >= cs, found < 0 {
                if let w = words.openers.first(where: { p + $0.count <= n - 1 && starts(t, at: p, $0) }) { found = p + w.count }
                p -= 1
            }
            guard found >= 0 else { return nil }
            lo = found
        }
        let name = text.stringWithoutWhitespace(lo..<(n - 1))
        let letters = name.unicodeScalars.count
        guard letters >= 2, letters <= 10, !name.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 })
        else { return nil }
        return stripped(name, words.tails)
    }

    static func stripped(_ name: String, _ tails: [String]) -> String {
        for tail in tails where name.hasSuffix(tail) && name.count > tail.count { return String(name.dropLast(tail.count)) }
        return name
    }

    /// A string of the scalars `s` (高 → 高, then 于 is added).
    static func word(_ s: [UInt32]) -> String {
        var v = String.UnicodeScalarView()
        for x in s { if let u = Unicode.Scalar(x) { v.append(u) } }
        return String(v)
    }

    @inline(__always)
    static func starts(_ t: [UInt32], at i: Int, _ w: [UInt32]) -> Bool { DocText.holds(t, w, at: i) }
}
