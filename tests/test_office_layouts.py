"""Layouts of office files (DOCX, PDF) that web text rarely shows, each from a new short example."""

from __future__ import annotations

import govdoc

REPLY = """王丽代表：
您提出的关于增设社区食堂的建议收悉，现答复如下：
今年我局已在三个街道试点社区食堂。
专此答复。
某市民政局
2025年4月2日
（此件公开发布）
{contact}
抄送：市人大常委会代表工作委员会。
某市民政局办公室  2025年4月3日印发
"""


def test_a_contact_label_in_a_cell_of_its_own_gives_its_value_without_a_colon() -> None:
    # A ruled two-column table on a PDF page reads as lines whose label and value cells meet at a
    # wide gap: removed between CJK characters (noted), kept before digits.
    text = REPLY.format(contact="联系单位    某市民政局养老服务处\n联系人    钱进\n联系电话    0571-81234567")
    contact = govdoc.parse_text(text).contact
    assert contact is not None
    assert (contact.unit, contact.name, contact.phones) == ("某市民政局养老服务处", "钱进", ("0571-81234567",))


def test_a_sentence_opening_with_a_contact_word_is_no_label_cell() -> None:
    text = REPLY.format(contact="联系群众的工作还要加强，我们将继续改进。")
    assert govdoc.parse_text(text).contact is None
