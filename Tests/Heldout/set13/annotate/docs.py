"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("t1-quanzhou-industry-jan-oct-2022-monthly-report", "txt", "utf-8", None),
        ("t2-nhc-health-statistical-bulletin-2019-resources", "txt", "utf-8", None),
        ("t3-budget-draft-2015-central-local-chinaacc", "txt", "utf-8", None),
        ("t4-ezhou-state-assets-report-2023", "txt", "utf-8", None),
        ("t5-baiyin-economy-2024-city-site", "html", "utf-8", (23, 51))]
