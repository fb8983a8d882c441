import Testing
@testable import Gongbao

/// `EllipticSubjects.Heads.mayHoldHead` searches the heads' first scalars (收, 支) as UTF-8 byte patterns: the same
/// answers as decoding the subject's scalars (`EllipticSubjects.mayHoldHead`, the reference), for the corpus heads
/// and for head lists with other leads, one word, or none the byte search takes (it falls back to the bitmap).
@Suite("Elliptic heads searched as bytes")
struct HeadBytesFastPathTests {
    /// Scalars near the heads' bytes: 收 E6 94 B6, 支 E6 94 AF, 攴 E6 94 B4 (same lead and middle), 文 E6 96 87,
    /// 人 E4 BA BA, 入 E5 85 A5, ASCII, a two-byte é, a four-byte 𠀀, the ideographic full stop E3 80 82.
    static let pool = ["收", "支", "攴", "文", "人", "入", "出", "a", "7", " ", "é", "𠀀", "。", "预算", "一般公共"]

    static let headLists: [[String]] = [
        ["收入", "支出"], ["收入"], ["支出", "人口"], ["收入", "人口", "文化"], ["出口", "人口", "文化"], ["攴"],
        ["收入", "ab"], ["𠀀字"], ["收入", "收益", "支出", "攴"], [],
    ]

    @Test("random subjects of 0 to 40 scalars, every head list")
    func agrees() {
        var mix = Mix(state: 0x5EED_0000_4EAD_0001)
        for list in HeadBytesFastPathTests.headLists {
            let heads = EllipticSubjects.Heads(list)
            for round in 0..<2000 {
                var s = ""
                for _ in 0..<(round % 41) { s += HeadBytesFastPathTests.pool[mix.next(HeadBytesFastPathTests.pool.count)] }
                #expect(heads.mayHoldHead(s) == EllipticSubjects.mayHoldHead(s, heads.firsts), "\(list) \(s)")
            }
        }
    }

    @Test("the byte search is taken for up to two distinct last bytes, not for three, ASCII or astral heads")
    func applies() {
        // Last bytes: 收 B6, 支 AF, 攴 B4, 人 BA, 出 BA, 文 87.
        #expect(EllipticSubjects.Heads(["收入", "支出"]).firstBytes != nil)
        #expect(EllipticSubjects.Heads(["支出", "人口"]).firstBytes != nil)
        #expect(EllipticSubjects.Heads(["出口", "人口", "文化"]).firstBytes != nil)
        #expect(EllipticSubjects.Heads(["收入", "人口", "文化"]).firstBytes == nil)
        #expect(EllipticSubjects.Heads(["收入", "收益", "支出", "攴"]).firstBytes == nil)
        #expect(EllipticSubjects.Heads(["收入", "ab"]).firstBytes == nil)
        #expect(EllipticSubjects.Heads(["𠀀字"]).firstBytes == nil)
        #expect(EllipticSubjects.Heads([]).firstBytes == nil)
    }

    @Test("a head's scalar at every place of a long subject, and split across the eight-byte words")
    func everyPlace() {
        let heads = EllipticSubjects.Heads(["收入", "支出"])
        for head in ["收", "支", "攴", "文"] {
            for k in 0...20 {
                var s = String(repeating: "预", count: k) + head + String(repeating: "算", count: 20 - k)
                #expect(heads.mayHoldHead(s) == EllipticSubjects.mayHoldHead(s, heads.firsts), "\(s)")
                s = "a" + s
                #expect(heads.mayHoldHead(s) == EllipticSubjects.mayHoldHead(s, heads.firsts), "\(s)")
                s = "é" + s
                #expect(heads.mayHoldHead(s) == EllipticSubjects.mayHoldHead(s, heads.firsts), "\(s)")
            }
        }
    }
}
