"""Causes behind holdout23's parser misses (tests/test_probes_23_holdout.py, run by the lead on main
9e1b3b88), each shown on a new example written for it, with guards for the text it must leave alone."""

from __future__ import annotations

import govdoc

_REPLY = """关于市政协十二届三次会议第0156号提案的答复
农工党某市委：
    贵委提出的《关于加强社区养老服务的提案》收悉。现答复如下：
    我局将加快社区养老服务设施建设。
    感谢贵委对民政工作的关心和支持。
某市民政局
2024年6月3日
"""


def _codes(doc: govdoc.Document) -> list[str]:
    return [w.code for w in doc.warnings]


def test_a_letter_spaced_label_with_two_spaces_keeps_its_whole_key() -> None:
    # b6d: 索  引  号 read as 引号, its first character cut off as a cell of its own
    doc = govdoc.parse_text("信  息  索  引：001-2024-0087\n发  文  日  期：2024-06-03\n" + _REPLY)
    assert dict(doc.header.metadata) == {"信息索引": "001-2024-0087", "发文日期": "2024-06-03"}


def test_two_cells_parted_by_a_wide_gap_are_still_two_pairs() -> None:
    doc = govdoc.parse_text("密级：秘密★1年      紧急程度：特急\n" + _REPLY)
    assert dict(doc.header.metadata) == {"密级": "秘密★1年", "紧急程度": "特急"}


def test_a_breadcrumb_opening_with_the_sites_name_is_page_chrome() -> None:
    # b6d: 湖南省人民政府门户网站  >  省政府部门  >  省民政厅 left in the text as content no field holds
    doc = govdoc.parse_text("某省人民政府门户网站 > 省政府部门 > 省交通运输厅\n" + _REPLY)
    assert "省政府部门" not in doc.text
    assert doc.header.title == "关于市政协十二届三次会议第0156号提案的答复"
    assert "content-unplaced" not in _codes(doc)


def test_a_replys_own_directions_through_a_site_stay_in_its_body() -> None:
    body = _REPLY.replace(
        "我局将加快社区养老服务设施建设。",
        "我局将加快社区养老服务设施建设。\n    请登录市政府网站>政务公开>办事指南查询",
    )
    doc = govdoc.parse_text(body)
    assert "请登录市政府网站>政务公开>办事指南查询" in doc.text


def test_minutes_without_a_signature_are_not_warned_for_it() -> None:
    # b5b: a 纪要 signs nowhere (README, schema 1.11), yet its null signature was warned field-missing
    doc = govdoc.parse_text(
        "某镇党政联席会议纪要\n〔2024〕5号\n    4月2日，镇党委书记王某主持召开党政联席会议。现纪要如下：\n"
        "    一、关于春季森林防火\n    会议要求各村落实巡山护林责任。\n"
    )
    assert doc.kind == "minutes"
    assert doc.signature is None
    assert "field-missing" not in _codes(doc)


def test_a_notice_without_a_signature_is_still_warned() -> None:
    doc = govdoc.parse_text(
        "某县教育局关于做好暑期安全工作的通知\n各中小学：\n    为做好暑期安全工作，现通知如下：\n"
        "    一、加强防溺水教育\n    各校要在放假前开展一次防溺水专题教育。\n"
    )
    assert doc.signature is None
    assert "field-missing" in _codes(doc)


def test_a_mark_and_a_pair_parted_by_a_wide_gap_are_still_two_cells() -> None:
    doc = govdoc.parse_text("B类                                  签发人：李某某\n某市民政局\n" + _REPLY)
    assert dict(doc.header.metadata) == {"签发人": "李某某"}
    assert doc.header.handling_result == "B"
