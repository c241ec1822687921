"""Round-13 blind probes of damaged and scraped text: replies to 政协提案 and 人大建议 (and a few
notices and 批复) as real copies hold them, each carrying several kinds of damage at once, aimed at
kinds rounds 4, 11 and 12 did not try.

Earlier rounds covered: (4) one kind at a time, letter-spaced titles and organs, tabs, trailing and
zero-width spaces, NBSP and 全角 indents, CRLF, lone CR, blank lines, BOM, GB18030/GBK, traditional
characters, full-width digits, half-width brackets, 〇 forms, phone dashes; (11) one wrap width,
— 1 —, bare figures, 第N页 共N页, 1/2 with form feeds, running heads, headings cut by a page end,
O/0 for 〇, a dash for 一, letter-spaced OCR lines, doubled stops, letters for digits in a date,
arrow and « » breadcrumbs, 字号 switches, share rows, reading counts, related files, site
footers with their phone, WeChat reposts, Word list tabs, BOM mid-text, NBSP indents, big5, square
brackets in a 文号, a date over two lines, a lost addressee colon, a 文号 as running head, image
placeholders, `&nbsp;` lines, ━━ and ———— rules under a letter-spaced 红头 with 文件; (12) widths
varying in one copy, Page 1 of 2, a browser's print band, two columns interleaved, information
tables two pairs a row, 曰 for a sealed date's 日, 己/已, l for 1 in `l.`, stops lost at line ends,
mixed widths in one marker, 点击率 bylines, 上一篇/下一篇 alone, QR captions, ICP footers, 相关阅读,
字体【大】, reposts, tab-stop 落款, U+2028, UTF-16, copies pasted twice, six kinds of cut-off copy,
a 文号 cut after its year bracket, gazette head bands, - 1/3 -, bracketed editor lines.

Here: page marks of other producers (－2－, -2-, ～2～, 第2页，共3页, 第二页, a count at the top of the
page, a mark beside a running head on the head's line), wraps inside a 文号's year, a phone, an
addressee, an organ of the 落款; 红头 letter-spaced WITHOUT 文件, 版记 rules of ──── and ____;
OCR confusions 口/□, 人/入, 士/土, 曰/日 in body dates, o for 〇, 丨/I for 1 in markers, o and . for 。,
; for ：; lost and doubled line breaks, paragraphs run together; portal scrapes of other content
systems (当前位置 breadcrumbs with >, 作者 and 浏览次数 rows, 【字体：大 中 小】, 打印本页 关闭窗口,
分享到, 相关链接, 附件下载, 上一篇：/下一篇： with their titles, 主办/承办 footers); Word/WPS exports
(U+3000 runs, soft hyphens and zero-width spaces inside values, BOM, lone CR, form feeds); copies
cut off and paragraphs duplicated.

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks), and the general cause of each miss (cause tests in
tests/test_noise13_causes.py, each a new example that fails on the session's start):
- batch 1 (PDF text layers of other producers): 3/7 whole, 46/56 checks. Causes: a 文号 cut inside its
  year (joins._doc_number_cut, DOC_NO_YEAR_CUT_HEAD/REST); a contact phone cut by the width
  (joins._phone_cut, PHONE_CUT_HEAD/REST, read past page furniture); `～ 1 ～` and `第二页` no page
  marks (PAGE_FURNITURE); an addressee's name cut before its 委员 (header_recipients._name_cut); the
  落款's organ cut inside the pair naming its field (某县住房和城乡 / 建设局: trailer_fields._organ_cut,
  ORGAN_PAIR_OPEN/REST). One left: a heading cut at a width no other line shows (strict xfail).
- batch 2 (OCR): 2/6 whole, 26/36 checks. Causes: `（丨）` for （1） (OCR_DIGIT_ONE); an addressee
  whose colon OCR read as `;` (BARE_DEPUTY); contact labels with `;` for `：` and `联系入` for 联系人
  (CONTACT_LABEL, CONTACT_LINE, CONTACT_PERSON_LABELS, lines.tail); a short copy's wrap width not
  read from its two or three cut lines (joins.wrap_width). One miss, a capital I read for the 1
  of `1、`: first called my reading, it is the project's rule that falls short, so the blind
  expectation stays, as a strict xfail (review15 R6).
- batch 3 (portal scrapes): 3/6 whole, 42/48 checks. Causes (patterns.chrome): `附件下载` and its files
  (LINK_LIST_LABEL), 主办：/承办： footer lines apart (SITE_FOOTER), bracketed byline rows
  (`【发布日期：…】【来源：…】`), `【全文完】`.
- batch 4 (Word/WPS exports): 5/6 whole, 36/37 checks. Cause: a tab after a run-in title kept at its
  paragraph's start (sections._RUN_IN_GAP).
- batch 5 (红头 and 版记): 4/6 whole, 57/59 checks. Cause: rules drawn as `─` or `━★━` characters were
  text (readers.text._DRAWN_RULE: breaks, as Markdown's `---` are).
- batch 6 (line breaks lost and doubled): 2/6 whole, 23/36 checks. Causes: a closing, organ and date
  run onto one line (trailer.flattened._closing_before); a date glued to the contact label under it
  (cleanup.flattened._date_before_contact); a title run into its addressee
  (cleanup.flattened._title_before_addressee); the short copy's width (as batch 2).
- batch 7 (copies cut off, duplicates): 6/6 whole, 33/33 checks.
- batch 8 (several kinds at once): 4/6 whole, 45/48 checks. Causes: the short copy's width (as
  batch 2); a dashed page mark one 全角 space from a running foot (PAGE_NUMBER_TAIL).
- batch 9 (furniture and chrome run into values): 3/6 whole, 24/30 checks. Causes: a proposal's
  serial cut between its digits (joins._serial_cut); a bracketed byline (as batch 3); a phone cut
  under a page mark and running head (as batch 1).
- batch 10 (body sentences that look like chrome): 2/6 whole, 22/26 checks. Causes: body sentences
  holding a chrome row's words (发布时间：…。, 浏览次数：…。, 打印本页、关闭窗口等功能…，…。, 上一篇政策解读…，…。)
  were dropped from the text with no warning: a line ending on its stop with a clause or a
  sentence's length is never chrome (cleanup.furniture._a_sentence); `当前位置` needs its colon or
  first step to be a breadcrumb. One miss my reading (a table row's gap of two 全角 spaces is kept
  as one: the rows are compared without spaces, noted).

Over the ten batches: 34/61 documents whole at first look, 354/409 checks (two misses first
called my reading: one corrected and noted, one kept as a strict xfail); 59/61 whole now, the
other two strict xfails.
"""

from __future__ import annotations

import pytest

import govdoc
from tests.probing import squashed
from tests.test_probes_11_noise import look, parsed, same
from tests.test_probes_12_noise import extra

# --- Batch 1: PDF text layers of other producers (written before any run) ------------------------


def test_a_wps_pdf_with_hyphen_page_marks_and_a_doc_number_cut_inside_its_year() -> None:
    """A WPS-made PDF copied out: `-1-` and `-2-` (no spaces) under the pages, a 文号 cut between the
    digits of its year, the title cut in three at different widths, a paragraph cut by the page end.
    The 文号 is whole and split, the title whole, the marks gone, the joins warned."""
    source = (
        "某教提复〔202\n"
        "4〕17号\n"
        "关于市政协十三届三次会议\n"
        "第0321号提案的\n"
        "答复\n"
        "吴某委员：\n"
        "您提出的关于加强校园食品安全管理的提案收悉，现答复如下：\n"
        "一、落实学校食品安全主体责任\n"
        "全市中小学校已全部实行校长陪餐制度，今年春季学期累计开展食堂\n"
        "-1-\n"
        "专项检查六百余次。\n"
        "二、下一步工作\n"
        "我局将推进“明厨亮灶”智慧监管全覆盖。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月12日\n"
        "-2-\n"
    )
    doc = parsed(source)
    same(
        look(doc, "-1-", "-2-"),
        {
            "number": ("某教提复〔2024〕17号", 2024, 17),
            "title": "关于市政协十三届三次会议第0321号提案的答复",
            "recipients": ["吴某委员"],
            "ref": "0321",
            "preamble": ["您提出的关于加强校园食品安全管理的提案收悉，现答复如下："],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "落实学校食品安全主体责任",
                    ["全市中小学校已全部实行校长陪餐制度，今年春季学期累计开展食堂专项检查六百余次。"],
                ),
                (1, "二、", 2, "下一步工作", ["我局将推进“明厨亮灶”智慧监管全覆盖。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-06-12", "2024年6月12日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="the heading is cut at 14 characters, a width no other line of the copy shows, with no page end "
    "between its pieces: nothing tells its rest (设情况) from a short line of its own; joining would guess",
)
def test_a_foxit_copy_with_full_width_minus_page_marks_and_a_phone_cut_by_the_width() -> None:
    """A Foxit text export: `－1－` (full-width hyphen-minus) closes page 1, the contact phone is cut
    after its area code and first four digits, a heading cut at 14 characters. The phone is one
    phone, the heading one title, the page mark gone."""
    source = (
        "关于县十九届人大二次会议第45号建议的答复\n"
        "钱某代表：\n"
        "您提出的关于加快推进农村生活污水治理的建议收悉，现答复如下：\n"
        "一、农村生活污水治理设施建\n"
        "设情况\n"
        "全县已建成农村生活污水处理设施一百八十座。\n"
        "－1－\n"
        "二、运维管理情况\n"
        "我局已委托第三方对全部设施开展运维。\n"
        "特此答复。\n"
        "某县生态环境分局\n"
        "2024年7月2日\n"
        "联系人：许某\n"
        "联系电话：0734-8821\n"
        "5566\n"
        "－2－\n"
    )
    doc = parsed(source)
    same(
        look(doc, "－1－", "－2－"),
        {
            "title": "关于县十九届人大二次会议第45号建议的答复",
            "recipients": ["钱某代表"],
            "ref": "45",
            "sections": [
                (1, "一、", 1, "农村生活污水治理设施建设情况", ["全县已建成农村生活污水处理设施一百八十座。"]),
                (1, "二、", 2, "运维管理情况", ["我局已委托第三方对全部设施开展运维。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县生态环境分局"], "2024-07-02", "2024年7月2日"),
            "contact": ("许某", ["0734-88215566"]),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_an_ofd_converted_pdf_with_slash_page_counts_at_the_top_of_each_later_page() -> None:
    """An OFD converted to PDF and copied: pages 2 and 3 open with `2/3` and `3/3` at their top (page 1
    has none), and a paragraph and the closing run across the page ends. The counts leave, the
    paragraph is whole."""
    source = (
        "关于区政协十届三次会议第2024077号提案的答复\n"
        "冉某委员：\n"
        "您提出的关于加强社区卫生服务中心能力建设的提案收悉，现答复如下：\n"
        "今年我委投入资金二千三百万元，完成六家社区卫生服务中心提标改造，新增\n"
        "2/3\n"
        "康复、安宁疗护等特色科室十四个。\n"
        "下一步，我委将推动优质医疗资源下沉社区。\n"
        "3/3\n"
        "感谢您对卫生健康工作的关心和支持。\n"
        "某区卫生健康委员会\n"
        "2024年5月27日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "2/3", "3/3") | extra(doc),
        {
            "ref": "2024077",
            "preamble": [
                "您提出的关于加强社区卫生服务中心能力建设的提案收悉，现答复如下：",
                "今年我委投入资金二千三百万元，完成六家社区卫生服务中心提标改造，新增康复、安宁疗护等特色科室十四个。",
                "下一步，我委将推动优质医疗资源下沉社区。",
            ],
            "phases": [],
            "closing": "感谢您对卫生健康工作的关心和支持。",
            "signature": (["某区卫生健康委员会"], "2024-05-27", "2024年5月27日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_count_in_words_and_a_tilde_page_mark_leave_and_an_addressee_cut_before_its_title() -> None:
    """A scanned reply with an OCR text layer: its pages close with `～ 1 ～` and `第二页` (a page named
    in numerals), and the addressee line was cut before 委员： (`欧阳某` / `某委员：`). The addressee is
    one name, the marks gone."""
    source = (
        "关于市政协十三届三次会议第0455号提案的答复\n"
        "欧阳某\n"
        "某委员：\n"
        "您提出的关于支持专精特新中小企业发展的提案收悉，现答复如下：\n"
        "今年我局新认定市级专精特新中小企业一百六十家，兑现奖补资金三千万元。\n"
        "～ 1 ～\n"
        "下一步，我局将建立专精特新企业梯度培育库。\n"
        "特此答复。\n"
        "某市经济和信息化局\n"
        "2024年6月30日\n"
        "第二页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "～ 1 ～", "第二页"),
        {
            "title": "关于市政协十三届三次会议第0455号提案的答复",
            "recipients": ["欧阳某某委员"],
            "ref": "0455",
            "preamble": [
                "您提出的关于支持专精特新中小企业发展的提案收悉，现答复如下：",
                "今年我局新认定市级专精特新中小企业一百六十家，兑现奖补资金三千万元。",
                "下一步，我局将建立专精特新企业梯度培育库。",
            ],
            "closing": "特此答复。",
            "signature": (["某市经济和信息化局"], "2024-06-30", "2024年6月30日"),
            "leaked": [],
        },
    )


def test_a_running_head_with_its_page_mark_on_one_line_at_the_top_of_each_page() -> None:
    """A bound volume's PDF: each page opens with the volume's running head and the page number
    on the same line (`县人大代表建议答复汇编　　— 7 —`), and the 落款's organ was cut by the
    narrow right-aligned box (`某县住房和城乡` / `建设局`). The head lines leave, the organ is whole."""
    source = (
        "县人大代表建议答复汇编　　— 7 —\n"
        "关于县十九届人大二次会议第61号建议的答复\n"
        "孟某代表：\n"
        "您提出的关于加快老旧小区加装电梯的建议收悉，现答复如下：\n"
        "一、工作进展\n"
        "今年全县已完成老旧小区加装电梯四十二部。\n"
        "县人大代表建议答复汇编　　— 8 —\n"
        "二、下一步打算\n"
        "我局将简化加装电梯审批流程。\n"
        "特此答复。\n"
        "某县住房和城乡\n"
        "建设局\n"
        "2024年8月1日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "答复汇编", "— 7 —", "— 8 —"),
        {
            "title": "关于县十九届人大二次会议第61号建议的答复",
            "recipients": ["孟某代表"],
            "ref": "61",
            "sections": [
                (1, "一、", 1, "工作进展", ["今年全县已完成老旧小区加装电梯四十二部。"]),
                (1, "二、", 2, "下一步打算", ["我局将简化加装电梯审批流程。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县住房和城乡建设局"], "2024-08-01", "2024年8月1日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_comma_page_count_at_the_top_and_a_date_cut_after_its_year_in_a_paragraph() -> None:
    """Pages open with `第2页，共2页` (a comma between the parts, at the top), and a date inside a
    paragraph is cut after its year (`2024年` / `3月起`). The count leaves, the paragraph is whole,
    the sub-heading keeps its title."""
    source = (
        "关于市十六届人大三次会议第0233号建议的答复\n"
        "阎某代表：\n"
        "您提出的关于规范校外培训机构管理的建议收悉，现答复如下：\n"
        "一、工作开展情况\n"
        "（一）开展专项治理\n"
        "我局自2024年\n"
        "第2页，共2页\n"
        "3月起开展校外培训机构专项治理，查处违规机构二十三家。\n"
        "（二）健全长效机制\n"
        "我局已出台校外培训机构预收费监管办法。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月21日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第2页，共2页"),
        {
            "ref": "0233",
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "开展专项治理", ["我局自2024年3月起开展校外培训机构专项治理，查处违规机构二十三家。"]),
                (2, "（二）", 2, "健全长效机制", ["我局已出台校外培训机构预收费监管办法。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-06-21", "2024年6月21日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_right_aligned_spaced_page_mark_and_a_title_cut_before_its_kind() -> None:
    """A PDF whose page marks are right-aligned by spaces (`                    - 1 -`) and whose
    title is cut right before 答复: the mark leaves, the title is whole and of kind reply."""
    source = (
        "关于区十七届人大三次会议第35号建议的\n"
        "答复\n"
        "丁某代表：\n"
        "您提出的关于加强电动自行车充电设施建设的建议收悉，现答复如下：\n"
        "今年全区新建电动自行车集中充电桩四千二百个，覆盖小区二百余个。\n"
        "                    - 1 -\n"
        "感谢您对我区应急管理工作的关心和支持。\n"
        "某区应急管理局\n"
        "2024年7月26日\n"
        "                    - 2 -\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 1 -", "- 2 -"),
        {
            "kind": "reply",
            "title": "关于区十七届人大三次会议第35号建议的答复",
            "recipients": ["丁某代表"],
            "ref": "35",
            "preamble": [
                "您提出的关于加强电动自行车充电设施建设的建议收悉，现答复如下：",
                "今年全区新建电动自行车集中充电桩四千二百个，覆盖小区二百余个。",
            ],
            "closing": "感谢您对我区应急管理工作的关心和支持。",
            "signature": (["某区应急管理局"], "2024-07-26", "2024年7月26日"),
            "warnings": [],  # a title set on two lines is the typeset form, no guess
            "leaked": [],
        },
    )


# --- Batch 2: scanned pages OCRed into a text layer (written before any run) ---------------------


def test_a_lower_case_o_for_ling_in_the_seal_date_and_a_box_for_an_unread_character() -> None:
    """OCR read the 〇 of the 落款's numeral date as a lower-case `o`, and gave a box `□` for a
    character it could not read in the proposal's title and the body: the date is read (its text
    as written), the boxes stay as read."""
    source = (
        "关于县政协十一届三次会议第58号提案的答复\n"
        "韦某委员：\n"
        "您提出的《关于加快□岸物流园区建设的提案》收悉，现答复如下：\n"
        "今年园区新引进物流企业十二家，带动就业人□一千二百人。\n"
        "特此答复。\n"
        "某县商务局\n"
        "二o二四年六月十日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于县政协十一届三次会议第58号提案的答复",
            "recipients": ["韦某委员"],
            "ref": "58",
            "preamble": [
                "您提出的《关于加快□岸物流园区建设的提案》收悉，现答复如下：",
                "今年园区新引进物流企业十二家，带动就业人□一千二百人。",
            ],
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-06-10", "二o二四年六月十日"),
            "warnings": [],
        },
    )


def test_a_white_circle_for_ling_and_look_alike_characters_in_the_body_are_kept() -> None:
    """OCR read 〇 as the white circle `○` in the 落款's date, 入 as 人 (`纳人`), 士 as 土 (`院土`) and a
    body date's 日 as 曰: the body keeps what was read, the date is read."""
    source = (
        "关于市十六届人大三次会议第0376号建议的答复\n"
        "柯某代表：\n"
        "您提出的关于建设院士专家工作站的建议收悉，现答复如下：\n"
        "我局已将您的建议纳人年度工作计划，2024年3月15曰与某大学共建院土专家工作站三个。\n"
        "感谢您对我市科技工作的关心和支持。\n"
        "某市科学技术局\n"
        "二○二四年七月九日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["柯某代表"],
            "ref": "0376",
            "preamble": [
                "您提出的关于建设院士专家工作站的建议收悉，现答复如下：",
                "我局已将您的建议纳人年度工作计划，2024年3月15曰与某大学共建院土专家工作站三个。",
            ],
            "closing": "感谢您对我市科技工作的关心和支持。",
            "signature": (["某市科学技术局"], "2024-07-09", "二○二四年七月九日"),
            "warnings": [],
        },
    )


@pytest.mark.xfail(
    strict=True,
    reason="a capital I read for the 1 of `1、` before a `2、`: the project reads a capital I as no numeral "
    "(it opens Roman-numbered points, patterns.structure OCR_DIGIT_ONE), so the line stays the section's "
    "text and `2、` is warned numbering-gap; reading it as 1 from the `2、` after it needs the sections "
    "builder to look ahead. The expectation is the blind reading, kept (review15 R6).",
)
def test_a_vertical_stroke_read_for_the_one_of_a_first_sub_marker_opens_its_run() -> None:
    """OCR read the 1 of `（1）` as the stroke `丨`, and the 1 of `1、` as a capital `I`: the `（2）`
    and `2、` that follow make them the first of their runs, markers as written."""
    source = (
        "关于区政协十届三次会议第2024088号提案的答复\n"
        "容某委员：\n"
        "您提出的关于加强背街小巷环境整治的提案收悉，现答复如下：\n"
        "一、整治情况\n"
        "（丨）道路修缮。今年完成背街小巷路面修缮六十条。\n"
        "（2）立面整治。完成沿街立面整治二万平方米。\n"
        "二、长效管理\n"
        "I、落实巷长制。全区背街小巷全部明确巷长。\n"
        "2、开展常态巡查。街道每周巡查不少于两次。\n"
        "特此答复。\n"
        "某区城市管理局\n"
        "2024年8月5日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "整治情况", []),
                (2, "（丨）", 1, "道路修缮", ["今年完成背街小巷路面修缮六十条。"]),
                (2, "（2）", 2, "立面整治", ["完成沿街立面整治二万平方米。"]),
                (1, "二、", 2, "长效管理", []),
                (2, "I、", 1, "落实巷长制", ["全区背街小巷全部明确巷长。"]),
                (2, "2、", 2, "开展常态巡查", ["街道每周巡查不少于两次。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区城市管理局"], "2024-08-05", "2024年8月5日"),
            "warnings": [],
        },
    )


def test_stops_read_as_a_letter_o_and_a_point_and_a_semicolon_read_for_the_addressees_colon() -> None:
    """OCR read the 。 closing lines as `o` or `.`, and the addressee's ： as `;`: the addressee is the
    name, the paragraphs keep their ends as read, the closing is the closing."""
    source = (
        "关于县十九届人大二次会议第74号建议的答复\n"
        "甘某代表;\n"
        "您提出的关于加强农村留守儿童关爱保护的建议收悉，现答复如下:\n"
        "今年我局联合团县委开展留守儿童关爱活动一百二十场次o\n"
        "全县已建成儿童之家一百八十个.\n"
        "特此答复o\n"
        "某县民政局\n"
        "2024年6月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["甘某代表"],
            "ref": "74",
            "preamble": [
                "您提出的关于加强农村留守儿童关爱保护的建议收悉，现答复如下:",
                "今年我局联合团县委开展留守儿童关爱活动一百二十场次o",
                "全县已建成儿童之家一百八十个.",
            ],
            "closing": "特此答复o",
            "signature": (["某县民政局"], "2024-06-06", "2024年6月6日"),
            "warnings": [],
        },
    )


def test_semicolons_read_for_the_colons_of_contact_and_copy_labels() -> None:
    """OCR read the ： after 联系人, 联系电话 and 抄送 as `;` (and once as `:`): the labels are read, the
    contact and the imprint whole."""
    source = (
        "关于市政协十三届三次会议第0117号提案的答复\n"
        "包某委员：\n"
        "您提出的关于加强城市内涝治理的提案收悉，现答复如下：\n"
        "今年我局完成城区易涝点改造三十六处。\n"
        "特此答复。\n"
        "某市水务局\n"
        "2024年5月16日\n"
        "联系人;蒋某\n"
        "联系电话;0551-62871234\n"
        "抄送:市政协提案委员会，市政府督查室。\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "0117",
            "closing": "特此答复。",
            "signature": (["某市水务局"], "2024-05-16", "2024年5月16日"),
            "contact": ("蒋某", ["0551-62871234"]),
            "cc": ["市政协提案委员会", "市政府督查室"],
            "warnings": [],
        },
    )


def test_an_ocr_text_layer_wrapped_at_the_scan_width_with_points_for_stops() -> None:
    """A scan's text layer cut at 22 characters, its paragraph ends read as `.` for 。 and a contact
    label read `联系入` (入 for 人): the paragraphs are whole, the contact read."""
    lines = [
        "关于市十六届人大三次会议第0190号建议的答复",
        "景某代表：",
        "您提出的关于推进公共法律服务体系建设的建议收悉，现答复如下：",
        "今年全市新建村（社区）公共法律服务工作室四百二十个，实现全覆盖.",
        "下一步，我局将推进公共法律服务平台一体化建设.",
        "特此答复.",
        "某市司法局",
        "2024年7月4日",
        "联系入：尚某",
        "联系电话：0898-65231234",
    ]
    source = (
        "关于市十六届人大三次会议第0190号建议的答复\n"
        "景某代表：\n"
        "您提出的关于推进公共法律服务体系建设的建议收\n"
        "悉，现答复如下：\n"
        "今年全市新建村（社区）公共法律服务工作室四百\n"
        "二十个，实现全覆盖.\n"
        "下一步，我局将推进公共法律服务平台一体化建设\n"
        ".\n"
        "特此答复.\n"
        "某市司法局\n"
        "2024年7月4日\n"
        "联系入：尚某\n"
        "联系电话：0898-65231234\n"
    )
    doc = parsed(source)
    same(
        look(doc) | extra(doc),
        {
            "ref": "0190",
            "preamble": [lines[2], lines[3], lines[4]],
            "phases": [],
            "closing": "特此答复.",
            "signature": (["某市司法局"], "2024-07-04", "2024年7月4日"),
            "contact": ("尚某", ["0898-65231234"]),
            "warnings": ["page-break-joined"],
        },
    )


# --- Batch 3: portal scrapes of other content systems (written before any run) -------------------


def test_a_breadcrumb_with_angle_marks_an_author_row_and_a_bracketed_font_switch_above_the_title() -> None:
    """A district portal: `当前位置：首页 > 政务公开 > 建议提案` over the headline, a row of 发布时间,
    来源, 作者 and 浏览次数, `【字体：大 中 小】` and `打印本页 关闭窗口` before the document's title
    again. The chrome leaves, the headline repeat is dropped (warned)."""
    title = "关于区政协十届三次会议第2024133号提案的答复"
    source = (
        "当前位置：首页 > 政务公开 > 建议提案\n"
        f"{title}\n"
        "发布时间：2024-07-19 09:30　来源：区商务委　作者：区商务委　浏览次数：386\n"
        "【字体：大 中 小】　打印本页　关闭窗口\n"
        f"{title}\n"
        "萧某委员：\n"
        "您提出的关于促进夜间经济发展的提案收悉，现答复如下：\n"
        "今年我委已打造夜间经济集聚区四个，举办夜市活动三十余场。\n"
        "特此答复。\n"
        "某区商务委员会\n"
        "2024年7月18日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "当前位置", "浏览次数", "字体", "打印本页", "关闭窗口", "作者"),
        {
            "title": title,
            "recipients": ["萧某委员"],
            "ref": "2024133",
            "metadata": {},
            "preamble": [
                "您提出的关于促进夜间经济发展的提案收悉，现答复如下：",
                "今年我委已打造夜间经济集聚区四个，举办夜市活动三十余场。",
            ],
            "closing": "特此答复。",
            "signature": (["某区商务委员会"], "2024-07-18", "2024年7月18日"),
            "warnings": ["repeat-dropped"],
            "leaked": [],
        },
    )


def test_an_attachment_download_list_and_a_related_links_list_after_the_signature_are_chrome() -> None:
    """Under the 落款 a content system lists the page's files for download (`附件下载：` and file names
    with their sizes) and `相关链接` with other sites: none of it is the document's attachments or
    text."""
    source = (
        "关于市十六届人大三次会议第0419号建议的答复\n"
        "宋某代表：\n"
        "您提出的关于加强城市公园管理的建议收悉，现答复如下：\n"
        "今年我局新建口袋公园四十个，改造提升城市公园十二个。\n"
        "特此答复。\n"
        "某市园林局\n"
        "2024年6月26日\n"
        "附件下载：\n"
        "关于市十六届人大三次会议第0419号建议的答复.pdf（256KB）\n"
        "相关链接：\n"
        "中国政府网　　某省人民政府　　某市人大常委会\n"
    )
    doc = parsed(source)
    same(
        look(doc, "附件下载", ".pdf", "256KB", "相关链接", "中国政府网"),
        {
            "ref": "0419",
            "preamble": [
                "您提出的关于加强城市公园管理的建议收悉，现答复如下：",
                "今年我局新建口袋公园四十个，改造提升城市公园十二个。",
            ],
            "closing": "特此答复。",
            "signature": (["某市园林局"], "2024-06-26", "2024年6月26日"),
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


def test_previous_and_next_rows_with_their_titles_and_a_host_footer_after_the_contact() -> None:
    """`上一篇：…` and `下一篇：…` rows with the neighbouring replies' titles on the same line, a
    `分享到：` row, and a footer of 主办, 承办, 网站标识码, ICP备 and 公网安备 lines, after the
    contact: the contact is the reply's, none of the rest reaches the text."""
    source = (
        "关于县政协十一届三次会议第92号提案的答复\n"
        "车某委员：\n"
        "您提出的关于发展乡村民宿的提案收悉，现答复如下：\n"
        "今年全县新增等级民宿三十家，民宿接待游客十二万人次。\n"
        "感谢您对我县文旅工作的关心和支持。\n"
        "某县文化和旅游局\n"
        "2024年9月2日\n"
        "联系人：龚某　联系电话：0797-6321234\n"
        "分享到：\n"
        "上一篇：关于县政协十一届三次会议第91号提案的答复\n"
        "下一篇：关于县人大十九届二次会议第12号建议的答复\n"
        "主办：某县人民政府办公室\n"
        "承办：某县大数据中心\n"
        "网站标识码：3607230001　　赣ICP备05001234号\n"
        "赣公网安备 36072302000012号\n"
    )
    doc = parsed(source)
    same(
        look(doc, "分享到", "上一篇", "第91号", "下一篇", "第12号", "主办", "承办", "网站标识码", "公网安备"),
        {
            "ref": "92",
            "closing": "感谢您对我县文旅工作的关心和支持。",
            "signature": (["某县文化和旅游局"], "2024-09-02", "2024年9月2日"),
            "contact": ("龚某", ["0797-6321234"]),
            "warnings": [],
            "leaked": [],
        },
    )


def test_chrome_between_the_information_table_and_the_title_and_between_body_and_signature() -> None:
    """A scrape whose information table (索引号, 发文机关, 发文日期, 公开方式) is followed by a font
    switch `字号：[大] [中] [小]` and whose page tools (`【打印】 【关闭】 【收藏】`) stand between the
    closing and the 落款: the pairs are metadata, the tools leave, the signature is whole."""
    source = (
        "索引号：001234567/2024-00456\n"
        "发文机关：某市财政局\n"
        "发文日期：2024-06-20\n"
        "公开方式：主动公开\n"
        "字号：[大] [中] [小]\n"
        "关于市政协十三届三次会议第0290号提案的答复\n"
        "尹某委员：\n"
        "您提出的关于加大中小企业政府采购支持力度的提案收悉，现答复如下：\n"
        "今年全市政府采购授予中小企业合同金额占比达百分之七十五。\n"
        "特此答复。\n"
        "【打印】 【关闭】 【收藏】\n"
        "某市财政局\n"
        "2024年6月20日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "字号", "[大]", "【打印】", "【收藏】") | extra(doc),
        {
            "title": "关于市政协十三届三次会议第0290号提案的答复",
            "issuer": "某市财政局",
            "metadata": {
                "索引号": "001234567/2024-00456",
                "发文机关": "某市财政局",
                "发文日期": "2024-06-20",
                "公开方式": "主动公开",
            },
            "disclosure": "主动公开",
            "ref": "0290",
            "closing": "特此答复。",
            "signature": (["某市财政局"], "2024-06-20", "2024年6月20日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_breadcrumb_of_right_angle_quotes_a_scan_prompt_and_an_end_mark_around_a_notice() -> None:
    """A notice scraped with `您现在的位置：首页 》 通知公告`, a `【发布日期：…】【来源：…】` row, and
    after the 落款 a `【返回顶部】` link and `（完）`-style end mark `【全文完】`: a notice with its
    addressees, sections and signature; the chrome leaves."""
    source = (
        "您现在的位置：首页 》 通知公告\n"
        "【发布日期：2024-04-08】【来源：县人民政府办公室】\n"
        "某县人民政府办公室关于做好2024年森林防火工作的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "为切实做好今年森林防火工作，现将有关事项通知如下：\n"
        "一、压实防火责任\n"
        "各乡镇要落实森林防火行政首长负责制。\n"
        "二、加强火源管控\n"
        "清明期间各乡镇要在重点路口设卡检查。\n"
        "特此通知。\n"
        "某县人民政府办公室\n"
        "2024年4月7日\n"
        "【全文完】\n"
        "【返回顶部】\n"
    )
    doc = parsed(source)
    same(
        look(doc, "您现在的位置", "发布日期", "全文完", "返回顶部"),
        {
            "kind": "notice",
            "title": "某县人民政府办公室关于做好2024年森林防火工作的通知",
            "issuer": "某县人民政府办公室",
            "recipients": ["各乡镇人民政府", "县直各单位"],
            "metadata": {},
            "preamble": ["为切实做好今年森林防火工作，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "压实防火责任", ["各乡镇要落实森林防火行政首长负责制。"]),
                (1, "二、", 2, "加强火源管控", ["清明期间各乡镇要在重点路口设卡检查。"]),
            ],
            "closing": "特此通知。",
            "signature": (["某县人民政府办公室"], "2024-04-07", "2024年4月7日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_scrape_whose_share_row_and_counter_sit_between_two_paragraphs_of_the_body() -> None:
    """A content system injected its share row (`分享到：微信 微博`) and a `阅读量：1024` counter between two
    paragraphs of the body, where the page's summary box ended: they leave, both paragraphs stay."""
    source = (
        "关于区十七届人大三次会议第44号建议的答复\n"
        "乔某代表：\n"
        "您提出的关于加强社区养老服务的建议收悉，现答复如下：\n"
        "今年全区新建社区养老服务综合体六个。\n"
        "分享到：微信 微博\n"
        "阅读量：1024\n"
        "下一步，我局将推进家庭养老床位建设。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年7月29日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "分享到", "阅读量", "1024"),
        {
            "ref": "44",
            "preamble": [
                "您提出的关于加强社区养老服务的建议收悉，现答复如下：",
                "今年全区新建社区养老服务综合体六个。",
                "下一步，我局将推进家庭养老床位建设。",
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-07-29", "2024年7月29日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 4: Word and WPS exports (written before any run) --------------------------------------


def test_a_signature_pushed_right_by_runs_of_ideographic_spaces_and_a_contact_row_parted_by_them() -> None:
    """A WPS export that right-aligned the 落款 with runs of U+3000 and set the contact's two pairs on
    one row parted by another run: the organ, the date and both contact values are read, the runs
    are layout."""
    gap = "\u3000" * 14
    source = (
        "关于县十九届人大二次会议第18号建议的答复\n"
        "\u3000\u3000项某代表：\n"
        "\u3000\u3000您提出的关于加强县城停车设施建设的建议收悉，现答复如下：\n"
        "\u3000\u3000今年县城新增公共停车泊位二千一百个。\n"
        "\u3000\u3000特此答复。\n"
        f"{gap}某县住房和城乡建设局\n"
        f"{gap}\u3000\u30002024年8月12日\n"
        f"\u3000\u3000联系人：庞某{gap}联系电话：0746-3221234\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["项某代表"],
            "ref": "18",
            "preamble": [
                "您提出的关于加强县城停车设施建设的建议收悉，现答复如下：",
                "今年县城新增公共停车泊位二千一百个。",
            ],
            "closing": "特此答复。",
            "signature": (["某县住房和城乡建设局"], "2024-08-12", "2024年8月12日"),
            "contact": ("庞某", ["0746-3221234"]),
            "warnings": [],
        },
    )


def test_soft_hyphens_and_zero_width_spaces_inside_the_doc_number_the_date_and_the_phone() -> None:
    """Word kept soft hyphens and zero-width spaces inside values: the 文号 (`某农\u00ad复〔2024〕
    \u200b23号`), the proposal number, the 落款's date and the phone. They are invisible: the values
    read as printed, none of them in the text."""
    source = (
        "某市农业农村局\n"
        "某农\u00ad复〔2024〕\u200b23号\n"
        "关于市政协十三届三次会议第02\u200b71号提案的答复\n"
        "贝某委员：\n"
        "您提出的关于发展智慧农业的提案收悉，现答复如下：\n"
        "今年全市建成数字农业示范基地二十个。\n"
        "特此答复。\n"
        "某市农业农村局\n"
        "2024年6\u00ad月1\u200b9日\n"
        "联系电话：0351-4\u200b6671234\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"invisible": [c for c in "\u00ad\u200b" if c in doc.text]},
        {
            "issuer": "某市农业农村局",
            "number": ("某农复〔2024〕23号", 2024, 23),
            "title": "关于市政协十三届三次会议第0271号提案的答复",
            "ref": "0271",
            "signature": (["某市农业农村局"], "2024-06-19", "2024年6月19日"),
            "contact": (None, ["0351-46671234"]),
            "warnings": [],
            "invisible": [],
        },
    )


def test_a_bom_a_lone_carriage_return_and_a_form_feed_in_a_wps_text_export() -> None:
    """A WPS export pasted after another file: a BOM before the title, lone CRs ending the header's
    lines, a form feed between the closing and the 落款 (a page of its own), tabs after the section
    numbers. The lines are lines, the sections keep their titles."""
    source = (
        "\ufeff关于区政协十届三次会议第2024119号提案的答复\r"
        "伍某委员：\r"
        "您提出的关于加强小区物业管理的提案收悉，现答复如下：\n"
        "一、\t物业管理现状\n"
        "全区实行专业化物业管理的小区达八百余个。\n"
        "二、\t下一步工作\n"
        "我局将推进物业服务质量评价。\n"
        "特此答复。\n"
        "\f某区住房保障和房屋管理局\n"
        "2024年9月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于区政协十届三次会议第2024119号提案的答复",
            "recipients": ["伍某委员"],
            "ref": "2024119",
            "preamble": ["您提出的关于加强小区物业管理的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "物业管理现状", ["全区实行专业化物业管理的小区达八百余个。"]),
                (1, "二、", 2, "下一步工作", ["我局将推进物业服务质量评价。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区住房保障和房屋管理局"], "2024-09-06", "2024年9月6日"),
            "warnings": [],
        },
    )


def test_nbsp_indented_paragraphs_with_a_tab_inside_a_run_in_heading() -> None:
    """A Word export indenting paragraphs by no-break spaces and setting a tab between a run-in heading
    and its text (`（一）建立协调机制。\\t市政府…`): the heading's title is the phrase, its text the
    section's paragraph."""
    nb = "\u00a0" * 4
    source = (
        "关于市十六届人大三次会议第0145号建议的答复\n"
        f"{nb}危某代表：\n"
        f"{nb}您提出的关于推进跨区域生态补偿的建议收悉，现答复如下：\n"
        f"{nb}一、主要做法\n"
        f"{nb}（一）建立协调机制。\t市政府与上游两市签订流域横向生态补偿协议。\n"
        f"{nb}（二）落实补偿资金。\t今年兑现补偿资金一点五亿元。\n"
        f"{nb}特此答复。\n"
        "某市生态环境局\n"
        "2024年5月8日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["危某代表"],
            "sections": [
                (1, "一、", 1, "主要做法", []),
                (2, "（一）", 1, "建立协调机制", ["市政府与上游两市签订流域横向生态补偿协议。"]),
                (2, "（二）", 2, "落实补偿资金", ["今年兑现补偿资金一点五亿元。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市生态环境局"], "2024-05-08", "2024年5月8日"),
            "warnings": [],
        },
    )


def test_a_word_export_whose_items_sit_on_tabbed_lines_and_a_closing_padded_with_ideographic_spaces() -> None:
    """Members `一是`/`二是` each on its own line after a tab, and the closing with a run of U+3000 after
    it: the members are the paragraph's items, the closing is the closing without the run."""
    source = (
        "关于县政协十一届三次会议第36号提案的答复\n"
        "毛某委员：\n"
        "您提出的关于推进县域商业体系建设的提案收悉，现答复如下：\n"
        "近年来，我局着力完善县域商业体系：\n"
        "\t一是建设县级物流配送中心。已建成投用一个。\n"
        "\t二是改造乡镇商贸中心。今年改造八个。\n"
        "感谢您对商务工作的关心和支持。\u3000\u3000\u3000\u3000\n"
        "某县商务局\n"
        "2024年7月1日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"pre_items": [[(i.marker, i.lead) for i in p.items] for p in doc.preamble]},
        {
            "preamble": [
                "您提出的关于推进县域商业体系建设的提案收悉，现答复如下：",
                "近年来，我局着力完善县域商业体系：",
                "一是建设县级物流配送中心。已建成投用一个。",
                "二是改造乡镇商贸中心。今年改造八个。",
            ],
            "pre_items": [[], [], [("一是", "建设县级物流配送中心")], [("二是", "改造乡镇商贸中心")]],
            "closing": "感谢您对商务工作的关心和支持。",
            "signature": (["某县商务局"], "2024-07-01", "2024年7月1日"),
            "warnings": [],
        },
    )


def test_a_wps_copy_with_doubled_blank_lines_and_a_heading_glued_to_its_paragraph_by_a_lost_break() -> None:
    """A WPS copy with two blank lines between most paragraphs, and one heading whose line break was
    lost, so `二、下一步计划` runs straight into its paragraph (`…计划我局将…。`): the blank lines are
    nothing, the heading stays a heading whose title is null by the contract's rules (no stop before
    the paragraph's 。 beyond thirty characters), its text the paragraph."""
    source = (
        "关于市政协十三届三次会议第0502号提案的答复\n\n\n"
        "黎某委员：\n\n\n"
        "您提出的关于加强托育服务供给的提案收悉，现答复如下：\n\n\n"
        "一、工作现状\n\n\n"
        "全市现有备案托育机构三百二十家，提供托位一万二千个。\n\n\n"
        "二、下一步计划我局将推动托育服务纳入社区综合服务设施建设，新增普惠托位三千个。\n\n\n"
        "特此答复。\n\n\n"
        "某市卫生健康委员会\n"
        "2024年6月11日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "工作现状", ["全市现有备案托育机构三百二十家，提供托位一万二千个。"]),
                (
                    1,
                    "二、",
                    2,
                    None,
                    ["下一步计划我局将推动托育服务纳入社区综合服务设施建设，新增普惠托位三千个。"],
                ),
            ],
            "closing": "特此答复。",
            "signature": (["某市卫生健康委员会"], "2024-06-11", "2024年6月11日"),
            "warnings": [],
        },
    )


# --- Batch 5: 红头 and 版记 as PDF copies keep them (written before any run) -----------------------


def imprint(doc: govdoc.Document) -> tuple[list[str], str | None, str | None] | None:
    """The 版记's copy list, printing organ and printing date."""
    i = doc.imprint
    return None if i is None else (list(i.cc), i.printed_by, i.printed_on)


def test_a_letter_spaced_issuing_mark_without_wenjian_and_an_imprint_between_box_drawing_rules() -> None:
    """A 红头 reply copied from a PDF: the 发文机关标志 letter-spaced without 文件 (`青 溪 区 人 民 政 府`),
    the 文号 under it, a red rule of `─`, and the 版记 between `────` rules. The issuer is the organ,
    the rules are no text of any field, the imprint is read."""
    rule = "─" * 24
    source = (
        "青 溪 区 人 民 政 府\n"
        "青府复〔2024〕12号\n"
        f"{rule}\n"
        "关于区政协十届三次会议第2024015号提案的答复\n"
        "葛某委员：\n"
        "您提出的关于加快城区老旧管网改造的提案收悉，现答复如下：\n"
        "今年全区完成老旧供水管网改造四十公里。\n"
        "特此答复。\n"
        "青溪区人民政府\n"
        "2024年7月2日\n"
        f"{rule}\n"
        "抄送：区政协提案委员会。\n"
        "青溪区人民政府办公室　　　　　　2024年7月3日印发\n"
        f"{rule}\n"
    )
    doc = parsed(source)
    same(
        look(doc, rule) | {"imprint": imprint(doc)},
        {
            "issuer": "青溪区人民政府",
            "number": ("青府复〔2024〕12号", 2024, 12),
            "title": "关于区政协十届三次会议第2024015号提案的答复",
            "recipients": ["葛某委员"],
            "ref": "2024015",
            "closing": "特此答复。",
            "signature": (["青溪区人民政府"], "2024-07-02", "2024年7月2日"),
            "imprint": (["区政协提案委员会"], "青溪区人民政府办公室", "2024-07-03"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_imprint_between_underscore_rules_and_a_signer_on_the_doc_number_row() -> None:
    """A WPS 红头 template whose rules became runs of `_`, the 文号 and 签发人 on one row: the 文号 and
    the signer are read, the imprint's lines whole, the underscores no text."""
    rule = "_" * 30
    source = (
        "某 市 发 展 和 改 革 委 员 会\n"
        "某发改函〔2024〕45号　　　　　　签发人：周某\n"
        f"{rule}\n"
        "关于市十六届人大三次会议第0088号建议的答复\n"
        "邱某代表：\n"
        "您提出的关于加快充电基础设施建设的建议收悉，现答复如下：\n"
        "今年全市新建公共充电桩八千个。\n"
        "特此答复。\n"
        "某市发展和改革委员会\n"
        "2024年5月20日\n"
        f"{rule}\n"
        "抄送：市人大常委会选联工委，市政府办公室。\n"
        f"{rule}\n"
        "某市发展和改革委员会办公室　　2024年5月21日印发\n"
        f"{rule}\n"
    )
    doc = parsed(source)
    same(
        look(doc, "____") | {"imprint": imprint(doc), "signer": doc.header.signer},
        {
            "issuer": "某市发展和改革委员会",
            "number": ("某发改函〔2024〕45号", 2024, 45),
            "signer": "周某",
            "title": "关于市十六届人大三次会议第0088号建议的答复",
            "recipients": ["邱某代表"],
            "ref": "0088",
            "closing": "特此答复。",
            "signature": (["某市发展和改革委员会"], "2024-05-20", "2024年5月20日"),
            "imprint": (["市人大常委会选联工委", "市政府办公室"], "某市发展和改革委员会办公室", "2024-05-21"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_issuing_mark_spaced_by_ideographic_spaces_over_a_star_rule() -> None:
    """The 发文机关标志 spaced by U+3000 between its characters (`某　县　水　利　局`) over a rule with
    a star in it (`━━━━━━★━━━━━━`): the issuer is the organ, the rule no text."""
    rule = "━" * 10 + "★" + "━" * 10
    source = (
        "某　县　水　利　局\n"
        "某水复〔2024〕9号\n"
        f"{rule}\n"
        "关于县政协十一届三次会议第23号提案的答复\n"
        "房某委员：\n"
        "您提出的关于加强山塘水库安全管理的提案收悉，现答复如下：\n"
        "今年我局完成山塘水库除险加固二十四座。\n"
        "特此答复。\n"
        "某县水利局\n"
        "2024年6月14日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "★", "━━━"),
        {
            "issuer": "某县水利局",
            "number": ("某水复〔2024〕9号", 2024, 9),
            "title": "关于县政协十一届三次会议第23号提案的答复",
            "ref": "23",
            "preamble": [
                "您提出的关于加强山塘水库安全管理的提案收悉，现答复如下：",
                "今年我局完成山塘水库除险加固二十四座。",
            ],
            "closing": "特此答复。",
            "signature": (["某县水利局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_long_issuing_mark_letter_spaced_and_cut_over_two_lines() -> None:
    """A long 发文机关标志 letter-spaced and cut in two by the page (`某 某 市 住 房 和 城 乡` / `建 设 局`):
    one issuer, the title after the 文号 its own."""
    source = (
        "某 某 市 住 房 和 城 乡\n"
        "建 设 局\n"
        "某建复〔2024〕58号\n"
        "关于市政协十三届三次会议第0367号提案的答复\n"
        "殷某委员：\n"
        "您提出的关于推进装配式建筑发展的提案收悉，现答复如下：\n"
        "今年全市新开工装配式建筑面积三百万平方米。\n"
        "特此答复。\n"
        "某某市住房和城乡建设局\n"
        "2024年6月27日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "issuer": "某某市住房和城乡建设局",
            "number": ("某建复〔2024〕58号", 2024, 58),
            "title": "关于市政协十三届三次会议第0367号提案的答复",
            "recipients": ["殷某委员"],
            "ref": "0367",
            "signature": (["某某市住房和城乡建设局"], "2024-06-27", "2024年6月27日"),
            "warnings": [],
        },
    )


def test_an_approval_with_a_letter_spaced_mark_hyphen_rules_and_a_spaced_imprint() -> None:
    """A 批复 whose 红头 is letter-spaced, whose rules became runs of `-`, and whose 版记 labels were
    letter-spaced (`抄 送：`, `印 发`): an approval with its addressee, sections and imprint."""
    rule = "-" * 36
    source = (
        "某 县 人 民 政 府\n"
        "某政复〔2024〕21号\n"
        f"{rule}\n"
        "某县人民政府关于同意某某镇调整村庄规划的批复\n"
        "某某镇人民政府：\n"
        "你镇《关于调整某某村村庄规划的请示》收悉。经研究，现批复如下：\n"
        "一、同意你镇对某某村村庄规划进行调整。\n"
        "二、你镇要严格按照调整后的规划实施建设。\n"
        "某县人民政府\n"
        "2024年3月18日\n"
        f"{rule}\n"
        "抄 送：县自然资源局，县住房和城乡建设局。\n"
        f"{rule}\n"
        "某县人民政府办公室　　　　　2024年3月19日印 发\n"
    )
    doc = parsed(source)
    same(
        look(doc, "------") | {"imprint": imprint(doc)},
        {
            "kind": "approval",
            "issuer": "某县人民政府",
            "number": ("某政复〔2024〕21号", 2024, 21),
            "title": "某县人民政府关于同意某某镇调整村庄规划的批复",
            "recipients": ["某某镇人民政府"],
            "preamble": ["你镇《关于调整某某村村庄规划的请示》收悉。经研究，现批复如下："],
            "sections": [
                # (written first as untitled points; read again before any run: a line of at most
                # thirty characters with only a final 。 is a heading on its own line by the contract)
                (1, "一、", 1, "同意你镇对某某村村庄规划进行调整", []),
                (1, "二、", 2, "你镇要严格按照调整后的规划实施建设", []),
            ],
            "signature": (["某县人民政府"], "2024-03-18", "2024年3月18日"),
            "imprint": (["县自然资源局", "县住房和城乡建设局"], "某县人民政府办公室", "2024-03-19"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_reply_letter_with_a_spaced_mark_and_a_dotted_rule_and_the_contact_in_its_fuzhu() -> None:
    """A 答复函 whose 红头 is letter-spaced with 文件 set apart by a gap (`某 市 民 政 局　　文件`), whose
    rule became `…………` ellipses, and whose contact stands in a bracketed 附注 under the date: the
    issuer without 文件, the contact read, the rule no text."""
    rule = "……" * 12
    source = (
        "某 市 民 政 局　　文件\n"
        "某民函〔2024〕30号\n"
        f"{rule}\n"
        "某市民政局关于市政协十三届三次会议第0158号提案的答复函\n"
        "温某委员：\n"
        "您提出的关于完善困难群众救助体系的提案收悉，现答复如下：\n"
        "今年全市发放各类救助资金三亿元。\n"
        "特此函复。\n"
        "某市民政局\n"
        "2024年8月15日\n"
        "（联系人：石某，联系电话：0771-5512345）\n"
    )
    doc = parsed(source)
    same(
        look(doc, "…………"),
        {
            "kind": "reply",
            "issuer": "某市民政局",
            "number": ("某民函〔2024〕30号", 2024, 30),
            "title": "某市民政局关于市政协十三届三次会议第0158号提案的答复函",
            "recipients": ["温某委员"],
            "ref": "0158",
            "closing": "特此函复。",
            "signature": (["某市民政局"], "2024-08-15", "2024年8月15日"),
            "contact": ("石某", ["0771-5512345"]),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 6: line breaks lost and doubled (written before any run) ------------------------------


def test_a_scrape_that_lost_the_breaks_of_the_body_keeps_one_paragraph_and_the_closing_at_its_end() -> None:
    """A page whose body paragraphs lost their breaks (one <p> with <br> dropped): the acknowledgement,
    the answer and the 特此答复。 run on one line. The text before the closing formula is one
    paragraph (its breaks cannot be known), the closing formula at the line's end is the closing."""
    source = (
        "关于县人大十九届二次会议第52号建议的答复\n"
        "池某代表：\n"
        "您提出的关于加强农村客运服务的建议收悉，现答复如下：今年全县新开通镇村公交线路十二条，"
        "建制村通客车率保持百分之百。特此答复。\n"
        "某县交通运输局\n"
        "2024年7月22日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["池某代表"],
            "ref": "52",
            "preamble": [
                "您提出的关于加强农村客运服务的建议收悉，现答复如下：今年全县新开通镇村公交线路十二条，"
                "建制村通客车率保持百分之百。"
            ],
            "closing": "特此答复。",
            "signature": (["某县交通运输局"], "2024-07-22", "2024年7月22日"),
            "warnings": [],
        },
    )


def test_a_closing_organ_and_date_run_together_on_one_line() -> None:
    """A copy that lost the breaks of its last lines: `特此答复。某县林业局2024年5月6日` on one line.
    The closing, the organ and the date are each read."""
    source = (
        "关于县政协十一届三次会议第15号提案的答复\n"
        "麦某委员：\n"
        "您提出的关于加强古树名木保护的提案收悉，现答复如下：\n"
        "今年我局完成全县古树名木挂牌保护一千二百株。\n"
        "特此答复。某县林业局2024年5月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "15",
            "preamble": [
                "您提出的关于加强古树名木保护的提案收悉，现答复如下：",
                "今年我局完成全县古树名木挂牌保护一千二百株。",
            ],
            "closing": "特此答复。",
            "signature": (["某县林业局"], "2024-05-06", "2024年5月6日"),
            "warnings": [],
        },
    )


def test_a_wrapped_copy_with_a_blank_line_after_every_line() -> None:
    """A PDF text layer cut at 20 characters and copied with a blank line after every line (the doubled
    breaks of a paste): the paragraphs are joined across the blanks (warned), the headings whole."""
    source = (
        "关于市政协十三届三次会议第0240号提案的答复\n\n"
        "路某委员：\n\n"
        "您提出的关于推进城市道路绿化提升的提案收\n\n"
        "悉，现答复如下：\n\n"
        "一、工作情况\n\n"
        "今年我局完成主次干道绿化提升四十二条，新增\n\n"
        "行道树一万二千株。\n\n"
        "二、下一步打算\n\n"
        "我局将推进林荫道路建设。\n\n"
        "特此答复。\n\n"
        "某市园林绿化局\n\n"
        "2024年8月20日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["路某委员"],
            "ref": "0240",
            "preamble": ["您提出的关于推进城市道路绿化提升的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作情况", ["今年我局完成主次干道绿化提升四十二条，新增行道树一万二千株。"]),
                (1, "二、", 2, "下一步打算", ["我局将推进林荫道路建设。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市园林绿化局"], "2024-08-20", "2024年8月20日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_signature_date_run_into_the_contact_line() -> None:
    """The break between the 落款's date and the contact was lost (`2024年6月3日联系人：…`): the date is
    the signature's, the contact is read."""
    source = (
        "关于区十七届人大三次会议第19号建议的答复\n"
        "覃某代表：\n"
        "您提出的关于加强学校周边食品安全监管的建议收悉，现答复如下：\n"
        "今年我局检查校园周边食品经营户一千六百户次。\n"
        "特此答复。\n"
        "某区市场监督管理局\n"
        "2024年6月3日联系人：柴某　联系电话：0591-83351234\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "19",
            "closing": "特此答复。",
            "signature": (["某区市场监督管理局"], "2024-06-03", "2024年6月3日"),
            "contact": ("柴某", ["0591-83351234"]),
            "warnings": [],
        },
    )


def test_two_paragraphs_run_together_keep_the_phase_of_their_opening() -> None:
    """The break before a `下一步，…` paragraph was lost, so it runs on after the first one's stop: one
    paragraph (the break cannot be known), which opens with 今年 and so has no plan phase, and no
    guess splits it."""
    source = (
        "关于市十六届人大三次会议第0333号建议的答复\n"
        "储某代表：\n"
        "您提出的关于加快发展冰雪运动的建议收悉，现答复如下：\n"
        "一、工作情况\n"
        "今年我局新建冰雪运动场地六处。下一步，我局将举办全市冰雪运动会。\n"
        "特此答复。\n"
        "某市体育局\n"
        "2024年9月12日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | extra(doc),
        {
            "sections": [
                (1, "一、", 1, "工作情况", ["今年我局新建冰雪运动场地六处。下一步，我局将举办全市冰雪运动会。"]),
            ],
            "phases": [[None]],
            "closing": "特此答复。",
            "signature": (["某市体育局"], "2024-09-12", "2024年9月12日"),
            "warnings": [],
        },
    )


def test_a_headline_run_into_the_addressee_by_a_lost_break() -> None:
    """A scrape lost the break between the headline and the addressee (`…提案的答复邵某委员：`): the title
    ends at its kind word 答复, the addressee is the name."""
    source = (
        "关于市政协十三届三次会议第0128号提案的答复邵某委员：\n"
        "您提出的关于推进无障碍环境建设的提案收悉，现答复如下：\n"
        "今年我局完成无障碍设施改造项目三百个。\n"
        "特此答复。\n"
        "某市残疾人联合会\n"
        "2024年5月31日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "关于市政协十三届三次会议第0128号提案的答复",
            "recipients": ["邵某委员"],
            "ref": "0128",
            "preamble": [
                "您提出的关于推进无障碍环境建设的提案收悉，现答复如下：",
                "今年我局完成无障碍设施改造项目三百个。",
            ],
            "closing": "特此答复。",
            "signature": (["某市残疾人联合会"], "2024-05-31", "2024年5月31日"),
            "warnings": [],
        },
    )


# --- Batch 7: copies cut off, paragraphs duplicated (written before any run) ---------------------


def test_a_copy_cut_inside_its_acknowledgement_warns_the_missing_signature() -> None:
    """A download that stopped inside the first sentence (`…的建议收`): the title, addressee and
    proposal are there; the paragraph as cut, no closing, no 落款, `field-missing`."""
    source = "关于县人大十九届二次会议第83号建议的答复\n鲍某代表：\n您提出的关于加快建设县城污水管网的建议收"
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于县人大十九届二次会议第83号建议的答复",
            "recipients": ["鲍某代表"],
            "ref": "83",
            "preamble": ["您提出的关于加快建设县城污水管网的建议收"],
            "closing": None,
            "signature": None,
            "warnings": ["field-missing"],
        },
    )


def test_a_copy_cut_after_its_closing_warns_the_missing_signature() -> None:
    """The copy ends with the closing (the 落款 on a page never copied): the closing is the closing, no
    signature, `field-missing`."""
    source = (
        "关于区政协十届三次会议第2024150号提案的答复\n"
        "牛某委员：\n"
        "您提出的关于加强社区心理服务的提案收悉，现答复如下：\n"
        "今年全区建成社区心理服务站四十个。\n"
        "感谢您对卫生健康工作的关心和支持！\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "2024150",
            "preamble": ["您提出的关于加强社区心理服务的提案收悉，现答复如下：", "今年全区建成社区心理服务站四十个。"],
            "closing": "感谢您对卫生健康工作的关心和支持！",
            "signature": None,
            "warnings": ["field-missing"],
        },
    )


def test_a_copy_whose_organ_line_was_lost_keeps_the_date_and_warns_the_missing_organ() -> None:
    """A scan whose seal covered the 落款's organ (OCR read nothing there): the date alone under the
    closing. The date is the signature's, no organ, `field-missing` for the organ."""
    source = (
        "关于市政协十三届三次会议第0411号提案的答复\n"
        "苗某委员：\n"
        "您提出的关于加快公共文化设施建设的提案收悉，现答复如下：\n"
        "今年全市新建城市书房二十个。\n"
        "特此答复。\n"
        "2024年7月17日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "0411",
            "closing": "特此答复。",
            "signature": ([], "2024-07-17", "2024年7月17日"),
            "warnings": ["field-missing"],
        },
    )


def test_a_paragraph_pasted_twice_in_a_row_is_kept_as_written() -> None:
    """A copy in which one paragraph stands twice in a row (a paste repeated): nothing says which is
    the document's, so both stay as written, and nothing is dropped."""
    para = "今年我局共办理涉企行政许可事项一万二千件，平均办理时限压缩至三个工作日。"
    source = (
        "关于市十六届人大三次会议第0268号建议的答复\n"
        "仇某代表：\n"
        "您提出的关于优化营商环境的建议收悉，现答复如下：\n"
        f"{para}\n"
        f"{para}\n"
        "特此答复。\n"
        "某市行政审批服务局\n"
        "2024年6月13日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "0268",
            "preamble": ["您提出的关于优化营商环境的建议收悉，现答复如下：", para, para],
            "closing": "特此答复。",
            "signature": (["某市行政审批服务局"], "2024-06-13", "2024年6月13日"),
            "warnings": [],
        },
    )


def test_a_notice_cut_inside_its_attachment_list_keeps_the_listed_titles_and_warns() -> None:
    """A notice cut inside its 附件 list, the second title unfinished, the 落款 never copied: the
    attachments as listed (the cut one as written), no signature, `field-missing`."""
    source = (
        "某县教育局关于开展2024年中小学安全隐患排查的通知\n"
        "各中小学校：\n"
        "为切实保障师生安全，现就开展安全隐患排查有关事项通知如下：\n"
        "一、排查范围\n"
        "全县各中小学校、幼儿园。\n"
        "二、工作要求\n"
        "各校要于6月30日前报送排查情况。\n"
        "附件：1.安全隐患排查表\n"
        "2.安全隐患整改台"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "notice",
            "title": "某县教育局关于开展2024年中小学安全隐患排查的通知",
            "issuer": "某县教育局",
            "recipients": ["各中小学校"],
            "sections": [
                (1, "一、", 1, "排查范围", ["全县各中小学校、幼儿园。"]),
                (1, "二、", 2, "工作要求", ["各校要于6月30日前报送排查情况。"]),
            ],
            "attachments": ["安全隐患排查表", "安全隐患整改台"],
            "signature": None,
            "warnings": ["field-missing"],
        },
    )


def test_a_section_heading_repeated_at_the_top_of_the_next_page_stays_two_sections_warned() -> None:
    """A copy whose section heading `二、下一步打算` stands again at the top of the next page (the page
    repeated its last line): two headings of one number, so the second breaks the numbering and is
    warned; nothing is dropped."""
    source = (
        "关于县政协十一届三次会议第47号提案的答复\n"
        "纪某委员：\n"
        "您提出的关于发展县域特色产业的提案收悉，现答复如下：\n"
        "一、工作情况\n"
        "今年全县特色产业产值达八十亿元。\n"
        "二、下一步打算\n"
        "二、下一步打算\n"
        "我局将培育特色产业龙头企业。\n"
        "特此答复。\n"
        "某县发展和改革局\n"
        "2024年7月8日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "工作情况", ["今年全县特色产业产值达八十亿元。"]),
                (1, "二、", 2, "下一步打算", []),
                (1, "二、", 2, "下一步打算", ["我局将培育特色产业龙头企业。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县发展和改革局"], "2024-07-08", "2024年7月8日"),
            "warnings": ["numbering-gap"],
        },
    )


# --- Batch 8: several kinds of damage in one copy (written before any run) -----------------------


def test_a_portal_page_embedding_a_wrapped_pdf_text_with_its_page_marks() -> None:
    """A portal page whose body is a PDF's text layer pasted in: the breadcrumb, a byline with an empty
    浏览次数 counter above; lines cut at 26 with `-1-` between the pages; `打印本页　关闭窗口` below.
    The chrome and marks leave, the paragraphs are whole (warned)."""
    source = (
        "当前位置：首页 > 政务公开 > 重点领域 > 建议提案\n"
        "发布时间：2024-06-28　　作者：办公室　　浏览次数：\n"
        "关于市十六届人大三次会议第0207号建议的答复\n"
        "翟某代表：\n"
        "您提出的关于加强城市地下管线管理的建议收悉，现答\n"
        "复如下：\n"
        "今年我局完成城市地下管线普查一千二百公里，建成\n"
        "-1-\n"
        "地下管线综合管理信息平台。\n"
        "特此答复。\n"
        "某市住房和城乡建设局\n"
        "2024年6月27日\n"
        "-2-\n"
        "打印本页　关闭窗口\n"
    )
    doc = parsed(source)
    same(
        look(doc, "当前位置", "浏览次数", "-1-", "-2-", "打印本页"),
        {
            "title": "关于市十六届人大三次会议第0207号建议的答复",
            "recipients": ["翟某代表"],
            "ref": "0207",
            "metadata": {},
            "preamble": [
                "您提出的关于加强城市地下管线管理的建议收悉，现答复如下：",
                "今年我局完成城市地下管线普查一千二百公里，建成地下管线综合管理信息平台。",
            ],
            "closing": "特此答复。",
            "signature": (["某市住房和城乡建设局"], "2024-06-27", "2024年6月27日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_an_ocr_copy_wrapped_at_eighteen_with_a_zero_year_and_o_stops() -> None:
    """A scan OCRed at a narrow width (18): its stops at paragraph ends read `o`, its 落款 date in
    numerals with 〇 read as the digit 0, and `·1·` under the first page: the paragraphs whole, the
    date read as written, the mark gone."""
    source = (
        "关于县政协十一届三次会议第9号提案的答复\n"
        "闵某委员：\n"
        "您提出的关于加强县域医疗急救体系建设的提\n"
        "案收悉，现答复如下：\n"
        "今年我委新建乡镇急救站点六个，配备负压救\n"
        "·1·\n"
        "护车十二辆o\n"
        "特此答复o\n"
        "某县卫生健康委员会\n"
        "二0二四年五月二十日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "·1·"),
        {
            "ref": "9",
            "preamble": [
                "您提出的关于加强县域医疗急救体系建设的提案收悉，现答复如下：",
                "今年我委新建乡镇急救站点六个，配备负压救护车十二辆o",
            ],
            "closing": "特此答复o",
            "signature": (["某县卫生健康委员会"], "2024-05-20", "二0二四年五月二十日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_wps_reply_form_with_a_category_label_ideographic_space_runs_and_half_width_colons() -> None:
    """A WPS reply form: 办理结果 and 公开属性 above the title with half-width colons, labels padded by
    U+3000 runs, a 领衔代表 line in the body: the category and disclosure are read, the proposer named."""
    source = (
        "办理结果:A类\u3000\u3000\u3000\u3000公开属性:主动公开\n"
        "关于市十六届人大三次会议第0355号建议的答复\n"
        "\u3000\u3000郝某代表：\n"
        "\u3000\u3000您领衔提出的《关于加快城市轨道交通建设的建议》（领衔代表：郝某）收悉，现答复如下：\n"
        "\u3000\u3000今年我市轨道交通三号线一期工程已开工建设。\n"
        "\u3000\u3000特此答复。\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000某市发展和改革委员会\n"
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年6月17日\n"
    )
    doc = parsed(source)
    h = doc.header
    same(
        look(doc)
        | extra(doc)
        | {"proposers": None if h.responds_to is None else list(h.responds_to.proposers)}
        | {"ref_title": None if h.responds_to is None else h.responds_to.title},
        {
            "metadata": {"办理结果": "A类", "公开属性": "主动公开"},
            "category": "A",
            "disclosure": "主动公开",
            "recipients": ["郝某代表"],
            "ref": "0355",
            "proposers": ["郝某"],
            "ref_title": "关于加快城市轨道交通建设的建议",
            "closing": "特此答复。",
            "signature": (["某市发展和改革委员会"], "2024-06-17", "2024年6月17日"),
            "warnings": [],
        },
    )


def test_a_notice_with_its_addressee_wrapped_a_font_switch_and_dash_marks_beside_a_running_foot() -> None:
    """A notice scraped from a PDF viewer: `【字体：大 中 小】` above, its 主送 of organs cut by the
    width, each page closed by a running foot and its mark on one line (`某市人民政府办公室　— 1 —`):
    the addressees split by the contract's rule, the foot lines gone."""
    foot1 = "某市人民政府办公室　— 1 —"
    foot2 = "某市人民政府办公室　— 2 —"
    source = (
        "【字体：大 中 小】\n"
        "某市人民政府办公室关于做好2024年夏季安全生产工作的通知\n"
        "各县（市、区）人民政府，市政府各部门、各直属\n"
        "机构：\n"
        "为切实做好今年夏季安全生产工作，现将有关事项通知如下：\n"
        "一、强化隐患排查治理\n"
        "各地要组织开展安全生产大检查。\n"
        f"{foot1}\n"
        "二、加强应急值守\n"
        "各地各部门要严格落实领导带班制度。\n"
        "特此通知。\n"
        "某市人民政府办公室\n"
        "2024年6月1日\n"
        f"{foot2}\n"
    )
    doc = parsed(source)
    same(
        look(doc, "字体", "— 1 —", "— 2 —"),
        {
            "kind": "notice",
            "title": "某市人民政府办公室关于做好2024年夏季安全生产工作的通知",
            "issuer": "某市人民政府办公室",
            # (written first with 市政府各部门 and 各直属机构 apart; read again before any run: 部门 is
            # no organ ending of the contract's 、 rule, so they stay one addressee)
            "recipients": ["各县（市、区）人民政府", "市政府各部门、各直属机构"],
            "preamble": ["为切实做好今年夏季安全生产工作，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "强化隐患排查治理", ["各地要组织开展安全生产大检查。"]),
                (1, "二、", 2, "加强应急值守", ["各地各部门要严格落实领导带班制度。"]),
            ],
            "closing": "特此通知。",
            "signature": (["某市人民政府办公室"], "2024-06-01", "2024年6月1日"),
            "leaked": [],
        },
    )


def test_a_word_export_with_a_bom_mid_text_tabs_in_the_contact_and_a_lone_cr_before_the_date() -> None:
    """A Word export pasted into another file: a BOM mid-line inside the first paragraph, the 落款's
    date after a lone CR, the contact's label and value parted by a tab, and a form feed after the
    contact: every value is read, the BOM and form feed no text."""
    source = (
        "关于区政协十届三次会议第2024066号提案的答复\n"
        "卞某委员：\n"
        "您提出的关于推动社区\ufeff食堂建设的提案收悉，现答复如下：\n"
        "今年全区建成社区食堂二十四个。\n"
        "特此答复。\n"
        "某区民政局\r"
        "2024年8月26日\n"
        "联系人：\t桑某\n"
        "联系电话：\t028-86621234\n"
        "\f"
    )
    doc = parsed(source)
    same(
        look(doc) | {"bom": "\ufeff" in doc.text},
        {
            "preamble": ["您提出的关于推动社区食堂建设的提案收悉，现答复如下：", "今年全区建成社区食堂二十四个。"],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-08-26", "2024年8月26日"),
            "contact": ("桑某", ["028-86621234"]),
            "warnings": [],
            "bom": False,
        },
    )


def test_an_approval_copied_from_a_scan_with_a_spaced_mark_a_top_page_count_and_a_footer() -> None:
    """A 批复 scanned and OCRed, then posted: the 红头 letter-spaced, page 2 opening with `2/2` at its top,
    a run-in point cut by the page end, and the host's footer (主办, 网站标识码) after the 落款."""
    source = (
        "某 市 人 民 政 府\n"
        "某政复〔2024〕38号\n"
        "某市人民政府关于同意某某县撤销某某乡设立某某镇的批复\n"
        "某某县人民政府：\n"
        "你县《关于撤销某某乡设立某某镇的请示》收悉。经研究，现批复如下：\n"
        "一、同意撤销某某乡，设立某某镇，以原某某乡的行政区域为某某镇的行政区域，镇人民政府驻\n"
        "2/2\n"
        "原乡人民政府驻地。\n"
        "二、有关工作由你县负责组织实施。\n"
        "某市人民政府\n"
        "2024年2月26日\n"
        "主办：某市人民政府办公室　网站标识码：3301000001\n"
    )
    doc = parsed(source)
    same(
        look(doc, "2/2", "主办", "网站标识码"),
        {
            "kind": "approval",
            "issuer": "某市人民政府",
            "number": ("某政复〔2024〕38号", 2024, 38),
            "recipients": ["某某县人民政府"],
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    None,
                    [
                        "同意撤销某某乡，设立某某镇，以原某某乡的行政区域为某某镇的行政区域，镇人民政府驻原乡人民政府驻地。"
                    ],
                ),
                (1, "二、", 2, "有关工作由你县负责组织实施", []),
            ],
            "signature": (["某市人民政府"], "2024-02-26", "2024年2月26日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


# --- Batch 9: furniture and chrome run into values (written before any run) ----------------------


def test_a_page_count_set_after_a_gap_at_the_end_of_a_cut_line_leaves_and_the_line_joins() -> None:
    """A text layer that kept the page's foot on the last body line's row, after a gap
    (`…新建　　　　　第1页 共2页`): the count leaves, the sentence goes on on the next page (warned)."""
    source = (
        "关于县十九届人大二次会议第27号建议的答复\n"
        "柏某代表：\n"
        "您提出的关于改善农村人居环境的建议收悉，现答复如下：\n"
        "今年全县完成农村户厕改造三千户，新建\u3000\u3000\u3000\u3000\u3000第1页 共2页\n"
        "农村公厕六十座。\n"
        "特此答复。\n"
        "某县农业农村局\n"
        "2024年6月19日\u3000\u3000\u3000\u3000\u3000第2页 共2页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第1页", "第2页"),
        {
            "preamble": [
                "您提出的关于改善农村人居环境的建议收悉，现答复如下：",
                "今年全县完成农村户厕改造三千户，新建农村公厕六十座。",
            ],
            "closing": "特此答复。",
            "signature": (["某县农业农村局"], "2024-06-19", "2024年6月19日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_proposal_number_cut_between_its_digits_in_the_acknowledgement() -> None:
    """A title that names no number, and an acknowledgement cut by the width between the number's
    digits (`第02` / `35号提案`): the reference is read from the body whole."""
    source = (
        "关于加强城市历史文化街区保护的提案的答复\n"
        "阮某委员：\n"
        "您在市政协十三届三次会议上提出的第02\n"
        "35号提案收悉，现答复如下：\n"
        "今年我局完成历史文化街区保护规划编制三项。\n"
        "特此答复。\n"
        "某市规划和自然资源局\n"
        "2024年7月11日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于加强城市历史文化街区保护的提案的答复",
            "recipients": ["阮某委员"],
            "ref": "0235",
            "preamble": [
                "您在市政协十三届三次会议上提出的第0235号提案收悉，现答复如下：",
                "今年我局完成历史文化街区保护规划编制三项。",
            ],
            "signature": (["某市规划和自然资源局"], "2024-07-11", "2024年7月11日"),
        },
    )


def test_a_publishing_row_under_the_signature_is_chrome_and_not_the_signatures_date() -> None:
    """A content system that prints its `发布日期：… 浏览次数：…` row under the body: chrome, and the
    signature's date is the 落款's, not the publishing date."""
    source = (
        "关于区政协十届三次会议第2024047号提案的答复\n"
        "凤某委员：\n"
        "您提出的关于加强社区消防站建设的提案收悉，现答复如下：\n"
        "今年全区建成微型消防站一百二十个。\n"
        "特此答复。\n"
        "某区应急管理局\n"
        "2024年7月5日\n"
        "发布日期：2024-07-09　　浏览次数：233\n"
    )
    doc = parsed(source)
    same(
        look(doc, "发布日期", "浏览次数", "2024-07-09"),
        {
            "closing": "特此答复。",
            "signature": (["某区应急管理局"], "2024-07-05", "2024年7月5日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_bracketed_author_and_source_row_after_the_title_of_a_scrape() -> None:
    """`【作者：区农业农村局　来源：区农业农村局　时间：2024-05-15】` under the headline: chrome, not
    metadata; the headline is the title."""
    source = (
        "关于区十七届人大三次会议第12号建议的答复\n"
        "【作者：区农业农村局　来源：区农业农村局　时间：2024-05-15】\n"
        "甄某代表：\n"
        "您提出的关于发展都市现代农业的建议收悉，现答复如下：\n"
        "今年全区新建都市农业示范园五个。\n"
        "特此答复。\n"
        "某区农业农村局\n"
        "2024年5月14日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "作者", "来源：区农业农村局", "时间：2024-05-15"),
        {
            "title": "关于区十七届人大三次会议第12号建议的答复",
            "metadata": {},
            "recipients": ["甄某代表"],
            "ref": "12",
            "signature": (["某区农业农村局"], "2024-05-14", "2024年5月14日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_contact_phone_cut_after_its_area_code_at_a_page_end_under_a_page_mark() -> None:
    """The contact's phone cut after its area code by the page end, the page mark `-3-` and the next
    page's running head between the pieces: one phone, the furniture gone."""
    head = "某市交通运输局建议提案答复"
    source = (
        f"{head}\n"
        "关于市十六届人大三次会议第0391号建议的答复\n"
        "岳某代表：\n"
        "您提出的关于优化出租车运力配置的建议收悉，现答复如下：\n"
        "今年全市新增巡游出租车三百辆，全部为新能源车辆。\n"
        "特此答复。\n"
        "某市交通运输局\n"
        "2024年8月2日\n"
        "联系人：龙某　联系电话：0371-\n"
        "-3-\n"
        f"{head}\n"
        "67181234\n"
    )
    doc = parsed(source)
    same(
        look(doc, "-3-", head),
        {
            "title": "关于市十六届人大三次会议第0391号建议的答复",
            "signature": (["某市交通运输局"], "2024-08-02", "2024年8月2日"),
            "contact": ("龙某", ["0371-67181234"]),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_print_and_close_row_glued_after_the_closing_on_its_line() -> None:
    """A scrape that set the page tools on the closing's line after a gap (`特此答复。　　【打印本页】
    【关闭窗口】`): the closing is the formula alone, the tools leave."""
    source = (
        "关于县政协十一届三次会议第64号提案的答复\n"
        "籍某委员：\n"
        "您提出的关于加快数字乡村建设的提案收悉，现答复如下：\n"
        "今年全县新建5G基站一百二十个，实现行政村全覆盖。\n"
        "特此答复。　　【打印本页】【关闭窗口】\n"
        "某县工业和信息化局\n"
        "2024年9月10日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "打印本页", "关闭窗口"),
        {
            "closing": "特此答复。",
            "signature": (["某县工业和信息化局"], "2024-09-10", "2024年9月10日"),
            "warnings": [],
            "leaked": [],
        },
    )


# --- Batch 10: body sentences that look like chrome or furniture stay (written before any run) ---


def test_body_sentences_naming_publishing_times_reading_counts_and_printing_stay() -> None:
    """A reply about a government website whose sentences name 发布时间, 浏览次数, 打印 and 分享: they are
    the answer, not chrome, and stay in their paragraphs."""
    lines = [
        "关于市政协十三届三次会议第0172号提案的答复",
        "滕某委员：",
        "您提出的关于提升政府网站服务水平的提案收悉，现答复如下：",
        "一、信息发布",
        "发布时间：我局已要求各部门在文件印发后五个工作日内上网公开。",
        "浏览次数：今年市政府门户网站累计浏览次数达二千三百万次。",
        "二、便民服务",
        "打印本页、关闭窗口等功能已按适老化要求重新设计，分享到微信、微博的按钮已放大。",
        "特此答复。",
        "某市政务服务和数据管理局",
        "2024年6月5日",
    ]
    doc = parsed("\n".join(lines) + "\n")
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "信息发布", [lines[4], lines[5]]),
                (1, "二、", 2, "便民服务", [lines[7]]),
            ],
            "closing": "特此答复。",
            "signature": (["某市政务服务和数据管理局"], "2024-06-05", "2024年6月5日"),
            "warnings": [],
        },
    )


def test_body_lines_naming_pages_fractions_and_a_current_position_stay() -> None:
    """A body whose lines hold a page reference (`第2页所列事项…`), a fraction of a whole (`2/3的村…`)
    and open with 当前 (`当前位置偏远的…`): no furniture or breadcrumb, all stay."""
    lines = [
        "关于县人大十九届二次会议第39号建议的答复",
        "骆某代表：",
        "您提出的关于提升偏远村卫生室服务能力的建议收悉，现答复如下：",
        "第2页所列十二个村卫生室已全部完成标准化改造。",
        "2/3的村卫生室已接入远程诊疗系统。",
        "当前位置偏远的村卫生室，我局已安排巡回医疗每月两次。",
        "特此答复。",
        "某县卫生健康局",
        "2024年8月14日",
    ]
    doc = parsed("\n".join(lines) + "\n")
    same(
        look(doc),
        {
            "preamble": [lines[2], lines[3], lines[4], lines[5]],
            "closing": "特此答复。",
            "signature": (["某县卫生健康局"], "2024-08-14", "2024年8月14日"),
            "warnings": [],
        },
    )


def test_a_list_of_related_policies_inside_the_answer_stays_as_the_answers() -> None:
    """The answer itself lists 相关链接 and 附件 it points the member to, inside a section: those lines
    are the answer's paragraphs (the document's own words), not a portal's link list."""
    lines = [
        "关于区政协十届三次会议第2024021号提案的答复",
        "邢某委员：",
        "您提出的关于加强惠企政策宣传的提案收悉，现答复如下：",
        "一、政策宣传情况",
        "我局已在区政府网站开设惠企政策专栏，相关链接已推送至全区八千家企业。",
        "上一篇政策解读发布后，企业咨询量增长三成。",
        "特此答复。",
        "某区发展和改革委员会",
        "2024年5月23日",
    ]
    doc = parsed("\n".join(lines) + "\n")
    same(
        look(doc),
        {
            "sections": [(1, "一、", 1, "政策宣传情况", [lines[4], lines[5]])],
            "closing": "特此答复。",
            "signature": (["某区发展和改革委员会"], "2024-05-23", "2024年5月23日"),
            "attachments": [],
            "warnings": [],
        },
    )


def test_short_body_lines_of_figures_and_dashes_are_kept_where_they_are_content() -> None:
    """A body table copied as lines, whose cells are bare figures and a dash for none (`2`, `—`): the
    rows are the answer's content and stay, not page numbers."""
    source = (
        "关于市十六届人大三次会议第0299号建议的答复\n"
        "尚某代表：\n"
        "您提出的关于增加中小学学位供给的建议收悉，现答复如下：\n"
        "今年新建学校情况如下：\n"
        "小学　　6所\n"
        "初中　　2所\n"
        "高中　　—\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年7月30日\n"
    )
    doc = parsed(source)
    # (first look compared the rows as written and missed them all: the rows stay, their gap of two
    # 全角 spaces between a word and a figure kept as one; my error, the gap is layout)
    text = squashed(doc.text)
    same(
        look(doc) | {"rows": [r for r in ("小学6所", "初中2所", "高中—") if r in text]},
        {
            "rows": ["小学6所", "初中2所", "高中—"],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-07-30", "2024年7月30日"),
        },
    )


def test_a_notice_whose_sections_name_a_host_unit_and_technical_support_keeps_them() -> None:
    """A notice on building a website: its sections name the 主办单位 and 技术支持 as the text's own
    content (`主办单位为…`, `技术支持由…负责`), not a site footer; they stay."""
    lines = [
        "某县人民政府办公室关于做好政府网站集约化建设工作的通知",
        "各乡镇人民政府，县直各单位：",
        "现就政府网站集约化建设有关事项通知如下：",
        "一、明确责任分工",
        "县政府门户网站主办单位为县人民政府办公室，技术支持由县大数据中心负责。",
        "二、加强内容保障",
        "各单位要确保网站信息及时更新。",
        "特此通知。",
        "某县人民政府办公室",
        "2024年3月4日",
    ]
    doc = parsed("\n".join(lines) + "\n")
    same(
        look(doc),
        {
            "kind": "notice",
            "sections": [
                (1, "一、", 1, "明确责任分工", [lines[4]]),
                (1, "二、", 2, "加强内容保障", [lines[6]]),
            ],
            "closing": "特此通知。",
            "signature": (["某县人民政府办公室"], "2024-03-04", "2024年3月4日"),
            "warnings": [],
        },
    )


def test_a_closing_line_that_mentions_a_website_keeps_its_words() -> None:
    """A closing that points to a site's column (`…可登录市政府网站“建议提案”栏目查看。感谢…`) and a
    contact line naming a site: the closing's words stay, the contact is read."""
    source = (
        "关于市政协十三届三次会议第0388号提案的答复\n"
        "靳某委员：\n"
        "您提出的关于公开建议提案办理结果的提案收悉，现答复如下：\n"
        "今年我办已在市政府网站公开建议提案办理复文八百件。\n"
        "感谢您对我市政务公开工作的关心和支持。\n"
        "某市人民政府办公室\n"
        "2024年6月24日\n"
        "联系人：冷某　联系电话：0411-83631234\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "preamble": [
                "您提出的关于公开建议提案办理结果的提案收悉，现答复如下：",
                "今年我办已在市政府网站公开建议提案办理复文八百件。",
            ],
            "closing": "感谢您对我市政务公开工作的关心和支持。",
            "signature": (["某市人民政府办公室"], "2024-06-24", "2024年6月24日"),
            "contact": ("冷某", ["0411-83631234"]),
            "warnings": [],
        },
    )
