import Testing
@testable import Gongbao

/// The normalizer copies runs of three-byte characters in bulk (eight characters, ideographs and punctuation, per two
/// 16-byte loads, then two ideographs per 64-bit load, decoded as they are copied); the run must end exactly where the
/// one-character-at-a-time check ends it, the bytes be copied as they are, the scalars be those a plain decoder reads
/// and the sentence and clause ends among them be marked.
@Suite("Normalizer copied runs")
struct CopiedRunTests {
    /// Pieces the runs are made of: ideographs at both ends of E4–E9, punctuation copied (。“”—) and not (U+3000,
    /// U+2000–200D, U+202F, U+205F, U+2060), ASCII, a broken sequence, a four-byte character, E0/EA leads.
    static let pieces: [[UInt8]] = [
        Array("中".utf8), Array("国".utf8), Array("一".utf8), Array("鿿".utf8), Array("䀀".utf8),
        Array("。".utf8), Array("“".utf8), Array("—".utf8), Array("\u{3000}".utf8), Array("\u{2003}".utf8),
        Array("\u{200D}".utf8), Array("\u{202F}".utf8), Array("\u{205F}".utf8), Array("\u{2060}".utf8),
        Array("a".utf8), Array("5".utf8), [0xE4, 0xB8], [0xE5, 0x41, 0x80], Array("𠀀".utf8), Array("ꀀ".utf8),
        Array("ࠀ".utf8), Array("，".utf8), Array("、".utf8), Array("【".utf8), Array("】".utf8), Array("《".utf8),
    ]

    @Test("wide loads end the run where the character-by-character check does")
    func sameAsSimple() {
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        // A fixed sequence (a linear congruential generator), so a failure repeats.
        func next(_ bound: Int) -> Int { mix.next(bound) }
        var longest = 0
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            // Mostly ideographs, so that runs are long enough for the wide loads.
            for _ in 0..<(next(80) + 1) {
                let k = next(10) < 7 ? next(5) : next(Self.pieces.count)
                bytes += Self.pieces[k]
            }
            bytes.withUnsafeBufferPointer { b in
                let p = b.baseAddress!
                let n = b.count
                for start in 0..<n {
                    let expected = Normalizer.copiedRunSimple(p, start, n)
                    var out = [UInt8](repeating: 0, count: n + 8)
                    var scalars = [UInt32](repeating: 0, count: n + 1)
                    var offsets = [Int32](repeating: 0, count: n + 1)
                    var sentence = [UInt64](repeating: 0, count: n / 64 + 1)
                    var clause = [UInt64](repeating: 0, count: n / 64 + 1)
                    var i = start, o = 0, count = 0
                    out.withUnsafeMutableBufferPointer { ob in
                        scalars.withUnsafeMutableBufferPointer { sb in
                            offsets.withUnsafeMutableBufferPointer { fb in
                                sentence.withUnsafeMutableBufferPointer { eb in
                                    clause.withUnsafeMutableBufferPointer { cb in
                                        var sink = ScalarSink(scalars: sb.baseAddress!, offsets: fb.baseAddress!,
                                                              sentence: eb.baseAddress!, clause: cb.baseAddress!)
                                        Normalizer.copyRun(p, &i, n, ob.baseAddress!, &o, capacity: n, sink: &sink)
                                        count = sink.count
                                    }
                                }
                            }
                        }
                    }
                    #expect(i - start == 3 * expected)
                    #expect(o == 3 * expected)
                    #expect(Array(out[0..<o]) == Array(bytes[start..<i]))
                    #expect(count == expected)
                    let plain = DocTextDecodeTests.plain(Array(bytes[start..<i]))
                    #expect(Array(scalars[0..<count]) == plain.0)
                    #expect(Array(offsets[0..<count]) == Array(plain.1.dropLast()))
                    // The ends marked (。、【】 among the run), and nothing past the run.
                    var sentenceExpected = [UInt64](repeating: 0, count: n / 64 + 1)
                    var clauseExpected = sentenceExpected
                    for (j, s) in plain.0.enumerated() {
                        if NormalizedScalars.endsSentence(s) { sentenceExpected[j >> 6] |= 1 << UInt64(j & 63) }
                        if NormalizedScalars.endsSentence(s) || NormalizedScalars.endsClause(s) {
                            clauseExpected[j >> 6] |= 1 << UInt64(j & 63)
                        }
                    }
                    #expect(sentence == sentenceExpected)
                    #expect(clause == clauseExpected)
                    longest = max(longest, expected)
                }
            }
        }
        #expect(longest >= 24)
    }
}
