"""Bugs the session-8 review found in commits landed on main, each with a new example that failed
before its fix. Expected values are written by hand from reading the short documents."""

from __future__ import annotations

import govdoc

_REPLY_HEAD = "关于加强停车管理的答复\n张某某代表：\n"
_REPLY_TAIL = "\n我局已在城区增设停车泊位四十个。\n某区交通运输局\n2024年6月3日\n"


def test_a_proposal_title_named_after_a_bare_acknowledgement_is_still_the_proposals_own() -> None:
    # 66af4b1 kept only the opening paragraphs up to the first …收悉 for the proposal's title, so an
    # acknowledgement in two steps (收悉 first, the title with the turn to the answer next) lost the
    # whole reference; the answer starts at the turn (现答复如下), not at 收悉
    for opening, title in (
        (
            "您好！您提出的建议我局已收悉。\n您在建议中提出的《关于加快城区停车场建设的建议》，我局高度重视，现答复如下：",
            "关于加快城区停车场建设的建议",
        ),
        (
            "您提出的建议已收悉，非常感谢。\n您所提的关于增设社区充电桩的建议，现就有关情况答复如下：",
            "关于增设社区充电桩的建议",
        ),
    ):
        doc = govdoc.parse_text(_REPLY_HEAD + opening + _REPLY_TAIL)
        ref = doc.header.responds_to
        assert ref is not None, opening
        assert (ref.title, ref.kind) == (title, "建议"), opening
    # a 关于…的建议 after the turn is still a point of the answer, not the proposal's title
    doc = govdoc.parse_text(
        _REPLY_HEAD
        + "您提出的加快城区停车场建设的建议提案收悉，经研究答复如下：\n"
        + "关于在小区内部道路施划车位的建议，需经业主大会同意，我局将配合街道做好协调。"
        + _REPLY_TAIL
    )
    assert doc.header.responds_to is None or doc.header.responds_to.title is None


def test_a_titleless_answer_that_closes_with_a_reply_formula_in_huifu_is_a_reply() -> None:
    # 75d9f79 added 此复 to the body's reply words; 回复 is a reply word of the contract as much as
    # 答复 (its kind list: 答复, 复函, 回复 …), so 特此回复 / 专此回复 / 现回复如下 close or open a reply
    # too, and 此复 may follow a comma (…敬请谅解，此复。)
    for last in ("特此回复。", "专此回复！", "以上情况，特此回复。", "敬请谅解，此复。"):
        doc = govdoc.parse_text(
            "尊敬的网友：\n"
            "您好！您反映的小区门口积水问题，我局已安排人员疏通排水管道，目前积水已排除。\n"
            + last
            + "\n某县住房和城乡建设局\n2024年7月9日\n"
        )
        assert doc.kind == "reply", last
    turned = govdoc.parse_text(
        "尊敬的网友：\n您好！关于您反映的小区门口积水问题，现回复如下：\n我局已安排人员疏通排水管道，目前积水已排除。\n"
        "某县住房和城乡建设局\n2024年7月9日\n"
    )
    assert turned.kind == "reply"
    # 此复 inside a word after a comma is still no formula (…，因此复工…)
    notice = govdoc.parse_text(
        "各施工单位：\n受台风影响，全县在建工地停工，因此复工日期另行通知，请做好防护。\n"
        "某县住房和城乡建设局\n2024年7月9日\n"
    )
    assert notice.kind != "reply"


def test_a_body_line_cut_after_a_plans_name_still_joins_the_rest_of_its_sentence() -> None:
    # 8727ad4 took any short line ending in 方案/办法/规定/计划… without a comma for the title of a
    # document printed after the notice, so a paragraph cut right after such a word (a page break a
    # copy kept, no page number) was no longer joined; a printed title stands under the 落款
    for first, rest in (
        (
            "各乡镇要按照县委县政府统一部署认真制定本辖区防汛应急预案和抢险工作方案",
            "并于5月底前报县防汛办备案，确保预案管用。",
        ),
        ("各单位要严格执行县政府防汛工作责任制度和汛期值班管理规定", "切实做到责任到人、措施到位，确保安全度汛。"),
    ):
        doc = govdoc.parse_text(
            "关于做好2024年防汛工作的通知\n各乡镇人民政府，县直各单位：\n"
            "为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下，请认真贯彻执行。\n"
            + first
            + "\n"
            + rest
            + "\n特此通知。\n某县人民政府办公室\n2024年4月1日\n"
        )
        assert [p.text for p in doc.preamble][1:] == [first + rest], first
        assert [w.code for w in doc.warnings] == ["page-break-joined"], first


def test_a_title_wrapped_under_its_bare_label_is_the_whole_metadata_value() -> None:
    # cf01711 took the title line under a bare 标题： label for the label's value, but only the first
    # line of a title wrapped over two: the pair held a title cut mid-phrase
    doc = govdoc.parse_text(
        "索引号：11-0023-2024-0031\n"
        "标  题：\n"
        "关于对区政协三届二次会议第31号提案中加强老旧小区\n"
        "电梯加装工作的答复\n"
        "发布机构：某区住房和城乡建设局\n"
        "陈某委员：\n您提出的提案收悉，现答复如下：\n今年已为十二个小区加装电梯。\n某区住房和城乡建设局\n2024年6月11日\n"
    )
    whole = "关于对区政协三届二次会议第31号提案中加强老旧小区电梯加装工作的答复"
    assert doc.header.title == whole
    assert dict(doc.header.metadata) == {
        "索引号": "11-0023-2024-0031",
        "标题": whole,
        "发布机构": "某区住房和城乡建设局",
    }


def test_a_portals_column_name_ending_in_qingkuang_is_no_title_of_the_reply_under_it() -> None:
    # d3b4e24 made any line ending in 情况 a possible title (for a year's account such as
    # 2023年度法治政府建设情况), so a portal's column name over a titleless reply became its title and
    # the reply's kind `other`; only a title opening with its year reads so
    doc = govdoc.parse_text(
        "政协委员提案办理情况\n"
        "刘某委员：\n您提出的关于增设农村客运班线的提案收悉，现答复如下：\n今年已新开农村客运班线三条。\n"
        "某县交通运输局\n2024年6月3日\n"
    )
    assert (doc.header.title, doc.kind) == (None, "reply")
    account = govdoc.parse_text(
        "2024年度全县河湖长制工作开展情况\n"
        "今年以来，全县各级河湖长累计巡河一万二千余次，整改问题八十余个。\n"
        "某县河湖长制办公室\n2024年12月20日\n"
    )
    assert (account.header.title, account.kind) == ("2024年度全县河湖长制工作开展情况", "other")
