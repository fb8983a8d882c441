/// Budget reports state each account's total and balance bare, once the account is named: 全市地方政府性基金预算收入
/// 68.4亿元…；加上债务转贷收入…359.1亿元，收入总计427.5亿元 — 收入总计 is the total of the 政府性基金预算's income (its own
/// revenue and what was added to it), not of every account; 本年收支结余1.2亿元 after 全市社会保险基金预算支出30.2亿元 is
/// that fund's balance.
///
/// A figure whose whole subject is one of these words (contexts.yaml account_totals) takes the account named by the
/// last figure that opened a sentence before it on the same line (the words of its subject before the head 收入/支出,
/// ending in 预算: 地方政府性基金预算收入 → 地方政府性基金预算). A line break ends the account: a new paragraph names
/// its own.
enum AccountTotals {
    /// `scopes`: the region words (全市) a colon lead's account drops (`leadAccount`); `totalFirsts`: the first scalars
    /// of `totals`, the lead's account is looked for only for a subject opening with one.
    static func apply(_ figures: inout [Figure], text: DocText, totals: LiteralSearch.WordSet, heads: [String],
                      scopes: ScalarTrie? = nil, totalFirsts: [UInt32] = []) {
        guard !heads.isEmpty else { return }
        let t = text.t
        var lastSentence = -1
        // The figures whose subjects opened a sentence, in text order: the account of a bare total is the one the
        // latest of them on its line names. Looked up only for a bare total (a handful per budget report, none in
        // most documents), walking back over them — not worked out at every sentence (two word searches each).
        var openers: [Int] = []
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let start = figures[k].numberStart
            let sentence = text.sentenceStart(before: start)
            let s = figures[k].subject
            // (A ；-sentence that adds to the account — ；加上债务转贷收入、转移支付收入等359.1亿元 — opens none: the
            // account is named after a 。 or a line start, by a subject that is no list.)
            let opensSentence = sentence != lastSentence
                && (sentence == 0 || (t[sentence - 1] != 0x3B && t[sentence - 1] != 0xFF1B))
            lastSentence = sentence
            // (A bare total opens with a first letter of one: the word set is asked only then, for the few such subjects.)
            if totalFirsts.isEmpty || SimpleText.firstScalar(s).map(totalFirsts.contains) == true, totals.contains(s) {
                if let a = account(namedBy: openers, before: start, figures: figures, t: t, heads: heads)
                    ?? leadAccount(before: start, text: text, scopes: scopes) {
                    figures[k].subject = a + s
                    continue
                }
            }
            if opensSentence { openers.append(k) }
        }
    }

    /// The account the latest sentence-opening subject before `start` on its line names (a line break ends an
    /// account: a new paragraph names its own); nil when none does.
    ///
    /// (The account is one of a budget's four — 一般公共预算, 政府性基金预算 …: its name ends in 预算, or, written without
    /// it, in 基金 (全国社会保险基金收入…，本年收支结余: that fund's balance, not the account named in the sentence before).
    /// 加返还性收入, 社会保险待遇支出 name items of an account, not the account.)
    static func account(namedBy openers: [Int], before start: Int, figures: [Figure], t: [UInt32],
                        heads: [String]) -> String? {
        var end = start
        for j in openers.reversed() {
            let from = figures[j].numberStart
            var p = from
            while p < end {
                if t[p] == 0x0A { return nil }
                p += 1
            }
            end = from
            let s = figures[j].subject
            if LiteralSearch.withHaystack(s, { ($0.contains(yusuan) || $0.contains(jijin)) && !$0.contains(dun) }),
               let a = EllipticSubjects.namedAccount(s, heads), a.hasSuffix("预算") || a.hasSuffix("基金") {
                return a
            }
        }
        return nil
    }

    /// A lead that opens its line with a colon and names an account's ledger (全市国有资本经营预算收支平衡情况：总收入7.8亿元，
    /// 其中：…。总支出7.8亿元) is the topic of the paragraph after it: a bare total there is that account's
    /// (国有资本经营预算总收入, …总支出). The account is the lead's words before 收支, without a region word opening them
    /// (全市; 市本级 names a level and stays), two to sixteen ideographs.
    static func leadAccount(before start: Int, text: DocText, scopes: ScalarTrie?) -> String? {
        let t = text.t
        var ls = start
        while ls > 0, t[ls - 1] != 0x0A { ls -= 1 }
        guard let c = leadColon(lineStart: ls, before: start, t) else { return nil }
        var lo = ls
        while lo < c, t[lo] == 0x20 || t[lo] == 0x3000 || t[lo] == 0x09 { lo += 1 }
        var q = lo
        while q + 1 < c, !(t[q] == 0x6536 && t[q + 1] == 0x652F) { q += 1 }                  // 收支
        guard q + 1 < c else { return nil }
        if let m = scopes?.longestMatch(t, at: lo), lo + m.length < q { lo += m.length }
        guard q - lo >= 2, q - lo <= 16, (lo..<q).allSatisfy({ text.isCJK($0) }) else { return nil }
        return text.stringWithoutWhitespace(lo..<q)
    }

    /// The line's first colon (： or :) when it stands within 40 letters of the line's start `ls`, before any 。 and
    /// before `start`: the colon of a lead (…收支平衡情况：). nil otherwise.
    static func leadColon(lineStart ls: Int, before start: Int, _ t: [UInt32]) -> Int? {
        var c = ls
        while c < start, c - ls < 40, t[c] != 0x3A, t[c] != 0xFF1A, t[c] != 0x3002 { c += 1 }
        return c < start && (t[c] == 0x3A || t[c] == 0xFF1A) ? c : nil
    }

    static let yusuan = LiteralSearch.Prepared("预算")
    static let dun = LiteralSearch.Prepared("、")
    static let jijin = LiteralSearch.Prepared("基金")
}
