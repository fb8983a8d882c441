"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("u1-industrial-profits-jan-sep-2023-metallurgy-news-repost", "txt", "utf-8", None),
        ("u2-industrial-profits-jan-oct-2023-nbs-interpretation-magazine", "txt", "utf-8", None),
        ("u3-huangping-county-budget-execution-2022-draft-2023-repost", "txt", "utf-8", None),
        ("u4-suzhou-new-district-talent-week-cumulative-incubator-site", "txt", "utf-8", None),
        ("u5-agriculture-outlook-2017-2026-ranges-traditional-repost", "txt", "utf-8", None)]
DOCS.append(("u6-panjin-city-budget-execution-2025-draft-2026-npc-site-nav", "html", "utf-8", (9, 247)))
