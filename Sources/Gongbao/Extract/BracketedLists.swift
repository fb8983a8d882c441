/// Rankings list regions or companies with each figure in brackets after its name, the measure named once before the
/// list: 我国每万人口发明专利拥有量排名前十位的省(区、市)依次为:北京(94.5件)、上海(41.5件)… or PCT国际专利申请超过1000件的
/// 省(区、市)有7个,依次为广东(2.68万件)、北京(0.51万件)…. Each item counts the measure for itself (北京每万人口发明专利拥有量,
/// 广东PCT国际专利申请), not the name alone; and a name holding a bracket of its own (联想(北京)有限公司(1454件)) is the
/// whole name, not what follows its inner bracket.
enum BracketedLists {
    /// The vocabulary, from contexts.yaml: `cuts` (bracket_list_cuts) are the words where a ranking or a class opens
    /// after the measure (排名, 超过); `leading` (bracket_list_leading) the scope words before the measure (我国);
    /// `openers` (bracket_list_openers) the words that open a list (依次为) and are no part of its first name.
    struct Words: Sendable {
        let cuts: [String]
        let leading: [String]
        let openers: [String]
        init(cuts: [String], leading: [String], openers: [String]) {
            self.cuts = cuts
            // Longest first: 依次为 before 为.
            self.leading = leading.sorted { $0.count > $1.count }
            self.openers = openers.sorted { $0.count > $1.count }
        }
    }

    /// Lists of three or more bracketed figures in a row: each takes its own name and the measure of the words before
    /// the list, when those words hold a cut. (The first test — a bracket right before the number — is one scalar per
    /// figure: most texts hold no such figure.)
    static func apply(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !words.cuts.isEmpty else { return }
        let t = text.t
        var k = 0
        while k < figures.count {
            // (The bracket before the number first, read through the array in place: isBracketed took a copy of each
            // figure, its strings retained and released, for a test most figures fail on one scalar.)
            let n = figures[k].numberStart
            guard n >= 1, t[n - 1] == 0x28, isBracketed(figures[k], t) else { k += 1; continue }
            var j = k + 1
            while j < figures.count, isBracketed(figures[j], t), joinerEnd(figures[j - 1], figures[j], t) != nil { j += 1 }
            if j - k >= 3 { distribute(&figures, k..<j, text: text, words: words) }
            k = j
        }
    }

    /// A quantity alone in brackets right after a Han letter: 北京(94.5件). The bracket closes after its unit — or the
    /// line or text ends there (a page store cut the list: 湖北(0.13万).
    static func isBracketed(_ f: Figure, _ t: [UInt32]) -> Bool {
        let n = f.numberStart
        guard f.kind.isQuantity, n >= 2, t[n - 1] == 0x28, t[n - 2] >= 0x4E00, t[n - 2] <= 0x9FFF else { return false }
        var u = f.unitEnd
        while u < t.count, t[u] == 0x20 { u += 1 }
        return u == t.count || t[u] == 0x29 || t[u] == 0x0A
    }

    /// Where the name of the item `b` starts when it follows the item `a` in one list: after `a`'s closing bracket
    /// comes a 、, 和 or 及 and then words with no clause mark (brackets of their own allowed: 联想(北京)有限公司).
    static func joinerEnd(_ a: Figure, _ b: Figure, _ t: [UInt32]) -> Int? {
        var p = a.unitEnd
        while p < b.numberStart, t[p] == 0x20 { p += 1 }
        guard p + 2 < b.numberStart, t[p] == 0x29 else { return nil }
        let j = t[p + 1]
        guard j == 0x3001 || j == 0x548C || j == 0x53CA else { return nil }
        for q in (p + 2)..<(b.numberStart - 1) where ListDistribution.isCommaClauseEnd(t[q]) || t[q] == 0x3001 {
            return nil
        }
        return p + 2
    }

    static func distribute(_ figures: inout [Figure], _ items: Range<Int>, text: DocText, words: Words) {
        let t = text.t
        let first = items.lowerBound
        let s = text.sentenceStart(before: figures[first].numberStart)
        // The words before the first bracket: the list's opener (依次为) ends what names the list and starts the first
        // name; with none, the first name starts after the last clause mark.
        let full = text.stringWithoutWhitespace(s..<(figures[first].numberStart - 1))
        var intro = Substring(full), firstName = Substring("")
        if let r = words.openers.compactMap({ full.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) {
            intro = full[..<r.lowerBound]
            firstName = full[r.upperBound...].drop { $0 == ":" || $0 == "：" }
        } else if let mark = full.lastIndex(where: { "，,；;：:、".contains($0) }) {
            intro = full[..<mark]
            firstName = full[full.index(after: mark)...]
        }
        guard !firstName.isEmpty, firstName.count <= 24, let measure = measure(String(intro), words: words) else { return }
        for i in items {
            let name: String
            if i == first {
                name = String(firstName)
            } else {
                guard let start = joinerEnd(figures[i - 1], figures[i], t) else { return }
                name = text.stringWithoutWhitespace(start..<(figures[i].numberStart - 1))
            }
            guard !name.isEmpty else { continue }
            figures[i].subject = LiteralSearch.contains(name, measure) ? name : name + measure
        }
    }

    /// The measure the words before a list name: up to the first cut (排名, 超过), from the last clause mark before it,
    /// past the scope words (我国). Nil when no cut stands there, or the measure is shorter than two letters, longer
    /// than sixteen or holds a digit (an Arabic one: 每万人口 is a name).
    static func measure(_ intro: String, words: Words) -> String? {
        var cut: String.Index? = nil
        for w in words.cuts {
            if let r = intro.range(of: w), cut == nil || r.lowerBound < cut! { cut = r.lowerBound }
        }
        guard let cut else { return nil }
        var m = Substring(intro[..<cut])
        if let mark = m.lastIndex(where: { "，,；;：:。".contains($0) }) { m = m[m.index(after: mark)...] }
        var trimmed = true
        while trimmed {
            trimmed = false
            for w in words.leading where m.count > w.count + 1 && m.hasPrefix(w) {
                m = m.dropFirst(w.count)
                trimmed = true
                break
            }
        }
        guard m.count >= 2, m.count <= 16, !m.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }) else { return nil }
        return String(m)
    }
}
