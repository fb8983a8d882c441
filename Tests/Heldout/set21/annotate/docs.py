"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("x1-putian-economy-2025-fujian-gxt-site", "html", "utf-8", (27, 44)),
        ("x2-env-status-2017-national-chinanews-repost", "txt", "utf-8", None),
        ("x3-guizhou-finance-march-2016-pboc-trad-repost", "txt", "utf-8", None),
        ("x4-quanzhou-customs-trade-q1-q3-2021-haidu-epaper-breaks", "txt", "utf-8", None)]
