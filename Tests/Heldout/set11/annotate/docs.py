"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("r1-yunhe-county-communique-2022-population-gdp", "txt", "utf-8", None),
        ("r2-nbs-communique-2024-social-security-education-health", "txt", "utf-8", None),
        ("r3-yangling-demo-zone-economy-jan-oct-brief", "txt", "utf-8", None),
        ("r4-central-audit-work-report-2024-department-budgets-pdf", "txt", "utf-8", None),
        ("r5-gannan-communique-2025-diebu-county-site", "html", "utf-8", (16, 54))]
