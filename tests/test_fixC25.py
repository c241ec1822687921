"""fixC25: diffread-B's A4 at its cause.

A4 (readers/html/embedded `_pager_links`): a client-side pager's later page (`display:none` until its link is
clicked) is read on in the page shown, but R2's guard (a hidden tab is no page) asked two numbered `<a>` links in
the hidden block's parent or grandparent, so ordinary pagers went unread again, with the reply's 落款 on page 2:
the page shown as a span (`<span class=cur>1</span> <a>2</a>`), pages named 第1页 第2页, a pager one element further
out. A pager is numbered entries (links, the shown page's span) or a link on (下一页) near the blocks; tabs name
their panes, with no number and no 下一页, and stay unread.
"""

from __future__ import annotations

import govdoc

_TITLE = "<h1>关于市人大十六届二次会议第0217号建议的答复</h1>"
_PAGE_ONE = (
    "<p>李某代表：</p><p>您提出的《关于加快老旧小区加装电梯的建议》收悉。现答复如下：</p>"
    "<p>一、工作进展</p><p>今年以来，全市老旧小区已加装电梯三百一十六部，财政补助资金按期拨付到位。</p>"
)
_PAGE_TWO = (
    "<p>二、下一步打算</p><p>我局将简化加装电梯审批流程，推行联合审查，力争年内再完成两百部。</p>"
    "<p>感谢您对住房城乡建设工作的关心。</p>"
    "<p style='text-align:right'>某市住房和城乡建设局</p><p style='text-align:right'>2024年7月3日</p>"
)


def _pages(pager: str, *, wrap: tuple[str, str] = ("", "")) -> str:
    return (
        f"<html><body>{_TITLE}<div class='content'>{wrap[0]}"
        f"<div class='page'>{_PAGE_ONE}</div><div class='page' style='display:none'>{_PAGE_TWO}</div>{wrap[1]}"
        f"{pager}</div></body></html>"
    )


def _read_on(page: str) -> None:
    doc = govdoc.parse(page.encode(), format="html")
    assert "联合审查" in doc.text
    assert doc.signature is not None
    assert doc.signature.issuers == ("某市住房和城乡建设局",)
    assert doc.signature.date == "2024-07-03"


def test_a_pager_whose_shown_page_is_a_span_has_its_later_page_read() -> None:
    _read_on(_pages("<div class='pages'><span class='current'>1</span> <a href='#p2'>2</a></div>"))


def test_a_pager_of_pages_named_di_n_ye_has_its_later_page_read() -> None:
    _read_on(_pages("<div class='pages'><a href='#p1'>第1页</a> <a href='#p2'>第2页</a></div>"))


def test_a_pager_one_element_further_out_has_its_later_page_read() -> None:
    pager = "<div class='pages'><a href='#p1'>1</a> <a href='#p2'>2</a></div>"
    _read_on(_pages(pager, wrap=("<div class='body'><div class='text'>", "</div></div>")))


def test_a_pager_of_a_link_on_alone_has_its_later_page_read() -> None:
    _read_on(_pages("<div class='pages'><a href='javascript:next()'>下一页 ›</a></div>"))


def test_tabs_naming_their_panes_beside_an_article_link_are_no_pager_and_the_hidden_pane_stays_unread() -> None:
    # the shown tab a span, the tabs one element further out, a link to the next article (下一篇): still no pager
    page = (
        f"<html><body>{_TITLE}<div class='content'><div class='body'><div class='text'>"
        f"<div class='pane'>{_PAGE_ONE}{_PAGE_TWO}</div>"
        "<div class='pane' style='display:none'><p>图解：一图读懂老旧小区加装电梯建议办理情况，共三个部分。</p></div>"
        "</div></div><div class='tabs'><span class='on'>原文</span> <a href='#t2'>解读</a></div>"
        "<div class='nav'><a href='/a/1.html'>上一篇</a> <a href='/a/3.html'>下一篇</a></div></div></body></html>"
    )
    doc = govdoc.parse(page.encode(), format="html")
    assert "一图读懂" not in doc.text
    assert doc.signature is not None and doc.signature.date == "2024-07-03"


# --- A3: BOM-less UTF-16 of a reply indented with full-width spaces -------------------------------------------------
# A Word-made reply indents each paragraph with 　　 (U+3000: bytes 00 30 in LE, its NUL on the side an ASCII
# character's is not) and says 一 (U+4E00) often: the NULs' parity guessed no order and the file was refused.
_INDENTED = [
    "关于县政协十一届四次会议第0093号提案的答复",
    "王某委员：",
    "　　您提出的《关于进一步规范农村集体资金管理的提案》收悉。现答复如下：",
    "　　一、统一账户管理。全县一百一十一个村一律实行村账乡代管，资金统一存入一个专户。",
    "　　二、进一步加强审计。每年一季度开展一次专项审计，一村一档，一事一议。",
    "　　感谢您对农村工作的关心和支持。",
    "　　　　　　　　　　　　　　　　　　　　某县农业农村局",
    "　　　　　　　　　　　　　　　　　　　　2024年11月1日",
]


def _unmarked(encoding: str) -> None:
    data = ("\r\n".join(_INDENTED) + "\r\n").encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    doc = govdoc.parse(data)
    assert doc.source.encoding == encoding
    assert doc.header.title == _INDENTED[0]
    assert "一村一档，一事一议" in doc.text
    assert doc.signature is not None
    assert doc.signature.issuers == ("某县农业农村局",)
    assert doc.signature.date == "2024-11-01"


def test_bomless_utf16_le_of_a_reply_indented_with_full_width_spaces_is_read() -> None:
    _unmarked("utf-16-le")


def test_bomless_utf16_be_of_a_reply_indented_with_full_width_spaces_is_read() -> None:
    _unmarked("utf-16-be")
