"""Causes behind the strict xfails session 25 turned into passes, each shown on a new example written for it (not
the probe's text), with a look-alike the same rule must leave as it was. Each example fails on the session's
start (/work/s25start) and passes after."""

from __future__ import annotations

import govdoc
from tests.probing import checked, codes

_NOTICE = """关于做好2024年度城乡居民医疗保险参保缴费工作的答复
李某某委员：
    您提出的《关于提高城乡居民医保参保率的提案》收悉。现答复如下：
    一、参保缴费情况
    今年我局会同市税务局开展集中征缴，全市参保率达到百分之九十六。
    二、下一步工作
    我局将继续做好参保扩面工作。
    感谢您对医疗保障工作的关心和支持。
某市医疗保障局
2024年8月20日
"""


def _md(text: str) -> list[str]:
    """The reply as Markdown paragraphs, a blank line between them, the title a level-one heading."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return [f"# {lines[0]}", "", *(x for line in lines[1:] for x in (line, ""))]


# --- Crawl4AI's citations: a link's words followed by ⟨N⟩, its list under `## References` -----------------


def test_crawl4ai_citation_marks_and_their_references_list_leave() -> None:
    """A portal page through Crawl4AI: `⟨N⟩` after each link's words (the page's location line, an organ's name
    linked in a sentence) and the `## References` list naming them under the page."""
    lines = ["当前位置：首页⟨1⟩ > 建议提案⟨2⟩", "", *_md(_NOTICE)]
    assert lines[10].startswith("今年我局会同市税务局")
    lines[10] = "今年我局会同市税务局⟨3⟩开展集中征缴，全市参保率达到百分之九十六。"
    lines += ["## References", "", "⟨1⟩ https://ybj.example.cn/: 首页"]
    lines += ["⟨2⟩ https://ybj.example.cn/zwgk/jyta/: 建议提案", "⟨3⟩ https://tax.example.cn/: 市税务局", ""]
    doc = checked("\n".join(lines))
    assert "⟨" not in doc.text and "References" not in doc.text and "example.cn" not in doc.text
    assert doc.sections[0].paragraphs[0].text == "今年我局会同市税务局开展集中征缴，全市参保率达到百分之九十六。"
    assert doc.header.title == "关于做好2024年度城乡居民医疗保险参保缴费工作的答复"
    assert "content-unplaced" not in codes(doc)


def test_angle_numbers_without_a_references_list_stay() -> None:
    """Look-alike: a text whose own words hold `⟨1⟩` (a formula's angle brackets) and no list under it: no
    converter's mark, the characters stay."""
    text = _NOTICE.replace("百分之九十六。", "百分之九十六（见附表⟨1⟩）。")
    doc = checked(text)
    assert "百分之九十六（见附表⟨1⟩）。" in doc.text


# --- a contact set as a table: a row of labels over its one row of values -------------------------------------


def test_a_three_column_contact_table_under_the_signature_is_the_contact() -> None:
    """An assistant's Markdown that set the contact as a table of three labels (unit, person, phone) over one row."""
    lines = [*_md(_NOTICE), "| 联系单位 | 联系人 | 联系电话 |", "| :--- | :--- | :--- |"]
    lines += ["| 市医保局待遇保障科 | 周某 | 0551-63357821 |", ""]
    doc = checked("\n".join(lines))
    assert doc.contact is not None
    assert (doc.contact.unit, doc.contact.name, list(doc.contact.phones)) == (
        "市医保局待遇保障科",
        "周某",
        ["0551-63357821"],
    )
    assert codes(doc) == []


def test_a_table_of_several_peoples_contacts_is_no_contact() -> None:
    """Look-alike: the same labels over three people's rows (a list of whom to ask, one a district): no
    document's one contact, so nothing is read from it, and its rows stay said as text no element holds."""
    lines = [*_md(_NOTICE), "| 联系人 | 联系电话 |", "| --- | --- |"]
    lines += ["| 周某 | 0551-63357821 |", "| 吴某 | 0551-63357822 |", "| 郑某 | 0551-63357823 |", ""]
    doc = checked("\n".join(lines))
    assert doc.contact is None
    assert "content-unplaced" in codes(doc)
    assert "郑某" in doc.text


# --- a breadcrumb opening with the site's name, ending on an organ --------------------------------------------


def test_a_breadcrumb_from_the_sites_name_to_an_organ_is_no_title_line() -> None:
    """A page saved as text under its navigation `某市人民政府网 » 部门动态 » 某市医疗保障局`: a trail that
    ends on an organ's name is no organ's line, so it opens no title and names no issuer."""
    doc = checked("某市人民政府网 » 部门动态 » 某市医疗保障局\n" + _NOTICE)
    assert doc.header.title == "关于做好2024年度城乡居民医疗保险参保缴费工作的答复"
    assert doc.header.issuer is None
    assert "部门动态" not in doc.text
    assert "content-unplaced" not in codes(doc)


def test_an_organs_name_over_its_title_still_opens_it() -> None:
    """Look-alike: the organ's name alone on the line over a `关于…` title is the title's first line and the issuer,
    as before."""
    text = "某市医疗保障局\n" + _NOTICE.replace("的答复\n", "的答复函\n", 1)
    doc = govdoc.parse_text(text)
    assert doc.header.title == "某市医疗保障局关于做好2024年度城乡居民医疗保险参保缴费工作的答复函"
    assert doc.header.issuer == "某市医疗保障局"


# --- screenshots read one after another: each opens with the phone's clock and repeats the last lines shown -----


def _shots(lines: list[str], cuts: list[int], overlap: int, clocks: list[str]) -> str:
    """`lines` as screenshots cut before each index of `cuts`, each shot opened by its clock and repeating the
    `overlap` lines the one before ended on."""
    shots, start = [], 0
    for clock, end in zip(clocks, [*cuts, len(lines)], strict=True):
        shots += [clock, *lines[max(0, start - overlap) : end]]
        start = end
    return "\n".join(shots) + "\n"


def _phone_lines(text: str, width: int = 15) -> list[str]:
    """The reply's lines as a phone wraps them, `width` characters a line."""
    out = []
    for line in text.strip().split("\n"):
        line = line.strip()
        out += [line[k : k + width] for k in range(0, len(line), width)]
    return out


def test_two_screenshots_overlapping_by_two_lines_read_as_one_text() -> None:
    """Two screenshots of a reply read by OCR in turn, each under its clock (`8:05`, `8:06`), the second
    repeating the two lines the first ended on: the clocks leave, the two lines stand once, the leave said."""
    phone = _phone_lines(_NOTICE)
    doc = checked(_shots(phone, [9], 2, ["8:05", "8:06"]))
    assert "8:05" not in doc.text and "8:06" not in doc.text
    assert doc.text.count("全市参保率达到百分之九十六") == 1
    assert doc.header.title == "关于做好2024年度城乡居民医疗保险参保缴费工作的答复"
    assert "repeat-dropped" in codes(doc)
    assert "content-unplaced" not in codes(doc)


def test_an_agenda_opening_with_an_hour_keeps_its_hours() -> None:
    """Look-alike: a meeting's agenda whose text opens with an hour and sets each hour alone on its line between
    two different lines: no screenshot's clock, nothing leaves."""
    text = "9:00\n主持人宣布会议开始\n9:10\n市医保局通报参保缴费工作情况\n9:40\n各区汇报参保扩面工作进展\n"
    doc = checked(text)
    for hour in ("9:00", "9:10", "9:40"):
        assert hour in doc.text
    assert "repeat-dropped" not in codes(doc)


# --- Tesseract's TSV: a row per word under its page, block, paragraph and line -----------------------------------

_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(pages: list[list[list[str]]]) -> str:
    """Tesseract's TSV of `pages`, each a list of printed lines given as their words; each line a block of its
    own, the words 40 pixels high, a Latin word's box 30 pixels after the one before (a space), any other 2."""
    rows = [_TSV_HEAD]
    for p, lines in enumerate(pages, 1):
        rows.append(f"1\t{p}\t0\t0\t0\t0\t0\t0\t1240\t1754\t-1\t")
        for b, words in enumerate(lines, 1):
            top = 120 + 60 * b
            rows += [
                f"{level}\t{p}\t{b}\t{1 if level > 2 else 0}\t{1 if level > 3 else 0}\t0\t80\t{top}\t900\t40\t-1\t"
                for level in (2, 3, 4)
            ]
            left = 80
            for w, word in enumerate(words, 1):
                width = 36 * len(word)
                rows.append(f"5\t{p}\t{b}\t1\t1\t{w}\t{left}\t{top}\t{width}\t40\t{91.5 - w:.6f}\t{word}")
                nxt = words[w] if w < len(words) else ""
                left += width + (30 if word.isascii() and word.isalpha() and nxt.isascii() and nxt.isalpha() else 2)
    return "\n".join(rows) + "\n"


def test_tesseract_tsv_of_two_pages_reads_its_words_as_the_pages_lines() -> None:
    """`tesseract notice.png out -l chi_sim+eng tsv` of a two-page scan: the rows' numbers, boxes and confidences
    are the engine's; each printed line is its words joined (a space only between the two Latin words)."""
    first = [
        ["关于", "做好", "居民", "医保", "参保", "工作", "的", "答复"],
        ["李某", "某委", "员："],
        ["您提", "出的", "提案", "收悉。", "现答", "复如", "下："],
        ["我局", "已在", "Health", "Portal", "开通", "线上", "缴费。"],
    ]
    second = [["感谢", "您的", "关心", "和支持。"], ["某市", "医疗", "保障局"], ["20", "24年", "8月", "20日"]]
    doc = checked(_tsv([first, second]))
    assert doc.header.title == "关于做好居民医保参保工作的答复"
    assert doc.preamble[-1].text == "我局已在Health Portal开通线上缴费。"
    assert doc.signature is not None and doc.signature.date == "2024-08-20"
    for gone in ("page_num", "90.5", "\t80\t"):
        assert gone not in doc.text


def test_a_tsv_under_another_header_or_with_a_broken_row_is_read_as_text() -> None:
    """Look-alikes: a spreadsheet's TSV whose header opens with `level` too, and Tesseract's with a row cut
    short: no engine's word rows, each line stays as written."""
    sheet = "level\tname\tphone\n一级\t周某\t0551-63357821\n"
    text = checked(sheet).text
    assert "level" in text and "0551-63357821" in text
    words = _tsv([[["关于", "做好", "工作", "的", "答复"]]])
    for broken in (words.replace("\t90.500000", "", 1), words.replace("\t80\t", "\tx80\t", 1)):
        assert "level" in checked(broken).text


# --- a numbered point the wrap cut at the measure, in a text whose paragraphs open indented --------------------

_APPROVAL = """某县交通运输局关于某乡公路改建工程初步设计的批复
某乡人民政府：
    你乡《关于某乡公路改建工程初步设计的请示》收悉。经研究，现
批复如下：
    一、原则同意该工程初步设计方案，路线全长八点六公里按四级公路
标准建设。
    二、工程概算总投资二千四百万元，由省级补助和县级财政配套解

                              — 1 —
决。
    三、请严格落实安全生产责任。
    此复。
某县交通运输局
2024年3月12日
"""


def test_a_numbered_point_filling_the_measure_goes_on_on_the_flush_line_under_it() -> None:
    """A text copy of an approval whose paragraphs open indented and wrap flush at 30 characters: each point
    that fills its line goes on under it, whatever its first line's shape (no stop in it), over a page's foot
    and end too (the second point)."""
    doc = checked(_APPROVAL)
    got = [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.sections]
    # (a point of one sentence of 30 characters or fewer is a heading, its sentence the title: the settled reading)
    assert got == [
        ("一、", None, ["原则同意该工程初步设计方案，路线全长八点六公里按四级公路标准建设。"]),
        ("二、", "工程概算总投资二千四百万元，由省级补助和县级财政配套解决", []),
        ("三、", "请严格落实安全生产责任", []),
    ]
    assert "page-break-joined" in codes(doc)


def test_a_numbered_heading_short_of_the_measure_keeps_its_line() -> None:
    """Look-alike: the same text with a heading that stops short of the measure (`    一、总体要求`) over a
    flush line: the heading is its line, as before."""
    text = _APPROVAL.replace(
        "    一、原则同意该工程初步设计方案，路线全长八点六公里按四级公路\n标准建设。\n",
        "    一、工程建设标准\n原则同意该工程初步设计，按四级公路标准建设。\n",
    )
    doc = checked(text)
    assert (doc.sections[0].title, [p.text for p in doc.sections[0].paragraphs]) == (
        "工程建设标准",
        ["原则同意该工程初步设计，按四级公路标准建设。"],
    )
