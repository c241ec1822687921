"""An office file prints no web chrome: what it prints above its title stays in its text."""

from __future__ import annotations

import govdoc
from tests.docx_builder import make_docx, p

TITLE = "关于加强社区养老服务的答复"


def _reply(above: list[str]) -> bytes:
    lines = [
        *above,
        TITLE,
        "王某委员：",
        "您提出的关于加强社区养老服务的提案收悉，现答复如下。",
        "一、关于服务网点",
        "我局已在全区设立服务网点十二个。",
        "某区民政局",
        "2024年5月6日",
    ]
    return make_docx("".join(p(line) for line in lines))


def test_a_title_a_word_file_prints_twice_stays_in_its_text() -> None:
    doc = govdoc.parse(_reply([TITLE]), format="docx")
    assert doc.header.title == TITLE
    assert doc.text.count(TITLE) == 2


def test_a_line_above_the_title_of_a_word_file_is_not_dropped() -> None:
    doc = govdoc.parse(_reply(["内部资料注意保存"]), format="docx")
    assert doc.header.title == TITLE
    assert "内部资料注意保存" in doc.text


def test_the_same_headline_in_saved_web_text_is_still_chrome() -> None:
    text = "\n".join([TITLE, TITLE, "王某委员：", "您提出的提案收悉，现答复如下。", "某区民政局", "2024年5月6日"])
    doc = govdoc.parse_text(text)
    assert doc.header.title == TITLE
    assert doc.text.count(TITLE) == 1
