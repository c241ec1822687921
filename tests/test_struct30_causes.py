"""Causes found by session 30's structure probes (tests/test_probes_30_structure.py), each tested on a NEW example
of the cause, not the probe document itself; every cause's test fails on /work/s30start (a guard of a cause's edge, named so,
passes on both)."""

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


def test_articles_of_a_law_quoted_under_a_paren_point_open_no_sections() -> None:
    """Cause 2: a reply's point may cite a rules text on a colon and quote its articles (第二十一条　… ⏎ 第二十二条　…),
    numbered as that text numbers them; read as the answer's own article sections, they broke the point in three
    and warned a numbering gap. Where the articles are the document's own (a rules text under its title) they still
    open sections."""
    from tests.probing import gap, tree

    doc = checked(
        "关于区人大三届二次会议第31号建议的答复\n沈某代表：\n您提出的建议收悉，现答复如下：\n一、关于养犬管理\n"
        "（一）法规依据\n根据《葭沚区养犬管理条例》第二十一条、第二十二条的规定：\n"
        "第二十一条　携犬出户应当束犬链。\n第二十二条　禁止携犬进入学校。\n我局将据此加强执法。\n（二）执法情况\n查处违规养犬行为三十起。\n"
        "特此答复。\n葭沚区城市管理局\n2026年3月9日"
    )
    assert tree(doc) == [
        (1, "cn", "一、", "关于养犬管理"),
        (2, "cn-paren", "（一）", "法规依据"),
        (2, "cn-paren", "（二）", "执法情况"),
    ]
    assert paras(doc)[1] == [
        "根据《葭沚区养犬管理条例》第二十一条、第二十二条的规定：",
        "第二十一条携犬出户应当束犬链。",
        "第二十二条禁止携犬进入学校。",
        "我局将据此加强执法。",
    ]
    assert not gap(doc)


def test_a_rules_texts_own_articles_after_a_colon_still_open_sections() -> None:
    """Cause 2's edge: articles under a rules text's title (no point of an answer above them) are its own."""
    from tests.probing import tree

    doc = checked(
        "蓼湾镇集镇管理办法\n根据《岫山市城乡规划条例》的规定：\n第一条　为加强集镇管理，制定本办法。\n"
        "第二条　本办法适用于蓼湾镇集镇区域。"
    )
    assert [(s.style, s.marker) for s in doc.iter_sections()] == [("article", "第一条"), ("article", "第二条")]
    assert tree(doc)[0][0] == 1


def _row(*cells: str) -> str:
    from tests.docx_builder import p

    return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"


def test_a_signature_in_a_word_tables_right_column_beside_the_contact() -> None:
    """Cause 4: an office template's borderless table of two columns at the document's end, the contact at the left
    and the 落款's organ and date at the right: each row held a contact label and the organ (or the date), so no 落款
    was read."""
    import govdoc
    from tests.docx_builder import make_docx, p
    from tests.invariants import check_invariants

    body = "".join(
        p(t)
        for t in (
            "关于县政协十届三次会议第22号提案的答复",
            "钱某委员：",
            "您提出的提案收悉，现答复如下：",
            "一、关于农村公路养护",
            "县财政每年安排养护资金八百万元。",
            "此复。",
        )
    )
    body += (
        "<w:tbl>"
        + _row("联系人：孔某", "汀兰县交通运输局")
        + _row("联系电话：0578-7654321", "2026年6月30日")
        + "</w:tbl>"
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    check_invariants(doc)
    assert signed(doc) == (("汀兰县交通运输局",), "2026-06-30")
    assert doc.contact is not None and (doc.contact.name, doc.contact.phones) == ("孔某", ("0578-7654321",))
    assert closing(doc) == "此复。"


def test_guard_a_body_table_of_units_beside_their_liaisons_keeps_its_rows() -> None:
    """Cause 4's edge: a table in the running text (a sentence follows it) listing liaisons beside units stays rows."""
    doc = checked(
        "关于做好防汛值守工作的通知\n各乡镇：\n现将值守联络人名单公布如下。\n\n| 联系人：许某 | 蓼湾镇人民政府 |\n|---|---|\n"
        "| 联系人：韩某 | 葭沚镇人民政府 |\n\n请各乡镇严格落实值守制度。\n汀兰县应急管理局\n2026年6月1日"
    )
    assert "联系人：许某\t蓼湾镇人民政府" in doc.text
    assert signed(doc) == (("汀兰县应急管理局",), "2026-06-01")


def test_a_member_after_a_bracketed_note_set_after_a_sentences_end() -> None:
    """Cause 5: a bracketed note may stand after a sentence's stop (…。（详见附件）二是…), a reference or a source the
    writer set off; the member after it opens after that sentence all the same, and was lost with the run."""
    from tests.probing import every_items

    doc = checked(
        "关于县政协十一届二次会议第8号提案的答复\n郑某委员：\n您提出的提案收悉，现答复如下：\n"
        "一、关于农村饮水安全\n一是实施水源地保护工程。（工程清单附后）二是推进城乡供水一体化。新建管网一百公里。\n"
        "此复。\n汀兰县水利局\n2026年7月1日"
    )
    assert every_items(doc)[1] == [[(1, "一是", "实施水源地保护工程"), (2, "二是", "推进城乡供水一体化")]]


def test_members_after_a_dash_leading_in_to_them() -> None:
    """Cause 6: the dash (破折号 ——) leads in to a list as a colon does (…抓好三件事——一是…；二是…); the first member
    was looked for after a stop, a clause mark or a colon only, so the run lost its head and with it every member."""
    from tests.probing import every_items

    doc = checked(
        "关于区人大三届三次会议第12号建议的答复\n冯某代表：\n您提出的建议收悉，现答复如下：\n"
        "一、关于老旧小区改造\n今年我局重点抓好两件事——一是加装电梯四十部，二是改造雨污管网二十公里。\n"
        "特此答复。\n葭沚区住房和城乡建设局\n2026年9月3日"
    )
    assert every_items(doc)[1] == [[(1, "一是", "加装电梯四十部"), (2, "二是", "改造雨污管网二十公里")]]


def test_guard_a_contact_tables_bare_labels_beside_their_values_keep_their_rows() -> None:
    """Cause 4's edge (review R3): a contact table under the 落款 whose left cells are bare labels and right cells their
    values (an address ending on 室, a unit ending on 馆, which read as organs' names) keeps its rows."""
    doc = checked(
        "关于县政协十一届二次会议第19号提案的答复\n王某委员：\n您提出的提案收悉，现答复如下：\n一、关于图书馆分馆\n"
        "今年新建分馆五个。\n特此答复。\n汀兰县文化和旅游局\n2026年7月20日\n\n| 承办单位 | 汀兰县图书馆 |\n|---|---|\n"
        "| 通讯地址 | 汀兰县滨江路8号201室 |"
    )
    assert "承办单位\t汀兰县图书馆" in doc.text
    assert "通讯地址\t汀兰县滨江路8号201室" in doc.text
    assert signed(doc) == (("汀兰县文化和旅游局",), "2026-07-20")
