extension CategoryBounds {
    /// An amount with a bound word right after a count's classifier and right before a noun is the size class of what
    /// the count counts (加快推进70个30亿元以上项目建设, 新建12座5000吨级以上泊位): the count is the figure a plan sets,
    /// the class no target of its own — and its subject is the class it names (30亿元以上项目), not the noun alone.
    /// Why after the plan passes: a plan section marks every figure under it, the class too.
    static func sizeClasses(_ figures: inout [Figure], text: DocText) {
        guard figures.count >= 2 else { return }
        let t = text.t
        // (The candidates found through the buffer: read from the array, every figure of every document was copied.)
        let candidates: [Int] = figures.withUnsafeBufferPointer { f in
            (1..<f.count).filter { k in
                f[k - 1].span.upperBound == f[k].numberStart && f[k - 1].kind == .count
                    && (f[k].kind == .money || f[k].kind == .measure) && !f[k].fromTable
            }
        }
        for k in candidates {
            // The bound word ends the surface (30亿元以上) or follows it, then an ideograph opens the noun.
            var end = figures[k].span.upperBound
            if end >= 2, t[end - 2] == 0x4EE5, t[end - 1] == 0x4E0A || t[end - 1] == 0x4E0B {
                // (以上 in the surface.)
            } else if let n = wordLength(in: text, at: figures[k].unitEnd) {
                end = figures[k].unitEnd + n
            } else {
                continue
            }
            guard end < t.count, text.isCJK(end), !text.isClauseEnd(t[end]) else { continue }
            figures[k].qualifiers.remove(.target)
            let noun = figures[k].subject
            let words = text.stringWithoutWhitespace(figures[k].numberStart..<end)
            if !noun.isEmpty, text.matches(noun, at: end) { figures[k].subject = words + noun }
        }
    }

    /// Counts of size classes listed with 、 write the counted noun once, after the last class (加快推进8个百亿元、20个
    /// 10亿元以上项目建设): a count whose noun is only a class — it ends in 元 or 级 (百亿元, 千亿级) right before the 、 —
    /// counts what the next count of the list counts (百亿元项目建设), the noun after that count's own class.
    static func sharedClassNouns(_ figures: inout [Figure], text: DocText) {
        guard figures.count >= 2 else { return }
        let t = text.t
        // (The candidates found in the text first: a 、 within ten letters after the count, after 元 or 级, and the
        // next count right after it. The subjects are read only for those.)
        let candidates: [(Int, Int)] = figures.withUnsafeBufferPointer { f in
            var out: [(Int, Int)] = []
            for k in 0..<(f.count - 1) where f[k].kind == .count && f[k + 1].kind == .count && !f[k].fromTable {
                // (The 、 stands one or two letters before the next count: 、20个, 、和20个.)
                let q = f[k + 1].numberStart
                guard q - f[k].unitEnd <= 12, q - f[k].unitEnd >= 3 else { continue }
                let p = t[q - 1] == 0x3001 ? q - 1 : (t[q - 2] == 0x3001 ? q - 2 : -1)
                guard p > f[k].unitEnd, t[p - 1] == 0x5143 || t[p - 1] == 0x7EA7 else { continue }
                out.append((k, p))
            }
            return out
        }
        for (k, after) in candidates {
            let s = figures[k].subject
            guard s.unicodeScalars.count == after - figures[k].unitEnd, text.matches(s, at: figures[k].unitEnd)
            else { continue }
            // The next count's noun after its class: past its last 元/级 and a bound word (10亿元以上项目建设 → 项目建设).
            let next = figures[k + 1].subject.unicodeScalars.map(\.value)
            guard let end = next.lastIndex(where: { $0 == 0x5143 || $0 == 0x7EA7 }) else { continue }
            var from = end + 1
            if let n = wordLength(in: next, at: from) { from += n }
            guard next.count - from >= 2 else { continue }
            figures[k].subject = s + String(String.UnicodeScalarView(next[from...].compactMap(Unicode.Scalar.init)))
        }
    }
}
