import Foundation
import Testing

/// One line of a Specs/*.jsonl file: an input and the figures it must yield.
///
/// A field left out of an expectation is not checked; `null` means "must be absent".
struct SpecCase: Sendable, CustomTestStringConvertible {
    enum Field: Sendable, Equatable {
        case null
        case text(String)
        case texts([String])
        case flag(Bool)
    }

    var id: String
    var file: String
    var input: String
    var expect: [[String: Field]]
    var pending: String?

    var testDescription: String { "\(file):\(id)" }

    /// Loads a spec file next to this test file (Tests/GongbaoTests/Specs/NAME).
    static func load(_ name: String, filePath: String = #filePath) -> [SpecCase] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Specs").appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url) else { return [] }
        var out: [SpecCase] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                out.append(SpecCase(id: "line-\(n + 1)-not-json", file: name, input: "", expect: [["broken": .null]]))
                continue
            }
            let expect = (obj["expect"] as? [[String: Any]] ?? []).map { item in
                item.mapValues { v -> Field in
                    if v is NSNull { return .null }
                    if let s = v as? String { return .text(s) }
                    if let a = v as? [String] { return .texts(a) }
                    if let b = v as? Bool { return .flag(b) }
                    if let n = v as? NSNumber { return .text(n.stringValue) }
                    return .null
                }
            }
            out.append(SpecCase(id: obj["id"] as? String ?? "line-\(n + 1)", file: name, input: obj["input"] as? String ?? "",
                                expect: expect, pending: obj["pending"] as? String))
        }
        return out
    }
}
