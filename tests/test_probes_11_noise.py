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
            "title": "关于县人大十八届四次会议第26号建议的答复",
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
