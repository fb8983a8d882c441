/// Budget and resource reports give, in brackets right after an amount, the same amount of a part the first one
/// leaves out or takes in: 市本级政府性基金预算收入2.7亿元（不含辽滨经开区4.8亿元）, 工业用水115亿立方米(含直流火核电
/// 冷却水48.4亿立方米). The bracketed amount measures what the one before it measures, for the part the bracket
/// names (辽滨经开区政府性基金预算收入, 直流火核电冷却水工业用水) — the words before it alone (不含辽滨经开区) name an
/// exclusion, not a quantity.
///
/// A figure whose bracket opens right after the figure before it, with a word of inclusion (contexts.yaml
/// part_bracket_openers: 含, 包括 — the exclusions 不含, 不包括 wait, see there) and then the part's name (two to fifteen letters, no digit, no
/// bracket) before its number, takes the part's name and the subject of the figure before it, less an account level
/// that opens it (contexts.yaml account_levels: 市本级 — the part names its own place). A part whose name already
/// ends as that subject does (…税收收入 inside …预算收入), or that is counted (含社区卫生服务中心10家: a kind of what
/// the figure before counts), keeps its name alone.
enum PartBrackets {
    static func apply(_ figures: inout [Figure], text: DocText, openers: [String], levels: [String]) {
        guard !openers.isEmpty, figures.count > 1 else { return }
        let t = text.t
        let openerScalars = openers.map { $0.unicodeScalars.map(\.value) }
        for k in figures.indices.dropFirst() where figures[k].kind.isQuantity && !figures[k].fromTable {
            let outer = figures[k - 1]
            guard outer.kind.isQuantity, !outer.fromTable, !outer.subject.isEmpty else { continue }
            var b = outer.unitEnd
            let n = figures[k].numberStart
            while b < n, t[b] == 0x20 { b += 1 }
            guard b < n, t[b] == 0xFF08 || t[b] == 0x28 else { continue }
            let o = b + 1
            // The longest opener right after the bracket.
            var length = 0
            for w in openerScalars where w.count > length && o + w.count <= n && Array(t[o..<(o + w.count)]) == w {
                length = w.count
            }
            guard length > 0 else { continue }
            let name = (o + length)..<n
            guard name.count >= 2, name.count <= 15,
                  !name.contains(where: { text.isDigit($0) || t[$0] == 0x20 || t[$0] == 0x28 || t[$0] == 0x29
                                          || t[$0] == 0xFF08 || t[$0] == 0xFF09 || t[$0] == 0xFF0C || t[$0] == 0x3001 })
            else { continue }
            let part = text.stringWithoutWhitespace(name)
            var measure = outer.subject
            if let level = levels.filter({ measure.hasPrefix($0) }).max(by: { $0.count < $1.count }),
               measure.count - level.count >= 2 {
                measure = String(measure.dropFirst(level.count))
            }
            // (A count names a kind of what the figure before it counts — 基层医疗卫生机构N家（含社区卫生服务中心10家）:
            // the part alone is what is counted.)
            let alone = figures[k].kind == .count || part.hasSuffix(String(measure.suffix(2)))
            figures[k].subject = alone ? part : part + measure
        }
    }

    /// Does figure `j` stand in a bracket opened right after figure `j - 1` (28.7亿元（不含…36.4亿元）) that closes before
    /// `end`? Then it is an aside to that figure, no topic for a predicate after the bracket (…），比上年预算增长9.9%).
    static func isAside(_ j: Int, _ figures: [Figure], t: [UInt32], before end: Int) -> Bool {
        guard j > 0, SubjectFinder.closesBracket(t, from: figures[j].unitEnd, to: end) else { return false }
        var b = figures[j - 1].unitEnd
        let n = figures[j].numberStart
        while b < n, t[b] == 0x20 { b += 1 }
        guard b < n, t[b] == 0xFF08 || t[b] == 0x28 else { return false }
        return !(b..<n).contains { t[$0] == 0xFF09 || t[$0] == 0x29 }
    }
}
