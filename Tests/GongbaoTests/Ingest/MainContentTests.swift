import Testing
@testable import Gongbao

@Suite("MainContent")
struct MainContentTests {
    private func content(_ html: String) throws -> String {
        String(decoding: HTMLText.content(of: try IngestFixture.html(html)).bytes, as: UTF8.self)
    }

    private let article = "<p>全市共签约33个项目，签约金额达175.65亿元，其中阳新签约18个项目，签约金额达126.4亿元，涵盖了制造、能源、零售、文旅等行业。</p>"

    @Test("an ASP.NET <form> around the whole page is kept: it holds the article")
    func formAroundPage() throws {
        let t = try content("<body><form id=\"form1\"><div class=\"nav\"><a href=\"/\">首页</a></div>\(article)</form></body>")
        #expect(t.contains("175.65亿元"))
        #expect(!t.contains("首页"))
    }

    @Test("a list that is mostly links is navigation; hidden elements and control-only blocks go too")
    func linkDensityHiddenControls() throws {
        let html = """
        <body><div id="zoom">\(article)
        <ul><li><a href="/1">东胜区召开经济工作会议</a></li><li><a href="/2">关于2024年预算的公告</a> 2024-01-02</li></ul>
        <div style="display: none">隐藏的统计数字99万人</div><div>【关闭】</div><p>打印本页</p></div></body>
        """
        let t = try content(html)
        #expect(t.contains("126.4亿元"))
        for gone in ["经济工作会议", "预算的公告", "99万人", "关闭", "打印本页"] { #expect(!t.contains(gone), "kept \(gone)") }
    }

    @Test("a hidden second copy of the article is dropped even though it holds half the page's text")
    func hiddenCopyOfArticle() throws {
        let html = """
        <body><div class="content"><h1>签约33个项目</h1>\(article)</div>
        <div id="elderly" style="display: none;"><h3>签约33个项目</h3><div class="text">\(article)</div></div></body>
        """
        let t = try content(html)
        let copies = t.components(separatedBy: "175.65亿元").count - 1
        #expect(copies == 1, "the article came out \(copies) times")
    }

    @Test("a page whose every element is hidden keeps its text rather than emitting nothing")
    func everythingHidden() throws {
        let t = try content("<body><div style=\"display:none\">\(article)</div></body>")
        #expect(t.contains("175.65亿元"))
    }

    @Test("the main container narrows past a sidebar; the h1 outside it is kept as the title")
    func narrowsToArticle() throws {
        let html = """
        <body><div class="wrap"><h1>黄石签约33个项目</h1><div class="left"><p>热门</p></div>
        <div class="text">\(article)\(article)</div></div></body>
        """
        let t = try content(html)
        #expect(t.hasPrefix("黄石签约33个项目\n\n全市共签约"))
        #expect(!t.contains("热门"))
    }

    @Test("the date stamp between the title and the article is kept after the title; views and sources are not")
    func keepsDateStamp() throws {
        let html = """
        <body><div class="wrap"><h1>10月份全省经济运行稳中有进</h1><div class="meta"><span>来源：省统计局</span>
        <span>发布时间：2024-11-18 10:00</span><span>浏览次数：192</span></div><div class="left"><p>热门</p></div>
        <div class="text">\(article)\(article)\(article)\(article)\(article)\(article)\(article)\(article)</div></div></body>
        """
        let t = try content(html)
        #expect(t.hasPrefix("10月份全省经济运行稳中有进\n\n发布时间：2024-11-18 10:00\n\n全市共签约"))
        #expect(!t.contains("浏览次数") && !t.contains("来源"))
        // A date without a label is no stamp (a headline's 2024年 stays out).
        let plain = try content("""
        <body><div class="wrap"><h1>黄石签约33个项目</h1><div class="meta"><span>2024年11月18日 星期一</span></div>
        <div class="text">\(article)\(article)\(article)\(article)</div></div></body>
        """)
        #expect(plain.hasPrefix("黄石签约33个项目\n\n全市共签约"))
    }

    @Test("when no child holds most of the text, the whole page is kept (when unsure, keep)")
    func unsureKeeps() throws {
        let t = try content("<body><div>\(article)</div><div>\(article.replacingOccurrences(of: "33", with: "44"))</div></body>")
        #expect(t.contains("签约33个项目") && t.contains("签约44个项目"))
    }

    @Test("visible characters are counted the same 16 bytes at a time as one by one (NBSP across a block edge too)")
    func visibleCountMatchesReference() {
        func reference(_ bytes: ArraySlice<UInt8>) -> Int {
            var count = 0
            var previous: UInt8 = 0
            for b in bytes {
                if b & 0xC0 != 0x80, b > 0x20 { count += 1 }
                if previous == 0xC2 && b == 0xA0 { count -= 1 }
                previous = b
            }
            return count
        }
        struct LCG: RandomNumberGenerator {  // fixed seed: the same inputs every run
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            mutating func next() -> UInt64 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return state
            }
        }
        var generator = LCG()
        let pieces: [[UInt8]] = [Array("签约33个".utf8), [0xC2, 0xA0], [0x20, 0x0A, 0x09], Array("a&b".utf8), [0xA0], [0xC2]]
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 100, 254, 255, 256, 257, 600] {
            for _ in 0..<20 {
                var bytes: [UInt8] = []
                while bytes.count < length { bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
                for start in 0..<min(3, bytes.count + 1) {
                    #expect(MainContent.visibleCount(bytes[start...]) == reference(bytes[start...]))
                }
            }
        }
    }
}
