import Foundation

/// same-figure-agrees for one figure stated twice under two wordings of its subject, one the other with a frame word
/// before it: 文旅部:2019年春节旅游收入5139亿元 in a headline and 2019年春节假期，…实现旅游收入5139亿元 in its body;
/// 全行业拥有各类营业网点43.4万处 and 邮政全行业拥有各类营业网点 in a 邮政 bulletin; 人均快递使用量 and 年人均快递使用量.
/// Subjects are grouped as written (normalized), so the two are never peers of `SameFigureRule.check`.
///
/// What a careful reader takes as proof that the two are one figure, all of it:
/// - one document, other paragraphs, the same unit family and kind, and what `MetricIdentity.same` asks besides the
///   subject (period, place, target, running total, part and total, sentence context);
/// - the longer subject is the shorter one after a short frame (four letters at most, no digit), and the shorter
///   one's own paragraph states that frame before it, qualifying something else (2019年春节假期; 国家邮政局; 2022年;
///   市本级一般公共预算收支平衡情况): the word the longer one adds is the other's setting, not a narrower set;
///   Or the frame is a region's proper name (江苏省, 达州市) and the shorter one's clause names the whole of a region of
///   that level (全省, 我市): a headline's 江苏省城镇新增就业 and its body's 全省城镇新增就业 (`namesOwnRegion`);
/// - the two values are one number mis-stated: one digit changed, its digits reversed or two of them traded, the point
///   moved, a digit dropped or doubled, or the scale word changed (`isMisstatement`), or the figure rewritten on
///   another scale with one digit changed (18756元 / 1.8757万元: `isRescaledMisstatement`). Two figures of a hierarchy
///   (旅游收入 / 国内旅游收入, 幼儿园 / 民办幼儿园) are different numbers, not one number miswritten, and a 其中
///   part sits in its total's paragraph.
/// Values that agree say nothing here (the pair is not counted as a pass): the rule judges only a pair that disagrees.
extension SameFigureRule {
    static func framedRepeats(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        let all = c.statements
        var openers: [SentenceKey: Int]? = nil
        var labels: [ParagraphKey: ParagraphLabels]? = nil
        // A document's candidates, each keyed by its subject's last two bytes and its kind (a subject and its framed
        // wording end alike) above its position: sorted, equal keys stand together, no dictionary per document.
        var keyed: [Int] = []
        var k = 0
        while k < all.count {
            // The statements are in (path, line, column) order: a document's stand together.
            let d = all[k].document
            keyed.removeAll(keepingCapacity: true)
            while k < all.count, all[k].document == d {
                // (Fields read in place: a Statement copy retains its core.)
                if all[k].paragraph != nil, all[k].sentence != nil, !all[k].isAmbiguous, all[k].metric.direction == nil,
                   !all[k].isTarget, MetricIdentity.amounts.contains(all[k].metric.kind) {
                    let u = all[k].subject.utf8
                    if u.count >= 6 {
                        let i = u.index(before: u.endIndex)
                        let end = Int(u[u.index(before: i)]) << 8 | Int(u[i])
                        keyed.append(end << 40 | Int(all[k].metric.kind.code) << 32 | k)
                    }
                }
                k += 1
            }
            guard keyed.count > 1 else { continue }
            keyed.sort()
            var reported = Set<Int>()
            var r = 0
            while r < keyed.count {
                var e = r + 1
                while e < keyed.count, keyed[e] >> 32 == keyed[r] >> 32 { e += 1 }
                let run = r..<e
                r = e
                guard run.count > 1 else { continue }
                for j in (run.lowerBound + 1)..<run.upperBound {
                    let y = keyed[j] & 0xFFFF_FFFF
                    for i in run.lowerBound..<j {
                        let x = keyed[i] & 0xFFFF_FFFF
                        // Cheapest tests first, on the statements in place: other paragraphs, subjects of two lengths
                        // (one the other's suffix), one unit family.
                        guard all[x].paragraph != all[y].paragraph,
                              all[x].subject.utf8.count != all[y].subject.utf8.count,
                              all[x].unitFamily == all[y].unitFamily else { continue }
                        let first = all[x], later = all[y]
                        let firstShorter = first.subject.utf8.count < later.subject.utf8.count
                        let (short, long) = firstShorter ? (first, later) : (later, first)
                        guard LiteralSearch.hasSuffix(long.subject, short.subject),
                              let frame = frame(of: long.subject, before: short.subject),
                              !first.range.agrees(with: later.range),
                              c.rules.catalogue.identifies(short.subject),
                              c.identity.sameBesidesSubject(short, long),
                              isMisstatement(first, later),
                              let text = c.text(of: short),
                              framedBefore(short, frame, in: text) || namesOwnRegion(frame, short, c.rules)
                        else { continue }
                        if first.sentence != later.sentence {
                            openers = openers ?? sentenceOpeners(c)
                            if let a = topic(of: first, all, openers!), let b = topic(of: later, all, openers!), topicsDiffer(a, b) { continue }
                        }
                        labels = labels ?? paragraphLabels(c)
                        if let a = labels?[ParagraphKey(first)], let b = labels?[ParagraphKey(later)], a.differ(from: b) { continue }
                        guard let level = level(severity, first, later, c) else { continue }
                        // Which of the two is miswritten is not known: each is reported against the other, once.
                        for (here, there) in [(later, first), (first, later)] where reported.insert(here.index).inserted {
                            out.fail(Finding(
                                ruleID: "same-figure-agrees", severity: level,
                                message: c.message("same-figure-agrees",
                                                   "\(label(here)) \(here.shown) here, \(label(there)) \(there.shown) at \(c.reference(there, from: here))",
                                                   here, other: there),
                                locations: [here.location, there.location]))
                        }
                    }
                }
            }
        }
    }

    /// The letters `long` holds before `short` (its suffix), when they are a frame: one to four letters, none a digit
    /// or a mark of a list or a clause.
    static func frame(of long: String, before short: String) -> String? {
        let bytes = Array(long.utf8)
        let n = bytes.count - short.utf8.count
        guard n > 0 else { return nil }
        let frame = String(decoding: bytes[..<n], as: UTF8.self)
        let letters = frame.unicodeScalars
        guard letters.count <= 4, letters.allSatisfy({ $0.value >= 0x3400 && !(0xFF10...0xFF19).contains($0.value) && !"、，,：:的".unicodeScalars.contains($0) }) else { return nil }
        return frame
    }

    /// The frame is stated in the shorter statement's paragraph before it, and not as the start of the shorter subject
    /// itself there (国内旅游收入… before 旅游收入 names the narrower figure, not a setting). Subjects of a document in
    /// traditional script come out simplified (`TraditionalContext`): its paragraph is folded alike.
    /// The paragraph is its line and the lines above it back to a paragraph end (`paragraphStart`): an OCR'd column
    /// breaks 2019年春节假期，…实现⏎旅游收入5139亿元 anywhere, and the frame stays the paragraph's setting.
    static func framedBefore(_ s: Statement, _ frame: String, in text: [UInt8]) -> Bool {
        let end = min(s.metric.sourceRange.lowerBound, text.count)
        let start = paragraphStart(before: end, in: text, within: 3000)
        var line = Array(text[start..<end]).filter { $0 != 0x0A && $0 != 0x0D }   // a frame word broken by the column
        if TraditionalScript.isTraditional(utf8: text) {
            let written = String(decoding: line, as: UTF8.self)
            let map = TraditionalScript.foldings(of: written.unicodeScalars.map(\.value))
            line = Array(TraditionalContext.folded(written, map).utf8)
        }
        let f = Array(frame.utf8), next = Array((s.subject.unicodeScalars.first.map { String($0) } ?? "").utf8)
        guard !f.isEmpty, line.count >= f.count else { return false }
        var k = 0
        while k + f.count <= line.count {
            if line[k] == f[0], line[k..<(k + f.count)].elementsEqual(f) {
                let after = k + f.count
                if !(after + next.count <= line.count && line[after..<(after + next.count)].elementsEqual(next)) { return true }
                k += f.count
            } else {
                k += 1
            }
        }
        return false
    }

    /// The frame is a region's proper name — two letters or more and then a region level's character (rules.yaml
    /// `region_levels`, the country's left out: 江苏省, 达州市, 西湖区) — and the shorter statement's own clause names the
    /// whole of a region of that level and of no other (全省城镇新增就业, 我市居民人均可支配收入): the document's own region
    /// named once by name and once as 全省 / 我市, so the frame sets no narrower figure apart. Another level's name
    /// (南京市 beside 全省, 北京市 beside 全国) is a part of the region, never asked here.
    static func namesOwnRegion(_ frame: String, _ short: Statement, _ rules: RuleSet) -> Bool {
        let letters = Array(frame.unicodeScalars)
        guard letters.count >= 3, let last = letters.last else { return false }
        let level = String(last)
        guard level != "国", rules.regionLevels.contains(where: { $0.level == level }) else { return false }
        return regionLevels(of: short, rules) == [level]
    }

    /// Where the paragraph holding offset `end` starts, at most `limit` bytes back: the start of its line, or of a line
    /// above it when the line feeds between are a hard-wrapped column's — one after a line that ends inside a sentence,
    /// not after a blank line, 。！？ (SentenceReader.paragraphBreaks' paragraph ends) or a tag's `>` (a page's block).
    static func paragraphStart(before end: Int, in text: [UInt8], within limit: Int) -> Int {
        var start = end
        while start > 0, end - start < limit {
            if text[start - 1] != 0x0A { start -= 1; continue }
            var j = start - 2
            while j >= 0, text[j] == 0x20 || text[j] == 0x0D || text[j] == 0x09 { j -= 1 }
            if j < 0 || text[j] == 0x0A || text[j] == 0x3E { break }
            if j >= 2, (text[j - 2] == 0xE3 && text[j - 1] == 0x80 && text[j] == 0x82)
                || (text[j - 2] == 0xEF && text[j - 1] == 0xBC && (text[j] == 0x81 || text[j] == 0x9F)) { break }
            start -= 1
        }
        return start
    }

    /// Two numbers that are one number mis-stated: the point moved or a digit dropped or doubled (`isDigitSlip`), the
    /// scale word changed (0.4亿元 / 0.4万元 / 0.4元), or, of two digits or more on one scale with the point in one
    /// place, one digit changed (5139 / 5138 / 5149 / 6139), the digits reversed (5139 / 9315; 78.3 / 38.7) or two
    /// neighbours traded (5139 / 5319).
    static func isMisstatement(_ a: Statement, _ b: Statement) -> Bool {
        if isDigitSlip(a, b) || ScaleSlipRule.isScaleWordSlip(a, b) || isRescaledMisstatement(a, b) { return true }
        guard let x = writtenDigits(a.shown), let y = writtenDigits(b.shown), x.digits.count >= 2,
              x.digits.count == y.digits.count, x.point == y.point,
              x.scale == y.scale || sameFactor(a.baseValue, x.number, b.baseValue, y.number) else { return false }
        let differ = x.digits.indices.filter { x.digits[$0] != y.digits[$0] }
        return differ.count == 1 || SameFigureRule.transposes(x.digits, y.digits)
    }

    /// One figure written on two scales (its scale words differ: 元 / 万元, 亿元 / 万元) whose values in base units are
    /// of one magnitude and differ in one digit of three significant digits or more: 18756元 / 1.8757万元, 5139亿元 /
    /// 51380000万元, 104.68万人 / 1046900人 — the figure converted and miscopied. Rewritten exactly it agrees and is
    /// never asked.
    static func isRescaledMisstatement(_ a: Statement, _ b: Statement) -> Bool {
        guard let x = writtenDigits(a.shown), let y = writtenDigits(b.shown), x.scale != y.scale,
              let p = significantDigits(a.baseValue), let q = significantDigits(b.baseValue),
              p.magnitude == q.magnitude, max(p.digits.count, q.digits.count) >= 3 else { return false }
        let n = max(p.digits.count, q.digits.count)
        let u = p.digits + Array(repeating: 0, count: n - p.digits.count)
        let v = q.digits + Array(repeating: 0, count: n - q.digits.count)
        return zip(u, v).filter { $0 != $1 }.count == 1
    }

    /// The digits of a value of 1 or more, leading and trailing zeros dropped, and the number of digits before its
    /// point: 513900000000 → ([5, 1, 3, 9], 12); 18757 → ([1, 8, 7, 5, 7], 5); nil below 1.
    static func significantDigits(_ value: Decimal) -> (digits: [UInt8], magnitude: Int)? {
        let text = "\(abs(value))"
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = parts.first, whole.first != "0", whole.allSatisfy(\.isASCII) else { return nil }
        var digits = (whole + (parts.count > 1 ? parts[1] : "")).compactMap { $0.wholeNumberValue.map(UInt8.init) }
        guard digits.count == whole.count + (parts.count > 1 ? parts[1].count : 0) else { return nil }
        while digits.last == 0 { digits.removeLast() }
        return (digits, whole.count)
    }
}
