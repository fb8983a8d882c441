import Foundation

/// list-count-agrees: a 分别 list gives one figure to each thing its clause names, so the figures after 分别 are as
/// many as the things before it:
///   交通、水利、能源三类项目分别投资50.0亿元、60.0亿元 → three things, two figures: error;
///   3个县实现社会消费品零售总额增速分别高于全州平均水平3.2、2.7、2.4个百分点 — passes.
/// The things are counted by the 、 between their names — a name may hold 和 or 及 (电力热力生产和供应业), so a list
/// joined by 、 and a last 和 may count one more; a name of one letter (农、林、牧、渔业总产值) makes one thing of several,
/// and says nothing — or, without 、, by a count word (三类, 3个, 两项: a numeral and a measure word). A clause naming its things without 、 or count word (城乡居民人均可支配收入分别增长4%、6%) says
/// nothing. The figures are those of the sentence after 分别 joined by 、 和 及 与 alone (`ShareListRule.continues`),
/// and the list must end its clause (a figure after it not joined so is one the reader could not place).
enum ListCountRule {
    static let numerals: [Character: Int] = ["两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    static let measureWords: Set<Character> = ["个", "项", "类", "家", "大", "座", "所", "县", "区", "市", "镇", "条", "批", "种", "次", "地", "省", "国", "方", "部"]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("list-count-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument(where: { $0.sentence != nil && !$0.masked.isEmpty }) {
            // Whether a sentence holds 分别 at all, read once per sentence: a list opens only there.
            var hasFenbie: [Int: Bool] = [:]
            var k = 0
            while k < order.count {
                let sentence = all[order[k]].sentence ?? -1
                let has = hasFenbie[sentence] ?? LiteralSearch.contains(all[order[k]].masked, "分别")
                hasFenbie[sentence] = has
                guard has else { k += 1; continue }
                var list = [order[k]]
                while k + 1 < order.count, ShareListRule.continues(all[list.last!], all[order[k + 1]])
                        || commaContinues(all[list.last!], all[order[k + 1]]) || termContinues(all[list.last!], all[order[k + 1]]) {
                    list.append(order[k + 1])
                    k += 1
                }
                k += 1
                let first = all[list[0]]
                guard var names = namesBefore(first), endsClause(all[list.last!]) else { continue }
                let m = list.count
                // Class names holding 、 (rules.yaml list_names) are looked for only when the count disagrees.
                if !(m >= names.low && m <= names.high), !c.rules.listNames.isEmpty,
                   let fewer = namesBefore(first, listNames: c.rules.listNames) { names = fewer }
                if m >= names.low && m <= names.high { out.pass(); continue }
                // 泉垭村、老府湾村分别新建了100亩基本农田: one amount followed by the thing it measures is what each name did —
                // 分别 distributes the act, not a list of values short of a figure.
                if m == 1, measuresWhatFollows(first) { out.cannotEvaluate(); continue }
                // …等领域的投入分别比上年增长21.9% and nothing after it, not even a full stop: the text was cut inside
                // the list (a page store kept its first kilobytes, a column lost its next page) — the names were
                // written, their figures not. One figure and an open sentence say nothing about the list.
                if m < names.low, isCutAfter(all[list.last!]) { out.cannotEvaluate(); continue }
                let s = all[list.last!]
                out.fail(Finding(
                    ruleID: "list-count-agrees", severity: severity,
                    message: c.message("list-count-agrees",
                                       "\(names.text) names \(names.low == names.high ? "\(names.low)" : "\(names.low)–\(names.high)") things but \(m) figure\(m == 1 ? "" : "s") follow 分别 (\(list.map { all[$0].shown }.joined(separator: "、")))",
                                       first, extra: ["{count}": String(m)]),
                    locations: [first.location] + list.dropFirst().map { all[$0].location }))
            }
        }
        return out
    }

    /// A quantity right after a comma that follows the list's last quantity, with nothing between: the list goes on
    /// (分别进口29.8亿、16.2亿,12.9亿元 — a comma typed for 、). A figure with words before it opens a clause of its own.
    static func commaContinues(_ a: Statement, _ b: Statement) -> Bool {
        a.metric.kind.isQuantity && b.metric.kind.isQuantity && ShareListRule.continues(a, b, joiners: commas)
    }

    static let commas: [[UInt8]] = [[0x2C], Array("，".utf8)]

    /// The next term of a proportion: two ratio figures of one subject joined by a colon alone (三次产业对地区生产总值的
    /// 贡献率分别为26.0:6.1:67.9 — one figure for each of the three things, written as one proportion).
    static func termContinues(_ a: Statement, _ b: Statement) -> Bool {
        a.metric.kind == .ratio && b.metric.kind == .ratio && a.subject == b.subject
            && ShareListRule.continues(a, b, joiners: colons)
    }

    static let colons: [[UInt8]] = [[0x3A], Array("：".utf8), Array("∶".utf8)]

    /// The clauses joined by ， (or ,) right before the list's clause that hold no digit — each may be a name of the
    /// list — counted back to a clause with a figure, another mark (；：。) or the sentence start.
    static func namedClausesBefore(_ text: ArraySlice<UInt8>) -> Int {
        var end = text.endIndex
        var count = 0
        while true {
            // The clause must end in a comma (，EF BC 8C or ,).
            var start: Int
            if end - text.startIndex >= 3, text[end - 3] == 0xEF, text[end - 2] == 0xBC, text[end - 1] == 0x8C {
                start = end - 3
            } else if end > text.startIndex, text[end - 1] == 0x2C {
                start = end - 1
            } else {
                return count
            }
            let clauseEnd = start
            let previous = ShareListRule.clause(Array(text[text.startIndex..<clauseEnd]))
            start = text.startIndex + previous.startIndex
            let words = text[start..<clauseEnd]
            guard words.count >= 6, !words.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return count }
            count += 1
            end = start
        }
    }

    /// No digit after the figure in its clause: the list ends there (分别增长5%、6%和7%，…).
    /// The figure (an amount: a count or a measure) is followed, inside its clause, by a word — the thing it counts or
    /// measures (100亩基本农田), not a break, a joiner or a bound of the figure (左右, 以上).
    static func measuresWhatFollows(_ s: Statement) -> Bool {
        guard s.metric.kind == .count || s.metric.kind == .measure else { return false }
        let middle = ChangeAgreesRule.middle(of: s.masked)
        guard let mark = middle.range(of: "〇", options: .backwards), let next = middle[mark.upperBound...].first(where: { $0 != " " && $0 != "\u{3000}" })
        else { return false }
        guard let v = next.unicodeScalars.first?.value else { return false }
        // (左右, 以上, 上下, 之间, 多, 余 bound the figure itself: 分别稳定在310万吨左右 is a value short of its list.)
        return (0x4E00...0x9FFF).contains(v) && !"、和及与或左以上下之多余的".contains(next)
    }

    /// Whether nothing at all follows the statement's figure in its sentence: no punctuation, no word — the sentence
    /// stops open at the end of the text or its line.
    static func isCutAfter(_ s: Statement) -> Bool {
        let middle = ChangeAgreesRule.middle(of: s.masked)
        guard let mark = middle.range(of: "〇", options: .backwards) else { return false }
        return middle[mark.upperBound...].allSatisfy { $0.isWhitespace }
    }

    static func endsClause(_ s: Statement) -> Bool {
        let middle = ChangeAgreesRule.middle(of: s.masked)
        guard let mark = middle.range(of: "〇", options: .backwards) else { return false }
        for ch in middle[mark.upperBound...] {
            if ChangeAgreesRule.isClauseBreak(ch) { return true }
            if ch.isASCII && ch.isNumber || ("０"..."９").contains(ch) { return false }
        }
        return true
    }

    /// The things the clause before a list's first figure names before 分别: how many (a range when a 和 may join
    /// two names or be part of one), and the words read; nil when the clause has no 分别 right before the figure,
    /// or names its things neither by a count word nor with 、.
    /// Ordinals written short after one 第 (第一、二、三产业, 第二、三季度): each numeral after 、 is one more thing, though
    /// a letter long — the first name ends with 第 and a numeral, every later one opens with a numeral.
    static func isOrdinalRun(_ names: [Substring]) -> Bool {
        guard names.count >= 2, let first = names.first, first.count >= 2,
              first.dropLast().last == "第", let n = first.last, numerals[n] != nil || n == "一" else { return false }
        return names.dropFirst().allSatisfy { name in name.first.map { numerals[$0] != nil } ?? false }
    }

    static func namesBefore(_ s: Statement, listNames: [String] = []) -> (low: Int, high: Int, text: String)? {
        let full = ShareListRule.before(s)
        let clause = ShareListRule.clause(full)
        let text = Array(clause)
        guard let at = ByteText.lastIndex(of: ShareListRule.fenbie, in: text), text.count - (at + ShareListRule.fenbie.count) <= 24 else { return nil }
        // Nothing but words between 分别 and the figure (分别为, 分别增长): a digit there is a figure the list lost.
        guard !text[(at + ShareListRule.fenbie.count)...].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let head = String(decoding: text[..<at], as: UTF8.self)
        guard !head.isEmpty else { return nil }
        let chars = Array(head)
        if chars.contains("、") {
            // Names joined by 、 are counted, count words or not (3个国家级开发区、5个省级开发区: two things); a name of
            // one letter (农、林、牧、渔业: one thing) may join several into one, so it says nothing.
            // A class named by a list of its own (服装、鞋帽、针纺织品, rules.yaml list_names) is one name: its 、 are
            // written out of the names counted.
            var counted = head
            for name in listNames where counted.contains(name) {
                counted = counted.replacingOccurrences(of: name, with: name.replacingOccurrences(of: "、", with: "|"))
            }
            let names = counted.split(separator: "、")
            guard names.allSatisfy({ $0.count >= 2 }) || isOrdinalRun(names) else { return nil }
            let joiners = chars.filter { $0 == "和" || $0 == "及" || $0 == "与" }.count
            // 分行业看，金属制品业，石油煤炭及其他燃料加工业，专用设备制造业，电力、热力的生产和供应业增加值分别增长
            // 44.1%、17.8%、13.0%和7.6%: names may be joined by ， too (a name holding 、 of its own), so the clause may
            // count fewer names than the list has; each clause before it with no figure may be one more.
            return (names.count, names.count + joiners + namedClausesBefore(full[..<clause.startIndex]), head)
        }
        // A count word: a numeral (两, 三, 3) right before a measure word, not part of a larger number or a date.
        for (i, ch) in chars.enumerated() where i + 1 < chars.count && measureWords.contains(chars[i + 1]) {
            var n: Int? = numerals[ch]
            if n == nil, ch.isASCII, let d = Int(String(ch)) { n = d }
            guard let count = n, count >= 2 else { continue }
            if i > 0, chars[i - 1].isNumber || chars[i - 1] == "第" || chars[i - 1] == "前" || chars[i - 1] == "十" { continue }
            return (count, count, head)
        }
        return nil
    }
}
