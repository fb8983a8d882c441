"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("c1-tianjin-hedong-court-cases-jan-sep-2014-court-site", "txt", "utf-8", None),
        ("c2-fuzhou-procuratorate-work-report-2015-jcy-site", "txt", "utf-8", None),
        ("c3-chongqing-state-assets-report-2021-npc-standing-committee-site", "txt", "utf-8", None),
        ("c4-wuhan-state-assets-report-2023-finance-bureau-comma-groups", "txt", "utf-8", None),
        ("c5-shanghai-climate-2010-qa-site-injected-words", "txt", "utf-8", None),
        ("c6-typhoon-rammasun-2014-disaster-by-province-news-repost", "txt", "utf-8", None),
        ("c7-typhoon-soudelor-2015-disaster-five-provinces-one-line", "txt", "utf-8", None),
        ("c8-dongguan-intermediate-court-work-report-2022-repost", "txt", "utf-8", None)]
