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
            guard SimpleText.withBytes(s, { LiteralSearch.bytesContain($0, deng.bytes) }),
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

    static let deng = LiteralSearch.Prepared("等")
    static let dun = LiteralSearch.Prepared("、")
}
