"""Causes the lead found this session, each with a test from a new example (not the document it was
found in).

Cause 1 (found in a stored portal page of ../shared/corpus/wild: an award notice listing counties a line
per prize): a line that lists three or more places or organs parted by spaces had those spaces removed as
letter-spacing, gluing the names into one (`一等奖：文昌市海口市屯昌县`) without a warning. The spaces of
such a line part names as a 、 would (`patterns.NAME_LIST`); letter-spacing (`通 知`) and one name a
layout parted (`某市 教育局`: two pieces) are still closed up, and organs side by side with no label stay
a joint 落款 (its gaps read by the trailer rules).
"""

from __future__ import annotations

import govdoc


def _preamble(text: str) -> list[str]:
    return [p.text for p in govdoc.parse(text.encode(), format="txt").preamble]


AWARDS = (
    "关于表彰2024年度乡村振兴工作先进单位的通报\n"
    "各乡镇人民政府，县直各单位：\n"
    "经考核，决定对以下单位予以通报表彰：\n"
    "先进乡镇：青石镇 柳河乡 白塔街道\n"
    "先进部门：县农业农村局　县财政局　县交通运输局\n"
    "某县人民政府\n"
    "2025年1月20日\n"
)


def test_spaces_parting_listed_places_and_organs_are_kept() -> None:
    assert _preamble(AWARDS)[1:] == [
        "先进乡镇：青石镇 柳河乡 白塔街道",
        "先进部门：县农业农村局　县财政局　县交通运输局",
    ]


def test_a_list_of_villages_without_a_label_keeps_its_spaces_too() -> None:
    text = "关于公布示范村名单的通知\n各乡镇：\n现将名单公布如下：\n桃源村 杏林村 梅岭村 竹溪村\n某县农业农村局\n2025年3月2日\n"
    assert _preamble(text) == ["现将名单公布如下：", "桃源村 杏林村 梅岭村 竹溪村"]


def test_letter_spacing_and_a_name_parted_in_two_are_still_closed_up() -> None:
    text = "关于开展安全检查的通知\n各单位：\n请 各 单 位 认 真 开 展 自 查。\n检查组由某市 教育局牵头。\n某市安全生产委员会办公室\n2025年3月2日\n"
    assert _preamble(text)[-2:] == ["请各单位认真开展自查。", "检查组由某市教育局牵头。"]


def test_organs_side_by_side_with_no_label_are_still_a_joint_signature() -> None:
    text = (
        "关于市政协第88号提案的答复\n张某某委员：\n您提出的提案收悉，现答复如下：\n已按提案办理。\n"
        "某市水利局　　某市农业农村局　　某市生态环境局\n2025年5月6日\n"
    )
    sig = govdoc.parse(text.encode(), format="txt").signature
    assert sig is not None and sig.issuers == ("某市水利局", "某市农业农村局", "某市生态环境局")
