"""Reading text and Markdown: encodings Chinese archives use, and typed errors for bad input."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

import govdoc
from tests.conftest import FIXTURES

SAMPLE = "关于区政协一届一次会议第1号提案的答复\n張某委員：\n您的提案收悉，现答复如下：\n感谢您的支持。\n某区某局\n2024年1月2日\n"
TRADITIONAL = "關於區政協一屆一次會議第1號提案的答復\n張某委員：\n您的提案收悉，現答復如下：\n感謝您的支持。\n某區某局\n2024年1月2日\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (TRADITIONAL.encode("big5"), "big5"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16-bom", "big5"],
)
def test_encodings_are_detected_and_recorded(data: bytes, encoding: str) -> None:
    doc = govdoc.parse(data, format="txt")
    assert doc.source.encoding == encoding
    assert doc.header.recipients == ("張某委員",)
    assert doc.signature is not None and doc.signature.date == "2024-01-02"


def test_gb18030_fixture_file() -> None:
    doc = govdoc.parse(FIXTURES / "gb18030-reply.txt")
    assert doc.source.encoding == "gb18030"
    assert "“䶮山红”" in doc.text


def test_source_records_path_format_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "reply.md"
    path.write_bytes(SAMPLE.encode("utf-8"))
    doc = govdoc.parse(path)
    assert (doc.source.path, doc.source.format, doc.source.pages) == (str(path), "md", None)
    assert doc.source.sha256 == hashlib.sha256(SAMPLE.encode("utf-8")).hexdigest()


def test_binary_file_object_with_a_name(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(SAMPLE.encode("gb18030"))
    with path.open("rb") as fh:
        doc = govdoc.parse(fh)
    assert doc.source.format == "txt" and doc.source.encoding == "gb18030"
    assert govdoc.parse(io.BytesIO(SAMPLE.encode()), format="md").source.format == "md"


def test_same_document_from_str_and_bytes_gives_the_same_structure() -> None:
    a = govdoc.parse_text(SAMPLE)
    b = govdoc.parse(SAMPLE.encode("utf-8"), format="txt")
    assert a.text == b.text and a.header == b.header and a.sections == b.sections


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty-document"),
        (b"   \n\t\r\n\xe3\x80\x80", "empty-document"),
        (b"\x00\x01\x02binary\x00\x00junk" * 20, "unsupported-format"),
        (bytes(range(128, 256)) * 10, "encoding-undetected"),
        (b"\xff\xfe\x00", "encoding-undetected"),
    ],
    ids=["zero-bytes", "whitespace", "binary", "undecodable", "broken-bom"],
)
def test_bad_bytes_raise_typed_errors(data: bytes, code: str) -> None:
    with pytest.raises(govdoc.GovDocError) as info:
        govdoc.parse(data, format="txt")
    assert info.value.code == code


def test_binary_of_no_known_kind_and_bytes_without_a_format(tmp_path: Path) -> None:
    odd = tmp_path / "blob.bin"
    odd.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(govdoc.UnsupportedFormatError):
        govdoc.parse(odd)
    assert govdoc.parse(SAMPLE.encode("gb18030")).source.format == "txt"  # sniffed as text


def test_a_folder_and_a_missing_file_are_govdoc_errors(tmp_path: Path) -> None:
    with pytest.raises(govdoc.UnreadableFileError) as info:
        govdoc.parse(tmp_path / "missing.txt")
    assert info.value.code == "unreadable-file"
    assert "missing.txt" in str(info.value)
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    with pytest.raises(govdoc.UnsupportedFormatError):
        govdoc.parse(folder)


def test_bytes_past_max_bytes_are_refused_as_too_large() -> None:
    with pytest.raises(govdoc.TooLargeError) as info:
        govdoc.parse(SAMPLE.encode(), format="txt", max_bytes=10)
    assert info.value.code == "too-large"


def test_empty_string_is_an_empty_document() -> None:
    with pytest.raises(govdoc.EmptyDocumentError):
        govdoc.parse_text(" \n ")


def test_strict_mode_refuses_text_that_is_no_document() -> None:
    with pytest.raises(govdoc.NotAGovernmentDocumentError) as info:
        govdoc.parse_text("今天天气很好，我们去公园散步。", strict=True)
    assert info.value.code == "not-a-government-document"
    assert govdoc.parse_text(SAMPLE, strict=True).kind == "reply"


def test_markdown_quotes_bullets_and_rules_are_removed() -> None:
    doc = govdoc.parse_text("> 引用的一行\n- 列表项\n---\n* **加粗**内容\n")
    assert doc.text == "引用的一行\n列表项\n加粗内容"


def test_layout_spaces_between_cjk_go_and_others_stay() -> None:
    doc = govdoc.parse_text("联 系 人：张某\n第 152038 号\n研究 and 方案\n")
    assert doc.text == "联系人：张某\n第 152038 号\n研究 and 方案"


def test_pinyin_injected_by_a_reading_aid_is_removed() -> None:
    doc = govdoc.parse_text("你們在鎮(zhèn)康縣第十七屆人民代表大會(huì)第二次會(huì)議期間提出的建議收悉。")
    assert "(zhèn)" not in doc.text and "鎮康縣" in doc.text
    ref = doc.header.responds_to
    assert ref is not None and (ref.body, ref.term, ref.session, ref.kind) == ("人大", 17, 2, "建议")


def test_run_on_line_is_cut_at_its_paragraph_indents() -> None:
    # A scraped page whose line breaks were lost: only the 全角 indents still mark paragraphs.
    run_on = "　　".join(
        [
            "关于区政协一届一次会议第5号提案的答复",
            "张某委员：",
            "您提出的《关于加强老旧小区加装电梯工作的提案》收悉，现答复如下：",
            "一、工作进展。今年全区已完成加装电梯一百二十台，另有八十台正在施工，居民满意度较高。",
            "二、下一步计划。我们将进一步简化审批流程，加大财政补贴力度，力争年内再完成一百台。",
            "感谢您对我区城市更新工作的关心和支持，欢迎继续提出宝贵意见。",
            "某区住房保障和房屋管理局",
            "2024年6月3日",
        ]
    )
    assert len(run_on) >= 200 and "\n" not in run_on
    doc = govdoc.parse_text(run_on)
    assert doc.header.title == "关于区政协一届一次会议第5号提案的答复"
    assert doc.header.recipients == ("张某委员",)
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "工作进展"), ("二、", "下一步计划")]
    assert (
        doc.closing is not None and doc.closing.text == "感谢您对我区城市更新工作的关心和支持，欢迎继续提出宝贵意见。"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区住房保障和房屋管理局",), "2024-06-03")
    assert "\u3000" not in doc.text and doc.text.count("\n") == 7


def test_short_line_with_a_wide_gap_is_not_cut() -> None:
    doc = govdoc.parse_text(
        "关于区政协一届一次会议第5号提案的答复\n张某委员：\n已经办理。\n某区民政局　　2024年6月3日\n"
    )
    assert doc.signature is not None
    assert (doc.signature.issuers, doc.signature.date) == (("某区民政局",), "2024-06-03")
