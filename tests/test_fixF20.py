"""fixF20: the causes diffread-C found in contract20's and format20's code (session 20), each from a new
example of the cause (not the reader's repro), with a guard that the case the code was written for still reads.

C1: a mail's transfer-encoded body decoded with the declared charset and bad bytes silently replaced.
C8: a single-page app's state read before the page's embedded article was shown, and under any key.
C6: a front matter's title left the text for a body's bold line naming the proposal answered, quoted cut.
C3: a mail's Subject written as RFC 2047 encoded words was never the kept title.
C2: a TAB table's row whose merged first cell the copy wrote as a leading TAB ended the table.
"""

from __future__ import annotations

import base64
import html
import json
import quopri

import pytest

import govdoc
from govdoc.errors import EmptyDocumentError
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


# --- C8: an app's state never replaces what the page shows, and only an article's key is read ---------

_REPLY = (
    "关于加快老旧小区加装电梯的答复\n张某代表：\n您提出的建议收悉。今年全区已完成加装电梯四十二部，"
    "明年将继续推进。\n某区住建局\n2024年8月2日\n"
)
# a site script's configuration: the footer's HTML, 20+ Han, under no article's key and beside no title
_SITE = {
    "links": {"html": "<div>主办单位：某区人民政府办公室　承办单位：某区大数据管理中心　联系电话：0571-12345678</div>"}
}


def _page(body: str, state: object) -> bytes:
    data = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    return f'<html><head><meta charset="utf-8"></head><body>{body}<script>window.__APP_CONFIG__ = {data};</script></body></html>'.encode()


def test_an_article_in_an_inline_frame_is_not_replaced_by_the_app_state() -> None:
    # the state's related-articles list, under a title: an article's shape, but the page shows its own
    related = {"related": {"title": "相关阅读", "content": "<div>关于印发全区城镇老旧小区改造工作方案的通知</div>"}}
    frame = "".join(f"<p>{line}</p>" for line in _REPLY.split("\n") if line)
    doc = govdoc.parse(_page(f'<iframe srcdoc="{html.escape(frame)}"></iframe>', related), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于加快老旧小区加装电梯的答复"
    assert doc.signature is not None and doc.signature.date == "2024-08-02"
    assert "相关阅读" not in doc.text


def test_an_article_in_a_read_only_text_box_still_reads_beside_an_app_state() -> None:
    # guard: session 19's text box, counted as shown before and after
    doc = govdoc.parse(_page(f"<textarea readonly>{html.escape(_REPLY)}</textarea>", _SITE), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于加快老旧小区加装电梯的答复"
    assert "主办单位" not in doc.text


def test_an_app_state_s_footer_html_beside_no_title_is_no_article() -> None:
    with pytest.raises(EmptyDocumentError):
        govdoc.parse(_page('<div id="app"></div>', _SITE), format="html")


def test_an_app_state_s_article_content_key_is_still_read_as_the_article() -> None:
    # guard: the state's article under an article's key (no title beside it) is what the page shows once run
    content = "".join(f"<p>{line}</p>" for line in _REPLY.split("\n") if line)
    doc = govdoc.parse(_page('<div id="app"></div>', {"page": {"articleContent": content}}), format="html")
    check_invariants(doc)
    assert doc.header.title == "关于加快老旧小区加装电梯的答复"
    assert doc.signature is not None and doc.signature.issuers == ("某区住建局",)


# --- C6: the kept title leaves only for a document's title, and is quoted whole ----------------------


def _front(kept: str, bold: str) -> str:
    return (
        f"---\ntitle: {kept}\ndate: 2024-05-20\n---\n\n**{bold}**\n\n刘某代表：\n\n"
        "　　您提出的关于完善社区养老服务的建议收悉，现答复如下。\n\n　　今年全市新建社区养老服务站十二个。\n\n"
        "某市民政局\n2024年5月20日\n"
    )


def test_a_kept_title_stays_in_the_text_under_a_bold_line_naming_the_proposal_answered() -> None:
    kept = "某市民政局关于市十六届人大二次会议第0231号建议的答复"
    doc = _parse(_front(kept, "关于完善社区养老服务的建议"))
    assert kept in doc.text
    assert not any(kept[:10] in m for m in _said(doc, "text-repaired"))


def test_a_kept_title_leaves_for_the_body_s_own_document_title_and_is_quoted_whole() -> None:
    # guard (contract20 7): the body's own title names the document's type; the head's leaves, said whole
    kept = "某市民政局关于市十六届人大二次会议第0231号建议的答复（网站发布稿）"
    doc = _parse(_front(kept, "关于市十六届人大二次会议第0231号建议的答复"))
    assert doc.header.title == "关于市十六届人大二次会议第0231号建议的答复"
    assert kept not in doc.text
    assert any(f"「{kept}」" in m for m in _said(doc, "text-repaired"))


# --- C3: an encoded Subject is the kept title as a raw one is -------------------------------------------


def _encoded_subject_mail(subject: str, body: str) -> str:
    half = len(subject) // 2
    words = [base64.b64encode(part.encode("gb18030")).decode("ascii") for part in (subject[:half], subject[half:])]
    # Re: prefix, two encoded words folded over two lines (a client's long subject)
    return (
        f"From: Wang <wang@example.gov.cn>\nTo: zhou@example.com\nSubject: Re: =?GB18030?B?{words[0]}?=\n"
        f" =?GB18030?B?{words[1]}?=\nDate: Fri, 12 Jul 2024 16:30:00 +0800\n\n{body}"
    )


_MAIL_REPLY = "周某代表：\n\n　　您提出的建议收悉，现答复如下。\n\n　　感谢您对交通工作的关心。\n\n某区交通运输局\n2024年7月12日\n"


def test_an_encoded_subject_over_a_body_with_no_title_is_the_title() -> None:
    doc = _parse(_encoded_subject_mail("关于增设公交站点建议的答复", _MAIL_REPLY))
    assert doc.header.title == "关于增设公交站点建议的答复"
    assert doc.header.recipients == ("周某代表",)
    assert "=?GB18030" not in doc.text


def test_an_encoded_subject_the_body_repeats_stays_out_of_the_text() -> None:
    # guard: the body's own title line; the Subject leaves with the header, once
    title = "关于增设公交站点建议的答复"
    doc = _parse(_encoded_subject_mail(title, f"{title}\n\n{_MAIL_REPLY}"))
    assert doc.header.title == title
    assert doc.text.count(title) == 1


# --- C2: a leading TAB under unindented rows is the row's empty first cell ----------------------------


def test_a_tab_table_s_merged_first_column_keeps_its_rows_in_the_table() -> None:
    doc = _parse(
        "关于2024年教育专项资金安排情况的说明\n市财政局：\n现将资金安排说明如下：\n"
        "类型\t名称\t金额（万元）\n义务教育\t校舍改造\t350\n\t设备购置\t120\n学前教育\t新建幼儿园\t600\n"
        "\t师资培训\t45\n特此说明。\n某市教育局\n2024年3月2日\n"
    )
    assert len(doc.tables) == 1
    assert doc.tables[0].rows == (
        ("类型", "名称", "金额（万元）"),
        ("义务教育", "校舍改造", "350"),
        ("", "设备购置", "120"),
        ("学前教育", "新建幼儿园", "600"),
        ("", "师资培训", "45"),
    )


def test_a_tab_table_in_an_indented_text_reads_its_rows_as_before() -> None:
    # guard: every line indented (the text's paragraphs): the indent says no empty cell; full rows stay rows
    doc = _parse(
        "关于2024年教育专项资金安排情况的说明\n市财政局：\n　　现将资金安排说明如下：\n"
        "　　类型\t名称\t金额（万元）\n　　义务教育\t校舍改造\t350\n　　学前教育\t新建幼儿园\t600\n"
        "　　特此说明。\n某市教育局\n2024年3月2日\n"
    )
    assert [t.rows for t in doc.tables] == [
        (("类型", "名称", "金额（万元）"), ("义务教育", "校舍改造", "350"), ("学前教育", "新建幼儿园", "600"))
    ]
