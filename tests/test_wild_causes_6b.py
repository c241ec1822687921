"""Causes found by hand in wild documents of sample 5 (second half), each shown on a new short
example written for it: the CPPCC named by its full name in a proposal's reference, and a
contents list whose entries carry leader dots and page numbers but whose first entry never
comes back as a line of the text."""

from __future__ import annotations

import govdoc


def test_the_cppcc_full_name_in_the_reference_is_the_body_zhengxie() -> None:
    doc = govdoc.parse_text(
        "青石县林业局关于对中国人民政治协商会议青石县第九届委员会第二次会议第17号提案的答复\n"
        "李明委员：\n"
        "您提出的《关于加强林区防火的提案》收悉，现答复如下：\n"
        "我局已在林区增设瞭望塔三座，并组建了专业扑火队伍，防火能力明显提高。\n"
        "感谢您对林业工作的关心和支持。\n"
        "青石县林业局\n"
        "2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.number) == ("政协", "县", 9, 2, "17")


def test_the_peoples_congress_full_name_stays_renda() -> None:
    doc = govdoc.parse_text(
        "关于白沙市第十二届人民代表大会第三次会议第40号建议的答复\n"
        "赵强代表：\n"
        "您提出的《关于增开夜间公交的建议》收悉，现答复如下：\n"
        "我局已在三条主干线试开夜班车，客流稳定后将逐步推广到其他线路。\n"
        "白沙市交通运输局\n"
        "2024年5月8日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.number) == ("人大", "40")
