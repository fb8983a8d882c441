import Foundation
import Yams

/// Reads the parts of one rule file, turning every mistake into a RuleFileError at the node's line:col.
struct RuleFileReader {
    let path: String

    enum AnalystRule { case bound(BoundRule), relation(RelationRule) }

    func invalid(_ node: Node, _ message: String) -> RuleFileError {
        .invalid(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
    }

    func syntaxError(_ error: YamlError) -> RuleFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .syntax(path: path, line: mark.line, column: mark.column, message: what)
        default:
            return .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
    }

    func location(_ node: Node) -> String { "\(path):\(node.mark?.line ?? 1):\(node.mark?.column ?? 1)" }

    func string(_ node: Node) throws(RuleFileError) -> String {
        guard case let .scalar(s) = node else { throw invalid(node, "expected a text value") }
        return s.string
    }

    func strings(_ node: Node) throws(RuleFileError) -> [String] {
        if case let .scalar(s) = node { return [s.string] }
        guard case let .sequence(items) = node else { throw invalid(node, "expected a list of texts") }
        var out: [String] = []
        for item in items { out.append(try string(item)) }
        return out
    }

    func sequence(_ node: Node) throws(RuleFileError) -> [Node] {
        guard case let .sequence(items) = node else { throw invalid(node, "expected a list") }
        return Array(items)
    }

    func mapping(_ node: Node) throws(RuleFileError) -> [(Node, Node)] {
        guard case let .mapping(m) = node else { throw invalid(node, "expected a mapping (key: value)") }
        return m.map { ($0.key, $0.value) }
    }

    /// A plain number: 100, 0.2, -5 (read as Decimal from its digits).
    func decimal(_ node: Node) throws(RuleFileError) -> Decimal {
        let s = try string(node).trimmingCharacters(in: .whitespaces)
        guard s.range(of: #"^[+-]?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil,
              let d = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) else {
            throw invalid(node, "expected a number, found '\(s)'")
        }
        return d
    }

    /// 10% or 0.1.
    func fraction(_ node: Node) throws(RuleFileError) -> Decimal {
        let s = try string(node).trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("%") {
            guard let d = Decimal(string: String(s.dropLast()), locale: Locale(identifier: "en_US_POSIX")),
                  s.dropLast().range(of: #"^[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil else {
                throw invalid(node, "expected a percentage such as 10%, found '\(s)'")
            }
            return d / 100
        }
        return try decimal(node)
    }

    func pattern(_ node: Node) throws(RuleFileError) -> SubjectPattern {
        do {
            if case .scalar = node { return try SubjectPattern(shortForm: try string(node)) }
            let pairs = try mapping(node)
            guard pairs.count == 1, let key = pairs[0].0.string,
                  let mode = SubjectPattern.Mode(rawValue: key) else {
                throw invalid(node, "a subject pattern is text, or one of {exact: …}, {contains: …}, {regex: …}")
            }
            return try SubjectPattern(mode: mode, text: try string(pairs[0].1))
        } catch let e as RuleFileError {
            throw e
        } catch {
            throw invalid(node, "regex does not compile: \((error as NSError).localizedDescription)")
        }
    }

    /// `'签约项目 <= 招引项目'` or `{left: …, op: '<=', right: …, severity, message}`.
    func relation(_ node: Node, id: String) throws(RuleFileError) -> RelationRule {
        if case .scalar = node {
            let text = try string(node)
            for op in [RelationRule.Operator.lessOrEqual, .greaterOrEqual, .less, .greater] {
                let parts = text.components(separatedBy: " \(op.rawValue) ")
                if parts.count == 2 {
                    return RelationRule(id: id, left: try pattern(.scalar(.init(parts[0], .implicit, .any, node.mark))),
                                        op: op, right: try pattern(.scalar(.init(parts[1], .implicit, .any, node.mark))),
                                        declaredAt: location(node))
                }
            }
            throw invalid(node, "an order reads 'A <= B' (or <, >=, >), with spaces around the operator")
        }
        var left: SubjectPattern?, right: SubjectPattern?, op = RelationRule.Operator.lessOrEqual
        var severity: Severity?, message: String?, ruleID = id
        for (k, v) in try mapping(node) {
            switch try string(k) {
            case "left": left = try pattern(v)
            case "right": right = try pattern(v)
            case "id": ruleID = try string(v)
            case "op":
                guard let o = RelationRule.Operator(rawValue: try string(v)) else { throw invalid(v, "op is one of <=, <, >=, >") }
                op = o
            case "severity": severity = try self.severity(v)
            case "message": message = try string(v)
            case let other: throw invalid(k, "unknown key '\(other)' in an order (left, op, right, id, severity, message)")
            }
        }
        guard let left, let right else { throw invalid(node, "an order needs both left: and right:") }
        return RelationRule(id: ruleID, left: left, op: op, right: right, severity: severity, message: message,
                            declaredAt: location(node))
    }

    func severity(_ node: Node) throws(RuleFileError) -> Severity {
        let word = try string(node)
        guard let s = Severity(rawValue: word) else {
            throw invalid(node, "unknown severity '\(word)' (use error, warning or note)")
        }
        return s
    }

    /// One entry of `rules:`: a filter and a bound (min/max), or a relation to another subject.
    func rule(_ node: Node) throws(RuleFileError) -> AnalystRule {
        var b = BoundRule(id: "", declaredAt: location(node))
        var relation: (RelationRule.Operator, SubjectPattern)?
        var sawSeverity = false
        for (k, v) in try mapping(node) {
            switch try string(k) {
            case "id":
                let id = try string(v)
                guard id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil else {
                    throw invalid(v, "rule id '\(id)' must be kebab-case (letters, digits, hyphens)")
                }
                b.id = id
            case "subject": b.subject = try pattern(v)
            case "any": b.anyWords = try strings(v).filter { !$0.isEmpty }
            case "none": b.noneWords = try strings(v).filter { !$0.isEmpty }
            case "scope": b.scope = try pattern(v)
            case "period":
                guard try string(v) == "year" else { throw invalid(v, "period: takes 'year' (figures of one whole year)") }
                b.wholeYear = true
            case "unless": b.unless = try strings(v).filter { !$0.isEmpty }
            case "unit": b.unit = try string(v)
            case "kind":
                let word = try string(v)
                guard let kind = MetricKind(rawValue: word) else {
                    throw invalid(v, "unknown kind '\(word)' (\(MetricKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                b.kind = kind
            case "min": b.min = try decimal(v)
            case "max": b.max = try decimal(v)
            case "severity": b.severity = try severity(v); sawSeverity = true
            case "message": b.message = try string(v)
            case "relation":
                let text = try string(v).trimmingCharacters(in: .whitespaces)
                guard let op = [RelationRule.Operator.lessOrEqual, .greaterOrEqual, .less, .greater]
                    .first(where: { text.hasPrefix($0.rawValue) }) else {
                    throw invalid(v, "a relation reads '<= 招引项目' (or <, >=, >) followed by a subject pattern")
                }
                relation = (op, try pattern(.scalar(.init(String(text.dropFirst(op.rawValue.count)), .implicit, .any, v.mark))))
            case "note": continue
            case let other:
                throw invalid(k, "unknown key '\(other)' in a rule (id, subject, any, none, unit, kind, scope, period, unless, min, max, relation, severity, message)")
            }
        }
        guard !b.id.isEmpty else { throw invalid(node, "a rule needs an id") }
        if let (op, right) = relation {
            guard let left = b.subject else { throw invalid(node, "a relation rule needs subject:") }
            return .relation(RelationRule(id: b.id, left: left, op: op, right: right,
                                          severity: sawSeverity ? b.severity : .error, message: b.message,
                                          declaredAt: b.declaredAt))
        }
        guard b.min != nil || b.max != nil else { throw invalid(node, "rule '\(b.id)' needs min:, max: or relation:") }
        return .bound(b)
    }

    /// The synonyms.yaml keys: strip, subjects, units, scaled-units, scope.
    func catalogue(_ node: Node) throws(RuleFileError) -> SubjectCatalogue {
        try catalogue(pairs: try mapping(node))
    }

    func catalogue(pairs: [(Node, Node)]) throws(RuleFileError) -> SubjectCatalogue {
        var c = SubjectCatalogue()
        for (k, v) in pairs {
            switch try string(k) {
            case "note": continue
            case "strip":
                for (where_, words) in try mapping(v) {
                    switch try string(where_) {
                    case "anywhere": c.stripAnywhere += try strings(words)
                    case "prefixes": c.stripPrefixes += try strings(words)
                    case "suffixes": c.stripSuffixes += try strings(words)
                    case let other: throw invalid(where_, "unknown key '\(other)' under strip (anywhere, prefixes, suffixes)")
                    }
                }
            case "short_forms":
                for (sk, fv) in try mapping(v) { c.shortForms.append((try string(sk), try string(fv))) }
            case "endings":
                for (ek, ev) in try mapping(v) { c.endings.append((try string(ek), try string(ev))) }
            case "generic":
                c.generic.formUnion(try strings(v))
            case "sides":
                c.sideWords += try strings(v)
            case "vague":
                c.vague += try strings(v)
            case "context":
                for (dk, dv) in try mapping(v) {
                    let dimension = try string(dk)
                    switch dimension {
                    case "names": c.contextNames += try strings(dv)
                    case "several-periods": c.severalPeriodWords += try strings(dv)
                    case "clause-only": c.clauseOnlyMarkers += try strings(dv)
                    default:
                        for (lk, lv) in try mapping(dv) {
                            let label = try string(lk)
                            for w in try strings(lv) {
                                c.contextMarkers.append(.init(dimension: dimension, label: label, word: w))
                            }
                        }
                    }
                }
            case "subjects":
                for (canon, variants) in try mapping(v) {
                    let name = try string(canon)
                    for variant in try strings(variants) { c.canonical[variant] = name }
                }
            case "units":
                for (family, members) in try mapping(v) {
                    let name = try string(family)
                    c.unitFamilies[name] = name
                    for m in try strings(members) { c.unitFamilies[m] = name }
                }
            case "scaled-units":
                for (unit, spec) in try mapping(v) {
                    var base: String?, factor: Decimal?
                    for (sk, sv) in try mapping(spec) {
                        switch try string(sk) {
                        case "unit": base = try string(sv)
                        case "factor": factor = try decimal(sv)
                        case let other: throw invalid(sk, "unknown key '\(other)' (unit, factor)")
                        }
                    }
                    guard let base, let factor, factor > 0 else { throw invalid(spec, "a scaled unit needs unit: and a positive factor:") }
                    c.scaledUnits[try string(unit)] = .init(unit: base, factor: factor)
                }
            case "scope":
                for (sk, sv) in try mapping(v) {
                    switch try string(sk) {
                    case "ignore": c.scopeIgnore += try strings(sv)
                    case "earlier": c.earlierPeriodWords += try strings(sv)
                    case "whole": c.scopeWhole += try strings(sv)
                    default: throw invalid(sk, "unknown key under scope (ignore, whole, earlier)")
                    }
                }
            case let other:
                throw invalid(k, "unknown key '\(other)' in synonyms (strip, short_forms, endings, generic, sides, vague, context, subjects, units, scaled-units, scope)")
            }
        }
        return c
    }
}
