import Foundation

/// Which subjects a rule speaks of: exactly one normalized subject, any containing a text, or a regex.
///
/// Written in rule files as `签约项目` (exact, after normalization), `~签约` (contains) or `/^签约/` (regex).
public struct SubjectPattern: Sendable, CustomStringConvertible {
    public enum Mode: String, Sendable { case exact, contains, regex }
    public var mode: Mode
    public var text: String
    private let compiled: RegexBox?

    /// Throws the regex compiler's message when `mode` is regex and `text` does not compile.
    public init(mode: Mode, text: String) throws {
        self.mode = mode
        self.text = text
        compiled = mode == .regex ? RegexBox(try NSRegularExpression(pattern: text)) : nil
    }

    /// Reads the short form: `/…/` regex, `~…` contains, anything else exact.
    public init(shortForm raw: String) throws {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if s.count >= 2, s.hasPrefix("/"), s.hasSuffix("/") {
            try self.init(mode: .regex, text: String(s.dropFirst().dropLast()))
        } else if s.hasPrefix("~") {
            try self.init(mode: .contains, text: String(s.dropFirst()))
        } else {
            try self.init(mode: .exact, text: s)
        }
    }

    /// Matches the raw subject or its normalized form (exact compares normalized forms on both sides).
    public func matches(subject: String, normalized: String, catalogue: SubjectCatalogue) -> Bool {
        switch mode {
        case .exact: return normalized == catalogue.normalized(text)
        case .contains: return subject.contains(text) || normalized.contains(text)
        case .regex:
            guard let re = compiled?.regex else { return false }
            return [subject, normalized].contains { s in
                re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
            }
        }
    }

    /// A matcher with the exact text normalized once (for loops over many statements).
    func matcher(_ catalogue: SubjectCatalogue, cache: ValidationCache? = nil) -> @Sendable (_ subject: String, _ normalized: String) -> Bool {
        if mode == .exact {
            // The same text normalized the same way, kept by the run's cache when there is one.
            let key = cache?.normalizedPlain(text) ?? catalogue.normalized(text)
            // LiteralSearch.equals: `==`'s answer, as bytes when both are inert.
            return { _, normalized in LiteralSearch.equals(normalized, key) }
        }
        let me = self
        return { subject, normalized in me.matches(subject: subject, normalized: normalized, catalogue: catalogue) }
    }

    public var description: String {
        switch mode {
        case .exact: return text
        case .contains: return "~" + text
        case .regex: return "/" + text + "/"
        }
    }
}

/// NSRegularExpression is immutable once built and safe to share across threads.
final class RegexBox: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ regex: NSRegularExpression) { self.regex = regex }
}
