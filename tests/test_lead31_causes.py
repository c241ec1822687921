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
