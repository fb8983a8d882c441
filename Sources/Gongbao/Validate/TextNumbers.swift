/// Texts numbered in the order first seen, equal texts (as String keys compare them: `TextKey`) one number:
/// the subjects, unit families, places and earlier periods of one `MetricIdentity.statements` call.
///
/// Why: grouping statements by (subject, unit, kind, place, period …) used to join those texts into one String
/// per statement and hash it (人才资源总量␟人␟count␟-␟…); numbered once when the statement is read, a group's
/// key is a handful of Ints. A joined key and its fields agree (the separators U+001F and | compose with
/// nothing) unless a field itself holds a separator: `holdsSeparator` says so, and such a key is joined as before.
struct TextNumbers {
    private var numbers: [TextKey: Int] = [:]
    /// Per number: its text holds U+001F or | (a separator of the joined keys the numbers replace).
    private(set) var holdsSeparator: [Bool] = []

    init() {}

    /// Room for `capacity` texts from the start (the table is built per document: no growing step by step).
    init(capacity: Int) {
        numbers.reserveCapacity(capacity)
        holdsSeparator.reserveCapacity(capacity)
    }

    /// The number of `text` (a new one the first time it is seen).
    mutating func number(_ text: String) -> Int {
        let key = TextKey(text)
        if let n = numbers[key] { return n }
        let n = holdsSeparator.count
        numbers[key] = n
        holdsSeparator.append(text.utf8.contains { $0 == 0x1F || $0 == 0x7C })
        return n
    }

    /// Whether the text numbered `n` holds a separator (true for -1, a text not numbered: join it).
    func separates(_ n: Int) -> Bool { n < 0 || n >= holdsSeparator.count || holdsSeparator[n] }
}

extension MetricKind {
    /// A number per kind for group keys (a kind hashes its raw value, a String, otherwise); never 0.
    var code: UInt8 {
        switch self {
        case .count: return 1
        case .money: return 2
        case .percent: return 3
        case .ratio: return 4
        case .index: return 5
        case .measure: return 6
        case .date: return 7
        case .duration: return 8
        case .ordinal: return 9
        }
    }
}

extension Optional where Wrapped == Direction {
    /// A number per direction for group keys: 1 none, 2 up, 3 down (0 is left for keys that are joined).
    var code: UInt8 {
        switch self {
        case .none: return 1
        case .up?: return 2
        case .down?: return 3
        }
    }
}
