"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("x1-nbs-cpi-food-pork-month-zhimen", "txt", "utf-8", None),
        ("x2-dazhou-income-q1-q3-2021-city-gov-site", "txt", "utf-8", None),
        ("x3-summer-grain-2011-xinhua-lgmi", "txt", "utf-8", None),
        ("x4-rd-funding-bulletin-2020-news-n186", "txt", "utf-8", None)]
