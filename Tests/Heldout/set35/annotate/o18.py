from lib import Doc
D = Doc("../o18-jiangsu-red-cross-2022-jschina.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国江苏网 公益频道 (2023-02-23): 江苏省红十字会 press conference on 2022 — 器官捐献 志愿登记 万人 (年度/累计), 捐献 例, 器官 个,
# 救援队 六类 / 支 / 人, 景区救护站 个, AED 台, 募集款物 亿元. `六类救援队` → count 类 (six kinds, named one by one before).
date("2022年", "2022", subject="通报年度")
date("2023年度", "2023", subject="工作安排年度")
D.scope = "2022年；江苏省"
date("2022年", "2022", subject="年度")
s("9.3万人", "人体器官捐献志愿登记")
s("44.9万人", "人体器官捐献累计登记")
s("153例", "完成器官捐献", kind="count")
s("467个", "捐献器官")
s("六类", "红十字会系统救援队类别", value=6, unit="类", kind="count")
s("123支", "红十字会系统救援队", kind="count")
s("6855人", "救援队队员总数")
s("135个", "景区红十字救护站")
s("4832台", "公共场所配备AED（累计）")
date("2022年", "2022", subject="年度")
s("6.73亿元", "全省红十字会系统募集款物")
tall("红十字", "红十字 (name of the organization).", "name_or_title")
D.write("../o18-jiangsu-red-cross-2022-jschina")
