"""The layering ARCHITECTURE.md promises, and how few places an extension touches.

Readers know formats, not 公文: a reader may import `govdoc.blocks`, the readers' own modules
and format-neutral helpers, never a rule module, the pipeline's state or `patterns`' vocabulary.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import govdoc
from govdoc.readers.docx import docx_blocks
from govdoc.rules.cleanup import page_headers
from govdoc.state import Block, State, Zone
from tests.docx_builder import make_docx, p

SRC = Path(__file__).resolve().parent.parent / "src"
READERS = SRC / "govdoc" / "readers"
FORBIDDEN = ("govdoc.rules", "govdoc.patterns", "govdoc.state", "govdoc.pipeline", "govdoc.fields")
# Known exceptions, each with its reason; the list may only shrink.
ALLOWED = {
    # Low-confidence OCR lines are warned about unless they are page numbers (to move to a rule).
    ("ocr.py", "govdoc.patterns"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _violations(root: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for name in sorted(_imports(path)):
            bad = next((f for f in FORBIDDEN if name == f or name.startswith(f + ".")), None)
            if bad and not any(r == rel and (name + ".").startswith(a + ".") for r, a in ALLOWED):
                found.append((rel, name))
    return found


def test_no_reader_imports_a_rule_the_state_or_the_genre_vocabulary() -> None:
    assert _violations(READERS) == []


def test_rules_fields_and_the_model_never_import_a_reader() -> None:
    govdoc_dir = SRC / "govdoc"
    paths = [*(govdoc_dir / "rules").rglob("*.py"), *(govdoc_dir / "fields").rglob("*.py")]
    paths += [govdoc_dir / name for name in ("blocks.py", "state.py", "model.py", "patterns.py")]
    found = [(p.name, n) for p in paths for n in sorted(_imports(p)) if n.startswith("govdoc.readers")]
    assert found == []
    assert not any(n.startswith(("govdoc.rules", "govdoc.state")) for n in _imports(govdoc_dir / "blocks.py"))


def test_the_import_check_catches_a_reader_that_imports_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("from govdoc.patterns import DOC_NO\nimport govdoc.rules.cleanup\n")
    assert _violations(tmp_path) == [
        ("bad.py", "govdoc.patterns"),
        ("bad.py", "govdoc.patterns.DOC_NO"),
        ("bad.py", "govdoc.rules.cleanup"),
    ]


HEAD = p("某区教育局") + p("关于区政协提案第12号的答复") + p("张委员：") + p("您提出的提案收悉。现答复如下：")
TAIL = p("感谢您的关心。") + p("某区教育局") + p("2024年5月6日")


def test_a_word_page_header_is_judged_by_a_rule_not_the_reader() -> None:
    data = make_docx(HEAD + TAIL, header=p("某教函〔2024〕3号") + p("某区教育局信息公开"))
    blocks = docx_blocks(data, path=None)
    assert [(b.text, b.hints.part) for b in blocks[:2]] == [
        ("某教函〔2024〕3号", "page-header"),
        ("某区教育局信息公开", "page-header"),
    ]
    state = State(blocks, format="docx")
    page_headers(state)
    assert [b.zone for b in blocks[:3]] == [Zone.UNSET, Zone.CHROME, Zone.UNSET]
    doc = govdoc.parse(data, format="docx")
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "某教函〔2024〕3号"
    assert "信息公开" not in doc.text


def test_a_dash_framed_page_number_in_text_is_furniture_though_it_reads_as_a_list_item() -> None:
    text = "关于区政协提案第12号的答复\n\n张委员：\n\n您提出的提案收悉。\n\n- 3 -\n\n某区教育局\n2024年5月6日\n"
    doc = govdoc.parse_text(text)
    assert "3 -" not in doc.text and "- 3" not in doc.text


# Colon-less rows ("键  值") are read only for labels of the table, so the new label shows.
LABEL_DOC = "索引号  001-2024\n办件编码  XK-77\n\n关于区政协提案第12号的答复\n\n张委员：\n\n您提出的提案收悉。\n"
LABEL_HTML = (
    "<html><body><table><tr><td>索引号</td><td>001-2024</td><td>办件编码</td><td>XK-77</td></tr></table>"
    "<div><h1>关于区政协提案第12号的答复</h1><p>张委员：</p><p>您提出的提案收悉。</p></div></body></html>"
)
LABEL_PROBE = f"""
import govdoc
for doc in (govdoc.parse_text({LABEL_DOC!r}), govdoc.parse({LABEL_HTML.encode()!r}, format="html")):
    print(dict(doc.header.metadata).get("办件编码"))
"""


def _copy_src(tmp_path: Path) -> Path:
    copy = tmp_path / "src"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _run(src: Path, code: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_a_new_metadata_label_is_one_row_in_the_label_table(tmp_path: Path) -> None:
    src = _copy_src(tmp_path)
    assert _run(src, LABEL_PROBE) == ["None", "None"]  # 办件编码 is not a label yet
    patterns = src / "govdoc" / "patterns.py"
    text = patterns.read_text(encoding="utf-8")
    assert text.count('INFO_TABLE_LABELS = (\n    "索引号",\n') == 1
    patterns.write_text(text.replace("INFO_TABLE_LABELS = (\n", 'INFO_TABLE_LABELS = (\n    "办件编码",\n'), "utf-8")
    assert _run(src, LABEL_PROBE) == ["XK-77", "XK-77"]  # text 键：值 line and portal table alike


FIELD_RULE = '''"""A field rule: the 签发人 label's value becomes the header's issuer when none was found."""

from dataclasses import replace

from govdoc.state import State


def issuer_from_signer(state: State) -> None:
    value = dict(state.header.metadata).get("签发人")
    if state.header.issuer is None and value:
        state.header = replace(state.header, issuer=value)
'''
FIELD_PROBE = """
import govdoc
doc = govdoc.parse_text("签发人：某区某局\\n\\n关于区政协提案第12号的答复\\n\\n张委员：\\n\\n您提出的提案收悉。\\n")
print(doc.header.issuer)
"""


def test_a_new_field_rule_is_one_file_and_one_row_in_the_rule_table(tmp_path: Path) -> None:
    src = _copy_src(tmp_path)
    assert _run(src, FIELD_PROBE) == ["None"]
    head = src / "govdoc" / "rules" / "head"
    (head / "signer_issuer.py").write_text(FIELD_RULE, "utf-8")
    table = (head / "__init__.py").read_text(encoding="utf-8")
    row = '    ("issuer", issuer.issuer),\n'
    assert table.count(row) == 1
    table = table.replace(row, row + '    ("issuer_from_signer", signer_issuer.issuer_from_signer),\n')
    table = table.replace(
        "from govdoc.state import State\n",
        "from govdoc.rules.head import signer_issuer\nfrom govdoc.state import State\n",
    )
    (head / "__init__.py").write_text(table, "utf-8")
    assert _run(src, FIELD_PROBE) == ["某区某局"]


def test_body_closing_and_title_are_views_of_the_zones_that_follow_any_rezoning() -> None:
    blocks = [Block(t) for t in ("关于某事的答复", "正文一。", "特此答复。", "某区某局")]
    state = State(blocks)
    zones = (Zone.TITLE, Zone.BODY, Zone.CLOSING, Zone.SIGNATURE)
    for b, zone in zip(blocks, zones, strict=True):
        b.zone = zone
    assert (state.title_blocks, state.body, state.closing) == ([blocks[0]], [blocks[1]], [blocks[2]])
    blocks[2].zone = Zone.BODY  # a later rule's change needs no bookkeeping elsewhere
    assert (state.body, state.closing) == ([blocks[1], blocks[2]], [])
