"""Round 26's causes (tests/test_probes_26_genres.py), each tested on a new example of its cause, not on the
probe that showed it: every test here fails on /work/s26start and passes after the fix."""

from __future__ import annotations

from tests.probing import checked


def test_cause1_the_body_between_the_number_and_the_kind_di_n_hao_renda_daibiao_jianyi() -> None:
    # A register names the kind with its body after the number (第12号人大代表建议, 第0088号政协委员提案): the
    # reference's number is the one before it, the meeting read from the opening as before.
    doc = checked("""\
关于第12号人大代表建议的答复
苗某某代表：
您在区十五届人大三次会议上提出的《关于增设社区充电桩的建议》收悉，现答复如下：
我局今年在老旧小区新建电动自行车充电桩1200个。
特此答复。
某区住房和城乡建设局
2024年6月10日
""")
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "区", 15, 3, "12", "建议")
    doc = checked("""\
关于第0088号政协委员提案的答复
程某某委员：
您在市政协十二届四次会议上提出的《关于发展银发经济的提案》收悉，现答复如下：
我委今年出台支持银发经济发展的若干措施十条。
特此答复。
某市发展和改革委员会
2024年6月12日
""")
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.number, r.kind) == ("政协", "0088", "提案")


def test_cause2_an_answer_result_label_names_the_category() -> None:
    # 答复结果 is the answer's own word for the category's label, as 答复类别 and 答复类型 are.
    doc = checked("""\
某县教育局
某教函〔2024〕3号
答复结果：A
关于县政协九届二次会议第016号提案的答复
龚某某委员：
您提出的《关于增加乡村学校校车的提案》收悉，现答复如下：
我局今年新增校车12辆，覆盖全部偏远村小。
特此答复。
某县教育局
2024年6月3日
""")
    assert doc.header.handling_result == "A"
    assert doc.header.metadata.get("答复结果") == "A"


def test_cause3_a_phone_marked_as_the_fax_too_is_a_phone_and_a_fax() -> None:
    # （兼传真）, （同传真） after a number: one line for both, as 电话/传真：… labels it (schema 1.7).
    doc = checked("""\
关于区政协七届三次会议第021号提案的答复
夏某某委员：
您提出的《关于规范共享单车停放的提案》收悉，现答复如下：
我局今年施划共享单车停放区860处。
特此答复。
某区城市管理局
2024年6月5日
联系人：章某　　电话：0571-86001234（同传真）
""")
    assert doc.contact is not None
    assert doc.contact.phones == ("0571-86001234",)
    assert doc.contact.faxes == ("0571-86001234",)


def test_cause4_yijian_jianyi_is_a_suggestion() -> None:
    # 意见建议 (代表意见建议: the congress's name for a deputy's 建议、批评和意见) after a number is a 建议.
    doc = checked("""\
关于区十五届人大三次会议第7号代表意见建议的答复
葛某某代表：
您提出的《关于整治背街小巷环境的意见建议》收悉，现答复如下：
我局今年整治背街小巷46条。
特此答复。
某区城市管理局
2024年6月11日
""")
    r = doc.header.responds_to
    assert r is not None
    assert (r.body, r.level, r.term, r.session, r.number, r.kind) == ("人大", "区", 15, 3, "7", "建议")


def test_cause5_a_letterheads_long_name_cut_in_two_over_its_number() -> None:
    # A narrow copy cut the 发文机关标志's long name (某县文化广电旅游 ⏎ 体育局, 某区农业农村和 ⏎ 水利局) over its
    # 文号: the issuer is the whole name, as a 落款 cut so signs with it (round 25's cause 1, rules.lines.organ_cut).
    for upper, lower in (("某县文化广电旅游", "体育局"), ("某区农业农村和", "水利局")):
        doc = checked(f"""\
{upper}
{lower}
某文旅函〔2024〕40号
关于县政协十二届三次会议第0150号提案的答复
龙某某委员：
您提出的《关于发展乡村旅游的提案》收悉，现答复如下：
我局今年新评定乡村旅游重点村6个。
特此答复。
{upper}{lower}
2024年6月20日
""")
        assert doc.header.issuer == upper + lower
        assert doc.header.doc_number is not None and doc.header.doc_number.text == "某文旅函〔2024〕40号"
        assert doc.header.title == "关于县政协十二届三次会议第0150号提案的答复"


def test_cause6_a_public_service_hotline_of_five_figures_is_a_phone() -> None:
    # 12345, 12315 …: five figures opening on 12, alone or after the city's area code, under a phone label.
    doc = checked("""\
关于区政协七届三次会议第044号提案的答复
邵某某委员：
您提出的《关于加强预付卡消费维权的提案》收悉，现答复如下：
我局今年受理预付卡消费投诉1600余件，为消费者挽回损失380万元。
特此答复。
某区市场监督管理局
2024年6月7日
联系人：宁某某
咨询电话：12315
联系电话：0571-12345
""")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("宁某某", ("12315", "0571-12345"))
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_cause7_a_phone_label_qualified_by_its_use_ends_a_short_name_before_it() -> None:
    # 投诉电话, 值班电话: labels of their own, so the two-character name a layout clean-up ran into one (宁某　　投诉
    # 电话：… → 宁某投诉电话：…) is the name alone.
    doc = checked("""\
关于区政协七届三次会议第045号提案的答复
邵某某委员：
您提出的《关于规范物业服务收费的提案》收悉，现答复如下：
我局今年查处物业服务违规收费案件26件。
特此答复。
某区发展和改革局
2024年6月7日
联系人：宁某　　值班电话：0571-86123456
""")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("宁某", ("0571-86123456",))


def test_cause8_a_note_in_brackets_between_a_phone_label_and_its_colon() -> None:
    # 手机（同微信）：…, 电话（办）：…: the label's note; the value follows the colon, and a short name the layout
    # clean-up ran into the label (褚某　手机（同微信） → 褚某手机(同微信)) ends where the label begins.
    doc = checked("""\
关于区政协七届三次会议第052号提案的答复
邵某某委员：
您提出的《关于增设社区托育点的提案》收悉，现答复如下：
我局今年新建社区托育点14个，新增托位560个。
特此答复。
某区卫生健康局
2024年6月9日
联系人：褚某　手机（同微信）：13912345678
""")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones, doc.contact.unit) == ("褚某", ("13912345678",), None)
