/// Minimal JSON writing for our own records: escaping and key order by hand, no per-record JSONEncoder.
///
/// Keys are written in sorted order so output is deterministic and diffable; values are strings,
/// numbers written as plain decimal strings, arrays of strings, or null.
enum JSONText {
    /// A JSON string literal: quotes, backslash and control characters escaped; CJK kept as is.
    static func quoted(_ s: String) -> String {
        // Most cells need no escape: one byte scan, then the string is copied whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
        return out
    }

    enum Value {
        case string(String)
        case number(String)
        case int(Int)
        case bool(Bool)
        case strings([String])
        case null
        case raw(String)

        var text: String {
            switch self {
            case .string(let s): return JSONText.quoted(s)
            case .number(let s): return s
            case .int(let i): return String(i)
            case .bool(let b): return b ? "true" : "false"
            case .strings(let a): return "[" + a.map(JSONText.quoted).joined(separator: ",") + "]"
            case .null: return "null"
            case .raw(let s): return s
            }
        }
    }

    /// `{"a":…,"b":…}` with keys sorted.
    static func object(_ fields: [String: Value]) -> String {
        "{" + fields.keys.sorted().map { quoted($0) + ":" + fields[$0]!.text }.joined(separator: ",") + "}"
    }
}
