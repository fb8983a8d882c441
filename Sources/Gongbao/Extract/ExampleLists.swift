/// 举办文化演艺、体育赛事等促消费活动500余场次, 引进华为智能生活馆、砂之船奥莱等首店100多家: after a verb, a 、-list
/// closed by 等 gives examples of the noun that follows 等, and the figure counts that noun (促消费活动, 首店) — kept
/// with the verb when the verb makes the thing counted (contexts.yaml object_verbs_kept: 引进首店), as elsewhere.
/// Without a verb the list is what is counted (国家级高新技术企业、工程技术中心等科研机构48个 keeps it).
enum ExampleLists {
    static func apply(_ figures: inout [Figure], verbs: [String], kept: LiteralSearch.WordSet) {
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let s = figures[k].subject
            // (Most subjects hold no 等, and a String holds 等 only where its bytes do — no other scalar sequence is
            // canonically equivalent to U+7B49 — so a byte search rules them out before the subject's inertness is
            // tested, once for both words.)
            guard SimpleText.withBytes(s, holdsDeng),
                  LiteralSearch.withHaystack(s, { $0.contains(deng) && $0.contains(dun) }) else { continue }
            let u = Array(s.unicodeScalars)
            guard let deng = u.lastIndex(where: { $0.value == 0x7B49 }) else { continue }
            let tail = u[(deng + 1)...]
            // The noun after 等: two letters at least, and no list of its own.
            guard tail.count >= 2, !tail.contains(where: { $0.value == 0x3001 || $0.value == 0x7B49 }),
                  u[..<deng].contains(where: { $0.value == 0x3001 }) else { continue }
            // The verb that opens the subject, the longest of the object verbs.
            var verb: String? = nil
            for v in verbs where LiteralSearch.hasPrefix(s, v) && v.unicodeScalars.count < deng {
                if verb == nil || v.unicodeScalars.count > verb!.unicodeScalars.count { verb = v }
            }
            guard let verb else { continue }
            var out = String(String.UnicodeScalarView(tail))
            if kept.contains(verb) { out = verb + out }
            figures[k].subject = out
        }
    }

    /// True when `b` holds the UTF-8 of 等 (E7 AD 89): eight bytes per step tested for its middle byte AD (a
    /// continuation byte that one character in 64 holds; E7 leads one ideograph in sixteen), and only there the
    /// bytes either side. (memchr for E7 stopped at every such ideograph of a subject, 118 instructions a subject.)
    @inline(__always)
    static func holdsDeng(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return false }
        let n = b.count
        @inline(__always) func isDeng(_ k: Int) -> Bool {
            k >= 1 && k &+ 1 < n && p[k] == 0xAD && p[k &- 1] == 0xE7 && p[k &+ 1] == 0x89
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i &+ 8 <= n {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) ^ (ones &* 0xAD)
            // Bytes equal to AD (and, past a true one, maybe a false one: each is checked).
            var hits = (x &- ones) & ~x & high
            while hits != 0 {
                if isDeng(i &+ hits.trailingZeroBitCount &>> 3) { return true }
                hits &= hits &- 1
            }
            i &+= 8
        }
        while i < n {
            if isDeng(i) { return true }
            i &+= 1
        }
        return false
    }

    static let deng = LiteralSearch.Prepared("等")
    static let dun = LiteralSearch.Prepared("、")
}
