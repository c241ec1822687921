"""The text reader's piece rules (readers.text_pieces): a table of named rules, each asking all it needs itself (the
text's sign, the piece's first character, the mark it holds), so that the choice of rules by the text's signs and
the index by first characters are only an optimisation.

The written texts below are this module's own, one or more for each rule; the tests ask that each rule changes a
piece of one of them (so the comparison means something for every row), and that handing every rule every piece
of every text gives the same blocks as the rules the signs and first characters choose, on them, on the line
rules' and the detectors' written texts, the fixtures, a sample of ../shared's texts and generated texts.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc.readers.text_pieces as TP
from govdoc.readers.text import text_reading
from tests.test_text_lines import _blocks, _texts
from tests.test_text_signs import _PIECES
from tests.test_text_signs import WRITTEN as SIGN_TEXTS

WRITTEN = (
    "关于\u200b做好值守的通知\n\n**一、加强值守**\n",  # a zero-width space; bold in a Markdown text
    "#农村电商#【关于某事的答复】\n您的建议收悉。\n",  # a post's leading topics (conv25)
    "[b]关于某事的答复[/b]\n[size=3]您的建议收悉。[/size]\n",  # a forum's BBCode (conv27)
    ".LP\n关于某事的答复\n.PP\n您的建议\\f[B]收悉\\f[R]。\n.SH 2\n一、办理情况\n",  # groff's ms requests and escapes (conv29)
    'title: 答复\ntype: text/vnd.tiddlywiki\n\n!关于某事的答复\n"""\n某局\n"""\n',  # a TiddlyWiki tiddler (conv27)
    "&nbsp;&nbsp;您提出的建议收悉。\n",  # a page's space entities
    "关于某事::\n\n.. image:: seal.png\n\n办理\\ **结果**\\ 如下。\n",  # reST's escaped spaces
    "#+TITLE: 关于某事的答复\n您的建议/意见收悉。\\\\\n",  # org's closing line break
    "h1. 关于某事的答复\n\np. 您的建议收悉。\n\np. 现答复如下。\n\np. 特此答复。\n",  # Textile's signatures
    "关于某事的答复\\n\\u3000\\u3000您的建议收悉。\\n\\u3000\\u3000特此答复。\\n某局",  # a field's escapes
    '<span id="page-0-1"></span>## 一、基本情况\n您的建议收悉。\n',  # marker's anchor before a heading
    "● 一级事项\n○ 二级事项\n● 另一事项\n",  # a list's second-level bullet
    "📌一、加强值守👇\n各单位落实值班。\n",  # pictographs at a line's edges
    '关于某事的答复\nHYPERLINK "http://example.gov.cn/" 办事指南\n',  # Word's field codes
    "关于某事的答复\n公交线路四十二辆[a]。\n特此答复。\n\n[a]核对数字\n",  # a comment's anchor
    "详见[办事指南][1]。\n\n[1]: http://example.gov.cn/guide\n",  # a reference link
    "首页[1]通知公告\n关于某事的通知\n\nReferences\n\n   1. http://example.gov.cn/\n",  # lynx's link marks
    "# 关于某事的答复\n\n这是（*重点*）内容。\n",  # single-star emphasis
    "= 关于某事的答复\n\n== 一、办理情况\n\n第一行 +\n第二行\n",  # AsciiDoc's hard break
)


def test_the_piece_rules_names_are_unique_and_their_rows_well_formed() -> None:
    names = [r.name for r in TP.PIECE_RULES]
    assert len(names) == len(set(names))
    from govdoc.readers.text_signs import TextSigns

    for r in TP.PIECE_RULES:
        assert r.sign is None or hasattr(TextSigns, r.sign), r.name
        assert r.starts is None or (r.starts and all(len(c) == 1 for c in r.starts)), r.name


def test_each_piece_rule_changes_a_piece_of_the_written_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """(so that the comparison below asks every rule of a piece it changes)"""
    changed: Counter[str] = Counter()

    def counted(rule: TP.PieceRule) -> TP.PieceRule:
        def read(p: TP.PieceState, line: str) -> str | None:
            hints, bold = p.hints, p.bold
            answer = rule.read(p, line)
            changed[rule.name] += answer != line or p.hints is not hints or p.bold is not bold
            return answer

        return rule._replace(read=read)

    monkeypatch.setattr(TP, "PIECE_RULES", tuple(counted(r) for r in TP.PIECE_RULES))
    monkeypatch.setattr(TP, "_CHOSEN", {})
    for text in WRITTEN:
        text_reading(text)
    assert [r.name for r in TP.PIECE_RULES if not changed[r.name]] == []


def test_the_choice_of_piece_rules_is_only_an_optimisation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule handed every piece, whatever the text's signs and the piece's first character, gives the same
    blocks as the rules the signs and the index choose."""
    texts = [*WRITTEN, *SIGN_TEXTS, *_texts()]
    chosen = [_blocks(t) for t in texts]
    monkeypatch.setattr(TP, "EVERY_RULE", True)
    every = [_blocks(t) for t in texts]
    differ = [t[:60] for t, a, b in zip(texts, chosen, every, strict=True) if a != b]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_choice_of_piece_rules_is_only_an_optimisation_on_generated_texts(text: str) -> None:
    chosen = _blocks(text)
    TP.EVERY_RULE = True
    try:
        every = _blocks(text)
    finally:
        TP.EVERY_RULE = False
    assert chosen == every
