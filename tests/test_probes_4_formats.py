"""Fourth round of probes, through the readers: files laid out the ways offices and portals make
them (fixtures/office/formats-*, written by fixtures/office/make_formats.py). Their expected
values (formats-*.expected.json, checked by tests/test_corpus.py) and what must NOT reach the
text (below) were written by hand before the parser was run on any of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def text_of(name: str) -> str:
    return govdoc.parse(OFFICE / name).text


# What each file carries that is no part of the document: page furniture, a Word comment, deleted
# and hidden text, a field's code, portal chrome and related links, a WeChat editor's byline.
NOT_TEXT = [
    ("formats-docx-autonumber-reply.docx", ["提案答复件", "第1页", "共2页", "PAGE", "请核实"]),
    ("formats-docx-textbox-notice.docx", ["十一月底", "内部掌握", "核对后删除"]),
    ("formats-docx-tables-reply.docx", ["DATE", "yyyy"]),
    ("formats-html-table-rows.html", ["首页", "相关阅读", "第2024031号", "网站标识码", "\u00a0"]),
    ("formats-html-gb2312-font.html", ["浏览次数", "分享到", "打印本页", "版权所有", "网站首页"]),
    ("formats-md-wechat.md", ["seal.png", "https://", "阅读1024", "](", "**"]),
]


@pytest.mark.parametrize(("name", "absent"), NOT_TEXT, ids=[n for n, _ in NOT_TEXT])
def test_what_the_file_carries_besides_the_document_never_reaches_the_text(name: str, absent: list[str]) -> None:
    squashed = "".join(text_of(name).split())
    for piece in absent:
        assert "".join(piece.split()) not in squashed, piece


def test_a_letterhead_in_a_text_box_comes_before_the_doc_number_it_is_anchored_with() -> None:
    text = text_of("formats-docx-textbox-notice.docx")
    assert text.index("某县人民政府办公室") < text.index("东政办发〔2024〕31号") < text.index("关于做好")
