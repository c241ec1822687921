"""Round-9 blind robustness probes: bad and odd input in every format, through the API, the CLI,
batch and the service.

The standard each probe holds to: bad input ends in a typed error whose `code` is one the
contract names (never `internal-error`: a crash wrapped in a typed error is still a crash); a
document that does not fit still parses, with warnings; what parses keeps the invariants of
tests/invariants.py (spans slice back, NFC text) and writes as JSON. Each probe lists the
outcomes it accepts: more than one only where the contract leaves the choice open (a PDF cut
short may be repaired by the backend or refused as damaged).
"""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import govdoc
from govdoc.batch import run_batch
from govdoc.cli import main
from tests import hostile9 as h
from tests.conftest import SEED
from tests.invariants import check_invariants

PARSES = "parses"
SECONDS = 10.0  # any one probe, in-process, on a loaded machine
SEED_BYTES = SEED.read_bytes()


@dataclass(frozen=True)
class Probe:
    """One hostile input, the outcomes it may end in, and what a parse of it must still show."""

    name: str
    make: Callable[[], bytes | str]
    fmt: str | None
    outcomes: tuple[str, ...]
    check: Callable[[govdoc.Document], object] | None = None
    options: dict[str, object] = field(default_factory=dict)
    xfail: str | None = None  # the general cause, where it is real but not fixed yet


def addressed(doc: govdoc.Document) -> bool:
    return doc.header.recipients == (h.RECIPIENT,)


def repaired(doc: govdoc.Document) -> bool:
    return addressed(doc) and "encoding-repaired" in {w.code for w in doc.warnings}


def warns_of_missing_page(doc: govdoc.Document) -> bool:
    """Page 1's reply is read, and the page that could not be is not dropped in silence."""
    return "张某委员" in doc.text and any(w.code == "pages-without-text" and "2" in w.message for w in doc.warnings)


def warns_of_textless_page(doc: govdoc.Document) -> bool:
    return addressed(doc) and "pages-without-text" in {w.code for w in doc.warnings}


def outside_never_read(doc: govdoc.Document) -> bool:
    hostname = Path("/etc/hostname").read_text(encoding="utf-8").strip() if Path("/etc/hostname").exists() else ""
    return not hostname or hostname not in doc.text


def nfc_recipient(doc: govdoc.Document) -> bool:
    return doc.header.recipients == ("金某委员",)


def has_four_byte_characters(doc: govdoc.Document) -> bool:
    return addressed(doc) and "𠀀𠀁" in doc.text


NEVER = {"ocr": "never"}

PROBES: list[Probe] = [
    # --- DOCX packages ------------------------------------------------------------------------------
    Probe("docx without word/document.xml", lambda: h.docx_parts(None), "docx", ("corrupt-file",)),
    Probe("docx with two word/document.xml members", h.docx_duplicate_document, "docx", (PARSES, "corrupt-file")),
    Probe("docx document.xml in UTF-16 with BOM", h.docx_utf16, "docx", (PARSES,), addressed),
    Probe(
        "docx document.xml in UTF-16 with BOM, no declaration",
        lambda: h.docx_utf16(declared=False),
        "docx",
        (PARSES,),
        addressed,
    ),
    Probe("docx document.xml declared and written in GBK", h.docx_gbk_declared, "docx", (PARSES,), addressed),
    Probe(
        "docx with one 50,000-char entity used 5,000 times",
        h.docx_quadratic_blowup,
        "docx",
        ("corrupt-file", "too-large"),
    ),
    Probe("docx tables nested 100 deep", lambda: h.docx_nested_tables(100), "docx", ("too-large",)),
    Probe(
        "docx content controls nested 5,000 deep",
        lambda: h.docx_nested_content_controls(5_000),
        "docx",
        ("too-large",),
    ),
    Probe(
        "docx one paragraph of 100,000 runs",
        lambda: h.docx_one_paragraph_of_runs(100_000),
        "docx",
        (PARSES,),
        addressed,
    ),
    Probe("docx document.xml cut in half", h.docx_truncated_xml, "docx", ("corrupt-file",)),
    Probe("docx document.xml of zero bytes", lambda: h.docx_parts(b""), "docx", ("corrupt-file",)),
    Probe(
        "docx body without text",
        lambda: h.docx_parts(h.document_xml("<w:p/><w:p><w:r/></w:p>")),
        "docx",
        ("empty-document",),
    ),
    Probe(
        "docx main part targeted outside the package",
        h.docx_rels_outside,
        "docx",
        (PARSES, "corrupt-file"),
        outside_never_read,
    ),
    Probe("docx numbering and styles not XML", h.docx_broken_side_parts, "docx", (PARSES,), addressed),
    Probe("docx styles based on each other", h.docx_style_cycle, "docx", (PARSES,), addressed),
    Probe("docx member of compression method 99", h.docx_unknown_compression, "docx", ("corrupt-file",)),
    Probe("docx member flagged zip-encrypted", h.docx_encrypted_member, "docx", ("encrypted",)),
    Probe("docx member with a wrong CRC", h.docx_bad_crc, "docx", ("corrupt-file",)),
    Probe("OLE signature and junk named docx", h.ole_junk, "docx", ("corrupt-file", "unsupported-format", "encrypted")),
    # --- HTML ---------------------------------------------------------------------------------------
    Probe("html 50,000 nested ul/li", lambda: h.html_nested_lists(50_000), "html", ("too-large",)),
    Probe("html 100,000 nested tags of eight kinds", lambda: h.html_nested_mixed(100_000), "html", ("too-large",)),
    Probe("html comment never closed", h.html_unclosed_comment, "html", (PARSES,), addressed),
    # the contract: NUL bytes make a "text" file binary (unsupported-format), a page's markup too
    Probe("html with NUL bytes", h.html_with_nuls, "html", ("unsupported-format",)),
    Probe(
        "html meta says utf-8, bytes are GBK", lambda: h.html_meta_lies("utf-8", "gbk"), "html", (PARSES,), addressed
    ),
    Probe(
        "html meta says gb2312, bytes are UTF-8",
        lambda: h.html_meta_lies("gb2312", "utf-8"),
        "html",
        (PARSES,),
        addressed,
    ),
    Probe(
        "html meta says utf-16, bytes are UTF-8",
        lambda: h.html_meta_lies("utf-16", "utf-8"),
        "html",
        (PARSES,),
        addressed,
    ),
    Probe(
        "html in UTF-16LE with BOM",
        lambda: b"\xff\xfe" + h.html(h.REPLY_HTML).encode("utf-16-le"),
        "html",
        (PARSES,),
        addressed,
    ),
    Probe(
        "html UTF-8 BOM then GBK",
        lambda: b"\xef\xbb\xbf" + h.html(h.REPLY_HTML * 3).encode("gbk"),
        "html",
        (PARSES,),
        addressed,
    ),
    Probe("html NUL, surrogate and out-of-range references", h.html_numeric_references, "html", (PARSES,), addressed),
    Probe("html 100,000 attributes on one element", lambda: h.html_many_attributes(100_000), "html", ("too-large",)),
    Probe("html script never closed", h.html_unclosed_script, "html", (PARSES,), addressed),
    Probe("html markup without text", h.html_markup_only, "html", ("empty-document",)),
    Probe("html one paragraph of 2 MB", lambda: h.html_huge_paragraph(700_000), "html", (PARSES,), addressed),
    # --- text bytes ---------------------------------------------------------------------------------
    Probe("txt UTF-8 BOM then GBK", h.bom_then_gbk, "txt", (PARSES,), addressed),
    Probe("txt UTF-8 first half, GBK second half", h.utf8_then_gbk, "txt", (PARSES,), repaired),
    Probe(
        "txt UTF-32LE with BOM",
        lambda: b"\xff\xfe\x00\x00" + h.REPLY_TEXT.encode("utf-32-le"),
        "txt",
        (PARSES,),
        addressed,
    ),
    Probe("txt UTF-16LE without BOM", lambda: (h.REPLY_TEXT * 3).encode("utf-16-le"), "txt", (PARSES,), addressed),
    Probe(
        "txt UTF-16BE with BOM and an odd last byte",
        lambda: b"\xfe\xff" + h.REPLY_TEXT.encode("utf-16-be") + b"\x4e",
        "txt",
        (PARSES,),
        addressed,
    ),
    Probe("txt GB18030 four-byte characters", h.gb18030_four_byte, "txt", (PARSES,), has_four_byte_characters),
    Probe(
        "txt control characters only", lambda: bytes(range(1, 9)) * 500, "txt", ("unsupported-format", "empty-document")
    ),
    Probe("txt 1 MB of one character, no newline", lambda: ("字" * 350_000).encode(), "txt", (PARSES,)),
    Probe(
        "txt 1 MB without a newline, markers inside",
        lambda: (h.RECIPIENT + "：" + "一、总体情况。（一）具体措施；1.加强领导，" * 30_000).encode(),
        "txt",
        (PARSES,),
    ),
    Probe("txt 200,000 newlines only", lambda: b"\n" * 200_000, "txt", ("empty-document",)),
    Probe(
        "txt ideographic spaces and tabs only",
        lambda: "\u3000\t \u3000\r\n".encode() * 1000,
        "txt",
        ("empty-document",),
    ),
    Probe(
        "txt NEL, VT, FF and separators inside lines",
        lambda: h.line_breaks_of_every_kind().encode(),
        "txt",
        (PARSES,),
        addressed,
    ),
    # --- the str API --------------------------------------------------------------------------------
    Probe(
        "str with surrogate-escaped bytes",
        lambda: h.REPLY_TEXT.replace("收悉", "收\udcb2\udce2悉"),
        None,
        (PARSES,),
        lambda doc: addressed(doc) and "encoding-repaired" in {w.code for w in doc.warnings},
    ),
    Probe(
        "str with a surrogate pair as two code points",
        lambda: h.REPLY_TEXT.replace("我区", "\ud83d\ude00我区"),
        None,
        (PARSES,),
        addressed,
    ),
    Probe("str with a lone low surrogate first", lambda: "\udc80" + h.REPLY_TEXT, None, (PARSES,)),
    Probe(
        "str with 10,000 U+FFFD in a row",
        lambda: h.REPLY_TEXT.replace("我区", "\ufffd" * 10_000 + "我区"),
        None,
        (PARSES,),
        addressed,
    ),
    Probe("str of control characters only", lambda: "".join(map(chr, range(1, 9))) * 100, None, ("empty-document",)),
    Probe(
        "str with RLM/LRM around the addressee",
        lambda: "\u200f" + h.RECIPIENT + "\u200e：\n" + h.REPLY_TEXT.split("\n", 1)[1],
        None,
        (PARSES,),
        addressed,
    ),
    Probe(
        "str with right-to-left override over a line",
        lambda: h.REPLY_TEXT.replace("一、总体情况", "\u202e一、总体情况\u202c"),
        None,
        (PARSES,),
        addressed,
    ),
    Probe(
        "str with a compatibility ideograph in the addressee",
        lambda: h.REPLY_TEXT.replace(h.RECIPIENT, "\uf90a某委员"),
        None,
        (PARSES,),
        nfc_recipient,
    ),
    Probe(
        "str with decomposed Hangul, e+acute and an Angstrom sign",
        lambda: (
            h.REPLY_TEXT.replace("我区", "\u1100\u1161\u11a8 e\u0301 \u212b 我区")
            + "二、下一步工作\n\u1112\u1161\u11ab继续推进。\n"
        ),
        None,
        (PARSES,),
        addressed,
    ),
    Probe(
        "str with 10,000 combining marks on one letter",
        lambda: h.REPLY_TEXT + "a" + "\u0301" * 10_000 + "\n",
        None,
        (PARSES,),
        addressed,
    ),
    Probe("str with NUL characters", lambda: h.REPLY_TEXT.replace("委员", "委\x00员"), None, ("unsupported-format",)),
    Probe("str of 1 MB without a newline", lambda: "加强社区养老服务，" * 120_000, None, (PARSES,)),
    # --- PDF ----------------------------------------------------------------------------------------
    Probe("pdf encrypted with an empty user password", h.pdf_empty_password, "pdf", (PARSES,), addressed, NEVER),
    Probe("pdf page tree listing itself", h.pdf_page_tree_loop, "pdf", (PARSES, "corrupt-file"), None, NEVER),
    Probe("pdf of zero pages", h.pdf_zero_pages, "pdf", ("empty-document",), None, NEVER),
    Probe("pdf with a 0x0 MediaBox", lambda: h.pdf_reply(b"[0 0 0 0]"), "pdf", (PARSES,), addressed, NEVER),
    Probe("pdf with an inverted MediaBox", lambda: h.pdf_reply(b"[595 842 0 0]"), "pdf", (PARSES,), addressed, NEVER),
    Probe(
        "pdf with a MediaBox of strings", lambda: h.pdf_reply(b"[(a) (b) (c) (d)]"), "pdf", (PARSES,), addressed, NEVER
    ),
    Probe("pdf counting 1,000,000 pages over one", h.pdf_lying_count, "pdf", (PARSES, "corrupt-file"), None, NEVER),
    Probe("pdf without /Root", h.pdf_without_root, "pdf", ("corrupt-file",), None, NEVER),
    Probe("pdf header and %%EOF only", lambda: b"%PDF-1.7\n%%EOF\n", "pdf", ("corrupt-file",), None, NEVER),
    Probe("pdf page contents missing", h.pdf_missing_contents, "pdf", ("no-text-layer", "empty-document"), None, NEVER),
    Probe("pdf image-only page, OCR off", h.pdf_image_only, "pdf", ("no-text-layer",), None, NEVER),
    Probe(
        "pdf text page then image-only page, OCR off",
        h.pdf_text_then_image_page,
        "pdf",
        (PARSES,),
        warns_of_textless_page,
        NEVER,
    ),
    Probe(
        "pdf whose startxref points into the header",
        lambda: h.pdf_objects(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"], startxref=3
        ),
        "pdf",
        ("corrupt-file", "empty-document"),
        None,
        NEVER,
    ),
    # --- OFD ----------------------------------------------------------------------------------------
    Probe("ofd without Document.xml", h.ofd_missing_document, "ofd", ("corrupt-file",)),
    Probe(
        "ofd DocRoot climbing out of the package",
        lambda: h.ofd_doc_root("../../../../etc/hostname"),
        "ofd",
        ("corrupt-file",),
    ),
    Probe("ofd DocRoot naming OFD.xml itself", lambda: h.ofd_doc_root("OFD.xml"), "ofd", ("corrupt-file",)),
    Probe(
        "ofd second page climbing out of the package",
        h.ofd_second_page_outside,
        "ofd",
        (PARSES,),
        warns_of_missing_page,
    ),
    Probe("ofd without pages", h.ofd_no_pages, "ofd", ("empty-document",)),
    Probe("ofd Document.xml with billion laughs", h.ofd_document_laughs, "ofd", ("corrupt-file",)),
    Probe("ofd Document.xml cut in half", h.ofd_broken_document, "ofd", ("corrupt-file",)),
    Probe(
        "ofd carrying ../ and absolute member names",
        h.ofd_with_traversal_member,
        "ofd",
        (PARSES,),
        lambda d: "张某委员" in d.text,
    ),
    Probe("ofd text inside 5,000 nested PageBlocks", lambda: h.ofd_nested_blocks(5_000), "ofd", ("too-large",)),
    Probe("ofd without OFD.xml", lambda: h.ofd_rewrite(h.ofd_reply(), drop=("OFD.xml",)), "ofd", ("corrupt-file",)),
    # --- images -------------------------------------------------------------------------------------
    Probe("png without text, OCR off", h.png, "png", ("no-text-layer",), None, NEVER),
    Probe(
        "png cut after its header, OCR off", lambda: h.png()[:40], "png", ("no-text-layer", "corrupt-file"), None, NEVER
    ),
    Probe(
        "png declaring 60,000 x 60,000 pixels",
        lambda: h.png(60_000, 60_000),
        "png",
        ("too-large", "corrupt-file", "missing-dependency"),
        None,
        {"ocr": "auto"},
    ),
]

# New examples of each cause the first look found, written after it (the probes above are as
# committed before the first run, but for the expectations the report names as corrected).
AFTER: list[Probe] = [
    Probe("docx run inside 3,000 nested hyperlinks", lambda: h.docx_nested_hyperlinks(3_000), "docx", ("too-large",)),
    Probe("ofd DocInfo nested 1,000 deep", lambda: h.ofd_deep_doc_info(1_000), "ofd", ("too-large",)),
    Probe("ofd page member flagged zip-encrypted", h.ofd_encrypted_page, "ofd", ("encrypted",)),
    Probe("docx of an empty table and a space", h.docx_empty_table, "docx", ("empty-document",)),
    Probe(
        "html of spaces, entities and zero-width characters",
        lambda: h.html("<p>&nbsp;&#8203;&emsp;</p><div>\u3000</div>").encode(),
        "html",
        ("empty-document",),
    ),
    Probe("ofd without a Pages element", h.ofd_without_pages_element, "ofd", ("empty-document",)),
    Probe(
        "ofd DocRoot naming a page",
        lambda: h.ofd_doc_root("Doc_0/Pages/Page_0/Content.xml"),
        "ofd",
        ("corrupt-file",),
    ),
    Probe(
        "pdf of an empty page tree counting three",
        lambda: h.pdf_zero_pages().replace(b"/Count 0", b"/Count 3"),
        "pdf",
        ("empty-document", "corrupt-file"),
        None,
        NEVER,
    ),
    Probe(
        "txt UTF-16LE BOM before UTF-8 bytes",
        lambda: b"\xff\xfe" + (h.REPLY_TEXT * 2).encode(),
        "txt",
        (PARSES,),
        repaired,
    ),
    Probe(
        "txt UTF-32BE with BOM cut inside its last character",
        lambda: (b"\x00\x00\xfe\xff" + h.REPLY_TEXT.encode("utf-32-be"))[:-2],
        "txt",
        (PARSES,),
        repaired,
    ),
    Probe(
        "txt GBK first half, UTF-8 second half",
        lambda: "\n".join(h.REPLY_LINES[:2]).encode("gbk") + ("\n" + "\n".join(h.REPLY_LINES[2:]) + "\n").encode(),
        "txt",
        (PARSES,),
        repaired,
    ),
    Probe(
        "html with directional isolates around the addressee",
        lambda: h.html(f"<p>\u2068{h.RECIPIENT}\u2069：</p>" + h.REPLY_HTML.split("</p>", 1)[1]).encode(),
        "html",
        (PARSES,),
        addressed,
    ),
    Probe(
        "str with an ALM and a soft hyphen after a section marker",
        lambda: h.REPLY_TEXT.replace("一、总体情况", "一、\u061c\u00ad总体情况"),
        None,
        (PARSES,),
        lambda doc: addressed(doc) and doc.sections[0].title == "总体情况",
    ),
    Probe("html 1,000 attributes on one element", lambda: h.html_many_attributes(1_000), "html", (PARSES,), addressed),
    Probe(
        "docx numbering part cut short",
        h.docx_numbered_with_broken_numbering,
        "docx",
        (PARSES,),
        lambda doc: addressed(doc) and "pages-without-text" in {w.code for w in doc.warnings},
    ),
]


def outcome_of(probe: Probe) -> tuple[str, govdoc.Document | None, str]:
    """The probe's outcome code (`parses` for a Document), the Document, and the error's message."""
    data = probe.make()
    try:
        if isinstance(data, str):
            doc = govdoc.parse_text(data)
        else:
            doc = govdoc.parse(data, format=probe.fmt, **probe.options)  # type: ignore[arg-type]
    except govdoc.GovDocError as exc:
        return exc.code, None, exc.message
    return PARSES, doc, ""


@pytest.mark.parametrize(
    "probe",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=p.xfail)) if p.xfail else p for p in PROBES + AFTER],
    ids=[p.name for p in PROBES + AFTER],
)
def test_a_hostile_input_ends_in_a_typed_outcome_it_was_allowed(probe: Probe) -> None:
    start = time.process_time()
    code, doc, message = outcome_of(probe)
    seconds = time.process_time() - start
    assert code != "internal-error", f"{probe.name}: a crash: {message}"
    assert code in probe.outcomes, f"{probe.name}: {code} {message}"
    if code == "too-large":
        assert "limits." in message, f"{probe.name}: too-large names no limit: {message}"
    assert seconds < SECONDS, f"{probe.name}: {seconds:.1f} s of CPU"
    if doc is not None:
        check_invariants(doc)
        json.loads(doc.to_json())
        if probe.check is not None:
            assert probe.check(doc), f"{probe.name}: the parse lost what it must keep"


CUTS = h.pdf_cut_points()


@pytest.mark.parametrize(("where", "data"), CUTS, ids=[c[0] for c in CUTS])
def test_a_pdf_cut_at_any_xref_offset_is_repaired_or_refused_as_damaged(where: str, data: bytes) -> None:
    try:
        doc = govdoc.parse(data, format="pdf", ocr="never")
    except govdoc.GovDocError as exc:
        assert exc.code in ("corrupt-file", "empty-document", "no-text-layer"), f"cut at {where}: {exc}"
        return
    check_invariants(doc)


# --- the CLI -------------------------------------------------------------------------------------


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err.splitlines()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda tmp: str(tmp), ("unreadable-file", "unsupported-format")),
        (lambda tmp: str(tmp / "no-such-file.txt"), ("unreadable-file",)),
        (lambda tmp: str((tmp / "empty.txt", (tmp / "empty.txt").write_bytes(b""))[0]), ("empty-document",)),
        (
            lambda tmp: str((tmp / "zeros.pdf", (tmp / "zeros.pdf").write_bytes(b"\x00" * 4096))[0]),
            ("corrupt-file", "unsupported-format"),
        ),
    ],
    ids=["a directory", "a missing path", "an empty file", "NUL bytes named .pdf"],
)
def test_the_cli_answers_a_bad_path_with_one_line_and_one_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], str], code: tuple[str, ...]
) -> None:
    path = make(tmp_path)
    status, out, err = _cli(["parse", path], capsys)
    assert status == 1
    assert len(err) == 1 and "Traceback" not in err[0], err
    assert any(c in err[0] for c in code), err
    status, out, err = _cli(["parse", path, "--format", "jsonl"], capsys)
    assert status == 1 and len(out) == 1
    record = json.loads(out[0])
    assert record["error"]["code"] in code and record["path"] == path


def _stdin(data: bytes) -> io.TextIOWrapper:
    """Standard input holding `data` as bytes, as a pipe gives it (a real stream: a worker process
    closes its inherited standard input as it starts)."""
    return io.TextIOWrapper(io.BytesIO(data))


@pytest.mark.parametrize(
    ("data", "code"),
    [(SEED_BYTES, PARSES), (b"", "empty-document"), (bytes(range(256)) * 16, "unsupported-format")],
    ids=["the seed", "nothing", "binary junk"],
)
def test_the_cli_reads_standard_input_into_one_record(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: bytes, code: str
) -> None:
    monkeypatch.setattr(sys, "stdin", _stdin(data))
    status, out, err = _cli(["parse", "-", "--format", "jsonl"], capsys)
    assert len(out) == 1
    record = json.loads(out[0])
    if code == PARSES:
        assert status == 0 and record["header"]["title"]
    else:
        assert status == 1 and record["error"]["code"] == code
        assert len(err) == 1 and "Traceback" not in err[0]


def test_the_cli_gives_a_mix_of_files_one_record_each_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _mixed_inputs(tmp_path)
    status, out, _ = _cli(["parse", *(str(f) for f, _ in files), "--format", "jsonl"], capsys)
    assert status == 1
    assert [_code(json.loads(line)) for line in out] == [code for _, code in files]


# --- batch ---------------------------------------------------------------------------------------


def _mixed_inputs(tmp_path: Path) -> list[tuple[Path, str]]:
    """Good and bad files side by side, each with the outcome it must be recorded with."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    made: list[tuple[str, bytes | None, str]] = [
        ("a-good.txt", SEED_BYTES, PARSES),
        ("b-empty.txt", b"", "empty-document"),
        ("c-missing.txt", None, "unreadable-file"),
        ("d-junk.docx", b"PK\x03\x04" + b"\x00" * 200, "corrupt-file"),
        ("e-cut.pdf", h.pdf_reply()[:200], "corrupt-file"),
        ("f-good.html", h.html(h.REPLY_HTML).encode(), PARSES),
        ("g-no-document.ofd", h.ofd_missing_document(), "corrupt-file"),
        ("h-good.docx", h.make_docx(h.reply_body()), PARSES),
        ("i-binary.txt", bytes(range(256)) * 16, "unsupported-format"),
    ]
    files = []
    for name, data, code in made:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        files.append((path, code))
    return files


def _code(record: dict[str, object]) -> str:
    error = record.get("error")
    return str(error["code"]) if isinstance(error, dict) else PARSES


def test_batch_of_good_and_bad_files_writes_exactly_one_record_each_in_order(tmp_path: Path) -> None:
    files = _mixed_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    run_batch([str(f) for f, _ in files], out, workers=2, ordered=True, quiet=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [str(f) for f, _ in files]
    assert [_code(r) for r in records] == [code for _, code in files]


# --- the service ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def service() -> Iterator[object]:
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    httpx = pytest.importorskip("httpx")
    from govdoc.service import ServiceConfig
    from tests.test_service import Running

    server = Running(ServiceConfig(workers=1, timeout=30, max_body=256 * 1024))
    try:
        server.wait_ready()
        with httpx.Client(base_url=server.url, timeout=60) as client:
            yield client
    finally:
        server.stop()


def _error(answer: object) -> str:
    body = answer.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and body["error"]["message"], body
    return str(body["error"]["code"])


def test_the_service_refuses_an_oversized_upload_with_413(service: object) -> None:
    big = b"x" * (512 * 1024)
    answer = service.post("/v1/parse", files={"file": ("big.txt", big, "text/plain")})  # type: ignore[attr-defined]
    assert answer.status_code == 413 and _error(answer) == "too-large"


@pytest.mark.parametrize(
    ("content", "media", "status", "codes"),
    [
        (b"", "application/pdf", 422, ("corrupt-file", "empty-document")),
        (b"", None, 422, ("empty-document",)),
        (b"\x00" * 1000, "text/plain", 422, ("unsupported-format", "empty-document")),
        (SEED_BYTES, "application/pdf", 422, ("corrupt-file",)),
        (SEED_BYTES, "multipart/form-data", 400, ("bad-request",)),
        (SEED_BYTES, "text/plain; charset=utf-16", 200, ()),
        (SEED_BYTES, "application/json", 415, ("unsupported-format",)),
    ],
    ids=[
        "empty body as PDF",
        "empty body of no type",
        "NUL bytes as text",
        "text sent as PDF",
        "multipart without boundary",
        "a lying charset parameter",
        "text sent as JSON",
    ],
)
def test_the_service_answers_odd_bodies_with_a_status_and_a_code(
    service: object, content: bytes, media: str | None, status: int, codes: tuple[str, ...]
) -> None:
    headers = {"Content-Type": media} if media else {}
    answer = service.post("/v1/parse", content=content, headers=headers)  # type: ignore[attr-defined]
    assert answer.status_code == status, answer.text[:300]
    if codes:
        assert _error(answer) in codes
    else:
        assert answer.json()["header"]["title"]


def test_the_service_gives_an_empty_upload_its_code(service: object) -> None:
    answer = service.post("/v1/parse", files={"file": ("empty.txt", b"", "text/plain")})  # type: ignore[attr-defined]
    assert answer.status_code == 422 and _error(answer) == "empty-document"


def test_the_service_batch_of_good_and_bad_files_answers_one_record_each(service: object) -> None:
    files = [
        ("files", ("good.txt", SEED_BYTES, "text/plain")),
        ("files", ("empty.txt", b"", "text/plain")),
        ("files", ("junk.docx", b"PK\x03\x04" + b"\x00" * 100, "application/octet-stream")),
        ("files", ("no-document.ofd", h.ofd_missing_document(), "application/octet-stream")),
    ]
    answer = service.post("/v1/batch", files=files)  # type: ignore[attr-defined]
    assert answer.status_code == 200
    records = {r["path"]: _code(r) for r in map(json.loads, answer.text.splitlines())}
    assert records == {
        "good.txt": PARSES,
        "empty.txt": "empty-document",
        "junk.docx": "corrupt-file",
        "no-document.ofd": "corrupt-file",
    }
