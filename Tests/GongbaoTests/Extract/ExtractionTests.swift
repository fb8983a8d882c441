import Testing
import Foundation
@testable import Gongbao

@Suite("Extraction")
struct ExtractionTests {
    static let extractor = try! Extractor()

    @Test("the period comes from the title lines", arguments: [
        ("2024年4月份全国居民消费价格同比上涨0.3%\n正文", "2024-04"),
        ("德清县2016年1—10月固定资产投资情况\n正文", "2016-01/10"),
        ("2025年营口市国民经济和社会发展统计公报\n正文", "2025"),
        ("全市人才资源总量达到128万人，较2020年增长21.3%。\n2023年技能人才总量达到45.6万人。", "2023"),
    ])
    func period(_ input: String, _ expected: String?) {
        #expect(Self.extractor.extraction(inText: input).period == expected)
    }

    @Test("a rate written unit/unit is one unit, listed or not", arguments: [
        ("猪肉价格为25.6元/千克。", "25.6", "元/千克", "25.6元/千克"),
        ("均价2万元/平，", "20000", "元/平", "2万元/平"),
        ("速度达69,746千米/秒。", "69746", "千米/秒", "69,746千米/秒"),
        ("户均3.1人/户。", "3.1", "人/户", "3.1人/户"),
        ("房价8500元/平方米。", "8500", "元/平方米", "8500元/平方米"),
        ("油价80美元/桶。", "80", "美元/桶", "80美元/桶"),
    ])
    func rateUnits(_ input: String, _ value: String, _ unit: String, _ surface: String) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.kind.isQuantity })
        #expect(m.value.plainString == value)
        #expect(m.unit == unit)
        #expect(m.surface == surface)
    }

    @Test("a grade written with a Chinese numeral before a noun is no count; bounded or at a clause end it counts",
          arguments: [
        ("新建二级公路80公里。", ["80公里"]),
        ("省市县三级财政投入资金2.1亿元。", ["2.1亿元"]),
        ("县乡两级政府承担偿还责任。", []),
        ("全市三级以上医院12家。", ["12家"]),
        ("应急响应分为四级，", ["四级"]),
        ("一级和二级保护动物56种。", ["56种"]),
        ("增设五级书记抓乡村振兴考核。", []),
    ])
    func grades(_ input: String, _ surfaces: [String]) {
        let found = Self.extractor.metrics(inText: input).filter(\.kind.isQuantity).map(\.surface)
        #expect(found == surfaces, "\(input): \(found)")
    }

    @Test("a place named with a numeral is no figure, and the figure after it keeps the place in its subject", arguments: [
        ("七台河市煤炭产量1500万吨。", "七台河市煤炭产量"),
        ("三元区新增企业120家。", "三元区新增企业"),
        ("五家渠市引进企业10家。", "五家渠市引进企业"),
    ])
    func numeralPlaces(_ input: String, _ subject: String) throws {
        let found = Self.extractor.metrics(inText: input).filter(\.kind.isQuantity)
        #expect(found.count == 1, "\(found.map(\.surface))")
        #expect(try #require(found.first).subject == subject)
    }

    @Test("多 after a comparison base is a rise and 少 a fall; 多 alone before a number is no direction", arguments: [
        ("全年新增城镇就业1.2万人，比上年多0.3万人。", "0.3万人", Direction.up),
        ("粮食产量同比多1.5万吨。", "1.5万吨", Direction.up),
        ("失业人员再就业0.8万人，比上年少0.1万人。", "0.1万人", Direction.down),
    ])
    func comparedMore(_ input: String, _ surface: String, _ direction: Direction) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.surface == surface })
        #expect(m.direction == direction)
        // The level before it, where there is one, keeps none.
        let all = Self.extractor.metrics(inText: input)
        if all.count > 1 { #expect(all.first?.direction == nil) }
    }

    @Test("numbers listed with 、 share the unit written after the last, one below zero among them")
    func negativeInList() {
        let found = Self.extractor.metrics(inText: "三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点。")
            .filter(\.kind.isQuantity)
        #expect(found.map(\.surface) == ["0.15", "-5.64", "1.34个百分点"])
        #expect(found.allSatisfy { $0.unit == "个百分点" })
        #expect(found.dropFirst().first?.value == Decimal(string: "-5.64"))
    }

    @Test("sessions listed with 、 before one label are all sessions, not counts")
    func listedSessions() {
        let found = Self.extractor.metrics(inText: "按照省委十二届七次、八次全会和经济工作会议部署，新建项目12个。")
        #expect(found.filter(\.kind.isQuantity).map(\.surface) == ["12个"])
        #expect(found.filter { $0.kind == .ordinal }.map(\.surface) == ["十二届", "七次", "八次"])
        // Counts listed with 、 stay counts.
        #expect(Self.extractor.metrics(inText: "召开常务会议七次、专题会议八次。").filter(\.kind.isQuantity).count == 2)
    }

    @Test("days or hours written with a fraction are a measured amount; whole ones a span of time", arguments: [
        ("应收账款平均回收期为51.7天，比上年增加0.9天。", [MetricKind.measure, .measure]),
        ("平均每周工作46.5小时。", [.measure]),
        ("项目用时45天完成。", [.duration]),
    ])
    func fractionalDays(_ input: String, _ kinds: [MetricKind]) {
        #expect(Self.extractor.metrics(inText: input).map(\.kind) == kinds)
    }

    @Test("a number scaled after its vague tail counts the noun after it, or stands alone at a clause's end", arguments: [
        ("育儿补贴惠及120余万婴幼儿。", "120余万", "1200000"),
        ("红十字总会超标采购420多万\n发布时间", "420多万", "4200000"),
    ])
    func scaledAfterTail(_ input: String, _ surface: String, _ value: String) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first)
        #expect(m.surface == surface)
        #expect(m.value == Decimal(string: value))
        #expect(m.qualifiers == [.moreThan])
    }

    @Test("rates joined by 和 share the unit after the last; counts and years so joined do not")
    func ratesJoinedByHe() {
        let rates = Self.extractor.metrics(inText: "高技术产业和装备制造业增加值分别快5.8和3.8个百分点。").filter(\.kind.isQuantity)
        #expect(rates.map(\.surface) == ["5.8", "3.8个百分点"])
        #expect(rates.allSatisfy { $0.unit == "个百分点" })
        #expect(Self.extractor.metrics(inText: "新建学校3和5所。").filter(\.kind.isQuantity).map(\.surface) == ["5所"])
    }

    @Test("a slash not followed by a unit stays outside the figure")
    func slashWithoutRate() throws {
        let m = try #require(Self.extractor.metrics(inText: "完成投资12亿元/（注1）。").first { $0.unit == "元" })
        #expect(m.surface == "12亿元")
        #expect(Self.extractor.metrics(inText: "共5人/ABC组。").first { $0.kind.isQuantity }?.unit == "人")
    }

    @Test("years of a length measured (受教育年限) are a measure; other years stay a span of time")
    func yearsMeasured() throws {
        let m = try #require(Self.extractor.metrics(inText: "劳动年龄人口平均受教育年限达14.2年。").first)
        #expect(m.kind == .measure)
        #expect(m.unit == "年")
        #expect(m.value.plainString == "14.2")
        let span = try #require(Self.extractor.metrics(inText: "项目建设用时3年。").first)
        #expect(span.kind == .duration)
    }

    @Test("a scaled Chinese numeral before a noun or at the clause end counts it, as 1.5亿学生 does", arguments: [
        ("惠及五十万农民。", "500000", "五十万"),
        ("年内裁减军队员额五十万。", "500000", "五十万"),
        ("十三亿学生参加体检。", "1300000000", "十三亿"),
    ])
    func chineseScaledNoun(_ input: String, _ value: String, _ surface: String) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.kind.isQuantity })
        #expect(m.value.plainString == value)
        #expect(m.unit == nil)
        #expect(m.surface == surface)
    }

    @Test("scale words that lead a word are not counts: 千万不要, 十万火急, 万一")
    func scaleWordsAsWords() {
        #expect(Self.extractor.metrics(inText: "千万不要大意。十万火急。万一出现问题。").filter(\.kind.isQuantity).isEmpty)
    }

    @Test("a bare magnitude after a lead word or before 余/多 is a round figure", arguments: [
        ("活动吸引上千人参加。", "1000", "人", "千人", [Qualifier.moreThan]),
        ("该公司去年营收近百亿元。", "10000000000", "元", "百亿元", [.about]),
        ("展会吸引逾万名观众。", "10000", "名", "万名", [.moreThan]),
        ("全县超过千家企业参与。", "1000", "家", "千家", [.moreThan]),
        ("吸引千余人参加。", "1000", "人", "千余人", [.moreThan]),
        ("近千万元资金已拨付到位。", "10000000", "元", "千万元", [.about]),
        ("项目总投资达百亿元。", "10000000000", "元", "百亿元", []),
        ("每年节约成本上亿元。", "100000000", "元", "亿元", [.moreThan]),
        ("吞吐能力预计可达亿吨。", "100000000", "吨", "亿吨", [.target]),
    ])
    func bareMagnitude(_ input: String, _ value: String, _ unit: String, _ surface: String,
                       _ qualifiers: [Qualifier]) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.kind.isQuantity })
        #expect(m.value.plainString == value)
        #expect(m.unit == unit)
        #expect(m.surface == surface)
        #expect(m.qualifiers == qualifiers)
    }

    @Test("a bare magnitude without a lead word, or after a word ending in one, is a word", arguments: [
        "我们千方百计帮助企业纾困。", "全国人民万众一心。", "百花齐放，百家争鸣。", "实施千村示范、万村整治工程。",
        "以上千元补贴按月发放。", "线上千人同时观看。", "全市有数百名志愿者参加。", "打造千亿级产业。",
    ])
    func bareMagnitudeWords(_ input: String) {
        #expect(Self.extractor.metrics(inText: input).filter(\.kind.isQuantity).isEmpty)
    }

    @Test("a noun's 比 with a copula before a bare number is a ratio, and so is its change")
    func namedRatio() throws {
        let m = Self.extractor.metrics(inText: "城乡居民收入比为2.03，比上年缩小0.05。出生人口性别比为105.3。同比为3。")
        let ratios = m.filter { $0.kind == .ratio }.map(\.value.plainString)
        #expect(ratios == ["2.03", "0.05", "105.3"])
        #expect(m.filter { $0.kind == .ratio }.map(\.subject) == ["城乡居民收入比", "城乡居民收入比", "出生人口性别比"])
    }

    @Test("comparison bases (同口径, 可比口径, 扣除价格因素) are no subject: the figure borrows the amount's")
    func comparisonBases() {
        let m = Self.extractor.metrics(inText: "一般公共预算收入完成215亿元，同口径增长7.8%。农村居民人均生活消费支出18765元，扣除价格因素实际增长5.3%。")
        #expect(m.map(\.subject) == ["一般公共预算收入", "一般公共预算收入", "农村居民人均生活消费支出", "农村居民人均生活消费支出"])
    }

    @Test("a numbered heading run into the body is no part of the subject, with a date in it or a bracketed number")
    func headingRunIn() {
        let text = "一、2024年预算执行情况\n（一）一般公共预算\n全市一般公共预算收入完成186.5亿元，增长4.1%。\n二、2025年预算草案\n全市一般公共预算收入预期增长4%。"
        let m = Self.extractor.metrics(inText: text).filter(\.kind.isQuantity)
        #expect(m.map(\.subject) == ["一般公共预算收入", "一般公共预算收入", "一般公共预算收入"])
    }

    @Test("under a heading that reports the outcome, 安排 allocated money; under the plan's heading it is a target")
    func allocationUnderOutcome() throws {
        let line = "全县一般公共预算支出完成55.43亿元，为调整预算的96.8%，增长3.2%，主要是民生和重点项目支出增加较多。\n"
        let text = "关于2025年全县预算执行情况和2026年预算草案的报告\n一、2025年预算执行情况\n（一）一般公共预算\n" + line
            + "全年安排专项资金2亿元支持科技创新，累计安排衔接推进乡村振兴补助资金3.6亿元，计划安排奖补资金1亿元。\n"
            + "二、2026年预算草案\n" + line + "安排专项资金2.5亿元。\n"
        let m = Self.extractor.metrics(inText: text)
        #expect(try #require(m.first { $0.surface == "2亿元" }).qualifiers.contains(.target) == false)
        #expect(try #require(m.first { $0.surface == "3.6亿元" }).qualifiers.contains(.target) == false)
        #expect(try #require(m.first { $0.surface == "1亿元" }).qualifiers.contains(.target))
        #expect(try #require(m.first { $0.surface == "2.5亿元" }).qualifiers.contains(.target))
    }

    @Test("a total word after a bare head names the total of the account the paragraph is about (收入总计)")
    func totalAfterHead() {
        let text = "全市一般公共预算收入完成186.5亿元。加上级补助收入210.4亿元、上年结转12.3亿元，收入总计409.2亿元。支出合计400亿元。"
        let m = Self.extractor.metrics(inText: text).filter(\.kind.isQuantity)
        #expect(m.map(\.subject).suffix(2) == ["一般公共预算收入总计", "一般公共预算支出合计"])
    }

    @Test("subjects: a noun ending like a preposition, a modal before the number, a comparison base, 共有 before the object",
          arguments: [
        ("现场达成就业意向860人。", "现场达成就业意向"),
        ("建成后年产值可达30亿元。", "建成后年产值"),
        ("本次招聘会共有126家企业参会。", "企业参会"),
        ("2023年度全省高速公路通车里程达到8126公里。", "高速公路通车里程"),
        ("全县186个行政村全部实现通村公路硬化。", "行政村"),
        ("具体包括6项税收优惠政策：", "税收优惠政策"),
    ])
    func subjectWords(_ input: String, _ subject: String) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.kind.isQuantity })
        #expect(m.subject == subject)
    }

    @Test("a subject keeps a noun that only begins like a stripped word; a lone preposition hands over to the noun after",
          arguments: [
        ("其中，有色金属矿采选业同比增长23.9%。", "有色金属矿采选业"),
        ("全年有机农产品1337个。", "有机农产品"),
        ("对月销售额不超过3万元的小规模纳税人免征。", "月销售额"),
        ("对外贸易额增长5.2%。", "对外贸易额"),
        ("在16家医疗机构设置病房。", "医疗机构设置病房"),
        ("年末2.2万城镇居民享受最低生活保障。", "城镇居民享受最低生活保障"),
        ("增加5000个普通高中招生计划。", "普通高中招生计划"),
        ("完善提升20个县乡村三级养老服务网络。", "县乡村三级养老服务网络"),
        ("开展职业技能培训40万人次。", "开展职业技能培训"),
        ("“寻找城市合伙人”活动已成功举办3届。", "“寻找城市合伙人”活动"),
        ("40岁以下青年人才占比达62%。", "40岁以下青年人才占比"),
        ("本次招商推介会共签约项目28个。", "签约项目"),
        ("年末共有星级以上宾馆8家。", "星级以上宾馆"),
        ("全市公共图书馆12个。", "公共图书馆"),
    ])
    func subjectOpenings(_ input: String, _ subject: String) throws {
        let m = try #require(Self.extractor.metrics(inText: input).first { $0.kind.isQuantity })
        #expect(m.subject == subject)
    }

    @Test("a ratio structure written with ∶ (U+2236) reads like one written with ：", arguments: ["∶", "：", ":"])
    func ratioColon(_ colon: String) throws {
        let m = Self.extractor.metrics(inText: "三次产业结构调整为8.5\(colon)35.2\(colon)56.3。").filter { $0.kind.isQuantity }
        #expect(m.map(\.value) == [8.5, 35.2, 56.3].map { Decimal($0) })
        #expect(m.allSatisfy { $0.kind == .ratio && $0.subject == "三次产业结构" })
    }

    @Test("numbered items written short before 分别 (第一、二、三产业) each take the noun of the last")
    func numberedItems() {
        let m = Self.extractor.metrics(inText: "全年第一、二、三产业增加值比重分别为8.5%、35.2%、56.3%。").filter { $0.kind.isQuantity }
        #expect(m.map(\.subject) == ["第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重"])
        #expect(ListDistribution.expandingNumberedItems(["一", "二", "三产业"]) == ["一产业", "二产业", "三产业"])
        #expect(ListDistribution.expandingNumberedItems(["粮食", "棉花产量"]) == ["粮食", "棉花产量"])
    }

    @Test("a list in the clause before 分别 names the figures, cut where its predicate opens")
    func listBeforeFenbie() {
        let m = Self.extractor.metrics(inText: "邮政业、电信广播电视和卫星传输服务业、水利管理业营业收入为负增长，同比分别下降30.4%、4.2%、72.0%。")
            .filter { $0.kind.isQuantity }
        #expect(m.map(\.subject) == ["邮政业营业收入", "电信广播电视和卫星传输服务业营业收入", "水利管理业营业收入"])
        // Two items before three figures: no list of theirs.
        let n = Self.extractor.metrics(inText: "邮政业、水利管理业营业收入为负增长，同比分别下降30.4%、4.2%、72.0%。")
        #expect(!n.contains { $0.subject == "邮政业营业收入" })
    }

    @Test("a clause opening with 较 + a period (较“十三五”时期增加157.3亿元) takes the topic of its sentence")
    func comparedWithPeriod() {
        let m = Self.extractor.metrics(inText: "全市地方一般公共预算收入518.8亿元，较“十三五”时期增加157.3亿元、增长43.5%。")
            .filter { $0.kind.isQuantity }
        #expect(m.dropFirst().allSatisfy { $0.subject == "地方一般公共预算收入较“十三五”时期" })
    }

    @Test("items before 分别 as long as the word the last one opens with share the rest of it")
    func parallelItems() {
        let m = Self.extractor.metrics(inText: "城镇和农村居民人均消费支出分别为28000元和15000元。").filter { $0.kind.isQuantity }
        #expect(m.map(\.subject) == ["城镇居民人均消费支出", "农村居民人均消费支出"])
        #expect(ListDistribution.parallelHead(["化妆品类", "家用电器和音像器材类"]) == nil)
        // (Items ending alike name where the last one's own name ends: 业 → 营业收入; 县人民医院、县中医院门急诊人次 → 门急诊人次.)
        #expect(ListDistribution.parallelHead(["邮政业", "电信业", "水利管理业营业收入"]) == "营业收入")
        #expect(ListDistribution.parallelHead(["县人民医院", "县中医院门急诊人次"]) == "门急诊人次")
        #expect(ListDistribution.parallelHead(["阿图什市", "阿克陶县人口"]) == nil)
        #expect(ListDistribution.parallelHead(["小麦", "玉米单产"]) == "单产")
    }

    @Test("a subject longer than 20 letters is cut where a phrase ends, never inside a word")
    func longSubjectCut() throws {
        let text = "自治区决定2022年1月1日至2025年12月31日延续执行除印花税所涉税收优惠政策以外的其余5项税收优惠政策。"
            + "加工承揽企业加工和承揽收入的印花税核定征收计税金额下调至70％。"
        let m = Self.extractor.metrics(inText: text).filter { $0.kind.isQuantity }
        let five = try #require(m.first { $0.surface == "5项" })
        #expect(five.subject.hasPrefix("延续执行"))
        let seventy = try #require(m.first { $0.surface == "70％" })
        #expect(seventy.subject == "印花税核定征收计税金额")
    }

    @Test("比1—4月 is the base of a comparison: the figure takes the subject before it with the comparison (as 比2002年)")
    func comparisonPeriod() {
        let m = Self.extractor.metrics(inText: "今年1—5月，全市固定资产投资增长8.1%，比1—4月回落0.5个百分点。").filter(\.kind.isQuantity)
        #expect(m.map(\.subject) == ["固定资产投资", "固定资产投资比1—4月"])
    }

    @Test("a head noun on the last item of a 分别 list is shared by every item (contexts.yaml list_heads)")
    func listHeads() {
        let m = Self.extractor.metrics(inText: "小学、初中、高中在校生分别为32.1万人、15.6万人和8.9万人。").filter(\.kind.isQuantity)
        #expect(m.map(\.subject) == ["小学在校生", "初中在校生", "高中在校生"])
        let crops = Self.extractor.metrics(inText: "全年粮食、棉花产量分别达到350万吨和12万吨。").filter(\.kind.isQuantity)
        #expect(crops.map(\.subject) == ["粮食产量", "棉花产量"])
        let metals = Self.extractor.metrics(inText: "有色金属、黑色金属产量分别增长5%和3%。").filter(\.kind.isQuantity)
        #expect(metals.map(\.subject) == ["有色金属产量", "黑色金属产量"])
    }

    @Test("an amount bounding a category of what a later number counts is part of its subject, not a figure",
          arguments: [
        ("其中，投资10亿元以上项目8个。", "投资10亿元以上项目", "8"),
        ("规划建设2万到25万吨级泊位16个。", "2万到25万吨级泊位", "16"),
        ("5亿元至10亿元项目11个。", "5亿元至10亿元项目", "11"),
        ("其中超10亿元项目12个。", "超10亿元项目", "12"),
    ])
    func categoryBounds(_ input: String, _ subject: String, _ value: String) {
        let m = Self.extractor.metrics(inText: input).filter(\.kind.isQuantity)
        #expect(m.map(\.subject) == [subject])
        #expect(m.map(\.value.plainString) == [value])
    }

    @Test("an amount followed by a verb stays a figure: 投资5亿元建设3个项目")
    func amountBeforeVerb() {
        let m = Self.extractor.metrics(inText: "投资5亿元建设3个项目。").filter(\.kind.isQuantity)
        #expect(m.map(\.value.plainString) == ["500000000", "3"])
    }

    @Test("a round number inside a name is no rate denominator: 国家“万人计划”1人 has no 每万人 scope")
    func denominatorInName() throws {
        let m = try #require(Self.extractor.metrics(inText: "其中，国家“万人计划”1人。").first { $0.kind.isQuantity })
        #expect(m.scope == nil)
        let rate = try #require(Self.extractor.metrics(inText: "就业人员十万人生产安全事故死亡人数4人。").first { $0.kind.isQuantity })
        #expect(rate.scope == "每十万人")
        let sized = try #require(Self.extractor.metrics(inText: "千人以上企业达到36家。").first { $0.kind.isQuantity })
        #expect(sized.scope == nil)
    }

    @Test("a clause that names only a generic head (总投资, 面积) takes the topic of the figure before it in the sentence",
          arguments: [
        ("新开工项目286个，总投资1280亿元。", ["新开工项目", "新开工项目总投资"]),
        ("这座大桥全长1.2公里，总投资约4.5亿元。", ["这座大桥全长", "这座大桥总投资"]),
        ("新建公园12个，面积3.5万平方米。", ["新建公园", "新建公园面积"]),
    ])
    func genericHeadsTakeTopic(_ input: String, _ subjects: [String]) {
        #expect(Self.extractor.metrics(inText: input).filter(\.kind.isQuantity).map(\.subject) == subjects)
    }

    @Test("the first end of a from–to change takes the unit written once at the second", arguments: [
        ("斑海豹数量从1930年的7000多至今仅存2000多只。", ["7000", "2000"], "只"),
        ("参保人数由3000增加到4500人。", ["3000", "4500"], "人"),
    ])
    func fromToSharedUnit(_ input: String, _ values: [String], _ unit: String) {
        let m = Self.extractor.metrics(inText: input).filter(\.kind.isQuantity)
        #expect(m.map(\.value.plainString) == values)
        #expect(m.allSatisfy { $0.unit == unit })
    }

    @Test("years and scaled second ends lend no unit: 从2019到2021年, 从7000增加到1.2万人")
    func fromToNoUnit() {
        #expect(Self.extractor.metrics(inText: "从2019到2021年，").filter(\.kind.isQuantity).isEmpty)
        let m = Self.extractor.metrics(inText: "从7000增加到1.2万人。").filter(\.kind.isQuantity)
        #expect(m.map(\.value.plainString) == ["12000"])
    }

    @Test("a number right after ； is a figure, not code after a statement's semicolon")
    func afterFullWidthSemicolon() {
        let m = Self.extractor.metrics(inText: "参保人数比2002年增加近1倍；88个城市启动城镇居民基本医疗保险试点。").filter(\.kind.isQuantity)
        #expect(m.map(\.value.plainString) == ["1", "88"])
        #expect(Self.extractor.metrics(inText: "<style>p{margin:0;12px}</style>").filter(\.kind.isQuantity).isEmpty)
    }

    @Test("a fraction before 年末 is no span of years (a lost 。): 比上年缩小 0.02 年末参加…")
    func fractionBeforeYearEnd() throws {
        let m = Self.extractor.metrics(inText: "城乡居民人均可支配收入比值为 1.76 , 比上年缩小 0.02 年末参加城镇职工基本养老保险 1484.0 万人,")
        let change = try #require(m.first { $0.value.plainString == "0.02" })
        #expect(change.kind == .ratio)
        #expect(change.unit == nil)
        #expect(Self.extractor.metrics(inText: "2023年末常住人口856万人。").first?.kind == .date)
    }

    @Test("预计全年… is an estimated outcome, not a plan; 力争 still makes a target")
    func estimatedOutcome() throws {
        let estimate = try #require(Self.extractor.metrics(inText: "预计全年完成固定资产投资1200亿元。").first)
        #expect(!estimate.qualifiers.contains(.target))
        let plan = try #require(Self.extractor.metrics(inText: "力争全年地区生产总值增长6%以上。").first)
        #expect(plan.qualifiers == [.moreThan, .target])
    }

    @Test("a number too long to be a figure becomes a note, not a metric")
    func longNumber() {
        let digits = String(repeating: "7", count: 400)
        let ex = Self.extractor.extraction(inText: "编号\(digits)人")
        #expect(ex.metrics.isEmpty)
        #expect(ex.notes.count == 1)
        #expect(ex.notes.first?.message.hasPrefix("not a figure: number too long") == true)
        #expect(ex.notes.first?.location.column == 3)
    }

    @Test("locations point at the figure in the original text, line and column")
    func locations() {
        let m = Self.extractor.metrics(inText: "第一行\n源 7.8万人。", path: "a.txt").filter(\.kind.isQuantity)
        #expect(m.first?.location == SourceLocation(path: "a.txt", line: 2, column: 3))
        #expect(m.first?.surface == "7.8万人")
    }

    @Test("3月24日 takes the year from its sentence")
    func inferredYear() {
        let m = Self.extractor.metrics(inText: "3月 24日，2023年首场活动举行。")
        #expect(m.first?.dateValue == "2023-03-24")
    }
}
