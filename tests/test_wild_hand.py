"""Real documents from the unannotated wild corpus, checked against values written by hand.

`../shared/corpus/wild/` comes without expected values. Each `tests/data/wild-hand/wNNN.json`
holds what a person read off `wNNN.txt` (a partial document, compared as `tests/compare.py`
compares the annotated corpora) and, in `why`, the reading behind any value a reader could
doubt. The documents stay under `../shared`; only the hand-written values live here.

A file may also say `"known_miss": "<general cause>"`: the document is then expected to fail,
strictly, so that fixing the cause shows up as an unexpected pass and the entry is removed.

Session 22 (wild22) read forty entries deeper, by hand from the text before the parser ran on them
(four batches of ten, each committed first): the 一是/首先/一方面 runs with their markers and leads, the
phases (as `preamble_as_section` or a section's `phases`, tests/compare.py), the category, the 公开
marking, metadata pairs the first reading left out, and the trailer fields a cut page does not have
(null). First look, documents whole / checks of the whole entry (its earlier values included):
- batch 1 (4d38dc11: w003 w008 w009 w018 w021 w031 w039 w044 w064 w065): 8/10, 315/323. w044: MY error,
  (此回复件公开) is the publication note read as 主动公开, as （此件公开发布） is (corrected in batch 2's
  commit); w064: the parser's, a second 一是/二是 run in one paragraph was taken as nested in the first
  run's 二是 and dropped (7 checks; fixed, tests/test_wild22_causes.py).
- batch 2 (89663d53: w067 w069 w073 w076 w077 w079 w084 w092 w201 w204): 10/10, 359/359.
- batch 3 (730ff1d3: w211 w216 w218 w219 w220 w221 w222 w233 w234 w239): 8/10, 311/325. w221: not
  decidable, the copy lost the stop ending 一's first paragraph, the parser joins it with the next and
  warns page-break-joined; the phases of 一 are no longer compared (1 check). w222: the parser's, the
  copy lost the stops before 二是 and 五是, which broke the run: no items at all (13 checks; fixed).
- batch 4 (f22479a9: w011 w252 w253 w256 w257 w262 w273 w274 w277 w284): 9/10, 304/305. w257: the
  parser's, the opening's 现答复如下 lost its colon and was joined to the first answer paragraph as a
  page-break cut (1 check; fixed).
In all 35/40 documents whole, 1289/1312 checks; after the fixes 40/40.
- batch 5 (1f94cd65: w017 w080 w210 w213 w226 w236 w240 w247 w248 w272), read while the gate ran and first
  run on the branch with the three fixes in: 10/10, 305/305.
- batch 6 (cc60793e: w002 w012 w020 w027 w032 w042 w045 w046 w049 w243, notices, a 通报, a report, a
  mailbox answer and replies; run on main with the fixes): 9/10, 245/246. w042: MY error, I counted one
  preamble paragraph where the acknowledgement and the answer make two (corrected).
- batch 7 (42291aaa: w004 w005 w007 w022 w041 w053 w058 w059 w083 w090, answers whose last paragraph lost
  its stop above the closing, form rows over the title, cut answers; run on main with the fixes):
  10/10, 261/261.
- batch 8 (c9513fe2: w038 w203 w209 w215 w217 w225 w235 w245 w276 w281, a notice over its 方案, a 公告
  of five headings, a 人大常委会 公告, replies; run with the fixes): 10/10, 288/288.
All eight batches: 74/80 documents whole, 2388/2412 checks at first look; three parser causes (fixed), two
of my readings wrong (w044, w042), one split not decidable from the text (w221).

Session 22 (wild22b) read the other eighty entries (/work/coord/wild-untouched.txt) the same way, eight
batches of ten, each committed before the parser ran on it (commits 'wild-hand batch N (wild22b)'); all
eighty carry at least the category, the 公开 mark or the trailer fields of a cut page (null), most their
phases and item runs. First look:
- batch 1 (w001 w006 w013 w014 w028 w029 w030 w033 w034 w037): 10/10, 401/401.
- batch 2 (w040 w043 w048 w050 w051 w052 w055 w056 w057 w060): 9/10, 232/233; the miss is
  w056's known title cause (strict xfail, unchanged).
- batch 3 (w062 w063 w066 w068 w070 w071 w075 w078 w082 w085): 8/10, 289/291. w066, w070: the
  parser's, a paragraph set on one long line whose final stop the copy lost is joined to the next as a
  page-break cut (warned). NOT fixed: a fix (ended such a line at a blank line when no width wrapped the
  text and no page number stood between) split the seed putuo-reply-2023, whose one-line paragraphs are
  cut by pages with no number left; the two look the same, so both entries carry a `known_miss`
  (tests/test_wild22b_causes.py keeps the page cut re-joined).
- batch 4 (w086 w087 w088 w089 w091 w093 w094 w202 w205 w206): 10/10, 247/247.
- batch 5 (w207 w208 w212 w214 w223 w224 w227 w228 w229 w230; run on the branch while the
  withdrawn join fix was in, which touches none of them): 10/10, 286/286.
- batch 6 (w231 w232 w237 w238 w241 w242 w244 w246 w249 w250): 10/10, 342/342.
- batch 7 (w251 w254 w255 w258 w260 w261 w264 w265 w267 w268): 10/10, 326/326.
- batch 8 (w269 w270 w271 w275 w278 w279 w280 w282 w283 w285): 9/10, 275/276. w278: MY error,
  the proposal record's 承办单位:国土局 is the contract's unit label (contact.unit), not chrome (corrected;
  w202's 承办表 row, its value on the row under it, is no longer checked: doubtful).
All eight batches: 76/80 documents whole, 2398/2402 checks at first look; one parser cause (two documents,
not decidable from the layout: known_miss), one reading of mine wrong (w278), w056 unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.compare import compare
from tests.conftest import SHARED, need_shared

HAND = Path(__file__).parent / "data" / "wild-hand"
WILD = SHARED / "corpus" / "wild"


def _entries() -> list[Any]:
    params = []
    for path in sorted(HAND.glob("w*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        marks = []
        if entry.get("known_miss"):
            marks.append(pytest.mark.xfail(strict=True, reason=entry["known_miss"]))
        params.append(pytest.param(path.stem, entry["expected"], id=path.stem, marks=marks))
    return params


def test_each_hand_entry_names_a_wild_document_and_its_values() -> None:
    for path in sorted(HAND.glob("w*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        assert set(entry) <= {"expected", "why", "known_miss"}, path.name
        assert isinstance(entry["expected"], dict) and entry["expected"], path.name


@pytest.mark.parametrize(("stem", "expected"), _entries())
def test_wild_document_matches_what_a_reader_wrote_down(stem: str, expected: dict[str, Any]) -> None:
    source = need_shared(WILD / f"{stem}.txt")
    result = compare(expected, govdoc.parse(source).to_dict(), f"{stem}:")
    assert result.misses == [], "\n".join(result.misses)
    assert result.total > 0
