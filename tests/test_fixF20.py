"""fixF20: the causes diffread-C found in contract20's and format20's code (session 20), each from a new
example of the cause (not the reader's repro), with a guard that the case the code was written for still reads.

C1: a mail's transfer-encoded body decoded with the declared charset and bad bytes silently replaced.
"""

from __future__ import annotations

import base64
import quopri

import govdoc
from tests.invariants import check_invariants


def _parse(text: str) -> govdoc.Document:
    doc = govdoc.parse_text(text)
    check_invariants(doc)
    return doc


def _said(doc: govdoc.Document, code: str) -> list[str]:
    return [w.message for w in doc.warnings if w.code == code]


# --- C1: the mail's body decoded as the text reader decodes ------------------------------------------

# 堃 and 玥 are GBK, not GB2312: a client labelling its GBK text gb2312 writes them all the same
_GBK_BODY = (
    "关于王堃委员所提建议的答复\n李玥委员：\n您提出的建议收悉，现答复如下。\n感谢您的关心。\n某区住建局\n2024年7月8日\n"
)


def _mail(encoding: str, body: str, content_type: str) -> str:
    return (
        "From: zjj@example.gov.cn\nTo: li@example.com\nSubject: reply\n"
        "Date: Mon, 8 Jul 2024 09:00:00 +0800\nMIME-Version: 1.0\n"
        f"Content-Type: {content_type}\nContent-Transfer-Encoding: {encoding}\n\n{body}"
    )


def test_a_mail_labelled_gb2312_holding_gbk_characters_reads_them_whole() -> None:
    body = quopri.encodestring(_GBK_BODY.encode("gbk")).decode("ascii")
    doc = _parse(_mail("quoted-printable", body, "text/plain; charset=gb2312"))
    assert doc.header.title == "关于王堃委员所提建议的答复"
    assert doc.header.recipients == ("李玥委员",)
    assert "\ufffd" not in doc.text


def test_a_mail_body_naming_no_charset_is_read_by_the_text_reader_s_detector() -> None:
    body = base64.encodebytes(_GBK_BODY.replace("堃", "坤").replace("玥", "月").encode("utf-8")).decode("ascii")
    doc = _parse(_mail("base64", body, "text/plain"))
    assert doc.header.title == "关于王坤委员所提建议的答复"
    assert doc.signature is not None and doc.signature.issuers == ("某区住建局",)
    assert "\ufffd" not in doc.text


def test_a_mail_body_its_declared_charset_does_not_decode_stays_as_written_and_says_so() -> None:
    # labelled utf-8, written in GBK: replacing every bad byte would leave an answer of U+FFFD
    body = base64.encodebytes(_GBK_BODY.encode("gbk")).decode("ascii")
    doc = _parse(_mail("base64", body, "text/plain; charset=utf-8"))
    assert "\ufffd" not in doc.text
    assert body.split("\n")[0] in doc.text
    assert any("kept as written" in m for m in _said(doc, "text-repaired"))


def test_a_mail_labelled_utf8_in_utf8_still_reads_decoded_and_names_its_charset() -> None:
    body = base64.encodebytes(_GBK_BODY.encode("utf-8")).decode("ascii")
    doc = _parse(_mail("base64", body, "text/plain; charset=utf-8"))
    assert doc.header.title == "关于王堃委员所提建议的答复"
    said = [m for m in _said(doc, "text-repaired") if m.startswith("transfer-encoding")]
    assert len(said) == 1 and "utf-8" in said[0]
