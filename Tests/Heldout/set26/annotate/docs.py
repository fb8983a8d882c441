"""The set: stem, extension, encoding, scored line range (None = whole file)."""
DOCS = [("b1-anhui-pboc-hefei-loans-deposits-h1-2023-paper-site", "txt", "utf-8", None),
        ("b2-national-day-midautumn-2020-first-four-days-tourism-repost", "txt", "utf-8", None),
        ("b3-macao-daily-epaper-provinces-golden-week-2023-chinese-numerals", "txt", "utf-8", None),
        ("b4-nhc-health-bulletin-2020-chinanews-qa-traditional-repost", "txt", "utf-8", None),
        ("b5-macao-dsec-visitor-arrivals-oct-2004-gov-mo-traditional", "txt", "utf-8", None),
        ("b6-jiangsu-pboc-nanjing-q3-2022-financial-operation-news-site", "txt", "utf-8", None),
        ("b7-jiuhuashan-spring-festival-2002-evening-paper-sina-print-breaks", "txt", "utf-8", None),
        ("b8-hk-censtatd-retail-sales-nov-2013-info-gov-hk-press-release", "txt", "utf-8", None),
        ("b9-chongqing-national-day-2015-gov-cn-big5-gateway", "txt", "utf-8", None)]
