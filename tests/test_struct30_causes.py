"""Causes found by session 30's structure probes (tests/test_probes_30_structure.py), each tested on a NEW example
of the cause, not the probe document itself; every test here fails on /work/s30start."""

from __future__ import annotations

from tests.probing import checked, closing, paras, signed


def test_a_no_text_note_naming_the_sealed_page_leaves_with_the_page_furniture() -> None:
    """Cause 1: the print's note over a 落款 page may say which document the page seals (此页无正文，为《…》的盖章页);
    read as a body line it kept the formula above it in the body and the closing was lost."""
    doc = checked(
        "汀兰县农业农村局关于县人大十届四次会议第9号建议的答复\n许某代表：\n您提出的建议收悉，现答复如下：\n"
        "一、关于农机补贴\n县财政安排补贴资金三百万元。\n此复。\n"
        "（本页无正文，系汀兰县农业农村局对县人大十届四次会议第9号建议答复的盖章页）\n汀兰县农业农村局\n2026年5月6日"
    )
    assert closing(doc) == "此复。"
    assert paras(doc) == [["县财政安排补贴资金三百万元。"]]
    assert signed(doc) == (("汀兰县农业农村局",), "2026-05-06")
    assert "盖章页" not in doc.text


def test_a_member_right_after_a_sentence_closed_inside_quotation_marks() -> None:
    """Cause 3: a member opens after a sentence's end, and a sentence may end inside the quotation marks closing it
    (…“…。”二是…); the marker was looked for after a stop, a clause mark or a colon only, so the run lost its second
    member (and, with one member left, the whole run)."""
    from tests.probing import every_items

    doc = checked(
        "关于县政协十一届一次会议第40号提案的答复\n蒋某委员：\n您提出的提案收悉，现答复如下：\n"
        "一、关于垃圾分类\n一是强化宣传引导。群众常说：“分类一小步，文明一大步！”二是完善设施配套。新建分类亭六十座。"
        "三是推行积分激励，居民参与率提高两成。\n特此答复。\n汀兰县城市管理局\n2026年4月2日"
    )
    assert every_items(doc)[1] == [
        [(1, "一是", "强化宣传引导"), (2, "二是", "完善设施配套"), (3, "三是", "推行积分激励，居民参与率提高两成")]
    ]
