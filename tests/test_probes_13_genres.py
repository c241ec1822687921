"""Round-13 blind probes of the header and trailer variety across the genre's sister types and its
replies, on shapes rounds 6–12 did not try (see the list below): the 红头 organ of a provincial
office with 份号, 密级 and 紧急程度 over a 主送 list wrapped over two lines; a 请示 with 签发人 on the
文号 line dated 二OO五 in Latin O; a 批复 of an autonomous prefecture; an 意见 with its pre-2012
主题词 line over the 版记; a 盟's 决定; a development zone's 报告; a ministry office's 复函 numbered
X函; a township's 函 to three county bureaus whose addressee wraps inside a name; information tables
of 政府信息公开 portals (索引号/发布机构/生成日期/成文日期/发布日期/主题词 in rows and in `|` tables);
answers from 自治州/盟/旗/苏木/开发区/街道 and from 国务院部门, years 1998–2026 with 〇, ○, O and 零;
reply variants (对…第X号建议的答复, 提案办理情况的函, 答复意见, 协办意见, 分办/并办, 重点提案, 闭会期间建议,
议案 answered as 建议, 代表团建议, 党派/界别/集体/联名 proposals).

Shapes earlier rounds covered, so this round varies from them: joint letterheads and three-organ
letterheads (6), 签发人 on the 文号 line (6, 10), 份号/密级/紧急程度 on their own lines and in label
cells (7, 8, 11), telegram grades (11), portal information tables with spaced keys and validity rows
(10, 12), 办理答复表 rows (8, 11), 协办/会办 opinions to the lead unit (8, 11, 12), 复函 between
departments (8), traditional-character copies (9, 11), party-committee and 界别 collective proposals
(11, 12), a delegation's suggestion with a letter number (11), suggestions between sessions (11),
议案 answers and 答复书 (9), 〇 dates (7, 8, 12), township answers to their own congress (10, 12).

Every expected value was written by hand from the contract and the domain guide and committed before
the parser ran on the batch; every document also keeps the span invariants, invents no character and
raises no internal error.

First look (documents whole / checks), counted before any fix:
- batch 1: 8/8 documents whole, 67/67 checks.
- batch 2: 8/8 documents whole, 54/54 checks.
- batch 3: 8/8 documents whole, 58/58 checks.
- batch 4: 8/8 documents whole, 55/55 checks.
- batch 5: 5/8 documents whole, 47/50 checks. Misses, one cause: the class a register files a
  proposal under, written between its number and its kind (第56号界别提案, 第0088号党派提案, 第1205号
  重点督办建议), was known only as 重点/集体/联名, so the reference lost its number.
- batch 6: 3/8 documents whole, 38/43 checks. Misses: a formula handing itself over that asks whether
  it is right before its request (以上报告当否，请批示 / 以上意见当否，请审批) and a 请示's bare request for
  the approving reply (请予批复) did not close; organ lines stacked one a line over a joint 关于 title
  gave the title (and the issuer) the last organ only; an organ's name over a plan title that opens
  with no 关于 and stands over no 文号 was no letterhead though its 落款 repeats it (issuer null).
- batch 7: 8/8 documents whole, 53/53 checks.
- batch 8: 8/8 documents whole, 54/54 checks.
- batch 9: 4/8 documents whole, 46/50 checks. Misses: the count of joint proposers after the lead
  written in ideographs (邱某某等五位代表所提第28号建议, 孙某某等十二位委员联名提出的) named nobody; two
  party committees proposing together (台盟…委员会、民进…委员会联合提出的) named nobody; a proposer's
  cell beside another pair on its row (代表姓名：杨某某　　所在代表团：…) ran into that pair.
- batch 10: 6/8 documents whole, 53/55 checks. Misses: a hand-over asking its named readers to
  review it (以上答复，敬请各位代表审阅) and a 函's request for its answer by a date (请于2023年11月20日前
  函复) did not close.
- batch 11: 6/8 documents whole, 51/53 checks. Misses: a telegram's grade printed with how it is sent
  (特急·明电) gave no urgency; a copy line with a space for its colon (抄送　盟民政局，盟公安局。) was no
  imprint.
- batch 12: 5/8 documents whole, 48/51 checks. Misses: a prefecture's and an autonomous banner's
  references (地区政协…, 自治旗…人大…) took the level 区 and 旗, the levels the model did not know; and
  one expectation of mine, not the parser's: 各县（市、区）委、人民政府 written as one addressee, which the
  contract's splitting rule parts in two (corrected, and asked in the report).
- batch 13: 7/8 documents whole, 51/52 checks. Miss: members named in a title as proposing jointly
  (关于对孟某某等4位委员联名提出的第0061号提案的答复) named nobody: only 领衔 was known between the names
  and the verb.
Over the thirteen batches: 84/104 documents whole, 675/695 checks at first look (one of the misses
the expectation above). Apart from that one, no expectation was changed after a run; every miss had
a general cause, fixed with a new example in tests/test_genre13_causes.py. The header held on the
sister genres' own shapes (红头, 文号 with 签发人, 密级/紧急程度 rows, information tables, 主送 over
several lines); the misses were in the vocabulary tables: the classes a register files a proposal
under, counts in ideographs, bodies proposing together, closing requests of 请示/报告/函, a
telegram's mark, a spaced 抄送 label, two levels and the words of proposing jointly.
"""

from __future__ import annotations

from tests.probing import checked, expect_fields

expect = expect_fields


# --- batch 1 (written before the parser ran on it) -----------------------------------------------


def test_a_secret_urgent_provincial_office_notice_whose_addressees_wrap_over_two_lines() -> None:
    doc = checked("""\
000086
机密★1年
特急
南岭省人民政府办公厅文件
南府办发〔2013〕45号
南岭省人民政府办公厅关于做好2013年
防汛抗旱工作的通知
各市、县人民政府，省政府各部门、
各直属机构：
为切实做好今年防汛抗旱工作，经省人民政府同意，现就有关事项通知如下：
一、压实防汛责任
各地要落实以行政首长负责制为核心的防汛抗旱责任制。
二、加强监测预警
水利、气象部门要加强会商研判，及时发布预警信息。
附件：1．2013年全省重点防洪工程名单
      2．防汛抗旱值班表
南岭省人民政府办公厅
2013年5月6日
抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。
南岭省人民政府办公厅秘书处　　2013年5月7日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="南岭省人民政府办公厅",
        number=("南府办发〔2013〕45号", "南府办发", 2013, 45),
        title="南岭省人民政府办公厅关于做好2013年防汛抗旱工作的通知",
        recipients=("各市、县人民政府", "省政府各部门、各直属机构"),
        security="机密★1年",
        urgency="特急",
        closing=None,
        attachments=("2013年全省重点防洪工程名单", "防汛抗旱值班表"),
        signature=(("南岭省人民政府办公厅",), "2013-05-06", "2013年5月6日"),
        imprint=(("省委办公厅", "省人大常委会办公厅", "省政协办公厅"), "南岭省人民政府办公厅秘书处", "2013-05-07"),
    )


def test_a_county_request_with_its_signer_on_the_number_line_dated_in_latin_o() -> None:
    doc = checked("""\
清河县人民政府文件
清政〔2005〕12号　　　　　　　　签发人：高某某
清河县人民政府关于申请解决
县城供水管网改造资金的请示
江州市人民政府：
我县县城供水管网建于上世纪八十年代，老化严重，漏损率达32%。改造工程概算投资2600万元，县财政已筹措1100万元，尚有缺口1500万元，恳请市政府给予资金支持。
妥否，请批示。
清河县人民政府
二OO五年三月八日
（联系人：乔某某，联系电话：0796-8221345）
""")
    expect(
        doc,
        kind="request",
        issuer="清河县人民政府",
        number=("清政〔2005〕12号", "清政", 2005, 12),
        signer="高某某",
        title="清河县人民政府关于申请解决县城供水管网改造资金的请示",
        recipients=("江州市人民政府",),
        closing="妥否，请批示。",
        signature=(("清河县人民政府",), "2005-03-08", "二OO五年三月八日"),
        contact={"name": "乔某某", "phones": ("0796-8221345",)},
    )


def test_an_autonomous_prefectures_approval_under_its_organ_and_number_disclosed_by_its_note() -> None:
    doc = checked("""\
白岭藏族自治州人民政府
州政函〔2016〕58号
关于同意设立尕湖州级湿地公园的批复
州林业局：
你局《关于申请设立尕湖州级湿地公园的请示》（州林发〔2016〕21号）收悉。经研究，现批复如下：
一、同意设立尕湖州级湿地公园，规划面积2460公顷。
二、你局要会同碌河县人民政府抓紧编制总体规划，依法依规开展保护管理。
此复。
白岭藏族自治州人民政府
2016年9月12日
（此件公开发布）
""")
    expect(
        doc,
        kind="approval",
        issuer="白岭藏族自治州人民政府",
        number=("州政函〔2016〕58号", "州政函", 2016, 58),
        title="关于同意设立尕湖州级湿地公园的批复",
        recipients=("州林业局",),
        disclosure="主动公开",
        closing="此复。",
        signature=(("白岭藏族自治州人民政府",), "2016-09-12", "2016年9月12日"),
    )


def test_a_2009_opinion_whose_subject_words_line_stands_over_its_imprint() -> None:
    doc = checked("""\
东川市教育局文件
东教发〔2009〕17号
关于加强中小学校园安全工作的意见
各县（区）教育局，市直各学校：
为进一步加强校园安全工作，现提出如下意见：
一、落实安全责任
学校校长是校园安全第一责任人。
二、完善防控设施
各校要在2009年底前完成校门口防冲撞设施建设。
东川市教育局
二○○九年四月二十日
主题词：教育　安全　意见
抄送：市政府办公室，市公安局。
东川市教育局办公室　　　　2009年4月21日印发
""")
    expect(
        doc,
        kind="opinion",
        issuer="东川市教育局",
        number=("东教发〔2009〕17号", "东教发", 2009, 17),
        title="关于加强中小学校园安全工作的意见",
        recipients=("各县（区）教育局", "市直各学校"),
        closing=None,
        last="各校要在2009年底前完成校门口防冲撞设施建设。",
        signature=(("东川市教育局",), "2009-04-20", "二○○九年四月二十日"),
        imprint=(("市政府办公室", "市公安局"), "东川市教育局办公室", "2009-04-21"),
    )


def test_a_leagues_commending_decision_named_over_its_title_to_banners_and_league_departments() -> None:
    doc = checked("""\
锡林盟行政公署
关于表彰2010年度全盟安全生产先进单位的决定
各旗县市人民政府，盟直各有关部门：
2010年，全盟各地各部门认真落实安全生产责任，事故起数和死亡人数实现双下降。为表彰先进，盟行政公署决定，授予白音旗应急管理局等12个单位“全盟安全生产先进单位”称号。
希望受表彰的单位珍惜荣誉，再接再厉，为全盟安全生产形势持续稳定好转作出新的贡献。
锡林盟行政公署
二〇一一年一月十五日
""")
    expect(
        doc,
        kind="decision",
        issuer="锡林盟行政公署",
        number=None,
        title="锡林盟行政公署关于表彰2010年度全盟安全生产先进单位的决定",
        recipients=("各旗县市人民政府", "盟直各有关部门"),
        signature=(("锡林盟行政公署",), "2011-01-15", "二〇一一年一月十五日"),
    )


def test_a_development_zones_report_to_the_city_under_its_organ_number_and_signer() -> None:
    doc = checked("""\
青川经济技术开发区管理委员会
青开管〔2021〕9号　　　　签发人：包某某
青川经济技术开发区管理委员会关于2021年度安全生产工作情况的报告
市人民政府：
现将我区2021年度安全生产工作情况报告如下：
一、主要工作
全年开展企业安全检查1260家次，整改隐患3400余处。
二、存在问题
部分中小企业安全投入不足，从业人员培训不到位。
特此报告。
青川经济技术开发区管理委员会
2021年12月20日
（联系人：孟某，电话：0839-3267890）
""")
    expect(
        doc,
        kind="report",
        issuer="青川经济技术开发区管理委员会",
        number=("青开管〔2021〕9号", "青开管", 2021, 9),
        signer="包某某",
        title="青川经济技术开发区管理委员会关于2021年度安全生产工作情况的报告",
        recipients=("市人民政府",),
        closing="特此报告。",
        signature=(("青川经济技术开发区管理委员会",), "2021-12-20", "2021年12月20日"),
        contact={"name": "孟某", "phones": ("0839-3267890",)},
    )


def test_a_ministry_offices_reply_letter_numbered_as_a_han_with_a_copy_line() -> None:
    doc = checked("""\
水利部办公厅
办水函〔2024〕112号
水利部办公厅关于北原省小型水库除险加固实施方案的复函
北原省水利厅：
你厅《关于报送北原省小型水库除险加固实施方案的函》（北水函〔2024〕35号）收悉。经研究，函复如下：
原则同意你省小型水库除险加固实施方案。请你厅督促各地按照轻重缓急，确保汛前完成主体工程。
特此函复。
水利部办公厅
2024年3月18日
抄送：水利部运行管理司。
""")
    expect(
        doc,
        kind="reply",
        issuer="水利部办公厅",
        number=("办水函〔2024〕112号", "办水函", 2024, 112),
        title="水利部办公厅关于北原省小型水库除险加固实施方案的复函",
        recipients=("北原省水利厅",),
        ref=None,
        closing="特此函复。",
        signature=(("水利部办公厅",), "2024-03-18", "2024年3月18日"),
        imprint=(("水利部运行管理司",), None, None),
    )


def test_a_townships_letter_to_three_county_bureaus_whose_addressee_line_wraps_inside_a_name() -> None:
    doc = checked("""\
石桥镇人民政府
关于商请支持石桥镇农村饮水安全巩固提升工程的函
县水利局、县财政局、县发展
和改革局：
我镇农村饮水安全巩固提升工程涉及8个行政村，受益群众1.3万人，总投资680万元，现尚有资金缺口210万元。恳请贵局在项目安排和资金上给予支持。
盼复。
石桥镇人民政府
2018年6月5日
""")
    expect(
        doc,
        kind="letter",
        issuer="石桥镇人民政府",
        title="石桥镇人民政府关于商请支持石桥镇农村饮水安全巩固提升工程的函",
        recipients=("县水利局", "县财政局", "县发展和改革局"),
        closing="盼复。",
        signature=(("石桥镇人民政府",), "2018-06-05", "2018年6月5日"),
    )


# --- batch 2 (written before the parser ran on it) -----------------------------------------------


def test_a_portal_letter_under_an_information_table_with_generated_and_written_dates() -> None:
    doc = checked("""\
索 引 号：11150000MB1234567X/2021-00456
发布机构：北原自治区人民政府办公厅
生成日期：2021-05-10
成文日期：2021-05-06
文　　号：北政办函〔2021〕36号
主题分类：综合政务
北原自治区人民政府办公厅关于同意建立自治区冬春季大气污染防治联席会议制度的函
自治区生态环境厅：
你厅《关于建立自治区冬春季大气污染防治联席会议制度的请示》收悉。经自治区人民政府同意，现函复如下：
同意建立自治区冬春季大气污染防治联席会议制度。联席会议不刻制印章，不正式行文。
北原自治区人民政府办公厅
2021年5月6日
""")
    expect(
        doc,
        kind="letter",
        issuer="北原自治区人民政府办公厅",
        title="北原自治区人民政府办公厅关于同意建立自治区冬春季大气污染防治联席会议制度的函",
        metadata={
            "索引号": "11150000MB1234567X/2021-00456",
            "发布机构": "北原自治区人民政府办公厅",
            "生成日期": "2021-05-10",
            "成文日期": "2021-05-06",
            "文号": "北政办函〔2021〕36号",
            "主题分类": "综合政务",
        },
        recipients=("自治区生态环境厅",),
        signature=(("北原自治区人民政府办公厅",), "2021-05-06", "2021年5月6日"),
    )


def test_a_portal_notice_under_a_four_column_table_of_written_and_published_dates() -> None:
    doc = checked("""\
| 索引号 | 000014349/2019-00087 | 分类 | 综合政务；通知 |
| 发文机关 | 安平市人民政府 | 成文日期 | 2019年07月22日 |
| 发文字号 | 安政发〔2019〕18号 | 发布日期 | 2019年07月25日 |
安平市人民政府关于调整市级财政专项资金管理办法有关条款的通知
各区、县（市）人民政府，市政府各部门：
市政府决定对《安平市市级财政专项资金管理办法》（安政发〔2016〕9号）第十二条作如下调整：专项资金绩效评价结果作为下年度预算安排的重要依据。
本通知自印发之日起施行。
安平市人民政府
2019年7月22日
""")
    expect(
        doc,
        kind="notice",
        issuer="安平市人民政府",
        title="安平市人民政府关于调整市级财政专项资金管理办法有关条款的通知",
        metadata={
            "索引号": "000014349/2019-00087",
            "分类": "综合政务；通知",
            "发文机关": "安平市人民政府",
            "成文日期": "2019年07月22日",
            "发文字号": "安政发〔2019〕18号",
            "发布日期": "2019年07月25日",
        },
        recipients=("各区、县（市）人民政府", "市政府各部门"),
        signature=(("安平市人民政府",), "2019-07-22", "2019年7月22日"),
    )


def test_a_portal_plan_whose_table_gives_subject_words_and_an_empty_expiry_row() -> None:
    doc = checked("""\
索引号：01234567-8/2023-00231
发布机构：河口市住房和城乡建设局
主题词：城乡建设；老旧小区；改造
成文日期：2023-04-03
废止日期：
河口市2023年城镇老旧小区改造工作实施方案
为扎实推进城镇老旧小区改造，结合我市实际，制定本方案。
一、改造范围
2000年底前建成的城镇老旧小区共46个。
二、工作步骤
2023年5月底前完成设计，11月底前完成改造。
河口市住房和城乡建设局
2023年4月3日
""")
    expect(
        doc,
        kind="plan",
        issuer="河口市住房和城乡建设局",
        title="河口市2023年城镇老旧小区改造工作实施方案",
        metadata={
            "索引号": "01234567-8/2023-00231",
            "发布机构": "河口市住房和城乡建设局",
            "主题词": "城乡建设；老旧小区；改造",
            "成文日期": "2023-04-03",
        },
        recipients=(),
        signature=(("河口市住房和城乡建设局",), "2023-04-03", "2023年4月3日"),
    )


def test_a_portal_answer_whose_table_names_the_answering_unit_and_the_public_form() -> None:
    doc = checked("""\
索引号：MB1C54321/2024-08812
发布机构：南屏市生态环境局
公开方式：主动公开
公开时间：2024-07-30
对市十五届人大三次会议第0318号建议的答复
姚某某代表：
您提出的《关于加强城区噪声污染治理的建议》收悉。现答复如下：
今年以来，我局联合公安、住建部门开展夜间施工噪声专项整治，查处违规施工12起，处罚金额46万元。
感谢您对生态环境工作的关心和支持！
南屏市生态环境局
2024年7月25日
""")
    expect(
        doc,
        kind="reply",
        issuer="南屏市生态环境局",
        title="对市十五届人大三次会议第0318号建议的答复",
        metadata={
            "索引号": "MB1C54321/2024-08812",
            "发布机构": "南屏市生态环境局",
            "公开方式": "主动公开",
            "公开时间": "2024-07-30",
        },
        disclosure="主动公开",
        recipients=("姚某某代表",),
        ref=("人大", "市", 15, 3, "0318", "建议", "关于加强城区噪声污染治理的建议", []),
        closing="感谢您对生态环境工作的关心和支持！",
        signature=(("南屏市生态环境局",), "2024-07-25", "2024年7月25日"),
    )


def test_a_bracket_keyed_table_over_a_banner_governments_bulletin() -> None:
    doc = checked("""\
[ 索引号 ] 11152501011234/2020-00019
[ 发布机构 ] 白音旗人民政府办公室
[ 发布日期 ] 2020-11-09
[ 文号 ] 白政办发〔2020〕41号
白音旗人民政府办公室关于2020年第三季度政务服务“好差评”情况的通报
各苏木镇人民政府，旗直各部门：
2020年第三季度，全旗政务服务平台共收到评价8126条，其中好评8104条，差评22条，差评已全部整改。
特此通报。
白音旗人民政府办公室
2020年11月6日
""")
    expect(
        doc,
        kind="bulletin",
        issuer="白音旗人民政府办公室",
        title="白音旗人民政府办公室关于2020年第三季度政务服务“好差评”情况的通报",
        metadata={
            "索引号": "11152501011234/2020-00019",
            "发布机构": "白音旗人民政府办公室",
            "发布日期": "2020-11-09",
            "文号": "白政办发〔2020〕41号",
        },
        recipients=("各苏木镇人民政府", "旗直各部门"),
        closing="特此通报。",
        signature=(("白音旗人民政府办公室",), "2020-11-06", "2020年11月6日"),
    )


def test_a_portal_table_with_keywords_and_a_validity_row_over_an_approval() -> None:
    doc = checked("""\
索引号：113702000045/2022-00133
主题分类：城乡建设、环境保护
发文机关：青港市人民政府
关键词：控制性详细规划；批复
成文日期：2022年08月16日
有效性：有效
青港市人民政府关于青港高新区北片区控制性详细规划的批复
市自然资源和规划局：
你局《关于审批青港高新区北片区控制性详细规划的请示》收悉。经研究，原则同意该规划，规划总用地面积12.6平方公里。
此复。
青港市人民政府
2022年8月16日
""")
    expect(
        doc,
        kind="approval",
        issuer="青港市人民政府",
        title="青港市人民政府关于青港高新区北片区控制性详细规划的批复",
        metadata={
            "索引号": "113702000045/2022-00133",
            "主题分类": "城乡建设、环境保护",
            "发文机关": "青港市人民政府",
            "关键词": "控制性详细规划；批复",
            "成文日期": "2022年08月16日",
            "有效性": "有效",
        },
        recipients=("市自然资源和规划局",),
        closing="此复。",
        signature=(("青港市人民政府",), "2022-08-16", "2022年8月16日"),
    )


def test_a_portal_request_page_whose_table_only_names_its_organ_and_number() -> None:
    doc = checked("""\
发文单位：兴隆乡人民政府
发文字号：兴乡政请〔2017〕3号
关于解决兴隆乡中心小学危房改造资金的请示
县人民政府：
我乡中心小学教学楼建于1978年，经鉴定为D级危房。改造需资金380万元，乡财政自筹80万元，尚缺300万元。
以上请示，请予审批。
兴隆乡人民政府
2017年3月2日
""")
    expect(
        doc,
        kind="request",
        issuer="兴隆乡人民政府",
        title="关于解决兴隆乡中心小学危房改造资金的请示",
        metadata={"发文单位": "兴隆乡人民政府", "发文字号": "兴乡政请〔2017〕3号"},
        recipients=("县人民政府",),
        closing="以上请示，请予审批。",
        signature=(("兴隆乡人民政府",), "2017-03-02", "2017年3月2日"),
    )


def test_a_portal_minutes_page_whose_table_gives_a_meeting_date_before_the_title() -> None:
    doc = checked("""\
索引号：11440300-07-2019-00045
信息分类：会议纪要
发布机构：东湾区人民政府办公室
发布日期：2019-04-12
东湾区人民政府第42次常务会议纪要
2019年4月8日，区长韦某某主持召开区政府第42次常务会议，研究了以下事项：
一、关于东湾区2019年城市更新计划
会议原则同意区城市更新局提交的2019年城市更新计划。
二、关于区属国有企业负责人薪酬管理办法
会议要求区国资局根据会议意见修改完善后印发实施。
东湾区人民政府办公室
2019年4月10日
""")
    expect(
        doc,
        kind="minutes",
        issuer="东湾区人民政府",
        title="东湾区人民政府第42次常务会议纪要",
        metadata={
            "索引号": "11440300-07-2019-00045",
            "信息分类": "会议纪要",
            "发布机构": "东湾区人民政府办公室",
            "发布日期": "2019-04-12",
        },
        recipients=(),
        signature=(("东湾区人民政府办公室",), "2019-04-10", "2019年4月10日"),
    )


# --- batch 3 (written before the parser ran on it) -----------------------------------------------


def test_a_prefecture_bureaus_answer_to_three_deputies_of_the_prefecture_congress() -> None:
    doc = checked("""\
白岭藏族自治州交通运输局
对州十四届人大三次会议第67号建议的答复
杨某某等3名代表：
你们提出的《关于改善牧区通村公路通行条件的建议》收悉。经认真研究，现答复如下：
2018年我局争取上级补助资金1.2亿元，实施牧区通村公路硬化工程46条、326公里，年底前全部建成通车。
感谢你们对全州交通运输工作的关心和支持！
白岭藏族自治州交通运输局
2018年7月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="白岭藏族自治州交通运输局",
        title="白岭藏族自治州交通运输局对州十四届人大三次会议第67号建议的答复",
        recipients=("杨某某等3名代表",),
        ref=("人大", "州", 14, 3, "67", "建议", "关于改善牧区通村公路通行条件的建议", []),
        closing="感谢你们对全州交通运输工作的关心和支持！",
        signature=(("白岭藏族自治州交通运输局",), "2018-07-20", "2018年7月20日"),
    )


def test_a_league_offices_answer_to_a_league_cppcc_proposal_of_a_sector() -> None:
    doc = checked("""\
关于盟政协四届二次会议第41号提案的答复
盟政协教育界别：
贵界别提出的《关于加强牧区寄宿制学校师资队伍建设的提案》收悉。现答复如下：
2014年全盟通过特岗计划为牧区寄宿制学校补充教师186名，开展教师轮岗交流420人次。
专此答复。
锡林盟教育局
2014年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于盟政协四届二次会议第41号提案的答复",
        recipients=("盟政协教育界别",),
        ref=("政协", "盟", 4, 2, "41", "提案", "关于加强牧区寄宿制学校师资队伍建设的提案", []),
        closing="专此答复。",
        signature=(("锡林盟教育局",), "2014-06-18", "2014年6月18日"),
    )


def test_a_sumu_governments_answer_to_a_banner_congress_suggestion() -> None:
    doc = checked("""\
巴彦苏木人民政府
对旗十七届人大五次会议第15号建议的答复
其某某代表：
您在旗十七届人大五次会议上提出的关于修建巴彦嘎查牲畜饮水井的建议收悉，现答复如下：
苏木已将巴彦嘎查牲畜饮水井列入2021年项目库，争取旗水利局资金18万元，计划8月底前建成。
此复。
巴彦苏木人民政府
2021年6月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="巴彦苏木人民政府",
        title="巴彦苏木人民政府对旗十七届人大五次会议第15号建议的答复",
        recipients=("其某某代表",),
        ref=("人大", "旗", 17, 5, "15", "建议", "关于修建巴彦嘎查牲畜饮水井的建议", []),
        closing="此复。",
        signature=(("巴彦苏木人民政府",), "2021-06-03", "2021年6月3日"),
    )


def test_a_development_zones_co_handling_letter_on_a_city_proposal_to_the_lead_bureau() -> None:
    doc = checked("""\
南屏高新技术产业开发区管理委员会
南高管函〔2023〕27号
关于市政协十三届二次会议第0135号提案协办意见的函
市科学技术局：
市政协十三届二次会议第0135号提案《关于加快科技企业孵化器建设的提案》由你局主办，我委协办。现将协办意见函告如下：
目前高新区已建成省级以上孵化器5家，在孵企业312家，2023年新增孵化面积4.6万平方米。
南屏高新技术产业开发区管理委员会
2023年5月12日
（联系人：冉某某，电话：0831-5201234）
""")
    expect(
        doc,
        kind="reply",
        issuer="南屏高新技术产业开发区管理委员会",
        number=("南高管函〔2023〕27号", "南高管函", 2023, 27),
        title="关于市政协十三届二次会议第0135号提案协办意见的函",
        recipients=("市科学技术局",),
        ref=("政协", "市", 13, 2, "0135", "提案", "关于加快科技企业孵化器建设的提案", []),
        signature=(("南屏高新技术产业开发区管理委员会",), "2023-05-12", "2023年5月12日"),
        contact={"name": "冉某某", "phones": ("0831-5201234",)},
    )


def test_a_subdistrict_offices_answer_to_a_suggestion_made_between_sessions_named_by_year() -> None:
    doc = checked("""\
关于区人大常委会2023年闭会期间第12号代表建议的答复
卢某某代表：
您在闭会期间提出的《关于增设锦华小区电动自行车充电桩的建议》收悉。现答复如下：
街道已协调供电部门在锦华小区新建集中充电棚2处、充电端口120个，10月底前投入使用。
感谢您对街道工作的支持！
锦华街道办事处
2023年9月8日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于区人大常委会2023年闭会期间第12号代表建议的答复",
        recipients=("卢某某代表",),
        ref=("人大", "区", None, None, "12", "建议", "关于增设锦华小区电动自行车充电桩的建议", []),
        closing="感谢您对街道工作的支持！",
        signature=(("锦华街道办事处",), "2023-09-08", "2023年9月8日"),
    )


def test_a_national_administrations_answer_letter_to_a_national_proposal_under_its_han_number() -> None:
    doc = checked("""\
国家林业和草原局
林函〔2024〕12号
关于政协十四届全国委员会第二次会议第01234号（农业水利类095号）提案答复的函
林某某委员：
您提出的《关于加强古树名木保护的提案》收悉。经商住房城乡建设部，现答复如下：
我局已会同有关部门开展全国古树名木资源普查，建立古树名木信息管理系统，挂牌保护古树名木508万株。
感谢您对林草工作的关心和支持。
国家林业和草原局
2024年7月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="国家林业和草原局",
        number=("林函〔2024〕12号", "林函", 2024, 12),
        title="关于政协十四届全国委员会第二次会议第01234号（农业水利类095号）提案答复的函",
        recipients=("林某某委员",),
        ref=("政协", "全国", 14, 2, "01234", "提案", "关于加强古树名木保护的提案", []),
        closing="感谢您对林草工作的关心和支持。",
        signature=(("国家林业和草原局",), "2024-07-09", "2024年7月9日"),
    )


def test_a_provincial_answer_drafted_by_the_general_office_under_a_draft_mark_line() -> None:
    doc = checked("""\
代拟稿
北原省人民政府
关于省十三届人大二次会议第1032号建议的答复
房某某代表：
您提出的《关于支持沿黄地区生态保护和高质量发展的建议》收悉。现答复如下：
省政府已印发沿黄地区生态保护规划，2020年安排省级专项资金18亿元，支持沿黄9市实施生态修复项目63个。
感谢您对全省工作的关心和支持。
北原省人民政府
2020年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="北原省人民政府",
        title="北原省人民政府关于省十三届人大二次会议第1032号建议的答复",
        recipients=("房某某代表",),
        ref=("人大", "省", 13, 2, "1032", "建议", "关于支持沿黄地区生态保护和高质量发展的建议", []),
        closing="感谢您对全省工作的关心和支持。",
        signature=(("北原省人民政府",), "2020-06-30", "2020年6月30日"),
    )


def test_a_1999_county_answer_to_the_business_federations_proposal_dated_in_ideographs() -> None:
    doc = checked("""\
关于对县政协五届三次会议第28号提案的答复
县工商联：
你会提出的关于改善县城个体工商户经营环境的提案收悉。现答复如下：
我局已清理取消收费项目7项，简化个体工商户登记手续，办照时间由15天缩短至5天。
特此答复。
平阳县工商行政管理局
一九九九年七月二日
""")
    expect(
        doc,
        kind="reply",
        issuer=None,
        title="关于对县政协五届三次会议第28号提案的答复",
        recipients=("县工商联",),
        ref=("政协", "县", 5, 3, "28", "提案", "关于改善县城个体工商户经营环境的提案", []),
        closing="特此答复。",
        signature=(("平阳县工商行政管理局",), "1999-07-02", "一九九九年七月二日"),
    )


# --- batch 4 (written before the parser ran on it) -----------------------------------------------


def test_a_separately_handled_suggestion_answer_under_its_handling_mode_row() -> None:
    doc = checked("""\
建议号：第0087号
办理方式：分办
南屏市卫生健康委员会
对市十五届人大四次会议第0087号建议的答复
谭某某代表：
您提出的《关于加强基层医疗卫生人才队伍建设的建议》收悉。该建议由我委与市人力资源和社会保障局分别办理，现就我委职责范围内的事项答复如下：
2025年我委为乡镇卫生院招聘医学毕业生216名，组织城市医师下乡服务138人。
感谢您对卫生健康工作的关心！
南屏市卫生健康委员会
2025年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="南屏市卫生健康委员会",
        title="南屏市卫生健康委员会对市十五届人大四次会议第0087号建议的答复",
        metadata={"建议号": "第0087号", "办理方式": "分办"},
        recipients=("谭某某代表",),
        ref=("人大", "市", 15, 4, "0087", "建议", "关于加强基层医疗卫生人才队伍建设的建议", []),
        closing="感谢您对卫生健康工作的关心！",
        signature=(("南屏市卫生健康委员会",), "2025-07-01", "2025年7月1日"),
    )


def test_a_merged_proposal_answer_whose_number_row_names_the_proposal_merged_in() -> None:
    doc = checked("""\
提案号：0213（并0245）
办理方式：主办
关于市政协十一届三次会议第0213号提案的答复
钟某某委员：
您提出的《关于加快推进垃圾分类的提案》收悉。因第0245号提案内容与本提案相近，并案办理。现答复如下：
2016年我市已在城区86个小区开展垃圾分类试点，配置分类收集容器2.4万个。
专此答复。
东江市城市管理局
2016年8月22日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十一届三次会议第0213号提案的答复",
        metadata={"提案号": "0213（并0245）", "办理方式": "主办"},
        recipients=("钟某某委员",),
        ref=("政协", "市", 11, 3, "0213", "提案", "关于加快推进垃圾分类的提案", []),
        closing="专此答复。",
        signature=(("东江市城市管理局",), "2016-08-22", "2016年8月22日"),
    )


def test_an_answer_to_a_key_proposal_whose_number_is_followed_by_the_key_mark() -> None:
    doc = checked("""\
关于市政协十届五次会议第1号重点提案的答复
市政协人口资源环境委员会：
贵委提出的《关于加强饮用水水源地保护的提案》收悉。该提案被列为市政协主席会议重点督办提案，市政府高度重视，现答复如下：
一、划定保护区
全市34个集中式饮用水水源地已全部划定保护区并设立界标。
二、整治环境问题
已关闭保护区内排污口21个，搬迁养殖场46家。
感谢贵委对全市生态环境工作的关心和支持！
东江市人民政府
2012年7月10日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十届五次会议第1号重点提案的答复",
        recipients=("市政协人口资源环境委员会",),
        ref=("政协", "市", 10, 5, "1", "提案", "关于加强饮用水水源地保护的提案", []),
        closing="感谢贵委对全市生态环境工作的关心和支持！",
        signature=(("东江市人民政府",), "2012-07-10", "2012年7月10日"),
    )


def test_an_answer_to_a_motion_turned_into_a_suggestion_titled_by_its_new_number() -> None:
    doc = checked("""\
关于县十八届人大一次会议第25号建议（原第3号议案）的答复
邵某某等12名代表：
你们领衔提出的《关于加快县城污水处理厂提标改造的议案》，经大会主席团决定作为代表建议交我局办理。现答复如下：
县城污水处理厂提标改造工程已于2022年5月开工，总投资4800万元，预计2023年6月投入运行，出水达到一级A标准。
感谢各位代表对生态环境工作的关心！
梅溪县住房和城乡建设局
2022年9月15日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大一次会议第25号建议（原第3号议案）的答复",
        recipients=("邵某某等12名代表",),
        ref=("人大", "县", 18, 1, "25", "建议", "关于加快县城污水处理厂提标改造的议案", []),
        closing="感谢各位代表对生态环境工作的关心！",
        signature=(("梅溪县住房和城乡建设局",), "2022-09-15", "2022年9月15日"),
    )


def test_an_answer_to_a_delegations_suggestion_addressed_to_the_delegation() -> None:
    doc = checked("""\
对市十七届人大二次会议东城代表团第206号建议的答复
东城代表团：
贵代表团提出的《关于打通东城区断头路的建议》收悉。经认真研究，现答复如下：
东城区纳入2023年打通计划的断头路共7条，其中3条已建成通车，其余4条年内完工。
如有不同意见，请与我局联系。
南屏市城乡建设局
2023年8月2日
联系人：汪某某　　联系电话：0831-2206789
""")
    expect(
        doc,
        kind="reply",
        title="对市十七届人大二次会议东城代表团第206号建议的答复",
        recipients=("东城代表团",),
        ref=("人大", "市", 17, 2, "206", "建议", "关于打通东城区断头路的建议", []),
        closing="如有不同意见，请与我局联系。",
        signature=(("南屏市城乡建设局",), "2023-08-02", "2023年8月2日"),
        contact={"name": "汪某某", "phones": ("0831-2206789",)},
    )


def test_an_answer_to_a_minge_district_committees_proposal_named_in_a_proposer_row() -> None:
    doc = checked("""\
提案人：民革南屏区委员会
关于区政协九届二次会议第0012号提案的答复
民革南屏区委员会：
贵委提出的《关于加强历史文化街区保护利用的提案》收悉。现答复如下：
我局已编制完成老城历史文化街区保护规划，2024年修缮历史建筑23处。
感谢贵委对文化旅游工作的关心和支持！
南屏区文化和旅游局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届二次会议第0012号提案的答复",
        metadata={"提案人": "民革南屏区委员会"},
        recipients=("民革南屏区委员会",),
        ref=("政协", "区", 9, 2, "0012", "提案", "关于加强历史文化街区保护利用的提案", ["民革南屏区委员会"]),
        closing="感谢贵委对文化旅游工作的关心和支持！",
        signature=(("南屏区文化和旅游局",), "2024-06-26", "2024年6月26日"),
    )


def test_an_answer_to_a_joint_proposal_of_two_party_committees_addressed_to_both() -> None:
    doc = checked("""\
关于市政协十四届三次会议第0321号提案的答复
致公党北原市委、台盟北原市委：
贵委联名提出的《关于深化对台农业交流合作的提案》收悉。现答复如下：
2025年我市新设立台湾农民创业园1个，引进台资农业项目9个，举办两岸农业交流活动6场。
专此答复，感谢贵委的关心和支持。
北原市农业农村局
2025年6月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十四届三次会议第0321号提案的答复",
        recipients=("致公党北原市委", "台盟北原市委"),
        ref=("政协", "市", 14, 3, "0321", "提案", "关于深化对台农业交流合作的提案", []),
        closing="专此答复，感谢贵委的关心和支持。",
        signature=(("北原市农业农村局",), "2025-06-12", "2025年6月12日"),
    )


def test_an_answering_opinion_to_a_non_party_members_joint_proposal_under_a_proposer_row() -> None:
    doc = checked("""\
提案人：季某某（无党派人士）、沈某某
东江市科学技术局
关于市政协十二届四次会议第0456号提案的答复意见
季某某委员、沈某某委员：
你们联名提出的《关于支持高校科技成果就地转化的提案》收悉。现提出答复意见如下：
2017年我局设立科技成果转化引导资金5000万元，支持高校院所在本地转化项目38项。
特此答复。
东江市科学技术局
二〇一七年七月六日
""")
    expect(
        doc,
        kind="reply",
        issuer="东江市科学技术局",
        title="东江市科学技术局关于市政协十二届四次会议第0456号提案的答复意见",
        metadata={"提案人": "季某某（无党派人士）、沈某某"},
        recipients=("季某某委员、沈某某委员",),
        ref=("政协", "市", 12, 4, "0456", "提案", "关于支持高校科技成果就地转化的提案", ["季某某", "沈某某"]),
        closing="特此答复。",
        signature=(("东江市科学技术局",), "2017-07-06", "二〇一七年七月六日"),
    )


# --- batch 5 (written before the parser ran on it) -----------------------------------------------


def test_an_answer_whose_reference_names_the_congress_before_its_term() -> None:
    doc = checked("""\
对市人大十六届三次会议第0045号建议的答复
孔某某代表：
您提出的《关于规范校外培训机构管理的建议》收悉。现答复如下：
2019年我局联合市场监管、民政等部门排查校外培训机构612家，整改问题机构187家，取缔无证机构43家。
感谢您对教育工作的关心和支持！
东江市教育局
2019年6月20日
""")
    expect(
        doc,
        kind="reply",
        title="对市人大十六届三次会议第0045号建议的答复",
        recipients=("孔某某代表",),
        ref=("人大", "市", 16, 3, "0045", "建议", "关于规范校外培训机构管理的建议", []),
        closing="感谢您对教育工作的关心和支持！",
        signature=(("东江市教育局",), "2019-06-20", "2019年6月20日"),
    )


def test_an_answer_whose_reference_puts_the_term_before_the_place() -> None:
    doc = checked("""\
关于十四届市政协二次会议第128号提案的答复
何某某委员：
您提出的《关于推进中心城区停车场建设的提案》收悉。现答复如下：
2020年中心城区新建公共停车场14处，新增停车泊位3260个，智慧停车平台已接入泊位1.8万个。
专此答复。
东江市城市管理局
2020年8月14日
""")
    expect(
        doc,
        kind="reply",
        title="关于十四届市政协二次会议第128号提案的答复",
        recipients=("何某某委员",),
        ref=("政协", "市", 14, 2, "128", "提案", "关于推进中心城区停车场建设的提案", []),
        closing="专此答复。",
        signature=(("东江市城市管理局",), "2020-08-14", "2020年8月14日"),
    )


def test_an_answer_to_a_sector_proposal_whose_kind_is_classed_before_it() -> None:
    doc = checked("""\
关于县政协十届一次会议第56号界别提案的答复
县政协农业界别：
贵界别提出的《关于发展林下经济促进农民增收的提案》收悉。现答复如下：
2022年全县发展林下种植、养殖面积3.2万亩，带动农户1800户，户均增收4600元。
感谢贵界别对林业工作的关心和支持！
桃源县林业局
2022年7月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协十届一次会议第56号界别提案的答复",
        recipients=("县政协农业界别",),
        ref=("政协", "县", 10, 1, "56", "提案", "关于发展林下经济促进农民增收的提案", []),
        closing="感谢贵界别对林业工作的关心和支持！",
        signature=(("桃源县林业局",), "2022-07-05", "2022年7月5日"),
    )


def test_an_answer_to_a_jiusan_societys_party_proposal_classed_before_its_kind() -> None:
    doc = checked("""\
提案单位：九三学社东江市委员会
关于市政协十二届二次会议第0088号党派提案的答复
九三学社东江市委员会：
贵社提出的《关于加强基层科普阵地建设的提案》收悉。现答复如下：
2015年全市新建社区科普e站46个、农村科普示范基地12个，开展科普活动620场次。
感谢贵社对科普工作的关心和支持！
东江市科学技术协会
2015年6月29日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届二次会议第0088号党派提案的答复",
        metadata={"提案单位": "九三学社东江市委员会"},
        recipients=("九三学社东江市委员会",),
        ref=("政协", "市", 12, 2, "0088", "提案", "关于加强基层科普阵地建设的提案", ["九三学社东江市委员会"]),
        closing="感谢贵社对科普工作的关心和支持！",
        signature=(("东江市科学技术协会",), "2015-06-29", "2015年6月29日"),
    )


def test_an_answer_to_a_suggestion_marked_for_leaders_supervision_before_its_kind() -> None:
    doc = checked("""\
关于省十三届人大四次会议第1205号重点督办建议的答复
蓝某某等15名代表：
你们提出的《关于加快农村寄递物流体系建设的建议》收悉。该建议被确定为省政府领导领衔督办建议，现答复如下：
2021年全省建成县级寄递公共配送中心86个、村级寄递物流综合服务站1.6万个，快递服务建制村覆盖率达到98%。
感谢你们对邮政快递业发展的关心和支持！
北原省邮政管理局
2021年7月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于省十三届人大四次会议第1205号重点督办建议的答复",
        recipients=("蓝某某等15名代表",),
        ref=("人大", "省", 13, 4, "1205", "建议", "关于加快农村寄递物流体系建设的建议", []),
        closing="感谢你们对邮政快递业发展的关心和支持！",
        signature=(("北原省邮政管理局",), "2021-07-28", "2021年7月28日"),
    )


def test_an_answer_naming_the_cppcc_of_a_city_by_its_full_name() -> None:
    doc = checked("""\
对中国人民政治协商会议东江市第十二届委员会第三次会议第0156号提案的答复
农工党东江市委会：
贵会提出的《关于完善基层医疗机构药品配备的提案》收悉。现答复如下：
2014年我委将基层医疗机构可配备药品由307种扩大到520种，实现与二级医院用药衔接。
特此答复。
东江市卫生和计划生育委员会
二〇一四年六月十六日
""")
    expect(
        doc,
        kind="reply",
        title="对中国人民政治协商会议东江市第十二届委员会第三次会议第0156号提案的答复",
        recipients=("农工党东江市委会",),
        ref=("政协", "市", 12, 3, "0156", "提案", "关于完善基层医疗机构药品配备的提案", []),
        closing="特此答复。",
        signature=(("东江市卫生和计划生育委员会",), "2014-06-16", "二〇一四年六月十六日"),
    )


def test_a_1998_answer_to_a_deputies_suggestion_under_its_suggester_row() -> None:
    doc = checked("""\
建议人：梁某某
对市人大十一届二次会议第98号建议的答复
梁某某代表：
你提出的关于解决城北片区居民用水难的建议收悉。现答复如下：
我公司已投资260万元铺设城北供水干管4.5公里，新建加压泵站1座，8月底前可解决城北片区居民用水问题。
此复。
东江市自来水公司
一九九八年六月十日
""")
    expect(
        doc,
        kind="reply",
        title="对市人大十一届二次会议第98号建议的答复",
        metadata={"建议人": "梁某某"},
        recipients=("梁某某代表",),
        ref=("人大", "市", 11, 2, "98", "建议", "关于解决城北片区居民用水难的建议", ["梁某某"]),
        closing="此复。",
        signature=(("东江市自来水公司",), "1998-06-10", "一九九八年六月十日"),
    )


def test_an_answer_to_a_deputies_criticism_and_opinion_filed_under_their_number() -> None:
    doc = checked("""\
对县十七届人大二次会议第8号代表意见的答复
鲁某某代表：
您提出的关于城区农贸市场管理混乱的意见收悉。现答复如下：
我局已对城区3个农贸市场开展专项整治，划定摊位1200个，清理占道经营户86户。
感谢您对市场监管工作的监督和支持！
青山县市场监督管理局
2026年3月30日
""")
    expect(
        doc,
        kind="reply",
        title="对县十七届人大二次会议第8号代表意见的答复",
        recipients=("鲁某某代表",),
        ref=("人大", "县", 17, 2, "8", "意见", "关于城区农贸市场管理混乱的意见", []),
        closing="感谢您对市场监管工作的监督和支持！",
        signature=(("青山县市场监督管理局",), "2026-03-30", "2026年3月30日"),
    )


# --- batch 6 (written before the parser ran on it) -----------------------------------------------


def test_a_report_asking_whether_it_is_right_after_naming_itself() -> None:
    doc = checked("""\
东江市发展和改革委员会
关于2016年全市重大项目建设情况的报告
市人民政府：
2016年全市安排重大项目120个，年度计划投资480亿元，截至11月底完成投资452亿元，占年度计划的94.2%。下一步，我委将加快推进未开工项目前期工作。
以上报告当否，请批示。
东江市发展和改革委员会
2016年12月6日
""")
    expect(
        doc,
        kind="report",
        issuer="东江市发展和改革委员会",
        title="东江市发展和改革委员会关于2016年全市重大项目建设情况的报告",
        recipients=("市人民政府",),
        closing="以上报告当否，请批示。",
        signature=(("东江市发展和改革委员会",), "2016-12-06", "2016年12月6日"),
    )


def test_a_request_closing_with_a_bare_request_for_an_approving_reply() -> None:
    doc = checked("""\
桃源县教育局
关于调整2020年县直学校招生计划的请示
县人民政府：
受城区新增住宅小区入住影响，县直小学一年级报名人数较计划增加320人。我局拟在城东小学、实验小学各增设2个教学班。
请予批复。
桃源县教育局
2020年7月16日
""")
    expect(
        doc,
        kind="request",
        title="桃源县教育局关于调整2020年县直学校招生计划的请示",
        recipients=("县人民政府",),
        closing="请予批复。",
        signature=(("桃源县教育局",), "2020-07-16", "2020年7月16日"),
    )


def test_a_request_closing_by_asking_for_examination_and_approval() -> None:
    doc = checked("""\
东江市民政局
关于设立东江市社会救助服务中心的请示
市机构编制委员会：
为加强社会救助服务能力建设，我局拟设立东江市社会救助服务中心，为局属公益一类事业单位，核定事业编制8名。
以上意见当否，请审批。
东江市民政局
2023年2月20日
""")
    expect(
        doc,
        kind="request",
        title="东江市民政局关于设立东江市社会救助服务中心的请示",
        recipients=("市机构编制委员会",),
        closing="以上意见当否，请审批。",
        signature=(("东江市民政局",), "2023-02-20", "2023年2月20日"),
    )


def test_a_letter_closing_with_the_classic_salute_over_two_lines() -> None:
    doc = checked("""\
东江市人民政府办公室
关于邀请参加2024年东江国际茶业博览会的函
北原省茶叶流通协会：
2024年东江国际茶业博览会定于10月18日至20日在东江国际会展中心举办，诚邀贵会组团参展。
此致
敬礼！
东江市人民政府办公室
2024年8月26日
""")
    expect(
        doc,
        kind="letter",
        title="东江市人民政府办公室关于邀请参加2024年东江国际茶业博览会的函",
        recipients=("北原省茶叶流通协会",),
        closing="此致\n敬礼！",
        signature=(("东江市人民政府办公室",), "2024-08-26", "2024年8月26日"),
    )


def test_a_bulletin_whose_imprint_carries_the_old_subject_words_and_two_copy_lines() -> None:
    doc = checked("""\
东江市安全生产委员会办公室
东安办〔2008〕23号
关于2008年上半年全市安全生产事故情况的通报
各县（市、区）安委会，市安委会各成员单位：
2008年上半年，全市共发生各类生产安全事故126起，死亡38人，同比分别下降8.7%和9.5%。
特此通报。
东江市安全生产委员会办公室
二〇〇八年七月十日
主题词：安全生产　事故　通报
抄报：省安委会办公室。
抄送：市委办公室，市政府办公室。
东江市安全生产委员会办公室　　　2008年7月11日印发
""")
    expect(
        doc,
        kind="bulletin",
        issuer="东江市安全生产委员会办公室",
        number=("东安办〔2008〕23号", "东安办", 2008, 23),
        title="关于2008年上半年全市安全生产事故情况的通报",
        recipients=("各县（市、区）安委会", "市安委会各成员单位"),
        closing="特此通报。",
        signature=(("东江市安全生产委员会办公室",), "2008-07-10", "二〇〇八年七月十日"),
        imprint=(("省安委会办公室", "市委办公室", "市政府办公室"), "东江市安全生产委员会办公室", "2008-07-11"),
    )


def test_minutes_whose_imprint_names_the_recipients_and_an_issue_line_under_the_title() -> None:
    doc = checked("""\
桃源县人民政府常务会议纪要
〔2017〕第9期
桃源县人民政府办公室　　　　　　2017年5月22日
5月19日，县长贺某某主持召开县政府第9次常务会议，研究了以下事项：
一、关于桃源县城区供水提质改造项目
会议同意实施城区供水提质改造项目，由县住房和城乡建设局牵头组织实施。
二、关于2017年县级储备粮轮换计划
会议同意县粮食局提出的轮换计划。
出席：贺某某　汤某某　龚某某
列席：县发展和改革局、县财政局负责人
分送：县委办公室，县人大常委会办公室，县政协办公室，各乡镇人民政府。
""")
    expect(
        doc,
        kind="minutes",
        title="桃源县人民政府常务会议纪要",
        issuer="桃源县人民政府",
        # schema 1.11 (contract20 4): the head line under the issue is the imprint's 印发 organ and date
        imprint=(
            ("县委办公室", "县人大常委会办公室", "县政协办公室", "各乡镇人民政府"),
            "桃源县人民政府办公室",
            "2017-05-22",
        ),
    )


def test_a_decision_closing_with_a_call_to_learn_from_the_commended() -> None:
    doc = checked("""\
中共清河镇委员会
清河镇人民政府
关于表彰2021年度先进集体和先进个人的决定
各村（社区）党组织、村（居）委会，镇直各单位：
2021年，全镇上下团结奋斗，各项工作取得新成效。为树立先进典型，镇党委、镇政府决定，授予东村等5个单位“先进集体”称号，授予李某某等20名同志“先进个人”称号。
希望全镇广大干部群众以先进为榜样，为推动清河高质量发展作出新的更大贡献。
中共清河镇委员会　　清河镇人民政府
2022年1月18日
""")
    expect(
        doc,
        kind="decision",
        title="中共清河镇委员会清河镇人民政府关于表彰2021年度先进集体和先进个人的决定",
        recipients=("各村（社区）党组织、村（居）委会", "镇直各单位"),
        signature=(("中共清河镇委员会", "清河镇人民政府"), "2022-01-18", "2022年1月18日"),
    )


def test_an_implementation_plan_issued_by_a_subdistrict_with_its_attachment_list_and_copy_line() -> None:
    doc = checked("""\
锦华街道办事处
锦华街道2025年背街小巷环境整治工作方案
为进一步改善辖区人居环境，制定本方案。
一、整治范围
辖区内背街小巷共38条。
二、工作要求
各社区要明确专人负责，每周报送整治进展。
附件：1．背街小巷整治任务清单
2．整治进度报表
锦华街道办事处
2025年3月10日
抄送：区城市管理局。
""")
    expect(
        doc,
        kind="plan",
        title="锦华街道2025年背街小巷环境整治工作方案",
        issuer="锦华街道办事处",
        attachments=("背街小巷整治任务清单", "整治进度报表"),
        signature=(("锦华街道办事处",), "2025-03-10", "2025年3月10日"),
        imprint=(("区城市管理局",), None, None),
    )


# --- batch 7 (written before the parser ran on it) -----------------------------------------------


def test_an_autonomous_countys_answer_to_a_proposal_dated_in_ideographs_with_ling() -> None:
    doc = checked("""\
青岭瑶族自治县民族宗教事务局
对县政协第七届委员会第四次会议第35号提案的答复
县政协民族宗教委员会：
贵委提出的《关于加强瑶族传统村落保护的提案》收悉。现答复如下：
我局已会同县住建局对全县18个瑶族传统村落建立保护档案，争取上级补助资金260万元用于村落修缮。
特此答复。
青岭瑶族自治县民族宗教事务局
二零零六年七月十二日
""")
    expect(
        doc,
        kind="reply",
        issuer="青岭瑶族自治县民族宗教事务局",
        title="青岭瑶族自治县民族宗教事务局对县政协第七届委员会第四次会议第35号提案的答复",
        recipients=("县政协民族宗教委员会",),
        ref=("政协", "县", 7, 4, "35", "提案", "关于加强瑶族传统村落保护的提案", []),
        closing="特此答复。",
        signature=(("青岭瑶族自治县民族宗教事务局",), "2006-07-12", "二零零六年七月十二日"),
    )


def test_a_county_level_citys_answer_dated_in_ideographs_with_digit_zeros() -> None:
    doc = checked("""\
关于市十四届人大二次会议第102号建议的答复
尹某某代表：
您提出的《关于整治城区占道经营的建议》收悉。现答复如下：
我局已在城区设置便民疏导点6处，安置流动摊贩320户，城区主次干道占道经营现象明显减少。
感谢您对城市管理工作的关心和支持！
柳溪市城市管理行政执法局
二00八年六月二十日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十四届人大二次会议第102号建议的答复",
        recipients=("尹某某代表",),
        ref=("人大", "市", 14, 2, "102", "建议", "关于整治城区占道经营的建议", []),
        closing="感谢您对城市管理工作的关心和支持！",
        signature=(("柳溪市城市管理行政执法局",), "2008-06-20", "二00八年六月二十日"),
    )


def test_a_provincial_offices_reply_letter_dated_with_a_greek_omicron_for_zero() -> None:
    doc = checked("""\
北原省人民政府办公厅
北政办函〔2011〕97号
北原省人民政府办公厅关于同意河口市调整城市总体规划的复函
河口市人民政府：
你市《关于调整河口市城市总体规划的请示》（河政〔2011〕40号）收悉。经省人民政府同意，现函复如下：
同意河口市调整城市总体规划，规划期限至2020年。请你市严格按照规划实施管理。
二Ο一一年九月五日
""")
    expect(
        doc,
        kind="reply",
        issuer="北原省人民政府办公厅",
        number=("北政办函〔2011〕97号", "北政办函", 2011, 97),
        title="北原省人民政府办公厅关于同意河口市调整城市总体规划的复函",
        recipients=("河口市人民政府",),
        signature=((), "2011-09-05", "二Ο一一年九月五日"),
    )


def test_a_township_answer_to_a_suggestion_made_to_the_presidium_between_sessions() -> None:
    doc = checked("""\
对乡十七届人大主席团闭会期间第2号建议的答复
罗某某代表：
您在闭会期间提出的《关于硬化下湾组通组公路的建议》收悉。现答复如下：
乡政府已将下湾组通组公路硬化列入2019年村级公益事业建设一事一议项目，计划9月动工。
此复。
白沙乡人民政府
2019年5月16日
""")
    expect(
        doc,
        kind="reply",
        title="对乡十七届人大主席团闭会期间第2号建议的答复",
        recipients=("罗某某代表",),
        ref=("人大", "乡", 17, None, "2", "建议", "关于硬化下湾组通组公路的建议", []),
        closing="此复。",
        signature=(("白沙乡人民政府",), "2019-05-16", "2019年5月16日"),
    )


def test_a_new_areas_management_committee_answers_a_provincial_deputy_under_its_number() -> None:
    doc = checked("""\
北原新区管理委员会
北新管函〔2022〕15号
对省十三届人大六次会议第0765号建议的答复
詹某某代表：
您提出的《关于完善新区公共交通网络的建议》收悉。经认真研究，现答复如下：
2022年新区新开通公交线路9条，新建公交首末站3座，公交站点500米覆盖率达到92%。
感谢您对新区建设的关心和支持！
北原新区管理委员会
2022年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="北原新区管理委员会",
        number=("北新管函〔2022〕15号", "北新管函", 2022, 15),
        title="对省十三届人大六次会议第0765号建议的答复",
        recipients=("詹某某代表",),
        ref=("人大", "省", 13, 6, "0765", "建议", "关于完善新区公共交通网络的建议", []),
        closing="感谢您对新区建设的关心和支持！",
        signature=(("北原新区管理委员会",), "2022-06-27", "2022年6月27日"),
    )


def test_a_district_of_a_municipality_answers_its_congress_under_a_hyphenated_number() -> None:
    doc = checked("""\
关于江城市沙坪区第十九届人民代表大会第二次会议第19-0088号建议的答复
甘某某代表：
您提出的《关于增加沙坪公园周边停车位的建议》收悉。现答复如下：
我局已在沙坪公园周边施划临时停车泊位180个，并协调周边3家单位错时开放停车场。
感谢您的关心和支持！
江城市沙坪区交通局
2025年6月6日
""")
    expect(
        doc,
        kind="reply",
        title="关于江城市沙坪区第十九届人民代表大会第二次会议第19-0088号建议的答复",
        recipients=("甘某某代表",),
        ref=("人大", "区", 19, 2, "19-0088", "建议", "关于增加沙坪公园周边停车位的建议", []),
        closing="感谢您的关心和支持！",
        signature=(("江城市沙坪区交通局",), "2025-06-06", "2025年6月6日"),
    )


def test_a_national_administrations_co_handling_opinion_to_another_ministry() -> None:
    doc = checked("""\
国家医疗保障局办公室
医保办函〔2024〕88号
关于十四届全国人大二次会议第3456号建议会办意见的函
国家卫生健康委办公厅：
你委转来的十四届全国人大二次会议第3456号建议收悉。经认真研究，现提出会办意见如下：
我局将继续支持将符合条件的“互联网+”医疗服务项目纳入医保支付范围。
以上意见，供参考。
国家医疗保障局办公室
2024年5月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="国家医疗保障局办公室",
        number=("医保办函〔2024〕88号", "医保办函", 2024, 88),
        title="关于十四届全国人大二次会议第3456号建议会办意见的函",
        recipients=("国家卫生健康委办公厅",),
        ref=("人大", "全国", 14, 2, "3456", "建议", None, []),
        closing="以上意见，供参考。",
        signature=(("国家医疗保障局办公室",), "2024-05-20", "2024年5月20日"),
    )


def test_an_answer_signed_on_a_date_written_with_dots() -> None:
    doc = checked("""\
关于区政协十届三次会议第0142号提案的答复
丁某某委员：
您提出的《关于规范小区电梯维保管理的提案》收悉。现答复如下：
我局已对全区1260台住宅电梯开展维保质量抽查，责令整改维保单位14家。
专此答复。
青港市北湖区市场监督管理局
2021.6.8
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协十届三次会议第0142号提案的答复",
        recipients=("丁某某委员",),
        ref=("政协", "区", 10, 3, "0142", "提案", "关于规范小区电梯维保管理的提案", []),
        closing="专此答复。",
        signature=(("青港市北湖区市场监督管理局",), "2021-06-08", "2021.6.8"),
    )


# --- batch 8 (written before the parser ran on it) -----------------------------------------------


def test_an_upward_letterhead_line_holding_organ_number_and_signer_together() -> None:
    doc = checked("""\
北原县人民政府　　北政请〔2019〕8号　　签发人：刘某某
北原县人民政府关于申请将北原县列入省级全域旅游示范区创建单位的请示
河口市人民政府：
我县旅游资源丰富，2018年接待游客420万人次，旅游综合收入38亿元。为加快旅游业发展，特申请将我县列入省级全域旅游示范区创建单位。
妥否，请批示。
北原县人民政府
2019年3月12日
""")
    expect(
        doc,
        kind="request",
        issuer="北原县人民政府",
        number=("北政请〔2019〕8号", "北政请", 2019, 8),
        signer="刘某某",
        title="北原县人民政府关于申请将北原县列入省级全域旅游示范区创建单位的请示",
        recipients=("河口市人民政府",),
        closing="妥否，请批示。",
        signature=(("北原县人民政府",), "2019-03-12", "2019年3月12日"),
    )


def test_an_urgent_notice_under_labelled_copy_secrecy_term_and_urgency_rows() -> None:
    doc = checked("""\
份号：000012
密级：秘密
保密期限：5年
紧急程度：特急
北原市人民政府办公室
北府办电〔2020〕3号
关于切实做好疫情防控期间春耕生产工作的紧急通知
各县（市、区）人民政府，市政府各部门：
当前正值春耕备耕关键时期，为统筹做好疫情防控和春耕生产工作，现就有关事项紧急通知如下：
一、保障农资供应
各地要开辟农资运输绿色通道，确保化肥、种子及时到村到户。
二、组织有序复工
在做好防护的前提下，有序组织农民下田开展生产。
北原市人民政府办公室
2020年2月18日
""")
    expect(
        doc,
        kind="notice",
        issuer="北原市人民政府办公室",
        number=("北府办电〔2020〕3号", "北府办电", 2020, 3),
        urgency="特急",
        title="关于切实做好疫情防控期间春耕生产工作的紧急通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        signature=(("北原市人民政府办公室",), "2020-02-18", "2020年2月18日"),
    )


def test_a_league_notice_whose_addressees_run_over_three_lines() -> None:
    doc = checked("""\
锡林盟行政公署办公室
锡署办发〔2012〕33号
锡林盟行政公署办公室关于做好2012年冬季供暖工作的通知
各旗县市人民政府，
盟行政公署各委、办、局，
各大企业、事业单位：
为确保全盟群众温暖过冬，现就做好今冬供暖工作通知如下：
各地要在10月15日前完成供热设施检修，储备燃煤不少于30天用量。
锡林盟行政公署办公室
2012年9月28日
""")
    expect(
        doc,
        kind="notice",
        issuer="锡林盟行政公署办公室",
        number=("锡署办发〔2012〕33号", "锡署办发", 2012, 33),
        title="锡林盟行政公署办公室关于做好2012年冬季供暖工作的通知",
        recipients=("各旗县市人民政府", "盟行政公署各委、办、局", "各大企业、事业单位"),
        signature=(("锡林盟行政公署办公室",), "2012-09-28", "2012年9月28日"),
    )


def test_an_opinion_whose_attachments_are_labelled_one_a_line_with_their_numbers() -> None:
    doc = checked("""\
东江市人民政府
东政发〔2018〕22号
东江市人民政府关于加快发展养老服务业的实施意见
各县（市、区）人民政府，市政府各部门、各直属机构：
为加快发展养老服务业，现提出如下实施意见：
一、发展目标
到2020年，全市每千名老年人拥有养老床位35张以上。
二、主要任务
加快社区居家养老服务设施建设。
附件1：东江市养老服务业重点任务分工表
附件2：东江市养老服务设施建设标准
东江市人民政府
2018年5月4日
""")
    expect(
        doc,
        kind="opinion",
        issuer="东江市人民政府",
        number=("东政发〔2018〕22号", "东政发", 2018, 22),
        title="东江市人民政府关于加快发展养老服务业的实施意见",
        recipients=("各县（市、区）人民政府", "市政府各部门、各直属机构"),
        attachments=("东江市养老服务业重点任务分工表", "东江市养老服务设施建设标准"),
        signature=(("东江市人民政府",), "2018-05-04", "2018年5月4日"),
        last="加快社区居家养老服务设施建设。",
    )


def test_a_report_whose_imprint_copies_up_and_across_and_prints_on_an_ideograph_date() -> None:
    doc = checked("""\
桃源县人民政府文件
桃政报〔2004〕6号　　　　　　签发人：贺某某
桃源县人民政府关于2003年度农民负担监督管理工作情况的报告
市人民政府：
2003年，我县认真落实减轻农民负担各项政策，全县农民人均负担较上年下降18.6%，未发生涉及农民负担的恶性案件。
特此报告。
桃源县人民政府
二OO四年一月十二日
主题词：农业　农民负担　报告
抄送：市农业局，市减负办。
桃源县人民政府办公室　　　　二OO四年一月十三日印发
""")
    expect(
        doc,
        kind="report",
        issuer="桃源县人民政府",
        number=("桃政报〔2004〕6号", "桃政报", 2004, 6),
        signer="贺某某",
        title="桃源县人民政府关于2003年度农民负担监督管理工作情况的报告",
        recipients=("市人民政府",),
        closing="特此报告。",
        signature=(("桃源县人民政府",), "2004-01-12", "二OO四年一月十二日"),
        imprint=(("市农业局", "市减负办"), "桃源县人民政府办公室", "2004-01-13"),
    )


def test_a_portal_announcement_under_an_information_table_with_its_publication_number() -> None:
    doc = checked("""\
索引号：11150200MB0123456/2025-00077
发布机构：白音旗自然资源局
发布日期：2025-04-02
白音旗自然资源局国有建设用地使用权挂牌出让公告
白自然资告字〔2025〕3号
经白音旗人民政府批准，白音旗自然资源局决定以挂牌方式出让1宗国有建设用地使用权。
一、出让地块基本情况
地块位于白音旗工业园区，面积2.1公顷，用途为工业用地。
二、联系方式
联系人：包某某　　联系电话：0479-5123456
白音旗自然资源局
2025年4月2日
""")
    expect(
        doc,
        kind="announcement",
        issuer="白音旗自然资源局",
        number=("白自然资告字〔2025〕3号", "白自然资告字", 2025, 3),
        title="白音旗自然资源局国有建设用地使用权挂牌出让公告",
        metadata={
            "索引号": "11150200MB0123456/2025-00077",
            "发布机构": "白音旗自然资源局",
            "发布日期": "2025-04-02",
        },
        signature=(("白音旗自然资源局",), "2025-04-02", "2025年4月2日"),
    )


def test_minutes_of_a_coordination_meeting_with_an_issue_number_and_a_distribution_line() -> None:
    doc = checked("""\
北原市城市更新工作协调会议纪要
第3期
北原市人民政府办公室　　　　2023年6月15日
6月13日，副市长冯某某主持召开城市更新工作协调会议，研究老旧街区改造有关事项。纪要如下：
一、会议同意将南门老街纳入2023年城市更新项目库。
二、会议要求市住建局牵头，7月底前完成改造方案编制。
分送：市住建局，市自然资源和规划局，北城区人民政府。
""")
    expect(
        doc,
        kind="minutes",
        title="北原市城市更新工作协调会议纪要",
        # schema 1.11 (contract20 4): the head line under the issue is the imprint's 印发 organ and date
        imprint=(("市住建局", "市自然资源和规划局", "北城区人民政府"), "北原市人民政府办公室", "2023-06-15"),
    )


def test_a_subdistrict_letter_to_residents_signed_and_dated_with_its_contact_block() -> None:
    doc = checked("""\
南湖街道办事处
关于开展南湖街道辖区燃气安全入户检查的函
各小区物业服务企业：
为消除燃气安全隐患，街道将于2025年5月10日至6月30日组织对辖区居民用户开展燃气安全入户检查，请各物业服务企业做好告知和配合工作。
特此函告。
南湖街道办事处
2025年5月6日
联系人：祝某某
联系电话：0571-86551234
电子邮箱：nhjd@example.cn
""")
    expect(
        doc,
        kind="letter",
        issuer="南湖街道办事处",
        title="南湖街道办事处关于开展南湖街道辖区燃气安全入户检查的函",
        recipients=("各小区物业服务企业",),
        closing="特此函告。",
        signature=(("南湖街道办事处",), "2025-05-06", "2025年5月6日"),
        contact={"name": "祝某某", "phones": ("0571-86551234",), "email": "nhjd@example.cn"},
    )


# --- batch 9 (written before the parser ran on it) -----------------------------------------------


def test_a_title_naming_the_lead_deputy_and_a_count_in_ideographs_before_the_number() -> None:
    doc = checked("""\
关于对县十七届人大三次会议邱某某等五位代表所提第28号建议的答复
邱某某等五位代表：
你们提出的《关于加快建设城北小学的建议》收悉。现答复如下：
城北小学建设项目已完成立项和用地审批，计划2020年9月开工，2021年秋季投入使用，可提供学位1620个。
感谢你们对教育工作的关心和支持！
宁远县教育局
2020年6月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于对县十七届人大三次会议邱某某等五位代表所提第28号建议的答复",
        recipients=("邱某某等五位代表",),
        ref=("人大", "县", 17, 3, "28", "建议", "关于加快建设城北小学的建议", ["邱某某"]),
        closing="感谢你们对教育工作的关心和支持！",
        signature=(("宁远县教育局",), "2020-06-12", "2020年6月12日"),
    )


def test_an_answer_sent_to_the_proposals_committee_naming_a_minjian_committee_in_its_opening() -> None:
    doc = checked("""\
关于市政协十三届三次会议第0056号提案的答复
市政协提案委员会：
民建北原市委会提出的《关于优化营商环境支持民营企业发展的提案》收悉。现答复如下：
2020年我市出台支持民营企业发展20条措施，为民营企业减税降费38亿元，新增民营企业贷款126亿元。
特此答复。
北原市发展和改革委员会
2020年7月3日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十三届三次会议第0056号提案的答复",
        recipients=("市政协提案委员会",),
        ref=("政协", "市", 13, 3, "0056", "提案", "关于优化营商环境支持民营企业发展的提案", ["民建北原市委会"]),
        closing="特此答复。",
        signature=(("北原市发展和改革委员会",), "2020-07-03", "2020年7月3日"),
    )


def test_an_opening_naming_the_seconders_of_the_readers_suggestion_names_no_proposer() -> None:
    doc = checked("""\
对市十六届人大五次会议第0331号建议的答复
戴某某代表：
由您领衔，郑某某、钱某某等代表附议的《关于加强菜市场食品安全监管的建议》收悉。现答复如下：
今年我局对全市86个农贸市场实施快检全覆盖，累计抽检食品样品5.2万批次，合格率99.3%。
感谢您对食品安全工作的关心！
东江市市场监督管理局
2021年6月25日
""")
    expect(
        doc,
        kind="reply",
        title="对市十六届人大五次会议第0331号建议的答复",
        recipients=("戴某某代表",),
        ref=("人大", "市", 16, 5, "0331", "建议", "关于加强菜市场食品安全监管的建议", []),
        closing="感谢您对食品安全工作的关心！",
        signature=(("东江市市场监督管理局",), "2021-06-25", "2021年6月25日"),
    )


def test_an_answer_naming_the_federation_of_commerce_as_the_proposer_in_its_opening() -> None:
    doc = checked("""\
关于县政协十一届二次会议第19号提案的答复
县政协提案委员会：
县工商联提出的《关于破解小微企业融资难题的提案》收悉。现答复如下：
2023年县财政注资5000万元设立中小企业应急转贷资金，累计为小微企业提供转贷服务146笔、金额9.8亿元。
专此答复。
桃源县财政局
2023年7月18日
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协十一届二次会议第19号提案的答复",
        recipients=("县政协提案委员会",),
        ref=("政协", "县", 11, 2, "19", "提案", "关于破解小微企业融资难题的提案", ["县工商联"]),
        closing="专此答复。",
        signature=(("桃源县财政局",), "2023-07-18", "2023年7月18日"),
    )


def test_an_answer_naming_two_party_committees_that_proposed_together_in_its_opening() -> None:
    doc = checked("""\
关于市政协十四届二次会议第0210号提案的答复
市政协提案委员会：
台盟北原市委员会、民进北原市委员会联合提出的《关于加强青少年心理健康教育的提案》收悉。现答复如下：
2024年全市中小学心理健康教育专职教师配备率达到85%，建成心理辅导室426间。
感谢贵委对教育工作的关心和支持！
北原市教育局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十四届二次会议第0210号提案的答复",
        recipients=("市政协提案委员会",),
        ref=(
            "政协",
            "市",
            14,
            2,
            "0210",
            "提案",
            "关于加强青少年心理健康教育的提案",
            ["台盟北原市委员会", "民进北原市委员会"],
        ),
        closing="感谢贵委对教育工作的关心和支持！",
        signature=(("北原市教育局",), "2024-06-21", "2024年6月21日"),
    )


def test_an_opening_naming_the_lead_member_and_a_count_of_joint_members_in_ideographs() -> None:
    doc = checked("""\
关于市政协十三届一次会议第20230045号提案的答复
孙某某委员：
孙某某等十二位委员联名提出的《关于推进老旧厂房活化利用的提案》收悉。现答复如下：
我市已出台老旧厂房活化利用实施办法，2023年完成改造项目7个，盘活厂房面积21万平方米。
感谢您对城市更新工作的关心和支持。
北原市自然资源和规划局
2023年6月30日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十三届一次会议第20230045号提案的答复",
        recipients=("孙某某委员",),
        ref=("政协", "市", 13, 1, "20230045", "提案", "关于推进老旧厂房活化利用的提案", ["孙某某"]),
        closing="感谢您对城市更新工作的关心和支持。",
        signature=(("北原市自然资源和规划局",), "2023-06-30", "2023年6月30日"),
    )


def test_a_table_row_giving_the_deputy_and_the_delegation_side_by_side() -> None:
    doc = checked("""\
建议编号：0512
代表姓名：杨某某　　所在代表团：东城代表团
办理结果：A
对市十七届人大三次会议第0512号建议的答复
杨某某代表：
您提出的《关于增设东城区公共卫生间的建议》收悉。现答复如下：
今年我局在东城区新建公共卫生间18座，改造提升26座，9月底前全部投入使用。
感谢您对城市管理工作的支持！
北原市城市管理局
2024年7月8日
""")
    expect(
        doc,
        kind="reply",
        title="对市十七届人大三次会议第0512号建议的答复",
        metadata={"建议编号": "0512", "代表姓名": "杨某某", "所在代表团": "东城代表团", "办理结果": "A"},
        category="A",
        recipients=("杨某某代表",),
        ref=("人大", "市", 17, 3, "0512", "建议", "关于增设东城区公共卫生间的建议", ["杨某某"]),
        closing="感谢您对城市管理工作的支持！",
        signature=(("北原市城市管理局",), "2024-07-08", "2024年7月8日"),
    )


def test_a_proposal_answer_naming_a_sector_as_proposer_in_its_opening() -> None:
    doc = checked("""\
关于区政协八届四次会议第0073号提案的答复
区政协提案委员会：
区政协医药卫生界别提出的《关于加强社区卫生服务中心能力建设的提案》收悉。现答复如下：
2022年全区社区卫生服务中心新增全科医生45名，开设夜间门诊的中心达到9家。
特此答复。
北湖区卫生健康局
2022年6月17日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协八届四次会议第0073号提案的答复",
        recipients=("区政协提案委员会",),
        ref=("政协", "区", 8, 4, "0073", "提案", "关于加强社区卫生服务中心能力建设的提案", ["区政协医药卫生界别"]),
        closing="特此答复。",
        signature=(("北湖区卫生健康局",), "2022-06-17", "2022年6月17日"),
    )


# --- batch 10 (written before the parser ran on it) ----------------------------------------------


def test_an_answer_under_a_row_holding_the_category_and_the_disclosure_side_by_side() -> None:
    doc = checked("""\
办理结果：A　　公开属性：主动公开
关于县十八届人大四次会议第72号建议的答复
冉某某代表：
您提出的《关于解决城南片区学生上学难的建议》收悉。现答复如下：
城南小学扩建工程已于今年8月竣工，新增学位900个，城南片区适龄儿童已全部就近入学。
感谢您对教育工作的关心和支持！
溪口县教育局
2025年9月12日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十八届人大四次会议第72号建议的答复",
        metadata={"办理结果": "A", "公开属性": "主动公开"},
        category="A",
        disclosure="主动公开",
        recipients=("冉某某代表",),
        ref=("人大", "县", 18, 4, "72", "建议", "关于解决城南片区学生上学难的建议", []),
        closing="感谢您对教育工作的关心和支持！",
        signature=(("溪口县教育局",), "2025-09-12", "2025年9月12日"),
    )


def test_an_answer_whose_adoption_row_says_partly_adopted() -> None:
    doc = checked("""\
采纳情况：部分采纳
关于市政协十二届五次会议第0388号提案的答复
祁某某委员：
您提出的《关于在城区增设儿童友好公园的提案》收悉。现答复如下：
您提出的在城区公园增设儿童游乐设施的建议已采纳，今年改造公园8个；新建儿童专类公园一项，受用地条件限制，将在国土空间规划中统筹考虑。
专此答复。
东江市园林局
2021年7月9日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十二届五次会议第0388号提案的答复",
        metadata={"采纳情况": "部分采纳"},
        category="B",
        recipients=("祁某某委员",),
        ref=("政协", "市", 12, 5, "0388", "提案", "关于在城区增设儿童友好公园的提案", []),
        closing="专此答复。",
        signature=(("东江市园林局",), "2021-07-09", "2021年7月9日"),
    )


def test_an_answer_classed_as_an_explanation_under_a_bare_class_label() -> None:
    doc = checked("""\
类别：解释说明类
对区十五届人大二次会议第0097号建议的答复
叶某某代表：
您提出的《关于将沙河片区纳入学区调整的建议》收悉。现答复如下：
学区划分依据学校学位容量和适龄儿童分布确定，沙河片区现有学位可满足需求，今年暂不调整，我局将根据入学需求变化适时研究。
如有不同意见，请与我局联系。
北湖区教育局
2020年6月5日
""")
    expect(
        doc,
        kind="reply",
        title="对区十五届人大二次会议第0097号建议的答复",
        metadata={"类别": "解释说明类"},
        category="reference",
        recipients=("叶某某代表",),
        ref=("人大", "区", 15, 2, "0097", "建议", "关于将沙河片区纳入学区调整的建议", []),
        closing="如有不同意见，请与我局联系。",
        signature=(("北湖区教育局",), "2020-06-05", "2020年6月5日"),
    )


def test_a_2001_notice_numbered_with_zi_and_di_under_its_letterhead() -> None:
    doc = checked("""\
北原县人民政府文件
北政字〔2001〕第12号
北原县人民政府关于做好2001年度征兵工作的通知
各乡镇人民政府，县直各有关单位：
根据上级部署，我县2001年度征兵工作于11月1日开始，12月10日结束。各乡镇要认真做好兵员征集和政治审查工作。
特此通知。
北原县人民政府
二〇〇一年十月二十日
""")
    expect(
        doc,
        kind="notice",
        issuer="北原县人民政府",
        number=("北政字〔2001〕第12号", "北政字", 2001, 12),
        title="北原县人民政府关于做好2001年度征兵工作的通知",
        recipients=("各乡镇人民政府", "县直各有关单位"),
        closing="特此通知。",
        signature=(("北原县人民政府",), "2001-10-20", "二〇〇一年十月二十日"),
    )


def test_a_reply_handed_over_for_all_deputies_to_review() -> None:
    doc = checked("""\
关于市十六届人大二次会议第0127号建议的答复
东城代表团：
贵代表团提出的《关于加快东城污水处理厂扩建的建议》收悉。现答复如下：
东城污水处理厂扩建工程已完成主体施工，处理能力由每日5万吨提高到10万吨，年内投入运行。
以上答复，敬请各位代表审阅。
东江市水务局
2017年6月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十六届人大二次会议第0127号建议的答复",
        recipients=("东城代表团",),
        ref=("人大", "市", 16, 2, "0127", "建议", "关于加快东城污水处理厂扩建的建议", []),
        closing="以上答复，敬请各位代表审阅。",
        signature=(("东江市水务局",), "2017-06-28", "2017年6月28日"),
    )


def test_a_letter_asking_for_its_answer_by_a_date() -> None:
    doc = checked("""\
北原市财政局
关于征求2024年市级预算绩效目标意见的函
市直各预算单位：
为做好2024年市级预算绩效目标编制工作，现将《2024年市级预算绩效目标（征求意见稿）》送你们，请认真研究并提出修改意见。
请于2023年11月20日前函复。
北原市财政局
2023年11月10日
""")
    expect(
        doc,
        kind="letter",
        title="北原市财政局关于征求2024年市级预算绩效目标意见的函",
        recipients=("市直各预算单位",),
        closing="请于2023年11月20日前函复。",
        signature=(("北原市财政局",), "2023-11-10", "2023年11月10日"),
    )


def test_an_answer_whose_note_under_the_date_withholds_it_from_disclosure() -> None:
    doc = checked("""\
关于县政协九届四次会议第23号提案的答复
县政协社会法制委员会：
贵委提出的《关于加强社区矫正对象帮扶的提案》收悉。现答复如下：
我局已建立社区矫正对象就业帮扶基地5个，今年帮扶就业46人。
感谢贵委的关心和支持！
溪口县司法局
2022年8月16日
（此件不予公开）
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协九届四次会议第23号提案的答复",
        disclosure="不予公开",
        recipients=("县政协社会法制委员会",),
        ref=("政协", "县", 9, 4, "23", "提案", "关于加强社区矫正对象帮扶的提案", []),
        closing="感谢贵委的关心和支持！",
        signature=(("溪口县司法局",), "2022-08-16", "2022年8月16日"),
    )


def test_a_request_whose_closing_says_the_request_stands_above() -> None:
    doc = checked("""\
溪口县农业农村局
关于申请拨付2022年农机购置补贴资金的请示
县人民政府：
2022年全县申请农机购置补贴农户1260户，需补贴资金860万元，上级已下达资金610万元，尚缺250万元，需县级财政配套解决。
以上请示妥否，请批示。
溪口县农业农村局
2022年10月8日
""")
    expect(
        doc,
        kind="request",
        title="溪口县农业农村局关于申请拨付2022年农机购置补贴资金的请示",
        recipients=("县人民政府",),
        closing="以上请示妥否，请批示。",
        signature=(("溪口县农业农村局",), "2022-10-08", "2022年10月8日"),
    )


# --- batch 11 (written before the parser ran on it) ----------------------------------------------


def test_a_letter_on_a_proposals_handling_under_lead_and_co_handling_rows() -> None:
    doc = checked("""\
主办单位：东江市交通运输局
协办单位：东江市公安局
东江市交通运输局关于市政协十二届一次会议第0205号提案办理情况的函
尚某某委员：
您提出的《关于优化城区公交线网的提案》收悉。我局会同市公安局认真研究，现将办理情况函告如下：
2018年我市调整优化公交线路15条，新辟线路6条，公交站点500米覆盖率提高到90%。
感谢您对城市公共交通工作的关心和支持！
东江市交通运输局
2018年7月12日
""")
    expect(
        doc,
        kind="letter",
        issuer="东江市交通运输局",
        title="东江市交通运输局关于市政协十二届一次会议第0205号提案办理情况的函",
        metadata={"主办单位": "东江市交通运输局", "协办单位": "东江市公安局"},
        recipients=("尚某某委员",),
        ref=("政协", "市", 12, 1, "0205", "提案", "关于优化城区公交线网的提案", []),
        closing="感谢您对城市公共交通工作的关心和支持！",
        signature=(("东江市交通运输局",), "2018-07-12", "2018年7月12日"),
    )


def test_a_notice_whose_attachment_list_follows_the_signature_date() -> None:
    doc = checked("""\
北湖区人民政府办公室
关于开展2024年度区级文明单位评选工作的通知
各街道办事处，区政府各部门：
为深入推进精神文明建设，区委、区政府决定开展2024年度区级文明单位评选工作。请各单位对照评选标准认真开展自评，于11月30日前将申报材料报区文明办。
北湖区人民政府办公室
2024年10月25日
附件：1．北湖区文明单位评选标准
2．北湖区文明单位申报表
""")
    expect(
        doc,
        kind="notice",
        title="北湖区人民政府办公室关于开展2024年度区级文明单位评选工作的通知",
        recipients=("各街道办事处", "区政府各部门"),
        attachments=("北湖区文明单位评选标准", "北湖区文明单位申报表"),
        signature=(("北湖区人民政府办公室",), "2024-10-25", "2024年10月25日"),
    )


def test_a_telegram_notice_whose_urgency_is_marked_as_a_clear_telegram() -> None:
    doc = checked("""\
特急·明电
北原省应急管理厅
北应急电〔2023〕21号
北原省应急管理厅关于做好强降雨防范应对工作的紧急通知
各市应急管理局：
据气象部门预测，7月29日至8月1日我省将出现大范围强降雨过程。各地要立即启动应急响应，全力做好人员转移避险工作。
北原省应急管理厅
2023年7月28日
""")
    expect(
        doc,
        kind="notice",
        issuer="北原省应急管理厅",
        number=("北应急电〔2023〕21号", "北应急电", 2023, 21),
        urgency="特急",
        title="北原省应急管理厅关于做好强降雨防范应对工作的紧急通知",
        recipients=("各市应急管理局",),
        signature=(("北原省应急管理厅",), "2023-07-28", "2023年7月28日"),
    )


def test_a_state_council_approval_letter_numbered_guo_han() -> None:
    doc = checked("""\
国务院
国函〔2024〕12号
国务院关于同意在北原市设立跨境电子商务综合试验区的批复
北原省人民政府、商务部：
你们关于在北原市设立跨境电子商务综合试验区的请示收悉。现批复如下：
一、同意在北原市设立跨境电子商务综合试验区，具体实施方案由你们负责印发。
二、北原省人民政府要加强对综合试验区建设的组织领导。
国务院
2024年2月5日
""")
    expect(
        doc,
        kind="approval",
        issuer="国务院",
        number=("国函〔2024〕12号", "国函", 2024, 12),
        title="国务院关于同意在北原市设立跨境电子商务综合试验区的批复",
        recipients=("北原省人民政府", "商务部"),
        signature=(("国务院",), "2024-02-05", "2024年2月5日"),
    )


def test_an_autonomous_region_notice_to_leagues_banners_and_departments_in_one_long_line() -> None:
    doc = checked("""\
北原自治区人民政府办公厅
北政办发〔2015〕62号
北原自治区人民政府办公厅关于进一步加强牧区道路交通安全管理的通知
各盟行政公署、市人民政府，各旗县（市、区）人民政府，自治区各委、办、厅、局，各大企业、事业单位：
为有效预防和减少牧区道路交通事故，经自治区人民政府同意，现就有关事项通知如下：
一、加强牧区道路隐患排查治理。
二、强化牧区交通安全宣传教育。
北原自治区人民政府办公厅
2015年6月19日
""")
    expect(
        doc,
        kind="notice",
        issuer="北原自治区人民政府办公厅",
        number=("北政办发〔2015〕62号", "北政办发", 2015, 62),
        title="北原自治区人民政府办公厅关于进一步加强牧区道路交通安全管理的通知",
        recipients=(
            "各盟行政公署、市人民政府",
            "各旗县（市、区）人民政府",
            "自治区各委、办、厅、局",
            "各大企业、事业单位",
        ),
        signature=(("北原自治区人民政府办公厅",), "2015-06-19", "2015年6月19日"),
    )


def test_a_leagues_approval_to_a_banner_copied_with_a_space_for_the_colon() -> None:
    doc = checked("""\
锡林盟行政公署
锡署批〔2014〕7号
锡林盟行政公署关于同意白音旗撤销巴彦乡设立巴彦镇的批复
白音旗人民政府：
你旗《关于撤销巴彦乡设立巴彦镇的请示》（白政发〔2014〕19号）收悉。经研究，同意撤销巴彦乡，设立巴彦镇，以原巴彦乡的行政区域为巴彦镇的行政区域。
此复。
锡林盟行政公署
2014年5月22日
抄送　盟民政局，盟公安局。
""")
    expect(
        doc,
        kind="approval",
        issuer="锡林盟行政公署",
        number=("锡署批〔2014〕7号", "锡署批", 2014, 7),
        title="锡林盟行政公署关于同意白音旗撤销巴彦乡设立巴彦镇的批复",
        recipients=("白音旗人民政府",),
        closing="此复。",
        signature=(("锡林盟行政公署",), "2014-05-22", "2014年5月22日"),
        imprint=(("盟民政局", "盟公安局"), None, None),
    )


def test_an_answer_to_a_proposal_numbered_by_its_year_without_the_meetings_term() -> None:
    doc = checked("""\
关于2024年市政协第0123号提案的答复
赖某某委员：
您提出的《关于推进公共场所母婴室建设的提案》收悉。现答复如下：
2024年全市新建、改建母婴室126个，交通枢纽、大型商场母婴室覆盖率达到100%。
感谢您对妇女儿童事业的关心和支持！
东江市妇女儿童工作委员会办公室
2024年7月16日
""")
    expect(
        doc,
        kind="reply",
        title="关于2024年市政协第0123号提案的答复",
        recipients=("赖某某委员",),
        ref=("政协", "市", None, None, "0123", "提案", "关于推进公共场所母婴室建设的提案", []),
        closing="感谢您对妇女儿童事业的关心和支持！",
        signature=(("东江市妇女儿童工作委员会办公室",), "2024-07-16", "2024年7月16日"),
    )


def test_a_national_development_offices_letter_to_a_provincial_government() -> None:
    doc = checked("""\
国家发展改革委办公厅
发改办农经〔2023〕456号
国家发展改革委办公厅关于支持北原省开展现代农业产业园建设的函
北原省人民政府办公厅：
你厅《关于商请支持北原省现代农业产业园建设的函》收悉。经研究，我委将在中央预算内投资安排上对北原省现代农业产业园建设给予倾斜支持。
特此函复。
国家发展改革委办公厅
2023年6月8日
""")
    expect(
        doc,
        kind="letter",
        issuer="国家发展改革委办公厅",
        number=("发改办农经〔2023〕456号", "发改办农经", 2023, 456),
        title="国家发展改革委办公厅关于支持北原省开展现代农业产业园建设的函",
        recipients=("北原省人民政府办公厅",),
        closing="特此函复。",
        signature=(("国家发展改革委办公厅",), "2023-06-08", "2023年6月8日"),
    )


# --- batch 12 (written before the parser ran on it) ----------------------------------------------


def test_a_prefecture_administrations_answer_to_a_prefecture_cppcc_proposal_of_1999() -> None:
    doc = checked("""\
关于地区政协三届二次会议第47号提案的答复
地区政协提案工作委员会：
贵委转来的《关于加快地区农产品批发市场建设的提案》收悉。现答复如下：
行署已将地区农产品批发市场建设列入1999年重点建设项目，计划投资1200万元，年底前完成一期工程。
特此答复。
河西地区行政公署计划委员会
一九九九年七月八日
""")
    expect(
        doc,
        kind="reply",
        title="关于地区政协三届二次会议第47号提案的答复",
        recipients=("地区政协提案工作委员会",),
        ref=("政协", "地区", 3, 2, "47", "提案", "关于加快地区农产品批发市场建设的提案", []),
        closing="特此答复。",
        signature=(("河西地区行政公署计划委员会",), "1999-07-08", "一九九九年七月八日"),
    )


def test_an_autonomous_banners_answer_to_its_congress_suggestion() -> None:
    doc = checked("""\
对自治旗十六届人大三次会议第12号建议的答复
敖某某代表：
您提出的《关于修缮伊敏河牧区小学校舍的建议》收悉。现答复如下：
旗教育局已争取校舍维修改造资金86万元，暑假期间完成伊敏河牧区小学校舍维修。
此复。
伊敏鄂温克族自治旗教育局
2016年6月15日
""")
    expect(
        doc,
        kind="reply",
        title="对自治旗十六届人大三次会议第12号建议的答复",
        recipients=("敖某某代表",),
        ref=("人大", "自治旗", 16, 3, "12", "建议", "关于修缮伊敏河牧区小学校舍的建议", []),
        closing="此复。",
        signature=(("伊敏鄂温克族自治旗教育局",), "2016-06-15", "2016年6月15日"),
    )


def test_a_2002_answering_opinion_dated_in_white_circles() -> None:
    doc = checked("""\
关于对市政协九届五次会议第198号提案的答复意见
熊某某委员：
您提出的关于治理城区河道污染的提案收悉。现将办理情况答复如下：
市政府已将城区河道综合整治列入2002年为民办实事项目，完成清淤12公里，截流排污口34个。
此复。
东江市环境保护局
二○○二年八月二日
""")
    expect(
        doc,
        kind="reply",
        title="关于对市政协九届五次会议第198号提案的答复意见",
        recipients=("熊某某委员",),
        ref=("政协", "市", 9, 5, "198", "提案", "关于治理城区河道污染的提案", []),
        closing="此复。",
        signature=(("东江市环境保护局",), "2002-08-02", "二○○二年八月二日"),
    )


def test_a_2003_request_numbered_with_zi_and_di_in_square_brackets() -> None:
    doc = checked("""\
北原县教育局
北教字[2003]第8号
北原县教育局关于申请解决农村中小学危房改造资金的请示
县人民政府：
经排查，全县农村中小学现有D级危房1.6万平方米，改造需资金960万元。恳请县政府给予支持。
当否，请批示。
北原县教育局
二〇〇三年三月十日
""")
    expect(
        doc,
        kind="request",
        issuer="北原县教育局",
        number=("北教字[2003]第8号", "北教字", 2003, 8),
        title="北原县教育局关于申请解决农村中小学危房改造资金的请示",
        recipients=("县人民政府",),
        closing="当否，请批示。",
        signature=(("北原县教育局",), "2003-03-10", "二〇〇三年三月十日"),
    )


def test_a_2000_decision_dated_with_letter_o_for_every_zero() -> None:
    doc = checked("""\
中共东江市委
东江市人民政府
关于表彰1999年度招商引资先进单位的决定
各县（市、区）委、人民政府，市直各单位：
1999年，全市招商引资工作取得显著成绩，实际利用外资2.3亿美元。市委、市政府决定，对东城区等8个先进单位予以通报表彰。
中共东江市委　　东江市人民政府
二OOO年二月十六日
""")
    expect(
        doc,
        kind="decision",
        title="中共东江市委东江市人民政府关于表彰1999年度招商引资先进单位的决定",
        # corrected after the first run: written by hand as one addressee, but the contract's splitting
        # rule parts it at 、, both sides being organ names of three characters or more ending in 委 and
        # 政府 (an open question in the round's report: 人民政府 alone loses its 各县)
        recipients=("各县（市、区）委", "人民政府", "市直各单位"),
        signature=(("中共东江市委", "东江市人民政府"), "2000-02-16", "二OOO年二月十六日"),
    )


def test_a_2004_answer_from_a_planning_commission_of_the_old_organ_names() -> None:
    doc = checked("""\
平阳县计划委员会
平计字〔2004〕23号
关于县十四届人大二次会议第31号建议的答复
方某某代表：
您提出的关于建设县城第二水厂的建议收悉。现答复如下：
县城第二水厂项目已列入县“十五”计划，目前正在进行可行性研究，预计2005年开工建设。
特此答复。
平阳县计划委员会
二〇〇四年六月八日
抄送：县人大常委会代表工作委员会，县政府办公室。
""")
    expect(
        doc,
        kind="reply",
        issuer="平阳县计划委员会",
        number=("平计字〔2004〕23号", "平计字", 2004, 23),
        title="关于县十四届人大二次会议第31号建议的答复",
        recipients=("方某某代表",),
        ref=("人大", "县", 14, 2, "31", "建议", "关于建设县城第二水厂的建议", []),
        closing="特此答复。",
        signature=(("平阳县计划委员会",), "2004-06-08", "二〇〇四年六月八日"),
        imprint=(("县人大常委会代表工作委员会", "县政府办公室"), None, None),
    )


def test_a_1998_notice_with_subject_words_copied_up_and_across_and_printed_on_an_ideograph_date() -> None:
    doc = checked("""\
东江市人民政府文件
东政发〔1998〕45号
东江市人民政府关于做好1998年抗洪救灾工作的通知
各县（市、区）人民政府，市政府各部门：
入汛以来，我市连降暴雨，部分县（市、区）遭受严重洪涝灾害。各地要立即组织力量，全力做好抗洪抢险和救灾工作。
东江市人民政府
一九九八年七月二日
主题词：防汛　救灾　通知
抄报：省人民政府办公厅。
抄送：市委办公室，市人大常委会办公室，市政协办公室，东江军分区。
东江市人民政府办公室　　　　一九九八年七月三日印发
""")
    expect(
        doc,
        kind="notice",
        issuer="东江市人民政府",
        number=("东政发〔1998〕45号", "东政发", 1998, 45),
        title="东江市人民政府关于做好1998年抗洪救灾工作的通知",
        recipients=("各县（市、区）人民政府", "市政府各部门"),
        signature=(("东江市人民政府",), "1998-07-02", "一九九八年七月二日"),
        imprint=(
            ("省人民政府办公厅", "市委办公室", "市人大常委会办公室", "市政协办公室", "东江军分区"),
            "东江市人民政府办公室",
            "1998-07-03",
        ),
    )


def test_a_2026_answer_from_a_subdistrict_to_a_deputies_suggestion_made_in_a_liaison_station() -> None:
    doc = checked("""\
关于区十八届人大五次会议第0066号建议的答复
蒋某某代表：
您在代表联络站收集群众意见后提出的《关于改善锦绣社区停车难的建议》收悉。现答复如下：
街道已协调辖区3家单位错时开放停车位260个，并在锦绣社区周边道路施划夜间停车泊位140个。
感谢您对街道工作的关心和支持！
锦绣街道办事处
2026年3月18日
""")
    expect(
        doc,
        kind="reply",
        title="关于区十八届人大五次会议第0066号建议的答复",
        recipients=("蒋某某代表",),
        ref=("人大", "区", 18, 5, "0066", "建议", "关于改善锦绣社区停车难的建议", []),
        closing="感谢您对街道工作的关心和支持！",
        signature=(("锦绣街道办事处",), "2026-03-18", "2026年3月18日"),
    )


# --- batch 13 (written before the parser ran on it) ----------------------------------------------


def test_a_title_naming_a_party_committees_collective_proposal_after_the_meeting() -> None:
    doc = checked("""\
关于市政协十三届四次会议民进北原市委员会第12号集体提案的答复
民进北原市委员会：
贵委提出的《关于加强乡村教师队伍建设的提案》收悉。现答复如下：
2021年全市招聘乡村教师680名，乡村教师生活补助提高到每月600元。
感谢贵委对教育工作的关心和支持！
北原市教育局
2021年7月2日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十三届四次会议民进北原市委员会第12号集体提案的答复",
        recipients=("民进北原市委员会",),
        ref=("政协", "市", 13, 4, "12", "提案", "关于加强乡村教师队伍建设的提案", ["民进北原市委员会"]),
        closing="感谢贵委对教育工作的关心和支持！",
        signature=(("北原市教育局",), "2021-07-02", "2021年7月2日"),
    )


def test_a_portal_answer_whose_table_gives_keywords_and_written_and_published_dates() -> None:
    doc = checked("""\
索引号：000014349/2023-01234
关键词：建议；答复；养老
成文日期：2023-07-20
发布日期：2023-07-28
关于市十七届人大二次会议第0288号建议的答复
焦某某代表：
您提出的《关于发展社区嵌入式养老服务的建议》收悉。现答复如下：
今年全市新建社区嵌入式养老服务中心22个，新增养老床位1100张。
感谢您对民政工作的关心和支持！
北原市民政局
2023年7月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于市十七届人大二次会议第0288号建议的答复",
        metadata={
            "索引号": "000014349/2023-01234",
            "关键词": "建议；答复；养老",
            "成文日期": "2023-07-20",
            "发布日期": "2023-07-28",
        },
        recipients=("焦某某代表",),
        ref=("人大", "市", 17, 2, "0288", "建议", "关于发展社区嵌入式养老服务的建议", []),
        closing="感谢您对民政工作的关心和支持！",
        signature=(("北原市民政局",), "2023-07-20", "2023年7月20日"),
    )


def test_a_subdistricts_co_handling_opinion_to_a_district_bureau_with_a_staff_contact() -> None:
    doc = checked("""\
关于区十六届人大三次会议第0149号建议的协办意见
区住房和城市建设局：
区十六届人大三次会议第0149号建议《关于加快老旧小区加装电梯的建议》由你局主办，我街道协办。现将协办意见函告如下：
街道已完成辖区12个老旧小区加装电梯意愿摸排，其中5个小区达成加装意向。
以上协办意见，请酌处。
东湖街道办事处
2022年5月18日
经办人：雷某某；电话：0731-84561234
""")
    expect(
        doc,
        kind="reply",
        title="关于区十六届人大三次会议第0149号建议的协办意见",
        recipients=("区住房和城市建设局",),
        ref=("人大", "区", 16, 3, "0149", "建议", "关于加快老旧小区加装电梯的建议", []),
        closing="以上协办意见，请酌处。",
        signature=(("东湖街道办事处",), "2022-05-18", "2022年5月18日"),
        contact={"name": "雷某某", "phones": ("0731-84561234",)},
    )


def test_a_title_naming_the_non_party_sector_as_the_proposer_after_the_meeting() -> None:
    doc = checked("""\
关于县政协十届四次会议无党派人士界别第6号提案的答复
县政协无党派人士界别：
贵界别提出的《关于规范农村建房管理的提案》收悉。现答复如下：
我局已出台农村村民住宅建设管理办法，今年办理农村建房审批1260宗。
特此答复。
溪口县自然资源局
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协十届四次会议无党派人士界别第6号提案的答复",
        recipients=("县政协无党派人士界别",),
        ref=("政协", "县", 10, 4, "6", "提案", "关于规范农村建房管理的提案", ["无党派人士界别"]),
        closing="特此答复。",
        signature=(("溪口县自然资源局",), "2024-06-28", "2024年6月28日"),
    )


def test_an_answer_to_a_delegations_motion_numbered_after_the_delegation() -> None:
    doc = checked("""\
关于县十七届人大五次会议城关代表团第1号议案的答复
城关代表团：
贵代表团提出的《关于加快县城集中供热工程建设的议案》，经大会主席团决定交县人民政府办理。现答复如下：
县城集中供热工程已完成管网铺设28公里，今年供暖季实现供热面积120万平方米。
感谢各位代表对县政府工作的关心和支持！
溪口县人民政府
2019年10月9日
""")
    expect(
        doc,
        kind="reply",
        title="关于县十七届人大五次会议城关代表团第1号议案的答复",
        recipients=("城关代表团",),
        ref=("人大", "县", 17, 5, "1", "议案", "关于加快县城集中供热工程建设的议案", []),
        closing="感谢各位代表对县政府工作的关心和支持！",
        signature=(("溪口县人民政府",), "2019-10-09", "2019年10月9日"),
    )


def test_an_answer_dated_in_the_first_month_written_yuan_yue() -> None:
    doc = checked("""\
关于镇十八届人大五次会议第3号建议的答复
施某某代表：
您提出的《关于整治集镇农贸市场周边交通秩序的建议》收悉。现答复如下：
镇政府已在农贸市场周边设置临时停车区2处，安排协管员4名，集镇交通秩序明显好转。
此复。
青石镇人民政府
二〇二〇年元月八日
""")
    expect(
        doc,
        kind="reply",
        title="关于镇十八届人大五次会议第3号建议的答复",
        recipients=("施某某代表",),
        ref=("人大", "镇", 18, 5, "3", "建议", "关于整治集镇农贸市场周边交通秩序的建议", []),
        closing="此复。",
        signature=(("青石镇人民政府",), "2020-01-08", "二〇二〇年元月八日"),
    )


def test_a_title_naming_members_who_proposed_jointly_before_the_number() -> None:
    doc = checked("""\
关于对孟某某等4位委员联名提出的第0061号提案的答复
孟某某委员：
您与其他3位委员联名提出的《关于加强城市内涝治理的提案》收悉。现答复如下：
今年我局完成城区易涝点改造18处，新建雨水管网26公里。
感谢您对城市建设工作的关心和支持！
北原市住房和城乡建设局
2024年7月5日
""")
    expect(
        doc,
        kind="reply",
        title="关于对孟某某等4位委员联名提出的第0061号提案的答复",
        recipients=("孟某某委员",),
        ref=(None, None, None, None, "0061", "提案", "关于加强城市内涝治理的提案", ["孟某某"]),
        closing="感谢您对城市建设工作的关心和支持！",
        signature=(("北原市住房和城乡建设局",), "2024-07-05", "2024年7月5日"),
    )


def test_an_answer_whose_contact_line_stands_before_its_closing() -> None:
    doc = checked("""\
关于区政协九届二次会议第0208号提案的答复
钱某某委员：
您提出的《关于加强社区托育服务的提案》收悉。现答复如下：
今年全区新增普惠托位860个，建成社区托育点14个。
联系人：韩某某，联系电话：0571-87651234
特此答复。
北湖区卫生健康局
2023年6月21日
""")
    expect(
        doc,
        kind="reply",
        title="关于区政协九届二次会议第0208号提案的答复",
        recipients=("钱某某委员",),
        ref=("政协", "区", 9, 2, "0208", "提案", "关于加强社区托育服务的提案", []),
        closing="特此答复。",
        signature=(("北湖区卫生健康局",), "2023-06-21", "2023年6月21日"),
        contact={"name": "韩某某", "phones": ("0571-87651234",)},
        last="今年全区新增普惠托位860个，建成社区托育点14个。",
    )
