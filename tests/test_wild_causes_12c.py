"""Causes found by hand in wild documents of list A (session 12, seed 1201), each shown on a new
short example written for it: a message board's empty form whose labels stacked one a line read
as a title, the page's toolbar left in the text of a page without a title, the meeting a portal's
record names alone on a line under the title, and a site's anti-copying junk between the words."""

from __future__ import annotations

import govdoc

_FORM_PAGE = (
    "在线信访\n"
    "来信主题\n"
    "来信人\n"
    "来信时间\n"
    "来信回复\n"
    "回复单位\n"
    "回复时间\n"
    "\n"
    "尊敬的来信人:\n"
    "  您反映的东街小区路灯不亮的问题已收悉。经核查,该路段照明线路老化,我局已安排检修,本周内恢复照明。\n"
    "  特此回复。\n"
    "青河市城市管理局\n"
    "2023年5月6日\n"
)


def test_a_message_forms_labels_stacked_one_a_line_are_no_title() -> None:
    doc = govdoc.parse_text(_FORM_PAGE)
    assert doc.header.title is None
    assert doc.kind == "reply"
    assert list(doc.header.recipients) == ["来信人"]
    assert doc.signature is not None and list(doc.signature.issuers) == ["青河市城市管理局"]


def test_a_short_line_under_a_longer_one_is_no_title_once_the_longer_is_dropped() -> None:
    # 办理单位 climbs onto 办理答复 as one wrapped title would; kept alone, 办理答复 is four characters
    doc = govdoc.parse_text(
        "办理单位\n办理答复\n王芳同志:\n您来信反映的问题收悉,现答复如下:\n该路段已列入今年的维修计划。\n特此答复。\n"
    )
    assert doc.header.title is None


def test_the_page_toolbar_above_an_untitled_answer_leaves_the_text() -> None:
    doc = govdoc.parse_text(
        "无障碍浏览\n"
        "长者模式长者模式\n"
        "网站支持IPV6\n"
        "各位网友:\n"
        "  近日有网友留言询问北湖公园何时重新开放。经了解,公园改造工程已进入收尾阶段,预计下月初开放。\n"
        "  专此回复。\n"
        "青河市人民政府办公室\n"
        "2021年3月2日\n"
    )
    assert doc.header.title is None
    assert "网站支持IPV6" not in doc.text
    assert "长者模式" not in doc.text
    assert doc.text.startswith("各位网友")


def test_a_meeting_named_alone_under_the_title_gives_the_references_meeting() -> None:
    doc = govdoc.parse_text(
        "关于增设城南农贸市场停车位的建议的答复\n"
        "市人大九届四次会议\n"
        "主办单位: 青河市商务局\n"
        "赵强等五位代表:\n"
        "你们提出的关于增设城南农贸市场停车位的建议已收悉,现答复如下:\n"
        "市场东侧空地已规划为临时停车场,可容纳车辆八十余辆,预计九月投入使用。\n"
        "青河市商务局\n"
        "2022年7月1日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.level, ref.term, ref.session, ref.kind) == ("人大", "市", 9, 4, "建议")


def test_a_working_meeting_named_alone_gives_no_meeting() -> None:
    doc = govdoc.parse_text(
        "关于增设城南农贸市场停车位的建议的答复\n"
        "全市商务工作会议\n"
        "赵强等五位代表:\n"
        "你们提出的关于增设城南农贸市场停车位的建议已收悉,现答复如下:\n"
        "市场东侧空地已规划为临时停车场。\n"
        "青河市商务局\n"
        "2022年7月1日\n"
    )
    ref = doc.header.responds_to
    assert ref is not None
    assert (ref.body, ref.term, ref.session) == (None, None, None)


_JAMMED = (
    "x3 Q& m; 7u Z# k2 尊敬的市民:8 e% R! p2 W^ t7\n"
    "c4 H) n] 2Y u+ G8 b'\n"
    "您的来信收悉。关于西湖路夜间施工噪音的问题,我局已责令施工单位停止夜间作业。e5 K& j8 Y] 3r Q\n"
    "感谢您对我们工作的监督!w2 A. h7 )N q4\n"
    "青河市生态环境局\n"
    "2024年4月9日\n"
)


def test_anti_copying_junk_between_the_words_leaves_the_text() -> None:
    doc = govdoc.parse_text(_JAMMED)
    assert doc.text == (
        "尊敬的市民:\n"
        "您的来信收悉。关于西湖路夜间施工噪音的问题,我局已责令施工单位停止夜间作业。\n"
        "感谢您对我们工作的监督!\n"
        "青河市生态环境局\n"
        "2024年4月9日"
    )
    assert doc.kind == "reply"
    assert doc.closing is not None and doc.closing.text == "感谢您对我们工作的监督!"
    assert doc.signature is not None and list(doc.signature.issuers) == ["青河市生态环境局"]


def test_a_row_of_figures_or_letters_parted_by_spaces_is_no_junk() -> None:
    doc = govdoc.parse_text(
        "关于公布抽检结果的通知\n"
        "各乡镇:\n"
        "本次抽检的样品编号为 1 2 3 4 5 6,等级依次为 A B C A B A,结果见附表。\n"
        "特此通知。\n"
        "青河市市场监督管理局\n"
        "2024年4月9日\n"
    )
    assert "1 2 3 4 5 6" in doc.text
    assert "A B C A B A" in doc.text
