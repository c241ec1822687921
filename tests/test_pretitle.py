"""Above the title of a web page or text, only what is recognisably the page's own leaves the
text: its toolbar, the site's name and greeting, today's date with its weekday, breadcrumbs, the
headline shown again. Any other line there stays in `Document.text` and, where no element holds
it, is warned `content-unplaced`: a cell of the page's table or the proposal's own title is data.

Every example is written for these tests.
"""

from __future__ import annotations

import govdoc
from tests.probing import checked

CODE = "content-unplaced"

REPLY = """关于县十届人大三次会议第15号建议的答复

王某某代表：
您提出的关于增设城区公共停车位的建议收悉。我局已会同有关部门在老城区新增停车位三百个，并将继续推进。
感谢您对交通工作的关心和支持。

某县交通运输局
2024年6月3日
"""


def unplaced(doc: govdoc.Document) -> list[str]:
    return [doc.text[w.span.start : w.span.end] for w in doc.warnings if w.code == CODE and w.span]


def test_a_portals_toolbar_name_greeting_date_and_breadcrumbs_over_the_title_leave_the_text_unwarned() -> None:
    page = [
        "长者模式　无障碍　登录　注册",
        "某县人民政府门户网站",
        "欢迎访问某县人民政府门户网站",
        "今天是2024年6月5日 星期三",
        "信息公开 > 建议提案办理 > 人大代表建议",
    ]
    doc = checked("\n".join(page) + "\n" + REPLY)
    assert doc.header.title == "关于县十届人大三次会议第15号建议的答复"
    assert doc.text.startswith("关于县十届人大三次会议第15号建议的答复")
    assert unplaced(doc) == []


def test_the_headline_shown_again_over_the_title_is_chrome_even_with_the_titles_blanks_filled() -> None:
    source = REPLY.replace("第15号", "第　号", 1)
    for headline in ("关于县十届人大三次会议第　号建议的答复", "关于县十届人大三次会议第15号建议的答复"):
        doc = checked(headline + "\n" + source)
        assert doc.text.startswith("关于县十届人大三次会议第"), headline
        assert doc.text.count("建议的答复") == 1, headline
        assert unplaced(doc) == [], headline


def test_a_cell_of_the_pages_table_over_the_title_is_kept_and_warned() -> None:
    doc = checked("已办结\n" + REPLY)
    assert doc.header.title == "关于县十届人大三次会议第15号建议的答复"
    assert doc.text.startswith("已办结\n")
    assert unplaced(doc) == ["已办结"]


def test_the_proposals_own_title_over_the_reply_is_no_repeated_headline_and_stays_in_the_text() -> None:
    doc = checked("关于增设城区公共停车位的建议\n" + REPLY)
    assert doc.header.title == "关于县十届人大三次会议第15号建议的答复"
    assert "关于增设城区公共停车位的建议\n关于县十届人大三次会议" in doc.text
    # the reply names the proposal, so the line's text is held by a field; where it does not, it is warned
    assert doc.header.responds_to is not None and doc.header.responds_to.title == "关于增设城区公共停车位的建议"
    unnamed = REPLY.replace("关于增设城区公共停车位的建议", "建议")
    doc = checked("关于增设城区公共停车位的建议\n" + unnamed)
    assert unplaced(doc) == ["关于增设城区公共停车位的建议"]


def test_a_table_cell_holding_the_middle_of_the_title_is_no_headline_and_stays_in_the_text() -> None:
    doc = checked("县十届人大三次会议\n" + REPLY)
    assert doc.text.startswith("县十届人大三次会议\n关于县十届人大三次会议")


def test_an_html_comment_on_its_own_line_is_markup_and_never_text() -> None:
    # over the title it was dropped as the page's chrome; now that only chrome leaves there, the
    # reader drops it as the markup it is, wherever it stands
    lines = REPLY.splitlines()
    source = "\n".join(["<!-- more -->", *lines[:3], "<!-- 正文开始 -->", *lines[3:]])
    doc = checked(source)
    assert "<!--" not in doc.text and "正文开始" not in doc.text
    assert unplaced(doc) == []


def test_a_reworded_headline_naming_the_same_matter_is_chrome_but_another_notice_of_the_kind_stays() -> None:
    body = "各村（社区）：\n请抓紧做好辖区内河道清淤工作，六月底前完成。\n\n某镇人民政府\n2024年5月6日\n"
    doc = checked("镇政府部署汛前河道清淤工作的通知\n关于做好汛前河道清淤工作的通知\n" + body)
    assert doc.header.title == "关于做好汛前河道清淤工作的通知"
    assert "部署" not in doc.text and unplaced(doc) == []
    doc = checked("关于做好夏季防溺水工作的通知\n关于做好汛前河道清淤工作的通知\n" + body)
    assert doc.header.title == "关于做好汛前河道清淤工作的通知"
    assert unplaced(doc) == ["关于做好夏季防溺水工作的通知"]
