"""Causes the session-15 reviewer found in what landed, each with a new example written by hand.

R3: a download box's label (附件下载：) took the short lines under it as its links whatever they
were, so a 落款 or a heading under an empty box left the text with no warning. Only lines naming a
file are its links (patterns.chrome FILE_LIST_LABEL, FILE_LINK; cleanup.furniture._link_lists).
"""

from __future__ import annotations

import govdoc


def test_an_empty_download_box_over_the_signature_leaves_the_signature_whole() -> None:
    doc = govdoc.parse_text(
        "关于区政协五届三次会议第27号提案的答复\n\n"
        "周某委员：\n"
        "您提出的关于推进老旧小区加装电梯的提案收悉，现答复如下：\n"
        "今年全区已完成加装电梯六十部，财政补助资金全部到位。\n"
        "此复。\n"
        "附件下载：\n\n"
        "某区住房和城乡建设局\n"
        "2024年7月2日\n"
    )
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区住房和城乡建设局",)
    assert doc.signature.date == "2024-07-02"
    assert "附件下载" not in doc.text
    assert "field-missing" not in {w.code for w in doc.warnings}


def test_an_empty_download_box_between_sections_keeps_the_sections_under_it() -> None:
    doc = govdoc.parse_text(
        "关于区政协五届三次会议第28号提案的答复\n\n"
        "吴某委员：\n"
        "您提出的提案收悉，现答复如下：\n"
        "一、基本情况\n"
        "全区现有农贸市场二十二个。\n"
        "附件下载：\n"
        "二、改造计划\n"
        "明年改造提升八个市场。\n"
        "三、资金保障\n"
        "区财政安排专项资金。\n"
        "特此答复。\n\n"
        "某区商务委员会\n"
        "2024年7月3日\n"
    )
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "基本情况"),
        ("二、", "改造计划"),
        ("三、", "资金保障"),
    ]
    assert [p.text for p in doc.sections[1].paragraphs] == ["明年改造提升八个市场。"]
    assert "numbering-gap" not in {w.code for w in doc.warnings}


def test_the_files_under_a_download_box_still_leave_with_it() -> None:
    doc = govdoc.parse_text(
        "关于区政协五届三次会议第29号提案的答复\n\n"
        "郑某委员：\n"
        "您提出的提案收悉，现答复如下：\n"
        "今年新建社区食堂十二个。\n"
        "特此答复。\n\n"
        "某区民政局\n"
        "2024年7月4日\n"
        "附件下载：\n"
        "关于第29号提案的答复.pdf（188KB）\n"
        "社区食堂名单.XLSX\n"
        "附件2.doc\n"
    )
    assert doc.signature is not None and doc.signature.issuers == ("某区民政局",)
    for gone in ("附件下载", "188KB", "社区食堂名单", "附件2.doc"):
        assert gone not in doc.text
    assert doc.attachments == ()
