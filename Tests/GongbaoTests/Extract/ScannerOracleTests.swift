import Foundation
import Testing
import Gongbao

/// Differential test of the hand-written figure scanner against a regular expression generated from the same
/// lexicon (units.yaml, scales.yaml).
///
/// The scanner is a byte/scalar matcher tuned for speed; the regex is slow but obviously right for the simple
/// shape it covers: Arabic number (with thousands commas, decimals, full-width digits or a space before the scale),
/// optional scale words, one unit from the lexicon. Seeded random phrases built from the whole unit table are run
/// through both; value, unit and surface must agree. The regex never runs outside tests.
@Suite("Scanner vs lexicon regex")
struct ScannerOracleTests {
    /// Small deterministic generator (SplitMix64): the same phrases on every run and machine.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Scale sequences as written in bulletins (3千万元, 1.5万亿元); each multiplies the number.
    static let scaleRuns: [(text: String, factor: Decimal)] = [
        ("", 1), ("万", 10_000), ("亿", 100_000_000), ("万亿", Decimal(string: "1000000000000")!),
        ("千万", 10_000_000), ("百万", 1_000_000), ("千", 1_000), ("百", 100),
    ]

    /// Units whose surface starts with a scale word (千瓦, 万标箱) are left out: there the longest reading is a
    /// matter of the unit table, not of the grammar the regex models. So are the calendar words (5月, 12日,
    /// 一季度): after a number they name a date, which other tests cover.
    static func oracleUnits(_ lexicon: Lexicon) -> [Lexicon.Unit] {
        let scaleStarts = Set(lexicon.scales.compactMap(\.surface.first))
        let calendar: Set<String> = ["月", "月份", "日", "季度"]
        return lexicon.units.filter { u in
            guard let first = u.surface.first, !scaleStarts.contains(first) else { return false }
            return !calendar.contains(u.surface) && !u.surface.contains(where: \.isWhitespace)
        }
    }

    /// `(number)(scales)(unit)`, units longest first so the alternation picks what the scanner's trie picks.
    static func oracle(units: [Lexicon.Unit], scales: [String]) throws -> NSRegularExpression {
        let unitAlt = units.map(\.surface).sorted { $0.count > $1.count }
            .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        let scaleClass = scales.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try NSRegularExpression(pattern: "([0-9][0-9,]*(?:\\.[0-9]+)?) ?((?:\(scaleClass))*)(\(unitAlt))")
    }

    struct Case: CustomStringConvertible {
        var phrase: String, figure: String, value: Decimal, unit: String
        var description: String { "\(phrase) → \(value) \(unit)" }
    }

    /// One random figure: digits (sometimes grouped with commas, sometimes with decimals, sometimes full width),
    /// an optional space, a scale run and a unit, inside a neutral sentence.
    static func makeCase(_ rng: inout SplitMix, units: [Lexicon.Unit], allSurfaces: [String])
        -> (figureText: String, plain: String, unit: Lexicon.Unit, scale: Decimal) {
        let unit = units[rng.below(units.count)]
        let integer = 2 + rng.below(99_998)
        var digits = String(integer)
        if rng.below(4) == 0, integer >= 1000 {
            // 12,345: thousands separators, as in tables copied into prose.
            var grouped = "", count = 0
            for ch in digits.reversed() {
                if count > 0, count % 3 == 0 { grouped.append(",") }
                grouped.append(ch); count += 1
            }
            digits = String(grouped.reversed())
        }
        var plain = String(integer)
        if rng.below(2) == 0 {
            let decimals = String(1 + rng.below(99))
            digits += "." + decimals
            plain += "." + decimals
        }
        // Durations (3年, 90分钟) take no scale word in bulletins.
        var run = unit.kind == .time ? scaleRuns[0] : scaleRuns[rng.below(scaleRuns.count)]
        // 千 + 瓦 is the unit 千瓦, and 千 + 米/秒 starts with the unit 千米: where a scale word and the start of
        // the unit spell another unit, the unit table decides, so such a pair is written without the scale.
        let joined = run.text + unit.surface
        let absorbs = run.text.indices.contains { start in
            let tail = joined[start...]
            return allSurfaces.contains { $0.count > 1 && tail.hasPrefix($0) && $0 != unit.surface }
        }
        if absorbs { run = scaleRuns[0] }
        let space = !run.text.isEmpty && rng.below(5) == 0 ? " " : ""
        var written = digits + space + run.text + unit.surface
        if rng.below(6) == 0 {
            // Full-width digits and point (１２．５万元), folded by the normalizer.
            written = String(written.unicodeScalars.map { s -> Character in
                if s.value >= 0x30, s.value <= 0x39 { return Character(Unicode.Scalar(s.value + 0xFEE0)!) }
                if s == "." { return "．" }
                return Character(s)
            })
        }
        return (written, plain, unit, run.factor)
    }

    static let frames = ["全市共有%@。", "今年新增%@，", "目前累计完成%@；", "全年实现%@。"]

    @Test("seeded phrases from the whole unit table: scanner and regex agree on value, unit and surface")
    func scannerAgreesWithRegex() throws {
        let extractor = try Extractor()
        let lexicon = extractor.lexicon
        let units = Self.oracleUnits(lexicon)
        #expect(units.count > 50, "the unit table should give the oracle most of its units")
        let regex = try Self.oracle(units: units, scales: ["万", "亿", "千", "百"])
        var rng = SplitMix(state: 20_231_124)
        var mismatches: [String] = []
        var checked = 0
        for n in 0..<600 {
            let (figureText, plain, unit, scale) = Self.makeCase(&rng, units: units,
                                                                    allSurfaces: lexicon.units.map(\.surface))
            let phrase = Self.frames[n % Self.frames.count].replacingOccurrences(of: "%@", with: figureText)
            // The oracle reads the width-folded phrase, as the scanner does after normalizing.
            let folded = String(phrase.unicodeScalars.map { s -> Character in
                if s.value >= 0xFF10, s.value <= 0xFF19 { return Character(Unicode.Scalar(s.value - 0xFEE0)!) }
                if s == "．" { return "." }
                return Character(s)
            })
            let ns = folded as NSString
            guard let m = regex.firstMatch(in: folded, range: NSRange(location: 0, length: ns.length)) else {
                mismatches.append("regex found nothing in \(phrase)")
                continue
            }
            let number = ns.substring(with: m.range(at: 1)).replacingOccurrences(of: ",", with: "")
            let unitSurface = ns.substring(with: m.range(at: 3))
            guard let oracleUnit = units.first(where: { $0.surface == unitSurface }),
                  var expected = Decimal(string: number) else {
                mismatches.append("oracle could not read \(phrase)")
                continue
            }
            #expect(number == plain, "the oracle itself misread \(phrase)")
            #expect(oracleUnit.surface == unit.surface, "the oracle read unit \(unit.surface) as \(oracleUnit.surface)")
            expected *= scale * (oracleUnit.factor ?? 1)
            let expectedUnit = oracleUnit.unit
            let metrics = extractor.metrics(inText: phrase)
            checked += 1
            guard metrics.count == 1, let got = metrics.first else {
                mismatches.append("\(phrase): scanner gave \(metrics.map { "\($0.surface)=\($0.value.plainString)" })")
                continue
            }
            let surface = got.surface.replacingOccurrences(of: "\n", with: "")
            if got.value != expected || got.unit != expectedUnit || surface != figureText {
                mismatches.append("\(phrase): scanner \(got.surface) \(got.value.plainString) \(got.unit ?? "-"), "
                                  + "regex \(figureText) \(expected.plainString) \(expectedUnit)")
            }
        }
        #expect(checked == 600)
        #expect(mismatches.isEmpty, "\(mismatches.count) disagreements, first: \(mismatches.prefix(12).joined(separator: "\n"))")
    }
}
