"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("y1-huangnan-communique-2022-sections-1-10-hongheiku", "html", "utf-8", (10, 42)),
        ("y2-national-day-tourism-day3-2017-chinanews-china-com", "txt", "utf-8", None),
        ("y3-national-day-tourism-day3-2016-xinhua-repost", "txt", "utf-8", None),
        ("y4-sanming-budget-execution-2019-draft-2020-city-gov-site", "html", "utf-8", (24, 55)),
        ("y5-anqiu-education-statistics-2023-2024-school-year-gov-site", "txt", "utf-8", None)]
