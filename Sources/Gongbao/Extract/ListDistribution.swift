/// Gives each figure after 分别 its own item of the list before it.
///
/// 其他用品及服务、教育文化娱乐价格分别上涨3.8%和1.8% → 其他用品及服务价格 3.8%, 教育文化娱乐价格 1.8%.
/// A head noun written once on the last item (价格; contexts.yaml list_heads) is shared by all items.
enum ListDistribution {

    /// The items before 分别: the text split at 、, without whitespace and a leading 其中 (其中城市、农村 → 城市, 农村).
    static func items(_ r: Range<Int>, text: DocText) -> [String] {
        guard text.isSimple(r) else {
            return text.string(r).split(separator: "、").map { item -> String in
                var s = String(item).filter { !$0.isWhitespace }
                if s.hasPrefix("其中") { s.removeFirst(2) }
                return s
            }
        }
        // Simple text: every scalar is a Character, so the split, the filter and the prefix work on scalars.
        // (split drops empty pieces; an item of whitespace only stays, as an empty string.)
        let t = text.t
        var out: [String] = []
        var a = r.lowerBound
        while a < r.upperBound {
            var e = a
            while e < r.upperBound, t[e] != 0x3001 { e += 1 }
            if e > a {
                var lo = a
                // 其中 first (after whitespace, which the filter removes first).
                var p = lo
                while p < e, DocText.isWhitespaceScalar(t[p]) { p += 1 }
                var q = p + 1
                while q < e, DocText.isWhitespaceScalar(t[q]) { q += 1 }
                if q < e, t[p] == 0x5176, t[q] == 0x4E2D { lo = q + 1 }
                out.append(text.stringWithoutWhitespace(lo..<e))
            }
            a = e + 1
        }
        return out
    }

    /// 与去年同期相比, 較上年同期, 比去年: a clause that only says what a change is compared with (opens with 与/较/比 and
    /// closes with 相比 or a period), at most nine letters — the figures' subjects stand before it.
    static func isComparisonOnly(_ s: String) -> Bool {
        let n = SimpleText.count(s)
        guard n >= 3, n <= 9, let first = s.unicodeScalars.first,
              [0x4E0E, 0x8207, 0x8F83, 0x8F03, 0x6BD4].contains(first.value) else { return false }
        return ["相比", "相較", "相较", "同期", "上年", "去年", "上月"].contains { LiteralSearch.hasSuffix(s, $0) }
    }

    /// The last 分 of 分别 at or before `start - 2` (so 别 stands before `start`).
    static func lastFenbie(_ fenbie: [Int], before start: Int) -> Int? {
        var lo = 0, hi = fenbie.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if fenbie[mid] <= start - 2 { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? fenbie[lo - 1] : nil
    }

    /// Back from `start` to the last ，。；：！？ or line break: every such scalar ends a clause, so the walk hops
    /// from clause start to clause start over the other clause ends (、 and brackets).
    static func commaClauseStart(before start: Int, text: DocText) -> Int {
        var cs = text.clauseStart(before: start)
        while cs > 0, !isCommaClauseEnd(text.t[cs - 1]) { cs = text.clauseStart(before: cs - 1) }
        return cs
    }

    static func isCommaClauseEnd(_ s: UInt32) -> Bool {
        s == 0x2C || s == 0x3002 || s == 0x3B || s == 0x0A || s == 0x3A || s == 0x21 || s == 0x3F
    }

    /// `heads`: the shared head nouns, longest first (so 在校学生 wins over 学生).
    /// `leading`: scope and plan words dropped from the front of the first item (全年粮食 → 粮食, 确保肉 → 肉).
    static func apply(_ figures: inout [Figure], text: DocText, fenbie: [Int]? = nil, heads: [String] = [],
                      leading: [ScalarTrie] = [], predicates: [String] = [], rateEnds: [UInt32] = []) {
        apply(&figures, text: text, fenbie: fenbie, headSuffixes: heads.map(SimpleText.Suffix.init), leading: leading,
              predicates: predicates, rateEnds: rateEnds)
    }

    /// The words between 分别 and a share it distributes when they open with 占 (占全市的 → 占全市), else "": what the
    /// figures are shares of.
    static func sharePredicate(from lo: Int, to hi: Int, text: DocText) -> String {
        let t = text.t
        guard lo < hi, hi - lo <= 10, t[lo] == 0x5360, !(lo..<hi).contains(where: { text.isDigit($0) }) else { return "" }
        var e = hi
        while e > lo, t[e - 1] == 0x7684 || t[e - 1] == 0x20 { e -= 1 }   // 的
        return e - lo >= 2 ? text.compactString(lo..<e) : ""
    }

    /// `apply` with the heads prepared as suffixes once per Extractor (they were prepared again for every text
    /// with a list).
    static func apply(_ figures: inout [Figure], text: DocText, fenbie: [Int]? = nil, headSuffixes: [SimpleText.Suffix],
                      leading: [ScalarTrie] = [], predicates: [String] = [], rateEnds: [UInt32] = [],
                      frameOpeners: [String] = [], frameNotVerbs: [String] = [], frameLeadEnds: [String] = []) {
        let t = text.t
        // Where 分别 stands, ascending (most texts have none: then nothing is distributed) — and 依次, which shares out
        // a list the same way (小学、初中、高中在校生依次为12.3万人、6.5万人和4.1万人), looked for only just before a
        // figure (依次为, 依次增长: a rare word is not worth a pass over the text).
        var fenbie = fenbie ?? text.wordStarts((0x5206, 0x522B), (0x5206, 0x522B)).0
        let yici = yiciStarts(figures, text: text)
        if !yici.isEmpty { fenbie = Array(Set(fenbie + yici)).sorted() }
        guard !fenbie.isEmpty else { return }
        // The names of the last list shared out (its head taken off) and where its clause ends: a later 分别 clause of
        // the sentence that names one thing gives it to each of them.
        var previous: (names: [String], end: Int)? = nil
        var k = 0
        while k < figures.count {
            let start = figures[k].numberStart
            // 分别 between the clause start and this figure (the last one before it), with no figure between it and
            // this one.
            guard let f = lastFenbie(fenbie, before: start) else { k += 1; continue }
            // (The figure before first: after the first 分别 of a text every figure has one somewhere before it,
            // and for most of them a figure stands between.)
            guard k == 0 || figures[k - 1].span.upperBound <= f else { k += 1; continue }
            let cs = commaClauseStart(before: start, text: text)
            guard f >= cs else { k += 1; continue }
            var ce = start
            while ce < t.count, !isCommaClauseEnd(t[ce]) { ce += 1 }
            // 分别进口29.8亿、16.2亿,12.9亿元: a comma right between two figures of a 、-list is a 、 typed as a comma.
            while ce + 1 < t.count, t[ce] == 0x2C || t[ce] == 0xFF0C, text.isDigit(ce + 1),
                  let before = (k..<min(figures.count, k + 16)).first(where: { figures[$0].unitEnd == ce }), figures[before].numberStart > 0,
                  t[figures[before].numberStart - 1] == 0x3001 {
                ce += 1
                while ce < t.count, !isCommaClauseEnd(t[ce]) { ce += 1 }
            }
            var group: [Int] = []
            var j = k
            while j < figures.count, figures[j].numberStart < ce {
                if figures[j].kind.isQuantity { group.append(j) }
                j += 1
            }
            // (One figure has nothing to share out.)
            guard group.count >= 2 else { k = max(j, k + 1); continue }
            var first = cs
            // 2007年中、高等职业教育在校生分别达到…: a date read as a figure before the list is no part of its first item.
            var d = k - 1
            while d >= 0, figures[d].span.upperBound > cs {
                if figures[d].span.upperBound <= f {
                    // (Only a date: 第一、二、三产业 are the items themselves.)
                    if figures[d].kind == .date { first = figures[d].span.upperBound }
                    break
                }
                d -= 1
            }
            if !leading.isEmpty {
                // (Only up to the first 、: the first item keeps at least one character.)
                var e = cs
                while e < f, t[e] != 0x3001 { e += 1 }
                var moved = true
                while moved {
                    moved = false
                    for trie in leading {
                        if let m = trie.longestMatch(t, at: first), first + m.length < e { first += m.length; moved = true }
                    }
                }
            }
            var items = self.items(first..<f, text: text)
            // (中国香港地区及日本: the last two items may be joined by 及 as by 和; one item short says they are.)
            if items.count != group.count, items.count + 1 == group.count, let last = items.last,
               let joiner = ["和", "及"].first(where: { LiteralSearch.contains(last, $0) }) {
                let parts = last.split(separator: Character(joiner), maxSplits: 1).map(String.init)
                items.removeLast()
                items += parts
            }
            // 一二三产增加值分别增长4%、7%和6%: one item opening with as many numerals in a row as there are figures
            // is that many items written short (一产增加值, 二产增加值, 三产增加值).
            if items.count == 1, let run = numeralRun(items[0], count: group.count) { items = run }
            // 接待游客3200万人次，实现旅游收入280亿元，分别增长12%和15%: nothing named before 分别; the figures
            // before it in the sentence, one each, are what grew.
            // (与去年同期相比分别下降21.3%、17.7%: a comparison alone before 分别 names nothing either.)
            if group.count >= 2, items.count <= 1,
               SimpleText.count(items.first ?? "") <= 4 || isComparisonOnly(items.first ?? ""),
               !LiteralSearch.contains(items.first ?? "", "和"), !LiteralSearch.contains(items.first ?? "", "及") {
                let sentence = text.sentenceStart(before: start)
                var earlier: [Int] = []
                var e = k - 1
                while e >= 0, figures[e].span.lowerBound >= sentence, earlier.count < group.count {
                    if figures[e].kind.isQuantity, figures[e].direction == nil, !figures[e].subject.isEmpty { earlier.insert(e, at: 0) }
                    e -= 1
                }
                if earlier.count == group.count, Set(earlier.map { figures[$0].subject }).count == group.count,
                   earlier.allSatisfy({ figures[$0].span.upperBound <= cs }) {
                    // 国家级人才7人、省级人才42人，分别占全市的15%和21%: shares of a whole keep what they are shares of.
                    let share = sharePredicate(from: f + 2, to: start, text: text)
                    for (n, idx) in group.enumerated() { figures[idx].subject = figures[earlier[n]].subject + share }
                    k = max(j, k + 1)
                    continue
                }
            }
            // 邮政业、…、水利管理业营业收入为负增长，同比分别下降30.4%、4.2%、72.0%: the list stands in the clause before,
            // up to its predicate.
            if items.count <= 1, SimpleText.count(items.first ?? "") <= 4, cs >= 2, t[cs - 1] == 0x2C || t[cs - 1] == 0xFF0C,
               let listed = listBefore(cs - 1, count: group.count, text: text, predicates: predicates) {
                items = listed
            }
            items = expandingNumberedItems(items)
            // …日用品类商品零售额同比分别增长…: a predicate word of two letters or more ending the last item is no part
            // of the noun it shares out.
            // (Compared as bytes: a Character suffix test per word and list was 1% of a plain-text run.)
            if var last = items.last {
                for word in predicates where LiteralSearch.hasSuffix(last, word) {
                    let n = SimpleText.count(word)
                    guard n >= 2, SimpleText.count(last) > n + 1 else { continue }
                    last.unicodeScalars.removeLast(word.unicodeScalars.count)
                    items[items.count - 1] = last
                    break
                }
            }
            // 甲县、乙市年平均气温分别为…，上年平均值分别为…；年平均降水量分别为…: a 分别 clause naming one thing (its words
            // as written, 上年 kept), after a list shared out over as many figures in the same sentence, names that thing
            // of each of the list's names (甲县上年平均值, 乙市上年平均值).
            // (Not when the clause before shared its list with these figures already: 城镇、农村居民人均可支配收入分别为…，
            // 扣除价格因素分别增长5%、6% are the incomes' growth.)
            if items.count == 1, let prev = previous, prev.names.count == group.count, prev.end <= cs,
               sameSentence(prev.end..<cs, text: text),
               !group.contains(where: { idx in prev.names.contains { LiteralSearch.hasPrefix(figures[idx].subject, $0) } }) {
                let own = text.stringWithoutWhitespace(cs..<f)
                if SimpleText.count(own) >= 2, !LiteralSearch.contains(own, "、") {
                    let named = prev.names.map { $0 + own }
                    for (n, idx) in group.enumerated() { figures[idx].subject = named[n] }
                    sharedWithNextClause(&figures, from: j, after: ce, subjects: named, text: text)
                    previous = (prev.names, ce)
                    k = max(j, k + 1)
                    continue
                }
            }
            if group.count >= 2, items.count == group.count, items.allSatisfy({ !$0.isEmpty }) {
                // (The opener tested first, as bytes: most lists open with none, and the test ran for every list.)
                if !frameOpeners.isEmpty, let opener = frameOpener(items[0], openers: frameOpeners, leadEnds: frameLeadEnds),
                   let framed = framed(items, opener: opener, verb: (f + 2)..<figures[group[0]].numberStart, text: text,
                                       notVerbs: frameNotVerbs, predicates: predicates) {
                    for (n, idx) in group.enumerated() { figures[idx].subject = framed[n] }
                    sharedWithNextClause(&figures, from: j, after: ce, subjects: framed, text: text)
                    k = max(j, k + 1)
                    continue
                }
                // (The heads as suffixes prepared once: a Character walk of every head against the last item was
                // most of this pass.)
                let head = headSuffixes.first { $0.isSuffix(of: items.last!) }
                let parallel = parallelHead(items, rateEnds: rateEnds)
                for (n, idx) in group.enumerated() {
                    var s = items[n]
                    if let parallel, n < items.count - 1 {
                        s += parallel
                    } else if let head, !head.isSuffix(of: s) {
                        s += head.string
                    }
                    figures[idx].subject = s
                }
                // The names without the shared head, for a later clause of the sentence.
                var names = items
                if let parallel, LiteralSearch.hasSuffix(items.last!, parallel) {
                    names[names.count - 1].unicodeScalars.removeLast(parallel.unicodeScalars.count)
                } else if let head, head.isSuffix(of: items.last!) {
                    names[names.count - 1].unicodeScalars.removeLast(head.string.unicodeScalars.count)
                }
                previous = names.allSatisfy({ !$0.isEmpty }) ? (names, ce) : nil
                // 城镇和农村居民人均消费支出分别为28000元和15000元，增长4.5%和6.8%: the next clause's figures, as many and
                // naming nothing of their own, follow the same list.
                sharedWithNextClause(&figures, from: j, after: ce, subjects: group.map { figures[$0].subject }, text: text)
            }
            k = max(j, k + 1)
        }
    }

    /// Whether `r` (between two clauses) holds no sentence end — 。！？ or a line break — within 200 scalars.
    static func sameSentence(_ r: Range<Int>, text: DocText) -> Bool {
        guard r.count <= 200 else { return false }
        let t = text.t
        for i in r where t[i] == 0x3002 || t[i] == 0x0A || t[i] == 0x21 || t[i] == 0x3F { return false }
        return true
    }

    /// The opener a list's first item opens with — or holds right after a period or a place (前三季度对日本, 我市对东盟:
    /// what is before it ends in one of `leadEnds`, contexts.yaml list_frame_lead_ends) — with that lead: (lead, opener).
    /// (The first scalar tested first: most lists open with no opener and no lead.)
    static func frameOpener(_ first: String, openers: [String], leadEnds: [String]) -> (lead: Int, opener: String)? {
        if let o = openers.first(where: { LiteralSearch.hasPrefix(first, $0) }) { return (0, o) }
        // (Whether the item holds an opener at all, as bytes, before it is copied: most lists hold none.)
        guard !leadEnds.isEmpty, openers.contains(where: { LiteralSearch.contains(first, $0) }) else { return nil }
        let scalars = Array(first.unicodeScalars)
        guard scalars.count <= 12 else { return nil }
        for o in openers {
            let os = Array(o.unicodeScalars)
            guard let c = os.first else { continue }
            for i in 1..<scalars.count where scalars[i] == c && i + os.count <= scalars.count
                && Array(scalars[i..<(i + os.count)]) == os {
                let lead = String(String.UnicodeScalarView(scalars[..<i]))
                if leadEnds.contains(where: { SimpleText.hasSuffix(lead, $0) }) { return (i, o) }
            }
        }
        return nil
    }

    /// 对欧盟、美国分别进出口769.6亿元、721.9亿元: a list opened by a preposition (`openers`: contexts.yaml
    /// list_frame_openers) whose verb stands between 分别 and the figures — two to four Han letters, none of `notVerbs`
    /// (a predicate: 分别达到, 分别为) — is a list of objects of one frame: each item is the preposition, the item and the
    /// verb (对欧盟进出口, 对美国进出口). Nil when the list is not of that shape.
    /// (`opener`: the one of list_frame_openers the first item opens with, after `lead` scalars of a period or place;
    /// `predicates`: list_predicates, also no verb.)
    static func framed(_ items: [String], opener found: (lead: Int, opener: String), verb r: Range<Int>, text: DocText,
                       notVerbs: [String], predicates: [String]) -> [String]? {
        let opener = found.opener
        guard var first = items.first, r.count >= 2, r.count <= 4 else { return nil }
        if found.lead > 0 { first = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(found.lead))) }
        guard SimpleText.count(first) > SimpleText.count(opener) + 1 else { return nil }
        var items = items
        items[0] = first
        let t = text.t
        guard r.allSatisfy({ t[$0] >= 0x4E00 && t[$0] <= 0x9FFF }) else { return nil }
        let verb = text.string(r)
        guard !notVerbs.contains(where: { SimpleText.hasPrefix(verb, $0) }),
              !predicates.contains(where: { SimpleText.hasPrefix(verb, $0) }) else { return nil }
        return items.map { (SimpleText.hasPrefix($0, opener) ? $0 : opener + $0) + verb }
    }

    /// Where 依次 stands up to six scalars before a figure (依次为, 依次是, 依次增长), ascending.
    static func yiciStarts(_ figures: [Figure], text: DocText) -> [Int] {
        var out: [Int] = []
        // (Through the buffers: the array reads were checked and the figures' read one by one.)
        text.t.withUnsafeBufferPointer { t in
            figures.withUnsafeBufferPointer { figures in
                for k in figures.indices {
                    let s = figures[k].numberStart
                    var p = max(0, s - 6)
                    while p + 1 < s {
                        if t[p] == 0x4F9D, t[p + 1] == 0x6B21, out.last != p { out.append(p) }
                        p += 1
                    }
                }
            }
        }
        return out
    }

    /// The figures of the clause after `end` (up to the next clause end), when they are exactly as many as
    /// `subjects`, share one unit, and name nothing of their own (增长4.5%和6.8%), take `subjects` in order.
    static func sharedWithNextClause(_ figures: inout [Figure], from j: Int, after end: Int, subjects: [String],
                                     text: DocText) {
        let t = text.t
        guard end < t.count, t[end] == 0x2C || t[end] == 0xFF0C else { return }
        var ce = end + 1
        while ce < t.count, !isCommaClauseEnd(t[ce]) { ce += 1 }
        var next: [Int] = []
        var m = j
        while m < figures.count, figures[m].numberStart < ce {
            guard figures[m].kind.isQuantity else { return }
            next.append(m)
            m += 1
        }
        guard next.count == subjects.count, next.count >= 2,
              next.allSatisfy({ figures[$0].subject.isEmpty && LiteralSearch.equals(figures[$0].unit, figures[next[0]].unit) })
        else { return }
        for (n, idx) in next.enumerated() { figures[idx].subject = subjects[n] }
    }

    /// 城镇和农村居民人均消费支出分别为… : items written before the last all as long as the word the last one opens
    /// with (城镇 and 农村) share the rest of the last item (居民人均消费支出) — the head that list_heads may know only in
    /// part (支出). Where the items are longer, the last one's own name is found by how the items before it end
    /// (县人民医院、县中医院门急诊人次: 院 → 门急诊人次; 邮政业、水利管理业营业收入: 业 → 营业收入), or, for items of three
    /// or four letters alike in length, the rest is taken when it names a rate or an amount (高血压、糖尿病患者规范管理率
    /// → 患者规范管理率; `rateEnds`: contexts.yaml list_head_ends). Nil when none of these holds.
    static func parallelHead(_ items: [String], rateEnds: [UInt32] = []) -> String? {
        guard items.count >= 2, let last = items.last else { return nil }
        let earlier = items.dropLast()
        let n = SimpleText.count(items[0])
        let lastScalars = Array(last.unicodeScalars)
        // (化妆品类、家用电器和音像器材类: the last item is two items joined, no head after a word.)
        func head(from m: Int) -> String? {
            guard m >= 1, lastScalars.count - m >= 2,
                  !lastScalars[m...].contains(where: { $0 == "和" || $0 == "及" || $0 == "与" || $0 == "或" }) else { return nil }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: lastScalars[m...])
            return String(rest)
        }
        let sameLength = n >= 1 && n <= 4 && earlier.allSatisfy({ SimpleText.count($0) == n })
        if sameLength, lastScalars.count >= n + 2 {
            // Past two letters the last item's first word may be longer (邮政业、电信业、水利管理业营业收入): the items
            // must end alike there (阿图什市、阿克陶县… do not: 市 and 县 differ; 邮政业 and 水利管 neither).
            if n <= 2 || earlier.allSatisfy({ $0.unicodeScalars.last == lastScalars[n - 1] }) { return head(from: n) }
        }
        // The items before the last all end in one letter, which ends the last item's own name too.
        if let mark = items[0].unicodeScalars.last, earlier.allSatisfy({ $0.unicodeScalars.last == mark }),
           let m = lastScalars.dropLast(2).firstIndex(of: mark), let h = head(from: m + 1) {
            return h
        }
        if sameLength, n >= 3, lastScalars.count >= n + 3, let e = lastScalars.last?.value, rateEnds.contains(e) {
            return head(from: n)
        }
        return nil
    }

    /// 一二三产增加值, 一二三线城市: an item opening with `count` (two or more) numerals from 一 to 九 written in a row, each
    /// one more than the one before, then a noun (no third numeral, no 、) → one item per numeral with the noun (一产增加值,
    /// 二产增加值, 三产增加值). Nil for any other item.
    static func numeralRun(_ item: String, count: Int) -> [String]? {
        // (The first scalar tested before the item is copied: most single items open with no numeral.)
        guard let f = item.unicodeScalars.first, ChineseNumeral.digit(f.value) != nil else { return nil }
        let scalars = Array(item.unicodeScalars)
        guard count >= 2, scalars.count >= count + 1 else { return nil }
        var digits: [Int] = []
        for c in scalars.prefix(count) {
            guard let d = ChineseNumeral.digit(c.value), d >= 1, d <= 9, digits.last.map({ d == $0 + 1 }) ?? true
            else { return nil }
            digits.append(d)
        }
        let rest = scalars[count...]
        guard let next = rest.first, ChineseNumeral.digit(next.value) == nil, next != "十", next != "、",
              next.value >= 0x4E00, next.value <= 0x9FFF else { return nil }
        let noun = String(String.UnicodeScalarView(rest))
        return scalars.prefix(count).map { String($0) + noun }
    }

    /// 第一、二、三产业增加值比重 (numbered items written short: only the last carries the noun) → 第一产业增加值比重,
    /// 第二产业增加值比重, 第三产业增加值比重; also 一、二、三产业 and 第一、第二、第三产业. Items are returned as they came
    /// when the list is not of that shape.
    static func expandingNumberedItems(_ items: [String]) -> [String] {
        guard items.count >= 2, let last = items.last else { return items }
        /// (第?, the numeral, the rest) of an item.
        func split(_ item: String) -> (Bool, String, String)? {
            var scalars = Substring(item).unicodeScalars[...]
            let ordinal = scalars.first == "第"
            if ordinal { scalars = scalars.dropFirst() }
            let digits = scalars.prefix { ChineseNumeral.digit($0.value) != nil || $0 == "十" }
            guard !digits.isEmpty, digits.count <= 2 else { return nil }
            return (ordinal, String(String.UnicodeScalarView(digits)),
                    String(String.UnicodeScalarView(scalars.dropFirst(digits.count))))
        }
        guard let (lastOrdinal, lastNumeral, noun) = split(last), !noun.isEmpty else { return items }
        var heads: [(Bool, String)] = []
        for item in items.dropLast() {
            guard let (ordinal, numeral, rest) = split(item), rest.isEmpty else { return items }
            heads.append((ordinal, numeral))
        }
        heads.append((lastOrdinal, lastNumeral))
        let ordinal = heads[0].0
        return heads.map { (ordinal || $0.0 ? "第" : "") + $0.1 + noun }
    }

    /// The items of the clause ending at `end` when it is a list of `count` items (split at 、), the last cut where
    /// its predicate opens (水利管理业营业收入为负增长 → 水利管理业营业收入); nil otherwise.
    static func listBefore(_ end: Int, count: Int, text: DocText, predicates: [String]) -> [String]? {
        let start = commaClauseStart(before: end, text: text)
        guard start < end else { return nil }
        var items = self.items(start..<end, text: text)
        guard items.count == count, var last = items.popLast() else { return nil }
        var cut: String.Index? = nil
        for word in predicates {
            guard let r = last.range(of: word), last.distance(from: last.startIndex, to: r.lowerBound) >= 2 else { continue }
            if cut == nil || r.lowerBound < cut! { cut = r.lowerBound }
        }
        guard let cut else { return nil }
        last = String(last[..<cut])
        items.append(last)
        return items.allSatisfy { !$0.isEmpty && SimpleText.count($0) <= 24 } ? items : nil
    }
}
