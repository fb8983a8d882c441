/// Budget execution articles head each account's paragraph with the account's name alone, numbered, and then write
/// only its heads: 1.一般公共预算。全市收入完成220.6亿元，增长4.1%。支出完成686.5亿元。…2.政府性基金预算。全市收入… — the
/// bare 收入 and 支出 are the account's the last such heading names (一般公共预算收入), never the one a line before named.
///
/// Before the head such paragraphs write whose account it is — a level of government or an area (市级收入, 县本级支出,
/// 中心城区（含淮阳区、川汇区）收入) — which is no account: the subject is the level, the account and the head
/// (市级一般公共预算收入), the aside saying what the area holds is scope, and a bare head later on the same line
/// (。支出完成232.3亿元) is the same level's. EllipticSubjects asks both.
enum AccountHeadings {
    /// The account named by the numbered heading sentence right before `sentence` (1.一般公共预算。 （二）政府性基金预算
    /// 执行情况： 三、社会保险基金预算 on a line of its own): its words up to their last 预算, four to sixteen ideographs.
    /// Why numbered only: an unnumbered short sentence ending in 预算 is prose (严格执行人大批准的预算。).
    static func account(before sentence: Int, text: DocText) -> String? {
        let t = text.t
        guard sentence >= 3 else { return nil }
        let end = sentence - 1
        guard t[end] == 0x3002 || t[end] == 0xFF1A || t[end] == 0x3A || t[end] == 0x0A else { return nil }
        // The heading's start: the sentence end before it, at most 30 letters back.
        var p = end
        while p > 0, end - p < 32, !text.isSentenceEnd(t[p - 1]) { p -= 1 }
        guard p == 0 || text.isSentenceEnd(t[p - 1]) else { return nil }
        while p < end, t[p] == 0x20 || t[p] == 0x3000 || t[p] == 0x09 { p += 1 }
        // The number: 1. / 1、 / (1) / 一、 / (一).
        var q = p
        let bracket = q < end && t[q] == 0x28
        if bracket { q += 1 }
        let digits = q
        while q < end, text.isDigit(q) || ChineseNumeral.digit(t[q]) != nil || t[q] == 0x5341 { q += 1 }
        guard q > digits, q - digits <= 3, q < end else { return nil }
        if bracket {
            guard t[q] == 0x29 else { return nil }
        } else {
            guard t[q] == 0x2E || t[q] == 0x3001 || t[q] == 0xFF0E else { return nil }
        }
        q += 1
        // The words up to the last 预算 (执行情况, 收支 after it say what the section reports).
        var last = -1
        var r = q
        while r + 1 < end {
            guard text.isCJK(r) else { return nil }
            if t[r] == 0x9884 && t[r + 1] == 0x7B97 { last = r + 2 }
            r += 1
        }
        guard last - q >= 4, last - q <= 16 else { return nil }
        return text.stringWithoutWhitespace(q..<last)
    }

    /// A level or area opening the subject `u` before a head of `heads`: a word of `levels` (contexts.yaml
    /// account_levels: 市级, 本级, 县本级 — not 上级 or 下级, which say where money goes: 上解上级支出), or two to six
    /// ideographs followed by an aside saying what they hold ((含…), (包括…), (不含…)). Returns the level's length, the
    /// aside's end (the level's length when there is none) and the head's index in `heads`.
    static func level(_ u: [UInt32], _ heads: [[UInt32]], levels: [[UInt32]]) -> (length: Int, asideEnd: Int, head: Int)? {
        // (Within the first scalars only: a level is short, an aside at most 40 letters.)
        var i = 0
        while i < u.count, i < 7, u[i] >= 0x4E00, u[i] <= 0x9FFF { i += 1 }
        guard i >= 2 else { return nil }
        guard i < u.count, u[i] == 0x28 else {
            // No aside: a level word, right before the head (市级收入, 县本级支出).
            for l in levels where u.count > l.count && u.starts(with: l) {
                if let h = heads.indices.first(where: { u[l.count...].starts(with: heads[$0]) }) { return (l.count, l.count, h) }
            }
            return nil
        }
        // (含 …), (包括 …), (不含 …) — an aside of what the area holds.
        guard i + 2 < u.count, u[i + 1] == 0x542B || (u[i + 1] == 0x5305 && u[i + 2] == 0x62EC)
                || (u[i + 1] == 0x4E0D && u[i + 2] == 0x542B)
        else { return nil }
        var c = i + 1
        while c < u.count, c - i < 40, u[c] != 0x29 { c += 1 }
        guard c < u.count, u[c] == 0x29 else { return nil }
        let headAt = c + 1
        guard let h = heads.indices.first(where: { u[headAt...].starts(with: heads[$0]) }) else { return nil }
        return (i, headAt, h)
    }

    /// The level before the account, once: 市级 + 一般公共预算 → 市级一般公共预算, but 市级 + 市级一般公共预算 (an account
    /// named with its level: 2025年市级一般公共预算收入…。市级支出预算数…) stays 市级一般公共预算.
    static func leveled(_ level: String, _ account: String?) -> String {
        guard let account else { return level }
        return LiteralSearch.hasPrefix(account, level) ? account : level + account
    }
}
