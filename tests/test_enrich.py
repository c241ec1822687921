"""Enrichment (jieba): keywords, organisations and figures, against lists written by hand."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("jieba")

import govdoc
from govdoc.enrichment.organizations import organizations
from tests.conftest import FIXTURES, ROOT

ORGS = json.loads((ROOT / "tests" / "data" / "organizations.json").read_text(encoding="utf-8"))
FIGURES = json.loads((ROOT / "tests" / "data" / "figures.json").read_text(encoding="utf-8"))
STOCK = ("工作", "推进", "加强", "进一步", "有关", "相关", "提案", "答复", "贵单位")


@pytest.fixture(scope="module")
def seed() -> govdoc.Document:
    return govdoc.parse(FIXTURES / "putuo-reply-2023.txt", enrich=True)


def test_keywords_say_what_the_seed_is_about(seed: govdoc.Document) -> None:
    words = [k.word for k in seed.keywords]
    for topical in ("未来产业", "新赛道", "数字经济", "元宇宙", "应用场景", "数字化转型"):
        assert topical in words
    assert not set(words) & set(STOCK)
    weights = [k.weight for k in seed.keywords]
    assert weights == sorted(weights, reverse=True) and all(w > 0 for w in weights)


def test_level_one_sections_have_their_own_keywords(seed: govdoc.Document) -> None:
    first, second, third = seed.sections
    assert "新赛道" in [k.word for k in first.keywords]
    assert "数字经济" in [k.word for k in second.keywords]
    assert "应用场景" in [k.word for k in third.keywords]


def _scores(name: str) -> tuple[int, int, int]:
    doc = govdoc.parse(FIXTURES / name)
    got = {o.name for o in organizations(doc)}
    want = set(ORGS[name])
    return len(got & want), len(got), len(want)


def test_organisations_precision_and_recall_on_hand_made_lists() -> None:
    hits = found = wanted = 0
    for name in ORGS:
        h, f, w = _scores(name)
        hits, found, wanted = hits + h, found + f, wanted + w
    precision, recall = hits / found, hits / wanted
    print(
        f"organisations: precision {precision:.2f}, recall {recall:.2f} ({hits}/{found} found, {hits}/{wanted} listed)"
    )
    assert precision >= 0.85 and recall >= 0.8


def test_organisation_spans_kinds_and_counts(seed: govdoc.Document) -> None:
    by_name = {o.name: o for o in seed.organizations}
    assert by_name["华东师范大学"].kind == "institution"
    assert by_name["波克城市"].kind == "enterprise" and by_name["阿里影业"].kind == "enterprise"
    assert by_name["区发改委"].kind == "government"
    assert by_name["上海市普陀区发展和改革委员会"].count == 3  # the 标志, the signature and the 印发 line
    for org in seed.organizations:
        assert org.count == len(org.spans)
        for span in org.spans:
            assert seed.text[span.start : span.end] == org.name


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figures_match_the_hand_made_list(name: str) -> None:
    doc = govdoc.parse(FIXTURES / name, enrich=True)
    got = sorted((f.text, f.value, f.unit) for f in doc.figures)
    want = sorted((t, float(v), u) for t, v, u in FIGURES[name])
    assert got == want
    for f in doc.figures:
        assert doc.text[f.span.start : f.span.end] == f.text


def test_figures_know_what_they_measure_and_when(seed: govdoc.Document) -> None:
    by_text = {f.text: f for f in seed.figures}
    tax = by_text["34.81亿元"]
    assert (tax.kind, tax.measured, tax.period) == ("amount", "区级税收", "2022年1-12月")
    growth = by_text["26.96%"]
    assert (growth.kind, growth.measured) == ("growth-rate", "同比增长")
    assert by_text["11万个"].measured == "物联传感器"
    assert govdoc.parse_text("全区共建成十六个服务站。", enrich=True).figures[0].value == 16


def test_parse_without_enrich_never_imports_jieba() -> None:
    code = "import sys, govdoc; govdoc.parse(sys.argv[1]); print('jieba' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "putuo-reply-2023.txt")], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_enrich_returns_a_new_document_and_the_schema_describes_it(seed: govdoc.Document) -> None:
    plain = govdoc.parse(FIXTURES / "putuo-reply-2023.txt")
    assert plain.keywords == () and plain.figures == ()
    again = govdoc.enrich(plain)
    assert again.keywords == seed.keywords and plain.keywords == ()
    defs = govdoc.schema()["$defs"]
    assert {"Keyword", "Organization", "Figure"} <= set(defs)
    assert {"keywords", "organizations", "figures"} <= set(defs["Document"]["properties"])


def test_jieba_cache_lives_in_a_per_user_folder(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from govdoc.enrichment.tokenizer import cache_dir, tokenizer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "govdoc"  # type: ignore[operator]
    tok = tokenizer()
    assert tok.cache_file == "jieba.govdoc.cache" and tok.tmp_dir


def test_cli_outline_shows_the_enrichment(capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main

    assert main(["parse", str(FIXTURES / "putuo-reply-2023.txt"), "--format", "text", "--enrich"]) == 0
    out = capsys.readouterr().out
    assert "关键词 keywords:" in out and "元宇宙" in out
    assert "华东师范大学(institution)" in out
    assert "数字 figure: 34.81亿元 = 3.481e+09 元 [amount] 2022年1-12月 区级税收" in out
