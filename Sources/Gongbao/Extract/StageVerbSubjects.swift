import Foundation

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
        /// A bit for each word's last byte, by its low six bits.
        let lastBytes: UInt64

        init(_ words: [String]) {
            self.words = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            longest = self.words.first?.count ?? 0
            lastBytes = self.words.reduce(0) { $0 | (1 << UInt64($1[$1.count - 1] & 63)) }
        }

        /// Whether `s` is one of the words: its length in bytes first, then its last byte against the words' last
        /// bytes (a bit each, by the low six bits), then its bytes in place. Asked of every quantity's subject, so the
        /// cheap tests come first (a subject is a native String; the words are few).
        @inline(__always)
        func isWord(_ s: String) -> Bool {
            let n = s.utf8.count
            guard n >= 6, n <= longest, n % 3 == 0 else { return false }
            return s.utf8.withContiguousStorageIfAvailable { b in
                guard lastBytes & (1 << UInt64(b[n - 1] & 63)) != 0 else { return false }
                return words.contains { w in
                    w.count == n && w.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, n) == 0 }
                }
            } ?? false
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
