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

    @Test("when no child holds most of the text, the whole page is kept (when unsure, keep)")
    func unsureKeeps() throws {
        let t = try content("<body><div>\(article)</div><div>\(article.replacingOccurrences(of: "33", with: "44"))</div></body>")
        #expect(t.contains("签约33个项目") && t.contains("签约44个项目"))
    }
}
