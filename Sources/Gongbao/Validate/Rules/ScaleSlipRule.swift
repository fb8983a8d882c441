import Foundation

/// scale-slip: a figure ~10⁴ or ~10⁸ off its repeat (error) or its neighbours in a series (warning) —
/// 万 and 亿 confused, or a scale dropped: 签约资金 12.5亿元 in one bulletin, 12.5万元 in the next.
/// Also a repeat written with the same number and another scale word, whatever the power of ten between
/// them: 1.5万元 and 1.5千元, 12.5亿元 and 12.5千万元 cannot both be right.
enum ScaleSlipRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("scale-slip", severity)
        // Repeats within a document or period. A statement is reported when it slips against most of its repeats
        // (the odd one out of five copies), or against the only other one: of two, which one is miswritten is not
        // known, so each is reported against the other (the headline as much as the body may be the slip).
        for group in c.repeatedSubjects {
            // `same` holds only within one bucket (SameFigureRule.bucketKey).
            var buckets: [TextKey: [Int]] = [:]
            var order: [TextKey] = []
            for (j, s) in group.enumerated() {
                guard let key = SameFigureRule.bucketKey(s).map(TextKey.init) else { continue }
                if buckets[key] == nil { order.append(key) }
                buckets[key, default: []].append(j)
            }
            for key in order {
                let members = buckets[key]!
                guard members.count > 1 else { continue }
                for j in members {
                    let later = group[j]
                    var peers = 0
                    var slips: [Int] = []
                    var peerStatements: [Statement] = [later]
                    for m in members where m != j && group[m].location != later.location && c.identity.same(group[m], later) {
                        peers += 1
                        peerStatements.append(group[m])
                        if isSlip(group[m], later, factor: c.rules.scaleFactor) {
                            slips.append(m)
                        } else if m < j {
                            out.pass()
                        }
                    }
                    guard let f = slips.first, slips.count > peers - slips.count else { continue }
                    let first = group[f]
                    // The values the two could be one figure with (SameFigureRule's reading): their peers'.
                    for m in members where m != f && m != j && group[m].location != first.location && c.identity.same(group[m], first) {
                        peerStatements.append(group[m])
                    }
                    guard let level = SameFigureRule.level(severity, first, later,
                                                           values: SameFigureRule.distinctValues(peerStatements), c)
                    else { out.cannotEvaluate(); continue }
                    out.fail(Finding(
                        ruleID: "scale-slip", severity: level,
                        message: c.message("scale-slip", "\(SameFigureRule.label(later)) \(later.shown) here, \(first.shown) at \(c.reference(first, from: later)): \(magnitude(first.baseValue, later.baseValue)) apart, \(confusion(first, later))", later, other: first),
                        locations: [later.location, first.location]))
                }
            }
        }
        // A part of a 其中 clause that makes the parts add up to their total only in the other scale.
        // (Parts and siblings are of one document: the series run over many documents' statements, which has no
        // documents of its own and keeps only findings across files, does not look for them.)
        let perDocument = !c.documents.isEmpty
        var partsSlipped = Set<SourceLocation>()
        for (part, total, corrected) in perDocument ? slippedParts(c) : [] {
            partsSlipped.insert(part.location)
            out.fail(Finding(
                ruleID: "scale-slip", severity: severity,
                message: c.message("scale-slip", "\(SameFigureRule.label(part)) \(part.shown) here: the parts of \(SameFigureRule.label(total)) \(total.shown) at \(c.reference(total, from: part)) add up to it only with \(corrected) (万/亿 confused?)", part, other: total),
                locations: [part.location, total.location]))
        }
        // A sibling of a list (分产业看：第一产业增加值85.3亿元…第二产业增加值152.08万元…) ~10⁴ off all the others.
        // (A 其中 part its sum has already named is not named again as a sibling.)
        for slip in perDocument ? SiblingSlip.find(c) : [] where !partsSlipped.contains(slip.statement.location) {
            let s = slip.statement
            let others = slip.siblings.prefix(3).map { "\(SameFigureRule.label($0)) \($0.shown) at \(c.reference($0, from: s))" }
                .joined(separator: ", ")
            out.fail(Finding(
                ruleID: "scale-slip", severity: severity,
                message: c.message("scale-slip", "\(SameFigureRule.label(s)) \(s.shown) here is \(magnitude(s.baseValue, slip.siblings[0].baseValue)) off each of its siblings (\(others)): \(slip.corrected)? (\(confusion(s, slip.siblings[0])))", s, other: slip.siblings[0]),
                locations: [s.location] + slip.siblings.map(\.location)))
        }
        // Neighbours in a series.
        for (earlier, later) in SeriesNeighbours.pairs(in: c) {
            if isSlip(earlier, later, factor: c.rules.scaleFactor) {
                out.fail(Finding(
                    ruleID: "scale-slip", severity: min(severity, .warning),
                    message: c.message("scale-slip", "\(SameFigureRule.label(later)) \(later.shown) (\(later.period?.description ?? "?")) here, \(earlier.shown) (\(earlier.period?.description ?? "?")) at \(c.reference(earlier, from: later)): \(magnitude(earlier.baseValue, later.baseValue)) apart, \(confusion(earlier, later))", later, other: earlier),
                    locations: [later.location, earlier.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    /// Parts of one 其中 clause (the first figure after 其中 and the figures of its clause, in its total's unit)
    /// that fall short of their total as written but add up to it when one part written in 万 is read in 亿:
    /// that part's scale word slipped.
    ///   社会保险基金预算收入142.9亿元。其中，保险费收入74.1亿元，利息收入0.8亿元，财政补贴收入65.8亿元，
    ///   其他收入1.5万元，转移收入0.7亿元 → 其他收入 adds up only as 1.5亿元.
    /// A breakdown that does not add up either way (incomplete, overlapping) says nothing.
    static func slippedParts(_ c: RuleContext) -> [(Statement, Statement, String)] {
        var out: [(Statement, Statement, String)] = []
        // Statements by their position in `c.statements` (no copies): per document, those with a sentence.
        let all = c.statements
        for members in c.positionsByDocument(where: { $0.sentence != nil }) {
            let positions = Dictionary(members.map { (all[$0].index, $0) }, uniquingKeysWith: { a, _ in a })
            let byIndex = LazyStatements(all: all, positions: positions)
            let ordered = LazyList(all: all, order: members.sorted {
                all[$0].metric.sourceRange.lowerBound < all[$1].metric.sourceRange.lowerBound
            })
            var k = 0
            while k < ordered.count {
                let first = ordered[k]
                k += 1
                guard first.partClause == 1, let total = (first.impliedTotal ?? first.metric.partOf).flatMap({ byIndex[$0] }),
                      total.index != first.index, fits(first, total) else { continue }
                var parts = [first]
                while k < ordered.count, ordered[k].partClause == 2, ordered[k].sentence == first.sentence {
                    if fits(ordered[k], total) { parts.append(ordered[k]) }
                    k += 1
                }
                guard parts.count > 1, let slip = slipped(parts, total) else { continue }
                out.append((parts[slip.index], total, slip.corrected))
            }
        }
        return out
    }

    private static func fits(_ part: Statement, _ total: Statement) -> Bool {
        part.unitFamily == total.unitFamily && part.metric.kind == total.metric.kind && part.metric.direction == nil
            && total.metric.direction == nil && MetricIdentity.amounts.contains(part.metric.kind)
    }

    /// The one part whose other scale makes the sum meet the total (and the sum as written does not).
    private static func slipped(_ parts: [Statement], _ total: Statement) -> (index: Int, corrected: String)? {
        guard let tLow = total.range.lower, let tHigh = total.range.upper, tLow > 0 else { return nil }
        var low = Decimal(0), high = Decimal(0)
        for p in parts {
            guard let l = p.range.lower, let h = p.range.upper, l >= 0 else { return nil }
            low += l; high += h
        }
        // Only parts that fall short, by a part written in 万: the other way (a sum above its total) is as
        // often a list that ran past its end, and a part slipped to 亿 is above its total anyway.
        guard high < tLow else { return nil }
        var found: (Int, String)? = nil
        for (i, p) in parts.enumerated() {
            guard let w = written(p.shown), w.scale == "万" else { continue }
            let l = low + p.range.lower! * 9_999, h = high + p.range.upper! * 9_999
            guard l <= tHigh && h >= tLow else { continue }
            if found != nil { return nil }   // two parts would do: no single culprit
            found = (i, p.shown.replacingOccurrences(of: "万", with: "亿"))
        }
        return found
    }

    /// A slip between two statements of one figure: values ~10⁴ or ~10⁸ apart, or one number written with
    /// two scale words (1.5万 / 1.5千).
    static func isSlip(_ a: Statement, _ b: Statement, factor: Decimal) -> Bool {
        isSlip(a.baseValue, b.baseValue, factor: factor) || isScaleWordSlip(a, b)
    }

    /// The same number written with different scale words, values apart: 1.5万元 and 1.5千元 (not 1.5万元
    /// and 15千元, nor 1.5万元 and 1.5万人).
    static func isScaleWordSlip(_ a: Statement, _ b: Statement) -> Bool {
        guard a.baseValue != b.baseValue, a.baseValue > 0, b.baseValue > 0,
              let x = written(a.shown), let y = written(b.shown) else { return false }
        return x.number == y.number && x.scale != y.scale
    }

    /// The number as written and the scale word right after it: 1.5 千万元 → (1.5, 千万); 3,500亿 → (3500, 亿).
    static func written(_ shown: String) -> (number: Decimal, scale: String)? {
        let scalars = Array(shown.unicodeScalars)
        guard let start = scalars.firstIndex(where: { digit($0) != nil }) else { return nil }
        var digits = "", k = start
        while k < scalars.count {
            let u = scalars[k]
            if let d = digit(u) { digits.append(d) } else if u == "." || u == "．" { digits.append(".") } else if u != "," && u != "，" { break }
            k += 1
        }
        var scale = ""
        while k < scalars.count, "十百千万亿".unicodeScalars.contains(scalars[k]) { scale.unicodeScalars.append(scalars[k]); k += 1 }
        guard let number = Decimal(string: digits), number > 0 else { return nil }
        return (number, scale)
    }

    private static func digit(_ u: Unicode.Scalar) -> Character? {
        if u.value >= 0x30 && u.value <= 0x39 { return Character(u) }
        if u.value >= 0xFF10 && u.value <= 0xFF19 { return Character(Unicode.Scalar(u.value - 0xFF10 + 0x30)!) }
        return nil
    }

    /// True when the larger value is within ×/÷factor of 10⁴ or 10⁸ times the smaller.
    static func isSlip(_ a: Decimal, _ b: Decimal, factor: Decimal) -> Bool {
        guard a > 0, b > 0 else { return false }
        let (small, large) = a < b ? (a, b) : (b, a)
        for p in [Decimal(10_000), Decimal(100_000_000)] {
            if factor > 0 {
                // large ≥ small·p / factor, multiplied out: no division for every pair of repeats.
                if large * factor >= small * p && large <= small * p * factor { return true }
            } else {
                let lo = small * p / factor, hi = small * p * factor
                if large >= lo && large <= hi { return true }
            }
        }
        return false
    }

    /// What the message suspects: 万/亿 confused? for ~10⁴ and ~10⁸, else the two scale words (万/千 confused?).
    static func confusion(_ a: Statement, _ b: Statement) -> String {
        let m = magnitude(a.baseValue, b.baseValue)
        if m == "~10⁴" || m == "~10⁸" { return "万/亿 confused?" }
        if let x = written(a.shown), let y = written(b.shown), x.scale != y.scale {
            return "\(x.scale.isEmpty ? "no scale" : x.scale)/\(y.scale.isEmpty ? "no scale" : y.scale) confused?"
        }
        return "scale confused?"
    }

    /// ~10ⁿ, the power of ten nearest the ratio: 1.5亿 / 1.5万 → ~10⁴, 1.5万 / 1.5千 → ~10¹.
    static func magnitude(_ a: Decimal, _ b: Decimal) -> String {
        let (small, large) = a < b ? (a, b) : (b, a)
        guard small > 0 else { return "~10⁴" }
        var ratio = large / small, n = 0
        while ratio >= Decimal(string: "3.16")! && n < 20 { ratio /= 10; n += 1 }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return "~10" + String(String(n).map { superscripts[Int(String($0))!] })
    }
}

/// Consecutive statements of one figure along a series (same series, subject, unit family, kind,
/// direction, place and cumulativeness), ordered by period; statements of one period are repeats, not
/// neighbours, and are left to same-figure-agrees.
enum SeriesNeighbours {
    static func pairs(in c: RuleContext, cumulativeOnly: Bool = false) -> [(Statement, Statement)] {
        var out: [(Statement, Statement)] = []
        for chain in chains(in: c, cumulativeOnly: cumulativeOnly) {
            for k in chain.indices.dropFirst() { out.append((chain[k - 1], chain[k])) }
        }
        return out
    }

    /// Each chain holds one statement per period (the first stated), sorted by period.
    /// Grouped by the statements' numbered texts (`TextNumbers`) when the context's statements were read
    /// in one call; by a joined String otherwise (statements of a digest, a text holding a separator).
    static func chains(in c: RuleContext, cumulativeOnly: Bool) -> [[Statement]] {
        guard c.numbered else { return chainsJoined(in: c, cumulativeOnly: cumulativeOnly) }
        struct Key: Hashable {
            let series: Int, subject: Int, family: Int, place: Int
            let kind: UInt8, direction: UInt8
            let isCumulative: Bool, isPart: Bool
            let joined: TextKey?
        }
        let all = c.statements
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for k in all.indices {
            let s = all[k]
            guard !s.isTarget && s.earlier == nil && s.period != nil && (!cumulativeOnly || s.isCumulative)
                    && MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil,
                  s.identifiesSubject ?? c.rules.catalogue.identifies(s.subject) else { continue }
            let key: Key
            if s.keysNeedText {
                key = Key(series: -1, subject: -1, family: -1, place: -1, kind: 0, direction: 0, isCumulative: false,
                          isPart: false, joined: TextKey(joinedKey(s)))
            } else {
                key = Key(series: s.seriesID, subject: s.subjectID, family: s.familyID, place: s.placeID, kind: s.metric.kind.code,
                          direction: s.metric.direction.code, isCumulative: s.isCumulative,
                          isPart: !(s.metric.partOf == nil && s.impliedTotal == nil), joined: nil)
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(k)
        }
        // Only groups of two periods or more make a chain; those are put in the order of their joined keys
        // (the first member's, as a dictionary keeps its first key).
        var kept: [(key: String, byPeriod: [Period: Int])] = []
        for key in order {
            let group = groups[key]!
            var byPeriod: [Period: Int] = [:]
            for k in group where byPeriod[all[k].period!] == nil { byPeriod[all[k].period!] = k }
            if byPeriod.count > 1 { kept.append((key.joined?.text ?? joinedKey(all[group[0]]), byPeriod)) }
        }
        return kept.sorted { $0.key < $1.key }.map { entry in entry.byPeriod.keys.sorted().map { all[entry.byPeriod[$0]!] } }
    }

    /// The joined key of a statement's chain: series, subject, unit family, kind, direction, running total, part, place.
    static func joinedKey(_ s: Statement) -> String {
        [s.series, s.subject, s.unitFamily ?? "-", s.metric.kind.rawValue,
         s.metric.direction?.rawValue ?? "-", s.isCumulative ? "cum" : "", s.metric.partOf == nil && s.impliedTotal == nil ? "" : "part", s.place].joined(separator: "\u{1F}")
    }

    /// `chains` with a joined String key per statement: the reference the numbered keys are tested against.
    static func chainsJoined(in c: RuleContext, cumulativeOnly: Bool) -> [[Statement]] {
        // Statements are handled by their index in `c.statements` (no copies), groups keyed by `TextKey`.
        let all = c.statements
        var groups: [TextKey: [Int]] = [:]
        for (k, s) in all.enumerated() {
            guard !s.isTarget && s.earlier == nil && s.period != nil && (!cumulativeOnly || s.isCumulative)
                    && MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil,
                  s.identifiesSubject ?? c.rules.catalogue.identifies(s.subject) else { continue }
            let key = [s.series, s.subject, s.unitFamily ?? "-", s.metric.kind.rawValue,
                       s.metric.direction?.rawValue ?? "-", s.isCumulative ? "cum" : "", s.metric.partOf == nil && s.impliedTotal == nil ? "" : "part", s.place].joined(separator: "\u{1F}")
            groups[TextKey(key), default: []].append(k)
        }
        // Only groups of two periods or more make a chain; those are put in key order.
        var kept: [(key: String, byPeriod: [Period: Int])] = []
        for (key, group) in groups {
            var byPeriod: [Period: Int] = [:]
            for k in group where byPeriod[all[k].period!] == nil { byPeriod[all[k].period!] = k }
            if byPeriod.count > 1 { kept.append((key.text, byPeriod)) }
        }
        return kept.sorted { $0.key < $1.key }.map { entry in entry.byPeriod.keys.sorted().map { all[entry.byPeriod[$0]!] } }
    }
}

/// Statements of `RuleContext.statements` looked up by metric index, without copying a table of them.
struct LazyStatements {
    let all: [Statement]
    let positions: [Int: Int]
    subscript(_ index: Int) -> Statement? { positions[index].map { all[$0] } }
}

/// Statements of `RuleContext.statements` in a given order, read on demand.
struct LazyList {
    let all: [Statement]
    let order: [Int]
    var count: Int { order.count }
    subscript(_ k: Int) -> Statement { all[order[k]] }
}
