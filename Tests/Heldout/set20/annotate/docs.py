"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("x1-shangnan-livelihood-projects-2015-shangluo-daily-epaper", "txt", "utf-8", None),
        ("x2-medical-security-bulletin-2023-news-repost-variant-trad", "txt", "utf-8", None),
        ("x3-airport-cargo-bulletin-2023-peoples-daily-online-repost", "txt", "utf-8", None),
        ("x4-mohrss-q1-2023-employment-tongchuan-hrss-site", "txt", "utf-8", None),
        ("x5-jiangyin-zoomlion-east-china-base-2011-jsp-page", "html", "utf-8", (49, 57))]
