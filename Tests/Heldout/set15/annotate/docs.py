"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("t1-transport-bulletin-2021-workers-daily-ce", "txt", "utf-8", None),
        ("t2-wenzhou-eco-environment-bulletin-2022-evening-news", "txt", "utf-8", None),
        ("t3-housing-fund-annual-report-2021-peoples-daily-os", "txt", "utf-8", None),
        ("t4-city-economy-h1-2015-newspaper-print-spaces", "txt", "utf-8", None),
        ("t5-changsha-communique-2025-provincial-stats-site", "html", "utf-8", (19, 47))]
