import Foundation
import Yams

extension RuleSet {
    /// The bundled rules.yaml and synonyms.yaml.
    public static func standard() throws -> RuleSet {
        guard let dir = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw RuleFileError.unreadable(path: "Resources/rules.yaml", reason: "bundled resources not found")
        }
        var set = RuleSet()
        try set.read(path: dir.appendingPathComponent("synonyms.yaml").path, including: [])
        try set.read(path: dir.appendingPathComponent("rules.yaml").path, including: [])
        return set
    }

    /// An analyst's `--rules FILE` on top of `base` (usually `standard()`): lists are added, severities
    /// and tolerances replaced. `include:` names other files, relative to the including file.
    public static func load(path: String, base: RuleSet?) throws(RuleFileError) -> RuleSet {
        var set = base ?? RuleSet()
        try set.read(path: path, including: [])
        return set
    }

    /// Reads one file (and, first, what it includes); `stack` holds the files being read, to refuse cycles.
    mutating func read(path: String, including stack: [String]) throws(RuleFileError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let file = RuleFileReader(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw file.syntaxError(error)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
        guard let root else { files.append(path); return }
        guard case let .mapping(top) = root else { throw file.invalid(root, "a rule file is a mapping of keys (rules:, orders:, …)") }
        let dir = (path as NSString).deletingLastPathComponent
        for (key, value) in top {
            guard key.string == "include" else { continue }
            for item in try file.strings(value) {
                let included = item.hasPrefix("/") ? item : (dir as NSString).appendingPathComponent(item)
                let canonical = (included as NSString).standardizingPath
                if stack.contains(canonical) || canonical == (path as NSString).standardizingPath {
                    let mark = value.mark
                    throw .includeCycle(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, included: item)
                }
                try read(path: included, including: stack + [(path as NSString).standardizingPath])
            }
        }
        files.append(path)
        for (key, value) in top {
            switch key.string ?? "" {
            case "include", "note", "version": continue
            case "synonyms":
                catalogue.merge(try file.catalogue(value))
            case "strip", "short_forms", "endings", "generic", "sides", "vague", "context", "subjects", "units", "scaled-units", "scope":
                catalogue.merge(try file.catalogue(pairs: [(key, value)]))
            case "severity":
                for (rule, level) in try file.mapping(value) {
                    let id = try file.string(rule)
                    let word = try file.string(level)
                    if word == "off" { severities[id] = .some(nil); continue }
                    guard let s = Severity(rawValue: word) else {
                        throw file.invalid(level, "unknown severity '\(word)' (use error, warning, note or off)")
                    }
                    severities[id] = s
                }
            case "messages":
                for (rule, template) in try file.mapping(value) { messages[try file.string(rule)] = try file.string(template) }
            case "tolerances":
                for (name, v) in try file.mapping(value) {
                    switch try file.string(name) {
                    case "about": aboutTolerance = try file.fraction(v)
                    case "growth": growthTolerance = try file.decimal(v)
                    case "scale-factor":
                        let f = try file.decimal(v)
                        guard f > 1 else { throw file.invalid(v, "scale-factor must be above 1") }
                        scaleFactor = f
                    case "repeat-ratio":
                        let f = try file.decimal(v)
                        guard f > 1 else { throw file.invalid(v, "repeat-ratio must be above 1") }
                        repeatRatio = f
                    case let other:
                        throw file.invalid(name, "unknown tolerance '\(other)' (about, growth, scale-factor, repeat-ratio)")
                    }
                }
            case "shares":
                for (name, v) in try file.mapping(value) {
                    switch try file.string(name) {
                    case "words": shareWords += try file.strings(v)
                    case "not": shareExclusions += try file.strings(v)
                    case "parts": sharePartWords += try file.strings(v).filter { !$0.isEmpty }
                    case "fillers": shareFillers += try file.strings(v).filter { !$0.isEmpty }
                    case "each": shareEachWords += try file.strings(v).filter { !$0.isEmpty }
                    case let other: throw file.invalid(name, "unknown key '\(other)' under shares (words, not, parts, fillers, each)")
                    }
                }
            case "partitions":
                for item in try file.sequence(value) {
                    let words = try file.strings(item)
                    guard words.count >= 2, words.allSatisfy({ !$0.isEmpty }) else {
                        throw file.invalid(item, "a partition lists two words or more: [出口, 进口]")
                    }
                    if !partitions.contains(words) { partitions.append(words) }
                }
            case "definitions":
                for item in try file.sequence(value) {
                    var ratio = "", part: [String] = [], whole: [String] = [], not: [String] = [], per = false
                    var tolerance = Decimal(0)
                    for (name, v) in try file.mapping(item) {
                        switch try file.string(name) {
                        case "ratio": ratio = try file.string(v)
                        case "part": part = try file.strings(v).filter { !$0.isEmpty }
                        case "whole": whole = try file.strings(v).filter { !$0.isEmpty }
                        case "not": not = try file.strings(v).filter { !$0.isEmpty }
                        case "per": per = try file.string(v) == "true"
                        case "tolerance": tolerance = try file.fraction(v)
                        case let other: throw file.invalid(name, "unknown key '\(other)' in a definition (ratio, part, whole, not, per, tolerance)")
                        }
                    }
                    guard !ratio.isEmpty, !part.isEmpty, !whole.isEmpty else {
                        throw file.invalid(item, "a definition names its ratio, part and whole: {ratio: 城镇化率, part: [城镇常住人口], whole: [常住人口]}")
                    }
                    let d = DefinedRatio(ratio: ratio, part: part, whole: whole, wholeNot: not, per: per, tolerance: tolerance)
                    if !definitions.contains(d) { definitions.append(d) }
                }
            case "identities":
                for item in try file.sequence(value) {
                    var total: [String] = [], parts: [[String]] = []
                    for (name, v) in try file.mapping(item) {
                        switch try file.string(name) {
                        case "total": total = try file.strings(v).filter { !$0.isEmpty }
                        case "parts":
                            for words in try file.sequence(v) { parts.append(try file.strings(words).filter { !$0.isEmpty }) }
                        case let other: throw file.invalid(name, "unknown key '\(other)' in an identity (total, parts)")
                        }
                    }
                    guard !total.isEmpty, parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else {
                        throw file.invalid(item, "an identity names its total and two parts or more: {total: [资产总额], parts: [[负债总额], [净资产总额]]}")
                    }
                    let identity = SumIdentity(total: total, parts: parts)
                    if !identities.contains(identity) { identities.append(identity) }
                }
            case "structures":
                for word in try file.strings(value) where !word.isEmpty && !structureWords.contains(word) {
                    structureWords.append(word)
                }
            case "change_verbs":
                for (name, v) in try file.mapping(value) {
                    switch try file.string(name) {
                    case "up": upVerbs += try file.strings(v).filter { !$0.isEmpty && !upVerbs.contains($0) }
                    case "down": downVerbs += try file.strings(v).filter { !$0.isEmpty && !downVerbs.contains($0) }
                    case let other: throw file.invalid(name, "unknown key '\(other)' under change_verbs (up, down)")
                    }
                }
            case "real_rates":
                for word in try file.strings(value) where !word.isEmpty && !realRateWords.contains(word) {
                    realRateWords.append(word)
                }
            case "signed":
                for word in try file.strings(value) where !word.isEmpty && !signedWords.contains(word) {
                    signedWords.append(word)
                }
            case "balance":
                for (name, v) in try file.mapping(value) {
                    switch try file.string(name) {
                    case "not":
                        for word in try file.strings(v) where !word.isEmpty && !balanceExclusions.contains(word) {
                            balanceExclusions.append(word)
                        }
                    case "statements":
                        for word in try file.strings(v) where !word.isEmpty && !balanceStatements.contains(word) {
                            balanceStatements.append(word)
                        }
                    case "shortfall":
                        for word in try file.strings(v) where !word.isEmpty && !balanceShortfalls.contains(word) {
                            balanceShortfalls.append(word)
                        }
                    case "carried_in":
                        for word in try file.strings(v) where !word.isEmpty && !balanceCarriedIn.contains(word) {
                            balanceCarriedIn.append(word)
                        }
                    case let other:
                        throw file.invalid(name, "unknown key '\(other)' under balance (not, statements, shortfall, carried_in)")
                    }
                }
            case "population":
                for (name, v) in try file.mapping(value) {
                    let words = try file.strings(v).filter { !$0.isEmpty }
                    switch try file.string(name) {
                    case "totals": populationTotals += words.filter { !populationTotals.contains($0) }
                    case "parts": populationParts += words.filter { !populationParts.contains($0) }
                    case "not": populationNot += words.filter { !populationNot.contains($0) }
                    case "elsewhere": populationElsewhere += words.filter { !populationElsewhere.contains($0) }
                    case let other: throw file.invalid(name, "unknown key '\(other)' under population (totals, parts, not, elsewhere)")
                    }
                }
            case "region_levels":
                for (name, v) in try file.mapping(value) {
                    let level = try file.string(name)
                    let words = try file.strings(v).filter { !$0.isEmpty }.map { Array($0.utf8) }
                    if let k = regionLevels.firstIndex(where: { $0.level == level }) {
                        regionLevels[k].words += words.filter { !regionLevels[k].words.contains($0) }
                    } else {
                        regionLevels.append((level, words))
                    }
                }
            case "comparison_words":
                for word in try file.strings(value) where !word.isEmpty && !comparisonWords.contains(word) {
                    comparisonWords.append(word)
                }
            case "per_unit":
                for word in try file.strings(value) where !word.isEmpty && !perUnitWords.contains(word) {
                    perUnitWords.append(word)
                }
            case "list_names":
                for word in try file.strings(value) where word.contains("、") && !listNames.contains(word) {
                    listNames.append(word)
                }
                listNames.sort { $0.count > $1.count }
            case "orders":
                for item in try file.sequence(value) {
                    let r = try file.relation(item, id: "declared-order")
                    // An order repeated by an analyst's file (or an included one) is checked once.
                    relations.removeAll { $0.id == r.id && "\($0.left)\($0.op.rawValue)\($0.right)" == "\(r.left)\(r.op.rawValue)\(r.right)" }
                    relations.append(r)
                }
            case "rules":
                for item in try file.sequence(value) {
                    let rule = try file.rule(item)
                    switch rule {
                    case let .bound(b): bounds.append(b)
                    case let .relation(r): relations.append(r)
                    }
                }
            case let other:
                throw file.invalid(key, "unknown key '\(other)' (include, severity, messages, tolerances, shares, partitions, definitions, identities, structures, real_rates, change_verbs, signed, per_unit, list_names, population, region_levels, comparison_words, balance, orders, rules, synonyms)")
            }
        }
    }
}
