/// Runs the rules over a whole run: within each document, and across the bulletins of one series.
///
/// Never throws: a disagreement is a `Finding`, a rule that cannot run on some figures counts them as
/// "not evaluable" in its summary (and says so in a note when a whole series cannot be ordered).
/// Output is deterministic: findings sorted by their first location, then rule id and message.
public struct Validator: Sendable {
    public let rules: RuleSet
    /// What the catalogue answered about subjects, scopes and sentences, shared by the run's documents.
    let cache: ValidationCache

    public init(rules: RuleSet) {
        self.rules = rules
        cache = ValidationCache(rules.catalogue)
    }

    /// The bundled rules; with no rules at all if the bundle cannot be read (the tests pin that it can).
    public init() {
        self.init(rules: (try? RuleSet.standard()) ?? RuleSet())
    }

    public func findings(in documents: [DocumentResult]) -> [Finding] {
        report(in: documents).findings
    }

    public func summary(in documents: [DocumentResult]) -> [RuleSummary] {
        report(in: documents).summaries
    }

    /// Findings and the per-rule table of the Markdown report, from one pass.
    ///
    /// The rules read each figure's sentence from `texts` (keyed by `DocumentResult.path`), else from the
    /// file at the document's path; a document with neither is checked from its metrics alone.
    public func report(in documents: [DocumentResult], texts: [String: SourceText] = [:]) -> ValidationReport {
        run(RuleContext(rules: rules, documents: documents, texts: texts, cache: cache))
    }

    /// One document's report, and the statements the rules read (with their sentences): what a streamed run
    /// keeps of a document for the cross-document rules (`SeriesDigest`).
    func reportAndStatements(in document: DocumentResult) -> (ValidationReport, [Statement]) {
        let context = RuleContext(rules: rules, documents: [document], cache: cache)
        return (run(context), context.statements)
    }

    /// The rules over statements read earlier (a `SeriesDigest`), without their documents: only those that can
    /// find across documents (each document's own were run on it as it was read).
    func report(statements: [Statement]) -> ValidationReport {
        run(RuleContext(rules: rules, statements: statements, cache: cache), acrossDocuments: true)
    }

    private func run(_ context: RuleContext, acrossDocuments: Bool = false) -> ValidationReport {
        var findings: [Finding] = []
        var summaries: [RuleSummary] = []
        for rule in BuiltInRules.all + AnalystRules.all(in: rules) {
            if acrossDocuments, rule.withinDocument { continue }
            guard let severity = rule.severity(rules) else { continue }
            var outcome = rule.check(context, severity)
            outcome.tally.ruleID = rule.id
            outcome.tally.severity = severity
            findings += outcome.findings
            summaries.append(outcome.tally)
        }
        return ValidationReport(findings: Validator.ordered(findings), summaries: summaries)
    }

    /// Findings in report order: by first location, then rule id and message.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        // Every finding has a location (rules always name the statements involved).
        findings.sorted { a, b in
            let la = a.locations.first ?? SourceLocation(path: "", line: 0, column: 0)
            let lb = b.locations.first ?? SourceLocation(path: "", line: 0, column: 0)
            if la != lb { return la < lb }
            return (a.ruleID, a.message) < (b.ruleID, b.message)
        }
    }
}

/// What validation yields: the findings, and one summary row per rule that ran.
public struct ValidationReport: Sendable {
    public var findings: [Finding]
    public var summaries: [RuleSummary]

    public init(findings: [Finding], summaries: [RuleSummary]) {
        self.findings = findings
        self.summaries = summaries
    }
}

/// One row of the per-rule table: how many comparisons a rule made, and how they came out.
///   same-figure-agrees · error · checked 6 · passed 6 · failed 0 · not evaluable 0
public struct RuleSummary: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    /// Comparisons made (pairs of repeats, part–total pairs, relations, bounds).
    public var checked: Int
    public var failed: Int
    /// Figures the rule applies to but could not compare (no period to order a series, one side missing).
    public var notEvaluable: Int
    public var passed: Int { checked - failed }

    public init(ruleID: String, severity: Severity, checked: Int = 0, failed: Int = 0, notEvaluable: Int = 0) {
        self.ruleID = ruleID
        self.severity = severity
        self.checked = checked
        self.failed = failed
        self.notEvaluable = notEvaluable
    }
}
