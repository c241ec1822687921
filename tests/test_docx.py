"""Word documents: the same Document as the text path, numbering restored, features and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.limits import Limits
from govdoc.readers.docx import docx_blocks
from govdoc.readers.docx.numbering import format_number
from tests.conftest import FIXTURES
from tests.docx_builder import make_docx, p, zip_parts

DOCX = FIXTURES / "docx"
SEED_TEXT = FIXTURES / "putuo-reply-2023.txt"
REPLY_HEAD = (
    p("关于区政协一届一次会议第1号提案的答复", '<w:jc w:val="center"/>')
    + p("张某委员：")
    + p("您的提案收悉，现答复如下：")
)
REPLY_TAIL = p("某区某局") + p("2024年1月2日")


def outline(doc: govdoc.Document) -> list[object]:
    """What must be equal between the text and the DOCX forms of one document."""
    sections = [
        (
            s.level,
            s.style,
            s.ordinal,
            s.marker,
            s.title,
            [(i.marker, i.lead, p.phase) for p in s.paragraphs for i in p.items],
        )
        for s in doc.iter_sections()
    ]
    h = doc.header
    return [
        doc.kind,
        h.issuer,
        h.doc_number,
        h.title,
        h.recipients,
        h.responds_to,
        sections,
        doc.closing and doc.closing.text,
        doc.signature,
        doc.contact,
        doc.imprint,
    ]


@pytest.mark.parametrize("variant", ["official", "autonumber", "contact-table", "tracked", "header-textbox"])
def test_seed_as_word_document_parses_like_the_text(variant: str) -> None:
    text = govdoc.parse(SEED_TEXT)
    word = govdoc.parse(DOCX / f"seed-{variant}.docx")
    assert word.source.format == "docx"
    assert outline(word) == outline(text)
    assert "— 1 —" not in word.text and "PAGE" not in word.text


def test_tracked_changes_and_hidden_text() -> None:
    doc = govdoc.parse(DOCX / "seed-tracked.docx")
    assert "建立协调机制是做好工作的前提和保障" in doc.text  # the insertion is kept
    assert "此句已删除" not in doc.text and "隐藏的批注文字" not in doc.text


def test_doc_number_standing_only_in_a_header_text_box() -> None:
    doc = govdoc.parse(DOCX / "seed-header-textbox.docx")
    assert doc.header.doc_number is not None and doc.header.doc_number.text == "普发改委〔2023〕10号"
    assert doc.text.count("普发改委〔2023〕10号") == 1


@pytest.mark.parametrize(
    ("n", "fmt", "want"),
    [
        (1, "chineseCounting", "一"),
        (12, "chineseCounting", "十二"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCountingThousand", "一百零五"),
        (3, "ideographTraditional", "丙"),
        (3, "decimal", "3"),
        (5, "decimalEnclosedCircle", "⑤"),
        (4, "upperRoman", "IV"),
        (2, "lowerLetter", "b"),
        (7, "decimalZero", "07"),
        (2, "ideographEnclosedCircle", "㈡"),
        (3, "chineseLegalSimplified", "叁"),
    ],
)
def test_a_list_levels_number_format_spells_the_number_as_word_shows_it(n: int, fmt: str, want: str) -> None:
    assert format_number(n, fmt) == want


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/>{extra}</w:lvl>'
    )


def _num(num: int, ilvl: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'


def test_numbering_through_a_style_with_restart_rules() -> None:
    never = '<w:lvlRestart w:val="0"/>'
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "chineseCounting", "%1、")}'
        f"{_lvl(1, 'decimal', '%2.', extra=never)}</w:abstractNum>"
        '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    )
    styles = (
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
    )
    body = (
        REPLY_HEAD
        + p("甲", '<w:pStyle w:val="H1"/>')
        + p("第一点内容比较长，是一个完整的句子。", _num(5, 1))
        + p("乙", '<w:pStyle w:val="H1"/>')
        + p("第二点内容比较长，是一个完整的句子。", _num(5, 1))
        + REPLY_TAIL
    )
    blocks = docx_blocks(
        make_docx(body, numbering=numbering, styles=styles), path=None, limits=Limits(unzipped_bytes=10**7)
    )
    texts = [b.text for b in blocks]
    assert "一、甲" in texts and "二、乙" in texts
    assert "2.第二点内容比较长，是一个完整的句子。" in texts  # lvlRestart 0: never restarts
    heading = blocks[texts.index("一、甲")]
    assert (heading.hints.style, heading.hints.outline_level, heading.hints.font) == ("heading 1", 0, "黑体")


def test_start_override_restarts_a_shared_list() -> None:
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = "".join(
        p(t, _num(n, 0)) for t, n in [("甲项内容。", 1), ("乙项内容。", 1), ("丙项内容。", 2), ("丁项内容。", 1)]
    )
    texts = [
        b.text
        for b in docx_blocks(make_docx(body, numbering=numbering), path=None, limits=Limits(unzipped_bytes=10**7))
    ]
    assert texts == ["1.甲项内容。", "2.乙项内容。", "1.丙项内容。", "2.丁项内容。"]


def test_runs_in_links_controls_fields_breaks_and_tabs() -> None:
    body = (
        '<w:p><w:hyperlink r:id="x"><w:r><w:t>链接里的</w:t></w:r></w:hyperlink><w:r><w:t>文字</w:t></w:r></w:p>'
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>内容控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t>日期：</w:t></w:r><w:fldSimple w:instr="DATE"><w:r><w:t>2024年1月2日</w:t></w:r></w:fldSimple></w:p>'
        '<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>制表</w:t></w:r></w:p>"
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r></w:p>'
    )
    blocks = docx_blocks(make_docx(body), path=None, limits=Limits(unzipped_bytes=10**7))
    assert [b.text for b in blocks] == [
        "链接里的文字",
        "内容控件里的段落",
        "日期：2024年1月2日",
        "见第3页",
        "第一行",
        "第二行\t制表",
        "加粗不加粗",
    ]
    assert blocks[-1].bold == [(0, 2)]


def test_text_box_paragraphs_stand_at_their_anchor() -> None:
    box = (
        '<w:p><w:r><w:t>锚点段落</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
        "<w:p><w:r><w:t>文本框里的发文机关</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的发文机关</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert [b.text for b in docx_blocks(make_docx(box), path=None, limits=Limits(unzipped_bytes=10**7))] == [
        "文本框里的发文机关",
        "锚点段落",
    ]


def test_a_table_in_a_section_is_a_table_element() -> None:
    table = (
        "<w:tbl>"
        + "".join(
            "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in row) + "</w:tr>"
            for row in (("项目", "资金"), ("道路硬化", "120万元"))
        )
        + "</w:tbl>"
    )
    doc = govdoc.parse(
        make_docx(REPLY_HEAD + p("一、资金安排") + table + p("已全部到位。") + REPLY_TAIL), format="docx"
    )
    assert doc.sections[0].tables[0].rows == (("项目", "资金"), ("道路硬化", "120万元"))
    assert [x.text for x in doc.sections[0].paragraphs] == ["已全部到位。"]


def test_page_numbers_and_running_heads_in_headers_are_not_text() -> None:
    header = p("某区某局信息公开") + p("— 2 —")
    doc = govdoc.parse(make_docx(REPLY_HEAD + REPLY_TAIL, header=header), format="docx")
    assert "信息公开" not in doc.text and "— 2 —" not in doc.text


def test_not_a_zip_is_corrupt() -> None:
    with pytest.raises(govdoc.CorruptFileError):
        govdoc.parse(b"<html><body>not a docx</body></html>", format="docx")


def test_zip_without_a_document_is_corrupt() -> None:
    package = zip_parts({"hello.txt": "hi"})
    with pytest.raises(govdoc.CorruptFileError):
        govdoc.parse(package, format="docx")


def test_broken_xml_is_corrupt() -> None:
    package = zip_parts({"word/document.xml": "<w:document><w:body><w:p>"})
    with pytest.raises(govdoc.CorruptFileError):
        govdoc.parse(package, format="docx")


def test_password_protected_document_is_encrypted() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 200
    with pytest.raises(govdoc.EncryptedError):
        govdoc.parse(ole, format="docx")


def test_zip_bomb_is_refused_before_inflating() -> None:
    package = zip_parts({"word/document.xml": b"<a/>" + b" " * (4 * 1024 * 1024)}, deflate=True)
    assert len(package) < 64 * 1024
    with pytest.raises(govdoc.TooLargeError):
        govdoc.parse(package, format="docx", max_unzipped=1024 * 1024)


def test_entities_are_never_expanded() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "LOLLOLLOL"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>张某委员：&b;&ext;</w:t></w:r></w:p></w:body></w:document>"
    )
    package = zip_parts({"word/document.xml": laughs})
    try:
        doc = govdoc.parse(package, format="docx")
    except govdoc.CorruptFileError:
        return
    assert "LOL" not in doc.text and "root:" not in doc.text


def test_legacy_doc_without_libreoffice_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("govdoc.readers.legacy.soffice", lambda: None)
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(govdoc.UnsupportedFormatError) as info:
        govdoc.parse(legacy)
    assert "LibreOffice" in info.value.message


def test_legacy_doc_is_converted_when_libreoffice_is_there(tmp_path: Path) -> None:
    from govdoc.readers.legacy import soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed here")
    import subprocess

    subprocess.run(
        [
            soffice() or "",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(DOCX / "numbering-levels.docx"),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    doc = govdoc.parse(tmp_path / "numbering-levels.doc")
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]


_STAND_IN = """#!{python}
# A stand-in for LibreOffice's command line: it checks the arguments govdoc gives and writes what it was told to.
import shutil, sys
args = sys.argv[1:]
assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx", args
outdir, source = args[args.index("--outdir") + 1], args[-1]
assert open(source, "rb").read(8) == bytes.fromhex("d0cf11e0a1b11ae1"), source
if {result!r}:
    shutil.copy({result!r}, outdir + "/input.docx")
"""


def _stand_in_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, result: str) -> None:
    import stat
    import sys

    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(_STAND_IN.format(python=sys.executable, result=result), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(folder))


def test_legacy_doc_is_read_from_the_docx_libreoffice_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The converted path runs here even without LibreOffice (the test above skips wherever it is not installed, CI
    included): a stand-in `soffice` on the PATH writes the .docx govdoc asked for, and that .docx is what is read."""
    _stand_in_soffice(tmp_path, monkeypatch, str(DOCX / "numbering-levels.docx"))
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    doc = govdoc.parse(legacy)
    assert doc.header.title == "关于区政协五届二次会议第0066号提案的答复"  # the .docx's (its expected.json)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "总体情况"),
        ("二、", "存在问题"),
        ("三、", "下一步计划"),
    ]


def test_legacy_doc_libreoffice_cannot_convert_is_a_corrupt_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _stand_in_soffice(tmp_path, monkeypatch, "")
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(legacy)
    assert caught.value.code == "corrupt-file"


def test_word_paragraphs_are_never_joined_as_page_breaks() -> None:
    body = (
        REPLY_HEAD
        + p("一、甲")
        + p("这是一个在段落末尾没有标点符号的很长的段落，作者就是这样写的")
        + p("下一段另起一行。")
        + REPLY_TAIL
    )
    doc = govdoc.parse(make_docx(body), format="docx")
    assert [x.text for x in doc.sections[0].paragraphs] == [
        "这是一个在段落末尾没有标点符号的很长的段落，作者就是这样写的",
        "下一段另起一行。",
    ]
    assert not [w for w in doc.warnings if w.code == "page-break-joined"]


def test_display_face_marks_a_title_and_cc_in_a_table_is_found() -> None:
    title = p("关于2024年为民办实事项目推进情况的说明", rpr='<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>')
    cc = (
        "<w:tbl><w:tr><w:tc>"
        + p("抄送")
        + "</w:tc><w:tc>"
        + p("区政府办公室，区人大常委会办公室。")
        + "</w:tc></w:tr></w:tbl>"
    )
    body = title + p("区人大常委会：") + p("现将有关情况报告如下。") + p("某区某局") + p("2024年1月2日") + cc
    doc = govdoc.parse(make_docx(body), format="docx")
    assert doc.header.title == "关于2024年为民办实事项目推进情况的说明"
    assert doc.imprint is not None and doc.imprint.cc == ("区政府办公室", "区人大常委会办公室")
