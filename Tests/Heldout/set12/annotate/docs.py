"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("s1-guizhou-gov-work-report-2026-review-targets", "txt", "utf-8", None),
        ("s2-yaan-daily-q1-q3-2024-economy-newspaper", "txt", "utf-8", None),
        ("s3-luquan-county-final-accounts-2023-report", "txt", "utf-8", None),
        ("s4-nbs-communique-2023-agriculture-chinanews-repost", "txt", "utf-8", None),
        ("s5-zhoukou-budget-execution-2025-daily-on-gov-site", "html", "utf-8", (18, 51))]
