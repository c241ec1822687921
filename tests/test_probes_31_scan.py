"""Blind probes, session 31, through OCR: five replies we wrote, set as 公文 pages and spoiled in shapes the
earlier batches (tests/test_probes_5_scan.py, tests/test_probes_30_scan.py) lacked (fixtures/scan31/
make_scan31.py): a phone photo in perspective (keystone) turned 3.5° with a shadow band across it; a two-page
fax (1-bit, 200 dpi, line noise and streaks, the machine's header line over each page, a 〇 date); a grey page
with the next page's text bleeding through mirrored, a handwritten 批注 in the top margin and a ruled
two-column 版记; a joint reply whose 落款 has two organs under two seals, a JPEG of quality 30; a two-page
grey TIFF at 135 dpi with a dog-ear folded over page 1's foot and its second sheet fed 3° askew.

Expected values were written before govdoc read them (commit ec2faa1d). First look: 218 of 250 fields, 0 of 5
documents whole; causes in tests/test_scan31_causes.py. What the recogniser itself misread (〔〕 as [], a 。 at
the seal's edge, 桕 as 柏, a fax streak through 一 read as 二, characters under a bilevel seal's black star
and ring) is no rule's to know: the test holds it as read (`READ_AS`) and checks that the parse says so. The
bleed-through page stays an expected failure: the show-through is read as text (a cause not fixed in time).
Each scan is recognised once per session; the two-page TIFFs are `slow`.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest

import govdoc
from tests.compare import compare
from tests.invariants import check_invariants

SCANS = Path(__file__).parent.parent / "fixtures" / "scan31"
STEMS = sorted(p.name[: -len(".expected.json")] for p in SCANS.glob("scan31-*.expected.json"))
SLOW = {"scan31-fax-seedlings", "scan31-lowdpi-parks"}
SHOW_THROUGH = "scan31-bleed-libraries"

# What the recogniser read where the page says otherwise: (path into the expected values, value as read).
READ_AS: dict[str, list[tuple[tuple[str | int, ...], Any]]] = {
    "scan31-keystone-greenhouses": [
        (("header", "doc_number", "text"), "平农提复[2024]17号"),  # 〔〕 read as [] (scan5 settled: kept as read)
        (("closing", "text"), "感谢您对农业农村工作的关心和支持"),  # the 。 under the seal's edge
    ],
    "scan31-fax-seedlings": [
        (("header", "doc_number", "text"), "平林建[2024]30号"),
        (("sections", 0, "ordinal"), 2),  # a fax streak through 一、 read as 二、 (numbering-gap says so)
        (("sections", 0, "marker"), "二、"),
        (
            ("sections", 2, "paragraphs", 0, "text"),
            "我局将把乡土树种育苗列入年度造林绿化计划，在县国有苗圃安排300亩专门培育栾树、乌柏、香樟等乡土树种，"
            "按成本价优先供应各村；同时建立全县苗木供需信息平台，每季度发布一次苗木品种、规格和价格信息，"
            "并组织技术人员对社会苗圃开展巡回指导，提高苗木质量。对在村庄绿化中使用乡土树种的村集体，"
            "县财政按每株10元给予补助。",  # 桕 read as 柏
        ),
        (("signature", "issuers"), ["平川不业局"]),  # 县林 under the black star
        (("signature", "date"), None),
        (("signature", "date_text"), "二四年八月九日"),  # 〇二 under the black ring
    ],
    "scan31-lowdpi-parks": [
        (("header", "doc_number", "text"), "东城管建[2024]19号"),
    ],
    "scan31-bleed-libraries": [
        (("header", "doc_number", "text"), "石教提复[2024]45号"),
    ],
}


def _source(stem: str) -> Path:
    return next(p for p in SCANS.iterdir() if p.stem == stem and p.suffix in {".png", ".jpg", ".tif", ".pdf"})


@functools.cache
def _parsed(stem: str) -> govdoc.Document:
    """Each scan recognised once per session (seconds a page)."""
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    doc = govdoc.parse(_source(stem))
    check_invariants(doc)
    assert "internal-error" not in {w.code for w in doc.warnings}
    return doc


def _as_read(stem: str) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((SCANS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    patched = copy.deepcopy(expected)
    for path, value in READ_AS.get(stem, []):
        target: Any = patched
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return patched


def _cases() -> list[Any]:
    cases: list[Any] = []
    for stem in STEMS:
        marks: list[Any] = [pytest.mark.slow] if stem in SLOW else []
        if stem == SHOW_THROUGH:
            marks.append(
                pytest.mark.xfail(
                    strict=True,
                    reason="show-through: the next page's mirrored text, far lighter than the ink, is read as lines "
                    "and glued into the 版头, title, 主送 and body (the ink's level against the paper's is not asked)",
                )
            )
        cases.append(pytest.param(stem, marks=marks))
    return cases


def test_the_blind_batch_is_all_here() -> None:
    assert len(STEMS) == 5
    assert {_source(s).suffix for s in STEMS} == {".png", ".jpg", ".tif"}


@pytest.mark.parametrize("stem", _cases())
def test_a_scan31_reply_matches_what_its_page_says_or_what_ocr_read(stem: str) -> None:
    result = compare(_as_read(stem), _parsed(stem).to_dict(), stem + ":")
    assert result.misses == [], "\n".join(result.misses)


def test_the_two_organs_of_a_joint_落款_under_two_seals_each_sign() -> None:
    doc = _parsed("scan31-two-seals-canteens")
    assert doc.signature is not None
    assert doc.signature.issuers == ("青禾区市场监督管理局", "青禾区教育局")


@pytest.mark.slow
def test_the_fax_header_line_leaves_the_text_and_the_misread_落款_is_said() -> None:
    doc = _parsed("scan31-fax-seedlings")
    assert "FAX" not in doc.text and "PINGCHUAN" not in doc.text
    (used,) = [w.message for w in doc.warnings if w.code == "ocr-used"]
    assert "'平川不业局'" in used and "'平川县林业局'" in used
    assert {"date-unparsed", "numbering-gap"} <= {w.code for w in doc.warnings}


def test_the_handwritten_批注_in_the_margin_is_named_not_dropped() -> None:
    doc = _parsed(SHOW_THROUGH)
    assert any(w.code == "content-unplaced" and "请基教科阅办" in w.message for w in doc.warnings)
    assert doc.header.issuer is None or "请基教科" not in doc.header.issuer
