/// Reports of building programmes give each kind of project its stages one clause after another, naming the kind
/// once: 经济适用住房开工84万平方米9863套，竣工39万平方米4644套；公共租赁住房开工72万平方米… The clause 竣工39万平方米
/// names only its stage; what was completed is the noun of the clause before (经济适用住房), so its figures count
/// 经济适用住房竣工 — not a bare 竣工 that every kind of housing in the paragraph shares, which validation cannot tell
/// apart (their sums and repeats would pair across kinds).
///
/// A figure whose whole subject is one stage word (contexts.yaml stage_verbs) takes the noun of the nearest earlier
/// figure of its sentence whose subject is a noun followed by a stage word. Nothing else is changed: a subject with a
/// noun of its own (竣工项目) keeps it, and a stage word with no such figure before it stays as it is.
enum StageVerbSubjects {
    /// The stage words as UTF-8 bytes, longest first (开工建设 before 建设-less 开工 when a subject ends in both).
    struct Verbs: Sendable {
        let words: [[UInt8]]
        /// The longest word's length in bytes: a subject longer than it is never a stage word alone.
        let longest: Int

        init(_ words: [String]) {
            self.words = words.map { Array($0.utf8) }.sorted { $0.count > $1.count }
            longest = self.words.first?.count ?? 0
        }

        /// Whether `s` is one of the words.
        func isWord(_ s: String) -> Bool {
            let n = s.utf8.count
            guard n >= 3, n <= longest else { return false }
            return words.contains { $0.count == n && $0.elementsEqual(s.utf8) }
        }

        /// The length in bytes of the noun before a stage word that ends `s` (经济适用住房开工 → 经济适用住房), or
        /// nil when `s` does not end in one or holds nothing before it.
        func nounLength(_ s: String) -> Int? {
            let b = Array(s.utf8)
            for w in words where b.count >= w.count + 6 && b[(b.count - w.count)...].elementsEqual(w) {
                return b.count - w.count
            }
            return nil
        }
    }

    static func apply(_ figures: inout [Figure], text: DocText, verbs: Verbs) {
        guard verbs.longest > 0 else { return }
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable
            && verbs.isWord(figures[k].subject) {
            let sentence = text.sentenceStart(before: figures[k].numberStart)
            var j = k - 1
            while j >= 0, figures[j].span.lowerBound >= sentence {
                if figures[j].kind.isQuantity, !figures[j].fromTable, figures[j].subject != figures[k].subject {
                    if let n = verbs.nounLength(figures[j].subject) {
                        let noun = String(decoding: Array(figures[j].subject.utf8)[..<n], as: UTF8.self)
                        figures[k].subject = noun + figures[k].subject
                    }
                    break
                }
                j -= 1
            }
        }
    }
}
