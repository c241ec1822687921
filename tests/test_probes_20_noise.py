"""Round-20 blind probes of damaged and scraped text: replies to 政协提案 and 人大建议 (and a few
notices, 批复, an opinion and a mailbox answer), each carrying several kinds of damage at once,
weighted to the kinds rounds 4 and 11–19 did not try.

Earlier rounds covered: (4) one kind at a time (letter spacing, BOM, CRLF, GB18030, traditional
characters, full-width digits, half-width brackets, tabs, zero-width spaces, 〇 forms, phone dashes);
(11) wrap widths, page numbers, running heads, breadcrumbs, share rows, reading counts, footers,
WeChat reposts, &nbsp; lines; (12) print bands, two columns, 【打印】【关闭】 rows, 上一篇/下一篇, copies
pasted twice or cut off, a soft hyphen and a zero-width space inside a heading; (13) page marks, wraps
inside a 文号/phone/落款, OCR confusions (口/□ 人/入 士/土 曰/日 己/已 l/1 o/〇), 浏览次数 rows; (14)
converters; (15) TAB information tables, list pages, accessibility toggles, mixed-width 文号 brackets,
2O24 in a 文号; (17) CMS bylines, link and file boxes, readers' comments, HTML space entities, invisible
characters (U+200B/U+200C/U+200D, BOM, U+00AD, U+2028), CR-only ends, 展开全文; (18) 集约化 portals,
search-engine snapshots, browser prints, faxes, GBK byte cuts, hyphen and backslash wraps, half-width
stops, 「」『』 quotes; (19) double-decoded text, HTML entities other than spaces, invisible characters
inside values, a page fetched twice, link lists after the body, TAB tables, gutters, mobile pages,
pictograph bullets, wraps at 40.

Here (new kinds, or old kinds in new places and combined): a PDF viewer's copy giving Kangxi radicals
(⼀ ⼆ ⼗ ⼈ ⽇ ⽉ ⽂ ⾏ …), the radicals supplement's whole-character forms (⺠ ⻓ ⻔ ⻅) and CJK
compatibility ideographs (U+F98E 年, U+F967 不 …) in titles, markers, 文号 codes, organs, contact labels
and numeral dates; number glyphs as markers at every level (㈠ ⑴ ⒈ ①) under a web copy's half-width
`:` `,` `;` `.` and ASCII quotes; OCR confusions not tried before (a 文号 that lost its 号, 〇 for a 0 in
a figure year of a 文号 and of a 落款, l for 1 in a serial, 一 for a phone's dash, a proposal's number
that lost its 号, 末 for 未, an addressee that lost its colon, O for 〇 in a numeral 落款); three kinds of
line end in one file, \r\r\n, trailing spaces, tabs and U+3000 runs, U+3000-only blank lines,
right-to-left marks, embeddings and isolates around values, ideographic variation selectors (U+FE00,
U+E0100), combining accents; soft hyphens at wrapped line ends and inside headings, a 落款 date cut by
one; stacked and piped bylines, a print row between the title and the 主送, T|T font toggles, a site's
name over a breadcrumb; pages saved twice from the desktop and mobile sites and from a print view, a
body pasted twice once from a PDF viewer; one HTML reference alone; a sidebar's link boxes between
paragraphs, between sections and inside a sentence; bodies folded by 展开全文/阅读全文 between paragraphs
and inside a sentence, bylines at the page's foot and in full-width digits; and guard documents whose
own sentences look like such damage (note marks ①, an inline ⑴ list, Wi-Fi and 2024-2025, a cited 文号,
子曰, statistics on page views, 老字号, a schedule naming printing and closing, a list of policy
documents, a radical named as a radical).

Every expected value was written by hand from the contract (../shared/design/contract.md) and the
README's warning table before the parser ran on the batch (each batch was committed first).

First look per batch (documents whole / checks; `leaked` counts as a check). The very first run met
an error of the probes' own helper (tests/invariants.invented compared the text with the input as
written, where the contract makes every string NFC: U+F98E is 年 in the text), which hid five
documents' checks (38/60 whole, 366/400 checks counted); with the helper corrected (and no change to
the parser) the first look was:
- batch 1 (a PDF viewer's radicals and compatibility forms): 1/6 whole, 43/53 checks. All my reading:
  every string is NFC (contract), so a compatibility ideograph reads as its ideograph in every value
  while the radicals stay as written (four documents); 、 splits addressees only between organ names
  (各中小学校、幼儿园 is one). The supplement radicals' document held, but by its organ's suffix: a new
  example found their cause (意⻅ was no 意见's kind: the fold table lacked the supplement, which only the
  PDF reader read; now one table, govdoc.fold.RADICAL_SUPPLEMENT).
- batch 2 (number glyphs as markers, half-width punctuation): 6/6 whole, 49/49 checks.
- batch 3 (OCR confusions): 2/6 whole, 44/54 checks. Causes: 〇 for a 0 in a figure year was neither a
  broken 文号 nor a damaged date, so the 文号 line was unplaced (and the issuer above it lost) and the
  落款 date was read as body (patterns DOC_NO_BROKEN, GARBLED_DATE_LINE); OCR's 一 for a phone's dash
  (patterns.trailer._AREA_CODE); a proposal's number that lost its 号 (patterns.PROP_NO_LOST). One miss
  my reading: the settled rule holds a 文号 that lost its 号 broken (DOC_NO_BROKEN), warned.
- batch 4 (line ends, bidi marks, variation selectors, accents): 4/6 whole, 44/50 checks. Cause:
  variation selectors were kept, hiding a title word, a name and the 落款's organ (charclass.ZERO_WIDTH).
  One miss my reading: NFC composes o + U+0301.
- batch 5 (words broken at line ends, half-width forms): 4/6 whole, 40/43 checks. Cause: a line ending on
  a soft hyphen was no sign that it goes on (Hints.hyphenated, read by rules.joins.continues). Two misses
  my reading: a line of eight characters ending on a hyphen is no wrap's (the settled _MIN_HYPHEN_LINE);
  a numbered line of at most 30 characters is a heading even where it ends on its stop (contract).
- batch 6 (bylines, print dialogs, breadcrumbs): 6/6 whole, 47/47 checks.
- batch 7 (saved twice, one entity): 3/6 whole, 37/46 checks. Causes: a print view's address alone
  between the copies was no chrome, so the second copy was no repeat (patterns.EDGE_CHROME, a bare
  address beside the site's chrome); one reference alone to a character beyond ASCII (`&#12290;`,
  `&ldquo;`) was kept: decided here (noise19's leftover) that it shows the copy escaped, as a Chinese
  text writes such characters as themselves (rules.cleanup.entities; README en and zh). A body pasted
  twice with no chrome stays, warned `content-unplaced` (noise19's call, kept).
- batch 8 (a sidebar's boxes inside the body): 3/6 whole, 34/38 checks. Causes: a link box between two
  sections took the next section's heading as a link, unwarned (rules.cleanup.furniture._link_lists: a
  line going on from the body's last number of its family ends the list); a 热点新闻 box cutting a sentence
  was read as a 简报's column heading (a box cutting a sentence is the sidebar's, in the text too).
- batch 9 (folds by 展开全文, bylines at the foot): 6/6 whole, 37/37 checks.
- batch 10 (several at once, guards): 4/6 whole, 43/47 checks. Cause: a copy whose every 。 turned `.`
  had no running text by the furniture's measure, so its link box stayed (furniture._text_begins reads
  a `.` ending a line after a Han character as a stop). One miss my reading (NFC, as in batch 1).

Over the ten batches: 39/60 documents whole at first look, 418/464 checks (of the 46 checks missed, 16 in
9 documents were my reading, corrected in place and said in each docstring); 60/60 whole now. Every
guard document held at first look, but for one check of my reading (batch 5's list: its `3.` line is a
heading). Cause tests: tests/test_noise20_causes.py, each a new example that fails on /work/s20start,
with guards.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import govdoc
from tests.test_probes_11_noise import parsed, same
from tests.test_probes_18_noise import view

# Characters a PDF viewer's copy gives as Kangxi radicals (U+2F00–U+2FD5), as the CJK radicals
# supplement's whole-character forms (U+2E80–U+2EF3) and as CJK compatibility ideographs (U+F900–U+FAD9):
# the page shows the ordinary ideograph, the font maps its glyph to the look-alike.
_LOOK_ALIKE = {
    "一": "\u2f00",
    "二": "\u2f06",
    "人": "\u2f08",
    "八": "\u2f0b",
    "十": "\u2f17",
    "大": "\u2f24",
    "子": "\u2f26",
    "小": "\u2f29",
    "工": "\u2f2f",
    "文": "\u2f42",
    "方": "\u2f45",
    "日": "\u2f47",
    "月": "\u2f49",
    "水": "\u2f54",
    "生": "\u2f63",
    "用": "\u2f64",
    "立": "\u2f74",
    "自": "\u2f83",
    "行": "\u2f8f",
    "金": "\u2fa6",
    "面": "\u2faf",
    "高": "\u2fbc",
    "长": "\u2ed3",
    "门": "\u2ed4",
    "见": "\u2ec5",
    "民": "\u2ea0",
    "车": "\u2ecb",
    "页": "\u2eda",
    "马": "\u2ee2",
    "年": "\uf98e",
    "不": "\uf967",
    "利": "\uf9dd",
    "理": "\uf9e4",
    "料": "\uf9be",
    "了": "\uf9ba",
    "例": "\uf9b5",
    "度": "\ufa01",
    "路": "\uf937",
    "量": "\uf97e",
    "流": "\uf9ca",
    "六": "\uf9d1",
    "落": "\uf918",
}


def pdf_copy(value: Any, chars: str | None = None) -> Any:
    """`value` (a string, or lists, tuples and dicts of them) as a PDF viewer's copy gives it: each of
    `chars` (every character of the table where None) as its radical or compatibility form."""
    table = str.maketrans({c: v for c, v in _LOOK_ALIKE.items() if chars is None or c in chars})
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, dict):
        return {k: pdf_copy(v, chars) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(pdf_copy(v, chars) for v in value)
    return value


def pdf_read(value: Any, chars: str | None = None) -> Any:
    """`pdf_copy(value, chars)` as the parser reads it: every string is NFC (the contract), and NFC takes a
    compatibility ideograph to its ideograph (U+F98E → 年) while it leaves the radicals as they are."""
    return _nfc(pdf_copy(value, chars))


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_nfc(v) for v in value)
    return value


def probe(source: str, gone: list[str], want: dict[str, Any]) -> govdoc.Document:
    """`source` parsed as text; every check of `want` compared at once, `gone` never in the text."""
    doc = parsed(source)
    same(view(doc, *gone), want | {"leaked": []})
    return doc


def signed(organ: str, date: str, iso: str) -> tuple[list[str], str, str]:
    """A one-organ signature as `view` compares it."""
    return ([organ], iso, date)


# --- Batch 1: a PDF viewer's copy: radicals and compatibility ideographs (written before any run) --


def test_a_reply_copied_out_of_a_pdf_viewer_with_kangxi_radicals_reads_its_fields_as_written() -> None:
    """A reply copied out of a PDF viewer whose font maps 一 二 十 人 日 月 文 行 … to Kangxi radicals
    and 年 不 利 理 … to compatibility ideographs, lines ending in U+3000 runs: every field reads, the
    characters as written (the contract keeps them; matching folds them)."""
    lines = [
        "关于市政协十四届二次会议第0215号提案的答复",
        "罗某委员：",
        "您提出的关于加快老旧小区改造的提案收悉，现答复如下：",
        "一、工作进展",
        "今年全市已完成老旧小区改造一百六十个，惠及居民二万余户。",
        "二、下一步打算",
        "下一步，我局将加大资金统筹力度，不断提升居民生活品质。",
        "特此答复。",
        "某市住房和城乡建设局",
        "2024年6月12日",
    ]
    source = pdf_copy("\u3000\u3000\n".join(lines) + "\u3000\n")
    probe(
        source,
        [],
        pdf_read(
            {
                "title": "关于市政协十四届二次会议第0215号提案的答复",
                "recipients": ["罗某委员"],
                "ref": "0215",
                "preamble": ["您提出的关于加快老旧小区改造的提案收悉，现答复如下："],
                "sections": [
                    (1, "一、", 1, "工作进展", ["今年全市已完成老旧小区改造一百六十个，惠及居民二万余户。"]),
                    (1, "二、", 2, "下一步打算", ["下一步，我局将加大资金统筹力度，不断提升居民生活品质。"]),
                ],
                "closing": "特此答复。",
                "signature": signed("某市住房和城乡建设局", "2024年6月12日", "2024-06-12"),
                "warnings": [],
            }
        ),
    )


def test_supplement_radicals_in_the_signing_organ_and_addressee_still_name_them() -> None:
    """The radicals supplement's whole-character forms (⺠ for 民, ⻓ for 长, ⻔ for 门) in a copy of a
    人大建议 reply: `某县⼈⺠政府办公室` is the 落款's organ, `许某代表` the addressee; every value as
    written."""
    lines = [
        "关于县十八届人大三次会议第56号建议的答复",
        "许某代表：",
        "您提出的关于延长农村客运班线运营时间的建议收悉，现答复如下：",
        "今年县交通运输部门已协调客运企业将十条镇村公交线路末班车时间延长至晚上七点。",
        "下一步，县政府将督促相关部门完善农村客运站点和候车亭建设。",
        "特此答复。",
        "某县人民政府办公室",
        "2024年7月3日",
        "联系人：孟某　联系电话：0371-6650123",
    ]
    source = pdf_copy("\n".join(lines) + "\n", "人民长门十八")
    probe(
        source,
        [],
        pdf_read(
            {
                "title": "关于县十八届人大三次会议第56号建议的答复",
                "recipients": ["许某代表"],
                "ref": "56",
                "preamble": [
                    "您提出的关于延长农村客运班线运营时间的建议收悉，现答复如下：",
                    "今年县交通运输部门已协调客运企业将十条镇村公交线路末班车时间延长至晚上七点。",
                    "下一步，县政府将督促相关部门完善农村客运站点和候车亭建设。",
                ],
                "closing": "特此答复。",
                "signature": signed("某县人民政府办公室", "2024年7月3日", "2024-07-03"),
                "contact": ("孟某", ["0371-6650123"]),
                "warnings": [],
            },
            "人民长门十八",
        ),
    )


def test_an_approval_whose_issuer_and_number_hold_radicals_is_split_as_written() -> None:
    """A 批复 copied from a PDF: the organ's 文 and 行 radicals in the letterhead, the 文号's code and
    the title, the 主送 ending on a half-width colon: the number splits (code as written), the issuer
    and title read as written."""
    lines = [
        "某市文化广电和旅游局",
        "某文旅复〔2024〕15号",
        "某市文化广电和旅游局关于同意举办2024年某市文化旅游节的批复",
        "某区文化和旅游局:",
        "你局《关于举办2024年某市文化旅游节的请示》收悉。经研究，批复如下：",
        "一、同意你局于2024年9月举办某市文化旅游节。",
        "二、请你局做好安全保障和应急处置工作。",
        "此复。",
        "某市文化广电和旅游局",
        "2024年7月18日",
    ]
    source = pdf_copy("\n".join(lines) + "\n", "文行日月年")
    want: dict[str, Any] = {
        "kind": "approval",
        "issuer": "某市文化广电和旅游局",
        "number": ("某文旅复〔2024〕15号", 2024, 15),
        "title": "某市文化广电和旅游局关于同意举办2024年某市文化旅游节的批复",
        "recipients": ["某区文化和旅游局"],
        "closing": "此复。",
        "signature": signed("某市文化广电和旅游局", "2024年7月18日", "2024-07-18"),
        "warnings": [],
    }
    doc = probe(source, [], pdf_read(want, "文行日月年"))
    assert pdf_read("你局《关于举办2024年某市文化旅游节的请示》收悉。", "文行日月年") in doc.text


def test_a_notice_with_radical_markers_and_parenthesised_number_glyphs_below() -> None:
    """A notice copied out of a PDF: the chapter markers ⼀、 ⼆、 (Kangxi 一 二), under them ⑴ ⑵ (the
    parenthesised number glyphs) on their own lines, the date's 月 and 日 as radicals, old Mac line
    ends (\\r alone): two levels, markers as written."""
    lines = [
        "某县教育局关于做好2024年秋季学期开学工作的通知",
        "各中小学校、幼儿园：",
        "为做好今年秋季学期开学工作，现将有关事项通知如下：",
        "一、抓好安全排查",
        "⑴校舍安全",
        "各校要在开学前完成校舍安全隐患排查。",
        "⑵食品安全",
        "各校要落实食堂食品安全主体责任。",
        "二、做好教学准备",
        "各校要按时发放教材，确保课前到书。",
        "特此通知。",
        "某县教育局",
        "2024年8月20日",
    ]
    source = pdf_copy("\r".join(lines) + "\r", "一二日月")
    probe(
        source,
        [],
        pdf_read(
            {
                "kind": "notice",
                "title": "某县教育局关于做好2024年秋季学期开学工作的通知",
                "recipients": ["各中小学校、幼儿园"],  # my reading split at 、: 幼儿园 is no organ's ending
                "preamble": ["为做好今年秋季学期开学工作，现将有关事项通知如下："],
                "sections": [
                    (1, "一、", 1, "抓好安全排查", []),
                    (2, "⑴", 1, "校舍安全", ["各校要在开学前完成校舍安全隐患排查。"]),
                    (2, "⑵", 2, "食品安全", ["各校要落实食堂食品安全主体责任。"]),
                    (1, "二、", 2, "做好教学准备", ["各校要按时发放教材，确保课前到书。"]),
                ],
                "closing": "特此通知。",
                "signature": signed("某县教育局", "2024年8月20日", "2024-08-20"),
                "warnings": [],
            },
            "一二日月",
        ),
    )


def test_a_contact_label_and_dates_with_radicals_among_mixed_line_ends() -> None:
    """A reply whose copy mixes \\r\\n and \\n line ends, with 人 of 联系人 and 日 月 of the dates as
    radicals and compatibility forms for 理 and 路: the contact and the 落款 read."""
    lines = [
        "关于市人大十六届四次会议第0087号建议的答复",
        "柴某代表：",
        "您提出的关于加强城市道路管理的建议收悉，现答复如下：",
        "今年我局对主城区一百二十条道路实施了精细化管理，完成路面修复八万平方米。",
        "感谢您对城市管理工作的关心和支持。",
        "某市城市管理局",
        "2024年6月28日",
        "联系人：宋某",
        "联系电话：0551-62998877",
    ]
    seps = ["\r\n", "\n"]
    body = "".join(line + seps[k % 2] for k, line in enumerate(lines))
    chars = "人日月理路一二十"
    probe(
        pdf_copy(body, chars),
        [],
        pdf_read(
            {
                "title": "关于市人大十六届四次会议第0087号建议的答复",
                "recipients": ["柴某代表"],
                "ref": "0087",
                "preamble": [
                    "您提出的关于加强城市道路管理的建议收悉，现答复如下：",
                    "今年我局对主城区一百二十条道路实施了精细化管理，完成路面修复八万平方米。",
                ],
                "closing": "感谢您对城市管理工作的关心和支持。",
                "signature": signed("某市城市管理局", "2024年6月28日", "2024-06-28"),
                "contact": ("宋某", ["0551-62998877"]),
                "warnings": [],
            },
            chars,
        ),
    )


def test_a_whole_page_of_look_alikes_with_a_wrapped_paragraph_joins_and_keeps_its_characters() -> None:
    """A reply copied from a PDF viewer line by line (wrapped at 26 characters), every mapped
    character a look-alike: the paragraph joins (warned), the 落款 and its date read."""
    para = "今年我委会同市教育局、市人力资源和社会保障局开展高校毕业生就业服务专项行动，举办专场招聘会六十场，提供岗位三万个。"
    lines = [
        "关于市政协十四届三次会议第0301号提案的答复",
        "龚某委员：",
        "您提出的关于促进高校毕业生就业的提案收悉，现答复如下：",
        para[:26],
        para[26:52],
        para[52:],
        "特此答复。",
        "某市发展和改革委员会",
        "2024年5月30日",
    ]
    probe(
        pdf_copy("\n".join(lines) + "\n"),
        [],
        pdf_read(
            {
                "title": "关于市政协十四届三次会议第0301号提案的答复",
                "recipients": ["龚某委员"],
                "ref": "0301",
                "preamble": ["您提出的关于促进高校毕业生就业的提案收悉，现答复如下：", para],
                "closing": "特此答复。",
                "signature": signed("某市发展和改革委员会", "2024年5月30日", "2024-05-30"),
                "warnings": ["page-break-joined"],
            }
        ),
    )


# --- Batch 2: number glyphs as markers, a web copy's half-width punctuation (written before any run) --


def test_paren_ideograph_glyphs_under_chapters_with_half_width_colons_and_ascii_quotes() -> None:
    """A web copy of a reply: the 主送 and the opening end on a half-width `:`, the proposal's title
    between straight ASCII quotes, ㈠ ㈡ (one glyph each) under 一、: two levels, values as written."""
    source = (
        "关于市政协十三届四次会议第0176号提案的答复\n"
        "张某委员:\n"
        '您提出的"关于加强社区嵌入式托育服务的提案"收悉,现答复如下:\n'
        "一、工作开展情况\n"
        "㈠加强规划布局\n"
        "我委将托育设施纳入社区公共服务设施配建标准。\n"
        "㈡扩大服务供给\n"
        "今年全市新增社区托育点四十个。\n"
        "二、下一步工作\n"
        "我委将推动托育服务与社区养老服务统筹发展。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "2024年6月21日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十三届四次会议第0176号提案的答复",
            "recipients": ["张某委员"],
            "ref": "0176",
            "preamble": ['您提出的"关于加强社区嵌入式托育服务的提案"收悉,现答复如下:'],
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "㈠", 1, "加强规划布局", ["我委将托育设施纳入社区公共服务设施配建标准。"]),
                (2, "㈡", 2, "扩大服务供给", ["今年全市新增社区托育点四十个。"]),
                (1, "二、", 2, "下一步工作", ["我委将推动托育服务与社区养老服务统筹发展。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市卫生健康委员会", "2024年6月21日", "2024-06-21"),
            "warnings": [],
        },
    )


def test_full_stop_number_glyphs_as_the_top_level_with_circled_points_below() -> None:
    """A reply whose top level is ⒈ ⒉ (the number glyphs with a stop) and whose points under ⒈ are
    ① ② on their own lines, every 。 and ， of the web copy half-width (. and ,)."""
    source = (
        "关于区人大十七届三次会议第23号建议的答复\n"
        "郝某代表:\n"
        "您提出的关于改善背街小巷环境的建议收悉,现答复如下:\n"
        "⒈整治进展\n"
        "①路面修复\n"
        "今年已修复背街小巷路面四十条.\n"
        "②照明改造\n"
        "已新增路灯三百盏.\n"
        "⒉下一步打算\n"
        "我局将建立背街小巷长效管护机制.\n"
        "特此答复.\n"
        "某区城市管理局\n"
        "2024年7月9日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于区人大十七届三次会议第23号建议的答复",
            "recipients": ["郝某代表"],
            "ref": "23",
            "preamble": ["您提出的关于改善背街小巷环境的建议收悉,现答复如下:"],
            "sections": [
                (1, "⒈", 1, "整治进展", []),
                (2, "①", 1, "路面修复", ["今年已修复背街小巷路面四十条."]),
                (2, "②", 2, "照明改造", ["已新增路灯三百盏."]),
                (1, "⒉", 2, "下一步打算", ["我局将建立背街小巷长效管护机制."]),
            ],
            "closing": "特此答复.",
            "signature": signed("某区城市管理局", "2024年7月9日", "2024-07-09"),
            "warnings": [],
        },
    )


def test_circled_numbers_alone_as_a_short_replys_headings_with_straight_single_quotes() -> None:
    """A short reply headed ① ② ③ alone (no 一、 above), a term in straight single quotes ('一网通办')
    and the contact row's colons half-width: three sections, the contact read."""
    source = (
        "关于县政协十二届三次会议第41号提案的答复\n"
        "宁某委员:\n"
        "您提出的关于优化政务服务的提案收悉,现答复如下:\n"
        "①推进'一网通办'\n"
        "全县二百一十项政务服务事项已实现网上办理。\n"
        "②推行帮办代办\n"
        "各乡镇便民服务中心均设立帮办代办窗口。\n"
        "③加强评价监督\n"
        "我局将完善好差评制度。\n"
        "感谢您对政务服务工作的关心和支持。\n"
        "某县政务服务管理局\n"
        "2024年6月6日\n"
        "联系人:韦某  联系电话:0771-4812345\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于县政协十二届三次会议第41号提案的答复",
            "recipients": ["宁某委员"],
            "ref": "41",
            "sections": [
                (1, "①", 1, "推进'一网通办'", ["全县二百一十项政务服务事项已实现网上办理。"]),
                (1, "②", 2, "推行帮办代办", ["各乡镇便民服务中心均设立帮办代办窗口。"]),
                (1, "③", 3, "加强评价监督", ["我局将完善好差评制度。"]),
            ],
            "closing": "感谢您对政务服务工作的关心和支持。",
            "signature": signed("某县政务服务管理局", "2024年6月6日", "2024-06-06"),
            "contact": ("韦某", ["0771-4812345"]),
            "warnings": [],
        },
    )


def test_parenthesised_digit_glyphs_under_half_width_numbered_chapters() -> None:
    """A web copy whose chapters are `1.` (half-width stop) and whose points are ⑴ ⑵: two levels; the
    semicolons and commas of the copy half-width, kept as written."""
    source = (
        "关于市政协十四届二次会议第0233号提案的答复\n"
        "边某委员:\n"
        "您提出的关于推进垃圾分类的提案收悉,现答复如下:\n"
        "1.工作成效\n"
        "⑴设施建设\n"
        "全市新建垃圾分类投放点一千二百个;改造中转站十座.\n"
        "⑵宣传引导\n"
        "开展垃圾分类进社区活动三百场.\n"
        "2.下一步工作\n"
        "我局将推进厨余垃圾处理设施建设.\n"
        "特此答复.\n"
        "某市城市管理局\n"
        "2024年6月14日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0233",
            "recipients": ["边某委员"],
            "sections": [
                (1, "1.", 1, "工作成效", []),
                (2, "⑴", 1, "设施建设", ["全市新建垃圾分类投放点一千二百个;改造中转站十座."]),
                (2, "⑵", 2, "宣传引导", ["开展垃圾分类进社区活动三百场."]),
                (1, "2.", 2, "下一步工作", ["我局将推进厨余垃圾处理设施建设."]),
            ],
            "closing": "特此答复.",
            "signature": signed("某市城市管理局", "2024年6月14日", "2024-06-14"),
            "warnings": [],
        },
    )


def test_a_notice_with_three_glyph_levels_and_a_half_width_addressee_list() -> None:
    """A notice: 一、 then ㈠ then ⒈, the addressees parted by a half-width comma and closed by `:`."""
    source = (
        "某区人民政府办公室关于开展安全生产大检查的通知\n"
        "各街道办事处,区政府各部门:\n"
        "为切实做好安全生产工作,现就开展安全生产大检查通知如下:\n"
        "一、检查范围\n"
        "㈠重点行业\n"
        "⒈危险化学品\n"
        "重点检查储存场所。\n"
        "⒉建筑施工\n"
        "重点检查深基坑和高支模。\n"
        "㈡人员密集场所\n"
        "重点检查商场和学校。\n"
        "二、工作要求\n"
        "各单位要于6月30日前报送检查情况。\n"
        "特此通知。\n"
        "某区人民政府办公室\n"
        "2024年6月3日\n"
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "recipients": ["各街道办事处", "区政府各部门"],
            "preamble": ["为切实做好安全生产工作,现就开展安全生产大检查通知如下:"],
            "sections": [
                (1, "一、", 1, "检查范围", []),
                (2, "㈠", 1, "重点行业", []),
                (3, "⒈", 1, "危险化学品", ["重点检查储存场所。"]),
                (3, "⒉", 2, "建筑施工", ["重点检查深基坑和高支模。"]),
                (2, "㈡", 2, "人员密集场所", ["重点检查商场和学校。"]),
                (1, "二、", 2, "工作要求", ["各单位要于6月30日前报送检查情况。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某区人民政府办公室", "2024年6月3日", "2024-06-03"),
            "warnings": [],
        },
    )


def test_guard_circled_note_marks_and_an_inline_glyph_list_stay_in_their_paragraphs() -> None:
    """Guard: a reply whose paragraph cites a note as ① after a figure (…四十个①。) and whose other
    paragraph lists ⑴ ⑵ inside its sentence: no section opens, no gap is warned."""
    paras = [
        "今年全市建成口袋公园四十个①。",
        "主要做法包括⑴见缝插绿,⑵拆违建绿。",
    ]
    source = (
        "关于市政协十四届二次会议第0412号提案的答复\n"
        "蒋某委员：\n"
        "您提出的关于建设口袋公园的提案收悉，现答复如下：\n"
        f"{paras[0]}\n{paras[1]}\n"
        "特此答复。\n"
        "某市园林绿化局\n"
        "2024年6月27日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0412",
            "preamble": ["您提出的关于建设口袋公园的提案收悉，现答复如下：", paras[0], paras[1]],
            "sections": [],
            "closing": "特此答复。",
            "signature": signed("某市园林绿化局", "2024年6月27日", "2024-06-27"),
            "warnings": [],
        },
    )


# --- Batch 3: OCR-like confusions in a text file (written before any run) ------------------------


def test_a_number_that_lost_its_hao_is_still_split_and_a_sealed_day_read_as_yue() -> None:
    """An OCR'd reply saved as text: the 文号 alone on its line lost its 号 (`某教复〔2024〕12`), the body
    has 己 for 已, the 落款's 日 is read as 曰: the number is broken, not split and warned (my reading at
    first split it, every part being there; the settled rule, patterns.DOC_NO_BROKEN, holds a 文号 that
    lost its 号 broken, as every rule that finds a 文号 asks its 号), the body keeps what was read, the
    date is read."""
    body = "我局己在全市中小学推行课后服务，参与学生十二万人。"
    source = (
        "某市教育局\n"
        "某教复〔2024〕12\n"
        "关于市政协十三届三次会议第0088号提案的答复\n"
        "冯某委员：\n"
        "您提出的关于推进课后服务的提案收悉，现答复如下：\n"
        f"{body}\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月18曰\n"
    )
    probe(
        source,
        [],
        {
            "issuer": "某市教育局",
            "number": None,
            "title": "关于市政协十三届三次会议第0088号提案的答复",
            "recipients": ["冯某委员"],
            "ref": "0088",
            "preamble": ["您提出的关于推进课后服务的提案收悉，现答复如下：", body],
            "closing": "特此答复。",
            "signature": signed("某市教育局", "2024年6月18曰", "2024-06-18"),
            "warnings": ["docnumber-unparsed"],
        },
    )


def test_an_ideographic_zero_inside_a_figure_year_breaks_the_number_and_a_phone_dash_read_as_one() -> None:
    """OCR read the 0 of the 文号's year as 〇 (`某卫健复〔2〇24〕8号`) and the phone's dash as 一
    (`0731一84567890`): the number is broken (not split, warned); the phone is still the contact's,
    as written."""
    source = (
        "某市卫生健康委员会\n"
        "某卫健复〔2〇24〕8号\n"
        "关于市政协十三届三次会议第0152号提案的答复\n"
        "卢某委员：\n"
        "您提出的关于加强基层医疗卫生服务的提案收悉，现答复如下：\n"
        "今年全市新建村卫生室标准化建设点八十个。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "2024年6月5日\n"
        "联系人：邓某　联系电话：0731一84567890\n"
    )
    probe(
        source,
        [],
        {
            "issuer": "某市卫生健康委员会",
            "number": None,
            "title": "关于市政协十三届三次会议第0152号提案的答复",
            "recipients": ["卢某委员"],
            "ref": "0152",
            "closing": "特此答复。",
            "signature": signed("某市卫生健康委员会", "2024年6月5日", "2024-06-05"),
            "contact": ("邓某", ["0731一84567890"]),
            "warnings": ["docnumber-unparsed"],
        },
    )


def test_a_letter_l_in_the_numbers_serial_breaks_it_and_a_title_that_lost_its_hao_keeps_its_reference() -> None:
    """OCR read the serial's 1 as l (`某农复〔2024〕l6号`) and lost the 号 of the proposal's number in the
    title (`第0239提案`): the 文号 is broken (warned), the proposal's number is still read."""
    source = (
        "某市农业农村局\n"
        "某农复〔2024〕l6号\n"
        "关于市政协十三届三次会议第0239提案的答复\n"
        "林某委员：\n"
        "您提出的关于发展庭院经济的提案收悉，现答复如下：\n"
        "今年我局在十个村开展庭院经济试点。\n"
        "特此答复。\n"
        "某市农业农村局\n"
        "2024年7月1日\n"
    )
    probe(
        source,
        [],
        {
            "issuer": "某市农业农村局",
            "number": None,
            "title": "关于市政协十三届三次会议第0239提案的答复",
            "recipients": ["林某委员"],
            "ref": "0239",
            "closing": "特此答复。",
            "signature": signed("某市农业农村局", "2024年7月1日", "2024-07-01"),
            "warnings": ["docnumber-unparsed"],
        },
    )


def test_an_ideographic_zero_in_the_signatures_figure_year_is_a_damaged_date() -> None:
    """The 落款's year read `2〇24` (OCR gave 〇 for the 0) and the body's 未 read as 末 (`末完成`): the
    date is damaged, kept as written and warned, no ISO value; the body keeps what was read."""
    body = "目前仍有三个村末完成污水管网建设，我局将于年底前完成。"
    source = (
        "关于县人大十八届三次会议第71号建议的答复\n"
        "黎某代表：\n"
        "您提出的关于加快农村污水治理的建议收悉，现答复如下：\n"
        f"{body}\n"
        "特此答复。\n"
        "某县生态环境分局\n"
        "2〇24年6月18日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于县人大十八届三次会议第71号建议的答复",
            "recipients": ["黎某代表"],
            "ref": "71",
            "preamble": ["您提出的关于加快农村污水治理的建议收悉，现答复如下：", body],
            "closing": "特此答复。",
            "signature": (["某县生态环境分局"], None, "2〇24年6月18日"),
            "warnings": ["date-unparsed"],
        },
    )


def test_a_numeral_date_with_capital_o_and_an_addressee_that_lost_its_colon() -> None:
    """A numeral 落款 typed with a capital O for 〇 (`二O二四年六月十八日`) and a 主送 line whose colon
    OCR lost (`王某委员`): the date reads, the addressee is the 主送."""
    source = (
        "关于市政协十四届二次会议第0307号提案的答复\n"
        "王某委员\n"
        "您提出的关于保护利用历史街区的提案收悉，现答复如下：\n"
        "今年我局完成历史街区保护规划编制三项。\n"
        "特此答复。\n"
        "某市自然资源和规划局\n"
        "二O二四年六月十八日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十四届二次会议第0307号提案的答复",
            "recipients": ["王某委员"],
            "ref": "0307",
            "preamble": [
                "您提出的关于保护利用历史街区的提案收悉，现答复如下：",
                "今年我局完成历史街区保护规划编制三项。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市自然资源和规划局", "二O二四年六月十八日", "2024-06-18"),
            "warnings": [],
        },
    )


def test_guard_latin_letters_zero_forms_and_a_cited_number_in_a_sound_reply_stay() -> None:
    """Guard: a whole reply whose body writes Wi-Fi, `Level 2`, a range `2024-2025`, 1-5月, a quotation
    `子曰` and cites another document's 文号 in brackets: no number, no warning, all text as written."""
    paras = [
        "依据《某市公共场所无线网络建设管理办法》（某政发〔2023〕5号），今年1-5月全市新增Wi-Fi热点六百个。",
        "2024-2025年，我局将在公园推广Level 2级无障碍设施标准。",
        "子曰：“知者乐水，仁者乐山。”我们将把滨水空间留给市民。",
    ]
    source = (
        "关于市政协十四届二次会议第0198号提案的答复\n"
        "朱某委员：\n"
        "您提出的关于提升公园服务品质的提案收悉，现答复如下：\n"
        f"{paras[0]}\n{paras[1]}\n{paras[2]}\n"
        "特此答复。\n"
        "某市园林绿化局\n"
        "2024年6月11日\n"
    )
    probe(
        source,
        [],
        {
            "number": None,
            "title": "关于市政协十四届二次会议第0198号提案的答复",
            "recipients": ["朱某委员"],
            "ref": "0198",
            "preamble": ["您提出的关于提升公园服务品质的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": signed("某市园林绿化局", "2024年6月11日", "2024-06-11"),
            "warnings": [],
        },
    )


# --- Batch 4: line ends, trailing spaces, bidirectional and variation marks (written before any run) --


def test_old_mac_line_ends_trailing_spaces_and_right_to_left_marks_around_the_organ() -> None:
    """A file saved by an old Mac editor (\\r alone), its lines ending in spaces or U+3000, a CMS's
    right-to-left marks (U+200F) around the 落款's organ and the addressee: all read as if they were
    not there (the marks are invisible and leave)."""
    lines = [
        "关于市政协十三届三次会议第0121号提案的答复  ",
        "\u200f殷某委员\u200f：",
        "您提出的关于完善城市无障碍设施的提案收悉，现答复如下：\u3000\u3000",
        "今年我局新建改造无障碍坡道三百处、盲道八公里。   ",
        "特此答复。\u3000",
        "\u200f某市住房和城乡建设局\u200f",
        "2024年6月24日  ",
    ]
    probe(
        "\r".join(lines) + "\r",
        [],
        {
            "title": "关于市政协十三届三次会议第0121号提案的答复",
            "recipients": ["殷某委员"],
            "ref": "0121",
            "preamble": [
                "您提出的关于完善城市无障碍设施的提案收悉，现答复如下：",
                "今年我局新建改造无障碍坡道三百处、盲道八公里。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市住房和城乡建设局", "2024年6月24日", "2024-06-24"),
            "warnings": [],
        },
    )


def test_three_kinds_of_line_end_in_one_file_and_embedding_marks_around_the_number() -> None:
    """\\r\\n, \\n and \\r alone in one file (pieces pasted from three sources), the 文号 between a
    left-to-right embedding and its pop (U+202A … U+202C), a zero-width joiner inside the title: the
    number splits, the title reads, the marks leave."""
    parts = [
        ("某市交通运输局", "\r\n"),
        ("\u202a某交复〔2024〕21号\u202c", "\r\n"),
        ("关于市人大十六届四次会议第0144号建议\u200d的答复", "\n"),
        ("申某代表：", "\n"),
        ("您提出的关于优化公交线网的建议收悉，现答复如下：", "\r"),
        ("今年我局新开通公交线路十二条，优化调整线路二十条。", "\r"),
        ("特此答复。", "\r\n"),
        ("某市交通运输局", "\n"),
        ("2024年7月2日", "\n"),
    ]
    probe(
        "".join(a + b for a, b in parts),
        [],
        {
            "issuer": "某市交通运输局",
            "number": ("某交复〔2024〕21号", 2024, 21),
            "title": "关于市人大十六届四次会议第0144号建议的答复",
            "recipients": ["申某代表"],
            "ref": "0144",
            "preamble": [
                "您提出的关于优化公交线网的建议收悉，现答复如下：",
                "今年我局新开通公交线路十二条，优化调整线路二十条。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市交通运输局", "2024年7月2日", "2024-07-02"),
            "warnings": [],
        },
    )


def test_ideographic_variation_selectors_after_characters_of_a_name_and_an_organ_leave() -> None:
    """A copy from a PDF set in a font with variation sequences: U+E0100 after 葛 in the addressee and
    after 局 in the 落款, U+FE00 after 办 in the title: the selectors are invisible (they choose a
    glyph) and leave, as the zero-width characters do; every field reads without them."""
    source = (
        "关于市政协十四届二次会议第0266号提案的办\ufe00理答复\n"
        "葛\U000e0100某委员：\n"
        "您提出的关于加强古树名木保护的提案收悉，现答复如下：\n"
        "今年我局完成古树名木普查，建立一树一档。\n"
        "特此答复。\n"
        "某市林业局\U000e0100\n"
        "2024年6月20日\n"
    )
    doc = probe(
        source,
        [],
        {
            "title": "关于市政协十四届二次会议第0266号提案的办理答复",
            "recipients": ["葛某委员"],
            "ref": "0266",
            "closing": "特此答复。",
            "signature": signed("某市林业局", "2024年6月20日", "2024-06-20"),
            "warnings": [],
        },
    )
    assert "\ufe00" not in doc.text and "\U000e0100" not in doc.text


def test_combining_accents_in_a_pinyin_gloss_stay_and_blank_lines_of_ideographic_spaces_are_blank() -> None:
    """A reply whose body glosses a place name in pinyin with combining accents (e + U+0301), lines of
    U+3000 alone between paragraphs and a tab and spaces at line ends: the gloss stays as written,
    the blank lines part the paragraphs."""
    gloss = "我局已在亳（bo\u0301）州路沿线新建停车场两处。"
    read = unicodedata.normalize("NFC", gloss)  # my reading at first kept o + U+0301: every string is NFC
    source = (
        "关于区政协十届三次会议第35号提案的答复\t \n"
        "\u3000\u3000\n"
        "季某委员：\t\n"
        "您提出的关于缓解老城区停车难的提案收悉，现答复如下：\n"
        "\u3000\n"
        f"{gloss}\t\n"
        "\u3000\u3000\u3000\n"
        "下一步，我局将推进错时共享停车。\n"
        "特此答复。\n"
        "某区城市管理局\n"
        "2024年5月27日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于区政协十届三次会议第35号提案的答复",
            "recipients": ["季某委员"],
            "ref": "35",
            "preamble": [
                "您提出的关于缓解老城区停车难的提案收悉，现答复如下：",
                read,
                "下一步，我局将推进错时共享停车。",
            ],
            "closing": "特此答复。",
            "signature": signed("某区城市管理局", "2024年5月27日", "2024-05-27"),
            "warnings": [],
        },
    )


def test_a_notice_whose_line_ends_doubled_their_carriage_returns() -> None:
    """A notice that went through a converter writing \\r\\r\\n for each line end (a CRLF file opened
    in text mode and saved again): no blank line is a paragraph break that is not there; every line is
    one line; the sections and 落款 read."""
    lines = [
        "某县农业农村局关于做好2024年秋粮收购工作的通知",
        "各乡镇农业综合服务中心：",
        "为做好今年秋粮收购工作，现将有关事项通知如下：",
        "一、摸清底数",
        "各乡镇要于9月底前摸清秋粮种植面积和预计产量。",
        "二、强化服务",
        "各乡镇要协调烘干设施，防止粮食霉变。",
        "特此通知。",
        "某县农业农村局",
        "2024年9月2日",
    ]
    probe(
        "\r\r\n".join(lines) + "\r\r\n",
        [],
        {
            "kind": "notice",
            "title": "某县农业农村局关于做好2024年秋粮收购工作的通知",
            "recipients": ["各乡镇农业综合服务中心"],
            "preamble": ["为做好今年秋粮收购工作，现将有关事项通知如下："],
            "sections": [
                (1, "一、", 1, "摸清底数", ["各乡镇要于9月底前摸清秋粮种植面积和预计产量。"]),
                (1, "二、", 2, "强化服务", ["各乡镇要协调烘干设施，防止粮食霉变。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某县农业农村局", "2024年9月2日", "2024-09-02"),
            "warnings": [],
        },
    )


def test_directional_isolates_around_the_contacts_name_and_phone_leave() -> None:
    """A contact row whose name and phone a bidi-aware CMS wrapped in first-strong isolates (U+2068 …
    U+2069): the contact's name and phone read without them."""
    source = (
        "关于县政协十一届四次会议第62号提案的答复\n"
        "滕某委员：\n"
        "您提出的关于发展林下经济的提案收悉，现答复如下：\n"
        "今年全县发展林下种植一万二千亩。\n"
        "特此答复。\n"
        "某县林业局\n"
        "2024年6月13日\n"
        "联系人：\u2068汤某\u2069　联系电话：\u20680859-3221234\u2069\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于县政协十一届四次会议第62号提案的答复",
            "recipients": ["滕某委员"],
            "ref": "62",
            "closing": "特此答复。",
            "signature": signed("某县林业局", "2024年6月13日", "2024-06-13"),
            "contact": ("汤某", ["0859-3221234"]),
            "warnings": [],
        },
    )


# --- Batch 5: words broken at line ends, a web copy's half-width forms (written before any run) ----


def test_soft_hyphens_at_wrapped_line_ends_leave_and_the_paragraph_joins() -> None:
    """A copy from a viewer that hyphenates: every wrapped line of a paragraph ends in a soft hyphen
    (U+00AD) inside a word: the soft hyphens leave, the paragraph is whole again (warned)."""
    para = (
        "今年我局会同市财政局出台支持中小微企业发展十条措施，累计为企业减免房租和税费一点二亿元，惠及市场主体八千余户。"
    )
    cut = [para[:24], para[24:48], para[48:]]
    source = (
        "关于市政协十四届二次会议第0052号提案的答复\n"
        "郎某委员：\n"
        "您提出的关于支持中小微企业发展的提案收悉，现答复如下：\n"
        f"{cut[0]}\u00ad\n{cut[1]}\u00ad\n{cut[2]}\n"
        "特此答复。\n"
        "某市商务局\n"
        "2024年6月4日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0052",
            "recipients": ["郎某委员"],
            "preamble": ["您提出的关于支持中小微企业发展的提案收悉，现答复如下：", para],
            "closing": "特此答复。",
            "signature": signed("某市商务局", "2024年6月4日", "2024-06-04"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_signature_date_cut_after_its_month_by_a_soft_hyphen_is_one_date() -> None:
    """The 落款 date cut inside by a hyphenating copy (`2024年6\u00ad` ⏎ `月18日`): one date, read."""
    source = (
        "关于县人大十八届三次会议第19号建议的答复\n"
        "雷某代表：\n"
        "您提出的关于加强农村消防安全的建议收悉，现答复如下：\n"
        "今年我局为全县行政村配备消防器材一千二百套。\n"
        "特此答复。\n"
        "某县消防救援大队\n"
        "2024年6\u00ad\n"
        "月18日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "19",
            "recipients": ["雷某代表"],
            "closing": "特此答复。",
            "signature": signed("某县消防救援大队", "2024年6月18日", "2024-06-18"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_web_copy_whose_every_full_width_form_is_half_width() -> None:
    """A reply scraped from a site that turns full-width forms half-width: the 主送 ends on `:`, the
    title's year in `()`, chapters `1.` `2.`, a question and an exclamation mark, commas and
    semicolons half-width: every field reads, values as written."""
    source = (
        "关于市政协十三届三次会议第0061号提案(2024年)的答复\n"
        "申屠某委员:\n"
        "您提出的关于加强校园食品安全的提案收悉,现答复如下:\n"
        "1.监管情况\n"
        '全市学校食堂"明厨亮灶"覆盖率达到100%;校外供餐单位全部纳入监管.\n'
        "2.下一步工作\n"
        "如何让家长放心?我局将推行家长陪餐制度!\n"
        "特此答复.\n"
        "某市市场监督管理局\n"
        "2024年6月10日\n"
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十三届三次会议第0061号提案(2024年)的答复",
            "recipients": ["申屠某委员"],
            "ref": "0061",
            "preamble": ["您提出的关于加强校园食品安全的提案收悉,现答复如下:"],
            "sections": [
                (
                    1,
                    "1.",
                    1,
                    "监管情况",
                    ['全市学校食堂"明厨亮灶"覆盖率达到100%;校外供餐单位全部纳入监管.'],
                ),
                (1, "2.", 2, "下一步工作", ["如何让家长放心?我局将推行家长陪餐制度!"]),
            ],
            "closing": "特此答复.",
            "signature": signed("某市市场监督管理局", "2024年6月10日", "2024-06-10"),
            "warnings": [],
        },
    )


def test_a_hyphen_breaking_a_latin_word_and_a_soft_hyphen_breaking_a_han_word_in_one_paragraph() -> None:
    """A paragraph wrapped by two tools: `5-` ⏎ `G` and `基\u00ad` ⏎ `站`: the soft hyphen ends a line
    inside a word, so it goes on (joined, warned) and the mark leaves. My reading at first joined the
    `5-` line too; the settled rule (rules.joins._MIN_HYPHEN_LINE) takes a line of fewer than twelve
    characters ending on a hyphen for no wrap's, and `今年全区新建5-` has eight: it stays a line."""
    source = (
        "关于区政协十届三次会议第12号提案的答复\n"
        "顾某委员：\n"
        "您提出的关于加快新型基础设施建设的提案收悉，现答复如下：\n"
        "今年全区新建5-\n"
        "G基\u00ad\n"
        "站三百个，实现城区连续覆盖。\n"
        "特此答复。\n"
        "某区工业和信息化局\n"
        "2024年5月20日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "12",
            "preamble": [
                "您提出的关于加快新型基础设施建设的提案收悉，现答复如下：",
                "今年全区新建5-",
                "G基站三百个，实现城区连续覆盖。",
            ],
            "closing": "特此答复。",
            "signature": signed("某区工业和信息化局", "2024年5月20日", "2024-05-20"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_notice_with_half_width_markers_and_soft_hyphens_inside_its_headings() -> None:
    """A notice whose markers lost their width (`(一)` with ASCII brackets, `1.`) and whose headings
    keep a soft hyphen inside a word (Word's optional hyphen): markers as written, the soft hyphens
    leave the titles."""
    source = (
        "某市生态环境局关于开展2024年夏季臭氧污染防治攻坚的通知\n"
        "各区生态环境分局:\n"
        "为有效防治夏季臭氧污染,现将有关事项通知如下:\n"
        "一、工作任务\n"
        "(一)强化挥发性有机\u00ad物治理\n"
        "各分局要督促企业完成治理设施升级.\n"
        "(二)加强移动\u00ad源监管\n"
        "各分局要开展柴油货车路检路查.\n"
        "二、工作要求\n"
        "各分局每周五报送工作进展.\n"
        "特此通知.\n"
        "某市生态环境局\n"
        "2024年5月8日\n"
    )
    probe(
        source,
        [],
        {
            "kind": "notice",
            "recipients": ["各区生态环境分局"],
            "sections": [
                (1, "一、", 1, "工作任务", []),
                (2, "(一)", 1, "强化挥发性有机物治理", ["各分局要督促企业完成治理设施升级."]),
                (2, "(二)", 2, "加强移动源监管", ["各分局要开展柴油货车路检路查."]),
                (1, "二、", 2, "工作要求", ["各分局每周五报送工作进展."]),
            ],
            "closing": "特此通知.",
            "signature": signed("某市生态环境局", "2024年5月8日", "2024-05-08"),
            "warnings": [],
        },
    )


def test_guard_a_list_under_a_half_width_colon_keeps_its_lines_apart() -> None:
    """Guard: a half-width web copy whose paragraph ends on `:` and whose list lines end on `;` and `.`:
    each list line is its own numbered point (no join, no warning): `1.` and `2.` points with no title (a
    final `;` is inside the line by the contract), `3.` a heading: my reading at first made it a point, but
    the contract takes a line of at most 30 characters for a heading even where it ends on its stop."""
    source = (
        "关于市人大十六届四次会议第0210号建议的答复\n"
        "尹某代表:\n"
        "您提出的关于规范电动自行车停放充电的建议收悉,现答复如下:\n"
        "今年我局重点做了三项工作:\n"
        "1.新建集中充电设施八百处;\n"
        "2.开展楼道违规充电专项整治;\n"
        "3.推广智能充电桩管理平台.\n"
        "特此答复.\n"
        "某市消防救援支队\n"
        "2024年7月12日\n"
    )
    probe(
        source,
        [],
        {
            "ref": "0210",
            "recipients": ["尹某代表"],
            "preamble": [
                "您提出的关于规范电动自行车停放充电的建议收悉,现答复如下:",
                "今年我局重点做了三项工作:",
            ],
            "sections": [
                (1, "1.", 1, None, ["新建集中充电设施八百处;"]),
                (1, "2.", 2, None, ["开展楼道违规充电专项整治;"]),
                (1, "3.", 3, "推广智能充电桩管理平台", []),
            ],
            "closing": "特此答复.",
            "signature": signed("某市消防救援支队", "2024年7月12日", "2024-07-12"),
            "warnings": [],
        },
    )


# --- Batch 6: breadcrumbs, print dialogs and byline rows in new shapes (written before any run) ----


def test_byline_fields_stacked_one_a_line_with_half_width_colons_leave() -> None:
    """A site whose byline is stacked one field a line, colons half-width (`来源:`, `发布时间:`, an empty
    `浏览次数:`, `字号:[大][中][小]`), a `>>` breadcrumb above and `[打印本页] [关闭窗口]` below: chrome."""
    chrome = [
        "首页>>政务公开>>建议提案办理",
        "来源:某市民政局",
        "发布时间:2024-06-20 10:30",
        "浏览次数:",
        "字号:[大][中][小]",
        "[打印本页] [关闭窗口]",
    ]
    source = "\n".join(
        [
            chrome[0],
            "关于市政协十四届二次会议第0131号提案的答复",
            *chrome[1:5],
            "闵某委员：",
            "您提出的关于发展社区助餐服务的提案收悉，现答复如下：",
            "今年全市新建社区老年助餐点一百二十个。",
            "特此答复。",
            "某市民政局",
            "2024年6月17日",
            chrome[5],
        ]
    )
    probe(
        source,
        [*chrome, "浏览次数", "打印本页"],
        {
            "title": "关于市政协十四届二次会议第0131号提案的答复",
            "metadata": {},
            "recipients": ["闵某委员"],
            "ref": "0131",
            "preamble": [
                "您提出的关于发展社区助餐服务的提案收悉，现答复如下：",
                "今年全市新建社区老年助餐点一百二十个。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市民政局", "2024年6月17日", "2024-06-17"),
            "warnings": [],
        },
    )


def test_a_print_dialog_row_between_the_title_and_the_addressee_under_a_half_width_location() -> None:
    """`您现在的位置:首页>政务公开>建议提案办理>政协提案` (half-width) over the title, and the print row
    `【字体：大 中 小】【打印本页】【关闭窗口】` between the title and the 主送: chrome, the 主送 still read."""
    chrome = [
        "您现在的位置:首页>政务公开>建议提案办理>政协提案",
        "【字体：大 中 小】【打印本页】【关闭窗口】",
    ]
    source = "\n".join(
        [
            chrome[0],
            "关于县政协十二届三次会议第58号提案的答复",
            chrome[1],
            "隋某委员：",
            "您提出的关于加强农村养老服务的提案收悉，现答复如下：",
            "一、工作进展",
            "全县已建成农村互助养老服务点六十个。",
            "二、下一步打算",
            "我局将推动养老服务向偏远村延伸。",
            "特此答复。",
            "某县民政局",
            "2024年7月4日",
        ]
    )
    probe(
        source,
        [*chrome, "打印本页", "您现在的位置"],
        {
            "title": "关于县政协十二届三次会议第58号提案的答复",
            "recipients": ["隋某委员"],
            "ref": "58",
            "sections": [
                (1, "一、", 1, "工作进展", ["全县已建成农村互助养老服务点六十个。"]),
                (1, "二、", 2, "下一步打算", ["我局将推动养老服务向偏远村延伸。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某县民政局", "2024年7月4日", "2024-07-04"),
            "warnings": [],
        },
    )


def test_a_byline_with_a_t_t_font_toggle_and_a_bookmark_button_leaves() -> None:
    """A byline whose font toggle is drawn as `字号:T | T` and a row of buttons `【打印】 【关闭】 【收藏】`
    under the 落款: chrome; the contact between them stays the contact."""
    chrome = [
        "发布时间:2024-06-21  来源:本站  浏览次数:1234  字号:T | T",
        "【打印】 【关闭】 【收藏】",
    ]
    source = "\n".join(
        [
            chrome[0],
            "关于市人大十六届四次会议第0093号建议的答复",
            "任某代表：",
            "您提出的关于推进城市书房建设的建议收悉，现答复如下：",
            "今年全市新建城市书房二十家，全部实现通借通还。",
            "感谢您对文化工作的关心和支持。",
            "某市文化广电旅游局",
            "2024年6月19日",
            "联系人：尤某　联系电话：0512-65223344",
            chrome[1],
        ]
    )
    probe(
        source,
        [*chrome, "收藏", "浏览次数"],
        {
            "title": "关于市人大十六届四次会议第0093号建议的答复",
            "recipients": ["任某代表"],
            "ref": "0093",
            "closing": "感谢您对文化工作的关心和支持。",
            "signature": signed("某市文化广电旅游局", "2024年6月19日", "2024-06-19"),
            "contact": ("尤某", ["0512-65223344"]),
            "warnings": [],
        },
    )


def test_a_site_name_over_an_arrow_breadcrumb_is_no_title_and_a_piped_button_row_leaves() -> None:
    """The site's name alone on the first line (`某市人民政府门户网站`), a `›` breadcrumb, and at the end
    `打印本页 | 关闭窗口 | 返回顶部`: chrome; the reply's own title is the title."""
    chrome = [
        "某市人民政府门户网站",
        "首页 › 政务公开 › 建议提案办理 › 人大代表建议",
        "打印本页 | 关闭窗口 | 返回顶部",
    ]
    source = "\n".join(
        [
            chrome[0],
            chrome[1],
            "关于市人大十六届四次会议第0171号建议的答复",
            "詹某代表：",
            "您提出的关于加强二次供水管理的建议收悉，现答复如下：",
            "今年我局完成老旧小区二次供水设施改造一百二十处。",
            "特此答复。",
            "某市水务局",
            "2024年7月8日",
            chrome[2],
        ]
    )
    probe(
        source,
        [*chrome, "门户网站", "返回顶部"],
        {
            "title": "关于市人大十六届四次会议第0171号建议的答复",
            "recipients": ["詹某代表"],
            "ref": "0171",
            "closing": "特此答复。",
            "signature": signed("某市水务局", "2024年7月8日", "2024-07-08"),
            "warnings": [],
        },
    )


def test_an_opinion_under_a_breadcrumb_with_a_source_and_time_row_parted_by_a_vertical_bar() -> None:
    """An 意见 on a portal: `首页 > 政务公开 > 政策文件`, a row `来源：某县人民政府办公室 | 发布时间：2024-05-10 |
    字号：大 中 小 | 打印本页 | 关闭窗口` on one line: chrome; the opinion's sections read."""
    chrome = [
        "首页 > 政务公开 > 政策文件",
        "来源：某县人民政府办公室 | 发布时间：2024-05-10 | 字号：大 中 小 | 打印本页 | 关闭窗口",
    ]
    source = "\n".join(
        [
            chrome[0],
            chrome[1],
            "某县人民政府关于加快发展县域商业体系的意见",
            "各乡镇人民政府，县政府各部门：",
            "为加快发展县域商业体系，现提出如下意见：",
            "一、完善商业网点",
            "到2025年，每个乡镇建成一个商贸中心。",
            "二、发展农村电商",
            "支持快递进村，建成村级服务站一百个。",
            "某县人民政府",
            "2024年5月6日",
        ]
    )
    probe(
        source,
        [*chrome, "政策文件", "字号"],
        {
            "kind": "opinion",
            "title": "某县人民政府关于加快发展县域商业体系的意见",
            "recipients": ["各乡镇人民政府", "县政府各部门"],
            "preamble": ["为加快发展县域商业体系，现提出如下意见："],
            "sections": [
                (1, "一、", 1, "完善商业网点", ["到2025年，每个乡镇建成一个商贸中心。"]),
                (1, "二、", 2, "发展农村电商", ["支持快递进村，建成村级服务站一百个。"]),
            ],
            "signature": signed("某县人民政府", "2024年5月6日", "2024-05-06"),
            "warnings": [],
        },
    )


def test_guard_body_lines_naming_sources_release_times_and_printing_stay() -> None:
    """Guard: a reply whose own lines name a data source (`数据来源：市统计局。`), a release time
    (`信息发布时间由三天缩短为一天。`) and a step (`点击“打印本页”即可打印回执。`): all body text."""
    paras = [
        "今年全市居民人均可支配收入增长百分之六。",
        "数据来源：市统计局。",
        "我局已将政策信息发布时间由三天缩短为一天。",
        "群众办理后点击“打印本页”即可打印回执。",
    ]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0245号提案的答复",
            "姚某委员：",
            "您提出的关于提升政务公开质量的提案收悉，现答复如下：",
            *paras,
            "特此答复。",
            "某市人民政府办公室",
            "2024年6月25日",
        ]
    )
    probe(
        source,
        [],
        {
            "title": "关于市政协十四届二次会议第0245号提案的答复",
            "ref": "0245",
            "preamble": ["您提出的关于提升政务公开质量的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": signed("某市人民政府办公室", "2024年6月25日", "2024-06-25"),
            "warnings": [],
        },
    )


# --- Batch 7: pages saved twice, pasted twice, one HTML reference alone (written before any run) ---

_B7_BODY = [
    "关于区政协十五届三次会议第0117号提案的答复",
    "柏某委员：",
    "您提出的关于加强社区嵌入式体育设施建设的提案收悉，现答复如下：",
    "一、工作进展",
    "今年全区新建社区健身点四十个、口袋体育公园六个。",
    "二、下一步打算",
    "下一步，我局将推动学校体育场地向社会开放。",
    "特此答复。",
    "某区文化体育局",
    "2024年6月26日",
]
_B7_WANT: dict[str, Any] = {
    "title": "关于区政协十五届三次会议第0117号提案的答复",
    "recipients": ["柏某委员"],
    "ref": "0117",
    "preamble": ["您提出的关于加强社区嵌入式体育设施建设的提案收悉，现答复如下："],
    "sections": [
        (1, "一、", 1, "工作进展", ["今年全区新建社区健身点四十个、口袋体育公园六个。"]),
        (1, "二、", 2, "下一步打算", ["下一步，我局将推动学校体育场地向社会开放。"]),
    ],
    "closing": "特此答复。",
    "signature": signed("某区文化体育局", "2024年6月26日", "2024-06-26"),
}


def test_a_page_saved_twice_from_the_desktop_and_the_mobile_site_reads_once() -> None:
    """The desktop page (breadcrumb, byline) and then the mobile page (`返回` / `分享` / `返回顶部`)
    saved into one file, each with the whole reply: the chrome of both leaves, the second body is the
    page's repeat (warned), the reply reads once."""
    desktop = ["首页 > 政务公开 > 建议提案办理", "发布时间：2024-06-28  来源：某区文化体育局"]
    mobile = ["返回", "分享", "返回顶部"]
    source = "\n".join([*desktop, *_B7_BODY, mobile[0], mobile[1], *_B7_BODY, mobile[2]])
    doc = probe(source, [*desktop, "返回顶部"], _B7_WANT | {"warnings": ["repeat-dropped"]})
    assert doc.text.count("下一步，我局将推动学校体育场地向社会开放。") == 1


def test_a_page_saved_twice_whose_second_copy_is_the_print_view_reads_once() -> None:
    """The page and then its print view (`打印本页` band: the site's address and `关闭` above, the same
    reply below): the print band is chrome, the second body the page's repeat (warned)."""
    band = ["http://www.example.gov.cn/art/2024/6/28/art_1229_4412.html", "【关闭】"]
    top = ["当前位置：首页 > 建议提案 > 政协提案"]
    source = "\n".join([*top, *_B7_BODY, *band, *_B7_BODY])
    doc = probe(source, [*top, *band], _B7_WANT | {"warnings": ["repeat-dropped"]})
    assert doc.text.count("今年全区新建社区健身点四十个、口袋体育公园六个。") == 1


def test_a_body_pasted_twice_once_from_a_pdf_viewer_stays_and_is_warned() -> None:
    """The reply pasted twice with no chrome, the second time from a PDF viewer (radicals for 一 二
    日 月 文 …): noise19's call holds (a body pasted twice with nothing to show a site is kept and
    warned `content-unplaced`): the reply reads from the first copy."""
    source = "\n".join([*_B7_BODY, *pdf_copy(_B7_BODY)])
    doc = probe(source, [], _B7_WANT | {"warnings": ["content-unplaced"]})
    assert pdf_read("下一步，我局将推动学校体育场地向社会开放。") in doc.text


def test_one_numeric_reference_to_a_full_stop_alone_in_a_text_is_read() -> None:
    """One reference alone (`&#12290;` for 。) in a text copy: a numeric reference to a Chinese stop
    is no word any document writes, so the copy is escaped however few it shows: read as 。, the line
    warned `text-repaired` (noise19's leftover: schema 1.10 reads references from two on; a reference
    standing for a character beyond ASCII is evidence alone)."""
    written = "今年全市新建公共充电桩八千个&#12290;换电站二十座已投入运营。"
    source = "\n".join(
        [
            "关于市人大十六届四次会议第0199号建议的答复",
            "邱某代表：",
            "您提出的关于加快新能源汽车充电设施建设的建议收悉，现答复如下：",
            written,
            "特此答复。",
            "某市发展和改革委员会",
            "2024年7月10日",
        ]
    )
    probe(
        source,
        ["&#12290;"],
        {
            "ref": "0199",
            "preamble": [
                "您提出的关于加快新能源汽车充电设施建设的建议收悉，现答复如下：",
                "今年全市新建公共充电桩八千个。换电站二十座已投入运营。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市发展和改革委员会", "2024年7月10日", "2024-07-10"),
            "warnings": ["text-repaired"],
        },
    )


def test_one_named_opening_quote_reference_alone_before_a_real_closing_quote_is_read() -> None:
    """`&ldquo;一网通办”`: a CMS escaped the opening quote and not the closing one; the one reference
    stands for a curly quote, read as “ (warned); the title, which holds it, reads."""
    source = "\n".join(
        [
            "关于推进&ldquo;一网通办”改革的提案的答复",
            "欧阳某委员：",
            "您在市政协十四届二次会议期间提出的第0322号提案收悉，现答复如下：",
            "今年全市九成以上政务服务事项实现网上可办。",
            "特此答复。",
            "某市政务服务数据管理局",
            "2024年6月7日",
        ]
    )
    probe(
        source,
        ["&ldquo;"],
        {
            "title": "关于推进“一网通办”改革的提案的答复",
            "recipients": ["欧阳某委员"],
            "ref": "0322",
            "closing": "特此答复。",
            "signature": signed("某市政务服务数据管理局", "2024年6月7日", "2024-06-07"),
            "warnings": ["text-repaired"],
        },
    )


def test_guard_one_ampersand_reference_alone_stays_as_written() -> None:
    """Guard: one `&amp;` alone (`研发（R&amp;D）投入`): a reference to an ASCII character may be the
    copy's own (schema 1.10's rule for one alone holds): kept as written, nothing warned."""
    para = "今年全市研发（R&amp;D）投入强度达到百分之二点八。"
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0054号提案的答复",
            "华某委员：",
            "您提出的关于加大科技创新投入的提案收悉，现答复如下：",
            para,
            "特此答复。",
            "某市科学技术局",
            "2024年6月12日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "0054",
            "preamble": ["您提出的关于加大科技创新投入的提案收悉，现答复如下：", para],
            "closing": "特此答复。",
            "signature": signed("某市科学技术局", "2024年6月12日", "2024-06-12"),
            "warnings": [],
        },
    )


# --- Batch 8: a sidebar's lists interleaved with the body (written before any run) ---------------


def test_a_related_articles_box_between_two_paragraphs_leaves() -> None:
    """A copy that took the sidebar's `相关文章` box where the page's layout put it, between the body's
    two paragraphs: the label and its three dated links leave; both paragraphs stay."""
    box = [
        "相关文章",
        "市政协召开提案办理协商会 2024-06-12",
        "我市出台促进民营经济发展若干措施 2024-06-05",
        "市人大常委会开展代表建议办理督查 2024-05-30",
    ]
    paras = ["今年我局累计为民营企业办理退税减税十二亿元。", "下一步，我局将推行涉企事项“一件事”集成办理。"]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0163号提案的答复",
            "窦某委员：",
            "您提出的关于促进民营经济发展的提案收悉，现答复如下：",
            paras[0],
            *box,
            paras[1],
            "特此答复。",
            "某市税务局",
            "2024年6月20日",
        ]
    )
    probe(
        source,
        box,
        {
            "ref": "0163",
            "preamble": ["您提出的关于促进民营经济发展的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": signed("某市税务局", "2024年6月20日", "2024-06-20"),
            "warnings": [],
        },
    )


def test_a_recommended_reading_box_between_two_sections_leaves_and_the_sections_read() -> None:
    """`推荐阅读` with two undated links, between section 一 and section 二 of a reply: the box leaves,
    the second section still follows the first (no gap, no stray paragraph)."""
    box = ["推荐阅读", "图解：2024年市政府工作报告", "一图读懂我市养老服务补贴政策"]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0275号提案的答复",
            "花某委员：",
            "您提出的关于完善养老服务补贴制度的提案收悉，现答复如下：",
            "一、补贴发放情况",
            "今年全市为八万名高龄老人发放高龄津贴。",
            *box,
            "二、下一步打算",
            "我局将探索建立长期护理补贴制度。",
            "特此答复。",
            "某市民政局",
            "2024年6月14日",
        ]
    )
    probe(
        source,
        [*box, "一图读懂"],
        {
            "ref": "0275",
            "sections": [
                (1, "一、", 1, "补贴发放情况", ["今年全市为八万名高龄老人发放高龄津贴。"]),
                (1, "二、", 2, "下一步打算", ["我局将探索建立长期护理补贴制度。"]),
            ],
            "closing": "特此答复。",
            "signature": signed("某市民政局", "2024年6月14日", "2024-06-14"),
            "warnings": [],
        },
    )


def test_a_related_links_box_of_bracketed_site_names_between_paragraphs_leaves() -> None:
    """`【相关链接】` over three portals' names (中国政府网, 某省人民政府, 某市人民政府) between the body's
    paragraphs: a link box, chrome; the organs in it are no 落款."""
    box = ["【相关链接】", "中国政府网", "某省人民政府", "某市人民政府"]
    paras = ["今年全县完成高标准农田建设五万亩。", "我局将继续争取上级资金支持。"]
    source = "\n".join(
        [
            "关于县人大十八届三次会议第44号建议的答复",
            "杭某代表：",
            "您提出的关于加快高标准农田建设的建议收悉，现答复如下：",
            paras[0],
            *box,
            paras[1],
            "特此答复。",
            "某县农业农村局",
            "2024年6月18日",
        ]
    )
    probe(
        source,
        [*box, "中国政府网"],
        {
            "ref": "44",
            "preamble": ["您提出的关于加快高标准农田建设的建议收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": signed("某县农业农村局", "2024年6月18日", "2024-06-18"),
            "warnings": [],
        },
    )


def test_a_sidebar_box_cutting_a_sentence_leaves_and_the_sentence_joins() -> None:
    """The sidebar's `热点新闻` box fell inside a sentence (the page's column broke there): the box
    leaves, the sentence's two pieces join again (warned)."""
    box = ["热点新闻", "全市一季度经济运行情况发布", "我市获评全国文明城市"]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0288号提案的答复",
            "缪某委员：",
            "您提出的关于发展夜间经济的提案收悉，现答复如下：",
            "今年我局在老城区打造夜间消费集聚区五个，",
            *box,
            "带动夜间消费增长百分之十五。",
            "特此答复。",
            "某市商务局",
            "2024年7月5日",
        ]
    )
    probe(
        source,
        [*box, "文明城市"],
        {
            "ref": "0288",
            "preamble": [
                "您提出的关于发展夜间经济的提案收悉，现答复如下：",
                "今年我局在老城区打造夜间消费集聚区五个，带动夜间消费增长百分之十五。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市商务局", "2024年7月5日", "2024-07-05"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_notice_with_a_related_readings_box_between_its_sections() -> None:
    """A notice whose page set a `相关解读：` box (two readings, one a video) between 一、 and 二、:
    chrome; the sections read."""
    box = ["相关解读：", "【图解】关于做好2024年城乡居民医保参保缴费工作的通知", "【视频解读】参保缴费怎么办"]
    source = "\n".join(
        [
            "某县医疗保障局关于做好2024年城乡居民医保参保缴费工作的通知",
            "各乡镇人民政府：",
            "现就做好今年城乡居民医保参保缴费工作通知如下：",
            "一、缴费时间",
            "集中缴费期为2024年9月1日至12月31日。",
            *box,
            "二、缴费标准",
            "个人缴费标准为每人每年四百元。",
            "特此通知。",
            "某县医疗保障局",
            "2024年8月26日",
        ]
    )
    probe(
        source,
        [*box, "视频解读"],
        {
            "kind": "notice",
            "title": "某县医疗保障局关于做好2024年城乡居民医保参保缴费工作的通知",
            "recipients": ["各乡镇人民政府"],
            "sections": [
                (1, "一、", 1, "缴费时间", ["集中缴费期为2024年9月1日至12月31日。"]),
                (1, "二、", 2, "缴费标准", ["个人缴费标准为每人每年四百元。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某县医疗保障局", "2024年8月26日", "2024-08-26"),
            "warnings": [],
        },
    )


def test_guard_a_replys_own_list_of_policy_documents_stays() -> None:
    """Guard: a reply that lists the policy documents it relies on under `相关政策文件如下：`, each a
    《…》 line ending on ；or 。: the reply's own content, kept in its paragraph lines."""
    docs = ["《某市促进就业创业若干措施》；", "《某市高校毕业生就业补贴实施细则》。"]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0129号提案的答复",
            "封某委员：",
            "您提出的关于促进青年就业的提案收悉，现答复如下：",
            "相关政策文件如下：",
            *docs,
            "特此答复。",
            "某市人力资源和社会保障局",
            "2024年6月21日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "0129",
            "preamble": ["您提出的关于促进青年就业的提案收悉，现答复如下：", "相关政策文件如下：", *docs],
            "closing": "特此答复。",
            "signature": signed("某市人力资源和社会保障局", "2024年6月21日", "2024-06-21"),
            "warnings": [],
        },
    )


# --- Batch 9: a body folded by 展开全文, bylines at the foot and in full width (written before any run) --


def test_a_mobile_copy_folded_by_a_read_more_between_paragraphs_reads_whole() -> None:
    """A mobile page's copy: the body folded after its second paragraph by `展开全文`, the rest below
    it: the button leaves, the body reads on, nothing warned."""
    chrome = ["展开全文"]
    source = "\n".join(
        [
            "关于区人大十七届三次会议第31号建议的答复",
            "谈某代表：",
            "您提出的关于增设社区充电设施的建议收悉，现答复如下：",
            "今年全区新建小区公共充电桩六百个。",
            chrome[0],
            "下一步，我局将推动老旧小区充电设施改造。",
            "特此答复。",
            "某区发展和改革局",
            "2024年6月3日",
        ]
    )
    probe(
        source,
        chrome,
        {
            "ref": "31",
            "preamble": [
                "您提出的关于增设社区充电设施的建议收悉，现答复如下：",
                "今年全区新建小区公共充电桩六百个。",
                "下一步，我局将推动老旧小区充电设施改造。",
            ],
            "closing": "特此答复。",
            "signature": signed("某区发展和改革局", "2024年6月3日", "2024-06-03"),
            "warnings": [],
        },
    )


def test_a_read_more_button_inside_a_sentence_leaves_and_the_sentence_joins() -> None:
    """`点击展开全文 ∨` inside a sentence (the fold fell mid-paragraph): the button leaves, the sentence
    joins again (warned)."""
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0311号提案的答复",
            "蓝某委员：",
            "您提出的关于推进城市绿道建设的提案收悉，现答复如下：",
            "今年全市新建绿道一百二十公里，串联公园",
            "点击展开全文 ∨",
            "三十个，形成城市慢行网络。",
            "特此答复。",
            "某市园林绿化局",
            "2024年6月19日",
        ]
    )
    probe(
        source,
        ["点击展开全文"],
        {
            "ref": "0311",
            "preamble": [
                "您提出的关于推进城市绿道建设的提案收悉，现答复如下：",
                "今年全市新建绿道一百二十公里，串联公园三十个，形成城市慢行网络。",
            ],
            "closing": "特此答复。",
            "signature": signed("某市园林绿化局", "2024年6月19日", "2024-06-19"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_byline_printed_at_the_pages_foot_under_the_contact_leaves() -> None:
    """A template that prints its byline after the text: `来源：某市水利局` alone, then
    `发布时间:2024-07-02 浏览次数:86 字号:大 中 小`, under the contact: chrome; the contact stays."""
    chrome = ["来源：某市水利局", "发布时间:2024-07-02 浏览次数:86 字号:大 中 小"]
    source = "\n".join(
        [
            "关于市人大十六届四次会议第0135号建议的答复",
            "穆某代表：",
            "您提出的关于加强中小河流治理的建议收悉，现答复如下：",
            "今年我局完成中小河流治理四十公里。",
            "特此答复。",
            "某市水利局",
            "2024年6月27日",
            "联系人：单某　联系电话：0312-5012345",
            *chrome,
        ]
    )
    probe(
        source,
        [*chrome, "浏览次数"],
        {
            "ref": "0135",
            "closing": "特此答复。",
            "signature": signed("某市水利局", "2024年6月27日", "2024-06-27"),
            "contact": ("单某", ["0312-5012345"]),
            "warnings": [],
        },
    )


def test_a_byline_in_full_width_digits_with_a_reading_count_in_ten_thousands() -> None:
    """A byline `发布时间：２０２４－０６－２１　　阅读量：1.2万` and `【字号：大 中 小】` on its own line over the
    title: chrome; the reply reads."""
    chrome = ["发布时间：２０２４－０６－２１　　阅读量：1.2万", "【字号：大 中 小】"]
    source = "\n".join(
        [
            *chrome,
            "关于市政协十四届二次会议第0217号提案的答复",
            "祁某委员：",
            "您提出的关于推进智慧停车建设的提案收悉，现答复如下：",
            "今年全市接入智慧停车平台的泊位达到十二万个。",
            "特此答复。",
            "某市公安局交通警察支队",
            "2024年6月18日",
        ]
    )
    probe(
        source,
        [*chrome, "阅读量"],
        {
            "title": "关于市政协十四届二次会议第0217号提案的答复",
            "ref": "0217",
            "closing": "特此答复。",
            "signature": signed("某市公安局交通警察支队", "2024年6月18日", "2024-06-18"),
            "warnings": [],
        },
    )


def test_a_folded_notice_with_a_breadcrumb_and_a_read_the_rest_link() -> None:
    """A notice folded after 一、's paragraph by `阅读全文>>`, under a breadcrumb `首页 / 通知公告`: chrome;
    the sections read on."""
    chrome = ["首页 / 通知公告", "阅读全文>>"]
    source = "\n".join(
        [
            chrome[0],
            "某市市场监督管理局关于开展2024年计量器具专项检查的通知",
            "各区市场监督管理局：",
            "现就开展今年计量器具专项检查通知如下：",
            "一、检查对象",
            "集贸市场、加油站使用的计量器具。",
            chrome[1],
            "二、检查时间",
            "2024年7月至9月。",
            "特此通知。",
            "某市市场监督管理局",
            "2024年6月28日",
        ]
    )
    probe(
        source,
        [*chrome, "阅读全文"],
        {
            "kind": "notice",
            "recipients": ["各区市场监督管理局"],
            "sections": [
                (1, "一、", 1, "检查对象", ["集贸市场、加油站使用的计量器具。"]),
                (1, "二、", 2, "检查时间", ["2024年7月至9月。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某市市场监督管理局", "2024年6月28日", "2024-06-28"),
            "warnings": [],
        },
    )


def test_guard_body_lines_on_page_views_time_honoured_brands_and_sources_stay() -> None:
    """Guard: a reply on a government website's statistics: `网站全年浏览次数达一千二百万人次。`, a line
    on 老字号 and a labelled statistic (`平台累计浏览次数：120万次；`): body text, nothing dropped."""
    paras = [
        "去年我市政府网站全年浏览次数达一千二百万人次。",
        "平台累计浏览次数：120万次；留言办结率：百分之九十八。",
        "本市认定的老字号企业已全部开通网上展厅。",
    ]
    source = "\n".join(
        [
            "关于市政协十四届二次会议第0094号提案的答复",
            "卓某委员：",
            "您提出的关于提升政府网站服务水平的提案收悉，现答复如下：",
            *paras,
            "特此答复。",
            "某市大数据管理局",
            "2024年6月6日",
        ]
    )
    probe(
        source,
        [],
        {
            "ref": "0094",
            "preamble": ["您提出的关于提升政府网站服务水平的提案收悉，现答复如下：", *paras],
            "closing": "特此答复。",
            "signature": signed("某市大数据管理局", "2024年6月6日", "2024-06-06"),
            "warnings": [],
        },
    )


# --- Batch 10: several kinds at once, and guards of other genres (written before any run) --------


def test_a_pdf_viewer_copy_with_a_category_row_glyph_markers_cr_ends_and_ideographic_space_tails() -> None:
    """All at once from a PDF viewer: radicals and compatibility forms throughout, a `办理结果:A类` row
    with a half-width colon over the 文号, ㈠ ㈡ under ⼀、, \\r alone ending every line, U+3000 at line
    ends: the category, the number, two levels and the 落款 read, the values as written."""
    lines = [
        "办理结果:A类",
        "某市商务局",
        "某商复〔2024〕27号",
        "关于市政协十四届二次会议第0186号提案的答复",
        "计某委员：",
        "您提出的关于促进消费提质扩容的提案收悉，现答复如下：",
        "一、工作开展情况",
        "㈠开展促消费活动",
        "今年全市举办促消费活动一百二十场。",
        "㈡发展新型消费",
        "全市直播电商交易额增长三成。",
        "二、下一步工作",
        "我局将推动商圈数字化改造。",
        "特此答复。",
        "某市商务局",
        "2024年6月21日",
    ]
    source = pdf_copy("\u3000\r".join(lines) + "\r")
    probe(
        source,
        [],
        pdf_read(
            {
                "metadata": {"办理结果": "A类"},
                "category": "A",
                "issuer": "某市商务局",
                "number": ("某商复〔2024〕27号", 2024, 27),
                "title": "关于市政协十四届二次会议第0186号提案的答复",
                "recipients": ["计某委员"],
                "ref": "0186",
                "sections": [
                    (1, "一、", 1, "工作开展情况", []),
                    (2, "㈠", 1, "开展促消费活动", ["今年全市举办促消费活动一百二十场。"]),
                    (2, "㈡", 2, "发展新型消费", ["全市直播电商交易额增长三成。"]),
                    (1, "二、", 2, "下一步工作", ["我局将推动商圈数字化改造。"]),
                ],
                "closing": "特此答复。",
                "signature": signed("某市商务局", "2024年6月21日", "2024-06-21"),
                "warnings": [],
            }
        ),
    )


def test_a_web_copy_with_a_breadcrumb_byline_sidebar_fold_ascii_quotes_and_a_joiner() -> None:
    """A web copy carrying everything a scrape does: breadcrumb, byline, half-width punctuation,
    straight quotes, a zero-width joiner inside the addressee, a `相关文章` box and `展开全文` between
    paragraphs, `打印本页 关闭窗口` at the end: the reply reads, the chrome leaves."""
    chrome = [
        "首页 > 政务公开 > 建议提案办理",
        "发布时间:2024-07-03 来源:某县住房和城乡建设局 浏览次数:57",
        "相关文章",
        "县政府召开建议提案交办会 2024-03-20",
        "展开全文",
        "打印本页 关闭窗口",
    ]
    source = "\n".join(
        [
            chrome[0],
            chrome[1],
            "关于县人大十八届三次会议第38号建议的答复",
            "车\u200d某代表:",
            '您提出的"关于加快农房抗震改造的建议"收悉,现答复如下:',
            "今年全县完成农房抗震改造八百户.",
            chrome[2],
            chrome[3],
            chrome[4],
            "下一步,我局将对改造农户开展回访.",
            "特此答复.",
            "某县住房和城乡建设局",
            "2024年7月1日",
            chrome[5],
        ]
    )
    probe(
        source,
        [*chrome, "浏览次数"],
        {
            "title": "关于县人大十八届三次会议第38号建议的答复",
            "recipients": ["车某代表"],
            "ref": "38",
            "preamble": [
                '您提出的"关于加快农房抗震改造的建议"收悉,现答复如下:',
                "今年全县完成农房抗震改造八百户.",
                "下一步,我局将对改造农户开展回访.",
            ],
            "closing": "特此答复.",
            "signature": signed("某县住房和城乡建设局", "2024年7月1日", "2024-07-01"),
            "warnings": [],
        },
    )


def test_an_ocr_text_with_look_alikes_a_lost_colon_soft_hyphen_wraps_and_mixed_ends() -> None:
    """An OCR'd reply saved as text: the 主送's colon lost, 己 for 已 in the body, a wrapped paragraph
    with soft hyphens at the breaks, CRLF and LF mixed, the sealed date's 日 read as 曰: the reply
    reads, the body keeps what was read, the paragraph joins (warned)."""
    para = "我局己会同市财政局设立农业产业化专项资金，今年共扶持龙头企业二十家，带动农户增收一点五亿元。"
    lines = [
        "关于市人大十六届四次会议第0227号建议的答复",
        "池某代表",
        "您提出的关于扶持农业产业化龙头企业的建议收悉，现答复如下：",
        para[:22] + "\u00ad",
        para[22:44] + "\u00ad",
        para[44:],
        "特此答复。",
        "某市农业农村局",
        "2024年6月28曰",
    ]
    source = "".join(line + ("\r\n" if k % 3 else "\n") for k, line in enumerate(lines))
    probe(
        source,
        [],
        {
            "title": "关于市人大十六届四次会议第0227号建议的答复",
            "recipients": ["池某代表"],
            "ref": "0227",
            "preamble": ["您提出的关于扶持农业产业化龙头企业的建议收悉，现答复如下：", para],
            "closing": "特此答复。",
            "signature": signed("某市农业农村局", "2024年6月28曰", "2024-06-28"),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_numeral_signature_date_of_radicals_reads_as_its_date() -> None:
    """A 落款 in numerals copied from a PDF viewer: `⼆〇⼆四年六⽉⼗⼋⽇` (⼆ ⼗ ⼋ ⽉ ⽇ radicals): the date
    reads, as written; the reply's other fields too."""
    lines = [
        "关于县政协十二届三次会议第27号提案的答复",
        "包某委员：",
        "您提出的关于发展乡村旅游的提案收悉，现答复如下：",
        "今年全县新增乡村旅游重点村八个。",
        "特此答复。",
        "某县文化和旅游局",
        "二〇二四年六月十八日",
    ]
    chars = "二十八月日一"
    probe(
        pdf_copy("\n".join(lines), chars),
        [],
        pdf_read(
            {
                "title": "关于县政协十二届三次会议第27号提案的答复",
                "recipients": ["包某委员"],
                "ref": "27",
                "closing": "特此答复。",
                "signature": signed("某县文化和旅游局", "二〇二四年六月十八日", "2024-06-18"),
                "warnings": [],
            },
            chars,
        ),
    )


def test_guard_a_notices_schedule_lines_naming_printing_and_closing_stay() -> None:
    """Guard: a notice whose schedule lines name printing and closing (`6月20日起：打印准考证；`,
    `6月25日：关闭报名系统。`) under a breadcrumb that is chrome: the breadcrumb leaves, the schedule stays."""
    schedule = ["6月10日至6月19日：网上报名；", "6月20日起：打印准考证；", "6月25日：关闭报名系统。"]
    source = "\n".join(
        [
            "首页 > 通知公告",
            "某县人力资源和社会保障局关于2024年公开招聘社区工作者的通知",
            "各乡镇人民政府：",
            "现将今年公开招聘社区工作者的有关事项通知如下：",
            "一、时间安排",
            *schedule,
            "二、报名方式",
            "报名人员登录县人社局网站报名。",
            "特此通知。",
            "某县人力资源和社会保障局",
            "2024年6月3日",
        ]
    )
    probe(
        source,
        ["通知公告"],
        {
            "kind": "notice",
            "recipients": ["各乡镇人民政府"],
            "sections": [
                (1, "一、", 1, "时间安排", schedule),
                (1, "二、", 2, "报名方式", ["报名人员登录县人社局网站报名。"]),
            ],
            "closing": "特此通知。",
            "signature": signed("某县人力资源和社会保障局", "2024年6月3日", "2024-06-03"),
            "warnings": [],
        },
    )


def test_guard_a_mailbox_answer_quoting_a_radical_and_a_circled_figure_stays_as_written() -> None:
    """Guard: a 领导信箱 answer whose text names a Kangxi radical as a radical (`部首“⽔”`) and quotes a
    figure ⑤ inside a sentence: the text keeps both as written, no section opens, nothing is warned."""
    paras = [
        "您反映的小学识字教材中部首“⽔”的书写问题，我局已转请教研部门研究。",
        "经核实，教材第⑤课的笔顺图示符合国家规范。",
    ]
    source = "\n".join(
        [
            "关于小学识字教材问题的答复",
            "尊敬的网友：",
            "您好！您的来信收悉，现答复如下：",
            *paras,
            "感谢您对教育工作的关心。",
            "某市教育局",
            "2024年5月16日",
        ]
    )
    doc = probe(
        source,
        [],
        {
            "title": "关于小学识字教材问题的答复",
            "sections": [],
            "closing": "感谢您对教育工作的关心。",
            "signature": signed("某市教育局", "2024年5月16日", "2024-05-16"),
        },
    )
    assert all(p in doc.text for p in paras)
