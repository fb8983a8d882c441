from lib import Doc
D = Doc("../w4-spring-festival-tourism-2019-cqn-chinanews.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中新网 (2月10日电) on 文化和旅游部's 2019年春节假期 figures, reposted by 中国质量新闻网 (cqn.com.cn, 2019-02-11); the store
# stops after …1500多项. National figures → 2019年春节假期；全国; 欢乐春节 abroad → 2019年春节；全球. 同比增长 → up; the
# shares of tourists (游客比例 分别达…, 达到) → percent levels, no direction.
N = "2019年春节假期；全国"
D.scope = N
date("2019年", "2019", subject="年度（标题）")
s("5139亿元", "春节旅游收入（标题）")
s("8.2%", "春节旅游收入同比增长（标题）", d="up")
date("2019-02-11 16:02:38", "2019-02-11", subject="发布时间", note="time kept in the surface.")
date("2月10日", "2019-02-10", subject="电讯日期", note="year 2019 from the dateline of the page (2019-02-11).")
date("2019年", "2019", subject="年度")
s("4.15亿人次", "全国旅游接待总人数")
s("7.6%", "旅游接待总人数同比增长", d="up")
s("5139亿元", "旅游收入")
s("8.2%", "旅游收入同比增长", d="up")
tall("多彩", "丰富多彩 (rich and colourful, idiom): 多 is not an approximator.", "idiom_or_figurative")
s("12个", "开展“非遗过大年、文化进万家”系列文化活动的省（区、市）")
t("万家", "“非遗过大年、文化进万家” (campaign slogan): 万家 (ten thousand homes) is not a quantity.", "slogan_count")
for v, sub in (("40.5%", "参观博物馆的游客比例"), ("44.2%", "参观美术馆的游客比例"), ("40.6%", "参观图书馆和科技馆的游客比例"),
               ("18.4%", "参观历史文化街区的游客比例")):
    s(v, sub, note="分别达40.5%、44.2%、40.6%和18.4%: four places in order; shares, no direction.")
s("34.8%", "观看各类文化演出的游客比例")
t("三四线", "三四线城市 (third- and fourth-tier cities, a class name): not a quantity.", "name_or_title", at="三四线")
t("老三样", "“老三样” (the old three: K歌、打牌、搓麻), a fixed expression, not a count statement.", "slogan_count", at="老三样")
D.scope = "2019年春节；全球"
s("133个", "举办“欢乐春节”活动的国家和地区")
s("396座", "举办“欢乐春节”活动的城市")
s("1500多项", "“欢乐春节”演出、展览、庙会等活动", q="approx_more",
  note="1500多项: 多 → approx_more (in the surface); the store stops after 项 (the noun, e.g. 活动, is cut off).")
D.write("../w4-spring-festival-tourism-2019-cqn-chinanews")
