"""Fifth round of probes through the readers: files saved the ways Word, WPS, portals and OFD
producers save them (fixtures/office/formats5-*, written by fixtures/office/make_formats5.py).
Their expected values (formats5-*.expected.json, checked by tests/test_corpus.py) and what must
NOT reach the text (below) were written by hand before the parser was run on any of them."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def text_of(name: str) -> str:
    return govdoc.parse(OFFICE / name).text


# What each file carries that is no part of the document: a list's number template, a deleted or
# moved-away passage, a comment, a field's code, WPS's document variables, page furniture, portal
# chrome, an image's alt text, the HTTP header a crawler saved, an OFD template's running head.
NOT_TEXT = [
    ("formats5-docx-numbering-variants.docx", ["%1", "%2", "%3", "公文一级标题"]),
    (
        "formats5-docx-tracked-fields.docx",
        [
            "排查治理",
            "此处检查时段",
            "安委办",
            "HYPERLINK",
            "jcbs",
            "报送入口",
            "其他事项",
            "未尽事宜",
            "DATE",
            "yyyy",
            "—1—",
        ],
    ),
    ("formats5-docx-wps-request.docx", ["eyJoZGlk", "commondata", "_x0000", "mso-"]),
    ("formats5-docx-header-textbox-sections.docx", ["—1—", "办公室文件"]),
    (
        "formats5-html-gk-portal.html",
        ["当前位置", "字体", "打印", "关闭", "分享到", "微博", "网站标识码", "ICP", "建议提案办理", "网站首页"],
    ),
    (
        "formats5-html-gbk-header-comment.html",
        ["home", "copyright", "nav0", "Content-Type", "HTTP/1.1", "Last-Modified"],
    ),
    (
        "formats5-html-bulletin-tables.html",
        ["电子印章", "上一篇", "下一篇", "第一季度", "版权所有", "首页", "政务公开"],
    ),
    ("formats5-pdf-word-reply.pdf", ["-1-", "-2-"]),
    ("formats5-ofd-template-reply.ofd", ["某市人社局建议提案答复", "-1-"]),
]


@pytest.mark.parametrize(("name", "absent"), NOT_TEXT, ids=[n for n, _ in NOT_TEXT])
def test_what_the_file_carries_besides_the_document_never_reaches_the_text(name: str, absent: list[str]) -> None:
    squashed = "".join(text_of(name).split())
    for piece in absent:
        assert "".join(piece.split()) not in squashed, piece


def test_a_sentence_moved_by_tracked_changes_is_read_once_at_its_new_place() -> None:
    text = text_of("formats5-docx-tracked-fields.docx")
    assert text.count("对人员密集场所要逐一检查消防设施") == 1
    assert text.index("道路交通等行业领域") < text.index("对人员密集场所") < text.index("高温时段")


def test_a_letterhead_in_the_page_headers_text_box_comes_before_the_doc_number() -> None:
    text = text_of("formats5-docx-header-textbox-sections.docx")
    assert text.index("某区人民政府办公室") < text.index("区府办〔2024〕19号") < text.index("关于公布")


def test_the_doc_number_and_signer_on_one_tabbed_line_stay_apart() -> None:
    text = text_of("formats5-docx-wps-request.docx")
    assert "市文旅〔2024〕33号签发人" not in "".join(text.split())
