"""Round-11 blind probes of damaged and scraped text: replies (and a few neighbours of the genre)
as real archives hold them, aimed at what round 4's noise probes and the holdouts did not try.

Round 4 read one clean reply again with one kind of noise at a time. Here each short document
carries the damage a real copy carries, several kinds at once: a PDF's text layer copied out
with hard line wraps at its page width running through headings, page numbers of the forms
other templates print (— 2 —, a bare figure, 第2页/共3页) and a running head repeated on every
page, a heading cut by a page break; OCR output with 〇 read as O or 0, 一 read as a dash in a
marker or a page number, spaces between every character, doubled stops; portal scrapes whose
breadcrumbs, font-size switches, share rows, counters, link lists and footers take forms other
sites print; Word exports with tabs after list numbers, no-break-space indents, a byte-order mark
in the middle, form feeds and lone carriage returns; traditional characters mixed into a
simplified copy.

Every expected value was written by hand from the contract (design/contract.md) and README
before the parser ran on the batch (each batch was committed first): the header, the sections,
the closing, the signature and the contact, and what must NOT reach the text (page numbers,
running heads, chrome). A damaged thing the parser cannot resolve must give a warning, never a
silent guess. Every document also keeps the span invariants, invents no character, raises no
internal error and parses to the same Document twice. Each test compares all its checks at once
(`same`), so a first run counts every check it missed.
"""

from __future__ import annotations

from typing import Any

import govdoc
from tests.invariants import check_invariants, invented
from tests.probing import checked, codes, squashed


def parsed(source: str) -> govdoc.Document:
    """`source` parsed as text with the probes' invariants held, and the same Document again."""
    doc = checked(source)
    assert doc.to_json() == govdoc.parse_text(source).to_json()
    return doc


def look(doc: govdoc.Document, *gone: str) -> dict[str, Any]:
    """Every field a noise probe compares, in plain values; `leaked` lists the pieces of `gone`
    (furniture, chrome) that reached the text, compared without whitespace."""
    h, s, c = doc.header, doc.signature, doc.contact
    n, r = h.doc_number, h.responds_to
    text = squashed(doc.text)
    return {
        "kind": doc.kind,
        "title": h.title,
        "number": None if n is None else (n.text, n.year, n.serial),
        "issuer": h.issuer,
        "recipients": list(h.recipients),
        "ref": None if r is None else r.number,
        "metadata": dict(h.metadata),
        "preamble": [p.text for p in doc.preamble],
        "sections": [
            (x.level, x.marker, x.ordinal, x.title, [p.text for p in x.paragraphs]) for x in doc.iter_sections()
        ],
        "items": [[(i.marker, i.lead) for i in p.items] for x in doc.iter_sections() for p in x.paragraphs if p.items],
        "closing": None if doc.closing is None else doc.closing.text,
        "signature": None if s is None else (list(s.issuers), s.date, s.date_text),
        "contact": None if c is None else (c.name, list(c.phones)),
        "cc": None if doc.imprint is None else list(doc.imprint.cc),
        "attachments": list(doc.attachments),
        "warnings": sorted(set(codes(doc))),
        "leaked": [g for g in gone if squashed(g) in text],
    }


def same(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Every check of a probe compared at once, so one run shows all of its misses."""
    wrong = {k: {"got": got[k], "want": v} for k, v in want.items() if got[k] != v}
    assert not wrong, wrong


def wrapped(lines: list[str], width: int) -> list[str]:
    """Each line cut into pieces of `width` characters, as a PDF's text layer copied out holds it; a
    stop or closing mark never opens a line (the typesetter hangs it on the line before)."""
    out: list[str] = []
    for line in lines:
        rest = line
        while len(rest) > width:
            cut = width + 1 if rest[width] in "。，、；：）》”" else width
            out.append(rest[:cut])
            rest = rest[cut:]
        if rest:
            out.append(rest)
    return out


# --- Batch 1: a PDF's text layer copied out (written before any run) -----------------------------

_B1_LINES = [
    "关于市政协十三届三次会议第0087号提案的答复",
    "陈某某委员：",
    "您提出的《关于加强农村义务教育阶段乡村教师队伍建设的提案》收悉。经认真研究，现答复如下：",
    "一、近年来我市加强乡村教师队伍建设的主要做法",
    "我局会同市财政局、市人力社保局，连续三年提高乡村教师生活补助标准，2023年全市乡村教师人均月补助达到八百元，并在职称评审中单列乡村教师评审指标。",
    "二、关于进一步完善乡村教师补充和交流轮岗机制的打算",
    "下一步，我局将扩大公费师范生定向培养规模，每年为乡镇学校定向培养师范生二百名，并推动城区学校骨干教师到乡村学校交流任教。",
    "感谢您对我市教育工作的关心和支持。",
    "某市教育局",
    "2024年6月20日",
    "联系人：孙某",
    "联系电话：0571-87650321",
]
_B1_WANT: dict[str, Any] = {
    "title": "关于市政协十三届三次会议第0087号提案的答复",
    "recipients": ["陈某某委员"],
    "ref": "0087",
    "preamble": [_B1_LINES[2]],
    "sections": [
        (1, "一、", 1, "近年来我市加强乡村教师队伍建设的主要做法", [_B1_LINES[4]]),
        (1, "二、", 2, "关于进一步完善乡村教师补充和交流轮岗机制的打算", [_B1_LINES[6]]),
    ],
    "closing": "感谢您对我市教育工作的关心和支持。",
    "signature": (["某市教育局"], "2024-06-20", "2024年6月20日"),
    "contact": ("孙某", ["0571-87650321"]),
}


def test_a_reply_wrapped_at_its_page_width_with_em_dash_page_numbers_between_pages() -> None:
    """Every line over 24 characters cut at 24, headings too, and — 1 — / — 2 — set under each page's
    last line: the headings and paragraphs are joined again (each join a guess, so warned), the page
    numbers leave the text."""
    lines = wrapped(_B1_LINES, 24)
    source = "\n".join([*lines[:9], "— 1 —", *lines[9:], "— 2 —"]) + "\n"
    doc = parsed(source)
    same(look(doc, "— 1 —", "— 2 —"), _B1_WANT | {"warnings": ["page-break-joined"], "leaked": []})


def test_bare_page_figures_and_a_running_head_repeated_on_every_page_leave_the_text() -> None:
    """A PDF copy whose pages each open with the organ's running head and close with a bare page
    figure: both leave the text, the paragraph cut by the page end is joined."""
    lines = wrapped(_B1_LINES, 26)
    head = "某市教育局关于政协提案的答复"
    source = "\n".join([head, *lines[:8], "1", head, *lines[8:], "2"]) + "\n"
    doc = parsed(source)
    got = look(doc, head)
    same(
        got | {"figures": [ln for ln in doc.text.split("\n") if ln in ("1", "2")]},
        _B1_WANT | {"warnings": ["page-break-joined"], "leaked": [], "figures": []},
    )


def test_a_section_heading_cut_by_a_page_break_is_one_heading() -> None:
    """The heading `二、…` reaches the page's right edge and goes on after the page number on the next
    page: one heading, its title whole, the join warned."""
    source = (
        "关于市政协十三届三次会议第0087号提案的答复\n"
        "陈某某委员：\n"
        "您提出的《关于加强农村义务教育阶段乡村教师队伍建设的提案》收悉。现答复如下：\n"
        "一、基本情况\n"
        "全市现有乡村教师四千二百余名，占全市教师总数的三成。\n"
        "二、关于进一步完善乡村教师补充和交流轮岗\n"
        "第 1 页 共 2 页\n"
        "机制的打算\n"
        "我局将扩大公费师范生定向培养规模。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月20日\n"
        "第 2 页 共 2 页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第 1 页 共 2 页", "第 2 页 共 2 页"),
        {
            "sections": [
                (1, "一、", 1, "基本情况", ["全市现有乡村教师四千二百余名，占全市教师总数的三成。"]),
                (
                    1,
                    "二、",
                    2,
                    "关于进一步完善乡村教师补充和交流轮岗机制的打算",
                    ["我局将扩大公费师范生定向培养规模。"],
                ),
            ],
            "closing": "特此答复。",
            "signature": (["某市教育局"], "2024-06-20", "2024年6月20日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_form_feeds_after_slash_page_counts_end_the_pages_of_a_text_export() -> None:
    """A text export separating its pages by form feeds, each page closed by `2/3`-style counts:
    the counts leave, the sentence cut at a form feed is one paragraph."""
    source = (
        "某县农业农村局\n"
        "关于县人大十八届四次会议第26号建议的答复\n"
        "刘某代表：\n"
        "您提出的关于加快发展林下经济的建议收悉，现答复如下：\n"
        "一、发展现状\n"
        "全县林下种植面积已达一万二千亩，带动农户\n"
        "1/2\f"
        "一千三百余户增收。\n"
        "二、下一步工作\n"
        "我局将加大林下经济扶持资金投入。\n"
        "特此答复。\n"
        "某县农业农村局\n"
        "2024年7月5日\n"
        "2/2\f"
    )
    doc = parsed(source)
    same(
        look(doc, "1/2", "2/2"),
        {
            # (first look wanted the title without the organ: the contract makes an organ's own line
            # right above a 关于 title, no 文号 between, the title's first line; my error)
            "title": "某县农业农村局关于县人大十八届四次会议第26号建议的答复",
            "issuer": "某县农业农村局",
            "recipients": ["刘某代表"],
            "ref": "26",
            "sections": [
                (1, "一、", 1, "发展现状", ["全县林下种植面积已达一万二千亩，带动农户一千三百余户增收。"]),
                (1, "二、", 2, "下一步工作", ["我局将加大林下经济扶持资金投入。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县农业农村局"], "2024-07-05", "2024年7月5日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_last_page_holding_only_the_signature_after_a_no_body_note() -> None:
    """The 落款 printed alone on the last page under （此页无正文）, pages numbered `-1-` `-2-` at the foot
    and a contact 附注 after the date: the note and the numbers leave the text."""
    source = (
        "关于区政协十届二次会议第2024045号提案的答复\n"
        "周某委员：\n"
        "您提出的关于规范小区电动自行车充电管理的提案收悉，现答复如下：\n"
        "今年以来，我局在全区新建集中充电设施二百一十处，覆盖小区一百五十个。\n"
        "特此答复。\n"
        "-1-\n"
        "（此页无正文）\n"
        "某区应急管理局\n"
        "2024年5月28日\n"
        "（联系人：吴某，联系电话：85210034）\n"
        "-2-\n"
    )
    doc = parsed(source)
    same(
        look(doc, "-1-", "-2-", "此页无正文"),
        {
            "title": "关于区政协十届二次会议第2024045号提案的答复",
            "ref": "2024045",
            "preamble": [
                "您提出的关于规范小区电动自行车充电管理的提案收悉，现答复如下：",
                "今年以来，我局在全区新建集中充电设施二百一十处，覆盖小区一百五十个。",
            ],
            "sections": [],
            "closing": "特此答复。",
            "signature": (["某区应急管理局"], "2024-05-28", "2024年5月28日"),
            "contact": ("吴某", ["85210034"]),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_page_number_between_the_contact_lines_leaves_the_contact_whole() -> None:
    """The page ends between 联系人 and 联系电话 (a running foot `某市生态环境局  第2页`-less bare
    `- 2 -`): the contact keeps its name and phone."""
    source = (
        "关于市十六届人大二次会议第158号建议的答复\n"
        "黄某代表：\n"
        "您提出的关于加强城市黑臭水体治理的建议收悉，现答复如下：\n"
        "一、治理成效\n"
        "全市建成区黑臭水体已基本消除。\n"
        "二、长效管护\n"
        "我局将建立河湖长制考核机制。\n"
        "感谢您对生态环境工作的关心和支持。\n"
        "某市生态环境局\n"
        "2024年6月11日\n"
        "联系人：郑某\n"
        "- 2 -\n"
        "联系电话：0512-68889012\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 2 -"),
        {
            "ref": "158",
            "sections": [
                (1, "一、", 1, "治理成效", ["全市建成区黑臭水体已基本消除。"]),
                (1, "二、", 2, "长效管护", ["我局将建立河湖长制考核机制。"]),
            ],
            "closing": "感谢您对生态环境工作的关心和支持。",
            "signature": (["某市生态环境局"], "2024-06-11", "2024年6月11日"),
            "contact": ("郑某", ["0512-68889012"]),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_long_title_wrapped_and_a_running_head_with_its_page_count_on_one_line() -> None:
    """A title wrapped over two lines at the page width, and each page's head band copied as one line
    holding the short title and `第1页/共2页`: the title is joined, the head band leaves."""
    band1 = "某市商务局答复　　　　第1页/共2页"
    band2 = "某市商务局答复　　　　第2页/共2页"
    source = (
        f"{band1}\n"
        "某市商务局关于市政协十三届三次会议第0213号提案\n"
        "的答复\n"
        "某商函〔2024〕58号\n"
        "林某某委员：\n"
        "您提出的关于促进夜间经济发展的提案收悉，现答复如下：\n"
        "一、已开展的工作\n"
        "我局已评定市级夜间经济集聚区十二个。\n"
        f"{band2}\n"
        "二、下一步打算\n"
        "我局将出台夜间经济发展专项扶持政策。\n"
        "特此答复。\n"
        "某市商务局\n"
        "2024年8月2日\n"
    )
    doc = parsed(source)
    same(
        look(doc, band1, band2),
        {
            "title": "某市商务局关于市政协十三届三次会议第0213号提案的答复",
            "issuer": "某市商务局",
            "number": ("某商函〔2024〕58号", 2024, 58),
            "recipients": ["林某某委员"],
            "ref": "0213",
            "sections": [
                (1, "一、", 1, "已开展的工作", ["我局已评定市级夜间经济集聚区十二个。"]),
                (1, "二、", 2, "下一步打算", ["我局将出台夜间经济发展专项扶持政策。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市商务局"], "2024-08-02", "2024年8月2日"),
            "leaked": [],
        },
    )


# --- Batch 2: OCR output saved as text (written before any run) -----------------------------------


def test_letter_o_and_digit_zero_read_for_ling_in_a_numeral_date() -> None:
    """OCR (or a typist) gives 〇 as the letter O in the 落款 and as the digit 0 in the body's date: the
    signature date is read, its text kept as written."""
    source = (
        "某市卫生健康委员会\n"
        "关于市政协十三届三次会议第0342号提案的答复\n"
        "何某委员：\n"
        "您提出的关于完善基层医疗卫生服务体系的提案收悉，现答复如下：\n"
        "二0二三年以来，全市新建社区卫生服务站四十六个。\n"
        "下一步，我委将推进紧密型医联体建设。\n"
        "特此答复。\n"
        "某市卫生健康委员会\n"
        "二O二四年七月十日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "某市卫生健康委员会关于市政协十三届三次会议第0342号提案的答复",
            "issuer": "某市卫生健康委员会",
            "ref": "0342",
            "preamble": [
                "您提出的关于完善基层医疗卫生服务体系的提案收悉，现答复如下：",
                "二0二三年以来，全市新建社区卫生服务站四十六个。",
                "下一步，我委将推进紧密型医联体建设。",
            ],
            "closing": "特此答复。",
            "signature": (["某市卫生健康委员会"], "2024-07-10", "二O二四年七月十日"),
            "warnings": [],
        },
    )


def test_a_first_section_marker_whose_yi_was_read_as_a_dash() -> None:
    """OCR read the 一 of `一、` as a full-width hyphen, and of `（一）` as an em dash: the numbers that
    follow (二、, （二）) make them the first of their runs; markers stay as written."""
    source = (
        "关于区人大十七届三次会议第53号建议的答复\n"
        "许某代表：\n"
        "您提出的关于加强校园周边交通安全管理的建议收悉，现答复如下：\n"
        "－、工作开展情况\n"
        "（—）完善设施\n"
        "我局在全区中小学校门口增设护学岗八十个。\n"
        "（二）加强巡查\n"
        "上下学高峰时段安排警力巡逻。\n"
        "二、下一步工作打算\n"
        "我局将推动建设学校周边停车接送区。\n"
        "特此答复。\n"
        "某区公安分局\n"
        "2024年6月17日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "－、", 1, "工作开展情况", []),
                (2, "（—）", 1, "完善设施", ["我局在全区中小学校门口增设护学岗八十个。"]),
                (2, "（二）", 2, "加强巡查", ["上下学高峰时段安排警力巡逻。"]),
                (1, "二、", 2, "下一步工作打算", ["我局将推动建设学校周边停车接送区。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某区公安分局"], "2024-06-17", "2024年6月17日"),
            "warnings": [],
        },
    )


def test_a_first_member_marker_whose_yi_was_read_as_a_dash() -> None:
    """`—是…。二是…。三是…。` with the first 一 read as an em dash: three members, the first one's marker
    as written."""
    source = (
        "关于市政协十三届三次会议第0178号提案的答复\n"
        "罗某委员：\n"
        "您提出的关于支持中小微企业融资的提案收悉，现答复如下：\n"
        "一、主要工作\n"
        "—是设立应急转贷资金。全年转贷六十亿元。二是推广信用贷款。新增信用贷款九十亿元。三是降低担保费率。\n"
        "感谢您对我市金融工作的关心。\n"
        "某市地方金融监督管理局\n"
        "2024年5月30日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "items": [[("—是", "设立应急转贷资金"), ("二是", "推广信用贷款"), ("三是", "降低担保费率")]],
            "closing": "感谢您对我市金融工作的关心。",
            "signature": (["某市地方金融监督管理局"], "2024-05-30", "2024年5月30日"),
            "warnings": [],
        },
    )


def test_an_ocr_page_number_read_as_yi_digit_yi_leaves_the_text() -> None:
    """OCR read `— 2 —` under the first page as `一 2 一`: it leaves the text, and the sentence it cut is
    one paragraph again (the join warned)."""
    source = (
        "关于县政协十一届二次会议第31号提案的答复\n"
        "马某委员：\n"
        "您提出的关于加快农村公路提档升级的提案收悉，现答复如下：\n"
        "一、建设情况\n"
        "2023年全县完成农村公路提档升级一百二十公里，新建\n"
        "一 2 一\n"
        "错车道三百处，实现了较大人口规模自然村通硬化路。\n"
        "二、下一步计划\n"
        "我局将争取省级补助资金。\n"
        "特此答复。\n"
        "某县交通运输局\n"
        "2024年4月22日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "一 2 一"),
        {
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "建设情况",
                    [
                        "2023年全县完成农村公路提档升级一百二十公里，新建错车道三百处，实现了较大人口规模自然村通硬化路。"
                    ],
                ),
                (1, "二、", 2, "下一步计划", ["我局将争取省级补助资金。"]),
            ],
            "signature": (["某县交通运输局"], "2024-04-22", "2024年4月22日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_spaces_between_every_character_of_ocr_lines_leave_the_text() -> None:
    """OCR of a letter-spaced print put a space between every character of the addressee, a heading,
    a body line and the closing: layout spaces between CJK characters (full-width stops are CJK
    characters) leave the text, so the values read as printed."""
    source = (
        "关于区政协十届三次会议第2024101号提案的答复\n"
        "唐 某 某 委 员 ：\n"
        "您提出的关于推进垃圾分类的提案收悉，现答复如下：\n"
        "一 、 基 本 情 况\n"
        "全 区 已 建 成 垃 圾 分 类 投 放 点 一 千 二 百 个 。\n"
        "特 此 答 复 。\n"
        "某区绿化和市容管理局\n"
        "2024年7月8日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["唐某某委员"],
            "ref": "2024101",
            "sections": [(1, "一、", 1, "基本情况", ["全区已建成垃圾分类投放点一千二百个。"])],
            "closing": "特此答复。",
            "signature": (["某区绿化和市容管理局"], "2024-07-08", "2024年7月8日"),
            "warnings": [],
        },
    )


def test_doubled_and_mixed_width_punctuation_is_kept_as_written() -> None:
    """OCR doubled a stop and a colon and mixed the brackets' widths: the values keep the characters
    as read (the contract counts half-width forms as full-width for its rules), the sub-section
    markers `（一)` and `(二）` open sections, `１．` full-width points too."""
    source = (
        "关于市政协十三届三次会议第0266号提案的答复\n"
        "钟某委员：\n"
        "您提出的关于加强古树名木保护的提案收悉。。现答复如下：：\n"
        "一、保护现状\n"
        "（一)开展普查\n"
        "全市已登记古树名木三千一百株。\n"
        "(二）落实养护\n"
        "１．划定保护范围。已为一级古树全部划定保护范围。\n"
        "２．落实养护责任。签订养护责任书二千份。\n"
        "感谢您的关心和支持！！\n"
        "某市园林绿化局\n"
        "2024年6月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "preamble": ["您提出的关于加强古树名木保护的提案收悉。。现答复如下：："],
            "sections": [
                (1, "一、", 1, "保护现状", []),
                (2, "（一)", 1, "开展普查", ["全市已登记古树名木三千一百株。"]),
                (2, "(二）", 2, "落实养护", []),
                (3, "１．", 1, "划定保护范围", ["已为一级古树全部划定保护范围。"]),
                (3, "２．", 2, "落实养护责任", ["签订养护责任书二千份。"]),
            ],
            "closing": "感谢您的关心和支持！！",
            "signature": (["某市园林绿化局"], "2024-06-25", "2024年6月25日"),
            "warnings": [],
        },
    )


def test_letters_read_for_digits_in_the_signature_date_are_warned_not_guessed() -> None:
    """OCR read `2024年11月5日` as `2O24年l1月5日` (a letter O and a letter l): the organ is the
    signature's, the date is damaged, so its text stays as written, its ISO value null, and a
    `date-unparsed` warning says so (a silent repair would be a guess)."""
    source = (
        "关于市十六届人大三次会议第0091号建议的答复\n"
        "谢某代表：\n"
        "您提出的关于推进城市更新的建议收悉，现答复如下：\n"
        "我局已将您的建议纳入年度城市更新计划统筹推进。\n"
        "特此答复。\n"
        "某市住房和城乡建设局\n"
        "2O24年l1月5日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "ref": "0091",
            "closing": "特此答复。",
            "signature": (["某市住房和城乡建设局"], None, "2O24年l1月5日"),
            "warnings": ["date-unparsed"],
        },
    )


# --- Causes the batches found, each shown by a new example (failing on the session's start) ----


def test_a_heading_of_full_width_characters_two_short_of_the_wrap_width_ends_at_its_line() -> None:
    """Cause (batch 1): a heading line within the width's slack was taken as cut by the width and
    joined to the paragraph under it, losing its title. The slack is owed to half-width characters;
    a heading of full-width ones short of the width ended there."""
    lines = [
        "关于县政协十一届三次会议第45号提案的答复",
        "龚某委员：",
        "您提出的关于加强农村饮用水水源地保护的提案收悉。经研究，现答复如下：",
        "一、全县农村饮用水水源地保护工作的总体情况",
        "全县现有农村集中式饮用水水源地六十三处，均已完成保护区划定，设立界标和警示牌四百余块，水质达标率保持在百分之百。",
        "二、下一步工作",
        "我局将会同县水利局开展水源地环境问题排查整治，对排查发现的问题建立清单，限期整改到位，并向社会公开整改情况。",
        "特此答复。",
        "某县生态环境分局",
        "2024年9月3日",
    ]
    doc = parsed("\n".join(wrapped(lines, 23)) + "\n")
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "全县农村饮用水水源地保护工作的总体情况", [lines[4]]),
                (1, "二、", 2, "下一步工作", [lines[6]]),
            ],
            "signature": (["某县生态环境分局"], "2024-09-03", "2024年9月3日"),
        },
    )


def test_a_bare_page_figure_before_the_next_pages_running_head_and_the_last_figure_leave() -> None:
    """Cause (batch 1): a bare page figure was taken only between two lines of text, so one followed
    by the next page's running head (a copy of the text's first line) stayed, and so did the running
    head beside it, and the last page's figure closing the text."""
    head = "某区民政局办理政协提案答复"
    source = (
        f"{head}\n"
        "关于区政协十届三次会议第2024077号提案的答复\n"
        "邓某委员：\n"
        "您提出的关于发展社区嵌入式养老服务的提案收悉，现答复如下：\n"
        "今年全区新建社区嵌入式养老服务设施十八处，新增养老床位六百张。\n"
        "1\n"
        f"{head}\n"
        "我局将继续推进养老服务设施布点规划落地。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年8月19日\n"
        "2\n"
    )
    doc = parsed(source)
    same(
        look(doc, head) | {"figures": [ln for ln in doc.text.split("\n") if ln in ("1", "2")]},
        {
            "title": "关于区政协十届三次会议第2024077号提案的答复",
            "preamble": [
                "您提出的关于发展社区嵌入式养老服务的提案收悉，现答复如下：",
                "今年全区新建社区嵌入式养老服务设施十八处，新增养老床位六百张。",
                "我局将继续推进养老服务设施布点规划落地。",
            ],
            "signature": (["某区民政局"], "2024-08-19", "2024年8月19日"),
            "warnings": [],
            "leaked": [],
            "figures": [],
        },
    )


def test_a_guanyu_heading_cut_by_a_page_end_and_closed_by_its_measures_is_one_title() -> None:
    """Cause (batch 1): the words closing a wrapped `关于…` heading's frame knew the proposal's words
    (…的问题, …的建议) but not the answer's own (…的打算, …的措施): the rest after the page end
    stayed a paragraph of its own."""
    source = (
        "关于市十六届人大三次会议第0215号建议的答复\n"
        "沈某代表：\n"
        "您提出的关于加快城市老旧燃气管网更新改造的建议收悉，现答复如下：\n"
        "一、改造进展\n"
        "今年已完成老旧燃气管网改造一百六十公里。\n"
        "二、关于加快推进老旧燃气管网更新改造资金筹措\n"
        "- 2 -\n"
        "工作的措施\n"
        "我局将积极争取中央预算内投资和专项债券支持。\n"
        "特此答复。\n"
        "某市城市管理局\n"
        "2024年7月29日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 2 -"),
        {
            "sections": [
                (1, "一、", 1, "改造进展", ["今年已完成老旧燃气管网改造一百六十公里。"]),
                (
                    1,
                    "二、",
                    2,
                    "关于加快推进老旧燃气管网更新改造资金筹措工作的措施",
                    ["我局将积极争取中央预算内投资和专项债券支持。"],
                ),
            ],
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_an_ocr_page_number_read_as_yi_figure_yi_glued_leaves_the_text() -> None:
    """Cause (batch 2): OCR saved as text reads `— 3 —` as `一3一`; no pattern of page numbers knew it,
    so it stayed inside the paragraph it cut."""
    source = (
        "关于市政协十三届三次会议第0420号提案的答复\n"
        "葛某委员：\n"
        "您提出的关于完善城市无障碍环境建设的提案收悉，现答复如下：\n"
        "今年我市共改造无障碍坡道一千二百处，在主要道路路口\n"
        "一3一\n"
        "增设盲人过街提示装置三百套。\n"
        "特此答复。\n"
        "某市残疾人联合会\n"
        "2024年6月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "一3一"),
        {
            "preamble": [
                "您提出的关于完善城市无障碍环境建设的提案收悉，现答复如下：",
                "今年我市共改造无障碍坡道一千二百处，在主要道路路口增设盲人过街提示装置三百套。",
            ],
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_signature_date_with_a_capital_i_for_a_one_is_the_signatures_warned() -> None:
    """Cause (batch 2): a 落款 date whose digit OCR read as a look-alike letter (I for 1) was no date
    line at all, so the document lost its signature and its closing; it is a damaged date: kept as
    written, no ISO value, `date-unparsed`."""
    source = (
        "关于县十九届人大二次会议第17号建议的答复\n"
        "潘某代表：\n"
        "您提出的关于改善县城停车难问题的建议收悉，现答复如下：\n"
        "我局已在县城新增公共停车泊位八百个。\n"
        "感谢您对我局工作的支持。\n"
        "某县住房和城乡建设局\n"
        "2024年6月I8日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "closing": "感谢您对我局工作的支持。",
            "signature": (["某县住房和城乡建设局"], None, "2024年6月I8日"),
            "warnings": ["date-unparsed"],
        },
    )


# --- Batch 3: portal scrapes (written before any run) ---------------------------------------------


def test_an_arrow_breadcrumb_a_font_size_switch_and_a_print_row_above_the_title_leave_the_text() -> None:
    """A portal copy whose breadcrumb says 您所在的位置 and parts its steps by arrows, whose font switch
    reads 字体大小：大 中 小, with a bar-parted print row: chrome, none of it title or text."""
    crumb = "您所在的位置：网站首页 → 政务公开 → 建议提案办理"
    size = "字体大小：大 中 小"
    tools = "打印 | 关闭"
    source = (
        f"{crumb}\n"
        f"{size}\n"
        f"{tools}\n"
        "关于市政协十三届三次会议第0158号提案的答复\n"
        "冯某委员：\n"
        "您提出的关于加快建设“15分钟健身圈”的提案收悉，现答复如下：\n"
        "一、建设情况\n"
        "全市已建成社区多功能运动场二百四十片。\n"
        "二、下一步打算\n"
        "我局将利用城市边角地新建一批口袋公园。\n"
        "感谢您对体育工作的关心和支持。\n"
        "某市体育局\n"
        "2024年7月2日\n"
    )
    doc = parsed(source)
    same(
        look(doc, crumb, size, tools),
        {
            "title": "关于市政协十三届三次会议第0158号提案的答复",
            "recipients": ["冯某委员"],
            "ref": "0158",
            "metadata": {},
            "sections": [
                (1, "一、", 1, "建设情况", ["全市已建成社区多功能运动场二百四十片。"]),
                (1, "二、", 2, "下一步打算", ["我局将利用城市边角地新建一批口袋公园。"]),
            ],
            "closing": "感谢您对体育工作的关心和支持。",
            "signature": (["某市体育局"], "2024-07-02", "2024年7月2日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_information_table_run_onto_one_line_gives_its_pairs() -> None:
    """The portal's information table flattened onto one line, pairs parted by spaces: each pair is
    metadata, its 文号 the document's number, its 发布机构 the issuer the page names."""
    source = (
        "索引号：11330100002482517K/2024-00321 发布机构：某市自然资源和规划局 生成日期：2024-07-12 "
        "文号：某自然资规函〔2024〕19号 主题分类：国土资源、能源\n"
        "关于市十六届人大三次会议第0066号建议的答复\n"
        "傅某代表：\n"
        "您提出的关于盘活城镇低效用地的建议收悉，现答复如下：\n"
        "今年我局已完成城镇低效用地再开发二千一百亩。\n"
        "特此答复。\n"
        "某市自然资源和规划局\n"
        "2024年7月10日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "metadata": {
                "索引号": "11330100002482517K/2024-00321",
                "发布机构": "某市自然资源和规划局",
                "生成日期": "2024-07-12",
                "文号": "某自然资规函〔2024〕19号",
                "主题分类": "国土资源、能源",
            },
            "number": ("某自然资规函〔2024〕19号", 2024, 19),
            "issuer": "某市自然资源和规划局",
            "title": "关于市十六届人大三次会议第0066号建议的答复",
            "ref": "0066",
            "signature": (["某市自然资源和规划局"], "2024-07-10", "2024年7月10日"),
            "warnings": [],
        },
    )


def test_a_share_row_a_bare_reading_count_and_a_related_files_list_leave_the_text() -> None:
    """Under the headline a share row without 到 (分享：微信 微博 QQ空间) and a reading count without
    次 (阅读：2318); after the 落款 a 相关文件 list: chrome, the document ends at its 落款."""
    share = "分享：微信 微博 QQ空间"
    count = "阅读：2318"
    links = ["相关文件：", "某市养老服务条例", "关于印发某市养老服务体系建设规划的通知"]
    source = (
        "关于区政协十届三次会议第2024132号提案的答复\n"
        f"{share}\n"
        f"{count}\n"
        "韦某委员：\n"
        "您提出的关于推进老年助餐服务的提案收悉，现答复如下：\n"
        "全区已建成老年助餐点一百二十个，日均服务老人八千人次。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年6月13日\n" + "\n".join(links) + "\n"
    )
    doc = parsed(source)
    same(
        look(doc, share, count, *links),
        {
            "title": "关于区政协十届三次会议第2024132号提案的答复",
            "recipients": ["韦某委员"],
            "preamble": [
                "您提出的关于推进老年助餐服务的提案收悉，现答复如下：",
                "全区已建成老年助餐点一百二十个，日均服务老人八千人次。",
            ],
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-06-13", "2024年6月13日"),
            "attachments": [],
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_site_footer_with_its_own_phone_and_a_site_code_is_no_contact_of_the_reply() -> None:
    """The site's footer under the reply: who runs it and who built it, its 网站识别码, its ICP and
    public-security marks, and its switchboard phone. All chrome; the reply names no contact of its
    own, so its contact is null."""
    footer = [
        "主办：某县人民政府办公室　　技术支持：某某网络科技有限公司",
        "地址：某县人民路1号　　电话：0575-88881234",
        "网站识别码：3306240001　　浙ICP备05012345号-1　　浙公网安备 33062402000123号",
    ]
    source = (
        "关于县政协十一届三次会议第66号提案的答复\n"
        "严某委员：\n"
        "您提出的关于扶持农村电商发展的提案收悉，现答复如下：\n"
        "我局今年已培育农村电商示范村十五个。\n"
        "特此答复。\n"
        "某县商务局\n"
        "2024年7月18日\n" + "\n".join(footer) + "\n"
    )
    doc = parsed(source)
    same(
        look(doc, *footer),
        {
            "ref": "66",
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-07-18", "2024年7月18日"),
            "contact": None,
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_wechat_repost_with_its_byline_follow_prompt_and_foot_leaves_the_text() -> None:
    """A 政协 account's WeChat post reposting a reply: the byline with its time and place, a
    `点击蓝字 关注我们` prompt, and at the foot `阅读原文`, the 在看 prompt and the account's own
    advert: chrome around the reply."""
    chrome = [
        "原创 某市政协 某市政协 2024-07-05 18:30 浙江",
        "点击蓝字 关注我们",
        "阅读原文",
        "点个在看，你最好看",
    ]
    source = (
        f"{chrome[0]}\n"
        f"{chrome[1]}\n"
        "关于市政协十三届三次会议第0301号提案的答复\n"
        "卢某委员：\n"
        "您提出的关于加强非物质文化遗产保护传承的提案收悉，现答复如下：\n"
        "一、保护现状\n"
        "全市现有国家级非遗代表性项目二十一项。\n"
        "二、下一步工作\n"
        "我局将建设一批非遗工坊。\n"
        "特此答复。\n"
        "某市文化广电旅游局\n"
        "2024年6月28日\n"
        f"{chrome[2]}\n"
        f"{chrome[3]}\n"
    )
    doc = parsed(source)
    same(
        look(doc, *chrome),
        {
            "title": "关于市政协十三届三次会议第0301号提案的答复",
            "sections": [
                (1, "一、", 1, "保护现状", ["全市现有国家级非遗代表性项目二十一项。"]),
                (1, "二、", 2, "下一步工作", ["我局将建设一批非遗工坊。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市文化广电旅游局"], "2024-06-28", "2024年6月28日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_results_page_labelling_its_title_and_its_body() -> None:
    """A 建议提案办理结果 page printing the reply as a record: `标题：` with the title, the date it went
    up, then `内容：` over the reply itself. The 标题 value is the title (the reply prints none of its
    own); the record's date line is the page's byline."""
    source = (
        "标题：关于县政协十一届三次会议第102号提案的答复\n"
        "发布日期：2024-08-01\n"
        "内容：\n"
        "包某委员：\n"
        "您提出的关于加强农村养老服务的提案收悉，现答复如下：\n"
        "我局已在全县建成农村互助养老服务点九十个。\n"
        "特此答复。\n"
        "某县民政局\n"
        "2024年7月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于县政协十一届三次会议第102号提案的答复",
            "recipients": ["包某委员"],
            "ref": "102",
            "preamble": [
                "您提出的关于加强农村养老服务的提案收悉，现答复如下：",
                "我局已在全县建成农村互助养老服务点九十个。",
            ],
            "closing": "特此答复。",
            "signature": (["某县民政局"], "2024-07-25", "2024年7月25日"),
        },
    )


def test_breadcrumbs_parted_by_double_angle_quotes_and_a_column_line_leave_the_text() -> None:
    """A breadcrumb parted by full-width 》 (首页》信息公开》建议提案), and the column's name under it
    (当前栏目：人大建议办理): chrome."""
    crumb = "首页》信息公开》建议提案》人大建议"
    column = "当前栏目：人大建议办理"
    source = (
        f"{crumb}\n"
        f"{column}\n"
        "关于区十七届人大三次会议第88号建议的答复\n"
        "蒋某代表：\n"
        "您提出的关于增设公交站点候车亭的建议收悉，现答复如下：\n"
        "我局今年已在全区新建公交候车亭六十座。\n"
        "特此答复。\n"
        "某区交通运输局\n"
        "2024年5月15日\n"
    )
    doc = parsed(source)
    same(
        look(doc, crumb, column),
        {
            "title": "关于区十七届人大三次会议第88号建议的答复",
            "recipients": ["蒋某代表"],
            "ref": "88",
            "metadata": {},
            "signature": (["某区交通运输局"], "2024-05-15", "2024年5月15日"),
            "warnings": [],
            "leaked": [],
        },
    )


def _portal_reply(above: list[str], below: list[str]) -> str:
    """A short reply with the given chrome lines above its title and under its 落款."""
    return (
        "\n".join(above) + "\n"
        "关于市政协十三届三次会议第0377号提案的答复\n"
        "尹某委员：\n"
        "您提出的关于加强城市书房建设的提案收悉，现答复如下：\n"
        "全市今年新建城市书房二十五家。\n"
        "特此答复。\n"
        "某市文化广电旅游局\n"
        "2024年8月8日\n" + "\n".join(below) + "\n"
    )


_PORTAL_WANT: dict[str, Any] = {
    "title": "关于市政协十三届三次会议第0377号提案的答复",
    "recipients": ["尹某委员"],
    "metadata": {},
    "preamble": ["您提出的关于加强城市书房建设的提案收悉，现答复如下：", "全市今年新建城市书房二十五家。"],
    "closing": "特此答复。",
    "signature": (["某市文化广电旅游局"], "2024-08-08", "2024年8月8日"),
    "warnings": [],
    "leaked": [],
}


def test_breadcrumbs_under_suozai_de_weizhi_or_parted_by_arrows_and_a_column_line_are_chrome() -> None:
    """Cause (batch 3): the breadcrumb's label 您所在的位置 (with 的), steps parted by → or a full-width 》,
    and the page's 当前栏目 line were read as the document's (metadata pairs, text)."""
    above = ["所在的位置：首页→新闻中心→提案办理", "主页 》 政府信息公开 》 建议提案", "当前栏目：政协提案办理"]
    doc = parsed(_portal_reply(above, []))
    same(look(doc, *above), _PORTAL_WANT)


def test_a_font_size_label_a_share_label_with_a_colon_and_a_bare_count_are_chrome() -> None:
    """Cause (batch 3): 文字大小：/字体大小：, 分享： (no 到) and a count with no 次 after it (浏览：1,024)
    were no chrome the patterns knew."""
    above = ["文字大小：大 中 小", "分享：微博 微信", "浏览：1,024"]
    doc = parsed(_portal_reply(above, []))
    same(look(doc, *above), _PORTAL_WANT)


def test_a_related_policies_list_after_the_signature_is_chrome() -> None:
    """Cause (batch 3): a 相关政策 / 相关文件 label alone on its line was no chrome, so the link titles under
    it stayed as the document's."""
    below = ["相关政策", "某市公共文化服务保障条例", "某市城市书房建设管理办法"]
    doc = parsed(_portal_reply([], below))
    same(look(doc, *below), _PORTAL_WANT)


def test_a_wechat_posts_byline_and_prompts_are_chrome() -> None:
    """Cause (batch 3): a WeChat byline with the time and place after its date, 点击上方蓝字, 阅读原文 and
    点赞 prompts were no chrome the patterns knew."""
    above = ["原创 某市文旅 2024-08-09 09:12 江苏", "点击上方蓝字关注我们"]
    below = ["阅读原文", "点赞和在看就是最大的支持"]
    doc = parsed(_portal_reply(above, below))
    same(look(doc, *above, *below), _PORTAL_WANT)


# --- Batch 4: Word documents saved as text (written before any run) -------------------------------


def test_word_list_numbers_followed_by_a_tab_open_sections_with_their_titles() -> None:
    """Word's automatic numbering saved as text puts a tab between the number and the heading
    (`一、⇥工作开展情况`, `（一）⇥…`, `1.⇥…`): markers as written without the tab, titles whole."""
    source = (
        "关于市政协十三届三次会议第0233号提案的答复\n"
        "田某委员：\n"
        "您提出的关于提升城市排水防涝能力的提案收悉，现答复如下：\n"
        "一、\t工作开展情况\n"
        "（一）\t排查易涝点\n"
        "全市排查易涝点位一百零八处。\n"
        "（二）\t实施改造工程\n"
        "1.\t新建雨水管网。今年新建雨水管网四十公里。\n"
        "2.\t建设调蓄设施。新建调蓄池六座。\n"
        "二、\t下一步工作\n"
        "我局将完善城市内涝预警体系。\n"
        "特此答复。\n"
        "某市水务局\n"
        "2024年6月3日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "一、", 1, "工作开展情况", []),
                (2, "（一）", 1, "排查易涝点", ["全市排查易涝点位一百零八处。"]),
                (2, "（二）", 2, "实施改造工程", []),
                (3, "1.", 1, "新建雨水管网", ["今年新建雨水管网四十公里。"]),
                (3, "2.", 2, "建设调蓄设施", ["新建调蓄池六座。"]),
                (1, "二、", 2, "下一步工作", ["我局将完善城市内涝预警体系。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市水务局"], "2024-06-03", "2024年6月3日"),
            "warnings": [],
        },
    )


def test_contact_labels_parted_from_their_values_by_tabs_of_a_word_table() -> None:
    """The contact printed as a two-column Word table saved as text: each row a label, a tab and the
    value, no colon. The labels are the contact's: name and phone are read."""
    source = (
        "关于县十九届人大二次会议第41号建议的答复\n"
        "汤某代表：\n"
        "您提出的关于加强农村水利设施管护的建议收悉，现答复如下：\n"
        "我局已落实小型水库管护人员一百二十名。\n"
        "特此答复。\n"
        "某县水利局\n"
        "2024年5月22日\n"
        "联系人\t施某\n"
        "联系电话\t0575-87112233\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "closing": "特此答复。",
            "signature": (["某县水利局"], "2024-05-22", "2024年5月22日"),
            "contact": ("施某", ["0575-87112233"]),
            "warnings": [],
        },
    )


def test_byte_order_marks_inside_a_text_pasted_together_from_two_files_leave_no_trace() -> None:
    """A reply pasted together from two saved files keeps the second file's byte-order mark (U+FEFF)
    at the start of a line in the middle, and the first file's at the very start: neither is a
    character of any value."""
    source = (
        "\ufeff关于区政协十届三次会议第2024088号提案的答复\n"
        "任某委员：\n"
        "您提出的关于规范共享单车停放的提案收悉，现答复如下：\n"
        "\ufeff一、治理成效\n"
        "全区已施划共享单车停放区二千处。\n"
        "二、下一步措施\n"
        "我局将推行电子围栏管理。\n"
        "特此答复。\n"
        "某区城市管理局\n"
        "2024年6月21日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"marks": "\ufeff" in doc.text},
        {
            "title": "关于区政协十届三次会议第2024088号提案的答复",
            "recipients": ["任某委员"],
            "sections": [
                (1, "一、", 1, "治理成效", ["全区已施划共享单车停放区二千处。"]),
                (1, "二、", 2, "下一步措施", ["我局将推行电子围栏管理。"]),
            ],
            "signature": (["某区城市管理局"], "2024-06-21", "2024年6月21日"),
            "warnings": [],
            "marks": False,
        },
    )


def test_mixed_line_ends_and_a_form_feed_before_the_signature_page() -> None:
    """A Word export with CRLF line ends, a few lone CRs where a paragraph was pasted from a Mac file,
    and a form feed (Word's page break) between the closing and the 落款: lines as written, the
    signature whole."""
    source = (
        "关于市十六届人大三次会议第0177号建议的答复\r\n"
        "曹某代表：\r\n"
        "您提出的关于加快充电桩建设的建议收悉，现答复如下：\r"
        "截至今年6月，全市累计建成公共充电桩一万二千个。\r"
        "下一步，我委将推动居住区充电设施建设。\r\n"
        "特此答复。\r\n"
        "\f某市发展和改革委员会\r\n"
        "2024年7月9日\r\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["曹某代表"],
            "ref": "0177",
            "preamble": [
                "您提出的关于加快充电桩建设的建议收悉，现答复如下：",
                "截至今年6月，全市累计建成公共充电桩一万二千个。",
                "下一步，我委将推动居住区充电设施建设。",
            ],
            "closing": "特此答复。",
            "signature": (["某市发展和改革委员会"], "2024-07-09", "2024年7月9日"),
            "warnings": [],
        },
    )


def test_no_break_space_indents_and_a_manual_line_break_inside_the_signature() -> None:
    """Word's indents saved as runs of no-break spaces before each paragraph, and the 落款's organ
    and date parted by a manual line break saved as a vertical tab: layout, not text."""
    nb = "\u00a0" * 4
    source = (
        "关于县政协十一届三次会议第58号提案的答复\n"
        "白某委员：\n"
        f"{nb}您提出的关于加强乡村医生队伍建设的提案收悉，现答复如下：\n"
        f"{nb}一、基本情况\n"
        f"{nb}全县现有在岗乡村医生四百一十人。\n"
        f"{nb}二、下一步打算\n"
        f"{nb}我局将落实乡村医生养老保障政策。\n"
        f"{nb}特此答复。\n"
        "某县卫生健康局\x0b2024年8月6日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["白某委员"],
            "preamble": ["您提出的关于加强乡村医生队伍建设的提案收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "基本情况", ["全县现有在岗乡村医生四百一十人。"]),
                (1, "二、", 2, "下一步打算", ["我局将落实乡村医生养老保障政策。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某县卫生健康局"], "2024-08-06", "2024年8月6日"),
            "warnings": [],
        },
    )


def test_a_word_copy_whose_paragraphs_each_end_in_a_blank_line_and_a_trailing_tab() -> None:
    """Word's paragraph spacing saved as a blank line after every paragraph, and a tab left at the
    end of each line where the text was right-aligned by tabs (the 落款): layout only."""
    source = (
        "关于区十七届人大三次会议第19号建议的答复\t\n\n"
        "雷某代表：\t\n\n"
        "您提出的关于加强老旧小区物业管理的建议收悉，现答复如下：\n\n"
        "今年我局已推动一百个老旧小区引入专业物业服务。\n\n"
        "感谢您对住房工作的关心。\n\n"
        "\t\t\t某区住房保障和房屋管理局\t\n\n"
        "\t\t\t2024年6月14日\t\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "title": "关于区十七届人大三次会议第19号建议的答复",
            "recipients": ["雷某代表"],
            "ref": "19",
            "preamble": [
                "您提出的关于加强老旧小区物业管理的建议收悉，现答复如下：",
                "今年我局已推动一百个老旧小区引入专业物业服务。",
            ],
            "closing": "感谢您对住房工作的关心。",
            "signature": (["某区住房保障和房屋管理局"], "2024-06-14", "2024年6月14日"),
            "warnings": [],
        },
    )


# --- Batch 5: traditional characters mixed in (written before any run) ----------------------------


def test_a_traditional_title_over_a_simplified_body_keeps_its_characters() -> None:
    """A copy whose title line came from a traditional-script mirror of the page while the body is
    simplified: the rules read both, the values keep each line's own characters."""
    source = (
        "關於市政協十三屆三次會議第0122號提案的答覆\n"
        "夏某委员：\n"
        "您提出的关于优化城市公交线网的提案收悉，现答复如下：\n"
        "一、已开展的工作\n"
        "今年我局优化调整公交线路二十三条。\n"
        "二、下一步打算\n"
        "我局将开通更多社区微循环公交。\n"
        "特此答覆。\n"
        "某市交通運輸局\n"
        "2024年6月12日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "reply",
            "title": "關於市政協十三屆三次會議第0122號提案的答覆",
            "recipients": ["夏某委员"],
            "ref": "0122",
            "sections": [
                (1, "一、", 1, "已开展的工作", ["今年我局优化调整公交线路二十三条。"]),
                (1, "二、", 2, "下一步打算", ["我局将开通更多社区微循环公交。"]),
            ],
            "closing": "特此答覆。",
            "signature": (["某市交通運輸局"], "2024-06-12", "2024年6月12日"),
            "warnings": [],
        },
    )


def test_traditional_contact_and_copy_labels_are_read() -> None:
    """The trailer's labels in traditional script (聯繫人, 聯繫電話, 抄送 with 委員會): contact and 版记
    read, values as written."""
    source = (
        "关于县政协十一届三次会议第73号提案的答复\n"
        "葉某委员：\n"
        "您提出的关于发展乡村旅游的提案收悉，现答复如下：\n"
        "今年全县新增乡村旅游重点村八个。\n"
        "特此答复。\n"
        "某县文化和旅游局\n"
        "2024年7月1日\n"
        "聯繫人：葉某某\n"
        "聯繫電話：0576-88123456\n"
        "抄送：縣政協提案委員會，縣政府督查室\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["葉某委员"],
            "closing": "特此答复。",
            "signature": (["某县文化和旅游局"], "2024-07-01", "2024年7月1日"),
            "contact": ("葉某某", ["0576-88123456"]),
            "cc": ["縣政協提案委員會", "縣政府督查室"],
            "warnings": [],
        },
    )


def test_portal_chrome_in_traditional_script_leaves_the_text() -> None:
    """A traditional-script mirror of a portal: its breadcrumb, font switch, print and close tools and
    view counter in traditional characters are the same chrome."""
    chrome = [
        "當前位置：首頁 > 政務公開 > 建議提案辦理",
        "【字體：大 中 小】",
        "瀏覽次數：356",
    ]
    tail = ["打印本頁", "關閉窗口"]
    source = (
        "\n".join(chrome) + "\n"
        "關於區政協十屆三次會議第2024061號提案的答覆\n"
        "邱某委員：\n"
        "您提出的關於加強社區心理服務的提案收悉，現答覆如下：\n"
        "全區已建成社區心理服務站三十個。\n"
        "特此答覆。\n"
        "某區衛生健康委員會\n"
        "2024年6月26日\n" + "\n".join(tail) + "\n"
    )
    doc = parsed(source)
    same(
        look(doc, *chrome, *tail),
        {
            "title": "關於區政協十屆三次會議第2024061號提案的答覆",
            "recipients": ["邱某委員"],
            "ref": "2024061",
            "metadata": {},
            "closing": "特此答覆。",
            "signature": (["某區衛生健康委員會"], "2024-06-26", "2024年6月26日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_big5_encoded_traditional_reply_is_read_and_its_encoding_named() -> None:
    """A short reply saved in Big5: decoded (source.encoding `big5`), fields as written."""
    text = (
        "關於市政協十三屆三次會議第0045號提案的答覆\n"
        "程某委員：\n"
        "您提出的關於加強食品安全監管的提案收悉，現答覆如下：\n"
        "一、監管情況\n"
        "今年全市抽檢食品樣品一萬二千批次。\n"
        "二、下一步工作\n"
        "我局將加大網絡訂餐監管力度。\n"
        "特此答覆。\n"
        "某市市場監督管理局\n"
        "2024年5月20日\n"
    )
    data = text.encode("big5")
    doc = govdoc.parse(data, format="txt")
    check_invariants(doc)
    assert invented(doc.text, text) is None
    same(
        look(doc) | {"encoding": doc.source.encoding},
        {
            "encoding": "big5",
            "title": "關於市政協十三屆三次會議第0045號提案的答覆",
            "recipients": ["程某委員"],
            "ref": "0045",
            "sections": [
                (1, "一、", 1, "監管情況", ["今年全市抽檢食品樣品一萬二千批次。"]),
                (1, "二、", 2, "下一步工作", ["我局將加大網絡訂餐監管力度。"]),
            ],
            "closing": "特此答覆。",
            "signature": (["某市市場監督管理局"], "2024-05-20", "2024年5月20日"),
            "warnings": [],
        },
    )


def test_members_and_a_plan_phase_in_traditional_script() -> None:
    """一是/二是 members and a 下一步 paragraph written in traditional script (下一步, 一是 are the same
    characters; the leads keep theirs)."""
    source = (
        "關於市十六屆人大三次會議第0201號建議的答覆\n"
        "鄭某代表：\n"
        "您提出的關於推進垃圾分類的建議收悉，現答覆如下：\n"
        "一、工作進展\n"
        "一是完善設施體系。全市建成分類收集點三千個。二是強化宣傳引導。開展入戶宣傳十萬戶次。\n"
        "下一步，我局將推進分類處理設施建設。\n"
        "感謝您對城市管理工作的關心。\n"
        "某市城市管理局\n"
        "2024年7月16日\n"
    )
    doc = parsed(source)
    same(
        look(doc) | {"phases": [p.phase for p in doc.sections[0].paragraphs] if doc.sections else []},
        {
            "items": [[("一是", "完善設施體系"), ("二是", "強化宣傳引導")]],
            "phases": ["progress", "plan"],
            "closing": "感謝您對城市管理工作的關心。",
            "signature": (["某市城市管理局"], "2024-07-16", "2024年7月16日"),
            "warnings": [],
        },
    )


def test_a_traditional_address_line_with_an_honorific_and_full_stop() -> None:
    """The addressee written `尊敬的潘某某代表：` in traditional script (尊敬的 stays the honorific):
    dropped with the colon."""
    source = (
        "關於縣十九屆人大二次會議第12號建議的答覆\n"
        "尊敬的潘某某代表：\n"
        "您提出的關於改善農村道路照明的建議收悉，現答覆如下：\n"
        "今年全縣新增農村路燈二千盞。\n"
        "特此答覆。\n"
        "某縣交通運輸局\n"
        "2024年6月4日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["潘某某代表"],
            "ref": "12",
            "signature": (["某縣交通運輸局"], "2024-06-04", "2024年6月4日"),
            "warnings": [],
        },
    )


# --- Batch 6: neighbours of the genre and trailers damaged alike (written before any run) ---------


def test_a_notice_scraped_with_its_key_value_table_and_page_tools() -> None:
    """A 通知 on a portal: its information table one pair a line, a 【字号】 row and a print row above the
    letterhead, the notice's own 文号 and 主送 of several organs, a 特此通知 closing."""
    tools = ["【字号：大 中 小】【打印】【关闭】"]
    source = (
        "索引号：002482517/2024-01234\n"
        "发布机构：某市人民政府办公室\n"
        "成文日期：2024-05-08\n"
        "文号：某政办发〔2024〕21号\n"
        f"{tools[0]}\n"
        "某市人民政府办公室关于做好2024年防汛工作的通知\n"
        "某政办发〔2024〕21号\n"
        "各区人民政府，市政府各委、办、局：\n"
        "为切实做好今年防汛工作，现就有关事项通知如下：\n"
        "一、压实防汛责任\n"
        "各地要落实行政首长负责制。\n"
        "二、加强隐患排查\n"
        "各地要全面排查山洪地质灾害隐患点。\n"
        "特此通知。\n"
        "某市人民政府办公室\n"
        "2024年5月8日\n"
    )
    doc = parsed(source)
    same(
        look(doc, *tools),
        {
            "kind": "notice",
            "title": "某市人民政府办公室关于做好2024年防汛工作的通知",
            "number": ("某政办发〔2024〕21号", 2024, 21),
            "issuer": "某市人民政府办公室",
            "recipients": ["各区人民政府", "市政府各委、办、局"],
            "metadata": {
                "索引号": "002482517/2024-01234",
                "发布机构": "某市人民政府办公室",
                "成文日期": "2024-05-08",
                "文号": "某政办发〔2024〕21号",
            },
            "sections": [
                (1, "一、", 1, "压实防汛责任", ["各地要落实行政首长负责制。"]),
                (1, "二、", 2, "加强隐患排查", ["各地要全面排查山洪地质灾害隐患点。"]),
            ],
            "closing": "特此通知。",
            "signature": (["某市人民政府办公室"], "2024-05-08", "2024年5月8日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_addressee_line_of_several_organs_wrapped_at_the_page_width() -> None:
    """A 函's 主送 of several organs cut by a PDF's page width in the middle of a name: one 主送, split
    by the contract's rule (the wrap joined with no separator, a guess warned)."""
    source = (
        "某市财政局关于下达2024年农村公路养护补助资金的函\n"
        "某财建函〔2024〕77号\n"
        "各区财政局、交通运输局，某某经济技术开发区财政\n"
        "局：\n"
        "现将2024年农村公路养护补助资金下达给你们，请按规定使用。\n"
        "特此函告。\n"
        "某市财政局\n"
        "2024年4月3日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "kind": "letter",
            "number": ("某财建函〔2024〕77号", 2024, 77),
            # (first look wanted 各区财政局、交通运输局 as one: both sides of the 、 are organ names of three
            # characters or more ending in 局, so the contract splits there; my error)
            "recipients": ["各区财政局", "交通运输局", "某某经济技术开发区财政局"],
            "preamble": ["现将2024年农村公路养护补助资金下达给你们，请按规定使用。"],
            "closing": "特此函告。",
            "signature": (["某市财政局"], "2024-04-03", "2024年4月3日"),
        },
    )


def test_a_contact_line_whose_phone_the_page_width_cut() -> None:
    """The bracketed contact under the 落款 wrapped by the page width inside the phone number: the
    phone is read whole from the line re-joined (a guess, warned)."""
    source = (
        "关于市政协十三届三次会议第0409号提案的答复\n"
        "萧某委员：\n"
        "您提出的关于加快智慧停车系统建设的提案收悉，现答复如下：\n"
        "今年我局已将全市一万个公共泊位接入智慧停车平台。\n"
        "特此答复。\n"
        "某市公安局交通警察支队\n"
        "2024年7月23日\n"
        "（联系人：詹某，联系电话：0571-870\n"
        "34567）\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "closing": "特此答复。",
            "signature": (["某市公安局交通警察支队"], "2024-07-23", "2024年7月23日"),
            "contact": ("詹某", ["0571-87034567"]),
            "warnings": ["page-break-joined"],
        },
    )


def test_a_heading_cut_by_a_page_end_with_the_running_head_between() -> None:
    """A `关于…` heading reaches the foot of page 1 and ends after page 2's number and running head:
    both leave, the heading is whole (a guess, warned)."""
    head = "某区教育局关于区人大建议的答复"
    source = (
        f"{head}\n"
        "关于区十七届人大三次会议第37号建议的答复\n"
        "石某代表：\n"
        "您提出的关于缓解中小学校门口上下学拥堵的建议收悉，现答复如下：\n"
        "一、基本情况\n"
        "全区已有四十所学校实行错峰放学。\n"
        "二、关于进一步推进学校周边交通综合治理\n"
        "- 1 -\n"
        f"{head}\n"
        "工作的打算\n"
        "我局将会同交警部门建设学校周边停车接送区。\n"
        "特此答复。\n"
        "某区教育局\n"
        "2024年6月7日\n"
        "- 2 -\n"
    )
    doc = parsed(source)
    same(
        look(doc, head, "- 1 -", "- 2 -"),
        {
            "title": "关于区十七届人大三次会议第37号建议的答复",
            "sections": [
                (1, "一、", 1, "基本情况", ["全区已有四十所学校实行错峰放学。"]),
                (
                    1,
                    "二、",
                    2,
                    "关于进一步推进学校周边交通综合治理工作的打算",
                    ["我局将会同交警部门建设学校周边停车接送区。"],
                ),
            ],
            "signature": (["某区教育局"], "2024-06-07", "2024年6月7日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_an_imprint_at_the_foot_of_a_pdf_copy_under_a_page_number() -> None:
    """A 复函 whose 版记 (抄送, 印发) sits at the last page's foot with the page number under it and a
    running foot line of the organ beside it: the 版记 is read, the number leaves."""
    source = (
        "关于县十九届人大二次会议第29号建议的复函\n"
        "梁某代表：\n"
        "您提出的关于加强农村集体“三资”管理的建议收悉，现函复如下：\n"
        "我局已在全县推行农村集体资产线上监管。\n"
        "特此函复。\n"
        "某县农业农村局\n"
        "2024年6月19日\n"
        "抄送：县人大常委会人代工委，县政府办公室。\n"
        "某县农业农村局办公室　　　　2024年6月19日印发\n"
        "— 2 —\n"
    )
    doc = parsed(source)
    i = doc.imprint
    same(
        look(doc, "— 2 —") | {"imprint": None if i is None else (i.printed_by, i.printed_on)},
        {
            "kind": "reply",
            "closing": "特此函复。",
            "signature": (["某县农业农村局"], "2024-06-19", "2024年6月19日"),
            "cc": ["县人大常委会人代工委", "县政府办公室"],
            "imprint": ("某县农业农村局办公室", "2024-06-19"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_an_attachment_list_wrapped_at_the_page_width() -> None:
    """An 附件 list whose second title the page width cut: the titles whole, without their numbers."""
    source = (
        "关于市政协十三届三次会议第0155号提案的答复\n"
        "易某委员：\n"
        "您提出的关于完善人才公寓保障的提案收悉，现答复如下：\n"
        "今年全市新筹集人才公寓八千套。\n"
        "附件：1.某市人才公寓分配办法\n"
        "　　　2.某市人才公寓租金补贴申领流程及所需材\n"
        "　　　料清单\n"
        "某市人力资源和社会保障局\n"
        "2024年5月17日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "preamble": ["您提出的关于完善人才公寓保障的提案收悉，现答复如下：", "今年全市新筹集人才公寓八千套。"],
            "attachments": ["某市人才公寓分配办法", "某市人才公寓租金补贴申领流程及所需材料清单"],
            "signature": (["某市人力资源和社会保障局"], "2024-05-17", "2024年5月17日"),
        },
    )


def test_a_bracketed_contact_note_cut_inside_its_phone_is_one_contact_again() -> None:
    """Cause (batch 6): a bracketed contact note the page width cut was left in two lines, the second
    no element's, and the phone cut there was lost. Its bracket left open and the next trailer line
    closing it make one line again (warned, a guess)."""
    source = (
        "关于区政协十届三次会议第2024150号提案的答复\n"
        "莫某委员：\n"
        "您提出的关于改善背街小巷环境的提案收悉，现答复如下：\n"
        "今年我局已完成背街小巷整治六十条。\n"
        "特此答复。\n"
        "某区城市管理局\n"
        "2024年9月12日\n"
        "（联系人：柯某；电话：021-5281\n"
        "6600）\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "signature": (["某区城市管理局"], "2024-09-12", "2024年9月12日"),
            "contact": ("柯某", ["021-52816600"]),
            "warnings": ["page-break-joined"],
        },
    )


# --- Batch 7: more PDF and OCR copies (written before any run) ------------------------------------


def test_a_wrapped_copy_whose_paragraphs_open_with_full_width_indents() -> None:
    """A PDF copy cut at 22 characters whose paragraphs each open with two full-width spaces, pages
    numbered ·1· ·2·: the indents end the paragraphs, the wraps inside them are joined."""
    lines = [
        "关于县政协十一届三次会议第80号提案的答复",
        "钱某委员：",
        "　　您提出的关于加快发展县域物流产业的提案收悉。经认真研究，现答复如下：",
        "　　一、发展现状",
        "　　全县现有规模以上物流企业二十六家，建成县级物流配送中心一个、乡镇快递服务站点十八个，农村快递服务覆盖率达到百分之百。",
        "　　二、下一步打算",
        "　　我局将争取省级物流枢纽建设资金，推动县乡村三级物流配送体系提质增效，降低农村物流成本。",
        "　　特此答复。",
        "某县商务局",
        "2024年8月13日",
    ]
    cut = wrapped(lines, 22)
    source = "\n".join([*cut[:8], "·1·", *cut[8:], "·2·"]) + "\n"
    doc = parsed(source)
    same(
        look(doc, "·1·", "·2·"),
        {
            "recipients": ["钱某委员"],
            "preamble": ["您提出的关于加快发展县域物流产业的提案收悉。经认真研究，现答复如下："],
            "sections": [
                (1, "一、", 1, "发展现状", [lines[4].strip("　")]),
                (1, "二、", 2, "下一步打算", [lines[6].strip("　")]),
            ],
            "closing": "特此答复。",
            "signature": (["某县商务局"], "2024-08-13", "2024年8月13日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_a_body_that_lost_its_line_breaks_but_kept_its_indents() -> None:
    """A scrape that dropped every line break of the body, leaving the full-width indents between the
    paragraphs: cut again at the indents, the sections and the closing come back."""
    source = (
        "关于市十六届人大三次会议第0310号建议的答复\n"
        "吕某代表：\n"
        "　　您提出的关于加强城市停车管理的建议收悉，现答复如下：　　一、工作情况　　今年全市新增公共停车泊位"
        "一万个。　　二、下一步措施　　我局将推进停车资源共享。　　特此答复。\n"
        "某市城市管理局\n"
        "2024年7月30日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "preamble": ["您提出的关于加强城市停车管理的建议收悉，现答复如下："],
            "sections": [
                (1, "一、", 1, "工作情况", ["今年全市新增公共停车泊位一万个。"]),
                (1, "二、", 2, "下一步措施", ["我局将推进停车资源共享。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市城市管理局"], "2024-07-30", "2024年7月30日"),
        },
    )


def test_a_doc_number_whose_brackets_ocr_read_as_square_ones() -> None:
    """OCR read the 六角括号 of the 文号 as square brackets: a variant the contract accepts, kept as
    written."""
    source = (
        "某县民政局\n"
        "某民函[2024]33号\n"
        "关于县政协十一届三次会议第95号提案的答复\n"
        "侯某委员：\n"
        "您提出的关于加强困境儿童关爱保护的提案收悉，现答复如下：\n"
        "我局已为全县困境儿童建立一人一档。\n"
        "特此答复。\n"
        "某县民政局\n"
        "2024年6月5日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "issuer": "某县民政局",
            "number": ("某民函[2024]33号", 2024, 33),
            "title": "关于县政协十一届三次会议第95号提案的答复",
            "ref": "95",
            "signature": (["某县民政局"], "2024-06-05", "2024年6月5日"),
            "warnings": [],
        },
    )


def test_a_signature_date_split_over_two_lines_of_a_narrow_column() -> None:
    """A PDF copy of a right-aligned 落款 whose date the column cut after the month (`2024年6月` /
    `18日`): one date, re-joined (a guess, warned)."""
    source = (
        "关于区政协十届三次会议第2024019号提案的答复\n"
        "江某委员：\n"
        "您提出的关于推进社区食堂建设的提案收悉，现答复如下：\n"
        "全区已建成社区食堂四十家。\n"
        "特此答复。\n"
        "某区商务委员会\n"
        "2024年6月\n"
        "18日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "closing": "特此答复。",
            "signature": (["某区商务委员会"], "2024-06-18", "2024年6月18日"),
            "warnings": ["page-break-joined"],
        },
    )


def test_an_addressee_whose_colon_ocr_lost() -> None:
    """OCR lost the colon after the addressee (`李某某委员`): the line between the title and the
    acknowledgement is still the 主送."""
    source = (
        "关于市政协十三届三次会议第0274号提案的答复\n"
        "方某某委员\n"
        "您提出的关于推进中小学课后服务的提案收悉，现答复如下：\n"
        "全市中小学课后服务已实现全覆盖。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年6月24日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["方某某委员"],
            "ref": "0274",
            "preamble": ["您提出的关于推进中小学课后服务的提案收悉，现答复如下：", "全市中小学课后服务已实现全覆盖。"],
            "signature": (["某市教育局"], "2024-06-24", "2024年6月24日"),
            "warnings": [],
        },
    )


def test_an_ocr_copy_whose_proposal_number_and_date_hold_full_width_digits_and_spaces() -> None:
    """OCR mixed full-width digits into the title's number and the 落款's date and put a space inside
    the date: values as read, the date's ISO value right."""
    source = (
        "关于县十九届人大二次会议第３6号建议的答复\n"
        "孔某代表：\n"
        "您提出的关于改善农村人居环境的建议收悉，现答复如下：\n"
        "今年全县完成农村改厕四千户。\n"
        "特此答复。\n"
        "某县农业农村局\n"
        "２024年 7月２日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            # (first look wanted ３6 as written: round 4 settled the number as its digits folded, the
            # reference's text keeping them as written; my error)
            "ref": "36",
            "closing": "特此答复。",
            "signature": (["某县农业农村局"], "2024-07-02", "２024年 7月２日"),
            "warnings": [],
        },
    )


def test_a_numeral_signature_date_cut_after_its_month_is_one_date() -> None:
    """Cause (batch 7): a 落款 date a narrow right-aligned column cut after the month gave a date with
    no day (date-unparsed) and a day standing in no element. The signature's date line ending on 月
    and a day alone under it are one date again (warned, a guess)."""
    source = (
        "关于县政协十一届三次会议第112号提案的答复\n"
        "贺某委员：\n"
        "您提出的关于保护传统村落的提案收悉，现答复如下：\n"
        "我局已将全县十二个传统村落纳入保护名录。\n"
        "特此答复。\n"
        "某县住房和城乡建设局\n"
        "二〇二四年九月\n"
        "二十六日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "closing": "特此答复。",
            "signature": (["某县住房和城乡建设局"], "2024-09-26", "二〇二四年九月二十六日"),
            "warnings": ["page-break-joined"],
        },
    )


# --- Batch 8: page furniture and portal chrome glued to the document (written before any run) ----


def test_a_doc_number_repeated_as_the_running_head_of_each_page() -> None:
    """A PDF copy whose template repeats the 文号 at the top of each page after the first, beside the
    page number: the repeats leave the text, the 文号 of the 版头 stays the document's."""
    source = (
        "某县教育局\n"
        "某教函〔2024〕33号\n"
        "关于县政协十一届三次会议第60号提案的答复\n"
        "章某委员：\n"
        "您提出的关于加强中小学心理健康教育的提案收悉，现答复如下：\n"
        "一、工作情况\n"
        "全县中小学已全部配备专兼职心理教师。\n"
        "- 1 -\n"
        "某教函〔2024〕33号\n"
        "二、下一步打算\n"
        "我局将建设县级心理健康教育指导中心。\n"
        "特此答复。\n"
        "某县教育局\n"
        "2024年7月11日\n"
        "- 2 -\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 1 -", "- 2 -") | {"numbers": doc.text.count("某教函〔2024〕33号")},
        {
            "issuer": "某县教育局",
            "number": ("某教函〔2024〕33号", 2024, 33),
            "title": "关于县政协十一届三次会议第60号提案的答复",
            "sections": [
                (1, "一、", 1, "工作情况", ["全县中小学已全部配备专兼职心理教师。"]),
                (1, "二、", 2, "下一步打算", ["我局将建设县级心理健康教育指导中心。"]),
            ],
            "signature": (["某县教育局"], "2024-07-11", "2024年7月11日"),
            "numbers": 1,
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_breadcrumb_ending_in_the_title_above_the_title() -> None:
    """The breadcrumb's last step is the page's own headline, the reply's title, which the reply then
    prints on its own line: the breadcrumb is chrome, the title stands once."""
    crumb = "首页 > 政务公开 > 建议提案办理 > 关于市政协十三届三次会议第0199号提案的答复"
    source = (
        f"{crumb}\n"
        "关于市政协十三届三次会议第0199号提案的答复\n"
        "阎某委员：\n"
        "您提出的关于加快老旧厂房改造利用的提案收悉，现答复如下：\n"
        "我局已推动二十处老旧厂房改造为文创园区。\n"
        "特此答复。\n"
        "某市经济和信息化局\n"
        "2024年6月27日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "政务公开", "建议提案办理")
        | {"titles": doc.text.count("关于市政协十三届三次会议第0199号提案的答复")},
        {
            "title": "关于市政协十三届三次会议第0199号提案的答复",
            "recipients": ["阎某委员"],
            "metadata": {},
            "signature": (["某市经济和信息化局"], "2024-06-27", "2024年6月27日"),
            "titles": 1,
            "warnings": [],
            "leaked": [],
        },
    )


def test_page_tools_glued_after_the_signature_date_on_its_row() -> None:
    """A scrape that set the page's print and close tools on the same row as the 落款's date: the tools
    leave, the date is read whole."""
    source = (
        "关于区政协十届三次会议第2024205号提案的答复\n"
        "鲁某委员：\n"
        "您提出的关于增加社区托育服务供给的提案收悉，现答复如下：\n"
        "全区已建成普惠托育机构二十二家。\n"
        "特此答复。\n"
        "某区卫生健康委员会\n"
        "2024年8月21日　　【打印本页】【关闭窗口】\n"
    )
    doc = parsed(source)
    same(
        look(doc, "打印本页", "关闭窗口"),
        {
            "closing": "特此答复。",
            "signature": (["某区卫生健康委员会"], "2024-08-21", "2024年8月21日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_source_line_under_the_headline_and_an_editors_line_under_the_signature() -> None:
    """A portal's 稿源 line under the headline, and under the 落款 its editors' line (编辑 审核 终审) and a
    返回上一页 link: the page's, not the reply's."""
    chrome = ["稿源：某区民政局", "编辑：孟某　审核：钟某　终审：邹某", "返回上一页"]
    source = (
        "关于区十七届人大三次会议第52号建议的答复\n"
        f"{chrome[0]}\n"
        "袁某代表：\n"
        "您提出的关于完善社区养老服务的建议收悉，现答复如下：\n"
        "全区已实现社区养老服务站街道全覆盖。\n"
        "特此答复。\n"
        "某区民政局\n"
        "2024年6月18日\n"
        f"{chrome[1]}\n"
        f"{chrome[2]}\n"
    )
    doc = parsed(source)
    same(
        look(doc, *chrome),
        {
            "title": "关于区十七届人大三次会议第52号建议的答复",
            "recipients": ["袁某代表"],
            "metadata": {},
            "closing": "特此答复。",
            "signature": (["某区民政局"], "2024-06-18", "2024年6月18日"),
            "contact": None,
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_page_count_footer_beside_the_organ_on_every_page_of_a_word_export() -> None:
    """A Word export that kept its footer on each page as a line of the organ and `第N页 共N页` parted by
    a tab: the footer lines leave, the 落款 above the last one stays."""
    source = (
        "关于市十六届人大三次会议第0133号建议的答复\n"
        "华某代表：\n"
        "您提出的关于加强电动自行车安全管理的建议收悉，现答复如下：\n"
        "一、整治情况\n"
        "今年全市查处电动自行车违规充电行为三千起。\n"
        "某市消防救援支队\t第1页 共2页\n"
        "二、下一步工作\n"
        "我支队将推动住宅小区建设集中充电设施。\n"
        "特此答复。\n"
        "某市消防救援支队\n"
        "2024年7月4日\n"
        "某市消防救援支队\t第2页 共2页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第1页 共2页", "第2页 共2页"),
        {
            "sections": [
                (1, "一、", 1, "整治情况", ["今年全市查处电动自行车违规充电行为三千起。"]),
                (1, "二、", 2, "下一步工作", ["我支队将推动住宅小区建设集中充电设施。"]),
            ],
            "closing": "特此答复。",
            "signature": (["某市消防救援支队"], "2024-07-04", "2024年7月4日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_scrape_whose_image_placeholders_stand_between_the_paragraphs() -> None:
    """A copy from a page that showed a photo and a scanned 落款: the copy left `[图片]` placeholders
    between paragraphs and over the 落款. No text of the document; they leave."""
    source = (
        "关于县政协十一届三次会议第19号提案的答复\n"
        "龙某委员：\n"
        "您提出的关于加强农村供水保障的提案收悉，现答复如下：\n"
        "[图片]\n"
        "今年全县新建改造农村供水工程三十处。\n"
        "特此答复。\n"
        "[图片]\n"
        "某县水利局\n"
        "2024年5月9日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[图片]"),
        {
            "preamble": [
                "您提出的关于加强农村供水保障的提案收悉，现答复如下：",
                "今年全县新建改造农村供水工程三十处。",
            ],
            "closing": "特此答复。",
            "signature": (["某县水利局"], "2024-05-09", "2024年5月9日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_tool_row_after_a_gap_on_the_dates_row_leaves_the_date_whole() -> None:
    """Cause (batch 8): page tools a scrape set on the row of the document's last line, after a gap,
    made the whole line chrome (the 落款's date with them). The gap ends the line; the tools are a
    line of chrome of their own."""
    source = (
        "关于县十九届人大二次会议第64号建议的答复\n"
        "牛某代表：\n"
        "您提出的关于加强农贸市场管理的建议收悉，现答复如下：\n"
        "今年全县完成农贸市场提升改造八个。\n"
        "特此答复。\n"
        "某县市场监督管理局\n"
        "2024年9月2日        [收藏] [返回上一页]\n"
    )
    doc = parsed(source)
    same(
        look(doc, "[收藏]", "返回上一页"),
        {
            "signature": (["某县市场监督管理局"], "2024-09-02", "2024年9月2日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_running_foot_parted_from_its_page_count_by_a_tab_leaves_the_text() -> None:
    """Cause (batch 8): a footer line a Word export kept on each page, its text and `第N页 共N页` parted
    by a tab rather than spaces, was no running foot the patterns knew; it stayed in the body."""
    source = (
        "关于区政协十届三次会议第2024177号提案的答复\n"
        "邵某委员：\n"
        "您提出的关于加快城中村改造的提案收悉，现答复如下：\n"
        "今年全区启动城中村改造项目九个。\n"
        "某区住房和城乡建设委员会\t第1页，共2页\n"
        "我委将加快安置房建设进度。\n"
        "特此答复。\n"
        "某区住房和城乡建设委员会\n"
        "2024年10月8日\n"
        "某区住房和城乡建设委员会\t第2页，共2页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第1页，共2页", "第2页，共2页"),
        {
            "preamble": [
                "您提出的关于加快城中村改造的提案收悉，现答复如下：",
                "今年全区启动城中村改造项目九个。",
                "我委将加快安置房建设进度。",
            ],
            "closing": "特此答复。",
            "signature": (["某区住房和城乡建设委员会"], "2024-10-08", "2024年10月8日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_pages_editors_row_its_source_line_and_image_placeholders_are_chrome() -> None:
    """Cause (batch 8): a 稿源 line, a row of the page's editors (责编 校对 终审), and `【图片】` /
    `[视频]` placeholders a copy leaves where the page showed media were read as the document's."""
    above = ["稿源：某市政协办公室", "【图片】"]
    below = ["[视频]", "责编：严某　校对：邱某　终审：尤某"]
    doc = parsed(_portal_reply(above, below))
    same(look(doc, *above, *below), _PORTAL_WANT)


def test_an_em_dash_and_a_hyphen_read_for_the_yi_of_first_markers_open_their_sections() -> None:
    """Cause (batch 2): OCR reads the single stroke of 一 as a dash; a first marker `—、` or `（－）` opened
    no section, its heading fell into the preamble and `二、` was a numbering gap. The dash alone in a
    marker's numeral place is 一 (ordinal 1), the marker kept as written."""
    source = (
        "关于市十六届人大三次会议第0086号建议的答复\n"
        "崔某代表：\n"
        "您提出的关于规范校外培训机构的建议收悉，现答复如下：\n"
        "—、治理成效\n"
        "（－）开展专项检查\n"
        "今年共检查校外培训机构六百家次。\n"
        "（二）建立监管平台\n"
        "全市校外培训资金已全部纳入监管。\n"
        "二、下一步工作\n"
        "我局将会同有关部门开展联合执法。\n"
        "特此答复。\n"
        "某市教育局\n"
        "2024年9月9日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (1, "—、", 1, "治理成效", []),
                (2, "（－）", 1, "开展专项检查", ["今年共检查校外培训机构六百家次。"]),
                (2, "（二）", 2, "建立监管平台", ["全市校外培训资金已全部纳入监管。"]),
                (1, "二、", 2, "下一步工作", ["我局将会同有关部门开展联合执法。"]),
            ],
            "warnings": [],
        },
    )


# --- Batch 9: values the damage runs into (written before any run) --------------------------------


def _values(doc: govdoc.Document) -> dict[str, Any]:
    """The contact's further values and the disclosure, beside `look`."""
    c = doc.contact
    return {
        "email": None if c is None else c.email,
        "disclosure": doc.header.disclosure,
    }


def test_a_running_foot_set_one_space_from_its_page_count() -> None:
    """A PDF copy whose footer line holds the organ and `第 1 页 共 2 页` with only one space between:
    the footer leaves the text, the sentence it cut is joined (warned)."""
    source = (
        "关于县政协十一届三次会议第27号提案的答复\n"
        "鲍某委员：\n"
        "您提出的关于加强森林防火工作的提案收悉，现答复如下：\n"
        "今年我局新建森林消防蓄水池二十座，配备\n"
        "某县林业局 第 1 页 共 2 页\n"
        "扑火机具一千二百台套。\n"
        "特此答复。\n"
        "某县林业局\n"
        "2024年4月16日\n"
        "某县林业局 第 2 页 共 2 页\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第 1 页 共 2 页", "第 2 页 共 2 页"),
        {
            "preamble": [
                "您提出的关于加强森林防火工作的提案收悉，现答复如下：",
                "今年我局新建森林消防蓄水池二十座，配备扑火机具一千二百台套。",
            ],
            "closing": "特此答复。",
            "signature": (["某县林业局"], "2024-04-16", "2024年4月16日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


def test_an_ocr_disclosure_note_in_half_width_brackets_under_the_signature() -> None:
    """OCR read the 附注 `（此件主动公开）` with half-width brackets: the note still gives the disclosure."""
    source = (
        "关于市政协十三届三次会议第0388号提案的答复\n"
        "施某委员：\n"
        "您提出的关于加强历史文化街区保护的提案收悉，现答复如下：\n"
        "我局已编制全市历史文化街区保护规划。\n"
        "特此答复。\n"
        "某市规划和自然资源局\n"
        "2024年7月24日\n"
        "(此件主动公开)\n"
    )
    doc = parsed(source)
    same(
        look(doc) | _values(doc),
        {
            "closing": "特此答复。",
            "signature": (["某市规划和自然资源局"], "2024-07-24", "2024年7月24日"),
            "disclosure": "主动公开",
            "warnings": [],
        },
    )


def test_a_phone_with_a_full_width_dash_and_an_extension_and_a_full_width_at_sign() -> None:
    """A contact block copied through a full-width input method: the phone's dash full-width with an
    extension after 转, the email's @ full-width. Values as written."""
    source = (
        "关于区十七届人大三次会议第71号建议的答复\n"
        "戴某代表：\n"
        "您提出的关于推进生活垃圾分类的建议收悉，现答复如下：\n"
        "全区已建成生活垃圾分类示范小区八十个。\n"
        "特此答复。\n"
        "某区城市管理局\n"
        "2024年6月29日\n"
        "联系人：汪某\n"
        "联系电话：0571－87001234转8012\n"
        "电子邮箱：wangmou＠example.gov.cn\n"
    )
    doc = parsed(source)
    same(
        look(doc) | _values(doc),
        {
            "signature": (["某区城市管理局"], "2024-06-29", "2024年6月29日"),
            "contact": ("汪某", ["0571－87001234转8012"]),
            "email": "wangmou＠example.gov.cn",
            "warnings": [],
        },
    )


def test_the_issuing_mark_repeated_as_the_running_head_of_the_second_page() -> None:
    """A PDF copy whose template repeats the 发文机关标志 (…文件) at the top of page 2 under the page
    number: the repeat leaves, the issuer is the 版头's."""
    source = (
        "某市人民政府办公室文件\n"
        "某政办函〔2024〕40号\n"
        "关于市政协十三届三次会议第0012号提案的答复\n"
        "苏某委员：\n"
        "您提出的关于优化营商环境的提案收悉，现答复如下：\n"
        "一、主要做法\n"
        "我市已推行企业开办一日办结。\n"
        "- 1 -\n"
        "某市人民政府办公室文件\n"
        "二、下一步打算\n"
        "我办将推动更多事项一网通办。\n"
        "特此答复。\n"
        "某市人民政府办公室\n"
        "2024年5月6日\n"
        "- 2 -\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 1 -", "- 2 -") | {"marks": doc.text.count("某市人民政府办公室文件")},
        {
            "issuer": "某市人民政府办公室",
            "number": ("某政办函〔2024〕40号", 2024, 40),
            "title": "关于市政协十三届三次会议第0012号提案的答复",
            "sections": [
                (1, "一、", 1, "主要做法", ["我市已推行企业开办一日办结。"]),
                (1, "二、", 2, "下一步打算", ["我办将推动更多事项一网通办。"]),
            ],
            "signature": (["某市人民政府办公室"], "2024-05-06", "2024年5月6日"),
            "marks": 1,
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_closing_whose_stop_ocr_read_as_a_comma() -> None:
    """OCR read the closing's 。 as a comma (特此答复,): still the closing, kept as written."""
    source = (
        "关于县十九届人大二次会议第8号建议的答复\n"
        "田某代表：\n"
        "您提出的关于加快农村危房改造的建议收悉，现答复如下：\n"
        "今年全县完成农村危房改造三百户。\n"
        "特此答复,\n"
        "某县住房和城乡建设局\n"
        "2024年8月28日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "preamble": ["您提出的关于加快农村危房改造的建议收悉，现答复如下：", "今年全县完成农村危房改造三百户。"],
            "closing": "特此答复,",
            "signature": (["某县住房和城乡建设局"], "2024-08-28", "2024年8月28日"),
            "warnings": [],
        },
    )


def test_a_section_heading_letter_spaced_by_a_pdf_copy_and_its_page_number_glued_on() -> None:
    """A heading a PDF copy letter-spaced (二 、 下 一 步 工 作), the page's number run onto the line
    above after a gap: the heading reads as printed, the number leaves."""
    source = (
        "关于区政协十届三次会议第2024033号提案的答复\n"
        "邹某委员：\n"
        "您提出的关于推进口袋公园建设的提案收悉，现答复如下：\n"
        "一、建设情况\n"
        "今年全区新建口袋公园十五个。        - 1 -\n"
        "二 、 下 一 步 工 作\n"
        "我局将结合城市更新继续布点建设。\n"
        "特此答复。\n"
        "某区绿化市容局\n"
        "2024年9月20日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "- 1 -"),
        {
            "sections": [
                (1, "一、", 1, "建设情况", ["今年全区新建口袋公园十五个。"]),
                (1, "二、", 2, "下一步工作", ["我局将结合城市更新继续布点建设。"]),
            ],
            "signature": (["某区绿化市容局"], "2024-09-20", "2024年9月20日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_running_foot_one_space_from_a_bracketed_page_count_leaves_the_text() -> None:
    """Cause (batch 9): a footer whose text stands one space from its page count (某局 第2页（共3页）) kept
    both in the body: only a gap of two spaces or a tab cut the count off. A count of the page and
    the pages together is furniture at one space too."""
    source = (
        "关于市政协十三届三次会议第0461号提案的答复\n"
        "钟某委员：\n"
        "您提出的关于发展银发经济的提案收悉，现答复如下：\n"
        "今年我委已出台支持银发经济发展的若干措施，培育\n"
        "某市发展和改革委员会 第1页（共2页）\n"
        "银发经济重点企业三十家。\n"
        "特此答复。\n"
        "某市发展和改革委员会\n"
        "2024年10月21日\n"
        "某市发展和改革委员会 第2页（共2页）\n"
    )
    doc = parsed(source)
    same(
        look(doc, "第1页（共2页）", "第2页（共2页）"),
        {
            "preamble": [
                "您提出的关于发展银发经济的提案收悉，现答复如下：",
                "今年我委已出台支持银发经济发展的若干措施，培育银发经济重点企业三十家。",
            ],
            "signature": (["某市发展和改革委员会"], "2024-10-21", "2024年10月21日"),
            "warnings": ["page-break-joined"],
            "leaked": [],
        },
    )


# --- Batch 10: rules, residue and cuts around the document (written before any run) ---------------


def test_a_letter_spaced_issuing_mark_and_the_red_rules_a_pdf_copy_kept_as_characters() -> None:
    """A PDF copy of a 红头 document: the 发文机关标志 letter-spaced with 文件, the red rule under the 文号
    and the 版记's rules copied as lines of box-drawing and dash characters. The rules are no text
    of any field; the issuer is the organ without 文件."""
    source = (
        "某 市 交 通 运 输 局 文 件\n"
        "某交函〔2024〕66号\n"
        "━━━━━━━━━━━━━━━━━━━━\n"
        "关于市政协十三届三次会议第0222号提案的答复\n"
        "雷某委员：\n"
        "您提出的关于完善城乡公交一体化的提案收悉，现答复如下：\n"
        "今年全市新开通城乡公交线路十八条。\n"
        "特此答复。\n"
        "某市交通运输局\n"
        "2024年7月15日\n"
        "————————————————————\n"
        "抄送：市政协提案委员会。\n"
        "————————————————————\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "issuer": "某市交通运输局",
            "number": ("某交函〔2024〕66号", 2024, 66),
            "title": "关于市政协十三届三次会议第0222号提案的答复",
            "recipients": ["雷某委员"],
            "closing": "特此答复。",
            "signature": (["某市交通运输局"], "2024-07-15", "2024年7月15日"),
            "cc": ["市政协提案委员会"],
            "warnings": [],
        },
    )


def test_lines_of_html_space_entities_a_scrape_left_between_paragraphs_leave_the_text() -> None:
    """A copy of a page's source left `&nbsp;` alone on the lines between paragraphs: residue of the
    page's markup, no text of the document."""
    source = (
        "关于区政协十届三次会议第2024141号提案的答复\n"
        "&nbsp;\n"
        "钟某某委员：\n"
        "您提出的关于加强社区体育设施建设的提案收悉，现答复如下：\n"
        "&nbsp;\n"
        "今年全区新建社区健身点五十个。\n"
        "&nbsp;\n"
        "特此答复。\n"
        "某区体育局\n"
        "2024年8月30日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "&nbsp;"),
        {
            "recipients": ["钟某某委员"],
            "preamble": ["您提出的关于加强社区体育设施建设的提案收悉，现答复如下：", "今年全区新建社区健身点五十个。"],
            "closing": "特此答复。",
            "signature": (["某区体育局"], "2024-08-30", "2024年8月30日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_the_headline_row_carrying_the_page_tools_after_the_title() -> None:
    """A scrape whose headline row held the print and close tools after the title: the title alone is
    the title, the tools leave."""
    source = (
        "关于市十六届人大三次会议第0350号建议的答复　　　【打印】【关闭】\n"
        "褚某代表：\n"
        "您提出的关于推进公共场所母婴室建设的建议收悉，现答复如下：\n"
        "全市已建成公共场所母婴室六百个。\n"
        "特此答复。\n"
        "某市妇女儿童工作委员会办公室\n"
        "2024年5月31日\n"
    )
    doc = parsed(source)
    same(
        look(doc, "【打印】", "【关闭】"),
        {
            "title": "关于市十六届人大三次会议第0350号建议的答复",
            "recipients": ["褚某代表"],
            "ref": "0350",
            "signature": (["某市妇女儿童工作委员会办公室"], "2024-05-31", "2024年5月31日"),
            "warnings": [],
            "leaked": [],
        },
    )


def test_a_member_marker_cut_between_its_numeral_and_shi_by_a_wrap() -> None:
    """A hard-wrapped copy whose wrap fell between 二 and 是 of a member's marker: re-joined, the
    members are 一是 and 二是 (the join warned)."""
    source = (
        "关于县政协十一届三次会议第90号提案的答复\n"
        "齐某委员：\n"
        "您提出的关于发展特色农业的提案收悉，现答复如下：\n"
        "一、主要工作\n"
        "今年我局重点抓了两项工作：一是建设标准化生产基地。全县新建茶叶标准化基地三千亩。二\n"
        "是培育区域公用品牌。全县农产品区域公用品牌授权企业达到二十家。\n"
        "特此答复。\n"
        "某县农业农村局\n"
        "2024年7月3日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "sections": [
                (
                    1,
                    "一、",
                    1,
                    "主要工作",
                    [
                        "今年我局重点抓了两项工作：一是建设标准化生产基地。全县新建茶叶标准化基地三千亩。"
                        "二是培育区域公用品牌。全县农产品区域公用品牌授权企业达到二十家。"
                    ],
                )
            ],
            "items": [[("一是", "建设标准化生产基地"), ("二是", "培育区域公用品牌")]],
            "warnings": ["page-break-joined"],
        },
    )


def test_a_contact_block_of_a_word_table_whose_cells_ran_onto_one_line_by_tabs() -> None:
    """A Word table of the contact saved as one line, its cells parted by tabs (联系人⇥葛某⇥联系电话⇥…):
    the labels and values are read."""
    source = (
        "关于区十七届人大三次会议第95号建议的答复\n"
        "薛某代表：\n"
        "您提出的关于加强小区消防通道管理的建议收悉，现答复如下：\n"
        "今年我局已在全区小区施划消防通道标线三百处。\n"
        "特此答复。\n"
        "某区消防救援大队\n"
        "2024年9月6日\n"
        "联系人\t葛某\t联系电话\t021-64012345\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "signature": (["某区消防救援大队"], "2024-09-06", "2024年9月6日"),
            "contact": ("葛某", ["021-64012345"]),
            "warnings": [],
        },
    )


def test_an_ocr_copy_whose_addressee_and_acknowledgement_ran_onto_one_line() -> None:
    """OCR joined the addressee's line and the acknowledgement under it (李某委员：您提出的…收悉): the
    addressee is read, the acknowledgement is the preamble's first paragraph."""
    source = (
        "关于市政协十三届三次会议第0015号提案的答复\n"
        "滕某委员：您提出的关于加强耕地保护的提案收悉，现答复如下：\n"
        "我局已将全市永久基本农田全部上图入库。\n"
        "特此答复。\n"
        "某市自然资源局\n"
        "2024年4月25日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "recipients": ["滕某委员"],
            "preamble": ["您提出的关于加强耕地保护的提案收悉，现答复如下：", "我局已将全市永久基本农田全部上图入库。"],
            "closing": "特此答复。",
            "signature": (["某市自然资源局"], "2024-04-25", "2024年4月25日"),
            "warnings": [],
        },
    )


def test_lines_of_em_space_and_numeric_space_entities_are_no_text() -> None:
    """Cause (batch 10): lines holding nothing but a page's space entities (&emsp;&emsp;, &#160;), left
    by a copy of its source, stood as paragraphs and as content in no element."""
    above = ["&emsp;&emsp;"]
    below = ["&#160;"]
    doc = parsed(_portal_reply(above, below))
    same(look(doc, *above, *below), _PORTAL_WANT)


def test_a_hyphen_read_for_the_yi_of_a_first_member_after_a_colon_opens_the_run() -> None:
    """Cause (batch 2): OCR's dash for 一 in a first member (`：－是…；二是…`) opened no enumeration, so
    the run lost its members. The dash before 是 is 一 (ordinal 1), the marker kept as written."""
    source = (
        "关于区十七届人大三次会议第108号建议的答复\n"
        "毛某代表：\n"
        "您提出的关于加强小区电梯安全管理的建议收悉，现答复如下：\n"
        "一、主要措施\n"
        "我局从三个方面加强管理：－是开展隐患排查，全年排查电梯三千台；二是推行电梯安全责任保险；"
        "三是建立维保质量评价制度。\n"
        "特此答复。\n"
        "某区市场监督管理局\n"
        "2024年10月10日\n"
    )
    doc = parsed(source)
    same(
        look(doc),
        {
            "items": [
                [
                    ("－是", "开展隐患排查，全年排查电梯三千台"),
                    ("二是", "推行电梯安全责任保险"),
                    ("三是", "建立维保质量评价制度"),
                ]
            ],
            "warnings": [],
        },
    )
