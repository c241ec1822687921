"""Causes of the second read of session 18 (reports/diffread-A.md, findings A3, A8, A9, A10) fixed by
fixB18, each tested with a new example of the cause, not the repro's own text, and a guard beside it
that the case the changed rule was written for still reads as before."""

from __future__ import annotations

import govdoc
from tests.probing import check_invariants, checked

# A3: under the title of a plan, a rules text or a 工作要点 (方案, 办法, 要点 …) the line below was read as
# a 主送 only strictly (an addressee's ending), labelled or led by 各, so a real addressee ending on no
# addressee's word (县直机关各党支部：, 全局干部职工：, 驻镇帮扶工作队：) fell into the body. What such a
# title's first line is when it is no addressee is an unmarked heading: only a line ending on a heading's
# word (指导思想：, 适用范围：, 保障措施：, and 加强领导： though it ends like an addressee) is refused there.


def test_an_addressee_without_an_addressees_ending_under_a_plans_title_stays_its_addressee() -> None:
    for title, line in (
        ("某县2025年共青团工作要点", "县直机关各团组织："),
        ("某局2025年安全生产专项整治实施方案", "全局干部职工："),
        ("某镇2025年乡村振兴帮扶工作计划", "驻镇帮扶工作队："),
    ):
        doc = checked(f"{title}\n{line}\n现将本{title[-2:]}印发给你们，请认真抓好落实。")
        assert doc.header.recipients == (line[:-1],), title
        assert [p.text for p in doc.preamble] == [f"现将本{title[-2:]}印发给你们，请认真抓好落实。"], title


def test_a_heading_word_under_a_plans_or_rules_title_still_opens_the_body() -> None:
    for title, heading in (
        ("某县农村公路养护管理办法", "适用范围："),
        ("某县2025年防汛抗旱工作方案", "保障措施："),
        ("某区2025年营商环境工作要点", "基本原则："),
        ("某县河道采砂管理规定", "总则："),
        ("某县2025年文明城市创建工作要点", "加强领导："),  # ends like an addressee (局领导) too
    ):
        doc = checked(f"{title}\n{heading}\n本县行政区域内的有关工作适用本文。")
        assert doc.header.recipients == (), title
        assert [p.text for p in doc.preamble] == [heading, "本县行政区域内的有关工作适用本文。"], title


# A8: the letter-spacing of a PDF line was measured as the narrowest gap beside any CJK character, so on
# a table row whose one CJK character is a label standing apart (省/市/县, 男/女) the measure was the gap
# from that label to the first figure, a column gap, and the narrower gap between two figure columns no
# longer parted them (`市 356 472` read as one number). Letter-spacing is measured between two CJK
# characters, or beside CJK characters where at least two give it (年, 月, 日 of a spread date).


def test_figures_of_a_table_row_under_a_one_character_label_stay_apart() -> None:
    from tests.test_formats18_causes import _canvas, _parsed, _text

    out, c = _canvas()
    _text(c, "关于全县农村公路建设情况的报告", 140, 120)
    _text(c, "县人大常委会：", 80, 170)
    _text(c, "现将各级公路里程报告如下（单位：公里）：", 112, 200)
    for top, label, first, second in ((230, "省", "356", "472"), (260, "县", "918", "1043")):
        _text(c, label, 100, top)
        _text(c, first, 128, top)
        _text(c, second, 128 + 8 * len(first) + 10, top)
    _text(c, "特此报告。", 112, 300)
    _text(c, "某县交通运输局", 380, 350)
    _text(c, "2024年3月8日", 370, 380)
    c.showPage()
    c.save()
    text = _parsed(out).text
    assert "356 472" in text and "918 1043" in text
    assert "356472" not in text and "9181043" not in text


def test_digits_of_a_letter_spaced_line_with_a_label_are_still_one_figure() -> None:
    from tests.test_formats18_causes import _canvas, _parsed, _text

    out, c = _canvas()
    _text(c, "某县档案馆关于开展档案数字化工作的通知", 140, 120)
    _text(c, "各乡镇档案室：", 80, 170)
    _text(c, "请于本季度内完成档案数字化自查。", 112, 200)
    _text(c, "印发日期：2024年5月16日", 112, 260, spacing=5)
    _text(c, "某县档案馆", 380, 300, spacing=5)
    _text(c, "2024年5月16日", 360, 330, spacing=5)
    c.showPage()
    c.save()
    lines = _parsed(out).text.split("\n")
    assert "2024年5月16日" in lines
    assert any(line.endswith("2024年5月16日") and line.startswith("印发日期") for line in lines)


# A10: a reply's sentence that counts a road, a line or a chapter at its start (第2条公交专线计划于…,
# 第 5 条绿道预计…, 第 2 章节中的…) was read as an article or a chapter: the words that show a 第N条 counts
# a long thing knew 已/正在/将于 but not 计划于/预计, and 章节 (the noun) was read as 第N章 and a title
# opening on 节. Since 253497b the same holds with the typesetter's spaces around the digit.

REPLY_HEAD = "关于优化城市慢行系统的建议的答复\n孙某代表：\n您提出的建议收悉，现答复如下：\n"
REPLY_TAIL = "\n特此答复。\n某市交通运输局\n2024年7月2日"


def test_a_sentence_counting_a_line_or_a_chapter_at_its_start_is_no_article_or_chapter() -> None:
    lines = ["第2条公交专线计划于明年通车。", "第 5 条绿道预计年底完工。", "第 2 章节中的表述已作修改。"]
    doc = checked(REPLY_HEAD + "\n".join(lines) + REPLY_TAIL)
    assert doc.sections == ()
    assert [p.text for p in doc.preamble][1:] == lines


def test_articles_and_chapters_with_spaced_numbers_stay_headings() -> None:
    doc = checked(
        "某市慢行系统管理办法\n第 1 章 总则\n第 1 条 线路计划由市交通运输局编制。\n"
        "第 2 章节能降耗\n第 2 条 绿道预计建设资金纳入年度预算。"
    )
    assert [(s.style, s.ordinal, s.title) for s in doc.sections] == [("chapter", 1, "总则"), ("chapter", 2, "节能降耗")]
    assert [(s.style, s.ordinal) for c in doc.sections for s in c.sections] == [("article", 1), ("article", 2)]


# A9: a page's scan caption (微信扫一扫, 用手机扫描二维码, 微信扫一扫关注该公众号) was asked only as a line's
# opening, so a hard-wrapped body line opening with the same words and going on with the sentence
# (手机扫码登录系统后，可…) was dropped as chrome. The caption says nothing after itself: no clause.

SCAN_HEAD = "关于推进政务服务“掌上办”的建议的答复\n周某代表：\n您提出的建议收悉，现答复如下：\n"
SCAN_TAIL = "\n特此答复。\n某市政务服务管理局\n2024年8月6日"


def test_a_wrapped_body_line_opening_with_scan_words_stays_in_the_text() -> None:
    doc = checked(
        SCAN_HEAD + "一、办件进度查询\n群众在办事大厅用\n手机扫码登录系统后，可在线查看办件进度，\n"
        "无需再到窗口询问。\n二、站牌信息\n乘客可在站台上\n用微信扫描站牌二维码，即可查看到站时间。" + SCAN_TAIL
    )
    text = "".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "手机扫码登录系统后，可在线查看办件进度，" in text
    assert "用微信扫描站牌二维码，即可查看到站时间。" in text


def test_scan_captions_alone_on_their_lines_still_leave_the_text() -> None:
    doc = checked(
        SCAN_HEAD + "今年全市新增掌上办事项一百二十项。" + SCAN_TAIL + "\n用手机扫描二维码\n微信扫一扫关注该公众号"
    )
    assert "扫描" not in doc.text and "扫一扫" not in doc.text
    assert [p.text for p in doc.preamble] == ["您提出的建议收悉，现答复如下：", "今年全市新增掌上办事项一百二十项。"]


# format18's leftover: a portal's byline inside the article read as one run of its spans (发布日期：…访问量：356打印)
# was no chrome (the date label's line goes on with the counter and the print tool) and was joined into
# the first paragraph. A page counter with its label and number (访问量：356, 阅读量：1288) is the page's.


def _page(byline: str, first: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'></head><body><div class='article'>"
        "<h1>某县农业农村局关于做好2024年秋粮收购工作的通知</h1>"
        f"<div class='info'>{byline}</div><div class='content'><p>各乡镇人民政府：</p>"
        f"<p>{first}</p><p>请各地认真做好秋粮收购工作。</p>"
        "<p style='text-align:right'>某县农业农村局</p><p style='text-align:right'>2024年9月2日</p>"
        "</div></div></body></html>"
    ).encode()


def test_a_bylines_page_counter_read_as_one_run_leaves_the_text() -> None:
    for byline in (
        "<span>发布日期：2024-09-03</span><span>阅读量：<em>1288</em></span><a href='#'>打印</a>",
        "<span>发布日期：2024-09-03</span><span>访问量：1288</span><span>字号：大 中 小</span>",
    ):
        doc = govdoc.parse(_page(byline, "今年全县秋粮播种面积三十二万亩。"), format="html")
        check_invariants(doc)
        assert "1288" not in doc.text, byline
        assert doc.header.recipients == ("各乡镇人民政府",)
        assert [p.text for p in doc.preamble] == ["今年全县秋粮播种面积三十二万亩。", "请各地认真做好秋粮收购工作。"]


def test_a_sentence_counting_visits_stays_in_the_text() -> None:
    sentence = "县农业信息平台日均访问量达3万人次，阅读量居全市首位。"
    doc = govdoc.parse(_page("<span>发布时间：2024-09-03</span>", sentence), format="html")
    assert [p.text for p in doc.preamble] == [sentence, "请各地认真做好秋粮收购工作。"]
