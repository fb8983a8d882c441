import Foundation

/// What the catalogue answers about a text alone, kept for a validator's lifetime (a whole `check` or `report`
/// run) instead of per document: bulletins of a series repeat their subjects, scopes and template sentences
/// (签约项目, 截至目前, 全市一般公共预算收入完成…) document after document.
///
/// Keyed by exact bytes (`ExactKey`), so an answer is the one computing it again would give; each document
/// still keeps its own memos first (keyed as Strings are), so a run answers as it did with per-document memos.
/// Bounded: past `limit` entries a table stops growing (answers are then computed each time). Thread-safe.
final class ValidationCache: @unchecked Sendable {
    let catalogue: SubjectCatalogue
    /// The catalogue's word lists, prepared once.
    let index: SubjectCatalogue.Index
    let contextWords: ContextWords
    /// The context words without the clause-only markers (`SubjectCatalogue.clauseOnlyMarkers`): how a section's
    /// headings and the clauses before a figure's own are read for its stage.
    let leadingContextWords: ContextWords
    /// The words that mark a document stating several periods or stages (预算执行情况, 决算 …), indexed once:
    /// a document is read for all of them in one pass.
    let severalPeriodIndex: WordIndex
    private let lock = NSLock()
    private var normalized: [ExactKey: String] = [:]
    private var specific: [ExactKey: Bool] = [:]
    private var cores: [ExactKey: String] = [:]
    private var plainNormalized: [ExactKey: String] = [:]
    private var places: [ExactKey: String] = [:]
    private var earlier: [ExactKey: String?] = [:]
    private var contexts: [ExactKey: StatementContext] = [:]
    private var contextBytes = 0
    /// Entries per table: enough for the subjects and scopes of a large run, a few MB at most each.
    private let limit = 30_000
    /// Sentences are long: the context table also stops at this many bytes of keys.
    private let contextByteLimit = 8 << 20

    init(_ catalogue: SubjectCatalogue) {
        self.catalogue = catalogue
        index = SubjectCatalogue.Index(catalogue)
        contextWords = ContextWords(catalogue)
        var leading = catalogue
        leading.contextMarkers.removeAll { catalogue.clauseOnlyMarkers.contains($0.word) }
        leadingContextWords = ContextWords(leading)
        severalPeriodIndex = WordIndex(catalogue.severalPeriodWords)
    }

    /// `catalogue.normalized(text)` (the plain reading, without the index), kept per text: a rule's pattern
    /// is normalized for every document it is checked on.
    func normalizedPlain(_ text: String) -> String {
        memo(\.plainNormalized, text) { catalogue.normalized(text) }
    }

    func normalized(_ subject: String) -> String {
        memo(\.normalized, subject) { catalogue.normalized(subject, index: index) }
    }

    func isSpecific(_ subject: String) -> Bool {
        memo(\.specific, subject) { catalogue.isSpecific(subject, index: index) }
    }

    /// The core of a subject (`core(of:)`) with the side of an account it names (`SubjectCatalogue.sideWords`):
    /// 一般公共预算收入 → 一般公共 and 收入, 一般公共预算支出 → 一般公共 and 支出 — two subjects, though their cores are one.
    func sidedCore(of subject: String) -> String {
        let core = core(of: subject)
        guard let side = catalogue.sideWords.first(where: { !$0.isEmpty && LiteralSearch.contains(subject, $0) }) else { return core }
        return core + "\u{2}" + side
    }

    func core(of subject: String) -> String {
        memo(\.cores, subject) { catalogue.core(of: subject, index: index) }
    }

    func place(ofScope scope: String) -> String {
        memo(\.places, scope) { catalogue.place(ofScope: scope) }
    }

    func earlierPeriod(scope: String?, subject: String) -> String? {
        memo(\.earlier, (scope ?? "") + "|" + subject) { catalogue.earlierPeriod(scope: scope, subject: subject, index: index) }
    }

    func context(ofSentence sentence: String) -> StatementContext {
        let key = ExactKey(text: sentence)
        lock.lock()
        if let c = contexts[key] { lock.unlock(); return c }
        lock.unlock()
        let c = StatementContext(sentence: sentence, words: contextWords)
        lock.lock()
        let size = sentence.utf8.count
        if contexts.count < limit && contextBytes + size <= contextByteLimit {
            contexts[key] = c
            contextBytes += size
        }
        lock.unlock()
        return c
    }

    private func memo<V>(_ table: ReferenceWritableKeyPath<ValidationCache, [ExactKey: V]>, _ text: String,
                         _ compute: () -> V) -> V {
        let key = ExactKey(text: text)
        lock.lock()
        if let v = self[keyPath: table][key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        if self[keyPath: table].count < limit { self[keyPath: table][key] = v }
        lock.unlock()
        return v
    }
}
