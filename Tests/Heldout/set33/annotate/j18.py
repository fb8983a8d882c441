from lib import Doc
D = Doc("../j18-talent-ten-thousand-plan-2012-hgymbe.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A 2013 新华社-style explainer of the 国家“万人计划” (started 2012-09), reposted on a spam site dated 2021.09.05 (its
# title lost the number: `遴选名人才`). Names that look like numbers → traps: `万人计划`, `千人计划`, `两只手`, `一手`.
# `中央将遴选100名` / `准备用10年左右时间,遴选支持1万名` / `第一层次100名` → target (将/准备: the plan's quotas);
# `近4000人` → approx (近 in the surface); `40多位` → approx_more. The article's own year is not written (scope
# without a year for the running totals).
tall("万人计划", "“万人计划” (the national Ten Thousand Talents Plan), a programme name.", "name_or_title")
tall("千人计划", "“千人计划” (the Thousand Talents Plan), a programme name.", "name_or_title")
date("2021.09.05", "2021-09-05", subject="转载时间")
s("100名", "中央将遴选冲击诺贝尔奖的人才", q="target", scope="万人计划；全国")
t("一个", "这是一个…计划 (this is a plan): 一 is the article 'a'.", "idiom_or_figurative")
t("一个", "这是一个与…并行的人才计划: 一 is the article 'a'.", "idiom_or_figurative")
t("一开始", "一开始 (from the start): not a number.", "idiom_or_figurative")
t("近平", "习近平 (a person's name): 近 is not an approximator.", "approximator_lookalike")
t("近日", "近日 (recently): 近 is not an approximator.", "approximator_lookalike")
ordn("100周年", 100, "欧美同学会成立周年数", unit="周年")
t("走近", "走近 (get close to): 近 is not an approximator.", "approximator_lookalike")
t("一项", "一项高端人才计划 (a high-end talent plan, a heading): 一 is the article 'a'.", "idiom_or_figurative")
date("2008年底", "2008", subject="千人计划启动时间")
s("近4000人", "千人计划累计引进海外高层次人才", value=4000, unit="人", kind="count", q="approx", scope="千人计划实施以来；全国")
s("40多位", "千人计划引进的发达国家科学院院士等顶尖人才", value=40, unit="位", kind="count", q="approx_more", scope="千人计划实施以来；全国")
t("两只手", "需要两只手 (two hands, figurative).", "idiom_or_figurative")
t("一手", "一手抓… (with one hand…), figurative.", "idiom_or_figurative")
t("一手", "一手抓… (with the other hand…), figurative.", "idiom_or_figurative")
date("2008年底", "2008", subject="审议千人计划时间")
date("2012年9月", "2012-09", subject="万人计划启动时间")
t("这一", "这一计划 (this plan): 一 is not a number.", "idiom_or_figurative")
D.scope = "万人计划；全国"
dur("10年左右", 10, "万人计划实施期", q=["target", "approx"])
s("1万名", "万人计划遴选支持高层次人才", q="target")
s("3个", "万人计划人才层次", note="计划包括3个层次7类人才.")
s("7类", "万人计划人才类别")
ordn("第一层次", 1, "万人计划人才层次", unit="层次")
s("100名", "万人计划第一层次人才", q="target")
D.write("../j18-talent-ten-thousand-plan-2012-hgymbe")
