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

import regex

import govdoc
from govdoc.readers.docx import docx_blocks
from govdoc.rules.cleanup import page_headers
from govdoc.state import Block, State, Zone
from tests.docx_builder import make_docx, p

SRC = Path(__file__).resolve().parent.parent / "src"
READERS = SRC / "govdoc" / "readers"
FORBIDDEN = ("govdoc.rules", "govdoc.patterns", "govdoc.state", "govdoc.pipeline", "govdoc.fields")
# Known exceptions, each with its reason; the list may only shrink.
ALLOWED: set[tuple[str, str]] = set()
# Module-level regexes holding Han characters outside `patterns/`: words of a format, not of
# the genre, each with its reason (readers may not import `patterns`). The list may only shrink.
FORMAT_WORDS = {
    ("readers/page_lines.py", "_BOLD_FONT"): "a typeface's name says it is bold (黑体, SimHei): a fact of the font",
    ("readers/ocr.py", "_DASHED_NUMBER"): "recognisers read a dash as 一 around digits (一5一): a fact of OCR engines",
    ("readers/ocr.py", "_ZERO_IN_YEAR"): "recognisers read the 〇 of 二〇二四年 as a sign (二&二四年): an OCR fact",
    ("readers/ocr.py", "_DOT_AFTER_YEAR"): "recognisers read the 〕's hook as a dot (〔2024〕·8号): an OCR fact",
    # (session 18) a conversion tool's or an app's own strings, read by the text reader only to tell its marks
    # from the document's text: facts of those tools, no words of the genre
    ("readers/messages.py", "_MAIL_HEADER"): "a mail's header keys (From:, 发件人：): a fact of mail formats",
    ("readers/messages.py", "MAIL_SIGN"): "a mail client's attribution and separator (wrote:, 写道：, 原始邮件)",
    ("readers/messages.py", "_CHAT_SENDER"): "a chat app's sender-and-time line (QQ's stamp, WeChat's 昨天 18:30)",
    (
        "readers/messages.py",
        "_CHAT_ROW",
    ): "a chat client's own rows in a copy of its messages (已读, [文件], 撤回了一条消息)",
    (
        "readers/messages.py",
        "CHAT_HEAD",
    ): "QQ's export head (消息记录…) and WeChat's caption (…的聊天记录): the apps' strings",
    (
        "readers/messages.py",
        "_TRANSCRIPT_SPEAKER",
    ): "a speech app's numbered voice line (发言人1  00:00:02): the app's diarization label (conv30)",
    (
        "readers/messages.py",
        "_TRANSCRIPT_HEAD",
    ): "a speech app's export head (录音转写 …, 时长 00:02:41): the app's strings (conv30)",
    ("readers/tool_lines.py", "_ONENOTE_STAMP"): "OneNote's page stamp (2024年6月5日 星期三 ⏎ 10:12): the app's format",
    (
        "readers/tool_lines.py",
        "_REPRINT_CARD",
    ): "WeChat's card of a reprinted account (以下文章来源于…，作者…): its string",
    # (session 19) a mail client's reply and forward prefixes of a Subject (Re:, Fwd:, 回复：, 转发：)
    ("readers/mail_text.py", "_SUBJECT"): "a mail Subject and its clients' reply/forward prefixes (回复：, 转发：)",
    # (session 25) OCR's reading of a drawn rule (一一一…) and a platform's topic marks (`#…[话题]#`, a collection's
    # `#… 12个`): facts of recognisers and of the platforms, read to tell their marks from the text
    ("readers/text_lines.py", "DRAWN_RULE"): "a rule drawn in characters, and OCR's reading of one as a run of 一",
    (
        "readers/text_lines.py",
        "_PLATFORM_TOPICS",
    ): "小红书's topic tags (#…[话题]#) and WeChat's collection entry (#… N个)",
    # (session 25, fixC25) a web pager's labels, read to tell a client-side pager's later pages from hidden tabs
    ("readers/html/embedded.py", "_PAGE_NUMBER"): "a web pager's page entry (2, [3], 第2页): the pager's own string",
    ("readers/html/embedded.py", "_PAGE_ON"): "a web pager's link on (下一页, 下页): the pager's own string",
}
HAN = regex.compile(r"\p{Han}")


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
    paths += [govdoc_dir / name for name in ("blocks.py", "state.py", "model.py")]
    paths += [*(govdoc_dir / "patterns").glob("*.py")]
    found = [(p.name, n) for p in paths for n in sorted(_imports(p)) if n.startswith("govdoc.readers")]
    assert found == []
    assert not any(n.startswith(("govdoc.rules", "govdoc.state")) for n in _imports(govdoc_dir / "blocks.py"))


def _han_regexes(root: Path) -> list[tuple[str, str]]:
    """(module, name) of every module-level regex compiled from a literal holding Han characters, outside `patterns`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel == "patterns.py" or rel.startswith("patterns/"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            for call in ast.walk(node.value):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                    continue
                if call.func.attr != "compile":
                    continue
                literals = [n.value for n in ast.walk(call) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                if any(HAN.search(text) for text in literals):
                    found.append((rel, getattr(target, "id", "?")))
    return found


def test_the_genres_words_are_compiled_from_patterns_only() -> None:
    """Labels, markers, organ and organisation suffixes, units: one place, the `patterns` package."""
    assert sorted(_han_regexes(SRC / "govdoc")) == sorted(FORMAT_WORDS)  # (a module may hold several, in its order)


def test_the_vocabulary_check_catches_a_regex_of_han_words_outside_patterns(tmp_path: Path) -> None:
    (tmp_path / "enrichment").mkdir()
    (tmp_path / "enrichment" / "bad.py").write_text(
        'import regex\n_SUFFIX = regex.compile(r"(?:公司|集团)$")\n_ASCII = regex.compile(r"[a-z]+")\n', "utf-8"
    )
    (tmp_path / "patterns.py").write_text('import regex\nORG = regex.compile(r"公司$")\n', "utf-8")
    assert _han_regexes(tmp_path) == [("enrichment/bad.py", "_SUFFIX")]


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
    patterns = src / "govdoc" / "patterns" / "labels.py"
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


def test_doubtful_ocr_lines_are_named_in_the_warning_but_page_numbers_are_not() -> None:
    """The reader notes every doubtful line; the rule leaves out a page number read badly (一5一)."""
    from govdoc.blocks import Block
    from govdoc.rules.ocr_notes import doubtful_lines
    from govdoc.state import State

    state = State([Block("正文")], format="png")
    state.warn("ocr-used", "第 1 页经 OCR 识别 (pages read by OCR: 1; engine x, mean confidence 0.90)")
    state.doubtful = [("— 5 —", "一5一"), ("关于加强管理的通知", "关于加强管埋的通知")]
    doubtful_lines(state)
    assert state.pending[0].message == (
        "第 1 页经 OCR 识别 (pages read by OCR: 1; engine x, mean confidence 0.90; "
        "1 lines below confidence 0.8, kept: '关于加强管埋的通知')"
    )
    only_page_numbers = State([Block("正文")], format="png")
    only_page_numbers.warn("ocr-used", "第 1 页经 OCR 识别 (pages read by OCR: 1)")
    only_page_numbers.doubtful = [("— 5 —", "一5一")]
    doubtful_lines(only_page_numbers)
    assert only_page_numbers.pending[0].message == "第 1 页经 OCR 识别 (pages read by OCR: 1)"


INFO_PAGE = (
    "<html><body><div class='nav'><a href='/'>首页</a> | <a href='/x'>政务公开</a></div>"
    "<table><tr><td>索引号：</td><td>001-2024</td><td>发文机关：</td><td>某区教育局</td></tr></table>"
    "<div class='content'><p>关于区政协提案第12号的答复</p><p>张委员：</p><p>您提出的提案收悉。现答复如下：</p>"
    "<p>一、加强管理。各校要落实责任。</p></div></body></html>"
)


def test_a_portal_information_table_is_paired_by_a_rule_not_the_html_reader() -> None:
    from govdoc.readers.html import html_blocks
    from govdoc.rules.info_table import info_table

    blocks = html_blocks(INFO_PAGE)
    outside = [b.text for b in blocks if b.hints.part == "outside-article"]
    assert outside == ["首页", "政务公开", "索引号：", "001-2024", "发文机关：", "某区教育局"]  # as the page has them
    state = State(blocks, format="html")
    info_table(state)
    assert [b.text for b in state.blocks[:2]] == ["索引号：001-2024", "发文机关：某区教育局"]
    assert not any(b.hints.part == "outside-article" for b in state.blocks)  # the navigation is gone
    assert state.blocks[0].origin is not None and state.blocks[0].origin.refs == (
        "/html/body[1]/table[1]/tbody[1]/tr[1]",
    )
