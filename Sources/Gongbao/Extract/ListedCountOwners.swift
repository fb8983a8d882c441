/// Counts listed with 、, each before the noun it counts, the list closed by 的 and the noun they all belong to
/// (生产13大类别、28个系列、450多个品种的主导产品，): each count's subject is that noun and its own (主导产品类别,
/// 主导产品系列, 主导产品品种) — the bare 类别 says only what kind of thing is counted, not of what. The owner must run
/// from the 的 to the clause's end (…的主导产品，): a 的 that opens a longer phrase (3个县、5个乡的农民收入增长10%)
/// owns no count.
enum ListedCountOwners {
    /// One walk over the figures; the cheap tests (kind, the subject's length, the letter after the counted noun)
    /// before any string is read.
    static func apply(_ figures: inout [Figure], text: DocText) {
        let t = text.t
        for k in figures.indices where figures[k].kind == .count && !figures[k].fromTable {
            let bytes = figures[k].subject.utf8.count
            // Two to four CJK letters, three bytes each.
            guard bytes >= 6, bytes <= 12, bytes % 3 == 0 else { continue }
            let u = figures[k].unitEnd
            let n = bytes / 3
            guard u + n < t.count else { continue }
            let next = t[u + n]
            // 、 after it, or 的 after the last of a list (a 、 before its number): one count before 的 is no list
            // (一个有13亿人口的发展中大国: 人口 is no part of 大国).
            let n0 = figures[k].numberStart
            guard next == 0x3001 || (next == 0x7684 && n0 > 0 && t[n0 - 1] == 0x3001) else { continue }
            let subject = figures[k].subject
            guard text.string(u..<(u + n)) == subject else { continue }
            // The 的 that closes the list: over the items after this one, within the clause (、 goes on).
            var p = u + n
            let limit = min(t.count, p + 40)
            while p < limit, t[p] != 0x7684 {
                if t[p] != 0x3001, text.isClauseEnd(t[p]) { break }
                p += 1
            }
            guard p < limit, t[p] == 0x7684 else { continue }
            // The owner: two to six CJK letters from the 的 to the clause's end.
            var e = p + 1
            while e < t.count, e - p <= 7, text.isCJK(e) { e += 1 }
            let length = e - p - 1
            guard length >= 2, length <= 6, e == t.count || (text.isClauseEnd(t[e]) && t[e] != 0x3001) else { continue }
            figures[k].subject = text.string((p + 1)..<e) + subject
        }
    }
}
