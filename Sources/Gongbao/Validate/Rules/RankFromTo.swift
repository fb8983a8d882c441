import Foundation

/// change-agrees for a rank's two ends: 总量由全省第4位跃升至第3位. A rank (an ordinal in 位 or 名) rises to a smaller
/// number and falls to a larger one, so 由第3位上升至第4位 or 由第一位下滑到第六位's figures traded (由第六位下滑到第一位)
/// say the opposite of their verb (rules.yaml `change_verbs`).
///
/// Ranks are no statements (an ordinal counts nothing): the document's figures are read here, the two ends standing next to
/// each other as `ChangeAgreesRule.readsFromTo` reads a level's — 由 or 从 in the clause before the first, and between
/// the two, with no clause break and at most 14 letters, 到 or 至 and a verb of one way only.
enum RankFromTo {
    /// Units of a rank: 第3位, 第5名.
    static let units: Set<String> = ["位", "名"]

    static func check(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        for document in c.documents {
            guard let text = c.text(of: document) else { continue }
            let metrics = document.metrics
            // (Most documents hold no rank: fields read in place, nothing copied or sorted for them.)
            guard metrics.contains(where: { $0.kind == .ordinal }) else { continue }
            var figures = Array(metrics.indices)
            if !zip(figures, figures.dropFirst()).allSatisfy({ metrics[$0].sourceRange.lowerBound <= metrics[$1].sourceRange.lowerBound }) {
                figures.sort { metrics[$0].sourceRange.lowerBound < metrics[$1].sourceRange.lowerBound }
            }
            for (i, j) in zip(figures, figures.dropFirst()) where metrics[i].kind == .ordinal && metrics[j].kind == .ordinal {
                let a = metrics[i], b = metrics[j]
                guard isRank(a), isRank(b), a.value != b.value,
                      let verb = verb(between: a, b, in: text, c.rules) else { continue }
                let contradicts = verb.up ? b.value > a.value : b.value < a.value
                guard contradicts else { out.pass(); continue }
                out.fail(Finding(
                    ruleID: "change-agrees", severity: severity,
                    message: "\(shown(a)) → \(shown(b)) said with \(verb.word): a rank goes the other way (it rises to a smaller number)",
                    locations: [b.location, a.location]))
            }
        }
    }

    static func isRank(_ m: Metric) -> Bool {
        m.kind == .ordinal && units.contains(m.unit ?? "") && m.valueMax == nil
    }

    static func shown(_ m: Metric) -> String { SentenceReader.cleaned(m.surface) }

    /// The change verb between two ranks read 由/从 `a` …到/至 `b` (up: true for 上升, 跃升 …); nil when the words between
    /// them are no such phrase, or name both ways.
    static func verb(between a: Metric, _ b: Metric, in bytes: [UInt8], _ rules: RuleSet) -> (word: String, up: Bool)? {
        let lo = a.sourceRange.upperBound, hi = b.sourceRange.lowerBound
        guard lo <= hi, hi <= bytes.count, hi - lo <= 200 else { return nil }
        let gap = SentenceReader.cleaned(String(decoding: bytes[lo..<hi], as: UTF8.self))
        let start = max(0, a.sourceRange.lowerBound - 120)
        // (A cut inside a letter at the start decodes to U+FFFD, which names nothing.)
        let before = SentenceReader.cleaned(String(decoding: bytes[start..<a.sourceRange.lowerBound], as: UTF8.self))
        guard ChangeAgreesRule.isFromToPhrase(gap: Substring(gap), before: Substring(before), to: ["到", "至"],
                                              from: ["由", "从", "從"]) else { return nil }
        return ChangeAgreesRule.oneWayVerb(in: gap, rules)
    }
}
