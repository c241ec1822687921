"""A single space between two complete organs' names separates them; inside one name it is layout.

Layout spaces between two CJK characters leave `Document.text` (the contract), but a space that
parts two whole organs' names (`县政府办 县政协提案委`) is the writer's separator, not layout:
removing it glued the 抄送 list's two organs into one. Expected values are written by hand from
the contract: `cc` is the 抄送 list split into organs, `Signature.issuers` each co-signer.
Examples are written for these tests.
"""

from __future__ import annotations

from tests.probing import checked


def _doc(title: str, signature: str, cc: str) -> str:
    return f"{title}\n\n各乡镇人民政府：\n\n现将有关事项通知如下，请认真贯彻执行。\n\n{signature}\n2024年5月6日\n\n{cc}\n\n某县人民政府办公室 2024年5月7日印发\n"


def test_each_space_between_organs_in_a_cc_line_separates_them() -> None:
    doc = checked(
        _doc("某县人民政府关于做好防汛工作的通知", "某县人民政府", "抄送：县人大常委会办 县政协提案委 县司法局。")
    )
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县人大常委会办", "县政协提案委", "县司法局")


def test_two_organs_a_space_apart_in_the_cc_list_stay_two() -> None:
    doc = checked(_doc("某县人民政府关于做好防汛工作的通知", "某县人民政府", "抄送：县政府办 县政协提案委。"))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县政府办", "县政协提案委")
    assert "抄送：县政府办 县政协提案委。" in doc.text


def test_letter_spaced_organ_name_stays_one_name() -> None:
    doc = checked(_doc("某县人民政府关于做好防汛工作的通知", "县 政 府 办 公 室", "抄送：县 政 协 办 公 室。"))
    assert doc.signature is not None
    assert doc.signature.issuers == ("县政府办公室",)
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县政协办公室",)


def test_a_place_name_then_its_organ_is_one_name() -> None:
    doc = checked(
        _doc("某市 教育局关于做好招生工作的通知", "某市 教育局", "抄送：某某县人民政府 办公室，某市 财政局。")
    )
    assert doc.header.issuer == "某市教育局"
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市教育局",)
    assert doc.imprint is not None
    assert doc.imprint.cc == ("某某县人民政府办公室", "某市财政局")


def test_a_short_department_after_its_organ_stays_one_name() -> None:
    doc = checked(_doc("某县人民政府关于做好防汛工作的通知", "某县人民政府", "抄送：中共某县委 宣传部。"))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("中共某县委宣传部",)


def test_a_letter_spaced_cc_label_still_lets_the_space_separate_organs() -> None:
    doc = checked(_doc("某县人民政府关于做好防汛工作的通知", "某县人民政府", "抄 送：县政府办 县应急管理局。"))
    assert doc.imprint is not None
    assert doc.imprint.cc == ("县政府办", "县应急管理局")
