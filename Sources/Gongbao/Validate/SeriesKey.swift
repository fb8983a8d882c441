import Foundation

/// Which documents form one series of bulletins, and the period each covers.
///
/// Kept simple on purpose: documents belong to one series when their file names are equal once the
/// period and numbering are taken out, whatever folder they sit in —
///   招商引资-2024-02.txt, 招商引资-2024-03.txt → 招商引资;  某市2024年1—4月招商情况.txt → 某市招商情况.
/// A document's period is `DocumentResult.period` when the extractor found one, else the period its
/// file name spells (2024-04, 2024年1—4月).
enum SeriesKey {
    /// The series of a file: worked out once per path (the statements, cumulative-never-falls and the run's
    /// digest each ask it of every document; a regex pass over the name each time).
    static func key(ofPath path: String) -> String {
        keys.value(path) { computedKey(ofPath: path) }
    }

    /// The series of a document: the title of a plain-text bulletin when its first line is one (a short line that
    /// names a month or quarter: 临川市2025年1—9月经济运行情况 and 临川市2025年1—10月经济运行情况 are one series, saved as
    /// a.txt and b.txt or as sep.txt and oct.txt), else its file name's (`key(ofPath:)`). A web page's title is its
    /// first <h1> (the page's own heading; a <title> often carries the site's name after it): the 1—3月 bulletin saved
    /// as a page and the 1—4月 one as text are one series when their headings are one heading but for the period.
    static func key(of doc: DocumentResult, text: SourceText? = nil) -> String {
        if doc.kind == .plainText, let source = text ?? doc.text, let title = titleKey(source.bytes) { return title }
        if doc.kind == .html, let source = text ?? doc.text, let heading = firstHeading(source.bytes),
           let title = titleKey(heading) { return title }
        return key(ofPath: doc.path)
    }

    /// The text of a page's first <h1>…</h1> (tags inside it dropped), looked for in its first 64 KB; nil when none.
    static func firstHeading(_ bytes: [UInt8]) -> [UInt8]? {
        let limit = min(bytes.count, 65_536)
        var i = 0
        while i + 3 < limit {
            if bytes[i] == 0x3C, bytes[i + 1] | 0x20 == 0x68, bytes[i + 2] == 0x31, bytes[i + 3] == 0x3E || bytes[i + 3] == 0x20 {
                var k = i + 3
                while k < limit, bytes[k] != 0x3E { k += 1 }   // the end of <h1 …>
                var out: [UInt8] = []
                var inTag = false
                k += 1
                while k < limit {
                    let b = bytes[k]
                    if b == 0x3C {
                        // </h1 ends the heading.
                        if k + 3 < limit, bytes[k + 1] == 0x2F, bytes[k + 2] | 0x20 == 0x68, bytes[k + 3] == 0x31 { return out }
                        inTag = true
                    } else if b == 0x3E {
                        inTag = false
                    } else if !inTag {
                        out.append(b)
                    }
                    if out.count > 160 { return nil }
                    k += 1
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// The title key of a text: its first non-blank line when that is a bulletin title — at most 40 characters,
    /// no sentence or clause mark, a month, quarter or half year in it — with the period, the numbers and the
    /// spaces taken out; nil for any other first line.
    static func titleKey(_ bytes: [UInt8]) -> String? {
        var start = 0
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x20
            || bytes[start] == 0x09 { start += 1 }
        var end = start
        while end < bytes.count, end - start <= 160, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        guard end - start <= 160, end > start else { return nil }
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        guard line.count <= 40, !line.contains(where: { "。，；！？,;".contains($0) }),
              line.range(of: "月|季度|半年", options: .regularExpression) != nil, Period(line) != nil else { return nil }
        // (The periods a scope's place drops — SubjectCatalogue.periodPattern, on the folded text: 月份 is 月 there —
        // then any number left. 截至 and 截止 before a month's end are period words too: 云溪市2024年截至4月末…通报
        // and 云溪市2024年1—3月…通报 are one series; folded, 截至 is 截-.)
        var stem = Period.folded(line)
        for word in ["截-", "截止"] { stem = stem.replacingOccurrences(of: word, with: "") }
        stem = SubjectCatalogue.periodPattern.stringByReplacingMatches(
            in: stem, range: NSRange(location: 0, length: (stem as NSString).length), withTemplate: "")
        stem = stem.replacingOccurrences(of: "[0-9]+", with: "", options: .regularExpression)
        stem = String(stem.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
        return stem.count >= 4 ? "title:" + stem : nil
    }

    /// Stems of file names that say nothing of what a document is (s1.txt, doc2.html, case_03.txt, 1.txt): the
    /// stem left once the period and the numbers are out. Documents so named form no series with each other — a
    /// folder of unrelated pages named 1.txt, 2.txt… was one bulletin's issues, and the same heads in two of them
    /// (一般公共预算收入 of two cities in one year) were reported as one figure stated twice.
    static let namelessStems: Set<String> = [
        "doc", "docs", "document", "documents", "file", "files", "case", "cases", "test", "tests", "sample", "samples",
        "input", "inputs", "text", "texts", "page", "pages", "article", "articles", "data", "example", "item", "news",
        "untitled", "new", "copy", "fixture", "probe", "clean", "fault", "faulty", "planted",
    ]

    /// `key(ofPath:)` worked out afresh: the reference the memo answers from.
    static func computedKey(ofPath path: String) -> String {
        let key = namedKey(ofPath: path)
        let letters = key.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count
        if letters < 3 || namelessStems.contains(key.lowercased()) {
            return "file:" + (path as NSString).lastPathComponent
        }
        return key
    }

    /// The file name without its period and numbering (what `computedKey` answers for a name that says something).
    static func namedKey(ofPath path: String) -> String {
        var stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        stem = Period.folded(stem)
        let re = RegexCache.shared.regex(
            "^[0-9]+[-_ .]+|(?:19|20)[0-9]{2}年?|[0-9]{1,2}-[0-9]{1,2}月|前?[1-4]季度|[0-9]+月|上半年|下半年|全年|[QqHh][1-4]\\b|[0-9]+")!
        stem = re.stringByReplacingMatches(in: stem, range: NSRange(location: 0, length: (stem as NSString).length),
                                           withTemplate: "")
        return stem.trimmingCharacters(in: CharacterSet(charactersIn: "-_. ")).replacingOccurrences(
            of: "[-_. ]+", with: "-", options: .regularExpression)
    }

    /// The extractor's period, else the file name's — and the file name's when it is finer within the same year:
    /// a bulletin titled 2024年前3个月 whose months the extractor did not read has the period 2024, and two such
    /// bulletins (…-2024-02.txt, …-2024-03.txt) would be one period, their running totals the "same figure".
    static func period(of doc: DocumentResult) -> Period? {
        let named = period(ofPath: doc.path)
        if let p = doc.period.flatMap({ Period($0) }) {
            if p.firstMonth == 1, p.lastMonth == 12, let n = named, n.year == p.year, n.lastMonth < 12 { return n }
            return p
        }
        return named
    }

    /// The period a file name spells, worked out once per path.
    static func period(ofPath path: String) -> Period? {
        periods.value(path) { computedPeriod(ofPath: path) }
    }

    private static let keys = PathMemo<String>()
    private static let periods = PathMemo<Period?>()

    /// `period(ofPath:)` worked out afresh.
    static func computedPeriod(ofPath path: String) -> Period? {
        let stem = Period.folded(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        if let r = stem.range(of: #"(19|20)[0-9]{2}[-_.](0[1-9]|1[0-2])(?![0-9])"#, options: .regularExpression) {
            return Period(String(stem[r]).replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-"))
        }
        if let r = stem.range(of: #"(19|20)[0-9]{2}[-_.]?[QqHh][1-4]"#, options: .regularExpression) {
            let s = String(stem[r]).uppercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ".", with: "")
                .replacingOccurrences(of: "-", with: "")
            return Period(String(s.prefix(4)) + "-" + String(s.dropFirst(4)))
        }
        return Period(stem).flatMap { $0.year == nil && stem.range(of: "月|季度|半年", options: .regularExpression) == nil ? nil : $0 }
    }
}

/// Answers per path (by its exact bytes), shared by the threads of a run. Bounded: the documents in flight
/// ask within a short while, so past `limit` paths the table starts over (an answer is then worked out again).
final class PathMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [ExactKey: Value] = [:]
    private let limit = 4096

    func value(_ path: String, _ compute: () -> Value) -> Value {
        let key = ExactKey(text: path)
        lock.lock()
        if let v = table[key] { lock.unlock(); return v }
        lock.unlock()
        let v = compute()
        lock.lock()
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = v
        lock.unlock()
        return v
    }
}
