"""Round-31 blind probes of TEXT AS USERS HOLD IT after a conversion: each a reply of its own (made-up organs, people
and places), carried through one way a person ends up holding it that rounds 11-30 did not try (checked against their
docstrings and a grep of their texts first; where a tool was tried before, a shape of it that was not):
- poppler: `pdftotext -layout` with its 版记's 印发 row set apart by spaces and page numbers centred by spaces over a
  form feed; `pdftotext -raw` with the footer's page number drawn first on each page; the default mode with the 印发
  row's organ and date split on two lines; `-layout` of a joint reply's two organs side by side over one date;
- pandoc's plain writer from a .docx: Word's Chinese heading numbering lost to `1.  ` list markers, lines wrapped at 72
  columns; a footnote's `[1]` mark and its note under the text; a grid table (`+---+`, `+===+`) in a section;
- python-docx's paragraph dump (empty paragraphs doubled, the tables after all paragraphs as TAB rows); macOS
  textutil's list paragraphs (`\\t一、\\t…`); Google Docs' Docs-to-Markdown add-on (its conversion-notes comment, its
  red alert paragraph, the image link);
- text browsers: elinks' `Visible links` list; w3m's contact table drawn in box characters;
- calibre's TXT output with its inline table of contents;
- phones and apps: iOS Live Text (printed lines joined by a space); a 学习强国 article copy (its source line over the
  text, its editor line under it);
- line ends and padding: CR CR LF (a CRLF conversion done twice), U+2029 paragraphs with U+2028 inside the 落款 and the
  contact, every line TAB-indented and padded to 80 columns, header CRLF / body LF / contact CR, a 落款 set right by
  runs of U+3000;
- bytes: GNU `fold -w 60` (it counts bytes and cuts UTF-8 characters in half);
- a batch export of two replies in one file.

Every expected value was written by hand from the contract (../shared/design/contract.md), the README's Input section
and warning table and the earlier rounds' settled readings (a hard-wrapped paragraph re-joined warns
`page-break-joined`; a site's chrome and a page's furniture leave unsaid; layout spaces between CJK characters leave
unsaid; text in no element is warned `content-unplaced`; values keep the characters as written) before the parser ran
on any of these texts (committed in d94e6371 before any run).

First look: 18/22 documents whole. Two misses were my expectations' errors, corrected in place and said there: #7 (the
Live Text join I made stands between a figure and a Han character, `0287 号`, which the contract keeps) and half of #18
(a line end inside a character is taken out unwarned, as readers.gb_joins settled for GB). The parser's misses, causes in
tests/test_conv31_causes.py: UTF-8 cut after a count of bytes was refused (#18: readers.gb_joins
utf8_characters_rejoined); an HTML comment over several lines was read as text (#17, in part: readers.tool_lines
comment_lines). After: 20/22 whole. Left (strict xfails): #15, calibre's inline contents list headed `Table of
Contents`; #17, the Docs to Markdown add-on's red alert paragraph.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.invariants import check_invariants
from tests.probing import codes
from tests.test_probes_11_noise import look, parsed, same, wrapped

_JOINED = ["page-break-joined"]


def _base(**kw: Any) -> dict[str, Any]:
    """The fields every probe compares, each written by hand below."""
    want: dict[str, Any] = {"kind": "reply", "issuer": None, "number": None, "warnings": [], "leaked": []}
    return want | kw


def _reply_want(
    lines: list[str], to: str, ref: str, iso: str, contact: tuple[str, list[str]] | None, **kw: Any
) -> dict[str, Any]:
    """The want of a reply laid out as title, addressee, acknowledgement, 一、 heading, paragraph, 二、 heading,
    paragraph, closing, organ, date (indexes 0-9): each value the line as I wrote it."""
    return (
        _base(
            title=lines[0],
            recipients=[to],
            ref=ref,
            preamble=[lines[2]],
            sections=[
                (1, "一、", 1, lines[3][2:], [lines[4]]),
                (1, "二、", 2, lines[5][2:], [lines[6]]),
            ],
            closing=lines[7],
            signature=([lines[8]], iso, lines[9]),
            contact=contact,
        )
        | kw
    )


def _imprint(doc: govdoc.Document) -> tuple[list[str], str | None, str | None] | None:
    m = doc.imprint
    return None if m is None else (list(m.cc), m.printed_by, m.printed_on)


# --- 1. pdftotext -layout: page numbers centred by spaces, a form feed, the 版记's 印发 row set apart ------------------

_A = [
    "关于市政协十三届四次会议第0163号提案的答复",
    "谭某某委员：",
    "您提出的《关于推进城市排水管网雨污分流改造的提案》收悉。经认真研究，现答复如下：",
    "一、改造进展",
    "近两年我局累计完成雨污分流改造管网二百八十公里，消除黑臭水体十一处，城区污水集中收集率提高到百分之七十六。",
    "二、下一步打算",
    "下一步，我局将实施老城区雨污分流攻坚行动，力争二〇二七年底前基本消除合流制管网。",
    "感谢您对水务工作的关心和支持。",
    "某市水务局",
    "2025年6月4日",
]


def test_pdftotext_layout_with_centred_page_numbers_and_the_imprints_printing_row_set_apart() -> None:
    """`pdftotext -layout` of a two-page reply: a left margin of six spaces, the title centred by spaces, paragraphs
    cut at 30 characters with a four-space first-line indent, `— 1 —` centred under page one and a form feed, the 落款
    set right, then the 版记: `抄送：…` and `某市水务局办公室` at the left with `2025年6月4日印发` far right on its line.
    The page number leaves; the paragraphs are whole again (warned); the imprint reads."""
    m = "      "
    body: list[str] = [m + " " * 16 + _A[0], "", m + _A[1]]
    for line in _A[2:8]:
        cut = wrapped([line], 30)
        indent = "" if line[1] == "、" else "    "
        body += [m + indent + cut[0], *(m + c for c in cut[1:])]
    page1, page2 = body[:7], body[7:]
    src = [*page1, "", " " * 30 + "— 1 —", "\f" + page2[0], *page2[1:], "", m + " " * 40 + _A[8]]
    src += [m + " " * 40 + _A[9], "", "", m + "抄送：市政协提案委员会，市政府督查室。"]
    src += [m + "某市水务局办公室" + " " * 28 + "2025年6月4日印发", "", " " * 30 + "— 2 —", "\f"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, "— 1 —", "— 2 —"), _reply_want(_A, "谭某某委员", "0163", "2025-06-04", None, warnings=_JOINED))
    assert _imprint(doc) == (["市政协提案委员会", "市政府督查室"], "某市水务局办公室", "2025-06-04")


# --- 2. pdftotext -raw: the footer's page number drawn first on each page ---------------------------------------------

_B = [
    "关于市十六届人大三次会议第0342号建议的答复",
    "钱某某代表：",
    "您提出的关于加强农贸市场食品安全监管的建议收悉。现答复如下：",
    "一、监管工作情况",
    "今年以来我局对全市八十六家农贸市场开展食品安全快检，抽检样品一万二千批次，合格率百分之九十八点六。",
    "二、下一步工作",
    "下一步，我局将推动农贸市场快检室全覆盖，检测结果每日向社会公示。",
    "感谢您对市场监管工作的关心和支持。",
    "某市市场监督管理局",
    "2025年7月10日",
]


def test_pdftotext_raw_with_each_pages_number_drawn_before_its_text() -> None:
    """`pdftotext -raw` keeps the content stream's order: Word drew each page's footer first, so `- 1 -` opens page
    one and `- 2 -` opens page two, right after the form feed and inside a cut sentence of section 一. The numbers
    leave; the cut paragraphs are whole again (warned)."""
    lines = wrapped(_B, 27)
    cut = lines.index("一、监管工作情况") + 2
    src = ["- 1 -", *lines[:cut], "\f- 2 -", *lines[cut:], "\f"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, "- 1 -", "- 2 -"), _reply_want(_B, "钱某某代表", "0342", "2025-07-10", None, warnings=_JOINED))


# --- 3. pdftotext's default mode: the 印发 row's organ and date on two lines ------------------------------------------

_C = [
    "关于县政协十一届三次会议第0058号提案的答复",
    "毛某某委员：",
    "您提出的《关于发展林下经济助农增收的提案》收悉。现答复如下：",
    "一、发展现状",
    "全县林下经济经营面积达到十二万亩，带动农户四千三百户。",
    "二、下一步措施",
    "我局将扶持建设林下中药材种植基地五个，培育林下经济示范合作社二十家。",
    "感谢您对林业工作的关心和支持。",
    "某县林业局",
    "2025年5月22日",
]


def test_pdftotext_default_mode_splits_the_printing_row_of_the_imprint_into_two_lines() -> None:
    """`pdftotext` without `-layout` puts the two ends of the 版记's 印发 row (the office at the left, the date at the
    right) on two lines, the date under the office. The contact above the 版记 reads; the imprint reads whole."""
    contact = ["联系人：洪某", "联系电话：0797-8123456"]
    src = [*_C, "", *contact, "", "抄送：县政协提案委员会。", "某县林业局办公室", "2025年5月22日印发", "\f"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc), _reply_want(_C, "毛某某委员", "0058", "2025-05-22", ("洪某", ["0797-8123456"])))
    assert _imprint(doc) == (["县政协提案委员会"], "某县林业局办公室", "2025-05-22")


# --- 4. pandoc docx -> plain: Word's Chinese heading numbers lost to `1.  ` list markers ------------------------------

_D = [
    "关于区政协九届五次会议第0221号提案的答复",
    "龙某某委员：",
    "您提出的《关于支持社区嵌入式养老服务发展的提案》收悉。经研究，现答复如下：",
    "发展情况",
    "全区已建成社区嵌入式养老服务中心十四个，提供助餐、助浴、日间照料等服务，累计服务老年人三万余人次。",
    "下一步打算",
    "下一步，我局将推动每个街道至少建成一个综合性养老服务中心，并将嵌入式养老服务纳入十五分钟生活圈建设。",
    "感谢您对民政工作的关心和支持。",
    "某区民政局",
    "2025年8月6日",
]


def test_pandoc_plain_from_a_docx_whose_heading_numbers_were_word_list_numbers() -> None:
    """The .docx numbered its two headings with Word's list numbering (一、 二、); pandoc's plain writer keeps the list
    and writes its numbers as `1.  ` and `2.  `, blank lines between blocks, lines wrapped at 72 columns (36 Han
    characters). The headings are sections of style `num` as written; the paragraphs are whole again (warned)."""
    src: list[str] = []
    for n, line in enumerate(_D):
        if n in (3, 5):
            src += [f"{(n - 1) // 2}.  {line}", ""]
        else:
            src += [*wrapped([line], 36), ""]
    doc = parsed("\n".join(src))
    want = _reply_want(_D, "龙某某委员", "0221", "2025-08-06", None, warnings=_JOINED)
    want["sections"] = [(1, "1.", 1, _D[3], [_D[4]]), (1, "2.", 2, _D[5], [_D[6]])]
    same(look(doc), want)


# --- 5. python-docx's dump: one paragraph a line, empty paragraphs kept, tables after all paragraphs -----------------

_E = [
    "关于市十五届人大五次会议第0119号建议的答复",
    "孔某某代表：",
    "您提出的关于加快老旧小区加装电梯的建议收悉。现答复如下：",
    "一、加装进展",
    "全市已完成老旧小区加装电梯一千零四十部，今年新开工三百二十部。",
    "二、下一步工作",
    "我局将简化加装电梯审批流程，推行一站式联合审批。",
    "感谢您对住房和城乡建设工作的关心和支持。",
    "某市住房和城乡建设局",
    "2025年6月27日",
]


def test_a_python_docx_dump_with_empty_paragraphs_and_the_contact_table_after_all_paragraphs() -> None:
    """A script's `for p in doc.paragraphs: print(p.text)` then `for t in doc.tables: print(TAB-joined cells)`: the
    document's empty paragraphs are empty lines (two over the 落款), and its contact table (a row of four cells)
    comes after the 落款. The contact reads from the row."""
    src = [*_E[:8], "", "", *_E[8:], "", "联系人\t龚某\t联系电话\t0731-84561234"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc), _reply_want(_E, "孔某某代表", "0119", "2025-06-27", ("龚某", ["0731-84561234"])))


# --- 6. macOS textutil: list paragraphs written TAB, marker, TAB --------------------------------------------------------

_F = [
    "关于县政协十届二次会议第0087号提案的答复",
    "邹某某委员：",
    "您提出的《关于加强农村公路养护管理的提案》收悉。现答复如下：",
    "一、养护情况",
    "全县农村公路列养率达到百分之百，今年完成大中修工程八十六公里。",
    "二、下一步计划",
    "我局将推行农村公路路长制，建立县乡村三级养护责任体系。",
    "感谢您对交通运输工作的关心和支持。",
    "某县交通运输局",
    "2025年4月28日",
]


def test_textutil_writes_word_list_headings_as_tab_marker_tab() -> None:
    """`textutil -convert txt` of the .docx: the two headings are Word list paragraphs, written `\\t一、\\t养护情况`;
    every other paragraph a line. The headings are sections 一 and 二 as written."""
    src = [f"\t{line[:2]}\t{line[2:]}" if n in (3, 5) else line for n, line in enumerate(_F)]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc), _reply_want(_F, "邹某某委员", "0087", "2025-04-28", None))


# --- 7. iOS Live Text: a photo's printed lines copied, joined by spaces ------------------------------------------------

_G = [
    "关于市政协十四届三次会议第0287号提案的答复",
    "乔某某委员：",
    "您提出的《关于加快建设城市口袋公园的提案》收悉。经认真研究，现答复如下：",
    "一、建设情况",
    "近两年全市利用边角地建成口袋公园六十八个，新增绿地面积二十三万平方米，市民步行五分钟可达公园绿地的比例明显提高。",
    "二、下一步打算",
    "下一步，我局将结合城市更新继续建设口袋公园，优先在老城区和人口密集区布局。",
    "感谢您对园林绿化工作的关心和支持。",
    "某市园林绿化局",
    "2025年7月2日",
]


def test_ios_live_text_joins_a_photos_printed_lines_with_spaces() -> None:
    """A phone's Live Text copy of a photographed page: each paragraph one line, but its printed lines (20
    characters) joined by a space, the title's two printed lines as well. The spaces between two Han characters are
    layout spaces: they leave, unsaid. (Expectation corrected after the first run: the title's join stands between a
    figure and a Han character, `0287 号`, which the contract keeps as written; I had wanted it gone.)"""
    src = []
    for line in _G:
        if line == _G[0]:
            src.append(line[:17] + " " + line[17:])
        else:
            src.append(" ".join(wrapped([line], 20)))
    doc = parsed("\n".join(src) + "\n")
    title = _G[0][:17] + " " + _G[0][17:]
    same(look(doc), _reply_want(_G, "乔某某委员", "0287", "2025-07-02", None, title=title))


# --- 8. a 学习强国 article copy: the source line over the text, the editor line under it -------------------------------

_H = [
    "关于市政协十三届五次会议第0075号提案的答复",
    "司某某委员：",
    "您提出的《关于加强城市噪声污染防治的提案》收悉。现答复如下：",
    "一、防治工作情况",
    "我局已划定全市声环境功能区，在十二个重点区域安装噪声自动监测站。",
    "二、下一步工作",
    "我局将开展夜间施工噪声专项整治，严格夜间施工审批。",
    "感谢您对生态环境工作的关心和支持。",
    "某市生态环境局",
    "2025年6月12日",
]


def test_a_study_apps_article_copy_with_its_source_line_and_editor_line() -> None:
    """A 学习强国 article copied whole: the headline (the reply's title, shown once), `来源：某市人民政府网  2025-06-12`,
    the reply from its addressee on, then `责任编辑：甘某` and `本文来源：某市人民政府网`. The source and editor lines are
    the platform's; the reply reads whole."""
    src = [_H[0], "来源：某市人民政府网  2025-06-12", "", *_H[1:], "", "责任编辑：甘某", "本文来源：某市人民政府网"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc, "责任编辑", "来源：某市人民政府网"), _reply_want(_H, "司某某委员", "0075", "2025-06-12", None))


# --- 9. CR CR LF: a CRLF conversion done twice -------------------------------------------------------------------------

_I = [
    "关于区人大八届四次会议第0064号建议的答复",
    "严某某代表：",
    "您提出的关于增设社区便民菜店的建议收悉。现答复如下：",
    "一、布点情况",
    "全区已设立社区便民菜店四十二家，覆盖百分之八十的社区。",
    "二、下一步工作",
    "我局将在新建小区配套建设便民菜店，年内新增十家。",
    "感谢您对商务工作的关心和支持。",
    "某区商务局",
    "2025年3月20日",
]


def test_line_ends_converted_to_crlf_twice_read_as_cr_cr_lf() -> None:
    """A Windows text sent through a second LF→CRLF conversion (a transfer in text mode): every line ends `\\r\\r\\n`.
    The lines read as written; no blank paragraph appears between them."""
    doc = parsed("\r\r\n".join(_I) + "\r\r\n")
    same(look(doc), _reply_want(_I, "严某某代表", "0064", "2025-03-20", None))


# --- 10. U+2029 paragraphs, U+2028 inside the 落款 and the contact -----------------------------------------------------

_J = [
    "关于县人大十七届三次会议第0029号建议的答复",
    "葛某某代表：",
    "您提出的关于加强乡村学校体育设施建设的建议收悉。现答复如下：",
    "一、建设情况",
    "今年我局为二十三所乡村学校新建塑胶跑道和篮球场。",
    "二、下一步打算",
    "我局将把乡村学校体育设施建设纳入年度民生实事项目。",
    "感谢您对教育工作的关心和支持。",
    "某县教育局",
    "2025年5月9日",
]


def test_paragraph_separators_with_line_separators_inside_the_signature_and_the_contact() -> None:
    """A text whose paragraphs end with U+2029 and whose 落款 (organ, date) and contact (name, phone) are each one
    paragraph with U+2028 line breaks inside. The 落款 and the contact read from their lines."""
    paras = [*_J[:8], _J[8] + "\u2028" + _J[9], "联系人：鲍某\u2028联系电话：0570-6012345"]
    doc = parsed("\u2029".join(paras) + "\u2029")
    same(look(doc), _reply_want(_J, "葛某某代表", "0029", "2025-05-09", ("鲍某", ["0570-6012345"])))


# --- 11. every line TAB-indented and padded with spaces to 80 columns ----------------------------------------------


_K = [
    "关于市政协十四届二次会议第0196号提案的答复",
    "汤某某委员：",
    "您提出的《关于优化公交线网的提案》收悉。现答复如下：",
    "一、优化情况",
    "今年我局调整优化公交线路二十一条，新开社区微循环线路九条。",
    "二、下一步计划",
    "我局将开展公交线网整体优化，提高地铁站点接驳效率。",
    "感谢您对交通运输工作的关心和支持。",
    "某市交通运输局",
    "2025年9月1日",
]


def test_every_line_tab_indented_and_padded_with_trailing_spaces_to_a_fixed_width() -> None:
    """A fixed-width export: every line opens with a TAB and is padded with spaces to 80 columns (a Han character
    two). The indent and the padding say nothing; every field reads."""
    src = [("\t" + line).ljust(80 - sum(1 for c in line if ord(c) > 0x2000)) for line in _K]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc), _reply_want(_K, "汤某某委员", "0196", "2025-09-01", None))


# --- 12. a batch export: two replies in one file ------------------------------------------------------------------

_L1 = [
    "关于市政协十三届三次会议第0141号提案的答复",
    "柏某某委员：",
    "您提出的《关于推进垃圾分类的提案》收悉。现答复如下：",
    "一、工作进展",
    "全市生活垃圾分类覆盖率达到百分之九十五。",
    "二、下一步工作",
    "我局将建设两座厨余垃圾处理厂。",
    "感谢您对城市管理工作的关心和支持。",
    "某市城市管理局",
    "2025年6月19日",
]
_L2 = [
    "关于市政协十三届三次会议第0152号提案的答复",
    "伍某某委员：",
    "您提出的《关于规范共享单车停放的提案》收悉。现答复如下：",
    "一、管理情况",
    "我局已在中心城区施划共享单车停放区三千处。",
    "二、下一步打算",
    "我局将推行电子围栏停放管理。",
    "感谢您对城市管理工作的关心和支持。",
    "某市城市管理局",
    "2025年6月20日",
]


def test_two_replies_exported_into_one_file_give_the_first_and_warn_of_the_rest() -> None:
    """A handling system's batch export wrote two replies of one organ into one text, parted by two blank lines. One
    Document holds one reply: the first is read, and the second, in no field of it, is warned, never merged into its
    sections or its 落款."""
    doc = parsed("\n".join(_L1) + "\n\n\n" + "\n".join(_L2) + "\n")
    same(look(doc), _reply_want(_L1, "柏某某委员", "0141", "2025-06-19", None, warnings=["content-unplaced"]))


# --- 13. elinks -dump: link numbers and its `Visible links` list ---------------------------------------------------

_M = [
    "关于县政协十届五次会议第0033号提案的答复",
    "卜某某委员：",
    "您提出的《关于加强县域医共体建设的提案》收悉。现答复如下：",
    "一、建设情况",
    "全县已组建两个县域医共体，实现乡镇卫生院全覆盖。",
    "二、下一步工作",
    "我局将推进医共体内人员统筹使用和药品统一配送。",
    "感谢您对卫生健康工作的关心和支持。",
    "某县卫生健康局",
    "2025年4月16日",
]


def test_an_elinks_dump_with_bracketed_link_numbers_and_its_visible_links_list() -> None:
    """`elinks -dump` of the portal's page: the menu line `[1]首页 [2]政务公开 [3]互动交流`, the reply indented by three
    spaces, then elinks' list `Visible links` with `   1. https://…` rows. The menu and the list are the page's."""
    src = ["   [1]首页 [2]政务公开 [3]互动交流", "", *("   " + line for line in _M), "", "Visible links"]
    src += ["   1. https://www.mou.gov.cn/", "   2. https://www.mou.gov.cn/zwgk/", "   3. https://www.mou.gov.cn/hdjl/"]
    doc = parsed("\n".join(src) + "\n")
    same(
        look(doc, "Visible links", "www.mou.gov.cn", "互动交流"),
        _reply_want(_M, "卜某某委员", "0033", "2025-04-16", None),
    )


# --- 14. w3m -dump: the contact table drawn in box characters -------------------------------------------------------

_N = [
    "关于区政协八届三次会议第0092号提案的答复",
    "涂某某委员：",
    "您提出的《关于完善社区托育服务的提案》收悉。现答复如下：",
    "一、托育服务现状",
    "全区已建成普惠托育机构十六家，提供托位一千二百个。",
    "二、下一步措施",
    "我局将推动社区托育点建设，年内新增托位三百个。",
    "感谢您对卫生健康工作的关心和支持。",
    "某区卫生健康局",
    "2025年7月15日",
]


def test_a_w3m_dump_of_the_contact_table_drawn_in_box_characters() -> None:
    """`w3m -dump` draws the contact table under the 落款 with `┌─┬─┐`, `│` cells and `├─┼─┤`: a label cell and a
    value cell a row. The rules are no text; the contact reads from the cells."""
    box = [
        "┌────────┬──────────────┐",
        "│联系人  │常某          │",
        "├────────┼──────────────┤",
        "│联系电话│0898-65012345 │",
        "└────────┴──────────────┘",
    ]
    doc = parsed("\n".join([*_N, "", *box]) + "\n")
    same(look(doc), _reply_want(_N, "涂某某委员", "0092", "2025-07-15", ("常某", ["0898-65012345"])))


# --- 15. calibre's TXT output with its inline table of contents --------------------------------------------------------

_O = [
    "关于市十六届人大二次会议第0208号建议的答复",
    "邵某某代表：",
    "您提出的关于加强历史文化街区保护的建议收悉。现答复如下：",
    "一、保护工作情况",
    "我局已公布历史文化街区九片，完成历史建筑测绘建档三百一十处。",
    "二、下一步打算",
    "我局将编制历史文化街区保护利用规划，建立历史建筑活化利用清单。",
    "感谢您对文物保护工作的关心和支持。",
    "某市文化广电和旅游局",
    "2025年8月14日",
]


def test_calibres_txt_output_with_its_inline_table_of_contents_over_the_text() -> None:
    """`ebook-convert reply.epub reply.txt --inline-toc`: `Table of Contents` and the book's entries (the title and
    the two headings) over the text, then the text, a blank line between paragraphs. The contents list is the
    converter's: the title reads once, the sections are the text's two."""
    toc = ["Table of Contents", "", _O[0], _O[3], _O[5], "", ""]
    src = [*toc, *(x for line in _O for x in (line, ""))]
    doc = parsed("\n".join(src))
    same(look(doc, "Table of Contents"), _reply_want(_O, "邵某某代表", "0208", "2025-08-14", None))


# --- 16. pandoc plain: a footnote's mark and its note under the text ---------------------------------------------------

_P = [
    "关于县政协十一届四次会议第0104号提案的答复",
    "庞某某委员：",
    "您提出的《关于保护农村饮用水水源地的提案》收悉。现答复如下：",
    "一、保护情况",
    "我局已依法划定农村千吨万人饮用水水源保护区十四个[1]。",
    "二、下一步工作",
    "我局将开展水源保护区规范化建设，设置界标和警示牌。",
    "感谢您对生态环境工作的关心和支持。",
    "某县生态环境分局",
    "2025年6月9日",
]


def test_pandoc_plain_keeps_a_footnotes_mark_and_writes_its_note_under_the_text() -> None:
    """pandoc's plain writer from a .docx with a footnote: its mark `[1]` stays in the sentence, and its note `[1] …`
    comes under the 落款 after a blank line. The mark is the text as written; the note is the document's, in no
    field: warned."""
    src = [*_P, "", "[1] 依据《某省饮用水水源保护条例》第十二条划定。"]
    doc = parsed("\n".join(src) + "\n")
    same(look(doc), _reply_want(_P, "庞某某委员", "0104", "2025-06-09", None, warnings=["content-unplaced"]))


# --- 17. Docs to Markdown: its conversion notes, an alert paragraph, the seal's image link -------------------------

_Q = [
    "关于区人大九届二次会议第0057号建议的答复",
    "季某某代表：",
    "您提出的关于加强小区电动自行车充电管理的建议收悉。现答复如下：",
    "一、整治情况",
    "我局联合消防部门排查小区电动自行车违规充电隐患一千二百处，全部整改到位。",
    "二、下一步工作",
    "我局将推动老旧小区建设集中充电设施，年内新增充电端口五千个。",
    "感谢您对应急管理工作的关心和支持。",
    "某区应急管理局",
    "2025年7月24日",
]


def test_google_docs_to_markdown_add_on_with_its_conversion_notes_alert_and_image() -> None:
    """The Docs to Markdown add-on's output: its `<!----- … ----->` conversion notes on top (errors, alerts, its
    version, the source doc's name), then the text; before the 落款 its red alert paragraph about an image and the
    seal's image link `![alt_text](images/image1.png "image_tooltip")`. The notes, the alert and the image are the
    tool's; the reply reads whole."""
    notes = [
        "<!-----",
        "",
        "You have some errors, warnings, or alerts. If you are using reckless mode, turn it off to see inline alerts.",
        "* ERRORs: 0",
        "* WARNINGs: 0",
        "* ALERTS: 1",
        "",
        "Conversion time: 0.412 seconds.",
        "",
        "Conversion notes:",
        "",
        "* Docs to Markdown version 1.0β35",
        "* Thu Jul 24 2025 02:13:45 GMT-0700 (PDT)",
        "* Source doc: 0057号建议答复",
        "----->",
        "",
    ]
    alert = (
        '<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image link here (to '
        "images/image1.png). Store image on your image server and adjust path/filename/extension if necessary. "
        '</p><br>(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br><span style="color: red; '
        'font-weight: bold">>>>>> </span></p>'
    )
    image = '![alt_text](images/image1.png "image_tooltip")'
    src = [*notes, *(x for line in _Q[:8] for x in (line, "")), alert, "", image, "", _Q[8], "", _Q[9], ""]
    doc = parsed("\n".join(src))
    gone = ("Conversion", "gd2md", "image_tooltip", "ALERTS", "Back to top")
    same(look(doc, *gone), _reply_want(_Q, "季某某代表", "0057", "2025-07-24", None))


# --- 18. GNU fold -w 60: lines cut by bytes, UTF-8 characters cut in half ------------------------------------------

_R = [
    "关于市政协十四届四次会议第0311号提案的答复",
    "范某某委员：",
    "您提出的《关于推进智慧停车平台建设的提案》收悉。经认真研究，现答复如下：",
    "一、平台建设情况",
    "全市智慧停车平台已接入公共停车场四百六十个、路内泊位二万一千个，市民可通过手机查询空余车位并在线缴费。",
    "二、下一步打算",
    "下一步，我局将推动居住小区和单位内部停车场错时共享，缓解老城区停车难问题。",
    "感谢您对交通管理工作的关心和支持。",
    "某市交通运输局",
    "2025年10月13日",
]


def test_gnu_fold_by_bytes_cuts_utf8_characters_in_half_at_each_line_end() -> None:
    """`fold -w 60` of the UTF-8 text: fold counts bytes, so every 60 bytes it puts a line end, inside a character's
    three bytes where one falls there. The file read as bytes: each cut character is whole again and the cut lines
    are joined (warned); every field reads. (Expectation corrected after the first run: I had also wanted
    `encoding-repaired`; the settled reading of a GB export cut so, readers.gb_joins, takes a line end out of a
    character unwarned, as no writer puts one there, and warns the lines joined at the width.)"""
    raw = b""
    for line in _R:
        data = line.encode("utf-8")
        raw += b"\n".join(data[i : i + 60] for i in range(0, len(data), 60)) + b"\n"
    doc = govdoc.parse(raw, format="txt")
    check_invariants(doc)
    assert "internal-error" not in codes(doc)
    same(
        look(doc),
        _reply_want(_R, "范某某委员", "0311", "2025-10-13", None, warnings=_JOINED),
    )


# --- 19. header CRLF, body LF, contact CR: a text edited on three systems ---------------------------------------------

_S = [
    "关于县人大十八届四次会议第0046号建议的答复",
    "栾某某代表：",
    "您提出的关于改善农村人居环境的建议收悉。现答复如下：",
    "一、整治情况",
    "全县已完成一百二十个村的农村生活污水治理。",
    "二、下一步工作",
    "我局将推进农村厕所革命，年内改造户厕三千户。",
    "感谢您对农业农村工作的关心和支持。",
    "某县农业农村局",
    "2025年4月7日",
]


def test_header_in_crlf_body_in_lf_and_the_contact_in_lone_carriage_returns() -> None:
    """The title and addressee typed on Windows (CRLF), the body on Linux (LF), the contact lines pasted from a
    classic Mac note (CR alone). Every line end is a line end; every field reads."""
    src = "\r\n".join(_S[:2]) + "\r\n" + "\n".join(_S[2:]) + "\n" + "联系人：房某\r联系电话：0536-7012345\r"
    same(look(parsed(src)), _reply_want(_S, "栾某某代表", "0046", "2025-04-07", ("房某", ["0536-7012345"])))


# --- 20. pdftotext -layout of a joint reply: two organs side by side over one date ---------------------------------

_T = [
    "关于县政协十届三次会议第0127号提案的答复",
    "滕某某委员：",
    "您提出的《关于加强中小学生心理健康教育的提案》收悉。现答复如下：",
    "一、工作情况",
    "全县中小学已全部配备心理健康教育专兼职教师，建成心理辅导室四十二个。",
    "二、下一步打算",
    "我们将建立学生心理健康监测预警机制，每学期开展一次心理健康筛查。",
    "感谢您对教育工作的关心和支持。",
]


def test_pdftotext_layout_of_a_joint_replys_two_organs_side_by_side_over_one_date() -> None:
    """A reply signed by two organs: `-layout` sets `某县教育局` and `某县卫生健康局` on one line parted by many spaces,
    and the one date centred under them. Both organs sign; the date is theirs."""
    src = [*_T, "", "    某县教育局" + " " * 24 + "某县卫生健康局", " " * 18 + "2025年6月20日"]
    doc = parsed("\n".join(src) + "\n")
    want = _reply_want([*_T, "", ""], "滕某某委员", "0127", "", None)
    want["signature"] = (["某县教育局", "某县卫生健康局"], "2025-06-20", "2025年6月20日")
    same(look(doc), want)


# --- 21. pandoc plain: a grid table inside a section ---------------------------------------------------------------

_U = [
    "关于区政协九届四次会议第0173号提案的答复",
    "景某某委员：",
    "您提出的《关于增加城区公共厕所的提案》收悉。现答复如下：",
    "一、建设情况",
    "今年各街道新建和改造公共厕所情况如下：",
    "二、下一步计划",
    "我局将推动沿街单位厕所对外开放，年内新增开放厕所五十座。",
    "感谢您对城市管理工作的关心和支持。",
    "某区城市管理局",
    "2025年9月18日",
]


def test_pandoc_plain_writes_a_sections_table_as_a_grid_table() -> None:
    """pandoc's plain writer draws the .docx's table under section 一's sentence as a grid table (`+------+`, a
    `+======+` rule under the head row, `|` cells). The table is no paragraph of the section; the rest reads."""
    grid = [
        "+----------+--------+--------+",
        "| 街道     | 新建   | 改造   |",
        "+==========+========+========+",
        "| 东湖街道 | 3      | 5      |",
        "+----------+--------+--------+",
        "| 西园街道 | 2      | 4      |",
        "+----------+--------+--------+",
    ]
    src = [*(x for line in _U[:5] for x in (line, "")), *grid, "", *(x for line in _U[5:] for x in (line, ""))]
    doc = parsed("\n".join(src))
    same(look(doc, "+====", "+----"), _reply_want(_U, "景某某委员", "0173", "2025-09-18", None))


# --- 22. a 落款 set right by runs of U+3000, paragraphs opened by two ---------------------------------------------------

_V = [
    "关于市十五届人大四次会议第0255号建议的答复",
    "韩某某代表：",
    "您提出的关于加强公共场所母婴室建设的建议收悉。现答复如下：",
    "一、建设情况",
    "全市已在交通枢纽、商场等公共场所建成母婴室二百六十个。",
    "二、下一步工作",
    "我局将把母婴室建设纳入公共场所建设标准，加强日常管理。",
    "感谢您对妇女儿童工作的关心和支持。",
    "某市卫生健康委员会",
    "2025年5月30日",
]


def test_a_signature_set_right_by_runs_of_ideographic_spaces() -> None:
    """A Word user's text: paragraphs opened by two U+3000, the 落款's organ and date pushed right by twenty U+3000
    each, saved as text. The spaces are layout; every field reads."""
    src = ["\u3000" * 2 + line if n in (2, 4, 6, 7) else line for n, line in enumerate(_V[:8])]
    src += ["\u3000" * 20 + _V[8], "\u3000" * 20 + _V[9]]
    same(look(parsed("\n".join(src) + "\n")), _reply_want(_V, "韩某某代表", "0255", "2025-05-30", None))
