/// number-well-formed: a figure whose digits run on from a number the extractor could not read, because a mark inside
/// it is no mark of a number — 增长3。1% (a full stop for the decimal point), 增长14..3% (the point doubled), 存款20,54亿元
/// (a thousands separator before two digits), 入境旅客1388,584人次 (one after four digits), 支出347万,768万元 (a scale word inside a number written with thousands
/// separators: the figure reads 347,768万元, a 万 slipped in after its first group). The extractor reads the figure after the mark alone (1%, 3%, 54亿元), so
/// every rule downstream judges a number the document does not mean: the slip is reported where it stands.
///
/// Only the bytes right before a quantity figure that starts with a digit are read (three at most, then the digits before
/// them): a date or an ordinal after a sentence's end (…增长3。1-9月…) is no quantity, and a comma after a decimal
/// (分别增长5.2,3.1%) or between full groups (12,345) is left alone. A full stop after a number that is no decimal's
/// integer part is a sentence's end: after 第 (排名第3。), at a line's start (a list item 3。), or before a figure that
/// holds a point or a separator of its own (a decimal's fraction holds neither). A comma in a clause that lists figures
/// (分别, 依次: 分别增长12,15%) separates two of them.
enum MalformedNumberRule {
    /// The kinds a malformed number is reported for (a date or an ordinal may start a sentence after a digit).
    static let kinds: Set<MetricKind> = [.count, .money, .percent, .ratio, .index, .measure]
    static let fullStop: [UInt8] = Array("。".utf8)
    static let ordinalMark: [UInt8] = Array("第".utf8)
    /// Words that make a clause a list of figures, one after another (a comma between two of them separates them).
    static let listWords: [[UInt8]] = [Array("分别".utf8), Array("依次".utf8)]
    /// Marks that end the clause a list word is looked for in (，；。 and a line break).
    static let clauseEnds: [[UInt8]] = [Array("，".utf8), Array("；".utf8), Array("。".utf8), [0x0A]]
    /// 万 and 亿, the scale words a number's first group may carry by a slip (347万,768万元).
    static let scaleWords: [[UInt8]] = [Array("万".utf8), Array("亿".utf8)]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("number-well-formed", severity)
        for document in c.documents {
            guard let text = document.text else { continue }
            let bytes = text.bytes
            for m in document.metrics where kinds.contains(m.kind) {
                let at = m.sourceRange.lowerBound
                guard at > 1, at < bytes.count, isDigit(bytes, at) else { continue }
                guard let (written, problem) = malformation(bytes, before: at, figure: m.sourceRange.upperBound) else { continue }
                out.fail(Finding(ruleID: "number-well-formed", severity: severity,
                                 message: "\(written) is no number as written: \(problem); read as \(m.surface.filter { !$0.isWhitespace })",
                                 locations: [m.location]))
            }
        }
        return out
    }

    /// What is wrong with the number that ends in the figure starting at `at` (its text as written, and why); nil when the
    /// bytes before the figure are no part of it.
    static func malformation(_ b: [UInt8], before at: Int, figure end: Int) -> (String, String)? {
        // 3。1%: a digit, a full stop, the figure.
        if at >= 4, ends(b, at: at, with: fullStop), isDigit(b, at - 4), let start = digitsStart(b, before: at - 3),
           !endsSentence(b, numberStart: start, figure: at, end: end) {
            return (written(b, start, end), "a full stop (。) stands for its decimal point")
        }
        // 14..3%: a digit, two points, the figure.
        if at >= 3, b[at - 1] == 0x2E, b[at - 2] == 0x2E, isDigit(b, at - 3), let start = digitsStart(b, before: at - 2) {
            return (written(b, start, end), "its decimal point is written twice")
        }
        // Digits and a comma before the figure's digits (a list 分别12,15% separates two figures; a decimal 3.14,5 is
        // none of this):
        // - 20,54亿元: one to three digits before a group that is not three digits long (the extractor joins 12,345
        //   itself, so a figure right after a comma is a group it did not take; 12,345 read as 345 is not this rule's);
        // - 1388,584人次: four digits or more before a group of exactly three — a separator in the wrong place (a first
        //   group holds one to three digits), so the figure is neither 1388 nor the 584 the extractor read.
        if b[at - 1] == 0x2C, isDigit(b, at - 2), let start = digitsStart(b, before: at - 1),
           !b[start..<(at - 1)].contains(0x2E), start == 0 || (b[start - 1] != 0x2E && b[start - 1] != 0x2C),
           !listsFigures(b, before: start) {
            var k = at
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            let first = at - 1 - start, group = k - at
            if first <= 3 {
                guard group != 3, k >= b.count || b[k] != 0x2C else { return nil }
                return (written(b, start, end), "a thousands separator before \(group) digit\(group == 1 ? "" : "s")")
            }
            guard group == 3 else { return nil }
            return (written(b, start, end), "a thousands separator after \(first) digits (a first group holds one to three)")
        }
        // 347万,768万元: one to three digits and a scale word, a comma, then a group of exactly three digits that carries
        // the same scale word — one number (347,768万元) with its scale word written twice. A clause break is no ASCII
        // comma between a scale word and three digits with that word again (…增加2万,300万元… would need both).
        if at >= 5, b[at - 1] == 0x2C, let word = scaleWords.first(where: { ends(b, at: at - 1, with: $0) }),
           isDigit(b, at - 5), let start = digitsStart(b, before: at - 4), at - 4 - start <= 3,
           !b[start..<(at - 4)].contains(0x2E), start == 0 || (b[start - 1] != 0x2E && b[start - 1] != 0x2C && !isDigit(b, start - 1)),
           !listsFigures(b, before: start) {
            var k = at
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            guard k - at == 3, k + word.count <= b.count, b[k..<(k + word.count)].elementsEqual(word) else { return nil }
            return (written(b, start, end), "a scale word before a thousands separator (one number written with its scale word twice)")
        }
        return nil
    }

    /// True when the full stop between the number at `numberStart` and the figure at `figure` ends a sentence rather
    /// than standing for a point: the number is an ordinal (第3。) or a list item's (3。 at a line's start: only spaces
    /// before it), or the figure holds a point or a comma of its own (3。15.2% — a fraction has neither). Digits that
    /// end a Latin word are no number at all (增加47.5亿m3。62个湖泊: the 3 of the unit m3).
    static func endsSentence(_ b: [UInt8], numberStart: Int, figure: Int, end: Int) -> Bool {
        if ends(b, at: numberStart, with: ordinalMark) { return true }
        if numberStart > 0, (b[numberStart - 1] | 0x20) >= 0x61, (b[numberStart - 1] | 0x20) <= 0x7A { return true }
        var k = numberStart
        while k > 0, b[k - 1] == 0x20 || b[k - 1] == 0x09 { k -= 1 }
        if k == 0 || b[k - 1] == 0x0A || b[k - 1] == 0x0D { return true }
        var j = figure
        while j < min(end, b.count), (b[j] >= 0x30 && b[j] <= 0x39) || b[j] == 0x2E || b[j] == 0x2C {
            if b[j] == 0x2E || b[j] == 0x2C { return true }
            j += 1
        }
        return false
    }

    /// True when the clause before `start` (back to its last ，；。 or line break) holds a word that lists figures.
    static func listsFigures(_ b: [UInt8], before start: Int) -> Bool {
        var k = start
        while k > 0 {
            if clauseEnds.contains(where: { ends(b, at: k, with: $0) }) { return false }
            if listWords.contains(where: { ends(b, at: k, with: $0) }) { return true }
            k -= 1
        }
        return false
    }

    /// True when `b[..<k]` ends with `word`.
    static func ends(_ b: [UInt8], at k: Int, with word: [UInt8]) -> Bool {
        k >= word.count && b[(k - word.count)..<k].elementsEqual(word)
    }

    /// Where the run of ASCII digits (and points) ending right before `end` starts; nil when no digit stands there.
    static func digitsStart(_ b: [UInt8], before end: Int) -> Int? {
        var k = end
        while k > 0, (b[k - 1] >= 0x30 && b[k - 1] <= 0x39) || (b[k - 1] == 0x2E && k - 1 < end - 1) { k -= 1 }
        return k < end && isDigit(b, k) ? k : nil
    }

    static func isDigit(_ b: [UInt8], _ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }

    static func written(_ b: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: b[start..<min(end, b.count)], as: UTF8.self)
    }
}
