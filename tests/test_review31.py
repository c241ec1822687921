"""Review31's pins on behaviour landed this session: each a strict xfail naming the commit and the finding
(REVIEW31 Rn in /work/coord/alerts.md); the author's fix lifts it. Made-up organs, people and places."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from tests.probing import checked

# R1 (ae304329): a path the system calls too long (ENAMETOOLONG) is taken for a document's text. A Chinese file
# name of 86 characters or more passes the 255 bytes a name may hold in UTF-8, and government file names are
# long (the proposal's whole title inside the reply's): such a name, with its folder and suffix, is a path.
_LONG_NAME = "关于市政协十四届三次会议第0217号提案《关于加快推进城乡公交一体化和农村客运站点改造提升的建议》的答复" * 2


def test_a_file_name_too_long_for_the_system_is_still_named_a_path(tmp_path: Path) -> None:
    """The error stays `unreadable-file`, keeps the whole path and gives the system's reason; it does not tell
    the caller to call `parse_text` for what is plainly a path (a folder, a name, a suffix, no line break)."""
    path = f"{tmp_path}/{_LONG_NAME}.pdf"
    assert len(Path(path).name.encode()) > 255
    with pytest.raises(govdoc.GovDocError) as caught:
        govdoc.parse(path)
    assert caught.value.code == "unreadable-file"
    assert "parse_text" not in caught.value.message
    assert caught.value.path == path


# R4 (46267f94): a table of data under a one-cell note row of two sentences that holds more than half its characters is
# taken for a page laid out in a table: the table is gone and each of its cells is a line of its own.
def _tc(inner: str, span: int = 1) -> str:
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f"<w:tc><w:tcPr>{grid}</w:tcPr>{inner}</w:tc>"


def _bridges_docx() -> bytes:
    from tests.docx_builder import make_docx, p

    grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    rows = [
        _tc(p("桥名")) + _tc(p("乡镇")) + _tc(p("投资")),
        _tc(p("石门桥")) + _tc(p("东岭镇")) + _tc(p("120万元")),
        _tc(p("下湾桥")) + _tc(p("西山乡")) + _tc(p("85万元")),
        _tc(
            p("说明：1.以上两座桥梁已于6月底前完工通车。") + p("2.其余危桥将列入明年改造计划，资金由县财政统筹安排。"),
            3,
        ),
    ]
    table = f"<w:tbl><w:tblPr/>{grid}" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
    body = [
        p("某县交通运输局"),
        p("关于县政协九届四次会议第0141号提案的答复"),
        p("杜某某委员："),
        p("您提出的关于改造农村公路危桥的提案收悉。现答复如下："),
        p("今年改造危桥情况如下表："),
        table,
        p("感谢您对交通工作的关心和支持。"),
        p("某县交通运输局"),
        p("2025年7月8日"),
    ]
    return make_docx("".join(body))


def test_a_data_table_under_a_long_note_row_stays_a_table() -> None:
    """Three rows of three short cells are data whatever the note merged across the table's foot says: the table
    keeps its rows (the note its own row), and no cell becomes a line of the text."""
    doc = govdoc.parse(_bridges_docx(), format="docx")
    rows = [list(r) for t in doc.tables for r in t.rows]
    assert rows[:3] == [["桥名", "乡镇", "投资"], ["石门桥", "东岭镇", "120万元"], ["下湾桥", "西山乡", "85万元"]]
    assert "石门桥\n东岭镇" not in doc.text


# R5 (02de634c): a document's own short line that stands once on each of its two pages (an unnumbered subhead
# repeated under two points) is taken for a watermark and left out, unsaid.
_FORESTS = """某县农业农村局
关于县政协九届四次会议第0152号提案的答复
潘某某委员：
您提出的关于发展林下经济的提案收悉。现答复如下：
一、林下种植
我局引导农户在林下种植中药材三千亩。
主要成效
带动农户增收一千二百万元。
- 1 -
\f二、林下养殖
全县发展林下养鸡二十万羽。
主要成效
带动农户增收八百万元。
感谢您对农业农村工作的关心和支持。
某县农业农村局
2025年8月1日
- 2 -
"""


def test_a_subhead_standing_once_on_each_of_two_pages_stays_in_the_text() -> None:
    """`主要成效` heads a paragraph under each of the two points, one on each page: the document's words, kept in
    both sections (a watermark's words are not told from them by two copies alone)."""
    doc = checked(_FORESTS)
    assert doc.text.count("主要成效") == 2
    assert [[p.text for p in s.paragraphs] for s in doc.iter_sections()] == [
        ["我局引导农户在林下种植中药材三千亩。", "主要成效", "带动农户增收一千二百万元。"],
        ["全县发展林下养鸡二十万羽。", "主要成效", "带动农户增收八百万元。"],
    ]


# R10 (17036cea): CITING_LEAD's list branch takes any line that cites a rules text and ends on a list word for a
# lead-in to that text's clauses, also where the list is the answering organ's own (…第十五条规定，我局采取了以下措施：):
# the answer's own numbered measures under it then open no sections.
_DRAINS = """关于区政协五届二次会议第71号提案的答复
韦某委员：
您提出的《关于加强城市排水管理的提案》收悉，现答复如下：
一、关于排水设施巡查
根据《某市城市排水管理条例》第十五条规定，我局采取了以下措施：
（一）建立排水设施日常巡查制度，每周巡查一次；
（二）对发现的问题建立台账，限期整改到位。
今年以来共巡查管网一千二百公里。
二、关于下一步工作
我局将继续加强排水设施管理。
特此答复。
某区水务局
2026年6月3日
"""


def test_the_organs_own_measures_after_a_line_citing_a_rule_stay_its_points() -> None:
    """`我局采取了以下措施：` leads in to the bureau's own measures, whatever rule the line cites first: （一） and （二）
    are points of the answer's part 一、 (sub-sections), not a rules text's clauses quoted in its paragraphs."""
    doc = checked(_DRAINS)
    first = doc.sections[0]
    assert [s.marker for s in first.sections] == ["（一）", "（二）"]
    assert [p.text for p in first.paragraphs] == ["根据《某市城市排水管理条例》第十五条规定，我局采取了以下措施："]


# R12 (cc653ba4, R10's fix): the obligation word 应 alone is read inside 应急, 相应, 响应: a line citing a rule and
# going on to the organ's emergency response (…规定，我局启动应急响应，采取了以下措施：) still leads in to "quoted" clauses.
def test_the_organs_measures_after_its_emergency_response_stay_its_points() -> None:
    """`我局启动应急响应，采取了以下措施：` is the bureau's own list: （一） and （二） stay points of part 一、."""
    doc = checked(_DRAINS.replace("我局采取了以下措施：", "我局启动应急响应，采取了以下措施："))
    assert [s.marker for s in doc.sections[0].sections] == ["（一）", "（二）"]
