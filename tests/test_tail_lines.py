"""Lines after a reply's closing that are neither body nor signature: the page's share tools and
the name line of the handling unit's head. Neither may hide the closing or the contact above."""

from __future__ import annotations

import govdoc

_REPLY = (
    "关于增设社区健身器材的答复\n"
    "赵敏代表：\n"
    "你提出的关于增设社区健身器材的建议收悉，现答复如下。\n"
    "今年我局已在三个社区安装健身器材。\n"
    "感谢你对全民健身工作的关心和支持。\n"
)


def test_share_tools_after_the_closing_are_chrome() -> None:
    for tools in ("分享本页面至：\n", "分享至：微信 微博\n", "分享到：\n"):
        doc = govdoc.parse_text(_REPLY + tools)
        assert doc.closing is not None, tools
        assert doc.closing.text == "感谢你对全民健身工作的关心和支持。"
        assert "分享" not in doc.text


def test_the_unit_head_line_is_no_body_and_keeps_the_contact() -> None:
    doc = govdoc.parse_text(_REPLY + "承办单位：河东区文化体育局\n单位负责人：\n")
    assert doc.closing is not None
    assert doc.closing.text == "感谢你对全民健身工作的关心和支持。"
    assert doc.contact is not None
    assert doc.contact.unit == "河东区文化体育局"
    assert doc.contact.name is None


def test_a_named_unit_head_is_not_the_contact_person() -> None:
    doc = govdoc.parse_text(_REPLY + "分管负责人：陈立\n")
    assert doc.closing is not None
    assert doc.contact is None or doc.contact.name != "陈立"


def test_a_day_left_of_a_date_is_trailer_with_a_warning_not_body() -> None:
    for day in ("十九日", "0十九日", "19日"):
        doc = govdoc.parse_text(_REPLY + "承办单位：河东区文化体育局\n" + day + "\n抄送：区政府办公室\n")
        assert doc.closing is not None, day
        assert doc.closing.text == "感谢你对全民健身工作的关心和支持。"
        assert doc.contact is not None and doc.contact.unit == "河东区文化体育局"
        assert doc.signature is None
        assert "date-unparsed" in [w.code for w in doc.warnings]
        assert day in doc.text


def test_a_day_inside_the_body_is_still_body() -> None:
    doc = govdoc.parse_text(_REPLY.replace("感谢你", "十九日\n感谢你"))
    assert "date-unparsed" not in [w.code for w in doc.warnings]
