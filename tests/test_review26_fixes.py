"""review26's findings fixed by the lead, each from a new example of its cause: crashes ended in
`internal-error`, which a robustness test counts as a crash."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

import pytest

import govdoc
from tests import hostile, timing
from tests.probing import checked, codes

_REPLY = "李某委员：\n　　您提出的提案收悉，现答复如下：\n　　某县水利局\n　　2024年3月8日\n"


def _nested_mail(depth: int, kind: str = "mixed") -> bytes:
    head = "From: office@example.org\r\nTo: li@example.org\r\nSubject: 答复\r\nMIME-Version: 1.0\r\n"
    parts = "".join(f'Content-Type: multipart/{kind}; boundary="p{k}"\r\n\r\n--p{k}\r\n' for k in range(depth))
    return (head + parts + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + _REPLY).encode()


def _nested_archive(depth: int) -> bytes:
    parts = "".join(f'Content-Type: multipart/related; boundary="q{k}"\r\n\r\n--q{k}\r\n' for k in range(depth))
    return (
        "MIME-Version: 1.0\r\n" + parts + "Content-Type: text/html; charset=utf-8\r\n\r\n<p>李某委员：</p>"
    ).encode()


@pytest.mark.parametrize("make", [_nested_mail, _nested_archive], ids=["mail-as-text", "web-archive"])
def test_mime_parts_nested_past_the_limit_are_too_large_naming_it_not_a_crash(make: Callable[[int], bytes]) -> None:
    with pytest.raises(govdoc.GovDocError) as err:
        govdoc.parse(make(600))
    assert err.value.code == "too-large"
    assert "limits.mime_parts" in str(err.value)


def test_a_mail_with_a_few_nested_parts_is_still_read() -> None:
    doc = govdoc.parse(_nested_mail(3, "alternative"))
    assert "您提出的提案收悉" in doc.text
    assert "boundary" not in doc.text


def test_an_ofd_text_object_scaled_past_any_page_is_read_not_a_crash() -> None:
    with zipfile.ZipFile(io.BytesIO(hostile.ofd_page_of_lines(4))) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for ctm in ("1e250 0 0 1e250 0 0", "1e300 0 0 -1e300 1e300 0"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name, body in members.items():
                if name.endswith("Content.xml"):
                    body = re.sub(rb"(<ofd:TextObject )", rb'\1CTM="' + ctm.encode() + rb'" ', body)
                z.writestr(name, body)
        doc = govdoc.parse(buf.getvalue(), format="ofd")
        assert "internal-error" not in [w.code for w in doc.warnings]
        # every character the page holds is still read, wherever the matrix put it
        assert "养老服务" in doc.text.replace("\n", "")


def _one_character_shown_at_one_spot(times: int) -> bytes:
    return hostile.pdf_document(
        b"BT /F1 12 Tf " + b"1 0 0 1 72 700 Tm <5b57> Tj " * times + b"ET\n" + hostile.pdf_text()
    )


def test_a_character_shown_again_and_again_at_one_spot_costs_linear_time() -> None:
    # each string pypdf reports is placed once, not once for every dropped object standing where it starts
    small, large = _one_character_shown_at_one_spot(200), _one_character_shown_at_one_spot(2000)
    ratio = timing.growth(
        lambda: govdoc.parse(small, format="pdf", ocr="never"),
        lambda: govdoc.parse(large, format="pdf", ocr="never"),
        30,
    )
    assert ratio <= 30, f"10x the shows cost {ratio:.1f}x the time"


def test_a_minutes_head_line_set_as_two_table_cells_is_its_imprint() -> None:
    # holdout26's file set (a DOCX 纪要's head line in a borderless table of two cells) on a new example: the
    # row reads with a tab between the office and the date, as Word's text of such a table gives it
    doc = checked(
        "柳溪区人民政府专题会议纪要\n"
        "〔2024〕第7期\n"
        "柳溪区人民政府办公室\t2024年10月9日\n"
        "    10月8日，副区长罗某某主持召开专题会议，研究老旧小区改造工作。现将会议议定事项纪要如下：\n"
        "    一、会议同意将6个老旧小区纳入今年改造计划，由区住建局负责组织实施。\n"
        "    二、会议要求区财政局按进度拨付改造资金。\n"
        "出席：罗某某　汤某某\n"
    )
    i = doc.imprint
    assert i is not None and (i.printed_by, i.printed_on) == ("柳溪区人民政府办公室", "2024-10-09")
    assert "content-unplaced" not in codes(doc)
