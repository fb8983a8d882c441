"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("w1-cnipa-patent-statistics-2017-unitalen-repost", "txt", "utf-8", None),
        ("w2-zhongshan-pboc-finance-h1-2019-daily-repost", "txt", "utf-8", None),
        ("w3-migrant-workers-report-2012-peoples-daily-online", "txt", "utf-8", None),
        ("w4-spring-festival-tourism-2019-cqn-chinanews", "txt", "utf-8", None),
        ("w5-changji-communique-2025-social-security-health-crei-gb2312", "html", "gb18030", (8, 26))]
