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
    /// `totals`: a head followed by one of these (收入总计, 支出合计) is the total of every account, and stays.
    static func apply(_ figures: inout [Figure], text: DocText, heads: [String], verbs: [String], totals: [String] = []) {
        apply(&figures, text: text, heads: heads, verbs: LiteralSearch.WordSet(verbs), totals: totals)
    }

    /// `apply` with the verbs prepared once (for every document).
    static func apply(_ figures: inout [Figure], text: DocText, heads: [String], verbs: LiteralSearch.WordSet,
                      totals: [String] = []) {
        apply(&figures, text: text, heads: Heads(heads), verbs: verbs, totals: totals)
    }

    /// The elliptic heads (收入, 支出) as scalars, and the set of their first scalars, prepared once per Extractor:
    /// the set is tested against every subject.
    struct Heads {
        let words: [String]
        let scalars: [[UInt32]]
        /// The first scalars of the heads (the BMP only, as ScalarSet holds; no subject scalar outside it can be one).
        let firsts: ScalarSet
        /// The same first scalars as UTF-8 byte patterns, when they allow it (`ThreeBytePatterns`).
        let firstBytes: ThreeBytePatterns?

        /// The words of contexts.yaml account_levels as scalars (市级, 本级): see AccountHeadings.level.
        let levels: [[UInt32]]

        init(_ words: [String], levels: [String] = []) {
            self.words = words
            self.levels = levels.map { $0.unicodeScalars.map(\.value) }
            scalars = words.map { $0.unicodeScalars.map(\.value) }
            let firstScalars = scalars.compactMap { $0.first }.filter { $0 < 0x10000 }
            firsts = ScalarSet(firstScalars)
            firstBytes = ThreeBytePatterns(firstScalars)
        }

        /// `firsts.containsAny(inUTF8Of: s)`: does `s` hold a scalar that begins a head (收 or 支)?
        @inline(__always)
        func mayHoldHead(_ s: String) -> Bool {
            guard let firstBytes else { return firsts.containsAny(inUTF8Of: s) }
            return SimpleText.withBytes(s) { firstBytes.occurs(in: $0) }
        }
    }

    /// A few scalars of three UTF-8 bytes each (U+0800–U+FFFF: 收 is E6 94 B6, 支 E6 94 AF) found in UTF-8 as byte
    /// patterns, without decoding it: in well-formed UTF-8 a byte E0–EF always leads a scalar of three bytes, so three
    /// bytes equal to a pattern's are that scalar wherever they stand. Eight bytes at a time are searched for a last
    /// byte of the patterns (B6 or AF: one continuation byte in some sixty ends a pattern, where a lead E6 starts one
    /// ideograph in six), and only those places compared; the last one to seven bytes with the eight ending the text.
    /// Why: `ScalarSet.containsAny(inUTF8Of:)` decoded every scalar of every subject (200 instructions a subject).
    struct ThreeBytePatterns: Sendable {
        /// Each scalar's bytes, the lead in the low byte (one to four; the first repeated to fill four).
        let p0, p1, p2, p3: UInt32
        /// Each distinct last byte repeated in every byte of a word (the first repeated when there is one).
        let last0, last1: UInt64

        /// Nil unless there are one to four scalars, every one of three bytes, with at most two distinct last bytes.
        init?(_ scalars: [UInt32]) {
            let set = Array(Set(scalars)).sorted()
            guard !set.isEmpty, set.count <= 4,
                  set.allSatisfy({ $0 >= 0x800 && $0 <= 0xFFFF && !(0xD800...0xDFFF).contains($0) })
            else { return nil }
            let patterns = set.map { s in
                UInt32(0xE0 | (s >> 12)) | (UInt32(0x80 | ((s >> 6) & 0x3F)) << 8) | (UInt32(0x80 | (s & 0x3F)) << 16)
            }
            let lasts = Array(Set(patterns.map { UInt8(truncatingIfNeeded: $0 >> 16) })).sorted()
            guard lasts.count <= 2 else { return nil }
            p0 = patterns[0]
            p1 = patterns[min(1, patterns.count - 1)]
            p2 = patterns[min(2, patterns.count - 1)]
            p3 = patterns[min(3, patterns.count - 1)]
            last0 = UInt64(lasts[0]) &* 0x0101_0101_0101_0101
            last1 = UInt64(lasts[lasts.count - 1]) &* 0x0101_0101_0101_0101
        }

        /// True when `b` (well-formed UTF-8: a String's bytes) holds one of the scalars.
        func occurs(in b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let p = b.baseAddress else { return false }
            let n = b.count
            /// The three bytes ending at `j` are a pattern.
            @inline(__always) func endsPattern(_ j: Int) -> Bool {
                guard j >= 2 else { return false }
                let v = UInt32(p[j &- 2]) | (UInt32(p[j &- 1]) << 8) | (UInt32(p[j]) << 16)
                return v == p0 || v == p1 || v == p2 || v == p3
            }
            /// 0x80 in each byte of `w` that is a last byte of a pattern, exactly (no borrow from a lower byte).
            @inline(__always) func lastBytes(_ w: UInt64) -> UInt64 {
                let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                let a = w ^ last0, b = w ^ last1
                return ~(((a & low) &+ low) | a | low) | ~(((b & low) &+ low) | b | low)
            }
            var i = 0
            while i &+ 8 <= n {
                var hits = lastBytes(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                while hits != 0 {
                    if endsPattern(i &+ hits.trailingZeroBitCount &>> 3) { return true }
                    hits &= hits &- 1
                }
                i &+= 8
            }
            let rest = n &- i
            guard rest > 0 else { return false }
            if n >= 8 {
                // The eight bytes ending the text, those before `i` (searched) masked off.
                let start = n &- 8
                var hits = lastBytes(UnsafeRawPointer(p + start).loadUnaligned(as: UInt64.self))
                    & (~0 &<< UInt64(8 &* (8 &- rest)))
                while hits != 0 {
                    if endsPattern(start &+ hits.trailingZeroBitCount &>> 3) { return true }
                    hits &= hits &- 1
                }
                return false
            }
            while i < n {
                if endsPattern(i) { return true }
                i &+= 1
            }
            return false
        }
    }

    /// `apply` with the heads and verbs prepared once.
    static func apply(_ figures: inout [Figure], text: DocText, heads prepared: Heads, verbs: LiteralSearch.WordSet,
                      totals: [String] = []) {
        apply(&figures, text: text, heads: prepared, verbs: verbs, totalScalars: totals.map { $0.unicodeScalars.map(\.value) })
    }

    /// `apply` with the totals as scalars too, prepared once per Extractor (not once per text).
    ///
    /// `qizhongs`: a part listed after 其中 names a kind of the account's income or spending (其中：税收收入…；非税收入
    /// 6.87亿元 under 一般公共预算收入), no account: its words before the head (非税) are never taken by a later 支出预算.
    ///
    /// `perUnit`: words of a per-unit amount (contexts.yaml intensive_markers). A subject holding one (农村居民人均消费支出)
    /// is a household average, no ledger: it names no account that a later 支出 is short for (全市支出医疗救助资金 in the
    /// next paragraph is money the city spent).
    static func apply(_ figures: inout [Figure], text: DocText, heads prepared: Heads, verbs: LiteralSearch.WordSet,
                      totalScalars: [[UInt32]], qizhongs: ExtractorSupport.QizhongIndex? = nil,
                      perUnit: LiteralSearch.WordList? = nil) {
        let heads = prepared.words
        guard !heads.isEmpty else { return }
        var lastSentence = -1
        // Index of the last figure that opened a sentence and names an account before a head, and that account.
        var account: (start: Int, prefix: String)? = nil
        // The level or area a sentence on this line named before its head (市级), and where.
        var level: (start: Int, word: String)? = nil
        let t = text.t
        let headScalars = prepared.scalars
        // The scalars of the subject at hand, in one buffer for the document (an array per subject was built through
        // the unicode scalars view).
        var u: [UInt32] = []
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = figures[k].subject
            // (The heads' first scalars searched as byte patterns in the UTF-8 bytes: iterating unicodeScalars and
            // searching a list was most of this pass, decoding each scalar for a bitmap half of what was left.)
            guard prepared.mayHoldHead(s) else {
                lastSentence = text.sentenceStart(before: figures[k].numberStart)
                continue
            }
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            let opens = sentence != lastSentence
            lastSentence = sentence
            if let a = account, figures[k].numberStart - a.start > reach { account = nil }
            // 1.一般公共预算。全市收入完成…: a numbered heading naming an account opens its paragraphs (AccountHeadings).
            if opens, let named = AccountHeadings.account(before: sentence, text: text) {
                account = (figures[k].numberStart, named)
                level = nil
            }
            // (A level holds for the rest of its line: 市级收入完成38.5亿元…。支出完成137.3亿元。)
            if let l = level, (l.start..<figures[k].numberStart).contains(where: { t[$0] == 0x0A }) { level = nil }
            // (With no account in reach and no sentence opened here, the subject neither takes an account nor names
            // one: its scalars are not needed.)
            guard account != nil || level != nil || opens else { continue }
            // 收入完成, 支出预算, 安排支出: a head first, or after a verb.
            SimpleText.scalars(of: s, into: &u)
            // 市级收入, 中心城区（含…）收入: whose account, not which (AccountHeadings.level).
            if let lv = AccountHeadings.level(u, headScalars, levels: prepared.levels),
               !totalScalars.contains(where: { u.dropFirst(lv.asideEnd + headScalars[lv.head].count).starts(with: $0) }) {
                let word = String(String.UnicodeScalarView(s.unicodeScalars.prefix(lv.length)))
                let rest = String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(lv.asideEnd)))
                level = (figures[k].numberStart, word)
                figures[k].subject = AccountHeadings.leveled(word, account?.prefix) + rest
                if lv.asideEnd > lv.length {
                    let aside = String(String.UnicodeScalarView(s.unicodeScalars.prefix(lv.asideEnd)))
                    figures[k].scope = figures[k].scope.map { $0 + "；" + aside } ?? aside
                }
                continue
            }
            var changed = false
            if account != nil || level != nil, let (h, offset) = leadingHead(u, headScalars),
               offset == 0 || verbs.contains(String(s.prefix(offset))),
               !(account?.prefix.hasSuffix(heads[h]) ?? false),
               !totalScalars.contains(where: { u.dropFirst(offset + headScalars[h].count).starts(with: $0) }) {
                figures[k].subject = AccountHeadings.leveled(level?.word ?? "", account?.prefix) + s.dropFirst(offset)
                // (A level's subject names no account: 市级一般公共预算 is no account of its own.)
                if level != nil { continue }
                changed = true
            }
            if opens, let p = changed ? namedAccount(figures[k].subject, heads) : namedAccount(u, headScalars, of: s),
               qizhongs?.qizhong(before: figures[k].numberStart, text: text) == nil {
                account = perUnit.map { !$0.words.isEmpty && $0.anyContained(in: p) } == true ? nil : (figures[k].numberStart, p)
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

    /// `leadingHead` on the scalars of a subject: the index of the head and its offset.
    static func leadingHead(_ u: [UInt32], _ heads: [[UInt32]]) -> (Int, Int)? {
        var offset = 0
        while offset < u.count, offset < 3 {
            for h in heads.indices where u[offset...].starts(with: heads[h]) { return (h, offset) }
            offset += 1
        }
        return nil
    }

    /// `namedAccount` on the scalars `u` of the subject `s`.
    static func namedAccount(_ u: [UInt32], _ heads: [[UInt32]], of s: String) -> String? {
        guard u.count >= 4 else { return nil }
        var idx = 2
        while idx < u.count - 1 {
            for h in heads where u[idx...].starts(with: h) { return String(s.unicodeScalars.prefix(idx)) }
            idx += 1
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
        inheritTopics(&figures, text: text, openers: Openers(openers, not: notOpeners))
    }

    /// The predicate openers (占比, 高于) and the words they must not open (占地), prepared once per Extractor.
    struct Openers {
        let openers: [String]
        let notOpeners: [String]
        let openerBytes: PrefixWords
        let notOpenerBytes: PrefixWords
        /// Every word of both lists is inert (compared as bytes with an inert subject).
        let listsInert: Bool
        /// First scalars of the openers, in the BMP as a bitmap, outside it as a list.
        let firsts: ScalarSet
        let otherFirsts: [UInt32]
        /// The Character count of each opener (compared with the topic's for every predicate clause).
        let openerCounts: [Int]

        init(_ openers: [String], not notOpeners: [String]) {
            self.openers = openers
            self.notOpeners = notOpeners
            openerBytes = PrefixWords(openers)
            notOpenerBytes = PrefixWords(notOpeners)
            listsInert = (openers + notOpeners).allSatisfy { w in var w = w; return w.withUTF8 { LiteralSearch.isInert($0) } }
            let all = openers.compactMap { $0.unicodeScalars.first?.value }
            firsts = ScalarSet(all)
            otherFirsts = all.filter { $0 >= 0x10000 }
            openerCounts = openers.map(\.count)
        }

        func isFirst(_ f: UInt32) -> Bool { f < 0x10000 ? firsts.contains(f) : otherFirsts.contains(f) }
    }

    /// Does `s` open with a predicate opener that no longer not-opener covers (占地区 opens one, 占地 none)? The plain
    /// reading of `inheritTopics`' test, for the few subjects asked outside it.
    static func opensWithPredicate(_ s: String, _ prepared: Openers) -> Bool {
        let opener = prepared.openers.lazy.filter { s.hasPrefix($0) }.map(\.count).max() ?? 0
        return opener > 0 && opener > (prepared.notOpeners.lazy.filter { s.hasPrefix($0) }.map(\.count).max() ?? 0)
    }

    /// `inheritTopics` with the word lists prepared once.
    static func inheritTopics(_ figures: inout [Figure], text: DocText, openers prepared: Openers) {
        let openers = prepared.openers, notOpeners = prepared.notOpeners
        guard !openers.isEmpty else { return }
        // Compared as bytes when the subject is inert (the word lists are CJK): this runs for every figure.
        let openerBytes = prepared.openerBytes, notOpenerBytes = prepared.notOpenerBytes
        let listsInert = prepared.listsInert
        // First scalars of the openers: a subject that opens with a simple scalar none of them opens with cannot
        // open with one (its first Character could equal an opener's only by being that scalar).
        func opensWithPredicate(_ s: String) -> Bool {
            if let f = SimpleText.firstScalar(s), DocText.isSimple(f), !prepared.isFirst(f) { return false }
            // The longest word decides: 占地 opens no predicate (占地500亩), 占地区 does (占地区生产总值比重).
            let answer: Bool? = SimpleText.withBytes(s) { b -> Bool? in
                guard listsInert, LiteralSearch.isInert(b) else { return nil }
                let opener = openerBytes.longestPrefix(of: b)
                return opener > 0 && opener > notOpenerBytes.longestPrefix(of: b)
            }
            if let answer { return answer }
            let opener = openers.lazy.filter { s.hasPrefix($0) }.map(\.count).max() ?? 0
            return opener > 0 && opener > (notOpeners.lazy.filter { s.hasPrefix($0) }.map(\.count).max() ?? 0)
        }
        // Topics are read from the subjects as found, not as rewritten here (…占比, then 贡献率: both take 采矿业).
        // (Only the rewritten ones are kept aside: copying every subject was most of this pass.)
        var original: [Int: String] = [:]
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = figures[k].subject
            guard opensWithPredicate(s) else { continue }
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            // 第一产业增加值20.3亿元，增长4.1%，对经济增长的贡献率12.0%，拉动经济增长0.6个百分点: a topic that is only the
            // complement of its own predicate (经济增长的贡献率, its 对 dropped: the head left ends in 的) is no topic — the
            // one before it is (第一产业增加值拉动经济). Without one, the complement serves, as before.
            var complement: String? = nil
            var found = false
            while j >= 0, figures[j].span.lowerBound >= sentence {
                // (Nor is a part's amount in brackets after the topic's: 支出87.4亿元（不含辽滨经开区22.2亿元），比上年预算
                // 增长9.9% compares the 87.4.)
                if PartBrackets.isAside(j, figures, t: text.t, before: figures[k].numberStart) { j -= 1; continue }
                let topic = original[j] ?? figures[j].subject
                // (A share or the base inside one is no topic: …为年初预算8亿元的105%，较上年增长6% is the topic's growth.)
                if figures[j].kind.isQuantity, !topic.isEmpty, !opensWithPredicate(topic),
                   !ShareBases.isShareOrBase(j, figures, text: text) {
                    // 这座大桥全长1.2公里，总投资4.5亿元: the topic is 这座大桥, without the head its own figure measured.
                    // (A one-letter opener ending a topic is no head: 零售额同比 keeps its 比.)
                    var head = topic
                    let length = SimpleText.count(head)
                    let counts = prepared.openerCounts
                    if let w = openers.indices.first(where: { counts[$0] > 1 && length > counts[$0]
                                                              && LiteralSearch.hasSuffix(head, openers[$0]) }) {
                        head = String(head.dropLast(counts[w]))
                        if LiteralSearch.hasSuffix(head, "的") {
                            if complement == nil { complement = head }
                            j -= 1
                            continue
                        }
                    }
                    if !LiteralSearch.hasPrefix(s, head) { original[k] = s; figures[k].subject = head + s }
                    found = true
                    break
                }
                j -= 1
            }
            if !found, let head = complement, !LiteralSearch.hasPrefix(s, head) {
                original[k] = s; figures[k].subject = head + s
            }
        }
    }

    /// Budget reports name funds by the verb that raised them and say what they are for after the figure: 统筹资金
    /// 41.1亿元，进一步提高城乡居民医保、基本公共卫生补助标准 → 提高城乡居民医保、基本公共卫生补助标准统筹资金.
    /// `generic`: such subjects (统筹资金, 筹措经费); `purposeVerbs`: words dropped before the purpose (用于, 支持).
    static func addPurposes(_ figures: inout [Figure], text: DocText, generic: [String], purposeVerbs: [String]) {
        addPurposes(&figures, text: text, generic: GenericFunds(generic), purposeVerbs: purposeVerbs)
    }

    /// The generic fund names (资金, 统筹资金) prepared once per Extractor: whether all are simple, and their bytes.
    struct GenericFunds: Sendable {
        let words: [String]
        let allSimple: Bool
        let bytes: PrefixWords

        init(_ words: [String]) {
            self.words = words
            allSimple = words.allSatisfy(SimpleText.isSimple)
            bytes = PrefixWords(words)
        }

        /// `words.contains { LiteralSearch.equals($0, s) }`. (A simple subject equals a simple word only byte for
        /// byte: compared as bytes, shortest test first.)
        func contains(_ s: String) -> Bool {
            guard allSimple, SimpleText.isSimple(s) else { return words.contains(where: { LiteralSearch.equals($0, s) }) }
            return SimpleText.withBytes(s) { bytes.contains($0) }
        }
    }

    /// `addPurposes` with the generic names prepared.
    static func addPurposes(_ figures: inout [Figure], text: DocText, generic: GenericFunds, purposeVerbs: [String]) {
        guard !generic.words.isEmpty else { return }
        let t = text.t
        for k in figures.indices where figures[k].kind == .money && !figures[k].fromTable {
            // (安排165274万元，支持提振消费: a bare verb of raising funds before the figure left no subject; with 资金 it
            // is a generic name — 安排资金 — and the purpose after the figure names the amount the same way.)
            var bare = false
            if figures[k].subject.isEmpty {
                let cs = text.clauseStart(before: figures[k].numberStart)
                guard figures[k].numberStart - cs >= 2, figures[k].numberStart - cs <= 4 else { continue }
                bare = generic.contains(text.stringWithoutWhitespace(cs..<figures[k].numberStart) + "资金")
                guard bare else { continue }
            } else {
                guard generic.contains(figures[k].subject) else { continue }
            }
            // The figure ends its clause: a comma, then the purpose up to the next comma or sentence end.
            var p = figures[k].span.upperBound
            while p < t.count, t[p] == 0x20 { p += 1 }
            guard p < t.count, t[p] == 0x2C else { continue }
            p += 1
            // (It ends before a digit too: 支持深入实施“锡心医养”…“332”行动 names its work before the number, and
            // 保障锡太高速公路、通江大道快速化改造、地铁4号线… its works. What is left must still be a phrase, longer
            // than a verb and its object: 落实资金27.3亿元，实施项目681个 says what the funds did, not what for.)
            var e = p
            while e < t.count, e - p < 30, !(t[e] == 0x2C || text.isSentenceEnd(t[e]) || text.isDigit(e)) { e += 1 }
            let cut = e < t.count && text.isDigit(e)
            var purpose = text.stringWithoutWhitespace(p..<e)
            var stripped = true
            while stripped {
                stripped = false
                for w in purposeVerbs where LiteralSearch.hasPrefix(purpose, w) && purpose.count > w.count + 1 {
                    purpose.removeFirst(w.count)
                    stripped = true
                }
            }
            guard purpose.count >= (cut ? 6 : 2), !purpose.contains(where: { $0.isNumber }) else { continue }
            figures[k].subject = purpose + figures[k].subject
        }
    }

    /// 中等职业教育学校招生3877人，在校生1.3万人，毕业生5399人: a short head in a later clause of the ；-sentence
    /// (在校生, 毕业生, 观众) belongs to what the first figure's subject names before its own head (中等职业教育学校).
    /// Not for 、-lists (博物馆201个、文化馆22个) nor 其中 parts (其中医院138个): those items name themselves; nor for
    /// `adverbs` (一直, 继续: contexts.yaml rate_adverbs and standing_adverbs), no head but AdverbSubjects' to fill.
    static func shortHeadsTakeTopic(_ figures: inout [Figure], text: DocText,
                                    qizhongs: ExtractorSupport.QizhongIndex? = nil,
                                    adverbs: LiteralSearch.WordSet? = nil) {
        let t = text.t
        let qizhongs = qizhongs ?? ExtractorSupport.QizhongIndex(text)
        var first = -1
        var sentence = -1
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = text.sentenceStart(before: figures[k].numberStart)
            if s != sentence { sentence = s; first = k; continue }
            // (The cheap tests first; the Character counts and tests through SimpleText.)
            guard figures[k].direction == nil else { continue }
            let cs = text.clauseStart(before: figures[k].numberStart)
            guard cs > 0, t[cs - 1] == 0x2C, LiteralSearch.equals(figures[k].unit, figures[first].unit) else { continue }
            let head = figures[first].subject
            let own = figures[k].subject
            // 加上调入中央预算稳定调节基金1000亿元，全国一般公共预算收支总量相抵，差额16200亿元: a clause with no figure
            // between names a topic of its own — the first figure's is not the short head's. A difference (差额) after
            // a clause that balances two sides (…相抵) is that balance's.
            let before = text.clauseStart(before: cs - 1)
            if figures[k - 1].unitEnd <= before {
                if LiteralSearch.equals(own, "差额"), cs - 1 - before >= 4, t[cs - 2] == 0x62B5, t[cs - 3] == 0x76F8 {
                    figures[k].subject = text.stringWithoutWhitespace(before..<(cs - 1)) + own
                }
                continue
            }
            let ownCount = SimpleText.count(own)
            // (A topic of four letters at least: 群众艺术馆8个，博物馆5个 are two kinds of one list, and 群众艺 no topic.)
            guard ownCount >= 2, ownCount <= 3, SimpleText.count(head) >= 6, !SimpleText.hasSuffix(head, own),
                  !SimpleText.containsAny(head, of: "()（）、")
            else { continue }
            guard qizhongs.qizhong(before: figures[k].numberStart, text: text) == nil else { continue }
            if let adverbs, adverbs.contains(own) { continue }
            let topic = head.dropLast(2)
            // (Not a noun read after the figure — 推动180家企业实现倍增: the object of its verb, no short head — nor one the
            // topic ends with already: 东莞倍增企业数量… gave 东莞倍增企业企业.)
            guard !topic.hasSuffix(own), !text.matches(own, at: figures[k].unitEnd) else { continue }
            if !own.hasPrefix(topic) { figures[k].subject = topic + own }
        }
    }
}

extension EllipticSubjects {
    /// 对月销售额不超过3万元（按季9万元）的小规模纳税人: a figure in a bracket that opens right after another figure with a
    /// restating word (按季, 折合, 含) counts the same thing — its subject is the figure before's (its own words were
    /// only 按季), with the basis when it has one (月销售额（按季）), and after a bound the bound too (at most 9万元).
    static func restatements(_ figures: inout [Figure], text: DocText, restate: [String], bounds: [String]) {
        guard !restate.isEmpty || !bounds.isEmpty else { return }
        let t = text.t
        // (The figure before is read field by field: copying it out, once per figure, retained and released its
        // strings and was most of this pass.)
        for k in figures.indices.dropFirst() where figures[k].kind.isQuantity && !figures[k].fromTable {
            guard figures[k - 1].kind == figures[k].kind, !figures[k - 1].subject.isEmpty else { continue }
            // The bracket opens right after the figure before (spaces aside), and its words up to the number are a
            // restating word, nothing else.
            var p = figures[k - 1].unitEnd
            while p < figures[k].numberStart, SubjectFinder.isDropped(t[p]) { p += 1 }
            guard p < figures[k].numberStart, t[p] == 0xFF08 || t[p] == 0x28 else { continue }
            let word = text.stringWithoutWhitespace((p + 1)..<figures[k].numberStart)
            let keepsBound = bounds.contains(word)
            guard keepsBound || restate.contains(word) else { continue }
            // (按季9万元 is not 月销售额 3万元 stated again: the basis stays in its name, 月销售额（按季）.)
            let subject = figures[k - 1].subject
            figures[k].subject = keepsBound ? subject + "（" + word + "）" : subject
            if keepsBound, figures[k].qualifiers.isEmpty {
                let qualifiers = figures[k - 1].qualifiers
                for q in qualifiers where q == .atMost || q == .moreThan { figures[k].qualifiers.append(q) }
            }
        }
    }
}

/// Words as UTF-8 bytes in one buffer, for the longest one a string starts with (the predicate openers 占比, 高于 and
/// the words they must not open, 占地), asked of every subject.
///
/// Why: as `[[UInt8]]` each word was retained and released as it was read, and a lazy filter over them took a
/// closure context per call; one buffer and its word ends are read in place. Example: 占地区生产总值比重 starts with
/// 占 (3 bytes) and 占地区 (9 bytes): 9.
struct PrefixWords: Sendable {
    /// The words' bytes one after another.
    let bytes: [UInt8]
    /// Where each word ends in `bytes` (word k is `ends[k - 1]..<ends[k]`, the first from 0).
    let ends: [Int]

    init(_ words: [String]) {
        var bytes: [UInt8] = [], ends: [Int] = []
        for w in words {
            bytes.append(contentsOf: w.utf8)
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// True when `b` is one of the words, byte for byte.
    func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { w in
            ends.withUnsafeBufferPointer { ends in
                var start = 0
                for end in ends {
                    if end - start == b.count {
                        var k = 0
                        while k < b.count, b[k] == w[start + k] { k += 1 }
                        if k == b.count { return true }
                    }
                    start = end
                }
                return false
            }
        }
    }

    /// The byte count of the longest word `b` starts with, 0 when none (or only empty words) does: what
    /// `words.filter { b.starts(with: $0.utf8) }.map(\.utf8.count).max() ?? 0` gives.
    func longestPrefix(of b: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { w in
            ends.withUnsafeBufferPointer { ends in
                var best = 0, start = 0
                for end in ends {
                    let n = end - start
                    if n > best, n <= b.count {
                        var k = 0
                        while k < n, b[k] == w[start + k] { k += 1 }
                        if k == n { best = n }
                    }
                    start = end
                }
                return best
            }
        }
    }
}
