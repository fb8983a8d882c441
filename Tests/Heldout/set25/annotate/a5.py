from lib import Doc
D = Doc("../a5-national-grain-area-output-2020-hectares-tonnes-news-repost.txt")
s0, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall


def s(surface, *a, **k):
    """公顷 is not in lib.py's default unit table: give its kind here."""
    if surface.endswith("公顷"):
        k.setdefault("kind", "measure")
    return s0(surface, *a, **k)


# News repost (人民网 via a 环球金融网 page, 2021-02-28) of the grain part of the national 2020 统计公报: 种植面积 in 万公顷,
# 产量 in 万吨, 比上年增加/增加/减少 → direction, 增产/减产 % → up/down, `持平略减` (no figure). Scope `2020年；全国`.
# 新增…面积 (an amount added in the year) → no direction, as 新增 flows in earlier sets.
# Page furniture (the 时间 line, 发布者 DN032, the QQ number in the footer, 版权所有© 2017) kept and trapped.
D.scope = "2020年；全国"
s("43万公顷", "全年新增耕地灌溉面积")
s("160万公顷", "新增高效节水灌溉面积")
date("2021-02-28", "2021-02-28", subject="发布时间")
t("17:57:32", "time of day of the post (page furniture).", "vague_or_generic")
t("DN032", "发布者 DN032 (an editor code).", "name_or_title")
date("28日", "2021-02-28", subject="公报发布日期", note="the month and year come from the post's date line (2021-02-28).")
date("2020年", "2020", subject="公报年度")
date("2020年", "2020", subject="统计年度")
s("11677万公顷", "粮食种植面积")
s("70万公顷", "粮食种植面积比上年增加", d="up")
s("66949万吨", "粮食产量")
s("565万吨", "粮食产量比上年增加", d="up")
s("0.9%", "粮食产量增产幅度", d="up")
s("43万公顷", "全年新增耕地灌溉面积")
s("160万公顷", "新增高效节水灌溉面积")
s("3008万公顷", "稻谷种植面积")
s("38万公顷", "稻谷种植面积增加", d="up")
s("2338万公顷", "小麦种植面积")
s("35万公顷", "小麦种植面积减少", d="down")
s("4126万公顷", "玉米种植面积")
s("2万公顷", "玉米种植面积减少", d="down")
s("317万公顷", "棉花种植面积")
s("17万公顷", "棉花种植面积减少", d="down")
s("1313万公顷", "油料种植面积")
s("20万公顷", "油料种植面积增加", d="up")
s("157万公顷", "糖料种植面积")
s("4万公顷", "糖料种植面积减少", d="down")
s("66949万吨", "粮食产量")
s("565万吨", "粮食产量比上年增加", d="up")
s("0.9%", "粮食产量增产幅度", d="up")
s("14286万吨", "夏粮产量")
s("0.9%", "夏粮增产幅度", d="up")
s("2729万吨", "早稻产量")
s("3.9%", "早稻增产幅度", d="up")
s("49934万吨", "秋粮产量")
s("0.7%", "秋粮增产幅度", d="up")
s("61674万吨", "谷物产量")
s("0.5%", "谷物增产幅度", d="up")
s("21186万吨", "稻谷产量")
s("1.1%", "稻谷增产幅度", d="up")
s("13425万吨", "小麦产量")
s("0.5%", "小麦增产幅度", d="up")
s("26067万吨", "玉米产量")
s("591万吨", "棉花产量")
s("0.4%", "棉花增产幅度", d="up")
s("3585万吨", "油料产量")
s("2.6%", "油料增产幅度", d="up")
s("12028万吨", "糖料产量")
s("1.2%", "糖料减产幅度", d="down")
s("297万吨", "茶叶产量")
s("7.1%", "茶叶增产幅度", d="up")
t("2017", "版权所有© 2017 (copyright year of the site, page furniture).", "name_or_title", at="版权所有")
t("514 676 113", "QQ number in the footer (contact).", "name_or_title")
D.write("../a5-national-grain-area-output-2020-hectares-tonnes-news-repost")
