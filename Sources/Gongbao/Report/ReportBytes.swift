import Foundation

/// Report text built straight into UTF-8 bytes: the same JSON and CSV cells as `JSONText` and `CSVReport`,
/// without a dictionary, a key sort and a String per field for every metric.
///
/// Why: on a 1 GB run the writers render millions of metrics; through `JSONText.object` each costs ~37 µs
/// (a third of the pipeline), here a few. Equality with the reference writers is pinned by tests, so a field
/// added to `Metric.jsonFields` or `CSVReport.row` shows up as a failing test, not as drift.
/// Example: 7.8万人 → `{"column":4,…,"value":78000,"value_max":null}`.
struct ReportBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A decimal integer, digits written straight into the buffer (no String per number).
    mutating func append(_ n: Int) {
        if n < 0 {
            if n == Int.min { append(String(n)); return }
            bytes.append(0x2D)
        }
        var v = n.magnitude
        if v < 10 { bytes.append(0x30 &+ UInt8(v)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, enough for any Int
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[23 - count] = 0x30 &+ UInt8(v % 10)
                v /= 10
                count += 1
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(24 - count)...]))
        }
    }

    /// A string known to need no escaping (an enum's raw value: "percent", "more_than"), quoted.
    mutating func appendQuotedPlain(_ s: String) {
        bytes.append(0x22)
        append(s)
        bytes.append(0x22)
    }

    /// `JSONText.quoted`: quote, backslash and controls escaped (\n \r \t, else \u00xx), U+2028/2029 escaped.
    mutating func appendJSONString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { p in
            var runStart = 0
            var i = 0
            let n = p.count
            func flush(_ end: Int) {
                if end > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<end])) }
            }
            while i < n {
                let b = p[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
                if b == 0xE2 {
                    if i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 {
                        flush(i)
                        append(p[i + 2] == 0xA8 ? "\\u2028" as StaticString : "\\u2029")
                        i += 3
                        runStart = i
                    } else {
                        i += 1
                    }
                    continue
                }
                flush(i)
                switch b {
                case 0x22: append("\\\"" as StaticString)
                case 0x5C: append("\\\\" as StaticString)
                case 0x0A: append("\\n" as StaticString)
                case 0x0D: append("\\r" as StaticString)
                case 0x09: append("\\t" as StaticString)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    append("\\u00" as StaticString)
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0xF)])
                }
                i += 1
                runStart = i
            }
            flush(n)
        }
        bytes.append(0x22)
    }

    mutating func appendJSONOptional(_ s: String?) {
        if let s { appendJSONString(s) } else { append("null" as StaticString) }
    }

    /// `CSVReport.text`: a leading = + - @ tab or CR gets an apostrophe, then quoted if needed.
    mutating func appendCSVText(_ s: String) {
        var s = s
        s.withUTF8 { p in
            let guarded = p.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 || $0 == 0x09 || $0 == 0x0D }
                ?? false
            let needsQuotes = p.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { bytes.append(0x22) }
            if guarded { bytes.append(0x27) }
            if needsQuotes {
                for b in p {
                    bytes.append(b)
                    if b == 0x22 { bytes.append(0x22) }
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: p)
            }
        }
    }
}

extension Metric {
    /// The JSON Lines record (no newline): `JSONText.object(jsonFields(document:))`, byte for byte.
    /// The JSON Lines record with this metric's own value.
    func appendJSON(document: String, to out: inout ReportBytes) {
        appendJSON(document: document, value: value.plainString, valueMax: valueMax?.plainString, to: &out)
    }

    func appendJSON(document: String, value: String, valueMax: String?, to out: inout ReportBytes) {
        var quoted = ReportBytes()
        quoted.appendJSONString(document)
        appendJSON(documentJSON: quoted.bytes, value: value, valueMax: valueMax, to: &out)
    }

    /// The same with the document path already written as a JSON string (quotes included): a document's
    /// metrics all share it, so it is escaped once, not once per metric.
    func appendJSON(documentJSON: [UInt8], value: String, valueMax: String?, to out: inout ReportBytes) {
        // The record is written into one temporary buffer sized for the worst case (every string byte escaped as
        // \u00xx), then appended to `out` in one copy: a dozen small Array appends per record were a quarter of it.
        let bound = jsonBound(documentJSON: documentJSON.count, value: value.utf8.count,
                              valueMax: valueMax?.utf8.count ?? 0)
        documentJSON.withUnsafeBufferPointer { path in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buf in
                var w = RawWriter(base: buf.baseAddress!)
                var m = self
                Metric.writeJSON(reading: &m, documentJSON: path, to: &w) { w, _ in w.put(string: value) } valueMax: { w, _ in
                    if let valueMax { w.put(string: valueMax) } else { w.put("null") }
                }
                precondition(w.n <= bound, "JSON record outgrew its bound")
                out.bytes.append(contentsOf: UnsafeBufferPointer(start: buf.baseAddress, count: w.n))
            }
        }
    }

    /// Bytes a JSON record can take at most: every string byte escaped as \u00xx, numbers of the given lengths.
    @inline(__always)
    func jsonBound(documentJSON: Int, value: Int, valueMax: Int) -> Int {
        var bound = 480 + documentJSON + value + valueMax + 40 * qualifiers.count
        bound += 6 * ((writtenSubject ?? subject).utf8.count + surface.utf8.count + (unit?.utf8.count ?? 0) + (scope?.utf8.count ?? 0)
            + (dateValue?.utf8.count ?? 0))
        return bound
    }

    /// `jsonBound` with the bounds of the metric's own numbers, reading it in place (inout only so that it is not
    /// copied whole, Strings and all, per call; the metric is not changed).
    @inline(__always)
    static func jsonBound(reading m: inout Metric, documentJSON: Int) -> Int {
        var bound = 480 + documentJSON + DecimalBytes.bound(m.value) + (m.valueMax.map(DecimalBytes.bound) ?? 0)
        bound += 40 * m.qualifiers.count
        bound += 6 * ((m.writtenSubject ?? m.subject).utf8.count + m.surface.utf8.count + (m.unit?.utf8.count ?? 0)
            + (m.scope?.utf8.count ?? 0) + (m.dateValue?.utf8.count ?? 0))
        return bound
    }

    /// The JSON record with value and value_max written from the Decimals themselves (`Decimal.plainString`'s
    /// digits, no String in between) into memory the caller sized with `jsonBound(reading:documentJSON:)`, reading
    /// the metric in place as that does.
    @inline(__always)
    static func writeJSON(reading m: inout Metric, documentJSON: UnsafeBufferPointer<UInt8>, to w: inout RawWriter) {
        writeJSON(reading: &m, documentJSON: documentJSON, to: &w) { w, m in w.decimal(m.value) } valueMax: { w, m in
            if let valueMax = m.valueMax { w.decimal(valueMax) } else { w.put("null") }
        }
    }

    /// The record's fields in key order (`JSONRecord.writeHead`, the surface, `JSONRecord.writeUnit`); the two
    /// numbers come from the caller (as text, or as Decimals). The metric is read in place (inout so that it is not
    /// copied whole per record; it is not changed).
    @inline(__always)
    private static func writeJSON(reading m: inout Metric, documentJSON: UnsafeBufferPointer<UInt8>, to w: inout RawWriter,
                                  value: (inout RawWriter, inout Metric) -> Void,
                                  valueMax: (inout RawWriter, inout Metric) -> Void) {
        JSONRecord.writeHead(to: &w, line: m.location.line, column: m.location.column, isCumulative: m.isCumulative,
                             dateValue: m.dateValue, direction: m.direction, documentJSON: documentJSON, kind: m.kind,
                             qualifiers: m.qualifiers, scope: m.scope, subject: m.writtenSubject ?? m.subject)
        w.jsonString(m.surface)
        JSONRecord.writeUnit(to: &w, m.unit)
        value(&w, &m)
        w.put(",\"value_max\":")
        valueMax(&w, &m)
        w.byte(0x7D)
    }

    /// The metrics.csv row with its CRLF: `CSVReport.row(_:document:)` joined by commas, byte for byte.
    func appendCSV(document: String, value: String, valueMax: String?, to out: inout ReportBytes) {
        out.appendCSVText(document)
        out.bytes.append(0x2C)
        out.append(location.line)
        out.bytes.append(0x2C)
        out.append(location.column)
        out.bytes.append(0x2C)
        out.appendCSVText(writtenSubject ?? subject)
        out.bytes.append(0x2C)
        if kind == .date { out.appendCSVText(dateValue ?? value) } else { out.append(value) }
        out.bytes.append(0x2C)
        if let valueMax { out.append(valueMax) }
        out.bytes.append(0x2C)
        out.appendCSVText(unit ?? "")
        out.bytes.append(0x2C)
        out.append(kind.rawValue)
        out.bytes.append(0x2C)
        out.appendCSVText(qualifiers.map(\.rawValue).joined(separator: ";"))
        out.bytes.append(0x2C)
        out.appendCSVText(scope ?? "")
        out.bytes.append(0x2C)
        if let direction { out.append(direction.rawValue) }
        out.append(isCumulative ? ",true," as StaticString : ",false,")
        out.appendCSVText(surface)
        out.append("\r\n" as StaticString)
    }
}

/// Writes into raw memory the caller sized (see `Metric.appendJSON`): the same bytes as `ReportBytes`'s
/// appenders, without a capacity check per piece.
struct RawWriter {
    let base: UnsafeMutablePointer<UInt8>
    var n = 0

    @inline(__always) mutating func byte(_ b: UInt8) {
        base[n] = b
        n += 1
    }

    @inline(__always) mutating func put(_ s: StaticString) {
        let c = s.utf8CodeUnitCount
        (base + n).update(from: s.utf8Start, count: c)
        n += c
    }

    /// A String's bytes (named apart from `put(_: StaticString)`: a literal would otherwise pick this one).
    mutating func put(string s: String) {
        // Read in place (no copy of the String, so no retain and release per field).
        if s.utf8.withContiguousStorageIfAvailable({ put(bytes: $0) }) == nil {
            var copy = s
            copy.withUTF8 { put(bytes: $0) }
        }
    }

    mutating func put(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { put(bytes: $0) }
    }

    @inline(__always) mutating func put(bytes p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress else { return }
        let c = p.count
        if c <= 16 {
            // Most fields are a few characters: a byte loop is cheaper than a call to memmove.
            for k in 0..<c { base[n + k] = src[k] }
        } else {
            (base + n).update(from: src, count: c)
        }
        n += c
    }

    /// `ReportBytes.append(Int)`.
    mutating func int(_ v: Int) {
        // Lines and columns: below 10 000 almost always, written without counting digits first.
        if v >= 0, v < 10_000 {
            let d = UInt8(truncatingIfNeeded: v)
            if v < 10 { byte(0x30 &+ d); return }
            let u = UInt16(truncatingIfNeeded: v)
            if v < 100 {
                base[n] = 0x30 &+ UInt8(u / 10); base[n &+ 1] = 0x30 &+ UInt8(u % 10)
                n &+= 2
            } else if v < 1000 {
                base[n] = 0x30 &+ UInt8(u / 100); base[n &+ 1] = 0x30 &+ UInt8(u / 10 % 10)
                base[n &+ 2] = 0x30 &+ UInt8(u % 10)
                n &+= 3
            } else {
                base[n] = 0x30 &+ UInt8(u / 1000); base[n &+ 1] = 0x30 &+ UInt8(u / 100 % 10)
                base[n &+ 2] = 0x30 &+ UInt8(u / 10 % 10); base[n &+ 3] = 0x30 &+ UInt8(u % 10)
                n &+= 4
            }
            return
        }
        if v == Int.min { put(string: String(v)); return }
        if v < 0 { byte(0x2D) }
        var m = v.magnitude
        if m < 10 { byte(0x30 &+ UInt8(m)); return }
        var digits = 0
        var t = m
        while t > 0 { digits += 1; t /= 10 }
        var k = n + digits - 1
        while m > 0 {
            base[k] = 0x30 &+ UInt8(m % 10)
            m /= 10
            k -= 1
        }
        n += digits
    }

    /// `ReportBytes.appendQuotedPlain`.
    mutating func quotedPlain(_ s: String) {
        byte(0x22)
        put(string: s)
        byte(0x22)
    }

    mutating func jsonOptional(_ s: String?) {
        if let s { jsonString(s) } else { put("null") }
    }

    /// `ReportBytes.appendJSONString`: quote, backslash and controls escaped (\n \r \t, else \u00xx),
    /// U+2028/2029 escaped.
    mutating func jsonString(_ s: String) {
        byte(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var copy = s
            copy.withUTF8 { escaped($0) }
        }
        byte(0x22)
    }

    /// `mayNeedEscape` of sixteen bytes, exactly: a byte below 0x20, a quote, a backslash or E2. Every lane is
    /// tested for being clean with unsigned `.>` alone (above 0x1F, and minus 0x22, 0x5C, E2 above zero): written
    /// with `.<` and `.==` the tests were taken lane by lane, not as vector compares.
    @inline(__always)
    static func mayNeedEscape(_ v: SIMD16<UInt8>) -> Bool {
        let zero = SIMD16<UInt8>(repeating: 0), controls = SIMD16<UInt8>(repeating: 0x1F)
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let e2 = SIMD16<UInt8>(repeating: 0xE2)
        let clean = (v .> controls) .& ((v &- quote) .> zero) .& ((v &- backslash) .> zero) .& ((v &- e2) .> zero)
        let w = unsafeBitCast(clean, to: SIMD2<UInt64>.self)
        return w[0] & w[1] != UInt64.max
    }

    /// Copies the `count` bytes at `src` (fewer than eight) as they are and returns true when none needs escaping
    /// (`mayNeedEscape` of them, the rest of the word filled with A): four to seven bytes as two overlapping
    /// four-byte loads and stores (2023年: bytes 0–3 and 3–6), one to three as the first, middle and last byte
    /// (人: E4 BA BA). Returns false, having written nothing, when one may: the caller escapes them byte by byte.
    @inline(__always)
    mutating func shortCopied(_ src: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let out = UnsafeMutableRawPointer(base + n)
        if count >= 4 {
            let lo = UnsafeRawPointer(src).loadUnaligned(as: UInt32.self)
            let hi = UnsafeRawPointer(src + (count &- 4)).loadUnaligned(as: UInt32.self)
            guard !RawWriter.mayNeedEscape(UInt64(lo) | UInt64(hi) << 32) else { return false }
            out.storeBytes(of: lo, as: UInt32.self)
            out.storeBytes(of: hi, toByteOffset: count &- 4, as: UInt32.self)
        } else if count > 0 {
            let b0 = src[0], b1 = src[count &>> 1], b2 = src[count &- 1]
            let w = 0x4141_4141_4100_0000 | UInt64(b0) | UInt64(b1) << 8 | UInt64(b2) << 16
            guard !RawWriter.mayNeedEscape(w) else { return false }
            out.storeBytes(of: b0, as: UInt8.self)
            out.storeBytes(of: b1, toByteOffset: count &>> 1, as: UInt8.self)
            out.storeBytes(of: b2, toByteOffset: count &- 1, as: UInt8.self)
        }
        n &+= count
        return true
    }

    /// True when one of the eight bytes of `w` may need escaping: below 0x20, a quote, a backslash, or E2 (the
    /// lead byte of U+2028/2029). Most words of Chinese text have none and are copied whole.
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C), e2 = w ^ (ones &* 0xE2)
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((e2 &- ones) & ~e2)
        return (control | zero) & high != 0
    }

    /// The bytes of a JSON string body, escaped.
    @inline(__always)
    mutating func escaped(_ p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress else { return }
        let count = p.count
        // Fewer than eight bytes (a unit 人 or 万元, a scope 2023年, a subject 产量) never reach the word loop below:
        // tested in one word and copied with two stores when none needs escaping.
        if count < 8, shortCopied(src, count) { return }
        var i = 0
        // True when bytes i-8..<i were copied as they are (the last step took eight bytes whole).
        var copiedWord = false
        // Sixteen bytes or more (a subject or a scope of six ideographs and up): sixteen per step with one vector
        // test, and the last few with the sixteen ending the string, as the word loop below does with eight. What
        // needs escaping or is left goes on there.
        if count >= 16 {
            while i &+ 16 <= count {
                let v = UnsafeRawPointer(src + i).loadUnaligned(as: SIMD16<UInt8>.self)
                if RawWriter.mayNeedEscape(v) { break }
                UnsafeMutableRawPointer(base + n).storeBytes(of: v, as: SIMD16<UInt8>.self)
                n &+= 16
                i &+= 16
            }
            if i > 0, i < count, i &+ 16 > count {
                let v = UnsafeRawPointer(src + (count &- 16)).loadUnaligned(as: SIMD16<UInt8>.self)
                if !RawWriter.mayNeedEscape(v) {
                    UnsafeMutableRawPointer(base + n - (i &- (count &- 16))).storeBytes(of: v, as: SIMD16<UInt8>.self)
                    n &+= count &- i
                    return
                }
            }
            copiedWord = i > 0
        }
        while i < count {
            if i + 8 <= count {
                let w = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                if !RawWriter.mayNeedEscape(w) {
                    UnsafeMutableRawPointer(base + n).storeBytes(of: w, as: UInt64.self)
                    n += 8
                    i += 8
                    copiedWord = true
                    continue
                }
            } else if copiedWord {
                // The last few bytes (人才资源总量 ends mid-word): the eight ending the string, when none needs escaping,
                // written over the copy of the bytes before them (the same bytes) in one store.
                let w = UnsafeRawPointer(src + count - 8).loadUnaligned(as: UInt64.self)
                if !RawWriter.mayNeedEscape(w) {
                    UnsafeMutableRawPointer(base + n - (i - (count - 8))).storeBytes(of: w, as: UInt64.self)
                    n += count - i
                    return
                }
            }
            copiedWord = false
            let b = src[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { byte(b); i += 1; continue }
            if b == 0xE2 {
                if i + 2 < count, src[i + 1] == 0x80, src[i + 2] == 0xA8 || src[i + 2] == 0xA9 {
                    put(src[i + 2] == 0xA8 ? "\\u2028" as StaticString : "\\u2029")
                    i += 3
                } else {
                    byte(b)
                    i += 1
                }
                continue
            }
            switch b {
            case 0x22: put("\\\"")
            case 0x5C: put("\\\\")
            case 0x0A: put("\\n")
            case 0x0D: put("\\r")
            case 0x09: put("\\t")
            default:
                let hex: StaticString = "0123456789abcdef"
                put("\\u00")
                byte(hex.utf8Start[Int(b >> 4)])
                byte(hex.utf8Start[Int(b & 0xF)])
            }
            i += 1
        }
    }
}
