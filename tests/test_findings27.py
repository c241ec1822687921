"""Findings session 26 left open (/work/coord/alerts26.md), each closed at its cause with a test from a new
example (expected values written by hand), failing on the session's start (/work/s27start) and passing since:

- REVIEW26 R6: a page image too small to hold a character (a 1×1 pixel, a 3×2 speck, an OFD page
  whose only image is a spacer) ended the parse in internal-error with OCR on: the seal finder's quarter-size
  copy of the page asked OpenCV for an image of no pixels (readers.ocr `recognise_page`, the one door every page
  image goes through to the engine, now reads such a page as a page without characters).
- DIFFREAD-B N3: a glued label row whose last label was left empty (`文号临教〔2026〕12号有效性` under 索引号 and
  发布机构 rows) gave no pairs at all, doc_number and metadata.文号 lost: a register's head of columns (labels whose
  cells glued, the last empty) was told by its last cell alone; it now also asks that the other labels hold no
  value, only the rest of a column's name (fields.metadata `glued_cells`).
- REVIEW26 R11: any five figures opening on 12 in a contact line were a phone (联系人：车某（工号１２２８８）), since
  the public service hotlines were read by their shape alone; five figures are now a phone by shape only in the
  hotlines' own series (123xx), any 12xxx under a phone label, and never after 号 or # (patterns.trailer
  `PHONE`, `PHONE_UNDER_LABEL`; fields.contact reads a phone label's value with the latter).
- DIFFREAD-B N5: 承办单位： ⏎ 某局 ⏎ 答复类别：A类 over the title (a form mixing one cell a line and one-line rows)
  gave issuer 某局 and lost metadata.承办单位 and contact.unit: the letterhead test (an organ over the answer's
  marks whose 落款 repeats it) re-zoned a line the header had read as the value under a bare label. A line
  the header read as a table's value is now no letterhead (rules.header_lines `letterhead_over_title`).
"""

from __future__ import annotations

import io

import pytest

import govdoc
from tests.probing import checked, codes, head


def _image(size: tuple[int, int], fmt: str, frames: int = 1) -> bytes:
    """A white image of `size` in `fmt` (`frames` pages of it for a TIFF)."""
    from PIL import Image

    out = io.BytesIO()
    pages = [Image.new("RGB", size, (255, 255, 255)) for _ in range(frames)]
    pages[0].save(out, format=fmt, save_all=frames > 1, append_images=pages[1:])
    return out.getvalue()


@pytest.mark.parametrize(
    ("size", "fmt"),
    [((1, 1), "PNG"), ((3, 2), "JPEG"), ((300, 4), "PNG"), ((5, 420), "JPEG"), ((7, 7), "PNG")],
)
def test_an_image_too_small_to_hold_a_character_is_a_page_without_text(size: tuple[int, int], fmt: str) -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    doc = govdoc.parse(_image(size, fmt), ocr="auto")
    assert doc.text == ""
    assert "pages-without-text" in [w.code for w in doc.warnings]


def test_a_tiff_whose_pages_are_all_specks_counts_them_as_pages_without_text() -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    doc = govdoc.parse(_image((2, 3), "TIFF", frames=3), ocr="auto")
    assert doc.text == ""
    assert "pages-without-text" in [w.code for w in doc.warnings]


def test_an_ofd_page_drawing_only_a_spacer_image_is_read_like_a_blank_scan() -> None:
    """Its only image is 1×5 pixels: the OFD says its pages are images without text, as a blank scan does."""
    pytest.importorskip("rapidocr_onnxruntime", reason="the ocr extra is not installed")
    from tests.test_ofd import _layer, _package

    image = '<ofd:ImageObject ID="4" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="5"/>'
    media = (
        '<ofd:MultiMedias><ofd:MultiMedia ID="5" Type="Image"><ofd:MediaFile>dot.png</ofd:MediaFile>'
        "</ofd:MultiMedia></ofd:MultiMedias>"
    )
    data = _package(_layer(image), res=media, extra={"Doc_0/Res/dot.png": _image((1, 5), "PNG")})
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(data, format="ofd", ocr="auto")
    assert caught.value.code == "no-text-layer"


_NOTICE = "\n关于做好春季学期开学工作的通知\n\n各中小学：\n现将有关事项通知如下。\n\n临川县教育局\n2026年3月12日\n"


@pytest.mark.parametrize("empty_label", ["有效性", "主题分类"])
def test_a_glued_row_whose_last_label_is_empty_keeps_its_values(empty_label: str) -> None:
    doc = checked(
        "索引号000014349/2026-00087\n发布机构临川县教育局成文日期2026-03-12\n"
        f"文号临教〔2026〕12号{empty_label}\n" + _NOTICE
    )
    got = head(doc)
    assert got["number"] == ("临教〔2026〕12号", "临教", 2026, 12)
    assert got["metadata"] == {
        "索引号": "000014349/2026-00087",
        "发布机构": "临川县教育局",
        "成文日期": "2026-03-12",
        "文号": "临教〔2026〕12号",
    }
    assert "content-unplaced" not in codes(doc)


def test_a_glued_row_of_column_names_stays_no_row_of_pairs() -> None:
    """The control: the labels' tails are the rest of the columns' names (承办单位意见, 答复日期, 答复内容)."""
    doc = checked(
        "案由：关于改善城区停车难问题的建议\n提案者：民建临川市委会\n承办单位意见 答复日期 答复内容\n"
        "临川市公安局\n2025-06-20\n" + _NOTICE
    )
    assert head(doc)["metadata"] == {"案由": "关于改善城区停车难问题的建议", "提案者": "民建临川市委会"}


_REPLY = "邵某某代表：\n您提出的关于完善社区食堂运营补贴的建议收悉，现答复如下：\n我局将会同有关部门研究落实。\n临川市民政局\n2025年6月3日\n"


@pytest.mark.parametrize(
    ("line", "phones"),
    [
        ("联系人：邵某（员工编号12456）", ()),
        ("联系人：邵某（学号 12388）", ()),
        ("联系人：邵某，12366", ("12366",)),  # a hotline of the 123xx series: a phone by its shape
        ("联系人：邵某　值班电话：12110", ("12110",)),  # five figures under a phone label
        ("联系人：邵某　联系电话：0797-12319", ("0797-12319",)),
    ],
)
def test_five_figures_are_a_phone_only_as_a_hotline_or_under_a_phone_label(line: str, phones: tuple[str, ...]) -> None:
    doc = checked(_REPLY + line + "\n")
    assert doc.contact is not None
    assert (doc.contact.name, doc.contact.phones) == ("邵某", phones)


def test_an_undecoded_entity_written_full_width_is_no_phone() -> None:
    """`＆＃１２４５６；` (an entity a full-width conversion of a page left) opens the value: no phone, and the line
    the contact could not read is said, not dropped."""
    doc = checked(_REPLY + "联系人：＆＃１２４５６；邵某\n")
    assert doc.contact is None or doc.contact.phones == ()
    assert "content-unplaced" in codes(doc)


_ANSWER = (
    "\n关于市政协十二届四次会议第0213号提案的答复\n\n民进临川市委会：\n"
    "贵会提出的《关于推进老旧小区加装电梯的提案》收悉。现答复如下：我局将会同各区加快推进。\n\n"
    "临川市住房和城乡建设局\n2025年7月8日\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        "承办单位：\n临川市住房和城乡建设局\n办理结果：B类\n公开属性：主动公开\n",  # the mixed form
        "承办单位：临川市住房和城乡建设局\n办理结果：B类\n公开属性：主动公开\n",  # control: one line a row
    ],
)
def test_an_organ_under_its_bare_label_over_the_answers_marks_is_the_rows_value(rows: str) -> None:
    doc = checked(rows + _ANSWER)
    assert doc.header.issuer is None  # no letterhead, no organ opening the title, no 发布机构
    assert dict(doc.header.metadata) == {
        "承办单位": "临川市住房和城乡建设局",
        "办理结果": "B类",
        "公开属性": "主动公开",
    }
    assert doc.contact is not None and doc.contact.unit == "临川市住房和城乡建设局"
    assert doc.header.title == "关于市政协十二届四次会议第0213号提案的答复"
