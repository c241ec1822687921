"""Causes the lead found in session 31 reading the wild corpus, each checked on a new example.

Deputies or members addressed by names parted by single spaces (a portal's editor lists a joint 提案's
proposers so, w029): each space parts two names as a 、 would. The layout rule took them for
letter-spacing and glued the names into one (程某某苏某某杨某某委员). A letter-spaced name leaves pieces of one
character, never two to four each, and loses its spaces as before.
"""

from __future__ import annotations

import govdoc

REPLY = """关于县政协九届二次会议第12号提案的答复

{addressee}
　　你们提出的《关于改善城区停车秩序的提案》收悉，现答复如下：
　　今年以来，我局新增公共停车泊位860个。
　　感谢你们对交通工作的关心和支持。

菰城县交通运输局
2024年6月3日
"""


def test_names_parted_by_single_spaces_before_members_stay_parted() -> None:
    doc = govdoc.parse_text(REPLY.format(addressee="龚某某 杜某 韦某某委员："))
    assert doc.header.recipients == ("龚某某 杜某 韦某某委员",)


def test_names_parted_by_spaces_after_an_honorific_with_a_greeting_stay_parted() -> None:
    doc = govdoc.parse_text(REPLY.format(addressee="尊敬的欧阳某某 祁某代表，你们好！"))
    assert "欧阳某某 祁某代表" in doc.text


def test_a_letter_spaced_name_before_its_colon_is_still_one_name() -> None:
    doc = govdoc.parse_text(REPLY.format(addressee="龚 某 某委员："))
    assert doc.header.recipients == ("龚某某委员",)


# A 落款's date a stored page ran onto the body's last line is cut from that paragraph (holdout30b's rule);
# when a page break above that line joined it to the paragraph before, the date's place did not move along
# with the line, and the date stayed in the paragraph's text as well as the signature's (w052).
BULLETIN = """关于表彰2023年度森林防火工作先进单位的通报

各乡镇人民政府，县直各单位：
　　2023年度，全县各地各部门认真落实森林防火责任制，全年未发生较大森林火灾。经研究，决定对蓼川镇等5个单位予以通报表扬。希望受表彰的单位珍惜荣誉，再接再厉，各地各部门要以先进为榜样，
- 2 -
进一步压实责任，确保全县森林资源安全。 二〇二四年二月六日
"""


def test_a_flattened_date_on_a_line_joined_over_a_page_break_leaves_the_paragraph() -> None:
    doc = govdoc.parse_text(BULLETIN)
    assert doc.signature is not None and doc.signature.date == "2024-02-06"
    last = doc.preamble[-1].text
    assert last.startswith("2023年度，全县各地各部门")
    assert last.endswith("确保全县森林资源安全。"), last[-30:]


# A 案由 row names the proposal's title only where its value is shaped as a title (REVIEW31 R7): a form whose 案由
# holds the case itself (近年来…。建议…。) names none, and the reference keeps no title rather than a paragraph.
CASE_ROW = """蕙江县住房和城乡建设局
蕙住建函〔2024〕17号
建议号：0093
案由：近年来城区老旧小区停车难问题突出。建议增设公共停车泊位。
关于县十八届人大四次会议第0093号建议的答复
邝某某代表：
您提出的建议收悉，现答复如下：
今年我局新增公共停车泊位420个。
蕙江县住房和城乡建设局
2024年7月2日
"""


def test_a_case_row_holding_sentences_names_no_proposal_title() -> None:
    ref = govdoc.parse_text(CASE_ROW).header.responds_to
    assert ref is not None and ref.number == "0093"
    assert ref.title is None


def test_a_title_row_with_a_lost_characters_question_mark_is_still_the_title() -> None:
    text = CASE_ROW.replace(
        "案由：近年来城区老旧小区停车难问题突出。建议增设公共停车泊位。", "案由：关于增设?城区公共停车泊位的建议"
    )
    ref = govdoc.parse_text(text).header.responds_to
    assert ref is not None and ref.title == "关于增设?城区公共停车泊位的建议"
