"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("v1-culture-bulletin-2017-mct-199it", "txt", "utf-8", None),
        ("v2-pearl-river-water-bulletin-2022-chinanews-repost", "txt", "utf-8", None),
        ("v3-beijing-civil-affairs-march-2022-table", "txt", "utf-8", None),
        ("v4-yibin-gov-work-report-2022-five-year-review", "txt", "utf-8", None),
        ("v5-bozhou-xj-communique-2025-education-culture-gov-site", "html", "utf-8", (16, 33))]
