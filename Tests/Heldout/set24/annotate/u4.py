from lib import Doc
D = Doc("../u4-suzhou-new-district-talent-week-cumulative-incubator-site.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国孵化器网 repost (来源 苏州商报, 2016-07-13) on 苏州高新区 (a 区) at the 2016 苏州国际精英创业周, with the site's
# navigation (bullets, 当前位置) as stored. Qualifiers: `300余名` (headline) / `300多名` ×2 → approx_more; `近2000名` → approx
# with 近 in the surface (as 约, set 13); `三分之二以上` → ratio 2/3 (gold README: fractions → ratio, unit null) approx_more.
# Cumulative figures: 历届精英周 (`历届精英周；苏州高新区`; the years are not written) and 前七届
# (`前七届精英周；苏州高新区`); this year's event `2016年7月11日；苏州高新区`. The store stops after 三分之二以上.
tall("新一代", "新一代电子信息 (new-generation): not a number.", "idiom_or_figurative")
D.scope = "2016年7月11日；苏州高新区"
s("300余名", "携项目参会的海内外精英（标题）", q="approx_more")
date("2016-07-13", "2016-07-13", subject="发布日期")
date("11日", "2016-07-11", subject="推介会日期", note="year and month from the posting date 2016-07-13 (line 16).")
date("2016", "2016", subject="创业周年份", note="2016苏州国际精英创业周 (the event's year in its name).")
s("300多名", "携优质人才项目亮相的海内外精英", q="approx_more")
date("11日", "2016-07-11", subject="推介会日期")
date("2016", "2016", subject="创业周年份")
s("300多名", "携优质人才项目亮相的海内外精英", q="approx_more", note="the lead paragraph repeated by the page.")
t("多", "大多集中在 (mostly): not an approximator.", "approximator_lookalike", at="大多集中")
t("千人", "海创智库千人专家项目对接会 (千人计划 experts; an event's name).", "name_or_title")
s("近2000名", "历届精英周累计参加高新区分会场活动的高层次人才", value=2000, unit="名", kind="count", q="approx",
  scope="历届精英周；苏州高新区", note="近 kept in the surface (as 约, set 13): approx.")
t("前七届", "前七届精英周 (the first seven editions): names the span of the cumulative count; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
D.scope = "前七届精英周；苏州高新区"
s("342个", "前七届精英周累计落户高科技项目")
s("26.5亿元", "前七届精英周落户项目注册资本")
t("一批", "一批 (a group of): not a quantity.", "idiom_or_figurative")
s("三分之二以上", "（截断）高层次人才中的比重", value=2 / 3, unit=None, kind="ratio", q="approx_more", scope="2016年；苏州高新区",
  note="据统计,三分之二以上 — the stored text stops here; two thirds (value 2/3) of something not shown; AMBIGUOUS (also in traps).")
t("三分之二以上", "三分之二以上 at the cut end of the stored text (what it is a share of is cut): extraction preferred (gold), omission acceptable.", "vague_or_generic", ambiguous=True, gold_surface="三分之二以上")
D.write("../u4-suzhou-new-district-talent-week-cumulative-incubator-site")
