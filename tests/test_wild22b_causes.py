"""Causes behind the misses of session 22's second deeper hand reading of the wild corpus (wild22b).

Each cause is tested on new examples written here (not the wild text), failing before its fix
(/work/s22start), with guards on ordinary text that looks like it:
- a paragraph set on one long line whose final stop the copy lost (…扩大了社会影响 ⏎⏎ 提案中提出…), in a
  text no width wrapped and with no page number between, was joined to the next paragraph as a
  page-break cut (rules.joins `continues`, `_unwrapped_paragraph_ends`; wild w066, w070).
"""

from __future__ import annotations

import govdoc
from tests.invariants import check_invariants

HEAD = (
    "关于县政协十届五次会议第31号提案的答复\n\n李某委员：\n\n您提出的《关于加强古村落保护的提案》收悉，现答复如下：\n\n"
)
TAIL = "\n\n感谢您对我局工作的关心和支持。\n\n某县文化和旅游局\n\n2024年6月3日\n"

LONG_LOST_STOP = (
    "近年来，县委、县政府高度重视古村落保护工作。我局会同住建部门开展了全县古村落普查，建立了保护名录，"
    "完成了十二处古建筑的抢救性修缮，举办了三届古村落文化节，古村落的社会关注度明显提升，扩大了古村落的社会影响"
)


def _preamble(text: str) -> list[tuple[str | None, str]]:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return [(p.phase, p.text[:8]) for p in doc.preamble]


def _codes(text: str) -> list[str]:
    return [w.code for w in govdoc.parse_text(text).warnings]


def test_a_one_line_paragraph_that_lost_its_stop_ends_over_a_blank_line() -> None:
    text = HEAD + LONG_LOST_STOP + "\n\n下一步，我局将继续争取上级资金，分批推进古村落修缮和活化利用。" + TAIL
    assert _preamble(text) == [
        ("progress", "您提出的《关于加"),
        ("progress", "近年来，县委、县"),
        ("plan", "下一步，我局将继"),
    ]
    assert "page-break-joined" not in _codes(text)


def test_an_indented_one_line_paragraph_that_lost_its_stop_ends_too() -> None:
    body = "  " + LONG_LOST_STOP + "\n\n  提案中提出的资金不足问题，我局将积极向上争取专项资金予以解决。"
    assert len(_preamble(HEAD + body + TAIL)) == 3


def test_a_line_ending_on_a_comma_over_a_blank_line_still_joins() -> None:
    # guard: a clause mark at the line's end says the sentence goes on (a scraper's stray blank line)
    body = LONG_LOST_STOP + "，\n\n完成了游客服务中心的建设，接待能力明显提高。"
    assert len(_preamble(HEAD + body + TAIL)) == 2


def test_a_short_line_over_a_blank_line_still_joins() -> None:
    # guard: a short line (a copy that broke its lines short, 现印发你们，请 ⏎⏎ 认真贯彻执行。) is no
    # paragraph set on one line
    text = (
        "某县人民政府办公室关于印发《某县防汛应急预案》的通知\n\n各乡镇人民政府：\n\n"
        "《某县防汛应急预案》已经县政府同意，现印发你们，请\n\n认真贯彻执行。\n\n某县人民政府办公室\n\n2024年5月6日\n"
    )
    doc = govdoc.parse_text(text)
    assert [p.text for p in doc.preamble] == ["《某县防汛应急预案》已经县政府同意，现印发你们，请认真贯彻执行。"]


def test_a_long_line_with_no_sentence_inside_still_joins() -> None:
    # guard: one long clause with no stop in it may be a page's cut (w221's kind): left to the join
    one_clause = "诚如委员所言，我县在古村落保护方面还存在资金投入不足、专业人才缺乏、村民参与度不高、修缮标准不统一的问题解决这些问题有利于提升乡村文化内涵"
    body = one_clause + "\n\n和旅游吸引力。"
    assert len(_preamble(HEAD + body + TAIL)) == 2


def test_a_page_number_between_still_joins_the_cut_paragraph() -> None:
    # guard: a page number between the lines says a page ended there: the cut paragraph is re-joined
    body = LONG_LOST_STOP + "\n\n— 2 —\n\n和旅游吸引力，带动了周边村民增收。"
    assert len(_preamble(HEAD + body + TAIL)) == 2
