/// Budget reports name an account once and then only its head: 全市一般公共预算收入年初预算合计421.9亿元……；收入完成
/// 421.8亿元，同比增长3.6%。支出预算合计726.9亿元 — 收入 and 支出 there mean 全市一般公共预算收入 / 支出.
///
/// A subject that starts with an elliptic head (vocabulary: contexts.yaml elliptic_heads) takes the account named
/// before the head in the nearest earlier sentence-opening subject that has one (一般公共预算 → 一般公共预算支出预算).
enum EllipticSubjects {
    /// How far back (in scalars) the naming subject may stand.
    static let reach = 600

    /// `verbs`: words that may stand before the head and are dropped (安排支出 → 支出); any other word before it
    /// is a modifier of its own (教育支出, 税收收入) and the subject stays.
    static func apply(_ figures: inout [Figure], text: DocText, heads: [String], verbs: [String]) {
        guard !heads.isEmpty else { return }
        var lastSentence = -1
        // Index of the last figure that opened a sentence and names an account before a head, and that account.
        var account: (start: Int, prefix: String)? = nil
        let firsts = ScalarSet(heads.compactMap { $0.unicodeScalars.first?.value })
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = figures[k].subject
            guard mayHoldHead(s, firsts) else {
                lastSentence = text.sentenceStart(before: figures[k].numberStart)
                continue
            }
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            let opens = sentence != lastSentence
            lastSentence = sentence
            if let a = account, figures[k].numberStart - a.start > reach { account = nil }
            // 收入完成, 支出预算, 安排支出: a head first, or after a verb.
            if let a = account, let (head, offset) = leadingHead(s, heads),
               offset == 0 || verbs.contains(String(s.prefix(offset))), !a.prefix.hasSuffix(head) {
                figures[k].subject = a.prefix + s.dropFirst(offset)
            }
            if opens, let p = namedAccount(figures[k].subject, heads) {
                account = (figures[k].numberStart, p)
            }
        }
    }

    /// The first head in `s` and its offset in characters, if it starts within the first three.
    static func leadingHead(_ s: String, _ heads: [String]) -> (String, Int)? {
        let u = s.unicodeScalars
        var idx = u.startIndex
        var offset = 0
        while idx != u.endIndex, offset < 3 {
            for h in heads where u[idx...].starts(with: h.unicodeScalars) { return (h, offset) }
            idx = u.index(after: idx)
            offset += 1
        }
        return nil
    }

    /// 一般公共预算收入年初预算 → 一般公共预算: the account before the first head, when at least two characters long.
    static func namedAccount(_ s: String, _ heads: [String]) -> String? {
        let u = s.unicodeScalars
        guard u.count >= 4 else { return nil }
        var idx = u.index(u.startIndex, offsetBy: 2)
        let last = u.index(before: u.endIndex)
        while idx < last {
            for h in heads where u[idx...].starts(with: h.unicodeScalars) { return String(u[..<idx]) }
            idx = u.index(after: idx)
        }
        return nil
    }

    /// Does `s` contain a scalar that begins a head (a quick test before the searches)?
    static func mayHoldHead(_ s: String, _ firsts: ScalarSet) -> Bool {
        s.unicodeScalars.contains { firsts.contains($0.value) }
    }

    /// A clause that opens with a predicate (占比39.9%, 高于全国0.8个百分点, 增速高于全州11.9个百分点) is about the
    /// topic of its sentence: the subject of the nearest figure before it in the same ；-sentence whose subject is a noun
    /// phrase (阿图什市地区生产总值 → 阿图什市地区生产总值占比).
    static func inheritTopics(_ figures: inout [Figure], text: DocText, openers: [String], notOpeners: [String]) {
        guard !openers.isEmpty else { return }
        func opensWithPredicate(_ s: String) -> Bool {
            openers.contains { s.hasPrefix($0) } && !notOpeners.contains { s.hasPrefix($0) }
        }
        // Topics are read from the subjects as found, not as rewritten here (…占比, then 贡献率: both take 采矿业).
        let original = figures.map(\.subject)
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = figures[k].subject
            guard opensWithPredicate(s) else { continue }
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            while j >= 0, figures[j].span.lowerBound >= sentence {
                let topic = original[j]
                if figures[j].kind.isQuantity, !topic.isEmpty, !opensWithPredicate(topic) {
                    if !s.hasPrefix(topic) { figures[k].subject = topic + s }
                    break
                }
                j -= 1
            }
        }
    }
}
