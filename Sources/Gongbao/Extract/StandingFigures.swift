/// A figure standing alone on its line (77.3岁, 4.73万个 over the paragraph that explains it): feature pages of figures
/// ("数说…") head each paragraph with its figure, and the paragraph then states it in a sentence (目前我国共有体育社会
/// 组织4.73万个). The line names nothing; the sentence does. So the figure takes the subject of the first figure after it
/// with the same value and unit, on a later line within a short reach (the paragraph the heading opens).
enum StandingFigures {
    /// How far after the standing figure its restatement may start, in scalars (a paragraph or two).
    static let reach = 600

    static func apply(_ figures: inout [Figure], text: DocText) {
        let t = text.t
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let span = figures[k].span
            // Cheap first: the scalar before the figure is a line feed or a space (most figures follow a letter).
            var b = span.lowerBound
            while b > 0, t[b - 1] == 0x20 || t[b - 1] == 0x09 || t[b - 1] == 0x3000 { b -= 1 }
            guard b == 0 || t[b - 1] == 0x0A else { continue }
            var e = span.upperBound
            while e < t.count, t[e] == 0x20 || t[e] == 0x09 || t[e] == 0x3000 || t[e] == 0x0D { e += 1 }
            guard e < t.count, t[e] == 0x0A else { continue }
            // (A figure that a label names already — a table's cell on a line of its own, under its label — keeps its
            // subject unless blank lines set it apart as a heading.)
            if !figures[k].subject.isEmpty, !(blankLineBefore(t, b) && blankLineAfter(t, e)) { continue }
            var j = k + 1
            while j < figures.count, figures[j].span.lowerBound - e <= reach {
                let f = figures[j]
                if f.span.lowerBound > e, !f.fromTable, f.kind == figures[k].kind, f.unit == figures[k].unit,
                   f.value == figures[k].value, !f.subject.isEmpty {
                    figures[k].subject = f.subject
                    break
                }
                j += 1
            }
        }
    }

    /// The line before the one starting at `b` holds nothing but spaces (or `b` opens the text).
    static func blankLineBefore(_ t: [UInt32], _ b: Int) -> Bool {
        var i = b - 1   // the line feed that ends the line before
        while i > 0, t[i - 1] == 0x20 || t[i - 1] == 0x09 || t[i - 1] == 0x3000 || t[i - 1] == 0x0D { i -= 1 }
        return i <= 0 || t[i - 1] == 0x0A
    }

    /// The line after the line feed at `e` holds nothing but spaces.
    static func blankLineAfter(_ t: [UInt32], _ e: Int) -> Bool {
        var i = e + 1
        while i < t.count, t[i] == 0x20 || t[i] == 0x09 || t[i] == 0x3000 || t[i] == 0x0D { i += 1 }
        return i >= t.count || t[i] == 0x0A
    }
}
