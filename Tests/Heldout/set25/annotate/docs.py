"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("a1-hebi-city-statistical-communique-2025-sections-1-9", "txt", "utf-8", None),
        ("a2-department-three-public-expenses-final-accounts-2018-county-site", "txt", "utf-8", None),
        ("a3-high-standard-farmland-plan-2020-ranges-industry-bulletin", "txt", "utf-8", None),
        ("a4-huaibei-stats-bureau-communique-2025-interpretation-site-nav", "html", "utf-8", (10, 155)),
        ("a5-national-grain-area-output-2020-hectares-tonnes-news-repost", "txt", "utf-8", None)]
