/// Lending and deposit releases name the account once and its balance bare: 民营企业贷款二季度增速显著加快，6月末余额
/// 1332.27亿元; 投向制造业的中长期贷款6月末余额同比增长17.11% — the balance (余额) is the account's (民营企业贷款余额), and a
/// rate that borrowed the bare word is too. A flow compared with the year before (新增信贷投入201.51亿元，同比多增173.62
/// 亿元) is the excess, not the flow: its subject says so (新增信贷投入同比多增). A change whose subject is only a
/// comparison base (环比、同比分别提高3.81个百分点、10.44个百分点 → 同比) is the change of the sentence's topic.
enum BalanceOwners {
    /// contexts.yaml: `heads` (bare_balance_heads: 余额) name no account by themselves; `owners` (balance_owners:
    /// 贷款, 存款) end an account's name; `excess` (stated_change_words: 同比多增; longest first) state an
    /// excess over the year before;
    /// `bases` (comparison_only_subjects: 同比, 环比) are subjects that are a comparison base only.
    struct Words: Sendable {
        let heads: [String]
        let owners: [String]
        let excess: [String]
        let bases: [String]
        /// The owners and excess words as scalars, and the last scalars of the excess words (增 of 多增): a figure
        /// whose number follows none of these is no excess, tested before any string is read. (Converting the
        /// words to scalars at every figure was 2% of a plain-text run.)
        let ownerScalars: [[UInt32]]
        let excessScalars: [[UInt32]]
        let excessEnds: [UInt32]
        /// contexts.yaml budget_balance_items and budget_funds (longest first): see `fundOwners`. `itemFirsts`: the
        /// first scalars of the items — a subject opening with none is no item, answered before any word set is asked
        /// (a Set<String> asked at every figure hashed each subject's normalized form: 5% of a plain-text run).
        let items: LiteralSearch.WordSet
        let itemFirsts: [UInt32]
        let funds: [String]
        init(heads: [String], owners: [String], excess: [String], bases: [String], items: [String] = [], funds: [String] = []) {
            self.items = LiteralSearch.WordSet(items)
            itemFirsts = Array(Set(items.compactMap { $0.unicodeScalars.first?.value })).sorted()
            self.funds = funds.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
            self.heads = heads
            self.owners = owners
            self.excess = excess.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
            self.bases = bases
            ownerScalars = owners.map { $0.unicodeScalars.map(\.value) }
            excessScalars = self.excess.map { $0.unicodeScalars.map(\.value) }
            excessEnds = Array(Set(excessScalars.compactMap(\.last))).sorted()
        }
    }

    static func apply(_ figures: inout [Figure], text: DocText, words: Words) {
        fundOwners(&figures, text: text, words: words)
        guard !words.heads.isEmpty || !words.excess.isEmpty || !words.bases.isEmpty else { return }
        let t = text.t
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            // Two integer tests before the subject is copied: every rule here is for a subject of two letters (its
            // byte count, read in place) or for a number right after the last scalar of an excess word (增 of 多增).
            // Most figures pass neither (the pass copied and released every subject: 12M of a 1.74G plain-text run).
            let n = figures[k].numberStart
            let short = figures[k].subject.utf8.count <= 6
            guard short || (n >= 2 && words.excessEnds.contains(t[n - 1])) else { continue }
            let subject = figures[k].subject
            if short {
                if words.heads.contains(where: { LiteralSearch.equals(subject, $0) }),
                   let owner = owner(before: figures[k].numberStart, text: text, owners: words.ownerScalars) {
                    figures[k].subject = owner + subject
                    continue
                }
                if words.bases.contains(where: { LiteralSearch.equals(subject, $0) }) {
                    let s = text.sentenceStart(before: figures[k].numberStart)
                    var j = k - 1
                    while j >= 0, figures[j].span.lowerBound >= s {
                        var topic = figures[j].subject
                        for b in words.bases where LiteralSearch.hasSuffix(topic, b) {
                            topic.unicodeScalars.removeLast(b.unicodeScalars.count)
                        }
                        if figures[j].kind.isQuantity, SimpleText.count(topic) >= 2,
                           !words.bases.contains(where: { LiteralSearch.equals(topic, $0) }) {
                            figures[k].subject = topic + subject
                            break
                        }
                        j -= 1
                    }
                    continue
                }
            }
            // 同比多增173.62亿元: the words right before the figure state an excess over the year before; a subject
            // without them names the flow, not the excess.
            guard n >= 2, words.excessEnds.contains(t[n - 1]), figures[k].direction != nil, !subject.isEmpty,
                  let i = words.excessScalars.firstIndex(where: { endsWith($0, at: n, t) }),
                  !LiteralSearch.contains(subject, words.excess[i]) else { continue }
            figures[k].subject = subject + words.excess[i]
        }
    }

    /// 全市国有资本经营预算支出10.0亿元，同比增长36.7%。加上调出资金21.8亿元: a budget's balance names its lines bare
    /// (调出资金, 上年结余, 债务转贷收入) after the fund's own figure; each line is that fund's (国有资本经营调出资金 — the
    /// same words stand in every fund's balance, and a budget report writes four balances one after the other). The
    /// fund is the longest fund word in the subject of the last quantity before the line in its paragraph (back to the
    /// line feed) that is no bare line itself; a line with no such figure before it keeps its name, and so does one in
    /// a paragraph that opens with a colon lead (a colon within its first forty letters, before any 。).
    static func fundOwners(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !words.itemFirsts.isEmpty, !words.funds.isEmpty else { return }
        let t = text.t
        for k in figures.indices where figures[k].kind.isQuantity {
            // (Every line is four to ten letters: a cheap length test before the set is asked.)
            let bytes = figures[k].subject.utf8.count
            guard bytes >= 12, bytes <= 30, SimpleText.firstScalar(figures[k].subject).map(words.itemFirsts.contains) == true,
                  words.items.contains(figures[k].subject) else { continue }
            var p = figures[k].numberStart
            while p > 0, t[p - 1] != 0x0A, figures[k].numberStart - p < 1000 { p -= 1 }
            // (A paragraph under a colon lead — 市本级一般公共预算收支平衡情况：…调入资金, 市本级预算稳定调节基金情况：主要包括…
            // 调入资金 — names its own topic, read by AccountTotals: its lines stay as listed, so a restatement keeps the
            // name its ledger gave.)
            if AccountTotals.leadColon(lineStart: p, before: figures[k].numberStart, t) != nil { continue }
            var j = k - 1
            while j >= 0, figures[j].numberStart >= p {
                let s = figures[j].subject
                if figures[j].kind.isQuantity, !words.items.contains(s),
                   let fund = words.funds.first(where: { LiteralSearch.contains(s, $0) }) {
                    figures[k].subject = fund + figures[k].subject
                    break
                }
                j -= 1
            }
        }
    }

    /// The scalars of `s` stand right before `end` (`DocText.holds`, as ComparisonBases reads its words).
    @inline(__always)
    static func endsWith(_ s: [UInt32], at end: Int, _ t: [UInt32]) -> Bool { DocText.holds(t, s, at: end - s.count) }

    /// The account a bare balance at `n` belongs to: the last owner word (贷款) before it in its sentence, with the
    /// words of its clause before it (投向制造业的中长期贷款, 民营企业贷款). Nil when there is none, or the words hold a
    /// digit or run past sixteen letters.
    static func owner(before n: Int, text: DocText, owners: [[UInt32]]) -> String? {
        let t = text.t
        let s = text.sentenceStart(before: n)
        var e = n
        while e > s {
            if owners.contains(where: { endsWith($0, at: e, t) }) {
                let cs = text.clauseStart(before: e - 1)
                guard e - cs <= 16, !(cs..<e).contains(where: { text.isDigit($0) }) else { return nil }
                let name = text.stringWithoutWhitespace(cs..<e)
                return SimpleText.count(name) >= 3 ? name : nil
            }
            e -= 1
        }
        return nil
    }
}
