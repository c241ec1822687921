"""The causes round 8's genre probes (tests/test_probes_8_genres.py) found, each tested on a new
example of the same cause, written for the fix and not taken from the probe that found it."""

from __future__ import annotations

import govdoc
from govdoc.pipeline import default_pipeline
from govdoc.rules.cues import CATEGORY
from govdoc.state import State
from tests.probing import checked, head


def test_a_forms_title_over_its_labelled_rows_is_the_title_by_its_place() -> None:
    doc = checked(
        "某区政协五届二次会议委员提案办理情况反馈表\n"
        "提案号：112\n"
        "提案人：吴某\n"
        "承办单位：某区民政局\n"
        "吴某委员：\n"
        "您提出的《关于扩大社区助餐服务覆盖面的提案》收悉。现答复如下：\n"
        "今年我局新建社区长者食堂14个，覆盖全区九成以上社区。\n"
        "某区民政局\n"
        "2024年6月12日\n"
    )
    h = head(doc)
    assert (h["title"], h["kind"], h["recipients"]) == (
        "某区政协五届二次会议委员提案办理情况反馈表",
        "other",
        ["吴某委员"],
    )
    assert h["metadata"] == {"提案号": "112", "提案人": "吴某", "承办单位": "某区民政局"}


def test_a_form_dated_by_its_year_over_rows_and_then_the_body_is_titled() -> None:
    doc = checked(
        "2024年度民生实事项目进展情况登记表\n"
        "填报单位：某县住房和城乡建设局\n"
        "填报时间：2024年9月30日\n"
        "截至9月底，城区老旧小区改造项目已完成投资1.2亿元，占年度计划的八成，预计11月底前全部完工。\n"
    )
    assert head(doc)["title"] == "2024年度民生实事项目进展情况登记表"


def test_a_forms_label_over_its_text_stands_between_the_rows_and_the_text() -> None:
    doc = checked(
        "某市十七届人大二次会议代表建议答复意见征询单\n"
        "建议号：第205号\n"
        "承办单位：某市水务局\n"
        "答复意见：\n"
        "我局已将城西片区雨污分流改造纳入明年计划，预计投资4800万元，改造管网26公里。\n"
    )
    assert head(doc)["title"] == "某市十七届人大二次会议代表建议答复意见征询单"


def test_a_column_name_over_an_information_table_is_still_no_title() -> None:
    doc = checked(
        "政务公开专栏\n"
        "索引号：11330100-2024-00012\n"
        "发布机构：某市民政局\n"
        "今年以来，我局持续推进养老服务体系建设，全市新增养老床位1200张，建成街道综合养老服务中心8个。\n"
    )
    assert head(doc)["title"] is None


def test_a_joint_reports_signer_line_names_each_organs_signer() -> None:
    doc = checked(
        "某县农业农村局\n"
        "某县水利局\n"
        "某农〔2024〕12号　　签发人：刘某、陈某某\n"
        "关于2024年春季农田水利建设情况的报告\n"
        "某市农业农村局：\n"
        "今年春季，我县共完成农田水利建设项目46个，新增和改善灌溉面积2.3万亩。\n"
        "特此报告。\n"
        "某县农业农村局　　某县水利局\n"
        "2024年5月20日\n"
    )
    assert head(doc)["signer"] == "刘某、陈某某"


def test_joint_signers_before_a_contact_cell_end_where_it_begins() -> None:
    doc = checked(
        "签发人：刘某、陈某某联系人：王某\n"
        "关于2024年春季农田水利建设情况的报告\n"
        "某市农业农村局：\n"
        "今年春季，我县共完成农田水利建设项目46个，新增和改善灌溉面积2.3万亩。\n"
        "某县农业农村局\n"
        "2024年5月20日\n"
    )
    assert head(doc)["signer"] == "刘某、陈某某"


def test_a_category_row_of_a_form_under_its_title_gives_the_category() -> None:
    doc = checked(
        "某区市长信箱来信办理答复\n"
        "信件编号：XX2024-0315\n"
        "来信人：李女士\n"
        "办理结果：列入计划解决\n"
        "您反映的河西路积水问题收悉。经现场查看，该路段排水管径偏小，已列入明年雨污管网改造计划。\n"
        "某区城市管理局\n"
        "2024年4月2日\n"
    )
    assert head(doc)["category"] == "B"


def test_a_category_row_of_a_form_is_read_by_the_category_cue() -> None:
    text = "某区市长信箱来信办理答复\n信件编号：XX2024-0316\n答复类别：C\n您反映的问题收悉。因用地所限，暂不具备增设停车场的条件。\n某区城市管理局\n2024年4月3日\n"
    got: list[State] = []
    pipeline = default_pipeline()
    pipeline.after("cues", "keep", got.append)
    doc = govdoc.parse_text(text, pipeline=pipeline)
    assert CATEGORY in (got[0].cues or ()) and doc.header.handling_result == "C"


def test_rows_under_a_title_over_its_addressee_are_no_form_rows_of_the_body() -> None:
    doc = checked(
        "关于河西路积水问题的答复\n"
        "信件编号：XX2024-0317\n"
        "李女士：\n"
        "您反映的河西路积水问题收悉。经现场查看，该路段排水管径偏小，已列入明年雨污管网改造计划。\n"
        "某区城市管理局\n"
        "2024年4月2日\n"
    )
    assert head(doc)["recipients"] == ["李女士"] and head(doc)["category"] is None


def _letter_closing(closing: str) -> str | None:
    doc = checked(
        "某县文化和旅游局关于商请协助举办农民丰收节的函\n"
        "某县农业农村局：\n"
        "我局定于9月22日在县城广场举办农民丰收节活动，商请贵局协助组织农产品展销。\n"
        f"{closing}\n"
        "某县文化和旅游局\n"
        "2024年9月2日\n"
    )
    return None if doc.closing is None else doc.closing.text


def test_a_letters_hope_for_support_thanked_in_advance_closes_it() -> None:
    forms = ("盼予协助为感。", "请予大力支持为感。", "盼复为感。")
    assert {form: _letter_closing(form) for form in forms} == {form: form for form in forms}


def test_a_meetings_name_on_the_line_over_the_guan_yu_line_opens_the_title() -> None:
    titles = {
        "某县第十九届人民代表大会常务委员会第二十次会议\n关于批准2023年县级决算的决议\n": (
            "某县第十九届人民代表大会常务委员会第二十次会议关于批准2023年县级决算的决议"
        ),
        "中国共产党某县第十六次代表大会\n关于县纪委工作报告的决议\n": "中国共产党某县第十六次代表大会关于县纪委工作报告的决议",
    }
    got = {}
    for lines in titles:
        doc = checked(
            lines
            + "（2024年6月28日通过）\n会议审议并批准了有关报告。会议要求，认真落实各项工作部署，确保完成全年目标任务。\n"
        )
        got[lines] = head(doc)["title"]
    assert got == titles


def test_a_meetings_notice_line_over_a_guan_yu_line_is_not_taken_for_its_name() -> None:
    doc = checked(
        "请各单位于会议前报送材料\n关于召开全县安全生产工作会议的通知\n各乡镇人民政府，县直各单位：\n经研究，定于5月10日召开全县安全生产工作会议。\n某县人民政府办公室\n2024年5月6日\n"
    )
    assert head(doc)["title"] == "关于召开全县安全生产工作会议的通知"


def _request_under(head_lines: str) -> dict[str, object]:
    doc = checked(
        head_lines + "某县人民政府关于申请解决城区学校建设资金的请示\n某市人民政府：\n"
        "我县城区学位缺口较大，恳请市政府给予学校建设资金补助3000万元。\n妥否，请批示。\n某县人民政府\n2024年5月6日\n"
    )
    return head(doc)


def test_a_letter_spaced_signers_name_is_read_whole() -> None:
    names = {
        "某政〔2024〕30号　　签发人：何　　某\n": "何某",
        "签发人：何   某　　　某政〔2024〕30号\n": "何某",
        "签发人：何某　　　某政〔2024〕30号\n": "何某",
    }
    assert {lines: _request_under(lines)["signer"] for lines in names} == names


def test_a_mark_sharing_its_line_with_the_copy_number_is_read() -> None:
    marks = {
        "000035　机密★3年\n": ("机密★3年", None),
        "000035  特急\n": (None, "特急"),
        "000035\t秘密\n加急\n": ("秘密", "加急"),
    }
    got = {}
    for lines in marks:
        h = _request_under(lines)
        got[lines] = (h["security"], h["urgency"])
    assert got == marks
