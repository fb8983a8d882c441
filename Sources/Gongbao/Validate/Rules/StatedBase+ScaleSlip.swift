import Foundation

extension StatedBase {
    /// The amount of change with the scale word it lacks, when that alone makes the rate fit: 存款余额5238.0亿元，
    /// 比年初增加419.4元，增长8.7% → "419.4亿元" (the rate gives 419.4亿元 to the level's rounding); nil when no scale does,
    /// or the case's base is a stated earlier value rather than an amount of change.
    ///
    /// Why: a change whose 亿 or 万 dropped out is a slip no other rule sees (it is far below its level, so it exceeds
    /// nothing); reported at the rate, the finding would name the wrong figure.
    static func scaleSlip(_ k: Case, by s: Statement) -> String? {
        let d = k.baseStatement
        guard let direction = d.metric.direction, s.metric.kind == .percent, s.metric.unit == "%" || s.metric.unit == "％",
              let b1 = k.level.range.lower, let b2 = k.level.range.upper, let dl = d.range.lower, let dh = d.range.upper
        else { return nil }
        let sign: Decimal = s.metric.direction == .down ? -1 : 1
        let half = ValueRange.changeHalf(of: s.metric)
        for (factor, word) in [(Decimal(10000), "万"), (Decimal(100_000_000), "亿")] {
            let a1 = direction == .down ? b1 + dl * factor : b1 - dh * factor
            let a2 = direction == .down ? b2 + dh * factor : b2 - dl * factor
            guard a1 > 0, a2 > 0 else { continue }
            let low = (b1 / a2 - 1) * 100, high = (b2 / a1 - 1) * 100
            if sign * s.metric.value + half >= low && sign * s.metric.value - half <= high {
                return rescaled(d.shown, by: word)
            }
        }
        return nil
    }

    /// 419.4元 with 亿 → 419.4亿元; 3.2万元 with 万 → 3.2亿元 (万 raised by 10⁴); nil when the surface has no number first.
    static func rescaled(_ shown: String, by word: String) -> String? {
        let number = shown.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard !number.isEmpty else { return nil }
        let rest = shown.dropFirst(number.count)
        if rest.hasPrefix("万") { return word == "万" ? number + "亿" + rest.dropFirst() : nil }
        if rest.hasPrefix("亿") { return nil }
        return number + word + rest
    }
}
