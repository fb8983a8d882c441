import Foundation

/// How subjects and units are normalized before two statements are compared (synonyms.yaml).
///
/// Why data: every publisher words the same figure its own way, and an analyst must be able to say
/// that 人才资源 and 人才资源总量 are one figure without touching Swift.
///   全区共有各类“人才资源” → 人才资源总量;  7项 and 7个 → family 个;  3.2万元 → 32000 元
public struct SubjectCatalogue: Sendable {
    public var stripAnywhere: [String] = []
    /// Short forms written out wherever they occur (规上 → 规模以上, 国企 → 国有企业): a headline's 规上工业增加值 and the
    /// body's 规模以上工业增加值 are one subject.
    public var shortForms: [(short: String, full: String)] = []
    public var stripPrefixes: [String] = []
    public var stripSuffixes: [String] = []
    /// Endings written another way (synonyms.yaml `endings`: 人口数 → 人口): a table's column 人口数 beside its row
    /// 中心区 names the prose's 中心区人口. Applied to a subject no `canonical` entry names as written.
    public var endings: [(written: String, as: String)] = []
    /// variant → canonical subject.
    public var canonical: [String: String] = [:]
    /// unit → family name (名 → 人, 项 → 个).
    public var unitFamilies: [String: String] = [:] { didSet { unitKeyHeads = Self.heads(of: self) } }
    /// written unit → (base unit, factor): 万元 → (元, 10000).
    public var scaledUnits: [String: ScaledUnit] = [:] { didSet { unitKeyHeads = Self.heads(of: self) } }
    /// The length in bytes and first three bytes of every key of `unitFamilies` and `scaledUnits`, packed: `identifies`
    /// asks a subject's before it looks the subject up — a String key is hashed through its normalized form, and the
    /// two lookups for every pair compared were 1.7% of `check`.
    private var unitKeyHeads: Set<UInt64> = []
    /// Scope words that name no place: 截至, 目前.
    public var scopeIgnore: [String] = []
    /// Scope words for the whole region (全区, 全市): a place of their own, "全".
    public var scopeWhole: [String] = []
    /// Words that place a figure in an earlier period (去年同期, 上月), longest first.
    public var earlierPeriodWords: [String] = []
    /// Subjects too vague to identify a figure (人才, 项目): never treated as the same figure.
    public var generic: Set<String> = []
    /// Words that say nothing about what is counted (收入, 增加到, 比上年), longest first.
    public var vague: [String] = []
    /// Vague words naming the two sides of an account (收入, 支出): kept with a subject's core when a sentence is read
    /// for several values of one subject (`sidedCore`).
    public var sideWords: [String] = []
    /// Names holding a marker word without being one (一般公共预算), removed before markers are read.
    public var contextNames: [String] = []
    /// Words of a document that states its subjects for several years or plan and outcome (预算执行情况).
    public var severalPeriodWords: [String] = []
    /// Marker words of a figure's sentence: dimension (stage, base, stock, year, place), label, word.
    public var contextMarkers: [ContextMarker] = []
    /// Marker words that mark only the figures of their own clause (预算: 国家有关预算政策 and 2025年预算执行情况 name no
    /// plan), left out when a figure's section or the clauses before its own are read (`SameFigureRule.heldToOutcome`).
    public var clauseOnlyMarkers: [String] = []

    /// 调整为 in dimension stage means plan.
    public struct ContextMarker: Sendable, Hashable {
        public var dimension: String
        public var label: String
        public var word: String
        public init(dimension: String, label: String, word: String) {
            self.dimension = dimension; self.label = label; self.word = word
        }
    }

    public struct ScaledUnit: Sendable, Hashable {
        public var unit: String
        public var factor: Decimal
        public init(unit: String, factor: Decimal) { self.unit = unit; self.factor = factor }
    }

    public init() {}

    /// The catalogue's word lists prepared once for the hot path (`MetricIdentity.statements` builds one per
    /// run): vague and strip-anywhere words indexed (`WordIndex`), prefixes and suffixes as bytes, the
    /// canonical subjects keyed by `TextKey`. Answers exactly what the catalogue's own methods answer.
    struct Index: Sendable {
        let stripAnywhere: WordIndex
        let vague: WordIndex
        /// `earlierPeriodWords`, all of them (an empty word never occurs).
        let earlier: WordIndex
        /// Prefixes and suffixes as UTF-8 with their character counts, when every one is inert (then a byte
        /// prefix is a character prefix).
        let prefixes: [(bytes: [UInt8], characters: Int)]?
        let suffixes: [(bytes: [UInt8], characters: Int)]?
        let canonical: [TextKey: String]

        init(_ c: SubjectCatalogue) {
            stripAnywhere = WordIndex(c.stripAnywhere.filter { !$0.isEmpty })
            vague = WordIndex(c.vague.filter { !$0.isEmpty })
            earlier = WordIndex(c.earlierPeriodWords)
            func inertBytes(_ list: [String]) -> [(bytes: [UInt8], characters: Int)]? {
                let bytes = list.map { Array($0.utf8) }
                guard bytes.allSatisfy({ b in b.withUnsafeBufferPointer { LiteralSearch.isInert($0) } }) else { return nil }
                return bytes.map { ($0, $0.filter { $0 & 0xC0 != 0x80 }.count) }
            }
            prefixes = inertBytes(c.stripPrefixes)
            suffixes = inertBytes(c.stripSuffixes)
            var canonical: [TextKey: String] = [:]
            for (k, v) in c.canonical { canonical[TextKey(k)] = v }
            self.canonical = canonical
        }
    }

    /// `normalized(subject)` with the word lists prepared once.
    func normalized(_ subject: String, index: Index) -> String {
        var s = expanded(SubjectCatalogue.withoutDropped(subject))
        if let r = index.stripAnywhere.replacingAll(in: Array(s.utf8), with: []) { s = ByteText.string(r) }
        var bytes = Array(s.utf8)
        // Inert text and words: characters are scalars are bytes, so prefixes and suffixes are cut as bytes.
        guard let prefixes = index.prefixes, let suffixes = index.suffixes,
              bytes.withUnsafeBufferPointer({ LiteralSearch.isInert($0) }) else {
            return canonicalized(stripEnds(s))
        }
        var lo = 0, hi = bytes.count
        /// Characters in bytes[lo..<hi] (inert: one per lead byte).
        func characters(_ a: Int, _ b: Int) -> Int {
            var n = 0
            for k in a..<b where bytes[k] & 0xC0 != 0x80 { n += 1 }
            return n
        }
        var count = characters(lo, hi)
        func starts(_ p: [UInt8]) -> Bool { p.count <= hi - lo && bytes[lo..<(lo + p.count)].elementsEqual(p) }
        func ends(_ p: [UInt8]) -> Bool { p.count <= hi - lo && bytes[(hi - p.count)..<hi].elementsEqual(p) }
        var changed = true
        while changed && lo < hi {
            changed = false
            for p in prefixes where starts(p.bytes) && count > p.characters {
                lo += p.bytes.count; count -= p.characters; changed = true; break
            }
            for p in suffixes where ends(p.bytes) && count > p.characters {
                hi -= p.bytes.count; count -= p.characters; changed = true; break
            }
        }
        if lo != 0 || hi != bytes.count { bytes = Array(bytes[lo..<hi]); s = ByteText.string(bytes) }
        if let c = index.canonical[TextKey(s)] { return c }
        guard let e = rewrittenEnding(s) else { return s }
        return index.canonical[TextKey(e)] ?? e
    }

    /// The canonical name of a stripped subject: as written, else with its ending rewritten (`endings`).
    private func canonicalized(_ s: String) -> String {
        if let c = canonical[s] { return c }
        guard let e = rewrittenEnding(s) else { return s }
        return canonical[e] ?? e
    }

    /// `s` with the first of `endings` it ends in (and holds more than) written the other way; nil when none.
    func rewrittenEnding(_ s: String) -> String? {
        // Compared as UTF-8 bytes (a suffix of valid UTF-8 that starts a letter ends the text at a letter boundary).
        let u = s.utf8
        for (written, other) in endings {
            let w = written.utf8
            guard !w.isEmpty, u.count > w.count, u.suffix(w.count).elementsEqual(w) else { continue }
            return String(decoding: u.dropLast(w.count), as: UTF8.self) + other
        }
        return nil
    }

    /// `s` with each short form written out (`shortForms`), except where it stands inside its own full form (央企 of
    /// 中央企业 stays).
    func expanded(_ s: String) -> String {
        guard !shortForms.isEmpty else { return s }
        var bytes = Array(s.utf8)
        var changed = false
        for (short, full) in shortForms where !short.isEmpty {
            let sb = Array(short.utf8), fb = Array(full.utf8)
            guard sb.count <= bytes.count, ByteText.contains(bytes, sb) else { continue }
            // Where the short form stands inside the full one (央企 at offset 3 of 中央企业).
            var offsets: [Int] = []
            if fb.count >= sb.count { for k in 0...(fb.count - sb.count) where fb[k..<(k + sb.count)].elementsEqual(sb) { offsets.append(k) } }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + fb.count)
            var i = 0
            while i < bytes.count {
                if i + sb.count <= bytes.count, bytes[i..<(i + sb.count)].elementsEqual(sb),
                   !offsets.contains(where: { k in i >= k && i - k + fb.count <= bytes.count && bytes[(i - k)..<(i - k + fb.count)].elementsEqual(fb) }) {
                    out += fb
                    i += sb.count
                    changed = true
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            bytes = out
        }
        return changed ? ByteText.string(bytes) : s
    }

    /// The prefix and suffix loop of `normalized`, on characters.
    private func stripEnds(_ subject: String) -> String {
        var s = subject
        var changed = true
        while changed && !s.isEmpty {
            changed = false
            for p in stripPrefixes where s.hasPrefix(p) && s.count > p.count {
                s.removeFirst(p.count); changed = true; break
            }
            for p in stripSuffixes where s.hasSuffix(p) && s.count > p.count {
                s.removeLast(p.count); changed = true; break
            }
        }
        return s
    }

    /// `earlierPeriod(scope:subject:)` with the words indexed once: the first word of the list that occurs.
    func earlierPeriod(scope: String?, subject: String, index: Index) -> String? {
        let found = index.earlier.occurring(in: Array(((scope ?? "") + "|" + subject).utf8))
        return found.firstIndex(of: true).map { earlierPeriodWords[$0] }
    }

    /// `core(of:)` with the vague words indexed once.
    func core(of normalized: String, index: Index) -> String {
        index.vague.replacingAll(in: Array(normalized.utf8), with: []).map(ByteText.string) ?? normalized
    }

    /// `isSpecific` with the vague words indexed once.
    func isSpecific(_ normalized: String, index: Index) -> Bool {
        guard identifies(normalized) else { return false }
        return core(of: normalized, index: index).count >= 2
    }

    /// The subject as compared: quotes, spaces and filler words gone, synonyms resolved.
    /// 截至目前，全区共有各类人才资 源 → 人才资源总量.
    public func normalized(_ subject: String) -> String {
        var s = expanded(String(subject.unicodeScalars.filter { !SubjectCatalogue.dropped.contains($0) }))
        var bytes = Array(s.utf8)
        var stripped = false
        for w in stripAnywhere where !w.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(w.utf8), with: []) { bytes = r; stripped = true }
        }
        if stripped { s = ByteText.string(bytes) }
        return canonicalized(stripEnds(s))
    }

    /// True when a normalized subject can identify a figure: two characters or more, not generic, not a
    /// comparison base alone (比多年平均, 比2015年: the change's topic was not found — 降水量 and 地表水资源量 both
    /// rising 比多年平均 are two changes), and not a unit alone (万人, 万户, 亿元: a table's unit header read as the
    /// name of a row a column cut in two — 最低生活保障人数 under 城市… and under 农村… both came out 万人, and a
    /// unit names no figure).
    public func identifies(_ normalized: String) -> Bool {
        normalized.count >= 2 && !generic.contains(normalized) && !SubjectCatalogue.namesOnlyBase(normalized)
            && (!unitKeyHeads.contains(Self.head(normalized)) || (scaledUnits[normalized] == nil && unitFamilies[normalized] == nil))
    }

    /// Letters after 比 or 较 that open a comparison base (比上年, 较去年, 比多年平均, 比常年, 比年初, 比同期, 比全国,
    /// 比2015年) — not 比重, 比例, 较大.
    static let baseOpeners: Set<Unicode.Scalar> = ["上", "去", "前", "多", "常", "年", "同", "历", "全", "1", "2"]

    /// The subject opens with a comparison base (比/较 and a base's first letter): it says against what, not what.
    static func namesOnlyBase(_ normalized: String) -> Bool {
        // (Its first UTF-8 byte first: 比 and 较 open with E6 and E8, most subjects do not.)
        guard let lead = normalized.utf8.first, lead == 0xE6 || lead == 0xE8 else { return false }
        var it = normalized.unicodeScalars.makeIterator()
        guard let first = it.next(), first == "比" || first == "较", let second = it.next() else { return false }
        return baseOpeners.contains(second)
    }

    /// True when a subject names what is counted once vague words are gone: 一般公共预算支出 → 一般公共,
    /// yes; 支出预算调整, 筹措资金, 增加到 → nothing left, no.
    public func isSpecific(_ normalized: String) -> Bool {
        guard identifies(normalized) else { return false }
        return core(of: normalized).count >= 2
    }

    /// The subject with vague words removed: 支出预算调整 → "", 人才资源总量 → 人才资源.
    public func core(of normalized: String) -> String {
        var bytes = Array(normalized.utf8)
        var changed = false
        for w in vague where !w.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(w.utf8), with: []) { bytes = r; changed = true }
        }
        return changed ? ByteText.string(bytes) : normalized
    }

    /// `s`'s length in bytes and first three bytes in one word (see `unitKeyHeads`).
    @inline(__always)
    static func head(_ s: String) -> UInt64 {
        var h = UInt64(s.utf8.count) << 24
        var shift: UInt64 = 16
        for b in s.utf8.prefix(3) { h |= UInt64(b) << shift; shift &-= 8 }
        return h
    }

    static func heads(of c: SubjectCatalogue) -> Set<UInt64> {
        Set(c.unitFamilies.keys.map(head) + c.scaledUnits.keys.map(head))
    }

    /// Family and scale factor of a unit: 名 → (人, 1), 万元 → (元, 10000), nil → (nil, 1).
    public func family(of unit: String?) -> (family: String?, factor: Decimal) {
        guard let raw = unit else { return (nil, 1) }
        var u = raw.filter { !$0.isWhitespace }
        // 立方米每平方千米 is 立方米/平方千米 written out: a rate's 每 after its numerator unit is its slash.
        if u.count > 1, !u.hasPrefix("每"), u.contains("每") { u = u.replacingOccurrences(of: "每", with: "/") }
        if let scaled = scaledUnits[u] { return (unitFamilies[scaled.unit] ?? scaled.unit, scaled.factor) }
        return (unitFamilies[u] ?? u, 1)
    }

    /// What is left of a scope once period words are removed, the whole region written 全; "" when nothing.
    /// 截至2023年一季度 → "";  截至目前；全区 → 全;  年内；区级层面 → 区级层面;  截至4月末；全市 → 全 (4月末 is a period).
    public func place(ofScope scope: String?) -> String {
        guard let scope else { return "" }
        var s = Period.folded(scope)
        s = SubjectCatalogue.periodPattern.stringByReplacingMatches(
            in: s, range: NSRange(location: 0, length: (s as NSString).length), withTemplate: "")
        var bytes = Array(s.utf8)
        let whole = Array("全".utf8)
        for w in scopeWhole where !w.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(w.utf8), with: whole) { bytes = r }
        }
        // The scope was folded (截至 → 截-): each ignore word is looked for as written and as folded, else 截至4月末
        // would leave 截末 for a place and part the figure from its 1—3月 neighbour's chain.
        for w in scopeIgnore where !w.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(w.utf8), with: []) { bytes = r }
            let folded = Period.folded(w)
            if folded != w, !folded.isEmpty, let r = ByteText.replacingAll(bytes, Array(folded.utf8), with: []) { bytes = r }
        }
        s = ByteText.string(bytes)
        return String(s.unicodeScalars.filter { !SubjectCatalogue.dropped.contains($0) && !SubjectCatalogue.separators.contains($0) })
    }

    /// The earlier-period word a scope or subject holds (去年同期), if any.
    public func earlierPeriod(scope: String?, subject: String) -> String? {
        let text = Array(((scope ?? "") + "|" + subject).utf8)
        return earlierPeriodWords.first { !$0.isEmpty && ByteText.contains(text, Array($0.utf8)) }
    }

    /// Adds another catalogue's entries (an analyst's synonyms extend the bundled ones).
    public mutating func merge(_ other: SubjectCatalogue) {
        stripAnywhere += other.stripAnywhere.filter { !stripAnywhere.contains($0) }
        stripPrefixes += other.stripPrefixes.filter { !stripPrefixes.contains($0) }
        stripSuffixes += other.stripSuffixes.filter { !stripSuffixes.contains($0) }
        // An analyst's short form replaces a bundled one of the same letters.
        shortForms = shortForms.filter { f in !other.shortForms.contains { $0.short == f.short } } + other.shortForms
        // An analyst's ending replaces a bundled one of the same letters; longest first (户数 after 家庭户数).
        endings = (endings.filter { e in !other.endings.contains { $0.written == e.written } } + other.endings)
            .sorted { ($0.written.count, $0.written) > ($1.written.count, $1.written) }
        canonical.merge(other.canonical) { _, new in new }
        unitFamilies.merge(other.unitFamilies) { _, new in new }
        scaledUnits.merge(other.scaledUnits) { _, new in new }
        scopeIgnore += other.scopeIgnore.filter { !scopeIgnore.contains($0) }
        scopeWhole += other.scopeWhole.filter { !scopeWhole.contains($0) }
        generic.formUnion(other.generic)
        earlierPeriodWords += other.earlierPeriodWords.filter { !earlierPeriodWords.contains($0) }
        vague += other.vague.filter { !vague.contains($0) }
        sideWords += other.sideWords.filter { !sideWords.contains($0) }
        contextNames += other.contextNames.filter { !contextNames.contains($0) }
        severalPeriodWords += other.severalPeriodWords.filter { !severalPeriodWords.contains($0) }
        clauseOnlyMarkers += other.clauseOnlyMarkers.filter { !clauseOnlyMarkers.contains($0) }
        contextMarkers += other.contextMarkers.filter { !contextMarkers.contains($0) }
        contextMarkers.sort { ($0.word.count, $0.word, $0.dimension) > ($1.word.count, $1.word, $1.dimension) }
        // Longest first, so 截至目前 goes before 截至 (sorted once here, not per subject).
        for keyPath in [\SubjectCatalogue.stripAnywhere, \.stripPrefixes, \.stripSuffixes, \.scopeIgnore, \.scopeWhole,
                        \.earlierPeriodWords, \.vague, \.contextNames] {
            self[keyPath: keyPath].sort { ($0.count, $0) > ($1.count, $1) }
        }
    }

    static let dropped: Set<Unicode.Scalar> = Set("“”\"'‘’「」『』《》〈〉 \u{3000}\n\r\t\u{AD}\u{200B}".unicodeScalars)

    /// `dropped.contains(u)` without hashing: the same scalars by value.
    @inline(__always)
    static func isDropped(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x201C, 0x201D, 0x22, 0x27, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x300A, 0x300B, 0x3008, 0x3009,
             0x20, 0x3000, 0x0A, 0x0D, 0x09, 0xAD, 0x200B: return true
        default: return false
        }
    }

    /// The text without `dropped` scalars (the text itself when it holds none: no rebuilding).
    static func withoutDropped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDropped) else { return text }
        return String(text.unicodeScalars.filter { !isDropped($0) })
    }
    static let separators: Set<Unicode.Scalar> = Set("；;，,、。：:（）()·-".unicodeScalars)
    static let periodPattern = try! NSRegularExpression(
        pattern: "(?:19|20)[0-9]{2}年?|[0-9]{1,2}月?-[0-9]{1,2}月|前(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})个?月|前?[1-4]季度|[0-9]{1,2}月(?:末|底)?|上半年|下半年|[0-9]+日")
}
