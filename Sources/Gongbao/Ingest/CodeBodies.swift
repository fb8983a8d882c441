#if canImport(Glibc)
import Glibc
#endif

/// The bodies of `<script>` and `<style>` elements, found before parsing so libxml2 never reads them.
///
/// A third of a portal page's bytes are code (jQuery inline, 统计 snippets, CSS), and libxml2 reads them
/// character by character only for us to throw them away. The page handed to the parser has these
/// bodies cut out (`<script src=x>var a="<p>";</script>` becomes `<script src=x></script>`); `Cuts`
/// maps an offset in that shorter text back to the source. Conservative on purpose: a self-closing
/// `<script/>`, a body without its closing tag, or anything after an unclosed comment is left alone.
struct CodeBodies {
    /// Source ranges removed, in order.
    private(set) var ranges: [Range<Int>] = []
    /// Per range: its start in the shortened text, and the bytes removed up to and including it.
    private var shortStarts: [Int] = []
    private var removedThrough: [Int] = []

    private static let names = [Array("script".utf8), Array("style".utf8)]
    private static let closers = [Array("</script".utf8), Array("</style".utf8)]

    init() {}

    init(in anchor: SourceAnchor) {
        let s = anchor.source
        let n = s.count
        var i = 0
        s.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            while i < n, let hit = memchr(base + i, 0x3C, n - i) {
                let q = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                guard q + 1 < n else { return }
                let c = p[q + 1]
                if c == 0x3F {  // <?…>: a processing instruction, read by libxml2 up to its '>'
                    guard let gt = memchr(base + q, 0x3E, n - q) else { return }
                    i = UnsafeRawPointer(gt) - UnsafeRawPointer(base) + 1
                    continue
                }
                if c == 0x21 {  // <!-- … --> or <!DOCTYPE …>
                    if q + 3 < n, p[q + 2] == 0x2D, p[q + 3] == 0x2D {
                        guard let close = CodeBodies.find([0x2D, 0x2D, 0x3E], in: p, from: q + 4) else { return }
                        i = close + 3
                    } else {
                        guard let gt = memchr(base + q, 0x3E, n - q) else { return }
                        i = UnsafeRawPointer(gt) - UnsafeRawPointer(base) + 1
                    }
                    continue
                }
                guard SourceAnchor.isLetter(c) else { i = q + 1; continue }
                var e = q + 1
                while e < n, SourceAnchor.isLetter(p[e]) || (p[e] >= 0x30 && p[e] <= 0x39) { e += 1 }
                let after = anchor.tagEnd(e)
                i = after
                // Most tags are neither: test the name's length and first letter before comparing it.
                let length = e - q - 1
                guard length == 6 || length == 5, c | 0x20 == 0x73 else { continue }  // s
                let which = length == 6 ? 0 : 1
                guard anchor.matchesLower(at: q + 1, CodeBodies.names[which]) else { continue }
                if after >= 2, after <= n, p[after - 1] == 0x3E, p[after - 2] == 0x2F { continue }  // <script/>
                guard after < n, let close = CodeBodies.findLower(CodeBodies.closers[which], anchor, from: after) else { return }
                if close > after { ranges.append(after..<close) }
                i = close
            }
        }
        var removed = 0
        for r in ranges {
            shortStarts.append(r.lowerBound - removed)
            removed += r.count
            removedThrough.append(removed)
        }
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// The source without the bodies.
    func shortened(_ source: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.count - (removedThrough.last ?? 0))
        var at = 0
        for r in ranges {
            out.append(contentsOf: source[at..<r.lowerBound])
            at = r.upperBound
        }
        out.append(contentsOf: source[at...])
        return out
    }

    /// The source offset of offset `p` in the shortened text (a cut point maps to the closing tag).
    func sourceOffset(_ p: Int) -> Int {
        var lo = 0, hi = shortStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if shortStarts[mid] <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? p : p + removedThrough[lo - 1]
    }

    private static func find(_ needle: [UInt8], in p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i + needle.count <= p.count {
            if p[i] == needle[0] {
                var k = 1
                while k < needle.count, p[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func findLower(_ needle: [UInt8], _ anchor: SourceAnchor, from: Int) -> Int? {
        let s = anchor.source
        return s.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress else { return nil }
            var i = from
            // memchr to each `<` (code bodies are long, their `<` few).
            while i + needle.count <= p.count, let hit = memchr(base + i, 0x3C, p.count - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                guard at + needle.count <= p.count else { return nil }
                if anchor.matchesLower(at: at, needle) { return at }
                i = at + 1
            }
            return nil
        }
    }
}
