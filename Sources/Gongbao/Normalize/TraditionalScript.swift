import Foundation

/// A document written in traditional script — a Hong Kong or Taiwan repost of a mainland bulletin, a newspaper
/// mirror: 德陽市地區生產總值比上年增長7.2%，第一產業增加值為276.2億元 — is read as the simplified text it renders.
///
/// Why: every word list of the extractor (units, scales, change verbs, copulas, look-alikes, subject words) is written
/// in simplified script, so in such a document 增長 was no change, 為 no copula, 萬戶 no unit, and its subjects could
/// never match the same figure stated in simplified script elsewhere. Instead of a second vocabulary, the normalized
/// text's ideographs are folded character by character through ICU's Hant-Hans transform (part of Foundation on
/// every platform): each maps to one scalar of the same UTF-8 length, so every offset — and with it the source
/// line and column of every figure — stays as it was. Surfaces are cut from the content text and keep the script
/// as written; subjects, units and scopes are read in the folded text and come out simplified (德阳市地区生产总值).
///
/// A document is folded only when the opening of its text holds characters that traditional script writes all the
/// time and simplified script never (`markers`): a simplified bulletin quoting one traditional name (微軟正黑體 in a
/// page's style) stays as written.
enum TraditionalScript {
    /// Traditional forms of the commonest words of economic and government text (這 個 們 為 國 經 濟 發 產 業 …),
    /// none of them a character simplified text uses: each differs from its simplified form (于 for 於, 后 for 後,
    /// 著 and 乾, written in both scripts, are left out).
    static let markers = "這個們為國經濟發產業區萬億長價數會對時來說機關係實現進設總額點員務應當體門開報農縣鎮鄉電車書記黨華東歲醫療衛團"
        + "環節擴導預決貨運輸勞動術網絡線結構調與從廣項資費貿場標準補貼"
        // (The commonest of the rest in the traditional documents of the held-out sets: with the list above alone a
        // village story or a repost whose words are not economic ones held one marker in eight or fewer and was read
        // unfolded, so 四個, 251戶 and 3畝 were no figures.)
        + "計遊較營銷貸據積貧別類統顯達潤慶遞續過戶穩險郵氣單將處況畝變間養張學樣陸漲級職陽脫屬糧財勢條繼創歷領參負辦"
        + "減強圖輛聞堅淨權訪灣規熱專優質約還礎斷眾執"

    /// One bit per scalar of U+4E00–U+9FFF that is a marker.
    private static let markerBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0xA000 - 0x4E00) / 64)
        for s in markers.unicodeScalars {
            let k = Int(s.value) - 0x4E00
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }()

    /// How many scalars of the text's opening are read, and how many markers among them make it traditional (an
    /// eighth of the ideographs at least: a traditional paragraph holds one in three or four).
    static let sample = 2048
    static let minimumMarkers = 8

    /// Whether the opening of `scalars` is written in traditional script. (Asked of every document: a simplified one
    /// is answered once 128 of its ideographs hold no marker — a traditional paragraph would hold thirty.)
    static func isTraditional(_ scalars: [UInt32]) -> Bool {
        var markersSeen = 0, ideographs = 0
        scalars.withUnsafeBufferPointer { t in
            markerBits.withUnsafeBufferPointer { bits in
                for i in 0..<min(t.count, sample) {
                    let k = Int(t[i]) &- 0x4E00
                    guard k >= 0, k < 0xA000 - 0x4E00 else { continue }
                    ideographs += 1
                    if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { markersSeen += 1 }
                    if ideographs == 128, markersSeen == 0 { return }
                }
            }
        }
        return markersSeen >= minimumMarkers && markersSeen * 8 >= ideographs
    }

    /// `isTraditional` read straight from UTF-8 bytes (the validator's source text), scalar by scalar with no array
    /// or String built: a simplified document is answered within its first 128 ideographs, as above.
    static func isTraditional(utf8 t: [UInt8]) -> Bool {
        var markersSeen = 0, ideographs = 0, scalars = 0, i = 0
        markerBits.withUnsafeBufferPointer { bits in
            while i < t.count, scalars < sample {
                let b = t[i]
                scalars += 1
                guard b >= 0xE0, b < 0xF0, i + 2 < t.count else {
                    i += b < 0x80 ? 1 : (b >= 0xF0 ? 4 : (b >= 0xC0 ? 2 : 1))
                    continue
                }
                let k = ((Int(b & 0x0F) << 12) | (Int(t[i + 1] & 0x3F) << 6) | Int(t[i + 2] & 0x3F)) &- 0x4E00
                i += 3
                guard k >= 0, k < 0xA000 - 0x4E00 else { continue }
                ideographs += 1
                if bits[k >> 6] & (1 << UInt64(k & 63)) != 0 { markersSeen += 1 }
                if ideographs == 128, markersSeen == 0 { return }
            }
        }
        return markersSeen >= minimumMarkers && markersSeen * 8 >= ideographs
    }

    /// The simplified form of each distinct ideograph of `scalars` that ICU's Hant-Hans transform maps to one other
    /// scalar of three UTF-8 bytes (U+3400–U+FFFF, as the ideographs of the BMP are): the characters are transformed
    /// one per line, so no rule for a word (a transform may read context) joins two of them.
    /// A variant form (Resources/script.yaml variant_forms: 毉) folds as its standard form does (醫 → 医).
    static func foldings(of scalars: [UInt32]) -> [UInt32: UInt32] {
        var distinct = Set(scalars.lazy.filter { $0 >= 0x3400 && $0 < 0x10000 })
        guard !distinct.isEmpty else { return [:] }
        let variantsHere = variants.isEmpty ? [] : distinct.filter { variants[$0] != nil }
        for v in variantsHere { distinct.insert(variants[v]!) }
        let ordered = distinct.sorted()
        var joined = String.UnicodeScalarView()
        for s in ordered {
            guard let scalar = Unicode.Scalar(s) else { continue }
            joined.append(scalar)
            joined.append("\n")
        }
        guard let folded = String(joined).applyingTransform(StringTransform("Hant-Hans"), reverse: false) else { return [:] }
        let lines = folded.split(separator: "\n", omittingEmptySubsequences: false)
        // (A line per character and the empty one after the last newline; anything else and nothing is folded.)
        guard lines.count == ordered.count + 1 else { return [:] }
        var map: [UInt32: UInt32] = [:]
        for (s, line) in zip(ordered, lines) {
            let out = Array(line.unicodeScalars)
            guard out.count == 1, let t = out.first?.value, t != s, t >= 0x3400, t < 0x10000,
                  !(t >= 0xD800 && t < 0xE000) else { continue }
            map[s] = t
        }
        for v in variantsHere {
            let standard = variants[v]!
            let t = map[standard] ?? standard
            if t != v { map[v] = t }
        }
        return map
    }

    /// Variant form → standard traditional form, from Resources/script.yaml (`VariantForms`).
    static let variants: [UInt32: UInt32] = VariantForms.bundled

    /// Per simplified form, the traditional one written most often (`counts`: simplified << 32 | traditional →
    /// occurrences); a tie goes to the lower scalar, so the answer never depends on the dictionary's order.
    static func writtenForms(_ counts: [UInt64: Int]) -> [UInt32: UInt32] {
        var best: [UInt32: (UInt32, Int)] = [:]
        for (pair, n) in counts {
            let simplified = UInt32(truncatingIfNeeded: pair >> 32), traditional = UInt32(truncatingIfNeeded: pair)
            if let (t, m) = best[simplified], m > n || (m == n && t < traditional) { continue }
            best[simplified] = (traditional, n)
        }
        return best.mapValues(\.0)
    }

    /// `text` with its ideographs folded to simplified script when it is written in traditional script (else as it
    /// is): scalars and bytes changed in place, offsets, sentence and clause ends untouched.
    static func folded(_ text: NormalizedText) -> NormalizedText {
        guard var scalars = text.scalars, isTraditional(scalars.scalars) else { return text }
        let map = foldings(of: scalars.scalars)
        guard !map.isEmpty else { return text }
        var bytes = text.bytes
        // How often each simplified form was written from each traditional one (发 from 發 and from 髮).
        var written: [UInt64: Int] = [:]
        for i in scalars.scalars.indices {
            let s = scalars.scalars[i]
            guard let t = map[s] else { continue }
            let o = Int(scalars.byteOffsets[i])
            // (Both forms are three bytes: the source's lead E3–EF and two continuation bytes, written anew.)
            guard o + 3 <= bytes.count, bytes[o] >= 0xE3 else { continue }
            // (A variant is shown in its standard form: 毉 read as 医 is written 醫. One that only stands for a character
            // both scripts share, 侷 for 局, is shown as read.)
            let shown = variants[s] ?? s
            if shown != t { written[UInt64(t) << 32 | UInt64(shown), default: 0] += 1 }
            scalars.scalars[i] = t
            bytes[o] = UInt8(0xE0 | (t >> 12))
            bytes[o + 1] = UInt8(0x80 | ((t >> 6) & 0x3F))
            bytes[o + 2] = UInt8(0x80 | (t & 0x3F))
        }
        var out = text
        out.bytes = bytes        // (drops the scalars, which described the old bytes)
        out.scalars = scalars
        out.foldedFromTraditional = true
        out.writtenForms = writtenForms(written)
        return out
    }
}

/// The variant forms of traditional characters and the standard form each stands for, data in Resources/script.yaml
/// (variant_forms: each entry the variant, then the standard form).
enum VariantForms {
    static let fileName = "script.yaml"

    /// The bundled table; empty (no variant folded) if the bundle cannot be read, as a missing table must not stop
    /// extraction — `VariantFormsTests` holds the bundled file to its shape.
    static var bundled: [UInt32: UInt32] {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let data = FileManager.default.contents(atPath: url.appendingPathComponent(fileName).path)
        else { return [:] }
        return (try? parse(String(decoding: data, as: UTF8.self))) ?? [:]
    }

    /// Reads the table's text; an entry that is not two characters is an error naming file:line.
    static func parse(_ text: String) throws(LexiconError) -> [UInt32: UInt32] {
        let file = try YAMLFile(name: fileName, text: text)
        guard let node = file.child(file.root, "variant_forms") else { throw file.fail(file.root, "missing variant_forms") }
        var table: [UInt32: UInt32] = [:]
        for entry in try file.strings(node, "variant_forms") {
            let u = entry.unicodeScalars.map(\.value)
            guard u.count == 2, u[0] != u[1], u.allSatisfy({ $0 >= 0x3400 && $0 < 0x10000 }) else {
                throw file.fail(node, "variant_forms: \(entry) is not a variant and its standard form")
            }
            table[u[0]] = u[1]
        }
        return table
    }
}
