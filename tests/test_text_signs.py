"""The text reader's questions of the whole text (readers.text_signs): a table of named detectors, each with the
cheap sign that says it may apply and a full test whole on its own, so that the one scan of the ASCII projection
is only an optimisation.

The written texts below are this module's own, one or more for each detector; the tests ask that each detector
answers other than its default on one of them (so the comparison means something for every row), and that
switching the scan off (every full test asked of every text) gives the same answers and the same blocks, on them,
on the line rules' written texts, on the fixtures, on a sample of ../shared's texts and on generated texts.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc.readers.text_signs as TS
from govdoc.readers.text_lines import Signs
from tests.test_text_lines import WRITTEN as LINE_TEXTS
from tests.test_text_lines import _blocks, _texts

WRITTEN = (
    "关于某事::\n\n.. image:: media/seal.png\n\n|印章| 某局\n\n.. |印章| image:: seal.png\n",  # reST
    "== 关于某事的答复 ==\n== 一、办理情况 ==\n您的建议收悉。\n",  # a wiki's headings (conv27)
    "title: 答复\ntype: text/vnd.tiddlywiki\n\n!关于某事的答复\n",  # a TiddlyWiki tiddler (conv27)
    "[b]关于某事的答复[/b]\n[size=3]您的建议收悉。[/size]\n",  # a forum's BBCode (conv27)
    ".LP\n关于某事的答复\n.PP\n您的建议\\f[B]收悉\\f[R]。\n.SH 2\n一、办理情况\n",  # groff's ms requests and escapes (conv29)
    "关于某事的答复\\par\n您的建议收悉。\\par\n特此答复。\\par\n",  # RTF's control words
    "首页[1]通知公告\n关于某事的通知\n\nReferences\n\n   1. http://example.gov.cn/\n",  # lynx's links
    "关于某事的答复\n公交线路四十二辆[a]。\n特此答复。\n\n[a]核对数字\n",  # a comments' list
    "# 关于某事的答复\n\n这是==重点==内容，**加粗**。\n",  # Markdown with a highlight
    "关于共享目录的说明<br>路径为 \\\\fileserver\\share 目录。\n",  # an inline tag and a UNC path
    "第一页的内容。\f第二页的内容。\n",  # a form feed
    "👇关于做好汛期值守的通知\u200b\n",  # a pictograph and a zero-width space
    "第一行\u2028第二行\x0b第三行\n",  # Word's manual line breaks
    "某项工作推进顺利，预计本年度内完\u00ad\n成。\n",  # a soft hyphen
    "项目\t数量\t\n泊位\t120\t\n",  # a spreadsheet's TABs
    "关于某事的答复\n抄送：县政协提案委员会。\t抄送：县政协提案委员会。\n",  # a merged cell printed twice (conv25)
    "单元格一\r\x07单元格二\r\x07\n",  # Word's cell marks
    "&nbsp;&nbsp;您提出的建议收悉。\n",  # a page's space entities
    '"关于某事\n的答复"\r\n"第二格"\r\n',  # a column's quoted cell
    '答复内容\t"关于某事的答复\n您的建议收悉。\n特此答复。"\n',  # a row's quoted cell
    # a row's copy of paragraphs
    "王某代表：\n您提出的关于加快老旧小区改造的建议收悉，我局高度重视，会同各区认真研究办理。\t一、加快改造进度。"
    "今年已完成十二个小区的改造任务。\t二、完善配套设施。\t三、加强后续管理。\t特此答复。\n某局\n",
    "#+TITLE: 关于某事的答复\n#+OPTIONS: toc:nil\n您的建议收悉。\n",  # org
    "h1. 关于某事的答复\n\np. 您的建议收悉。\n\np. 现答复如下。\n\np. 特此答复。\n",  # Textile
    "\\begin{tabular}{ll}\n项目 & 数量 \\\\\n\\end{tabular}\n",  # a LaTeX tabular
    "= 关于某事的答复\n\n== 一、办理情况\n\n第一行 +\n第二行\n",  # AsciiDoc with a hard break
    "# 关于某事的答复\n\n这是*重点*内容。\n",  # single-star emphasis
    '关于某事的答复\nHYPERLINK "http://example.gov.cn/" 办事指南\n第 PAGE \\* MERGEFORMAT 1 页\n',  # field codes
    "好的，已收到。\n\n在 2024年6月3日 某局办公室 写道：\n> 关于某事的通知\n",  # a mail quoted under a reply
    "● 一级事项\n○ 二级事项\n● 另一事项\n",  # a word processor's bullets
    "## 一、基本情况\n\n##1.工作情况\n",  # loose Markdown headings
)


def _all_written() -> tuple[str, ...]:
    return WRITTEN + LINE_TEXTS


def _answers(text: str) -> dict[str, object]:
    """Every detector's answer for `text` read as the reader reads it (no record: the projection of the text)."""
    found = TS.detect(text, text.encode("ascii", "ignore").decode("ascii"), None)
    return {d.name: getattr(found, d.name) for d in TS.DETECTORS} | {"marked": found.marked}


def test_the_detectors_are_named_once_and_their_rows_well_formed() -> None:
    names = [d.name for d in TS.DETECTORS]
    assert len(names) == len(set(names))
    for d in TS.DETECTORS:
        assert hasattr(TS.TextSigns, d.name), d.name  # its default, where the scan leaves it out
        assert d.sign.isascii(), d.name
        assert all(after in names[: names.index(d.name)] or after == "record" for after in d.after), d.name
    assert set(Signs._fields) <= set(names)  # every sign the line rules ask is a detector's


def test_each_detector_answers_on_a_written_text() -> None:
    """(so that the comparisons below ask every detector of a text it answers on)"""
    answered = {
        name
        for text in _all_written()
        for name, value in _answers(text).items()
        if value != getattr(TS.TextSigns, name)
    }
    assert [d.name for d in TS.DETECTORS if d.name not in answered] == []


def test_a_plain_reply_is_marked_by_no_detector() -> None:
    found = _answers(
        "关于加强防汛工作的答复\n\n王某代表：\n\n您提出的建议收悉。现答复如下：\n\n一、加强值守\n\n某市水利局\n2024年6月3日\n"
    )
    assert not found["marked"]


def test_the_one_scan_is_only_an_optimisation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every detector asked of every text (the scan off) gives the same answers and the same blocks."""
    texts = [*WRITTEN, *_texts()]
    scanned = [(_answers(t), _blocks(t)) for t in texts]
    monkeypatch.setattr(TS, "SCAN", False)
    every = [(_answers(t), _blocks(t)) for t in texts]
    differ = [t[:60] for t, a, b in zip(texts, scanned, every, strict=True) if a != b]
    assert differ == []


# Pieces of the formats' marks and of Chinese text, put together at random
_PIECES = [
    *"\n\t\r\f\x07\x0b\"'#*_=+-<>[]()|:.\\/&`~{} ●○◦\u2028\u00ad\u200b👇",
    "一、",
    "关于",
    "的通知",
    "您的建议收悉。",
    "::",
    ".. ",
    "\\ ",
    "#+TITLE:",
    "h1. ",
    "p. ",
    "```",
    "[a]",
    "\\par",
    "References\n",
    "1. http://a.cn/",
    "**",
    "==",
    "<br>",
    "<p>",
    "&nbsp;",
    "&lt;p&gt;",
    "\\\\",
    "\\n",
    'HYPERLINK "http://a.cn/" ',
    "MERGEFORMAT",
    " wrote:",
    "写道：",
    "Aspose.",
    "Spire.",
    "Text:",
    "ListItem:",
    "NarrativeText:",
    "][1]",
    "[1]:",
    "[1/2]",
    "[2/2]",
    "\\begin{tabular}",
    "\\end{tabular}",
    "=== ",
    "---",
    "= 标题",
    "== 一、",
    " +\n",
    '\t"',
    "\r\n",
    '""',
    "## ",
    "● ",
    "○ ",
    "12:30\n",
    "的聊天记录\n",
    *string.digits,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_one_scan_is_only_an_optimisation_on_generated_texts(text: str) -> None:
    scanned = (_answers(text), _blocks(text))
    TS.SCAN = False
    try:
        every = (_answers(text), _blocks(text))
    finally:
        TS.SCAN = True
    assert scanned == every
