from extra import Doc31
D = Doc31("../g14-pengshui-consolidation-2021-trad-tsjiudao.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 重慶彭水網 (彭水縣) on 鞏固拓展脫貧攻堅成果 in 2021 (tsjiudao.com/ps_content/2021-12/23/…; year from the address), traditional
# with pinyin glosses (`穩(wěn)固`, `鄉(xiāng)村`); the lead paragraph is printed twice; the store stops at `實現在家`.
# Few figures, many slogan numbers: `“四個不摘”`, `“六訪六幫”`, `“兩不愁三保障”` → slogan traps; `“三類群體”` (the three named
# before it) → a term, AMBIGUOUS trap without gold_id. 萬人 → count 人 ×10⁴; 戶/人/名 → counts; `累計識別監測對象1293戶4759人`
# → two counts (累計 outside). `多舉措` → 多 lookalike. Scope `2021年；彭水縣`.
D.scope = "2021年；彭水縣"
tall("多舉措", "多舉措發力 (many measures): 多 is not an approximator.", "approximator_lookalike")
t("四個不摘", "slogan “四個不摘” (four don'ts).", "slogan_count")
t("六訪六幫", "slogan “六訪六幫”.", "slogan_count")
t("兩不愁三保障", "slogan “兩不愁三保障”.", "slogan_count")
t("清零", "動態清零機制 (clear to zero): 零 is not a figure.", "idiom_or_figurative")
s("4.51萬人", "動態鞏固保障飲水安全人數")
s("69戶", "動態新增改造危房", unit="戶", kind="count")
t("三類群體", "“三類群體” (the three groups named before it): a term.", "name_or_title", ambiguous=True)
s("1293戶", "累計識別監測對象（戶）", unit="戶", kind="count")
s("4759人", "累計識別監測對象（人）")
s("25071名", "納入低保的農村人口")
s("3284名", "納入特困供養的人口")
D.write("../g14-pengshui-consolidation-2021-trad-tsjiudao")
