from lib import Doc
D = Doc("../o21-china-red-cross-donation-2023-cctv-spamhost-33809.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 央视 (李玉梅) on 中国红十字会总会 figures for 2023, on a spam host (33809.123451234567.asia) with a fake source code
# `sp20241127` and a post time (traps). 器官捐献 志愿登记 万余人, 捐献 余例 / 万个, 累计 超…万人 / 超过…万例 / 超过…万个
# (超/超过 outside the surface → approx_more, earlier gold `突破130万户`), 省级红十字会 个, 纪念场所 `超过210余处`, 骨髓库 入库
# 万余人份 / 万人份, 捐献 例, `首次突破2000例` (approx_more), 配型检索 超…万人次, `超过80%以上`.
date("2024-11-27", "2024-11-27", subject="发布日期")
t("12:13:25", "clock time of the post.", "vague_or_generic")
t("sp20241127", "fake source code of the spam host.", "vague_or_generic")
date("2023年", "2023", subject="统计年度")
D.scope = "2023年；全国"
s("82万余人", "人体器官捐献志愿登记新增", q="approx_more")
s("6450余例", "实现器官捐献", kind="count", q="approx_more")
s("2.1万个", "捐献器官")
s("665万人", "人体器官捐献志愿登记累计人数", q="approx_more", scope="截至目前；全国", note="累计超665万人: 超 outside the surface.")
s("5万例", "累计实现器官捐献", kind="count", q="approx_more", scope="截至目前；全国", note="超过5万例.")
s("15.3万个", "累计捐献器官", q="approx_more", scope="截至目前；全国", note="超过15.3万个.")
s("30个", "成立器官捐献管理机构的省级红十字会", scope="截至目前；全国")
s("210余处", "人体器官捐献者缅怀纪念场所", kind="count", q="approx_more", scope="截至目前；全国", note="超过210余处.")
date("2023年", "2023", subject="统计年度")
s("17万余人份", "中华骨髓库新增入库数据", kind="count", q="approx_more")
s("2157例", "中华骨髓库实现捐献", kind="count")
s("2000例", "单年捐献量（首次突破）", kind="count", q="approx_more", note="首次突破2000例: 突破 outside the surface.")
s("340万人份", "中华骨髓库累计入库数据", kind="count", scope="截至目前；全国")
s("12万人次", "中华骨髓库累计配型检索", q="approx_more", scope="截至目前；全国", note="超12万人次.")
s("16708例", "中华骨髓库累计实现捐献", kind="count", scope="截至目前；全国")
s("80%以上", "建立无偿献血和造血干细胞捐献志愿服务队伍的地市级红十字会占比", q="approx_more", scope="截至目前；全国", note="超过80%以上.")
tall("红十字", "红十字 (name of the organization).", "name_or_title")
D.write("../o21-china-red-cross-donation-2023-cctv-spamhost-33809")
