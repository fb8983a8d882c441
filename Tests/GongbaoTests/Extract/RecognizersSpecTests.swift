import Foundation
import Gongbao
import Testing

/// Microsoft Recognizers-Text's Chinese number and percentage specs (Specs/recognizers-zh, MIT, see SOURCE.md),
/// run through the numeral layer `Extractor.numbers(inText:)`.
///
/// Each kept case is its own test case, named `Model#idx`. A case listed in known-issues.jsonl runs inside
/// withKnownIssue: the suite stays green, and fixing the grammar makes the marker fail until it is removed.
/// Cases that are not written text (excluded.jsonl, with a category) are only counted in the "all" rate.
@Suite("Recognizers-Text zh specs")
struct RecognizersSpecTests {
    @Test("NumberModel", arguments: RecognizersCase.kept("NumberModel"))
    func numberModel(_ c: RecognizersCase) { run(c) }

    @Test("PercentModel", arguments: RecognizersCase.kept("PercentModel"))
    func percentModel(_ c: RecognizersCase) { run(c) }

    func run(_ c: RecognizersCase) {
        if let reason = c.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { check(c) }
        } else {
            check(c)
        }
    }

    func check(_ c: RecognizersCase) {
        if let m = RecognizersJudge.mismatch(c) { Issue.record(Comment(rawValue: "\(c.model)#\(c.idx) \(c.input): \(m)")) }
    }

    /// Pass counts per file; printed for the report (scripts/recognizers_report.py) and pinned so a drop fails.
    /// Floors are today's counts (SOURCE.md records them); raise them when the grammar improves.
    static let floors: [String: (kept: Int, all: Int)] = [
        "NumberModel": (kept: 275, all: 314),
        "PercentModel": (kept: 91, all: 119),
    ]

    static let otherFloors: [String: Int] = ["OrdinalModel": 10, "NumberRangeModel": 61, "CurrencyModel": 29, "DimensionModel": 15]

    @Test("pass rates stay at or above the pinned floors")
    func passRates() {
        for model in ["NumberModel", "PercentModel"] {
            let cases = RecognizersCase.load(model)
            let kept = cases.filter { $0.excluded == nil }
            let passKept = kept.filter { RecognizersJudge.mismatch($0) == nil }.count
            if ProcessInfo.processInfo.environment["RECOGNIZERS_VERBOSE"] != nil {
                for c in cases { if let m = RecognizersJudge.mismatch(c) { print("FAIL \(c.model)#\(c.idx) [\(c.excluded ?? "kept")] \(c.input): \(m)") } }
            }
            let passAll = cases.filter { RecognizersJudge.mismatch($0) == nil }.count
            print("recognizers-zh \(model): written-text \(passKept)/\(kept.count) pass \(percent(passKept, kept.count)), "
                  + "all \(passAll)/\(cases.count) pass \(percent(passAll, cases.count))")
            #expect(!cases.isEmpty, "\(model).jsonl is missing")
            if let floor = Self.floors[model] {
                #expect(passKept >= floor.kept, "\(model): written-text passes fell below \(floor.kept)")
                #expect(passAll >= floor.all, "\(model): all-case passes fell below \(floor.all)")
            }
        }
    }

    @Test("known issues and exclusions name real cases, each once")
    func sidecarsAreHonest() {
        var ids: Set<String> = []
        for model in ["NumberModel", "PercentModel"] {
            for c in RecognizersCase.load(model) {
                ids.insert("\(model)#\(c.idx)")
                #expect(!(c.excluded != nil && c.knownIssue != nil), "\(model)#\(c.idx) is both excluded and a known issue")
                if let reason = c.knownIssue { #expect(reason.contains(": "), "\(model)#\(c.idx) known issue needs a reason") }
            }
        }
        for name in ["excluded.jsonl", "known-issues.jsonl"] {
            for key in RecognizersCase.sidecar(name).keys { #expect(ids.contains(key), "\(name) names \(key), not a case") }
        }
    }

    /// The other specs test more than numerals (units, ranges, ordinals); this only reports whether the numeral
    /// layer finds the expected value inside each expected span (one-sided ranges: the bound).
    @Test("other models: numerals inside the expected spans (report)")
    func otherModels() {
        for model in ["OrdinalModel", "NumberRangeModel", "CurrencyModel", "DimensionModel"] {
            var found = 0, total = 0
            for c in RecognizersCase.load(model) {
                let mentions = RecognizersJudge.extractor.numbers(inText: c.input)
                for e in c.expected {
                    let wanted = RecognizersJudge.bounds(e.value)
                    guard !wanted.isEmpty else { continue }
                    total += 1
                    let inside = mentions.filter { e.span.contains($0.surface.trimmingCharacters(in: .whitespaces)) }
                    let values = inside.flatMap { [$0.value] + ($0.valueMax.map { [$0] } ?? []) }
                    if wanted.allSatisfy({ w in values.contains { RecognizersJudge.close($0, w) } }) {
                        found += 1
                    } else if ProcessInfo.processInfo.environment["RECOGNIZERS_VERBOSE"] != nil {
                        print("MISS \(model)#\(c.idx) \(e.span)=\(e.value ?? "nil"): got \(inside.map { "\($0.surface)=\($0.value)" })")
                    }
                }
            }
            print("recognizers-zh \(model): numeral found in \(found)/\(total) expected spans \(percent(found, total))")
            #expect(total > 0, "\(model).jsonl is missing")
            #expect(found >= (Self.otherFloors[model] ?? 0), "\(model): numerals found fell below the floor")
        }
    }

    func percent(_ n: Int, _ d: Int) -> String {
        d == 0 ? "-" : String(format: "%.1f%%", Double(n) * 100 / Double(d))
    }
}

/// One case of a Recognizers-Text Chinese spec (Specs/recognizers-zh/*.jsonl, MIT, see SOURCE.md there),
/// with the local decisions about it: excluded (not written text, and why) or a known issue (fails today, and why).
struct RecognizersCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable {
        /// The input's own characters at [start, end] (upstream `text` is normalised: full-width → ASCII).
        var span: String
        /// Upstream `value` as written: "55.579", "5E-06", "40%", "(20,35]", or nil.
        var value: String?
    }

    var model: String
    var idx: Int
    var input: String
    var expected: [Expected]
    var excluded: String?
    var knownIssue: String?

    var testDescription: String { "\(model)#\(idx) \(input.prefix(24))" }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Specs").appendingPathComponent("recognizers-zh")

    static func lines(_ name: String) -> [[String: Any]] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// `model#idx` → category (excluded.jsonl) or "category: reason" (known-issues.jsonl).
    static func sidecar(_ name: String) -> [String: String] {
        var out: [String: String] = [:]
        for obj in lines(name) {
            guard let model = obj["model"] as? String, let idx = obj["idx"] as? Int,
                  let category = obj["category"] as? String else { continue }
            let reason = obj["reason"] as? String
            out["\(model)#\(idx)"] = reason.map { "\(category): \($0)" } ?? category
        }
        return out
    }

    static func load(_ model: String) -> [RecognizersCase] {
        let excluded = sidecar("excluded.jsonl")
        let known = sidecar("known-issues.jsonl")
        return lines("\(model).jsonl").compactMap { obj in
            guard let idx = obj["idx"] as? Int, let input = obj["input"] as? String else { return nil }
            let scalars = Array(input.unicodeScalars)
            let expected = (obj["results"] as? [[String: Any]] ?? []).compactMap { r -> Expected? in
                guard let s = r["start"] as? Int, let e = r["end"] as? Int, s >= 0, e < scalars.count, s <= e else { return nil }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s...e])
                return Expected(span: String(view), value: r["value"] as? String)
            }
            return RecognizersCase(model: model, idx: idx, input: input, expected: expected,
                                   excluded: excluded["\(model)#\(idx)"], knownIssue: known["\(model)#\(idx)"])
        }
    }

    static func kept(_ model: String) -> [RecognizersCase] { load(model).filter { $0.excluded == nil } }
}

/// How a case is judged against `Extractor.numbers(inText:)`.
///
/// A case passes when the extractor finds exactly the expected mentions, in order, each with the same
/// characters (whitespace trimmed) and the same value (within 1e-12 relative: upstream values are doubles
/// printed to 15 digits, 三分之一 → 0.333333333333333). NumberModel compares every mention; PercentModel only
/// percentages (isPercent), plus numerals written before 个百分点: percentage points are a unit the figure layer
/// reads (units.yaml), so for 六个百分点 the numeral layer must give 六 = 6, not a percent.
enum RecognizersJudge {
    static let extractor = try! Extractor()

    static let pointsSuffix = try! NSRegularExpression(pattern: "\\s*[个個]?\\s*[百佰]\\s*分\\s*[点點]$")

    static func isPoints(_ span: String) -> Bool {
        pointsSuffix.firstMatch(in: span, range: NSRange(span.startIndex..., in: span)) != nil
    }

    static func strippingPoints(_ span: String) -> String {
        pointsSuffix.stringByReplacingMatches(in: span, range: NSRange(span.startIndex..., in: span), withTemplate: "")
    }

    /// "5E-06" → 0.000005, "40%" → 40; nil for intervals or no value.
    static func decimal(_ text: String) -> Decimal? {
        var s = text
        if s.hasSuffix("%") { s.removeLast() }
        let parts = s.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard let mantissa = Decimal(string: String(parts[0]), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? mantissa : nil }
        guard let exponent = Int(parts[1]) else { return nil }
        return Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: abs(mantissa))
    }

    /// "(20,35]" → [20, 35], "(500,)" → [500], "250" → [250]; [] for null.
    static func bounds(_ value: String?) -> [Decimal] {
        guard let v = value else { return [] }
        if let first = v.first, "([".contains(first) {
            return v.dropFirst().dropLast().split(separator: ",").compactMap { decimal(String($0).trimmingCharacters(in: .whitespaces)) }
        }
        return decimal(v).map { [$0] } ?? []
    }

    static func close(_ a: Decimal, _ b: Decimal) -> Bool {
        let scale = max(abs(b), 1)
        return abs(a - b) <= scale * Decimal(sign: .plus, exponent: -12, significand: 1)
    }

    /// What followed a mention in its input (to see 个百分点 after a numeral).
    static func after(_ m: NumberMention, in input: String) -> String {
        let bytes = Array(input.utf8)
        guard m.range.upperBound <= bytes.count else { return "" }
        return String(decoding: bytes[m.range.upperBound...], as: UTF8.self)
    }

    /// nil when the case passes, else what differs.
    static func mismatch(_ c: RecognizersCase) -> String? {
        let all = extractor.numbers(inText: c.input)
        let trim = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let found: [NumberMention]
        if c.model == "PercentModel" {
            found = all.filter { $0.isPercent || isPoints(trim(String(after($0, in: c.input).prefix(12))).prefixPoints) }
        } else {
            found = all
        }
        let describe = { (ms: [NumberMention]) in
            ms.map { "\($0.surface)=\($0.value)\($0.isPercent ? "%" : "")" }.joined(separator: " | ")
        }
        let wanted = c.expected.map { e -> (String, Decimal?, Bool) in
            let points = c.model == "PercentModel" && isPoints(trim(e.span))
            let span = points ? trim(strippingPoints(trim(e.span))) : trim(e.span)
            let percent = c.model == "PercentModel" && !points
            return (span, e.value.flatMap(decimal), percent)
        }
        let wantText = wanted.map { "\($0.0)=\($0.1.map { "\($0)" } ?? "?")\($0.2 ? "%" : "")" }.joined(separator: " | ")
        guard found.count == wanted.count else { return "want [\(wantText)] got [\(describe(found))]" }
        for (m, w) in zip(found, wanted) {
            let valueOK = w.1.map { close(m.value, $0) } ?? true
            if trim(m.surface) != w.0 || !valueOK || m.isPercent != w.2 || m.valueMax != nil {
                return "want [\(wantText)] got [\(describe(found))]"
            }
        }
        return nil
    }
}

private extension String {
    /// The leading 个百分点 / 百分点 of what follows a numeral, or "" (so isPoints tests only that).
    var prefixPoints: String {
        let s = self.filter { !$0.isWhitespace }
        for p in ["个百分点", "個百分點", "百分点", "百分點"] where s.hasPrefix(p) { return p }
        return ""
    }
}
