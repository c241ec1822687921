"""Causes behind round 22's genre probe misses (tests/test_probes_22_genres.py), each tested with a new
example of the cause rather than the probe's own text (each cause test fails on the session's start,
/work/s22start), with guards that ordinary text (a notice, a 纪要, a portal copy, a mailbox answer) is not
taken."""

from __future__ import annotations

import govdoc
from tests.probing import checked


def _closing(doc: govdoc.Document) -> str | None:
    return None if doc.closing is None else doc.closing.text


def _last_body(doc: govdoc.Document) -> str | None:
    sections = doc.iter_sections()
    if sections and sections[-1].paragraphs:
        return sections[-1].paragraphs[-1].text
    return doc.preamble[-1].text if doc.preamble else None


def _proposers(doc: govdoc.Document) -> tuple[str, ...] | None:
    r = doc.header.responds_to
    return None if r is None else r.proposers


# --- cause 1: the category's label vocabulary lacked the register's mark named with what it marks (类别标注,
# 分类标注): the category was not read (patterns.CATEGORY_KEYS)


def test_a_class_mark_label_naming_the_category_gives_it() -> None:
    doc = checked("""\
分类标注：C类
公开方式：依申请公开
青溪县住房和城乡建设局
关于县政协九届二次会议第0033号提案的答复
韩某委员：
您提出的《关于在老城区新建停车场的提案》收悉，现答复如下：
受用地限制，老城区新建停车场暂不具备条件。
感谢您对住建工作的关心和支持！
青溪县住房和城乡建设局
2024年5月20日
""")
    assert doc.header.handling_result == "C"
    assert doc.header.metadata.get("分类标注") == "C类"


def test_guard_a_class_mark_label_naming_no_category_gives_none() -> None:
    # a notice's 类别标注 row naming its kind of work: no answer category
    doc = checked("""\
类别标注：重点工作
关于开展2024年防汛演练的通知
各乡镇人民政府：
请各乡镇于6月10日前组织一次防汛应急演练。
特此通知。
青溪县应急管理局
2024年5月20日
""")
    assert doc.header.handling_result is None
    assert not [w for w in doc.warnings if w.code == "category-unmapped"]


# --- cause 2: the header's form names lacked the feedback forms the trailer knows (征询意见表, 征求意见表,
# 满意度测评表): such a form on its own had no title and its rows were paragraphs (patterns.FEEDBACK_FORM_NAMES)


def test_a_feedback_form_named_qiu_yi_jian_biao_is_titled_and_its_rows_read() -> None:
    doc = checked("""\
青溪县政协提案办理情况征求意见表
提案编号：0047
提案人：曹某某
主办单位：青溪县交通运输局
办理结果：A类
委员意见：满意
""")
    assert doc.header.title == "青溪县政协提案办理情况征求意见表"
    assert doc.kind == "other"
    assert doc.header.handling_result == "A"


def test_a_satisfaction_form_on_its_own_is_titled() -> None:
    doc = checked("""\
人大代表建议办理满意度测评表
建议编号：0112
代表姓名：罗某
承办单位：青溪县教育局
测评结果：基本满意
""")
    assert doc.header.title == "人大代表建议办理满意度测评表"


def test_guard_a_notice_asking_for_the_form_keeps_its_own_title() -> None:
    doc = checked("""\
关于报送提案办理情况征求意见表的通知
各承办单位：
请于7月15日前将提案办理情况征求意见表报送县政府办公室。
特此通知。
青溪县人民政府办公室
2024年7月1日
""")
    assert (doc.kind, doc.header.title) == ("notice", "关于报送提案办理情况征求意见表的通知")
    assert doc.header.recipients == ("各承办单位",)


def test_guard_a_form_appended_after_a_replys_signature_is_no_title_of_the_reply() -> None:
    doc = checked("""\
关于县政协九届二次会议第0051号提案的答复
程某委员：
您提出的《关于加强农村供水的提案》收悉，现答复如下：
全县农村自来水普及率已达到95%。
感谢您对水利工作的关心和支持！
青溪县水利局
2024年6月3日
提案办理情况征询意见表
委员意见：
委员签名：
""")
    assert doc.header.title == "关于县政协九届二次会议第0051号提案的答复"
    assert doc.signature is not None and doc.signature.issuers == ("青溪县水利局",)


# --- cause 3: a category mark written before the 文号 on its line (【B类】某发〔2024〕3号, （A）某发…) hid the 文号:
# DOC_NO started only at a line's start or after an opening bracket or a space (patterns.DOC_NO,
# rules.lines.head.category_before_number)


def test_a_bracketed_class_before_the_number_gives_both() -> None:
    doc = checked("""\
青溪县文化广电旅游局
（C类）青文旅提〔2024〕8号
关于县政协九届二次会议第0072号提案的答复
付某委员：
您提出的《关于建设县级博物馆新馆的提案》收悉，现答复如下：
受财力限制，博物馆新馆建设暂无法列入近期计划。
青溪县文化广电旅游局
2024年6月11日
""")
    n = doc.header.doc_number
    assert n is not None and (n.text, n.agency_code, n.year, n.serial) == ("青文旅提〔2024〕8号", "青文旅提", 2024, 8)
    assert doc.header.handling_result == "C"
    assert doc.header.issuer == "青溪县文化广电旅游局"
    assert not [w for w in doc.warnings if w.code == "content-unplaced"]


def test_guard_a_bracketed_class_before_a_cited_number_in_the_body_is_no_doc_number() -> None:
    doc = checked("""\
关于做好2024年度项目申报工作的通知
各乡镇人民政府：
根据上级文件要求，现将有关事项通知如下：
（A）青发〔2023〕12号文件所列项目，请于6月底前完成申报。
特此通知。
青溪县发展和改革局
2024年5月6日
""")
    assert doc.header.doc_number is None
    assert any("青发〔2023〕12号" in p.text for p in doc.preamble) or any(
        "青发〔2023〕12号" in p.text for s in doc.iter_sections() for p in s.paragraphs
    )


# --- cause 4: a 版头 line of marks set apart by wide gaps or TAB runs (秘密★1年　　签发人：…, 份号<TAB>签发人：…) is
# zoned as marks, and its 键：值 cells were not read as the metadata pairs before the title they are
# (rules.head.metadata._mark_line_cells; holdout21 b8b)


def test_a_secrecy_mark_and_a_signer_on_one_gapped_line_give_the_signer_pair() -> None:
    doc = checked("""\
秘密★1年　　　　　　签发人：钟某某
青溪县公安局
青公提〔2024〕2号
关于县政协九届二次会议第0014号提案的答复
方某委员：
您提出的《关于加强校园安全的提案》收悉，现答复如下：
全县中小学已全部配备专职保安。
青溪县公安局
2024年5月30日
""")
    assert doc.header.metadata.get("签发人") == "钟某某"
    assert doc.header.signer == "钟某某"
    assert doc.header.security is not None and doc.header.security.startswith("秘密")


def test_a_copy_number_and_a_signer_parted_by_tabs_give_the_signer_pair() -> None:
    doc = checked(
        "000042\t\t\t\t签发人：欧某\n"
        "青溪县财政局\n"
        "青财提〔2024〕5号\n"
        "关于县政协九届二次会议第0066号提案的答复\n"
        "黄某委员：\n"
        "\t您提出的《关于加大村级组织运转经费保障的提案》收悉，现答复如下：\n"
        "\t今年县财政已将村级组织运转经费提高到每村15万元。\n"
        "青溪县财政局\n"
        "2024年6月12日\n"
    )
    assert doc.header.metadata.get("签发人") == "欧某"
    assert doc.header.signer == "欧某"


def test_a_mark_line_whose_pair_is_the_heads_only_one_still_gives_it() -> None:
    # no 文号 and no 键：值 line of its own: the mark line's cell is the only pair before the title (review22's
    # 06:53 note: a rule gated on METADATA/文号 zones alone would lose it)
    doc = checked(
        "B类\t\t\t签发人：严某某\n"
        "青溪县林业局\n"
        "关于县政协九届二次会议第0019号提案的答复\n"
        "郑某委员：\n"
        "\t您提出的《关于加强森林防火的提案》收悉，现答复如下：\n"
        "\t全县已建成森林防火瞭望塔12座。\n"
        "青溪县林业局\n"
        "2024年6月2日\n"
    )
    assert doc.header.metadata == {"签发人": "严某某"}
    assert (doc.header.handling_result, doc.header.signer) == ("B", "严某某")


def test_guard_a_tab_parted_row_in_a_notices_body_is_no_metadata() -> None:
    doc = checked(
        "关于调整城区公交线路的通告\n"
        "为方便市民出行，自2024年7月1日起调整以下公交线路：\n"
        "A线\t\t\t起点：火车站\n"
        "B线\t\t\t起点：汽车站\n"
        "特此通告。\n"
        "青溪县交通运输局\n"
        "2024年6月20日\n"
    )
    assert "起点" not in doc.header.metadata


def test_guard_a_portal_tables_tab_rows_keep_their_pairs() -> None:
    doc = checked(
        "索引号：QX-2024-00871\t\t发布机构：青溪县教育局\n"
        "公开方式：主动公开\t\t成文日期：2024-06-05\n"
        "关于县政协九届二次会议第0028号提案的答复\n"
        "温某委员：\n"
        "您提出的《关于改善乡村学校食堂条件的提案》收悉，现答复如下：\n"
        "今年全县改造乡村学校食堂21所。\n"
        "青溪县教育局\n"
        "2024年6月5日\n"
    )
    assert doc.header.metadata == {
        "索引号": "QX-2024-00871",
        "发布机构": "青溪县教育局",
        "公开方式": "主动公开",
        "成文日期": "2024-06-05",
    }


# --- cause 5: a request for any view (如有意见，请与我局联系) closed every kind of document: a 征求意见 通告's or a
# meeting notice's own request is its body's last sentence, a reply's courtesy only where the text answers
# something (its title a reply's, or …收悉 / 现答复如下 in it) (patterns.VIEWS_REQUEST, rules.trailer.body_end;
# diffread-A A5)


def test_a_circulars_request_for_views_stays_in_its_body() -> None:
    doc = checked("""\
青溪县自然资源局
关于青溪县城北片区控制性详细规划（草案）的公示通告
城北片区控制性详细规划（草案）已编制完成，现予公示，公示期为30日。
如有意见，请及时与我们联系。
青溪县自然资源局
2024年7月2日
""")
    assert _closing(doc) is None
    assert _last_body(doc) == "如有意见，请及时与我们联系。"


def test_a_training_notices_request_for_views_stays_in_its_body() -> None:
    doc = checked("""\
关于举办全县统计业务培训班的通知
各乡镇人民政府：
定于2024年8月6日举办全县统计业务培训班，请各乡镇统计员按时参加。
如有意见请与我局联系。
青溪县统计局
2024年7月25日
""")
    assert _closing(doc) is None
    assert _last_body(doc) == "如有意见请与我局联系。"


def test_a_notices_word_on_where_to_ask_stays_in_its_body_above_its_formula() -> None:
    # the same cause in CLOSING_WEAK's row (如有疑问，请与…联系): weak, it closed a notice beside 特此通知
    doc = checked("""\
关于做好2024年秋季学期学生资助工作的通知
各乡镇中心学校，县直各学校：
请各校于9月30日前完成家庭经济困难学生认定工作，并将认定结果报县学生资助管理中心。
如有疑问，请与县学生资助管理中心联系。
特此通知。
青溪县教育局
2024年9月2日
""")
    assert _closing(doc) == "特此通知。"
    assert _last_body(doc) == "如有疑问，请与县学生资助管理中心联系。"


def test_guard_a_replys_word_on_where_to_ask_over_its_thanks_stays_its_closing() -> None:
    doc = checked("""\
关于县政协九届二次会议第0102号提案的答复
卢某委员：
您提出的《关于加强学生资助工作的提案》收悉，现答复如下：
今年全县资助家庭经济困难学生1.2万人次。
如有疑问，请与县学生资助管理中心联系。
感谢您对教育工作的关心和支持！
青溪县教育局
2024年9月2日
""")
    assert _closing(doc) == "如有疑问，请与县学生资助管理中心联系。\n感谢您对教育工作的关心和支持！"


def test_guard_an_answer_titled_as_a_letter_still_closes_with_the_request() -> None:
    doc = checked("""\
关于县政协九届二次会议第0090号提案办理情况的函
郭某委员：
您提出的《关于发展县域物流的提案》收悉，现将办理情况函告如下：
今年全县新建村级物流服务点45个。
如有意见，请与我局联系。
青溪县商务局
2024年6月25日
""")
    assert _closing(doc) == "如有意见，请与我局联系。"


def test_guard_an_untitled_mailbox_answer_still_closes_with_the_request() -> None:
    doc = checked("""\
网友您好：
您反映的青溪县城南小区路灯不亮的问题已收悉。经查，系线路老化所致，我局已于6月3日更换线路，路灯恢复正常。
如有意见，请与我局联系。
青溪县城市管理局
2024年6月5日
""")
    assert _closing(doc) == "如有意见，请与我局联系。"


def test_guard_minutes_keep_their_last_decision_and_take_no_closing() -> None:
    doc = checked("""\
青溪县人民政府常务会议纪要
〔2024〕第6期
2024年6月18日，县长王某主持召开县人民政府第十二次常务会议。
一、会议原则同意《青溪县城区停车管理办法（草案）》。
二、会议要求县交通运输局广泛征求意见。如有意见，请与我局联系。
""")
    assert _closing(doc) is None


# --- cause 6: a proposing body or a deputy named in brackets right after the reference's number or kind word
# (…第0088号（民进县委会）提案, …第12号建议（周某代表）) was no proposer (patterns.PROPOSER_IN_BRACKET)


def test_a_party_committee_in_brackets_after_the_number_is_the_proposer() -> None:
    doc = checked("""\
关于县政协九届二次会议第0088号（民进青溪县委会）提案的答复
民进青溪县委会：
贵会提出的《关于加强乡村教师队伍建设的提案》收悉，现答复如下：
今年全县招聘乡村教师86名。
青溪县教育局
2024年6月20日
""")
    assert _proposers(doc) == ("民进青溪县委会",)


def test_a_deputy_in_brackets_after_the_suggestion_is_the_proposer() -> None:
    doc = checked("""\
关于县十七届人大三次会议第0021号建议（周某某代表）的答复
周某某代表：
您提出的《关于修缮乡村道路的建议》收悉，现答复如下：
今年全县修缮乡村道路120公里。
青溪县交通运输局
2024年6月21日
""")
    assert _proposers(doc) == ("周某某",)


def test_guard_a_class_or_a_note_in_brackets_after_the_number_names_no_proposer() -> None:
    for note in ("（重点提案）", "（督办件）", "（A类）", "（2024年）"):
        doc = checked(f"""\
关于县政协九届二次会议第0031号提案{note}的答复
各位委员：
你们提出的《关于加快城区绿化的提案》收悉，现答复如下：
今年城区新增绿地3万平方米。
青溪县城市管理局
2024年6月22日
""")
        assert _proposers(doc) == (), note
