/// One JSON Lines record, field by field in key order, from wherever its fields are kept: a `Metric` (the report
/// writers), or a figure and its document's bytes (`Extractor.jsonLines`, what `gongbao extract` prints without
/// building metrics). One writer for both, so the two cannot drift apart.
///
/// 7.8万人 → `{"column":4,"cumulative":false,"date":null,…,"surface":"7.8万人","unit":"人","value":78000,
/// "value_max":null}`. The caller writes the surface between `writeHead` and `writeUnit`, then the value,
/// `,"value_max":`, the upper bound and `}`.
enum JSONRecord {
    /// Everything up to the surface's value: `{"column":…` through `,"surface":`.
    @inline(__always)
    static func writeHead<Q: Collection<Qualifier>>(
        to w: inout RawWriter, line: Int, column: Int, isCumulative: Bool, dateValue: String?, direction: Direction?,
        documentJSON: UnsafeBufferPointer<UInt8>, kind: MetricKind, qualifiers: Q, scope: String?, subject: String
    ) {
        w.put("{\"column\":")
        w.int(column)
        w.put(isCumulative ? ",\"cumulative\":true,\"date\":" as StaticString : ",\"cumulative\":false,\"date\":")
        w.jsonOptional(dateValue)
        w.put(",\"direction\":")
        if let direction { w.quoted(direction) } else { w.put("null") }
        w.put(",\"document\":")
        w.put(bytes: documentJSON)
        w.put(",\"kind\":")
        w.quoted(kind)
        w.put(",\"line\":")
        w.int(line)
        w.put(",\"qualifiers\":[")
        var first = true
        for q in qualifiers {
            if !first { w.byte(0x2C) }
            first = false
            w.quoted(q)
        }
        w.put("],\"scope\":")
        w.jsonOptional(scope)
        w.put(",\"subject\":")
        w.jsonString(subject)
        w.put(",\"surface\":")
    }

    /// From after the surface to `,"value":`.
    @inline(__always)
    static func writeUnit(to w: inout RawWriter, _ unit: String?) {
        w.put(",\"unit\":")
        w.jsonOptional(unit)
        w.put(",\"value\":")
    }
}
