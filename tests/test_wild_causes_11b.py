"""General causes behind the misses of the second half's hand-checked wild documents (session 11).

Each test is built from new wording written for it, not from the wild page that showed the
cause: a 签发人 in a portal's information table written without its colon, a first
enumeration member that follows the bracket closing its subject's qualifier, and a title cut
after the meeting it names (the page lost `第N号提案的答复`).
"""

from __future__ import annotations

import govdoc

_REPLY_BODY = (
    "王芳代表：\n"
    "您提出的《关于改善城西片区排水设施的建议》收悉，现答复如下：\n"
    "我局已将城西片区排水管网改造列入年度计划，目前正在开展设计工作。\n"
    "感谢您对城市建设工作的关心和支持。\n"
)


def test_a_signer_in_an_information_table_without_a_colon_is_the_header_signer() -> None:
    doc = govdoc.parse_text(
        "标题 对青河县第八届人大三次会议第15号建议的答复\n"
        "签发人 刘晓东 签发日期 2024-05-10 09:30 类别 A\n"
        "对青河县第八届人大三次会议第15号建议的答复\n" + _REPLY_BODY
    )
    assert doc.header.signer == "刘晓东"
    span = doc.header.signer_span
    assert span is not None and doc.text[span.start : span.end] == "刘晓东"


def test_a_signer_cell_holding_no_name_gives_no_signer() -> None:
    doc = govdoc.parse_text(
        "标题 对青河县第八届人大三次会议第15号建议的答复\n"
        "签发人 2024-05-10 类别 A\n"
        "对青河县第八届人大三次会议第15号建议的答复\n" + _REPLY_BODY
    )
    assert doc.header.signer is None


def test_a_first_member_right_after_a_bracketed_qualifier_of_its_subject_opens_the_run() -> None:
    doc = govdoc.parse_text(
        "一、关于校舍维修\n"
        "为做好校舍安全工作，市教育局督促各乡镇（街道）一要全面排查危旧校舍，建立台账；"
        "二要落实维修资金，按期完成改造；三要加强日常巡查，及时消除隐患。\n"
        "二、关于经费保障\n"
        "区财政已安排专项资金。\n"
    )
    items = doc.sections[0].paragraphs[0].items
    assert [item.marker for item in items] == ["一要", "二要", "三要"]
    assert items[0].lead == "全面排查危旧校舍，建立台账"


def test_a_bracket_before_a_lone_yi_shi_word_inside_a_sentence_is_no_run() -> None:
    doc = govdoc.parse_text("一、关于标准\n两项标准（试行）一是统一的说法并不准确，目前仍在修订。\n")
    assert doc.sections[0].paragraphs[0].items == ()


def test_a_title_cut_after_its_meeting_still_gives_the_meeting_of_the_proposal_answered() -> None:
    doc = govdoc.parse_text(
        "B\n"
        "湖东区水务局\n"
        "湖东水字〔2022〕14号\n"
        "关于区政协七届三次会议\n"
        "陈立新委员：\n"
        "您提出的《关于加快老旧小区供水管网改造的提案》（第0087号）收悉，现答复如下。\n"
        "我局已将老旧小区供水管网改造列入今年计划，正在分批实施。\n"
        "感谢您对水务工作的关心。\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.number) == ("政协", "区", 7, 3, "0087")
    assert ref.title == "关于加快老旧小区供水管网改造的提案"


def test_a_cut_title_line_naming_no_term_gives_no_meeting() -> None:
    doc = govdoc.parse_text(
        "B\n"
        "湖东区水务局\n"
        "湖东水字〔2022〕14号\n"
        "关于区政协全体会议\n"
        "陈立新委员：\n"
        "您提出的《关于加快老旧小区供水管网改造的提案》（第0087号）收悉，现答复如下。\n"
        "我局已将老旧小区供水管网改造列入今年计划，正在分批实施。\n"
    )
    ref = doc.header.responds_to
    assert ref is not None and (ref.body, ref.term, ref.number) == (None, None, "0087")
