"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("w1-province-power-july-in-en", "txt", "utf-8", None),
        ("w2-nbs-real-estate-jan-apr-2023-repost-trad", "txt", "utf-8", None),
        ("w3-postal-bulletin-2022-news-repost-trad", "txt", "utf-8", None),
        ("w4-shanxi-population-sample-survey-2021-repost-trad", "txt", "utf-8", None)]
