import Foundation
import Yams

/// Small readers over Yams nodes that keep the line of every entry, so errors name file:line.
struct YAMLFile {
    let name: String
    let root: Node

    init(name: String, text: String) throws(LexiconError) {
        self.name = name
        do {
            // (The basic resolver: nothing here asks a node's resolved tag — entries are read as text, `bool` reads
            // the text too — and the default one compiled seven regular expressions, ICU's start-up with them, on
            // every run: a sixth of `gongbao extract`'s start-up.)
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw LexiconError(file: name, line: 1, message: "empty file")
            }
            root = node
        } catch let e as LexiconError {
            throw e
        } catch let e as YamlError {
            throw LexiconError(file: name, line: YAMLFile.line(of: e), message: "not YAML: \(e)")
        } catch {
            throw LexiconError(file: name, line: 1, message: "not YAML: \(error)")
        }
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    func line(_ node: Node?) -> Int { node?.mark?.line ?? 1 }

    func fail(_ node: Node?, _ message: String) -> LexiconError {
        LexiconError(file: name, line: line(node), message: message)
    }

    /// The value of `key` in a mapping node.
    func child(_ node: Node, _ key: String) -> Node? {
        guard let map = node.mapping else { return nil }
        for (k, v) in map where k.string == key { return v }
        return nil
    }

    /// A list of strings (a missing key is an empty list).
    func strings(_ node: Node?, _ what: String) throws(LexiconError) -> [String] {
        guard let node else { return [] }
        if node.scalar != nil, node.string == "" { return [] }
        guard let seq = node.sequence else { throw fail(node, "\(what) must be a list") }
        var out: [String] = []
        for item in seq {
            guard let s = item.string, !s.isEmpty else { throw fail(item, "\(what): entries must be non-empty text") }
            out.append(s)
        }
        return out
    }

    func string(_ node: Node, _ key: String, required: Bool = true) throws(LexiconError) -> String? {
        guard let v = child(node, key) else {
            if required { throw fail(node, "missing \(key)") }
            return nil
        }
        guard let s = v.string, !s.isEmpty else { throw fail(v, "\(key) must be non-empty text") }
        return s
    }

    func decimal(_ node: Node, _ key: String) throws(LexiconError) -> Decimal? {
        guard let s = try string(node, key, required: false) else { return nil }
        guard let d = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")), !s.contains("e") else {
            throw fail(child(node, key), "\(key) must be a plain decimal, got \(s)")
        }
        return d
    }

    func list(_ key: String) -> [Node] { child(root, key)?.sequence.map(Array.init) ?? [] }
}
