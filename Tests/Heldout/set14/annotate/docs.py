"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("t1-yuhang-district-plan-execution-report-2022", "txt", "utf-8", None),
        ("t2-luojiang-district-fiscal-jan-aug-2024", "txt", "utf-8", None),
        ("t3-chongqing-customs-trade-q1-q3-2020-daily", "txt", "utf-8", None),
        ("t4-district-census-2020-communiques-1-2-hongheiku", "txt", "utf-8", None),
        ("t5-suihua-communique-2024-city-site", "html", "utf-8", (18, 43))]
