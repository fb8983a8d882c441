/// A rule: an id in kebab-case, a default severity, and a check over the whole run.
///
/// Ink's Modifier shape: a value with a closure, listed in an array (`BuiltInRules.all`); no protocol,
/// no registry. The rule file may change a rule's severity or turn it off.
struct ValidationRule: Sendable {
    let id: String
    let defaultSeverity: Severity
    /// Gets the severity to report at (the default, or the rule file's choice).
    let check: @Sendable (RuleContext, Severity) -> RuleOutcome
    /// Every finding of the rule names statements of one document (a 其中 part and its total, a balance, a 分别
    /// list): the series run over the statements of many documents, which keeps only findings across files, skips it.
    var withinDocument = false

    init(id: String, defaultSeverity: Severity, withinDocument: Bool = false,
         check: @escaping @Sendable (RuleContext, Severity) -> RuleOutcome) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.withinDocument = withinDocument
        self.check = check
    }

    /// The severity the rule runs at; nil when the rule file turned it off.
    func severity(_ rules: RuleSet) -> Severity? { rules.severity(of: id, default: defaultSeverity) }
}

/// Findings plus the summary counts of one rule.
struct RuleOutcome: Sendable {
    var findings: [Finding] = []
    var tally: RuleSummary

    init(_ id: String, _ severity: Severity) { tally = RuleSummary(ruleID: id, severity: severity) }

    mutating func pass() { tally.checked += 1 }
    mutating func fail(_ finding: Finding) {
        tally.checked += 1
        tally.failed += 1
        findings.append(finding)
    }
    mutating func cannotEvaluate(_ n: Int = 1) { tally.notEvaluable += n }
}

/// What every rule reads: the documents and their statements, computed once per run.
struct RuleContext: Sendable {
    let rules: RuleSet
    let documents: [DocumentResult]
    let identity: MetricIdentity
    let statements: [Statement]
    /// Statements grouped by normalized subject (only these can be the same figure), each in location order:
    /// the groups of two statements or more, in the order of their subjects (what the rules that compare
    /// repeats walk). Grouped as `TextKey`s (the groups String keys make, hashed as bytes); a group's subject
    /// is its first statement's.
    let repeatedSubjects: [[Statement]]
    /// The statements were read in one `MetricIdentity.statements` call: their text numbers can key groups.
    let numbered: Bool
    /// The catalogue's word lists, prepared once for the run.
    let index: SubjectCatalogue.Index
    /// The run's answers about texts (nil for a digest checked without one).
    let cache: ValidationCache?
    /// Texts given beside documents that carry none (by path).
    private let texts: [String: SourceText]

    init(rules: RuleSet, documents: [DocumentResult], texts: [String: SourceText] = [:], cache: ValidationCache? = nil) {
        self.rules = rules
        self.documents = documents
        self.texts = texts
        identity = MetricIdentity(rules: rules)
        let cache = cache ?? ValidationCache(rules.catalogue)
        index = cache.index
        self.cache = cache
        statements = identity.statements(in: documents, texts: texts, cache: cache)
        repeatedSubjects = RuleContext.repeated(statements, numbered: true)
        numbered = true
    }

    /// Statements read earlier (a streamed run's `SeriesDigest`): no documents, no texts.
    init(rules: RuleSet, statements: [Statement], cache: ValidationCache? = nil) {
        self.rules = rules
        documents = []
        texts = [:]
        identity = MetricIdentity(rules: rules)
        index = cache?.index ?? SubjectCatalogue.Index(rules.catalogue)
        self.cache = cache
        self.statements = statements.sorted { ($0.location, $0.document, $0.index) < ($1.location, $1.document, $1.index) }
        repeatedSubjects = RuleContext.repeated(self.statements)
        numbered = false
    }

    /// The bytes of a statement's document (nil for a digest's statements, or a document read without its text):
    /// a rule that must see what stands between two figures reads them here.
    func text(of s: Statement) -> [UInt8]? {
        if s.document >= 0, s.document < documents.count, let t = documents[s.document].text { return t.bytes }
        return texts[s.path]?.bytes
    }

    /// The bytes of a document's text: its own, else the text given beside it (nil when it was read without one).
    func text(of document: DocumentResult) -> [UInt8]? {
        document.text?.bytes ?? texts[document.path]?.bytes
    }

    /// The groups of `Dictionary(grouping:by: TextKey(subject))` (empty subjects left out) that hold two
    /// statements or more, sorted by subject: positions are grouped, only those groups are copied out.
    /// Numbered statements (read in one call) are grouped by their subject's number: equal numbers are equal
    /// subjects as `TextKey`s find them.
    static func repeated(_ statements: [Statement], numbered: Bool = false) -> [[Statement]] {
        if numbered && statements.allSatisfy({ $0.subjectID >= 0 }) {
            var groups: [Int: [Int]] = [:]
            for k in statements.indices where !statements[k].subject.isEmpty {
                groups[statements[k].subjectID, default: []].append(k)
            }
            // A group's subject is its first statement's (the key a dictionary keeps).
            return groups.values.filter { $0.count > 1 }.sorted { statements[$0[0]].subject < statements[$1[0]].subject }
                .map { $0.map { statements[$0] } }
        }
        var groups: [TextKey: [Int]] = [:]
        for k in statements.indices where !statements[k].subject.isEmpty {
            groups[TextKey(statements[k].subject), default: []].append(k)
        }
        return groups.filter { $0.value.count > 1 }.sorted { $0.key.text < $1.key.text }
            .map { $0.value.map { statements[$0] } }
    }

    /// `repeatedSubjects` the plain way: the reference it is tested against.
    static func repeatedPlain(_ statements: [Statement]) -> [[Statement]] {
        Dictionary(grouping: statements.filter { !$0.subject.isEmpty }, by: { TextKey($0.subject) })
            .sorted(by: { $0.key.text < $1.key.text }).map(\.value).filter { $0.count > 1 }
    }

    /// The rule file's message for `ruleID` (`messages:`), filled from the statements, else `text`.
    ///   messages: {same-figure-agrees: '{subject}: {value} 与第{line}行的 {other-value} 不一致'}
    func message(_ ruleID: String, _ text: String, _ s: Statement, other: Statement? = nil,
                 extra: [String: String] = [:]) -> String {
        guard let template = rules.messages[ruleID] else { return text }
        var fields = extra
        if let other { fields["{where}"] = reference(other, from: s) }
        return Template.fill(template, s, other: other, extra: fields)
    }

    /// "line 60" within one file, "other.txt:60" across files.
    func reference(_ s: Statement, from primary: Statement) -> String {
        s.path == primary.path ? "line \(s.location.line)" : "\(s.location.path):\(s.location.line)"
    }
}

extension RuleContext {
    /// Positions in `statements` grouped by document, documents in run order, each group in statement order —
    /// what the rules that look within one document walk (positions, not copies of the statements).
    func positionsByDocument(where include: (Statement) -> Bool = { _ in true }) -> [[Int]] {
        var byDocument: [Int: [Int]] = [:]
        for k in statements.indices where include(statements[k]) { byDocument[statements[k].document, default: []].append(k) }
        return byDocument.keys.sorted().map { byDocument[$0]! }
    }
}
