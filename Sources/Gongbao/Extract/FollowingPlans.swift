/// 多线切割机500台将投入生产: a plan adverb right after a figure (将, 拟, 预计, 力争: target words of qualifiers.yaml,
/// with their look-alikes such as 将近 and 将来) says what will happen to what it counts: the figure is a target, as
/// with a plan word before it. (Checked after the unit and any qualifier after it: 2万余台将, 1亿元左右将.) Not the
/// target nouns (实施3个计划, 完成5个目标): after a classifier they are what is counted.
enum FollowingPlans {
    static let adverbs = ["将", "拟", "预计", "力争"]

    static func apply(_ figures: inout [Figure], text: DocText, book: PatternBook) {
        let t = text.t
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable
            && !figures[k].qualifiers.contains(.target) {
            var e = figures[k].span.upperBound
            guard e < t.count else { continue }
            if let m = book.after.longestMatch(t, at: e) { e += m.length }
            while e < t.count, t[e] == 0x20 { e += 1 }
            guard e < t.count, let m = book.targets.longestMatch(t, at: e),
                  !book.notQualifiers.covers(t, e, length: m.length),
                  adverbs.contains(where: { text.matches($0, at: e) && $0.unicodeScalars.count == m.length })
            else { continue }
            // 将近一半: a longer qualifier word starting here is none.
            if let b = book.before.longestMatch(t, at: e), b.length > m.length { continue }
            figures[k].qualifiers.append(.target)
            figures[k].qualifiers.sortByRank()
        }
    }
}
