/// What marks a part of a page as chrome rather than article, as named groups of data (trafilatura's
/// xpaths.py, expressed as tag names, class/id fragments and phrases rather than XPath strings).
///
/// Government portals wrap a 公报 in menus, 当前位置 breadcrumbs, 分享到 bars and 版权所有 footers; these
/// lists name them. Edit the data, not the code; every group must be non-empty (a test checks).
public struct BoilerplateGroup: Sendable {
    public let name: String
    public let entries: [String]

    public init(_ name: String, _ entries: [String]) {
        precondition(!entries.isEmpty, "boilerplate group \(name) is empty")
        self.name = name
        self.entries = entries
    }
}

public enum BoilerplateXPaths {
    /// Elements whose content is never article text, whatever they hold.
    public static let alwaysDropped = BoilerplateGroup("always-dropped-tags", [
        "script", "style", "noscript", "iframe", "frame", "frameset", "select", "option", "button",
        "textarea", "input", "template", "svg", "canvas", "object", "embed", "map", "head", "link", "meta",
    ])

    /// Elements that are page chrome unless they turn out to hold the article
    /// (ASP.NET portals wrap the whole page in one `<form>`; HTML5 articles put the title in `<header>`).
    public static let chromeTags = BoilerplateGroup("chrome-tags", [
        "nav", "header", "footer", "aside", "form", "menu",
    ])

    /// Fragments of class or id names (lowercased, matched as substrings) that mark chrome:
    /// `div.breadcrumb`, `ul#mainNav`, `div.bdsharebuttonbox`, `div.footer_wrap`, 拼音 names like `div.dqwz`.
    public static let navigation = BoilerplateGroup("navigation-class-id", [
        "nav", "menu", "breadcrumb", "crumb", "topbar", "toolbar", "sidebar", "side-bar", "sidenav",
        "daohang", "dqwz", "weizhi", "position", "pagination", "pager", "skip",
    ])
    public static let pageFrame = BoilerplateGroup("page-frame-class-id", [
        "header", "footer", "foot", "bottom", "copyright", "banner", "logo", "topnav", "gotop", "backtop",
    ])
    public static let sharing = BoilerplateGroup("sharing-class-id", [
        "share", "bdshare", "fenxiang", "printbtn", "qrcode", "erweima", "ewm", "wechat", "weixin", "weibo",
    ])
    public static let relatedLinks = BoilerplateGroup("related-links-class-id", [
        "related", "relate", "xgwz", "xgxw", "xglj", "links", "friendlink", "recommend", "hotnews",
    ])
    public static let accountAndSearch = BoilerplateGroup("account-search-class-id", [
        "login", "register", "search", "userinfo", "comment", "advert", "guanggao",
    ])

    /// The class/id groups together.
    public static let classIDGroups = [navigation, pageFrame, sharing, relatedLinks, accountAndSearch]

    /// Phrases that mark a short block as chrome: 版权所有, 当前位置：首页 > 新闻, 【打印本页】【关闭窗口】.
    public static let chromePhrases = BoilerplateGroup("chrome-phrases", [
        "版权所有", "ICP备", "公网安备", "网站标识码", "主办单位：", "主办单位:", "承办单位", "技术支持：",
        "设为首页", "加入收藏", "当前位置", "您现在的位置", "您的位置", "打印本页", "关闭窗口", "分享到",
        "扫一扫", "Copyright", "copyright", "All Rights Reserved", "上一篇", "下一篇", "责任编辑", "Produced By",
    ])
    /// Blocks that are nothing but a page control (their whole text, spaces removed): 关闭, 【打印】.
    public static let chromeBlocks = BoilerplateGroup("chrome-blocks", [
        "关闭", "打印", "返回", "返回顶部", "收藏", "【关闭】", "【打印】", "[关闭]", "[打印]", "【返回】", "【顶部】",
        "【打印】【关闭】", "打印本页关闭窗口", "字号：大中小", "【字体：大中小】", "字体：大中小", "【大中小】",
    ])

    /// Inline styles that hide an element (lowercased, spaces removed): hidden text is never content.
    public static let hiddenStyles = BoilerplateGroup("hidden-styles", ["display:none", "visibility:hidden"])

    /// A block with a chrome phrase is dropped only when it is at most this many characters long,
    /// so a paragraph that merely mentions 技术支持 stays.
    public static let chromePhraseMaxCharacters = 80

    /// A block whose text is at least this share inside `<a>` is navigation (a menu, a related-links list).
    public static let linkDensity = 0.5
}
