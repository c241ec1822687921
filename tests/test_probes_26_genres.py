"""Round-26 blind probes of the header and trailer variety across the genre. Header and trailer only.

(Docstring written in full once the first look is counted.)
"""

from __future__ import annotations

from collections.abc import Callable

import govdoc
from tests.probing import Tallied, checked
from tests.test_probes_23_genres import expect as expect23
from tests.test_probes_25_genres import MORE as MORE25

# Fields this round reads beyond tests/probing.py's, round 23's and round 25's.
MORE: dict[str, Callable[[govdoc.Document], object]] = {
    **MORE25,
    "faxes": lambda d: None if d.contact is None else tuple(d.contact.faxes),
    "persons": lambda d: None if d.signature is None else tuple((p.post, p.name) for p in d.signature.persons),
    "distribution": lambda d: d.header.distribution,
}

# Round 23's expect() with round 25's and this round's fields; `expect.tally` holds (checks compared, checks
# wrong) of every call, for the first-look count.
expect = Tallied(expect23, MORE)
TALLY = expect.tally


# --- batch 1 (written before the parser ran on it): answering bodies in places and ranks not tried -------------
# a 盟's bureau answering the 盟政协, a 旗's government office answering the 旗人大, a 苏木 answering a 旗 deputy, an
# 自治州's bureau, an 自治区's 厅, a 兵团 师市's bureau, a 地震局, a county 档案馆, a 公交集团有限责任公司, a 盟行政公署办公室.


def test_a_leagues_bureau_answers_a_league_cppcc_proposal() -> None:
    doc = checked("""\
锡林郭勒盟生态环境局
锡环函〔2024〕27号
关于盟政协四届三次会议第052号提案的答复
乌某某委员：
您提出的《关于加强草原生态保护修复的提案》收悉，现答复如下：
我局今年会同林草、农牧部门完成退化草原修复治理68万亩，草原综合植被盖度达到百分之四十五。
下一步，我局将继续推进草畜平衡和禁牧休牧制度落实。
感谢您对生态环境工作的关心和支持！
锡林郭勒盟生态环境局
2024年7月8日
""")
    expect(
        doc,
        kind="reply",
        issuer="锡林郭勒盟生态环境局",
        number=("锡环函〔2024〕27号", "锡环函", 2024, 27),
        title="关于盟政协四届三次会议第052号提案的答复",
        recipients=("乌某某委员",),
        ref=("政协", "盟", 4, 3, "052", "提案", "关于加强草原生态保护修复的提案", []),
        closing="感谢您对生态环境工作的关心和支持！",
        signature=(("锡林郭勒盟生态环境局",), "2024-07-08", "2024年7月8日"),
        unplaced=False,
    )


def test_a_banners_government_office_answers_a_banner_deputy() -> None:
    doc = checked("""\
阿鲁科尔沁旗人民政府办公室
阿政办字〔2024〕31号
关于旗十八届人大三次会议第26号建议的答复
宝某某代表：
您提出的《关于改善嘎查村饮水条件的建议》收悉，现答复如下：
旗政府今年投入资金2100万元，实施农村牧区供水保障工程，解决了37个嘎查村的饮水问题。
感谢您对旗政府工作的关心和支持！
阿鲁科尔沁旗人民政府办公室
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="阿鲁科尔沁旗人民政府办公室",
        number=("阿政办字〔2024〕31号", "阿政办字", 2024, 31),
        title="关于旗十八届人大三次会议第26号建议的答复",
        recipients=("宝某某代表",),
        ref=("人大", "旗", 18, 3, "26", "建议", "关于改善嘎查村饮水条件的建议", []),
        closing="感谢您对旗政府工作的关心和支持！",
        signature=(("阿鲁科尔沁旗人民政府办公室",), "2024-06-26", "2024年6月26日"),
        unplaced=False,
    )


def test_a_sumus_government_answers_a_banner_deputy_under_its_name() -> None:
    doc = checked("""\
巴彦塔拉苏木人民政府
关于旗十八届人大三次会议第41号建议的答复
那某某代表：
您提出的《关于修缮苏木所在地排水设施的建议》收悉，现答复如下：
苏木今年已完成主街排水管网改造1.2公里，雨季积水问题基本解决。
特此答复。
巴彦塔拉苏木人民政府
2024年6月18日
""")
    expect(
        doc,
        kind="reply",
        issuer="巴彦塔拉苏木人民政府",
        number=None,
        title="巴彦塔拉苏木人民政府关于旗十八届人大三次会议第41号建议的答复",
        recipients=("那某某代表",),
        ref=("人大", "旗", 18, 3, "41", "建议", "关于修缮苏木所在地排水设施的建议", []),
        closing="特此答复。",
        signature=(("巴彦塔拉苏木人民政府",), "2024-06-18", "2024年6月18日"),
        unplaced=False,
    )


def test_an_autonomous_prefectures_bureau_answers_a_prefecture_deputy() -> None:
    doc = checked("""\
延边朝鲜族自治州住房和城乡建设局
延州建函〔2024〕19号
关于州十六届人大三次会议第0063号建议的答复
金某某代表：
您提出的《关于加快老旧小区加装电梯的建议》收悉，现答复如下：
全州今年完成既有住宅加装电梯56部，惠及居民1100余户。
感谢您对住房和城乡建设工作的关心和支持！
延边朝鲜族自治州住房和城乡建设局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="延边朝鲜族自治州住房和城乡建设局",
        number=("延州建函〔2024〕19号", "延州建函", 2024, 19),
        title="关于州十六届人大三次会议第0063号建议的答复",
        recipients=("金某某代表",),
        ref=("人大", "州", 16, 3, "0063", "建议", "关于加快老旧小区加装电梯的建议", []),
        closing="感谢您对住房和城乡建设工作的关心和支持！",
        signature=(("延边朝鲜族自治州住房和城乡建设局",), "2024-07-03", "2024年7月3日"),
        unplaced=False,
    )


def test_an_autonomous_regions_department_answers_a_regional_member() -> None:
    doc = checked("""\
宁夏回族自治区文化和旅游厅
宁文旅函〔2024〕104号
关于自治区政协十二届二次会议第0412号提案的答复
马某某委员：
您提出的《关于加强西夏陵遗址保护利用的提案》收悉。经认真研究，现答复如下：
我厅今年争取中央和自治区资金1.3亿元，用于遗址本体保护和展示利用工程。
感谢您对文化和旅游工作的关心和支持！
宁夏回族自治区文化和旅游厅
2024年6月29日
""")
    expect(
        doc,
        kind="reply",
        issuer="宁夏回族自治区文化和旅游厅",
        number=("宁文旅函〔2024〕104号", "宁文旅函", 2024, 104),
        title="关于自治区政协十二届二次会议第0412号提案的答复",
        recipients=("马某某委员",),
        ref=("政协", "自治区", 12, 2, "0412", "提案", "关于加强西夏陵遗址保护利用的提案", []),
        closing="感谢您对文化和旅游工作的关心和支持！",
        signature=(("宁夏回族自治区文化和旅游厅",), "2024-06-29", "2024年6月29日"),
        unplaced=False,
    )


def test_a_corps_division_citys_bureau_answers_the_division_citys_cppcc() -> None:
    doc = checked("""\
第八师石河子市农业农村局
师市农函〔2024〕12号
关于师市政协二届三次会议第0031号提案的答复
热某某委员：
您提出的《关于推进团场高标准农田建设的提案》收悉，现答复如下：
师市今年新建高标准农田18万亩，节水灌溉面积占比达到百分之九十五。
感谢您对农业农村工作的关心和支持！
第八师石河子市农业农村局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="第八师石河子市农业农村局",
        number=("师市农函〔2024〕12号", "师市农函", 2024, 12),
        title="关于师市政协二届三次会议第0031号提案的答复",
        recipients=("热某某委员",),
        # 师市 is the division and the city as one, its name ending in 市 (README, schema 1.7): 市
        ref=("政协", "市", 2, 3, "0031", "提案", "关于推进团场高标准农田建设的提案", []),
        closing="感谢您对农业农村工作的关心和支持！",
        signature=(("第八师石河子市农业农村局",), "2024-07-01", "2024年7月1日"),
        unplaced=False,
    )


def test_an_earthquake_bureau_answers_with_an_office_phone_and_a_mobile() -> None:
    doc = checked("""\
榕溪市地震局
榕震函〔2024〕6号
关于市政协十三届三次会议第0263号提案的答复
邓某某委员：
您提出的《关于加强中小学校舍抗震设防的提案》收悉，现答复如下：
我局今年会同教育部门完成全市中小学校舍抗震性能普查，对42栋校舍提出了加固建议。
感谢您对防震减灾工作的关心和支持！
榕溪市地震局
2024年6月25日
联系人：牛某某　办公电话：0591-87611025　手机：13805012876
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市地震局",
        number=("榕震函〔2024〕6号", "榕震函", 2024, 6),
        title="关于市政协十三届三次会议第0263号提案的答复",
        recipients=("邓某某委员",),
        ref=("政协", "市", 13, 3, "0263", "提案", "关于加强中小学校舍抗震设防的提案", []),
        closing="感谢您对防震减灾工作的关心和支持！",
        signature=(("榕溪市地震局",), "2024-06-25", "2024年6月25日"),
        contact={"name": "牛某某", "phones": ("0591-87611025", "13805012876")},
        unplaced=False,
    )


def test_a_county_archives_answers_under_its_name_over_the_title() -> None:
    doc = checked("""\
柏山县档案馆
关于县政协十届三次会议第087号提案的答复
祁某某委员：
您提出的《关于抢救保护乡村老档案的提案》收悉，现答复如下：
我馆今年征集散存民间的地契、族谱等档案资料1300余件，完成数字化扫描9万余页。
感谢您对档案工作的关心和支持！
柏山县档案馆
2024年6月13日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县档案馆",
        number=None,
        title="柏山县档案馆关于县政协十届三次会议第087号提案的答复",
        recipients=("祁某某委员",),
        ref=("政协", "县", 10, 3, "087", "提案", "关于抢救保护乡村老档案的提案", []),
        closing="感谢您对档案工作的关心和支持！",
        signature=(("柏山县档案馆",), "2024-06-13", "2024年6月13日"),
        unplaced=False,
    )


def test_a_public_transport_group_company_answers_a_deputy() -> None:
    doc = checked("""\
榕溪市公共交通集团有限责任公司
榕公交司〔2024〕45号
关于市十七届人大三次会议第0321号建议的答复
简某某代表：
您提出的《关于优化城郊公交线路的建议》收悉，现答复如下：
公司今年新开和调整城郊线路14条，新增站点63个，城郊群众平均候车时间缩短到12分钟。
感谢您对公共交通工作的关心和支持！
榕溪市公共交通集团有限责任公司
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市公共交通集团有限责任公司",
        number=("榕公交司〔2024〕45号", "榕公交司", 2024, 45),
        title="关于市十七届人大三次会议第0321号建议的答复",
        recipients=("简某某代表",),
        ref=("人大", "市", 17, 3, "0321", "建议", "关于优化城郊公交线路的建议", []),
        closing="感谢您对公共交通工作的关心和支持！",
        signature=(("榕溪市公共交通集团有限责任公司",), "2024-06-20", "2024年6月20日"),
        unplaced=False,
    )


def test_a_league_administrative_offices_office_answers_with_a_copies_line() -> None:
    doc = checked("""\
兴安盟行政公署办公室
兴署办函〔2024〕58号
关于盟政协四届三次会议第0017号提案的答复
白某某委员：
您提出的《关于发展盟内全域旅游的提案》收悉，现答复如下：
行署今年安排旅游发展专项资金3000万元，支持阿尔山等重点景区提档升级。
感谢您对行署工作的关心和支持！
兴安盟行政公署办公室
2024年7月5日
抄送：盟文化旅游体育局，盟财政局。
兴安盟行政公署办公室　　　　　2024年7月5日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="兴安盟行政公署办公室",
        number=("兴署办函〔2024〕58号", "兴署办函", 2024, 58),
        title="关于盟政协四届三次会议第0017号提案的答复",
        recipients=("白某某委员",),
        ref=("政协", "盟", 4, 3, "0017", "提案", "关于发展盟内全域旅游的提案", []),
        closing="感谢您对行署工作的关心和支持！",
        signature=(("兴安盟行政公署办公室",), "2024-07-05", "2024年7月5日"),
        imprint=(("盟文化旅游体育局", "盟财政局"), "兴安盟行政公署办公室", "2024-07-05"),
        unplaced=False,
    )


# --- batch 2 (written before the parser ran on it): references and titles in new wordings -----------------------
# the committee's formal name with its place (政协柏山县第十届委员会第三次会议), the congress's (柏山县第十八届人民代表
# 大会第三次会议), the member named before the number without 所提, the proposal's title with its number in brackets,
# the number before the body (第0155号政协提案), 关于办理…建议的答复, …提案办理情况的函, 届 and 次 in Arabic figures,
# 三次全体会议, a number without 第.


def test_the_cppccs_formal_name_with_its_county_in_the_title() -> None:
    doc = checked("""\
柏山县交通运输局
柏交函〔2024〕22号
关于政协柏山县第十届委员会第三次会议第058号提案的答复
桂某某委员：
您提出的《关于加强农村公路安全防护设施建设的提案》收悉，现答复如下：
我局今年完成农村公路生命安全防护工程186公里，整治临水临崖危险路段43处。
感谢您对交通运输工作的关心和支持！
柏山县交通运输局
2024年6月17日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县交通运输局",
        number=("柏交函〔2024〕22号", "柏交函", 2024, 22),
        title="关于政协柏山县第十届委员会第三次会议第058号提案的答复",
        recipients=("桂某某委员",),
        ref=("政协", "县", 10, 3, "058", "提案", "关于加强农村公路安全防护设施建设的提案", []),
        closing="感谢您对交通运输工作的关心和支持！",
        signature=(("柏山县交通运输局",), "2024-06-17", "2024年6月17日"),
        unplaced=False,
    )


def test_the_congresss_formal_name_with_its_county_in_the_title() -> None:
    doc = checked("""\
柏山县水利局
柏水函〔2024〕18号
关于柏山县第十八届人民代表大会第三次会议第0031号建议的答复
谭某某代表：
您提出的《关于加固病险山塘水库的建议》收悉，现答复如下：
我局今年完成病险山塘整治21座、小型水库除险加固6座，汛前全部完工。
感谢您对水利工作的关心和支持！
柏山县水利局
2024年6月12日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县水利局",
        number=("柏水函〔2024〕18号", "柏水函", 2024, 18),
        title="关于柏山县第十八届人民代表大会第三次会议第0031号建议的答复",
        recipients=("谭某某代表",),
        ref=("人大", "县", 18, 3, "0031", "建议", "关于加固病险山塘水库的建议", []),
        closing="感谢您对水利工作的关心和支持！",
        signature=(("柏山县水利局",), "2024-06-12", "2024年6月12日"),
        unplaced=False,
    )


def test_the_member_named_before_the_number_in_the_title() -> None:
    doc = checked("""\
榕溪市体育局
榕体函〔2024〕9号
关于卫某某委员第0045号提案的答复
卫某某委员：
您在市政协十三届三次会议上提出的《关于推进全民健身场地设施建设的提案》收悉，现答复如下：
全市今年新建社区多功能运动场28个、健身步道61公里，人均体育场地面积达到2.6平方米。
感谢您对体育工作的关心和支持！
榕溪市体育局
2024年6月24日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市体育局",
        number=("榕体函〔2024〕9号", "榕体函", 2024, 9),
        title="关于卫某某委员第0045号提案的答复",
        recipients=("卫某某委员",),
        ref=("政协", "市", 13, 3, "0045", "提案", "关于推进全民健身场地设施建设的提案", ["卫某某"]),
        closing="感谢您对体育工作的关心和支持！",
        signature=(("榕溪市体育局",), "2024-06-24", "2024年6月24日"),
        unplaced=False,
    )


def test_the_proposals_title_with_its_number_in_brackets_in_the_title() -> None:
    doc = checked("""\
榕溪市城市管理局
榕城管函〔2024〕31号
关于《关于完善城区停车设施的建议》（第0219号）的答复
司某某代表：
您在市十七届人大三次会议期间提出的《关于完善城区停车设施的建议》收悉，现答复如下：
我局今年新增城区路内停车泊位2600个，建成智慧停车管理平台，实现空余泊位实时查询。
感谢您对城市管理工作的关心和支持！
榕溪市城市管理局
2024年7月1日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市城市管理局",
        number=("榕城管函〔2024〕31号", "榕城管函", 2024, 31),
        title="关于《关于完善城区停车设施的建议》（第0219号）的答复",
        recipients=("司某某代表",),
        ref=("人大", "市", 17, 3, "0219", "建议", "关于完善城区停车设施的建议", []),
        closing="感谢您对城市管理工作的关心和支持！",
        signature=(("榕溪市城市管理局",), "2024-07-01", "2024年7月1日"),
        unplaced=False,
    )


def test_the_number_before_the_body_in_the_title() -> None:
    doc = checked("""\
榕溪市司法局
榕司函〔2024〕14号
关于第0155号政协提案的答复
阮某某委员：
您在市政协十三届三次会议上提出的《关于加强村居法律顾问工作的提案》收悉，现答复如下：
全市1860个村（社区）今年全部配备法律顾问，开展法治讲座4200余场。
感谢您对司法行政工作的关心和支持！
榕溪市司法局
2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市司法局",
        number=("榕司函〔2024〕14号", "榕司函", 2024, 14),
        title="关于第0155号政协提案的答复",
        recipients=("阮某某委员",),
        ref=("政协", "市", 13, 3, "0155", "提案", "关于加强村居法律顾问工作的提案", []),
        closing="感谢您对司法行政工作的关心和支持！",
        signature=(("榕溪市司法局",), "2024-06-21", "2024年6月21日"),
        unplaced=False,
    )


def test_a_title_saying_banli_after_guan_yu() -> None:
    doc = checked("""\
榕溪市人力资源和社会保障局
榕人社函〔2024〕52号
关于办理市十七届人大三次会议第0066号建议的答复
滕某某代表：
您提出的《关于加强新就业形态劳动者权益保障的建议》收悉，现答复如下：
我局今年在全市推行新就业形态劳动者职业伤害保障试点，已有3.2万名外卖、快递从业人员参保。
感谢您对人力资源和社会保障工作的关心和支持！
榕溪市人力资源和社会保障局
2024年6月28日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市人力资源和社会保障局",
        number=("榕人社函〔2024〕52号", "榕人社函", 2024, 52),
        title="关于办理市十七届人大三次会议第0066号建议的答复",
        recipients=("滕某某代表",),
        ref=("人大", "市", 17, 3, "0066", "建议", "关于加强新就业形态劳动者权益保障的建议", []),
        closing="感谢您对人力资源和社会保障工作的关心和支持！",
        signature=(("榕溪市人力资源和社会保障局",), "2024-06-28", "2024年6月28日"),
        unplaced=False,
    )


def test_a_title_ending_in_banli_qingkuang_de_han_is_a_letter() -> None:
    doc = checked("""\
榕溪市市场监督管理局
榕市监函〔2024〕40号
关于市政协十三届三次会议第0171号提案办理情况的函
岑某某委员：
您提出的《关于加强校园食品安全监管的提案》收悉，现将办理情况函告如下：
我局今年对全市中小学、幼儿园食堂开展全覆盖检查，“明厨亮灶”覆盖率达到百分之百。
感谢您对市场监管工作的关心和支持！
榕溪市市场监督管理局
2024年7月2日
""")
    expect(
        doc,
        kind="letter",
        issuer="榕溪市市场监督管理局",
        number=("榕市监函〔2024〕40号", "榕市监函", 2024, 40),
        title="关于市政协十三届三次会议第0171号提案办理情况的函",
        recipients=("岑某某委员",),
        ref=("政协", "市", 13, 3, "0171", "提案", "关于加强校园食品安全监管的提案", []),
        closing="感谢您对市场监管工作的关心和支持！",
        signature=(("榕溪市市场监督管理局",), "2024-07-02", "2024年7月2日"),
        unplaced=False,
    )


def test_the_term_and_session_in_arabic_figures() -> None:
    doc = checked("""\
柏山县卫生健康局
柏卫函〔2024〕15号
关于县第18届人大第3次会议第0105号建议的答复
甘某某代表：
您提出的《关于加强村卫生室建设的建议》收悉，现答复如下：
我县今年新建和改扩建标准化村卫生室24个，全县村卫生室实现医保结算全覆盖。
感谢您对卫生健康工作的关心和支持！
柏山县卫生健康局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县卫生健康局",
        number=("柏卫函〔2024〕15号", "柏卫函", 2024, 15),
        title="关于县第18届人大第3次会议第0105号建议的答复",
        recipients=("甘某某代表",),
        ref=("人大", "县", 18, 3, "0105", "建议", "关于加强村卫生室建设的建议", []),
        closing="感谢您对卫生健康工作的关心和支持！",
        signature=(("柏山县卫生健康局",), "2024-06-19", "2024年6月19日"),
        unplaced=False,
    )


def test_a_plenary_session_named_quanti_huiyi() -> None:
    doc = checked("""\
柏山县民政局
柏民函〔2024〕11号
关于县政协十届三次全体会议第071号提案的答复
夏某某委员：
您提出的《关于发展农村互助养老的提案》收悉，现答复如下：
我局今年新建农村幸福院19个，全县农村互助养老服务设施覆盖率达到百分之七十二。
感谢您对民政工作的关心和支持！
柏山县民政局
2024年6月15日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县民政局",
        number=("柏民函〔2024〕11号", "柏民函", 2024, 11),
        title="关于县政协十届三次全体会议第071号提案的答复",
        recipients=("夏某某委员",),
        ref=("政协", "县", 10, 3, "071", "提案", "关于发展农村互助养老的提案", []),
        closing="感谢您对民政工作的关心和支持！",
        signature=(("柏山县民政局",), "2024-06-15", "2024年6月15日"),
        unplaced=False,
    )


def test_a_proposal_number_written_without_di() -> None:
    doc = checked("""\
榕溪市生态环境局
榕环函〔2024〕37号
关于市政协十三届三次会议0093号提案的答复
邵某某委员：
您提出的《关于加强餐饮油烟污染治理的提案》收悉，现答复如下：
我局今年督促城区1200余家餐饮单位安装油烟净化设施，油烟扰民投诉同比下降百分之三十一。
感谢您对生态环境工作的关心和支持！
榕溪市生态环境局
2024年6月26日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市生态环境局",
        number=("榕环函〔2024〕37号", "榕环函", 2024, 37),
        title="关于市政协十三届三次会议0093号提案的答复",
        recipients=("邵某某委员",),
        ref=("政协", "市", 13, 3, "0093", "提案", "关于加强餐饮油烟污染治理的提案", []),
        closing="感谢您对生态环境工作的关心和支持！",
        signature=(("榕溪市生态环境局",), "2024-06-26", "2024年6月26日"),
        unplaced=False,
    )


# --- batch 3 (written before the parser ran on it): 文号 shapes and head rows not tried --------------------------
# a PDF copy's letter-spaced agency code, ［2024］ in full-width square brackets, a 文号： row and a 复文号： row under
# the letterhead, a 团场's ideograph agency code (一五〇团函), a 镇's whole name as its agency code, a portal's
# [ 索引号 ] rows in square brackets, 答复结果：B类（…）, 信息公开属性：主动公开, 办理结果：已采纳.


def test_a_pdf_copys_letter_spaced_agency_code() -> None:
    doc = checked("""\
柏山县气象局
柏 气 函〔2024〕8号
关于县十八届人大三次会议第0047号建议的答复
覃某某代表：
您提出的《关于加强山区冰雹灾害监测预警的建议》收悉，现答复如下：
我局今年在冰雹多发乡镇新建X波段天气雷达1部、自动气象站12个，预警信息提前量达到40分钟。
感谢您对气象工作的关心和支持！
柏山县气象局
2024年6月10日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县气象局",
        number=("柏气函〔2024〕8号", "柏气函", 2024, 8),
        title="关于县十八届人大三次会议第0047号建议的答复",
        recipients=("覃某某代表",),
        ref=("人大", "县", 18, 3, "0047", "建议", "关于加强山区冰雹灾害监测预警的建议", []),
        signature=(("柏山县气象局",), "2024-06-10", "2024年6月10日"),
        unplaced=False,
    )


def test_a_number_in_full_width_square_brackets() -> None:
    doc = checked("""\
柏山县档案局
柏档函［2024］7号
关于县政协十届三次会议第064号提案的答复
詹某某委员：
您提出的《关于加快推进档案数字化的提案》收悉，现答复如下：
我局今年完成县直单位馆藏档案数字化28万卷，建成县级数字档案馆系统。
感谢您对档案工作的关心和支持！
柏山县档案局
2024年6月14日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县档案局",
        number=("柏档函［2024］7号", "柏档函", 2024, 7),
        title="关于县政协十届三次会议第064号提案的答复",
        recipients=("詹某某委员",),
        signature=(("柏山县档案局",), "2024-06-14", "2024年6月14日"),
        unplaced=False,
    )


def test_a_wenhao_row_under_the_letterhead() -> None:
    doc = checked("""\
榕溪市气象局
文号：榕气函〔2024〕16号
关于市十七届人大三次会议第0158号建议的答复
邢某某代表：
您提出的《关于提升城市内涝气象预警能力的建议》收悉，现答复如下：
我局今年与应急、水利部门建成城市内涝风险预警联动平台，发布分区预警信息26期。
感谢您对气象工作的关心和支持！
榕溪市气象局
2024年7月3日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市气象局",
        number=("榕气函〔2024〕16号", "榕气函", 2024, 16),
        title="关于市十七届人大三次会议第0158号建议的答复",
        recipients=("邢某某代表",),
        meta_has={"文号": "榕气函〔2024〕16号"},
        signature=(("榕溪市气象局",), "2024-07-03", "2024年7月3日"),
        unplaced=False,
    )


def test_a_fuwenhao_row_under_the_letterhead() -> None:
    doc = checked("""\
榕溪市消防救援支队
复文号：榕消函〔2024〕21号
关于市政协十三届三次会议第0188号提案的答复
钟某某委员：
您提出的《关于加强高层住宅消防安全管理的提案》收悉，现答复如下：
支队今年对全市1900余栋高层住宅开展消防设施检测，督促整改隐患4100余处。
感谢您对消防工作的关心和支持！
榕溪市消防救援支队
2024年6月30日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市消防救援支队",
        number=("榕消函〔2024〕21号", "榕消函", 2024, 21),
        title="关于市政协十三届三次会议第0188号提案的答复",
        recipients=("钟某某委员",),
        meta_has={"复文号": "榕消函〔2024〕21号"},
        signature=(("榕溪市消防救援支队",), "2024-06-30", "2024年6月30日"),
        unplaced=False,
    )


def test_a_regiment_farms_agency_code_in_ideographs() -> None:
    doc = checked("""\
第八师一五〇团
一五〇团函〔2024〕4号
关于师市政协二届三次会议第0059号提案的答复
艾某某委员：
您提出的《关于改善团场职工住房条件的提案》收悉，现答复如下：
团场今年完成职工保障性住房改造160套，连队道路硬化12公里。
感谢您对团场工作的关心和支持！
第八师一五〇团
2024年6月22日
""")
    expect(
        doc,
        kind="reply",
        issuer="第八师一五〇团",
        number=("一五〇团函〔2024〕4号", "一五〇团函", 2024, 4),
        title="关于师市政协二届三次会议第0059号提案的答复",
        recipients=("艾某某委员",),
        signature=(("第八师一五〇团",), "2024-06-22", "2024年6月22日"),
        unplaced=False,
    )


def test_a_townships_whole_name_as_its_agency_code() -> None:
    doc = checked("""\
柏山县柏城镇人民政府
柏城镇〔2024〕18号
关于县十八届人大三次会议第0093号建议的答复
龙某某代表：
您提出的《关于整治镇区农贸市场周边秩序的建议》收悉，现答复如下：
镇政府今年对农贸市场周边占道经营开展集中整治，新划定临时摊点疏导区2处。
感谢您对镇政府工作的关心和支持！
柏山县柏城镇人民政府
2024年6月9日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县柏城镇人民政府",
        number=("柏城镇〔2024〕18号", "柏城镇", 2024, 18),
        title="关于县十八届人大三次会议第0093号建议的答复",
        recipients=("龙某某代表",),
        signature=(("柏山县柏城镇人民政府",), "2024-06-09", "2024年6月9日"),
        unplaced=False,
    )


def test_a_portals_rows_with_labels_in_square_brackets() -> None:
    doc = checked("""\
[ 索引号 ] 11350100003591234K/2024-00156
[ 发布机构 ] 榕溪市税务局
[ 成文日期 ] 2024-06-20
关于市政协十三届三次会议第0131号提案的答复
尹某某委员：
您提出的《关于优化小微企业办税服务的提案》收悉，现答复如下：
我局今年将小微企业常用办税事项全部纳入“非接触式”办理，网上办税率达到百分之九十九。
感谢您对税收工作的关心和支持！
国家税务总局榕溪市税务局
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        title="关于市政协十三届三次会议第0131号提案的答复",
        recipients=("尹某某委员",),
        metadata={
            "索引号": "11350100003591234K/2024-00156",
            "发布机构": "榕溪市税务局",
            "成文日期": "2024-06-20",
        },
        signature=(("国家税务总局榕溪市税务局",), "2024-06-20", "2024年6月20日"),
        unplaced=False,
    )


def test_an_answer_result_row_with_its_wording() -> None:
    doc = checked("""\
柏山县自然资源局
柏自然资函〔2024〕20号
答复结果：B类（正在解决或列入计划解决）
关于县十八届人大三次会议第0036号建议的答复
韦某某代表：
您提出的《关于加快农村宅基地确权登记的建议》收悉，现答复如下：
我局已完成全县宅基地权籍调查，今年底前将完成百分之八十的发证工作。
感谢您对自然资源工作的关心和支持！
柏山县自然资源局
2024年6月20日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县自然资源局",
        number=("柏自然资函〔2024〕20号", "柏自然资函", 2024, 20),
        title="关于县十八届人大三次会议第0036号建议的答复",
        recipients=("韦某某代表",),
        category="B",
        meta_has={"答复结果": "B类（正在解决或列入计划解决）"},
        signature=(("柏山县自然资源局",), "2024-06-20", "2024年6月20日"),
        unplaced=False,
    )


def test_an_information_disclosure_attribute_row() -> None:
    doc = checked("""\
榕溪市统计局
榕统函〔2024〕8号
信息公开属性：主动公开
关于市政协十三届三次会议第0244号提案的答复
蒋某某委员：
您提出的《关于加强数字经济统计监测的提案》收悉，现答复如下：
我局今年建立数字经济核心产业统计监测制度，按季度发布全市数字经济发展情况。
感谢您对统计工作的关心和支持！
榕溪市统计局
2024年7月4日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市统计局",
        number=("榕统函〔2024〕8号", "榕统函", 2024, 8),
        title="关于市政协十三届三次会议第0244号提案的答复",
        recipients=("蒋某某委员",),
        disclosure="主动公开",
        meta_has={"信息公开属性": "主动公开"},
        signature=(("榕溪市统计局",), "2024-07-04", "2024年7月4日"),
        unplaced=False,
    )


def test_a_handling_result_row_saying_adopted() -> None:
    doc = checked("""\
柏山县农业农村局
柏农函〔2024〕26号
办理结果：已采纳
关于县政协十届三次会议第012号提案的答复
黎某某委员：
您提出的《关于扶持家庭农场发展的提案》收悉，现答复如下：
您提出的设立家庭农场贷款贴息的建议已经采纳，今年县财政安排贴息资金300万元。
感谢您对农业农村工作的关心和支持！
柏山县农业农村局
2024年6月16日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县农业农村局",
        number=("柏农函〔2024〕26号", "柏农函", 2024, 26),
        title="关于县政协十届三次会议第012号提案的答复",
        recipients=("黎某某委员",),
        category="A",
        meta_has={"办理结果": "已采纳"},
        signature=(("柏山县农业农村局",), "2024-06-16", "2024年6月16日"),
        unplaced=False,
    )


# --- batch 4 (written before the parser ran on it): closings, 落款, contacts and 版记 not tried --------------------
# 特此答复，谢谢！, 专此函复，顺颂时祺。, 答复单位/答复日期 rows for a 落款, a date in full-width figures, organ and date
# parted by a TAB, a name and a mobile with no phone label, E-mail and 固定电话 labels, 办公地址 with 邮编, a 抄送 of
# 3+-character organs parted by 、, 旗委办、旗人大办 in a 抄送 with a （此件发至苏木镇） note.


def test_a_closing_thanking_after_tece_dafu() -> None:
    doc = checked("""\
榕溪市海洋与渔业局
榕海渔函〔2024〕13号
关于市十七届人大三次会议第0177号建议的答复
柯某某代表：
您提出的《关于加强渔港避风锚地建设的建议》收悉，现答复如下：
我局今年完成两座一级渔港升级改造，新增避风锚地面积30万平方米。
特此答复，谢谢！
榕溪市海洋与渔业局
2024年6月19日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市海洋与渔业局",
        number=("榕海渔函〔2024〕13号", "榕海渔函", 2024, 13),
        title="关于市十七届人大三次会议第0177号建议的答复",
        recipients=("柯某某代表",),
        closing="特此答复，谢谢！",
        signature=(("榕溪市海洋与渔业局",), "2024-06-19", "2024年6月19日"),
        last="我局今年完成两座一级渔港升级改造，新增避风锚地面积30万平方米。",
        unplaced=False,
    )


def test_a_letter_in_reply_closing_with_shunsong_shiqi() -> None:
    doc = checked("""\
榕溪市工业和信息化局
榕工信函〔2024〕29号
关于市政协十三届三次会议第0067号提案的复函
欧某某委员：
您提出的《关于支持专精特新中小企业发展的提案》收悉，现函复如下：
全市今年新认定省级专精特新中小企业86家，市财政安排奖补资金4300万元。
专此函复，顺颂时祺。
榕溪市工业和信息化局
2024年7月2日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市工业和信息化局",
        number=("榕工信函〔2024〕29号", "榕工信函", 2024, 29),
        title="关于市政协十三届三次会议第0067号提案的复函",
        recipients=("欧某某委员",),
        closing="专此函复，顺颂时祺。",
        signature=(("榕溪市工业和信息化局",), "2024-07-02", "2024年7月2日"),
        unplaced=False,
    )


def test_answer_unit_and_answer_date_rows_in_place_of_a_luokuan() -> None:
    doc = checked("""\
关于县政协十届三次会议第049号提案的答复
凌某某委员：
您提出的《关于规范农村建房审批的提案》收悉，现答复如下：
我县今年推行农村建房“一窗受理、联审联办”，审批时限压缩到15个工作日。
感谢您对住房和城乡建设工作的关心和支持！
答复单位：柏山县住房和城乡建设局
答复日期：2024年6月21日
""")
    expect(
        doc,
        kind="reply",
        title="关于县政协十届三次会议第049号提案的答复",
        recipients=("凌某某委员",),
        closing="感谢您对住房和城乡建设工作的关心和支持！",
        signature=(("柏山县住房和城乡建设局",), "2024-06-21", "2024年6月21日"),
        unplaced=False,
    )


def test_a_luokuan_date_in_full_width_figures() -> None:
    doc = checked("""\
柏山县审计局
柏审函〔2024〕4号
关于县十八届人大三次会议第0019号建议的答复
梅某某代表：
您提出的《关于加强村级财务审计的建议》收悉，现答复如下：
我局今年对全县48个村开展村级财务专项审计，督促整改问题资金390万元。
感谢您对审计工作的关心和支持！
柏山县审计局
２０２４年６月１３日
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县审计局",
        number=("柏审函〔2024〕4号", "柏审函", 2024, 4),
        title="关于县十八届人大三次会议第0019号建议的答复",
        recipients=("梅某某代表",),
        closing="感谢您对审计工作的关心和支持！",
        signature=(("柏山县审计局",), "2024-06-13", "２０２４年６月１３日"),
        unplaced=False,
    )


def test_the_organ_and_the_date_parted_by_a_tab() -> None:
    doc = checked("""\
榕溪市粮食和物资储备局
榕粮储函〔2024〕7号
关于市政协十三届三次会议第0231号提案的答复
包某某委员：
您提出的《关于加强应急物资储备的提案》收悉，现答复如下：
我局今年新建市级应急物资储备库1座，储备帐篷、折叠床等物资12类6万余件。
感谢您对粮食和物资储备工作的关心和支持！
榕溪市粮食和物资储备局\t2024年6月27日
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市粮食和物资储备局",
        number=("榕粮储函〔2024〕7号", "榕粮储函", 2024, 7),
        title="关于市政协十三届三次会议第0231号提案的答复",
        recipients=("包某某委员",),
        closing="感谢您对粮食和物资储备工作的关心和支持！",
        signature=(("榕溪市粮食和物资储备局",), "2024-06-27", "2024年6月27日"),
        unplaced=False,
    )


def test_a_name_and_a_mobile_with_no_phone_label() -> None:
    doc = checked("""\
柏山县乡村振兴服务中心
柏乡振函〔2024〕3号
关于县政协十届三次会议第093号提案的答复
全某某委员：
您提出的《关于壮大村级集体经济的提案》收悉，现答复如下：
我县今年扶持30个村发展集体经济项目，村集体经营性收入全部超过10万元。
感谢您对乡村振兴工作的关心和支持！
柏山县乡村振兴服务中心
2024年6月18日
联系人：石某某　13859601234
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县乡村振兴服务中心",
        number=("柏乡振函〔2024〕3号", "柏乡振函", 2024, 3),
        title="关于县政协十届三次会议第093号提案的答复",
        recipients=("全某某委员",),
        signature=(("柏山县乡村振兴服务中心",), "2024-06-18", "2024年6月18日"),
        contact={"name": "石某某", "phones": ("13859601234",)},
        unplaced=False,
    )


def test_email_and_fixed_phone_labels_in_latin_and_chinese() -> None:
    doc = checked("""\
榕溪市外事办公室
榕外办函〔2024〕5号
关于市政协十三届三次会议第0208号提案的答复
戚某某委员：
您提出的《关于提升城市国际化服务水平的提案》收悉，现答复如下：
我办今年在机场、高铁站和主要景区完善多语种标识1500余处，开通外籍人士服务热线。
感谢您对外事工作的关心和支持！
榕溪市外事办公室
2024年7月1日
联系人：饶某某
固定电话：0591-87620219
E-mail：rxwb@rongxi.gov.cn
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市外事办公室",
        number=("榕外办函〔2024〕5号", "榕外办函", 2024, 5),
        title="关于市政协十三届三次会议第0208号提案的答复",
        recipients=("戚某某委员",),
        signature=(("榕溪市外事办公室",), "2024-07-01", "2024年7月1日"),
        contact={"name": "饶某某", "phones": ("0591-87620219",), "email": "rxwb@rongxi.gov.cn"},
        unplaced=False,
    )


def test_an_office_address_row_with_its_postcode() -> None:
    doc = checked("""\
柏山县供销合作社联合社
柏供销函〔2024〕2号
关于县十八届人大三次会议第0074号建议的答复
娄某某代表：
您提出的《关于建设乡镇农资配送网点的建议》收悉，现答复如下：
县供销社今年新建乡镇农资配送中心5个、村级服务网点62个。
感谢您对供销合作工作的关心和支持！
柏山县供销合作社联合社
2024年6月12日
联系人：管某某　　联系电话：0599-6215520
办公地址：柏山县城关镇解放路18号　　邮编：353500
""")
    expect(
        doc,
        kind="reply",
        issuer="柏山县供销合作社联合社",
        number=("柏供销函〔2024〕2号", "柏供销函", 2024, 2),
        title="关于县十八届人大三次会议第0074号建议的答复",
        recipients=("娄某某代表",),
        signature=(("柏山县供销合作社联合社",), "2024-06-12", "2024年6月12日"),
        contact={
            "name": "管某某",
            "phones": ("0599-6215520",),
            "address": "柏山县城关镇解放路18号",
            "postcode": "353500",
        },
        unplaced=False,
    )


def test_a_copies_line_of_long_organ_names_parted_by_dun_hao() -> None:
    doc = checked("""\
榕溪市人民政府办公室
榕政办函〔2024〕81号
关于市十七届人大三次会议第0005号建议的答复
谷某某代表：
您提出的《关于加大基础教育投入的建议》收悉，现答复如下：
市政府今年安排基础教育投入38.6亿元，同比增长百分之七点二。
感谢您对市政府工作的关心和支持！
榕溪市人民政府办公室
2024年7月9日
抄送：市发展改革委、市财政局、市教育局。
榕溪市人民政府办公室　　　　　2024年7月9日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="榕溪市人民政府办公室",
        number=("榕政办函〔2024〕81号", "榕政办函", 2024, 81),
        title="关于市十七届人大三次会议第0005号建议的答复",
        recipients=("谷某某代表",),
        signature=(("榕溪市人民政府办公室",), "2024-07-09", "2024年7月9日"),
        imprint=(("市发展改革委", "市财政局", "市教育局"), "榕溪市人民政府办公室", "2024-07-09"),
        unplaced=False,
    )


def test_a_banners_copies_of_short_offices_and_a_distribution_note() -> None:
    doc = checked("""\
阿鲁科尔沁旗人民政府办公室
阿政办字〔2024〕36号
关于旗政协十一届三次会议第015号提案的答复
包某某委员：
您提出的《关于加强苏木镇卫生院人才队伍建设的提案》收悉，现答复如下：
旗政府今年为苏木镇卫生院定向招聘医学专业毕业生42名，落实乡镇工作补贴。
感谢您对旗政府工作的关心和支持！
阿鲁科尔沁旗人民政府办公室
2024年7月4日
（此件发至苏木镇）
抄送：旗委办、旗人大办、旗政协办。
阿鲁科尔沁旗人民政府办公室　　　　2024年7月4日印发
""")
    expect(
        doc,
        kind="reply",
        issuer="阿鲁科尔沁旗人民政府办公室",
        number=("阿政办字〔2024〕36号", "阿政办字", 2024, 36),
        title="关于旗政协十一届三次会议第015号提案的答复",
        recipients=("包某某委员",),
        ref=("政协", "旗", 11, 3, "015", "提案", "关于加强苏木镇卫生院人才队伍建设的提案", []),
        signature=(("阿鲁科尔沁旗人民政府办公室",), "2024-07-04", "2024年7月4日"),
        distribution="发至苏木镇",
        imprint=(("旗委办", "旗人大办", "旗政协办"), "阿鲁科尔沁旗人民政府办公室", "2024-07-04"),
        unplaced=False,
    )
