"""Faults found in older code left open by session 29's review (review30, job 2): each test a NEW example of the
fault's general cause, failing before its fix; guards hold what the fix must leave alone."""

from __future__ import annotations

import govdoc


def _lynx_dump(links: int, after: str) -> str:
    """A page as `lynx -dump` saves it (made-up county site): the reply's words with `[N]` link marks, then the
    converter's `References` list of `links` numbered URLs, then `after` (a line the list does not explain)."""
    body = [
        "某县住房和城乡建设局",
        "关于县政协九届三次会议第0112号提案的答复",
        "[1]首页 [2]政务公开",
        "吴某某委员：",
        "您提出的关于老旧小区加装电梯的提案收悉。现答复如下：",
        "今年已完成加装电梯四十二部。",
        "某县住房和城乡建设局",
        "2025年7月1日",
        "",
        "References",
        "",
    ]
    body += [f"   {n}. https://zjj.moucounty.gov.cn/col/{n}/index.html" for n in range(1, links + 1)]
    return "\n".join(body) + "\n" + after


def test_a_link_list_broken_by_a_later_line_is_rejected_in_linear_time() -> None:
    """A `References` list a later line breaks is no converter's list: it is refused after one pass over its lines,
    not after backtracking through every entry (8x the links took 30x and more the time: diffread30 N4)."""
    from govdoc.readers.text_signs import _link_list
    from tests.timing import growth

    small, large = _lynx_dump(2_500, "页尾的一行。\n"), _lynx_dump(20_000, "页尾的一行。\n")
    assert _link_list(small) is None
    ratio = growth(lambda: _link_list(small), lambda: _link_list(large), 16.0)
    assert ratio <= 16.0


def test_guard_a_link_list_at_the_end_still_marks_its_links() -> None:
    """Guard: the list at the text's end is still the converter's: its numbers are known, its lines and the
    `[N]` marks it names are no text of the reply."""
    from govdoc.readers.text_signs import _link_list

    text = _lynx_dump(3, "")
    found = _link_list(text)
    assert found is not None
    assert found[0] == text.index("References")
    assert found[1] == frozenset({"1", "2", "3"})
    doc = govdoc.parse_text(text)
    assert "moucounty" not in doc.text
    assert "[1]" not in doc.text


# --- DOCX: an EQ field's brackets and radicals (diffread30 N1) ----------------------------------------------------


def _eq(code: str) -> str:
    """A complex field of this code and no result, as Word writes an EQ field."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _paragraph(*parts: str) -> str:
    return "<w:p>" + "".join(x if x.startswith("<w:r>") else f"<w:r><w:t>{x}</w:t></w:r>" for x in parts) + "</w:p>"


def _eq_doc(*parts: str) -> govdoc.Document:
    from tests.docx_builder import make_docx, p
    from tests.probing import codes

    body = p("某县水利局") + p("关于县人大十八届三次会议第0077号建议的答复") + _paragraph(*parts)
    doc = govdoc.parse(make_docx(body), format="docx")
    assert "internal-error" not in codes(doc)
    return doc


def test_an_eq_bracket_field_shows_both_of_the_brackets_it_names() -> None:
    """`\\b\\bc\\[(…)` draws the argument between [ and ] (the right the left's mate): both are shown, not the left
    alone; `\\b\\lc\\{(…)`, a piecewise function's brace, draws the left alone; `\\b(…)` draws parentheses."""
    doc = _eq_doc(
        "测算依据见",
        _eq(" EQ \\b\\bc\\[(附表二) "),
        "，水位取",
        _eq(" eq \\b\\lc\\{(\\a(汛期,枯水期)) "),
        "两档，系数",
        _eq(" eq \\b(0.8) "),
        "。",
    )
    assert "测算依据见[附表二]，水位取{汛期枯水期两档，系数(0.8)。" in doc.text


def test_an_eq_radical_field_shows_its_root_sign_not_its_index_run_into_the_radicand() -> None:
    """`\\r(3,x)` draws the cube root of x: ∛x, not 3x (the index read as a digit of the number); `\\r(x)` √x."""
    doc = _eq_doc("渠道断面边长取", _eq(" EQ \\r(3,27) "), "米，对角线为", _eq(" eq \\r(2) "), "倍边长。")
    assert "渠道断面边长取∛27米，对角线为√2倍边长。" in doc.text


# --- DOCX: a bound control whose content holds no paragraph (diffread30 N2) ---------------------------------------


def test_a_bound_control_holding_a_table_shows_its_own_words_and_says_nothing_replaced() -> None:
    """A block-level content control bound to the data store but holding a table, no paragraph of its own, is
    shown as it stands (its table's words): nothing of it was replaced, so no `bound-controls` note says so."""
    from tests.docx_builder import p
    from tests.test_format27_causes import _NS, _STORE, _bound_docx

    props = (
        f"<w:sdtPr><w:dataBinding w:prefixMappings=\"xmlns:ns1='{_NS}'\" "
        f'w:xpath="/ns1:fawen[1]/ns1:lianxi[1]" w:storeItemID="{_STORE}"/></w:sdtPr>'
    )
    table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>联系人：郑某　电话：0736-7221234</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    body = (
        p("关于县人大十八届三次会议第0081号建议的答复")
        + p("郭某某代表：")
        + p("您提出的关于建设城区应急水源的建议收悉。现答复如下：今年已完成水源地勘查。")
        + f"<w:sdt>{props}<w:sdtContent>{table}</w:sdtContent></w:sdt>"
        + p("某县水利局")
        + p("2025年6月18日")
    )
    data = f'<f:fawen xmlns:f="{_NS}"><f:lianxi>联系人：郑某</f:lianxi></f:fawen>'
    doc = govdoc.parse(_bound_docx(body, data), format="docx")
    assert "0736-7221234" in doc.text
    assert not [w for w in doc.warnings if "bound-controls" in w.message]


# --- HTML: an SVG holding a turned shape (diffread30 N3) ----------------------------------------------------------


def _svg_page(svg: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>答复</title></head><body>
<div class="article">{svg}<p>关于县政协九届三次会议第0015号提案的答复</p><p>何某某委员：</p>
<p>您提出的关于推进城乡客运一体化的提案收悉。现答复如下：今年新开通公交线路六条。</p>
<p>感谢您对交通运输工作的关心和支持。</p><p style="text-align:right">某县交通运输局</p>
<p style="text-align:right">2025年5月30日</p></div></body></html>""".encode()


def test_an_svg_banner_with_a_turned_arrow_still_shows_its_words() -> None:
    """A banner drawn as an SVG whose decoration is a turned shape (a `<polygon>` under `transform="rotate(45)"`)
    draws its words all the same: only a turned text makes a seal, a shape's turn is a picture's."""
    banner = (
        '<svg viewBox="0 0 600 80"><polygon points="0,0 10,5 0,10" transform="rotate(45 20 20)" fill="red"/>'
        '<text x="300" y="50" fill="red">某县交通运输局文件</text></svg>'
    )
    doc = govdoc.parse(_svg_page(banner), format="html")
    assert "某县交通运输局文件" in doc.text.split("\n")


def test_an_svg_holding_a_banner_and_a_seal_group_shows_the_banner_alone() -> None:
    """An SVG drawing the banner's words and, in a group of its own, a seal (its ring turned character by character,
    a star in its middle): the banner is read, the seal's ring and star are not."""
    svg = (
        '<svg viewBox="0 0 600 200"><text x="300" y="40" fill="red">某县交通运输局文件</text>'
        '<g id="seal"><circle cx="500" cy="140" r="50" stroke="red" fill="none"/>'
        '<text x="460" y="120" rotate="-40 -20 0 20 40" fill="red">某县交通局</text>'
        '<text x="500" y="150" fill="red">★</text></g></svg>'
    )
    doc = govdoc.parse(_svg_page(svg), format="html")
    assert "某县交通运输局文件" in doc.text.split("\n")
    assert "★" not in doc.text and "某县交通局" not in doc.text


def test_guard_an_svg_seal_drawn_without_groups_draws_no_text() -> None:
    """Guard: a seal drawn as a whole SVG (its ring's characters turned, no group) still draws nothing."""
    seal = (
        '<svg viewBox="0 0 120 120"><text x="20" y="60" transform="rotate(-30 60 60)" fill="red">某县交通局</text>'
        '<text x="50" y="70" fill="red">专用章</text></svg>'
    )
    doc = govdoc.parse(_svg_page(seal), format="html")
    assert "专用章" not in doc.text and "某县交通局" not in doc.text
