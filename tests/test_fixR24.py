"""fixR24: review24's open findings, each fixed at its cause and pinned by a new example of the cause.

R2: a point of the answer cut by a page end in mid-sentence, its siblings whole sentences on their lines.
R4: a column-shaped information table (labels in the head row, values in the row under it).
R6: a bare page number between a contact label and its phone number.
Expected values written by hand from the texts and the contract.
"""

from __future__ import annotations

import govdoc

# --- R2: a numbered point cut by a page end, its siblings each one sentence on its line ---------------

CUT_POINT = (
    "关于区人大二届三次会议第45号建议的答复\n"
    "赵某代表：\n"
    "你提出的建议收悉。经研究，现答复如下：\n"
    "一、我局将于年内在城东片区新建两座社区养\n"
    "- 4 -\n"
    "老服务中心，床位共计二百张。\n"
    "二、区财政对新建社区养老服务中心按每张床位给予一次性补助。\n"
    "三、民政部门将会同卫健部门推进医养结合服务。\n"
    "感谢你对民政工作的关心和支持。\n"
    "某区民政局\n"
    "2024年6月3日\n"
)


def _sections(doc: govdoc.Document) -> list[tuple[str | None, str | None]]:
    return [(s.marker, s.title) for s in doc.sections]


def test_a_point_cut_by_a_page_end_among_points_that_each_say_a_sentence_is_joined_and_warned() -> None:
    """The first point's line ends mid-word at the page's foot and its sentence ends on the next page; its
    siblings each say one whole sentence on their line: the cut point is one line again, and the join is
    warned as the guess it is. Joined it is a sentence of 33 characters ending on 。, so by the contract it has
    no title and is the section's first paragraph (its siblings, 30 characters or fewer, are titles)."""
    doc = govdoc.parse_text(CUT_POINT)
    assert _sections(doc) == [
        ("一、", None),
        ("二、", "区财政对新建社区养老服务中心按每张床位给予一次性补助"),
        ("三、", "民政部门将会同卫健部门推进医养结合服务"),
    ]
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "我局将于年内在城东片区新建两座社区养老服务中心，床位共计二百张。"
    ]
    assert "page-break-joined" in [w.code for w in doc.warnings]
    assert "一、我局将于年内在城东片区新建两座社区养老服务中心，床位共计二百张。" in doc.text


def test_a_bare_heading_at_a_page_foot_over_a_paragraph_of_its_own_stays_a_heading() -> None:
    """The guard: a heading of titles (its siblings bare titles too) whose paragraph opens on the next page
    is no cut point, whatever the page end between them."""
    text = (
        "关于区人大二届三次会议第45号建议的答复\n"
        "赵某代表：\n"
        "你提出的建议收悉。经研究，现答复如下：\n"
        "一、关于社区养老服务中心建设\n"
        "- 4 -\n"
        "城东片区将新建两座社区养老服务中心。\n"
        "二、关于床位补助\n"
        "区财政按每张床位给予一次性补助。\n"
        "感谢你对民政工作的关心和支持。\n"
        "某区民政局\n"
        "2024年6月3日\n"
    )
    doc = govdoc.parse_text(text)
    assert _sections(doc) == [("一、", "关于社区养老服务中心建设"), ("二、", "关于床位补助")]
    assert [p.text for p in doc.sections[0].paragraphs] == ["城东片区将新建两座社区养老服务中心。"]
    assert "page-break-joined" not in [w.code for w in doc.warnings]


def test_a_heading_at_a_page_foot_over_a_statement_stays_where_its_siblings_are_sentences() -> None:
    """A line opening as a sentence of its own (目前, 我局 …) under a bare heading at a page's foot is the
    heading's paragraph, not its cut half, though the siblings are sentences: no join, nothing moved."""
    text = CUT_POINT.replace("一、我局将于年内在城东片区新建两座社区养\n", "一、新建社区养老服务中心\n").replace(
        "老服务中心，床位共计二百张。\n", "目前已选定城东片区两处场地。\n"
    )
    doc = govdoc.parse_text(text)
    assert _sections(doc)[0] == ("一、", "新建社区养老服务中心")
    assert [p.text for p in doc.sections[0].paragraphs] == ["目前已选定城东片区两处场地。"]


# --- R4: a column-shaped information table -------------------------------------------------------------

COLUMN_TABLE = (
    "| 发文机关 | 成文日期 | 主题分类 |\n"
    "|---|---|---|\n"
    "| 某县交通运输局 | 2024-05-09 | 交通 |\n"
    "关于做好汛期道路安全工作的通知\n"
    "各乡镇交通管理站：\n"
    "为做好今年汛期道路安全工作，现将有关事项通知如下。\n"
    "特此通知。\n"
    "某县交通运输局\n"
    "2024年5月9日\n"
)


def test_a_column_shaped_information_table_pairs_each_label_with_the_value_under_it() -> None:
    """Labels in the head row, values in the row under it (a portal's horizontal table through an
    HTML-to-Markdown converter): each label takes the value in its column, none the label beside it."""
    doc = govdoc.parse_text(COLUMN_TABLE)
    assert doc.header.metadata == {"发文机关": "某县交通运输局", "成文日期": "2024-05-09", "主题分类": "交通"}
    assert doc.header.issuer == "某县交通运输局"
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_column_shaped_table_separated_by_tabs_pairs_by_column_too() -> None:
    text = COLUMN_TABLE.replace("| 发文机关 | 成文日期 | 主题分类 |\n|---|---|---|\n", "发文机关\t成文日期\t主题分类\n")
    text = text.replace("| 某县交通运输局 | 2024-05-09 | 交通 |\n", "某县交通运输局\t2024-05-09\t交通\n")
    doc = govdoc.parse_text(text)
    assert doc.header.metadata == {"发文机关": "某县交通运输局", "成文日期": "2024-05-09", "主题分类": "交通"}


def test_a_head_of_labels_over_several_rows_is_a_list_of_documents_not_one_table_of_pairs() -> None:
    """The guard: under a head of labels, two rows of values are a data table's rows (a list of related
    documents), no pairs of this document's information table, and no label takes its neighbour as value."""
    from govdoc.fields.metadata import pair_lines

    rows = [
        "标题\t文号\t成文日期",
        "关于甲事项的通知\t某交发〔2024〕3号\t2024-01-05",
        "关于乙事项的通知\t某交发〔2024〕4号\t2024-02-06",
    ]
    assert pair_lines(rows) == []
    assert pair_lines(rows[:2]) == [
        ("标题", "关于甲事项的通知"),
        ("文号", "某交发〔2024〕3号"),
        ("成文日期", "2024-01-05"),
    ]


# --- R6: a page number between a contact label and its number ----------------------------------------

CONTACT_CUT = (
    "关于市政协第203号提案的答复\n"
    "陈某委员：\n"
    "您提出的提案收悉，现答复如下：\n"
    "我局今年已新增公共停车泊位三千个。\n"
    "感谢您对交通工作的关心和支持。\n"
    "某市交通运输局\n"
    "2024年7月16日\n"
    "联系人：孙某\n"
    "电话：\n"
    "2\n"
    "13812345678\n"
)


def test_a_bare_page_number_between_a_phone_label_and_its_number_is_the_pages() -> None:
    doc = govdoc.parse_text(CONTACT_CUT)
    assert doc.contact is not None
    assert doc.contact.name == "孙某"
    assert doc.contact.phones == ("13812345678",)
    assert "content-unplaced" not in [w.code for w in doc.warnings]


def test_a_figure_under_a_phone_label_with_no_number_below_stays_the_labels_value() -> None:
    """The guard: a short hotline under its label (电话： ⏎ 12345) is the label's value, not a page number."""
    doc = govdoc.parse_text(CONTACT_CUT.replace("2\n13812345678\n", "12345\n"))
    assert "12345" in doc.text


def test_a_bare_heading_at_a_page_foot_among_titles_printed_with_a_stop_keeps_its_paragraph() -> None:
    """The guard: siblings that are short titles printed with a stop (二、完善配套设施。) are titles, not
    sentences, so a bare heading at a page's foot among them is no cut point: its one-sentence paragraph on the
    next page stays its paragraph."""
    text = (
        "关于区人大二届三次会议第45号建议的答复\n"
        "赵某代表：\n"
        "你提出的建议收悉。经研究，现答复如下：\n"
        "一、加快老旧小区改造\n"
        "- 4 -\n"
        "全年改造小区一百二十个。\n"
        "二、完善配套设施。\n"
        "新增电梯八十部。\n"
        "感谢你对民政工作的关心和支持。\n"
        "某区民政局\n"
        "2024年6月3日\n"
    )
    doc = govdoc.parse_text(text)
    assert _sections(doc)[0] == ("一、", "加快老旧小区改造")
    assert [p.text for p in doc.sections[0].paragraphs] == ["全年改造小区一百二十个。"]


def test_a_contact_line_cut_after_its_last_label_takes_the_number_on_the_next_line() -> None:
    """`联系人：孙某，电话：` ⏎ `13812345678`: the line's last label waits for its value on the next line, as a label
    alone on its line does; with a page's bare number between them too, the number is the page's."""
    text = CONTACT_CUT.replace("联系人：孙某\n电话：\n2\n", "联系人：孙某，电话：\n")
    doc = govdoc.parse_text(text)
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("孙某", ("13812345678",))
    assert "content-unplaced" not in [w.code for w in doc.warnings]
    doc = govdoc.parse_text(text.replace("电话：\n", "电话：\n2\n"))
    assert doc.contact is not None
    assert doc.contact.phones == ("13812345678",)
    assert "content-unplaced" not in [w.code for w in doc.warnings]


# --- diffread-C C3: a piece rule left a piece empty, and the next rule asked its first character -------------


def test_a_quote_mark_alone_in_a_text_with_asciidoc_hard_breaks_reads_without_an_internal_error() -> None:
    """An empty quote line (`>`) in a text whose lines end on AsciiDoc's hard break (` +`): the quote rule leaves
    the piece empty and no later piece rule may ask its first or last character (it raised IndexError, an
    internal-error). The reply reads whole."""
    text = (
        ":doctype: article\n"
        "= 关于加强校园周边交通秩序管理的答复\n"
        "\n"
        "刘某委员： +\n"
        ">\n"
        "您提出的提案收悉，现答复如下： +\n"
        "我局已在全区中小学周边设置护学岗四十处。\n"
        "\n"
        "某区公安分局交通管理大队\n"
        "2024年9月2日\n"
    )
    doc = govdoc.parse_text(text)
    assert doc.header.title == "关于加强校园周边交通秩序管理的答复"
    assert "我局已在全区中小学周边设置护学岗四十处。" in doc.text
    assert doc.signature is not None
    assert doc.signature.issuers == ("某区公安分局交通管理大队",)
