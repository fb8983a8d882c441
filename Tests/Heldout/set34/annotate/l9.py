from lib import Doc
D = Doc("../l9-culture-tourism-bulletin-2023-beinet.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民网 on the 2023年文化和旅游发展统计公报, reposted by 北京市经济信息中心 (beinet.net.cn, 2024-09-04), with the site's
# navigation and ICP footer. `5017.2万件/套` → count, unit 件/套. `人均…90.8元` → money.
date("2023年", "2023", subject="公报年度（标题）")
date("2024-09-04", "2024-09-04", subject="发布日期")
t("10:07", "publication clock time.", "name_or_title")
t("近", "近日 (recently).", "approximator_lookalike")
date("2023年", "2023", subject="公报年度")
date("2023年", "2023", subject="统计年度")
D.scope = "2023年；全国"
s("1280.4亿元", "全国文化和旅游事业费")
s("78.6亿元", "文化和旅游事业费比上年增加", d="up")
s("6.5%", "文化和旅游事业费同比增长", d="up")
s("90.8元", "全国人均文化和旅游事业费")
s("5.7元", "人均文化和旅游事业费比上年增加", d="up")
s("6.7%", "人均文化和旅游事业费同比增长", d="up")
date("2023年末", "2023", subject="统计时点")
D.scope = "2023年末；全国"
s("14.4亿册", "全国公共图书馆总藏量")
s("5.6%", "公共图书馆总藏量同比增长", d="up")
s("1.02册", "全国人均图书藏量")
s("0.06册", "人均图书藏量比上年末增加", d="up")
date("2023年末", "2023", subject="统计时点")
s("5017.2万件/套", "全国文物机构藏品", kind="count")
s("3363.3万件/套", "文物系统管理的国有博物馆藏品", kind="count")
s("67.0%", "国有博物馆藏品占藏品总量比重")
date("2023年", "2023", subject="统计年度")
D.scope = "2023年；全国"
s("3.0万个", "文物机构举办陈列展览")
s("140266万人次", "文物机构接待观众")
s("102129万人次", "国有博物馆接待观众")
s("123.7%", "国有博物馆接待观众同比增长", d="up")
t("08003934号-1", "ICP number (京ICP备08003934号-1).", "name_or_title")
D.write("../l9-culture-tourism-bulletin-2023-beinet")
