"""fixB23: diffread-B's B5, B1 and B3 (session 23), each shown on a NEW example of its cause (no repro's text), with
guards that the case the rule was written for still reads. Every cause test fails on main de5a2724."""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants, invented


def _parsed(source: str) -> govdoc.Document:
    doc = govdoc.parse_text(source)
    check_invariants(doc)
    assert invented(doc.text, source) is None
    return doc


_NOTICE = [
    "某县卫生健康局关于开展2024年秋季爱国卫生运动的通知",
    "各乡镇卫生院，局属各单位：",
    "为巩固国家卫生县城创建成果，经研究，决定在全县开展秋季爱国卫生运动。请各单位按照方案抓好落实。",
    "特此通知。",
    "某县卫生健康局",
    "2024年9月2日",
]


# --- B5: a notice's own 附件 line under its 落款, over the page's document-viewer toolbar -----------------------


def test_a_notices_attachment_line_over_a_viewer_toolbar_under_the_signature_stays_its_attachment() -> None:
    """B5: the attachment's link under the 落款, the embedded viewer's toolbar under it: the toolbar is chrome,
    the 附件 line is the notice's own (Document.attachments reads it)."""
    lines = [*_NOTICE, "附件：秋季爱国卫生运动实施方案.docx", "首页 上一页 下一页 尾页 1 / 4 下载"]
    doc = _parsed("\n".join(lines) + "\n")
    assert "秋季爱国卫生运动实施方案.docx" in doc.text
    assert list(doc.attachments) == ["秋季爱国卫生运动实施方案.docx"], doc.attachments
    assert "上一页" not in doc.text


def test_a_viewed_files_caption_over_the_toolbar_above_the_text_still_leaves() -> None:
    """Guard (conv23's case): the viewer's caption and toolbar over the viewed notice leave the text."""
    lines = ["爱国卫生运动通知.pdf", "上一页 下一页 1 / 2 放大 缩小 下载 打印", *_NOTICE]
    doc = _parsed("\n".join(lines) + "\n")
    assert "上一页" not in doc.text and "爱国卫生运动通知.pdf" not in doc.text
    assert doc.header.title == _NOTICE[0]
