import Foundation

/// `gongbao extract`'s JSON Lines written straight from a document's figures: no `Metric` is built, stored or
/// destroyed (five Strings, a qualifier array and a location per figure, ~5000 figures per MB of text), and the
/// surface is copied from the content bytes, never made a String.
///
/// Byte for byte what `RenderedDocument.jsonLines` writes for the `DocumentResult` of `Pipeline.process` (pinned by
/// tests on every corpus document and fixture): the same figures after the same passes (`finished`), the fields in
/// the same order through the same writer (`JSONRecord`), each as `initializeMetric` would set it.
/// Example: 人才资源总量达到7.8万人 → `{"column":7,…,"subject":"人才资源总量","surface":"7.8万人","unit":"人",…}`.
extension Extractor {
    /// The JSON Lines of a document (`path` is its `document` field), how many records they hold, the document's
    /// period and notes.
    public func jsonLines(source: SourceText, content: ContentText, normalized: NormalizedText, path: String)
        -> (lines: [UInt8], count: Int, period: String?, notes: [ExtractionNote]) {
        var done = finished(source: source, content: content, normalized: normalized)
        // (Content the normalizer's checked pass read is well-formed UTF-8: `bytesAreValidUTF8`.)
        let lines = Extractor.jsonLines(&done, source: source, content: content, path: path,
                                        contentIsValidUTF8: normalized.scalars?.bytesAreValidUTF8 ?? false)
        return (lines, done.figures.count, done.period, done.notes)
    }

    /// The JSON Lines of figures `finished` gave (which they spend: values and ranges are rewritten).
    /// `contentIsValidUTF8`: the content's bytes are known to be well-formed UTF-8 (plain text the normalizer checked
    /// in its pass), so every surface — a range widened to whole scalars — is written as it is, unchecked.
    static func jsonLines(_ done: inout Finished, source: SourceText, content: ContentText, path: String,
                          contentIsValidUTF8: Bool = false) -> [UInt8] {
        var quoted = ReportBytes()
        quoted.appendJSONString(path)
        return quoted.bytes.withUnsafeBufferPointer { documentJSON in
            content.bytes.withUnsafeBufferPointer { bytes in
                writeJSONLines(&done.figures, ranges: &done.ranges, bytes: bytes, source: source,
                               documentJSON: documentJSON, bytesAreValid: contentIsValidUTF8,
                               writtenForms: done.writtenForms, changeWords: done.changeWords)
            }
        }
    }

    /// The records of `figures`, in one buffer sized by their bounds (as `RenderedDocument.jsonLines` sizes it). The
    /// first pass sets each figure's value to its metric's (a date's year) and each content range to the surface's
    /// bytes; the figures and ranges are spent.
    private static func writeJSONLines(_ figures: inout [Figure], ranges: inout [(content: Range<Int>, source: Range<Int>)],
                                       bytes: UnsafeBufferPointer<UInt8>, source: SourceText,
                                       documentJSON: UnsafeBufferPointer<UInt8>, bytesAreValid: Bool,
                                       writtenForms: [UInt32: UInt32], changeWords: [(figure: Int, word: String)]) -> [UInt8] {
        figures.withUnsafeMutableBufferPointer { f -> [UInt8] in
            var years: [String: Decimal?] = [:]
            var total = 0
            var cursor = 0
            for k in f.indices {
                // (A traditional document's subject as written, as `initializeMetric` shows it: the figure is spent.)
                // (With the change word it states, as `initializeMetric` adds it: `ChangeWords`.)
                if let change = ChangeWords.word(of: k, in: changeWords, cursor: &cursor) {
                    f[k].subject = ChangeWords.shownSubject(f[k].subject, change: change, forms: writtenForms) ?? f[k].subject
                } else if !writtenForms.isEmpty, let written = WrittenSubjects.written(f[k].subject, forms: writtenForms) {
                    f[k].subject = written
                }
                f[k].value = ExtractorSupport.metricValue(of: &f[k], years: &years)
                let surface = surfaceRange(bytes, ranges[k].content)
                ranges[k].content = surface
                total += jsonBound(&f[k], surface: surface.count, documentJSON: documentJSON.count) + 1
            }
            guard total > 0 else { return [] }
            var locator = source.locator()
            return [UInt8](unsafeUninitializedCapacity: total) { buf, count in
                var w = RawWriter(base: buf.baseAddress!)
                for k in f.indices {
                    let (line, column) = locator.lineAndColumn(ofOffset: ranges[k].source.lowerBound)
                    writeJSON(&f[k], line: line, column: column,
                              surface: UnsafeBufferPointer(rebasing: bytes[ranges[k].content]),
                              documentJSON: documentJSON, surfaceIsValid: bytesAreValid, to: &w)
                    w.byte(0x0A)
                }
                precondition(w.n <= total, "JSON Lines outgrew their bound")
                count = w.n
            }
        }
    }

    /// `Metric.jsonBound(reading:documentJSON:)` of the figure's metric (surface: its byte count).
    @inline(__always)
    private static func jsonBound(_ fig: inout Figure, surface: Int, documentJSON: Int) -> Int {
        var bound = 480 + documentJSON + DecimalBytes.bound(fig.value) + (fig.valueMax.map(DecimalBytes.bound) ?? 0)
        bound += 40 * fig.qualifiers.count
        bound += 6 * (fig.subject.utf8.count + surface + (fig.unit?.utf8.count ?? 0) + (fig.scope?.utf8.count ?? 0)
            + (fig.dateValue?.utf8.count ?? 0))
        return bound
    }

    /// One record: `Metric.writeJSON(reading:documentJSON:to:)` of the figure's metric.
    @inline(__always)
    private static func writeJSON(_ fig: inout Figure, line: Int, column: Int, surface: UnsafeBufferPointer<UInt8>,
                                  documentJSON: UnsafeBufferPointer<UInt8>, surfaceIsValid: Bool,
                                  to w: inout RawWriter) {
        JSONRecord.writeHead(to: &w, line: line, column: column, isCumulative: fig.isCumulative,
                             dateValue: fig.dateValue, direction: fig.direction, documentJSON: documentJSON,
                             kind: fig.kind, qualifiers: fig.qualifiers, scope: fig.scope, subject: fig.subject)
        if surfaceIsValid || isWellFormedUTF8(surface) {
            w.byte(0x22)
            w.escaped(surface)
            w.byte(0x22)
        } else {
            // (Not reached from the pipeline, whose content text is UTF-8; a String repairs what is not.)
            w.jsonString(String(decoding: surface, as: UTF8.self))
        }
        JSONRecord.writeUnit(to: &w, fig.unit)
        w.decimal(fig.value)
        w.put(",\"value_max\":")
        if let valueMax = fig.valueMax { w.decimal(valueMax) } else { w.put("null") }
        w.byte(0x7D)
    }

    /// The bytes `ContentText.slice(range)` makes its String of: the range clamped to the text and widened to
    /// whole scalars.
    @inline(__always)
    static func surfaceRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = max(0, min(range.lowerBound, bytes.count))
        var hi = max(lo, min(range.upperBound, bytes.count))
        while lo > 0, lo < bytes.count, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < bytes.count, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
        return lo..<hi
    }

    /// True when `p` is well-formed UTF-8 (`UTF8Scan.sequenceLength` at each lead byte): then the String of it holds
    /// exactly these bytes, and they can be written as they are.
    @inline(__always)
    static func isWellFormedUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let n = p.count
        var i = 0
        while i < n {
            if base[i] < 0x80 { i += 1; continue }
            let length = UTF8Scan.sequenceLength(base, i, n)
            if length == 0 { return false }
            i += length
        }
        return true
    }
}
