"""The text reader's line rules (readers.text_lines): a table of named rules, each asking all it needs itself,
so that the index (first characters, the text's signs, the tables under way) is only an optimisation.

The written texts below are this module's own, one or more for each rule; the test asks that each rule reads a
line of one of them (so the comparison means something for every row) and that asking every rule of every line
gives the same blocks as the index does, on them, on the fixtures and on a sample of ../shared's texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

import govdoc.readers.text_lines as TL
from govdoc.readers.decoding import decode_joined
from govdoc.readers.text import BLOCK_FIELDS, text_reading
from tests.conftest import FIXTURES, SHARED, need_shared, without_shared

WRITTEN = (
    # a drawn rule; a converter's page marks; a note app's tags at the head
    "某县水利局文件\n━━━━━━━━━━━━\n#防汛 #2024\n关于做好汛期值守的通知\n{2}------\n---page---\n各乡镇：\n请做好值守。\n",
    # a converting library's banner
    "Evaluation Warning: The document was created with Spire.Doc for .NET.\n关于某路段改造的答复\n王某代表：\n收悉。\n",
    # a page a converter did not read; a reference link's definition
    "关于某事的通知\n[MISSING_PAGE_EMPTY:2]\n详见[办事指南][1]。\n\n[1]: http://example.gov.cn/guide\n",
    # pandoc's simple table (its rule, its rows, its closing rule) and reST's rule over a head
    "\n各点分布如下：\n\n  社区     点位\n  -------- ------\n  南苑     7\n  北苑     9\n  -------- ------\n\n"
    "=====  =====\n乡镇   户数\n",
    # a LaTeX tabular and a sectioning command
    "\\section*{一、基本情况}\n\\begin{tabular}{ll}\n\\toprule 项目 & 数量 \\\\\n\\midrule 泊位 & 120 \\\\\n"
    "\\bottomrule\n\\end{tabular}\n正文。\n",
    # an AsciiDoc table
    "各镇情况如下：\n\n|===\n|镇 |户数\n\n|河口镇 |210\n|===\n",
    # code fences; a thematic break; a setext underline; an HTML comment; a callout's fence
    "```text\n关于某事的答复\n```\n正文。\n\n***\n\n标题\n======\n<!-- PageBreak -->\n:::tips\n内容。\n:::\n",
    # reST's section underline in a text that shows reST
    "\n\n李某代表：\n\n您提出的\\ **关于增设公交站点**\\ 的建议收悉。\n\n一、办理情况\n^^^^^^^^^^^^\n\n已增设站点。\n\n"
    ".. image:: media/seal.png\n",
    # an OCR app's image names
    "----scan/page1.jpg----\n\n某区民政局\n\n关于某提案的答复\n\n----scan/page2.jpg----\n\n2024年5月6日\n",
    # HTML table rows; an open tag's halves
    '<table><tr><td>类别</td><td>A</td></tr></table>\n<p style="text-indent: 2em;\nline-height: 28px;">您的建议收悉。\n',
    # (conv27) a chat export stamping each message's first line (WhatsApp's); a subtitle file's cue numbers and times
    "22/07/2024, 16:05 - 吴某: 关于某事的答复\n李某代表：\n22/07/2024, 16:20 - 李某: 收到\n",
    "1\n00:00:01,000 --> 00:00:03,000\n关于某事的答复\n\n2\n00:00:03,000 --> 00:00:05,000\n李某代表：\n",
    # (conv29) groff's ms requests on lines of their own
    ".LP\n关于某事的答复\n.PP\n您的建议收悉。\n.SH 2\n一、办理情况\n",
    # a chat's sender lines
    "某局工作群的聊天记录\n综合科小李 09:12\n关于开展安全检查的通知\n综合科小李 09:12\n各科室：\n综合科小李 09:13\n"
    "请于本周内完成自查。\n综合科小李 09:14\n某局办公室\n",
    # an SMS's parts
    "[1/2]某街道办事处关于停水的通知\n各居民：\n因管网维修，6月3日全天\n[2/2]停水，请提前储水。\n某街道办事处\n",
    # a mail's signature delimiter
    "From: office@example.gov.cn\nTo: wang@example.com\nSubject: 答复\n\n王先生：\n您的来信收悉。\n--\n某局信访办\n",
    # unstructured's elements
    "Header: 某市住建局\nTitle: 关于某建议的答复\nNarrativeText: 赵某代表：\nNarrativeText: 您的建议收悉。\n"
    "PageNumber: 1\nListItem: 一、加快审批\nNarrativeText: 某市住建局\n",
    # a platform's topic tags under a post; a merged cell a script printed once per column (conv25)
    "关于某事的答复\n您的建议收悉。\n#乡村振兴[话题]#\n抄送：县政协提案委。\t抄送：县政协提案委。\n",
    # a fenced HTML answer's root tags; a grounding OCR's marks and page split; an outliner's properties (conv26)
    "<html><body>\n<p>关于某事的答复</p>\n<|ref|>text<|/ref|><|det|>[[1, 2, 3, 4]]<|/det|>\n<p>您的建议收悉。</p>\n"
    "<--- Page Split --->\n- 正文。\n  collapsed:: true\n</body></html>\n",
)


def _blocks(text: str) -> list[tuple[object, ...]]:
    """Every field of every block the reader makes of `text`, and what it said."""
    blocks, said = text_reading(text)
    return [tuple(getattr(b, f) for f in BLOCK_FIELDS) for b in blocks] + [tuple(said)]


def _texts() -> Iterator[str]:
    """The written texts, the fixtures' texts and every fifth text of ../shared."""
    yield from WRITTEN
    for path in sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.md")):
        yield decode_joined(path.read_bytes(), path=None)[0]
    if without_shared():
        return
    need_shared(SHARED / "corpus")  # absent: fails with the message every ../shared case gives
    shared = sorted(p for p in SHARED.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    assert shared, "../shared holds no texts"
    for path in shared[::5]:
        yield decode_joined(path.read_bytes(), path=None)[0]


def test_the_line_rules_names_are_unique_and_their_rows_well_formed() -> None:
    names = [r.name for r in TL.LINE_RULES]
    assert len(names) == len(set(names))
    for r in TL.LINE_RULES:
        assert r.sign is None or r.sign in TL.TEXT_SIGNS, r.name
        assert r.mode in (0, TL.SIMPLE_TABLE, TL.LATEX_TABLE, TL.TAG_HALF), r.name
        assert r.starts is None or all(len(c) == 1 for c in r.starts), r.name
        assert r.starts is None or r.starts or r.mode, f"{r.name} reads no line"


def test_each_line_rule_reads_a_line_of_the_written_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """(so that the comparison below asks every rule of a line it reads)"""
    answered: Counter[str] = Counter()

    def counted(rule: TL.LineRule) -> TL.LineRule:
        def read(st: TL.ReadState) -> int:
            answer = rule.read(st)
            answered[rule.name] += answer != TL.KEPT
            return answer

        return rule._replace(read=read)

    monkeypatch.setattr(TL, "LINE_RULES", tuple(counted(r) for r in TL.LINE_RULES))
    monkeypatch.setattr(TL, "_INDEXES", {})
    for text in WRITTEN:
        text_reading(text)
    assert [r.name for r in TL.LINE_RULES if not answered[r.name]] == []


def test_the_index_of_the_line_rules_is_only_an_optimisation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule asked of every line, whatever its first character, the text's signs and the tables under way,
    gives the same blocks as the rules the index hands each line."""
    texts = list(_texts())
    indexed = [_blocks(t) for t in texts]
    monkeypatch.setattr(TL, "EVERY_RULE", True)
    every = [_blocks(t) for t in texts]
    differ = [t[:60] for t, a, b in zip(texts, indexed, every, strict=True) if a != b]
    assert differ == []


def test_a_plain_reply_asks_no_line_rule_of_its_han_lines() -> None:
    """The index's point: a line opening with a Han character in a text showing none of the signs is handed no
    rule (one dict look-up), where the loop asked some twenty tests of it."""
    index = TL.line_rules(
        TL.Signs(
            False, frozenset(), False, False, False, False, False, frozenset(), False, False, False, False, False, False
        )
    )
    assert index.by_start.get("关", index.anywhere) == ()
    assert [TL.LINE_RULES[i].name for i, _ in index.by_start["-"]] == [
        "page-mark",
        "simple-table-rule",
        "markdown-rule",
        "mail-delimiter",
    ]
