"""Clean-ups session 30's last read left open in older code (review31, job 2): each a vocabulary or a helper written
in several places brought to one, or work done twice done once, the output the same. Each test holds the one place
(changing it changes every user) or the work done once, so each fails on the code before its clean-up."""

from __future__ import annotations

import pytest

import govdoc.blocks


def test_every_readers_repair_note_quotes_through_the_one_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """The off-page, /ActualText, tracked-changes and bound-controls notes and `cleanup.warn_repaired` quote a text
    by one cut (`blocks.quoted`, diffread31 N1: four readers wrote `x[:24] + "…"` each): a shorter cut there
    shortens every note's quote."""
    from govdoc.readers.doc_comments import tracked_changes
    from govdoc.readers.docx.walk import rebound_warning
    from govdoc.readers.glyphs import Page
    from govdoc.readers.off_page import off_page_warning
    from govdoc.readers.pdf import actual_text_repairs
    from govdoc.rules.cleanup.base import repaired_message

    drawn, read = "某县交通运输局关于客运站改造的说明", "某县交通运输局关于客运站改建的说明"
    page = Page(1, 595.0, 842.0, repaired=[(drawn, read)])
    full = [
        off_page_warning([(1, drawn)]),
        actual_text_repairs([page])[0],
        tracked_changes(1, 1, drawn),
        rebound_warning([(drawn, read)]),
    ]
    for _, message in full:  # the texts are shorter than the cut: quoted whole
        assert f"「{drawn}」" in message
    monkeypatch.setattr(govdoc.blocks, "QUOTED", 4)
    notes = [
        off_page_warning([(1, drawn)]),
        actual_text_repairs([page])[0],
        tracked_changes(1, 1, drawn),
        rebound_warning([(drawn, read)]),
    ]
    for _, message in notes:
        assert "「某县交通…」" in message and drawn not in message
    assert "「某县交通…」" in repaired_message("app-record", drawn)


def test_a_note_closing_a_line_is_looked_up_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """The 附注 closing a line of the foot (抄送：…。（答复类别：B类）) is found by `lines.trailing_note` for the line's
    end (`note_end`) and for the answer category in it (`reply_fields._in_note`), which looked it up again with a
    guard of its own (diffread31 N2): both now read the note the pattern allows, spaces after its bracket too."""
    from govdoc.fold import fold
    from govdoc.rules import lines as L
    from tests.probing import checked

    line = fold("抄送：县政协提案委员会。（答复类别：B类）  ")  # (the rules read lines folded)
    assert L.trailing_note(line) == line.index("(")
    assert L.note_end(line) == line.index("(")
    assert L.note_end(fold("抄送：县政协提案委员会。")) == len("抄送：县政协提案委员会。")
    assert checked(_OPERA).header.handling_result == "B"
    monkeypatch.setattr(L, "trailing_note", lambda f: None)  # the category rule reads the note through it
    assert checked(_OPERA).header.handling_result is None


_OPERA = (
    "某县文化和旅游局\n关于县政协九届四次会议第0088号提案的答复\n何某某委员：\n"
    "您提出的关于修缮古戏台的提案收悉。现答复如下：\n今年已修缮古戏台三座。\n"
    "某县文化和旅游局\n2025年8月4日\n抄送：县政协提案委员会。（答复类别：B类）\n"
)


def test_the_proposal_number_labels_are_written_in_one_table() -> None:
    """提案编号, 建议号, 议案号 … stood in three places: PROPOSAL_NUMBER_LABEL's alternation, PROPOSAL_NUMBER_KEYS
    and the information table's labels (diffread31 N3). Now the kinds and the number words are one table in
    patterns.proposal: no module spells a kind's label as a literal, and every key opens a number row the
    pattern reads, the kinds' being information-table labels too."""
    import ast
    from pathlib import Path

    from govdoc import patterns as P

    kinds = {"提案编号", "提案号", "建议编号", "建议号", "议案编号", "议案号"}
    src = Path(govdoc.blocks.__file__).parent
    spelled = [
        (str(path.relative_to(src)), node.lineno)
        for path in sorted(src.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in kinds
    ]
    assert spelled == []
    # (the kindless labels are that table's rows too: 案号, and 立案号 since genre32)
    assert {"案号", "立案号"} <= set(P.KINDLESS_NUMBER_KEYS)
    assert set(P.PROPOSAL_NUMBER_KEYS) == {*kinds, *P.KINDLESS_NUMBER_KEYS}
    for key in P.PROPOSAL_NUMBER_KEYS:
        m = P.PROPOSAL_NUMBER_LABEL.match(f"{key}:第0217号")
        assert m is not None and m.group("kind") == (None if key in P.KINDLESS_NUMBER_KEYS else key[:2])
        assert (key in P.LABELS) == (key not in P.KINDLESS_NUMBER_KEYS)
    assert P.PROPOSAL_NUMBER_LABEL.match("建议编号:〔2024〕建议字第52号") is not None


_ARCHIVES = """某县档案馆
关于县政协九届四次会议第0102号提案的答复
邵某某委员：
您提出的关于编印村史读本的提案收悉。现答复如下：
今年已编印村史读本十二册，分送各村。
本文件由县档案馆提供，供各村学习参考。
某县档案馆
2025年8月12日
本资料由网友分享，如涉及版权请联系删除。
本文转自互联网，仅供参考。
"""


def test_the_takedown_notices_of_reposting_and_sharing_sites_are_one_row_of_chrome() -> None:
    """A document-sharing site's takedown notice (本资料由网友分享，…版权…) was a near-copy of chrome's reposting-site
    row, kept in chrome_apps (diffread31 N4): one row now holds both, each subject with its own claims. Both
    notices under the reply are left out; the reply's own sentence naming who provided a file for study stays
    (the sharing site's subject needs a claim of rights or removal)."""
    from govdoc import patterns as P
    from tests.probing import checked

    assert not hasattr(P, "SHARING_SITE_UNSENTENCED")
    doc = checked(_ARCHIVES)
    paragraphs = [p.text for s in doc.iter_sections() for p in s.paragraphs] + [p.text for p in doc.preamble]
    assert "本文件由县档案馆提供，供各村学习参考。" in paragraphs
    assert "网友分享" not in doc.text and "转自互联网" not in doc.text


class _CountedBytes(bytes):
    """Bytes that count their whole decodes by codec: how often the reader reads the text whole."""

    decodes: list[str]

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        self.decodes.append(encoding)
        return super().decode(encoding, errors)


def test_a_plain_gbk_text_is_read_whole_in_gb18030_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GBK file (no UTF-8 in it) was decoded and scored by `mixed_pieces` to refuse it, then decoded again after
    charset-normalizer's guess (diffread31 N5): the reading that showed it GB prose is kept and used, and the
    piece-by-piece UTF-8 reading is not asked of it."""
    import govdoc.readers.mixed_pieces
    from govdoc.readers.decoding import decode_repaired

    text = (
        "关于县政协九届四次会议第0131号提案的答复\n黎某某委员：\n您提出的关于增设城乡公交站点的提案收悉。现答复如下：\n"
    )
    data = _CountedBytes((text * 4).encode("gbk"))
    data.decodes = []

    def refused(_: bytes) -> None:
        raise AssertionError("a whole GB text is not read piece by piece")

    monkeypatch.setattr(govdoc.readers.mixed_pieces, "pieces_in_utf8", refused)
    read, encoding, repairs = decode_repaired(data, path=None)
    assert read == text * 4 and encoding == "gb18030" and repairs == []
    assert data.decodes.count("gb18030") == 1
