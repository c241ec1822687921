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
