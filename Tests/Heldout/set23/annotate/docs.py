"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("z1-yuanling-county-gov-work-report-2018-review-repost", "txt", "utf-8", None),
        ("z2-minqing-county-economy-h1-2017-gov-site-gb2312", "html", "gb2312", (7, 14)),
        ("z3-peoples-daily-employment-14th-fyp-2025-pdf-text-repost", "txt", "utf-8", None),
        ("z4-zhongshan-monthly-stats-table-2020-06-stats-bureau", "txt", "utf-8", None),
        ("z5-xian-econ-dev-zone-census-2020-communique-hongheiku", "txt", "utf-8", None)]
